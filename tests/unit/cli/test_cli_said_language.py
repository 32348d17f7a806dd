"""What a command says on the terminal (its errors) follows --language when given, else the locale, also
where the command's document keeps a default of its own (export, report, convert, upgrade, publish: zh)."""

from __future__ import annotations

import pytest

from economic_layer_plugin import cli
from economic_layer_plugin.cli import common


@pytest.fixture
def english_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.mark.parametrize("argv", [["export", "a.gpkg", "-o", "a.xlsx"], ["convert", "a.gpkg", "-o", "b.gpkg"],
                                  ["upgrade", "a.gpkg"], ["publish", "a.gpkg", "--postgres", "x", "--schema", "s"]])
def test_a_documents_default_is_not_the_terminals(english_locale, argv):
    args = cli.parse(argv)
    assert args.language == "zh"  # the document (workbook, aliases) is Chinese by default, as before
    assert common.said_language(args) == "en"  # the locale's, for what is said
    assert common.said_language(cli.parse([*argv, "--language", "zh"])) == "zh"
    assert common.said_language(cli.parse(["--language", "zh", *argv])) == "zh"


def test_a_command_without_a_document_says_it_in_its_language(english_locale):
    args = cli.parse(["indicators", "a.gpkg"])
    assert args.language == "en" and common.said_language(args) == "en"
    assert common.said_language(cli.parse(["indicators", "a.gpkg", "--language", "zh"])) == "zh"
