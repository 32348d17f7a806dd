"""The risk tab's range of the location premium (core.risk.LOCATION): a field only for a scheme with location
rules, and the Monte Carlo run takes it."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _median_npv(dock) -> float:
    return dock.risk.result["mc"].npv["p50"]


def test_the_location_range_is_shown_for_a_scheme_with_location_rules_and_drives_the_monte_carlo(open_sample):
    dock = open_sample.plugin.dock
    dock.tabs.setCurrentWidget(dock.risk)
    _settle()
    assert dock.risk.location_row.isHidden()  # final_plan: no location rules, no field
    plain = _median_npv(dock)
    located = open_sample.project.mapLayersByName("final_plan_location")[0]
    dock.set_layer(located)
    _settle()
    assert not dock.risk.location_row.isHidden()
    assert dock.risk.location_range() == pytest.approx((0.5, 1.0, 1.2))  # core.risk.RiskRanges' default
    with_location = _median_npv(dock)
    # no location value at all (0, 0, 0): the same modules as final_plan without the rules; the location
    # draws come last, so every other draw is final_plan's and the median is final_plan's
    for spin in dock.risk.location_spins:
        spin.setValue(0.0)
    dock.risk.compute()
    assert _median_npv(dock) == pytest.approx(plain, rel=1e-9)
    assert with_location > plain  # the station and the park add value
