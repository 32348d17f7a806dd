"""``economic-layer risk SOURCE [--draws N] [--seed S] [--json]``: tornado and Monte Carlo of NPV, net
profit and funding gap (core/risk.py)."""

from __future__ import annotations

import json
import sys

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.formatting import percent
from economic_layer_plugin.core.i18n import tr

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


#: the Monte Carlo's figures, in the order printed
SIMULATED = ("npv", "funding_gap", "net_profit")


def print_risk(name: str, report: dict, lang: str) -> None:
    from economic_layer_plugin.core import indicators
    from economic_layer_plugin.core.risk import DRIVER_LABELS

    print(tr("{name}: tornado (10,000 CNY; NPV low / high, net profit low / high)", lang).format(name=name))
    base = report["tornado"]["base"]
    print("  " + tr("base: NPV {npv}, net profit {net}", lang).format(npv=_wan(base["npv"]),
                                                                      net=_wan(base["net_profit"])))
    rows = report["tornado"]["rows"]
    drivers = [common.label_of(DRIVER_LABELS[row["driver"]], lang) for row in rows]
    width = max((common.display_width(text) for text in drivers), default=0)
    npv, net = tr("NPV", lang), tr("net profit", lang)
    for row, driver in zip(rows, drivers):
        print(f"  {common.ljust(driver, width)} {row['low']:>6g} / {row['high']:<6g} {npv} "
              f"{_wan(row['npv_low']):>12} / {_wan(row['npv_high']):<12} {net} {_wan(row['net_low']):>12} / "
              f"{_wan(row['net_high'])}")
    mc = report["monte_carlo"]
    print(tr("Monte Carlo, {draws} draws, seed {seed} (10,000 CNY):", lang).format(draws=mc["draws"], seed=mc["seed"]))
    labels = [indicators.label(key, lang) for key in SIMULATED]
    width = max(common.display_width(text) for text in labels)
    for key, label in zip(SIMULATED, labels):
        print(f"  {common.ljust(label, width)} P10 {_wan(mc[key]['p10']):>12}  P50 {_wan(mc[key]['p50']):>12}  "
              f"P90 {_wan(mc[key]['p90']):>12}")
    print("  " + tr("P(net profit < 0) = {share}", lang).format(share=percent(mc["probability_loss"], 1)))


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.core.risk import risk_report
    from economic_layer_plugin.qgis_adapter.sources import SourceError, load_scheme

    lang = common.language(args)
    try:
        name, model = load_scheme(args.sources[0])
    except SourceError as error:
        return common.error(error, common.said_language(args))
    if args.draws < 1:
        return common.error(tr("--draws must be at least 1", lang))
    report = risk_report(model, draws=args.draws, seed=args.seed)
    report["scheme"] = name
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
        print()
    else:
        print_risk(name, report, lang)
    if model.excluded_count:
        common.warn(tr("{count} modules were left out of the totals", lang).format(count=model.excluded_count))
    del app  # QGIS is kept until the command is done
    return 3 if args.strict and model.excluded_count else 0
