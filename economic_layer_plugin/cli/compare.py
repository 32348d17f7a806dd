"""``economic-layer compare SOURCE SOURCE... [--json] [--strict]``: schemes side by side, and what
changed from the first to each other one."""

from __future__ import annotations

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr

HELP = "two schemes or more side by side, and the modules that changed"


def add_arguments(parser) -> None:
    common.add_sources(parser, several=True)
    common.add_strict(parser)
    common.add_json(parser)


def comparison_format(key: str, lang: str = "en"):
    """(row label with its unit, formatter(value, sign)) of an indicator, by its kind
    (core/indicators.py, whose labels carry the unit of money, areas and years): money in 10,000 CNY and
    areas in m2 with thousands separators, shares in %, years to 0.1."""
    from economic_layer_plugin.core import indicators
    from economic_layer_plugin.core.formatting import WAN

    kind = indicators.kind(key)
    label = indicators.label(key, lang)
    if kind == indicators.MONEY:
        return label, lambda v, sign: f"{v / WAN:{sign},.0f}"
    if kind == indicators.PERCENT:
        return label + common.note("%", lang), lambda v, sign: f"{v * 100:{sign},.2f}"
    if kind == indicators.YEARS:
        return label, lambda v, sign: f"{v:{sign},.1f}"
    if kind in (indicators.AREA, indicators.COUNT):
        return label, lambda v, sign: f"{v:{sign},.0f}"
    return label, lambda v, sign: f"{v:{sign},.2f}"


def print_comparison(schemes: list, lang: str = "en") -> None:
    from economic_layer_plugin.core.compare import differences
    from economic_layer_plugin.core.i18n import tr
    from economic_layer_plugin.core.indicators import SCALAR_KEYS
    from economic_layer_plugin.core.report import changes_report

    names = [name for name, _ in schemes]
    results = [model.indicators() for _, model in schemes]
    headers = names + [f"Δ {name}" for name in names[1:]]
    # every column as wide as its header (+2) and at least 18: long or Chinese names never run together
    widths = [max(18, common.display_width(header) + 2) for header in headers]
    rows = [(comparison_format(key, lang), key) for key in SCALAR_KEYS]
    first = max(common.display_width(label) for (label, _), _ in rows) + 2
    print(common.ljust(tr("indicator", lang), first) + "".join(common.rjust(h, w) for h, w in zip(headers, widths)))
    for (label, fmt), key in rows:
        values = [r[key] for r in results]
        cells = ["—" if v is None else fmt(v, "") for v in values]
        cells += ["—" if d is None else fmt(d, "+") for d in differences(values, 0)[1:]]
        print(common.ljust(label, first) + "".join(common.rjust(c, w) for c, w in zip(cells, widths)))
    for other in schemes[1:]:
        _print_changes(changes_report(schemes[0], other), lang)


def _print_changes(changes: dict, lang: str) -> None:
    from economic_layer_plugin.core.compare import STATUS_LABELS
    from economic_layer_plugin.core.formatting import money
    from economic_layer_plugin.core.i18n import tr

    rows = changes["modules"]
    units = sum(1 for change in rows if change.get("unit") is not None)
    shown = rows[:20]
    largest = (tr("largest first:", lang) if len(shown) == len(rows)
               else tr("the {shown} largest of {count}:", lang).format(shown=len(shown), count=len(rows)))
    print("\n" + tr("what changed from {base} to {scheme}: {modules} modules and {units} unit rows (resettlement and "
                    "lump sums), net profit {delta} (10,000 CNY); {largest}", lang).format(
        base=changes["from"], scheme=changes["to"], modules=len(rows) - units, units=units,
        delta=money(changes["net_profit"]), largest=largest))
    ids = [change["module_id"] if change.get("unit") is None  # a unit row is named by its id
           else tr("unit {unit}: resettlement and lump sums", lang).format(unit=change["unit"]) for change in shown]
    names = ["" if change.get("unit") is not None else change["name"][:30] for change in shown]
    states = [common.label_of(STATUS_LABELS[change["status"]], lang) for change in shown]
    state_width = max((common.display_width(state) for state in states), default=0)
    id_width = max((common.display_width(text) for text in ids), default=0)
    name_width = max((common.display_width(name) for name in names), default=0)
    for change, state, module_id, name in zip(shown, states, ids, names):
        print(f"  {common.ljust(state, state_width)} {common.ljust(module_id, id_width)}  "
              f"{common.ljust(name, name_width)} {common.rjust(money(change['net_profit']), 12)}")


def run(args) -> int:
    if len(args.sources) < 2:
        return common.error(tr("compare needs two sources or more", common.language(args)))
    app = common.start_qgis()
    from economic_layer_plugin.core.report import changes_report, scheme_report

    schemes = common.load_schemes(args.sources, common.language(args))
    if schemes is None:
        return 2
    if args.json:
        common.write_json({"schemes": [scheme_report(name, model) for name, model in schemes],
                           "changes": [changes_report(schemes[0], scheme) for scheme in schemes[1:]]})
    else:
        print_comparison(schemes, common.language(args))
    code = common.excluded_code(args, sum(model.excluded_count for _, model in schemes),
                               [model for _, model in schemes])
    del app
    return code
