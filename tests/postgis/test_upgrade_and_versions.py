"""Issue 25: a scheme published by an older version upgraded in place (columns, CHECKs, triggers, the
history function), and the option that refuses a plain SQL writer's UPDATE without el_version."""

from __future__ import annotations

import subprocess
import sys
import uuid

import psycopg2
import pytest
from qgis.core import QgsVectorLayer

from economic_layer_plugin.qgis_adapter import postgis
from economic_layer_plugin.qgis_adapter.upgrade import upgrade_layer
from tests.postgis.conftest import ROOT, SAMPLE, qgis_env
from tests.postgis.test_team_editing import session, wait_for


def _rows(cursor, schema: str, columns: str = "*") -> list:
    cursor.execute(f"SELECT {columns} FROM {schema}.final_plan ORDER BY fid")
    return cursor.fetchall()


def _older(sql, schema: str) -> None:
    """What a scheme published before el_households existed looks like: no column, no CHECK of the
    floors (as if added later), and a history function that runs with the writer's rights."""
    cursor = sql.cursor()
    cursor.execute(f"ALTER TABLE {schema}.final_plan DROP COLUMN el_households CASCADE")
    cursor.execute(f"ALTER TABLE {schema}.final_plan DROP CONSTRAINT el_floors_values")
    cursor.execute(f"ALTER FUNCTION {schema}.el_record_changes() SECURITY INVOKER")
    sql.commit()


def test_a_scheme_published_by_an_older_version_is_upgraded_in_place(published, sql):
    layer, schema, _ = published
    _older(sql, schema)
    cursor = sql.cursor()
    cursor.execute(f"SELECT column_name FROM information_schema.columns WHERE table_schema = '{schema}' "
                   "AND table_name = 'final_plan' ORDER BY ordinal_position")
    columns = ", ".join(f'"{row[0]}"' for row in cursor.fetchall() if row[0] != "geom") + ", ST_AsBinary(geom)"
    before = _rows(cursor, schema, columns)
    sql.commit()
    older = QgsVectorLayer(layer.source(), "older", "postgres")
    assert older.fields().indexOf("el_households") < 0
    result = upgrade_layer(older)
    assert result.added == ["el_households"] and result.backup is None
    assert older.fields().indexOf("el_households") >= 0  # the layer reads the new column
    # every value kept, the versions too (adding a column is not an edit)
    assert _rows(cursor, schema, columns) == before and len(before) == 46
    cursor.execute(f"SELECT count(*) FROM {schema}.final_plan WHERE el_households IS NOT NULL")
    assert cursor.fetchone()[0] == 0
    sql.commit()
    # this version's CHECKs: the new column's and the one the older table lacked
    for update, name in (("el_households = -1", "el_households_values"), ("el_floors = 999", "el_floors_values")):
        with pytest.raises(psycopg2.Error, match=name):
            cursor.execute(f"UPDATE {schema}.final_plan SET {update} WHERE fid = 1")
        sql.rollback()
    # the history function of this version (SECURITY DEFINER), and the history still written
    cursor.execute(f"SELECT prosecdef FROM pg_proc WHERE oid = '{schema}.el_record_changes'::regproc")
    assert cursor.fetchone()[0] is True
    cursor.execute(f"UPDATE {schema}.final_plan SET el_households = 12 WHERE fid = 1")
    sql.commit()
    rows = postgis.history_rows(older, fid=1)
    assert rows[0]["new"]["el_households"] == 12 and rows[0]["old"]["el_households"] is None
    # upgrading again changes nothing
    assert upgrade_layer(older).added == []


def test_a_failed_upgrade_leaves_the_older_table_as_it_was(published, sql, monkeypatch):
    layer, schema, _ = published
    _older(sql, schema)
    from economic_layer_plugin.qgis_adapter import postgis_sql

    real = postgis_sql.constraints_sql
    monkeypatch.setattr(postgis_sql, "constraints_sql", lambda *a, **k: [*real(*a, **k), postgis.SQL("SELECT 1/0")])
    from economic_layer_plugin.qgis_adapter.upgrade import UpgradeError

    with pytest.raises(UpgradeError, match="nothing changed"):
        upgrade_layer(QgsVectorLayer(layer.source(), "older", "postgres"))
    cursor = sql.cursor()
    cursor.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = %s "
                   "AND column_name = 'el_households'", (schema,))
    assert cursor.fetchone()[0] == 0


