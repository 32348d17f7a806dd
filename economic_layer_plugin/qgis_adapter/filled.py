"""Which columns of a GeoPackage layer hold a value, asked without GDAL noise.

The reader skips el_ fields that are empty in every feature (qgis_adapter/reader.py). Asking the
OGR provider (``minimumValue``: one ``SELECT MIN(col)`` per field through GDAL) fails after a
rollback or a commit on a GeoPackage that QGIS has open in another connection: the provider's
read-only connection finds the WAL files of the closed update connection gone, SQLite answers
"unable to open database file", GDAL prints one ``ERROR 1`` per field (dozens at each rollback) and
the provider falls back to scanning every feature. For a GeoPackage we ask SQLite ourselves instead:
one short-lived connection of our own, one query (``COUNT`` of each column), closed at once.
Anything unusual (a filter on the layer, another provider, a locked or odd file) returns None and the
caller asks the provider as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of
from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier


def filled_columns(layer, names) -> set | None:
    """The names among ``names`` whose column holds a value in some saved feature of ``layer`` (a
    GeoPackage layer without a filter), or None when this cannot be told here."""
    if layer.subsetString():
        return None  # the provider applies the filter; we would not
    source = geopackage_of(layer)
    if source is None:
        return None
    path, table = source
    path = Path(path).resolve()  # a relative path (qgis_process in a folder) cannot be a file URI
    if not path.is_file() or not names:
        return None
    names = list(names)
    query = SQL("SELECT {} FROM {}").format(
        SQL(", ").join(SQL("COUNT({})").format(Identifier(n)) for n in names), Identifier(table)
    ).as_string()
    try:
        # a plain connection (not mode=ro: a read-only one cannot open a WAL file's shared memory)
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=2)
    except (sqlite3.Error, ValueError):
        return None
    try:
        row = connection.execute(query).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return {name for name, count in zip(names, row) if count}
