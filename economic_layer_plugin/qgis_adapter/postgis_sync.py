"""A published scheme kept live in a QGIS session: the other sessions' commits applied as they are
notified (read from the history), versions read when editing starts and checked before a commit, and
the conflicts found then resolved as the plugin decides (docs/postgis.md)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Callable

from qgis.core import QgsDataSourceUri
from qgis.PyQt.QtCore import QObject, QThread, QTimer, QVariant, pyqtSignal

from economic_layer_plugin.qgis_adapter.postgis_db import (
    HISTORY_TABLE,
    HOLD_BACK,
    MAX_IDS,
    VERSION,
    Database,
    PostgisError,
    layer_table,
)
from economic_layer_plugin.qgis_adapter.postgis_listen import Listener, libpq_conninfo
from economic_layer_plugin.qgis_adapter.postgis_sql import _NAMES
from economic_layer_plugin.qgis_adapter.sql import SQL, Identifier, Literal

LOGGER = logging.getLogger(__name__)


# conflicts --------------------------------------------------------------------------------------
@dataclass
class Conflict:
    """A module changed in the database since this session started editing it."""

    fid: int
    module_id: str
    base_version: int
    current_version: int
    who: str
    #: field -> (mine, theirs) for the fields this session changed; "geometry" when it changed that
    fields: dict = field(default_factory=dict)
    deleted_by_me: bool = False
    deleted_by_them: bool = False


KEEP_THEIRS, KEEP_MINE, SHOW_BOTH = "theirs", "mine", "both"
_HISTORY_BATCH = 10_000  # more changed rows than this since the last notification: reload the layer


class PostgisSync(QObject):
    """Keeps a LiveModel of a published scheme in step with the database.

    - Notifications of committed changes (QGIS's listener of the layer's provider) apply the
      changed modules incrementally; ``applied(ids, who)`` follows.
    - Editing: versions are read when editing starts; before a commit, the modules changed here are
      compared with the database; on a conflict, ``resolver(conflicts)`` says what to do
      (KEEP_THEIRS, KEEP_MINE or SHOW_BOTH: the commit is refused by the database and both values
      are shown). Without a resolver the commit is refused: nothing is overwritten silently.
    """

    #: feature ids applied (None: the whole layer was reloaded), and who committed them
    applied = pyqtSignal(object, str)
    #: conflicts found before a commit and what was decided
    conflicts_found = pyqtSignal(list, str)
    #: False when the notifications stopped (the connection is lost), True when they follow again
    connected = pyqtSignal(bool)

    def __init__(self, live, parent=None) -> None:
        super().__init__(parent or live)
        self.live = live
        self.layer = live.layer
        self.schema, self.table = layer_table(self.layer)
        self.key = f"{self.schema}.{self.table}"
        self.resolver: Callable | None = None
        self.base_versions: dict = {}
        self.last_conflicts: list = []
        self.provider = self.layer.dataProvider()
        self._pending_ids: set = set()
        self._pending_who: list = []
        self._pending_reload = False
        self._history = self._history_mark()  # the last history row seen (None: not readable)
        self._wake = False  # read the history even without notified ids (after a reconnection)
        self.online = True
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self.apply_pending)
        self.listener = None
        try:
            self.listener = Listener(libpq_conninfo(self.layer), self)
        except ImportError:
            LOGGER.info(
                "%s: psycopg2 missing: QGIS's own listener follows the other sessions", self.layer.name()
            )
        self._connections = [
            (self.listener.received if self.listener is not None else self.provider.notify, self._on_notify),
            (self.layer.editingStarted, self._on_editing_started),
            (self.layer.beforeCommitChanges, self._before_commit),
            (self.layer.afterCommitChanges, self._after_commit),
            (self.layer.afterRollBack, self._after_rollback),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._committing: set = set()
        # after a save, the live model would read the whole layer again (a GeoPackage renumbers new
        # features); here the database names what the save changed: only those are read again
        self._own_reload = (self.layer.afterCommitChanges, live._on_reload)
        if self._own_reload in live._connections:
            self.layer.afterCommitChanges.disconnect(live._on_reload)
            live._connections.remove(self._own_reload)
        else:
            self._own_reload = None
        if self.listener is not None:
            self.listener.lost.connect(self._on_lost)
            self.listener.reconnected.connect(self._on_reconnected)
            self.listener.start()
            for _ in range(500):  # listening before the first read: no commit falls in between
                if self.listener.ready or self.listener.isFinished():
                    break
                QThread.msleep(10)
        else:
            self.provider.setListening(True)
        if self.layer.isEditable():
            self._on_editing_started()

    def disconnect_layer(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []
        if self._own_reload is not None:
            try:
                self.layer.afterCommitChanges.connect(self.live._on_reload)
                self.live._connections.append(self._own_reload)
            except RuntimeError:
                pass
            self._own_reload = None
        self._apply_timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        else:
            try:
                self.provider.setListening(False)
            except RuntimeError:
                pass

    def _on_lost(self, message: str) -> None:
        self.online = False
        LOGGER.warning(
            "%s: the notifications of other sessions stopped (%s); connecting again", self.layer.name(), message)
        self.connected.emit(False)

    def _on_reconnected(self) -> None:
        """Following again: what was committed while disconnected is read from the history (or the
        whole layer again where the history cannot be read)."""
        self.online = True
        LOGGER.info("%s: following the other sessions again", self.layer.name())
        self.connected.emit(True)
        if self._history is None:
            self._pending_reload = True
        else:
            self._wake = True
        self._apply_timer.start()

    def database(self) -> Database:
        return Database(QgsDataSourceUri(self.layer.source()))

    # notifications ------------------------------------------------------------------------------
    # Anyone who can connect can send a notification on the channel: a payload is only a wake-up.
    # What changed and who changed it are read from the history table (written by the scheme's own
    # trigger, which nobody else can call), since the last history row this session has seen.
    def _history_mark(self):
        """The id of the last history row of this scheme (0 if none); None if it cannot be read."""
        try:
            rows = self.database().execute(SQL("SELECT coalesce(max(id), 0) FROM {} WHERE scheme = {}").format(
                Identifier(self.schema, HISTORY_TABLE), Literal(self.table)))
        except PostgisError as error:
            LOGGER.info("%s: the history cannot be read (%s): notified ids are used as sent",
                        self.layer.name(), error)
            return None
        return int(rows[0][0]) if rows and isinstance(rows[0][0], int) else 0

    def _on_notify(self, payload: str) -> None:
        try:
            message = json.loads(payload) if isinstance(payload, str) and len(payload) < 8000 else None
        except ValueError:
            return  # another application's notification on QGIS's channel
        if not isinstance(message, dict) or message.get("el") != self.key:
            return
        ids = message.get("ids")
        if ids is not None and not (
                isinstance(ids, list) and len(ids) <= MAX_IDS
                and all(type(fid) is int and 0 <= fid < 2 ** 31 for fid in ids)):
            LOGGER.warning("%s: a notification with ids that are not feature ids was ignored: %.200s",
                           self.layer.name(), payload)
            return
        if ids is None:
            self._pending_reload = True  # the trigger's own "too many to list" (checked in the history)
        else:
            self._pending_ids.update(ids)
        self._apply_timer.start()  # the notifications already queued are applied together

    def _changes_since(self, mark: int):
        """(ids, who, reload, new mark) of the history rows after ``mark``; None if it cannot be read."""
        try:
            rows = self.database().execute(SQL(
                "SELECT id, fid, who FROM {} WHERE scheme = {} AND id > {} ORDER BY id LIMIT {}").format(
                Identifier(self.schema, HISTORY_TABLE), Literal(self.table), Literal(int(mark)),
                Literal(_HISTORY_BATCH + 1)))
        except PostgisError as error:
            LOGGER.warning("%s: the history cannot be read (%s)", self.layer.name(), error)
            return None
        if len(rows) > _HISTORY_BATCH:  # a big change: read everything again
            latest = self._history_mark()
            return [], self._authors(rows), True, latest if latest is not None else mark
        ids = sorted({int(row[1]) for row in rows})
        last = max((int(row[0]) for row in rows), default=mark)
        return ids, self._authors(rows), False, last

    @staticmethod
    def _authors(rows) -> str:
        return ", ".join(dict.fromkeys(str(row[2]) for row in rows))

    def apply_pending(self) -> None:
        """Applies the notified changes now: the changed modules read again, or all after a big change.
        Never raises (it runs in a Qt slot: an exception there would end ``watch``)."""
        try:
            self._apply_pending()
        except Exception:  # logged; the next notification tries again
            LOGGER.exception("%s: the notified changes could not be applied", self.layer.name())

    def _apply_pending(self) -> None:
        self._apply_timer.stop()
        if not self._pending_reload and not self._pending_ids and not self._wake:
            return
        woke, self._wake = self._wake, False
        reload, ids, who = self._pending_reload, sorted(self._pending_ids), ""
        self._pending_reload, self._pending_ids, self._pending_who = False, set(), []
        if self._history is not None:
            changes = self._changes_since(self._history)
            if changes is not None:
                ids, who, reload, self._history = changes
            elif woke:
                reload = True  # after a reconnection, with the history out of reach: read everything
        if not ids and not reload:
            return  # nothing in the history: a notification nobody's commit sent
        if reload:
            self.live.reload()
            self.live.updated.emit()
        else:
            self.live.mark_changed(ids)
            self.live.flush()
        self.layer.triggerRepaint()
        self.applied.emit(None if reload else ids, who)

    # versions and conflicts ---------------------------------------------------------------------
    def _on_editing_started(self) -> None:
        try:
            rows = self.database().execute(SQL("SELECT {KEY}, {VERSION} FROM {t}").format(
                t=Identifier(self.schema, self.table), **_NAMES))
        except PostgisError as error:
            LOGGER.warning("%s: the versions of the modules cannot be read (%s): edits saved in this session are "
                           "not checked against other planners' changes", self.layer.name(), error)
            rows = []
        self.base_versions = {int(fid): int(version) for fid, version in rows}

    def _after_commit(self) -> None:
        committed, self._committing = self._committing, set()
        # the saved modules read again (new features: their temporary ids dropped, their new ids
        # come with the notification of the save)
        self.live.mark_changed(committed)
        self._after_rollback()

    def _after_rollback(self) -> None:
        self._committing = set()
        if self.layer.isEditable():  # committed without leaving the edit session
            self._on_editing_started()
        else:
            self.base_versions = {}

    def edited_fids(self) -> tuple:
        """(changed, deleted) feature ids of the edit buffer that exist in the database."""
        buffer = self.layer.editBuffer()
        if buffer is None:
            return set(), set()
        changed = {fid for fid in buffer.changedAttributeValues() if fid >= 0}
        changed |= {fid for fid in buffer.changedGeometries() if fid >= 0}
        deleted = {fid for fid in buffer.deletedFeatureIds() if fid >= 0}
        return changed - deleted, deleted

    def find_conflicts(self) -> list:
        changed, deleted = self.edited_fids()
        fids = changed | deleted
        if not fids:
            return []
        rows = self.database().execute(
            SQL("SELECT t.{KEY}, t.{VERSION}, t.el_module_id, (SELECT h.who FROM {history} h "
                "WHERE h.scheme = {scheme} AND h.fid = t.{KEY} ORDER BY h.id DESC LIMIT 1) "
                "FROM {t} t WHERE t.{KEY} IN ({fids})").format(
                history=Identifier(self.schema, HISTORY_TABLE), scheme=Literal(self.table),
                t=Identifier(self.schema, self.table),
                fids=SQL(", ").join(Literal(int(f)) for f in sorted(fids)), **_NAMES)
        )
        current = {int(row[0]): (int(row[1]), row[2], row[3] or "") for row in rows}
        conflicts = []
        buffer = self.layer.editBuffer()
        fields = self.layer.fields()
        theirs_features = {}
        for fid in sorted(fids):
            base = self.base_versions.get(fid)
            if base is None:
                continue  # not in the database when editing started (added since): nothing to compare
            if fid not in current:
                who = self._deleted_by(fid)
                conflicts.append(
                    Conflict(fid, "", base, -1, who, deleted_by_them=True, deleted_by_me=fid in deleted)
                )
                continue
            version, module_id, who = current[fid]
            if version == base:
                continue
            conflict = Conflict(fid, module_id or "", base, version, who, deleted_by_me=fid in deleted)
            if fid in changed:
                if not theirs_features:
                    request_ids = [f for f in fids if f in current]
                    theirs_features = {
                        f.id(): f for f in self.provider.getFeatures(_request_for(request_ids))
                    }
                theirs = theirs_features.get(fid)
                for index, value in buffer.changedAttributeValues().get(fid, {}).items():
                    name = fields.at(index).name()
                    if name == VERSION:
                        continue
                    conflict.fields[name] = (
                        _plain(value),
                        _plain(theirs.attribute(name)) if theirs else None,
                    )
                if fid in buffer.changedGeometries():
                    conflict.fields["geometry"] = (
                        buffer.changedGeometries()[fid].asWkt(1),
                        theirs.geometry().asWkt(1) if theirs else None,
                    )
            conflicts.append(conflict)
        return conflicts

    def _deleted_by(self, fid) -> str:
        rows = self.database().execute(
            SQL("SELECT who FROM {} WHERE scheme = {} AND fid = {} AND op = 'delete' ORDER BY id DESC LIMIT 1").format(
                Identifier(self.schema, HISTORY_TABLE), Literal(self.table), Literal(int(fid)))
        )
        return rows[0][0] if rows else ""

    def _before_commit(self, *_args) -> None:
        """Sets the version each changed module was read at (the database refuses a stale one), after
        asking what to do with the modules someone else changed meanwhile."""
        buffer = self.layer.editBuffer()
        if buffer is not None:
            self._committing = (
                set(buffer.changedAttributeValues())
                | set(buffer.changedGeometries())
                | set(buffer.deletedFeatureIds())
                | set(buffer.addedFeatures())
            )
        if not self.base_versions and self.layer.isEditable():
            return
        try:
            conflicts = self.find_conflicts()
        except PostgisError as error:
            LOGGER.warning("%s: other planners' changes cannot be checked (%s); the database still refuses a "
                           "save over a newer version", self.layer.name(), error)
            conflicts = []
        self.last_conflicts = conflicts
        decision = None
        if conflicts:
            decision = self.resolver(conflicts) if self.resolver is not None else SHOW_BOTH
            if decision not in (KEEP_THEIRS, KEEP_MINE, SHOW_BOTH):
                decision = SHOW_BOTH
            self.conflicts_found.emit(conflicts, decision)
            LOGGER.warning(
                "%s: %d modules were changed by others since editing started (%s); decision: %s",
                self.layer.name(),
                len(conflicts),
                ", ".join(f"{c.module_id or c.fid} by {c.who or 'someone'}" for c in conflicts),
                decision,
            )
        by_fid = {conflict.fid: conflict for conflict in conflicts}
        changed, _deleted = self.edited_fids()
        index = self.layer.fields().indexOf(VERSION)
        buffer = self.layer.editBuffer()
        for fid in changed:
            base = self.base_versions.get(fid)
            if base is None:
                continue
            conflict = by_fid.get(fid)
            if conflict is None or conflict.deleted_by_them:
                version = base
            elif decision == KEEP_MINE:
                version = conflict.current_version
            elif decision == KEEP_THEIRS:
                self._take_theirs(conflict)
                version = conflict.current_version
            else:
                version = base  # stale: the database refuses the commit, the edits stay in the buffer
            old = buffer.changedAttributeValues().get(fid, {}).get(index)
            if old != version:
                self.layer.changeAttributeValue(fid, index, version)
        deleted_changed = [c for c in conflicts if c.deleted_by_me and not c.deleted_by_them]
        if deleted_changed and decision != KEEP_MINE:
            # a deletion cannot carry a version: hold the whole save back (the changes are written
            # before the deletions, in one transaction that the database refuses)
            candidates = sorted(changed) or sorted(set(self.base_versions) - set(_deleted))
            if candidates:
                self.layer.changeAttributeValue(candidates[0], index, HOLD_BACK)

    def _take_theirs(self, conflict: Conflict) -> None:
        theirs = next(self.provider.getFeatures(_request_for([conflict.fid])), None)
        if theirs is None:
            return
        fields = self.layer.fields()
        for name in conflict.fields:
            if name == "geometry":
                self.layer.changeGeometry(conflict.fid, theirs.geometry())
            else:
                self.layer.changeAttributeValue(conflict.fid, fields.indexOf(name), theirs.attribute(name))


def _request_for(fids):
    from qgis.core import QgsFeatureRequest

    return QgsFeatureRequest().setFilterFids([int(fid) for fid in fids])


def _plain(value):
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value
