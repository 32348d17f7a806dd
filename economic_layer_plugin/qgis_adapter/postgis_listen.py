"""Listening for the committed changes of published schemes: ``LISTEN qgis`` on a connection of its own,
with reconnection after a lost connection (used by qgis_adapter/postgis_sync.py)."""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsVectorLayer
from qgis.PyQt.QtCore import QThread, pyqtSignal

from economic_layer_plugin.qgis_adapter.postgis_db import CHANNEL


class Listener(QThread):
    """LISTEN qgis on a connection of its own, every pending notification delivered in order.

    QGIS's own listener (QgsVectorDataProvider.setListening, QGIS 3.22) takes one notification per
    wake-up of its socket and otherwise waits a second: under a burst of commits its queue falls
    behind by minutes (measured: 20 writers, the panel never caught up). This one drains the
    queue at every wake-up. It uses the layer's connection (an authcfg is expanded by QGIS, never
    stored). Without psycopg2, PostgisSync falls back on QGIS's listener."""

    received = pyqtSignal(str)
    #: the connection is gone (the server restarted, the network failed): the listener retries
    lost = pyqtSignal(str)
    #: listening again after a loss: what was committed meanwhile has to be read again
    reconnected = pyqtSignal()

    #: seconds between attempts to connect again: doubling from the first to the last
    BACKOFF = (0.5, 10.0)

    def __init__(self, conninfo: str, parent=None) -> None:
        super().__init__(parent)
        import psycopg2  # noqa: F401 (fails early where it is missing)

        self.conninfo = conninfo
        self._stop = False
        self.ready = False

    def _connect(self):
        import psycopg2

        connection = psycopg2.connect(self.conninfo, application_name="economic-layer listener", connect_timeout=5)
        connection.autocommit = True
        connection.cursor().execute(f"LISTEN {CHANNEL}")
        return connection

    def run(self) -> None:
        """Listens until stopped; after a lost connection, connects again with a growing pause
        (``BACKOFF``), emitting ``lost`` once per loss and ``reconnected`` when listening again."""
        import psycopg2

        delay, was_lost = self.BACKOFF[0], False
        while not self._stop:
            try:
                connection = self._connect()
            except psycopg2.Error as error:
                if not was_lost:
                    was_lost = True
                    self.lost.emit(str(error))
                self._pause(delay)
                delay = min(delay * 2, self.BACKOFF[1])
                continue
            self.ready = True
            if was_lost:
                was_lost, delay = False, self.BACKOFF[0]
                self.reconnected.emit()
            error = self._listen(connection)
            if error is not None and not self._stop:
                was_lost = True
                self.lost.emit(error)

    def _listen(self, connection):
        """Delivers notifications until stopped (None) or the connection fails (the error's text)."""
        import select

        import psycopg2

        try:
            while not self._stop:
                if select.select([connection], [], [], 0.2)[0]:
                    connection.poll()
                    while connection.notifies:
                        self.received.emit(connection.notifies.pop(0).payload)
            return None
        except (psycopg2.Error, OSError, ValueError) as error:
            return str(error) or type(error).__name__
        finally:
            try:
                connection.close()
            except psycopg2.Error:
                pass

    def _pause(self, seconds: float) -> None:
        end = seconds
        while end > 0 and not self._stop:
            QThread.msleep(100)
            end -= 0.1

    def stop(self) -> None:
        self._stop = True
        self.wait(3000)


def libpq_conninfo(layer: QgsVectorLayer) -> str:
    uri = QgsDataSourceUri(layer.source())
    return uri.connectionInfo(True)
