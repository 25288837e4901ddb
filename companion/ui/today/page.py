"""Today: a mood and energy check-in finished from the keyboard in seconds, and today's entries.

Keys: a digit picks the mood and moves on to energy; a digit picks energy and moves on to
sleep; Enter in the sleep field or Ctrl+Enter anywhere saves.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.clock import local_today
from companion.errors import InvalidEntry
from companion.journal.checkin import CheckIn, Tag
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.ui.common.checkin_form import CheckinFormFields, CheckinFormWidget
from companion.ui.common.design import Spacing, TypeScale, set_type
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import day_text
from companion.ui.common.message_line import ATTENTION, MessageLine
from companion.ui.common.operation import attempt, succeeded
from companion.ui.reminders.banner import ReminderBanner
from companion.ui.today.checkin_table_model import CheckinTableModel
from companion.ui.today.glance import WeekGlance
from companion.ui.today.nudge_banner import NudgeBanner

TAGS_COLUMN_MAX_WIDTH = 260  # pixels: wider tags end in "…"
MEASURED_ROWS = 20  # rows asked for their width when the columns fit their contents
AFTER_SAVE_MS = 250  # the nudge and the glance follow a save at the latest after this
LIST_MIN_ROWS = 4  # the header and three entries stay in view however short the window


class ScrolledBody(QWidget):
    """What the scroller holds. Its height for a width is worked out here: a part that holds
    an explicit least height (the form, the list) counts that, the others (banners of wrapped
    words) their height at that width. Qt's own sum would squeeze the form's buttons."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        wanted = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            part = item.widget() if item is not None else None
            if item is None or item.isEmpty() or part is None:
                continue
            if part.minimumHeight() > 0:
                wanted.append(part.minimumHeight())
            elif item.hasHeightForWidth():
                wanted.append(max(item.heightForWidth(inner), item.minimumSize().height()))
            else:
                wanted.append(max(item.sizeHint().height(), item.minimumSize().height()))
        spacing = layout.spacing() * max(len(wanted) - 1, 0)
        total = sum(wanted) + spacing + margins.top() + margins.bottom()
        return max(total, self.minimumSizeHint().height())


