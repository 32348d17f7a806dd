"""Constants shared by every layer of the plugin. Pure Python: no QGIS import."""

from __future__ import annotations

from pathlib import Path

PLUGIN_PACKAGE = "economic_layer_plugin"
PLUGIN_DIR = Path(__file__).resolve().parent

#: Tag of the plugin's messages in the QGIS log panel.
LOG_TAG = "Economic Layer"
#: Root of the Python loggers of the plugin; every module logs under it.
LOGGER_NAME = PLUGIN_PACKAGE
#: Prefix of the plugin's keys in QgsSettings.
SETTINGS_PREFIX = "economic_layer"
#: Translation context of every fixed string (see toolbelt.i18n.tr).
TRANSLATION_CONTEXT = "EconomicLayer"
#: Base name of the compiled translations: i18n/economic_layer_<lang>.qm
TRANSLATION_BASENAME = "economic_layer"

PROCESSING_PROVIDER_ID = "economic_layer"

# Object names: they let tests and other code find what the plugin adds to QGIS.
OBJECT_NAME_DOCK = "EconomicLayerDock"
OBJECT_NAME_MENU = "EconomicLayerMenu"
OBJECT_NAME_HELP_MENU = "EconomicLayerHelpMenu"
OBJECT_NAME_ACTION_DOCK = "EconomicLayerActionDock"
OBJECT_NAME_ACTION_HELP = "EconomicLayerActionHelp"
OBJECT_NAME_ACTION_ABOUT = "EconomicLayerActionAbout"

ICONS_DIR = PLUGIN_DIR / "resources" / "icons"
ICON_PLUGIN = ICONS_DIR / "economic_layer.svg"
I18N_DIR = PLUGIN_DIR / "i18n"
