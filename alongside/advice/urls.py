from django.urls import path

from alongside.advice import views

urlpatterns = [
    path("check/", views.check, name="advice_check"),
    path("event/", views.event, name="advice_event"),
    path("history/", views.history, name="advice_history"),
]
