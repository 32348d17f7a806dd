"""The Table-1 workbook: the schemes, file and language asked for, the workbook written in a
background task (gui/export.py), the result said in the message bar."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProject

from economic_layer_plugin.gui import export
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.toolbelt.i18n import tr, ui_language


class ExportCommands:
    def __init__(self, iface, models) -> None:
        self.iface = iface
        self.models = models
        self.messages = Messages(iface)
        self.tasks: list = []  # running export tasks (kept alive; cancelled on teardown)

    def export_table1(self, path: Path | None = None, layers=None, language: str | None = None):
        """Asks for schemes, file and language (unless given), then writes the workbook in a background
        task; returns the task (None if nothing was started)."""
        candidates = export.economic_layers(self.models)
        if not candidates:
            self.messages.warning(tr("The project has no economic layer."))
            return None
        if path is None:
            active = self.iface.activeLayer()
            dialog = export.ExportDialog(candidates, active if active in candidates else None, self.iface.mainWindow())
            if not dialog.exec():
                return None
            layer_ids, path, language = dialog.layer_ids(), dialog.path(), dialog.language.currentData()
            layers = [QgsProject.instance().mapLayer(layer_id) for layer_id in layer_ids]
        live_models = [self.models.get(layer) for layer in (layers or candidates)]
        for live in live_models:
            live.flush()  # the figures the planner sees, pending edits included
        task = export.ExportTask(export.snapshot(live_models), path, language or ui_language(), self._done)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _done(self, task, result: bool) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        export.report(self.iface, task, result)

    def teardown(self) -> None:
        for task in self.tasks:
            task.on_done = None
            task.cancel()
        self.tasks = []
