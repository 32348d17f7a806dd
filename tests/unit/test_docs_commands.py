"""Every subcommand of the command line is documented (issue #30): each name of the COMMANDS table
(economic_layer_plugin/cli/__init__.py) appears as code in README.md and in a page of docs/zh/, so that a
new subcommand cannot go undocumented in either language."""

from __future__ import annotations

import re
from pathlib import Path

from economic_layer_plugin.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]


def documented(name: str, text: str) -> bool:
    """``name`` written as code: `name` (a table's cell) or `...economic-layer name ...` (a command)."""
    return re.search(rf"`{re.escape(name)}`|economic-layer {re.escape(name)}(?![\w-])", text) is not None


def test_every_subcommand_is_in_the_readme_and_the_chinese_pages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    chinese = "\n".join(page.read_text(encoding="utf-8") for page in sorted((ROOT / "docs" / "zh").glob("*.md")))
    names = [command.name for command in COMMANDS]
    assert {"convert", "upgrade", "location-map"} <= set(names)
    missing = {"README.md": [name for name in names if not documented(name, readme)],
               "docs/zh": [name for name in names if not documented(name, chinese)]}
    assert missing == {"README.md": [], "docs/zh": []}, missing


def test_the_scan_sees_an_undocumented_subcommand():
    assert documented("location-map", "| `location-map` | 区位系数图层 |")
    assert documented("upgrade", 'scripts/economic-layer upgrade "PG:service=design"')
    assert not documented("location-map", "scripts/economic-layer location SOURCE")  # location, not location-map
    assert not documented("check", "check the policy limits")  # a word, not the subcommand
