"""The dock's industrial page logs the values it could not use in the interface's language."""

from __future__ import annotations

import logging

from qgis.core import QgsGeometry, QgsProject

from economic_layer_plugin.gui import industrial_panel


def test_the_problems_are_logged_in_chinese(tmp_path, plugin_factory, monkeypatch, caplog):
    plugin = plugin_factory()
    plots = plugin.layer_commands.open_industrial_sample(tmp_path)
    try:
        fid = next(plots.getFeatures()).id()
        assert plots.dataProvider().changeGeometryValues({fid: QgsGeometry()})  # a plot without geometry
        monkeypatch.setattr(industrial_panel, "ui_language", lambda: "zh")
        with caplog.at_level(logging.INFO, logger=industrial_panel.LOGGER.name):
            plugin.dock.industrial.refresh()
        said = [r.getMessage() for r in caplog.records if r.name == industrial_panel.LOGGER.name]
        # the catalogue's Chinese of "feature {fid}: no land area ({why}); left out of every per-area figure"
        assert said and all(f"要素 {fid}：没有用地面积" in message for message in said), said
    finally:
        QgsProject.instance().clear()
