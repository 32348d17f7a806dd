"""The scheme report as QGIS print layouts, and its export to one PDF.

A report is two layouts of the project's layout manager, so that a planner can open them in the
layout designer, restyle them and keep them with the project:

- the *report* (``QgsPrintLayout``): a cover with the map of the scheme (styled by action, with the
  red line and the unit boundaries where the project has such layers), a legend, a scale bar and a
  north arrow, and the key indicators; then the sections of core/report_content.py placed in
  columns, page after page: Table 1, the indicators, the checks, the comparison, the charts ...;
- the *unit pages* (``QgsPrintLayout`` with an atlas over the project units): one page per unit,
  its map and its figures.

The tables are ``QgsLayoutItemManualTable`` items and the charts SVG pictures embedded in the
layout (no file beside the project). :class:`ReportBinding` keeps them live: on every ``updated``
of the scheme's live model it recomputes the sections and sets the tables' contents, the charts'
pictures and the unit pages' variables, leaving the planner's styling of the items alone.
``export_pdf`` writes both layouts into one PDF (an iterator over the report, then the atlas).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date

from qgis.core import (
    QgsAbstractLayoutIterator,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

from economic_layer_plugin.core.report_content import (
    ReportContext,
    Section,
    build_sections,
    text,
    unit_lines,
)
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.qgis_adapter.report_charts import chart_svg, svg_bytes_to_path
from economic_layer_plugin.qgis_adapter.style import label_font_family

LOGGER = logging.getLogger(__name__)

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
RED_LINE_NAMES = ("red_line", "红线", "redline")
UNITS_NAMES = ("project_units", "项目单元", "units")


@dataclass
class ReportLayouts:
    report: QgsPrintLayout
    units: QgsPrintLayout | None = None

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


# the builder --------------------------------------------------------------------------------------
class ReportBuilder:
    """Makes the two layouts of one scheme's report (see the module's doc)."""

    def __init__(
        self,
        project: QgsProject,
        layer,
        model,
        language: str = "zh",
        page_size: str = "A3",
        schemes: list | None = None,
    ) -> None:
        if page_size not in PAGE_SIZES:
            raise ValueError(f"page size {page_size!r}: use one of {', '.join(PAGE_SIZES)}")
        self.project = project
        self.layer = layer
        self.model = model
        self.language = language
        self.size = page_size
        self.width, self.height = PAGE_SIZES[page_size]
        self.text_mm = TEXT_MM[page_size]
        self.family = report_font_family(language)
        self.schemes = schemes if schemes is not None else [(layer.name(), model)]
        self.red_line = find_layer(project, RED_LINE_NAMES)
        self.units_layer = find_layer(project, UNITS_NAMES)

    def _text(self, layout, value: str, size_mm: float, expression: bool = False, **options) -> QgsLayoutItemLabel:
        """A label; ``value`` is printed as written unless ``expression`` (then only our own expressions
        may be in it, user text passed through :func:`literal_text`)."""
        return _label(layout, value if expression else literal_text(value), size_mm, family=self.family, **options)

    def _heading(self, layout, value: str, item_id: str) -> QgsLayoutItemLabel:
        """A section's title: bold, 1.3 times the text size."""
        return self._text(layout, value, self.text_mm * 1.3, bold=True, item_id=f"{ITEM_PREFIX}{item_id}")

    def context(self) -> ReportContext:
        return ReportContext(self.layer.name(), self.model, self.language, self.schemes)

    def report_name(self) -> str:
        return f"{text('title', self.language)} · {self.layer.name()}"

    def build(self) -> ReportLayouts:
        report = self._report_layout()
        units = (
            self._units_layout() if self.units_layer is not None and unit_field(self.units_layer) else None
        )
        return ReportLayouts(report, units)

    # the report ------------------------------------------------------------------------------
    def _new_layout(self, name: str, part: str) -> QgsPrintLayout:
        layout = QgsPrintLayout(self.project)
        layout.setName(name)
        layout.setUnits(QgsUnitTypes.LayoutMillimeters)
        _add_page(layout, self.size)
        layout.setCustomProperty(PROPERTY_LAYER, self.layer.id())
        layout.setCustomProperty(PROPERTY_PART, part)
        layout.setCustomProperty(PROPERTY_LANGUAGE, self.language)
        return layout

    def _map_layers(self) -> list:
        return [layer for layer in (self.units_layer, self.red_line, self.layer) if layer is not None]

    def _extent(self) -> QgsRectangle:
        source = self.red_line or self.units_layer or self.layer
        extent = QgsRectangle(source.extent())
        if source is not self.layer:
            extent.combineExtentWith(self.layer.extent())
        extent.scale(1.08)
        return extent

    def _map(self, layout, x, y, width, height, page=0, item_id="") -> QgsLayoutItemMap:
        item = QgsLayoutItemMap(layout)
        item.setId(item_id)
        layout.addLayoutItem(item)
        item.setCrs(self.layer.crs())
        item.setLayers(self._map_layers())
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        extent = self._extent()
        # a new item's extent is empty and zoomToExtent keeps it so; setExtent resizes the item to the
        # extent's shape: size, set the extent, size again, then fit the extent into it
        _place(item, x, y, width, height, page)
        item.setExtent(extent)
        _place(item, x, y, width, height, page)
        item.zoomToExtent(extent)
        scale_bar = QgsLayoutItemScaleBar(layout)
        scale_bar.setId(f"{item_id}_scale")
        scale_bar.setStyle("Single Box")
        scale_bar.setLinkedMap(item)
        scale_bar.setUnits(QgsUnitTypes.DistanceMeters)
        scale_bar.setUnitLabel("m")
        scale_bar.setNumberOfSegmentsLeft(0)
        scale_bar.setNumberOfSegments(2)
        scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)  # follows the atlas's scales
        scale_bar.setMinimumBarWidth(25)
        scale_bar.setMaximumBarWidth(50)
        scale_bar.setHeight(2.5)
        scale_bar.setBoxContentSpace(1.5)
        scale_bar.setTextFormat(_format(2.8, family=self.family))
        scale_bar.setBackgroundEnabled(True)
        layout.addLayoutItem(scale_bar)
        scale_bar.attemptMove(QgsLayoutPoint(x + 4, y + height - 14), page=page)
        arrow = QgsLayoutItemPicture(layout)
        arrow.setId(f"{item_id}_north")
        arrow.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
        arrow.setLinkedMap(item)
        arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
        arrow.setBackgroundEnabled(True)
        arrow.setBackgroundColor(QColor(255, 255, 255, 200))
        layout.addLayoutItem(arrow)
        _place(arrow, x + width - 16, y + 4, 12, 16, page)
        return item

    def _report_layout(self) -> QgsPrintLayout:
        layout = self._new_layout(self.report_name(), "report")
        w, h, m = self.width, self.height, MARGIN
        title = self._text(
            layout,
            self.report_name(),
            7.0 if self.size == "A3" else 5.5,
            bold=True,
            item_id=f"{ITEM_PREFIX}title",
        )
        _place(title, m, m, w - 2 * m, 11)
        model = self.model
        subtitle = text("modules", self.language).format(count=model.project.count)
        if model.excluded_count:
            subtitle += " · " + text("excluded", self.language).format(count=model.excluded_count)
        subtitle += f" · {text('money_note', self.language)} · {date.today().isoformat()}"
        sub = self._text(layout, subtitle, self.text_mm, colour="#555555", item_id=f"{ITEM_PREFIX}subtitle")
        _place(sub, m, m + 13, w - 2 * m, self.text_mm * 1.8)
        top = m + 13 + self.text_mm * 2.5
        map_width = (w - 2 * m) * 0.64
        map_item = self._map(layout, m, top, map_width, h - top - m, item_id=f"{ITEM_PREFIX}map")
        right = m + map_width + GAP
        right_width = w - right - m
        legend = QgsLayoutItemLegend(layout)
        legend.setId(f"{ITEM_PREFIX}legend")
        legend.setTitle(text("legend", self.language))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()  # the legend's own copy of the layer tree
        root.removeAllChildren()
        titles = {
            id(self.red_line): text("red_line", self.language),
            id(self.units_layer): text("units", self.language),
        }
        for map_layer in reversed(self._map_layers()):
            node = root.addLayer(map_layer)
            if id(map_layer) in titles:
                node.setUseLayerName(False)  # then setName names the legend's entry, not the layer
                node.setName(titles[id(map_layer)])
                if len(legend.model().layerLegendNodes(node)) == 1:
                    # a single-symbol layer is one line, its symbol's: that label is the entry's name
                    QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, titles[id(map_layer)])
                    legend.model().refreshLayerLegend(node)
        legend.setResizeToContents(True)
        compat.set_legend_font(legend, QgsLegendStyle.Title, _font(self.text_mm * 1.2, True, self.family))
        compat.set_legend_font(legend, QgsLegendStyle.Subgroup, _font(self.text_mm, True, self.family))
        compat.set_legend_font(legend, QgsLegendStyle.SymbolLabel, _font(self.text_mm, False, self.family))
        layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(right, top))
        # the legend sizes itself when first drawn only: measure it now to place what follows
        context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        legend.attemptResize(QgsLayoutSize(size.width(), size.height()))
        legend_height = size.height()
        self.cursor = (0, 0, top + legend_height + GAP)  # page, column, y
        self.columns = [(right, right_width)]  # the cover's free column, under the legend
        self.tables = {}
        sections = build_sections(self.context())
        summary = self._summary(sections)
        if summary is not None:
            self._place_section(layout, summary, cover=True)
        self.cursor = None
        for section in sections:
            self._place_section(layout, section)
        layout.setCustomProperty(PROPERTY_TABLES, json.dumps(self.tables))
        return layout

    def _summary(self, sections: list) -> Section | None:
        """The cover's key figures: the indicators' Total column."""
        indicators = next((s for s in sections if s.key == "indicators"), None)
        if indicators is None:
            return None
        summary = Section(
            "summary",
            text("project", self.language),
            header=indicators.header[:2],
            rows=[row[:2] for row in indicators.rows],
            colours={key: colour for key, colour in indicators.colours.items() if key[1] <= 1},
        )
        return summary

    # placing sections in columns ------------------------------------------------------------------
    def _page_columns(self) -> list:
        w, m = self.width, MARGIN
        count = 2 if self.size == "A3" else 1
        width = (w - 2 * m - GAP * (count - 1)) / count
        return [(m + i * (width + GAP), width) for i in range(count)]

    def _next_column(self, layout) -> None:
        page, column, _ = self.cursor
        if column + 1 < len(self.columns):
            self.cursor = (page, column + 1, self._page_top())
            return
        page = _add_page(layout, self.size)
        self.columns = self._page_columns()
        self.cursor = (page, 0, self._page_top())
        header = self._text(
            layout, self.report_name(), self.text_mm, colour="#555555", item_id=f"{ITEM_PREFIX}header_{page}"
        )
        _place(header, MARGIN, MARGIN, self.width - 2 * MARGIN, self.text_mm * 1.6, page)

    def _page_top(self) -> float:
        return MARGIN + self.text_mm * 3

    def _space(self) -> float:
        _, _, y = self.cursor
        return self.height - MARGIN - y

    def _place_section(self, layout, section: Section, cover: bool = False) -> None:
        if self.cursor is None:
            self.cursor = (0, 0, 0)
            self.columns = []
            self._next_column(layout)
        title_height = (
            self.text_mm * 1.3 * 1.75
        )  # one line of the title font (QGIS: 1.45 x its size) and a gap
        note_height = self.text_mm * 1.6 if section.note else 0.0
        if section.kind == "chart":
            body = CHART_HEIGHT[self.size]
            table = None
        else:
            table = QgsLayoutItemManualTable.create(layout)
            shown, size = self._style_table(table, section, self.columns_width())
            body = self._table_height(table, shown, size)
        needed = title_height + body + note_height
        if needed > self._space() and not cover:
            self._next_column(layout)
        elif needed > self._space() and cover:
            LOGGER.info("The cover has no room for %s", section.key)
            return
        page, column, y = self.cursor
        x, width = self.columns[column]
        title = self._heading(layout, section.title, f"{section.key}_title")
        _place(title, x, y, width, title_height * 0.9, page)
        y += title_height
        if table is None:
            picture = QgsLayoutItemPicture(layout)
            picture.setId(f"{ITEM_PREFIX}{section.key}")
            picture.setResizeMode(QgsLayoutItemPicture.Zoom)
            layout.addLayoutItem(picture)
            _place(picture, x, y, width, body, page)
            picture.setPicturePath(
                svg_bytes_to_path(chart_svg(section.chart, width, body, self.family)),
                QgsLayoutItemPicture.FormatSVG,
            )
        else:
            layout.addMultiFrame(table)
            frame = QgsLayoutFrame(layout, table)
            frame.setId(f"{ITEM_PREFIX}{section.key}")
            frame.setCustomProperty(PROPERTY_WIDTH, width)  # the table sets the frame's width to its own
            _place(frame, x, y, width, body, page)
            table.addFrame(frame)
            table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
            self.tables[section.key] = table.uuid()
        y += body
        if section.note:
            note = self._text(
                layout,
                section.note,
                self.text_mm * 0.9,
                colour="#555555",
                item_id=f"{ITEM_PREFIX}{section.key}_note",
            )
            _place(note, x, y + 1, width, note_height, page)
            y += note_height
        self.cursor = (page, column, y + GAP * 0.8)

    def columns_width(self) -> float:
        """The width of the column the next section goes into (the narrowest one, to be safe)."""
        if self.cursor is None:
            return min(width for _, width in self._page_columns())
        return min(width for _, width in self.columns)

    def _style_table(self, table, section: Section, width: float) -> tuple:
        """Fonts, grid and contents; the table fits ``width``: with column shares, long texts are broken
        into lines (by the font's measure: QGIS 3.22's own wrapping mis-measures the rows' heights);
        other tables whose text is too wide get a smaller font."""
        size = self.text_mm
        for _attempt in range(4):
            if section.widths:  # lines broken to the column shares: the width is right as it is
                wrapped = wrapped_section(section, _font(size, False, self.family), width, size * 0.35)
                self._style_table_once(table, wrapped, size)
                table.refresh()
                break
            else:
                wrapped = section
                self._style_table_once(table, section, size)
            table.refresh()
            if table.totalWidth() <= width or size <= 2.0:
                break
            size = max(2.0, size * width / table.totalWidth() * 0.97)
        return wrapped, size

    def _style_table_once(self, table, section: Section, size: float) -> None:
        table.setIncludeTableHeader(bool(section.header))
        table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
        table.setHeaders(_table_headers(section))
        table.setHeaderTextFormat(_format(size, bold=True, family=self.family))
        table.setContentTextFormat(_format(size, family=self.family))
        table.setCellMargin(size * 0.35)
        table.setGridStrokeWidth(0.15)
        table.setGridColor(QColor("#9e9e9e"))
        table.setHorizontalGrid(True)
        table.setVerticalGrid(False)
        table.setShowGrid(True)
        table.setBackgroundColor(QColor("#ffffff"))
        table.setTableContents(table_contents(section))

    def _table_height(self, table, section: Section, size: float) -> float:
        """The frame's height: QGIS's own measure before a first drawing, or the lines counted (QGIS 3.22
        measures rows of several lines short before the first drawing), whichever is more."""
        table.refresh()
        measured = table.totalHeight()
        rows = ([section.header] if section.header else []) + section.rows
        lines = sum(max(str(cell).count("\n") + 1 for cell in row) if row else 1 for row in rows)
        line_height = line_height_mm(_font(size, False, self.family)) * 1.05
        counted = lines * line_height + len(rows) * 2 * table.cellMargin()
        return max(measured, counted) + 0.5

    # the unit pages -------------------------------------------------------------------------------
    def _units_layout(self) -> QgsPrintLayout:
        language = self.language
        field = unit_field(self.units_layer)
        layout = self._new_layout(f"{self.report_name()} · {text('unit', language)}", "units")
        layout.setCustomProperty(PROPERTY_UNIT_FIELD, field)
        atlas = layout.atlas()
        atlas.setCoverageLayer(self.units_layer)
        atlas.setEnabled(True)
        atlas.setSortFeatures(True)
        atlas.setSortExpression(f'"{field}"')
        w, h, m = self.width, self.height, MARGIN
        names = self.units_layer.fields().names()
        name_part = " || ' ' || coalesce(\"name\", '')" if "name" in names else ""
        quoted = field.replace('"', '""')
        unit_code = "" if "%]" in field else f' [% "{quoted}"{name_part} %]'  # a name that would end it: none
        title_text = f'{literal_text(self.report_name())} · {literal_text(text("unit", language))}{unit_code}'
        title = self._text(
            layout,
            title_text,
            5.5 if self.size == "A3" else 4.5,
            expression=True,
            bold=True,
            item_id=f"{ITEM_PREFIX}unit_title",
        )
        _place(title, m, m, w - 2 * m, 9)
        top = m + 14
        map_width = (w - 2 * m) * 0.62
        map_item = self._map(layout, m, top, map_width, h - top - m, item_id=f"{ITEM_PREFIX}unit_map")
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        map_item.setAtlasMargin(0.25)
        right = m + map_width + GAP
        right_width = w - right - m
        labels, _values, _checks = unit_lines(
            self.model, self.model.unit_codes()[0] if self.model.unit_codes() else "", language
        )
        heading = self._heading(layout, text("indicators", language), "unit_indicators_title")
        # a heading's box: 1.3 x the text size in bold, with room for a CJK line's height (QGIS 3.44
        # measures 7.2 mm where 3.40 measured under 6.5 mm for the same A3 heading)
        _place(heading, right, top, right_width, self.text_mm * 2.1)
        line_height = self.text_mm * 1.75
        body_top = top + self.text_mm * 2.6
        names_label = self._text(layout, "\n".join(labels), self.text_mm, item_id=f"{ITEM_PREFIX}unit_labels")
        _place(names_label, right, body_top, right_width * 0.62, line_height * len(labels) + 2)
        code = f'to_string("{quoted}")' if "%]" not in field else "''"
        values_label = self._text(
            layout,
            f"[% map_get(json_to_map(@{VARIABLE_UNIT_VALUES}), {code}) %]",
            self.text_mm,
            expression=True,
            item_id=f"{ITEM_PREFIX}unit_values",
        )
        values_label.setHAlign(Qt.AlignmentFlag.AlignRight)
        _place(
            values_label,
            right + right_width * 0.62,
            body_top,
            right_width * 0.38,
            line_height * len(labels) + 2,
        )
        checks_top = body_top + line_height * len(labels) + 8
        checks_heading = self._heading(layout, text("checks", language), "unit_checks_title")
        _place(checks_heading, right, checks_top, right_width, self.text_mm * 2.1)
        checks = self._text(
            layout,
            f"[% map_get(json_to_map(@{VARIABLE_UNIT_CHECKS}), {code}) %]",
            self.text_mm,
            expression=True,
            item_id=f"{ITEM_PREFIX}unit_checks",
        )
        _place(
            checks,
            right,
            checks_top + self.text_mm * 2.6,
            right_width,
            h - m - checks_top - self.text_mm * 2.6,
        )
        set_unit_variables(layout, self.model, language)
        return layout


