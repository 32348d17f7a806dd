"""SQL composed from known pieces (qgis_adapter/sql.py): pure Python, no QGIS."""

import pytest

from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal


def test_identifiers_are_quoted_and_qualified():
    # PostgreSQL's rule, by hand: double quotes around, an inner double quote doubled
    assert str(Identifier("Team", 'we"ird')) == '"Team"."we""ird"'
    assert str(Identifier("规划")) == '"规划"'


def test_literals_are_quoted_text_or_numbers():
    assert str(Literal("it's")) == "'it''s'"
    assert str(Literal(None)) == "NULL"
    assert str(Literal(12)) == "12"
    assert str(Literal(0.5)) == "0.5"
    assert str(Literal(True)) == "TRUE"
    with pytest.raises(ValueError):
        str(Literal(float("nan")))
    with pytest.raises(ValueError):
        str(Literal(float("inf")))


def test_a_statement_is_filled_only_with_pieces():
    statement = SQL("DELETE FROM {} WHERE scheme = {}").format(Identifier("s", "el_history"), Literal("x'; DROP"))
    assert str(statement) == "DELETE FROM \"s\".\"el_history\" WHERE scheme = 'x''; DROP'"
    with pytest.raises(TypeError):
        SQL("SELECT {}").format("raw text")  # a plain string is never pasted in
    with pytest.raises(TypeError):
        SQL(b"SELECT 1")


def test_named_placeholders_join_and_add():
    where = SQL("scheme = {}").format(Literal("a")) + SQL(" AND fid = {}").format(Literal(3))
    ids = SQL(", ").join(Literal(i) for i in (1, 2))
    text = SQL("SELECT {key} FROM {t} WHERE {where} AND fid IN ({ids})").format(
        key=SQL("fid"), t=Identifier("t"), where=where, ids=ids)
    assert str(text) == "SELECT fid FROM \"t\" WHERE scheme = 'a' AND fid = 3 AND fid IN (1, 2)"
