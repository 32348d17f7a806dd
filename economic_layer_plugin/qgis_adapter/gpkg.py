"""Economic layers in GeoPackages: create one, tell one, and keep its assumptions beside it.

The assumptions of a scheme are stored in the same GeoPackage, in the non-spatial table
``el_assumptions`` (one row per scheme layer: its name and the assumptions as JSON), so that a
scheme and its assumptions travel as one file.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.core.refusal import Refusal
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.fields import economic_fields, setup_form

LOGGER = logging.getLogger(__name__)
ASSUMPTIONS_TABLE = "el_assumptions"


def qt_translator():
    """Qt's translator of the plugin's strings (``toolbelt.i18n.tr``): the interface's language, English
    where no translation is installed (the command line)."""
    from economic_layer_plugin.toolbelt.i18n import tr

    return tr


class GeoPackageError(Refusal, RuntimeError):
    """A GeoPackage could not be written or read: a short message naming the layer, in the interface's
    language (core/refusal.py); the file and GDAL's words are its ``details``, in the log."""

    def translator(self):
        return qt_translator()


class InputError(Refusal, ValueError):
    """A value or option the planner gave that cannot be used, named, in the interface's language."""

    def translator(self):
        return qt_translator()


def is_economic_layer(layer) -> bool:
    return (isinstance(layer, QgsVectorLayer) and layer.isValid()
            and layer.geometryType() == QgsWkbTypes.PolygonGeometry
            and not schema.missing_fields(layer.fields().names()))


def layer_source(path: Path, name: str) -> str:
    return f"{path}|layername={name}"


def open_writer(path: Path, name: str, fields: QgsFields, wkb_type, crs) -> QgsVectorFileWriter:
    """A writer of layer ``name`` in the GeoPackage ``path`` (made if missing; a layer of that name
    is replaced). Delete the writer to close the file. Raises GeoPackageError naming the problem."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if Path(path).exists()
                                    else QgsVectorFileWriter.CreateOrOverwriteFile)
    writer = QgsVectorFileWriter.create(str(path), fields, wkb_type, crs, QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        message = writer.errorMessage()
        del writer
        raise GeoPackageError(N_("{name}: the layer cannot be written in the GeoPackage"), name=name,
                              details=f"{path}: {message}")
    return writer


def _write_empty(path: Path, name: str, fields: QgsFields, wkb_type, crs) -> None:
    writer = open_writer(path, name, fields, wkb_type, crs)
    del writer  # closes the file


def create_economic_layer(path, name: str, crs: QgsCoordinateReferenceSystem, language: str = "en",
                          assumptions: Assumptions | None = None) -> QgsVectorLayer:
    """A new, empty economic layer ``name`` in the GeoPackage ``path`` (created if missing), with its
    form, style and assumptions; returns it loaded (not added to the project)."""
    path = Path(path)
    if not crs.isValid():
        raise GeoPackageError(N_("{name}: the coordinate reference system is not valid"), name=name,
                              details=str(path))
    _write_empty(path, name, economic_fields(language), QgsWkbTypes.MultiPolygon, crs)
    layer = QgsVectorLayer(layer_source(path, name), name, "ogr")
    if not layer.isValid():
        raise GeoPackageError(N_("{name}: the new layer cannot be opened"), name=name, details=str(path))
    assumptions = assumptions or Assumptions()
    save_assumptions(path, name, assumptions)
    configure_layer(layer, language, assumptions)
    return layer


def configure_layer(layer: QgsVectorLayer, language: str, assumptions: Assumptions) -> None:
    """Form set-up and style, saved as the layer's default style inside its GeoPackage."""
    from economic_layer_plugin.qgis_adapter.style import apply_style

    setup_form(layer, language, assumptions.units)
    apply_style(layer, language)
    if compat.can_save_style_to_database(layer):
        save_default_style(layer, layer.name())


#: the GeoPackage's layer_styles.styleName is at most 30 characters (GDAL warns beyond)
STYLE_NAME_LENGTH = 30


def save_default_style(layer: QgsVectorLayer, name: str, description: str = "Economic Layer") -> None:
    """Saves the layer's style as its default style in its GeoPackage (the style's name cut to 30
    characters, the GeoPackage's limit); a failure is logged, the layer stays as it is.

    A style of that name saved before for the same table is replaced: QGIS would otherwise ask
    whether to overwrite it in a message box, which a headless run (the command line, Processing)
    would wait on for ever."""
    source = geopackage_of(layer)
    if source is not None:
        forget_style(source[0], source[1], name[:STYLE_NAME_LENGTH])
    error = compat.save_style_to_database(layer, name[:STYLE_NAME_LENGTH], description)
    if error:
        LOGGER.warning("%s: the style could not be saved in the GeoPackage: %s", name, error)


def forget_style(path: Path, table: str, style_name: str) -> None:
    """Deletes the saved style ``style_name`` of ``table`` from the GeoPackage's layer_styles, if any."""
    import sqlite3

    if not Path(path).is_file():
        return
    try:
        connection = sqlite3.connect(str(path), timeout=5)
    except sqlite3.Error:
        return
    try:
        with connection:
            connection.execute(
                "DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?", (table, style_name)
            )
    except sqlite3.Error:  # no layer_styles table yet: nothing to forget
        pass
    finally:
        connection.close()


