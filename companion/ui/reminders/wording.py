"""What a reminder says, by kind: the only words a desktop notification may carry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.reminders.engine import MissedSummary, Occurrence
from companion.reminders.model import ReminderKind


def kind_text(kind: ReminderKind) -> str:
    """The calm wording of one kind, in the window's language; never the person's words."""
    texts = {
        ReminderKind.CHECK_IN: QCoreApplication.translate("Reminders", "Time for your check-in"),
        ReminderKind.HOURS_START: QCoreApplication.translate(
            "Reminders", "Your activity hours are starting"
        ),
        ReminderKind.HOURS_END: QCoreApplication.translate(
            "Reminders", "Your activity hours have ended — it is fine to switch off"
        ),
        ReminderKind.WEEKLY_REVIEW: QCoreApplication.translate(
            "Reminders", "Time for your weekly review"
        ),
        ReminderKind.SUPERVISION: QCoreApplication.translate(
            "Reminders", "Supervision is coming up"
        ),
        ReminderKind.REST_DAY: QCoreApplication.translate(
            "Reminders", "A rest day — time for yourself, not for supporting others"
        ),
        ReminderKind.PERSONAL: QCoreApplication.translate("Reminders", "A reminder you set"),
        ReminderKind.BACKUP: QCoreApplication.translate(
            "Reminders", "It has been a while since your last backup — time to make a new one"
        ),
    }
    return texts[kind]


def notification_text(occurrence: Occurrence) -> str:
    """A notification's message: the kind only (not `occurrence.detail`, the person's words)."""
    return kind_text(occurrence.kind)


def banner_text(occurrence: Occurrence) -> str:
    """A banner inside the unlocked app: a reminder the person made shows their own words."""
    if occurrence.kind is ReminderKind.PERSONAL and occurrence.detail:
        return occurrence.detail
    return kind_text(occurrence.kind)


def missed_title(summary: MissedSummary) -> str:
    count = len(summary.occurrences)
    if count == 1:
        return QCoreApplication.translate(
            "Reminders", "One reminder came while Companion was closed or locked"
        )
    return QCoreApplication.translate(
        "Reminders", "%1 reminders came while Companion was closed or locked"
    ).replace("%1", str(count))


def missed_notification_text(summary: MissedSummary) -> str:
    """How many of each kind, never what they said."""
    separator = QCoreApplication.translate("Reminders", ", ")
    parts = []
    for kind, count in summary.counts().items():
        text = kind_text(kind)
        parts.append(text if count == 1 else f"{text} ×{count}")
    return separator.join(parts)


def app_title() -> str:
    return QCoreApplication.translate("Reminders", "Companion")
