"""Python logging bridged to the QGIS log panel (tab "Economic Layer").

Every module logs with ``logging.getLogger(__name__)``; the plugin installs one handler on the
package's root logger in ``initGui()`` and removes it in ``unload()``.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

from economic_layer_plugin.definitions import LOG_TAG, LOGGER_NAME


class QgsMessageLogHandler(logging.Handler):
    """Sends log records to ``QgsMessageLog`` under the plugin's tag."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        try:
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, level, notifyUser=False)
        except Exception:  # logging must never raise into the caller
            self.handleError(record)


def install_log_bridge(debug: bool = False) -> QgsMessageLogHandler:
    """Adds the bridge to the plugin's root logger and returns it (for :func:`remove_log_bridge`)."""
    logger = logging.getLogger(LOGGER_NAME)
    handler = QgsMessageLogHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    return handler


def remove_log_bridge(handler: QgsMessageLogHandler | None) -> None:
    if handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(handler)
