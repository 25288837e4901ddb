"""The weekly review, on the Boundaries page: a short look back at one ISO week (this week in my
zone unless I choose an earlier one) in my own words: how each rule that is on went, what was
hard, my energy after supporting others, rest taken, and whether heavy contacts were talked
through (beside the count of them that week). Saving replaces that week's review; a saved
review can be deleted after asking.

No score, no streak, nothing about weeks without a review. Words typed for a week stay while
another week is looked at; a refusal names the field and keeps every word. Lock clears every
value on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.boundaries.log import (
    ENERGY_AFTER_SCALE,
    HELD,
    NOT_APPLICABLE,
    PRESSURE,
    RULE_OUTCOMES,
    TALKED_THROUGH,
    WeeklyReview,
    week_days,
)
from companion.boundaries.rules import BoundaryRule
from companion.clock import in_zone, now_utc
from companion.errors import InvalidEntry
from companion.limits import EARLIEST_HOURS_DAY
from companion.services.store_services import StoreServices
from companion.ui.boundaries.describe import day_text
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import week_text
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.operation import attempt, succeeded
from companion.ui.common.scale_picker import ScalePicker

OUTCOME_LABELS = {
    None: QT_TRANSLATE_NOOP("ReviewPanel", "Not noted"),
    HELD: QT_TRANSLATE_NOOP("ReviewPanel", "Held"),
    PRESSURE: QT_TRANSLATE_NOOP("ReviewPanel", "Under pressure"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("ReviewPanel", "Did not come up"),
}
RESTED_LABELS = {
    None: QT_TRANSLATE_NOOP("ReviewPanel", "Not noted"),
    True: QT_TRANSLATE_NOOP("ReviewPanel", "I took some rest"),
    False: QT_TRANSLATE_NOOP("ReviewPanel", "Less rest than I needed"),
}
TALKED_LABELS = {
    None: QT_TRANSLATE_NOOP("ReviewPanel", "Not noted"),
    "yes": QT_TRANSLATE_NOOP("ReviewPanel", "Yes, talked through"),
    "partly": QT_TRANSLATE_NOOP("ReviewPanel", "Partly"),
    "not-yet": QT_TRANSLATE_NOOP("ReviewPanel", "Not yet"),
    "no-heavy-contacts": QT_TRANSLATE_NOOP("ReviewPanel", "There were no heavy contacts"),
}
assert set(OUTCOME_LABELS) - {None} == set(RULE_OUTCOMES)
assert set(TALKED_LABELS) - {None} == set(TALKED_THROUGH)


def week_of_day(day: date) -> str:
    """The ISO week ("2026-W48") of a calendar day."""
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


@dataclass(frozen=True)
class _RuleRow:
    rule: BoundaryRule
    outcome: QComboBox


class ReviewPanel(Retranslating, QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.zone = zone
        self._services: StoreServices | None = None
        self._rules: list[BoundaryRule] = []
        self._rule_rows: list[_RuleRow] = []
        self.week = self.this_week()
        self._stored: WeeklyReview | None = None  # the saved review of `week`, if any
        self._drafts: dict[str, WeeklyReview] = {}  # unsaved words, by week
        self._heavy: tuple[int, int] | None = None

        content = QWidget(self)
        self.intro = QLabel(content)
        self.intro.setWordWrap(True)

        self.earlier_button = QPushButton(content)
        self.earlier_button.setObjectName("earlierWeekButton")
        self.later_button = QPushButton(content)
        self.later_button.setObjectName("laterWeekButton")
        self.this_week_button = QPushButton(content)
        self.this_week_button.setObjectName("thisWeekButton")
        self.week_day = QDateEdit(content)
        self.week_day.setObjectName("reviewWeekDay")
        self.week_day.setCalendarPopup(True)
        self.week_day.setDisplayFormat("yyyy-MM-dd")
        self.week_day_label = QLabel(content)
        self.week_day_label.setBuddy(self.week_day)
        week_row = QHBoxLayout()
        week_row.addWidget(self.earlier_button)
        week_row.addWidget(self.week_day_label)
        week_row.addWidget(self.week_day)
        week_row.addWidget(self.later_button)
        week_row.addWidget(self.this_week_button)
        week_row.addStretch(1)
        self.week_title = QLabel(content)
        self.week_title.setObjectName("reviewWeekTitle")
        self.week_title.setWordWrap(True)
        bold = self.week_title.font()
        bold.setBold(True)
        self.week_title.setFont(bold)
        self.week_note = QLabel(content)
        self.week_note.setObjectName("reviewWeekNote")
        self.week_note.setWordWrap(True)

        self.rules_box = QGroupBox(content)
        self.rules_grid = QGridLayout(self.rules_box)
        self.no_rules = QLabel(self.rules_box)
        self.no_rules.setWordWrap(True)

        self.hard = QPlainTextEdit(content)
        self.hard.setObjectName("reviewHard")
        self.hard.setTabChangesFocus(True)
        self.hard.setFixedHeight(70)
        self.hard_label = QLabel(content)
        self.hard_label.setBuddy(self.hard)
        self.energy = ScalePicker(ENERGY_AFTER_SCALE, content)
        self.energy_label = QLabel(content)
        self.energy_label.setBuddy(self.energy)
        self.rested = QComboBox(content)
        self.rested.setObjectName("reviewRested")
        for rested in RESTED_LABELS:
            self.rested.addItem("", rested)
        self.rested_label = QLabel(content)
        self.rested_label.setBuddy(self.rested)
        self.rest = QPlainTextEdit(content)
        self.rest.setObjectName("reviewRest")
        self.rest.setTabChangesFocus(True)
        self.rest.setFixedHeight(55)
        self.rest_label = QLabel(content)
        self.rest_label.setBuddy(self.rest)
        self.heavy = QLabel(content)
        self.heavy.setObjectName("reviewHeavyContacts")
        self.heavy.setWordWrap(True)
        self.talked_through = QComboBox(content)
        self.talked_through.setObjectName("reviewTalkedThrough")
        for talked in TALKED_LABELS:
            self.talked_through.addItem("", talked)
        self.talked_through_label = QLabel(content)
        self.talked_through_label.setBuddy(self.talked_through)
        self.save_button = QPushButton(content)
        self.save_button.setObjectName("saveReviewButton")
        self.delete_button = QPushButton(content)
        self.delete_button.setObjectName("deleteReviewButton")
        self.status = MessageLine(content)  # the tab's one message area
        self.status.setObjectName("reviewStatus")

        talked_row = QHBoxLayout()
        talked_row.addWidget(self.talked_through_label)
        talked_row.addWidget(self.talked_through)
        talked_row.addStretch(1)
        rested_row = QHBoxLayout()
        rested_row.addWidget(self.rested_label)
        rested_row.addWidget(self.rested)
        rested_row.addStretch(1)
        layout = QVBoxLayout(content)
        layout.addWidget(self.intro)
        layout.addLayout(week_row)
        layout.addWidget(self.week_title)
        layout.addWidget(self.week_note)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.hard_label)
        layout.addWidget(self.hard)
        layout.addWidget(self.energy_label)
        layout.addWidget(self.energy)
        layout.addWidget(self.heavy)
        layout.addLayout(talked_row)
        layout.addLayout(rested_row)
        layout.addWidget(self.rest_label)
        layout.addWidget(self.rest)
        layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("reviewScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        save_row = QHBoxLayout()  # outside the scrolled form: always in reach
        save_row.setContentsMargins(9, 0, 9, 0)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        save_row.addStretch(0)  # the buttons keep their size while there is no message
        save_row.addWidget(self.delete_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(save_row)

        self.earlier_button.clicked.connect(lambda: self._step_week(-7))
        self.later_button.clicked.connect(lambda: self._step_week(7))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.this_week()))
        self.week_day.dateChanged.connect(self._week_day_chosen)
        self.save_button.clicked.connect(self.save_review)
        self.delete_button.clicked.connect(self.delete_review)
        # A message about a field to fix goes once the person changes the form.
        for changed in (self.hard.textChanged, self.rest.textChanged, self.energy.picked):
            changed.connect(self._clear_attention)
        self.retranslate()
        self._show_rules()
        self._show_week_fields()
        self._fill_form(None)

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        """Use `services`; the page's `reload` then fills the panel (this week)."""
        self._services = services
        self.week = self.this_week()
        self._stored = None

    def detach(self) -> None:
        """Forget the store and clear every value on screen, unsaved words of any week too."""
        self._services = None
        self._rules = []
        self._drafts.clear()
        self._stored = None
        self._heavy = None
        self.week = self.this_week()
        self._show_rules()
        self._fill_form(None)
        self._show_week_fields()
        self.status.clear()

    def reload(self) -> None:
        """The rules that are on (choices kept), the heavy contacts of the week, and, when the
        week was not read yet, its review. Words typed stay."""
        if self._services is None:
            return
        rules = attempt(self._services.boundaries.rules, self.status)
        if rules is None:
            return
        if [(rule.id, rule.text, rule.enabled) for rule in rules] != [
            (rule.id, rule.text, rule.enabled) for rule in self._rules
        ]:
            self._rules = rules
            self._show_rules()
        if self._stored is None or self._stored.week != self.week:
            self._load_week()
        else:
            boundaries, week = self._services.boundaries, self.week
            heavy = attempt(lambda: boundaries.heavy_contacts_in_week(week, self.zone), self.status)
            self._heavy = heavy if heavy is not None else self._heavy
        self._show_week_fields()

    def read_again(self) -> None:
        """The week's review from the store again (after an import); words typed and not
        saved stay on screen."""
        if self._services is None:
            return
        self._keep_draft()
        self._load_week()
        self._show_week_fields()

    def this_week(self) -> str:
        return week_of_day(self._today())

    def _today(self) -> date:
        return in_zone(now_utc(), self.zone).date()

    # --- weeks --------------------------------------------------------------------------
    def show_week(self, week: str) -> None:
        """Look at `week`; unsaved words of the week left behind are kept for it."""
        if week == self.week and self._stored is not None:
            return
        if self._services is not None:
            self._keep_draft()
        self.week = week
        self.status.clear()
        self._load_week()
        self._show_week_fields()

    def _step_week(self, days: int) -> None:
        monday, _next = week_days(self.week)
        self.show_week(week_of_day(min(monday + timedelta(days=days), self._today())))

    def _week_day_chosen(self, chosen: QDate) -> None:
        week = week_of_day(_day(chosen))
        if week != self.week:
            self.show_week(week)

    def _keep_draft(self) -> None:
        typed = self.form_review()
        saved = self._stored if self._stored is not None else WeeklyReview(self.week)
        if _same(typed, saved):
            self._drafts.pop(self.week, None)
        else:
            self._drafts[self.week] = typed

    def _load_week(self) -> None:
        """The week's saved review (or an empty one), then any unsaved words typed for it."""
        if self._services is None:
            return
        boundaries = self._services.boundaries
        week = self.week
        stored = attempt(lambda: boundaries.review(week), self.status)
        heavy = attempt(lambda: boundaries.heavy_contacts_in_week(week, self.zone), self.status)
        self._stored = stored if stored is not None else WeeklyReview(week)
        self._heavy = heavy
        draft = self._drafts.pop(week, None)
        self._fill_form(draft if draft is not None else self._stored)

    def _show_week_fields(self) -> None:
        monday, _next_monday = week_days(self.week)
        today = self._today()
        self.week_day.blockSignals(True)
        self.week_day.setDateRange(_qdate(EARLIEST_HOURS_DAY), _qdate(today))
        shown = _day(self.week_day.date())
        if week_of_day(shown) != self.week:
            self.week_day.setDate(_qdate(min(monday, today)))
        self.week_day.blockSignals(False)
        self.week_title.setText(week_text(monday))
        attached = self._services is not None
        is_this_week = self.week == self.this_week()
        self.later_button.setEnabled(attached and not is_this_week)
        self.this_week_button.setEnabled(attached and not is_this_week)
        self.earlier_button.setEnabled(attached and monday > EARLIEST_HOURS_DAY)
        self.week_day.setEnabled(attached)
        self.save_button.setEnabled(attached)
        saved_before = attached and self._stored is not None and self._stored.id is not None
        self.delete_button.setEnabled(saved_before)
        if saved_before:
            self.week_note.setText(
                self.tr("You looked back on this week before. Saving replaces it.")
            )
        else:
            self.week_note.clear()
        self.week_note.setVisible(bool(self.week_note.text()))
        self._show_heavy()

    def _show_heavy(self) -> None:
        if self._heavy is None:
            self.heavy.clear()
        elif self._heavy[0] == 0:
            self.heavy.setText(self.tr("No heavy contacts are in the contact log for this week."))
        else:
            heavy, talked = self._heavy
            self.heavy.setText(
                self.tr("Heavy contacts in the contact log this week: %1, talked through: %2.")
                .replace("%1", str(heavy))
                .replace("%2", str(talked))
            )
        self.heavy.setVisible(bool(self.heavy.text()))

    # --- the form -----------------------------------------------------------------------
    def _show_rules(self) -> None:
        """A row for each rule that is on; choices made stay with their rule."""
        chosen = {row.rule.id: row.outcome.currentData() for row in self._rule_rows}
        while self.rules_grid.count():
            item = self.rules_grid.takeAt(0)
            if (
                item is not None
                and (widget := item.widget()) is not None
                and widget is not self.no_rules
            ):
                widget.deleteLater()
        self._rule_rows = []
        shown = [rule for rule in self._rules if rule.enabled and rule.id is not None]
        for row, rule in enumerate(shown):
            text = QLabel(rule.text, self.rules_box)
            text.setWordWrap(True)
            outcome = QComboBox(self.rules_box)
            outcome.setObjectName(f"ruleOutcome-{rule.id}")
            for value in OUTCOME_LABELS:
                outcome.addItem("", value)
            outcome.setCurrentIndex(max(0, outcome.findData(chosen.get(rule.id))))
            text.setBuddy(outcome)
            self.rules_grid.addWidget(text, row, 0)
            self.rules_grid.addWidget(outcome, row, 1)
            self._rule_rows.append(_RuleRow(rule, outcome))
        self.rules_grid.addWidget(self.no_rules, len(shown), 0, 1, 2)
        # Made later than the form: put them where they are seen in the tab chain.
        chain = [self.this_week_button, *(row.outcome for row in self._rule_rows), self.hard]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.rules_grid.setColumnStretch(0, 1)
        self.no_rules.setVisible(self._services is not None and not shown)
        self._name_rule_rows()

    def _name_rule_rows(self) -> None:
        for row in self._rule_rows:
            for index in range(row.outcome.count()):
                row.outcome.setItemText(
                    index, self.tr(str(OUTCOME_LABELS[row.outcome.itemData(index)]))
                )
            row.outcome.setAccessibleName(self.tr("How “%1” went").replace("%1", row.rule.text))

    def _fill_form(self, review: WeeklyReview | None) -> None:
        outcomes: dict[int | None, str] = dict(review.rule_outcomes) if review else {}
        for row in self._rule_rows:
            row.outcome.setCurrentIndex(max(0, row.outcome.findData(outcomes.get(row.rule.id))))
        self.hard.setPlainText(review.hard if review else "")
        self.energy.set_value(review.energy if review else None)
        self.rested.setCurrentIndex(max(0, self.rested.findData(review.rested if review else None)))
        self.rest.setPlainText(review.rest if review else "")
        for field in (self.hard, self.rest):  # to go on writing where the words end
            field.moveCursor(QTextCursor.MoveOperation.End)
        self.talked_through.setCurrentIndex(
            max(0, self.talked_through.findData(review.talked_through if review else None))
        )

    def form_review(self) -> WeeklyReview:
        """The review as the form holds it. Outcomes of rules not shown now (switched off
        since) are kept as they were saved; those of rules deleted since are not."""
        shown = {row.rule.id for row in self._rule_rows}
        existing = {rule.id for rule in self._rules}  # a rule deleted since is gone for good
        kept = [
            (rule_id, outcome)
            for rule_id, outcome in (self._stored.rule_outcomes if self._stored else ())
            if rule_id not in shown and rule_id in existing
        ]
        chosen = [
            (row.rule.id, row.outcome.currentData())
            for row in self._rule_rows
            if row.rule.id is not None and row.outcome.currentData() is not None
        ]
        return WeeklyReview(
            week=self.week,
            rule_outcomes=tuple(sorted(kept + chosen)),
            hard=self.hard.toPlainText(),
            energy=self.energy.value(),
            rested=self.rested.currentData(),
            rest=self.rest.toPlainText(),
            talked_through=self.talked_through.currentData(),
            id=self._stored.id if self._stored else None,
        )

    def save_review(self) -> bool:
        """Save the week's review, replacing the one saved before."""
        if self._services is None:
            return False
        boundaries = self._services.boundaries
        review = self.form_review()
        try:
            saved = attempt(lambda: boundaries.save_review(review), self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return False
        if saved is None:
            return False
        self._stored = saved
        self._drafts.pop(self.week, None)
        self._show_week_fields()
        self.status.say(self.tr("Saved."), DONE)
        return True

    def delete_review(self) -> bool:
        """Delete the week's saved review after asking; the form is then empty."""
        if self._services is None or self._stored is None or self._stored.id is None:
            return False
        monday, next_monday = week_days(self.week)
        choice = QMessageBox.question(
            self,
            self.tr("Delete review"),
            self.tr("Delete your look back on the week from %1 to %2? This cannot be undone.")
            .replace("%1", day_text(monday))
            .replace("%2", day_text(next_monday - timedelta(days=1))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if choice != QMessageBox.StandardButton.Yes:
            return False
        boundaries, week = self._services.boundaries, self.week
        if not succeeded(lambda: boundaries.delete_review(week), self.status):
            return False
        self._stored = WeeklyReview(week)
        self._drafts.pop(week, None)
        self._fill_form(None)
        self._show_week_fields()
        self.status.say(self.tr("Deleted."), DONE)
        return True

    def _clear_attention(self, *_args: object) -> None:
        if self.status.severity == ATTENTION:
            self.status.clear()

    def _explain(self, problem: InvalidEntry) -> None:
        fields: dict[str, tuple[str, QWidget]] = {
            "what was hard": (
                self.tr("What was hard: it is longer than it can keep."),
                self.hard,
            ),
            "rest taken": (self.tr("Rest: it is longer than it can keep."), self.rest),
            "energy": (self.tr("Energy: please choose a step."), self.energy),
            "rules": (
                self.tr("My rules: one of them has changed. Please look at them again."),
                self.rules_box,
            ),
        }
        text, widget = fields.get(
            problem.field,
            (self.tr("This cannot be saved as it is. Please check each field."), self.save_button),
        )
        if problem.field == "rules":
            self._rules = []
            self.reload()
        self.status.say(text, ATTENTION)
        widget.setFocus()
        self.scroller.ensureWidgetVisible(widget)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A short look back at a week, in your own words. Write as much or as little "
                "as you like; every part is optional."
            )
        )
        self.earlier_button.setText(self.tr("◀ &Earlier week"))
        self.later_button.setText(self.tr("&Later week ▶"))
        self.this_week_button.setText(self.tr("&This week"))
        self.week_day_label.setText(self.tr("Wee&k of"))
        self.week_day.setAccessibleName(self.tr("A day of the week to look back on"))
        self.rules_box.setTitle(self.tr("How my rules went"))
        self.no_rules.setText(self.tr("No rules are on. My rules are on their own tab."))
        self._name_rule_rows()
        self.hard_label.setText(self.tr("What was &hard"))
        self.hard.setAccessibleName(self.tr("What was hard"))
        self.energy_label.setText(self.tr("Energ&y after supporting others"))
        self.energy.setAccessibleName(self.tr("Energy after supporting others"))
        self.rested_label.setText(self.tr("&Rest"))
        for index in range(self.rested.count()):
            self.rested.setItemText(index, self.tr(str(RESTED_LABELS[self.rested.itemData(index)])))
        self.rest_label.setText(self.tr("Rest I took (o&ptional)"))
        self.rest.setAccessibleName(self.tr("Rest I took"))
        self.talked_through_label.setText(self.tr("Heavy contacts talked thro&ugh"))
        for index in range(self.talked_through.count()):
            self.talked_through.setItemText(
                index, self.tr(str(TALKED_LABELS[self.talked_through.itemData(index)]))
            )
        self.save_button.setText(self.tr("&Save review"))
        self.delete_button.setText(self.tr("Delete review…"))
        self._show_week_fields()


def _same(first: WeeklyReview, second: WeeklyReview) -> bool:
    """The same words and choices, whatever the ids."""
    return (
        first.week == second.week
        and tuple(sorted(first.rule_outcomes)) == tuple(sorted(second.rule_outcomes))
        and first.hard == second.hard
        and first.energy == second.energy
        and first.rested == second.rested
        and first.rest == second.rest
        and first.talked_through == second.talked_through
    )
