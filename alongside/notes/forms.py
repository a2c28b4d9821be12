import secrets

from django import forms
from django.core.validators import MaxLengthValidator

from alongside.advice.widgets import AdvisedTextarea
from alongside.notes.models import SessionNote


class NoteForm(forms.ModelForm):
    submit_token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    class Meta:
        model = SessionNote
        fields = ["body", "summary", "summary_shared"]
        labels = {
            "body": "Session note (private to you)",
            "summary": "Summary for your client (optional)",
            "summary_shared": "Share this summary with your client",
        }
        help_texts = {
            "summary": "Only this summary is ever shown to your client, and only if you share it.",
        }
        widgets = {
            "body": AdvisedTextarea(where="session note", attrs={"rows": 8}),
            "summary": AdvisedTextarea(where="note summary", attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Generous limits, checked on the server; an over-long note comes back
        # with its text intact and a clear message.
        for name, limit in (("body", 20_000), ("summary", 5_000)):
            self.fields[name].max_length = limit
            self.fields[name].validators.append(MaxLengthValidator(limit))
        if not self.is_bound:
            self.initial.setdefault("submit_token", secrets.token_urlsafe(24))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("summary_shared") and not cleaned.get("summary", "").strip():
            self.add_error("summary", "Write a summary to share, or untick sharing.")
        return cleaned
