from django.urls import path

from alongside.notes import views

urlpatterns = [
    path("coach/clients/<int:pk>/notes/", views.client_notes, name="client_notes"),
    path("coach/notes/<int:pk>/", views.note, name="note"),
]
