"""core.i18n reads the one catalogue (the .ts file) that Qt's tr() compiles: the same text, one translation."""

from economic_layer_plugin.core import i18n


def test_a_text_of_the_qt_interface_reads_the_same_in_core():
    # "(capped)" is a tr() string of gui/resettlement_panel.py; its Chinese is in the catalogue only
    assert i18n.tr("(capped)", "zh") == "（已封顶）"
    assert i18n.tr("(capped)", "en") == "(capped)"
    assert i18n.tr("(capped)", "zh_CN") == "（已封顶）"
    assert i18n.translate(i18n.N_("(capped)"), "zh") == "（已封顶）"
    assert i18n.pair("(capped)") == ("(capped)", "（已封顶）")


def test_unknown_text_stays_english_and_unfinished_entries_are_not_used(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        "<TS><context><name>EconomicLayer</name>"
        "<message><source>A &amp; B</source><translation>甲和乙</translation></message>"
        '<message><source>Todo</source><translation type="unfinished" /></message>'
        '<message><source>Old</source><translation type="obsolete">旧</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.catalogue(str(ts)) == {"A & B": "甲和乙"}
    assert i18n.tr("no such text in the catalogue", "zh") == "no such text in the catalogue"


def test_every_marked_literal_is_in_the_catalogue():
    # The catalogue has as many finished messages as the .ts holds messages that are not obsolete
    import xml.etree.ElementTree as ET

    root = ET.parse(i18n.CATALOGUE).getroot()
    expected = {
        m.findtext("source"): m.find("translation").text
        for m in root.iter("message")
        if m.find("translation").get("type") not in ("obsolete", "unfinished")
    }
    assert i18n.catalogue() == expected
