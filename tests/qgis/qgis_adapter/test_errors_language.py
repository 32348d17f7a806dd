"""The adapter's errors a planner reads are short, in the interface's language (Qt's translator), with the
file and GDAL's words kept apart as ``details`` for the log (#27; core/refusal.py)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.convert import convert_layer, parse_storey_heights
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, create_economic_layer
from economic_layer_plugin.qgis_adapter.industrial import convert_to_industrial
from economic_layer_plugin.qgis_adapter.optimise import locked_fids
from economic_layer_plugin.qgis_adapter.report_source import open_report_source
from economic_layer_plugin.qgis_adapter.sources import SourceError
from economic_layer_plugin.toolbelt.i18n import PluginTranslator

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


@contextmanager
def chinese():
    translator = PluginTranslator()
    assert translator.install("zh_CN")
    try:
        yield
    finally:
        translator.remove()


def _points():
    return QgsVectorLayer("Point?crs=EPSG:4547&field=name:string", "stations", "memory")


def test_an_invalid_crs_is_short_and_the_file_is_in_the_details(tmp_path):
    path = tmp_path / "new.gpkg"
    with pytest.raises(GeoPackageError) as english:
        create_economic_layer(path, "plan", QgsCoordinateReferenceSystem())
    assert str(english.value) == "plan: the coordinate reference system is not valid"
    assert english.value.details == str(path) and str(path) not in str(english.value)
    with chinese(), pytest.raises(GeoPackageError) as zh:
        create_economic_layer(path, "plan", QgsCoordinateReferenceSystem())
    assert str(zh.value) == "plan：坐标参照系无效"


def test_converting_points_is_refused_in_each_language(tmp_path):
    with pytest.raises(GeoPackageError, match="^stations: not a polygon layer$"):
        convert_layer(_points(), tmp_path / "x.gpkg", "x")
    with chinese():
        with pytest.raises(GeoPackageError, match="^stations：不是面图层$"):
            convert_layer(_points(), tmp_path / "x.gpkg", "x")
        with pytest.raises(GeoPackageError, match="^stations：不是面图层$"):
            convert_to_industrial(_points(), tmp_path / "y.gpkg", "y")


def test_a_bad_storey_height_and_a_missing_lock_field_in_chinese():
    with chinese():
        with pytest.raises(ValueError) as height:
            parse_storey_heights("office=40")
        assert str(height.value) == "层高 'office=40'：应在 1.5 至 20 米之间"
        with pytest.raises(ValueError) as lock:
            locked_fids(_points(), "keep")
        assert str(lock.value) == "stations：没有用于读取锁定的字段 'keep'"
    assert height.value.in_language("en") == "storey height 'office=40': between 1.5 and 20 m"


def test_a_report_source_that_is_missing_in_each_language(tmp_path):
    with pytest.raises(SourceError) as missing:
        open_report_source(str(tmp_path / "none.qgz"))
    assert str(missing.value) == f"{tmp_path / 'none.qgz'}: no such file"
    assert missing.value.in_language("zh") == f"{tmp_path / 'none.qgz'}：文件不存在"


def test_the_conversion_summary_in_chinese():
    from economic_layer_plugin.qgis_adapter.convert import ConversionReport, FeatureNote

    report = ConversionReport(price_book="shanghai_lujiazui")
    report.features = 12
    report.notes.append(FeatureNote(3, "", "capped", ""))
    assert report.summary() == "12 features converted, 1 floors capped; price book: shanghai_lujiazui"
    assert report.summary("zh") == "已转换 12 个要素，1 个层数按上限截取；价格成本表：shanghai_lujiazui"


def test_a_capped_floor_note_says_itself_in_chinese(tmp_path):
    from economic_layer_plugin.core.refusal import in_language
    from economic_layer_plugin.qgis_adapter.convert import ConversionReport, FieldMapping, _floors_from_height

    report = ConversionReport()
    # 632 m / 3.5 m (office) = 180.6: 181 floors, over the cap of 100
    el_index = {"el_floors": 0, "el_height": 1, "el_use": 2, "el_name": 3}
    values = [None, 632.0, "office", ""]
    _floors_from_height(7, values, el_index, FieldMapping(storey_heights={"office": 3.5}), report)
    assert values[0] == 100
    (note,) = report.notes
    assert note.message == ("feature 7: 632 m / 3.5 m gives 181 floors; capped at 100 (give its el_floors or el_gfa "
                            "if it has more)")
    assert in_language(note.message, "zh") == ("要素 7：632 m / 3.5 m 得 181 层，按上限取 100 层（如实际更多，请填写 "
                                               "el_floors 或 el_gfa）")
