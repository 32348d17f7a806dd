"""The report's building blocks: its constants, fonts, labels, text measures and table cells.

Split from report_layout.py (the layouts' builder); report_units.py makes the unit pages and
report_export.py keeps the layouts live and writes the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsMapLayerStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

from economic_layer_plugin.core.report_content import Section
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.qgis_adapter.style import label_font_family

PROPERTY_LAYER = "economic_layer/report_layer"  # the scheme's layer id
PROPERTY_PART = "economic_layer/report_part"  # "report" or "units"
PROPERTY_LANGUAGE = "economic_layer/report_language"
PROPERTY_TABLES = "economic_layer/report_tables"  # JSON {section key: multiframe uuid}
PROPERTY_UNIT_FIELD = "economic_layer/report_unit_field"
PROPERTY_WIDTH = "economic_layer/report_width"  # on a table's frame: the width of its column
VARIABLE_UNIT_VALUES = "el_report_unit_values"
VARIABLE_UNIT_CHECKS = "el_report_unit_checks"
ITEM_PREFIX = "el_report_"

PAGE_SIZES = {"A3": (420.0, 297.0), "A4": (297.0, 210.0)}
MARGIN = 12.0
GAP = 10.0
TEXT_MM = {"A3": 3.6, "A4": 3.0}  # table text height in mm (A3: about 10 pt)
CHART_HEIGHT = {"A3": 85.0, "A4": 70.0}
#: the maps label modules with money only, and none when more than this many have money
LABEL_LIMIT = 300
#: a module's label is shown where it has money (the label's own figure is its net profit)
MONEY_SHOWN = "coalesce(el_module_indicator('cost'), 0) <> 0 OR coalesce(el_module_indicator('revenue'), 0) <> 0"
RED_LINE_NAMES = ("red_line", "红线", "redline")
UNITS_NAMES = ("project_units", "项目单元", "units")


@dataclass
class ReportLayouts:
    report: QgsPrintLayout
    units: QgsPrintLayout | None = None
    #: the unit outlines made from el_unit when the project has no units layer (report_units.py): kept
    #: here, since the atlas holds only a weak reference to its coverage layer
    derived_units: QgsVectorLayer | None = None

    def layouts(self) -> list:
        return [layout for layout in (self.report, self.units) if layout is not None]


# helpers ------------------------------------------------------------------------------------------
def report_font_family(language: str) -> str:
    """Chinese: a CJK font. English: a Latin font (Chinese names fall back to a CJK font); with a CJK
    font, Qt's PDF loses the text of digits before Latin words ("62 modules" reads "modules")."""
    if language == "zh":
        return label_font_family()
    families = set(compat.font_families())
    return next(
        (
            family
            for family in ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica")
            if family in families
        ),
        label_font_family(),
    )


def _font(size_mm: float, bold: bool = False, family: str = "") -> QFont:
    font = QFont(family or label_font_family())
    font.setPointSizeF(size_mm / 0.3528)  # mm to pt
    font.setBold(bold)
    return font


def _format(size_mm: float, bold: bool = False, colour: str = "#212121", family: str = "") -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(size_mm, bold, family))
    text_format.setSize(size_mm / 0.3528)
    text_format.setSizeUnit(compat.RENDER_POINTS)
    text_format.setColor(QColor(colour))
    return text_format


def _place(item, x: float, y: float, width: float, height: float, page: int = 0) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))


def literal_text(value: str) -> str:
    """User text (a scheme's, layer's, module's or unit's name, a title) made safe for a layout label:
    QGIS evaluates ``[% ... %]`` in a label's text, so each ``[%`` becomes an expression of ours that
    gives ``[%`` back. The label then prints the text as written (``plan[% env('HOME') %]``), and no
    expression of the text runs."""
    return str(value).replace("[%", "[% '[%' %]")


def _label(
    layout,
    text_value: str,
    size_mm: float,
    bold: bool = False,
    colour: str = "#212121",
    item_id: str = "",
    family: str = "",
) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text_value)
    compat.set_label_font(label, _font(size_mm, bold, family), QColor(colour))
    label.setMarginX(0)
    label.setMarginY(0)
    if item_id:
        label.setId(item_id)
    layout.addLayoutItem(label)
    return label


def find_layer(project: QgsProject, names: tuple, geometry=QgsWkbTypes.PolygonGeometry):
    """A layer of the project with one of these names (case-insensitive), or None."""
    wanted = {name.lower() for name in names}
    for layer in project.mapLayers().values():
        if (
            isinstance(layer, QgsVectorLayer)
            and layer.name().lower() in wanted
            and layer.geometryType() == geometry
            and not is_economic_layer(layer)
        ):
            return layer
    return None


