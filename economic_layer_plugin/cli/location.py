"""``economic-layer location SOURCE [--rules RULES.json] [--layer NAME=LAYER_SOURCE]... [--json] [--strict]``:
the scheme's indicators with location value (区位价值).

The location rules are those stored with the scheme, or those of ``--rules`` (a JSON file holding the
``location`` block of the assumptions: ``{"rules": [...], "max_percent": 30, "min_percent": -30}``; see
docs/location.md). Each rule names a location layer: ``--layer NAME=PATH`` (or ``PATH|layername=X``)
gives it; a rule's layer without ``--layer`` is looked for in the scheme's own GeoPackage by name.
Prints each module's location factor and reasons, and what location is worth per unit; ``--json``:
the indicators' JSON with ``location_factor`` and ``location_reasons`` per module and
``location_income`` per unit and for the project.
"""

from __future__ import annotations

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.refusal import in_language

HELP = "indicators with location value: location layers and rules (docs/location.md)"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    parser.add_argument("--rules", metavar="RULES.json", help="location rules (default: those stored with the scheme)")
    parser.add_argument("--layer", action="append", default=[], metavar="NAME=LAYER_SOURCE",
                        help="the location layer a rule names (repeat for several)")
    common.add_strict(parser)
    common.add_json(parser)


def _rules(path: str):
    import json
    from pathlib import Path

    from economic_layer_plugin.core.location import LocationAssumptions, LocationError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as problem:
        raise ValueError(f"{path}: cannot be read as JSON ({problem})") from problem
    if isinstance(data, dict) and "location" in data:  # a whole assumptions file
        data = data["location"]
    try:
        return LocationAssumptions.from_dict(data)
    except LocationError as problem:
        raise ValueError(f"{path}: {problem}") from problem


def _layers(specs, scheme, rules) -> dict:
    from qgis.core import QgsVectorLayer

    from economic_layer_plugin.qgis_adapter.gpkg import geopackage_of

    layers = {}
    for spec in specs:
        name, sep, source = spec.partition("=")
        if not sep or not name or not source:
            raise ValueError(f"--layer {spec!r}: use NAME=LAYER_SOURCE")
        layer = QgsVectorLayer(source, name, "ogr")
        if not layer.isValid():
            raise ValueError(f"--layer {spec!r}: {source} cannot be opened as a vector layer")
        layers[name] = layer
    stored = geopackage_of(scheme)
    for name in rules.layers():
        if name not in layers and stored is not None:
            layer = QgsVectorLayer(f"{stored[0]}|layername={name}", name, "ogr")
            if layer.isValid():
                layers[name] = layer
    return layers


def located_model(args, require_rules: bool = False):
    """The scheme of ``args.sources[0]`` and its model measured against its location layers (the rules
    stored with it, or ``--rules``; the layers of ``--layer``, else of its own GeoPackage), the problems
    of the measuring warned in the user's language. Raises SourceError or ValueError (a scheme that
    cannot be opened, bad rules or layers; no rules at all where ``require_rules``)."""
    from dataclasses import replace

    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.core.i18n import N_
    from economic_layer_plugin.qgis_adapter import location
    from economic_layer_plugin.qgis_adapter.gpkg import InputError
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader
    from economic_layer_plugin.qgis_adapter.sources import open_layer
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    scheme = open_layer(args.sources[0])
    assumptions = assumptions_of(scheme)
    if args.rules:
        assumptions = replace(assumptions, location=_rules(args.rules))
    if require_rules and not assumptions.location.enabled:
        raise InputError(N_("{name}: no location rules (store them with the scheme, or give --rules)"),
                         name=scheme.name())
    layers = _layers(args.layer, scheme, assumptions.location)
    model = EconomicModel(assumptions)
    model.load(ModuleReader(scheme).modules())
    for problem in location.apply(model, scheme, layers):
        common.warn(in_language(problem, common.language(args)))
    return scheme, model


def print_location(model, lang: str = "en") -> None:
    from economic_layer_plugin.core.formatting import money
    from economic_layer_plugin.core.i18n import tr

    for module in model.modules.values():
        found = module.location
        if found is None:
            continue
        notes = "; ".join(found.notes(lang))
        # the factor the price carries, as write_factor_layer writes it: 1 where the module's own price wins
        sale = 1.0 if "el_sale_price" in found.own else found.sale
        rent = 1.0 if "el_rent" in found.own else found.rent
        print("  " + tr("{module_id} ({use}): sale x{sale}, rent x{rent}", lang).format(
            module_id=module.module_id, use=_use_label(module.use, lang), sale=f"{sale:.3f}",
            rent=f"{rent:.3f}") + f"  {notes}")
    for code in model.unit_codes():
        print(tr("unit {unit}: location is worth {income} (10,000 CNY) of income", lang).format(
            unit=code, income=money(model.location_income(code))))
    print(tr("project: location is worth {income} (10,000 CNY) of income", lang).format(
        income=money(model.location_income())))


def _use_label(use: str, lang: str) -> str:
    """The use's label in ``lang`` (definitions.USE_LABELS), else the use as written."""
    from economic_layer_plugin.definitions import USE_LABELS

    return USE_LABELS.get(use, {}).get(lang, use)


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.cli.indicators import print_indicators
    from economic_layer_plugin.core.report import scheme_report
    from economic_layer_plugin.qgis_adapter.sources import SourceError

    try:
        scheme, model = located_model(args)
    except (SourceError, ValueError) as problem:
        return common.error(problem, common.said_language(args))
    if args.json:
        common.write_json(scheme_report(scheme.name(), model))
    else:
        print_indicators(scheme.name(), model, common.language(args))
        print_location(model, common.language(args))
    code = common.excluded_code(args, model.excluded_count, [model])
    del app
    return code
