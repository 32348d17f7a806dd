"""The report's layouts kept live (new figures on every edit of the scheme) and written to one PDF."""

from __future__ import annotations

import json
import logging

from qgis.core import (
    QgsAbstractLayoutIterator,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemPicture,
    QgsProject,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtGui import QFont

from economic_layer_plugin.core.report_content import ReportContext, Section, build_sections
from economic_layer_plugin.qgis_adapter.report_charts import chart_svg, svg_bytes_to_path
from economic_layer_plugin.qgis_adapter.report_items import (
    ITEM_PREFIX,
    PROPERTY_LAYER,
    PROPERTY_PART,
    PROPERTY_TABLES,
    PROPERTY_WIDTH,
    ReportLayouts,
    report_font_family,
    table_contents,
    wrapped_section,
)
from economic_layer_plugin.qgis_adapter.report_units import set_unit_variables

LOGGER = logging.getLogger(__name__)


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
