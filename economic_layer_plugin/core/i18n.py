"""The plugin's one catalogue of user-visible text, read by the code that runs without Qt.

Every fixed string a person reads is English in the code and Chinese in one catalogue,
``economic_layer_plugin/i18n/economic_layer_zh.ts`` (Qt Linguist's format). Qt code translates
with its own ``self.tr("English")`` (Qt's translator reads the compiled ``.qm``); ``core``, ``io``
and the command line, which must not import Qt, translate with this module from the same file::

    tr("Net profit", language)          # a literal: scripts/update_translations.py collects it
    LABELS = {"npv": N_("Net present value")}   # marks a literal held for later ...
    translate(LABELS["npv"], language)  # ... and translates it where it is shown

``language`` is ``"zh"`` or ``"en"`` (anything not Chinese is English). A text missing from the
catalogue is returned in English: the unit tier fails on any ``tr``/``N_`` literal without a
Chinese translation, so that never reaches a user. Pure Python (no XML parser: the file is
written by scripts/update_translations.py, whose form this reads).
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[1] / "i18n" / "economic_layer_zh.ts"

_MESSAGE = re.compile(
    r"<source>(?P<source>.*?)</source>\s*(?:<comment>.*?</comment>\s*)?"
    r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)",
    re.DOTALL,
)


def N_(text: str) -> str:
    """Marks a literal for the catalogue and returns it unchanged; translate it with :func:`translate`."""
    return text


@functools.cache
def catalogue(path: str = str(CATALOGUE)) -> dict[str, str]:
    """{English source: Chinese translation} of the finished messages of the catalogue."""
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError:
        return {}
    result = {}
    for match in _MESSAGE.finditer(content):
        if "unfinished" in match["attrs"] or "obsolete" in match["attrs"] or not match["text"]:
            continue
        result[html.unescape(match["source"])] = html.unescape(match["text"])
    return result


def is_chinese(language: str | None) -> bool:
    """True for ``zh``, ``zh_CN``, ``zh-Hans`` ...: the plugin's one translation."""
    return bool(language) and str(language).lower().startswith("zh")


def translate(text: str, language: str | None) -> str:
    """``text`` (a literal marked with :func:`N_` or :func:`tr`) in ``language``."""
    if not is_chinese(language):
        return text
    return catalogue().get(text, text)


def tr(text: str, language: str | None) -> str:
    """A literal in ``language``; write the English text in the call so that the catalogue finds it."""
    return translate(text, language)


def pair(text: str) -> tuple[str, str]:
    """(English, Chinese) of a marked literal, for code that shows both."""
    return text, translate(text, "zh")
