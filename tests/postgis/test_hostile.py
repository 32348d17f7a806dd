"""What comes from outside a published scheme (issue 25): hostile values refused by the database,
forged notifications from a role without rights, key updates, the history function called by others,
reserved and system names, publishing all or nothing."""

from __future__ import annotations

import json
import uuid

import psycopg2
import pytest
from qgis.core import QgsVectorLayer

from economic_layer_plugin.qgis_adapter import postgis
from tests.postgis.conftest import SAMPLE
from tests.postgis.test_team_editing import fresh, session, wait_for


def _role(cursor, name: str) -> None:
    cursor.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
                   f"CREATE ROLE {name} LOGIN; END IF; END $$")


def _as(conninfo: str, role: str):
    connection = psycopg2.connect(conninfo.replace("user=postgres", f"user={role}"))
    connection.autocommit = True
    return connection


@pytest.mark.parametrize("field, value", [
    ("el_gfa", "1e308"), ("el_gfa", "'NaN'"), ("el_gfa", "'Infinity'"), ("el_gfa", "-1"),
    ("el_other_income", "1e308"), ("el_other_cost", "'Infinity'"), ("el_floors", "100000"),
    ("el_sale_price", "'NaN'"), ("el_rent", "'-Infinity'"),
])
def test_the_database_refuses_values_outside_the_schemas_ranges(published, sql, field, value):
    _, schema, _ = published
    cursor = sql.cursor()
    with pytest.raises(psycopg2.errors.CheckViolation, match=f"{field}_values"):
        cursor.execute(f"UPDATE {schema}.final_plan SET {field} = {value} WHERE fid = 4")
    sql.rollback()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_gfa = 1e7 WHERE fid = 4")  # the bound itself is fine
    sql.rollback()


def test_forged_notifications_from_a_role_without_rights_change_nothing(published, sql, pg_server):
    layer, schema, conninfo = published
    cursor = sql.cursor()
    _role(cursor, "mallory")
    sql.commit()
    live = session(layer)
    before = live.model.indicators()
    applied, reloads = [], []
    live.sync.applied.connect(lambda ids, who: applied.append((ids, who)))
    live.reload = lambda real=live.reload: (reloads.append(1), real())[1]
    mallory = _as(conninfo, "mallory")
    key = f"{schema}.final_plan"
    for payload in (
        {"el": key, "ids": ["a"], "who": "boss"},  # ended every watcher (int('a'))
        {"el": key, "ids": [3, 7], "who": "boss"},  # well-formed: shown as boss's change
        {"el": key, "ids": None, "who": "boss"},  # made every session reload
        {"el": key, "ids": [1e308, -1, True, 2 ** 40], "who": "boss"},
        {"el": key, "ids": "3", "who": "boss"},
    ):
        mallory.cursor().execute("SELECT pg_notify('qgis', %s)", (json.dumps(payload),))
    mallory.cursor().execute("SELECT pg_notify('qgis', 'not json at all')")
    wait_for(lambda: False, 1.0)
    assert applied == [] and reloads == []  # nothing forged applied, shown or reloaded
    assert live.model.indicators() == before
    # a real change after the forgeries: applied, with the author from the history
    cursor.execute(f"UPDATE {schema}.final_plan SET el_other_income = coalesce(el_other_income, 0) + 1000000 "
                   "WHERE fid = 5")
    sql.commit()
    assert wait_for(lambda: applied)
    assert applied == [([5], "postgres")]
    assert live.model.indicators()["net_profit"] - before["net_profit"] == 1_000_000  # + 1,000,000 yuan
    assert live.model.indicators() == fresh(layer)
    live.sync.disconnect_layer()
    mallory.close()


def test_the_key_cannot_be_updated(published, sql):
    _, schema, _ = published
    cursor = sql.cursor()
    with pytest.raises(psycopg2.Error, match="the key fid of a module cannot be changed"):
        cursor.execute(f"UPDATE {schema}.final_plan SET fid = 9999 WHERE fid = 2")
    sql.rollback()
    cursor.execute(f"SELECT count(*) FROM {schema}.final_plan WHERE fid = 2")
    assert cursor.fetchone()[0] == 1


