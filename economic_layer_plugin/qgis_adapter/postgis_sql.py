"""The SQL of a published scheme: the plugin's tables and trigger functions in a schema, the version
column, key sequence and triggers of a scheme's table (with, as an option, the refusal of an UPDATE that
does not set el_version), its CHECK constraints and the rights of roles (docs/postgis.md). Every
statement is composed with qgis_adapter/sql.py and idempotent where it can be."""

from __future__ import annotations

from economic_layer_plugin.core import schema
from economic_layer_plugin.qgis_adapter.postgis_db import (
    ASSUMPTIONS_TABLE,
    CHANNEL,
    CONFLICT_MARK,
    GEOMETRY,
    HISTORY_TABLE,
    HOLD_BACK,
    KEY,
    MAX_IDS,
    VERSION,
    Database,
)
from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal


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

-- versions: a real change raises el_version; an update must carry the version it read (the one the row has):
-- an older one is a conflict, a newer one was never read (without the option, an update that does not
-- name el_version looks like one carrying the row's version and is taken)
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
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'require' THEN  -- the scheme refuses unversioned writes
        IF NEW.{VERSION} <= -2 THEN
            NEW.{VERSION} := -2 - NEW.{VERSION};  -- the version sent, as el_sent_version passed it on
        ELSIF NEW.{VERSION} IS DISTINCT FROM {HOLD_BACK} THEN
            RAISE EXCEPTION USING
                ERRCODE = 'integrity_constraint_violation',
                MESSAGE = format('economic layer: %I.%I refuses a write without {VERSION} (module %s, feature %s): '
                                 'set {VERSION} to the version you read with the row (a write over a newer '
                                 'version is then refused instead of overwriting someone else''s change)',
                                 TG_TABLE_SCHEMA, TG_TABLE_NAME, OLD.el_module_id, OLD.{KEY});
        END IF;
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
    IF NEW.{VERSION} IS NOT NULL AND NEW.{VERSION} > OLD.{VERSION} THEN  -- a version no one has read
        RAISE EXCEPTION USING
            ERRCODE = 'integrity_constraint_violation',
            MESSAGE = format('economic layer: %I.%I: {VERSION} %s is not the version of the module (module %s, '
                             'feature %s, version %s now): set it to the version you read with the row',
                             TG_TABLE_SCHEMA, TG_TABLE_NAME, NEW.{VERSION}, OLD.el_module_id, OLD.{KEY},
                             OLD.{VERSION});
    END IF;
    NEW.{VERSION} := OLD.{VERSION};
    IF NEW IS NOT DISTINCT FROM OLD THEN
        RETURN NULL;  -- nothing changes: no new version, no history
    END IF;
    NEW.{VERSION} := OLD.{VERSION} + 1;
    RETURN NEW;
END
$$;

-- with the option to refuse unversioned writes: an UPDATE that names el_version (this trigger fires only
-- then, before el_version by name) passes the version it sent on to el_version_guard as -2 - version
CREATE OR REPLACE FUNCTION {s}.el_version_sent() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.{VERSION} >= 0 THEN
        NEW.{VERSION} := -2 - NEW.{VERSION};
    ELSIF NEW.{VERSION} IS DISTINCT FROM {HOLD_BACK} THEN
        RAISE EXCEPTION USING
            ERRCODE = 'integrity_constraint_violation',
            MESSAGE = format('economic layer: %I.%I: {VERSION} %s is not a version (module %s, feature %s): '
                             'set it to the version you read with the row', TG_TABLE_SCHEMA, TG_TABLE_NAME,
                             coalesce(NEW.{VERSION}::text, 'NULL'), OLD.el_module_id, OLD.{KEY});
    END IF;
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
REVOKE ALL ON FUNCTION {s}.el_version_sent() FROM PUBLIC;
REVOKE ALL ON FUNCTION {s}.el_row_json(jsonb, geometry) FROM PUBLIC;
"""


#: the trigger that makes a scheme refuse unversioned writes (fires before el_version: by name)
SENT_TRIGGER = "el_sent_version"


def version_triggers_sql(schema_name: str, table: str, require_version: bool = False) -> list:
    """The row triggers of the versions. ``require_version``: an UPDATE that does not set ``el_version``
    (to the version read with the row) is refused; otherwise such a write is taken as it comes (it
    raises the version, nothing checks what it overwrites)."""
    names = dict(_NAMES, s=Identifier(schema_name), target=Identifier(schema_name, table),
                 sent=Identifier(SENT_TRIGGER), args=SQL("'require'" if require_version else ""))
    statements = [
        "DROP TRIGGER IF EXISTS el_version ON {target}",
        "CREATE TRIGGER el_version BEFORE INSERT OR UPDATE ON {target} "
        "FOR EACH ROW EXECUTE FUNCTION {s}.el_version_guard({args})",
        "DROP TRIGGER IF EXISTS {sent} ON {target}",
    ]
    if require_version:
        statements.append("CREATE TRIGGER {sent} BEFORE UPDATE OF {VERSION} ON {target} "
                          "FOR EACH ROW EXECUTE FUNCTION {s}.el_version_sent()")
    return [SQL(statement).format(**names) for statement in statements]


def required_version(database: Database, schema_name: str, table: str) -> bool:
    """Whether a published scheme refuses unversioned writes."""
    rows = database.execute(SQL(
        "SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = to_regclass({}) AND tgname = {}").format(
        Literal(Identifier(schema_name, table).as_string()), Literal(SENT_TRIGGER)))
    return bool(rows)


def constraint_names() -> list:
    """The names of every CHECK constraint constraints_sql can make (to replace them on an upgrade)."""
    names = [spec.name + "_values" for spec in schema.FIELDS if _range_check(spec) is not None]
    names += [spec.name + "_required" for spec in schema.FIELDS if spec.required]
    return names + ["el_sale_lease_sum"]


def table_sql(schema_name: str, table: str, require_version: bool = False) -> SQL:
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
    ]
    composed = [SQL(statement).format(**names) for statement in statements]
    composed += version_triggers_sql(schema_name, table, require_version)
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
