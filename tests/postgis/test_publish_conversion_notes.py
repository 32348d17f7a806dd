"""Publishing a plain polygon layer converts it first: what the conversion found (a duplicate footprint
left out with el_gfa 0, unreadable values) is said in the plugin's log (the log panel), not dropped. (The
command line publishes only economic layers: it converts nothing.)"""

from __future__ import annotations

import logging
import uuid

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from economic_layer_plugin.qgis_adapter import postgis


def test_a_duplicate_published_is_reported(pg_server, qgis_app, sql, caplog):
    source = QgsVectorLayer("Polygon?crs=EPSG:4547&field=name:string", "blocks", "memory")
    features = []
    for name in ("b0", "b1"):  # the same 30 m x 20 m footprint twice
        feature = QgsFeature(source.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,30 0,30 20,0 20,0 0))"))
        feature.setAttributes([name])
        features.append(feature)
    assert source.dataProvider().addFeatures(features)[0]
    schema = "n_" + uuid.uuid4().hex[:8]
    with caplog.at_level(logging.INFO, logger=postgis.LOGGER.name):
        postgis.publish(source, pg_server["conninfo"], schema, language="en")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(m.startswith("blocks: feature 2: the same footprint as feature 1") for m in warnings), warnings
    assert any("converted before publishing: 2 features converted" in m and "1 exact duplicates left out" in m
               for m in warnings), warnings
    cursor = sql.cursor()
    cursor.execute(f"SELECT el_gfa FROM {schema}.blocks ORDER BY fid")
    assert cursor.fetchall() == [(None,), (0.0,)]  # the second is left out of the totals, as reported


def test_publishing_keeps_null_and_zero_apart(pg_server, qgis_app, sql):
    # QGIS's PostgreSQL provider writes a batch's column as one constant where it takes the values for the
    # same, and Qt takes NULL for the same as 0: an added module's el_existing_gfa 0 (none standing) must not
    # become the other modules' value (NULL: the floor area standing follows the floor area), nor NULL
    source = QgsVectorLayer("Polygon?crs=EPSG:4547&field=name:string&field=el_existing_gfa:double"
                            "&field=el_floors:integer", "zeros", "memory")
    features = []
    for number, (existing, floors) in enumerate([(0.0, None), (None, 0), (None, None)]):
        feature = QgsFeature(source.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({number * 100} 0,{number * 100 + 30} 0,"
                                                f"{number * 100 + 30} 20,{number * 100} 20,{number * 100} 0))"))
        feature.setAttributes([f"z{number}", existing, floors])
        features.append(feature)
    assert source.dataProvider().addFeatures(features)[0]
    schema = "z_" + uuid.uuid4().hex[:8]
    postgis.publish(source, pg_server["conninfo"], schema, language="en")
    cursor = sql.cursor()
    cursor.execute(f"SELECT el_existing_gfa, el_floors, el_version FROM {schema}.zeros ORDER BY fid")
    assert cursor.fetchall() == [(0.0, None, 1), (None, 0, 1), (None, None, 1)]

