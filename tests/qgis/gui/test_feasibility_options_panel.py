"""The feasibility options' controls in the assumptions editor (issue 26): each choice, flag and
number is shown from the book and read back into it; cash households' transition months are kept
in the resettlement rules."""

from __future__ import annotations

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.gui.assumptions_panel import AssumptionsPanel


def test_the_feasibility_options_round_trip_through_the_editor():
    book = Assumptions()
    book.resettlement.cash_transition_months = 6
    panel = AssumptionsPanel()
    panel.show_assumptions(book)
    widgets = panel.feasibility_widgets
    assert widgets["vat_level"][0].currentData() == "project"
    assert widgets["resettlement.cash_transition_months"][0].value() == 6
    read = panel.read()
    assert read.feasibility == book.feasibility and read.resettlement.cash_transition_months == 6
    for key, value in (("vat_level", "unit"), ("lump_sum_income", "subsidy"), ("lat_cost_attribution", "area"),
                       ("interest_convention", "year_end"), ("unpaid_interest", "capitalise"),
                       ("exit_treatment", "sale")):
        combo = widgets[key][0]
        combo.setCurrentIndex(combo.findData(value))
    widgets["vat_compensation_deduction"][0].setChecked(False)
    widgets["cit_loss_years"][0].setValue(3)
    widgets["rent_vat_rate"][0].setValue(5)
    widgets["resettlement.cash_transition_months"][0].setValue(2)
    read = panel.read()
    f = read.feasibility
    assert (f.vat_level, f.lump_sum_income, f.lat_cost_attribution, f.interest_convention, f.unpaid_interest,
            f.exit_treatment) == ("unit", "subsidy", "area", "year_end", "capitalise", "sale")
    assert f.vat_compensation_deduction is False and f.cit_loss_years == 3 and f.rent_vat_rate == 0.05
    assert read.resettlement.cash_transition_months == 2
    panel.deleteLater()
