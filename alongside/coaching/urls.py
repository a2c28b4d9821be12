from django.urls import path

from alongside.coaching import views

urlpatterns = [
    path("coach/", views.coach_home, name="coach_home"),
    path("coach/invite/", views.invite, name="invite"),
    path("coach/clients/<int:pk>/", views.coach_client, name="coach_client"),
    path("coach/clients/<int:pk>/state/", views.change_state, name="change_state"),
    path("coach/clients/<int:pk>/therapist/", views.set_therapist, name="set_therapist"),
    path("coach/clients/<int:pk>/reinvite/", views.reinvite, name="reinvite"),
    path("me/", views.my_coaching, name="my_coaching"),
    path("me/seen/", views.who_has_seen, name="who_has_seen"),
    path("join/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
