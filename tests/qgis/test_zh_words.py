"""Chinese everywhere when the planner works in Chinese (issue #27): the workbook of the sample's four
schemes, every sheet and every cell, and the report of each of them, every page, made by the command line in
Chinese, hold no English word outside a short allowlist: codes (NPV, IRR, MIRR, REITs, P10), units (m2, %),
field names (el_*), module ids, scheme and layer names, numbers."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from economic_layer_plugin.definitions import PLUGIN_DIR
from tests.pdf_text import normalised

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
SCHEMES = ("final_plan", "final_plan_feasibility", "final_plan_location", "initial_plan")

#: words a Chinese page may hold: codes planners use as they are, units, the report's P10/P50/P90
ALLOWED = {"NPV", "IRR", "MIRR", "REITs", "m2", "m", "km", "P10", "P50", "P90", "QGIS"}
#: taken out before the words are counted: field names, module ids (1-N-apartment, 3-S1, 2-U1),
#: a documentation page (docs/location.md), the scheme names, layer names of the sample, a cell reference of a formula
NAMES = re.compile(r"\bel_\w+|[\w/]+\.md\b|\b\d+-[A-Za-z0-9_-]+|" + "|".join(sorted(SCHEMES, key=len, reverse=True))
                   + r"|\b(?:stations|parks|project_units|red_line)\b")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*")


def english_words(text: str) -> list:
    """The words of ``text`` a Chinese reader would not expect (outside ALLOWED and NAMES)."""
    return [word for word in WORD.findall(NAMES.sub(" ", text)) if word not in ALLOWED]


def run(*args):
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update({"LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"})
    result = subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                            timeout=600, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_the_allowlist_finds_english_words():
    assert english_words("净现值 NPV（万元）: final_plan_feasibility, 1-N-apartment, el_gfa, 12.5 m2") == []
    assert english_words("期末价值 valuation；计息 mid_year") == ["valuation", "mid", "year"]


def test_the_chinese_workbook_of_the_sample_has_no_english_words(tmp_path):
    book = tmp_path / "sample_zh.xlsx"
    run("export", *(f"{SAMPLE}|layername={scheme}" for scheme in SCHEMES), "-o", book, "--language", "zh")
    workbook = load_workbook(book)
    found = []
    for sheet in workbook.worksheets:
        assert sheet.max_row > 1, sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str) or value.startswith("="):
                    continue
                words = english_words(value)
                if words:
                    found.append(f"{sheet.title}!{cell.coordinate}: {words} in {value[:80]!r}")
    assert not found, "\n".join(found[:40])
    # the fields a module changed are named by their labels (建筑面积, 层数), not their keys (el_gfa)
    keys = [cell.coordinate for row in workbook["Comparison"].iter_rows() for cell in row
            if isinstance(cell.value, str) and "el_" in cell.value]
    assert not keys, keys


def test_the_chinese_report_of_the_sample_has_no_english_words(tmp_path):
    for scheme in SCHEMES:
        pdf = tmp_path / f"{scheme}.pdf"
        run("report", f"{SAMPLE}|layername={scheme}", "-o", pdf, "--language", "zh")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        pages = normalised(text).split("\f")
        assert len(pages) > 3
        found = [f"{scheme} page {number}: {words}" for number, page in enumerate(pages, start=1)
                 for words in [english_words(page)] if words]
        assert not found, "\n".join(found)

