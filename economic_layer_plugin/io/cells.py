"""Spreadsheet cells and styles shared by every sheet of the workbooks (openpyxl, write-only mode).

Text from a layer is written as text: a module named ``=HYPERLINK(...)`` or ``+1+1`` stays that text
(:func:`text_cell`), never a formula. Numbers keep their full value with a display format. Pure Python.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

NUMBER = "#,##0"
DECIMAL = "#,##0.00"
PERCENT = "0.0%"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TITLE = Font(bold=True, size=12)


def text_cell(ws, value, **style) -> WriteOnlyCell:
    """A text cell: never read as a formula, whatever it starts with."""
    cell = WriteOnlyCell(ws, value="" if value is None else str(value))
    cell.data_type = "s"
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def plain_text(ws, value):
    """Text as a plain value where that is safe, as a text cell where openpyxl would read a formula."""
    if value is None:
        return None
    text = str(value)
    return text_cell(ws, text) if text.startswith("=") else text


def number_cell(ws, value, number_format: str = NUMBER, **style) -> WriteOnlyCell:
    if type(value) is float:
        value += 0.0  # never -0.0
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def formula_cell(ws, formula: str, number_format: str = NUMBER, **style) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=formula)
    cell.data_type = "f"
    cell.number_format = number_format
    for key, item in style.items():
        setattr(cell, key, item)
    return cell
