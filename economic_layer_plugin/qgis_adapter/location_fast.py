"""Location distances of many footprints at once (numpy): each module's nearest point of a location layer.

The straightforward path (qgis_adapter/location.py, ``LocationMeasurer.measure``) asks the spatial
index and GEOS once per module and layer; for 100,000 modules that is seconds of Python calls. Here a
scheme's 2D polygon footprints are read in one piece (one collected geometry, one WKB), and a layer of
points is measured against all of them with array arithmetic:

1. candidate pairs (module, point) from a grid of cells about half the search radius wide (first
   the points' typical spacing, then, for the footprints with no point that near, the rules'
   reach), kept where the
   point's distance to the module's bounding box (a lower bound) is within the reach and not beyond
   the distance from the point to the module's first vertex for the module's closest candidate (an
   upper bound);
2. the exact distance of each kept pair: 0 where the point lies inside the footprint (even-odd rule
   over all its rings: holes and several parts count), else the shortest distance to an edge, worked
   as GEOS works it (``Distance::pointToSegment``), so the figures agree to the last digit or so;
3. per module the nearest point (ties: the smallest feature id, as the straightforward path).

Only numpy (1 and 2); what it cannot read (curves, Z or M, empty parts) it declines (None) and the
caller measures one footprint at a time.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

import numpy as np
from qgis.core import QgsGeometry, QgsWkbTypes

CHUNK = 20_000  # modules per round of candidate pairs (bounds the memory of the pair arrays)


class Footprints(NamedTuple):
    index: np.ndarray  # position in the caller's list of each footprint read (K)
    minx: np.ndarray
    miny: np.ndarray
    maxx: np.ndarray
    maxy: np.ndarray
    vx: np.ndarray  # the first vertex of each footprint
    vy: np.ndarray
    x1: np.ndarray  # the edges of all rings, footprint by footprint
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    edges: np.ndarray  # K + 1 offsets into the edge arrays


def points(xs: list, ys: list, owners: list):
    """(x, y, owners) of a layer of points, as the arrays :func:`nearest_points` takes."""
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), list(owners)


def footprints(geometries: list) -> Footprints | None:
    """The footprints' vertices and edges, or None where one is not a 2D polygon or multipolygon (empty
    or null ones are left out: they have no distance)."""
    kept, parts = [], []
    polygon, multi = QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon
    for i, geometry in enumerate(geometries):
        if geometry is None:
            continue
        kind = geometry.wkbType()
        if kind == polygon:
            parts.append(1)
        elif kind == multi:
            parts.append(geometry.constGet().numGeometries())
        elif geometry.isNull() or geometry.isEmpty():
            continue
        else:
            return None
        kept.append(i)
    if not kept:
        return None
    collected = QgsGeometry.collectGeometry([geometries[i] for i in kept])
    wkb = bytes(collected.asWkb())
    rings = _rings(wkb, sum(parts))
    if rings is None:
        return None
    starts, counts, ring_part = rings
    if counts.min() < 4:
        return None
    part_module = np.repeat(np.arange(len(kept)), parts)
    ring_module = part_module[ring_part]
    total = int(counts.sum())
    first = np.cumsum(counts) - counts  # first point of each ring in the point arrays
    local = np.arange(total) - np.repeat(first, counts)
    byte = np.repeat(starts, counts) + 16 * local
    raw = np.frombuffer(wkb, dtype=np.uint8)
    dtype = np.dtype("<f8") if wkb[0] == 1 else np.dtype(">f8")
    xy = raw[byte[:, None] + np.arange(16)].copy().view(dtype).reshape(total, 2).astype(float)
    x, y = xy[:, 0], xy[:, 1]
    point_module = np.repeat(ring_module, counts)
    module_first = np.searchsorted(point_module, np.arange(len(kept)))
    edge_from = np.flatnonzero(local < np.repeat(counts - 1, counts))
    edge_module = point_module[edge_from]
    edges = np.searchsorted(edge_module, np.arange(len(kept) + 1))
    return Footprints(np.asarray(kept), np.minimum.reduceat(x, module_first), np.minimum.reduceat(y, module_first),
                      np.maximum.reduceat(x, module_first), np.maximum.reduceat(y, module_first),
                      x[module_first], y[module_first], x[edge_from], y[edge_from], x[edge_from + 1],
                      y[edge_from + 1], edges)


def _rings(wkb: bytes, expected_parts: int):
    """(byte offset of each ring's first coordinate, points per ring, part of each ring) of a 2D
    multipolygon's WKB, None where it is not one."""
    if len(wkb) < 9:
        return None
    order = "<" if wkb[0] == 1 else ">"
    header = struct.Struct(order + "II")
    count = struct.Struct(order + "I")
    kind, nparts = header.unpack_from(wkb, 1)
    if kind != 6 or nparts != expected_parts:
        return None
    uniform = _uniform_rings(wkb, nparts, order)
    if uniform is not None:
        return uniform
    offset = 9
    starts, counts, owners = [], [], []
    for part in range(nparts):
        if wkb[offset] != wkb[0]:
            return None
        kind, nrings = header.unpack_from(wkb, offset + 1)
        if kind != 3 or nrings == 0:
            return None
        offset += 9
        for _ in range(nrings):
            (npoints,) = count.unpack_from(wkb, offset)
            starts.append(offset + 4)
            counts.append(npoints)
            owners.append(part)
            offset += 4 + 16 * npoints
    if offset != len(wkb):
        return None
    return np.asarray(starts, dtype=np.int64), np.asarray(counts, dtype=np.int64), np.asarray(owners, dtype=np.int64)


def _uniform_rings(wkb: bytes, nparts: int, order: str):
    """:func:`_rings` at once where every part is a polygon of one ring of the same number of points
    (footprints drawn as rectangles): None where they are not."""
    if nparts == 0 or (len(wkb) - 9) % nparts:
        return None
    stride = (len(wkb) - 9) // nparts
    if stride < 13 + 16 * 4 or (stride - 13) % 16:
        return None
    npoints = (stride - 13) // 16
    raw = np.frombuffer(wkb, dtype=np.uint8, offset=9).reshape(nparts, stride)
    head = raw[:, 1:13].copy().view(np.dtype(order + "u4"))  # type, rings, points of each part
    if not ((raw[:, 0] == wkb[0]).all() and (head[:, 0] == 3).all() and (head[:, 1] == 1).all()
            and (head[:, 2] == npoints).all()):
        return None
    parts = np.arange(nparts, dtype=np.int64)
    return 9 + parts * stride + 13, np.full(nparts, npoints, dtype=np.int64), parts


def nearest_points(shapes: Footprints, layer, reach: float):
    """(footprint positions, point rows, distances) of the footprints with a point within ``reach``
    (working units): each footprint's nearest point, ties to the first row (rows are in feature id
    order). First a search as far as the points' typical spacing: a footprint whose nearest
    point found lies within that radius is done (every point as near lies within it too); the others
    are searched again as far as the reach."""
    px, py, _owners = layer
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    if len(px) == 0 or not len(shapes.index):
        return empty
    area = max(float(np.ptp(px)) * float(np.ptp(py)), 1e-12)
    radius = min(reach, (area / len(px)) ** 0.5)
    every = np.arange(len(shapes.index))
    found = [_search(shapes, every, px, py, radius)]
    if radius < reach:
        rest = np.setdiff1d(every, found[0][0][found[0][2] <= radius], assume_unique=True)
        found = [tuple(part[found[0][2] <= radius] for part in found[0]), _search(shapes, rest, px, py, reach)]
    position, point, distance = (np.concatenate(parts) for parts in zip(*found))
    return shapes.index[position], point, distance


def _search(shapes: Footprints, chosen: np.ndarray, px, py, reach: float):
    """(footprint positions, point rows, distances) of the ``chosen`` footprints' nearest points within
    ``reach``, on a grid of cells about half the reach wide."""
    sizes = np.maximum(shapes.maxx - shapes.minx, shapes.maxy - shapes.miny)
    cell = max(reach / 2, float(np.median(sizes)) if len(sizes) else 0.0, 1e-6)
    ox = min(float(px.min()), float(shapes.minx.min()) - reach) - cell
    oy = min(float(py.min()), float(shapes.miny.min()) - reach) - cell
    top = max(float(py.max()), float(shapes.maxy.max()) + reach)
    rows = int((top - oy) // cell) + 3
    pkey = np.floor((px - ox) / cell).astype(np.int64) * rows + np.floor((py - oy) / cell).astype(np.int64)
    order = np.argsort(pkey, kind="stable")  # within a cell: row order, so ties keep the smallest fid
    keys, first, many = np.unique(pkey[order], return_index=True, return_counts=True)
    results = [_chunk(shapes, chosen[s:s + CHUNK], px, py, reach, (ox, oy, cell, rows), (order, keys, first, many))
               for s in range(0, len(chosen), CHUNK)]
    results = [r for r in results if len(r[0])]
    if not results:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return tuple(np.concatenate(parts) for parts in zip(*results))


def _expand(counts: np.ndarray):
    """(owner, position within the owner) of ``counts`` repeated items."""
    owner = np.repeat(np.arange(len(counts)), counts)
    within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, within


def _chunk(shapes: Footprints, part: np.ndarray, px, py, reach: float, grid, cells):
    ox, oy, cell, rows = grid
    order, keys, first, many = cells
    nothing = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    minx, miny, maxx, maxy = shapes.minx[part], shapes.miny[part], shapes.maxx[part], shapes.maxy[part]
    ix0 = np.floor((minx - reach - ox) / cell).astype(np.int64)
    iy0 = np.floor((miny - reach - oy) / cell).astype(np.int64)
    ncx = np.floor((maxx + reach - ox) / cell).astype(np.int64) - ix0 + 1
    ncy = np.floor((maxy + reach - oy) / cell).astype(np.int64) - iy0 + 1
    module, within = _expand(ncx * ncy)
    key = (ix0[module] + within // ncy[module]) * rows + iy0[module] + within % ncy[module]
    at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
    hit = keys[at] == key
    module, at = module[hit], at[hit]
    owner, within = _expand(many[at])
    module = module[owner]
    point = order[first[at][owner] + within]
    if not len(module):
        return nothing
    # bounds: the box (below the exact distance) and the first vertex (above it)
    x, y = px[point], py[point]
    dx = np.maximum(np.maximum(minx[module] - x, x - maxx[module]), 0.0)
    dy = np.maximum(np.maximum(miny[module] - y, y - maxy[module]), 0.0)
    low = np.sqrt(dx * dx + dy * dy)
    vx, vy = shapes.vx[part][module] - x, shapes.vy[part][module] - y
    high = np.sqrt(vx * vx + vy * vy)
    starts = np.flatnonzero(np.r_[True, module[1:] != module[:-1]])  # pairs come module by module
    bound = np.repeat(np.minimum.reduceat(high, starts), np.diff(np.r_[starts, len(module)]))
    keep = (low <= bound) & (low <= reach)
    module, point = module[keep], point[keep]
    if not len(module):
        return nothing
    distance = _exact(shapes, part[module], px[point], py[point])
    # nearest per module: by distance, then by row (feature id order)
    pick = np.lexsort((point, distance, module))
    module, point, distance = module[pick], point[pick], distance[pick]
    lead = np.r_[True, module[1:] != module[:-1]]
    module, point, distance = module[lead], point[lead], distance[lead]
    near = distance <= reach
    return part[module[near]], point[near], distance[near]


def _exact(shapes: Footprints, module: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The distance of each (footprint, point) pair: 0 inside, else to the nearest edge (GEOS's way)."""
    counts = shapes.edges[module + 1] - shapes.edges[module]
    pair, within = _expand(counts)
    edge = shapes.edges[module][pair] + within
    ax, ay, bx, by = shapes.x1[edge], shapes.y1[edge], shapes.x2[edge], shapes.y2[edge]
    qx, qy = x[pair], y[pair]
    ex, ey = bx - ax, by - ay
    length2 = ex * ex + ey * ey
    with np.errstate(divide="ignore", invalid="ignore"):
        r = ((qx - ax) * ex + (qy - ay) * ey) / length2
        s = ((ay - qy) * ex - (ax - qx) * ey) / length2
        crossing = ((ay > qy) != (by > qy)) & (qx < ex * (qy - ay) / (by - ay) + ax)
    to_a = np.sqrt((qx - ax) ** 2 + (qy - ay) ** 2)
    to_b = np.sqrt((qx - bx) ** 2 + (qy - by) ** 2)
    middle = np.abs(s) * np.sqrt(length2)
    distance = np.where((length2 == 0) | ~(r > 0), to_a, np.where(r >= 1, to_b, middle))
    starts = np.cumsum(counts) - counts
    nearest = np.minimum.reduceat(distance, starts)
    inside = np.add.reduceat(crossing.astype(np.int64), starts) % 2 == 1
    return np.where(inside, 0.0, nearest)
