"""``economic-layer indicators SOURCE [--json] [--strict]``: Table 1 and the scheme's indicators."""

from __future__ import annotations

from economic_layer_plugin.cli import common

HELP = "Table 1 and the indicators of a scheme (project and units)"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    common.add_strict(parser)
    common.add_json(parser)


def table_text(frame) -> str:
    """Table 1 as aligned text: whole numbers with thousands separators (the frame is in 万元 and m2)."""
    from economic_layer_plugin.core.formatting import number

    header = [""] + [str(column) for column in frame.columns]
    rows = [[str(label)] + [number(value, 0) for value in values] for label, values in zip(frame.index,
                                                                                          frame.values.tolist())]
    widths = [max(common.display_width(row[i]) for row in [header] + rows) for i in range(len(header))]
    lines = []
    for row in [header] + rows:
        cells = [common.ljust(row[0], widths[0])] + [common.rjust(cell, width + 2)
                                                     for cell, width in zip(row[1:], widths[1:])]
        lines.append("".join(cells))
    return "\n".join(lines)


def print_indicators(name: str, model) -> None:
    from economic_layer_plugin.core.formatting import money, percent, years

    print(f"{name}: {model.project.count} modules, {model.excluded_count} left out of the totals")
    print(table_text(model.table1("en")))
    result = model.indicators()
    payback = ("none (the flow ends below zero)" if result["payback"] is None
               else f"{years(result['payback'])} years")
    print(f"NPV {money(result['npv'])} (10,000 CNY), IRR {percent(result['irr'], 2)}, payback {payback}, "
          f"MIRR {percent(result['mirr'], 2)}, subsidy needed (present value) {money(result['subsidy_pv'])} "
          "(10,000 CNY)")
    if result["irr_roots"] > 1:
        print(f"  IRR is ambiguous: the cash flow has {result['irr_roots']} rates of return; the one closest "
              "to 0 is shown. Judge the scheme by NPV and MIRR.")
    if model.stack() is not None:  # the feasibility stack (docs/feasibility.md)
        print(f"Taxes {money(result['taxes'])}, finance cost {money(result['finance_cost'])}, exit value "
              f"{money(result['exit_value'])}, net profit after tax and finance "
              f"{money(result['net_profit_after_tax'])} (10,000 CNY); equity IRR "
              f"{percent(result['equity_irr'], 2)}")
    for item in model.excluded.values():
        print(f"  left out: feature {item.fid} ({item.module_id}): {item.message('en')}")


def run(args) -> int:
    from economic_layer_plugin.core.report import scheme_report

    def act(name, model) -> None:
        if args.json:
            common.write_json(scheme_report(name, model))
        else:
            print_indicators(name, model)

    return common.on_one_scheme(args, act)
