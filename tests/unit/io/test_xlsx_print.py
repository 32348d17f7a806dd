"""The spreadsheet as printed (issue 10, defect 3): Table 1 on one landscape page per scheme, no ``###``
cells, shares as percentages, Chinese labels on every sheet in Chinese mode. Rendered by LibreOffice
to PDF and read back with poppler, as a planner would print it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.io.print_layout import PrintedSheet, display_width, formatted
from economic_layer_plugin.io.xlsx import export_workbook
from tests.unit.paper_case import paper_model

# Table 1 row labels (core/tables.py; the paper's Table 1), English
TABLE1_LABELS = ["Demolished building area", "Investment", "Income", "Net revenue"]


def render(xlsx: Path, out: Path) -> list:
    """The workbook printed to PDF by LibreOffice; the text of each page (pdftotext), and the PDF."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is needed: make deps (libreoffice-calc-nogui)"
    assert shutil.which("pdftotext"), "poppler-utils is needed: make deps"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), str(xlsx)], check=True, capture_output=True, timeout=180)
    pdf = out / (xlsx.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1], pdf


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("printed")
    books = {}
    for language in ("en", "zh"):
        path = folder / f"table1_{language}.xlsx"
        assert export_workbook([("final_plan", paper_model()), ("variant", paper_model())], path, language)
        pages, pdf = render(path, folder / f"pdf_{language}")
        books[language] = (path, pages, pdf)
    return books


def test_table1_print_setup(printed):
    path, _, _ = printed["en"]
    sheet = load_workbook(path)["Table 1"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_cols.replace("$", "") == "A:A"  # the row labels repeated on every page
    area = sheet.print_area[0] if isinstance(sheet.print_area, list) else sheet.print_area  # openpyxl 3.0 / 3.1
    assert re.search(r"\$A\$1:\$F\$\d+$", area), area
    # a page ends after each scheme's table: title, header, the paper's 9 rows, the feasibility block
    # (its title and 17 rows; the stack is on for a new book), then a blank row: rows 29 and 59
    assert [b.id for b in sheet.row_breaks.brk][:2] == [29, 59]


def test_each_scheme_table1_is_one_landscape_page(printed):
    _, pages, pdf = printed["en"]
    for page, scheme in ((pages[0], "final_plan"), (pages[1], "variant")):
        assert f"Table 1. Economic calculation indicators: {scheme}" in page
        for label in TABLE1_LABELS:
            assert label in page, (scheme, label)
        # the paper's net revenue, total then unit 1 (README: -239,189 and -131,003)
        assert re.search(r"Net revenue.*-239,189\s+-131,003", page)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "1", str(pdf)], capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page\s+1 size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height  # landscape


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_cell_prints_as_hashes(printed, language):
    _, pages, _ = printed[language]
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert "###" not in page, f"page {number}: {page[:400]}"


def test_shares_are_percentages(printed):
    path, _, _ = printed["en"]
    book = load_workbook(path)
    checks = book["Checks"]
    share = next(row for row in checks.iter_rows(min_row=2) if str(row[2].value).startswith("Demolished / existing"))
    assert share[3].number_format.endswith("%") and share[4].number_format.endswith("%")
    ratio = next(row for row in checks.iter_rows(min_row=2) if str(row[2].value).startswith("New / demolished"))
    assert not ratio[3].number_format.endswith("%")  # a ratio, not a share
    assumptions = {row[0].value: row[1] for row in book["Assumptions"].iter_rows() if row[0].value and len(row) > 1}
    assert assumptions["Discount rate"].number_format.endswith("%") and assumptions["Discount rate"].value == 0.06
    assert assumptions["Demolished / existing floor area at most"].number_format.endswith("%")


def test_chinese_mode_has_no_raw_keys(printed):
    path, pages, _ = printed["zh"]
    book = load_workbook(path)
    data = Assumptions().to_dict()
    raw = set(data["rates"]) | set(data["thresholds"]) | set(next(iter(data["uses"].values()))) | {"use"}
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert value not in raw, (sheet.title, value)
                    assert "el_" not in value, (sheet.title, value)
    text = "\n".join(pages)
    assert "base_year" not in text and "基准年" in text and "折现率" in text
    assert "建安造价" in text and "新增 50%" in text


# the helper, on its own -------------------------------------------------------------------------------------
def test_formatted_and_width_by_hand():
    assert formatted(1381009.4, "#,##0") == "1,381,009"
    assert formatted(-239189.456, "#,##0.00") == "-239,189.46"
    assert formatted(0.5503, "0.0%") == "55.0%"
    assert formatted(2025, "0") == "2025"
    assert formatted(2034735931.55, "General") == "2034735931.55"
    assert display_width("净收益（万元）") == 14  # 7 full-width characters
    assert display_width("Net revenue") == 11


def test_columns_are_as_wide_as_their_widest_number(tmp_path):
    book = Workbook(write_only=True)
    sheet = PrintedSheet(book.create_sheet("S"), {})
    sheet.append(["Title that runs over"])  # a caption: does not widen column A
    sheet.append(["a", 123456789012.0, "x"])
    sheet.append(["b", 1.5, "净收益（万元）"])
    widths = sheet.column_widths()
    sheet.finish()
    assert widths["A"] == 6  # the minimum
    assert widths["B"] >= len("123456789012") + 1
    assert widths["C"] >= 14
    book.save(tmp_path / "s.xlsx")
    read = load_workbook(tmp_path / "s.xlsx")["S"]
    assert read.column_dimensions["B"].width == widths["B"]
    assert read.page_setup.orientation == "landscape"
