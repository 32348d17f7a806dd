"""The exact figures of a scheme, by the engine: its objective, a unit's net profit, the enforced checks it
fails, and the program's values linearised around a scheme (each choice alone applied to it). Pure Python."""

from __future__ import annotations

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.checks import FAIL
from economic_layer_plugin.core.engine import EconomicModel, paused_gc
from economic_layer_plugin.core.i18n import is_chinese, tr
from economic_layer_plugin.core.module import FEN
from economic_layer_plugin.core.optimise.choices import with_action
from economic_layer_plugin.core.optimise.options import (
    CHECK_GROUPS,
    NOT_BUILT,
    Candidate,
    OptimiseOptions,
    StackOff,
    scope_name,
)
from economic_layer_plugin.core.optimise.program import Program


def scheme_inputs(model: EconomicModel, picks: dict) -> list:
    """The ModuleInputs of the scheme with the picked actions (new modules not built left out)."""
    result = []
    for fid, item in model.inputs.items():
        if fid in picks:
            action = picks[fid]
            if action is NOT_BUILT:
                continue
            if action != model.modules[fid].action:
                item = with_action(item, action)
        result.append(item)
    return result


def exact(model: EconomicModel, key: str) -> float:
    """The objective ``key`` of a model as the engine computes it (after the stack: only the stack)."""
    if key in ("project_npv", "net_profit_after_tax"):
        stack = model.stack()
        if stack is None:
            raise StackOff()
        return stack.indicators[key]
    # as core.aggregate.indicators computes them, without the other indicators (IRR, payback...) and
    # without the stack: this runs once per choice in each linearisation
    totals = model.totals(None)
    if key == "net_profit":
        return (totals.revenue_fen - totals.cost_fen) / FEN
    flow = [value / FEN for value in totals.cashflow_fen()]
    return finance.npv(model.assumptions.rates.discount_rate, flow) if flow else 0.0


def unit_net(model: EconomicModel, code: str) -> float:
    """A unit's net profit (yuan) as the engine's indicators give it: its modules and its unit extra
    flows (the resettlement ledger, lump sums)."""
    totals = model.totals(code)
    return (totals.revenue_fen - totals.cost_fen) / FEN


def linearise(program: Program, model: EconomicModel, reference: dict, key: str, objective: bool = True) -> float:
    """Sets the program's values to the linear approximation of objective ``key`` around ``reference``
    (fid -> action; the scheme as it is where a fid is missing): each choice is worth the exact change
    of the objective when that choice alone is applied to the reference scheme, computed by the engine
    (the module swapped in a working model, its unit's stack and the project's recomputed, the module
    swapped back: the sums are integers, so the reference is restored exactly). Returns the exact
    objective of the reference, which becomes the program's offset.

    Where the fund balance is asked, each choice's change of its unit's net profit (the engine's, the
    resettlement ledger included) is found the same way, for the fund balance's rows. ``objective``
    False: only those (the program keeps its values)."""
    work = EconomicModel.compute(scheme_inputs(model, reference), model.assumptions)
    base = exact(work, key) if objective else None
    balance = program.options.balance_units
    units = {code: unit_net(work, code) for code in program.units} if balance else {}
    values, nets = [], []
    with paused_gc():
        for cand in program.candidates:
            ref_action = reference.get(cand.fid, cand.current)
            row, net_row = [], []
            for choice in cand.choices:
                if choice.action == ref_action:
                    row.append(0.0)
                    net_row.append(0.0)
                    continue
                _put(work, cand, choice.action)
                row.append(exact(work, key) - base if objective else 0.0)
                net_row.append(unit_net(work, cand.unit) - units.get(cand.unit, 0.0) if balance else 0.0)
                _put(work, cand, ref_action)
            values.append(row)
            nets.append(net_row)
    if objective:
        program.values = values
        program.offset = base
        program.around = _signature(reference)
    if balance:
        program.net_values, program.unit_net, program.net_around = nets, units, _signature(reference)
    return base


def _put(work: EconomicModel, cand: Candidate, action) -> None:
    if action is NOT_BUILT:
        work.remove(cand.fid)
    else:
        work.set(cand.item if action == cand.current else with_action(cand.item, action))


def _around(program: Program, model: EconomicModel, reference: dict, key: str) -> None:
    """Linearises ``program`` around the scheme ``reference`` unless it already is."""
    if program.around != _signature(reference):
        linearise(program, model, reference, key)


def _relinearise(program: Program, model: EconomicModel, reference: dict, key: str, linear: bool) -> None:
    if linear:
        _around(program, model, reference, key)
    if program.options.balance_units and program.net_around != _signature(reference):
        linearise(program, model, reference, key, objective=False)


def _signature(picks: dict) -> frozenset:
    return frozenset(picks.items())


def _ledger_moves(program: Program) -> bool:
    """Whether a choice moves households (the resettlement ledger then changes with the choices)."""
    return any(
        ch.module is not None and ch.module.action == "demolish" and (ch.module.households or 0) > 0
        for cand in program.candidates
        for ch in cand.choices
    )


def violations(
    model: EconomicModel, options: OptimiseOptions, picks: dict | None = None, language: str = "en"
) -> list:
    """The enforced checks a scheme fails (titles), and units in deficit where balance is asked."""
    enforce = set(options.enforce)
    failed = []
    for check in model.checks():
        if check.state == FAIL and check.key in enforce:
            scope = scope_name(check.unit, language)
            # the bracket of the language: full-width, no space, in Chinese
            failed.append(f"{check.title(language)}（{scope}）" if is_chinese(language)
                          else f"{check.title(language)} ({scope})")
    if options.balance_units:
        for code in model.unit_codes():
            if model.totals(code).count and model.indicators(code)["net_profit"] < 0:
                failed.append(tr("fund balance (unit {unit})", language).format(unit=code))
    if picks is not None:
        for new_fid, old_fid in options.overlaps:
            if (
                new_fid in picks
                and picks[new_fid] == "add"
                and old_fid in picks
                and picks[old_fid] != "demolish"
            ):
                pair = f"{model.modules[new_fid].module_id} / {model.modules[old_fid].module_id}"
                failed.append(tr("a new block on a standing building ({pair})", language).format(pair=pair))
    return failed


def failing_fast(work: EconomicModel, options: OptimiseOptions, picks: dict) -> bool:
    """Whether a scheme fails an enforced check, the fund balance or an overlap (``violations`` without
    the texts)."""
    enforce = set(options.enforce)
    for new_fid, old_fid in options.overlaps:
        if picks.get(new_fid) == "add" and old_fid in picks and picks[old_fid] != "demolish":
            return True
    if options.balance_units:
        for code in work.unit_codes():
            if work.totals(code).count and unit_net(work, code) < 0:
                return True
    return any(c.state == FAIL and c.key in enforce for c in work.checks())


def not_enforced(options: OptimiseOptions) -> list:
    """The checks of the engine no constraint enforces in this run (said in the report)."""
    return [key for key in CHECK_GROUPS if key not in set(options.enforce)] + ["rent_growth"]


def _stopped(options: OptimiseOptions) -> bool:
    return bool(options.should_stop and options.should_stop())
