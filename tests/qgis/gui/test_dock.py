"""The dock on a real economic layer: figures, live edits, module card, checks, left-out modules."""

from __future__ import annotations

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

from ..scheme_factory import make_scheme


def settle() -> None:
    for _ in range(3):  # the live model's turn, then the dock's
        QCoreApplication.processEvents()


def expected(layer) -> EconomicModel:
    return EconomicModel.compute(ModuleReader(layer).modules(), Assumptions())


@pytest.fixture()
def scheme(tmp_path, plugin_factory):
    layer = make_scheme(tmp_path / "scheme.gpkg")
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    plugin.dock.set_layer(layer)
    yield plugin, layer
    if layer.isEditable():
        layer.rollBack()
    QgsProject.instance().removeMapLayer(layer.id())


def shown(plugin, key: str) -> str:
    return plugin.dock.overview.values[key].text()


def test_dock_shows_the_scheme_figures(scheme):
    plugin, layer = scheme
    model = expected(layer).indicators()
    assert plugin.dock.stack.currentIndex() == 1
    assert shown(plugin, "cost") == formatting.money(model["cost"])
    assert shown(plugin, "net_profit") == formatting.money(model["net_profit"])
    assert shown(plugin, "irr") == formatting.percent(model["irr"])
    assert "4 modules" in plugin.dock.header.text()
    units = plugin.dock.overview.units
    assert [units.horizontalHeaderItem(i).text() for i in range(units.columnCount())] == ["Total", "1", "2"]


def test_an_edit_in_the_buffer_changes_the_dock(scheme):
    plugin, layer = scheme
    before = shown(plugin, "cost")
    fid = next(f.id() for f in layer.getFeatures() if f["el_action"] == "retain")
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("el_action"), "demolish")
    settle()
    after = expected(layer).indicators()
    assert shown(plugin, "cost") == formatting.money(after["cost"]) != before
    assert "editing" in plugin.dock.header.text()
    layer.undoStack().undo()
    settle()
    assert shown(plugin, "cost") == before


def test_module_card_marks_defaults(scheme):
    plugin, layer = scheme
    fid = next(f.id() for f in layer.getFeatures() if f["el_action"] == "add")
    layer.selectByIds([fid])
    settle()
    card = plugin.dock.module_card
    texts = [card.form.itemAt(i).widget().text() for i in range(card.form.count()) if card.form.itemAt(i).widget()]
    assert any(text.startswith("8,000") and "derived" in text for text in texts)  # 400 m2 x 20 floors
    assert any(text.startswith("4,000") and "default" in text for text in texts)  # saleable: the book's 0.5
    assert any(text == "18,000" for text in texts)  # its own sale price: not a default
    assert "apartment 1" in card.title.text()


def test_clicking_a_failed_check_selects_its_modules(scheme):
    plugin, layer = scheme
    panel = plugin.dock.checks
    project = panel.tree.topLevelItem(0)
    assert project.text(0) == "Project"
    for index in range(project.childCount()):
        item = project.child(index)
        check = panel._checks[item.data(0, 0x0100)]
        if check.key == "demolition_share":
            assert check.state == "fail"  # 2,400 of 6,000 m2 demolished
            panel.tree.itemClicked.emit(item, 0)
            break
    else:
        pytest.fail("no demolition share check")
    demolished = [f.id() for f in layer.getFeatures() if f["el_action"] == "demolish"]
    assert layer.selectedFeatureIds() == demolished


def test_bad_value_is_listed_with_its_reason(scheme):
    plugin, layer = scheme
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("el_use"), "casino")
    settle()
    entries = plugin.dock.excluded.table
    assert entries.count() == 1
    assert "el_use" in entries.item(0).text() and "casino" in entries.item(0).text()
    assert "1 left out" in plugin.dock.header.text()


