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
    economic-layer upgrade SOURCE [--require-version | --allow-unversioned]
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

Every subcommand takes ``--language zh|en`` (also given before the subcommand): the language of its text
output, by default the locale's (LC_ALL, LC_MESSAGES, LANG starting with ``zh``: Chinese; else English).
The JSON keeps its keys and yuan whatever the language.
Runs on the Python that QGIS runs (/usr/bin/python3 on Debian).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from dataclasses import dataclass

from economic_layer_plugin.cli.common import EXIT_CODES, add_language, default_language, remove_profile


@dataclass(frozen=True)
class Command:
    """A subcommand: its name and the module (``economic_layer_plugin.cli.<module>``) that holds its
    ``HELP``, ``add_arguments(parser)`` and ``run(args) -> exit code``."""

    name: str
    module: str


#: The subcommands, in the order of ``--help``: a new one is a module and a row here.
COMMANDS = (
    Command("convert", "convert"),
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
    Command("upgrade", "upgrade"),
    Command("report", "report"),
    Command("location", "location"),
    Command("location-map", "location_map"),
)


def _module(command: Command):
    return importlib.import_module(f"{__name__}.{command.module}")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="economic-layer", description=__doc__.splitlines()[0],
                                  epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--language", dest="global_language", choices=("zh", "en"),
                     help="language of the text output (default: the locale's); each subcommand takes it too")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        module = _module(command)
        child = sub.add_parser(command.name, help=module.HELP,
                               description=getattr(module, "DESCRIPTION", None) or module.__doc__.strip(),
                               epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(child)
        if "--language" not in child._option_string_actions:  # every subcommand speaks the user's language
            add_language(child)
    return top


def parse(argv=None) -> argparse.Namespace:
    """The arguments, ``language`` resolved: the subcommand's ``--language``, else the one given before
    the subcommand, else the command's ``DEFAULT_LANGUAGE`` (a document's), else the locale's."""
    args = parser().parse_args(argv)
    # what the command says (errors, warnings) follows --language when given, else the locale (not a document's
    # own default): common.said_language
    args.language_given = getattr(args, "language", None) or args.global_language
    if getattr(args, "language", None) is None:
        module = _module(next(command for command in COMMANDS if command.name == args.command))
        # a command that writes a document (export, report) may keep its own default: Chinese
        args.language = args.global_language or getattr(module, "DEFAULT_LANGUAGE", None) or default_language()
    return args


def main(argv=None) -> int:
    """Runs one subcommand; its exit code."""
    args = parse(argv)
    return _module(next(command for command in COMMANDS if command.name == args.command)).run(args)


def script_main(argv=None) -> None:
    """The script's entry point: exits with the subcommand's code. A command marked ``EXIT_AT_ONCE``
    (``report``) ends through os._exit: QGIS 3.22 may crash or hang in its own shutdown after the PDF
    is written (os._exit runs no atexit function, so the temporary profile is removed first)."""
    args = parse(argv)
    module = _module(next(command for command in COMMANDS if command.name == args.command))
    code = module.run(args)
    if getattr(module, "EXIT_AT_ONCE", False):
        remove_profile()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
