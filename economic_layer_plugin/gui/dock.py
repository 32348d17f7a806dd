"""The dock panel: the planner's view of the scheme's economics, live.

It follows the active layer. For an economic layer it shows the project's indicators and the
units, the selected module, the policy checks, the modules left out, and the assumptions; for any
other layer it says how to make an economic layer.
"""

from __future__ import annotations

import logging

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.__about__ import __version__
from economic_layer_plugin.core.assumptions import AssumptionsError
from economic_layer_plugin.core.price_books import is_sample_book
from economic_layer_plugin.definitions import OBJECT_NAME_DOCK
from economic_layer_plugin.gui.assumptions_panel import AssumptionsPanel
from economic_layer_plugin.gui.checks_panel import ChecksPanel
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.gui.compare_panel import ComparePanel
from economic_layer_plugin.gui.excluded_panel import ExcludedPanel
from economic_layer_plugin.gui.history_panel import HistoryPanel
from economic_layer_plugin.gui.industrial_panel import IndustrialPanel
from economic_layer_plugin.gui.module_card import ModuleCard
from economic_layer_plugin.gui.overview import OverviewPanel
from economic_layer_plugin.gui.resettlement_panel import ResettlementPanel, ledger_card_rows
from economic_layer_plugin.gui.risk_panel import RiskPanel
from economic_layer_plugin.gui.tab_rows import TabRows
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, geopackage_of, save_assumptions
from economic_layer_plugin.qgis_adapter.stored_assumptions import missing_message
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LOGGER = logging.getLogger(__name__)
PAGE_MESSAGE, PAGE_SCHEME, PAGE_INDUSTRIAL = 0, 1, 2
PREFERRED_WIDTH = 450  # px: a third of a 1366 px screen


