"""The location premium as a risk driver covers the rent too (a rule with price "rent" or "both"), not
only the sales: one office module with a +10 % rent rule has a location driver and a tornado row.

The reference figures come from the engine run without location (the plain scheme) and with the
module's own rent set to the book's rent x 1.1 (an explicit price, no location rules), not from
core/risk.py: what location adds to the rent part is the difference of their operating flows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.location import LocationAssumptions, LocationRule, Measure
from economic_layer_plugin.core.module import FEN, OPERATING, ModuleInput
from economic_layer_plugin.core.risk import RiskRanges, components, evaluate, monte_carlo, tornado

STATION = LocationRule("stations", "地铁站", ("office",), "rent", ((500.0, 10.0),))  # +10 % rent to 500 m
OFFICE = ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "office", "el_gfa": 1000.0},
                     measures={"stations": Measure(100.0, "A站")})


def _operating(model: EconomicModel) -> float:
    return sum(model.totals().flows[OPERATING]) / FEN  # yuan


@pytest.fixture(scope="module")
def schemes():
    book = Assumptions()
    located = EconomicModel.compute([OFFICE], replace(book, location=LocationAssumptions(rules=(STATION,))))
    plain = EconomicModel.compute([OFFICE], book)
    # the same rent without location: the module's own el_rent, the book's 80 yuan/m2/month x 1.1
    own = EconomicModel.compute([OFFICE._replace(attributes=dict(OFFICE.attributes,
                                                                el_rent=book.uses["office"].rent * 1.1))], book)
    return located, plain, own


def test_what_location_adds_to_the_rent_is_a_part_of_its_own(schemes):
    located, plain, own = schemes
    c = components(located)
    added = _operating(own) - _operating(plain)
    assert added > 0 and added == pytest.approx(0.1 * _operating(plain), abs=1.0)  # rent x 1.1: +10 % (to the fen)
    assert c.located and not c.location.any()  # nothing on the sales: a rent rule only
    assert c.rent_location.sum() == pytest.approx(added, rel=1e-9)


def test_the_premium_scales_the_rent_part(schemes):
    located, plain, own = schemes
    c, p = components(located), components(plain)
    # premium 0: the plain scheme; 1: the located one, as the engine computes them
    npv0, net0 = evaluate(c, 1, 1, 1, 1, 0, c.rate, location=0.0)
    plain_npv, plain_net = evaluate(p, 1, 1, 1, 1, 0, p.rate)
    assert float(net0[0]) == pytest.approx(plain.indicators()["net_profit"], abs=1.0)
    assert float(npv0[0]) == pytest.approx(float(plain_npv[0]), abs=1.0)
    _npv1, net1 = evaluate(c, 1, 1, 1, 1, 0, c.rate)
    assert float(net1[0]) == pytest.approx(located.indicators()["net_profit"], abs=1.0)
    assert located.indicators()["net_profit"] - plain.indicators()["net_profit"] == pytest.approx(
        _operating(own) - _operating(plain), abs=1.0)  # no sales costs move with the rent


def test_a_tornado_row_and_a_monte_carlo_driver(schemes):
    located, plain, own = schemes
    rows = {row["driver"]: row for row in tornado(located)["rows"]}
    # 0.5 to 1.5 of the premium: a swing of once what location adds to the rent
    assert rows["location"]["net_high"] - rows["location"]["net_low"] == pytest.approx(
        _operating(own) - _operating(plain), rel=1e-9)
    assert rows["location"]["npv_high"] > rows["location"]["npv_low"]
    result = monte_carlo(located, RiskRanges(), draws=200, seed=2)
    assert "location" in result.ranges
    assert "location" not in {row["driver"] for row in tornado(plain)["rows"]}
