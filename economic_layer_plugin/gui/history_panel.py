"""Team editing in the dock: the history of a PostGIS scheme (who changed what, and how net profit and
NPV moved), the question asked on a conflicting commit, and the dialog that publishes a scheme."""

from __future__ import annotations

import logging

from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorDataProvider
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.formatting import money
from economic_layer_plugin.core.history import blame_in_place, group_commits
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.qgis_adapter import postgis
from economic_layer_plugin.toolbelt.i18n import tr

LOGGER = logging.getLogger(__name__)
SCOPE_PROJECT, SCOPE_MODULE = 0, 1


def _op_text(op: str) -> str:
    return {"insert": tr("added"), "update": tr("changed"), "delete": tr("deleted")}.get(op, op)


def _field_label(name: str) -> str:
    from economic_layer_plugin.toolbelt.i18n import ui_language

    return schema.alias(name, ui_language()) if name in schema.FIELDS_BY_NAME else name


def _short(value) -> str:
    if value is None:
        return "∅"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)  # years stay 2026
    if isinstance(value, float):
        if value == int(value):
            return f"{value:,.0f}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return str(value)


def wan(yuan) -> str:
    return money(yuan, 1)


def _signed_wan(value) -> str:
    if value is None:
        return "—"
    text = wan(value)
    return text if text.startswith("-") or text == "0.0" else "+" + text


