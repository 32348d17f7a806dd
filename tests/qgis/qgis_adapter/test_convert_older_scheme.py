"""Converting an older scheme (one without a field added later, el_households say) keeps every value
its el_ fields hold: action, use, floor area, unit and module id are not replaced by the defaults."""

from __future__ import annotations

import shutil

from osgeo import gdal
from qgis.core import NULL, QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.convert import convert_layer
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def test_an_older_scheme_keeps_its_values_when_converted(tmp_path, qgis_app):
    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    source = QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")
    assert source.isValid() and not is_economic_layer(source)
    layer, report = convert_layer(source, tmp_path / "converted.gpkg", "final_plan")
    first = next(f for f in layer.getFeatures() if f["el_module_id"] == "1-D1")
    # the sample's module 1-D1: demolish / residential / 70,358 m2 in unit 1 (sqlite3 on the sample)
    assert (first["el_action"], first["el_use"], first["el_gfa"], first["el_unit"]) == (
        "demolish", "residential", 70358.0, "1")
    assert report.kept_values > 46 * 4 and "values of the source's el_ fields kept" in report.summary()
    assert is_economic_layer(layer) and layer.featureCount() == 46


def test_the_command_line_names_the_missing_field_of_an_older_scheme(tmp_path):
    import subprocess
    from pathlib import Path

    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    cli = Path(__file__).resolve().parents[3] / "scripts" / "economic-layer"
    result = subprocess.run(["/usr/bin/python3", str(cli), "indicators", f"{older}|layername=final_plan", "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert "older version: it lacks el_households" in result.stderr
    assert "economic-layer upgrade" in result.stderr  # and how to add it
    upgraded = subprocess.run(["/usr/bin/python3", str(cli), "upgrade", f"{older}|layername=final_plan",
                               "--language", "en"],
                              capture_output=True, text=True, timeout=300)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "added el_households" in upgraded.stdout and "backup: " in upgraded.stdout
    backup = Path(upgraded.stdout.split("backup: ", 1)[1].splitlines()[0])
    assert backup.parent == tmp_path and backup.name.startswith("older.backup-") and backup.is_file()
    again = subprocess.run(["/usr/bin/python3", str(cli), "indicators", f"{older}|layername=final_plan", "--json"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr


def _older_copy(tmp_path, drop=("el_households", "el_resettled_onsite", "el_acquisition_rate")):
    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for name in drop:
        dataset.ExecuteSQL(f"ALTER TABLE final_plan DROP COLUMN {name}")
    dataset = None
    return older


def _every_value(layer) -> dict:
    """{fid: {field: value}, plus the geometry as WKT} of every feature."""
    return {f.id(): {**{name: f[name] for name in layer.fields().names()}, "wkt": f.geometry().asWkt()}
            for f in layer.getFeatures()}


def test_an_older_geopackage_is_upgraded_in_place_with_every_value_kept_and_a_backup(tmp_path, qgis_app):
    from economic_layer_plugin.qgis_adapter.upgrade import absent_fields, is_older_scheme, upgrade_layer

    older = _older_copy(tmp_path)
    original = older.read_bytes()
    layer = QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")
    assert is_older_scheme(layer) and not is_economic_layer(layer)
    before = _every_value(layer)
    assert len(before) == 46
    result = upgrade_layer(layer)
    # every schema field it lacked, in the schema's order (core/schema.py lists el_acquisition_rate before
    # el_households and el_resettled_onsite)
    assert result.added == ["el_acquisition_rate", "el_households", "el_resettled_onsite"]
    assert is_economic_layer(layer) and not absent_fields(layer.fields().names())
    households = layer.fields().indexOf("el_households")  # the form of the added fields (core/schema.py)
    assert layer.attributeAlias(households) == "Households"
    assert layer.editorWidgetSetup(households).config()["Max"] == 1_000_000
    after = _every_value(QgsVectorLayer(f"{older}|layername=final_plan", "again", "ogr"))
    assert set(after) == set(before)
    for fid, values in before.items():
        assert {name: after[fid][name] for name in values} == values  # every attribute and geometry kept
        assert all(after[fid][name] is None or after[fid][name] == NULL for name in result.added)
    # the backup: next to it, named with the time, the file as it was
    assert result.backup.parent == tmp_path and result.backup.name.startswith("older.backup-")
    assert result.backup.read_bytes() == original
    assert upgrade_layer(layer).added == []  # nothing left to add: no second backup
    assert sorted(p.name for p in tmp_path.glob("older.backup-*")) == [result.backup.name]


def test_a_layer_being_edited_is_not_upgraded(tmp_path, qgis_app):
    import pytest

    from economic_layer_plugin.qgis_adapter.upgrade import UpgradeError, upgrade_layer

    older = _older_copy(tmp_path)
    layer = QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")
    layer.startEditing()
    with pytest.raises(UpgradeError, match="save or discard its edits"):
        upgrade_layer(layer)
    layer.rollBack()
    assert not list(tmp_path.glob("older.backup-*"))


def test_the_plugin_names_an_older_scheme_and_upgrades_it_only_on_request(tmp_path, plugin_factory, qgis_app):
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QPushButton

    from economic_layer_plugin.gui.commands.upgrade_commands import BUTTON_NAME

    older = _older_copy(tmp_path, drop=("el_households",))
    plugin = plugin_factory()
    bar = plugin.iface.messageBar()
    layer = QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        item = plugin.upgrade_commands._items[layer.id()]
        assert "el_households" in item.text() and "final_plan" in item.text()
        assert not is_economic_layer(layer) and not list(tmp_path.glob("older.backup-*"))  # not silently
        button = item.findChild(QPushButton, BUTTON_NAME)
        button.click()
        assert is_economic_layer(layer) and QgsProject.instance().mapLayer(layer.id()) is layer
        assert len(list(tmp_path.glob("older.backup-*"))) == 1
        assert layer.id() not in plugin.upgrade_commands._items
        assert plugin.dock.layer is layer
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
        bar.clearWidgets()


def test_a_file_named_without_a_layer_whose_schemes_are_all_older_names_them(tmp_path, qgis_app):
    import pytest

    from economic_layer_plugin.qgis_adapter.sources import SourceError, open_layer

    older = _older_copy(tmp_path, drop=("el_households",))
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    # the sample's other economic layers
    for table in ("initial_plan", "final_plan_feasibility", "final_plan_location"):
        dataset.ExecuteSQL(f"ALTER TABLE {table} DROP COLUMN el_households")
    dataset = None
    with pytest.raises(SourceError) as raised:
        open_layer(str(older))
    text = str(raised.value)
    assert text.count("lacks el_households") == 4 and f'economic-layer upgrade "{older}|layername=final_plan"' in text
