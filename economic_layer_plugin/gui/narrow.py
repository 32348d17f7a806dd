"""Forms that fit a narrow dock (a third of a 1366 px screen): the labels of every form wrap, so that a long
label (Chinese ones are long: 土地增值税：回迁房按价值及搬迁费……) never pushes its field off the right edge."""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHeaderView, QLabel, QSizePolicy, QWidget

#: px: a table's row labels (about a third of a table in a 450 px dock); a longer one is cut short (…)
ROW_LABEL_WIDTH = 160
#: px: a label up to this wide keeps one line; a longer one wraps at this width (a 450 px dock keeps ~200 px for
#: the fields)
LABEL_WIDTH = 200


def wrap_form_labels(root: QWidget) -> None:
    """Every label of every form layout under ``root`` (or laid out by ``root`` itself) longer than
    LABEL_WIDTH wraps at that width; a shorter one keeps its one line."""
    layouts = root.findChildren(QFormLayout)
    if isinstance(root.layout(), QFormLayout) and root.layout() not in layouts:
        layouts.append(root.layout())
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and not label.wordWrap():
                natural = label.fontMetrics().horizontalAdvance(label.text()) + 4
                label.setWordWrap(True)
                label.setMinimumWidth(min(natural, LABEL_WIDTH))
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            span = layout.itemAt(row, QFormLayout.ItemRole.SpanningRole)
            if span is not None and isinstance(span.widget(), QLabel):
                span.widget().setWordWrap(True)


def narrow_combos(root: QWidget, characters: int = 10) -> None:
    """Every combo box under ``root`` asks for room for ``characters`` only (its list still shows each choice
    whole, and its tooltip the chosen one): a long choice never widens the dock."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 8)
        if not combo.toolTip():
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)


def cap_row_labels(table, width: int = ROW_LABEL_WIDTH) -> None:
    """The row labels of ``table`` take at most ``width`` and wrap (a row as tall as its label needs; the label
    whole in its tooltip too), so that the figures' columns keep their room in a narrow dock."""
    header = table.verticalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    header.setMaximumWidth(width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = header.fontMetrics()
    items = [table.verticalHeaderItem(row) for row in range(table.rowCount())]
    widest = max((metrics.horizontalAdvance(item.text()) for item in items if item is not None), default=0)
    room = min(width - 6, widest)  # the text's room in a section (its padding left out)
    for row, item in enumerate(items):
        if item is None:
            continue
        item.setToolTip(item.text())
        wrapped = metrics.boundingRect(QRect(0, 0, max(room, 20), 10_000), int(Qt.TextFlag.TextWordWrap),
                                       item.text()).height()
        header.resizeSection(row, max(table.sizeHintForRow(row), wrapped + 6))
