"""The dock's industrial page on the shipped sample: categories, indicators, thresholds and commands."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.qgis_adapter import industrial as adapter
from economic_layer_plugin.qgis_adapter import schemes


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


@pytest.fixture()
def sample(tmp_path, plugin_factory):
    plugin = plugin_factory()
    plots = plugin.layer_commands.open_industrial_sample(tmp_path)
    yield plugin, plots
    if plots.isEditable():
        plots.rollBack()
    QgsProject.instance().clear()


def test_the_page_shows_the_evaluation(sample):
    plugin, plots = sample
    panel = plugin.dock.industrial
    assert plugin.dock.stack.currentWidget() is panel
    evaluation = adapter.evaluate_layer(plots)
    assert panel.plots.rowCount() == len(evaluation.plots) == 83
    shown = [panel.plots.item(row, 3).text() for row in range(panel.plots.rowCount())]
    assert shown == [ind.category_label(r.classification.category, "en") for r in evaluation.plots]
    # district, three levels, seven parks (six and the scattered "—")
    assert panel.groups.rowCount() == 1 + 3 + 7
    assert panel.groups.item(0, 4).text() == f"{evaluation.district.values['output_per_mu']:,.1f}"
    assert len(panel.category_bars.items) == len(ind.CATEGORIES)


def test_thresholds_edit_reclassifies_and_is_stored(sample):
    plugin, plots = sample
    panel = plugin.dock.industrial
    before = panel.evaluation.district.categories.get("efficiency", 0)
    panel.spins[("base", "output_per_mu")].setValue(10_000.0)
    assert panel.apply_thresholds()
    assert panel.evaluation.district.categories["efficiency"] > before
    assert adapter.assumptions_of(plots).thresholds["base"].output_per_mu == 10_000.0
    panel.spins[("block", "tax_per_mu")].setValue(1e6)  # above the communities: refused, nothing changes
    assert not panel.apply_thresholds()
    assert adapter.assumptions_of(plots).thresholds["block"].tax_per_mu == 1.0


def test_commands_write_undoably_and_build_schemes(sample, tmp_path):
    plugin, plots = sample
    panel = plugin.dock.industrial
    assert panel.write_categories() == 2 * 83
    assert plots.isEditable() and plots.undoStack().count() == 1
    plots.rollBack()
    layers = panel.build_schemes(tmp_path / "built.gpkg")
    assert len(layers) == 4 and all(schemes.group_of(layer) is not None for layer in layers)
    plugin.dock.set_layer(layers[1])
    settle()
    assert plugin.dock.stack.currentIndex() == 1  # a scheme: the economic pages


def test_levels_dialog_offers_polygon_layers_and_fields(sample):
    from economic_layer_plugin.gui.industrial_panel import LevelsDialog

    plugin, plots = sample
    parks = QgsProject.instance().mapLayersByName("parks")[0]
    dialog = LevelsDialog(plugin.dock.industrial)
    assert dialog.values()[0] is None  # empty: by park size
    dialog.parks.setLayer(parks)
    dialog.name_field.setField("name")
    dialog.level_field.setField("level")
    assert dialog.values() == (parks, "name", "level", False)
    # the sample's parks give every plot in a park its stated level; levels already set are kept
    assert plugin.dock.industrial.suggest_levels(parks, "name", "level", overwrite=False) == 0
    assert not plots.isEditable()  # nothing to change: no edit session started
    suggestions = adapter.suggest_levels(plots, parks, "name", "level")
    stated = {s.fid: s.level for s in suggestions}
    assert all(stated[p.fid] == p.level for p in adapter.read_plots(plots))
    dialog.deleteLater()


def test_written_categories_follow_every_edit_in_the_session(sample):
    # once written, the map's categories stay true without "Write categories" again (issue: they did not)
    plugin, plots = sample
    panel = plugin.dock.industrial
    assert panel.write_categories() == 2 * 83
    commands = plots.undoStack().count()
    before = panel.evaluation.district.categories.get("efficiency", 0)
    panel.spins[("base", "output_per_mu")].setValue(10_000.0)  # many base plots fall below: "efficiency"
    assert panel.apply_thresholds()
    assert panel.evaluation.district.categories["efficiency"] > before
    shown = {f.id(): f["el_ind_category"] for f in plots.getFeatures()}
    assert shown == {r.plot.fid: r.classification.category for r in panel.evaluation.plots}
    assert plots.undoStack().count() == commands + 1  # one undoable command, in the planner's session
    plots.undoStack().undo()
    assert sum(1 for f in plots.getFeatures() if f["el_ind_category"] == "efficiency") == before
