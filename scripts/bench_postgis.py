#!/usr/bin/python3
"""Benchmark of team editing on PostGIS (issue 15).

Starts a throwaway PostGIS server (scripts/pg_throwaway.sh; run as root or postgres), writes a
synthetic scheme of N modules (squares on a grid, random actions, uses and floors) into a GeoPackage
and publishes it, then prints:

    N=<n> publish_s=<..> open_gpkg_s=<..> open_postgis_s=<..> open_ratio=<..>
    commit_to_panel_p50_ms=<..> commit_to_panel_p95_ms=<..> (over --commits commits)
    [stress: writers=20 seconds=<..> changes=<..> recorded=<..> equal_to_full_recompute=<..> errors=<..>]

- open_*: from loading the layer until the dock shows its totals (live model built, dock filled);
- commit_to_panel: a colleague commits one module's change (psycopg2, another connection); timed
  from the return of COMMIT until this session's dock shows the new totals (notification received
  by QGIS's listener, the module read again, the totals recomputed, the dock redrawn).
Goals: p95 under 1 s at 100,000 modules; open no slower than twice the GeoPackage.

    /usr/bin/python3 scripts/bench_postgis.py [--modules 100000] [--commits 200] [--stress 60]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", type=int, default=100_000)
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--stress", type=float, default=0, help="then 20 writers for that many seconds")
    args = parser.parse_args()

    out = subprocess.run(
        [str(ROOT / "scripts" / "pg_throwaway.sh"), "start"], check=True, capture_output=True, text=True
    ).stdout.split()
    server = dict(item.split("=", 1) for item in out)
    conninfo = f"host={server['PGHOST']} port={server['PGPORT']} dbname={server['PGDATABASE']} user={server['PGUSER']}"
    try:
        with tempfile.TemporaryDirectory() as config:
            os.environ["QGIS_CUSTOM_CONFIG_PATH"] = config
            run(args, conninfo)
    finally:
        subprocess.run([str(ROOT / "scripts" / "pg_throwaway.sh"), "stop", server["DIR"]], check=False)


def run(args, conninfo: str) -> None:
    import psycopg2
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsGeometry,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QCoreApplication

    app = QgsApplication([], True)
    app.initQgis()
    from economic_layer_plugin.core.assumptions import Assumptions
    from economic_layer_plugin.definitions import ACTIONS, USES
    from economic_layer_plugin.gui.dock import EconomicLayerDock
    from economic_layer_plugin.qgis_adapter import postgis
    from economic_layer_plugin.qgis_adapter.fields import economic_fields
    from economic_layer_plugin.qgis_adapter.gpkg import layer_source, open_writer, save_assumptions
    from economic_layer_plugin.qgis_adapter.registry import LiveModels

    n = args.modules
    work = Path(tempfile.mkdtemp(prefix="el-bench-pg-"))
    path = work / "scheme.gpkg"
    fields = economic_fields()
    writer = open_writer(
        path, "scheme", fields, QgsWkbTypes.MultiPolygon, QgsCoordinateReferenceSystem("EPSG:32651")
    )
    rng = random.Random(n)
    side = int(n**0.5) + 1
    for i in range(n):
        x, y = (i % side) * 40.0, (i // side) * 40.0
        size = rng.uniform(10, 30)
        geometry = QgsGeometry.fromRect(QgsRectangle(x, y, x + size, y + size))
        geometry.convertToMultiType()
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        action = ACTIONS[i % 4]
        values = {
            "el_module_id": f"M{i}",
            "el_unit": str(1 + i % 4),
            "el_action": action,
            "el_use": USES[rng.randrange(len(USES))],
            "el_floors": rng.randint(1, 30),
        }
        for key, value in values.items():
            feature[key] = value
        writer.addFeature(feature)
    del writer
    save_assumptions(path, "scheme", Assumptions())

    gpkg = QgsVectorLayer(layer_source(path, "scheme"), "scheme", "ogr")
    t0 = time.perf_counter()
    layer = postgis.publish(gpkg, conninfo, "bench", "scheme")
    publish_s = time.perf_counter() - t0

    models = LiveModels()
    dock = EconomicLayerDock(None, models)

    def open_time(source, provider):
        opened = QgsVectorLayer(source, "scheme", provider)
        QgsProject.instance().addMapLayer(opened, False)
        start = time.perf_counter()
        dock.set_layer(opened)
        elapsed = time.perf_counter() - start
        assert dock.live is not None and dock.live.model.project.count == n
        return opened, elapsed

    gpkg_layer, open_gpkg = open_time(layer_source(path, "scheme"), "ogr")
    dock.set_layer(None)
    pg_layer, open_pg = open_time(layer.source(), "postgres")
    live = dock.live
    print(
        f"N={n} publish_s={publish_s:.1f} open_gpkg_s={open_gpkg:.2f} open_postgis_s={open_pg:.2f} "
        f"open_ratio={open_pg / open_gpkg:.2f}",
        flush=True,
    )

    applied = []
    live.sync.applied.connect(lambda ids, who: applied.append(ids))
    colleague = psycopg2.connect(conninfo)
    cursor = colleague.cursor()
    latencies = []
    for number in range(args.commits):
        fid = rng.randint(1, n)
        applied.clear()
        value = rng.randrange(1_000_000, 100_000_000, 1000)
        cursor.execute("UPDATE bench.scheme SET el_other_income = %s WHERE fid = %s", (value, fid))
        colleague.commit()
        t0 = time.perf_counter()
        while not applied:
            QCoreApplication.processEvents()
            if time.perf_counter() - t0 > 30:
                raise SystemExit(f"commit {number}: no notification in 30 s")
        dock.refresh()
        latencies.append((time.perf_counter() - t0) * 1000)
        if not (applied[-1] == [fid] and live.model.inputs[fid].attributes["el_other_income"] == value):
            raise SystemExit(f"commit {number}: the session shows {live.model.inputs[fid]} after {applied}")
    print(
        f"N={n} commits={len(latencies)} commit_to_panel_p50_ms={statistics.median(latencies):.1f} "
        f"commit_to_panel_p95_ms={percentile(latencies, 0.95):.1f} max_ms={max(latencies):.1f}",
        flush=True,
    )
    colleague.close()

    # this session edits and saves: versions read when editing starts; the save until the panel shows it
    income = pg_layer.fields().indexOf("el_other_income")
    t0 = time.perf_counter()
    pg_layer.startEditing()
    start_editing = time.perf_counter() - t0
    saves = []
    for _ in range(10):
        fid = rng.randint(1, n)
        value = float(rng.randrange(1_000_000, 100_000_000, 1000))
        pg_layer.changeAttributeValue(fid, income, value)
        live.flush()
        applied.clear()
        t0 = time.perf_counter()
        assert pg_layer.commitChanges(False), pg_layer.commitErrors()
        while not applied or live.pending:
            QCoreApplication.processEvents()
        dock.refresh()
        saves.append((time.perf_counter() - t0) * 1000)
        assert live.model.inputs[fid].attributes["el_other_income"] == value
    pg_layer.rollBack()
    print(
        f"N={n} start_editing_s={start_editing:.2f} own_save_to_panel_p50_ms={statistics.median(saves):.1f} "
        f"max_ms={max(saves):.1f}",
        flush=True,
    )

    if args.stress:
        stress(args.stress, conninfo, pg_layer, live, n)
    dock.set_layer(None)
    models.clear()
    import shutil

    QgsProject.instance().removeAllMapLayers()
    del gpkg, gpkg_layer
    shutil.rmtree(work, ignore_errors=True)
    del app


def stress(seconds: float, conninfo: str, layer, live, n: int) -> None:
    """20 writers committing random edits for ``seconds``; then this session against a full recompute."""
    import psycopg2
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication

    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    stop, log, errors = threading.Event(), [], []

    def writer(number):
        rng = random.Random(number)
        connection = psycopg2.connect(conninfo)
        cursor = connection.cursor()
        while not stop.is_set():
            chosen = sorted(rng.sample(range(1, n + 1), rng.randint(1, 3)))
            try:
                for fid in chosen:
                    cursor.execute(
                        "UPDATE bench.scheme SET el_other_income = %s, el_floors = %s WHERE fid = %s",
                        (rng.randrange(0, 10_000_000, 1000), rng.randint(1, 40), fid),
                    )
                connection.commit()
                log.extend(chosen)
            except psycopg2.Error as error:
                errors.append(str(error))
                connection.rollback()
        connection.close()

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(20)]
    for thread in threads:
        thread.start()
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    stop.set()
    for thread in threads:
        thread.join(60)
    fresh = QgsVectorLayer(layer.source(), "fresh", "postgres")
    expected = EconomicModel.compute(ModuleReader(fresh).modules(), assumptions_of(fresh)).indicators()
    deadline = time.time() + 60
    while (live.pending or live.model.indicators() != expected) and time.time() < deadline:
        QCoreApplication.processEvents()
    got = live.model.indicators()
    for key in expected:
        if got[key] != expected[key]:
            print(f"  differs: {key} session={got[key]!r} full={expected[key]!r}")
    connection = psycopg2.connect(conninfo)
    cursor = connection.cursor()
    cursor.execute("SELECT count(*) FROM bench.el_history WHERE op = 'update'")
    recorded = cursor.fetchone()[0]
    connection.close()
    print(
        f"stress: writers=20 seconds={seconds:.0f} changes={len(log)} recorded={recorded} "
        f"equal_to_full_recompute={live.model.indicators() == expected} errors={len(errors)}"
        + (f" first_error={errors[0]!r}" if errors else ""),
        flush=True,
    )


if __name__ == "__main__":
    main()