def test_expression_functions_give_live_figures(scheme):
    plugin, layer = scheme
    model = expected(layer)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    project = QgsExpression("el_project_indicator('net_profit')").evaluate(context)
    assert project == pytest.approx(model.indicators()["net_profit"])
    feature = next(f for f in layer.getFeatures() if f["el_action"] == "add")
    context.setFeature(feature)
    module = QgsExpression("el_module_indicator('revenue')").evaluate(context)
    assert module == pytest.approx(model.modules[feature.id()].revenue)
    unit = QgsExpression("el_unit_indicator('cost')").evaluate(context)
    assert unit == pytest.approx(model.indicators("1")["cost"])
    other = QgsExpression(f"el_scheme_indicator('{layer.name()}', 'cost')").evaluate(QgsExpressionContext())
    assert other == pytest.approx(model.indicators()["cost"])


def test_a_layer_without_the_fields_gets_instructions(plugin_factory):
    plugin = plugin_factory()
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "plain", "memory")
    plugin.dock.set_layer(layer)
    assert plugin.dock.stack.currentIndex() == 0
    assert "not an economic layer" in plugin.dock.status_label.text()
    assert not plugin.dock.convert_button.isHidden()


def test_assumptions_edited_in_the_dock_recompute_and_are_saved(scheme):
    plugin, layer = scheme
    panel = plugin.dock.assumptions
    widget, _ = panel.rate_widgets["discount_rate"]
    widget.setValue(8.0)
    panel._apply()
    settle()
    book = Assumptions().with_rates(discount_rate=0.08)
    model = EconomicModel.compute(ModuleReader(layer).modules(), book)
    assert shown(plugin, "npv") == formatting.money(model.indicators()["npv"])
    from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of, load_assumptions

    assert load_assumptions(*geopackage_of(layer)).rates.discount_rate == 0.08
    # an unusable value is named and not applied
    panel.book.item(0, 0).setText("cheap")
    panel._apply()
    assert "not a number" in panel.status.text() and "cheap" in panel.status.text()
    assert plugin.dock.live.model.assumptions.rates.discount_rate == 0.08


def test_the_panel_warns_when_irr_is_ambiguous(tmp_path, plugin_factory):
    # unit 1: -1,000,000 (2025), +2,300,000 (2026), -1,320,000 (2027): NPV 0 at 10 % and at 20 %
    # (hand check: -100 + 230 / 1.1 - 132 / 1.21 = 0), so IRR has two values; unit 2 only spends
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry

    from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer

    crs = QgsCoordinateReferenceSystem("EPSG:4547")
    layer = create_economic_layer(tmp_path / "phased.gpkg", "phased", crs, "en")
    layer.startEditing()
    rows = [("1", 2025, {"el_other_cost": 1_000_000}), ("1", 2026, {"el_other_income": 2_300_000}),
            ("1", 2027, {"el_other_cost": 1_320_000}), ("2", 2025, {"el_other_cost": 500_000})]
    for i, (unit, year, money) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        x, x2 = i * 30, i * 30 + 20
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0, {x} 20, {x2} 20, {x2} 0, {x} 0))"))
        for key, value in {"el_unit": unit, "el_action": "retain", "el_use": "public", "el_floors": 1,
                           "el_start_year": year, **money}.items():
            feature[key] = value
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    QgsProject.instance().addMapLayer(layer)
    try:
        plugin = plugin_factory()
        plugin.dock.set_layer(layer)
        settle()
        unit = plugin.dock.live.model.indicators("1")
        assert unit["irr_roots"] == 2 and unit["irr"] == pytest.approx(0.10)
        overview = plugin.dock.overview
        assert not overview.irr_warning.isHidden()
        warning = overview.irr_warning.text()
        assert "IRR is ambiguous" in warning and "unit 1: 2 rates" in warning
        row = list(overview.values).index("irr")
        assert overview.units.item(row, 1).text().endswith("⚠")  # unit 1's column
        project = plugin.dock.live.model.indicators()
        assert shown(plugin, "subsidy_pv") == formatting.money(project["subsidy_pv"])
        assert shown(plugin, "mirr") == formatting.percent(project["mirr"])
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_no_irr_warning_on_an_ordinary_scheme(scheme):
    plugin, _ = scheme
    assert plugin.dock.overview.irr_warning.isHidden()
