from django import forms

from alongside.practices.models import CrisisResource, Practice

CrisisResourceFormSet = forms.inlineformset_factory(
    Practice,
    CrisisResource,
    fields=["region", "name", "how", "note", "order"],
    extra=2,
    can_delete=True,
    max_num=40,
)
