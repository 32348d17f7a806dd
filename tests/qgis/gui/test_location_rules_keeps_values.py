"""Opening the location rules editor and pressing OK changes no stored value (gui/location_rules.py): not the
cap above the spin box's old maximum (1500 % was cut to 1000 %), not a cap of more than 2 decimals (7.125 %
became 7.13 %), not a band or an inside per cent of more than 6 significant digits."""

from __future__ import annotations

from economic_layer_plugin.core.location import LocationAssumptions
from economic_layer_plugin.gui.location_rules import LocationRulesDialog


def _stored():
    return LocationAssumptions.from_dict({
        "rules": [
            {"layer": "stations", "label": "地铁站", "uses": ["residential"], "price": "sale",
             "bands": [[512.3456789, 7.125], [1234567.5, 3.3333333]], "inside": 12.345678, "source": "estimate"},
            {"layer": "parks", "label": "公园", "uses": [], "price": "both", "bands": [], "inside": 2.5,
             "source": "study"},
        ],
        "max_percent": 1500, "min_percent": -7.125})


def test_opening_and_ok_keeps_every_stored_value(qgis_app):
    stored = _stored()
    dialog = LocationRulesDialog(stored)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_rules.to_dict() == stored.to_dict()
    assert dialog.result_rules.max_percent == 1500 and dialog.result_rules.min_percent == -7.125


def test_a_cap_the_planner_types_is_taken_to_4_decimals(qgis_app):
    dialog = LocationRulesDialog(_stored())
    dialog.max_percent.setValue(250000.1234)  # above the old maximum of 1000 %
    dialog.min_percent.setValue(-12.5)
    dialog.accept()
    assert dialog.result_rules.max_percent == 250000.1234 and dialog.result_rules.min_percent == -12.5
