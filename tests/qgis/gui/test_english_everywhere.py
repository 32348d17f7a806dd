"""With QGIS in English, the dock and the dialogs show no Chinese but names from the data (issue #27: "English
when in English"): unit and module names, layer names, the rules' feature names and the sample's notes."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsSettings

from .test_chinese_everywhere import _dialogs, _names, _open_sample, _settle
from .visible_text import visible_texts

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
#: Chinese an English interface shows on purpose: a language's own name in a choice of languages, the values a
#: lock field may hold (是, 锁定), the title of the expropriation regulation as cited
SHOWN = ("中文", "是", "锁定", "国有土地上房屋征收与补偿")


@pytest.fixture()
def english(plugin_factory):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    try:
        plugin = plugin_factory()
        yield plugin
        plugin.unload()
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")


def _data_text(project) -> set:
    """Chinese that comes from the data: names, unit names, rule names, the stored book's notes."""
    texts = set(_names(project))
    for layer in project.mapLayers().values():
        for field in ("el_name", "el_note"):
            if hasattr(layer, "fields") and field in layer.fields().names():
                texts |= {str(f[field]) for f in layer.getFeatures() if f[field] not in (None, "")}
    from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    for layer in project.mapLayers().values():
        if not is_economic_layer(layer):
            continue
        book = assumptions_of(layer)
        texts |= {rule.label for rule in book.location.rules} | {lump.label for lump in book.lump_sums}
    return {text for text in texts if CJK.search(text)} | set(SHOWN)


def _chinese(top, data) -> list:
    found = []
    for where, text in visible_texts(top):
        rest = text
        for name in sorted(data, key=len, reverse=True):
            rest = rest.replace(name, " ")
        if CJK.search(rest):
            found.append((where, text[:160]))
    return found


def test_every_tab_and_dialog_speaks_english(english, tmp_path):
    project = _open_sample(tmp_path, english)
    dock = english.dock
    dock.show()
    data = _data_text(project)
    found = []
    for scheme in ("final_plan", "final_plan_location"):
        layer = project.mapLayersByName(scheme)[0]
        dock.set_layer(layer)
        layer.selectByIds([next(layer.getFeatures()).id()])
        for index in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(index)
            _settle()
            found += [(scheme, dock.tabs.tabText(index), *item) for item in _chinese(dock, data)]
    for dialog, _codes, extra in _dialogs(english, project):
        dialog.show()
        _settle()
        found += [(type(dialog).__name__, *item) for item in _chinese(dialog, data | set(extra))]
        dialog.close()
        dialog.deleteLater()
    project.clear()
    assert not found, "\n".join(map(repr, sorted(set(found))))
