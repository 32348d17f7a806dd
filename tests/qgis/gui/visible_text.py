"""Every text a planner sees in a widget tree (labels, buttons, group boxes, tabs, table headers and cells,
combo items, placeholders, window titles), and the English words among them that no allowlist covers.

Used by tests/qgis/test_chinese_everywhere.py: with QGIS in Chinese, the plugin's panels and dialogs show no
English word but codes, units, field names shown as field names and names from the data."""

from __future__ import annotations

import re
from html import unescape

from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

#: words a Chinese interface shows as they are: codes, units, product and format names
ALLOWED = {
    # finance codes and indicators written as codes in Chinese planning documents too
    "IRR", "NPV", "MIRR", "REITs", "REIT", "FAR", "GFA", "LAT", "VAT", "CAPM", "WACC", "EBITDA", "P10", "P50",
    "P90", "P", "DSCR", "LTV",
    # products, formats and protocols
    "QGIS", "PostGIS", "PostgreSQL", "GeoPackage", "gpkg", "GPKG", "PDF", "pdf", "SVG", "PNG", "png", "xlsx",
    "Excel", "CSV", "csv", "JSON", "SQL", "GDAL", "libpq", "service", "EPSG", "CRS", "CGCS", "WGS", "UTM", "ID",
    "id", "ids", "A3", "A4", "GB", "GB/T", "CNY", "OSM", "OpenStreetMap", "UTC",
    # units
    "m", "m2", "km", "km2", "mu", "kWh", "t", "h", "s", "x", "yuan",
    # the command line, named as a command
    "economic", "layer", "upgrade",
    # a language's own name in a choice of languages
    "English",
}
#: a word that is a code of the data: a field name (el_...), a module id (1-D1), a layer or scheme name
CODE = re.compile(r"^(el_\w*|\w*_\w+|[0-9][\w-]*|[A-Z][0-9]+[\w-]*|v?\d[\w.]*)$")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z]")
TAG = re.compile(r"<[^>]+>")
URL = re.compile(r"(https?://|www\.)\S+|\S+\.(md|gpkg|qgz|xlsx|pdf|png|svg)\b|`[^`]*`")


TOOLTIPS = True


def plain(text: str) -> str:
    return unescape(TAG.sub(" ", text or ""))


def _table(table) -> list:
    texts = []
    for column in range(table.columnCount()):
        if not table.isColumnHidden(column):
            item = table.horizontalHeaderItem(column)
            texts.append(item.text() if item is not None else "")
    for row in range(table.rowCount()):
        if table.isRowHidden(row):
            continue
        item = table.verticalHeaderItem(row)
        texts.append(item.text() if item is not None else "")
        for column in range(table.columnCount()):
            cell = table.item(row, column)
            if cell is not None and not table.isColumnHidden(column):
                texts.append(cell.text())
    return texts


def _tree(tree) -> list:
    header = tree.headerItem()
    texts = [header.text(c) for c in range(tree.columnCount())] if header is not None else []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        texts += [item.text(c) for c in range(tree.columnCount())]
        stack += [item.child(i) for i in range(item.childCount())]
    return texts


def _standard(button) -> bool:
    """A dialog's standard button (OK, Cancel): Qt's own text, translated by the Qt catalogue QGIS loads."""
    box = button.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def texts_of(widget: QWidget) -> list:
    """(where, text) of ``widget`` itself (not its children)."""
    texts = []
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton) and not _standard(widget):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit):
        texts += [widget.placeholderText()]
    elif isinstance(widget, QAbstractSpinBox):
        texts += [getattr(widget, "suffix", lambda: "")(), getattr(widget, "prefix", lambda: "")(),
                  widget.specialValueText()]
    elif isinstance(widget, QTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QTableWidget):
        texts += _table(widget)
    elif isinstance(widget, QTreeWidget):
        texts += _tree(widget)
    elif isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if TOOLTIPS:
        texts.append(widget.toolTip())
    return [text for text in texts if text]


def _qgis_own(widget: QWidget, top: QWidget) -> bool:
    """A widget of QGIS's own (a CRS or layer chooser) or inside one: QGIS's catalogue translates it."""
    while widget is not None and widget is not top:
        if type(widget).__module__.startswith("qgis._gui"):
            return True
        widget = widget.parentWidget()
    return False


def visible_texts(top: QWidget) -> list:
    """(object path, text) of every widget of ``top`` shown with it (hidden pages and widgets left out)."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if _qgis_own(widget, top):
            continue
        name = widget.objectName() or type(widget).__name__
        found += [(name, text) for text in texts_of(widget)]
    return found


def english_words(text: str, names=(), codes=()) -> list:
    """The English words of ``text`` that no allowlist covers (``names``: layer, scheme, field and module names
    and other text from the data, taken out whole; ``codes``: words a dialog shows as codes to type)."""
    text = URL.sub(" ", plain(text))
    for name in sorted(names, key=len, reverse=True):
        if name and re.search("[A-Za-z]", name):
            text = re.sub(r"(?<![\w])" + re.escape(name) + r"(?![\w])", " ", text)
    words = []
    for word in WORD.findall(text):
        if word in ALLOWED or word in codes or CODE.match(word):
            continue
        words.append(word)
    return words


def offences(top: QWidget, names=(), codes=()) -> list:
    """(object path, text, [English words]) of every visible text of ``top`` with English words."""
    result = []
    for where, text in visible_texts(top):
        words = english_words(text, names, codes)
        if words:
            result.append((where, text[:160], words))
    return result
