"""One label format for every layer the plugin styles (qgis_adapter/style.py's label_settings): the scheme's
labels, the location factors' and the sample's location layers' (scripts/build_sample.py)."""

from __future__ import annotations

from pathlib import Path

from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.style import label_font_family, label_settings, labeling, location_labeling


def _format(settings) -> tuple:
    text = settings.format()
    return (text.font().family(), text.size(), text.buffer().enabled(), text.buffer().size())


def test_the_one_label_format(qgis_app):
    # 8 pt in the label font with a 0.8 mm buffer (the format the three copies had)
    expected = (label_font_family(), 8, True, 0.8)
    named = label_settings("name", over_point=False)
    assert (named.fieldName, named.isExpression) == ("name", False) and _format(named) == expected
    assert named.placement != compat.LABEL_OVER_POINT  # QGIS's default placement (points: the stations)
    centred = label_settings("name")
    assert centred.placement == compat.LABEL_OVER_POINT
    for styled in (labeling("en").settings(), location_labeling("loc_sale").settings()):
        assert styled.isExpression and styled.placement == compat.LABEL_OVER_POINT
        assert _format(styled) == expected
    assert '"loc_sale" - 1' in location_labeling("loc_sale").settings().fieldName


def test_the_sample_builder_uses_it():
    source = (Path(__file__).resolve().parents[3] / "scripts" / "build_sample.py").read_text(encoding="utf-8")
    assert "label_settings(" in source and "QgsTextBufferSettings" not in source
