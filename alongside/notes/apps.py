from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "alongside.notes"
    label = "notes"
