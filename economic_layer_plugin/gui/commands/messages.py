"""What the plugin says to the planner in QGIS's message bar: one helper, one title.

The bar holds one short sentence; an error's ``details`` (a path, GDAL's own words: the adapter's errors
carry them, e.g. qgis_adapter/schemes.py) go behind the bar's "More" button, never into the sentence."""

from __future__ import annotations

from qgis.core import Qgis

from economic_layer_plugin.toolbelt.i18n import tr


def text_and_details(message) -> tuple:
    """(the sentence, the details or None) of a text or an error (its ``details`` attribute, if any)."""
    details = getattr(message, "details", None) if isinstance(message, BaseException) else None
    return str(message), (str(details) if details else None)


class Messages:
    """Pushes messages to the message bar of ``iface`` under the plugin's title; each takes a text or an
    error (whose ``details`` the bar shows on "More")."""

    def __init__(self, iface) -> None:
        self.iface = iface

    def _bar(self):
        return self.iface.messageBar()

    def _push(self, message, level, details: str | None = None) -> None:
        text, own = text_and_details(message)
        details = details or own
        if details:
            self._bar().pushMessage(tr("Economic Layer"), text, details, level)
        elif level == Qgis.MessageLevel.Success:
            self._bar().pushSuccess(tr("Economic Layer"), text)
        elif level == Qgis.MessageLevel.Warning:
            self._bar().pushWarning(tr("Economic Layer"), text)
        else:
            self._bar().pushCritical(tr("Economic Layer"), text)

    def success(self, message, details: str | None = None) -> None:
        self._push(message, Qgis.MessageLevel.Success, details)

    def warning(self, message, details: str | None = None) -> None:
        self._push(message, Qgis.MessageLevel.Warning, details)

    def critical(self, message, details: str | None = None) -> None:
        self._push(message, Qgis.MessageLevel.Critical, details)
