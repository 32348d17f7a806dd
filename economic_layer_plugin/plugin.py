"""The plugin class that QGIS drives: ``initGui()`` adds, ``unload()`` removes, nothing is left behind.

Wiring only: the commands live in ``gui/commands/`` (and ``gui/report.py``), the menu is the table
of :meth:`EconomicLayerPlugin._menu_entries`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QMessageBox

from economic_layer_plugin import definitions as names
from economic_layer_plugin import dependencies
from economic_layer_plugin.__about__ import __title__, __uri_homepage__, __uri_tracker__, __version__
from economic_layer_plugin.gui import history_panel
from economic_layer_plugin.gui.commands.export_commands import ExportCommands
from economic_layer_plugin.gui.commands.layer_commands import LayerCommands
from economic_layer_plugin.gui.commands.scheme_commands import SchemeCommands
from economic_layer_plugin.gui.commands.upgrade_commands import OBJECT_NAME_ACTION as UPGRADE_ACTION
from economic_layer_plugin.gui.commands.upgrade_commands import UpgradeCommands
from economic_layer_plugin.gui.dock import EconomicLayerDock
from economic_layer_plugin.gui.report import ReportCommands
from economic_layer_plugin.processing_provider.provider import EconomicLayerProvider
from economic_layer_plugin.qgis_adapter import expressions, registry
from economic_layer_plugin.toolbelt.i18n import PluginTranslator, tr
from economic_layer_plugin.toolbelt.log import install_log_bridge, remove_log_bridge
from economic_layer_plugin.toolbelt.settings import SettingsManager

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class MenuEntry:
    """One action of the plugin's menu: its text (translated), object name, command and icon."""

    text: str
    object_name: str
    command: Callable[[], object]
    icon: QIcon | None = None


SEPARATOR = None


class EconomicLayerPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = PluginTranslator()
        self.translator.install()
        self.settings = SettingsManager()
        self.provider: EconomicLayerProvider | None = None
        self.log_handler = None
        self.dock: EconomicLayerDock | None = None
        self.menu: QMenu | None = None
        self.action_dock: QAction | None = None
        self.models: registry.LiveModels | None = None
        self.expression_functions: expressions.ExpressionFunctions | None = None
        self.report: ReportCommands | None = None
        self.layer_commands: LayerCommands | None = None
        self.scheme_commands: SchemeCommands | None = None
        self.export_commands: ExportCommands | None = None
        self.upgrade_commands: UpgradeCommands | None = None

    # Processing -------------------------------------------------------------------------------
    def initProcessing(self) -> None:
        if self.provider is None:
            self.provider = EconomicLayerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI --------------------------------------------------------------------------------------
    def initGui(self) -> None:
        settings = self.settings.load()
        self.log_handler = install_log_bridge(debug=settings.debug_mode)
        self.initProcessing()
        main_window = self.iface.mainWindow()

        # PostGIS sync asks the plugin's question on a conflicting commit; the expression functions, which
        # QGIS calls without the plugin, read these models through the holder the plugin keeps
        resolver = history_panel.conflict_resolver(self.iface.mainWindow, self.iface.messageBar)
        self.models = registry.LiveModels(resolver=resolver)
        self.expression_functions = expressions.register(self.models)

        self.dock = EconomicLayerDock(self.iface, self.models, main_window)
        self.layer_commands = LayerCommands(self.iface, self.dock)
        self.scheme_commands = SchemeCommands(self.iface, self.dock)
        self.export_commands = ExportCommands(self.iface, self.models)
        self.upgrade_commands = UpgradeCommands(self.iface, self.dock)  # older schemes: named, upgraded on request
        self.report = ReportCommands(self.iface, self.models, main_window)
        self._connect_dock()
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.set_layer(self.iface.activeLayer())

        icon = QIcon(str(names.ICON_PLUGIN))
        self.action_dock = QAction(icon, tr("Economic layer panel"), main_window)
        self.action_dock.setObjectName(names.OBJECT_NAME_ACTION_DOCK)
        self.action_dock.setToolTip(tr("Show or hide the Economic Layer panel"))
        self.action_dock.setCheckable(True)
        self.action_dock.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action_dock.setChecked)
        self.iface.addToolBarIcon(self.action_dock)
        self._build_menu(main_window, icon)

        self.dock.setVisible(settings.dock_visible)
        self.action_dock.setChecked(settings.dock_visible)
        missing = dependencies.missing(required=False)
        if missing:
            dependencies.show_missing(self.iface, missing, required=False)
        LOGGER.info("%s %s loaded", __title__, __version__)

    def _connect_dock(self) -> None:
        dock = self.dock
        dock.new_layer_requested.connect(self.layer_commands.new_layer)
        dock.convert_requested.connect(self.layer_commands.convert_layer)
        dock.export_requested.connect(lambda: self.export_commands.export_table1())
        dock.duplicate_requested.connect(lambda: self.scheme_commands.duplicate())
        dock.rename_requested.connect(lambda: self.scheme_commands.rename())
        dock.delete_requested.connect(lambda: self.scheme_commands.delete())
        dock.report_requested.connect(lambda: self.report.export_interactive(dock.layer))
        QgsProject.instance().layerTreeRoot().visibilityChanged.connect(self.scheme_commands.on_visibility)
        self.iface.currentLayerChanged.connect(dock.set_layer)

    def _menu_entries(self) -> tuple:
        """The menu, top to bottom (SEPARATOR between groups)."""
        layers, scheme, report = self.layer_commands, self.scheme_commands, self.report
        return (
            MenuEntry(tr("New economic layer…"), names.OBJECT_NAME_ACTION_NEW_LAYER, layers.new_layer,
                      QIcon(QgsApplication.iconPath("mActionNewGeoPackageLayer.svg"))),
            MenuEntry(tr("Convert layer to economic layer…"), names.OBJECT_NAME_ACTION_CONVERT,
                      lambda: layers.convert_layer(self.iface.activeLayer())),
            MenuEntry(tr("Upgrade older scheme (active layer)"), UPGRADE_ACTION,
                      lambda: self.upgrade_commands.upgrade()),
            MenuEntry(tr("Duplicate scheme…"), names.OBJECT_NAME_ACTION_DUPLICATE, scheme.duplicate),
            MenuEntry(tr("Rename scheme…"), names.OBJECT_NAME_ACTION_RENAME, scheme.rename),
            MenuEntry(tr("Delete scheme…"), names.OBJECT_NAME_ACTION_DELETE, scheme.delete),
            MenuEntry(tr("Convert layer to industrial layer…"), names.OBJECT_NAME_ACTION_INDUSTRIAL,
                      layers.convert_to_industrial),
            MenuEntry(tr("Publish to PostGIS…"), names.OBJECT_NAME_ACTION_PUBLISH,  # team editing
                      lambda: history_panel.publish_command(self.iface, self.iface.activeLayer())),
            MenuEntry(tr("Export Table 1 spreadsheet…"), names.OBJECT_NAME_ACTION_EXPORT,
                      self.export_commands.export_table1),
            MenuEntry(tr("Scheme report (PDF)…"), names.OBJECT_NAME_ACTION_REPORT,
                      lambda: report.export_interactive(self.dock.layer)),
            MenuEntry(tr("Scheme report layouts (layout designer)"), names.OBJECT_NAME_ACTION_REPORT_LAYOUTS,
                      lambda: report.open_layouts(self.dock.layer)),
        )

    def _help_entries(self, icon: QIcon) -> tuple:
        return (
            MenuEntry(tr("Open the Zhongshan Third Road sample"), names.OBJECT_NAME_ACTION_SAMPLE,
                      self.layer_commands.open_sample, icon),
            MenuEntry(tr("Open the industrial sample (Swellendam footprints)"),
                      names.OBJECT_NAME_ACTION_INDUSTRIAL_SAMPLE, self.layer_commands.open_industrial_sample, icon),
            MenuEntry(tr("Documentation"), names.OBJECT_NAME_ACTION_HELP, self.open_documentation),
            MenuEntry(tr("About Economic Layer"), names.OBJECT_NAME_ACTION_ABOUT, self.show_about, icon),
        )

    @staticmethod
    def _add_entries(menu: QMenu, entries) -> None:
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
                continue
            action = menu.addAction(entry.icon, entry.text) if entry.icon else menu.addAction(entry.text)
            action.setObjectName(entry.object_name)
            action.triggered.connect(lambda _checked=False, command=entry.command: command())

    def _build_menu(self, main_window, icon: QIcon) -> None:
        self.menu = QMenu(tr("Economic Layer"), main_window)
        self.menu.setObjectName(names.OBJECT_NAME_MENU)
        self.menu.addAction(self.action_dock)
        self.menu.addSeparator()
        self._add_entries(self.menu, self._menu_entries())
        self.menu.addSeparator()
        help_menu = self.menu.addMenu(QIcon(QgsApplication.iconPath("mActionHelpContents.svg")), tr("Help"))
        help_menu.setObjectName(names.OBJECT_NAME_HELP_MENU)
        self._add_entries(help_menu, self._help_entries(icon))
        menu_bar = main_window.menuBar()
        qgis_help_menu = self.iface.helpMenu()
        if isinstance(qgis_help_menu, QMenu) and qgis_help_menu.menuAction() in menu_bar.actions():
            menu_bar.insertMenu(qgis_help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def unload(self) -> None:
        if self.dock is not None:
            self.settings.set("dock_visible", self.dock.isVisible())
        if self.action_dock is not None:
            self.iface.removeToolBarIcon(self.action_dock)
            self.action_dock.toggled.disconnect()
            self.action_dock.deleteLater()
            self.action_dock = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.dock is not None:
            QgsProject.instance().layerTreeRoot().visibilityChanged.disconnect(self.scheme_commands.on_visibility)
            self.iface.currentLayerChanged.disconnect(self.dock.set_layer)
            self.dock.teardown()
            self.dock.visibilityChanged.disconnect()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.report is not None:
            self.report.teardown()
            self.report.deleteLater()
            self.report = None
        if self.export_commands is not None:
            self.export_commands.teardown()
        if self.upgrade_commands is not None:
            self.upgrade_commands.teardown()
            self.upgrade_commands = None
        self.layer_commands = self.scheme_commands = self.export_commands = None
        if self.models is not None:
            self.models.clear()
            self.models.deleteLater()
            self.models = None
            expressions.unregister(self.expression_functions)
            self.expression_functions = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_bridge(self.log_handler)
        self.log_handler = None
        self.translator.remove()

    # Help -------------------------------------------------------------------------------------
    def open_documentation(self) -> None:
        QDesktopServices.openUrl(QUrl(__uri_homepage__))

    def show_about(self) -> None:
        QMessageBox.about(
            self.iface.mainWindow(),
            tr("About Economic Layer"),
            tr(
                "<b>Economic Layer {version}</b><p>The economics of urban renewal schemes, module by "
                "module, on the map.</p><p>Money in 10,000 CNY, areas in m2.</p>"
                '<p><a href="{homepage}">Documentation</a> · <a href="{tracker}">Report a problem</a></p>'
            ).format(version=__version__, homepage=__uri_homepage__, tracker=__uri_tracker__),
        )
