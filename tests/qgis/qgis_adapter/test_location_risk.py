"""The optimiser and the risk tools see prices with location (issue 29): on the sample's
final_plan_location (the final plan with the station and park rules) against final_plan (the same
modules, no rules), as the command line and Processing compute them (qgis_adapter/sources.model_of)."""

from __future__ import annotations

import pytest

from economic_layer_plugin.core import optimise
from economic_layer_plugin.core.risk import components, monte_carlo
from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.qgis_adapter.sources import load_scheme

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def _models():
    _, located = load_scheme(f"{SAMPLE}|layername=final_plan_location")
    _, plain = load_scheme(f"{SAMPLE}|layername=final_plan")
    assert located.measures and not plain.measures  # the command line measured the distances
    return located, plain


def test_the_risk_tools_price_with_location():
    located, plain = _models()
    worth = located.location_income()
    assert worth > 0
    # the price driver's part is sales income net of the sales costs and taxes that go with it: the
    # sample's book takes 3 % (marketing and agency) and 5.65 % (VAT and surcharges) of sales income
    rates = located.assumptions.rates
    share = 1 - rates.sales_cost_ratio - rates.sales_tax_ratio
    assert (rates.sales_cost_ratio, rates.sales_tax_ratio) == (0.03, 0.0565)
    extra = components(located).price.sum() - components(plain).price.sum()
    assert extra == pytest.approx(worth * share, rel=1e-6)
    # the same seed: the located scheme's Monte Carlo net profit is higher by that much at every draw
    a = monte_carlo(located, draws=200, seed=3, keep_samples=True).samples["net_profit"]
    b = monte_carlo(plain, draws=200, seed=3, keep_samples=True).samples["net_profit"]
    assert (a > b).all()


def test_the_optimiser_prices_with_location():
    located, plain = _models()
    net = optimise.exact(located, "net_profit") - optimise.exact(plain, "net_profit")
    rates = located.assumptions.rates
    assert net == pytest.approx(located.location_income() * (1 - rates.sales_cost_ratio - rates.sales_tax_ratio),
                                rel=1e-6)
    ids = {fid: item.attributes.get("el_module_id") for fid, item in located.inputs.items()}
    by_id = {ids[c.fid]: c for c in optimise.candidates(located)}
    book = located.assumptions.uses["residential"].sale_price
    current = by_id["1-N-residential"].choices[0].module
    assert current.sale_price == pytest.approx(book * 1.06 * 1.05)  # station 135 m, park 138 m (test_sample_location)


def test_the_location_premium_is_a_driver_of_the_tornado_and_the_monte_carlo():
    from economic_layer_plugin.core.risk import RiskRanges, evaluate, tornado

    located, plain = _models()
    c, p = components(located), components(plain)
    assert c.located and not p.located
    rates = located.assumptions.rates
    share = 1 - rates.sales_cost_ratio - rates.sales_tax_ratio
    assert c.location.sum() == pytest.approx(located.location_income() * share, rel=1e-6)
    # without the premium (factor 0) the located scheme is the plain one; at 1 it is itself
    _, net0 = evaluate(c, 1, 1, 1, 1, 0, c.rate, location=0.0)
    _, plain_net = evaluate(p, 1, 1, 1, 1, 0, p.rate)
    assert float(net0[0]) == pytest.approx(float(plain_net[0]), abs=1.0)
    _, net1 = evaluate(c, 1, 1, 1, 1, 0, c.rate)
    assert float(net1[0]) == pytest.approx(optimise.exact(located, "net_profit"), abs=1.0)
    rows = {row["driver"]: row for row in tornado(located, parts=c)["rows"]}
    assert rows["location"]["net_high"] - rows["location"]["net_low"] == pytest.approx(c.location.sum(), rel=1e-9)
    assert "location" not in {row["driver"] for row in tornado(plain, parts=p)["rows"]}
    # Monte Carlo: drawn last, so the other drivers' draws are a plain scheme's; a zero-width range is no risk
    fixed = monte_carlo(located, RiskRanges(location=(1.0, 1.0, 1.0)), draws=300, seed=5, parts=c,
                        keep_samples=True)
    wide = monte_carlo(located, RiskRanges(location=(0.0, 1.0, 1.0)), draws=300, seed=5, parts=c,
                       keep_samples=True)
    assert "location" in wide.ranges and "location" not in monte_carlo(plain, draws=10, parts=p).ranges
    difference = fixed.samples["net_profit"] - wide.samples["net_profit"]
    assert (difference >= -1e-6).all() and difference.max() > 0
    assert difference.max() <= c.location.sum() * 1.10 * 1.000001  # at most the premium times the top price factor
