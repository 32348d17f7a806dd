"""core/industrial.py: the values a reader could not use are said in the planner's language (#27)."""

from __future__ import annotations

from economic_layer_plugin.core.industrial import evaluate, read_plot


def _evaluation():
    # feature 7: three unreadable values and a land area of 0 (not a usable plot)
    return evaluate([read_plot(7, {"el_ind_output": "lots", "el_ind_high_tech": "maybe", "el_ind_level": "huge"},
                               0.0)])


def test_problems_in_english_by_default():
    problems = _evaluation().problems()
    assert problems[1] == "feature 7: el_ind_output = 'lots' is not a number of at least 0; taken as not known"
    assert problems[3] == "feature 7: no land area (land area is zero); left out of every per-area figure"


def test_problems_in_chinese():
    problems = _evaluation().problems("zh")
    assert problems[0] == "要素 7：el_ind_level = 'huge' 不是 base, community, block 之一，按未知处理"
    assert problems[2] == "要素 7：el_ind_high_tech = 'maybe' 不是“是”（1）或“否”（0），按未知处理"
    assert problems[3] == "要素 7：没有用地面积（用地面积为 0），不计入各项地均指标"
    assert _evaluation().to_dict("zh")["problems"] == problems
