"""The optimiser in a background thread while the main thread edits and deletes modules (issue 24): the
run optimises a snapshot taken on the main thread, so it never crashes and its answer is the snapshot's."""

import random
import threading

import pytest

pytest.importorskip("scipy")

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.optimise import OptimiseOptions, optimise, take_snapshot
from tests.unit.core.test_optimise_enumeration import _assumptions, _scheme, _swap


def _options(overlaps):
    return OptimiseOptions(overlaps=tuple(overlaps), explain=False, mip_rel_gap=1e-9)


def _work(snapshot, overlaps, found: list, errors: list) -> None:
    """The background run: optimise the snapshot (as the dialog's task does)."""
    try:
        found.append(optimise(snapshot.model(), _options(overlaps)))
    except Exception as error:  # pragma: no cover - the failure this test looks for
        errors.append(error)


def test_edits_during_a_run_do_not_touch_it(book):
    runs = 100
    for run in range(runs):
        seed = run % 12
        items, overlaps, _ = _scheme(seed)
        assumptions = _assumptions(book, seed)
        live = EconomicModel.compute(items, assumptions)
        snapshot = take_snapshot(live)  # on the main thread, before the run
        expected = optimise(snapshot.model(), _options(overlaps))  # the snapshot's answer, alone
        found, errors = [], []

        thread = threading.Thread(target=_work, args=(snapshot, overlaps, found, errors))
        thread.start()
        rng = random.Random(run)
        while thread.is_alive():  # the main thread edits and deletes modules as a planner would
            item = rng.choice(items)
            if rng.random() < 0.3:
                live.remove(item.fid)
            else:
                action = "add" if item.attributes["el_action"] == "add" else rng.choice(
                    ["retain", "renovate", "demolish"])
                live.set(_swap(item, action)._replace(attributes={
                    **item.attributes, "el_action": action, "el_gfa": rng.choice([500, 900, 7000])}))
            live.indicators()
        thread.join()
        assert not errors, errors
        result = found[0]
        assert result.status == expected.status
        assert result.choices == expected.choices
        assert result.objective_after == expected.objective_after
        assert result.objective_before == pytest.approx(snapshot.model().indicators()["npv"])
        live.remove(items[0].fid)  # at least one edit: the live scheme has moved on
        assert snapshot.changed(live)


def test_an_untouched_snapshot_is_unchanged(book):
    items, _, _ = _scheme(3)
    live = EconomicModel.compute(items, _assumptions(book, 3))
    snapshot = take_snapshot(live)
    assert not snapshot.changed(live)
    live.set(_swap(items[0], "demolish" if items[0].attributes["el_action"] != "demolish" else "retain"))
    assert snapshot.changed(live)
