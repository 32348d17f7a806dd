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
