from django.apps import AppConfig


class AdviceConfig(AppConfig):
    """Inline scope-of-practice advice wherever coaches write."""

    name = "alongside.advice"
    label = "advice"