class EconomicLayerDock(QgsDockWidget):
    new_layer_requested = pyqtSignal()
    convert_requested = pyqtSignal(object)
    upgrade_requested = pyqtSignal(object)
    export_requested = pyqtSignal()
    report_requested = pyqtSignal()
    duplicate_requested = pyqtSignal()
    rename_requested = pyqtSignal()
    delete_requested = pyqtSignal()

    def __init__(self, iface, models, parent: QWidget | None = None) -> None:
        super().__init__(tr("Economic Layer"), parent)
        self.setObjectName(OBJECT_NAME_DOCK)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setMinimumWidth(360)
        self.iface = iface
        self.models = models
        self.layer = None
        self.live = None

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.header = QLabel(content)
        self.header.setObjectName("EconomicLayerHeader")
        self.header.setWordWrap(True)
        top.addWidget(self.header, 1)
        self.export_button = QPushButton(tr("Export Table 1…"), content)
        self.export_button.setObjectName("EconomicLayerExportButton")
        self.export_button.setToolTip(tr("Export Table 1 spreadsheet"))
        self.export_button.clicked.connect(self.export_requested.emit)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.report_button = QPushButton(tr("Report…"), content)
        self.report_button.setObjectName("EconomicLayerReportButton")
        self.report_button.setToolTip(tr("Scheme report (PDF)"))
        self.report_button.clicked.connect(self.report_requested.emit)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.stack = QStackedWidget(content)
        layout.addWidget(self.stack, 1)

        message_page = QWidget(self.stack)
        message_layout = QVBoxLayout(message_page)
        self.status_label = QLabel(message_page)
        self.status_label.setObjectName("EconomicLayerStatus")
        self.status_label.setWordWrap(True)
        message_layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New economic layer…"), message_page)
        self.new_button.clicked.connect(self.new_layer_requested.emit)
        self.convert_button = QPushButton(tr("Convert this layer…"), message_page)
        self.convert_button.clicked.connect(lambda: self.convert_requested.emit(self.layer))
        self.upgrade_button = QPushButton(tr("Upgrade this layer"), message_page)
        self.upgrade_button.setObjectName("EconomicLayerUpgradeButton")
        self.upgrade_button.setToolTip(tr("Adds the missing fields to the layer in place (empty); a copy of the "
                                          "GeoPackage is kept next to it first; every value stays."))
        self.upgrade_button.clicked.connect(lambda: self.upgrade_requested.emit(self.layer))
        buttons.addWidget(self.upgrade_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.convert_button)
        buttons.addStretch(1)
        message_layout.addLayout(buttons)
        message_layout.addStretch(1)
        version = QLabel(tr("Economic Layer {version}").format(version=__version__), message_page)
        version.setEnabled(False)
        message_layout.addWidget(version)
        self.stack.addWidget(message_page)

        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("EconomicLayerTabs")
        self.overview = OverviewPanel(self.tabs)
        self.module_card = ModuleCard(self.tabs)
        self.checks = ChecksPanel(self.tabs)
        self.excluded = ExcludedPanel(self.tabs)
        self.assumptions = AssumptionsPanel(self.tabs)
        self.compare = ComparePanel(self.tabs)
        self.tabs.addTab(self.overview, tr("Project"))
        self.tabs.addTab(self.module_card, tr("Module"))
        self.tabs.addTab(self.checks, tr("Checks"))
        self.tabs.addTab(self.excluded, tr("Left out"))
        self.tabs.addTab(self.assumptions, tr("Assumptions"))
        self.tabs.addTab(self.compare, tr("Compare"))
        self.resettlement = ResettlementPanel(self.tabs)
        self.tabs.addTab(self.resettlement, tr("Resettlement"))
        self.risk = RiskPanel(self.tabs)
        self.tabs.addTab(self.risk, tr("Optimise & risk"))
        self.history = HistoryPanel(self.tabs)  # team editing on PostGIS (gui/history_panel.py)
        self.tabs.addTab(self.history, tr("History"))
        self.tabs.currentChanged.connect(self._size_to_current_tab)
        self.tabs.currentChanged.connect(lambda _: self._refresh_compare())
        self.tabs.currentChanged.connect(self._refresh_resettlement)
        self.tabs.currentChanged.connect(lambda _: self._refresh_risk())
        scheme_page = QWidget(self.stack)
        scheme_layout = QVBoxLayout(scheme_page)
        scheme_layout.setContentsMargins(0, 0, 0, 0)
        scheme_layout.setSpacing(2)
        # a scheme priced by the default (sample) book, stored or not: said, never silent, with the way to its prices
        self.default_book_bar = QFrame(scheme_page)
        self.default_book_bar.setObjectName("EconomicLayerDefaultBookBar")
        self.default_book_bar.setStyleSheet("#EconomicLayerDefaultBookBar { background: #fff3cd; }")
        bar_layout = QHBoxLayout(self.default_book_bar)
        bar_layout.setContentsMargins(4, 2, 4, 2)
        self.default_book_banner = QLabel(self.default_book_bar)
        self.default_book_banner.setObjectName("EconomicLayerDefaultBook")
        self.default_book_banner.setWordWrap(True)
        self.default_book_banner.setStyleSheet("color: #5c4400;")
        bar_layout.addWidget(self.default_book_banner, 1)
        self.default_book_button = QPushButton(tr("Prices…"), self.default_book_bar)
        self.default_book_button.setObjectName("EconomicLayerDefaultBookButton")
        self.default_book_button.setToolTip(tr("Opens the Assumptions tab: the scheme's own prices"))
        self.default_book_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.assumptions))
        bar_layout.addWidget(self.default_book_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.default_book_bar.hide()
        self.default_book_banner.hide()
        scheme_layout.addWidget(self.default_book_bar)
        # a PostGIS scheme whose live updates are cut (the server restarted): the figures may be stale
        self.connection_banner = QLabel(tr("The connection to the database is lost: other planners' changes "
                                           "are not shown until it is back (trying again)."), scheme_page)
        self.connection_banner.setObjectName("EconomicLayerDisconnected")
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setStyleSheet("background: #f8d7da; color: #58151c; padding: 4px;")
        self.connection_banner.hide()
        scheme_layout.addWidget(self.connection_banner)
        self._size_to_current_tab()
        self.tab_rows = TabRows(self.tabs, per_row=5, parent=scheme_page)
        scheme_layout.addWidget(self.tab_rows)
        # on a small screen (1366x768) the pages scroll instead of pushing the window off the screen
        pages = QScrollArea(scheme_page)
        pages.setObjectName("EconomicLayerPages")
        pages.setWidgetResizable(True)
        pages.setFrameShape(QFrame.Shape.NoFrame)
        pages.setWidget(self.tabs)
        scheme_layout.addWidget(pages, 1)
        self.stack.addWidget(scheme_page)
        self.industrial = IndustrialPanel(iface, self.stack)  # industrial layers (el_ind_ fields)
        self.stack.addWidget(self.industrial)
        self.setWidget(content)
        self._show_page(PAGE_MESSAGE)

        self.checks.select_modules.connect(self._select)
        self.excluded.zoom_to.connect(self._zoom)
        self.assumptions.changed.connect(self._apply_assumptions)
        self.compare.duplicate_requested.connect(self.duplicate_requested.emit)
        self.compare.rename_requested.connect(self.rename_requested.emit)
        self.compare.delete_requested.connect(self.delete_requested.emit)
        self.compare.select_modules.connect(self._select_in)
        self.risk.optimise_requested.connect(self._optimise)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.set_layer(None)

    # which layer ----------------------------------------------------------------------------
    def sizeHint(self):
        """The width QGIS gives the dock at first: on a 1366 px screen the map and the Layers panel keep
        their room; a page wider than that scrolls."""
        hint = super().sizeHint()
        hint.setWidth(PREFERRED_WIDTH)
        return hint

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):  # the first time it is shown: the width it asks for
            self._fitted = True
            QTimer.singleShot(0, self._fit_width)

    def _fit_width(self) -> None:
        window = self.parentWidget()
        wanted = self.sizeHint().width()
        if isinstance(window, QMainWindow) and not self.isFloating() and self.width() < wanted:
            window.resizeDocks([self], [wanted], Qt.Orientation.Horizontal)

    def _show_default_book(self) -> None:
        """The banner: no book stored with the scheme (the default one prices it), or the stored book is the
        default (sample) book's prices unchanged (a planner who converted their own footprints keeps the
        sample's prices until they enter their own)."""
        text = ""
        if self.live is not None and getattr(self.live, "default_book", False):
            text = missing_message(self.layer.name(), ui_language())
        elif self.live is not None and is_sample_book(self.live.model.assumptions):
            text = tr("{scheme}: the default price book (the plugin's sample: illustrative prices, not market data) "
                      "prices its modules. Enter the scheme's own prices in the Assumptions tab.").format(
                scheme=self.layer.name())
        self.default_book_banner.setText(text)
        self.default_book_banner.setVisible(bool(text))
        self.default_book_bar.setVisible(bool(text))

    def _size_to_current_tab(self, _index=None) -> None:
        """Only the tab shown asks for room: the pages scroll for the module card's long form, not while the
        assumptions (which scroll of their own) are shown, so a page never has two scroll bars."""
        current = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()

    def _show_page(self, index: int) -> None:
        """Shows a page of the stack; only the page shown asks for room (a hidden page's minimum width,
        the industrial tables', would otherwise widen the dock for every layer)."""
        for page in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            self.stack.widget(page).setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.stack.updateGeometry()

    def set_layer(self, layer) -> None:
        """Shows ``layer``'s scheme if it is an economic layer; otherwise says how to make one."""
        self._detach()
        self.layer = layer
        self.live = self.models.get(layer) if layer is not None else None
        if self.live is not None:
            self.live.updated.connect(self._schedule_refresh)
            layer.selectionChanged.connect(self._show_selection)
            self.assumptions.show_assumptions(self.live.model.assumptions)
        self.history.set_live(self.live)
        sync = getattr(self.live, "sync", None)
        if sync is not None:
            sync.connected.connect(self._show_connected)
        self._show_connected(True)
        self._show_default_book()
        self.refresh()

    def _show_connected(self, connected: bool) -> None:
        self.connection_banner.setVisible(not connected)

    def _detach(self) -> None:
        sync = getattr(self.live, "sync", None)
        if sync is not None:
            try:
                sync.connected.disconnect(self._show_connected)
            except (TypeError, RuntimeError):
                pass
        if self.live is not None:
            try:
                self.live.updated.disconnect(self._schedule_refresh)
                self.layer.selectionChanged.disconnect(self._show_selection)
            except (TypeError, RuntimeError):
                pass
        self.live = None
        self.layer = None
        self.history.set_live(None)

    def teardown(self) -> None:
        """Stops following any layer (before the dock is deleted)."""
        self._refresh_timer.stop()
        self._detach()
        self.industrial.teardown()

    # showing --------------------------------------------------------------------------------
    def _schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        self.export_button.setVisible(self.live is not None)
        self.report_button.setVisible(self.live is not None)
        if self.live is None and self._show_industrial():
            return
        if self.live is None:
            self._show_page(PAGE_MESSAGE)
            if self.layer is None:
                self.header.setText("")
                self.status_label.setText(tr(
                    "No economic layer is selected. Select an economic layer in the Layers panel "
                    "to see the cost, revenue and indicators of its scheme."))
                self.convert_button.setVisible(False)
                self.upgrade_button.setVisible(False)
                self.new_button.setVisible(True)
            else:
                self.header.setText(f"<b>{self.layer.name()}</b>")
                self._show_not_economic()
            return
        self._show_page(PAGE_SCHEME)
        model = self.live.model
        counts = tr("{modules} modules").format(modules=model.project.count)
        if model.excluded_count:
            counts += tr(", {excluded} left out of the totals").format(excluded=model.excluded_count)
        editing = tr(" (editing: figures include unsaved edits)") if self.layer.isEditable() else ""
        self.header.setText(f"<b>{self.layer.name()}</b> · {counts}{editing} · {tr('money in 10,000 CNY')}")
        self.overview.show_model(model)
        self.checks.show_model(model)
        self.excluded.show_model(model)
        self.resettlement.show_model(model)
        self._show_selection()
        self.excluded_tab_title(model.excluded_count)
        self._refresh_compare()
        self._refresh_risk()

    def _show_not_economic(self) -> None:
        """A layer that is not an economic layer: how to make one; an economic layer of an older version: the
        fields it lacks and the upgrade that adds them."""
        from economic_layer_plugin.core import schema
        from economic_layer_plugin.qgis_adapter.upgrade import is_older_scheme

        older = is_older_scheme(self.layer)
        if older:
            missing = ", ".join(schema.missing_fields(self.layer.fields().names()))
            self.status_label.setText(tr(
                "This layer is an economic layer of an older version: it lacks {fields}. Upgrade it to add "
                "them in place (empty; a backup of the GeoPackage is written first; every value is kept), or "
                "convert it into a new economic layer (a copy).").format(fields=missing))
        else:
            self.status_label.setText(tr(
                "This layer is not an economic layer: it lacks the el_ fields of the economic model. "
                "Convert it into an economic layer (a copy; the layer itself is not changed), or create "
                "a new economic layer."))
        self.upgrade_button.setVisible(older)
        self.new_button.setVisible(not older)
        self.convert_button.setVisible(True)

    def _show_industrial(self) -> bool:
        """An industrial layer: its page (True); any other layer: the industrial page lets go of it."""
        from economic_layer_plugin.qgis_adapter.industrial import is_industrial_layer

        if self.layer is None or not is_industrial_layer(self.layer):
            self.industrial.set_layer(None)
            return False
        self.header.setText(f"<b>{self.layer.name()}</b> · {tr('industrial land')} · {tr('money in 10,000 CNY')}")
        self._show_page(PAGE_INDUSTRIAL)
        self.industrial.set_layer(self.layer)
        return True

    def scheme_entries(self) -> list:
        """[(name, layer, live model)] of the project's schemes (the schemes group, else every economic layer)."""
        from qgis.core import QgsProject

        from economic_layer_plugin.qgis_adapter import schemes
        from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

        layers = schemes.schemes() or [layer for layer in QgsProject.instance().mapLayers().values()
                                       if is_economic_layer(layer)]
        return [(layer.name(), layer, self.models.get(layer)) for layer in layers]

    def _refresh_compare(self) -> None:
        """The comparison is worked out only while its tab is shown (it reads every module)."""
        if self.live is not None and self.tabs.currentWidget() is self.compare:
            self.compare.set_schemes(self.scheme_entries(), self.layer)

    def _refresh_resettlement(self, _index=None) -> None:
        if self.live is not None and self.tabs.currentWidget() is self.resettlement:
            self.resettlement.model = self.live.model
            self.resettlement.solve()
    def _refresh_risk(self) -> None:
        """Tornado and Monte Carlo are worked out only while their tab is shown."""
        if self.live is not None:
            self.risk.show_model(self.live.model, self.tabs.currentWidget() is self.risk)

    def _optimise(self) -> None:
        from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog

        if self.live is not None:
            dialog = OptimiseDialog(self.iface, self.layer, self.live.model, self)
            dialog.exec()
            dialog.deleteLater()

    def excluded_tab_title(self, count: int) -> None:
        index = self.tabs.indexOf(self.excluded)
        title = tr("Left out")
        self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def _show_selection(self, *_args) -> None:
        if self.live is None:
            return
        fids = self.layer.selectedFeatureIds()
        self.history.set_module(fids[0] if fids else None)
        if not fids:
            self.module_card.show_nothing()
            return
        fid = fids[0]
        model = self.live.model
        if fid in model.modules:
            self.module_card.show_module(model.modules[fid], model.module_indicators(fid), len(fids),
                                         model.assumptions)
            self.module_card.add_rows(ledger_card_rows(model.ledger.row(model.modules[fid])))
        elif fid in model.excluded:
            self.module_card.show_excluded(model.excluded[fid])
        else:
            self.module_card.show_nothing()

    # actions --------------------------------------------------------------------------------
    def _select(self, fids: list) -> None:
        if self.layer is not None:
            self.layer.selectByIds(fids)
            if fids:
                self.iface.mapCanvas().zoomToSelected(self.layer)

    def _select_in(self, layer, fids: list) -> None:
        layer.selectByIds(fids)
        if fids:
            self.iface.mapCanvas().zoomToFeatureIds(layer, fids)
            self.iface.mapCanvas().refresh()

    def _zoom(self, fid) -> None:
        if self.layer is not None:
            self.layer.selectByIds([fid])
            self.iface.mapCanvas().zoomToFeatureIds(self.layer, [fid])
            self.iface.mapCanvas().refresh()

    def _apply_assumptions(self, assumptions) -> None:
        if self.live is None:
            return
        try:
            self.live.set_assumptions(assumptions)
        except AssumptionsError as error:
            Messages(self.iface).warning(error)
            return
        source = geopackage_of(self.layer)
        if source is not None:
            try:
                save_assumptions(source[0], source[1], assumptions)
            except GeoPackageError as error:
                Messages(self.iface).warning(error)
        elif getattr(self.live, "sync", None) is not None:  # a scheme in PostGIS: stored beside it
            from economic_layer_plugin.qgis_adapter.postgis import PostgisError, save_layer_assumptions

            try:
                save_layer_assumptions(self.layer, assumptions)
            except PostgisError as error:
                Messages(self.iface).warning(error)
        self.live.default_book = False  # saved with the scheme now (the banner stays while its prices are the sample's)
        self._show_default_book()
        self.layer.triggerRepaint()  # labels show the new figures
