"""The assumptions stored with a scheme, wherever it is kept: its GeoPackage's ``el_assumptions``
table or the same table beside a scheme published to PostGIS. The one place that decides which."""

from __future__ import annotations

import logging

from qgis.core import QgsVectorLayer

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError
from economic_layer_plugin.core.i18n import tr
from economic_layer_plugin.qgis_adapter import gpkg, postgis_db

LOGGER = logging.getLogger(__name__)


def assumptions_of(layer: QgsVectorLayer) -> Assumptions:
    """The assumptions stored with the layer's GeoPackage (or its PostGIS schema), or the default book
    (with a log message saying why, when stored ones cannot be used)."""
    return stored_or_default(layer)[0]


def missing_message(layer_name: str, language: str = "en") -> str:
    """What the planner is told when a scheme has no stored assumptions of its own."""
    return tr("{scheme}: no assumptions are stored with this scheme (none in its el_assumptions table): the "
              "default price book prices its modules, which may not be the scheme's own. Check them in the "
              "Assumptions tab and save, or copy the scheme from its original GeoPackage.", language).format(
        scheme=layer_name)


def stored_or_default(layer: QgsVectorLayer) -> tuple:
    """(assumptions, True if they are the scheme's own stored ones, False if the default book)."""
    source = gpkg.geopackage_of(layer)
    if source is not None:
        def load():
            return gpkg.load_assumptions(*source)
    elif layer.providerType() == "postgres":  # a scheme published to PostGIS
        def load():
            return postgis_db.load_assumptions(layer)
    else:
        return Assumptions(), False
    try:
        stored = load()
    except AssumptionsError as error:
        LOGGER.warning("%s: the stored assumptions cannot be used (%s); the default book is used instead",
                       layer.name(), error)
        stored = None
    return (stored, True) if stored is not None else (Assumptions(), False)
