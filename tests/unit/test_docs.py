"""The user documentation (docs/) keeps step with the code: every field of the schema and every indicator
key the engine produces is documented on some docs/*.md page, every page is listed in docs/index.md, the
README links to it, and the worked example of docs/model.md is what the engine computes."""

from __future__ import annotations

from pathlib import Path

import pytest

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.indicators import INDICATOR_KEYS
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.schema import FIELD_NAMES
from tests.unit.paper_case import paper_model

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def docs_text() -> str:
    return "\n".join(page.read_text(encoding="utf-8") for page in sorted(DOCS.glob("*.md")))


def documented(key: str, text: str) -> bool:
    """Written as code (`key`) on some page: a plain word such as "cost" would match any prose."""
    return f"`{key}`" in text


def engine_indicator_keys() -> set:
    """The keys the engine really produces, for the project, a unit and a module."""
    model = paper_model()
    keys = set(model.indicators()) | set(model.indicators("1"))
    fid = next(iter(model.modules))
    keys |= set(model.module_indicators(fid))
    return keys | set(INDICATOR_KEYS)


def test_every_schema_field_is_documented():
    text = docs_text()
    missing = [name for name in FIELD_NAMES if not documented(name, text)]
    assert not missing, f"fields of core/schema.py not documented in docs/*.md: {missing}"


def test_every_indicator_key_is_documented():
    text = docs_text()
    keys = engine_indicator_keys()
    assert {"cost", "npv", "irr", "new_area_by_use"} <= keys
    missing = sorted(key for key in keys if not documented(key, text))
    assert not missing, f"indicator keys not documented in docs/*.md: {missing}"


def test_the_scan_sees_a_missing_key():
    assert not documented("el_not_a_field", docs_text())


def test_every_docs_page_is_listed_in_the_index_and_the_readme_links_to_it():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = sorted(page.name for page in DOCS.glob("*.md") if page.name != "index.md")
    assert "model.md" in pages
    unlisted = [name for name in pages if f"]({name})" not in index]
    assert not unlisted, f"docs pages not listed in docs/index.md: {unlisted}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/index.md)" in readme




def test_the_worked_example_is_what_the_engine_computes():
    """docs/model.md, "A worked example" (worked by hand there): one added apartment block of 10,000 m2."""
    model = EconomicModel.compute(
        [ModuleInput(1, {"el_unit": "1", "el_action": "add", "el_use": "apartment", "el_gfa": 10000})], Assumptions())
    result = model.indicators()
    example = (DOCS / "model.md").read_text(encoding="utf-8").split("## A worked example", 1)[1].split("\n## ", 1)[0]
    assert "**cost** 56,000,000 + 40,000,000 + 7,785,000 = **103,785,000**" in example
    assert result["cost"] == 103_785_000
    assert "= **142,044,966.10**" in example and result["revenue"] == pytest.approx(142_044_966.10, abs=0.005)
    assert "**net profit 38,259,966.10**" in example
    assert result["net_profit"] == pytest.approx(38_259_966.10, abs=0.005)
    assert "= **96,000,000**" in example and result["peak_funding"] == pytest.approx(96_000_000, abs=0.005)
    assert "= **0.715**" in example and result["breakeven_price_factor"] == pytest.approx(0.715, abs=0.0005)
    assert "margin 26.9 %" in example and result["margin"] == pytest.approx(0.269, abs=0.0005)


def test_the_release_zip_the_readme_and_the_quick_start_name_is_metadatas_version():
    """The README's install section and the Chinese quick start state the zip of the version metadata.txt holds."""
    import configparser
    import re

    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    version = parser["general"]["version"]
    for page in (ROOT / "README.md", DOCS / "zh" / "quickstart.md"):
        stated = set(re.findall(r"economic_layer_plugin-(\d+(?:\.\d+)+)\.zip", page.read_text(encoding="utf-8")))
        assert stated == {version}, f"{page.name} names the zip of version(s) {stated}, metadata.txt says {version}"
