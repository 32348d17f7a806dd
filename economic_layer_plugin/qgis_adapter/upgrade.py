"""Older schemes upgraded in place, on request: the fields of this version's schema (core/schema.py) that
a layer lacks are added, every value it holds is kept.

- A GeoPackage layer: a copy of the whole file is written next to it first
  (``NAME.backup-YYYYMMDDTHHMMSSZ.gpkg``, UTC), then the fields are added (ALTER TABLE ADD COLUMN:
  no row is rewritten, the new fields are empty).
- A scheme published to PostGIS: in one transaction, the columns are added, the CHECK constraints of
  this version replace the old ones (NOT VALID: rows already there are kept as they are) and the
  current trigger functions, history function and triggers are installed again, so that a scheme
  published by an older version gets them without publishing it again. Its option to refuse
  unversioned writes is kept.

Nothing here runs by itself: the plugin names the missing fields and offers an Upgrade button, the
command line has ``economic-layer upgrade SOURCE``.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsVectorLayer, QgsWkbTypes

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.core.refusal import Message
from economic_layer_plugin.qgis_adapter.fields import qgs_field

LOGGER = logging.getLogger(__name__)

_PG_TYPES = {schema.TEXT: "text", schema.INTEGER: "integer", schema.REAL: "double precision"}


class UpgradeError(RuntimeError):
    """An older scheme could not be upgraded; the message names the layer and the problem."""


@dataclass
class UpgradeResult:
    layer_name: str
    added: list
    backup: Path | None = None


def absent_fields(names) -> list:
    """Every field of this version's schema that ``names`` lacks (optional ones too), in schema order."""
    present = set(names)
    return [spec.name for spec in schema.FIELDS if spec.name not in present]


#: the fields every economic layer has had since the first version: a layer with el_ fields but
#: without these (a derived layer such as the sample's location factors) is not an older scheme
SCHEME_CORE = ("el_action", "el_use")


def is_older_scheme(layer) -> bool:
    """A polygon layer with the fields every scheme had that lacks one an economic layer must have now."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return False
    names = layer.fields().names()
    return all(name in names for name in SCHEME_CORE) and bool(schema.missing_fields(names))


def older_scheme_message(layer, source: str | None = None) -> Message:
    """What the command line says of an older scheme: the missing fields and the command that adds them. A
    catalogue message: English as a str, in the caller's language with ``in_language`` (core/refusal.py)."""
    missing = ", ".join(schema.missing_fields(layer.fields().names()))
    return Message(N_("an economic layer of an older version: it lacks {missing}; run `{command}` to add them in "
                      "place (a backup of the GeoPackage is written first; every value is kept)"),
                   missing=missing, command=f'economic-layer upgrade "{source or layer.source()}"')


def backup_path(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}.backup-{stamp}-{number}{path.suffix}")
    return candidate


def backup_geopackage(path: Path) -> Path:
    """A copy of the GeoPackage next to it (what a write-ahead log still holds included); its path."""
    path = Path(path)
    target = backup_path(path)
    if Path(f"{path}-wal").exists():
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    else:
        shutil.copy2(path, target)
    return target


