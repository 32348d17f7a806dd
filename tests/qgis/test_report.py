"""The scheme report on the sample: its PDF holds Table 1 as the dock writes it, its layouts are in
the project and follow edits, and it is made by the menu's command, Processing and the command line."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from qgis.core import QgsLayoutItemManualTable, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter import report_layout
from tests.pdf_text import normalised

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = PLUGIN_DIR / "sample"
# The paper's Table 1 (docs/model.md, "Table 1"; tests/qgis/test_sample.py): Total, units 1-4, written
# as the dock writes 10,000 CNY and m2 (thousands separators, no decimals)
PAPER_ROWS = {
    "Demolished building area (m2)": "382,796 211,072 54,235 57,541 59,948",
    "New building: office (m2)": "59,918 48,151 2,376 0 9,391",
    "New building: commercial (m2)": "141,036 0 30,064 60,416 50,556",
    "New building: residential (m2)": "33,518 15,512 1,836 16,170 0",
    "New building: apartment (m2)": "174,022 92,195 17,550 29,820 34,457",
    "New building: underground (m2)": "462,720 291,911 34,276 76,586 59,947",
    "Investment (10,000 CNY)": "1,381,009 779,769 203,783 246,904 150,553",
    "Income (10,000 CNY)": "1,141,820 648,766 146,220 288,835 57,999",
    "Net revenue (10,000 CNY)": "-239,189 -131,003 -57,563 41,931 -92,554",
}
PAPER_ROWS_ZH = {
    "投资（万元）": "1,381,009 779,769 203,783 246,904 150,553",
    "收入（万元）": "1,141,820 648,766 146,220 288,835 57,999",
    "净收益（万元）": "-239,189 -131,003 -57,563 41,931 -92,554",
}


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def pdf_text(path: Path) -> str:
    """pdftotext's text, NFKC-normalised (CJK fonts map some characters to their Kangxi radicals,
    Latin fonts to ligatures) with runs of spaces made one."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = normalised(text)
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture()
def sample(open_sample):
    yield open_sample.plugin, open_sample.layer
    open_sample.plugin.unload()


def test_the_pdf_holds_table1_as_the_dock_shows_it(sample, tmp_path):
    plugin, layer = sample
    pdf = tmp_path / "report.pdf"
    assert plugin.report.export(layer, pdf, "en", "A3") == ""
    text = pdf_text(pdf)
    for label, figures in PAPER_ROWS.items():
        assert f"{label} {figures}" in text, label
    # every figure of the dock's Project tab that the report shows (report_content.PANEL_KEYS), as
    # the dock shows it
    from economic_layer_plugin.core.report_content import PANEL_KEYS

    for key in PANEL_KEYS:
        assert plugin.dock.overview.values[key].text() in text, key
    # the cover, Table 1, checks, comparison, charts; then one page per unit of project_units
    assert pages(pdf) == 3 + 4
    assert "Comparison of schemes" in text and "initial_plan" in text
    assert "Unit 3" in text


def test_the_chinese_pdf(sample, tmp_path):
    plugin, layer = sample
    pdf = tmp_path / "报告.pdf"
    assert plugin.report.export(layer, pdf, "zh", "A4") == ""
    text = pdf_text(pdf)
    for label, figures in PAPER_ROWS_ZH.items():
        assert unicodedata.normalize("NFKC", f"{label} {figures}") in text, label
    assert "经济测算报告" in text and "政策校核" in text


def test_the_layouts_are_in_the_project_and_follow_edits(sample):
    plugin, layer = sample
    layouts = plugin.report.make_layouts(layer, "en")
    manager = QgsProject.instance().layoutManager()
    assert manager.layoutByName(layouts.report.name()) is layouts.report
    assert layouts.units.atlas().enabled() and layouts.units.atlas().coverageLayer().name() == "project_units"

    def table1_total(row_label):
        table = next(
            m
            for m in layouts.report.multiFrames()
            if isinstance(m, QgsLayoutItemManualTable) and m.frame(0).id() == "el_report_table1"
        )
        rows = table.tableContents()
        return next(row[1].content() for row in rows if row[0].content() == row_label)

    assert table1_total("Investment (10,000 CNY)") == "1,381,009"
    # demolishing a retained building adds its demolition cost: the table follows, as the dock does
    fid = next(f.id() for f in layer.getFeatures() if f["el_action"] == "retain")
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("el_action"), "demolish")
    settle()
    shown = plugin.dock.overview.values["cost"].text()
    assert shown != "1,381,009"
    assert table1_total("Investment (10,000 CNY)") == shown
    layer.undoStack().undo()
    settle()
    assert table1_total("Investment (10,000 CNY)") == "1,381,009"
    # removing the layouts stops following
    for layout in layouts.layouts():
        manager.removeLayout(layout)
    settle()
    assert layer.id() not in plugin.report.bindings


