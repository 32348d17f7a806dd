"""``economic-layer location-map SOURCE -o OUT.gpkg [--name NAME] [--rules RULES.json] [--layer NAME=LAYER_SOURCE]...``:
a layer of the scheme's location factors, in graduated colours, for any scheme.

Measures the scheme against its location layers as ``economic-layer location`` does (the rules stored
with the scheme or ``--rules``; ``--layer`` gives a layer a rule names, else it is looked for in the
scheme's own GeoPackage) and writes, in the GeoPackage OUT (made if missing; a layer of that name is
replaced), a layer NAME (default: the scheme's name and ``_location_factor``, or ``_factor`` after a name
ending in ``_location``) of its modules with
``loc_sale``, ``loc_rent`` (the factors their prices carry: 1 where no rule applies or the module's own
price wins) and ``loc_reasons``, its default style the graduated colours of ``loc_sale``
(docs/location.md, "Seeing it"). A snapshot: run it again after edits.
"""

from __future__ import annotations

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr

HELP = "a layer of the location factors in graduated colours (docs/location.md)"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.gpkg", help="the GeoPackage to write to")
    parser.add_argument("--name", help="the layer's name (default: SCHEME_location_factor)")
    parser.add_argument("--rules", metavar="RULES.json", help="location rules (default: those stored with the scheme)")
    parser.add_argument("--layer", action="append", default=[], metavar="NAME=LAYER_SOURCE",
                        help="the location layer a rule names (repeat for several)")


def run(args) -> int:
    from pathlib import Path

    app = common.start_qgis()
    from economic_layer_plugin.cli.location import located_model
    from economic_layer_plugin.core.formatting import money
    from economic_layer_plugin.qgis_adapter import compat, location
    from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError
    from economic_layer_plugin.qgis_adapter.sources import SourceError
    from economic_layer_plugin.qgis_adapter.style import apply_location_style

    try:
        scheme, model = located_model(args, require_rules=True)
    except (SourceError, ValueError) as problem:
        return common.error(problem, common.said_language(args))
    said = common.language(args)
    base = scheme.name()
    name = args.name or (f"{base}_factor" if base.endswith("_location") else f"{base}_location_factor")
    try:
        layer = location.write_factor_layer(model, scheme, Path(args.output), name, "zh")
    except GeoPackageError as problem:
        return common.error(problem, common.said_language(args))
    apply_location_style(layer, "loc_sale", "zh")
    failed = compat.save_style_to_database(layer, "location factor", "Economic Layer: location factor")
    if failed:
        common.warn(tr("{layer}: the style was not saved ({why})", said).format(
            layer=f"{args.output}|layername={name}", why=failed))
    located = sum(1 for module in model.modules.values() if module.location is not None)
    print(tr("wrote {layer}: {count} modules, {located} located; location is worth {income} (10,000 CNY) of income",
             said).format(layer=f"{args.output}|layername={name}", count=len(model.modules), located=located,
                          income=money(model.location_income())))
    del layer, app
    return 0
