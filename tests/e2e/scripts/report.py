"""In the real desktop: the sample's report. The layouts are made from the menu and opened in the
layout designer; the PDF is written as the menu's command writes it (after its dialog); every text
item is measured: no two overlap on a page, each label is as large as its text, the last row of
every table is in the PDF's text (nothing cut)."""

import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
import qgis.utils
from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsProject,
)
from qgis.PyQt.QtWidgets import QAction, QApplication

normalised = _e2e.load_tests_module("pdf_text").normalised

result = _e2e.result
WORK = Path(os.environ["ECONOMIC_LAYER_E2E_WORK"])
PDF = WORK / "zhongshan_report.pdf"
state = {}


def plugin():
    return qgis.utils.plugins["economic_layer_plugin"]


def open_sample():
    _e2e.fill_screen()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionSample").trigger()


def open_layouts():
    layer = QgsProject.instance().mapLayersByName("final_plan")[0]
    result["report_button_visible"] = plugin().dock.report_button.isVisible()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionReportLayouts").trigger()
    state["layer"] = layer
    layouts = plugin().report.layouts_of(layer)
    result["layouts"] = [layout.name() for layout in QgsProject.instance().layoutManager().printLayouts()]
    result["atlas_coverage"] = layouts.units.atlas().coverageLayer().name()


def look_designer():
    designers = _e2e.iface().openLayoutDesigners()
    result["designers"] = len(designers)
    if designers:
        window = designers[0].window()
        window.resize(1280, 800)
        QApplication.processEvents()
        path = Path(os.environ["ECONOMIC_LAYER_E2E_ARTIFACTS"]) / "report_designer.png"
        window.grab().save(str(path))
        result["screenshot_designer"] = str(path)
        designers[0].close()


def _rect(item):
    position = item.positionWithUnits()
    size = item.sizeWithUnits()
    return (position.x(), position.y(), position.x() + size.width(), position.y() + size.height())


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2


def _measure(layout, where: str) -> None:
    """Labels fit their text; text items (labels, tables, legend, charts, maps) do not overlap."""
    boxes = []
    for item in layout.items():
        if not hasattr(item, "positionWithUnits") or not hasattr(item, "page"):
            continue
        if isinstance(item, QgsLayoutItemPicture) and item.id().endswith("_north"):
            continue  # the north arrow sits on its map by design
        if not isinstance(
            item,
            (QgsLayoutItemLabel, QgsLayoutFrame, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPicture),
        ):
            continue
        boxes.append((item.page(), item.id() or type(item).__name__, _rect(item)))
        if isinstance(item, QgsLayoutItemLabel):
            needed = item.sizeForText()
            size = item.sizeWithUnits()
            if needed.width() > size.width() + 0.5 or needed.height() > size.height() + 0.5:
                result["errors"].append(
                    f"{where}: label {item.id()} {item.currentText()[:40]!r} needs "
                    f"{needed.width():.1f} x {needed.height():.1f} mm, has "
                    f"{size.width():.1f} x {size.height():.1f}"
                )
            state["labels"] = state.get("labels", 0) + 1
    for i, (page, name, rect) in enumerate(boxes):
        for other_page, other_name, other in boxes[i + 1 :]:
            if page == other_page and _overlap(rect, other):
                result["errors"].append(f"{where}: {name} overlaps {other_name} on page {page + 1}")
    state["boxes"] = state.get("boxes", 0) + len(boxes)


def measure():
    layouts = plugin().report.layouts_of(state["layer"])
    _measure(layouts.report, "report")
    atlas = layouts.units.atlas()
    atlas.beginRender()
    for index in range(atlas.count()):
        atlas.seekTo(index)
        layouts.units.refresh()
        _measure(layouts.units, f"unit page {index + 1}")
    atlas.endRender()
    result["labels_measured"] = state.get("labels", 0)
    result["items_measured"] = state.get("boxes", 0)


def export():
    started = time.perf_counter()
    error = plugin().report.export(state["layer"], PDF, "zh", "A3")
    result["export_seconds"] = round(time.perf_counter() - started, 2)
    result["export_error"] = error
    text = subprocess.run(["pdftotext", "-layout", str(PDF), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", normalised(text))
    result["pdf_pages"] = int(
        re.search(
            r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(PDF)], capture_output=True, text=True).stdout
        ).group(1)
    )
    # nothing cut: every row of every table is in the PDF's text, a row of one line as one line
    # (its cells side by side), the lines of a longer text each somewhere
    lines = [
        re.sub(r"\s+", "", normalised(line))
        for line in text.splitlines()
    ]
    layouts = plugin().report.layouts_of(state["layer"])
    missing = []
    rows_checked = 0

    def flat_text(value):
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))

    for table in layouts.report.multiFrames():
        for row in table.tableContents():
            cells = [cell.content() for cell in row]
            rows_checked += 1
            if all("\n" not in cell for cell in cells):
                wanted = flat_text("".join(cells))
                if not any(wanted in line for line in lines):
                    missing.append(f"{table.frame(0).id()}: {' | '.join(cells)}")
            else:
                for part in (p for cell in cells for p in cell.split("\n")):
                    if flat_text(part) and flat_text(part) not in flat:
                        missing.append(f"{table.frame(0).id()}: {part!r}")
    result["rows_checked"] = rows_checked
    result["check_rows"] = len(plugin().dock.live.model.checks())  # one row per policy check
    result["cells_missing"] = missing[:20]
    result["dock_cost"] = plugin().dock.overview.values["cost"].text()
    result["pdf_has_dock_cost"] = re.sub(r"\s+", "", result["dock_cost"]) in flat
    artifacts = Path(os.environ["ECONOMIC_LAYER_E2E_ARTIFACTS"])
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(PDF), str(artifacts / "report_page")], check=False)
    result["screenshot_main"] = _e2e.screenshot("report_main_window.png")


_e2e.steps(open_sample, open_layouts, look_designer, measure, export, delay_ms=2500)