def test_the_history_function_cannot_be_used_by_another_role(published, sql, pg_server):
    _, schema, conninfo = published
    cursor = sql.cursor()
    _role(cursor, "forger")
    cursor.execute(f"GRANT USAGE ON SCHEMA {schema} TO forger")
    cursor.execute("DROP SCHEMA IF EXISTS forger_own CASCADE")
    cursor.execute("CREATE SCHEMA forger_own AUTHORIZATION forger")
    cursor.execute("SELECT proacl FROM pg_proc WHERE proname = 'el_record_changes' AND pronamespace = %s::regnamespace",
                   (schema,))
    acl = str(cursor.fetchone()[0]).strip("{}").split(",")
    assert not [entry for entry in acl if entry.startswith("=")], acl  # PUBLIC ("=X/owner") may not execute it
    sql.commit()
    forger = _as(conninfo, "forger")
    own = forger.cursor()
    own.execute("CREATE TABLE forger_own.final_plan (fid int, el_module_id text, geom geometry, el_version int)")
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        own.execute("CREATE TRIGGER forge AFTER INSERT ON forger_own.final_plan REFERENCING NEW TABLE AS el_new "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION {schema}.el_record_changes()")
    forger.close()
    # even with EXECUTE (the owner's mistake), a table that is not a published scheme is refused
    cursor.execute(f"CREATE TABLE {schema}.not_a_scheme (fid int, el_module_id text, geom geometry)")
    cursor.execute(f"CREATE TRIGGER forge AFTER INSERT ON {schema}.not_a_scheme REFERENCING NEW TABLE AS el_new "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {schema}.el_record_changes()")
    with pytest.raises(psycopg2.Error, match="is not a scheme published"):
        cursor.execute(f"INSERT INTO {schema}.not_a_scheme VALUES (7, '1-D7', 'POINT(0 0)')")
    sql.rollback()
    cursor.execute(f"SELECT count(*) FROM {schema}.el_history")
    assert cursor.fetchone()[0] == 0


@pytest.mark.parametrize("schema_name, table, words", [
    ("team", "el_history", "the history"), ("team", "el_assumptions", "the history"),
    ("information_schema", "plan", "system schema"), ("pg_temp", "plan", "system schema"),
    ("nl\n", "plan", "use letters"), ("team", "plan\n", "use letters"),
    ("team", "t" * 56, "at most 55"),
])
def test_publish_refuses_reserved_system_and_overlong_names(pg_server, qgis_app, sql, schema_name, table, words):
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    with pytest.raises(postgis.PostgisError, match=words):
        postgis.publish(source, pg_server["conninfo"], schema_name, table, overwrite=True)
    cursor = sql.cursor()
    cursor.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema IN (%s, 'team') "
                   "AND table_name = %s", (schema_name, table))
    assert cursor.fetchone()[0] == 0  # nothing written


def test_mixed_case_and_a_55_character_name_publish_whole_with_a_spatial_index(pg_server, qgis_app, sql):
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    for schema_name, table in (("Mixed_" + uuid.uuid4().hex[:6], "Plan"), ("t_" + uuid.uuid4().hex[:8], "p" * 55)):
        layer = postgis.publish(source, pg_server["conninfo"], schema_name, table)
        assert layer.isValid() and layer.featureCount() == 46
        cursor = sql.cursor()
        cursor.execute("SELECT count(*) FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal",
                       (f'"{schema_name}"."{table}"',))
        assert cursor.fetchone()[0] == 4
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND tablename = %s "
                       "AND indexdef ILIKE '%%gist%%'", (schema_name, table))
        assert cursor.fetchone()[0] == 1
        sql.rollback()


