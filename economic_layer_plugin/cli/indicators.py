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


def print_indicators(name: str, model, lang: str = "en") -> None:
    from economic_layer_plugin.core.formatting import money, percent, years
    from economic_layer_plugin.core.i18n import tr

    print(tr("{name}: {count} modules, {excluded} left out of the totals", lang).format(
        name=name, count=model.project.count, excluded=model.excluded_count))
    print(table_text(model.table1(lang)))
    result = model.indicators()
    payback = (tr("none (the flow ends below zero)", lang) if result["payback"] is None
               else tr("{years} years", lang).format(years=years(result["payback"])))
    print(tr("NPV {npv} (10,000 CNY), IRR {irr}, payback {payback}, MIRR {mirr}, subsidy needed (present value) "
             "{subsidy} (10,000 CNY)", lang).format(npv=money(result["npv"]), irr=percent(result["irr"], 2),
                                                   payback=payback, mirr=percent(result["mirr"], 2),
                                                   subsidy=money(result["subsidy_pv"])))
    if result["irr_roots"] > 1:
        print("  " + tr("IRR is ambiguous: the cash flow has {count} rates of return; the one closest to 0 is shown. "
                        "Judge the scheme by NPV and MIRR.", lang).format(count=result["irr_roots"]))
    if model.stack() is not None:  # the feasibility stack (docs/feasibility.md)
        print(tr("Taxes {taxes}, finance cost {finance}, exit value {exit}, net profit after tax and finance "
                 "{net} (10,000 CNY); equity IRR {equity_irr}", lang).format(
            taxes=money(result["taxes"]), finance=money(result["finance_cost"]), exit=money(result["exit_value"]),
            net=money(result["net_profit_after_tax"]), equity_irr=percent(result["equity_irr"], 2)))
    for item in model.excluded.values():
        print("  " + tr("left out: feature {fid} ({module_id}): {message}", lang).format(
            fid=item.fid, module_id=item.module_id, message=item.message(lang)))


def run(args) -> int:
    from economic_layer_plugin.core.report import scheme_report

    def act(name, model) -> None:
        if args.json:
            common.write_json(scheme_report(name, model))
        else:
            print_indicators(name, model, common.language(args))

    return common.on_one_scheme(args, act)
