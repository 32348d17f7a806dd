"""Worksheets as printed and as read on screen: column widths from the content, landscape pages
fitted to the paper's width, the first column (and a header row, where there is one) repeated on
every page, long text wrapped instead of cut.

The workbook is written in openpyxl's write-only mode (fast for 100,000 modules), which needs the
column widths and the print set-up before the first row. :class:`PrintedSheet` therefore wraps a
write-only worksheet: it keeps the rows that are appended, measures them, and writes everything on
:meth:`PrintedSheet.finish`. Any sheet gets this by being made through it; a sheet may change its
print set-up with :meth:`PrintedSheet.print_setup` (e.g. page breaks). Pure Python (openpyxl only).

Widths: a column is as wide as its widest cell as displayed (numbers with their number format,
formulas with their stored values), CJK characters counting double, plus a margin; so no number
is ever shown as ``###``. A row whose only cell is in the first column is a caption (a title, a
note): it may run over the empty cells to its right and does not widen the first column.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.pagebreak import Break, PageBreak
from openpyxl.worksheet.properties import PageSetupProperties

MIN_WIDTH = 6.0
MAX_WIDTH = 60.0  # wider text wraps
HEADER_WIDTH = 10.0  # a header cell (one with a fill) wider than this wraps rather than widen its column
MARGIN = 2.0
A4 = 9  # openpyxl's paper size code
LINE_HEIGHT = 15.0  # points per line of wrapped text (a CJK fallback font sets lines taller than 13.5)
#: what an A4 landscape page holds at 100 %, in column-width units, as LibreOffice prints it (measured: a
#: sheet 169 units wide fitted to one page prints at 64 %, one 428 units wide with a 64-unit title column
#: on three pages at 57 %: about 106 units a page)
PAGE_UNITS = 105.0
#: the smallest print scale a planner still reads on A4 (11-point text printed at about 7 points): a sheet
#: wider than PAGE_UNITS / MIN_SCALE is printed on more pages across, its title columns repeated on each
MIN_SCALE = 0.65

_DECIMALS = re.compile(r"\.(0+)")


@functools.lru_cache(maxsize=65536)  # the same labels come back on every row
def display_width(text: str) -> float:
    """Width of ``text`` in character units of the default font: CJK and full-width characters
    count 2, others 1."""
    if text.isascii():
        return float(len(text))
    width = 0.0
    for char in text:
        width += 2.0 if unicodedata.east_asian_width(char) in ("W", "F") else 1.0
    return width


def formatted(value, number_format: str | None = None) -> str:
    """``value`` as a spreadsheet shows it with ``number_format`` (the formats this workbook uses:
    ``#,##0``, ``#,##0.00``, ``0.0%``, ``0``, General)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        fmt = number_format or "General"
        match = _DECIMALS.search(fmt)
        decimals = len(match.group(1)) if match else 0
        if fmt.endswith("%"):
            return f"{value * 100:,.{decimals}f}%"
        if fmt.startswith("#,##0"):
            return f"{value:,.{decimals}f}"
        if fmt.startswith("0"):
            return f"{value:.{decimals}f}"
        return f"{value:.15g}"  # General shows every digit that fits
    return str(value)


def caption_lines(text: str, width: float = PAGE_UNITS) -> list:
    """``text`` as lines of at most ``width`` display units (a caption runs over the empty cells to its
    right but never onto the next page: a long note is written as several caption rows). Latin text breaks
    between words, CJK text between any two characters."""
    lines, line, used = [], "", 0.0
    for piece in re.findall(r"[\x00-\x7f]+?(?:\s+|$|(?=[^\x00-\x7f]))|[^\x00-\x7f]", text):
        size = display_width(piece)
        if line and used + size > width:
            lines.append(line.rstrip())
            line, used = "", 0.0
            piece = piece.lstrip()
            size = display_width(piece)
        line += piece
        used += size
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class PrintedSheet:
    """A write-only worksheet that keeps its rows until :meth:`finish` (see the module's note).

    It stands in for the worksheet: ``append``, ``column_dimensions``, ``add_chart``, ``title`` ...
    work as on the worksheet itself. ``formula_values`` ({cell reference: value}) gives the values of
    formula cells, for measuring them.
    """

    def __init__(self, ws, formula_values: dict | None = None) -> None:
        self._ws = ws
        self._rows: list = []
        self._widths: dict = {}
        self._plain: list = []  # indices of rows of plain values, not measured yet
        self._styled: set = set()  # indices of rows with cells of openpyxl (styles, formulas)
        self._formula_values = formula_values if formula_values is not None else {}
        self._setup = {"landscape": True, "fit_width": 1, "fit_height": 0, "title_columns": "A:A",
                       "title_rows": None, "print_area": None, "breaks_after": (), "max_width": MAX_WIDTH,
                       "wrap": True}

    def __getattr__(self, name):
        return getattr(self._ws, name)

    @property
    def worksheet(self):
        return self._ws

    def append(self, row) -> None:
        row = list(row) if row is not None else []
        self._rows.append(row)
        if not any(_value(cell) not in (None, "") for cell in row[1:]):
            return  # a caption (or an empty row): not measured
        if not any(cell.__class__ is Cell and (cell.has_style or cell.data_type == "f") for cell in row):
            self._plain.append(len(self._rows) - 1)  # measured column by column in finish (fast)
            return
        self._styled.add(len(self._rows) - 1)
        number = len(self._rows)
        widths = self._widths
        for index, cell in enumerate(row):
            if cell is None:
                continue
            width = self._measure(cell, index, number) if isinstance(cell, Cell) else _plain_width(cell)
            if width > widths.get(index, 0.0):
                widths[index] = width

    def _measure_plain_rows(self) -> None:
        """The rows of plain values (no styles, no formulas: e.g. 100,000 modules), a column at a time."""
        if not self._plain:
            return
        rows = self._rows
        columns = itertools.zip_longest(*(rows[i] for i in self._plain))
        widths = self._widths
        for index, column in enumerate(columns):
            width = max(map(_plain_width, column), default=0.0)
            if width > widths.get(index, 0.0):
                widths[index] = width
        self._plain = []

    def print_setup(self, **settings) -> None:
        """Changes the print set-up: ``landscape`` (bool), ``fit_width`` / ``fit_height`` (pages; 0: as
        many as needed), ``title_columns`` ("A:A") and ``title_rows`` ("1:1") repeated on every page,
        ``print_area`` ("A1:F20"), ``breaks_after`` (row numbers after which a new page starts),
        ``max_width`` (text wider than this wraps; default MAX_WIDTH), ``wrap`` (False: long text in data
        rows runs over instead of wrapping; for long data sheets, where wrapping every row is slow)."""
        unknown = set(settings) - set(self._setup)
        if unknown:
            raise KeyError(f"unknown print settings: {sorted(unknown)}")
        self._setup.update(settings)

    def column_widths(self) -> dict:
        """{column letter: width} as :meth:`finish` sets them."""
        self._measure_plain_rows()
        widths = {}
        preset = {key: dim.width for key, dim in self._ws.column_dimensions.items() if dim.width}
        for index in range(max(self._widths, default=-1) + 1):
            letter = get_column_letter(index + 1)
            measured = self._widths.get(index)
            if measured is None:
                continue
            width = min(self._setup["max_width"], max(MIN_WIDTH, measured + MARGIN))
            widths[letter] = max(width, preset.get(letter) or 0)
        return widths

    def finish(self) -> None:
        """Sets the widths and the print set-up, then writes the rows kept so far."""
        ws = self._ws
        for letter, width in self.column_widths().items():
            ws.column_dimensions[letter].width = round(width, 1)
        self._apply_setup()
        wrap = Alignment(wrap_text=True, vertical="top")  # headers: their row's labels start on one line
        # data: the last line level with the row's other cells (bottom-aligned, the default), so that a
        # wrapped list never looks as if it belonged to the row above
        wrap_data = Alignment(wrap_text=True, vertical="bottom")
        letters = self.column_widths()
        limit = self._setup["max_width"]
        room = [letters.get(get_column_letter(index + 1), limit) - 1
                for index in range(max(self._widths, default=-1) + 1)]
        # plain rows: only the columns whose content is wider than the column can need a wrap
        narrow = ([index for index, width in self._widths.items() if width > room[index]]
                  if self._setup["wrap"] else [])
        for number, row in enumerate(self._rows, start=1):
            lines = 1
            if len(row) < 2:
                ws.append(row)
                continue
            if number - 1 not in self._styled:
                # text as it is or in a cell without a style (io.cells.text_cell): both may need a wrap
                candidates = [i for i in narrow if i < len(row) and _value(row[i]).__class__ is str]
                if not candidates:
                    ws.append(row)
                    continue
            for index, cell in enumerate(row):
                value = cell.value if isinstance(cell, Cell) else cell
                if value.__class__ is not str or index >= len(room):
                    continue
                plain = display_width(value)
                width = room[index] + 1
                if plain <= width - 1 - plain * 0.1:
                    continue  # fits, even in bold
                needed = plain * (1.1 if isinstance(cell, Cell) and cell.has_style and _bold(cell) else 1.0)
                header = isinstance(cell, Cell) and cell.has_style and _header(cell)
                if needed <= width - 1 or not (header or plain > limit):
                    continue
                if not isinstance(cell, Cell):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.data_type = "s"
                    row[index] = cell
                cell.alignment = wrap if header else wrap_data
                # a wrap breaks between words (CJK between any two characters): the lines as a reader
                # fills them, in a line as wide as the cell less its padding (bold text is wider)
                lines = max(lines, len(caption_lines(value, max(1.0, (width - 1) * plain / needed))))
            if lines > 1:  # wrapped text: the row grows (viewers do not always do it themselves)
                ws.row_dimensions[number].height = LINE_HEIGHT * lines + 2
                for cell in row:  # the row's other header cells: top-aligned like the wrapped ones
                    if isinstance(cell, Cell) and cell.has_style and _header(cell):
                        cell.alignment = wrap
            ws.append(row)
        self._rows = []
        self._styled = set()

    def pages_across(self) -> int:
        """Pages across the sheet is printed on: as set (``fit_width``), or more where that would print
        below MIN_SCALE; the title columns are repeated on every page and take their room on each."""
        wanted = self._setup["fit_width"]
        if not wanted:
            return wanted
        widths = {column_index_from_string(k): v for k, v in self.column_widths().items()}
        if self._setup["print_area"]:
            last = column_index_from_string(re.sub(r"[^A-Z]", "", self._setup["print_area"].split(":")[-1]))
            widths = {k: v for k, v in widths.items() if k <= last}
        total = sum(widths.values())
        repeated = 0.0
        if self._setup["title_columns"]:
            first, _, last = self._setup["title_columns"].replace("$", "").partition(":")
            span = range(column_index_from_string(first), column_index_from_string(last or first) + 1)
            repeated = sum(v for k, v in widths.items() if k in span)
        room = PAGE_UNITS / MIN_SCALE
        if total <= room * wanted:
            return wanted
        return max(wanted, math.ceil((total - repeated) / max(room - repeated, room / 2)))

    def _apply_setup(self) -> None:
        ws, setup = self._ws, self._setup
        ws.page_setup.orientation = "landscape" if setup["landscape"] else "portrait"
        ws.page_setup.paperSize = A4
        if setup["fit_width"] is not None:
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
            ws.page_setup.fitToWidth = self.pages_across()
            ws.page_setup.fitToHeight = setup["fit_height"]
        # absolute ($A:$A): LibreOffice repeats nothing for a relative range (A:A), Excel either
        if setup["title_columns"]:
            ws.print_title_cols = _absolute(setup["title_columns"])
        if setup["title_rows"]:
            ws.print_title_rows = _absolute(setup["title_rows"])
        if setup["print_area"]:
            ws.print_area = setup["print_area"]
        if setup["breaks_after"]:
            breaks = PageBreak()
            for row in setup["breaks_after"]:
                breaks.append(Break(id=row))
            ws.row_breaks = breaks
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.print_options.horizontalCentered = True

    def _measure(self, cell, index: int, number: int) -> float:
        value = _value(cell)
        if value is None or value == "":
            return 0.0
        number_format = getattr(cell, "number_format", None)
        if getattr(cell, "data_type", None) == "f":
            value = self._formula_values.get(f"{get_column_letter(index + 1)}{number}")
            if value is None:
                return 0.0
        width = display_width(formatted(value, number_format))
        if isinstance(cell, Cell) and cell.has_style:
            if _bold(cell):
                width *= 1.1
            if _header(cell) and isinstance(value, str):
                width = min(width, max(HEADER_WIDTH, _longest_word(value) * 1.1))
        return width


def _plain_width(value) -> float:
    """Width of a plain value (no number format: General)."""
    if value is None:
        return 0.0
    if value.__class__ is str:
        return display_width(value)
    if value.__class__ is float or value.__class__ is int:
        return float(len(f"{value:.15g}"))
    if isinstance(value, Cell):  # a text cell without a style
        return _plain_width(value.value)
    return display_width(formatted(value))


def _absolute(span: str) -> str:
    """``A:D`` as ``$A:$D``, ``1:1`` as ``$1:$1``."""
    return ":".join("$" + part.lstrip("$") for part in span.split(":"))


def _value(cell):
    return cell.value if isinstance(cell, Cell) else cell


def _bold(cell) -> bool:
    try:
        return bool(cell.font.b)
    except AttributeError:  # a cell without a font of its own
        return False


def _header(cell) -> bool:
    try:
        return cell.fill.fill_type == "solid"
    except AttributeError:
        return False


def _longest_word(text: str) -> float:
    """The widest piece of ``text`` that a wrap cannot break (Latin words; CJK breaks anywhere)."""
    return max((display_width(word) for word in text.split()), default=0.0) if text.isascii() else 4.0
