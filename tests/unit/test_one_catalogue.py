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


def test_the_constants_labels_come_from_the_catalogue_unchanged():
    """definitions.py builds its labels through core/i18n (the paper's 留改拆增; the uses of Table 1)."""
    from economic_layer_plugin.definitions import ACTION_LABELS, USE_LABELS

    assert {code: labels["zh"] for code, labels in ACTION_LABELS.items()} == {
        "retain": "保留", "renovate": "改造", "demolish": "拆除", "add": "新增"}
    assert ACTION_LABELS["add"]["en"] == "Add" and USE_LABELS["underground"] == {"en": "Underground", "zh": "地下空间"}
    assert [USE_LABELS[use]["zh"] for use in ("office", "commercial", "residential", "apartment", "public")] == [
        "办公", "商业", "住宅", "公寓", "公共服务"]


def test_the_missing_package_message_reads_as_before_in_chinese():
    from economic_layer_plugin.dependencies import PACKAGES, message

    scipy = [p for p in PACKAGES if p.module == "scipy"]
    assert message(scipy, "zh") == (
        "经济图层缺少 Python 包 scipy，以下功能不可用：scipy：方案优化（整数规划求解）。"
        "安装方法：Windows 在 OSGeo4W Shell 中运行 python -m pip install scipy；"
        "Linux 用系统包管理器安装（如 python3-scipy），然后重启 QGIS。")
    assert message(scipy, "en").startswith("Economic Layer is missing the Python package(s) scipy, so these are "
                                           "unavailable: scipy: the optimiser (mixed-integer solver). Install:")
