from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "alongside.coaching"
    label = "coaching"
