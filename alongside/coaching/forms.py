from django import forms

from alongside.coaching.models import State, Therapist


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Their email address",
        max_length=254,
        help_text="We'll email them a link to join. It works once and lasts 7 days.",
    )
    name = forms.CharField(
        label="What they like to be called",
        max_length=80,
        required=False,
        help_text="Optional. They can change it when they join.",
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class StateForm(forms.Form):
    to_state = forms.ChoiceField(label="Change coaching to")
    reason = forms.CharField(
        label="Why (kept in the record of changes; your client can see it)",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, next_states=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_state"].choices = [(s, State(s).label) for s in next_states]


class TherapistForm(forms.Form):
    therapist = forms.ChoiceField(
        label="Working with a therapist?", choices=Therapist.choices, widget=forms.RadioSelect
    )
