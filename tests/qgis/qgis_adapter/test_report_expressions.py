"""User text in a report layout is printed as written: QGIS never evaluates a ``[% ... %]`` in a scheme's,
layer's or unit's name (a layer named ``plan[% env('HOME') %]`` printed the home folder on every page)."""

from __future__ import annotations

import os

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsLayoutItemLabel, QgsProject

from economic_layer_plugin.qgis_adapter.report_layout import literal_text

HOSTILE = "plan[% env('HOME') %][% @qgis_version %][%%] x%] [[% 1+1 %]"


@pytest.mark.parametrize("value", [HOSTILE, "[%", "%]", "a [% b", "最终方案 [% 'x' %]", "plain"])
def test_literal_text_gives_the_text_back_when_qgis_evaluates_it(value):
    assert QgsExpression.replaceExpressionText(literal_text(value), QgsExpressionContext()) == value


def test_a_layer_name_with_an_expression_is_printed_as_written(open_sample):
    plugin, layer = open_sample.plugin, open_sample.layer
    try:
        layer.setName(HOSTILE)
        layouts = plugin.report.make_layouts(layer, "en")
        labels = [item for item in layouts.report.items() if isinstance(item, QgsLayoutItemLabel)]
        shown = [label.currentText() for label in labels if HOSTILE in label.text() or "env(" in label.text()]
        assert shown, [label.text() for label in labels]
        home = os.environ.get("HOME", "/nowhere-at-all")
        for text in shown:
            assert HOSTILE in text and home not in text
        units_title = [item for item in layouts.units.items()
                       if isinstance(item, QgsLayoutItemLabel) and item.id() == "el_report_unit_title"]
        assert units_title and home not in units_title[0].currentText()
        for layout in layouts.layouts():
            QgsProject.instance().layoutManager().removeLayout(layout)
    finally:
        plugin.unload()
