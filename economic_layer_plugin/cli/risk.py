"""``economic-layer risk SOURCE [--draws N] [--seed S] [--json]``: tornado and Monte Carlo of NPV, net
profit and funding gap (core/risk.py)."""

from __future__ import annotations

import json
import sys

from economic_layer_plugin.cli import common

HELP = "tornado and Monte Carlo of NPV, net profit and funding gap"


def add_arguments(r) -> None:
    r.add_argument("sources", nargs=1, metavar="SOURCE")
    r.add_argument("--draws", type=int, default=10_000)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--json", action="store_true", help="JSON on standard output")
    r.add_argument("--strict", action="store_true", help="exit 3 when modules are left out of the totals")


def _wan(value) -> str:
    from economic_layer_plugin.core.formatting import money

    return money(value, 1)


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.core.risk import risk_report
    from economic_layer_plugin.qgis_adapter.sources import SourceError, load_scheme

    try:
        name, model = load_scheme(args.sources[0])
    except SourceError as error:
        print(f"economic-layer: {error}", file=sys.stderr)
        return 2
    if args.draws < 1:
        print("economic-layer: --draws must be at least 1", file=sys.stderr)
        return 2
    report = risk_report(model, draws=args.draws, seed=args.seed)
    report["scheme"] = name
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
        print()
    else:
        print(f"{name}: tornado (万元; NPV low / high, net profit low / high)")
        base = report["tornado"]["base"]
        print(f"  base: NPV {_wan(base['npv'])}, net profit {_wan(base['net_profit'])}")
        for row in report["tornado"]["rows"]:
            print(
                f"  {row['driver']:18} {row['low']:>6g} / {row['high']:<6g} NPV {_wan(row['npv_low']):>12} / "
                f"{_wan(row['npv_high']):<12} net {_wan(row['net_low']):>12} / {_wan(row['net_high'])}"
            )
        mc = report["monte_carlo"]
        print(f"Monte Carlo, {mc['draws']} draws, seed {mc['seed']} (万元):")
        for key in ("npv", "funding_gap", "net_profit"):
            print(
                f"  {key:12} P10 {_wan(mc[key]['p10']):>12}  P50 {_wan(mc[key]['p50']):>12}  "
                f"P90 {_wan(mc[key]['p90']):>12}"
            )
        print(f"  P(net profit < 0) = {mc['probability_loss']:.1%}")
    if model.excluded_count:
        print(f"economic-layer: {model.excluded_count} modules were left out of the totals", file=sys.stderr)
    del app  # QGIS is kept until the command is done
    return 3 if args.strict and model.excluded_count else 0
