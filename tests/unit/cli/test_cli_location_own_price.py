"""``economic-layer location`` prints the factor a module's price carries: 1.000 where its own price wins
(as the factor layer writes it, qgis_adapter/location.py's write_factor_layer)."""

from __future__ import annotations

from types import SimpleNamespace

from economic_layer_plugin.cli.location import print_location
from economic_layer_plugin.core.location import LocationFactor


def _model(found):
    module = SimpleNamespace(module_id="3-S1", use="residential", location=found)
    return SimpleNamespace(modules={"3-S1": module}, unit_codes=lambda: [], location_income=lambda code=None: 0.0)


def test_an_own_sale_price_prints_a_factor_of_one(capsys):
    # the rules would give x1.113 on the sale price and x1.05 on the rent; the module's own sale price wins
    print_location(_model(LocationFactor(sale=1.113, rent=1.05, own=("el_sale_price",))), "en")
    line = capsys.readouterr().out.splitlines()[0]
    assert "sale x1.000" in line and "rent x1.050" in line and "el_sale_price: own price wins" in line


def test_an_own_rent_prints_a_factor_of_one_and_the_sale_factor_stays(capsys):
    print_location(_model(LocationFactor(sale=1.113, rent=1.05, own=("el_rent",))), "en")
    line = capsys.readouterr().out.splitlines()[0]
    assert "sale x1.113" in line and "rent x1.000" in line
