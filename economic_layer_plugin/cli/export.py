"""``economic-layer export SOURCE... -o OUT.xlsx [--language zh|en] [--strict]``: the Table-1 workbook."""

from __future__ import annotations

from pathlib import Path

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr

#: the document is Chinese unless --language says otherwise (not the locale's)
DEFAULT_LANGUAGE = "zh"
HELP = "the Table-1 workbook of one or more schemes"


def add_arguments(parser) -> None:
    common.add_sources(parser, several=True)
    common.add_strict(parser)
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.xlsx")
    common.add_language(parser)


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.io.xlsx import export_workbook

    lang = common.language(args)
    schemes = common.load_schemes(args.sources, lang, common.said_language(args))
    if schemes is None:
        return 2
    if args.output.suffix.lower() != ".xlsx":
        return common.error(tr("{path}: the workbook is written as .xlsx (name the file OUT.xlsx)", lang).format(
            path=args.output))
    args.output.parent.mkdir(parents=True, exist_ok=True)  # as report and optimise do
    export_workbook(schemes, args.output, lang)
    print(tr("wrote {path}", lang).format(path=args.output))
    code = common.excluded_code(args, sum(model.excluded_count for _, model in schemes),
                               [model for _, model in schemes])
    del app
    return code
