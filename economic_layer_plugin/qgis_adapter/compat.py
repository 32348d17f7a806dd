"""What differs between the QGIS versions the plugin runs on (3.22 to 3.44, and Qt6 builds): one place.

Everything else in the plugin is written once, for Qt6 as far as Qt5 allows; where QGIS 3.22 lacks
the newer API, the difference lives here and nowhere else:

- field types: ``QMetaType.Type`` where QGIS (3.38 and later) takes it in ``QgsField``; QGIS 3.22 takes
  ``QVariant.Type`` only (deprecated from 3.38, gone with Qt6): ``QgsField(name, compat.DOUBLE)``.
- label placement: ``Qgis.LabelPlacement`` (3.26 and later); 3.22 has ``QgsPalLayerSettings.OverPoint``
  only, a name that on 3.40 means a ``LabelPredefinedPointPosition`` and is refused as a placement.
- style storage: ``styleStorageCapabilities()`` (3.34 and later) or
  ``isSaveAndLoadStyleToDatabaseSupported()`` (3.22; gone in 3.40).
- text in layouts: ``QgsLayoutItemLabel.setTextFormat`` and ``QgsLegendStyle.setTextFormat`` where
  QGIS has them; 3.22 has ``setFont`` / ``setFontColor`` / ``setStyleFont`` (deprecated on 3.40).
- render units: ``Qgis.RenderUnit`` (3.30 and later), ``QgsUnitTypes`` on 3.22.
- fonts: ``QFontDatabase.families()`` is static in Qt6, a method of an instance in Qt5 (PyQt5 refuses
  the static call, PyQt6 the instance): :func:`font_families`.
- GDAL's Python bindings: the exception mode stated explicitly (:func:`osgeo`).

Lines that name a Qt5-only API carry the mark ``# qt5-only``: only this module may (tests/unit/test_qt6.py).
"""

from __future__ import annotations

from qgis.core import Qgis, QgsLegendStyle, QgsPalLayerSettings, QgsUnitTypes
from qgis.PyQt.QtCore import QMetaType, QVariant, qVersion
from qgis.PyQt.QtGui import QFontDatabase

QT6 = int(qVersion().split(".")[0]) >= 6

#: QGIS 3.38 took QMetaType.Type for field types (QVariant.Type is deprecated from then on)
METATYPE_FIELDS = Qgis.QGIS_VERSION_INT >= 33800

if METATYPE_FIELDS:
    STRING = QMetaType.Type.QString
    INT = QMetaType.Type.Int
    LONG_LONG = QMetaType.Type.LongLong
    DOUBLE = QMetaType.Type.Double
else:  # QGIS 3.22: QgsField takes QVariant.Type only
    STRING = QVariant.Type.String  # qt5-only
    INT = QVariant.Type.Int  # qt5-only
    LONG_LONG = QVariant.Type.LongLong  # qt5-only
    DOUBLE = QVariant.Type.Double  # qt5-only


#: labels over the polygon's point (its centroid)
LABEL_OVER_POINT = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings).OverPoint

#: text sizes in points
RENDER_POINTS = Qgis.RenderUnit.Points if hasattr(Qgis, "RenderUnit") else QgsUnitTypes.RenderPoints


def save_style_to_database(layer, name: str, description: str, as_default: bool = True) -> str:
    """Saves the layer's style in its database (GeoPackage layer_styles, PostGIS); the error text, or ''.
    QGIS 3.44 deprecated saveStyleToDatabase for saveStyleToDatabaseV2 (which returns the result too)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _result, error = layer.saveStyleToDatabaseV2(name, description, as_default, "")
        return error or ""
    return layer.saveStyleToDatabase(name, description, as_default, "") or ""  # QGIS 3.22 to 3.42


def can_save_style_to_database(layer) -> bool:
    """Whether the layer's provider keeps styles in its database (a GeoPackage's layer_styles)."""
    provider = layer.dataProvider()
    if hasattr(provider, "styleStorageCapabilities"):
        capabilities = provider.styleStorageCapabilities()
        return bool(capabilities & Qgis.ProviderStyleStorageCapability.SaveToDatabase)
    return provider.isSaveAndLoadStyleToDatabaseSupported()


def _with_font(text_format, font):
    """``text_format`` with the font and its size in points, as QGIS's own setFont of items did."""
    text_format.setFont(font)
    if font.pointSizeF() > 0:
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(RENDER_POINTS)
    return text_format


def set_label_font(label, font, colour) -> None:
    """The font and colour of a QgsLayoutItemLabel."""
    if hasattr(label, "setTextFormat"):
        text_format = _with_font(label.textFormat(), font)
        text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:  # QGIS before 3.24
        label.setFont(font)
        label.setFontColor(colour)


def set_legend_font(legend, style, font) -> None:
    """The font of one style (QgsLegendStyle.Style) of a QgsLayoutItemLegend."""
    if hasattr(QgsLegendStyle, "setTextFormat"):
        legend_style = legend.rstyle(style)
        legend_style.setTextFormat(_with_font(legend_style.textFormat(), font))
    else:  # QGIS before 3.30
        legend.setStyleFont(style, font)


def font_families() -> list:
    """The font families this machine has."""
    if QT6:
        return QFontDatabase.families()
    return QFontDatabase().families()  # qt5-only


def osgeo():
    """(gdal, ogr), GDAL's Python bindings, with their exception mode stated explicitly (GDAL 3.9 and
    later warn until it is, and GDAL 4 turns exceptions on by default). The mode is not changed: off
    (GDAL's default before 4) stays off, stated; on, as something else in QGIS set it, stays on. The
    plugin's GDAL calls handle both: a None result and a RuntimeError. Raises ImportError without GDAL."""
    from osgeo import gdal, ogr

    for module in (gdal, ogr):
        if not module.GetUseExceptions():
            module.DontUseExceptions()
    return gdal, ogr
