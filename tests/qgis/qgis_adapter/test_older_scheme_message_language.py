"""What is said of an older scheme (qgis_adapter/upgrade.py's older_scheme_message) comes from the catalogue:
English as a str, the caller's language (the command line's --language) with in_language."""

from __future__ import annotations

import shutil

from osgeo import gdal
from qgis.core import QgsVectorLayer

from economic_layer_plugin.core.refusal import in_language
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.upgrade import older_scheme_message

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def _older(tmp_path):
    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    return QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")


def test_the_older_scheme_message_in_english_and_chinese(tmp_path, qgis_app):
    message = older_scheme_message(_older(tmp_path), "older.gpkg|layername=final_plan")
    assert str(message) == ("an economic layer of an older version: it lacks el_households; run "
                            "`economic-layer upgrade \"older.gpkg|layername=final_plan\"` to add them in place "
                            "(a backup of the GeoPackage is written first; every value is kept)")
    chinese = in_language(message, "zh")
    assert chinese.startswith("旧版本的经济图层：缺少 el_households")
    assert "`economic-layer upgrade \"older.gpkg|layername=final_plan\"`" in chinese