def upgrade_layer(layer: QgsVectorLayer, language: str = "en") -> UpgradeResult:
    """Adds the schema's absent fields to ``layer`` (GeoPackage or published PostGIS scheme) in place,
    keeping every value; a GeoPackage is copied first (``result.backup``). Raises UpgradeError."""
    from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of
    from economic_layer_plugin.qgis_adapter.postgis_db import layer_table

    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise UpgradeError("the layer cannot be opened: nothing upgraded")
    if layer.isEditable():
        raise UpgradeError(f"{layer.name()}: save or discard its edits first (the layer is being edited)")
    if layer_table(layer) is not None:
        return _upgrade_postgis(layer, language)
    source = geopackage_of(layer)
    if source is None:
        raise UpgradeError(f"{layer.name()}: only a GeoPackage layer or a scheme published to PostGIS can be "
                           "upgraded in place; convert this one (Convert layer to economic layer)")
    added = absent_fields(layer.fields().names())
    if not added:
        return UpgradeResult(layer.name(), [])
    path, _table = source
    try:
        backup = backup_geopackage(path)
    except (OSError, sqlite3.Error) as error:
        raise UpgradeError(f"{path}: the backup could not be written ({error}); nothing upgraded") from error
    provider = layer.dataProvider()
    if not provider.addAttributes([qgs_field(schema.field(name), language) for name in added]):
        raise UpgradeError(f"{path} ({layer.name()}): the fields {', '.join(added)} could not be added: "
                           f"{'; '.join(provider.errors())} (the backup is {backup})")
    layer.updateFields()
    still = absent_fields(layer.fields().names())
    if still:
        raise UpgradeError(f"{path} ({layer.name()}): {', '.join(still)} still missing after the upgrade "
                           f"(the backup is {backup})")
    _form_of(layer, added, language)
    LOGGER.info("%s: fields %s added; the backup is %s", layer.name(), ", ".join(added), backup)
    return UpgradeResult(layer.name(), added, backup)


def _form_of(layer: QgsVectorLayer, added, language: str) -> None:
    """The loaded layer's form for the added fields: alias and, for a number, its range (the rest of the
    form, the planner's own, is left as it is)."""
    from economic_layer_plugin.qgis_adapter.fields import _range_widget

    fields = layer.fields()
    for name in added:
        index, spec = fields.indexOf(name), schema.field(name)
        if index < 0:
            continue
        layer.setFieldAlias(index, spec.alias(language))
        if spec.is_numeric:
            layer.setEditorWidgetSetup(index, _range_widget(spec))


def upgrade_sql(database, schema_name: str, table: str, columns) -> object:
    """The SQL of a PostGIS scheme's upgrade (one statement list, run as one transaction)."""
    from economic_layer_plugin.qgis_adapter.postgis_sql import (
        constraint_names,
        constraints_sql,
        postgis_schema,
        required_version,
        schema_sql,
        table_sql,
    )
    from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier

    target = Identifier(schema_name, table)
    added = absent_fields(columns)
    statements = [
        SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} {}").format(
            target, Identifier(name), SQL(_PG_TYPES[schema.field(name).type]))
        for name in added
    ]
    statements += [SQL("ALTER TABLE {} DROP CONSTRAINT IF EXISTS {}").format(target, Identifier(name))
                   for name in constraint_names()]
    statements += constraints_sql(schema_name, table)
    statements.append(schema_sql(schema_name, postgis_schema(database)))
    statements.append(table_sql(schema_name, table, require_version=required_version(database, schema_name, table)))
    return SQL(";\n").join(statements), added


def _upgrade_postgis(layer: QgsVectorLayer, language: str) -> UpgradeResult:
    from economic_layer_plugin.qgis_adapter.postgis_db import VERSION, Database, PostgisError, layer_table

    schema_name, table = layer_table(layer)
    if layer.fields().indexOf(VERSION) < 0:
        raise UpgradeError(f"{schema_name}.{table}: not a scheme published by the plugin (no {VERSION}); "
                           "publish it instead")
    try:
        database = Database(QgsDataSourceUri(layer.source()))
        statements, added = upgrade_sql(database, schema_name, table, layer.fields().names())
        database.execute(statements)  # one transaction: all of it or nothing
    except PostgisError as error:
        raise UpgradeError(f"{schema_name}.{table}: not upgraded (nothing changed): {error}") from error
    layer.setDataSource(layer.source(), layer.name(), "postgres")  # the new columns read
    _form_of(layer, added, language)
    LOGGER.info("%s.%s: %s; constraints, triggers and history function of this version installed",
                schema_name, table, f"columns {', '.join(added)} added" if added else "no column missing")
    return UpgradeResult(layer.name(), added)
