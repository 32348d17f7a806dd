"""``economic-layer convert SOURCE -o OUT.gpkg [--layer-name NAME] [--height F] [--floors F] [--use F]
[--name F] [--default-use USE] [--action A] [--unit CODE] [--storey-heights "office=4.2,..."]
[--floor-cap N] [--price-book KEY]``: a polygon layer copied into an economic layer (the source is not
changed; docs/floor_area.md). Capped floors, duplicate and overlapping footprints and unreadable values
are listed per feature on standard error."""

from __future__ import annotations

import argparse
from pathlib import Path

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr
from economic_layer_plugin.core.price_books import DEFAULT_TEMPLATE, TEMPLATES_BY_KEY
from economic_layer_plugin.core.refusal import in_language
from economic_layer_plugin.core.schema import MAX_FLOORS
from economic_layer_plugin.definitions import ACTIONS, USES

#: the fields' aliases are Chinese unless --language says otherwise
DEFAULT_LANGUAGE = "zh"
HELP = "convert a polygon layer into an economic layer (a copy in a GeoPackage)"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.gpkg")
    parser.add_argument("--layer-name", default="scheme", help="the new layer's name (default: scheme)")
    for role in ("height", "floors", "use", "name"):
        parser.add_argument(f"--{role}", metavar="FIELD", help=f"the source field giving the {role}")
    parser.add_argument("--default-use", choices=USES, default="other",
                        help="the use where no use field is mapped or its value is empty")
    parser.add_argument("--action", choices=ACTIONS, default="retain", help="the action of every module")
    parser.add_argument("--unit", default="1", help="the project unit of every module")
    parser.add_argument("--storey-heights", default="", metavar="USE=M,...",
                        help="storey heights per use in m over the defaults, e.g. office=4.2,residential=2.8")
    parser.add_argument("--floor-cap", type=_floor_cap, default=None, help="floors from heights at most this (0: none)")
    parser.add_argument("--price-book", choices=tuple(TEMPLATES_BY_KEY), default=DEFAULT_TEMPLATE)
    parser.add_argument("--language", choices=common.LANGUAGES, default=None,
                        help="the fields' aliases (default: zh); what is said follows it when given, else the locale")


def _floor_cap(text: str) -> int:
    """A whole number from 0 (no cap) to the most floors el_floors holds, for argparse."""
    try:
        cap = int(text)
    except ValueError:
        cap = -1
    if not 0 <= cap <= MAX_FLOORS:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number from 0 (no cap) to {MAX_FLOORS}")
    return cap


def run(args) -> int:
    """Writes the economic layer; 2 when the source or an option cannot be used."""
    app = common.start_qgis()
    from qgis.core import QgsVectorLayer

    from economic_layer_plugin.qgis_adapter.convert import FLOOR_CAP, FieldMapping, convert_layer, parse_storey_heights
    from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError

    said = common.said_language(args)  # --language when given, else the locale (the aliases default to zh)
    try:
        heights = parse_storey_heights(args.storey_heights)
    except ValueError as problem:
        return common.error(problem, said)
    source = QgsVectorLayer(args.sources[0], Path(args.sources[0].split("|")[0]).stem, "ogr")
    if not source.isValid():
        return common.error(tr("{source}: not a layer that can be opened", said).format(
            source=args.sources[0]))
    mapping = FieldMapping(height=args.height, floors=args.floors, use=args.use, name=args.name,
                           default_action=args.action, default_unit=args.unit, default_use=args.default_use,
                           storey_heights=heights, floor_cap=FLOOR_CAP if args.floor_cap is None else args.floor_cap,
                           price_book=args.price_book)
    try:
        layer, report = convert_layer(source, args.output, args.layer_name, mapping, args.language)
    except GeoPackageError as problem:
        return common.error(problem, said)
    for item in list(report.problems) + list(report.notes):
        common.warn(in_language(item.message, said))
    print(tr("{summary}; wrote {layer}", said).format(summary=report.summary(said),
                                                      layer=f"{args.output}|layername={layer.name()}"))
    del app
    return 0
