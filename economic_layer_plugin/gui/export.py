"""Exporting the Table-1 spreadsheet from the desktop: a dialog, then a background task.

The task works on a snapshot (the modules' inputs and the assumptions, taken on the main thread),
so that editing on while it runs changes nothing in the file; it reports progress and can be
cancelled from the QGIS task bar.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsTask
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from economic_layer_plugin.core import i18n
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.gui.dialogs import file_path
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LOGGER = logging.getLogger(__name__)


class ExportDialog(QDialog):
    def __init__(self, layers: list, selected=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export Table 1 spreadsheet"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.schemes = QListWidget(self)
        for layer in layers:
            item = QListWidgetItem(layer.name(), self.schemes)
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            checked = layer is selected or selected is None
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        form.addRow(tr("Schemes"), self.schemes)
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.SaveFile)
        self.file.setFilter(tr("Excel workbook (*.xlsx)"))
        self.file.setConfirmOverwrite(True)  # asks before replacing a file
        form.addRow(tr("Spreadsheet"), self.file)
        self.language = QComboBox(self)
        self.language.addItem(i18n.translate(i18n.N_("Chinese"), "zh"), "zh")  # each language in its own words
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ui_language() == "zh" else 1)
        form.addRow(tr("Language"), self.language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        problem = "" if self.layer_ids() else tr("Choose at least one scheme.")
        problem = problem or ("" if self.path() else tr("Choose the spreadsheet file."))
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.accept()

    def layer_ids(self) -> list:
        return [self.schemes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.schemes.count())
                if self.schemes.item(i).checkState() == Qt.CheckState.Checked]

    def path(self) -> Path | None:
        return file_path(self.file, ".xlsx")


def snapshot(live_models: list) -> list:
    """[(scheme name, module inputs, assumptions)]: what the task needs, copied on the main thread."""
    return [(live.layer.name(), list(live.model.inputs.values()), copy.deepcopy(live.model.assumptions))
            for live in live_models]


class ExportTask(QgsTask):
    """Computes the schemes from their snapshot and writes the workbook, off the main thread."""

    def __init__(self, schemes: list, path: Path, language: str, on_done=None) -> None:
        super().__init__(tr("Economic Layer: exporting {name}").format(name=Path(path).name), QgsTask.CanCancel)
        self.schemes = schemes
        self.path = Path(path)
        self.language = language
        self.on_done = on_done
        self.error = None
        self.written = False

    def run(self) -> bool:
        from economic_layer_plugin.io.xlsx import export_workbook

        try:
            models = []
            for index, (name, inputs, assumptions) in enumerate(self.schemes):
                if self.isCanceled():
                    return False
                models.append((name, EconomicModel.compute(inputs, assumptions)))
                self.setProgress(30.0 * (index + 1) / len(self.schemes))
            self.written = export_workbook(models, self.path, self.language,
                                           progress=lambda share: self.setProgress(30 + 70 * share),
                                           cancelled=self.isCanceled)
            return self.written
        except Exception as error:  # reported in finished(), on the main thread
            self.error = f"{type(error).__name__}: {error}"
            return False

    def finished(self, result: bool) -> None:
        if self.on_done is not None:
            self.on_done(self, result)


def economic_layers(models) -> list:
    from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

    return [layer for layer in QgsProject.instance().mapLayers().values() if is_economic_layer(layer)]


def report(iface, task: ExportTask, result: bool) -> None:
    bar = iface.messageBar()
    if result:
        written = tr("Spreadsheet written: {path}").format(path=task.path)
        bar.pushMessage(tr("Economic Layer"), written, Qgis.MessageLevel.Success, 8)
    elif task.error:
        LOGGER.error("Export to %s failed: %s", task.path, task.error)
        bar.pushCritical(tr("Economic Layer"),
                         tr("The spreadsheet could not be written: {error}").format(error=task.error))
    else:
        cancelled = tr("Export cancelled: nothing was written.")
        bar.pushMessage(tr("Economic Layer"), cancelled, Qgis.MessageLevel.Info, 5)
