"""One definition of each limit (issue 24): the optimiser's rows for a limit and the engine's check of it
agree on every scheme. For random schemes of the enumeration test and random actions, the program built
with that one limit enforced admits the actions (some value of its extra binaries meets every row and
bound) exactly when the engine's check of the scheme recomputed with those actions does not fail."""

import itertools
import random

import pytest

pytest.importorskip("scipy")

from economic_layer_plugin.core.checks import FAIL
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.optimise import OptimiseOptions, Program, linearise
from tests.unit.core.test_optimise_enumeration import STANDING, _assumptions, _scheme, _swap

LIMITS = ("demolition_share", "rebuild_ratio", "resettlement_share", "floor_area_ratio", "height", "range",
          "resettlement_capacity", "fund_balance")


def _admits(program: Program, picks: dict) -> bool:
    c, lb, ub, rows, bl, bu, _ = program.build(objective=False)
    x = program.x_of(picks)
    if any(value > high or value < low for value, low, high in zip(x, lb, ub)):
        return False
    extra = len(c) - len(x)
    for tail in itertools.product((0, 1), repeat=extra):
        values = x + list(tail)
        if all(low - 1e-9 <= sum(coef * values[v] for v, coef in coefs.items()) <= high + 1e-9
               for coefs, low, high in zip(rows, bl, bu)):
            return True
    return False


def _engine_passes(model: EconomicModel, key: str) -> bool:
    if key == "fund_balance":
        return all(model.indicators(code)["net_profit"] >= 0 for code in model.units)
    return not any(check.state == FAIL and check.key == key for check in model.checks())


@pytest.mark.parametrize("seed", range(40))
def test_program_rows_agree_with_the_checks(book, seed):
    items, _, _ = _scheme(seed)
    items = [item._replace(attributes={**item.attributes, "el_acquisition_rate": 1000}) for item in items]
    assumptions = _assumptions(book, seed)
    model = EconomicModel.compute(items, assumptions)
    rng = random.Random(seed)
    disagreements = []
    for _ in range(6):
        picks = {item.fid: rng.choice(["add", None] if item.attributes["el_action"] == "add" else STANDING)
                 for item in items}
        scheme = EconomicModel.compute(
            [_swap(item, picks[item.fid]) for item in items if picks[item.fid] is not None], assumptions
        )
        for key in LIMITS:
            balance = key == "fund_balance"
            # every action open to every module (the acquisition rule is a scope, not a limit)
            options = OptimiseOptions(enforce=() if balance else (key,), balance_units=balance, explain=False,
                                      acquire_retained=True)
            program = Program(model, options)
            if balance:
                linearise(program, model, picks, "npv", objective=False)  # exact at the scheme itself
            if _admits(program, picks) != _engine_passes(scheme, key):
                disagreements.append((key, picks))
    assert not disagreements
