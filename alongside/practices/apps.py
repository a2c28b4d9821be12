from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "alongside.practices"
    label = "practices"
