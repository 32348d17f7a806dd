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

This module publishes, opens and reads the history of a scheme; the rest is split by job:
``postgis_db`` (names, connection, stored assumptions), ``postgis_sql`` (the tables, triggers and
constraints as SQL), ``postgis_listen`` (LISTEN and reconnection) and ``postgis_sync`` (a live session:
notified changes applied, versions and conflicts). The names other modules import from here stay here.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Callable

from qgis.core import (
    QgsDataSourceUri,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)

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
from economic_layer_plugin.qgis_adapter.postgis_sql import (
    constraints_sql,
    grant_sql,
    postgis_schema,
    schema_sql,
    table_sql,
    version_triggers_sql,
)
from economic_layer_plugin.qgis_adapter.postgis_sync import (  # noqa: F401 (postgis.X names them too)
    KEEP_MINE,
    KEEP_THEIRS,
    SHOW_BOTH,
    Conflict,
    PostgisSync,
)
from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal
from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

LOGGER = logging.getLogger(__name__)


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
    require_version: bool = False,
) -> QgsVectorLayer:
    """Writes the economic layer ``source`` as ``schema.table`` of a PostGIS database, with its
    constraints, triggers, history, form, style and assumptions; returns the PostGIS layer (not
    added to the project). A source that is not an economic layer yet is converted first
    (``convert_layer`` into a temporary GeoPackage; its attributes are kept). ``readers`` and
    ``editors``: database roles given the rights to read (panel, history) or to edit too.
    ``for_project``: the returned layer's source has no password (QGIS asks for it, or use a
    service file or an authentication configuration), as it goes into a project file.
    ``require_version``: the table refuses an UPDATE that does not set ``el_version`` (see
    :func:`set_require_version`)."""
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
    _write_nulls_and_zeros_again(database, source, schema_name, table)
    try:  # everything else in one transaction; on failure the new table goes too: all or nothing
        database.execute(SQL(";\n").join([
            schema_sql(schema_name, postgis_schema(database)),
            table_sql(schema_name, table, require_version),
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


def set_require_version(layer: QgsVectorLayer, require: bool) -> None:
    """Turns a published scheme's refusal of unversioned writes on or off (its owner may): with it, an
    UPDATE that does not set ``el_version`` to the version read with the row is refused, so that two
    scripts writing the same module cannot overwrite each other's change unseen."""
    where = layer_table(layer)
    if where is None or not is_published(layer):
        raise PostgisError(f"{layer.name()}: not a scheme published to PostGIS")
    schema_name, table = where
    database = Database(QgsDataSourceUri(layer.source()))
    database.execute(SQL(";\n").join([schema_sql(schema_name, postgis_schema(database)),
                                      *version_triggers_sql(schema_name, table, require)]))


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


#: feature ids per UPDATE of _write_nulls_and_zeros_again
_IDS_PER_UPDATE = 5000


def _nulls_and_zeros(source: QgsVectorLayer) -> dict:
    """{field: (keys of NULL, {zero: keys})} of the fields of ``source`` holding both NULL and a value
    Qt takes for the same (0, 0.0, FALSE, empty text); keys: the key the exporter writes (KEY or the
    1, 2, ... of _with_fid)."""
    from qgis.core import QgsFeatureRequest

    from economic_layer_plugin.qgis_adapter.fields import python_value

    names = [name for name in source.fields().names() if name != KEY]
    indexes = [source.fields().indexOf(name) for name in names]
    own_key = source.fields().indexOf(KEY)
    nulls = {name: [] for name in names}
    zeros = {name: {} for name in names}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    for number, feature in enumerate(source.getFeatures(request), start=1):
        attributes = feature.attributes()
        key = python_value(attributes[own_key]) if own_key >= 0 else number
        for name, index in zip(names, indexes):
            value = python_value(attributes[index])
            if value is None:
                nulls[name].append(key)
            elif isinstance(value, (bool, int, float, str)) and (value == 0 or value == ""):
                zeros[name].setdefault((type(value).__name__, value), []).append(key)
    return {name: (nulls[name], {value: keys for (_kind, value), keys in zeros[name].items()})
            for name in names if nulls[name] and zeros[name]}


def _write_nulls_and_zeros_again(database: Database, source: QgsVectorLayer, schema_name: str, table: str) -> None:
    """QGIS's PostgreSQL provider writes a column of a batch of features as one constant where it takes
    the batch's values for the same, and Qt takes NULL for the same as 0 (or empty text): a column of
    NULL and 0 came out all NULL, or all 0 (an exact duplicate's el_gfa 0 became NULL, counting it twice;
    an added module's el_existing_gfa 0 could make the others' 0). Such columns are written again here
    by key, before the triggers exist (no version, no history)."""
    target = Identifier(schema_name, table)
    for name, (nulls, zeros) in _nulls_and_zeros(source).items():
        column = Identifier(name)
        for value, keys in [(None, nulls)] + list(zeros.items()):
            for start in range(0, len(keys), _IDS_PER_UPDATE):
                chunk = SQL(", ").join(Literal(key) for key in keys[start:start + _IDS_PER_UPDATE])
                database.execute(SQL("UPDATE {} SET {} = {} WHERE {} IN ({}) AND {} IS DISTINCT FROM {}").format(
                    target, column, Literal(value), Identifier(KEY), chunk, column, Literal(value)))


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
    # the conversion's findings go where the plugin's warnings go (the log panel): unreadable values,
    # capped floors, duplicates left out (el_gfa 0), heavy overlaps
    for item in list(report.problems) + list(report.notes):
        LOGGER.warning("%s: %s", source.name(), item.message)
    log = LOGGER.warning if report.problems or report.notes else LOGGER.info
    log("%s: converted before publishing: %s", source.name(), report.summary())
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
