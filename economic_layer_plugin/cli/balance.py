"""``economic-layer balance SOURCE [--unit CODE] [--use USE] [--price P] [--basis static|npv] [--json]``.

Each unit's fund balance (net profit and NPV, with the resettlement ledger and the unit-level lump
sums), solved for balance: the financing-plot floor area of the chosen use and price (default: the
use's sale price in the price book) that brings the unit's net profit to 0, and the subsidy that
would do the same (docs/resettlement.md).
"""

from __future__ import annotations

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr

HELP = "each unit's fund balance, and the financing plot or subsidy that balances it"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    common.add_strict(parser)
    common.add_json(parser)
    parser.add_argument("--unit", metavar="CODE", help="one unit (default: every unit)")
    parser.add_argument("--use", default="residential", help="use of the financing plot (default residential)")
    parser.add_argument("--price", type=float, metavar="P",
                        help="sale price of the financing plot, yuan/m2 (default: the use's price in the book)")
    parser.add_argument("--basis", choices=("static", "npv"), default="static",
                        help="bring net profit (static, default) or NPV to 0")


def print_balance(name: str, report: dict, lang: str = "en") -> None:
    from economic_layer_plugin.core.formatting import money, number
    from economic_layer_plugin.core.i18n import tr

    project = report["project"]
    print(tr("{name}: fund balance (10,000 CNY): net profit {net}, NPV {npv}, subsidy {subsidy}", lang).format(
        name=name, net=money(project["net_profit"]), npv=money(project["npv"]), subsidy=money(project["subsidy"])))
    header = [tr("unit", lang), tr("net profit", lang), tr("NPV", lang), tr("subsidy", lang), tr("subsidy PV", lang),
              tr("plot m2", lang)]
    rows = [[str(code), money(entry["net_profit"]), money(entry["npv"]), money(entry["subsidy"]),
             money(entry["subsidy_pv"]), number(entry["area"], 1),
             entry.get("message_zh", entry["message"]) if lang == "zh" else entry["message"]]
            for code, entry in report["units"].items()]
    widths = [max(common.display_width(row[i]) for row in [header] + rows) + 2 for i in range(len(header))]
    print("  " + common.ljust(header[0], widths[0]) + "".join(common.rjust(text, width) for text, width in
                                                              zip(header[1:], widths[1:])) + "  " + tr("answer", lang))
    for row in rows:
        print("  " + common.ljust(row[0], widths[0]) + "".join(common.rjust(text, width) for text, width in
                                                               zip(row[1:-1], widths[1:])) + "  " + row[-1])


def run(args) -> int:
    from economic_layer_plugin.core.balance import BalanceError, balance_report

    lang = common.language(args)

    def act(name, model) -> int:
        if args.unit is not None and args.unit not in model.unit_codes():
            return common.error(tr("{name}: unit {unit} has no modules (units: {units})", lang).format(
                name=name, unit=args.unit, units=", ".join(model.unit_codes())))
        try:
            report = balance_report(model, args.unit, args.use, args.price,
                                    key="npv" if args.basis == "npv" else "net_profit")
        except BalanceError as problem:
            return common.error(problem, common.said_language(args))
        report["scheme"] = name
        if args.json:
            common.write_json(report)
        else:
            print_balance(name, report, lang)
        return 0

    return common.on_one_scheme(args, act)
