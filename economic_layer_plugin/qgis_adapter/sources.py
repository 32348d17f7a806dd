"""Schemes named by a source text, for the command line and the Processing algorithms.

A SOURCE is a GeoPackage path, optionally with ``|layername=NAME``. Without a layer name, the
GeoPackage must hold exactly one economic layer. What cannot be used raises SourceError naming it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from qgis.core import QgsVectorLayer

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.i18n import N_
from economic_layer_plugin.core.refusal import Refusal, Text
from economic_layer_plugin.qgis_adapter import compat
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer, qt_translator
from economic_layer_plugin.qgis_adapter.reader import ModuleReader
from economic_layer_plugin.qgis_adapter.stored_assumptions import stored_or_default

LOGGER = logging.getLogger(__name__)


class SourceError(Refusal, ValueError):
    """A source that cannot be used; the message names it, in the interface's language (Qt's translator;
    the command line says it again in its ``--language`` with ``in_language``)."""

    def translator(self):
        return qt_translator()


def parse_source(text: str) -> tuple:
    path, _, options = text.partition("|")
    layer_name = None
    for option in filter(None, options.split("|")):
        key, _, value = option.partition("=")
        if key.strip().lower() != "layername" or not value:
            raise SourceError(N_("{source}: unknown option {option!r} (use PATH or PATH|layername=NAME)"),
                              source=text, option=option)
        layer_name = value
    return Path(path), layer_name


def layer_names(path: Path, accept) -> list:
    """The names of the layers of a file that ``accept`` (a function of a QgsVectorLayer) takes."""
    _, ogr = compat.osgeo()
    source = ogr.Open(str(path))
    if source is None:
        raise SourceError(N_("{path}: not a GeoPackage or other vector file that can be opened"), path=path)
    names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]
    return [name for name in names if accept(QgsVectorLayer(f"{path}|layername={name}", name, "ogr"))]


def economic_layer_names(path: Path) -> list:
    return layer_names(path, is_economic_layer)


def open_file_layer(text: str, accept, kind: str, fields: str, why_not) -> QgsVectorLayer:
    """The layer of a file named by ``text`` (``PATH`` or ``PATH|layername=NAME``) that ``accept``
    takes; without a name the file must hold exactly one. Raises SourceError naming what cannot be
    used: ``kind`` ("economic"), ``fields`` ("el_"), ``why_not(layer)`` when the named layer is not one."""
    path, name = parse_source(text)
    if path.is_dir():
        gpkgs = sorted(p.name for p in path.glob("*.gpkg"))
        if gpkgs:
            raise SourceError(N_("{path}: is a folder; name a GeoPackage file in it (it holds {files})"),
                              path=path, files=", ".join(gpkgs[:5]))
        raise SourceError(N_("{path}: is a folder; name a GeoPackage file in it"), path=path)
    if not path.is_file():
        raise SourceError(N_("{path}: no such file"), path=path)
    if name is None:
        names = layer_names(path, accept)
        if not names:
            raise SourceError(N_("{path}: holds no {kind} layer (a polygon layer with the {fields} fields)"),
                              path=path, kind=Text(kind), fields=fields)
        if len(names) > 1:
            raise SourceError(N_("{path}: holds several {kind} layers ({names}); name one: {example}"),
                              path=path, kind=Text(kind), names=", ".join(names),
                              example=f"{path}|layername={names[0]}")
        name = names[0]
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise SourceError(N_("{path}: no layer {name!r}"), path=path, name=name)
    if not accept(layer):
        raise SourceError(why_not(layer), subject=f"{path}|layername={name}")
    return layer


_POSTGRES_URI = re.compile(r"(^|\s)(dbname|service|host)=").search
_POSTGRES_TABLE = re.compile(r"(^|\s)table=").search


def is_postgres_source(text: str) -> bool:
    """``PG:<connection> ...``, or a layer source as QGIS shows it for PostGIS
    (``dbname='el' host=... table="s"."t" (geom)``)."""
    return text[:3].upper() == "PG:" or bool(_POSTGRES_URI(text) and _POSTGRES_TABLE(text))


def open_layer(text: str) -> QgsVectorLayer:
    if is_postgres_source(text):  # a scheme published to PostGIS (qgis_adapter/postgis.py)
        from economic_layer_plugin.qgis_adapter.postgis import PostgisError, open_source

        try:
            layer = open_source(text)
        except PostgisError as error:
            raise SourceError(str(error)) from error
        if not is_economic_layer(layer):
            raise SourceError(_not_economic(layer, text), subject=text)
        return layer
    _refuse_only_older(text)
    return open_file_layer(text, is_economic_layer, N_("economic"), "el_", _not_economic)


def _refuse_only_older(text: str) -> None:
    """A file named without a layer whose economic layers are all of an older version: named, each with
    the fields it lacks and the command that adds them (rather than "holds no economic layer")."""
    from economic_layer_plugin.qgis_adapter.upgrade import is_older_scheme, older_scheme_message

    path, name = parse_source(text)
    if name is not None or not path.is_file() or not compat.osgeo()[1].Open(str(path)):
        return
    older = layer_names(path, is_older_scheme)
    if older and not economic_layer_names(path):
        layers = [QgsVectorLayer(f"{path}|layername={n}", n, "ogr") for n in older]
        raise SourceError("; ".join(f"{path}|layername={layer.name()}: "
                                    f"{older_scheme_message(layer, f'{path}|layername={layer.name()}')}"
                                    for layer in layers))


def _not_economic(layer, source: str | None = None) -> str:
    """Why a layer is not an economic layer: an older scheme is told which fields it lacks and how to
    add them (qgis_adapter/upgrade.py)."""
    from economic_layer_plugin.qgis_adapter.upgrade import is_older_scheme, older_scheme_message

    if is_older_scheme(layer):
        return older_scheme_message(layer, source)
    return Text(N_("not an economic layer (a polygon layer with the el_ fields); convert it first"))


def model_of(layer, on_default=None) -> EconomicModel:
    """The EconomicModel of an economic layer: its modules with the assumptions stored beside it and, when
    these have location rules, the distances to the location layers they name (qgis_adapter/location.py).
    ``on_default(layer name)`` is called when no assumptions are stored and the default price book is used.
    The one way the command line, Processing and the report compute a scheme from a layer."""
    assumptions, stored = stored_or_default(layer)
    if not stored and on_default is not None:
        on_default(layer.name())
    model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions)
    if assumptions.location.enabled:
        from economic_layer_plugin.qgis_adapter import location

        for problem in location.apply(model, layer):
            LOGGER.warning("%s: %s", layer.name(), problem)
    return model


def load_scheme(text: str, on_default=None) -> tuple:
    """(scheme name, EconomicModel) of a source (see :func:`model_of`)."""
    layer = open_layer(text)
    return layer.name(), model_of(layer, on_default)
