"""Constants shared by every layer of the plugin. Pure Python: no QGIS import."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

# core.i18n imports nothing of the plugin (tests/unit/test_imports.py allows it here, and only it)
from economic_layer_plugin.core.i18n import N_, pair

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
OBJECT_NAME_ACTION_SAMPLE = "EconomicLayerActionSample"
OBJECT_NAME_ACTION_NEW_LAYER = "EconomicLayerActionNewLayer"
OBJECT_NAME_ACTION_CONVERT = "EconomicLayerActionConvert"
OBJECT_NAME_ACTION_DUPLICATE = "EconomicLayerActionDuplicate"
OBJECT_NAME_ACTION_RENAME = "EconomicLayerActionRename"
OBJECT_NAME_ACTION_DELETE = "EconomicLayerActionDelete"
OBJECT_NAME_ACTION_INDUSTRIAL = "EconomicLayerActionIndustrial"
OBJECT_NAME_ACTION_PUBLISH = "EconomicLayerActionPublish"
OBJECT_NAME_ACTION_EXPORT = "EconomicLayerActionExport"
OBJECT_NAME_ACTION_REPORT = "EconomicLayerActionReport"
OBJECT_NAME_ACTION_REPORT_LAYOUTS = "EconomicLayerActionReportLayouts"
OBJECT_NAME_ACTION_INDUSTRIAL_SAMPLE = "EconomicLayerActionIndustrialSample"

ICONS_DIR = PLUGIN_DIR / "resources" / "icons"
ICON_PLUGIN = ICONS_DIR / "economic_layer.svg"
I18N_DIR = PLUGIN_DIR / "i18n"


# Domain enums ---------------------------------------------------------------------------------
# str enums: members compare equal to the text stored in a layer ("add" == Action.ADD).
class Action(str, Enum):
    """What the scheme does with a module (the paper's 留改拆增)."""

    RETAIN = "retain"
    RENOVATE = "renovate"
    DEMOLISH = "demolish"
    ADD = "add"


    def __str__(self) -> str:
        return self.value


ACTIONS = tuple(action.value for action in Action)


def _labels(texts: dict) -> dict:
    """{code: {"en": English, "zh": Chinese}} of literals marked for the catalogue."""
    return {code: dict(zip(("en", "zh"), pair(text))) for code, text in texts.items()}


ACTION_LABELS = _labels({
    "retain": N_("Retain"),
    "renovate": N_("Renovate"),
    "demolish": N_("Demolish"),
    "add": N_("Add"),
})

USES = (
    "office", "commercial", "residential", "apartment", "hotel", "industrial", "underground",
    "parking", "public", "other",
)
USE_LABELS = _labels({
    "office": N_("Office"),
    "commercial": N_("Commercial"),
    "residential": N_("Residential"),
    "apartment": N_("Apartment"),
    "hotel": N_("Hotel"),
    "industrial": N_("Industrial"),
    "underground": N_("Underground"),
    "parking": N_("Parking"),
    "public": N_("Public"),
    "other": N_("Other"),
})
#: Uses whose floor area is below ground: left out of the floor area ratio and height checks.
BELOW_GROUND_USES = frozenset({"underground"})
#: The uses that always have a row in Table 1 (spec section 7), in the paper's order.
TABLE1_USES = ("office", "commercial", "residential", "apartment", "underground")

LANGUAGES = ("zh", "en")
