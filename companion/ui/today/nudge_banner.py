"""The gentle nudge on Today: the person's own action plan when recent check-ins note signs."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.journal.nudge import Nudge
from companion.ui.common.design import ICON_SIZE, Spacing
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.message_line import ATTENTION, MessageLine

# Quiet links in the theme's link colour (palette(link): AA on the window in light and dark).
LINK_STYLE = (
    "QPushButton { color: palette(link); text-decoration: underline; border: none;"
    " padding: 2px 4px; }"
    " QPushButton:focus { border: 2px solid palette(link); border-radius: 3px; }"
)


class NudgeBanner(Retranslating, QFrame):
    """The nudge as a calm banner of the page's kind (MessageLine: an icon, a colour for
    something to look at, and words), with its links and "Close for today" below it."""

    dismissed = Signal()
    help_now_requested = Signal()
    crisis_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nudgeBanner")
        self.text = MessageLine(self)
        self.text.setObjectName("nudgeText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("dismissNudge")
        # Quiet links (flat buttons, they open pages of Companion only): Help now, my crisis plan.
        self.help_now_button = QPushButton(self)
        self.help_now_button.setObjectName("nudgeHelpNow")
        self.crisis_plan_button = QPushButton(self)
        self.crisis_plan_button.setObjectName("nudgeCrisisPlan")
        for link in (self.help_now_button, self.crisis_plan_button):
            link.setFlat(True)
            link.setStyleSheet(LINK_STYLE)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.help_now_button.clicked.connect(self.help_now_requested)
        self.crisis_plan_button.clicked.connect(self.crisis_plan_requested)
        row = QHBoxLayout()
        row.setContentsMargins(ICON_SIZE.width() + Spacing.SMALL, 0, 0, 0)  # under the words
        row.addWidget(self.help_now_button)
        row.addWidget(self.crisis_plan_button)
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Spacing.TIGHT)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.nudge: Nudge | None = None
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.dismiss_button.setText(self.tr("Close for today"))
        self.dismiss_button.setToolTip(self.tr("Hide this until tomorrow"))
        self.help_now_button.setText(self.tr("Help now"))
        self.crisis_plan_button.setText(self.tr("My crisis plan"))
        self.show_nudge(self.nudge)

    def _dismiss(self) -> None:
        """Closed for today: the banner and its words go."""
        self.text.clear()
        self.hide()
        self.dismissed.emit()

    def show_nudge(self, nudge: Nudge | None) -> None:
        self.nudge = nudge
        if nudge is None:  # no signs any more, dismissed, or locked: nothing stays
            self.text.clear()
            self.hide()
            return
        if nudge.kind == "breaking":
            intro = self.tr(
                "On %1 of the last %n day(s) you noted signs that things may be breaking down. "
                "This is what you planned for moments like this:",
                "",
                nudge.window_days,
            )
        else:
            intro = self.tr(
                "On %1 of the last %n day(s) you noted early warning signs. "
                "This is what you planned for moments like this:",
                "",
                nudge.window_days,
            )
        intro = intro.replace("%1", str(nudge.days_with_signs))
        parts = [f"<p>{html.escape(intro)}</p>"]
        separator = "、" if current_language() == "ja" else ", "
        signs = self.tr("Noticed: %1").replace("%1", separator.join(nudge.signs))
        # No italics: CJK fonts have none; the signs stand apart by weight.
        parts.append(f"<p><b>{html.escape(signs)}</b></p>")
        for title, entries in (
            (self.tr("I must do"), nudge.must_do),
            (self.tr("I might do"), nudge.might_do),
        ):
            texts = [entry.text("text") for entry in entries if entry.text("text").strip()]
            if texts:
                items = "".join(f"<li>{html.escape(text)}</li>" for text in texts)
                parts.append(f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>")
        if not nudge.must_do and not nudge.might_do:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "Your plan has no action plan for this yet. The Plan page is there when "
                        "you feel like writing one."
                    )
                )
                + "</p>"
            )
        self.text.say("".join(parts), ATTENTION)
        self.show()
