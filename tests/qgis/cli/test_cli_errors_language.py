"""The command line's errors in the user's language (#27): a source that cannot be used is said in Chinese
under a Chinese locale or with --language zh, in English otherwise (qgis_adapter/sources.py, cli/common.py)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from economic_layer_plugin.definitions import PLUGIN_DIR

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / "scripts" / "economic-layer"
SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"
INDUSTRIAL = PLUGIN_DIR / "sample" / "industrial_swellendam.gpkg"


def run(*args, lang="C.UTF-8", cwd=None):
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = lang
    return subprocess.run(["/usr/bin/python3", str(CLI), *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env, cwd=cwd)


def test_no_such_file_in_chinese_under_a_chinese_locale(tmp_path):
    result = run("indicators", "nothing.gpkg", lang="zh_CN.UTF-8", cwd=tmp_path)
    assert result.returncode == 2
    assert "economic-layer: nothing.gpkg：文件不存在" in result.stderr


def test_no_such_file_in_english_under_another_locale_or_with_language_en(tmp_path):
    assert "nothing.gpkg: no such file" in run("indicators", "nothing.gpkg", cwd=tmp_path).stderr
    english = run("indicators", "nothing.gpkg", "--language", "en", lang="zh_CN.UTF-8", cwd=tmp_path)
    assert "nothing.gpkg: no such file" in english.stderr and "文件不存在" not in english.stderr


def test_a_folder_an_unknown_option_and_a_layer_that_is_not_economic_in_chinese(tmp_path):
    (tmp_path / "scheme.gpkg").write_bytes(b"")
    folder = run("indicators", tmp_path, "--language", "zh")
    assert f"{tmp_path}：是文件夹；请指定其中的 GeoPackage 文件（其中有 scheme.gpkg）" in folder.stderr
    option = run("check", f"{SAMPLE}|color=red", "--language", "zh")
    assert "未知选项 'color=red'" in option.stderr
    plots = f"{INDUSTRIAL}|layername=industrial_plots"
    industrial = run("indicators", plots, "--language", "zh")
    assert industrial.returncode == 2 and f"{plots}：不是经济图层（带 el_ 字段的面图层）；请先转换" in industrial.stderr
    several = run("indicators", INDUSTRIAL, "--language", "zh")
    assert f"{INDUSTRIAL}：有多个经济图层（scheme_category, " in several.stderr


def _publish(monkeypatch, capsys, *options):
    """``publish`` run in this process, PostGIS's writer standing in (it only says what it wrote)."""
    from economic_layer_plugin import cli
    from economic_layer_plugin.cli import common
    from economic_layer_plugin.cli import publish as command
    from economic_layer_plugin.qgis_adapter import postgis

    written = {}

    class Published:
        def name(self):
            return "final_plan"

        def featureCount(self):
            return 12

    def publish(layer, connection, schema, table, language, **kwargs):
        written["language"] = language
        return Published()

    monkeypatch.setattr(common, "start_qgis", lambda: None)
    monkeypatch.setattr(postgis, "publish", publish)
    args = cli.parse(["publish", f"{SAMPLE}|layername=final_plan", "--postgres", "service=x", "--schema", "s",
                      *options])
    assert command.run(args) == 0
    return written["language"], capsys.readouterr().out


def test_publish_says_what_it_published_in_the_documents_language(monkeypatch, capsys):
    language, out = _publish(monkeypatch, capsys)
    assert language == "zh" and out == "已将 final_plan 发布为 s.final_plan（12 个模块）\n"  # Chinese by default
    language, out = _publish(monkeypatch, capsys, "--language", "en")
    assert language == "en" and out == "published final_plan as s.final_plan (12 modules)\n"


def test_location_map_refuses_and_reports_in_chinese(tmp_path):
    import shutil

    source = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE, source)
    refused = run("location-map", f"{source}|layername=final_plan", "-o", tmp_path / "out.gpkg", lang="zh_CN.UTF-8")
    assert refused.returncode == 2
    assert "final_plan：没有区位规则（请随方案保存规则，或用 --rules 指定）" in refused.stderr
    done = run("location-map", f"{source}|layername=final_plan_location", "-o", tmp_path / "out.gpkg",
               "--language", "zh")
    # 46 modules, 15,949 (10,000 CNY): docs/sample.md's table (as tests/qgis/test_location_map_cli.py)
    assert "：46 个模块，" in done.stdout and "区位带来收入 15,949（万元）" in done.stdout
