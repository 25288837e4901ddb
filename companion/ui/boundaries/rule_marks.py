"""The contact form's "rules under pressure or broken": a row for each rule that is on, with
two boxes of which at most one is ticked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from companion.boundaries.log import BROKEN, PRESSURE, RuleMark
from companion.boundaries.rules import BoundaryRule
from companion.ui.common.i18n import Retranslating


class RuleMarksBox(Retranslating, QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.rows: list[tuple[BoundaryRule, QCheckBox, QCheckBox]] = []
        self.retranslate()

    def show_rules(self, rules: Sequence[BoundaryRule]) -> None:
        """A row for each rule of `rules` that is on; what was ticked stays with its rule."""
        was = {mark.rule_id: mark.how for mark in self.marks()}
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.rows = []
        shown = [rule for rule in rules if rule.enabled and rule.id is not None]
        for row, rule in enumerate(shown):
            text = QLabel(rule.text, self)
            text.setWordWrap(True)
            pressure = QCheckBox(self)
            broken = QCheckBox(self)
            pressure.setObjectName(f"rulePressure-{rule.id}")
            broken.setObjectName(f"ruleBroken-{rule.id}")
            pressure.toggled.connect(lambda on, other=broken: on and other.setChecked(False))
            broken.toggled.connect(lambda on, other=pressure: on and other.setChecked(False))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(pressure, row, 1)
            self.grid.addWidget(broken, row, 2)
            self.rows.append((rule, pressure, broken))
        self.grid.setColumnStretch(0, 1)
        self.setVisible(bool(shown))
        self.set_marks([RuleMark(rule_id, how) for rule_id, how in was.items()])
        self._name_rows()

    def shown_rule_ids(self) -> set[int | None]:
        return {rule.id for rule, _pressure, _broken in self.rows}

    def marks(self) -> tuple[RuleMark, ...]:
        """The ticked boxes, in the order of the rules."""
        return tuple(
            RuleMark(rule.id, PRESSURE if pressure.isChecked() else BROKEN)
            for rule, pressure, broken in self.rows
            if rule.id is not None and (pressure.isChecked() or broken.isChecked())
        )

    def set_marks(self, marks: Sequence[RuleMark]) -> None:
        """Tick what `marks` say for the rules shown (an empty list unticks every box)."""
        how: dict[int | None, str] = {mark.rule_id: mark.how for mark in marks}
        for rule, pressure, broken in self.rows:
            pressure.setChecked(how.get(rule.id) == PRESSURE)
            broken.setChecked(how.get(rule.id) == BROKEN)

    def _name_rows(self) -> None:
        for rule, pressure, broken in self.rows:
            pressure.setText(self.tr("under pressure"))
            broken.setText(self.tr("broken"))
            pressure.setAccessibleName(self.tr("“%1” came under pressure").replace("%1", rule.text))
            broken.setAccessibleName(self.tr("“%1” was broken").replace("%1", rule.text))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Rules under pressure or broken"))
        self._name_rows()
