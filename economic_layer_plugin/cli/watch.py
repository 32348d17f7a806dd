"""``economic-layer watch SOURCE --json-lines``: the indicators once, then again at every committed change
of a PostGIS scheme (one JSON object a line), until interrupted (SIGINT, SIGTERM: exit 0)."""

from __future__ import annotations

import sys

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import N_

HELP = "print the indicators at every committed change of a PostGIS scheme"


def add_arguments(p) -> None:
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--json-lines", action="store_true", required=True, help="one JSON object a line")


def run(args) -> int:
    import signal

    app = common.start_qgis()
    from qgis.PyQt.QtCore import QTimer

    from economic_layer_plugin.qgis_adapter import postgis
    from economic_layer_plugin.qgis_adapter.sources import SourceError, open_layer

    try:
        layer = open_layer(args.source)
        if not postgis.is_published(layer):
            raise SourceError(N_("{source}: not a scheme published to PostGIS (watch follows PostGIS schemes)"),
                              source=args.source)
    except (SourceError, postgis.PostgisError) as problem:
        return common.error(problem, common.said_language(args))

    def write(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def install_stop(quit_app) -> None:
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: quit_app())
        timer = QTimer(app)  # lets Python run its signal handlers while Qt waits
        timer.timeout.connect(lambda: None)
        timer.start(100)

    try:
        return postgis.watch(layer, write, app, install_stop)
    except BrokenPipeError:
        return 0
