"""The industrial layer's pure logic: Figure 3's recursive classification and Table 2's indicators.

Every expected figure is worked by hand in the comments. Default thresholds (core.industrial):
community output 200 and tax 5 (10,000 CNY per mu); base 300 and 10; block 100 and 1.
Land of the hand-made plots: 20,000 m2 = 20,000 / (10,000 / 15) = 30 mu.
"""

import pytest

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.core.industrial import (
    EFFICIENCY,
    EFFICIENT,
    EQUITY,
    GREEN,
    NOT_EVALUATED,
    QUALITY,
    SAFETY,
    IndustrialAssumptions,
    IndustrialAssumptionsError,
    classify,
    evaluate,
    read_plot,
)

LAND = 20_000.0  # m2 = 30 mu
GOOD = {  # a community plot that passes every rule:
    "el_ind_level": "community",
    "el_ind_in_red_line": 0, "el_ind_eia_passed": 1,
    "el_ind_output": 9000.0,  # 9000 / 30 = 300 per mu >= 200
    "el_ind_dominant_sector": 1, "el_ind_high_tech": 0,
    "el_ind_tax": 300.0,  # 300 / 30 = 10 per mu >= 5
    "el_ind_safety_passed": 1,
}


def plot(fid="p", land=LAND, **changes):
    values = dict(GOOD)
    values.update({f"el_ind_{key}": value for key, value in changes.items()})
    return read_plot(fid, values, land)


# every branch of Figure 3, in order ----------------------------------------------------------------------
TABLE = [
    # name, changes, category, words expected in the reason
    ("red line", {"in_red_line": 1}, GREEN, "red line"),
    ("EIA failed", {"eia_passed": 0}, GREEN, "EIA"),
    # 3000 / 30 = 100 < 200
    ("low output", {"output": 3000.0}, EFFICIENCY, "output 100 per mu below the industrial community threshold 200"),
    ("no dominant, no high-tech", {"dominant_sector": 0, "high_tech": 0}, QUALITY, "neither"),
    ("high-tech saves quality", {"dominant_sector": 0, "high_tech": 1}, EFFICIENT, "none matched"),
    ("low tax", {"tax": 90.0}, EQUITY, "3.00 per mu"),  # 90 / 30 = 3 < 5
    ("safety failed", {"safety_passed": 0}, SAFETY, "safety"),
    ("efficient", {}, EFFICIENT, "none matched"),
    ("output at the threshold", {"output": 6000.0}, EFFICIENT, ""),  # 6000 / 30 = 200: not below 200
    ("base threshold is higher", {"level": "base", "output": 6000.0}, EFFICIENCY, "industrial base threshold 300"),
    ("block threshold is lower", {"level": "block", "output": 3000.0, "tax": 30.0}, EFFICIENT, ""),  # 100, 1
]


@pytest.mark.parametrize("name, changes, category, words", TABLE, ids=[row[0] for row in TABLE])
def test_every_branch(name, changes, category, words):
    result = classify(plot(**changes))
    assert result.category == category
    assert words in result.reason("en")
    assert result.not_evaluated == ()


def test_first_match_wins():
    # fails every rule at once: green comes first
    everything = dict(in_red_line=1, eia_passed=0, output=30.0, dominant_sector=0, high_tech=0, tax=3.0,
                      safety_passed=0)
    assert classify(plot(**everything)).category == GREEN
    everything.update(in_red_line=0, eia_passed=1)
    assert classify(plot(**everything)).category == EFFICIENCY
    everything.update(output=9000.0)
    assert classify(plot(**everything)).category == QUALITY
    everything.update(high_tech=1)
    assert classify(plot(**everything)).category == EQUITY
    everything.update(tax=300.0)
    assert classify(plot(**everything)).category == SAFETY


def test_missing_value_is_not_zero():
    # output unknown: taken as zero it would be efficiency-deficient; it is not evaluated instead
    result = classify(plot(output=None))
    assert result.category == NOT_EVALUATED
    assert result.not_evaluated == ((EFFICIENCY, ("el_ind_output",)),)
    assert "el_ind_output" in result.reason("en") and "el_ind_output" in result.reason("zh")


def test_missing_level_names_the_field_for_both_per_mu_rules():
    result = classify(plot(level=None))
    assert result.category == NOT_EVALUATED
    assert result.not_evaluated == ((EFFICIENCY, ("el_ind_level",)), (EQUITY, ("el_ind_level",)))


def test_missing_geometry_names_it():
    result = classify(plot(land=None))
    assert [rule for rule, _ in result.not_evaluated] == [EFFICIENCY, EQUITY]
    assert result.not_evaluated[0][1] == ("geometry",)


def test_a_later_match_after_a_missing_value_is_provisional():
    result = classify(plot(eia_passed=None, output=3000.0))
    assert result.category == EFFICIENCY
    assert result.provisional
    assert result.not_evaluated == ((GREEN, ("el_ind_eia_passed",)),)
    assert "provisional" in result.reason("en")


