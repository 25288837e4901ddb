"""The Boundaries page: its title and its tabs (roles and hours, my rules, the contact log,
supervision, the weekly review), each a panel the page attaches, detaches and reloads.

Lock clears every value on screen, typed text included.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from companion.services.store_services import StoreServices
from companion.ui.boundaries.contacts_panel import ContactsPanel
from companion.ui.boundaries.hours_panel import HoursPanel
from companion.ui.boundaries.review_panel import ReviewPanel
from companion.ui.boundaries.rules_panel import RulesPanel
from companion.ui.boundaries.supervision_panel import SupervisionPanel
from companion.ui.common.design import Spacing, TypeScale, set_type
from companion.ui.common.i18n import Retranslating


class BoundariesPage(Retranslating, QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundariesPage")
        self.zone = zone
        self._services: StoreServices | None = None

        self.title = QLabel(self)
        self.title.setObjectName("boundariesTitle")
        set_type(self.title, TypeScale.PAGE_TITLE)
        self.hours_panel = HoursPanel(zone, self)
        self.rules_panel = RulesPanel(self)
        self.contacts_panel = ContactsPanel(zone, self)
        self.supervision_panel = SupervisionPanel(zone, self)
        self.review_panel = ReviewPanel(zone, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boundariesTabs")
        self.tabs.addTab(self.hours_panel, "")
        self.tabs.addTab(self.rules_panel, "")
        self.tabs.addTab(self.contacts_panel, "")
        self.tabs.addTab(self.supervision_panel, "")
        self.tabs.addTab(self.review_panel, "")
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.hours_panel.roles_changed.connect(self._reload_other_tabs)
        layout = QVBoxLayout(self)
        # The page's edges as on Today and the Journal, so the titles line up.
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        self._services = services
        self.hours_panel.attach(services)
        self.rules_panel.attach(services)
        self.contacts_panel.attach(services)
        self.supervision_panel.attach(services)
        self.review_panel.attach(services)
        self.reload()

    def _tab_chosen(self, _index: int) -> None:
        """Roles and rules changed on one tab show on the others."""
        current = self.tabs.currentWidget()
        if current is self.rules_panel:
            self.rules_panel.reload()
        elif current is self.contacts_panel:
            self.contacts_panel.reload()
        elif current is self.supervision_panel:
            self.supervision_panel.reload()
        elif current is self.review_panel:
            self.review_panel.reload()

    def detach(self) -> None:
        """Forget the store and clear every value on screen, typed text included."""
        self._services = None
        self.hours_panel.detach()
        self.rules_panel.detach()
        self.contacts_panel.detach()
        self.supervision_panel.detach()
        self.review_panel.detach()

    def reload(self) -> None:
        """Every tab from the store; what is chosen on each stays chosen."""
        if self._services is None:
            return
        self._reload_other_tabs()
        self.hours_panel.reload()

    def show_imported(self) -> None:
        """Every tab from the store after an import, the week's review read again too."""
        if self._services is None:
            return
        self.review_panel.read_again()
        self.reload()

    def _reload_other_tabs(self) -> None:
        """Every tab but roles and hours (it reloads itself after saving a role)."""
        if self._services is None:
            return
        self.rules_panel.reload()
        self.contacts_panel.reload()
        self.supervision_panel.reload()
        self.review_panel.reload()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Boundaries"))
        self.tabs.setTabText(0, self.tr("Roles and hours"))
        self.tabs.setTabText(1, self.tr("My rules"))
        self.tabs.setTabText(2, self.tr("Contact log"))
        self.tabs.setTabText(3, self.tr("Supervision"))
        self.tabs.setTabText(4, self.tr("Weekly review"))
