"""Tornado and Monte Carlo: each driver's figure against the engine run again with that driver changed
(its inputs scaled, not the risk module's arithmetic), and Monte Carlo's zero-width and seeded runs."""

from dataclasses import replace

import numpy as np
import pytest

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.risk import (
    RiskRanges,
    TornadoSteps,
    components,
    monte_carlo,
    risk_report,
    tornado,
    triangular,
)


def scheme(book):
    return [
        ModuleInput(
            1,
            {
                "el_unit": "1",
                "el_action": "demolish",
                "el_use": "residential",
                "el_gfa": 2000,
                "el_compensation_rate": 9000,
            },
            500.0,
        ),
        ModuleInput(
            2,
            {
                "el_unit": "1",
                "el_action": "add",
                "el_use": "apartment",
                "el_gfa": 5000,
                "el_sale_price": 30000,
            },
            500.0,
        ),
        ModuleInput(3, {"el_unit": "2", "el_action": "add", "el_use": "office", "el_gfa": 3000}, 500.0),
        ModuleInput(
            4,
            {
                "el_unit": "2",
                "el_action": "renovate",
                "el_use": "office",
                "el_gfa": 1500,
                "el_cost_rate": 2200,
                "el_start_year": 2027,
            },
            500.0,
        ),
        ModuleInput(5, {"el_unit": "2", "el_action": "demolish", "el_use": "office", "el_gfa": 800}, 500.0),
    ]


def scaled(book, items, fields, use_keys, factor):
    """The scheme with the given per-module fields and price-book rates multiplied by ``factor``."""
    uses = {
        name: replace(d, **{k: getattr(d, k) * factor for k in use_keys}) for name, d in book.uses.items()
    }
    out = []
    for item in items:
        attributes = dict(item.attributes)
        for name in fields:
            if attributes.get(name) is not None:
                attributes[name] = attributes[name] * factor
        out.append(item._replace(attributes=attributes))
    return EconomicModel.compute(out, replace(book, uses=uses))


DRIVER_INPUTS = {
    "sale_price": (("el_sale_price",), ("sale_price",)),
    "rent": (("el_rent",), ("rent",)),
    "construction_cost": (
        ("el_cost_rate", "el_demolition_rate"),
        ("construction_rate", "renovation_rate", "upkeep_rate", "demolition_rate"),
    ),
    "compensation": (("el_compensation_rate",), ("compensation_rate",)),
}


@pytest.mark.parametrize("driver", list(DRIVER_INPUTS))
def test_tornado_matches_the_engine_with_the_driver_changed(book, driver):
    items = scheme(book)
    model = EconomicModel.compute(items, book)
    result = tornado(model)
    row = next(r for r in result["rows"] if r["driver"] == driver)
    for factor, npv_key, net_key in (
        (row["low"], "npv_low", "net_low"),
        (row["high"], "npv_high", "net_high"),
    ):
        other = scaled(book, items, *DRIVER_INPUTS[driver], factor).indicators()
        assert row[npv_key] == pytest.approx(other["npv"], rel=1e-9, abs=1.0)
        assert row[net_key] == pytest.approx(other["net_profit"], rel=1e-9, abs=1.0)
    assert result["base"]["npv"] == pytest.approx(model.indicators()["npv"], rel=1e-12)


def test_tornado_discount_rate_and_delay(book):
    items = scheme(book)
    model = EconomicModel.compute(items, book)
    rows = {r["driver"]: r for r in tornado(model, TornadoSteps())["rows"]}
    higher = EconomicModel.compute(items, book.with_rates(discount_rate=0.08)).indicators()["npv"]
    assert rows["discount_rate"]["npv_low"] == pytest.approx(higher, rel=1e-9)
    assert rows["discount_rate"]["net_low"] == pytest.approx(model.indicators()["net_profit"], rel=1e-12)
    # one year's delay, by hand from the engine's own cost and income flows: income one period later
    flows = model.totals().flows
    cost = [(c + 0) / 100 for c in flows[0]]
    income = [(s - sc + o + i) / 100 for s, sc, o, i in zip(flows[1], flows[2], flows[3], flows[4])]
    delayed = [-c for c in cost] + [0.0]
    for t, value in enumerate(income):
        delayed[t + 1] += value
    assert rows["delay"]["npv_low"] == pytest.approx(finance.npv(0.06, delayed), rel=1e-9)
    assert rows["delay"]["net_low"] == pytest.approx(model.indicators()["net_profit"], rel=1e-12)


def test_components_add_up_to_the_cash_flow(book):
    model = EconomicModel.compute(scheme(book), book)
    c = components(model)
    assert np.allclose(
        c.net(), model.totals().cashflow() + [0.0] * (c.periods - len(model.totals().cashflow()))
    )
    assert c.compensation.sum() == pytest.approx(2000 * 9000 + 800 * 15000)  # by hand: area x rate


def test_monte_carlo_zero_width_gives_the_deterministic_figures(book):
    model = EconomicModel.compute(scheme(book), book)
    result = monte_carlo(model, RiskRanges.zero(), draws=500, seed=3)
    figures = model.indicators()
    for key in ("p10", "p50", "p90"):
        assert result.npv[key] == pytest.approx(figures["npv"], rel=1e-12)
        assert result.net_profit[key] == pytest.approx(figures["net_profit"], rel=1e-12)
        assert result.funding_gap[key] == pytest.approx(figures["funding_gap"], rel=1e-12, abs=1e-6)
    assert result.probability_loss == (1.0 if figures["net_profit"] < 0 else 0.0)


def test_monte_carlo_seeded_runs_repeat(book):
    model = EconomicModel.compute(scheme(book), book)
    a = monte_carlo(model, draws=2000, seed=42).to_dict()
    b = monte_carlo(model, draws=2000, seed=42).to_dict()
    c = monte_carlo(model, draws=2000, seed=43).to_dict()
    assert a == b
    assert a["npv"] != c["npv"]
    assert a["npv"]["p10"] < a["npv"]["p50"] < a["npv"]["p90"]


def test_triangular_matches_its_moments():
    rng = np.random.default_rng(0)
    values = triangular(rng, 0.8, 1.0, 1.3, 200_000)
    assert values.min() >= 0.8 and values.max() <= 1.3
    assert values.mean() == pytest.approx((0.8 + 1.0 + 1.3) / 3, abs=2e-3)  # mean of a triangle: (a+b+c)/3


def test_bad_ranges_are_named(book):
    model = EconomicModel.compute(scheme(book), book)
    with pytest.raises(ValueError, match="sale_price"):
        monte_carlo(model, replace(RiskRanges(), sale_price=(1.2, 1.0, 1.1)))


def test_report_is_plain_data(book):
    import json

    report = risk_report(EconomicModel.compute(scheme(book), book), draws=100)
    json.dumps(report, allow_nan=False)
    assert set(report) == {"tornado", "monte_carlo"}
