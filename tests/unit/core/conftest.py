import pytest

from economic_layer_plugin.core.assumptions import Assumptions, ProjectRates, UseDefaults, default_uses


@pytest.fixture()
def book() -> Assumptions:
    """A small price book whose numbers are easy to work by hand (tests' own, not the defaults)."""
    uses = default_uses()
    uses["apartment"] = UseDefaults(construction_rate=5000, renovation_rate=2000, upkeep_rate=0, demolition_rate=80,
                                    compensation_rate=15000, sale_price=18000, rent=60, occupancy=0.85,
                                    land_premium=4000, sale_ratio={"add": 0.5}, lease_ratio={"add": 0.5})
    uses["residential"] = UseDefaults(construction_rate=4500, renovation_rate=1500, demolition_rate=80,
                                      compensation_rate=15000, sale_price=18000, rent=40, occupancy=0.9,
                                      land_premium=5000, sale_ratio={"add": 0.9}, lease_ratio={})
    uses["office"] = UseDefaults(construction_rate=5500, renovation_rate=2500, upkeep_rate=0, demolition_rate=100,
                                 compensation_rate=15000, sale_price=15000, rent=80, occupancy=0.75,
                                 land_premium=3000, sale_ratio={"add": 0.5, "renovate": 0.0},
                                 lease_ratio={"add": 0.5, "renovate": 0.9})
    rates = ProjectRates(base_year=2025, discount_rate=0.06, operating_horizon=2, operating_cost_ratio=0.3,
                         rent_growth=0.02, soft_cost_ratio=0.10, sales_cost_ratio=0.03, sales_tax_ratio=0.05,
                         exit_enabled=False, exit_cap_rate=0.05, storey_height=3.0, build_years=2, sale_years=2)
    return Assumptions(uses=uses, rates=rates)
