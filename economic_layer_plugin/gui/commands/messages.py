"""What the plugin says to the planner in QGIS's message bar: one helper, one title."""

from __future__ import annotations

from economic_layer_plugin.toolbelt.i18n import tr


class Messages:
    """Pushes messages to the message bar of ``iface`` under the plugin's title."""

    def __init__(self, iface) -> None:
        self.iface = iface

    def _bar(self):
        return self.iface.messageBar()

    def success(self, text: str) -> None:
        self._bar().pushSuccess(tr("Economic Layer"), text)

    def warning(self, text: str) -> None:
        self._bar().pushWarning(tr("Economic Layer"), text)

    def critical(self, text: str) -> None:
        self._bar().pushCritical(tr("Economic Layer"), text)
