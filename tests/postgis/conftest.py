"""PostGIS tier: a throwaway PostgreSQL 15 + PostGIS server for the session (scripts/pg_throwaway.sh):
a cluster in a temporary folder owned by the user postgres, a Unix socket there and a free port, no
TCP; stopped and removed at the end. No test touches a database it did not start."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.qgis.conftest import desktop_iface, plugin_factory  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "pg_throwaway.sh"
SAMPLE = ROOT / "economic_layer_plugin" / "sample" / "zhongshan_third_road.gpkg"


@pytest.fixture(scope="session")
def pg_server():
    out = subprocess.run([str(SCRIPT), "start"], check=True, capture_output=True, text=True).stdout.split()
    env = dict(item.split("=", 1) for item in out)
    env["conninfo"] = (
        f"host={env['PGHOST']} port={env['PGPORT']} dbname={env['PGDATABASE']} user={env['PGUSER']}"
    )
    try:
        yield env
    finally:
        subprocess.run([str(SCRIPT), "stop", env["DIR"]], check=False)


@pytest.fixture()
def sql(pg_server):
    """Plain SQL through psycopg2 (the other session), autocommit off."""
    import psycopg2

    connection = psycopg2.connect(pg_server["conninfo"])
    yield connection
    connection.close()


@pytest.fixture()
def published(pg_server, qgis_app):
    """The sample's final plan published into a schema of its own: (layer, schema, conninfo)."""
    from qgis.core import QgsVectorLayer

    from economic_layer_plugin.qgis_adapter import postgis

    schema = "t_" + uuid.uuid4().hex[:8]
    source = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    layer = postgis.publish(source, pg_server["conninfo"], schema, language="en")
    yield layer, schema, pg_server["conninfo"]
    try:
        if layer.isEditable():
            layer.rollBack()
    except RuntimeError:  # the project owned the layer and deleted it
        pass


def qgis_env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env
