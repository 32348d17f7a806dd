"""The PostGIS side every part of team editing needs: the names of the plugin's columns and tables, the
connection (QGIS's own connection API, which honours authcfg and services), and the assumptions stored
beside a published scheme. Statements are composed with qgis_adapter/sql.py, never pasted text."""

from __future__ import annotations

import logging
import re

from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError
from economic_layer_plugin.qgis_adapter.sql import SQL, Composable, Identifier, Literal

LOGGER = logging.getLogger(__name__)

CHANNEL = "qgis"  # QGIS's postgres provider listens on this channel (QgsPostgresListener)
KEY = "fid"
GEOMETRY = "geom"
VERSION = "el_version"
HISTORY_TABLE = "el_history"
ASSUMPTIONS_TABLE = "el_assumptions"
CONFLICT_MARK = "economic layer conflict"
HOLD_BACK = -1  # a version the database answers by refusing the whole save
#: NOTIFY payloads must stay under 8000 bytes; beyond this many ids the listeners reload
MAX_IDS = 600
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")  # whole name (fullmatch: no trailing newline)
#: PostgreSQL truncates names to 63 bytes; a table's sequence is named TABLE_fid_seq (8 more)
MAX_TABLE = 63 - len("_fid_seq")
#: the plugin's own tables in a schema, and QGIS's table of styles: never a scheme's name
RESERVED_TABLES = (HISTORY_TABLE, ASSUMPTIONS_TABLE, "layer_styles", "spatial_ref_sys")


class PostgisError(RuntimeError):
    """A PostGIS scheme could not be published or read; the message names the table and the problem."""


# connections ------------------------------------------------------------------------------------
def check_name(kind: str, name: str) -> str:
    """Schema, table and role names: letters, digits and _ (quoted anyway); anything else is refused,
    as are a table name too long for its sequence's name, the plugin's own tables and system schemas."""
    if not isinstance(name, str) or not name or not _NAME.fullmatch(name):
        raise PostgisError(
            f"{kind} {name!r}: use letters, digits and _ (at most 63, not starting with a digit)"
        )
    if kind == "table" and len(name.encode()) > MAX_TABLE:
        raise PostgisError(f"table {name!r}: at most {MAX_TABLE} characters (its sequence {name}_fid_seq "
                           "must fit PostgreSQL's 63 bytes)")
    if kind == "table" and name.lower() in RESERVED_TABLES:
        raise PostgisError(f"table {name!r}: the name of a table the plugin or QGIS keeps in the schema "
                           "(the history, the assumptions, the styles); choose another name")
    if kind == "schema" and (name.lower().startswith("pg_") or name.lower() == "information_schema"):
        raise PostgisError(f"schema {name!r}: a system schema of PostgreSQL; choose another schema")
    return name




