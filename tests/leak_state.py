"""What a plugin can leave behind in QGIS, counted: used by the pytest-qgis tier and by the scripts
that run inside the real desktop (e2e), so that both count the same things."""

from __future__ import annotations

import logging

from qgis.core import QgsApplication, QgsExpression, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

LOGGER_NAME = "economic_layer_plugin"


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def qgis_state(iface) -> dict:
    """Menus (by title), toolbar actions, docks, providers, expression functions, log handlers, and
    the receivers of the signals a plugin is likely to connect to."""
    window = iface.mainWindow()
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    signals = {
        "project.layersAdded": (project, project.layersAdded),
        "project.layersWillBeRemoved": (project, project.layersWillBeRemoved),
        "project.readProject": (project, project.readProject),
        "project.cleared": (project, project.cleared),
        "layoutManager.layoutAboutToBeRemoved": (project.layoutManager(),
                                                 project.layoutManager().layoutAboutToBeRemoved),
        "layerTree.visibilityChanged": (root, root.visibilityChanged),
        "messageLog.messageReceived": (QgsApplication.messageLog(), QgsApplication.messageLog().messageReceived),
    }
    current_layer_changed = getattr(iface, "currentLayerChanged", None)
    if current_layer_changed is not None and hasattr(iface, "receivers"):  # the real interface
        signals["iface.currentLayerChanged"] = (iface, current_layer_changed)
    flush_deletes()
    state = {
        "menus": sorted(a.text() for a in window.menuBar().actions()),
        "toolbar_actions": sum(len(tb.actions()) for tb in window.findChildren(QToolBar)),
        "docks": len(window.findChildren(QDockWidget)),
        "providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
        "expression_functions": len(QgsExpression.Functions()),
        "log_handlers": len(logging.getLogger(LOGGER_NAME).handlers),
    }
    for name, (owner, signal) in signals.items():
        state[f"receivers:{name}"] = owner.receivers(signal)
    return state
