"""Run every rule family over one sentence and apply the context that silences them."""

from __future__ import annotations

from .common import Candidate
from .context import GENERIC_PEOPLE, Context
from .diagnosis import diagnosis
from .medication import medication
from .pathologizing import pathologizing
from .treatment import treatment

__all__ = ["Candidate", "find"]


def find(sentence: str, ctx: Context) -> list[Candidate]:
    """Return every candidate finding in one sentence, before overlaps are resolved."""
    out: list[Candidate] = []
    clinical_ok = not (ctx.professional or ctx.scope)
    if clinical_ok and not ctx.generic_people and not ctx.generic_normal:
        out.extend(diagnosis(sentence))
    if not ctx.scope:
        # A general statement ("some people find melatonin helps") is not advice, but a
        # trailing "some people swear by it" does not excuse advice given before it.
        out.extend(
            c
            for c in medication(sentence, ctx)
            if not GENERIC_PEOPLE.search(sentence, 0, c.start + 1)
        )
    if clinical_ok:
        out.extend(treatment(sentence))
    out.extend(pathologizing(sentence, ctx))
    if ctx.reported_from is not None:
        # Words after "she said" / "in his words" are the client's own; leave them be.
        out = [
            c
            for c in out
            if c.kind not in {"diagnosis", "pathologizing"} or c.start < ctx.reported_from
        ]
    return out
