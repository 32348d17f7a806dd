"""``economic-layer convert --floor-cap``: a whole number from 0 (no cap) to the schema's most floors
(core/schema.py MAX_FLOORS, 200); anything else is refused by the parser, before QGIS starts (a cap
of -1 wrote -1 floors for every feature with a height)."""

from __future__ import annotations

import argparse

import pytest

from economic_layer_plugin.cli import convert


def _parse(*arguments):
    parser = argparse.ArgumentParser(prog="economic-layer convert")
    convert.add_arguments(parser)
    return parser.parse_args(["in.gpkg", "-o", "out.gpkg", *arguments])


@pytest.mark.parametrize("text, cap", [("0", 0), ("100", 100), ("200", 200)])
def test_a_cap_from_0_to_200_is_taken(text, cap):
    assert _parse("--floor-cap", text).floor_cap == cap


def test_no_cap_given_leaves_the_default_to_the_conversion():
    assert _parse().floor_cap is None


@pytest.mark.parametrize("text", ["-1", "201", "2.5", "many"])
def test_a_cap_outside_0_to_200_is_refused_by_the_parser(text, capsys):
    with pytest.raises(SystemExit) as stop:
        _parse("--floor-cap", text)
    assert stop.value.code == 2
    assert f"--floor-cap: {text!r}: give a whole number from 0 (no cap) to 200" in capsys.readouterr().err
