"""Crisis-language screen: local, explainable, measured. See docs/safety.md."""

from .screen import LANGUAGE_NOT_SCREENED, NOTICES, RISK_LEVELS, SIGNALS, Screening, screen

__all__ = ["LANGUAGE_NOT_SCREENED", "NOTICES", "RISK_LEVELS", "SIGNALS", "Screening", "screen"]
