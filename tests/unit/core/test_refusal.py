"""core/refusal.py: an error's message from the one catalogue, in the planner's language, the detail apart."""

from __future__ import annotations

from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.core.refusal import Refusal, Text, in_language


class RefusedError(Refusal, ValueError):
    pass


def test_a_catalogue_text_with_fields_in_both_languages():
    error = RefusedError(N_("{path}: no such file"), path="x.gpkg")
    assert str(error) == "x.gpkg: no such file"  # English unless a language is given
    assert error.in_language("zh") == "x.gpkg：文件不存在"  # the catalogue's entry, by hand
    assert error.in_language("en") == "x.gpkg: no such file"
    assert str(RefusedError(N_("{path}: no such file"), path="x.gpkg", language="zh")) == "x.gpkg：文件不存在"


def test_a_subject_goes_before_with_the_languages_colon_and_nested_texts_are_translated():
    error = RefusedError(Text(N_("not an economic layer (a polygon layer with the el_ fields); convert it first")),
                    subject="a.gpkg|layername=roads")
    assert error.in_language("en") == ("a.gpkg|layername=roads: not an economic layer (a polygon layer with the "
                                       "el_ fields); convert it first")
    assert error.in_language("zh") == "a.gpkg|layername=roads：不是经济图层（带 el_ 字段的面图层）；请先转换"
    kind = RefusedError(N_("{path}: holds no {kind} layer (a polygon layer with the {fields} fields)"), path="b.gpkg",
                   kind=Text(N_("industrial")), fields="el_ind_")
    assert kind.in_language("zh") == "b.gpkg：没有工业用地图层（带 el_ind_ 字段的面图层）"
    assert "holds no industrial layer" in kind.in_language("en")


def test_details_stay_on_the_error_and_go_to_the_log(caplog):
    error = RefusedError(N_("{path}: no such file"), path="c.gpkg", details="GDAL: open failed")
    assert error.details == "GDAL: open failed" and "GDAL" not in str(error)
    assert error.with_details("zh") == "c.gpkg：文件不存在 (GDAL: open failed)"
    assert "GDAL: open failed" in caplog.text


def test_a_plain_message_and_another_error_are_said_as_written():
    plain = RefusedError("something odd")
    assert str(plain) == "something odd" and plain.in_language("zh") == "something odd"
    assert in_language(OSError("disk full"), "zh") == "disk full"