def unit_field(layer) -> str | None:
    names = layer.fields().names()
    return next((name for name in ("unit", "el_unit", "code", "unit_code") if name in names), None)


def _metrics(font: QFont) -> tuple:
    """(QFontMetricsF at an em of 100 px, the font's em in mm): measures that do not depend on the
    screen's resolution (QgsLayoutUtils.textWidthMM does, under Xvfb)."""
    large = QFont(font)
    large.setPixelSize(100)
    return QFontMetricsF(large), font.pointSizeF() * 0.3528


def text_width_mm(font: QFont, value: str) -> float:
    metrics, em = _metrics(font)
    advance = (
        metrics.horizontalAdvance(value) if hasattr(metrics, "horizontalAdvance") else metrics.width(value)
    )
    return advance / 100 * em


def line_height_mm(font: QFont) -> float:
    metrics, em = _metrics(font)
    return metrics.height() / 100 * em


def wrap(value: str, font: QFont, limit_mm: float) -> str:
    """The text broken into lines no wider than ``limit_mm`` (at spaces; Chinese anywhere)."""
    if not value or text_width_mm(font, value) <= limit_mm:
        return value
    # never between a figure and its unit or sign: "≥ 50.0 %" stays on one line
    value = value.replace(" %", "\u00a0%").replace("≤ ", "≤\u00a0").replace("≥ ", "≥\u00a0")
    lines, line = [], ""
    tokens = []
    for word in value.split(" "):
        # a word wider than the limit (or Chinese text without spaces) breaks between characters
        tokens.extend(list(word) if text_width_mm(font, word) > limit_mm else [word])
        tokens.append(" ")
    for token in tokens[:-1]:
        candidate = line + token
        if line and text_width_mm(font, candidate.rstrip()) > limit_mm:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    lines.append(line.rstrip())
    return "\n".join(part for part in lines if part).replace("\u00a0", " ")


def wrapped_section(section: Section, font: QFont, width: float, margin: float) -> Section:
    """The section with its long texts broken into lines to fit its column shares of ``width``."""
    margins = 2 * margin * len(section.widths)
    limits = [share * (width - margins) * 0.96 for share in section.widths]
    return Section(
        section.key,
        section.title,
        rows=[[wrap(cell, font, limits[c]) for c, cell in enumerate(row)] for row in section.rows],
        header=section.header,
        colours=section.colours,
        widths=section.widths,
    )


def _page_count(layout) -> int:
    return layout.pageCollection().pageCount()


def _add_page(layout, size: str) -> int:
    page = QgsLayoutItemPage(layout)
    page.setPageSize(size, QgsLayoutItemPage.Landscape)
    layout.pageCollection().addPage(page)
    return _page_count(layout) - 1


def _cell(text_value: str, colour: str | None, align) -> QgsTableCell:
    cell = QgsTableCell(text_value)
    cell.setHorizontalAlignment(align)
    if colour:
        cell.setForegroundColor(QColor(colour))
    return cell


def _column_alignment(section: Section, column: int):
    """The label column (and the checks' text columns) left, figures right."""
    left = column == 0 or (section.key == "checks" and column in (1, 4))
    return Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight


def table_contents(section: Section) -> list:
    """The section's rows as QgsTableCell rows: the label column left, figures right-aligned."""
    rows = []
    for r, row in enumerate(section.rows):
        cells = []
        for c, value in enumerate(row):
            cells.append(_cell(value, section.colours.get((r, c)), _column_alignment(section, c)))
        rows.append(cells)
    return rows


def _table_headers(section: Section) -> list:
    headers = []
    for c, heading in enumerate(section.header):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(_column_alignment(section, c))
        headers.append(column)
    return headers



def label_overrides(layer, model) -> dict:
    """{layer id: style XML} for the report's maps: the scheme's style with labels on modules that have
    money only (no "0 10k CNY" on a converted layer's modules), and none where more than LABEL_LIMIT
    have; {} where the layer has no simple labels. The layer itself is left as it is."""
    labeling = layer.labeling()
    if not layer.labelsEnabled() or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return {}
    with_money = sum(1 for module in model.modules.values() if module.cost or module.revenue)
    copy = layer.clone()
    if with_money > LABEL_LIMIT or not with_money:
        copy.setLabelsEnabled(False)
    else:
        settings = QgsPalLayerSettings(labeling.settings())
        properties = settings.dataDefinedProperties()
        properties.setProperty(QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(MONEY_SHOWN))
        settings.setDataDefinedProperties(properties)
        copy.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    style = QgsMapLayerStyle()
    style.readFromLayer(copy)
    return {layer.id(): style.xmlData()}
