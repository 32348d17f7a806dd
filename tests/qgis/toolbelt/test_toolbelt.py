"""Settings, logging bridge and translation helpers."""

import logging

from qgis.core import QgsApplication, QgsSettings

from economic_layer_plugin.definitions import LOG_TAG, LOGGER_NAME
from economic_layer_plugin.toolbelt.i18n import qm_candidates
from economic_layer_plugin.toolbelt.log import install_log_bridge, remove_log_bridge
from economic_layer_plugin.toolbelt.settings import PluginSettings, SettingsManager


def test_settings_round_trip_keeps_types():
    manager = SettingsManager()
    manager.save(PluginSettings(debug_mode=True, dock_visible=False))
    loaded = manager.load()
    assert loaded == PluginSettings(debug_mode=True, dock_visible=False)
    assert isinstance(loaded.debug_mode, bool)
    assert QgsSettings().value("economic_layer/debug_mode") in (True, "true")
    manager.save(PluginSettings())
    assert manager.load() == PluginSettings()


def test_log_bridge_reaches_the_qgis_log_panel_and_goes_away():
    received = []

    def on_message(message, tag, level):
        received.append((message, tag))

    QgsApplication.messageLog().messageReceived.connect(on_message)
    try:
        handler = install_log_bridge()
        logging.getLogger(LOGGER_NAME + ".core.engine").warning("feature 7: el_floors is not a number")
        remove_log_bridge(handler)
        logging.getLogger(LOGGER_NAME).warning("after removal")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)
    assert ("feature 7: el_floors is not a number", LOG_TAG) in received
    assert all(message != "after removal" for message, _ in received)


def test_qm_candidates_from_qgis_locales():
    assert [p.name for p in qm_candidates("zh-Hans")] == ["economic_layer_zh_Hans.qm", "economic_layer_zh.qm"]
    assert [p.name for p in qm_candidates("zh_CN")] == ["economic_layer_zh_CN.qm", "economic_layer_zh.qm"]
    assert [p.name for p in qm_candidates("en")] == ["economic_layer_en.qm"]
