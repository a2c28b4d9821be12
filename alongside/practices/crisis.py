"""Default crisis resources (PRODUCT.md); each practice gets an editable copy."""

from typing import NamedTuple


class Resource(NamedTuple):
    region: str
    name: str
    how: str
    note: str = ""


DEFAULT_RESOURCES = [
    Resource(
        "us", "988 Suicide & Crisis Lifeline", "Call or text 988", "Free, any time, day or night."
    ),
    Resource("us", "Crisis Text Line", "Text HOME to 741741", "Free, any time."),
    Resource("ca", "9-8-8 Suicide Crisis Helpline", "Call or text 988", "Free, any time."),
    Resource("uk", "Samaritans", "Call 116 123", "Free, any time, day or night."),
    Resource("uk", "Shout", "Text SHOUT to 85258", "Free, any time."),
    Resource("ie", "Samaritans", "Call 116 123", "Free, any time, day or night."),
    Resource("au", "Lifeline", "Call 13 11 14", "Any time, day or night."),
    Resource(
        "other",
        "Find a helpline",
        "findahelpline.com",
        "Lists free, confidential helplines in many countries.",
    ),
]

EMERGENCY_NOTE = (
    "If you or someone else is in danger right now, call your local emergency number "
    "(911 in the US and Canada, 999 or 112 in the UK and Ireland, 000 in Australia)."
)
SERVICES_NOTE = (
    "Crisis lines are there to listen. If they believe your life is in immediate danger, "
    "some may contact emergency services. You can ask them how that works before you talk."
)
