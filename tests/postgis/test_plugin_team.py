"""The plugin on a PostGIS scheme: the dock follows another session, the History tab, the conflict
dialog, the publish command and the Processing algorithm."""

from __future__ import annotations

import uuid

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import QDialog, QPushButton

from economic_layer_plugin.qgis_adapter import postgis
from tests.postgis.conftest import SAMPLE
from tests.postgis.test_team_editing import wait_for


def test_dock_and_history_tab_follow_another_sessions_commit(published, sql, plugin_factory):
    layer, schema, _ = published
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    plugin.dock.set_layer(layer)
    live = plugin.dock.live
    assert live.sync is not None and live.sync.resolver is not None  # the plugin asks on conflicts
    history = plugin.dock.history
    assert plugin.dock.tabs.indexOf(history) >= 0
    assert "read and edit" in history.access.text()
    before = live.model.indicators()["net_profit"]
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))

    def expression(text):
        return QgsExpression(text).evaluate(context)

    assert expression("el_project_indicator('net_profit')") == before
    context.setFeature(layer.getFeature(9))
    module_before = expression("el_module_indicator('net_profit')")
    cursor = sql.cursor()
    cursor.execute(
        f"UPDATE {schema}.final_plan SET el_other_income = coalesce(el_other_income, 0) + 3000000 "
        "WHERE fid = 9"
    )
    sql.commit()
    assert wait_for(lambda: live.model.indicators()["net_profit"] == before + 3_000_000)
    # the expressions (labels use them) follow: the project's net profit, + 3,000,000 yuan
    assert expression("el_project_indicator('net_profit')") == before + 3_000_000
    assert expression("el_module_indicator('net_profit')") == module_before + 3_000_000
    # the overview shows the new net profit (10,000 CNY): -239,189 + 300 (worked by hand)
    assert wait_for(
        lambda: (
            "-238,889"
            in " ".join(label.text() for label in plugin.dock.overview.findChildren(type(plugin.dock.header)))
        )
    )
    history.refresh()
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "postgres"
    assert "1-N-residential" in history.table.item(0, 2).text()  # fid 9 of the sample
    assert "Other income (yuan) ∅→3,000,000" in history.table.item(0, 3).text()
    assert history.table.item(0, 4).text() == "+300.0"
    # one module's history
    layer.selectByIds([9])
    history.scope.setCurrentIndex(1)
    assert history.table.rowCount() == 1
    layer.selectByIds([1])
    assert history.table.rowCount() == 0
    QgsProject.instance().removeMapLayer(layer.id())


def test_conflict_dialog_offers_theirs_mine_and_both(qgis_app):
    conflict = postgis.Conflict(5, "F005", 1, 2, "wang", fields={"el_floors": (7, 9)})
    for decision in (postgis.KEEP_THEIRS, postgis.KEEP_MINE, postgis.SHOW_BOTH):
        from economic_layer_plugin.gui.history_panel import ConflictDialog

        dialog = ConflictDialog([conflict])
        table = dialog.findChild(type(dialog).__mro__[0].__base__, None)  # noqa: F841 (just built)
        button = dialog.findChild(QPushButton, f"EconomicLayerConflict_{decision}")
        button.click()
        assert dialog.decision == decision
        code = QDialog.DialogCode
        assert dialog.result() == (code.Rejected if decision == postgis.SHOW_BOTH else code.Accepted)
        from qgis.PyQt.QtWidgets import QTableWidget

        cells = dialog.findChild(QTableWidget, "EconomicLayerConflictTable")
        assert [cells.item(0, c).text() for c in range(5)] == ["F005", "Floors", "7", "9", "wang"]


def test_processing_algorithm_publishes(pg_server, plugin_factory, qgis_processing):
    import processing

    plugin_factory()
    schema = "p_" + uuid.uuid4().hex[:8]
    result = processing.run(
        "economic_layer:publish_postgis",
        {
            "INPUT": f"{SAMPLE}|layername=initial_plan",
            "CONNECTION": pg_server["conninfo"],
            "SCHEMA": schema,
            "TABLE": "",
            "OVERWRITE": False,
        },
    )
    layer = QgsVectorLayer(result["LAYER"], "published", "postgres")
    assert (
        layer.isValid()
        and layer.featureCount()
        == QgsVectorLayer(f"{SAMPLE}|layername=initial_plan", "x", "ogr").featureCount()
    )
    assert postgis.is_published(layer)
