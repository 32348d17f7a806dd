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
The module is split in four: report_items.py (constants, fonts, labels, measures), this builder of
the report's layout, report_units.py (the unit pages) and report_export.py (live updates, the PDF).
Every name they define that callers used is importable from here, as before.
"""

from __future__ import annotations

import json
import logging
from datetime import date

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.price_books import is_sample_book
from economic_layer_plugin.core.report_content import ReportContext, Section, build_sections, text
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.report_charts import chart_svg, svg_bytes_to_path
from economic_layer_plugin.qgis_adapter.report_export import (
    ReportBinding,
    ReportIterator,
    add_to_project,
    export_pdf,
    page_size_of,
    report_layouts,
    update_report,
)
from economic_layer_plugin.qgis_adapter.report_items import (
    CHART_HEIGHT,
    GAP,
    ITEM_PREFIX,
    MARGIN,
    PAGE_SIZES,
    PROPERTY_LANGUAGE,
    PROPERTY_LAYER,
    PROPERTY_PART,
    PROPERTY_TABLES,
    PROPERTY_UNIT_FIELD,
    PROPERTY_WIDTH,
    RED_LINE_NAMES,
    TEXT_MM,
    UNITS_NAMES,
    VARIABLE_UNIT_CHECKS,
    VARIABLE_UNIT_VALUES,
    ReportLayouts,
    _add_page,
    _font,
    _format,
    _label,
    _place,
    _table_headers,
    find_layer,
    label_overrides,
    line_height_mm,
    literal_text,
    report_font_family,
    table_contents,
    text_width_mm,
    unit_field,
    wrap,
    wrapped_section,
)
from economic_layer_plugin.qgis_adapter.report_units import derived_units_layer, set_unit_variables, units_layout

LOGGER = logging.getLogger(__name__)
DEFAULT_BOOK_BANNER = N_("Priced with the default price book (sample figures, not local prices)")

__all__ = [  # the names callers import from here
    "PAGE_SIZES", "PROPERTY_LANGUAGE", "PROPERTY_UNIT_FIELD", "PROPERTY_WIDTH", "RED_LINE_NAMES", "UNITS_NAMES",
    "VARIABLE_UNIT_CHECKS", "VARIABLE_UNIT_VALUES", "ReportBinding", "ReportBuilder", "ReportIterator",
    "ReportLayouts", "add_to_project", "build_report", "export_pdf", "find_layer", "line_height_mm", "literal_text",
    "page_size_of", "report_font_family", "report_layouts", "set_unit_variables", "table_contents", "text_width_mm",
    "unit_field", "update_report", "wrap", "wrapped_section",
]


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
        self.units_derived = False
        if self.units_layer is None:  # unit pages from the layer's el_unit values, said on the page
            self.units_layer = derived_units_layer(layer, model, language)
            self.units_derived = self.units_layer is not None

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
        return ReportLayouts(report, units, self.units_layer if self.units_derived else None)

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
        overrides = self._label_overrides()
        if overrides:
            item.setKeepLayerStyles(True)
            item.setLayerStyleOverrides(overrides)
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

    def _label_overrides(self) -> dict:
        if not hasattr(self, "_overrides"):
            self._overrides = label_overrides(self.layer, self.model)
        return self._overrides

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
        if is_sample_book(model.assumptions):  # the banner the dock shows, on the cover too
            banner = self._text(layout, translate(DEFAULT_BOOK_BANNER, self.language), self.text_mm, bold=True,
                                colour="#b26a00", item_id=f"{ITEM_PREFIX}default_book")
            banner.setHAlign(Qt.AlignmentFlag.AlignRight)
            _place(banner, m, m + 13, w - 2 * m, self.text_mm * 1.8)
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
        return units_layout(self)


def build_report(
    project: QgsProject,
    layer,
    model,
    language: str = "zh",
    page_size: str = "A3",
    schemes: list | None = None,
) -> ReportLayouts:
    return ReportBuilder(project, layer, model, language, page_size, schemes).build()
