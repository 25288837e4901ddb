"""Every limit on what a person types or imports, declared once: dates, lengths, counts, text.

Each entrance (the CLI, the widgets, every importer, the plan file) checks against these, so
nothing accepted at one door can break another later. Readers of the store stay lenient:
rows written before these limits existed are still shown and exported, never a crash.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from companion.errors import InvalidEntry

# --- when a check-in can be -----------------------------------------------------------------
EARLIEST_DAY = date(1900, 1, 1)  # in the check-in's own zone
FUTURE_ALLOWANCE = timedelta(days=1)  # later than one day after now is a mistake

# --- check-ins --------------------------------------------------------------------------------
MAX_NOTE_CHARS = 100_000
MAX_TAG_CHARS = 200
MAX_TAGS = 100
MAX_SLEEP_HOURS = 24.0
MAX_ZONE_CHARS = 64  # the longest IANA name is about 30; the store keeps at most 64

# --- the plan ---------------------------------------------------------------------------------
MAX_PLAN_FIELD_CHARS = 20_000  # one field of one entry
MAX_PLAN_HEADING_CHARS = 200
MAX_PLAN_LIST_ENTRIES = 500  # entries in one list of the plan
MAX_PLAN_ENTRIES = 2_000  # entries in the whole plan (31 lists)
MAX_PLAN_ENTRY_ID_CHARS = 64  # a tag keeps the id of the plan item it links to
MAX_OWNER_NAME_CHARS = 100  # the name on the supporters' copy of the plan

# --- Help now: the crisis lines ---------------------------------------------------------------
MAX_CRISIS_LINES = 50
MAX_CRISIS_LINE_NAME_CHARS = 200
MAX_CRISIS_LINE_NUMBER_CHARS = 100  # a number, or how to reach the line
MAX_CRISIS_LINE_NOTES_CHARS = 2_000  # hours and notes

ELLIPSIS = "…"
OUT_OF_RANGE = f"must be between {EARLIEST_DAY.isoformat()} and one day from now"
NOT_VALID_TEXT = "contains a character that is not valid text (a lone surrogate)"


def earliest_moment(zone_name: str) -> datetime:
    """The first moment a check-in can have: midnight starting EARLIEST_DAY in its zone."""
    start = datetime.combine(EARLIEST_DAY, time(0), tzinfo=ZoneInfo(zone_name))
    return start.astimezone(UTC)


def latest_moment(now: datetime | None = None) -> datetime:
    """The last moment a check-in can have: one day after now."""
    return (now if now is not None else datetime.now(UTC)).astimezone(UTC) + FUTURE_ALLOWANCE


def moment_in_range(moment: datetime, zone_name: str, now: datetime | None = None) -> bool:
    return earliest_moment(zone_name) <= moment <= latest_moment(now)


def check_moment(
    moment: datetime, zone_name: str, field: str = "at", now: datetime | None = None
) -> datetime:
    """`moment` (aware) if it lies from EARLIEST_DAY to one day after now, else InvalidEntry."""
    if not moment_in_range(moment, zone_name, now):
        raise InvalidEntry(field, OUT_OF_RANGE)
    return moment


def check_text(text: str, field: str, max_chars: int | None = None) -> str:
    """`text` if it is valid Unicode (no lone surrogate, which cannot be saved as UTF-8) and
    not longer than `max_chars`; else InvalidEntry naming the field, never the text."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidEntry(field, NOT_VALID_TEXT) from None
    if max_chars is not None and len(text) > max_chars:
        raise InvalidEntry(field, f"can be at most {max_chars:,} characters")
    return text


def fit_tag_label(text: str) -> str:
    """A plan item's text as a tag label: spaces collapsed and, if longer than a tag may be,
    shortened at MAX_TAG_CHARS with an ellipsis (the tag still links to the whole item)."""
    cleaned = " ".join(text.split())
    if len(cleaned) <= MAX_TAG_CHARS:
        return cleaned
    return cleaned[: MAX_TAG_CHARS - len(ELLIPSIS)].rstrip() + ELLIPSIS


# --- reminders --------------------------------------------------------------------------------
MAX_REMINDER_TEXT_CHARS = 500  # the words of a reminder a person makes (shown only in the app)
MAX_PERSONAL_REMINDERS = 100

# --- roles and activity hours (companion/boundaries/) ----------------------------------------
MAX_ROLES = 50
MAX_ROLE_NAME_CHARS = 100
MAX_SCHEDULE_CHARS = 2_000  # the text of one role's hours
MAX_SCHEDULE_PARTS = 50
MAX_HOURS_EXCEPTIONS = 2_000  # days off and extra sessions of one role
EARLIEST_HOURS_DAY = date(1900, 1, 1)  # a "from" date, a day off, an extra session
LATEST_HOURS_DAY = date(2999, 12, 31)

# --- boundary rules, contact log, supervision, weekly review (companion/boundaries/) ----------
MAX_BOUNDARY_RULES = 50
MAX_RULE_TEXT_CHARS = 300  # the rule itself
MAX_RULE_NOTE_CHARS = 2_000  # why it matters; the prepared phrase
MAX_CONTACT_MINUTES = 24 * 60
MAX_ALIAS_CHARS = 40  # a made-up alias, never a real name
MAX_REFLECTION_CHARS = 2_000
MAX_SUPERVISION_TEXT_CHARS = 5_000  # topics; what I will try next
MAX_REVIEW_TEXT_CHARS = 5_000  # what was hard; rest taken
MAX_LINKED_CONTACTS = 500  # contacts one supervision talk talks through
