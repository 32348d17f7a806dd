"""Loading and unloading the plugin: what initGui adds, unload removes, 20 times over."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDockWidget, QMenu

from economic_layer_plugin.definitions import OBJECT_NAME_ACTION_DOCK, OBJECT_NAME_DOCK, PROCESSING_PROVIDER_ID

from .conftest import flush_deletes, qgis_state


def test_init_gui_adds_menu_toolbar_dock_and_provider(desktop_iface, plugin_factory):
    before = qgis_state(desktop_iface)
    plugin = plugin_factory()
    after = qgis_state(desktop_iface)
    window = desktop_iface.mainWindow()

    assert len(after["menus"]) == len(before["menus"]) + 1
    menu = window.findChild(QMenu, "EconomicLayerMenu")
    assert menu is plugin.menu
    assert menu.title() == "Economic Layer"
    # The plugin's menu stands before QGIS's Help menu.
    titles = after["menus"]
    assert titles.index("Economic Layer") == titles.index("Help") - 1
    assert after["toolbar_actions"] == before["toolbar_actions"] + 1
    assert desktop_iface.pluginToolBar().actions()[-1].objectName() == OBJECT_NAME_ACTION_DOCK
    assert after["docks"] == before["docks"] + 1
    assert window.findChild(QDockWidget, OBJECT_NAME_DOCK) is plugin.dock
    assert PROCESSING_PROVIDER_ID in after["providers"]
    assert PROCESSING_PROVIDER_ID not in before["providers"]
    assert after["log_handlers"] == before["log_handlers"] + 1


def test_unload_leaves_qgis_as_it_found_it(desktop_iface, plugin_factory):
    before = qgis_state(desktop_iface)
    plugin = plugin_factory()
    plugin.unload()
    assert qgis_state(desktop_iface) == before


def test_twenty_load_unload_cycles_leak_nothing(desktop_iface, plugin_factory):
    before = qgis_state(desktop_iface)
    for cycle in range(20):
        plugin = plugin_factory()
        assert qgis_state(desktop_iface)["docks"] == before["docks"] + 1, f"cycle {cycle}"
        plugin.unload()
        assert qgis_state(desktop_iface) == before, f"cycle {cycle}"


def test_toolbar_action_toggles_the_dock(desktop_iface, plugin_factory):
    plugin = plugin_factory()
    desktop_iface.mainWindow().show()
    plugin.action_dock.setChecked(False)
    QCoreApplication.processEvents()
    assert not plugin.dock.isVisible()
    plugin.action_dock.setChecked(True)
    QCoreApplication.processEvents()
    assert plugin.dock.isVisible()
    plugin.dock.close()
    QCoreApplication.processEvents()
    assert not plugin.action_dock.isChecked()
    desktop_iface.mainWindow().hide()


def test_dock_visibility_is_remembered(desktop_iface, plugin_factory):
    desktop_iface.mainWindow().show()
    plugin = plugin_factory()
    plugin.dock.close()
    plugin.unload()
    assert QgsSettings().value("economic_layer/dock_visible", True, type=bool) is False
    plugin = plugin_factory()
    assert not plugin.dock.isVisible()
    plugin.action_dock.setChecked(True)
    plugin.unload()
    assert QgsSettings().value("economic_layer/dock_visible", False, type=bool) is True
    desktop_iface.mainWindow().hide()
    flush_deletes()


def test_chinese_locale_translates_the_interface_and_unload_removes_it(desktop_iface, plugin_factory):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "zh-Hans")
    try:
        assert QgsApplication.locale() == "zh-Hans"
        plugin = plugin_factory()
        assert plugin.translator.loaded_file is not None
        assert plugin.menu.title() == "经济图层"
        assert plugin.dock.windowTitle() == "经济图层"
        assert plugin.action_dock.text() == "经济图层面板"
        plugin.unload()
        assert QCoreApplication.translate("EconomicLayer", "Economic Layer") == "Economic Layer"
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")


def test_english_locale_keeps_english(desktop_iface, plugin_factory):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    try:
        plugin = plugin_factory()
        assert plugin.translator.loaded_file is None
        assert plugin.menu.title() == "Economic Layer"
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")


def test_processing_only_start(desktop_iface):
    """qgis_process calls classFactory and initProcessing only; unload must still clean up."""
    import economic_layer_plugin

    plugin = economic_layer_plugin.classFactory(desktop_iface)
    plugin.initProcessing()
    assert QgsApplication.processingRegistry().providerById(PROCESSING_PROVIDER_ID) is not None
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById(PROCESSING_PROVIDER_ID) is None
