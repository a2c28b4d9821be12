from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "alongside.pages"
    label = "pages"
