from django import forms

from alongside.advice.models import KINDS, AdviceEvent


class CheckForm(forms.Form):
    # Long enough for any note; longer texts are refused with a clear error
    # instead of tying up the server.
    text = forms.CharField(max_length=50_000, required=False, strip=False)


class EventForm(forms.Form):
    kind = forms.ChoiceField(choices=KINDS)
    outcome = forms.ChoiceField(
        choices=[(AdviceEvent.Outcome.APPLIED, "applied"), (AdviceEvent.Outcome.KEPT, "kept")]
    )
    where = forms.CharField(max_length=40)
    phrase = forms.CharField(max_length=500, strip=False)
    reason = forms.CharField(max_length=500, required=False)