def test_saved_report_layouts_are_live_again_after_reading_the_project(sample, tmp_path):
    plugin, layer = sample
    plugin.report.make_layouts(layer, "zh")
    path = tmp_path / "zhongshan_third_road.qgz"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    assert not plugin.report.bindings
    assert QgsProject.instance().read(str(path))
    layer = QgsProject.instance().mapLayersByName("final_plan")[0]
    assert layer.id() in plugin.report.bindings
    layouts = report_layout.report_layouts(QgsProject.instance())[layer.id()]
    assert (
        layouts.units is not None and layouts.report.customProperty(report_layout.PROPERTY_LANGUAGE) == "zh"
    )


def test_processing_writes_the_report(sample, tmp_path, qgis_processing):
    import processing

    plugin, layer = sample
    pdf = tmp_path / "processing.pdf"
    source = f"{SAMPLE_DIR / 'zhongshan_third_road.gpkg'}|layername=final_plan"
    result = processing.run(
        "economic_layer:export_report", {"INPUT": source, "LANGUAGE": 1, "PAGE": 1, "OUTPUT": str(pdf)}
    )
    assert result["OUTPUT"] == str(pdf)
    text = pdf_text(pdf)
    assert "Investment (10,000 CNY) 1,381,009 779,769 203,783 246,904 150,553" in text
    assert pages(pdf) == 3 + 4 or pages(pdf) > 4  # A4: more pages for the same sections


def test_the_command_line_writes_the_report(tmp_path):
    pdf = tmp_path / "cli.pdf"
    source = f"{SAMPLE_DIR / 'zhongshan_third_road.gpkg'}|layername=final_plan"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "economic-layer"),
            "report",
            source,
            "-o",
            str(pdf),
            "--language",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "Net revenue (10,000 CNY) -239,189 -131,003 -57,563 41,931 -92,554" in pdf_text(pdf)
    missing = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "economic-layer"),
            "report",
            str(tmp_path / "none.gpkg"),
            "-o",
            str(pdf),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_a_scheme_without_red_line_or_units_gets_unit_pages_from_el_unit(tmp_path, plugin_factory):
    from .scheme_factory import make_scheme

    layer = make_scheme(tmp_path / "scheme.gpkg")
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    plugin.dock.set_layer(layer)
    try:
        pdf = tmp_path / "plain.pdf"
        assert plugin.report.export(layer, pdf, "en", "A4") == ""
        layouts = plugin.report.layouts_of(layer)
        # no project_units layer: the units are the layer's el_unit values (issue #27), and the page says so
        codes = sorted({str(f["el_unit"]) for f in layer.getFeatures()})
        assert layouts.units is not None and layouts.units.atlas().coverageLayer().featureCount() == len(codes)
        assert pages(pdf) > len(codes)  # the report, then one page per unit
        text = pdf_text(pdf)
        assert "no project_units layer" in text
        # the dock's figures of this scheme are in it; one scheme: no comparison
        for key, label in plugin.dock.overview.values.items():
            assert label.text() in text, key
        assert "Table 1: areas, investment and income" in text and "Comparison of schemes" not in text
    finally:
        plugin.unload()
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_pdf_in_another_language_leaves_the_projects_report_alone(sample, tmp_path):
    plugin, layer = sample
    layouts = plugin.report.make_layouts(layer, "zh", "A3")
    layouts.report.itemById("el_report_title").setText("研究院 · 方案汇报")  # the planner's restyling
    pdf = tmp_path / "english.pdf"
    assert plugin.report.export(layer, pdf, "en", "A4") == ""
    assert "Investment (10,000 CNY) 1,381,009" in pdf_text(pdf)
    kept = plugin.report.layouts_of(layer)
    assert kept.report is layouts.report and report_layout.page_size_of(kept.report) == "A3"
    assert kept.report.itemById("el_report_title").text() == "研究院 · 方案汇报"
    # in the project's language and paper, the planner's layout is what is written
    pdf = tmp_path / "chinese.pdf"
    assert plugin.report.export(layer, pdf, "zh", "A3") == ""
    assert "研究院 · 方案汇报" in pdf_text(pdf)


def test_the_menus_command_asks_then_writes_and_says_so(sample, tmp_path, monkeypatch):
    from economic_layer_plugin.gui import report as report_gui

    plugin, layer = sample
    target = tmp_path / "from_menu"  # the planner typed no suffix

    def accept(dialog):
        dialog.file.setFilePath(str(target))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.page.setCurrentIndex(dialog.page.findData("A4"))
        return True

    monkeypatch.setattr(report_gui.ReportDialog, "exec", accept)
    messages = []
    monkeypatch.setattr(
        plugin.iface.messageBar(), "pushMessage", lambda *args: messages.append(args), raising=False
    )
    assert plugin.report.export_interactive(layer) == ""
    pdf = target.with_suffix(".pdf")
    assert "Net revenue (10,000 CNY) -239,189" in pdf_text(pdf)
    layouts = plugin.report.layouts_of(layer)  # none before: made and kept in the project, in English, A4
    assert layouts.report.customProperty(report_layout.PROPERTY_LANGUAGE) == "en"
    assert report_layout.page_size_of(layouts.report) == "A4"
    # the panel's button runs the same command
    monkeypatch.setattr(
        plugin.report, "export_interactive", lambda chosen: messages.append(("panel", chosen))
    )
    plugin.dock.report_button.click()
    assert ("panel", layer) in messages
