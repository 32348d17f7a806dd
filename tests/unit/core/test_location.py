"""Location value (区位价值): rules, factors, reasons, the cap, explicit prices, validation, the engine.

Every expected number is worked by hand in a comment. The default book (core/assumptions.py) gives
residential a sale price of 18,000 yuan/m2 and a sale ratio of 0.9 for new floor area; apartment a
rent of 60 yuan/m2/month, occupancy 0.85 and lease ratio 0.5; operating cost 30 % of rent.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.location import LocationAssumptions, LocationRule, Measure, factor
from economic_layer_plugin.core.module import COST, OPERATING, SALES, ModuleInput, compute_module

STATION = LocationRule("stations", "地铁站", ("residential",), "sale", ((500.0, 8.0), (800.0, 4.0)), source="estimate")
SCHOOL = LocationRule("schools", "学区", ("residential",), "sale", (), inside=15.0)
ROAD = LocationRule("expressway", "快速路", (), "both", ((100.0, -5.0),))
RULES = LocationAssumptions(rules=(STATION, SCHOOL, ROAD))


def book(location: LocationAssumptions = RULES) -> Assumptions:
    return replace(Assumptions(), location=location)


def residential(fid=1, **extra) -> ModuleInput:
    return ModuleInput(fid, {"el_unit": "1", "el_action": "add", "el_use": "residential", "el_gfa": 1000.0, **extra})


def test_bands_inside_and_reasons():
    # station 320 m: first band (<= 500 m) +8 %; school: footprint inside, +15 %; expressway 260 m: beyond
    found = factor("residential", {"stations": Measure(320.0, "A站"), "schools": Measure(0.0, "一中"),
                                   "expressway": Measure(260.0, "")}, RULES)
    assert found.sale == pytest.approx(1.08 * 1.15)  # 1.242
    assert found.rent == 1.0  # no rent rule reached
    assert [r.text() for r in found.reasons] == ["地铁站 320 m: +8 %", "学区 内: +15 %"]
    assert found.reasons[0].to_dict()["feature"] == "A站"
    # 650 m: second band (<= 800 m) +4 %; 800 m exactly still in it; 801 m beyond every band
    assert factor("residential", {"stations": Measure(650.0)}, RULES).sale == pytest.approx(1.04)
    assert factor("residential", {"stations": Measure(800.0)}, RULES).sale == pytest.approx(1.04)
    assert factor("residential", {"stations": Measure(801.0)}, RULES) is None
    # another use: only the expressway rule (all uses, both prices): 0.95 on sale and rent
    office = factor("office", {"stations": Measure(10.0), "expressway": Measure(40.0)}, RULES)
    assert (office.sale, office.rent) == (pytest.approx(0.95), pytest.approx(0.95))


def test_cap_keeps_the_product_within_bounds():
    # 1.08 * 1.15 * 0.95 = 1.17990: within +30 %; with a cap of +15 % it is cut to 1.15
    measures = {"stations": Measure(100.0), "schools": Measure(0.0), "expressway": Measure(50.0)}
    assert factor("residential", measures, RULES).sale == pytest.approx(1.1799)
    capped = factor("residential", measures, replace(RULES, max_percent=15.0))
    assert capped.sale == pytest.approx(1.15) and capped.capped == ("sale",)
    # a floor: -5 % * -50 % = 0.95 * 0.5 = 0.475, kept at 1 - 0.30 = 0.70
    noise = LocationRule("noise", "噪声源", (), "both", ((200.0, -50.0),))
    low = factor("hotel", {"expressway": Measure(1.0), "noise": Measure(1.0)}, replace(RULES, rules=(ROAD, noise)))
    assert low.sale == pytest.approx(0.70) and low.capped == ("sale", "rent")


def test_book_price_multiplied_explicit_price_wins():
    a = book()
    measures = {"stations": Measure(320.0, "A站"), "schools": Measure(0.0, "一中")}
    m = compute_module(residential()._replace(measures=measures), a)
    # sales = 1000 m2 * 0.9 * 18,000 * 1.242 = 20,120,400 yuan (2,012.04 万元)
    assert m.sale_price == pytest.approx(18000 * 1.242)
    assert sum(m.flows[SALES]) == 20_120_400_00
    assert m.location.own == ()
    # the module's own price: 50,000 yuan/m2 stays, and the factor says it was not applied
    own = compute_module(residential(el_sale_price=50000.0)._replace(measures=measures), a)
    assert own.sale_price == 50000.0 and sum(own.flows[SALES]) == 1000 * 0.9 * 50000 * 100
    assert own.location.own == ("el_sale_price",)  # its rent is the book's (no rent rule here)
    assert any("own price" in line for line in own.location.notes("en"))
    # costs do not move with location
    plain = compute_module(residential()._replace(measures=measures), Assumptions())
    assert m.flows[COST] == plain.flows[COST]
    assert sum(plain.flows[SALES]) == 16_200_000_00  # 1000 * 0.9 * 18,000


def test_rent_rule_on_operating_income():
    park = LocationRule("parks", "公园", ("apartment",), "rent", ((300.0, 10.0),))
    a = book(LocationAssumptions(rules=(park,)))
    m = compute_module(ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "apartment", "el_gfa": 1000.0},
                                   measures={"parks": Measure(120.0, "中山公园")}), a)
    # first-year NOI = 1000 * 0.5 * 60 * 1.10 * 12 * 0.85 * (1 - 0.30) = 235,620 yuan
    assert m.flows[OPERATING][m.completion_year - a.rates.base_year] == 235_620_00
    assert m.sale_price == 18000.0  # the sale price has no rule


def test_nothing_on_by_default():
    a = Assumptions()
    assert "location" not in a.to_dict()
    m = compute_module(residential()._replace(measures={"stations": Measure(10.0)}), a)
    assert m.location is None and m.sale_price == 18000.0


def test_round_trip_and_refusals():
    a = book()
    again = Assumptions.from_json(a.to_json())
    assert again.location == a.location and again == a
    data = json.loads(a.to_json())
    for change, words in (
        ({"uses": ["housing"]}, "unknown use 'housing'"),
        ({"bands": [[-10, 5]]}, "negative distance"),
        ({"bands": [[100, -150]]}, "below -100 %"),
        ({"price": "lease"}, "sale, rent or both"),
        ({"bands": [[500, 5], [300, 2]]}, "must increase"),
    ):
        bad = json.loads(json.dumps(data))
        bad["location"]["rules"][0].update(change)
        with pytest.raises(AssumptionsError, match="location.rules\\[0\\]") as error:
            Assumptions.from_dict(bad)
        assert words in str(error.value)


def test_location_income_and_rule_change_match_a_full_recompute():
    items = [residential(fid) for fid in range(1, 5)]
    model = EconomicModel(book())
    model.measures = {1: {"stations": Measure(320.0)}, 2: {"stations": Measure(650.0)}}
    model.load(items)
    # module 1: +8 %, module 2: +4 %: 1000 * 0.9 * 18,000 * (0.08 + 0.04) = 1,944,000 yuan
    assert model.location_income() == pytest.approx(1_944_000)
    assert model.location_income("1") == pytest.approx(1_944_000)
    # a rule changes: station +10 % within 500 m only -> module 1 alone: 1,620,000 yuan
    faster = replace(RULES, rules=(replace(STATION, bands=((500.0, 10.0),)),))
    model.set_assumptions(book(faster))
    assert model.location_income() == pytest.approx(1_620_000)
    assert model.indicators()["revenue"] == pytest.approx(4 * 16_200_000 + 1_620_000)


def _full(model: EconomicModel) -> EconomicModel:
    fresh = EconomicModel(model.assumptions)
    fresh.measures = dict(model.measures)
    fresh.load(model.inputs.values())
    # the inputs carry their distances: a model computed from them alone (as the optimiser and the risk
    # tools compute theirs) is located the same
    alone = EconomicModel.compute(list(model.inputs.values()), model.assumptions)
    assert alone.project.flows == fresh.project.flows
    return fresh


def test_incremental_equals_full_recompute():
    rng = random.Random(29)
    uses = ("residential", "office", "apartment", "commercial")
    model = EconomicModel(book())
    model.load([ModuleInput(f, {"el_unit": str(f % 3 + 1), "el_action": "add", "el_use": uses[f % 4],
                                "el_gfa": 500.0 + f}) for f in range(40)])
    for step in range(200):
        fid = rng.randrange(40)
        kind = rng.random()
        if kind < 0.6:  # a module moves: new distances
            model.set_measures({fid: {"stations": Measure(rng.uniform(0, 1000)),
                                      "expressway": Measure(rng.uniform(0, 200))}})
        elif kind < 0.8:  # its attributes change
            item = model.inputs[fid]
            model.set(ModuleInput(fid, {**item.attributes, "el_gfa": rng.uniform(100, 900)}))
        elif kind < 0.9:  # it leaves the location layers' reach
            model.set_measures({fid: None})
        else:  # a rule changes
            band = rng.choice((4.0, 8.0, 12.0))
            model.set_assumptions(book(replace(RULES, rules=(replace(STATION, bands=((600.0, band),)), ROAD))))
        if step % 20 == 19:
            full = _full(model)
            assert model.project.flows == full.project.flows
            assert model.indicators() == full.indicators()
            assert model.location_income() == pytest.approx(full.location_income())
            assert {f: m.location for f, m in model.modules.items()} == {f: m.location for f, m in full.modules.items()}
    # every module measured again at once (the engine's bulk path): still a full recompute
    model.set_measures({fid: {"stations": Measure(rng.uniform(0, 1000))} for fid in range(40)})
    full = _full(model)
    assert model.project.flows == full.project.flows and model.indicators() == full.indicators()
    # the rules removed: every price back to the book's, as a fresh model without rules
    model.set_assumptions(Assumptions())
    plain = EconomicModel(Assumptions())
    plain.load(model.inputs.values())
    assert model.project.flows == plain.project.flows


def test_modules_sheet_has_location_columns_only_with_rules(tmp_path):
    from openpyxl import load_workbook

    from economic_layer_plugin.io.xlsx import export_workbook

    located = EconomicModel(book())
    located.measures = {1: {"stations": Measure(320.0, "A站")}}
    located.load([residential(1), residential(2)])
    plain = EconomicModel.compute([residential(1)], Assumptions())
    path = tmp_path / "loc.xlsx"
    assert export_workbook([("located", located)], path, "zh")
    rows = list(load_workbook(path)["Modules"].iter_rows(values_only=True))
    header = rows[0]
    sale, reasons = header.index("区位系数（售价）"), header.index("区位依据")
    by_id = {row[2]: row for row in rows[1:]}
    assert by_id["1"][sale] == 1.08 and by_id["1"][reasons] == "地铁站 320 m: +8 %"
    assert by_id["2"][sale] == 1.0 and by_id["2"][reasons] is None
    assert export_workbook([("plain", plain)], tmp_path / "plain.xlsx", "en")
    plain_header = next(load_workbook(tmp_path / "plain.xlsx")["Modules"].iter_rows(values_only=True))
    assert "Location factor, sale" not in plain_header


def test_rules_kept_by_use_do_not_change_equality_or_copies():
    import copy
    import pickle

    from economic_layer_plugin.core.location import LocationAssumptions, LocationRule, factor

    station = LocationRule("stations", "地铁站", ("residential",), "sale", ((500.0, 8.0),))
    park = LocationRule("parks", "公园", (), "both", ((100.0, 5.0),))
    rules = LocationAssumptions(rules=(station, park))
    fresh = LocationAssumptions(rules=(station, park))
    assert rules.for_use("residential") == (station, park) and rules.for_use("office") == (park,)
    assert rules == fresh and hash(rules) == hash(fresh) and rules.to_dict() == fresh.to_dict()
    for other in (copy.deepcopy(rules), pickle.loads(pickle.dumps(rules))):
        assert other == fresh and other.for_use("office") == (park,)
    # an office 50 m from a park and 10 m from a station: only the park's rule prices it (+5 %)
    found = factor("office", {"stations": Measure(10.0), "parks": Measure(50.0)}, rules)
    assert (found.sale, found.rent) == (1.05, 1.05)
    assert factor("office", {}, rules) is None and factor("office", None, rules) is None
