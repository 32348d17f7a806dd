"""The optimiser's local search: from a scheme that meets every limit, single changes and then pairs,
each valued exactly by the engine's incremental update, kept while they improve. Pure Python."""

from __future__ import annotations

import time

from economic_layer_plugin.core.engine import EconomicModel, paused_gc
from economic_layer_plugin.core.optimise.evaluate import _put, _stopped, exact, failing_fast, scheme_inputs
from economic_layer_plugin.core.optimise.options import OptimiseOptions
from economic_layer_plugin.core.optimise.program import Program


def local_search(model: EconomicModel, program: Program, options: OptimiseOptions, key: str, picks: dict,
                 figure: float, after: EconomicModel | None = None) -> tuple:
    """From the scheme ``picks`` (which meets every limit), single changes and then pairs (where at most
    ``pair_limit`` modules have a choice), each valued exactly by the engine's incremental update and
    kept when it is better and still meets every limit, until none improves or the time is up.
    Returns (picks, figure, the scheme's model, {"moves", "gain", "complete", "pairs"})."""
    started = time.perf_counter()
    deadline = started + options.local_search_seconds
    work = EconomicModel.compute(scheme_inputs(model, picks), model.assumptions)
    picks = dict(picks)
    movable = [
        cand for cand in program.candidates if len(cand.choices) > 1 and cand.fid not in options.locked
    ]
    pairs = len(movable) <= options.pair_limit
    info = {"moves": 0, "gain": 0.0, "complete": False, "pairs": pairs, "seconds": 0.0}
    start_figure = figure
    eps = max(0.01, 1e-9 * abs(figure))

    def better() -> float | None:  # ``picks`` holds the trial (changed in place, no copy per trial)
        value = exact(work, key)
        if value > figure + eps and not failing_fast(work, options, picks):
            return value
        return None

    with paused_gc():
        while True:
            if time.perf_counter() > deadline or _stopped(options):
                break
            found = _single(work, movable, picks, better, deadline)
            if found is None and pairs:
                found = _pair(work, movable, picks, better, deadline)
            if found is None:
                info["complete"] = time.perf_counter() <= deadline
                break
            figure = found
            info["moves"] += 1
    info["gain"] = figure - start_figure
    info["seconds"] = time.perf_counter() - started
    if info["moves"] or after is None:
        after = EconomicModel.compute(scheme_inputs(model, picks), model.assumptions)
        figure = exact(after, key)
    return picks, figure, after, info


def _single(work: EconomicModel, movable: list, picks: dict, better, deadline: float):
    """The first single change that improves, applied to ``work`` and ``picks``: its figure, or None."""
    for cand in movable:
        if time.perf_counter() > deadline:
            return None
        now = picks[cand.fid]
        for choice in cand.choices:
            if choice.action == now:
                continue
            picks[cand.fid] = choice.action
            _put(work, cand, choice.action)
            value = better()
            if value is not None:
                return value
            picks[cand.fid] = now
            _put(work, cand, now)
    return None


def _pair(work: EconomicModel, movable: list, picks: dict, better, deadline: float):
    """The first pair of changes (two modules) that improves, applied to ``work`` and ``picks``: its
    figure, or None. Each change of a module is tried with every single change of the modules after it."""
    for i, first in enumerate(movable):
        now_first = picks[first.fid]
        for a in first.choices:
            if a.action == now_first:
                continue
            picks[first.fid] = a.action
            _put(work, first, a.action)
            value = _single(work, movable[i + 1:], picks, better, deadline)
            if value is not None:
                return value
            picks[first.fid] = now_first
            _put(work, first, now_first)
            if time.perf_counter() > deadline:
                return None
    return None
