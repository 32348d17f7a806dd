"""Economic layers in PostGIS: publish a scheme, keep it live across sessions, guard and record edits.

A published scheme is a table ``SCHEMA.TABLE`` (primary key ``fid``, geometry ``geom``, the el_ fields,
any other attribute of the source and ``el_version``) with, beside it in the same schema:

- ``el_assumptions``: the assumptions of each scheme (scheme name, JSON, when, who);
- ``el_history``: every committed change (who, when, transaction, operation, feature, old and new
  row as JSON, the geometry as hex WKB), written by a trigger: the database keeps the record;
- triggers on the scheme's table: ``el_version`` counts the versions of each module (a row
  trigger raises it on every real change and refuses an update that carries an older version than
  the row's: someone else changed the module since it was read); a statement trigger records the
  history and sends ``NOTIFY qgis`` with the changed feature ids as JSON
  (``{"el": "schema.table", "op": "UPDATE", "who": "...", "ids": [...]}``; ``ids`` is null when
  they would not fit into a notification: reload). PostgreSQL delivers it when the transaction
  commits, to QGIS's own listener (``QgsVectorDataProvider.setListening``; channel ``qgis``).

The form and style are saved in ``layer_styles`` as the layer's default style (QGIS's own table).
Passwords are never written into a layer source by this module: use a service file or an
authentication configuration (``authcfg``) of QGIS.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Callable

from qgis.core import (
    QgsDataSourceUri,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)
from qgis.PyQt.QtCore import QObject, QThread, QTimer, QVariant, pyqtSignal

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.postgis_db import (  # noqa: F401 (postgis.X names them too)
    ASSUMPTIONS_TABLE,
    CHANNEL,
    CONFLICT_MARK,
    GEOMETRY,
    HISTORY_TABLE,
    HOLD_BACK,
    KEY,
    MAX_IDS,
    MAX_TABLE,
    VERSION,
    Database,
    PostgisError,
    check_name,
    connection_uri,
    is_published,
    layer_table,
    published_tables,
    save_assumptions,
    save_layer_assumptions,
    table_uri,
    without_password,
)
from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

LOGGER = logging.getLogger(__name__)

# the database side -----------------------------------------------------------------------------
def _range_check(spec: schema.FieldSpec) -> SQL | None:
    column = Identifier(spec.name)
    parts = []
    if spec.allowed:
        parts.append(SQL("{} IN ({})").format(column, SQL(", ").join(Literal(v) for v in spec.allowed)))
    if spec.minimum is not None:
        parts.append(SQL("{} >= {}").format(column, Literal(spec.minimum)))
    if spec.maximum is not None:
        parts.append(SQL("{} <= {}").format(column, Literal(spec.maximum)))
    if not parts:
        return None
    return SQL("{} IS NULL OR ({})").format(column, SQL(" AND ").join(parts))


def constraints_sql(schema_name: str, table: str, columns=None) -> list:
    """CHECK constraints of the schema's rules: allowed values, ranges, required fields, lease + sale
    ratio. NOT VALID: every new or changed row is checked; rows already there are kept as they are
    (the panel lists them as left out, nothing is lost). ``columns``: the table's columns (a scheme
    made before an optional field existed, e.g. el_acquisition_rate, lacks it); None: all fields."""
    target = Identifier(schema_name, table)
    statements = []
    for spec in schema.FIELDS:
        if columns is not None and spec.name not in columns:
            continue
        check = _range_check(spec)
        if check:
            statements.append(
                SQL("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({}) NOT VALID").format(
                    target, Identifier(spec.name + "_values"), check)
            )
        if spec.required:
            statements.append(
                SQL("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({} IS NOT NULL) NOT VALID").format(
                    target, Identifier(spec.name + "_required"), Identifier(spec.name))
            )
    statements.append(
        SQL('ALTER TABLE {} ADD CONSTRAINT "el_sale_lease_sum" CHECK '
            "(coalesce(el_sale_ratio, 0) + coalesce(el_lease_ratio, 0) <= 1) NOT VALID").format(target)
    )
    return statements


#: The code's own names and numbers, as pieces of SQL for the templates below.
_NAMES = {
    "KEY": SQL(KEY), "VERSION": SQL(VERSION), "GEOMETRY": SQL(GEOMETRY), "HISTORY_TABLE": SQL(HISTORY_TABLE),
    "ASSUMPTIONS_TABLE": SQL(ASSUMPTIONS_TABLE), "CHANNEL": SQL(CHANNEL), "CONFLICT_MARK": SQL(CONFLICT_MARK),
    "HOLD_BACK": SQL(str(HOLD_BACK)), "MAX_IDS": SQL(str(MAX_IDS)),
}


def schema_sql(schema_name: str, postgis_schema: str = "public") -> SQL:
    """The history and assumptions tables and the trigger functions of a schema (idempotent).

    The history function runs with its owner's rights (SECURITY DEFINER: editors cannot write the
    history themselves), so: its search_path is fixed (pg_catalog, PostGIS's schema, pg_temp last),
    nobody but the owner may call it directly (EXECUTE revoked from PUBLIC; a trigger's function is
    checked when the trigger is created, not when it fires), and it refuses to record a table that is
    not a published scheme of this schema. The version guard refuses a change of the key."""
    return SQL(_SCHEMA_TEMPLATE).format(
        s=Identifier(schema_name), s_text=Literal(schema_name), postgis=Identifier(postgis_schema), **_NAMES)


def postgis_schema(database: Database) -> str:
    """The schema of the PostGIS extension (public unless installed elsewhere)."""
    rows = database.execute(SQL("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'postgis'"))
    name = rows[0][0] if rows and rows[0] and isinstance(rows[0][0], str) else "public"
    return name.strip('"')


_SCHEMA_TEMPLATE = """
CREATE TABLE IF NOT EXISTS {s}.{ASSUMPTIONS_TABLE} (
    scheme text PRIMARY KEY,
    assumptions text NOT NULL,
    updated timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE TABLE IF NOT EXISTS {s}.{HISTORY_TABLE} (
    id bigserial PRIMARY KEY,
    scheme text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    who text NOT NULL DEFAULT session_user,
    txid bigint NOT NULL DEFAULT txid_current(),
    op text NOT NULL,
    fid bigint NOT NULL,
    module_id text,
    old jsonb,
    new jsonb
);
CREATE INDEX IF NOT EXISTS el_history_scheme_fid ON {s}.{HISTORY_TABLE} (scheme, fid);
CREATE INDEX IF NOT EXISTS el_history_scheme_tx ON {s}.{HISTORY_TABLE} (scheme, txid);

-- a row as JSON, its geometry as hex WKB (JSON of a geometry would be EWKB)
CREATE OR REPLACE FUNCTION {s}.el_row_json(r jsonb, g geometry) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT (r - '{GEOMETRY}') || jsonb_build_object('{GEOMETRY}', encode(ST_AsBinary(g), 'hex'))
$$;

-- versions: a real change raises el_version; an update carrying an older version is refused
CREATE OR REPLACE FUNCTION {s}.el_version_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_who text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.{VERSION} := 1;
        RETURN NEW;
    END IF;
    IF NEW.{KEY} IS DISTINCT FROM OLD.{KEY} THEN  -- the history and every live session follow modules by it
        RAISE EXCEPTION USING
            ERRCODE = 'integrity_constraint_violation',
            MESSAGE = format('economic layer: the key {KEY} of a module cannot be changed (feature %s of %s, '
                             'module %s); delete the module and insert a new one instead',
                             OLD.{KEY}, TG_TABLE_NAME, OLD.el_module_id);
    END IF;
    IF NEW.{VERSION} = {HOLD_BACK} THEN  -- sent by the plugin to hold a whole save back
        RAISE EXCEPTION USING
            ERRCODE = 'serialization_failure',
            MESSAGE = '{CONFLICT_MARK}: the save was held back: a module you deleted was changed by someone else '
                      'since you started editing (undo the deletion, or save again and keep yours)';
    END IF;
    IF NEW.{VERSION} IS NOT NULL AND NEW.{VERSION} < OLD.{VERSION} THEN
        EXECUTE format('SELECT who FROM %I.{HISTORY_TABLE} WHERE scheme = $1 AND fid = $2 ORDER BY id DESC LIMIT 1',
                       TG_TABLE_SCHEMA) INTO last_who USING TG_TABLE_NAME, OLD.{KEY};
        RAISE EXCEPTION USING
            ERRCODE = 'serialization_failure',
            MESSAGE = format('{CONFLICT_MARK}: module %s (feature %s) of %s was changed by %s since you read it '
                             '(your version %s, now %s)', OLD.el_module_id, OLD.{KEY}, TG_TABLE_NAME,
                             coalesce(last_who, 'someone'), NEW.{VERSION}, OLD.{VERSION});
    END IF;
    NEW.{VERSION} := OLD.{VERSION};
    IF NEW IS NOT DISTINCT FROM OLD THEN
        RETURN NULL;  -- nothing changes: no new version, no history
    END IF;
    NEW.{VERSION} := OLD.{VERSION} + 1;
    RETURN NEW;
END
$$;

-- history and notification, once per statement (transition tables), delivered at commit
CREATE OR REPLACE FUNCTION {s}.el_record_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {postgis}, pg_temp AS $$
DECLARE
    ids bigint[];
    payload text;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'STATEMENT' OR TG_TABLE_SCHEMA <> {s_text}
            OR TG_TABLE_NAME IN ('{HISTORY_TABLE}', '{ASSUMPTIONS_TABLE}')
            OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                           WHERE t.tgrelid = TG_RELID AND t.tgname = 'el_version' AND NOT t.tgisinternal)
            OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                           WHERE a.attrelid = TG_RELID AND a.attname = '{VERSION}' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'insufficient_privilege',
            MESSAGE = format('economic layer: %I.%I is not a scheme published in %I: its changes are not recorded',
                             TG_TABLE_SCHEMA, TG_TABLE_NAME, {s_text});
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {s}.{HISTORY_TABLE} (scheme, op, fid, module_id, new)
        SELECT TG_TABLE_NAME, 'insert', n.{KEY}, n.el_module_id, {s}.el_row_json(to_jsonb(n), n.{GEOMETRY})
        FROM el_new n;
        SELECT array_agg({KEY} ORDER BY {KEY}) INTO ids FROM el_new;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO {s}.{HISTORY_TABLE} (scheme, op, fid, module_id, old, new)
        SELECT TG_TABLE_NAME, 'update', n.{KEY}, n.el_module_id, {s}.el_row_json(to_jsonb(o), o.{GEOMETRY}),
               {s}.el_row_json(to_jsonb(n), n.{GEOMETRY})
        FROM el_old o JOIN el_new n USING ({KEY});
        SELECT array_agg({KEY} ORDER BY {KEY}) INTO ids FROM el_new;
    ELSE
        INSERT INTO {s}.{HISTORY_TABLE} (scheme, op, fid, module_id, old)
        SELECT TG_TABLE_NAME, 'delete', o.{KEY}, o.el_module_id, {s}.el_row_json(to_jsonb(o), o.{GEOMETRY})
        FROM el_old o;
        SELECT array_agg({KEY} ORDER BY {KEY}) INTO ids FROM el_old;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    payload := json_build_object('el', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'op', TG_OP,
                                 'who', session_user,
                                 'ids', CASE WHEN cardinality(ids) <= {MAX_IDS} THEN to_json(ids) END)::text;
    PERFORM pg_notify('{CHANNEL}', payload);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION {s}.el_record_changes() FROM PUBLIC;
REVOKE ALL ON FUNCTION {s}.el_version_guard() FROM PUBLIC;
REVOKE ALL ON FUNCTION {s}.el_row_json(jsonb, geometry) FROM PUBLIC;
"""


def table_sql(schema_name: str, table: str) -> SQL:
    """Version column, feature ids for new rows and the triggers of one scheme table (idempotent)."""
    names = dict(
        _NAMES,
        s=Identifier(schema_name),
        target=Identifier(schema_name, table),
        sequence=Identifier(schema_name, f"{table}_fid_seq"),
        # setval and nextval take the sequence's name as text: the quoted name, so that mixed case holds
        sequence_text=Literal(Identifier(schema_name, f"{table}_fid_seq").as_string()),
    )
    statements = [
        # an integer key: QGIS takes its values as feature ids (a bigint key gets ids of QGIS's own,
        # assigned as features are read, which the notified ids would not match)
        "ALTER TABLE {target} ALTER COLUMN {KEY} TYPE integer",
        "ALTER TABLE {target} ADD COLUMN IF NOT EXISTS {VERSION} bigint NOT NULL DEFAULT 1",
        "CREATE SEQUENCE IF NOT EXISTS {sequence} OWNED BY {target}.{KEY}",
        "SELECT setval({sequence_text}, coalesce((SELECT max({KEY}) FROM {target}), 0) + 1, false)",
        "ALTER TABLE {target} ALTER COLUMN {KEY} SET DEFAULT nextval({sequence_text})",
        "DROP TRIGGER IF EXISTS el_version ON {target}",
        "CREATE TRIGGER el_version BEFORE INSERT OR UPDATE ON {target} "
        "FOR EACH ROW EXECUTE FUNCTION {s}.el_version_guard()",
    ]
    composed = [SQL(statement).format(**names) for statement in statements]
    for op, tables in (
        ("INSERT", "NEW TABLE AS el_new"),
        ("UPDATE", "OLD TABLE AS el_old NEW TABLE AS el_new"),
        ("DELETE", "OLD TABLE AS el_old"),
    ):
        record = dict(names, trigger=Identifier("el_record_" + op.lower()), op=SQL(op), tables=SQL(tables))
        composed += [
            SQL("DROP TRIGGER IF EXISTS {trigger} ON {target}").format(**record),
            SQL("CREATE TRIGGER {trigger} AFTER {op} ON {target} REFERENCING {tables} "
                "FOR EACH STATEMENT EXECUTE FUNCTION {s}.el_record_changes()").format(**record),
        ]
    return SQL(";\n").join(composed) + SQL(";")


def grant_sql(schema_name: str, table: str, role: str, edit: bool) -> SQL:
    """Rights of a role: reading (the panel and the history) or editing too."""
    names = dict(_NAMES, s=Identifier(schema_name), t=Identifier(schema_name, table), r=Identifier(role),
                 sequence=Identifier(schema_name, table + "_fid_seq"))
    text = (
        "GRANT USAGE ON SCHEMA {s} TO {r}; GRANT SELECT ON {t}, {s}.{HISTORY_TABLE}, "
        "{s}.{ASSUMPTIONS_TABLE} TO {r}; GRANT SELECT ON public.layer_styles TO {r};"
    )
    if edit:
        text += (
            " GRANT INSERT, UPDATE, DELETE ON {t} TO {r};"
            " GRANT USAGE ON SEQUENCE {sequence} TO {r};"
        )
    return SQL(text).format(**names)


# publishing ------------------------------------------------------------------------------------
def publish(
    source: QgsVectorLayer,
    postgres: str,
    schema_name: str,
    table: str | None = None,
    language: str = "en",
    assumptions: Assumptions | None = None,
    overwrite: bool = False,
    feedback=None,
    readers=(),
    editors=(),
    for_project: bool = False,
) -> QgsVectorLayer:
    """Writes the economic layer ``source`` as ``schema.table`` of a PostGIS database, with its
    constraints, triggers, history, form, style and assumptions; returns the PostGIS layer (not
    added to the project). A source that is not an economic layer yet is converted first
    (``convert_layer`` into a temporary GeoPackage; its attributes are kept). ``readers`` and
    ``editors``: database roles given the rights to read (panel, history) or to edit too.
    ``for_project``: the returned layer's source has no password (QGIS asks for it, or use a
    service file or an authentication configuration), as it goes into a project file."""
    from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

    check_name("schema", schema_name)
    table = check_name("table", table or _table_name(source.name()))
    if not isinstance(source, QgsVectorLayer) or not source.isValid():
        raise PostgisError(f"{table}: the source layer is not a valid vector layer")
    base = connection_uri(postgres)
    database = Database(base)
    if not is_economic_layer(source):
        source = _converted(source, language, assumptions)
    if assumptions is None:
        assumptions = assumptions_of(source)
    exists = database.execute(
        SQL("SELECT to_regclass({}) IS NOT NULL").format(Literal(Identifier(schema_name, table).as_string()))
    )
    replacing = bool(exists and exists[0][0])
    if replacing and not overwrite:
        raise PostgisError(
            f"{schema_name}.{table}: the table exists already (choose another name, or overwrite)"
        )
    if replacing and not _is_scheme_table(database, schema_name, table):
        raise PostgisError(f"{schema_name}.{table}: the table exists and is not a published scheme: it is not "
                           "overwritten (drop it yourself, or choose another name)")
    database.execute(SQL("CREATE SCHEMA IF NOT EXISTS {}").format(Identifier(schema_name)))
    if replacing:
        database.execute(SQL("DROP TABLE {} CASCADE").format(Identifier(schema_name, table)))
    uri = table_uri(base, schema_name, table)
    _export(source, uri, schema_name, table, feedback)
    try:  # everything else in one transaction; on failure the new table goes too: all or nothing
        database.execute(SQL(";\n").join([
            schema_sql(schema_name, postgis_schema(database)),
            table_sql(schema_name, table),
            SQL("CREATE INDEX ON {} USING gist ({})").format(Identifier(schema_name, table), Identifier(GEOMETRY)),
            *constraints_sql(schema_name, table, set(source.fields().names())),
            _archive_history_sql(schema_name, table) if replacing else SQL("SELECT 1"),
        ]))
        save_assumptions(database, schema_name, table, assumptions)
    except PostgisError:
        _drop_quietly(database, schema_name, table)
        raise
    if replacing:
        LOGGER.warning("%s.%s: the replaced table's history is kept apart as scheme %r (the new table's history "
                       "starts empty)", schema_name, table, _archived_name(table))
    layer = QgsVectorLayer(
        without_password(uri).uri(False) if base.authConfigId() or base.service() else uri.uri(False),
        table,
        "postgres",
    )
    if not layer.isValid():
        raise PostgisError(f"{schema_name}.{table}: the published layer cannot be opened")
    save_style(database, layer, language, assumptions)
    for roles, edit in ((readers, False), (editors, True)):
        for role in roles:
            database.execute(grant_sql(schema_name, table, check_name("role", role), edit))
    if for_project and base.password():
        LOGGER.info(
            "%s.%s: the password is not kept in the layer (QGIS asks for it; a service file or an "
            "authentication configuration avoids that)",
            schema_name,
            table,
        )
        layer = QgsVectorLayer(without_password(uri).uri(False), table, "postgres")
    return layer


def _export(source: QgsVectorLayer, uri, schema_name: str, table: str, feedback) -> None:
    """The features written as ``schema.table`` (QGIS's exporter; the source's own fid, a
    GeoPackage's, becomes the key; other sources get new ids)."""
    options = {"overwrite": True, "lowercaseFieldNames": False}
    keep_fid = source.fields().indexOf(KEY) >= 0
    exporter_source = source if keep_fid else _with_fid(source)
    error, message = QgsVectorLayerExporter.exportLayer(
        exporter_source, uri.uri(False), "postgres", source.crs(), False, options, feedback
    )
    if error != QgsVectorLayerExporter.NoError:
        raise PostgisError(f"{schema_name}.{table}: the features could not be written: {message}")


def _is_scheme_table(database: Database, schema_name: str, table: str) -> bool:
    """A table published by this module (it has the version column)."""
    rows = database.execute(SQL(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = {} AND table_name = {} AND column_name = {}"
    ).format(Literal(schema_name), Literal(table), Literal(VERSION)))
    return bool(rows)


def _archived_name(table: str) -> str:
    return f"{table} (replaced)"


def _archive_history_sql(schema_name: str, table: str) -> SQL:
    """The replaced scheme's history kept apart under another scheme name (with the time it was
    replaced in each row's ``at``: unchanged), so that the new table's history starts empty."""
    return SQL("UPDATE {} SET scheme = {} WHERE scheme = {}").format(
        Identifier(schema_name, HISTORY_TABLE), Literal(_archived_name(table)), Literal(table))


def _drop_quietly(database: Database, schema_name: str, table: str) -> None:
    try:
        database.execute(SQL("DROP TABLE IF EXISTS {} CASCADE").format(Identifier(schema_name, table)))
    except PostgisError as error:
        LOGGER.warning("%s.%s: the half-published table could not be removed: %s", schema_name, table, error)


def save_style(database: Database, layer: QgsVectorLayer, language: str, assumptions: Assumptions) -> None:
    """Form and style saved in ``layer_styles`` as the layer's default (an older one of the same
    table is replaced: QGIS would ask in a dialog otherwise)."""
    from economic_layer_plugin.qgis_adapter.fields import setup_form
    from economic_layer_plugin.qgis_adapter.style import apply_style

    schema_name, table = layer_table(layer)
    setup_form(layer, language, assumptions.units)
    apply_style(layer, language)
    layer.setEditorWidgetSetup(layer.fields().indexOf(VERSION), QgsEditorWidgetSetup("Hidden", {}))
    if database.execute(SQL("SELECT to_regclass('public.layer_styles') IS NOT NULL"))[0][0]:
        database.execute(
            SQL("DELETE FROM public.layer_styles WHERE f_table_schema = {} AND f_table_name = {}").format(
                Literal(schema_name), Literal(table))
        )
    error = compat.save_style_to_database(layer, table, "Economic Layer")
    if error:
        LOGGER.warning("%s: the style could not be saved in layer_styles: %s", layer.name(), error)


def _table_name(name: str) -> str:
    """A table name for a layer name: letters, digits and _ in lower case. A name with other letters
    (Chinese, say) keeps its ASCII part and gets 8 hex digits of its SHA-1, so that two such layers get
    two tables ("最终方案" -> scheme_ + 8 hex digits). At most MAX_TABLE characters."""
    import hashlib

    name = name or ""
    cleaned = re.sub(r"[^A-Za-z0-9_]", "_", name).strip("_").lower()
    cleaned = re.sub(r"__+", "_", cleaned) if not name.isascii() else cleaned
    suffix = "" if name.isascii() else "_" + hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    if not cleaned or cleaned[0].isdigit():
        cleaned = "scheme_" + cleaned if cleaned else "scheme"
    return cleaned[:MAX_TABLE - len(suffix)] + suffix


def _converted(source: QgsVectorLayer, language: str, assumptions):
    """The economic copy of a polygon layer, in a temporary GeoPackage (removed when Python exits)."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    from economic_layer_plugin.qgis_adapter.convert import convert_layer

    folder = Path(tempfile.mkdtemp(prefix="el-publish-"))
    atexit.register(shutil.rmtree, folder, True)
    layer, report = convert_layer(
        source,
        folder / "converted.gpkg",
        _table_name(source.name()),
        language=language,
        assumptions=assumptions,
    )
    for problem in report.problems:
        LOGGER.warning("%s: %s", source.name(), problem.message)
    return layer


def _with_fid(source: QgsVectorLayer) -> QgsVectorLayer:
    """A memory copy of ``source`` with a fid field (1, 2, ...) that becomes the key."""
    from qgis.core import QgsField, QgsWkbTypes

    memory = QgsVectorLayer(
        f"{QgsWkbTypes.displayString(source.wkbType())}?crs={source.crs().authid()}", source.name(), "memory"
    )
    memory.setCrs(source.crs())
    provider = memory.dataProvider()
    provider.addAttributes([QgsField(KEY, compat.LONG_LONG)] + list(source.fields()))
    memory.updateFields()
    features = []
    for number, feature in enumerate(source.getFeatures(), start=1):
        copy = QgsFeature(memory.fields())
        copy.setAttributes([number] + feature.attributes())
        copy.setGeometry(feature.geometry())
        features.append(copy)
    provider.addFeatures(features)
    return memory


def open_source(text: str) -> QgsVectorLayer:
    """A published scheme named by ``PG:<connection> schema=S table=T`` (or a QGIS postgres URI)."""
    body = text[3:] if text[:3].upper() == "PG:" else text
    uri = connection_uri(body)
    schema_name = uri.schema() or uri.param("schema") or "public"
    table = uri.table() or uri.param("table")
    if not table:
        tables = published_tables(Database(uri), schema_name)
        if len(tables) != 1:
            raise PostgisError(
                f"{text}: name the scheme with table=NAME (the schema {schema_name} holds "
                f"{', '.join(tables) or 'no scheme'})"
            )
        table = tables[0]
    if "." in table and not uri.schema():
        schema_name, table = table.split(".", 1)
    layer = QgsVectorLayer(table_uri(uri, schema_name, table).uri(False), table, "postgres")
    if not layer.isValid():
        raise PostgisError(f"{schema_name}.{table}: cannot be opened ({text})")
    return layer


# history ---------------------------------------------------------------------------------------
def history_rows(layer: QgsVectorLayer, fid=None, limit: int = 500) -> list:
    """The recorded changes of a published scheme, newest first, as dicts
    (id, at, who, txid, op, fid, module_id, old, new; old and new as dicts)."""
    schema_name, table = layer_table(layer)
    where = SQL("scheme = {}").format(Literal(table))
    if fid is not None:
        where += SQL(" AND fid = {}").format(Literal(int(fid)))
    rows = Database(QgsDataSourceUri(layer.source())).execute(
        SQL("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), who, txid, op, fid, module_id, "
            "old::text, new::text FROM {} WHERE {} ORDER BY id DESC LIMIT {}").format(
            Identifier(schema_name, HISTORY_TABLE), where, Literal(int(limit)))
    )
    result = []
    for row in rows:
        result.append(
            {
                "id": int(row[0]),
                "at": row[1] + " UTC",
                "who": row[2],
                "txid": int(row[3]),
                "op": row[4],
                "fid": int(row[5]),
                "module_id": row[6],
                "old": json.loads(row[7]) if row[7] else None,
                "new": json.loads(row[8]) if row[8] else None,
            }
        )
    return result


def module_from_row(reader, layer: QgsVectorLayer, row: dict | None):
    """A history row's old or new value as a ModuleInput (area from its geometry), None for none."""
    if row is None:
        return None
    feature = QgsFeature(layer.fields())
    fields = layer.fields()
    for name, value in row.items():
        index = fields.indexOf(name)
        if index >= 0 and name != GEOMETRY:
            feature.setAttribute(index, value)
    feature.setId(int(row[KEY]))
    wkb = row.get(GEOMETRY)
    if wkb:
        geometry = QgsGeometry()
        geometry.fromWkb(bytes.fromhex(wkb))
        feature.setGeometry(geometry)
    return reader.module(feature)


# conflicts --------------------------------------------------------------------------------------
@dataclass
class Conflict:
    """A module changed in the database since this session started editing it."""

    fid: int
    module_id: str
    base_version: int
    current_version: int
    who: str
    #: field -> (mine, theirs) for the fields this session changed; "geometry" when it changed that
    fields: dict = field(default_factory=dict)
    deleted_by_me: bool = False
    deleted_by_them: bool = False


KEEP_THEIRS, KEEP_MINE, SHOW_BOTH = "theirs", "mine", "both"
_HISTORY_BATCH = 10_000  # more changed rows than this since the last notification: reload the layer


class Listener(QThread):
    """LISTEN qgis on a connection of its own, every pending notification delivered in order.

    QGIS's own listener (QgsVectorDataProvider.setListening, QGIS 3.22) takes one notification per
    wake-up of its socket and otherwise waits a second: under a burst of commits its queue falls
    behind by minutes (measured: 20 writers, the panel never caught up). This one drains the
    queue at every wake-up. It uses the layer's connection (an authcfg is expanded by QGIS, never
    stored). Without psycopg2, PostgisSync falls back on QGIS's listener."""

    received = pyqtSignal(str)
    #: the connection is gone (the server restarted, the network failed): the listener retries
    lost = pyqtSignal(str)
    #: listening again after a loss: what was committed meanwhile has to be read again
    reconnected = pyqtSignal()

    #: seconds between attempts to connect again: doubling from the first to the last
    BACKOFF = (0.5, 10.0)

    def __init__(self, conninfo: str, parent=None) -> None:
        super().__init__(parent)
        import psycopg2  # noqa: F401 (fails early where it is missing)

        self.conninfo = conninfo
        self._stop = False
        self.ready = False

    def _connect(self):
        import psycopg2

        connection = psycopg2.connect(self.conninfo, application_name="economic-layer listener", connect_timeout=5)
        connection.autocommit = True
        connection.cursor().execute(f"LISTEN {CHANNEL}")
        return connection

    def run(self) -> None:
        """Listens until stopped; after a lost connection, connects again with a growing pause
        (``BACKOFF``), emitting ``lost`` once per loss and ``reconnected`` when listening again."""
        import psycopg2

        delay, was_lost = self.BACKOFF[0], False
        while not self._stop:
            try:
                connection = self._connect()
            except psycopg2.Error as error:
                if not was_lost:
                    was_lost = True
                    self.lost.emit(str(error))
                self._pause(delay)
                delay = min(delay * 2, self.BACKOFF[1])
                continue
            self.ready = True
            if was_lost:
                was_lost, delay = False, self.BACKOFF[0]
                self.reconnected.emit()
            error = self._listen(connection)
            if error is not None and not self._stop:
                was_lost = True
                self.lost.emit(error)

    def _listen(self, connection):
        """Delivers notifications until stopped (None) or the connection fails (the error's text)."""
        import select

        import psycopg2

        try:
            while not self._stop:
                if select.select([connection], [], [], 0.2)[0]:
                    connection.poll()
                    while connection.notifies:
                        self.received.emit(connection.notifies.pop(0).payload)
            return None
        except (psycopg2.Error, OSError, ValueError) as error:
            return str(error) or type(error).__name__
        finally:
            try:
                connection.close()
            except psycopg2.Error:
                pass

    def _pause(self, seconds: float) -> None:
        end = seconds
        while end > 0 and not self._stop:
            QThread.msleep(100)
            end -= 0.1

    def stop(self) -> None:
        self._stop = True
        self.wait(3000)


def libpq_conninfo(layer: QgsVectorLayer) -> str:
    uri = QgsDataSourceUri(layer.source())
    return uri.connectionInfo(True)


class PostgisSync(QObject):
    """Keeps a LiveModel of a published scheme in step with the database.

    - Notifications of committed changes (QGIS's listener of the layer's provider) apply the
      changed modules incrementally; ``applied(ids, who)`` follows.
    - Editing: versions are read when editing starts; before a commit, the modules changed here are
      compared with the database; on a conflict, ``resolver(conflicts)`` says what to do
      (KEEP_THEIRS, KEEP_MINE or SHOW_BOTH: the commit is refused by the database and both values
      are shown). Without a resolver the commit is refused: nothing is overwritten silently.
    """

    #: feature ids applied (None: the whole layer was reloaded), and who committed them
    applied = pyqtSignal(object, str)
    #: conflicts found before a commit and what was decided
    conflicts_found = pyqtSignal(list, str)
    #: False when the notifications stopped (the connection is lost), True when they follow again
    connected = pyqtSignal(bool)

    def __init__(self, live, parent=None) -> None:
        super().__init__(parent or live)
        self.live = live
        self.layer = live.layer
        self.schema, self.table = layer_table(self.layer)
        self.key = f"{self.schema}.{self.table}"
        self.resolver: Callable | None = None
        self.base_versions: dict = {}
        self.last_conflicts: list = []
        self.provider = self.layer.dataProvider()
        self._pending_ids: set = set()
        self._pending_who: list = []
        self._pending_reload = False
        self._history = self._history_mark()  # the last history row seen (None: not readable)
        self._wake = False  # read the history even without notified ids (after a reconnection)
        self.online = True
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self.apply_pending)
        self.listener = None
        try:
            self.listener = Listener(libpq_conninfo(self.layer), self)
        except ImportError:
            LOGGER.info(
                "%s: psycopg2 missing: QGIS's own listener follows the other sessions", self.layer.name()
            )
        self._connections = [
            (self.listener.received if self.listener is not None else self.provider.notify, self._on_notify),
            (self.layer.editingStarted, self._on_editing_started),
            (self.layer.beforeCommitChanges, self._before_commit),
            (self.layer.afterCommitChanges, self._after_commit),
            (self.layer.afterRollBack, self._after_rollback),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._committing: set = set()
        # after a save, the live model would read the whole layer again (a GeoPackage renumbers new
        # features); here the database names what the save changed: only those are read again
        self._own_reload = (self.layer.afterCommitChanges, live._on_reload)
        if self._own_reload in live._connections:
            self.layer.afterCommitChanges.disconnect(live._on_reload)
            live._connections.remove(self._own_reload)
        else:
            self._own_reload = None
        if self.listener is not None:
            self.listener.lost.connect(self._on_lost)
            self.listener.reconnected.connect(self._on_reconnected)
            self.listener.start()
            for _ in range(500):  # listening before the first read: no commit falls in between
                if self.listener.ready or self.listener.isFinished():
                    break
                QThread.msleep(10)
        else:
            self.provider.setListening(True)
        if self.layer.isEditable():
            self._on_editing_started()

    def disconnect_layer(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []
        if self._own_reload is not None:
            try:
                self.layer.afterCommitChanges.connect(self.live._on_reload)
                self.live._connections.append(self._own_reload)
            except RuntimeError:
                pass
            self._own_reload = None
        self._apply_timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        else:
            try:
                self.provider.setListening(False)
            except RuntimeError:
                pass

    def _on_lost(self, message: str) -> None:
        self.online = False
        LOGGER.warning(
            "%s: the notifications of other sessions stopped (%s); connecting again", self.layer.name(), message)
        self.connected.emit(False)

    def _on_reconnected(self) -> None:
        """Following again: what was committed while disconnected is read from the history (or the
        whole layer again where the history cannot be read)."""
        self.online = True
        LOGGER.info("%s: following the other sessions again", self.layer.name())
        self.connected.emit(True)
        if self._history is None:
            self._pending_reload = True
        else:
            self._wake = True
        self._apply_timer.start()

    def database(self) -> Database:
        return Database(QgsDataSourceUri(self.layer.source()))

    # notifications ------------------------------------------------------------------------------
    # Anyone who can connect can send a notification on the channel: a payload is only a wake-up.
    # What changed and who changed it are read from the history table (written by the scheme's own
    # trigger, which nobody else can call), since the last history row this session has seen.
    def _history_mark(self):
        """The id of the last history row of this scheme (0 if none); None if it cannot be read."""
        try:
            rows = self.database().execute(SQL("SELECT coalesce(max(id), 0) FROM {} WHERE scheme = {}").format(
                Identifier(self.schema, HISTORY_TABLE), Literal(self.table)))
        except PostgisError as error:
            LOGGER.info("%s: the history cannot be read (%s): notified ids are used as sent",
                        self.layer.name(), error)
            return None
        return int(rows[0][0]) if rows and isinstance(rows[0][0], int) else 0

    def _on_notify(self, payload: str) -> None:
        try:
            message = json.loads(payload) if isinstance(payload, str) and len(payload) < 8000 else None
        except ValueError:
            return  # another application's notification on QGIS's channel
        if not isinstance(message, dict) or message.get("el") != self.key:
            return
        ids = message.get("ids")
        if ids is not None and not (
                isinstance(ids, list) and len(ids) <= MAX_IDS
                and all(type(fid) is int and 0 <= fid < 2 ** 31 for fid in ids)):
            LOGGER.warning("%s: a notification with ids that are not feature ids was ignored: %.200s",
                           self.layer.name(), payload)
            return
        if ids is None:
            self._pending_reload = True  # the trigger's own "too many to list" (checked in the history)
        else:
            self._pending_ids.update(ids)
        self._apply_timer.start()  # the notifications already queued are applied together

    def _changes_since(self, mark: int):
        """(ids, who, reload, new mark) of the history rows after ``mark``; None if it cannot be read."""
        try:
            rows = self.database().execute(SQL(
                "SELECT id, fid, who FROM {} WHERE scheme = {} AND id > {} ORDER BY id LIMIT {}").format(
                Identifier(self.schema, HISTORY_TABLE), Literal(self.table), Literal(int(mark)),
                Literal(_HISTORY_BATCH + 1)))
        except PostgisError as error:
            LOGGER.warning("%s: the history cannot be read (%s)", self.layer.name(), error)
            return None
        if len(rows) > _HISTORY_BATCH:  # a big change: read everything again
            latest = self._history_mark()
            return [], self._authors(rows), True, latest if latest is not None else mark
        ids = sorted({int(row[1]) for row in rows})
        last = max((int(row[0]) for row in rows), default=mark)
        return ids, self._authors(rows), False, last

    @staticmethod
    def _authors(rows) -> str:
        return ", ".join(dict.fromkeys(str(row[2]) for row in rows))

    def apply_pending(self) -> None:
        """Applies the notified changes now: the changed modules read again, or all after a big change.
        Never raises (it runs in a Qt slot: an exception there would end ``watch``)."""
        try:
            self._apply_pending()
        except Exception:  # logged; the next notification tries again
            LOGGER.exception("%s: the notified changes could not be applied", self.layer.name())

    def _apply_pending(self) -> None:
        self._apply_timer.stop()
        if not self._pending_reload and not self._pending_ids and not self._wake:
            return
        woke, self._wake = self._wake, False
        reload, ids, who = self._pending_reload, sorted(self._pending_ids), ""
        self._pending_reload, self._pending_ids, self._pending_who = False, set(), []
        if self._history is not None:
            changes = self._changes_since(self._history)
            if changes is not None:
                ids, who, reload, self._history = changes
            elif woke:
                reload = True  # after a reconnection, with the history out of reach: read everything
        if not ids and not reload:
            return  # nothing in the history: a notification nobody's commit sent
        if reload:
            self.live.reload()
            self.live.updated.emit()
        else:
            self.live.mark_changed(ids)
            self.live.flush()
        self.layer.triggerRepaint()
        self.applied.emit(None if reload else ids, who)

    # versions and conflicts ---------------------------------------------------------------------
    def _on_editing_started(self) -> None:
        try:
            rows = self.database().execute(SQL("SELECT {KEY}, {VERSION} FROM {t}").format(
                t=Identifier(self.schema, self.table), **_NAMES))
        except PostgisError as error:
            LOGGER.warning("%s: the versions of the modules cannot be read (%s): edits saved in this session are "
                           "not checked against other planners' changes", self.layer.name(), error)
            rows = []
        self.base_versions = {int(fid): int(version) for fid, version in rows}

    def _after_commit(self) -> None:
        committed, self._committing = self._committing, set()
        # the saved modules read again (new features: their temporary ids dropped, their new ids
        # come with the notification of the save)
        self.live.mark_changed(committed)
        self._after_rollback()

    def _after_rollback(self) -> None:
        self._committing = set()
        if self.layer.isEditable():  # committed without leaving the edit session
            self._on_editing_started()
        else:
            self.base_versions = {}

    def edited_fids(self) -> tuple:
        """(changed, deleted) feature ids of the edit buffer that exist in the database."""
        buffer = self.layer.editBuffer()
        if buffer is None:
            return set(), set()
        changed = {fid for fid in buffer.changedAttributeValues() if fid >= 0}
        changed |= {fid for fid in buffer.changedGeometries() if fid >= 0}
        deleted = {fid for fid in buffer.deletedFeatureIds() if fid >= 0}
        return changed - deleted, deleted

    def find_conflicts(self) -> list:
        changed, deleted = self.edited_fids()
        fids = changed | deleted
        if not fids:
            return []
        rows = self.database().execute(
            SQL("SELECT t.{KEY}, t.{VERSION}, t.el_module_id, (SELECT h.who FROM {history} h "
                "WHERE h.scheme = {scheme} AND h.fid = t.{KEY} ORDER BY h.id DESC LIMIT 1) "
                "FROM {t} t WHERE t.{KEY} IN ({fids})").format(
                history=Identifier(self.schema, HISTORY_TABLE), scheme=Literal(self.table),
                t=Identifier(self.schema, self.table),
                fids=SQL(", ").join(Literal(int(f)) for f in sorted(fids)), **_NAMES)
        )
        current = {int(row[0]): (int(row[1]), row[2], row[3] or "") for row in rows}
        conflicts = []
        buffer = self.layer.editBuffer()
        fields = self.layer.fields()
        theirs_features = {}
        for fid in sorted(fids):
            base = self.base_versions.get(fid)
            if base is None:
                continue  # not in the database when editing started (added since): nothing to compare
            if fid not in current:
                who = self._deleted_by(fid)
                conflicts.append(
                    Conflict(fid, "", base, -1, who, deleted_by_them=True, deleted_by_me=fid in deleted)
                )
                continue
            version, module_id, who = current[fid]
            if version == base:
                continue
            conflict = Conflict(fid, module_id or "", base, version, who, deleted_by_me=fid in deleted)
            if fid in changed:
                if not theirs_features:
                    request_ids = [f for f in fids if f in current]
                    theirs_features = {
                        f.id(): f for f in self.provider.getFeatures(_request_for(request_ids))
                    }
                theirs = theirs_features.get(fid)
                for index, value in buffer.changedAttributeValues().get(fid, {}).items():
                    name = fields.at(index).name()
                    if name == VERSION:
                        continue
                    conflict.fields[name] = (
                        _plain(value),
                        _plain(theirs.attribute(name)) if theirs else None,
                    )
                if fid in buffer.changedGeometries():
                    conflict.fields["geometry"] = (
                        buffer.changedGeometries()[fid].asWkt(1),
                        theirs.geometry().asWkt(1) if theirs else None,
                    )
            conflicts.append(conflict)
        return conflicts

    def _deleted_by(self, fid) -> str:
        rows = self.database().execute(
            SQL("SELECT who FROM {} WHERE scheme = {} AND fid = {} AND op = 'delete' ORDER BY id DESC LIMIT 1").format(
                Identifier(self.schema, HISTORY_TABLE), Literal(self.table), Literal(int(fid)))
        )
        return rows[0][0] if rows else ""

    def _before_commit(self, *_args) -> None:
        """Sets the version each changed module was read at (the database refuses a stale one), after
        asking what to do with the modules someone else changed meanwhile."""
        buffer = self.layer.editBuffer()
        if buffer is not None:
            self._committing = (
                set(buffer.changedAttributeValues())
                | set(buffer.changedGeometries())
                | set(buffer.deletedFeatureIds())
                | set(buffer.addedFeatures())
            )
        if not self.base_versions and self.layer.isEditable():
            return
        try:
            conflicts = self.find_conflicts()
        except PostgisError as error:
            LOGGER.warning("%s: other planners' changes cannot be checked (%s); the database still refuses a "
                           "save over a newer version", self.layer.name(), error)
            conflicts = []
        self.last_conflicts = conflicts
        decision = None
        if conflicts:
            decision = self.resolver(conflicts) if self.resolver is not None else SHOW_BOTH
            if decision not in (KEEP_THEIRS, KEEP_MINE, SHOW_BOTH):
                decision = SHOW_BOTH
            self.conflicts_found.emit(conflicts, decision)
            LOGGER.warning(
                "%s: %d modules were changed by others since editing started (%s); decision: %s",
                self.layer.name(),
                len(conflicts),
                ", ".join(f"{c.module_id or c.fid} by {c.who or 'someone'}" for c in conflicts),
                decision,
            )
        by_fid = {conflict.fid: conflict for conflict in conflicts}
        changed, _deleted = self.edited_fids()
        index = self.layer.fields().indexOf(VERSION)
        buffer = self.layer.editBuffer()
        for fid in changed:
            base = self.base_versions.get(fid)
            if base is None:
                continue
            conflict = by_fid.get(fid)
            if conflict is None or conflict.deleted_by_them:
                version = base
            elif decision == KEEP_MINE:
                version = conflict.current_version
            elif decision == KEEP_THEIRS:
                self._take_theirs(conflict)
                version = conflict.current_version
            else:
                version = base  # stale: the database refuses the commit, the edits stay in the buffer
            old = buffer.changedAttributeValues().get(fid, {}).get(index)
            if old != version:
                self.layer.changeAttributeValue(fid, index, version)
        deleted_changed = [c for c in conflicts if c.deleted_by_me and not c.deleted_by_them]
        if deleted_changed and decision != KEEP_MINE:
            # a deletion cannot carry a version: hold the whole save back (the changes are written
            # before the deletions, in one transaction that the database refuses)
            candidates = sorted(changed) or sorted(set(self.base_versions) - set(_deleted))
            if candidates:
                self.layer.changeAttributeValue(candidates[0], index, HOLD_BACK)

    def _take_theirs(self, conflict: Conflict) -> None:
        theirs = next(self.provider.getFeatures(_request_for([conflict.fid])), None)
        if theirs is None:
            return
        fields = self.layer.fields()
        for name in conflict.fields:
            if name == "geometry":
                self.layer.changeGeometry(conflict.fid, theirs.geometry())
            else:
                self.layer.changeAttributeValue(conflict.fid, fields.indexOf(name), theirs.attribute(name))


def _request_for(fids):
    from qgis.core import QgsFeatureRequest

    return QgsFeatureRequest().setFilterFids([int(fid) for fid in fids])


def _plain(value):
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


# watching from the command line ----------------------------------------------------------------
def watch(layer: QgsVectorLayer, write: Callable, app, install_stop: Callable) -> int:
    """Writes the scheme's indicators (one JSON object a line, through ``write(text)``) once at start
    and after every committed change, until ``app`` quits; ``install_stop(quit)`` wires the signals
    that end it. Returns 0."""
    from economic_layer_plugin.core.report import _clean
    from economic_layer_plugin.qgis_adapter.live import LiveModel
    live = LiveModel(layer, assumptions_of(layer))
    live.sync = sync = PostgisSync(live)
    schema_name, table = layer_table(layer)

    def emit(event: str, ids, who: str) -> None:
        model = live.model
        write(
            json.dumps(
                {
                    "event": event,
                    "scheme": f"{schema_name}.{table}",
                    "changed": ids,
                    "who": who,
                    "modules": model.project.count,
                    "excluded": model.excluded_count,
                    "project": _clean(model.indicators()),
                },
                ensure_ascii=False,
                allow_nan=False,
                default=str,
            )
        )

    def connection(online: bool) -> None:
        write(json.dumps({"event": "reconnected" if online else "disconnected",
                          "scheme": f"{schema_name}.{table}"}, ensure_ascii=False))

    emit("start", [], "")
    sync.applied.connect(lambda ids, who: emit("change", ids, who))
    sync.connected.connect(connection)
    install_stop(app.quit)
    app.exec()
    sync.disconnect_layer()
    live.disconnect_layer()
    return 0
