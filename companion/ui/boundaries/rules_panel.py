"""My rules, on the Boundaries page: the person's own boundary rules, each switched on or off by
its checkbox, edited beside the list (the rule, why it matters, a prepared phrase), added,
moved up or down, and deleted after asking. Lock clears every value on screen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.boundaries.rules import BoundaryRule
from companion.errors import InvalidEntry
from companion.limits import MAX_RULE_TEXT_CHARS
from companion.services.store_services import StoreServices
from companion.ui.common.design import let_wrap
from companion.ui.common.i18n import Retranslating
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.operation import attempt, succeeded


class RulesPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesPanel")
        self._services: StoreServices | None = None
        self._rules: list[BoundaryRule] = []
        self._adding = False

        self.intro = QLabel(self)
        let_wrap(self.intro)
        self.rules_list = QListWidget(self)
        self.rules_list.setObjectName("rulesList")
        self.rules_list.setWordWrap(True)
        self.rules_list.setMinimumWidth(220)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addRuleButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteRuleButton")
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("ruleUpButton")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("ruleDownButton")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addWidget(self.rules_list, 1)
        left.addLayout(buttons)

        self.editor = QWidget(self)
        self.editor_title = QLabel(self.editor)
        bold = self.editor_title.font()
        bold.setBold(True)
        self.editor_title.setFont(bold)
        self.text = QLineEdit(self.editor)
        self.text.setObjectName("ruleText")
        self.text.setMaxLength(MAX_RULE_TEXT_CHARS)
        self.text_label = QLabel(self.editor)
        self.text_label.setBuddy(self.text)
        self.why = QPlainTextEdit(self.editor)
        self.why.setObjectName("ruleWhy")
        self.why.setTabChangesFocus(True)
        self.why_label = QLabel(self.editor)
        self.why_label.setBuddy(self.why)
        self.phrase = QPlainTextEdit(self.editor)
        self.phrase.setObjectName("rulePhrase")
        self.phrase.setTabChangesFocus(True)
        self.phrase_label = QLabel(self.editor)
        self.phrase_label.setBuddy(self.phrase)
        self.save_button = QPushButton(self.editor)
        self.save_button.setObjectName("saveRuleButton")
        self.status = MessageLine(self.editor)  # the tab's one message area
        self.status.setObjectName("rulesStatus")
        for label in (self.text_label, self.why_label, self.phrase_label):
            let_wrap(label)  # above its field: a long name takes two lines, not more width
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.text_label, self.text)
        form.addRow(self.why_label, self.why)
        form.addRow(self.phrase_label, self.phrase)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        save_row.addStretch(0)  # the buttons keep their size while there is no message
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addLayout(form, 1)
        editor_layout.addLayout(save_row)

        columns = QHBoxLayout(self)
        columns.addLayout(left, 2)
        columns.addWidget(self.editor, 3)

        self.rules_list.currentRowChanged.connect(self._rule_chosen)
        self.rules_list.itemChanged.connect(self._item_changed)
        self.add_button.clicked.connect(self.add_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        self.save_button.clicked.connect(self.save_rule)
        # A message about a field to fix goes once the person changes the rule.
        for changed in (self.text.textEdited, self.why.textChanged, self.phrase.textChanged):
            changed.connect(self._clear_attention)
        self.retranslate()
        self._show_rules()

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        """Use `services`; the page's `reload` then fills the panel."""
        self._services = services

    def detach(self) -> None:
        """Forget the store and clear every value on screen, typed text included."""
        self._services = None
        self._rules = []
        self._adding = False
        self.status.clear()
        self._show_rules()

    def reload(self, chosen_id: int | None = None) -> None:
        if self._services is None:
            return
        found = attempt(self._services.boundaries.rules, self.status)
        if found is None:
            return
        if chosen_id is None and (current := self.current_rule()) is not None:
            chosen_id = current.id
        self._rules = found
        self._adding = False
        self._show_rules(chosen_id)

    def current_rule(self) -> BoundaryRule | None:
        row = self.rules_list.currentRow()
        return self._rules[row] if 0 <= row < len(self._rules) else None

    # --- showing ------------------------------------------------------------------------
    def _show_rules(self, chosen_id: int | None = None) -> None:
        self.rules_list.blockSignals(True)
        self.rules_list.clear()
        chosen_row = 0
        for row, rule in enumerate(self._rules):
            item = QListWidgetItem(rule.text, self.rules_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            item.setToolTip(rule.text)
            if rule.id == chosen_id:
                chosen_row = row
        self.rules_list.setCurrentRow(chosen_row if self._rules else -1)
        self.rules_list.blockSignals(False)
        self._rule_chosen(self.rules_list.currentRow())

    def _rule_chosen(self, _row: int) -> None:
        self._adding = False
        rule = self.current_rule()
        self._fill_editor(rule)

    def _fill_editor(self, rule: BoundaryRule | None) -> None:
        attached = self._services is not None
        self.editor.setEnabled(attached and (rule is not None or self._adding))
        self.text.setText(rule.text if rule else "")
        self.why.setPlainText(rule.why if rule else "")
        self.phrase.setPlainText(rule.phrase if rule else "")
        self._show_title()
        self._update_buttons()

    def _show_title(self) -> None:
        if self._adding:
            self.editor_title.setText(self.tr("New rule"))
        elif self.current_rule() is not None:
            self.editor_title.setText(self.tr("Edit the chosen rule"))
        else:
            self.editor_title.clear()

    def _update_buttons(self) -> None:
        row = self.rules_list.currentRow()
        chosen = self.current_rule() is not None and not self._adding
        self.add_button.setEnabled(self._services is not None)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self._rules) - 1)

    # --- changing -----------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.rules_list.row(item)
        if self._services is None or not 0 <= row < len(self._rules):
            return
        rule = self._rules[row]
        enabled = item.checkState() == Qt.CheckState.Checked
        if rule.id is None or rule.enabled == enabled:
            return
        boundaries = self._services.boundaries
        rule_id = rule.id
        saved = attempt(lambda: boundaries.set_rule_enabled(rule_id, enabled), self.status)
        if saved is None:
            self.rules_list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            self.rules_list.blockSignals(False)
            return
        self._rules[row] = saved
        self.status.say(
            self.tr("The rule is on.") if enabled else self.tr("The rule is switched off."), DONE
        )

    def _clear_attention(self, *_args: object) -> None:
        if self.status.severity == ATTENTION:
            self.status.clear()

    def add_rule(self) -> None:
        """An empty editor for a new rule; it joins the list when saved."""
        if self._services is None:
            return
        self._adding = True
        self.status.clear()
        self._fill_editor(None)
        self.text.setFocus()

    def save_rule(self) -> bool:
        """Save what the editor holds; a refusal names the field and keeps every word."""
        if self._services is None:
            return False
        current = None if self._adding else self.current_rule()
        if current is None and not self._adding:
            return False
        edited = BoundaryRule(
            text=self.text.text(),
            why=self.why.toPlainText(),
            phrase=self.phrase.toPlainText(),
        )
        if current is not None:
            edited = replace(current, text=edited.text, why=edited.why, phrase=edited.phrase)
        boundaries = self._services.boundaries
        try:
            saved = attempt(lambda: boundaries.save_rule(edited), self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return False
        if saved is None:
            return False
        self.reload(saved.id)
        self.status.say(self.tr("Saved."), DONE)
        return True

    def _explain(self, problem: InvalidEntry) -> None:
        fields: dict[str, tuple[str, QWidget]] = {
            "rule": (self.tr("The rule needs a few words."), self.text),
            "why it matters": (self.tr("“Why it matters” is longer than it can keep."), self.why),
            "prepared phrase": (
                self.tr("The prepared phrase is longer than it can keep."),
                self.phrase,
            ),
        }
        if problem.field == "rules":
            self.status.say(self.tr("There are as many rules as Companion keeps."), ATTENTION)
            return
        text, widget = fields.get(
            problem.field, (self.tr("This cannot be saved as it is."), self.text)
        )
        self.status.say(text, ATTENTION)
        widget.setFocus()

    def delete_rule(self) -> bool:
        rule = self.current_rule()
        if rule is None or rule.id is None or self._services is None or self._adding:
            return False
        choice = QMessageBox.question(
            self,
            self.tr("Delete rule"),
            self.tr("Delete the rule “%1”?").replace("%1", rule.text)
            + "\n\n"
            + self.tr(
                "It is also taken off the contacts and weekly reviews that named it. "
                "This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if choice != QMessageBox.StandardButton.Yes:
            return False
        boundaries = self._services.boundaries
        rule_id = rule.id
        if not succeeded(lambda: boundaries.delete_rule(rule_id), self.status):
            return False
        self.reload(-1)
        self.status.say(self.tr("Deleted."), DONE)
        return True

    def move_rule(self, step: int) -> None:
        row = self.rules_list.currentRow()
        target = row + step
        if self._services is None or not (0 <= row < len(self._rules)):
            return
        if not 0 <= target < len(self._rules):
            return
        ids = [rule.id for rule in self._rules]
        ids[row], ids[target] = ids[target], ids[row]
        boundaries = self._services.boundaries
        ordered = [rule_id for rule_id in ids if rule_id is not None]
        if succeeded(lambda: boundaries.reorder_rules(ordered), self.status):
            self.reload(self._rules[row].id)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Your own rules for supporting others. Tick a rule to keep it on; "
                "untick it to switch it off for now."
            )
        )
        self.rules_list.setAccessibleName(self.tr("My rules"))
        self.add_button.setText(self.tr("&Add rule"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.up_button.setAccessibleName(self.tr("Move the rule up"))
        self.down_button.setAccessibleName(self.tr("Move the rule down"))
        self.text_label.setText(self.tr("R&ule"))
        self.why_label.setText(self.tr("&Why it matters to me"))
        self.phrase_label.setText(self.tr("&Prepared phrase, for when it is tested"))
        self.save_button.setText(self.tr("&Save rule"))
        self._show_title()
