"""The command line's language: ``--language`` on every subcommand (or before it), else the locale's."""

from __future__ import annotations

import pytest

from economic_layer_plugin.cli import COMMANDS, common, parse, parser


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
    # POSIX: LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty one does not count
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "en"),
    ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, "zh"),
])
def test_the_default_language_is_the_locales(environ, expected):
    assert common.default_language(environ) == expected


def test_every_subcommand_takes_language():
    subparsers = next(action for action in parser()._actions if action.dest == "command")
    for command in COMMANDS:
        child = subparsers.choices[command.name]
        assert "--language" in child._option_string_actions, command.name
        assert child._option_string_actions["--language"].choices in (("zh", "en"), ["zh", "en"]), command.name


def test_language_given_after_before_or_by_the_locale(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert parse(["indicators", "x.gpkg"]).language == "zh"
    assert parse(["indicators", "x.gpkg", "--language", "en"]).language == "en"
    assert parse(["--language", "en", "check", "x.gpkg"]).language == "en"
    assert parse(["--language", "en", "check", "x.gpkg", "--language", "zh"]).language == "zh"  # the nearer wins
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert parse(["compare", "a.gpkg", "b.gpkg"]).language == "en"
    assert parse(["industrial", "a.gpkg"]).language == "en"
    # a document (the workbook, the report) stays Chinese unless asked otherwise, whatever the locale
    assert parse(["export", "a.gpkg", "-o", "t.xlsx"]).language == "zh"
    assert parse(["--language", "en", "export", "a.gpkg", "-o", "t.xlsx"]).language == "en"
    assert parse(["report", "a.gpkg", "-o", "t.pdf"]).language == "zh"


def test_terminal_columns_count_chinese_characters_twice():
    # 净利润 is three East Asian wide characters: six columns; "NPV" three
    assert common.display_width("净利润") == 6 and common.display_width("NPV") == 3
    assert common.display_width("净利润（万元）") == 14  # full-width brackets are wide too
    assert common.rjust("净利润", 8) == "  净利润" and common.ljust("净利润", 8) == "净利润  "


@pytest.mark.parametrize("entry", [("Sale price", "销售价格"), "Net profit"])
def test_a_label_tables_entry_in_either_form(entry):
    # a pair (as core's tables hold them today) or a literal marked N_ for the catalogue: both shown
    english = entry[0] if isinstance(entry, tuple) else entry
    assert common.label_of(entry, "en") == english
    assert common.label_of(entry, "zh") == ("销售价格" if isinstance(entry, tuple) else "净利润")


def test_chinese_typography_around_labels():
    assert common.note("%", "zh") == "（%）" and common.note("%", "en") == " (%)"
    assert common.colon("zh") == "：" and common.colon("en") == ": "
