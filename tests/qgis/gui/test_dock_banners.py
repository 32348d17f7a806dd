"""What the dock says of a scheme's book and of an older layer, and how the message bar carries an error's
details (issues #25 and #27)."""

from __future__ import annotations

import shutil

from osgeo import gdal
from qgis.core import QgsProject, QgsVectorLayer

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def test_the_default_book_stored_with_a_scheme_shows_the_banner_and_the_way_to_the_prices(open_sample):
    # the sample's schemes store their own (calibrated) book: no banner. A scheme whose stored book is the
    # default (sample) template's prices unchanged, as a planner's converted footprints have it, gets one
    from dataclasses import replace

    dock = open_sample.plugin.dock
    assert dock.default_book_banner.isHidden() and dock.default_book_bar.isHidden()
    dock._apply_assumptions(Assumptions())  # stored with the scheme in its GeoPackage
    layer = QgsVectorLayer(f"{open_sample.gpkg}|layername=final_plan", "reopened", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.set_layer(layer)
    assert not dock.live.default_book  # a book is stored with the scheme: the default one
    assert not dock.default_book_banner.isHidden() and not dock.default_book_bar.isHidden()
    assert "default price book" in dock.default_book_banner.text() and "reopened" in dock.default_book_banner.text()
    dock.tabs.setCurrentIndex(0)
    dock.default_book_button.click()
    assert dock.tabs.currentWidget() is dock.assumptions
    # the scheme's own prices (one price changed) end the banner
    book = dock.live.model.assumptions
    residential = book.uses["residential"]
    own = replace(book, uses={**book.uses, "residential": replace(residential, sale_price=19000)})
    dock._apply_assumptions(own)
    assert dock.default_book_banner.isHidden() and dock.default_book_bar.isHidden()


def _older(tmp_path):
    older = tmp_path / "older.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    layer = QgsVectorLayer(f"{older}|layername=final_plan", "final_plan", "ogr")
    assert layer.isValid() and not is_economic_layer(layer)
    return layer


def test_an_older_scheme_in_the_dock_names_the_missing_field_and_offers_the_upgrade(tmp_path, plugin_factory):
    layer = _older(tmp_path)
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    try:
        dock = plugin.dock
        dock.set_layer(layer)
        text = dock.status_label.text()
        assert dock.stack.currentIndex() == 0
        assert "el_households" in text and "older version" in text and "not an economic layer" not in text
        assert not dock.upgrade_button.isHidden()
        dock.upgrade_button.click()  # the upgrade command adds the field in place; the dock shows the scheme
        assert "el_households" in layer.fields().names()
        assert dock.stack.currentIndex() == 1
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_plain_layer_gets_no_upgrade_button(plugin_factory):
    plugin = plugin_factory()
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "plain", "memory")
    plugin.dock.set_layer(layer)
    assert "not an economic layer" in plugin.dock.status_label.text()
    assert plugin.dock.upgrade_button.isHidden() and not plugin.dock.convert_button.isHidden()


class _Bar:
    def __init__(self) -> None:
        self.calls = []

    def __getattr__(self, name):
        return lambda *args: self.calls.append((name, args))


class _Iface:
    def __init__(self) -> None:
        self.bar = _Bar()

    def messageBar(self):
        return self.bar


def test_an_error_s_details_go_behind_the_bar_s_more_button():
    from economic_layer_plugin.gui.commands.messages import Messages
    from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError

    iface = _Iface()
    error = GeoPackageError("The copy plan_b cannot be opened (details in the log).")
    error.details = "/tmp/x.gpkg: sqlite3 error: database is locked"
    Messages(iface).critical(error)
    name, args = iface.bar.calls[-1]
    assert name == "pushMessage"
    assert args[1] == "The copy plan_b cannot be opened (details in the log)."
    assert args[2] == "/tmp/x.gpkg: sqlite3 error: database is locked"
    Messages(iface).warning("Select a scheme first.")  # a plain sentence: no "More"
    assert iface.bar.calls[-1] == ("pushWarning", ("Economic Layer", "Select a scheme first."))


def test_the_location_map_layer_is_not_offered_an_upgrade(open_sample):
    # final_plan_location_factor (el_module_id, el_unit, el_use and the factors) is the location map, not an
    # older scheme: no Upgrade in the dock nor in the message bar
    from economic_layer_plugin.qgis_adapter.upgrade import is_older_scheme

    layer = open_sample.project.mapLayersByName("final_plan_location_factor")[0]
    open_sample.plugin.dock.set_layer(layer)
    assert not is_older_scheme(layer)
    assert open_sample.plugin.dock.upgrade_button.isHidden()
    assert "not an economic layer" in open_sample.plugin.dock.status_label.text()