class HistoryPanel(QWidget):
    """The recorded commits of a scheme published to PostGIS, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerHistory")
        self.live = None
        self.fid = None
        self.commits = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.access = QLabel(self)
        self.access.setObjectName("EconomicLayerHistoryAccess")
        self.access.setWordWrap(True)
        layout.addWidget(self.access)
        row = QHBoxLayout()
        self.scope = QComboBox(self)
        self.scope.addItem(tr("Whole project"))
        self.scope.addItem(tr("Selected module"))
        self.scope.currentIndexChanged.connect(lambda _: self.refresh())
        row.addWidget(self.scope, 1)
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("EconomicLayerHistoryTable")
        self.table.setHorizontalHeaderLabels(
            [tr("When (UTC)"), tr("Who"), tr("Modules"), tr("What changed"), tr("Δ net profit"), tr("Δ NPV")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout.addWidget(self.note)

    def set_live(self, live) -> None:
        """Follows a live model (None or a scheme not in PostGIS: the panel says so)."""
        sync = getattr(self.live, "sync", None)
        if sync is not None:
            try:
                sync.applied.disconnect(self._on_applied)
            except (TypeError, RuntimeError):
                pass
        self.live = live
        sync = getattr(live, "sync", None)
        if sync is not None:
            sync.applied.connect(self._on_applied)
        self.refresh()

    def set_module(self, fid) -> None:
        self.fid = fid
        if self.scope.currentIndex() == SCOPE_MODULE:
            self.refresh()

    def _on_applied(self, *_args) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        sync = getattr(self.live, "sync", None)
        self.table.setRowCount(0)
        self.commits = []
        if sync is None:
            self.access.setText(
                tr(
                    "The history is kept for schemes published to PostGIS (Economic Layer > "
                    "Publish to PostGIS…): the database records who changed what."
                )
            )
            self.note.setText("")
            return
        layer = self.live.layer
        editable = bool(layer.dataProvider().capabilities() & QgsVectorDataProvider.ChangeAttributeValues)
        who = QgsDataSourceUri(layer.source()).username() or QgsDataSourceUri(layer.source()).service()
        self.access.setText(
            tr("Shared scheme in PostGIS ({table}); your rights: {rights}.").format(
                table=f"{sync.schema}.{sync.table}",
                rights=tr("read and edit")
                if editable
                else tr("read only (the database does not let you edit)"),
            )
            + (f" · {who}" if who else "")
        )
        fid = self.fid if self.scope.currentIndex() == SCOPE_MODULE else None
        if self.scope.currentIndex() == SCOPE_MODULE and fid is None:
            self.note.setText(tr("Select a module on the map to see its history."))
            return
        try:
            rows = postgis.history_rows(layer, fid=fid, limit=500)
        except postgis.PostgisError as error:
            self.note.setText(tr("The history cannot be read: {error}").format(error=error))
            return
        reader = self.live.reader
        cache = {}

        def to_input(fid, row):
            if row is None:
                return None
            key = (fid, id(row))
            if key not in cache:
                cache[key] = postgis.module_from_row(reader, layer, row)
            return cache[key]

        if fid is None:
            commits = blame_in_place(self.live.model, group_commits(rows), to_input)
        else:  # one module's history: the project's figures need every later commit: read them all
            all_commits = blame_in_place(
                self.live.model, group_commits(postgis.history_rows(layer, limit=5000)), to_input
            )
            wanted = {row["txid"] for row in rows}
            commits = [commit for commit in all_commits if commit.txid in wanted]
            for commit in commits:
                commit.changes = [change for change in commit.changes if change.fid == fid]
        self.commits = commits
        self.table.setRowCount(len(commits))
        for number, commit in enumerate(commits):
            lines = []
            for change in commit.changes[:6]:
                label = change.module_id or str(change.fid)
                if change.op == "update":
                    parts = [
                        f"{_field_label(name)} {_short(old)}→{_short(new)}"
                        if name != "geometry"
                        else tr("geometry")
                        for name, old, new in change.fields()
                    ]
                    lines.append(f"{label}: " + ", ".join(parts))
                else:
                    lines.append(f"{label}: {_op_text(change.op)}")
            if len(commit.changes) > 6:
                lines.append(tr("… and {count} more").format(count=len(commit.changes) - 6))
            modules = ", ".join(commit.module_ids[:4]) + (" …" if len(commit.module_ids) > 4 else "")
            cells = [
                commit.at,
                commit.who,
                modules,
                "\n".join(lines),
                _signed_wan(commit.net_profit_delta),
                _signed_wan(commit.npv_delta),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setToolTip(
                        tr("before {before}, after {after} (10,000 CNY)").format(
                            before=wan(commit.net_profit_before if column == 4 else commit.npv_before),
                            after=wan(commit.net_profit_after if column == 4 else commit.npv_after),
                        )
                    )
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        self.note.setText(
            tr(
                "{count} commits; Δ: how the project's net profit and NPV moved with each (10,000 CNY)."
            ).format(count=len(commits))
        )


class ConflictDialog(QDialog):
    """Modules someone else changed since this session started editing: keep theirs, keep mine or show both."""

    def __init__(self, conflicts: list, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerConflictDialog")
        self.setWindowTitle(tr("Someone else changed these modules"))
        self.decision = postgis.SHOW_BOTH
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "While you were editing, other planners committed changes to {count} of the modules "
                "you changed. Nothing is overwritten unless you say so."
            ).format(count=len(conflicts)),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        rows = []
        for conflict in conflicts:
            if conflict.deleted_by_them:
                rows.append(
                    (
                        conflict.module_id or str(conflict.fid),
                        "",
                        tr("(your change)"),
                        tr("deleted"),
                        conflict.who,
                    )
                )
            for name, (mine, theirs) in conflict.fields.items():
                rows.append(
                    (
                        conflict.module_id or str(conflict.fid),
                        _field_label(name),
                        _short(mine),
                        _short(theirs),
                        conflict.who,
                    )
                )
            if conflict.deleted_by_me:
                rows.append(
                    (
                        conflict.module_id or str(conflict.fid),
                        "",
                        tr("deleted"),
                        tr("(changed)"),
                        conflict.who,
                    )
                )
        table = QTableWidget(len(rows), 5, self)
        table.setObjectName("EconomicLayerConflictTable")
        table.setHorizontalHeaderLabels(
            [tr("Module"), tr("Field"), tr("Mine"), tr("Theirs"), tr("Changed by")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for number, row in enumerate(rows):
            for column, text_value in enumerate(row):
                table.setItem(number, column, QTableWidgetItem(str(text_value)))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        buttons = QDialogButtonBox(self)
        for decision, label, role in (
            (postgis.KEEP_THEIRS, tr("Keep theirs"), QDialogButtonBox.ButtonRole.AcceptRole),
            (postgis.KEEP_MINE, tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole),
            (postgis.SHOW_BOTH, tr("Show both (do not save yet)"), QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button = buttons.addButton(label, role)
            button.setObjectName(f"EconomicLayerConflict_{decision}")
            button.clicked.connect(lambda _checked=False, d=decision: self._choose(d))
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _choose(self, decision: str) -> None:
        self.decision = decision
        code = QDialog.DialogCode
        self.done(code.Accepted if decision != postgis.SHOW_BOTH else code.Rejected)


def conflict_resolver(parent_getter, message_bar_getter=None):
    """A resolver for PostgisSync: asks with ConflictDialog; "show both" keeps the edits and says why."""

    def resolve(conflicts) -> str:
        dialog = ConflictDialog(conflicts, parent_getter())
        dialog.exec()
        if dialog.decision == postgis.SHOW_BOTH and message_bar_getter is not None:
            bar = message_bar_getter()
            if bar is not None:
                bar.pushWarning(
                    tr("Economic Layer"),
                    tr(
                        "Not saved: {count} modules were changed by others meanwhile. Your edits are kept in the "
                        "edit session; their values are in the History tab."
                    ).format(count=len(conflicts)),
                )
        return dialog.decision

    return resolve


def postgres_connections() -> list:
    """The names of the QGIS PostgreSQL connections (Browser > PostgreSQL)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        return sorted(metadata.connections(False).keys())
    except Exception:
        return []


