from django.urls import path

from alongside.practices import views

urlpatterns = [
    path("", views.practice_home, name="practice_home"),
    path("clients/<int:pk>/", views.practice_client, name="practice_client"),
    path("audit/", views.audit_log, name="audit_log"),
    path("crisis-resources/", views.crisis_resources, name="crisis_resources"),
]
