"""A scheme built from industrial plots says what the conversion found: a plot drawn twice (the same
footprint as an earlier plot) is named in the build's notes and keeps el_gfa 0, so its floor area is
not counted twice (build_scheme used to write the plot's floor area over the conversion's 0 and drop
the conversion's notes)."""

from __future__ import annotations

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter import industrial as adapter
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of
from tests.qgis.qgis_adapter.test_industrial import _county, add, rect


def test_a_plot_drawn_twice_is_named_and_not_counted_twice(tmp_path):
    layer = _county(tmp_path)  # plots 1-5: three base plots, K (4) in Cluster, S (5)
    layer.startEditing()
    add(layer, rect(505000, 3400000, 200, 100), park="Cluster", enterprise="K again", in_red_line=0, eia_passed=1,
        dominant_sector=1, high_tech=0, safety_passed=1, floor_area=20000.0, output=3000.0, tax=300.0)  # 6 = K
    assert layer.commitChanges()
    adapter.apply_levels(layer, adapter.suggest_levels(layer))
    assert layer.commitChanges()
    evaluation = adapter.evaluate_layer(layer)
    build = adapter.build_scheme(layer, evaluation, "category", tmp_path / "s.gpkg", "category")
    (note,) = [n for n in build.notes if "the same footprint" in n]
    assert note.startswith("feature 6 (K again): the same footprint as feature 4 (K)")
    gfa = {f["el_module_id"]: f["el_gfa"] for f in build.layer.getFeatures()}
    assert gfa["M4"] == 20000.0 and gfa["M6"] == 0.0
    model = EconomicModel.compute(ModuleReader(build.layer).modules(), assumptions_of(build.layer))
    # plots 1-4 counted, each 20,000 m2 (S, 5, is in a red line: demolished, also 20,000 m2): the
    # duplicate adds nothing
    assert sum(m.gfa for m in model.modules.values() if m.module_id in {"M1", "M2", "M3", "M4", "M6"}) == 80000.0
