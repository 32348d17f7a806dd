"""The economic layer's style: one colour per action, labels with the module's name and net profit."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from economic_layer_plugin.core.i18n import N_, tr, translate
from economic_layer_plugin.definitions import ACTION_LABELS, USE_LABELS
from economic_layer_plugin.qgis_adapter import compat

ACTION_COLOURS = {
    "retain": ("#9e9e9e", "#616161"),
    "renovate": ("#5b9bd5", "#1f4f8a"),
    "demolish": ("#f4cccc", "#c62828"),
    "add": ("#66bb6a", "#2e7031"),
}

#: Label: the module's name (or id) and its net profit in 10,000 CNY, from the plugin's live model.
LABEL_EXPRESSION = (
    "coalesce(\"el_name\", \"el_module_id\") || "
    "coalesce('\\n' || format_number(el_module_indicator('net_profit') / 10000, 0) || ' {unit}', '')"
)


def _symbol(action: str) -> QgsFillSymbol:
    fill, outline = ACTION_COLOURS[action]
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": "0.3"})
    if action == "demolish":
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(1.5)
        hatch.setColor(QColor(outline))
        hatch.setLineWidth(0.3)
        symbol.appendSymbolLayer(hatch)
    return symbol


#: Underground modules lie under the others: their own category, outlined, drawn first.
CATEGORY_EXPRESSION = "CASE WHEN \"el_use\" = 'underground' THEN 'underground' ELSE \"el_action\" END"


def action_renderer(language: str = "en") -> QgsCategorizedSymbolRenderer:
    underground = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#6d4c41", "outline_width": "0.4",
                                              "outline_style": "dash"})
    categories = [QgsRendererCategory("underground", underground, USE_LABELS["underground"][language])]
    categories += [QgsRendererCategory(action, _symbol(action), ACTION_LABELS[action][language])
                   for action in ACTION_COLOURS]
    other = QgsFillSymbol.createSimple({"color": "#ffffff", "outline_color": "#000000", "style": "no"})
    categories.append(QgsRendererCategory(None, other, tr("not set", language)))
    renderer = QgsCategorizedSymbolRenderer(CATEGORY_EXPRESSION, categories)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([
        QgsFeatureRequest.OrderByClause("\"el_use\" = 'underground'", False)]))
    renderer.setOrderByEnabled(True)
    return renderer


def label_font_family() -> str:
    """A font family this machine has, for Chinese labels: QGIS warns when a layer names one it lacks."""
    families = set(compat.font_families())
    for family in ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "SimHei"):
        if family in families:
            return family
    application = QgsApplication.font().family()
    return application if application in families else (sorted(families)[0] if families else application)


def label_settings(field: str, expression: bool = False, over_point: bool = True,
                   size: float = 8) -> QgsPalLayerSettings:
    """The plugin's labels: ``field`` (an expression where ``expression``) in the label font at ``size`` pt
    with a 0.8 mm buffer, over the polygon's centre where ``over_point`` (else QGIS's default placement)."""
    settings = QgsPalLayerSettings()
    settings.isExpression = expression
    settings.fieldName = field
    text = QgsTextFormat()
    text.setFont(QFont(label_font_family()))
    text.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    if over_point:
        settings.placement = compat.LABEL_OVER_POINT
    return settings


def labeling(language: str = "en") -> QgsVectorLayerSimpleLabeling:
    return QgsVectorLayerSimpleLabeling(label_settings(LABEL_EXPRESSION.format(unit=tr("10k CNY", language)),
                                                      expression=True))


def apply_style(layer: QgsVectorLayer, language: str = "en") -> None:
    layer.setRenderer(action_renderer(language))
    layer.setLabeling(labeling(language))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


# location value --------------------------------------------------------------------------------
#: Graduated classes of a module's location factor on the sale price (docs/location.md): fixed bounds, so
#: that two schemes' maps read alike. (lower, upper, fill colour, English label)
LOCATION_CLASSES = (
    (0.0, 0.995, "#4575b4", N_("Location discount (below -0.5 %)")),
    (0.995, 1.005, "#f0f0f0", N_("No location adjustment")),
    (1.005, 1.03, "#fee08b", N_("Location premium +0.5 % to +3 %")),
    (1.03, 1.06, "#fdae61", N_("Location premium +3 % to +6 %")),
    (1.06, 1.10, "#f46d43", N_("Location premium +6 % to +10 %")),
    (1.10, 10.0, "#a50026", N_("Location premium above +10 %")),
)


def location_renderer(field: str = "loc_sale", language: str = "en"):
    """Graduated colours of the location factor ``field`` (a derived layer's or the Processing
    output's ``loc_sale``): blue a discount, grey none, yellow to dark red a growing premium."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange

    ranges = []
    for low, high, colour, label in LOCATION_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#5f5f5f", "outline_width": "0.2"})
        ranges.append(QgsRendererRange(low, high, symbol, translate(label, language)))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    # the underground lies under the buildings (and has no location rule): drawn first, as in the action style
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([
        QgsFeatureRequest.OrderByClause("\"el_use\" = 'underground'", False)]))
    renderer.setOrderByEnabled(True)
    return renderer


def location_labeling(field: str = "loc_sale") -> QgsVectorLayerSimpleLabeling:
    """Each located module's premium or discount in per cent ("+11.3 %"); none where the factor is 1."""
    return QgsVectorLayerSimpleLabeling(label_settings(
        f"CASE WHEN abs(\"{field}\" - 1) >= 0.0005 THEN "
        f"concat(CASE WHEN \"{field}\" > 1 THEN '+' ELSE '' END, "
        f"format_number((\"{field}\" - 1) * 100, 1), ' %') END", expression=True))


def apply_location_style(layer: QgsVectorLayer, field: str = "loc_sale", language: str = "en") -> None:
    """Shows a layer with a location factor field (``loc_sale``) in the graduated colours, each located
    module labelled with its premium."""
    layer.setRenderer(location_renderer(field, language))
    layer.setLabeling(location_labeling(field))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