def set_unit_variables(layout, model, language: str) -> None:
    """The unit pages' figures, as layout variables read by their labels (one JSON map per kind)."""
    values, checks = {}, {}
    for code in model.unit_codes():
        _labels, figures, check_lines = unit_lines(model, code, language)
        values[str(code)] = "\n".join(figures)
        checks[str(code)] = "\n".join(check_lines)
    QgsExpressionContextUtils.setLayoutVariable(
        layout, VARIABLE_UNIT_VALUES, json.dumps(values, ensure_ascii=False)
    )
    QgsExpressionContextUtils.setLayoutVariable(
        layout, VARIABLE_UNIT_CHECKS, json.dumps(checks, ensure_ascii=False)
    )


def build_report(
    project: QgsProject,
    layer,
    model,
    language: str = "zh",
    page_size: str = "A3",
    schemes: list | None = None,
) -> ReportLayouts:
    return ReportBuilder(project, layer, model, language, page_size, schemes).build()


def update_report(layouts: ReportLayouts, name: str, model, language: str, schemes: list) -> None:
    """New figures into existing layouts: tables' contents, charts, the unit pages' variables.

    Items the planner deleted are skipped; their styling (fonts, colours, sizes) is kept."""
    report = layouts.report
    sections = {s.key: s for s in build_sections(ReportContext(name, model, language, schemes))}
    indicators = sections.get("indicators")
    if indicators is not None:
        sections["summary"] = Section(
            "summary",
            "",
            header=indicators.header[:2],
            rows=[row[:2] for row in indicators.rows],
            colours={k: c for k, c in indicators.colours.items() if k[1] <= 1},
        )
    try:
        tables = json.loads(report.customProperty(PROPERTY_TABLES) or "{}")
    except ValueError:
        tables = {}
    for key, uuid in tables.items():
        table = report.multiFrameByUuid(uuid)
        section = sections.get(key)
        if table is not None and section is not None:
            if section.widths and table.frameCount():
                text_format = table.contentTextFormat()
                font = QFont(text_format.font())
                font.setPointSizeF(text_format.size())  # points, as set by the builder
                width = float(
                    table.frame(0).customProperty(PROPERTY_WIDTH) or table.frame(0).sizeWithUnits().width()
                )
                section = wrapped_section(section, font, width, table.cellMargin())
            table.setTableContents(table_contents(section))
    for key, section in sections.items():
        if section.kind != "chart":
            continue
        picture = report.itemById(f"{ITEM_PREFIX}{key}")
        if isinstance(picture, QgsLayoutItemPicture):
            size = picture.sizeWithUnits()
            picture.setPicturePath(
                svg_bytes_to_path(
                    chart_svg(section.chart, size.width(), size.height(), report_font_family(language))
                ),
                QgsLayoutItemPicture.FormatSVG,
            )
    if layouts.units is not None:
        set_unit_variables(layouts.units, model, language)
        # the labels only: refreshing the whole layout would draw its maps again on every edit
        for item in layouts.units.items():
            if isinstance(item, QgsLayoutItemLabel):
                item.refresh()


