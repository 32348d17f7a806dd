"""The optimiser's report joins the Chinese failing checks with the Chinese semicolon (gui/optimise_dialog.py)."""

from __future__ import annotations

from economic_layer_plugin.core.optimise.options import OptimiseResult
from economic_layer_plugin.gui import optimise_dialog


def _result():
    return OptimiseResult(status="optimal", objective="npv", objective_before=100.0, objective_after=120.0,
                          before_feasible=False,
                          before_violations=["a fails", "b fails"], before_violations_zh=["甲不满足", "乙不满足"],
                          violations=["c fails", "d fails"], violations_zh=["丙不满足", "丁不满足"])


def test_chinese_checks_are_joined_with_the_chinese_semicolon(monkeypatch, qgis_app):
    monkeypatch.setattr(optimise_dialog, "ui_language", lambda: "zh")
    text = optimise_dialog.report_html(_result(), None)
    assert "甲不满足；乙不满足" in text and "丙不满足；丁不满足" in text
    assert "; " not in text.replace("&nbsp;", "")


def test_english_checks_keep_the_semicolon_and_space(monkeypatch, qgis_app):
    monkeypatch.setattr(optimise_dialog, "ui_language", lambda: "en")
    text = optimise_dialog.report_html(_result(), None)
    assert "a fails; b fails" in text and "c fails; d fails" in text
