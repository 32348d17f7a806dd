"""economic-layer: the economic layer's calculation on the command line (the plugin's own engine).

    economic-layer indicators SOURCE [--json] [--strict]
    economic-layer check SOURCE [--json] [--strict]
    economic-layer compare SOURCE SOURCE... [--json] [--strict]
    economic-layer export SOURCE... -o OUT.xlsx [--language zh|en] [--strict]
    economic-layer balance SOURCE [--unit CODE] [--use residential] [--price P] [--basis static|npv] [--json]
    economic-layer industrial SOURCE [--json] [--language zh|en] [-o OUT.xlsx]
    economic-layer optimise SOURCE -o OUT.gpkg [--objective npv|net_profit] [--balance-units] [--json]
    economic-layer risk SOURCE [--draws N] [--seed S] [--json]
    economic-layer publish SOURCE --postgres "CONNECTION" --schema S [--table T] [--overwrite]
    economic-layer watch SOURCE --json-lines
    economic-layer report SOURCE -o OUT.pdf [--language zh|en] [--page A3|A4] [--strict]
    economic-layer location SOURCE [--rules RULES.json] [--layer NAME=LAYER_SOURCE]... [--json] [--strict]

report: the scheme report (map, Table 1, indicators, checks, comparison, charts, one page per unit)
as PDF, from the QGIS print layouts the plugin makes; SOURCE may also be a QGIS project (.qgz).

SOURCE is a GeoPackage path, optionally with ``|layername=NAME`` (quote it in the shell), or a
scheme published to PostGIS: ``PG:service=NAME schema=S table=T`` (any libpq connection string;
see docs/postgis.md). ``watch`` prints the indicators once, then again at every committed change
of the PostGIS scheme (one JSON object a line), until interrupted (SIGINT, SIGTERM: exit 0). The JSON
has the indicator keys of the economic model (areas in m2, money in yuan):
``{"project": {...}, "units": {"<code>": {...}}, "modules": [...], "checks": [...], "excluded": [...]}``.

``balance`` gives each unit's fund balance (net profit and NPV, with the resettlement ledger and the
unit-level lump sums) and solves for balance: the financing-plot floor area of the chosen use and
price (default: the use's sale price in the price book) that brings the unit's net profit to 0, and
the subsidy that would do the same (docs/resettlement.md).

Exit codes: 0 done; 1 (check only) a policy check failed ("not evaluated" is not a failure), so
that scripts can gate on it; 2 a source cannot be used (the message names it); 3 with --strict,
modules were left out of the totals (they are listed under "excluded" either way; a failed check
wins over 3). Money is printed in 10,000 CNY (JSON: yuan), areas in m2.
Runs on the Python that QGIS runs (/usr/bin/python3 on Debian).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from dataclasses import dataclass

from economic_layer_plugin.cli.common import EXIT_CODES, remove_profile


@dataclass(frozen=True)
class Command:
    """A subcommand: its name and the module (``economic_layer_plugin.cli.<module>``) that holds its
    ``HELP``, ``add_arguments(parser)`` and ``run(args) -> exit code``."""

    name: str
    module: str


#: The subcommands, in the order of ``--help``: a new one is a module and a row here.
COMMANDS = (
    Command("indicators", "indicators"),
    Command("check", "check"),
    Command("compare", "compare"),
    Command("export", "export"),
    Command("balance", "balance"),
    Command("industrial", "industrial"),
    Command("optimise", "optimise"),
    Command("risk", "risk"),
    Command("publish", "publish"),
    Command("watch", "watch"),
    Command("report", "report"),
    Command("location", "location"),
    Command("location-map", "location_map"),
)


def _module(command: Command):
    return importlib.import_module(f"{__name__}.{command.module}")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="economic-layer", description=__doc__.splitlines()[0],
                                  epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        module = _module(command)
        child = sub.add_parser(command.name, help=module.HELP,
                               description=getattr(module, "DESCRIPTION", None) or module.__doc__.strip(),
                               epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(child)
    return top


def main(argv=None) -> int:
    """Runs one subcommand; its exit code."""
    args = parser().parse_args(argv)
    return _module(next(command for command in COMMANDS if command.name == args.command)).run(args)


def script_main(argv=None) -> None:
    """The script's entry point: exits with the subcommand's code. A command marked ``EXIT_AT_ONCE``
    (``report``) ends through os._exit: QGIS 3.22 may crash or hang in its own shutdown after the PDF
    is written (os._exit runs no atexit function, so the temporary profile is removed first)."""
    args = parser().parse_args(argv)
    module = _module(next(command for command in COMMANDS if command.name == args.command))
    code = module.run(args)
    if getattr(module, "EXIT_AT_ONCE", False):
        remove_profile()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