def saved_connection_uri(name: str) -> str | None:
    """The URI of a QGIS database connection (Browser > PostgreSQL) of that name, None if there is none."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name)
    except Exception:
        connection = None
    return connection.uri() if connection is not None else None


def connection_uri(postgres: str) -> QgsDataSourceUri:
    """A QgsDataSourceUri from a libpq connection string (``host=... dbname=...``), ``service=NAME``,
    a string with ``authcfg=ID`` or the name of a QGIS database connection."""
    text = (postgres or "").strip()
    if not text:
        raise PostgisError(
            "no PostgreSQL connection given (a libpq connection string, service=NAME or the "
            "name of a QGIS connection)"
        )
    if "=" not in text:
        saved = saved_connection_uri(text)
        if saved is None:
            raise PostgisError(
                f"{text}: no QGIS PostgreSQL connection of that name "
                '(or give a libpq connection string such as "service=NAME")'
            )
        text = saved
    return QgsDataSourceUri(text)


def table_uri(base: QgsDataSourceUri, schema_name: str, table: str) -> QgsDataSourceUri:
    uri = QgsDataSourceUri(base.uri(False))
    uri.setDataSource(schema_name, table, GEOMETRY, "", KEY)
    return uri


def without_password(uri: QgsDataSourceUri) -> QgsDataSourceUri:
    """The same URI with no password in it (what goes into a project file)."""
    clean = QgsDataSourceUri(uri.uri(False))
    clean.setPassword("")
    return clean


class Database:
    """SQL on a PostgreSQL database through QGIS's own connection API (honours authcfg and services)."""

    def __init__(self, uri: QgsDataSourceUri) -> None:
        self.uri = QgsDataSourceUri(uri.uri(False))
        self.uri.setDataSource("", "", "")
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        try:
            self.connection = metadata.createConnection(self.uri.uri(False), {})
        except Exception as error:
            raise PostgisError(f"cannot connect to PostgreSQL ({self.describe()}): {error}") from error

    def describe(self) -> str:
        uri = self.uri
        if uri.service():
            return f"service={uri.service()}"
        return f"database {uri.database() or '(default)'} on {uri.host() or 'local socket'}:{uri.port() or '5432'}"

    def execute(self, sql: Composable) -> list:
        """Runs a statement composed with economic_layer_plugin.qgis_adapter.sql (never pasted text)."""
        if not isinstance(sql, Composable):
            raise TypeError("Database.execute takes SQL composed with qgis_adapter.sql")
        try:
            return self.connection.executeSql(sql.as_string())
        except Exception as error:
            raise PostgisError(f"{self.describe()}: {error}") from error


def layer_table(layer: QgsVectorLayer) -> tuple | None:
    """(schema, table) of a PostGIS layer; None for any other layer."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    return uri.schema() or "public", uri.table()


def is_published(layer: QgsVectorLayer) -> bool:
    """A PostGIS economic layer with the version column (published by this module)."""
    return layer_table(layer) is not None and layer.fields().indexOf(VERSION) >= 0


def save_assumptions(database: Database, schema_name: str, table: str, assumptions: Assumptions) -> None:
    database.execute(
        SQL("INSERT INTO {} (scheme, assumptions) VALUES ({}, {}) ON CONFLICT (scheme) DO UPDATE SET "
            "assumptions = excluded.assumptions, updated = now(), updated_by = session_user").format(
            Identifier(schema_name, ASSUMPTIONS_TABLE), Literal(table), Literal(assumptions.to_json()))
    )


def load_assumptions(layer: QgsVectorLayer) -> Assumptions | None:
    """The assumptions stored beside a published scheme, None when there are none.
    Raises AssumptionsError naming the table when what is stored cannot be used."""
    where = layer_table(layer)
    if where is None:
        return None
    schema_name, table = where
    try:
        database = Database(QgsDataSourceUri(layer.source()))
        rows = database.execute(
            SQL("SELECT assumptions FROM {} WHERE scheme = {}").format(
                Identifier(schema_name, ASSUMPTIONS_TABLE), Literal(table))
        )
    except PostgisError as error:
        LOGGER.info("%s: no stored assumptions (%s)", layer.name(), error)
        return None
    if not rows:
        return None
    try:
        return Assumptions.from_json(rows[0][0])
    except AssumptionsError as error:
        raise AssumptionsError(f"{schema_name}.{ASSUMPTIONS_TABLE} ({table}): {error}") from error


def published_tables(database: Database, schema_name: str) -> list:
    rows = database.execute(
        SQL("SELECT c.table_name FROM information_schema.columns c WHERE c.table_schema = {} "
            "AND c.column_name = {} ORDER BY 1").format(Literal(schema_name), Literal(VERSION))
    )
    return [row[0] for row in rows]


def save_layer_assumptions(layer: QgsVectorLayer, assumptions: Assumptions) -> None:
    """Stores the assumptions beside a published scheme (the database decides who may)."""
    schema_name, table = layer_table(layer)
    save_assumptions(Database(QgsDataSourceUri(layer.source())), schema_name, table, assumptions)
