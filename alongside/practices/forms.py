from django import forms

from alongside.practices.models import CrisisResource

CrisisResourceFormSet = forms.inlineformset_factory(
    parent_model=CrisisResource._meta.get_field("practice").related_model,
    model=CrisisResource,
    fields=["region", "name", "how", "note", "order"],
    extra=2,
    can_delete=True,
    max_num=40,
)