class VerticalScroller(QScrollArea):
    """A frameless area that scrolls up and down only: as wide as its content needs, and as
    short as a few lines, so the window's height never depends on how much the page holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        inside = self.widget()
        width = inside.minimumSizeHint().width() if inside is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        inside = self.widget()
        if inside is None:
            return super().sizeHint()
        wanted = inside.sizeHint()
        return QSize(wanted.width() + self.verticalScrollBar().sizeHint().width(), wanted.height())


class TodayPage(CheckinFormFields, Retranslating, QWidget):
    """The check-in form above the list of today's check-ins."""

    saved = Signal(object)  # the CheckIn just stored

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: StoreServices | None = None
        self._shown_day = local_today(zone)
        self._tag_choices: tuple[list[Tag], list[str]] | None = None  # as the form has them

        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        set_type(self.title, TypeScale.PAGE_TITLE)
        self.glance = WeekGlance(zone, self)  # the last seven days; opens Trends

        self.nudge = NudgeBanner(self)
        self.reminders = ReminderBanner(zone, self)  # due and missed reminders, in-app only
        self.checkin_form = CheckinFormWidget(zone, backdating=True, parent=self)
        self.checkin_form.note.setMaximumHeight(140)
        self.checkin_form.note.setMinimumHeight(56)  # three lines; the page fits 900×600
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCheckin")
        self.save_button.setDefault(True)
        self.status = MessageLine(self)  # the page's one message area
        self.status.setObjectName("checkinStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        buttons.addStretch(0)  # the button keeps its size while there is no message
        self.checkin_form.add_row(buttons)
        QWidget.setTabOrder(self.checkin_form.when, self.save_button)

        self.list_title = QLabel(self)
        self.list_title.setObjectName("todayListTitle")
        set_type(self.list_title, TypeScale.SECTION)
        self.model = CheckinTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The columns are fitted to what they show when the rows, the scales or the language
        # change (`_fit_columns`), not on every layout as ResizeToContents would: a save
        # stays quick. Many tags end in "…" (their tooltip names them all); the note stretches.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(MEASURED_ROWS)  # a day's worth, not every row
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)

        # The list asks for a few rows only (the page scrolls when even that does not fit);
        # a taller window gives it most of what is left.
        self.list_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.list_stack.setMinimumHeight(
            LIST_MIN_ROWS * self.table.verticalHeader().defaultSectionSize()
        )

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.glance)
        # Below the heading the page scrolls when the window is short (900×600 with a nudge and
        # reminders): the check-in comes first and stays whole, the banners and the list follow.
        self.body = ScrolledBody(self)
        self.body.setObjectName("todayBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(Spacing.SMALL)
        body.addWidget(self.checkin_form, 1)  # room to spare: a larger note, ...
        body.addWidget(self.reminders)
        body.addWidget(self.nudge)
        body.addWidget(self.list_title)
        body.addWidget(self.list_stack, 3)  # ... and more of the list
        self.scroller = VerticalScroller(self)
        self.scroller.setObjectName("todayScroller")
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.scroller.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.setSpacing(Spacing.SMALL)
        layout.addLayout(heading)
        layout.addWidget(self.scroller, 1)

        self._after_save_due = False  # read by eventFilter: set before any filter is installed
        self._hold_form_height()
        self.checkin_form.installEventFilter(self)
        self.nudge.dismissed.connect(self._dismiss_nudge)
        self.checkin_form.submitted.connect(lambda: self.save())
        # A message about a field to fix goes once the person changes the form.
        form = self.checkin_form
        for changed in (
            form.sleep.textChanged,
            form.note.textChanged,
            form.tags.entry.textChanged,
            form.mood.picked,
            form.energy.picked,
            form.when.dateTimeChanged,
            form.earlier.toggled,
        ):
            changed.connect(self._form_changed)
        self.save_button.clicked.connect(lambda: self.save())
        # After a save, the nudge and the week glance are worked out once the new entry is on
        # the screen (the list's first paint), or after AFTER_SAVE_MS if no paint comes.
        self._after_save_timer = QTimer(self)
        self._after_save_timer.setSingleShot(True)
        self._after_save_timer.setInterval(AFTER_SAVE_MS)
        self._after_save_timer.timeout.connect(self._refresh_after_save)
        self.table.viewport().installEventFilter(self)
        self._midnight = QTimer(self)
        self._midnight.setInterval(60_000)
        self._midnight.timeout.connect(self._follow_the_date)
        self._midnight.start()
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.checkin_form and event.type() == QEvent.Type.LayoutRequest:
            self._hold_form_height()  # other words or another scale: another least height
        elif (
            self._after_save_due
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            QTimer.singleShot(0, self, self._refresh_after_save)  # once this paint is done
        return super().eventFilter(watched, event)

    def _hold_form_height(self) -> None:
        """The form is never squeezed below its least height: the scale buttons' names wrap
        by width, which the page's layout would otherwise trade for height."""
        least = self.checkin_form.minimumSizeHint().height()
        if self.checkin_form.minimumHeight() != least:
            self.checkin_form.setMinimumHeight(least)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save check-in"))
        shortcut = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(
            self.tr("Saves the check-in. Keys: Enter in the sleep field, or %1 anywhere.").replace(
                "%1", shortcut
            )
        )
        self.list_title.setText(self.tr("Today's check-ins"))
        self.table.setAccessibleName(self.tr("Today's check-ins"))
        self.empty.setText(
            self.tr("No check-ins yet today. They will appear here as you save them.")
        )
        self._update_title()
        self.model.refresh_language()
        self._fit_columns()  # other words, other widths
        if self._tag_choices is not None:  # the suggestions say "Tool: …" in the new language
            self.checkin_form.set_tag_choices(*self._tag_choices)

    def _update_title(self) -> None:
        day = day_text(self._shown_day)  # 2026年11月29日(日) / Sun 29 Nov 2026
        self.title.setText(self.tr("Today — %1").replace("%1", day))

    # --- data ---------------------------------------------------------------------------
    # The fields live in the check-in form; these name them for the session and the tests.
    @property
    def zone(self) -> str:
        """The person's time zone: which day is today, and the wall clock of the time field."""
        return self.checkin_form.zone

    @zone.setter
    def zone(self, zone: str) -> None:
        self.checkin_form.zone = zone
        self.reminders.zone = zone
        self.glance.zone = zone

    @property
    def earlier(self) -> QCheckBox:
        return self.checkin_form.earlier

    def set_scales(self, mood_steps: int, energy_steps: int) -> None:
        """Use other scales from now on; entries already saved keep theirs (and say so)."""
        self.checkin_form.set_scales(mood_steps, energy_steps)
        self.model.set_scales(mood_steps, energy_steps)
        self._fit_columns()  # "5/5 · …" is wider than "5 · …"

    def attach(self, services: StoreServices) -> None:
        self._services = services
        self.glance.attach(services)
        scales = attempt(services.settings.scales, self.status)
        if scales is not None:
            self.set_scales(*scales)
        self.refresh_tag_choices()
        self.reload()

    def refresh_tag_choices(self) -> None:
        if self._services is None:
            return
        journal = self._services.journal
        choices = attempt(lambda: (journal.plan_tags(), journal.tag_labels()), self.status)
        if choices is not None and choices != self._tag_choices:
            self._tag_choices = choices
            self.checkin_form.set_tag_choices(*choices)

    def refresh_nudge(self) -> None:
        if self._services is None:
            self.nudge.show_nudge(None)
            return
        journal = self._services.journal
        # A nudge that cannot be worked out is simply not shown; the status line stays free.
        self.nudge.show_nudge(attempt(lambda: journal.todays_nudge(self.zone), lambda _text: None))

    def _dismiss_nudge(self) -> None:
        if self._services is not None:
            journal = self._services.journal
            succeeded(lambda: journal.dismiss_nudge(self.zone), self.status)

    def detach(self) -> None:
        """Forget the store and clear every value on screen (used when locking)."""
        self._services = None
        self._after_save_due = False
        self._after_save_timer.stop()
        self.glance.detach()
        self.clear_form()
        self.status.clear()
        self.nudge.show_nudge(None)
        self.reminders.clear()
        self.checkin_form.set_tag_choices([], [])
        self._tag_choices = None
        self.model.set_rows([])
        self.list_stack.setCurrentWidget(self.empty)

    def reload(self) -> None:
        if self._reload_list():
            self.refresh_nudge()
            self.glance.refresh()

    def _reload_list(self) -> bool:
        """Today's check-ins read again (also those saved elsewhere); False if unreadable."""
        if self._services is None:
            return False
        self._shown_day = local_today(self.zone)
        self._update_title()
        journal = self._services.journal
        rows = attempt(lambda: journal.todays(self.zone), self.status)
        if rows is None:
            return False
        shown = self.model.rows()
        self.model.set_rows(rows)
        if shown and rows[: len(shown)] == shown:  # a save adds rows: only they are measured
            self._fit_columns(from_row=len(shown))
        else:
            self._fit_columns()
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.scrollToBottom()
        return True

    def _refresh_after_save(self) -> None:
        """What a save changes besides the list (the nudge, the week glance), once the list
        is on the screen: the person sees the new entry first."""
        if not self._after_save_due:
            return
        self._after_save_due = False
        self._after_save_timer.stop()
        self.glance.release()
        if self._services is not None:
            self.refresh_nudge()
            self.glance.refresh()

    def _fit_columns(self, from_row: int = 0) -> None:
        """Each column but the note as wide as what it shows (tags up to their limit);
        from_row: the rows above are already measured, the columns only grow for the rest."""
        header = self.table.horizontalHeader()
        model = CheckinTableModel
        grid = 1 if self.table.showGrid() else 0
        for column in (model.TIME, model.MOOD, model.ENERGY, model.SLEEP, model.TAGS):
            if from_row:
                added = range(from_row, self.model.rowCount())
                cells = (self.model.index(row, column) for row in added)
                widths = [self.table.sizeHintForIndex(cell).width() + grid for cell in cells]
                wanted = max([header.sectionSize(column), *widths])
            else:
                wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column == model.TAGS:
                wanted = min(wanted, TAGS_COLUMN_MAX_WIDTH)
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)

    def _follow_the_date(self) -> None:
        self.checkin_form.limit_when()
        if local_today(self.zone) != self._shown_day:
            self.reload()

    # --- the form -----------------------------------------------------------------------
    def form(self) -> CheckinForm:
        return self.checkin_form.draft()

    def restore_form(self, form: CheckinForm) -> None:
        self.checkin_form.set_draft(form)

    def form_is_empty(self) -> bool:
        return self.checkin_form.is_empty()

    def clear_form(self) -> None:
        self.checkin_form.clear()

    def focus_first_field(self) -> None:
        self.checkin_form.focus_first_field()

    def save(self, at: datetime | None = None) -> CheckIn | None:
        """Store what the form holds; on any problem keep every field as it was and say why."""
        if self._services is None:
            return None
        journal = self._services.journal
        try:
            entry = attempt(lambda: journal.save(self.form(), self.zone, at=at), self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return None
        if entry is None:
            return None
        self.refresh_tag_choices()
        self.clear_form()
        now = datetime.now(ZoneInfo(self.zone))
        when = QLocale().toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
        self.status.setText(self.tr("Saved at %1.").replace("%1", when))
        if self._reload_list():
            self._after_save_due = True
            self._after_save_timer.start()
            self.glance.hold()  # `saved` asks it to read the week: not before the list shows
        self.focus_first_field()
        self.saved.emit(entry)
        return entry

    def _explain(self, problem: InvalidEntry) -> None:
        self.status.say(self.checkin_form.explain(problem), ATTENTION)

    def _form_changed(self, *_value: object) -> None:
        """The field at fault may be fixed now: its message goes (a "Saved" line stays)."""
        if self.status.severity == ATTENTION:
            self.status.clear()
