"""The scheme report in the desktop: make its layouts (kept live), export them to PDF with progress.

``ReportCommands`` is what the menu and the panel call:

- ``make_layouts(layer)`` adds the report's layouts to the project's layout manager (replacing an
  earlier report of the same scheme) and keeps their tables live: a :class:`ReportBinding` per
  scheme listens to the scheme's live model. Layouts of a report saved with the project are bound
  again when the project is read, so they stay live after a restart.
- ``export(layer, path, ...)`` writes the PDF from the project's report layouts (the planner's
  restyled ones when they exist, new ones otherwise). QGIS's layout rendering is not thread-safe
  (its own layout algorithms do not run in a thread), so the export runs on the main thread and
  reports its progress through a ``QgsProxyProgressTask`` in the task manager.

``teardown()`` disconnects everything connected here (called from the plugin's unload()).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsProject, QgsProxyProgressTask
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
)
from qgis.utils import OverrideCursor

from economic_layer_plugin.core import i18n
from economic_layer_plugin.gui.dialogs import file_path
from economic_layer_plugin.qgis_adapter import report_layout
from economic_layer_plugin.qgis_adapter import schemes as scheme_tree
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LOGGER = logging.getLogger(__name__)


class ReportDialog(QDialog):
    """Where to write the PDF, in which language, on which paper."""

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Scheme report (PDF)"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.SaveFile)
        self.file.setFilter(tr("PDF document (*.pdf)"))
        self.file.setConfirmOverwrite(True)
        form.addRow(tr("PDF file"), self.file)
        self.language = QComboBox(self)
        self.language.addItem(i18n.translate(i18n.N_("Chinese"), "zh"), "zh")  # each language in its own words
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ui_language() == "zh" else 1)
        form.addRow(tr("Language"), self.language)
        self.page = QComboBox(self)
        self.page.addItem(tr("A3 landscape"), "A3")
        self.page.addItem(tr("A4 landscape"), "A4")
        form.addRow(tr("Paper"), self.page)
        self.rebuild = QCheckBox(
            tr("Make the report layouts again (drops changes made in the layout designer)"), self
        )
        form.addRow("", self.rebuild)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.path():
            QMessageBox.warning(self, self.windowTitle(), tr("Choose the PDF file."))
            return
        self.accept()

    def path(self) -> Path | None:
        return file_path(self.file, ".pdf")


class ReportCommands(QObject):
    def __init__(self, iface, models, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.models = models
        self.bindings: dict = {}  # layer id -> ReportBinding
        self.task = None
        project = QgsProject.instance()
        project.readProject.connect(self._on_project_read)
        project.layoutManager().layoutAboutToBeRemoved.connect(self._on_layout_removed)
        project.layersWillBeRemoved.connect(self._on_layers_removed)
        self._on_project_read()

    # layouts ----------------------------------------------------------------------------------
    def schemes_of(self, layer) -> list:
        """[(name, model)] to compare: the schemes group (else every economic layer), flushed."""
        project = QgsProject.instance()
        layers = scheme_tree.schemes(project) or [
            item for item in project.mapLayers().values() if is_economic_layer(item)
        ]
        if layer not in layers:
            layers = [layer] + layers
        entries = []
        for item in layers:
            live = self.models.get(item)
            if live is not None:
                live.flush()
                entries.append((item.name(), live.model))
        return entries

    def make_layouts(self, layer, language: str | None = None, page_size: str = "A3"):
        """Builds the report layouts of ``layer``, adds them to the project and keeps them live."""
        live = self.models.get(layer)
        if live is None:
            return None
        live.flush()
        language = language or ui_language()
        project = QgsProject.instance()
        self.unbind(layer.id())
        with OverrideCursor(Qt.CursorShape.WaitCursor):
            layouts = report_layout.build_report(
                project, layer, live.model, language, page_size, self.schemes_of(layer)
            )
            for old in (
                report_layout.report_layouts(project)
                .get(layer.id(), report_layout.ReportLayouts(None))
                .layouts()
            ):
                project.layoutManager().removeLayout(old)
            report_layout.add_to_project(project, layouts)
        self.bind(layer, layouts, language)
        return layouts

    def open_layouts(self, layer) -> None:
        """The menu's "report layouts" command: makes them (if the project has none), opens the designer."""
        if layer is None or self.models.get(layer) is None:
            self.iface.messageBar().pushWarning(
                tr("Economic Layer"), tr("Select a scheme (an economic layer) first.")
            )
            return
        layouts = self.layouts_of(layer) or self.make_layouts(layer)
        if layouts is not None:
            self.iface.openLayoutDesigner(layouts.report)

    def layouts_of(self, layer):
        return report_layout.report_layouts(QgsProject.instance()).get(layer.id())

    def bind(self, layer, layouts, language: str) -> None:
        live = self.models.get(layer)
        if live is None:
            return
        self.unbind(layer.id())
        self.bindings[layer.id()] = report_layout.ReportBinding(
            layouts, live, language, lambda: self.schemes_of(layer), self
        )

    def unbind(self, layer_id: str) -> None:
        binding = self.bindings.pop(layer_id, None)
        if binding is not None:
            binding.disconnect()
            binding.deleteLater()

    def _on_project_read(self, *_args) -> None:
        for layer_id in list(self.bindings):
            self.unbind(layer_id)
        project = QgsProject.instance()
        for layer_id, layouts in report_layout.report_layouts(project).items():
            layer = project.mapLayer(layer_id)
            if layer is not None and is_economic_layer(layer):
                language = layouts.report.customProperty(report_layout.PROPERTY_LANGUAGE) or ui_language()
                self.bind(layer, layouts, language)
                self.bindings[layer_id].refresh()

    def _on_layout_removed(self, _name: str) -> None:
        # a layout is going: bindings whose layouts are no longer all there are dropped (after the removal)
        from qgis.PyQt.QtCore import QTimer

        QTimer.singleShot(0, self._drop_stale)

    def _drop_stale(self) -> None:
        for layer_id, binding in list(self.bindings.items()):
            try:
                names = [layout.name() for layout in binding.layouts.layouts()]
            except RuntimeError:
                names = []
            manager = QgsProject.instance().layoutManager()
            if not names or any(manager.layoutByName(name) is None for name in names):
                self.unbind(layer_id)

    def _on_layers_removed(self, layer_ids) -> None:
        for layer_id in layer_ids:
            self.unbind(layer_id)

    # export -----------------------------------------------------------------------------------
    def export(
        self, layer, path: Path, language: str | None = None, page_size: str = "A3", rebuild: bool = False
    ) -> str:
        """Writes the PDF; returns "" when written, else the problem.

        The project's report layouts are used (the planner's restyled ones) when they are in this
        language and on this paper; without them (or with ``rebuild``) new ones are made and added to
        the project; in another language or on other paper, layouts made for this PDF only (the
        project's are left as they are)."""
        language = language or ui_language()
        layouts = None if rebuild else self.layouts_of(layer)
        if layouts is None:
            layouts = self.make_layouts(layer, language, page_size)
        elif (
            layouts.report.customProperty(report_layout.PROPERTY_LANGUAGE) != language
            or report_layout.page_size_of(layouts.report) != page_size
        ):
            live = self.models.get(layer)
            live.flush()
            layouts = report_layout.build_report(
                QgsProject.instance(), layer, live.model, language, page_size, self.schemes_of(layer)
            )
        elif layer.id() in self.bindings:
            self.bindings[layer.id()].refresh()
        task = QgsProxyProgressTask(tr("Economic Layer: report {name}").format(name=Path(path).name))
        QgsApplication.taskManager().addTask(task)
        self.task = task
        feedback = QgsFeedback()
        feedback.progressChanged.connect(task.setProxyProgress)
        started = time.perf_counter()
        try:
            with OverrideCursor(Qt.CursorShape.WaitCursor):
                error = report_layout.export_pdf(layouts, str(path), feedback)
        finally:
            task.finalize(True)
            self.task = None
        LOGGER.info("Report %s written in %.1f s", path, time.perf_counter() - started)
        return error

    def export_interactive(self, layer) -> str | None:
        """The menu's and the panel's command: asks, then exports; says how it went."""
        if layer is None or self.models.get(layer) is None:
            self.iface.messageBar().pushWarning(
                tr("Economic Layer"), tr("Select a scheme (an economic layer) first.")
            )
            return None
        dialog = ReportDialog(layer, self.iface.mainWindow())
        existing = self.layouts_of(layer)
        if existing is not None:  # the project's report: its language and paper by default
            language = existing.report.customProperty(report_layout.PROPERTY_LANGUAGE)
            dialog.language.setCurrentIndex(max(0, dialog.language.findData(language)))
            dialog.page.setCurrentIndex(
                max(0, dialog.page.findData(report_layout.page_size_of(existing.report)))
            )
        if not dialog.exec():
            return None
        path = dialog.path()
        error = self.export(
            layer, path, dialog.language.currentData(), dialog.page.currentData(), dialog.rebuild.isChecked()
        )
        bar = self.iface.messageBar()
        if error:
            bar.pushCritical(
                tr("Economic Layer"), tr("The report could not be written: {error}").format(error=error)
            )
        else:
            bar.pushMessage(
                tr("Economic Layer"),
                tr("Report written: {path}. Its layouts are in the project (Project > Layouts).").format(
                    path=path
                ),
                Qgis.MessageLevel.Success,
                10,
            )
        return error

    def teardown(self) -> None:
        for layer_id in list(self.bindings):
            self.unbind(layer_id)
        project = QgsProject.instance()
        for signal, slot in (
            (project.readProject, self._on_project_read),
            (project.layoutManager().layoutAboutToBeRemoved, self._on_layout_removed),
            (project.layersWillBeRemoved, self._on_layers_removed),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
