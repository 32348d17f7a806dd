"""``economic-layer compare SOURCE SOURCE... [--json] [--strict]``: schemes side by side, and what
changed from the first to each other one."""

from __future__ import annotations

from economic_layer_plugin.cli import common

HELP = "two schemes or more side by side, and the modules that changed"


def add_arguments(parser) -> None:
    common.add_sources(parser, several=True)
    common.add_strict(parser)
    common.add_json(parser)


def comparison_format(key: str):
    """(row label with its unit, formatter(value, sign)) of an indicator, by its kind
    (core/indicators.py): money in 10,000 CNY and areas in m2 with thousands separators, shares in %,
    years to 0.1."""
    from economic_layer_plugin.core import indicators
    from economic_layer_plugin.core.formatting import WAN

    kind = indicators.kind(key)
    if kind == indicators.MONEY:
        return f"{key} (10,000 CNY)", lambda v, sign: f"{v / WAN:{sign},.0f}"
    if kind == indicators.PERCENT:
        return f"{key} (%)", lambda v, sign: f"{v * 100:{sign},.2f}"
    if kind == indicators.YEARS:
        return f"{key} (years)", lambda v, sign: f"{v:{sign},.1f}"
    if kind == indicators.AREA:
        return f"{key} (m2)", lambda v, sign: f"{v:{sign},.0f}"
    if kind == indicators.COUNT:
        return key, lambda v, sign: f"{v:{sign},.0f}"
    return key, lambda v, sign: f"{v:{sign},.2f}"


def print_comparison(schemes: list) -> None:
    from economic_layer_plugin.core.compare import differences
    from economic_layer_plugin.core.formatting import money
    from economic_layer_plugin.core.indicators import SCALAR_KEYS
    from economic_layer_plugin.core.report import changes_report

    names = [name for name, _ in schemes]
    results = [model.indicators() for _, model in schemes]
    headers = names + [f"Δ {name}" for name in names[1:]]
    # every column as wide as its header (+2) and at least 18: long or Chinese names never run together
    widths = [max(18, common.display_width(header) + 2) for header in headers]
    print(common.ljust("indicator", 34) + "".join(common.rjust(h, w) for h, w in zip(headers, widths)))
    for key in SCALAR_KEYS:
        label, fmt = comparison_format(key)
        values = [r[key] for r in results]
        cells = ["—" if v is None else fmt(v, "") for v in values]
        cells += ["—" if d is None else fmt(d, "+") for d in differences(values, 0)[1:]]
        print(common.ljust(label, 34) + "".join(common.rjust(c, w) for c, w in zip(cells, widths)))
    for other in schemes[1:]:
        changes = changes_report(schemes[0], other)
        rows = changes["modules"]
        units = sum(1 for change in rows if change.get("unit") is not None)
        shown = rows[:20]
        print(f"\nwhat changed from {changes['from']} to {changes['to']}: {len(rows) - units} modules and {units} "
              f"unit rows (resettlement and lump sums), net profit {money(changes['net_profit'])} (10,000 CNY); "
              + ("largest first:" if len(shown) == len(rows) else f"the {len(shown)} largest of {len(rows)}:"))
        names = ["" if change.get("unit") is not None else change["name"][:30] for change in shown]  # a unit row
        id_width = max((common.display_width(change["module_id"]) for change in shown), default=0)  # is named by
        name_width = max((common.display_width(name) for name in names), default=0)  # its id
        for change, name in zip(shown, names):
            print(f"  {change['status']:8} {common.ljust(change['module_id'], id_width)}  "
                  f"{common.ljust(name, name_width)} {money(change['net_profit']):>12}")


def run(args) -> int:
    if len(args.sources) < 2:
        return common.error("compare needs two sources or more")
    app = common.start_qgis()
    from economic_layer_plugin.core.report import changes_report, scheme_report

    schemes = common.load_schemes(args.sources)
    if schemes is None:
        return 2
    if args.json:
        common.write_json({"schemes": [scheme_report(name, model) for name, model in schemes],
                           "changes": [changes_report(schemes[0], scheme) for scheme in schemes[1:]]})
    else:
        print_comparison(schemes)
    code = common.excluded_code(args, sum(model.excluded_count for _, model in schemes),
                               [model for _, model in schemes])
    del app
    return code