def test_red_line_decides_without_eia():
    assert classify(plot(in_red_line=1, eia_passed=None)).category == GREEN


def test_quality_with_one_flag_known_yes_needs_nothing_else():
    assert classify(plot(dominant_sector=1, high_tech=None)).category == EFFICIENT
    result = classify(plot(dominant_sector=0, high_tech=None))
    assert result.category == NOT_EVALUATED
    assert result.not_evaluated == ((QUALITY, ("el_ind_high_tech",)),)


def test_unreadable_values_are_reported_and_not_zero():
    p = read_plot(7, dict(GOOD, el_ind_output="lots", el_ind_high_tech="maybe", el_ind_level="huge"), LAND)
    assert p.get("output") is None and p.get("high_tech") is None and p.level is None
    fields = [name for name, _ in p.problems]
    assert fields == ["el_ind_level", "el_ind_output", "el_ind_high_tech"]
    assert "feature 7" in p.problems[1][1] and "'lots'" in p.problems[1][1]


def test_yes_no_and_level_read_from_text():
    p = read_plot(1, dict(GOOD, el_ind_high_tech="是", el_ind_eia_passed="no", el_ind_level="产业基地"), LAND)
    assert p.get("high_tech") == 1 and p.get("eia_passed") == 0 and p.level == "base"


# Table 2 by hand ------------------------------------------------------------------------------------------
def test_indicators_of_one_plot_by_hand():
    p = read_plot(1, {"el_ind_output": 9000.0, "el_ind_tax": 300.0, "el_ind_floor_area": 24_000.0,
                      "el_ind_fixed_assets": 5000.0, "el_ind_idle_area": 2000.0, "el_ind_employees": 150,
                      "el_ind_energy": 450.0, "el_ind_water": 18.0, "el_ind_high_tech": 1}, LAND)
    values = ind.group_indicators("plot", "x", [p]).values
    assert values["output_per_mu"] == pytest.approx(300.0)  # 9000 / 30 mu
    assert values["tax_per_mu"] == pytest.approx(10.0)  # 300 / 30
    assert values["output_per_km2"] == pytest.approx(450_000.0)  # 9000 / 0.02 km2
    assert values["tax_per_km2"] == pytest.approx(15_000.0)  # 300 / 0.02
    assert values["far"] == pytest.approx(1.2)  # 24,000 / 20,000
    assert values["fixed_assets_per_km2"] == pytest.approx(250_000.0)  # 5000 / 0.02
    assert values["idle_rate"] == pytest.approx(0.10)  # 2000 / 20,000
    assert values["employment_per_km2"] == pytest.approx(7500.0)  # 150 / 0.02
    assert values["high_tech_share"] == 1.0
    assert values["energy_per_output"] == pytest.approx(0.05)  # 450 / 9000
    assert values["water_per_output"] == pytest.approx(0.002)  # 18 / 9000


def test_groups_leave_out_missing_figures_and_say_so():
    # park P: plot a 30 mu with output 9000, plot b 15 mu (10,000 m2) without output
    a = read_plot("a", {"el_ind_park": "P", "el_ind_level": "community", "el_ind_output": 9000.0,
                        "el_ind_enterprise": "A"}, LAND)
    b = read_plot("b", {"el_ind_park": "P", "el_ind_level": "community", "el_ind_enterprise": "B"}, 10_000.0)
    c = read_plot("c", {"el_ind_level": "block", "el_ind_output": 500.0, "el_ind_enterprise": "C"}, 10_000.0)
    evaluation = evaluate([a, b, c])
    park = next(g for g in evaluation.parks if g.name == "P")
    # 9000 over plot a's 30 mu only (b has no output): 300, not 9000 / 45 = 200
    assert park.values["output_per_mu"] == pytest.approx(300.0)
    assert park.used["output_per_mu"] == 1 and park.plots == 2
    assert park.land_area == pytest.approx(30_000.0)
    district = evaluation.district
    # (9000 + 500) / (30 + 15) mu = 211.11
    assert district.values["output_per_mu"] == pytest.approx(9500 / 45)
    assert park.vs_district["output_per_mu"] == pytest.approx(300 / (9500 / 45))
    community = next(g for g in evaluation.levels if g.level == "community")
    assert community.thresholds.output_per_mu == 200.0
    assert community.values["output_per_mu"] == pytest.approx(300.0)
    plot_c = next(r for r in evaluation.plots if r.plot.fid == "c")
    # 500 / 15 mu = 33.33 per mu; the block level holds only c, so it is at its level's figure
    assert plot_c.indicators.values["output_per_mu"] == pytest.approx(500 / 15)
    assert plot_c.indicators.vs_level["output_per_mu"] == pytest.approx(1.0)


