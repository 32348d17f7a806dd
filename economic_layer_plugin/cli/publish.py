"""``economic-layer publish SOURCE --postgres CONNECTION --schema S [--table T] [--overwrite] [--require-version]``:
write a scheme into a PostGIS schema for team editing (docs/postgis.md). ``--require-version``: the table
refuses an UPDATE that does not set ``el_version`` to the version read with the row (scripts and other
programs then cannot overwrite each other's changes unseen; ``economic-layer upgrade`` turns it on or off
later)."""

from __future__ import annotations

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr

#: the published layer's aliases and forms, and what is said, are Chinese unless --language says otherwise
DEFAULT_LANGUAGE = "zh"
HELP = "write a scheme into a PostGIS schema (team editing)"


def add_arguments(p) -> None:
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--postgres", required=True, metavar="CONNECTION",
                   help="libpq connection string, service=NAME or the name of a QGIS connection")
    p.add_argument("--schema", required=True)
    p.add_argument("--table", help="table name (default: the layer's name)")
    p.add_argument("--language", choices=common.LANGUAGES, default=None,
                   help="language of the published layer's aliases and of the text output (default: zh)")
    p.add_argument("--overwrite", action="store_true", help="replace a table of that name")
    p.add_argument("--grant-read", action="append", default=[], metavar="ROLE",
                   help="a database role that may read the scheme and its history (repeatable)")
    p.add_argument("--grant-edit", action="append", default=[], metavar="ROLE",
                   help="a database role that may edit the scheme too (repeatable)")
    p.add_argument("--require-version", action="store_true",
                   help="refuse an UPDATE that does not set el_version (lost updates between scripts)")


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.qgis_adapter import postgis
    from economic_layer_plugin.qgis_adapter.sources import SourceError, open_layer

    try:
        layer = open_layer(args.source)
        published = postgis.publish(layer, args.postgres, args.schema, args.table, common.language(args),
                                    overwrite=args.overwrite, readers=args.grant_read, editors=args.grant_edit,
                                    require_version=args.require_version)
    except (SourceError, postgis.PostgisError) as problem:
        return common.error(problem, common.said_language(args))
    print(tr("published {layer} as {table} ({count} modules)", common.language(args)).format(
        layer=layer.name(), table=f"{args.schema}.{published.name()}", count=published.featureCount()))
    del app
    return 0
