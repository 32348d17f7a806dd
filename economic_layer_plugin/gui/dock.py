"""The dock panel: the planner's view of the scheme's economics."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from economic_layer_plugin.__about__ import __version__
from economic_layer_plugin.definitions import OBJECT_NAME_DOCK
from economic_layer_plugin.toolbelt.i18n import tr


class EconomicLayerDock(QgsDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Economic Layer"), parent)
        self.setObjectName(OBJECT_NAME_DOCK)
        self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.status_label = QLabel(
            tr(
                "No economic layer is selected. Select an economic layer in the Layers panel "
                "to see the cost, revenue and indicators of its scheme."
            ),
            content,
        )
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("EconomicLayerStatus")
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        version_label = QLabel(tr("Economic Layer {version}").format(version=__version__), content)
        version_label.setEnabled(False)
        layout.addWidget(version_label)
        self.setWidget(content)
