"""Scope-of-practice guard: help coaches write within coaching.

`check(text)` returns findings for diagnosis, medication advice, treatment framing and
pathologizing labels, each with a plain reason and a drop-in alternative. It advises; it
never blocks.
"""

from .guard import KINDS, Finding, apply, check

__all__ = ["KINDS", "Finding", "apply", "check"]