# the PDF --------------------------------------------------------------------------------------------
class ReportIterator(QgsAbstractLayoutIterator):
    """The report's pages, then the atlas's pages: one PDF from two layouts."""

    def __init__(self, layouts: ReportLayouts) -> None:
        super().__init__()
        self.layouts = layouts
        self.index = -1
        self.atlas_count = 0

    def beginRender(self) -> bool:
        self.index = -1
        self.atlas_count = 0
        if self.layouts.units is not None:
            atlas = self.layouts.units.atlas()
            if atlas.enabled() and atlas.beginRender():
                self.atlas_count = atlas.count()
        return True

    def endRender(self) -> bool:
        if self.atlas_count:
            self.layouts.units.atlas().endRender()
        return True

    def count(self) -> int:
        return 1 + self.atlas_count

    def next(self) -> bool:
        self.index += 1
        if self.index == 0:
            return True
        if self.index > self.atlas_count:
            return False
        return self.layouts.units.atlas().seekTo(self.index - 1)

    def layout(self):
        return self.layouts.report if self.index <= 0 else self.layouts.units

    def filePath(self, base_path: str, _extension: str) -> str:
        return base_path


def export_pdf(layouts: ReportLayouts, path: str, feedback: QgsFeedback | None = None, dpi: int = 150) -> str:
    """Writes the report (and its unit pages) into one PDF; returns "" or the error's text."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # text stays text (pdftotext reads it)
    settings.simplifyGeometries = True
    iterator = ReportIterator(layouts)
    if feedback is not None:
        result, error = QgsLayoutExporter.exportToPdf(iterator, str(path), settings, feedback)
    else:
        result, error = QgsLayoutExporter.exportToPdf(iterator, str(path), settings)
    if result == QgsLayoutExporter.Success:
        return ""
    if result == QgsLayoutExporter.Canceled:
        return "cancelled"
    return error or f"layout export failed ({result})"


def add_to_project(project: QgsProject, layouts: ReportLayouts) -> None:
    """Adds the layouts to the project's layout manager, replacing an earlier report of the same name."""
    manager = project.layoutManager()
    for layout in layouts.layouts():
        old = manager.layoutByName(layout.name())
        if old is not None:
            manager.removeLayout(old)
        manager.addLayout(layout)