def test_high_tech_share_counts_enterprises_once():
    plots = [read_plot(i, {"el_ind_enterprise": name, "el_ind_high_tech": flag}, LAND)
             for i, (name, flag) in enumerate([("A", 1), ("A", 0), ("B", 0), ("C", None)])]
    values = ind.group_indicators("district", "d", plots).values
    assert values["high_tech_share"] == pytest.approx(0.5)  # A (any plot) of A, B; C not known


def test_categories_counted_per_group():
    evaluation = evaluate([plot("a", in_red_line=1), plot("b"), plot("c", tax=None)])
    assert evaluation.district.categories == {GREEN: 1, EFFICIENT: 1, NOT_EVALUATED: 1}


# assumptions ---------------------------------------------------------------------------------------------
def test_assumptions_round_trip_and_order():
    a = IndustrialAssumptions()
    assert IndustrialAssumptions.from_json(a.to_json()) == a
    changed = IndustrialAssumptions.from_dict({"thresholds": {"block": {"tax_per_mu": 2.0}}})
    assert changed.thresholds["block"].tax_per_mu == 2.0 and changed.thresholds["block"].output_per_mu == 100.0
    with pytest.raises(IndustrialAssumptionsError, match="tax_per_mu"):
        IndustrialAssumptions.from_dict({"thresholds": {"block": {"tax_per_mu": 50.0}}})
    with pytest.raises(IndustrialAssumptionsError, match="output_per_mu"):
        IndustrialAssumptions.from_dict({"thresholds": {"base": {"output_per_mu": -1}}})
    with pytest.raises(IndustrialAssumptionsError, match="unknown"):
        IndustrialAssumptions.from_dict({"thresholds": {"town": {}}})


def test_level_by_size_follows_the_paper():
    assert ind.level_by_size(4_000_001.0) == "base"  # over 4 km2
    assert ind.level_by_size(4_000_000.0) == "community"
    assert ind.level_by_size(1_000_001.0) == "community"
    assert ind.level_by_size(1_000_000.0) == "block"
    assert ind.level_by_size(None) is None


def test_fields_reuse_the_schema_fieldspec():
    from economic_layer_plugin.core.schema import FieldSpec

    assert all(isinstance(spec, FieldSpec) for spec in ind.FIELDS)
    assert len(ind.FIELDS) == 16 and all(spec.name.startswith("el_ind_") for spec in ind.FIELDS)
    assert all(spec.alias_zh and spec.alias_en for spec in ind.FIELDS)


# schemes --------------------------------------------------------------------------------------------------
def _county():
    plots = [
        read_plot("b1", dict(GOOD, el_ind_level="base", el_ind_park="Base", el_ind_output=12000.0, el_ind_tax=600.0),
                  LAND),
        read_plot("c1", dict(GOOD, el_ind_park="Town park"), LAND),
        read_plot("k_near", dict(GOOD, el_ind_level="block", el_ind_park="Cluster", el_ind_floor_area=5000.0), LAND),
        read_plot("k_far", dict(GOOD, el_ind_level="block", el_ind_park="Far cluster"), LAND),
        read_plot("s", dict(GOOD, el_ind_level="block", el_ind_in_red_line=1, el_ind_floor_area=1000.0), LAND),
    ]
    places = {fid: ind.PlotPlace("Base", distance, "Town park") for fid, distance in
              (("k_near", 1000.0), ("k_far", 9000.0), ("s", 5000.0))}
    return evaluate(plots), places


def test_category_scheme_follows_the_strategies():
    evaluation, places = _county()
    actions = {a.fid: a.action for a in ind.scheme_actions(evaluation, ind.CATEGORY_SCHEME, places)}
    assert actions == {"b1": "retain", "c1": "retain", "k_near": "retain", "k_far": "retain", "s": "demolish"}


def test_patterns_relocate_as_the_paper_says():
    evaluation, places = _county()

    def moved(scheme):
        return {a.fid: a.relocate_to for a in ind.scheme_actions(evaluation, scheme, places) if a.relocate_to}

    assert moved(ind.LARGE_CONCENTRATION) == {"k_near": "Base", "k_far": "Base", "s": "Base"}
    assert moved(ind.SMALL_CLUSTERING) == {"s": "Town park"}  # only the scattered block
    assert moved(ind.MODERATE_PARK) == {"k_near": "Base", "s": "Town park"}  # near base (1 km <= 3 km); scattered
    totals = ind.relocation_totals(evaluation, ind.scheme_actions(evaluation, ind.LARGE_CONCENTRATION, places))
    assert totals["Base"][0] == 6000.0  # 5000 + 1000; k_far has no floor area: named, not zero
    assert totals["Base"][2] == ["k_far"]


def test_the_chinese_yes_and_no_a_layer_may_hold_are_pinned():
    # a yes/no field may hold 是/有/通过 or 否/无/未通过 (as planners type them); these words come from the
    # interface's catalogue, so a change of the interface's wording must not change what a layer's value means
    assert {"是", "有", "通过"} <= ind._YES and {"否", "无", "未通过"} <= ind._NO
    assert not ind._YES & ind._NO
