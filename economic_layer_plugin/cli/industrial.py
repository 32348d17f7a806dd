"""``economic-layer industrial SOURCE [--json] [--language zh|en] [-o OUT.xlsx]``: industrial land, per plot
the category and reason, per park, level and district the indicators (core.industrial)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import N_, tr, translate

HELP = "industrial land: categories and indicators"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    common.add_json(parser)
    common.add_language(parser)
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.xlsx", help="also write the Industrial sheet")


#: the units of core.industrial's indicators, for the catalogue (translated where shown)
UNITS = (N_("10,000 CNY/mu"), N_("10,000 CNY/km2"), N_("persons/km2"), N_("10,000 kWh/10,000 CNY"),
         N_("10,000 t/10,000 CNY"))


def _clip(text, width: int) -> str:
    """``text`` cut to ``width`` terminal columns (a Chinese character takes two) and padded to it."""
    text = str(text)
    while common.display_width(text) > width:
        text = text[:-1]
    return common.ljust(text, width)


def _unit_text(unit: str, lang: str) -> str:
    """`` (unit)`` after a label, in ``lang`` (Chinese brackets in Chinese); nothing without a unit."""
    return common.note(translate(unit, lang), lang) if unit else ""


def _group_name(group, lang: str) -> str:
    from economic_layer_plugin.core import industrial as ind

    if group.scope == "district":
        return tr("District", lang)
    if group.scope == "level":
        return ind.level_label(group.name, lang)
    return tr("no park", lang) if group.name in (None, "", "—") else str(group.name)


def print_industrial(name: str, evaluation, lang: str) -> None:
    """Per plot the category and reason; per district, level and park (the columns) the indicators."""
    from economic_layer_plugin.core import industrial as ind
    from economic_layer_plugin.core.formatting import number, percent

    print(tr("{name}: {count} plots (money in 10,000 CNY; per mu, 1 mu = 666.67 m2)", lang).format(
        name=name, count=len(evaluation.plots)))
    categories = [ind.category_label(result.classification.category, lang) for result in evaluation.plots]
    category_width = max((common.display_width(text) for text in categories), default=0)
    for result, category in zip(evaluation.plots, categories):
        plot = result.plot
        print(f"  {common.rjust(plot.fid, 5)} {_clip(plot.get('enterprise') or '', 24)} "
              f"{_clip(plot.park or '—', 16)} {common.ljust(category, category_width)}  "
              f"{result.classification.reason(lang)}")
    groups = [evaluation.district] + list(evaluation.levels) + list(evaluation.parks)
    rows = [[""] + [_group_name(group, lang) for group in groups],
            [tr("plots", lang)] + [str(group.plots) for group in groups],
            [tr("land (mu)", lang)] + [number(group.land_mu, 1) for group in groups]]
    for key in ind.INDICATOR_KEYS:
        unit = ind.indicator_unit(key)
        label = ind.indicator_label(key, lang) + _unit_text(unit, lang)
        decimals = 0 if "km2" in unit else 4 if key.endswith("_per_output") else 2
        write = (lambda v: percent(v, 1)) if unit == "%" else (lambda v, d=decimals: number(v, d))
        rows.append([label] + [write(group.values[key]) for group in groups])
    widths = [max(common.display_width(row[i]) for row in rows) + 2 for i in range(len(rows[0]))]
    print()
    for row in rows:
        print(common.ljust(row[0], widths[0]) + "".join(common.rjust(cell, width)
                                                        for cell, width in zip(row[1:], widths[1:])))
    counts = ", ".join(f"{ind.category_label(c, lang)} {n}"
                                 for c, n in evaluation.district.categories.items())
    print("\n" + tr("categories: {counts}", lang).format(counts=counts))


def run(args) -> int:
    """Per plot the category and reason; per park, level and district the indicators (core.industrial)."""
    app = common.start_qgis()
    from economic_layer_plugin.qgis_adapter.industrial import evaluate_layer, open_industrial
    from economic_layer_plugin.qgis_adapter.sources import SourceError

    lang = common.language(args)
    try:
        layer = open_industrial(args.sources[0])
    except SourceError as problem:
        return common.error(problem, common.said_language(args))
    evaluation = evaluate_layer(layer)
    if args.output:
        from economic_layer_plugin.io.industrial_sheet import export_industrial_workbook

        export_industrial_workbook(evaluation, args.output, lang, layer.name())
        print(tr("wrote {path}", lang).format(path=args.output), file=sys.stderr)
    if args.json:
        payload = dict(evaluation.to_dict(lang), layer=layer.name())
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False, default=str)
        print()
    else:
        print_industrial(layer.name(), evaluation, lang)
    for message in evaluation.problems(lang):
        common.warn(message)
    del app
    return 0
