"""``economic-layer export SOURCE... -o OUT.xlsx [--language zh|en] [--strict]``: the Table-1 workbook."""

from __future__ import annotations

from pathlib import Path

from economic_layer_plugin.cli import common

HELP = "the Table-1 workbook of one or more schemes"


def add_arguments(parser) -> None:
    common.add_sources(parser, several=True)
    common.add_strict(parser)
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.xlsx")
    parser.add_argument("--language", choices=("zh", "en"), default="zh")


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.io.xlsx import export_workbook

    schemes = common.load_schemes(args.sources)
    if schemes is None:
        return 2
    if args.output.suffix.lower() != ".xlsx":
        return common.error(f"{args.output}: the workbook is written as .xlsx (name the file OUT.xlsx)")
    args.output.parent.mkdir(parents=True, exist_ok=True)  # as report and optimise do
    export_workbook(schemes, args.output, args.language)
    print(f"wrote {args.output}")
    code = common.excluded_code(args, sum(model.excluded_count for _, model in schemes),
                               [model for _, model in schemes])
    del app
    return code
