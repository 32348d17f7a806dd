"""The Lujiazui walkthrough (docs/lujiazui.md, docs/zh/lujiazui.md) run step by step: its commands, its
field-calculator edits and its figures are read from the pages, so that the pages cannot go stale.

The commands are the pages' ``economic-layer`` lines, run as written (in a copy of the data); the
edits are the pages' table of "select by expression / field / value" rows, applied as the field
calculator applies them (an edit session on the selected features); the figures are the pages'
table of results, compared with the scheme's indicators as the dock writes them (core/formatting.py).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

from economic_layer_plugin.core.feasibility_tables import PERCENT_KEYS
from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from tests.pdf_text import normalised

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "scripts" / "economic-layer"
DATA = ROOT / "tests" / "data" / "shanghai_lujiazui_osm_buildings.gpkg"
PAGES = {"en": ROOT / "docs" / "lujiazui.md", "zh": ROOT / "docs" / "zh" / "lujiazui.md"}
SOURCE = "lujiazui.gpkg|layername=lujiazui"


def commands(page: str) -> list:
    """The page's ``economic-layer ...`` lines of its shell blocks, in order."""
    blocks = re.findall(r"```sh\n(.*?)```", page, re.DOTALL)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("economic-layer ")]


def edits(page: str) -> list:
    """(select expression, field, value expression) of the page's edit table (rows numbered E1, E2 ...)."""
    rows = re.findall(r"^\| E\d+ \| `(.+?)` \| `(\w+)` \| `(.+?)` \|", page, re.MULTILINE)
    return [(select.replace("\\|", "|"), field, value.replace("\\|", "|")) for select, field, value in rows]


def figures(page: str) -> dict:
    """{indicator key: text} of the page's results table (rows ending in the key, as `key`)."""
    return {key: text for text, key in re.findall(r"^\| [^|]+ \| ([^|]+?) \| `(\w+)` \|$", page, re.MULTILINE)}


def run(arguments: list, cwd: Path) -> subprocess.CompletedProcess:
    """One command of the page, as a shell runs it (``> FILE`` writes its standard output there)."""
    assert arguments[0] == "economic-layer"
    target = None
    if ">" in arguments:
        target = arguments[arguments.index(">") + 1]
        arguments = arguments[: arguments.index(">")]
    result = subprocess.run(["/usr/bin/python3", str(CLI), *arguments[1:]], cwd=cwd, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    if target:
        (cwd / target).write_text(result.stdout, encoding="utf-8")
    return result


def apply_edits(layer: QgsVectorLayer, rows: list) -> dict:
    """The field calculator's way: select by expression, then update the field of the selected features
    in an edit session; {row number: features changed}."""
    changed = {}
    assert layer.startEditing()
    for number, (select, field, value) in enumerate(rows, start=1):
        selection, expression = QgsExpression(select), QgsExpression(value)
        assert not selection.hasParserError() and not expression.hasParserError(), (select, value)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        index = layer.fields().indexOf(field)
        assert index >= 0, field
        count = 0
        for feature in layer.getFeatures():
            context.setFeature(feature)
            if selection.evaluate(context):
                layer.changeAttributeValue(feature.id(), index, expression.evaluate(context))
                count += 1
        changed[number] = count
    assert layer.commitChanges(), layer.commitErrors()
    return changed


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """The English page's steps run in a folder of their own; (folder, indicators JSON, edit counts)."""
    page = PAGES["en"].read_text(encoding="utf-8")
    folder = tmp_path_factory.mktemp("walkthrough")
    shutil.copyfile(DATA, folder / DATA.name)  # the data file is read-only
    steps = commands(page)
    convert = [step for step in steps if step[1] == "convert"]
    assert len(convert) == 1
    converted = run(convert[0], folder)
    layer = QgsVectorLayer(str(folder / SOURCE), "lujiazui", "ogr")
    assert layer.isValid()
    counts = apply_edits(layer, edits(page))
    del layer
    outputs = {}
    for step in steps:
        if step[1] != "convert":
            outputs[step[1]] = run(step, folder)
    data = json.loads((folder / "indicators.json").read_text(encoding="utf-8"))
    return folder, data, counts, converted


@pytest.mark.parametrize("language", ["en", "zh"])
def test_both_pages_give_the_same_steps(language):
    english = PAGES["en"].read_text(encoding="utf-8")
    page = PAGES[language].read_text(encoding="utf-8")
    assert commands(page) == commands(english)
    assert edits(page) == edits(english) and len(edits(page)) >= 5
    assert figures(page) == figures(english) and len(figures(page)) >= 6


def test_the_conversion_says_what_the_page_says(walked):
    _folder, _data, _counts, converted = walked
    page = PAGES["en"].read_text(encoding="utf-8")
    summary = converted.stdout.strip().splitlines()[-1]
    assert summary.split("; wrote")[0] in page  # the summary line is quoted on the page
    assert "上海中心大厦" in converted.stderr and "capped at 100" in converted.stderr


def test_the_pages_figures_are_the_schemes(walked):
    from economic_layer_plugin.core import formatting

    _folder, data, _counts, _converted = walked
    page = PAGES["en"].read_text(encoding="utf-8")
    shown = figures(page)
    project = data["project"]
    for key, text in shown.items():
        if key in ("modules", "excluded"):
            value = f"{len(data[key]):,}"
        elif key in PERCENT_KEYS:  # the feasibility stack's rates
            value = formatting.percent(project[key])
        elif key in INDICATOR_KEYS:
            value = formatting.indicator(key, project[key])
        else:  # the feasibility stack's money, yuan in the JSON
            value = formatting.money(project[key])
        assert text.strip() == value, key


def test_the_edit_counts_are_the_pages(walked):
    _folder, _data, counts, _converted = walked
    page = PAGES["en"].read_text(encoding="utf-8")
    stated = dict(re.findall(r"^\| E(\d+) \|.*\| (\d[\d,]*) \|$", page, re.MULTILINE))
    assert {int(k): int(v.replace(",", "")) for k, v in stated.items()} == counts


def test_table1_and_the_report_are_written(walked):
    folder, _data, _counts, _converted = walked
    from openpyxl import load_workbook

    assert load_workbook(folder / "table1.xlsx").sheetnames
    text = normalised(subprocess.run(["pdftotext", "-layout", str(folder / "report.pdf"), "-"], check=True,
                                     capture_output=True, text=True).stdout)
    text = re.sub(r"[ \t]+", " ", text)
    assert not re.search(r"(?<![\d,.])0 万元", text)  # no "0 10k CNY" labels on modules without money
    assert "没有 project_units 图层" in text or "project_units" in text  # the unit pages say where units come from
