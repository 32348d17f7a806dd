"""Forms that fit a narrow dock (a third of a 1366 px screen): the labels of every form wrap, so that a long
label (Chinese ones are long: 土地增值税：回迁房按价值及搬迁费……) never pushes its field off the right edge."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget


def wrap_form_labels(root: QWidget) -> None:
    """Every label of every form layout under ``root`` wraps; a field keeps at least its own minimum width."""
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setWordWrap(True)
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            span = layout.itemAt(row, QFormLayout.ItemRole.SpanningRole)
            if span is not None and isinstance(span.widget(), QLabel):
                span.widget().setWordWrap(True)
