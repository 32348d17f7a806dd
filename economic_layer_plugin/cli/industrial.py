"""``economic-layer industrial SOURCE [--json] [--language zh|en] [-o OUT.xlsx]``: industrial land, per plot
the category and reason, per park, level and district the indicators (core.industrial)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from economic_layer_plugin.cli import common

HELP = "industrial land: categories and indicators"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    common.add_json(parser)
    parser.add_argument("--language", choices=("zh", "en"), default="en")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.xlsx", help="also write the Industrial sheet")


def run(args) -> int:
    """Per plot the category and reason; per park, level and district the indicators (core.industrial)."""
    app = common.start_qgis()
    from economic_layer_plugin.core import industrial as ind
    from economic_layer_plugin.qgis_adapter.industrial import evaluate_layer, open_industrial
    from economic_layer_plugin.qgis_adapter.sources import SourceError

    try:
        layer = open_industrial(args.sources[0])
    except SourceError as problem:
        return common.error(problem)
    evaluation = evaluate_layer(layer)
    lang = args.language
    if args.output:
        from economic_layer_plugin.io.industrial_sheet import export_industrial_workbook

        export_industrial_workbook(evaluation, args.output, lang, layer.name())
        print(f"wrote {args.output}", file=sys.stderr)
    if args.json:
        payload = dict(evaluation.to_dict(lang), layer=layer.name())
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False, default=str)
        print()
    else:
        print(f"{layer.name()}: {len(evaluation.plots)} plots (money in 10,000 CNY; per mu, 1 mu = 666.67 m2)")
        for result in evaluation.plots:
            plot = result.plot
            print(f"  {str(plot.fid):>5} {str(plot.get('enterprise') or '')[:24]:24} {str(plot.park or '—')[:16]:16} "
                  f"{ind.category_label(result.classification.category, lang):22} {result.classification.reason(lang)}")
        keys = ind.INDICATOR_KEYS
        print(f"\n{'scope':10} {'name':24} {'plots':>5} {'mu':>10}" + "".join(f"{k[:16]:>17}" for k in keys))
        for group in [evaluation.district] + list(evaluation.levels) + list(evaluation.parks):
            cells = "".join(f"{'—' if group.values[k] is None else format(group.values[k], ',.4g'):>17}" for k in keys)
            print(f"{group.scope:10} {str(group.name)[:24]:24} {group.plots:>5} {group.land_mu:>10,.1f}{cells}")
        counts = ", ".join(f"{ind.category_label(c, lang)} {n}" for c, n in evaluation.district.categories.items())
        print(f"\ncategories: {counts}")
    for message in evaluation.problems():
        common.warn(message)
    del app
    return 0
