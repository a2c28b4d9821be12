"""The one place the product asks the scope guard for advice."""

from alongside.advice.models import AdviceEvent
from alongside.scope import check


def advice_for(coach, text: str) -> list[dict]:
    """Return the guard's findings on text, minus phrases this coach chose to keep."""
    findings = check(text)
    if not findings:
        return []
    kept = set(
        AdviceEvent.objects.filter(
            coach=coach,
            outcome=AdviceEvent.Outcome.KEPT,
            phrase_key__in=[AdviceEvent.key_for(coach.pk, f.kind, f.text) for f in findings],
        ).values_list("phrase_key", flat=True)
    )
    return [
        f.to_dict() for f in findings if AdviceEvent.key_for(coach.pk, f.kind, f.text) not in kept
    ]


def record_saved(coach, text: str, where: str) -> list[dict]:
    """Note the advice still standing when a text is saved, and return it to show again."""
    remaining = advice_for(coach, text)
    AdviceEvent.objects.bulk_create(
        AdviceEvent(coach=coach, kind=f["kind"], outcome=AdviceEvent.Outcome.SAVED, where=where)
        for f in remaining
    )
    return remaining
