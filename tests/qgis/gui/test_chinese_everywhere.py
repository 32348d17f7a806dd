"""With QGIS in Chinese, every tab of the dock and every dialog of the plugin speaks Chinese (issue #27): the
sample opened, each tab shown in turn (final_plan, final_plan_location with its location rules, the
industrial sample), each dialog built (never shown: the QGIS tier fails a modal dialog), and every visible
text checked for English words outside the allowlist of tests/qgis/visible_text.py (codes, units, field
names, names from the data)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from .visible_text import offences


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


@pytest.fixture()
def chinese(plugin_factory):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "zh-Hans")
    try:
        plugin = plugin_factory()
        assert plugin.translator.loaded_file is not None
        yield plugin
        plugin.unload()
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")


def _names(project) -> set:
    """Names from the data: layers, schemes, units and module ids are shown as they are."""
    names = {layer.name() for layer in project.mapLayers().values()}
    for layer in project.mapLayers().values():
        fields = layer.fields().names() if hasattr(layer, "fields") else []
        names |= {name for name in fields if "_" in name} | {"fid"}  # a field chooser shows field names
        for field in ("el_module_id", "el_unit", "name", "el_ind_name", "el_ind_plot_id"):
            if field in fields:
                names |= {str(f[field]) for f in layer.getFeatures() if f[field] not in (None, "")}
    return names


def _open_sample(tmp_path, plugin):
    import shutil

    from economic_layer_plugin.definitions import PLUGIN_DIR

    for name in ("zhongshan_third_road.gpkg", "zhongshan_third_road.qgz"):
        shutil.copyfile(PLUGIN_DIR / "sample" / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "zhongshan_third_road.qgz"))
    return project


def _dock_offences(dock, names) -> list:
    found = []
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        _settle()
        found += [(dock.tabs.tabText(index), *offence) for offence in offences(dock, names)]
    return found


def _module(layer, module_id: str) -> int:
    return next(f.id() for f in layer.getFeatures() if f["el_module_id"] == module_id)


def test_every_tab_of_the_dock_speaks_chinese(chinese, tmp_path):
    from economic_layer_plugin.core.assumptions import Assumptions

    project = _open_sample(tmp_path, chinese)
    dock = chinese.dock
    dock.show()
    names = _names(project)
    found = []
    # every scheme of the sample; the module card on a new block priced by location and on a demolished one
    for scheme, module in (("initial_plan", "1-D1"), ("final_plan", "1-D1"), ("final_plan_feasibility", "1-D1"),
                           ("final_plan_location", "1-N-residential")):
        layer = project.mapLayersByName(scheme)[0]
        dock.set_layer(layer)
        layer.selectByIds([_module(layer, module)])
        _settle()
        found += [(scheme, *offence) for offence in _dock_offences(dock, names)]
    # the default-book banner (the scheme's stored book set to the default one)
    dock._apply_assumptions(Assumptions())
    assert not dock.default_book_bar.isHidden()
    found += [("banner", *offence) for offence in offences(dock, names)]
    # no layer; a layer that is not an economic layer
    for layer in (None, project.mapLayersByName("stations")[0]):
        dock.set_layer(layer)
        found += [("message", *offence) for offence in offences(dock, names)]
    project.clear()
    assert not found, "\n".join(map(repr, found))


def test_the_industrial_page_speaks_chinese(chinese, tmp_path):
    plots = chinese.layer_commands.open_industrial_sample(tmp_path)
    dock = chinese.dock
    dock.show()
    _settle()
    assert dock.stack.currentWidget() is dock.industrial
    names = _names(QgsProject.instance())
    found = []
    for index in range(dock.industrial.tabs.count()):
        dock.industrial.tabs.setCurrentIndex(index)
        _settle()
        found += offences(dock, names)
    if plots.isEditable():
        plots.rollBack()
    QgsProject.instance().clear()
    assert not found, "\n".join(map(repr, found))


def test_the_scheme_commands_ask_in_chinese(chinese, tmp_path, monkeypatch):
    # duplicate, rename and delete ask with Qt's static dialogs: their titles and texts, answered "cancel"
    from qgis.PyQt.QtWidgets import QInputDialog, QMessageBox

    from .visible_text import english_words

    project = _open_sample(tmp_path, chinese)
    names = _names(project)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _parent, title, label, **_kw: asked.extend([title, label])
                        or ("", False))
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *_args: asked.extend([title, text])
                        or QMessageBox.StandardButton.No)
    chinese.dock.set_layer(project.mapLayersByName("final_plan")[0])
    chinese.iface.setActiveLayer(project.mapLayersByName("final_plan")[0])
    chinese.scheme_commands.duplicate()
    chinese.scheme_commands.rename()
    chinese.scheme_commands.delete()
    project.clear()
    assert len(asked) >= 6
    assert not [(text, english_words(text, names)) for text in asked if english_words(text, names)]


def test_the_check_finds_english_and_lets_codes_units_and_names_pass(qgis_app):
    # the check itself: an English sentence is caught; codes, units, field names and data names are not
    from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

    from .visible_text import english_words

    assert english_words("Cost of the scheme (10,000 CNY)") == ["Cost", "of", "the", "scheme"]
    assert english_words("净现值 NPV、IRR 与 REITs；el_gfa 为 500 m2（final_plan 的 1-D1）", {"final_plan"}) == []
    assert english_words("A3 横向", {"3"}) == []  # a unit named 3 is not taken out of A3
    top = QWidget()
    layout = QVBoxLayout(top)
    layout.addWidget(QLabel("项目", top))
    layout.addWidget(QLabel("<b>Left out</b>", top))
    hidden = QLabel("Hidden page", top)
    layout.addWidget(hidden)
    hidden.hide()
    assert [words for _, _, words in offences(top)] == [["Left", "out"]]


def _dialogs(plugin, project) -> list:
    """Every dialog of the plugin, built as its command builds it (not shown)."""
    from economic_layer_plugin.core.industrial import LEVELS
    from economic_layer_plugin.core.schema import FIELDS_BY_NAME
    from economic_layer_plugin.gui.dialogs import ConvertDialog, NewLayerDialog
    from economic_layer_plugin.gui.export import ExportDialog
    from economic_layer_plugin.gui.history_panel import ConflictDialog, PublishDialog
    from economic_layer_plugin.gui.industrial_panel import LevelsDialog
    from economic_layer_plugin.gui.location_rules import LocationRulesDialog
    from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog
    from economic_layer_plugin.gui.report import ReportDialog
    from economic_layer_plugin.qgis_adapter import postgis

    uses = tuple(FIELDS_BY_NAME["el_use"].allowed)
    dock = plugin.dock
    layer = project.mapLayersByName("final_plan_location")[0]
    dock.set_layer(layer)
    live = dock.live
    footprints = project.mapLayersByName("stations")[0]
    conflict = postgis.Conflict(5, "1-D1", 1, 2, "wang", fields={"el_floors": (7, 9)})
    rules = live.model.assumptions.location
    # (dialog, codes it shows as a field may hold them, text from the data): the rules' uses are el_use codes, their
    # sources cite published papers; the levels are the el_ind_level codes; "wang" is who committed
    return [
        (NewLayerDialog(dock), (), ()),
        (ConvertDialog(footprints, dock), (), ()),
        (ExportDialog([layer], layer, dock), (), ()),
        (ReportDialog(layer, dock), (), ()),
        (OptimiseDialog(plugin.iface, layer, live.model, dock), ("true", "yes"), ()),  # a lock field's values
        (LocationRulesDialog(rules, dock), uses, [rule.source for rule in rules.rules]),
        (LevelsDialog(dock), LEVELS, ()),
        (ConflictDialog([conflict], dock), (), ("wang",)),
        (PublishDialog(layer.name(), dock), (), ()),
    ]


def test_every_dialog_speaks_chinese(chinese, tmp_path):
    project = _open_sample(tmp_path, chinese)
    names = _names(project)
    found = []
    for dialog, codes, data in _dialogs(chinese, project):
        dialog.show()  # not modal: shown to lay it out, closed at once
        _settle()
        found += [(type(dialog).__name__, *offence) for offence in offences(dialog, names | set(data), codes)]
        dialog.close()
        dialog.deleteLater()
    project.clear()
    assert not found, "\n".join(map(repr, found))