def test_publish_failing_half_way_leaves_nothing(pg_server, qgis_app, sql, monkeypatch):
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    schema_name = "t_" + uuid.uuid4().hex[:8]
    real = postgis.constraints_sql
    monkeypatch.setattr(postgis, "constraints_sql", lambda *a, **k: [*real(*a, **k), postgis.SQL("SELECT 1/0")])
    with pytest.raises(postgis.PostgisError):
        postgis.publish(source, pg_server["conninfo"], schema_name, "plan")
    cursor = sql.cursor()
    cursor.execute("SELECT to_regclass(%s)", (f"{schema_name}.plan",))
    assert cursor.fetchone()[0] is None
    sql.rollback()
    monkeypatch.setattr(postgis, "constraints_sql", real)
    layer = postgis.publish(source, pg_server["conninfo"], schema_name, "plan")  # a retry works
    assert layer.featureCount() == 46


def test_overwrite_keeps_the_replaced_history_apart(published, sql, pg_server):
    layer, schema, conninfo = published
    cursor = sql.cursor()
    cursor.execute(f"UPDATE {schema}.final_plan SET el_floors = 3 WHERE fid = 1")
    sql.commit()
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    again = postgis.publish(source, conninfo, schema, "final_plan", overwrite=True)
    assert postgis.history_rows(again) == []
    cursor.execute(f"SELECT scheme, count(*) FROM {schema}.el_history GROUP BY scheme")
    assert cursor.fetchall() == [("final_plan (replaced)", 1)]


def test_two_chinese_layer_names_get_two_table_names():
    first, second = postgis._table_name("最终方案"), postgis._table_name("初始方案")
    assert first != second and first.startswith("scheme_") and len(first) == len("scheme_") + 8
    assert postgis._table_name("final plan") == "final_plan"  # an ASCII name as before


def _restart(pg_server) -> None:
    import os
    import subprocess

    command = ["/usr/lib/postgresql/15/bin/pg_ctl", "-D", f"{pg_server['DIR']}/data", "-m", "fast", "-w", "restart",
               "-l", f"{pg_server['DIR']}/server.log"]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    else:
        command = ["sudo", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def test_a_live_session_and_watch_follow_again_after_a_server_restart(published, pg_server):
    import signal

    stop = signal.SIGTERM
    import subprocess
    import sys

    from tests.postgis.conftest import ROOT, qgis_env

    layer, schema, conninfo = published
    live = session(layer)
    states, applied = [], []
    live.sync.connected.connect(states.append)
    live.sync.applied.connect(lambda ids, who: applied.append((ids, who)))
    before = live.model.indicators()
    watcher = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "economic-layer"), "watch",
         f"PG:{conninfo} schema={schema} table=final_plan", "--json-lines"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=qgis_env())
    try:
        assert json.loads(watcher.stdout.readline())["event"] == "start"
        _restart(pg_server)
        assert wait_for(lambda: False in states, 15)
        assert json.loads(watcher.stdout.readline())["event"] == "disconnected"
        assert wait_for(lambda: True in states, 30)
        assert json.loads(watcher.stdout.readline())["event"] == "reconnected"
        # a change right after the restart: both follow it (+ 1,000,000 yuan of other income)
        other = psycopg2.connect(conninfo)
        other.cursor().execute(f"UPDATE {schema}.final_plan SET el_other_income = "
                               "coalesce(el_other_income, 0) + 1000000 WHERE fid = 9")
        other.commit()
        other.close()
        assert wait_for(lambda: any(ids and 9 in ids for ids, _ in applied), 15)
        assert live.model.indicators()["net_profit"] - before["net_profit"] == 1_000_000
        line = json.loads(watcher.stdout.readline())
        while line["event"] != "change" or 9 not in (line["changed"] or []):
            line = json.loads(watcher.stdout.readline())
        assert line["project"]["net_profit"] == before["net_profit"] + 1_000_000
    finally:
        watcher.send_signal(stop)
        try:
            code = watcher.wait(20)
        finally:
            watcher.kill()
        live.sync.disconnect_layer()
    assert code == 0, watcher.stderr.read()
