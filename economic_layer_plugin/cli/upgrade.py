"""``economic-layer upgrade SOURCE [--require-version | --allow-unversioned]``: an older scheme upgraded in
place. The fields of this version that it lacks are added and every value is kept; a GeoPackage is copied
next to itself first (``NAME.backup-YYYYMMDDTHHMMSSZ.gpkg``; there is no option to skip it). A scheme
published to PostGIS gets the columns, the CHECK constraints, the triggers and the history function of
this version in one transaction; ``--require-version`` makes it refuse an UPDATE that does not set
``el_version`` (docs/postgis.md), ``--allow-unversioned`` turns that off again."""

from __future__ import annotations

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import N_, tr
from economic_layer_plugin.core.refusal import Text

#: the added fields' aliases are Chinese unless --language says otherwise
DEFAULT_LANGUAGE = "zh"
HELP = "add the fields of this version to an older scheme, in place (a backup first)"


def add_arguments(p) -> None:
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--language", choices=common.LANGUAGES, default=None,
                   help="aliases of the added fields and the text output (default: zh)")
    versions = p.add_mutually_exclusive_group()
    versions.add_argument("--require-version", action="store_true",
                          help="PostGIS: refuse an UPDATE that does not set el_version (lost updates)")
    versions.add_argument("--allow-unversioned", action="store_true",
                          help="PostGIS: take an UPDATE without el_version again")


def _open(text: str):
    """The layer of SOURCE, an older scheme or a current one (anything else: SourceError)."""
    from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
    from economic_layer_plugin.qgis_adapter.postgis import PostgisError, open_source
    from economic_layer_plugin.qgis_adapter.sources import SourceError, is_postgres_source, open_file_layer
    from economic_layer_plugin.qgis_adapter.upgrade import is_older_scheme

    def scheme(layer) -> bool:
        return is_economic_layer(layer) or is_older_scheme(layer)

    if is_postgres_source(text):
        try:
            layer = open_source(text)
        except PostgisError as error:
            raise SourceError(str(error)) from error
        if not scheme(layer):
            raise SourceError(N_("{source}: not an economic layer (a polygon layer with the el_ fields)"), source=text)
        return layer
    why_not = Text(N_("not an economic layer, older or current (no el_ fields); convert it"))
    return open_file_layer(text, scheme, N_("economic"), "el_", lambda _layer: why_not)


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.qgis_adapter import postgis
    from economic_layer_plugin.qgis_adapter.sources import SourceError
    from economic_layer_plugin.qgis_adapter.upgrade import UpgradeError, upgrade_layer

    try:
        layer = _open(args.source)
        if (args.require_version or args.allow_unversioned) and not postgis.is_published(layer):
            raise SourceError(N_("{source}: --require-version and --allow-unversioned are for schemes published to "
                                 "PostGIS"), source=args.source)
        result = upgrade_layer(layer, args.language)
        if args.require_version or args.allow_unversioned:
            postgis.set_require_version(layer, args.require_version)
    except (SourceError, UpgradeError, postgis.PostgisError) as problem:
        return common.error(problem, common.said_language(args))
    language = args.language
    if result.added:
        print(tr("{name}: added {fields} (empty; every other value kept)", language).format(
            name=result.layer_name, fields=", ".join(result.added)))
    else:
        print(tr("{name}: no field missing", language).format(name=result.layer_name))
    if result.backup is not None:
        print(tr("backup: {path}", language).format(path=result.backup))
    if postgis.is_published(layer):
        print(tr("{name}: constraints, triggers and history function of this version installed",
                 language).format(name=result.layer_name))
    if args.require_version:
        print(tr("{name}: an UPDATE without el_version is refused", language).format(name=result.layer_name))
    elif args.allow_unversioned:
        print(tr("{name}: an UPDATE without el_version is taken", language).format(name=result.layer_name))
    del app
    return 0
