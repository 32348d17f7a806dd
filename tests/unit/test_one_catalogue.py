"""One translation system: the .ts catalogue (core/i18n.py) holds every fixed Chinese text of the
code without Qt; no Python literal outside a few files holds Chinese."""

import importlib.util
import re
from pathlib import Path

from economic_layer_plugin.core.i18n import catalogue, translate

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "economic_layer_plugin"
CHINESE = re.compile(r"[\u3400-\u9fff]")


def _collect():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.collect()


def test_every_catalogue_literal_of_core_and_io_has_a_chinese_translation():
    messages, errors = _collect()
    assert errors == []
    ours = {text for text, files in messages.items()
            if any(f.startswith(("economic_layer_plugin/core/", "economic_layer_plugin/io/")) for f in files)}
    assert len(ours) > 100
    missing = sorted(text for text in ours if not CHINESE.search(catalogue().get(text, "")))
    assert missing == []


def test_the_default_note_of_the_book_is_chinese_in_a_chinese_workbook():
    from economic_layer_plugin.core.assumptions import Assumptions
    from economic_layer_plugin.io.xlsx import DEFAULT_NOTE

    assert Assumptions().note == DEFAULT_NOTE
    assert translate(DEFAULT_NOTE, "zh").startswith("默认价格成本表")
    assert translate("A note a planner wrote", "zh") == "A note a planner wrote"
