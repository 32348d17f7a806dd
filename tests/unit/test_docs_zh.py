"""The Chinese user guide (docs/zh/) and the links of all docs keep step with the repository: every docs/zh page
is listed in docs/zh/index.md and the README links docs/zh/; every module id quoted in the docs as `<id>` in the
sample's id pattern exists in the sample GeoPackage (read with sqlite3: no QGIS); every relative link of README.md
and docs/**/*.md resolves to a file; no page cites a "spec section" (the spec does not ship)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
ZH = DOCS / "zh"
SAMPLE = ROOT / "economic_layer_plugin" / "sample" / "zhongshan_third_road.gpkg"
SCHEMES = ("initial_plan", "final_plan", "final_plan_feasibility")
#: the sample's module ids: unit digit, a letter code, then an optional part (1-N-apartment, 3-S1, 1-U1)
MODULE_ID = re.compile(r"`([1-9]-[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9_]+)?)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def pages() -> list:
    return [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]


def sample_module_ids() -> set:
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as db:
        return {row[0] for scheme in SCHEMES for row in db.execute(f'SELECT el_module_id FROM "{scheme}"')}


def quoted_module_ids(text: str) -> set:
    return set(MODULE_ID.findall(text))


def broken_links(page: Path, text: str) -> list:
    broken = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue  # a web address or an anchor of the page itself
        path = unquote(target.split("#", 1)[0])
        if path and not (page.parent / path).exists():
            broken.append(target)
    return broken


def test_every_zh_page_is_in_the_zh_index_and_the_readme_links_it():
    index = (ZH / "index.md").read_text(encoding="utf-8")
    names = sorted(page.name for page in ZH.glob("*.md") if page.name != "index.md")
    assert {"quickstart.md", "dock.md", "glossary.md"} <= set(names)
    unlisted = [name for name in names if f"]({name})" not in index]
    assert not unlisted, f"docs/zh pages not listed in docs/zh/index.md: {unlisted}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/zh/index.md)" in readme.split("\n## ", 1)[0], "README's top must point to docs/zh/index.md"


def test_every_module_id_quoted_in_the_docs_exists_in_the_sample():
    ids = sample_module_ids()
    assert {"1-N-apartment", "3-S1"} <= ids
    missing = {}
    for page in pages():
        unknown = sorted(quoted_module_ids(page.read_text(encoding="utf-8")) - ids)
        if unknown:
            missing[str(page.relative_to(ROOT))] = unknown
    assert not missing, f"module ids quoted in the docs but not in the sample: {missing}"


def test_the_id_scan_sees_an_id_that_is_not_in_the_sample():
    assert quoted_module_ids("module `1-N-apartment` and `9-F012`") == {"1-N-apartment", "9-F012"}
    assert "9-F012" not in sample_module_ids()


def test_every_relative_link_resolves():
    broken = {}
    for page in pages():
        bad = broken_links(page, page.read_text(encoding="utf-8"))
        if bad:
            broken[str(page.relative_to(ROOT))] = bad
    assert not broken, f"relative links that resolve to no file: {broken}"


def test_the_link_scan_sees_a_broken_link():
    assert broken_links(ZH / "index.md", "[x](no_such_page.md) [y](glossary.md) [z](https://example.org)") == [
        "no_such_page.md"]


def test_no_page_cites_the_spec():
    citing = [str(page.relative_to(ROOT)) for page in pages()
              if re.search(r"spec\s+section", page.read_text(encoding="utf-8"), re.IGNORECASE)]
    assert not citing, f"pages citing a 'spec section' (the spec does not ship): {citing}"


def test_the_glossary_uses_the_interface_words():
    """The dock tabs, actions and uses are named in the glossary as the interface names them."""
    from economic_layer_plugin.definitions import ACTION_LABELS, USE_LABELS

    glossary = (ZH / "glossary.md").read_text(encoding="utf-8")
    words = ["项目", "模块", "校核", "未计入", "参数", "比较", "安置", "优化与风险", "修改记录"]
    words += [label["zh"] for label in ACTION_LABELS.values()] + [label["zh"] for label in USE_LABELS.values()]
    missing = [word for word in words if f"| {word} |" not in glossary]
    assert not missing, f"interface words missing from docs/zh/glossary.md: {missing}"


def test_the_guides_screenshots_are_shown_and_small():
    """scripts/screenshots.py --docs makes docs/images/zh/*.png: each is shown on a page, under 150 KB."""
    images = sorted((DOCS / "images" / "zh").glob("*.png"))
    assert len(images) >= 10  # the window and the nine tabs
    text = "".join(page.read_text(encoding="utf-8") for page in ZH.glob("*.md"))
    unshown = [image.name for image in images if f"../images/zh/{image.name})" not in text]
    assert not unshown, f"screenshots no docs/zh page shows: {unshown}"
    large = {image.name: image.stat().st_size // 1024 for image in images if image.stat().st_size > 150 * 1024}
    assert not large, f"screenshots over 150 KB (run scripts/screenshots.py --docs with python3-pil): {large}"
