"""``economic-layer report SOURCE -o OUT.pdf [--language zh|en] [--page A3|A4] [--strict]``: the scheme
report (map, Table 1, indicators, checks, comparison, charts, one page per unit) as PDF, from the QGIS
print layouts the plugin makes; SOURCE may also be a QGIS project (.qgz)."""

from __future__ import annotations

from pathlib import Path

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import tr

#: the document is Chinese unless --language says otherwise (not the locale's)
DEFAULT_LANGUAGE = "zh"
HELP = "the scheme report as PDF"
#: QGIS 3.22 may crash or hang in its own shutdown after the PDF is written: end with os._exit
EXIT_AT_ONCE = True


def add_arguments(report) -> None:
    report.add_argument("sources", nargs=1, metavar="SOURCE")
    report.add_argument("--strict", action="store_true", help="exit 3 when modules are left out of the totals")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    common.add_language(report)
    report.add_argument("--page", choices=("A3", "A4"), default="A3")



def run(args) -> int:
    """Writes the report PDF; exits through os._exit (QGIS 3.22 may crash in its own shutdown)."""
    import time

    app = common.start_qgis()
    from qgis.core import QgsProject

    from economic_layer_plugin.qgis_adapter import expressions, registry
    from economic_layer_plugin.qgis_adapter.report_layout import build_report, export_pdf
    from economic_layer_plugin.qgis_adapter.report_source import open_report_source
    from economic_layer_plugin.qgis_adapter.sources import SourceError

    # the scheme's labels show its live figures through the plugin's expression functions
    run.expression_functions = expressions.register(registry.LiveModels())  # kept to the end, as the app
    started = time.perf_counter()
    try:
        source = open_report_source(args.sources[0], QgsProject.instance(), args.language)
    except SourceError as problem:
        return common.error(problem, common.said_language(args))
    layouts = build_report(source.project, source.layer, source.model, args.language, args.page,
                           source.schemes)
    error = export_pdf(layouts, str(args.output))
    if error:
        common.warn(f"{args.output}: {error}")
        return 1
    print(tr("wrote {path} ({seconds} s)", args.language).format(path=args.output,
                                                              seconds=f"{time.perf_counter() - started:.1f}"))
    excluded = source.model.excluded_count
    code = common.excluded_code(args, excluded, [source.model])
    run.app = app  # kept to the end: the project's layers need it
    return code