def layer_names(path) -> list:
    """The names of the feature and attribute tables of a GeoPackage ([] if it is not one)."""
    import sqlite3

    if not Path(path).is_file():
        return []
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except (sqlite3.Error, ValueError):
        return []
    try:
        return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY 1")]
    except sqlite3.Error:
        return []
    finally:
        connection.close()


# assumptions ------------------------------------------------------------------------------------
def _assumptions_table(path: Path, name: str = ASSUMPTIONS_TABLE) -> QgsVectorLayer | None:
    table = QgsVectorLayer(layer_source(path, name), name, "ogr")
    return table if table.isValid() else None


def save_assumptions(path, scheme: str, assumptions: Assumptions, table_name: str = ASSUMPTIONS_TABLE) -> None:
    """Writes (or replaces) the assumptions of scheme layer ``scheme`` in the GeoPackage ``path``.

    ``table_name``: another table for assumptions of another kind (anything with ``to_json()``)."""
    path = Path(path)
    table = _assumptions_table(path, table_name)
    if table is None:
        fields = QgsFields()
        for name in ("scheme", "assumptions", "updated"):
            fields.append(QgsField(name, compat.STRING))
        _write_empty(path, table_name, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        table = _assumptions_table(path, table_name)
        if table is None:
            raise GeoPackageError(N_("The table {table} cannot be created in the GeoPackage"), table=table_name,
                                  details=str(path))
    provider = table.dataProvider()
    request = QgsFeatureRequest().setFilterExpression(f"\"scheme\" = '{scheme.replace(chr(39), chr(39) * 2)}'")
    old = [feature.id() for feature in table.getFeatures(request)]
    if old:
        provider.deleteFeatures(old)
    feature = QgsFeature(table.fields())  # the table's first field is the GeoPackage's fid: set by name
    feature["scheme"] = scheme
    feature["assumptions"] = assumptions.to_json()
    feature["updated"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    ok, _ = provider.addFeatures([feature])
    if not ok:
        raise GeoPackageError(N_("{name}: the assumptions could not be saved"), name=scheme,
                              details=f"{path}: {'; '.join(provider.errors())}")


def load_assumptions(path, scheme: str, table_name: str = ASSUMPTIONS_TABLE, kind=Assumptions):
    """The assumptions stored for ``scheme``, or None when there are none.

    Raises AssumptionsError (naming the file and scheme) when what is stored cannot be used
    (``kind``: the class that reads them, with ``from_json``; its errors are ValueErrors).
    """
    table = _assumptions_table(Path(path), table_name)
    if table is None:
        return None
    for feature in table.getFeatures():
        if feature["scheme"] == scheme:
            try:
                return kind.from_json(feature["assumptions"])
            except ValueError as error:
                raise type(error)(f"{path} ({scheme}): {error}") from error
    return None


def geopackage_of(layer: QgsVectorLayer) -> tuple[Path, str] | None:
    """(file, layer name) of a GeoPackage layer, None for any other source."""
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not str(path).lower().endswith(".gpkg"):
        return None
    return Path(path), parts.get("layerName") or layer.name()


def stored_non_numbers(layer: QgsVectorLayer, names, fid=None) -> dict:
    """{fid: {field: stored value}} of the values that a GeoPackage stores as text or a blob in the numeric
    fields ``names`` of ``layer`` (or as a real number in a whole-number field: GDAL reads 1e308 there as
    -1), of feature ``fid`` alone if given; {} for any other layer.

    SQLite keeps a value of another type in a REAL or INTEGER column ("lots", "Infinity", a blob), and
    GDAL then reads it as 0 (or empty): the reader gives the module the stored value instead, so that
    the module is left out with "is not a number" rather than computed with 0.
    """
    import sqlite3

    from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal

    source = geopackage_of(layer)
    names = list(names)
    if source is None or not names or layer.subsetString():
        return {}
    path, table = source
    path = Path(path).resolve()
    if not path.is_file():
        return {}
    whole = {name for name in names if schema.field(name).type == schema.INTEGER}
    odd = SQL(" OR ").join(SQL("typeof({}) IN ({})").format(
        Identifier(n), SQL("'text', 'blob', 'real'" if n in whole else "'text', 'blob'")) for n in names)
    query = SQL("SELECT rowid, {} FROM {} WHERE ({})").format(
        SQL(", ").join(Identifier(n) for n in names), Identifier(table), odd)
    if fid is not None:
        query = query + SQL(" AND rowid = {}").format(Literal(int(fid)))
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=2)
    except (sqlite3.Error, ValueError):
        return {}
    try:
        rows = connection.execute(query.as_string()).fetchall()
    except sqlite3.Error as problem:
        LOGGER.debug("stored values of %s not checked: %s", table, problem)
        return {}
    finally:
        connection.close()
    found: dict = {}
    for row in rows:
        values = {name: value for name, value in zip(names, row[1:])
                  if isinstance(value, (str, bytes)) or (name in whole and isinstance(value, float))}
        if values:
            found[row[0]] = values
    return found
