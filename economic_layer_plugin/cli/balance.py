"""``economic-layer balance SOURCE [--unit CODE] [--use USE] [--price P] [--basis static|npv] [--json]``.

Each unit's fund balance (net profit and NPV, with the resettlement ledger and the unit-level lump
sums), solved for balance: the financing-plot floor area of the chosen use and price (default: the
use's sale price in the price book) that brings the unit's net profit to 0, and the subsidy that
would do the same (docs/resettlement.md).
"""

from __future__ import annotations

from economic_layer_plugin.cli import common

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


def print_balance(name: str, report: dict) -> None:
    from economic_layer_plugin.core.formatting import money

    project = report["project"]
    print(f"{name}: fund balance (10,000 CNY): net profit {money(project['net_profit'])}, "
          f"NPV {money(project['npv'])}, subsidy {money(project['subsidy'])}")
    print(f"  {'unit':6}{'net profit':>14}{'NPV':>14}{'subsidy':>12}{'subsidy PV':>12}{'plot m2':>14}  answer")
    for code, entry in report["units"].items():
        area = "—" if entry["area"] is None else f"{entry['area']:,.1f}"
        print(f"  {code:6}{money(entry['net_profit']):>14}{money(entry['npv']):>14}{money(entry['subsidy']):>12}"
              f"{money(entry['subsidy_pv']):>12}"
              f"{area:>14}  {entry['message']}")


def run(args) -> int:
    from economic_layer_plugin.core.balance import BalanceError, balance_report

    def act(name, model) -> int:
        if args.unit is not None and args.unit not in model.unit_codes():
            return common.error(f"{name}: unit {args.unit} has no modules (units: {', '.join(model.unit_codes())})")
        try:
            report = balance_report(model, args.unit, args.use, args.price,
                                    key="npv" if args.basis == "npv" else "net_profit")
        except BalanceError as problem:
            return common.error(problem)
        report["scheme"] = name
        if args.json:
            common.write_json(report)
        else:
            print_balance(name, report)
        return 0

    return common.on_one_scheme(args, act)
