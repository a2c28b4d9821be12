from django import forms
from django.urls import reverse_lazy


class AdvisedTextarea(forms.Textarea):
    """A textarea that shows the scope guard's advice as the coach types.

    Use it for anything a coach writes; advice.js does the rest. It never
    blocks saving.
    """

    template_name = "advice/widget.html"

    def __init__(self, where: str, attrs=None):
        self.where = where
        super().__init__(attrs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        widget_attrs["data-advice-url"] = str(reverse_lazy("advice_check"))
        widget_attrs["data-advice-event-url"] = str(reverse_lazy("advice_event"))
        widget_attrs["data-advice-where"] = self.where
        widget_attrs.setdefault("aria-describedby", "")
        advice_id = f"{widget_attrs.get('id', name)}-advice"
        widget_attrs["aria-describedby"] = (
            widget_attrs["aria-describedby"] + " " + advice_id
        ).strip()
        context["advice_id"] = advice_id
        return context
