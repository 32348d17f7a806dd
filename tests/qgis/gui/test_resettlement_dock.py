"""The dock's Resettlement tab and the assumptions editor's resettlement rules and lump sums."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.balance import solve_balance
from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of, load_assumptions

from ..scheme_factory import make_scheme


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


@pytest.fixture()
def scheme(tmp_path, plugin_factory):
    import dataclasses

    from economic_layer_plugin.qgis_adapter.gpkg import save_assumptions

    layer = make_scheme(tmp_path / "scheme.gpkg")
    # a local rule that pays cash households 36 months of transition fee too (resettlement.
    # cash_transition_months; by default only households resettled in kind get it): unit 1's 30 cash
    # households then cost 30 x 2,500 yuan x 36 = 2,700,000 yuan more, by hand, and unit 1 no longer
    # balances (net profit +2,392,932.89 - 2,700,000 = -307,067.11 yuan), so the solver has work to do
    path, table = geopackage_of(layer)
    stored = load_assumptions(path, table)
    save_assumptions(path, table, dataclasses.replace(
        stored, resettlement=dataclasses.replace(stored.resettlement, cash_transition_months=36)))
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    plugin.dock.set_layer(layer)
    yield plugin, layer
    if layer.isEditable():
        layer.rollBack()
    QgsProject.instance().removeMapLayer(layer.id())


def cell(table, row_label: str, column: int) -> str:
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    return table.item(rows.index(row_label), column).text()


def test_resettlement_tab_shows_the_ledger_and_solves(scheme):
    plugin, layer = scheme
    dock = plugin.dock
    dock.tabs.setCurrentWidget(dock.resettlement)
    settle()
    table = dock.resettlement.table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["Total", "1", "2"]
    # unit 1: 40 households, 10 in kind, 30 in cash; 20 m x 20 m x 6 floors = 2,400 m2 / 40 = 60 m2 each:
    # 600 m2 owed in kind and no new housing of use residential to hold it
    assert cell(table, "Households moved", 1) == "40"
    assert cell(table, "of which in kind (on site or nearby)", 1) == "10"
    assert cell(table, "of which in cash", 1) == "30"
    assert cell(table, "Floor area owed in kind (m2)", 1) == "600"
    assert cell(table, "Shortfall (m2)", 1) == "600"
    model = dock.live.model
    expected = solve_balance(model, "1")
    assert cell(table, "Financing plot to balance (m2)", 1) == formatting.area(expected.area)
    assert "unit 1" in dock.resettlement.answer.toPlainText()
    # the capacity check fails naming the shortfall's modules
    check = next(c for c in model.checks() if c.key == "resettlement_capacity" and c.unit == "1")
    assert check.state == "fail" and check.details["shortfall"] == pytest.approx(600)
    assert [model.modules[f].module_id for f in model.check_drivers(check)] == ["M0"]


def test_lump_sums_and_rules_edited_in_the_assumptions_editor(scheme):
    plugin, layer = scheme
    panel = plugin.dock.assumptions
    box = panel.resettlement_box
    before = plugin.dock.live.model.indicators("2")["cost"]
    box._add_row(box.lumps)
    row = box.lumps.rowCount() - 1
    box.lumps.item(row, 0).setText("2")
    box.lumps.item(row, 1).setText("public works")
    box.lumps.item(row, 3).setText("150")  # 10,000 CNY
    box.lumps.item(row, 4).setText("2026")
    box.lumps.item(row, 5).setText("3")
    box.cap.setValue(50)
    panel._apply()
    settle()
    model = plugin.dock.live.model
    assert model.indicators("2")["cost"] == pytest.approx(before + 1_500_000)
    assert model.indicators("1")["resettlement_area_owed"] == 500  # 10 households x the 50 m2 cap
    stored = load_assumptions(*geopackage_of(layer))
    assert [(i.unit, i.amount, i.year, i.spread_years, i.label) for i in stored.lump_sums] == [
        ("2", 1_500_000, 2026, 3, "public works")]
    assert stored.resettlement.cap_per_household == 50
    # shown again from the stored assumptions
    box.show_assumptions(stored)
    assert box.lumps.item(0, 3).text() == "150" and box.cap.value() == 50
    # a swap ratio for unit 1 alone, no cap: 10 households x 60 m2 x 1.5 = 900 m2
    box.cap.setValue(0)
    box._add_row(box.swaps)
    box.swaps.item(0, 0).setText("1")
    box.swaps.item(0, 1).setText("1.5")
    panel._apply()
    settle()
    assert plugin.dock.live.model.indicators("1")["resettlement_area_owed"] == pytest.approx(900)
    assert load_assumptions(*geopackage_of(layer)).resettlement.unit_swap_ratios == {"1": 1.5}
        # an unusable cell is named and nothing is applied
    box.lumps.item(0, 4).setText("soon")
    panel._apply()
    assert "soon" in panel.status.text() and "Year" in panel.status.text()
    box.lumps.item(0, 4).setText("2001")
    panel._apply()
    assert "lump_sums[0].year" in panel.status.text()
    assert plugin.dock.live.model.assumptions.lump_sums[0].year == 2026


def test_the_module_card_shows_a_demolished_modules_ledger(scheme):
    plugin, layer = scheme
    fid = next(f.id() for f in layer.getFeatures() if f["el_action"] == "demolish")
    layer.selectByIds([fid])
    settle()
    card = plugin.dock.module_card
    texts = [card.form.itemAt(i).widget().text() for i in range(card.form.count()) if card.form.itemAt(i).widget()]
    # 40 households, 10 in kind, 2,400 m2 / 40 = 60 m2 each, 600 m2 owed
    for label, value in (("Households moved", "40"), ("of which in kind (on site or nearby)", "10"),
                         ("Floor area owed per household (m2)", "60"), ("Floor area owed in kind (m2)", "600")):
        assert texts[texts.index(label) + 1] == value