class PublishDialog(QDialog):
    """Where to publish a scheme: a QGIS connection (or a connection string), a schema, a table."""

    def __init__(self, layer_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerPublishDialog")
        self.setWindowTitle(tr("Publish to PostGIS"))
        form = QFormLayout(self)
        intro = QLabel(
            tr(
                "Several planners can then edit the scheme together: each panel follows the others' "
                "commits, conflicting edits are caught and the database records who changed what. "
                "No password is stored in the project (use a service file or QGIS authentication)."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.connection = QComboBox(self)
        self.connection.setEditable(True)
        self.connection.addItems(postgres_connections())
        self.connection.setToolTip(
            tr("A QGIS PostgreSQL connection, service=NAME or a libpq connection string")
        )
        form.addRow(tr("PostgreSQL connection"), self.connection)
        self.schema = QLineEdit("economic", self)
        form.addRow(tr("Schema"), self.schema)
        self.table = QLineEdit(postgis._table_name(layer_name), self)
        form.addRow(tr("Table"), self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        for kind, widget in (("schema", self.schema), ("table", self.table)):
            try:
                postgis.check_name(kind, widget.text().strip())
            except postgis.PostgisError as error:
                QMessageBox.warning(self, self.windowTitle(), str(error))
                return
        if not self.connection.currentText().strip():
            QMessageBox.warning(self, self.windowTitle(), tr("Choose a PostgreSQL connection."))
            return
        self.accept()

    def values(self) -> tuple:
        return self.connection.currentText().strip(), self.schema.text().strip(), self.table.text().strip()


def publish_command(iface, layer) -> object:
    """Menu command: publishes ``layer`` (asks where), adds the PostGIS layer to the project; returns it."""
    from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes
    from qgis.utils import OverrideCursor

    from economic_layer_plugin.toolbelt.i18n import ui_language

    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        iface.messageBar().pushWarning(
            tr("Economic Layer"), tr("Select a scheme (an economic or polygon layer) first.")
        )
        return None
    dialog = PublishDialog(layer.name(), iface.mainWindow())
    if not dialog.exec():
        return None
    connection, schema, table = dialog.values()
    try:
        with OverrideCursor(Qt.CursorShape.WaitCursor):
            published = postgis.publish(layer, connection, schema, table, ui_language(), for_project=True)
    except postgis.PostgisError as error:
        Messages(iface).critical(error)
        return None
    QgsProject.instance().addMapLayer(published)
    iface.setActiveLayer(published)
    iface.messageBar().pushSuccess(
        tr("Economic Layer"),
        tr("{count} modules published to PostGIS as {name}.").format(
            count=published.featureCount(), name=f"{schema}.{published.name()}"
        ),
    )
    return published