def page_size_of(layout) -> str:
    """ "A3" or "A4": the paper of a report layout's first page (landscape)."""
    page = layout.pageCollection().page(0)
    return "A3" if page is not None and page.pageSize().width() > 350 else "A4"


def report_layouts(project: QgsProject) -> dict:
    """{layer id: ReportLayouts} of the reports in the project's layout manager."""
    found: dict = {}
    for layout in project.layoutManager().printLayouts():
        layer_id = layout.customProperty(PROPERTY_LAYER)
        if not layer_id:
            continue
        part = layout.customProperty(PROPERTY_PART)
        entry = found.setdefault(layer_id, [None, None])
        entry[0 if part == "report" else 1] = layout
    return {
        layer_id: ReportLayouts(report, units)
        for layer_id, (report, units) in found.items()
        if report is not None
    }


class ReportBinding(QObject):
    """Keeps a report's layouts in step with a live model (its ``updated`` signal)."""

    def __init__(self, layouts: ReportLayouts, live, language: str, schemes=None, parent=None) -> None:
        super().__init__(parent)
        self.layouts = layouts
        self.live = live
        self.language = language
        self.schemes = schemes  # a callable giving [(name, model)], or None
        live.updated.connect(self.refresh)

    def refresh(self) -> None:
        try:
            name = self.live.layer.name()
            schemes = self.schemes() if callable(self.schemes) else [(name, self.live.model)]
            update_report(self.layouts, name, self.live.model, self.language, schemes)
        except RuntimeError as error:  # a layout or the layer deleted under us
            LOGGER.debug("report not updated: %s", error)
        except Exception:  # an edit must never fail because of the report: say it in the log panel
            LOGGER.exception("The report layouts could not follow the last edit")

    def disconnect(self) -> None:
        try:
            self.live.updated.disconnect(self.refresh)
        except (TypeError, RuntimeError):
            pass
