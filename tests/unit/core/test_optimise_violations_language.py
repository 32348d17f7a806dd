"""The optimiser's failing checks in Chinese are written as Chinese is (#27): the scope in full-width
brackets, no English separator; the English keeps its own."""

from __future__ import annotations

from economic_layer_plugin.core.assumptions import PolicyThresholds
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.optimise import OptimiseOptions
from economic_layer_plugin.core.optimise.evaluate import violations


def _demolished(book):
    # two standing office blocks of 1,000 m2, both demolished: 2,000 / 2,000 = 100 % > 49 %
    items = [ModuleInput(fid, {"el_module_id": code, "el_unit": "1", "el_action": "demolish", "el_use": "office",
                               "el_gfa": 1000}, 500.0) for fid, code in ((1, "A"), (2, "B"))]
    book.thresholds = PolicyThresholds(max_demolition_share=0.49, max_rebuild_ratio=100)
    return EconomicModel.compute(items, book)


def test_a_failing_check_names_its_scope_in_each_languages_brackets(book):
    model = _demolished(book)
    options = OptimiseOptions(enforce=("demolition_share",), explain=False)
    # the project and its unit 1 both fail (100 % > 49 %)
    assert violations(model, options, None, "en") == ["Demolished / existing floor area (project)",
                                                      "Demolished / existing floor area (unit 1)"]
    assert violations(model, options, None, "zh") == ["拆除建筑面积占现状总建筑面积比例（项目）",
                                                      "拆除建筑面积占现状总建筑面积比例（单元 1）"]


def test_the_command_line_lists_them_with_the_languages_semicolon():
    from economic_layer_plugin.cli.optimise import _some

    assert _some(["拆除比例（项目）", "拆除比例（单元 1）"], lang="zh") == "拆除比例（项目）；拆除比例（单元 1）"
    assert _some(["a (project)", "b (unit 1)"], lang="en") == "a (project); b (unit 1)"