def test_the_command_line_names_the_missing_column_then_upgrades(published, sql, pg_server):
    layer, schema, conninfo = published
    _older(sql, schema)
    script = str(ROOT / "scripts" / "economic-layer")
    source = f"PG:{conninfo} schema={schema} table=final_plan"
    refused = subprocess.run([sys.executable, script, "indicators", source, "--json"], env=qgis_env(),
                             capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2
    assert "lacks el_households" in refused.stderr and "economic-layer upgrade" in refused.stderr
    done = subprocess.run([sys.executable, script, "upgrade", source, "--language", "zh"], env=qgis_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "已添加 el_households" in done.stdout  # in Chinese, from the one catalogue
    again = subprocess.run([sys.executable, script, "indicators", source, "--json"], env=qgis_env(),
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr


def _versioned_scheme(pg_server, qgis_app):
    schema = "v_" + uuid.uuid4().hex[:8]
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    return postgis.publish(source, pg_server["conninfo"], schema, language="en", require_version=True), schema


def test_without_the_option_two_plain_writers_overwrite_each_other_unseen(published, sql, pg_server):
    # what the option is for: writer B read version 1 too, writes without el_version, A's 9 is gone
    layer, schema, conninfo = published
    other = psycopg2.connect(conninfo)
    a, b = sql.cursor(), other.cursor()
    a.execute(f"UPDATE {schema}.final_plan SET el_floors = 9 WHERE fid = 5")
    sql.commit()
    b.execute(f"UPDATE {schema}.final_plan SET el_floors = 11 WHERE fid = 5")
    other.commit()
    a.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    assert a.fetchone() == (11, 3)
    other.close()


def test_the_option_refuses_a_plain_writer_without_el_version(pg_server, qgis_app, sql):
    layer, schema = _versioned_scheme(pg_server, qgis_app)
    cursor = sql.cursor()
    with pytest.raises(psycopg2.Error, match="refuses a write without el_version"):
        cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 9 WHERE fid = 5")
    sql.rollback()
    # the version read with the row: taken, and raised by one
    cursor.execute(f"SELECT el_version FROM {schema}.final_plan WHERE fid = 5")
    (read,) = cursor.fetchone()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 9, el_version = %s WHERE fid = 5", (read,))
    sql.commit()
    cursor.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone() == (9, read + 1)
    # a second writer who read the same version is refused: no lost update
    with pytest.raises(psycopg2.Error, match="economic layer conflict"):
        cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 11, el_version = %s WHERE fid = 5", (read,))
    sql.rollback()
    with pytest.raises(psycopg2.Error, match="is not a version"):
        cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 11, el_version = NULL WHERE fid = 5")
    sql.rollback()
    # inserts and deletes carry no version: taken as before
    cursor.execute(f"DELETE FROM {schema}.final_plan WHERE fid = 46")
    sql.commit()
    # turned off for the published scheme, and on again (kept by an upgrade)
    postgis.set_require_version(layer, False)
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 12 WHERE fid = 5")
    sql.commit()
    postgis.set_require_version(layer, True)
    upgrade_layer(QgsVectorLayer(layer.source(), "again", "postgres"))
    with pytest.raises(psycopg2.Error, match="refuses a write without el_version"):
        cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 13 WHERE fid = 5")
    sql.rollback()


def test_the_plugin_saves_attribute_and_geometry_edits_under_the_option(pg_server, qgis_app, sql):
    layer, schema = _versioned_scheme(pg_server, qgis_app)
    live = session(layer)
    floors = layer.fields().indexOf("el_floors")
    layer.startEditing()
    layer.changeAttributeValue(5, floors, 7)
    moved = layer.getFeature(6).geometry()
    moved.translate(1.0, 0.0)
    layer.changeGeometry(6, moved)
    assert layer.commitChanges(), layer.commitErrors()
    cursor = sql.cursor()
    cursor.execute(f"SELECT fid, el_floors, el_version FROM {schema}.final_plan WHERE fid IN (5, 6) ORDER BY fid")
    rows = cursor.fetchall()
    assert rows[0][1:] == (7, 2) and rows[1][2] == 2
    sql.commit()
    assert wait_for(lambda: live.model.inputs[5].attributes["el_floors"] == 7)
    live.sync.disconnect_layer()


def test_the_command_line_publishes_with_the_option_and_turns_it_off(pg_server, sql):
    script = str(ROOT / "scripts" / "economic-layer")
    schema = "c_" + uuid.uuid4().hex[:8]
    published = subprocess.run(
        [sys.executable, script, "publish", f"{SAMPLE}|layername=final_plan", "--postgres", pg_server["conninfo"],
         "--schema", schema, "--require-version"], env=qgis_env(), capture_output=True, text=True, timeout=300)
    assert published.returncode == 0, published.stderr
    cursor = sql.cursor()
    with pytest.raises(psycopg2.Error, match="refuses a write without el_version"):
        cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 9 WHERE fid = 5")
    sql.rollback()
    source = f"PG:{pg_server['conninfo']} schema={schema} table=final_plan"
    turned = subprocess.run([sys.executable, script, "upgrade", source, "--allow-unversioned", "--language", "en"],
                            env=qgis_env(), capture_output=True, text=True, timeout=300)
    assert turned.returncode == 0, turned.stderr
    assert "no field missing" in turned.stdout and "an UPDATE without el_version is taken" in turned.stdout
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 9 WHERE fid = 5")
    sql.commit()


def test_the_option_takes_only_the_version_read(pg_server, qgis_app, sql):
    # a stale writer read version 1 (the sample's rows start at 1), someone else saved since (2):
    # whatever number the stale writer sends other than the module's version now is refused
    layer, schema = _versioned_scheme(pg_server, qgis_app)
    cursor = sql.cursor()
    cursor.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    floors, read = cursor.fetchone()
    assert read == 1
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = %s, el_version = %s WHERE fid = 5", (floors + 1, read))
    sql.commit()
    for sent in (read + 1 + 1, 999):  # the stale writer's read + 1 is the version now + 1; any large number
        with pytest.raises(psycopg2.Error, match="is not the version of the module"):
            cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 40, el_version = %s WHERE fid = 5", (sent,))
        sql.rollback()
    with pytest.raises(psycopg2.Error, match="economic layer conflict"):  # the stale version itself
        cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 40, el_version = %s WHERE fid = 5", (read,))
    sql.rollback()
    cursor.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone() == (floors + 1, 2)  # nothing of the stale writer's got in
    # el_version = el_version sends the version the row has now, the same value as a writer who has
    # just read it: the database cannot tell the two apart and takes it (a limit of any version check)
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 41, el_version = el_version WHERE fid = 5")
    sql.commit()
    cursor.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone() == (41, 3)


def test_by_default_a_version_sent_is_checked_and_an_update_without_one_is_taken(published, sql):
    # docs/postgis.md: without the option an UPDATE without el_version is taken and raises the
    # version; one that sends el_version must send the version read, as with the option
    layer, schema, _conninfo = published
    cursor = sql.cursor()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 9 WHERE fid = 5")
    sql.commit()
    for sent in (1, 3, 999):  # read before that change (1), above the version now (2)
        with pytest.raises(psycopg2.Error, match="economic layer conflict|is not the version of the module"):
            cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 40, el_version = %s WHERE fid = 5", (sent,))
        sql.rollback()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 10, el_version = 2 WHERE fid = 5")
    sql.commit()
    cursor.execute(f"SELECT el_floors, el_version FROM {schema}.final_plan WHERE fid = 5")
    assert cursor.fetchone() == (10, 3)