def test_feasibility_rows_three_parties_breakdown_and_editor(scheme):
    """The feasibility stack (on for a new scheme): rows in the units table, the three-party table,
    the module card's breakdown, and the editor's group that switches it off."""
    plugin, layer = scheme
    model = expected(layer)
    project = model.indicators()
    units = plugin.dock.overview.units
    labels = [units.verticalHeaderItem(r).text() for r in range(units.rowCount())]
    row = labels.index("Net profit after tax and finance (10,000 CNY)")
    assert units.item(row, 0).text() == formatting.money(project["net_profit_after_tax"])
    assert units.item(labels.index("Finance cost (10,000 CNY)"), 0).text() == formatting.money(project["finance_cost"])
    parties = plugin.dock.overview.parties
    assert not parties.isHidden()
    assert parties.table.item(2, 0).text() == formatting.money(project["implementer_take"])
    assert parties.table.item(0, 0).text() == formatting.money(project["government_take"])
    demolished = next(f.id() for f in layer.getFeatures() if f["el_action"] == "demolish")
    layer.selectByIds([demolished])
    settle()
    card = plugin.dock.module_card
    module = model.modules[demolished]
    compensation = card.findChild(type(card.title), "EconomicLayerCost_compensation")
    assert compensation.text() == formatting.money(module.existing_gfa * module.compensation_rate, 1)
    assert card.findChild(type(card.title), "EconomicLayerCost_taxes").text() == "per unit, see Project"
    # switching the stack off in the editor takes the rows and the table away
    panel = plugin.dock.assumptions
    panel.feasibility_widgets["enabled"][0].setChecked(False)
    panel._apply()
    settle()
    assert plugin.dock.live.model.assumptions.feasibility.enabled is False
    plugin.dock.refresh()
    labels = [units.verticalHeaderItem(r).text() for r in range(units.rowCount())]
    assert "Finance cost (10,000 CNY)" not in labels and parties.isHidden()


def test_a_scheme_without_its_assumptions_says_the_default_book_prices_it(tmp_path, plugin_factory):
    # a scheme copied without its el_assumptions table used to take the default book without a word
    import shutil

    from osgeo import ogr
    from qgis.core import QgsProject, QgsVectorLayer

    from economic_layer_plugin.definitions import PLUGIN_DIR

    copy = tmp_path / "copied.gpkg"
    shutil.copyfile(PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg", copy)
    dataset = ogr.Open(str(copy), update=1)
    dataset.ExecuteSQL("DELETE FROM el_assumptions")
    dataset = None
    layer = QgsVectorLayer(f"{copy}|layername=final_plan", "final_plan", "ogr")
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    try:
        plugin.dock.set_layer(layer)
        banner = plugin.dock.default_book_banner
        assert not banner.isHidden() and "default price book" in banner.text()
        plugin.dock._apply_assumptions(plugin.dock.live.model.assumptions)  # saved with the scheme now
        # stored now, but still the default book's prices: said (tests/qgis/test_dock_banners.py)
        assert not plugin.dock.live.default_book and "el_assumptions" not in banner.text()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_lost_database_connection_is_shown_until_it_is_back(scheme, monkeypatch):
    # a PostGIS scheme's live updates cut (the server restarted): the panel says so instead of silently
    # showing stale figures (the sync's `connected` signal; tests/postgis restarts a real server)
    from qgis.PyQt.QtCore import QObject, pyqtSignal

    class Sync(QObject):
        connected = pyqtSignal(bool)
        applied = pyqtSignal(object, str)

        def disconnect_layer(self) -> None:
            pass

    plugin, layer = scheme[0], scheme[1]
    dock = plugin.dock
    monkeypatch.setattr(dock.history, "set_live", lambda live: None)  # the history tab wants a real sync
    dock.live.sync = Sync()
    dock.set_layer(layer)
    banner = dock.connection_banner
    assert banner.isHidden()
    dock.live.sync.connected.emit(False)
    assert not banner.isHidden() and "connection to the database is lost" in banner.text()
    dock.live.sync.connected.emit(True)
    assert banner.isHidden()
    dock.live.sync = None
