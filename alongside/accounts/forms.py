from django import forms
from django.contrib.auth import password_validation

from alongside.accounts.models import User


class SignInForm(forms.Form):
    email = forms.EmailField(
        max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})
    )
    password = forms.CharField(
        max_length=1024,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        help_text="The 6-digit code from your authenticator app, or one of your recovery codes.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class ConfirmDeviceForm(forms.Form):
    code = forms.CharField(
        label="6-digit code from your app",
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["chosen_name", "pronouns"]
        help_texts = {
            "chosen_name": "The name you'd like people here to use.",
            "pronouns": "Optional. For example: she/her, he/him, they/them.",
        }


class SetPasswordAndNameForm(forms.Form):
    """What a client fills in to accept an invitation."""

    chosen_name = forms.CharField(
        label="Your name",
        max_length=80,
        help_text="The name you'd like your coach to use. It doesn't have to be your legal name.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    pronouns = forms.CharField(
        max_length=40,
        required=False,
        help_text="Optional. For example: she/her, he/him, they/them.",
    )
    password = forms.CharField(
        label="Choose a password",
        strip=False,
        max_length=1024,
        help_text="At least 12 characters. A few unrelated words make a strong one.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    adult = forms.BooleanField(
        label="I am 18 or older",
        help_text="Coaching here is for adults.",
        required=True,
        error_messages={
            "required": "Coaching here is for adults. If you're under 18, the help page lists "
            "services for young people."
        },
    )

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_chosen_name(self):
        name = self.cleaned_data["chosen_name"].strip()
        if not name:
            raise forms.ValidationError("Please enter a name we can use.")
        return name

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            probe = User(email=self.email, chosen_name=cleaned.get("chosen_name", ""))
            try:
                password_validation.validate_password(password, probe)
            except forms.ValidationError as e:
                self.add_error("password", e)
        return cleaned
