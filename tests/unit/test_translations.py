"""Every fixed string of the plugin is in the Chinese translation, translated, with its placeholders."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "economic_layer_plugin" / "i18n" / "economic_layer_zh.ts"


def test_ts_is_up_to_date_and_tr_takes_literals_only():
    result = subprocess.run(
        [sys.executable, "scripts/update_translations.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def _messages():
    return [
        (m.findtext("source"), m.find("translation"))
        for m in ET.parse(TS).getroot().iter("message")
        if m.find("translation").get("type") != "obsolete"
    ]


def test_every_string_is_translated():
    unfinished = [source for source, translation in _messages() if translation.get("type") == "unfinished"]
    assert unfinished == []
    assert len(_messages()) >= 10


def test_placeholders_and_markup_survive_translation():
    for source, translation in _messages():
        text = translation.text or ""
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", text)), source
        assert sorted(re.findall(r"</?\w+", source)) == sorted(re.findall(r"</?\w+", text)), source


def test_translation_is_chinese():
    for source, translation in _messages():
        assert re.search(r"[\u4e00-\u9fff]", translation.text or ""), f"not Chinese: {source!r}"
