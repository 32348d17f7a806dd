"""The optimiser's run: the program solved and linearised again around each scheme it picks, each pick
recomputed and checked by the engine, the best improved by the local search and explained (see the
package's docstring). Pure Python."""

from __future__ import annotations

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import FEN
from economic_layer_plugin.core.optimise.evaluate import (
    _ledger_moves,
    _relinearise,
    _signature,
    _stopped,
    exact,
    linearise,
    not_enforced,
    scheme_inputs,
    violations,
)
from economic_layer_plugin.core.optimise.explain import _explain, _no_solution
from economic_layer_plugin.core.optimise.options import (
    BEST_FOUND,
    FEASIBLE_GAP,
    INFEASIBLE,
    INFEASIBLE_AFTER_CHECK,
    NO_SOLUTION,
    NOT_BUILT,
    OPTIMAL,
    PROVEN_OPTIMAL,
    OptimiseOptions,
    OptimiseResult,
    StackOff,
    objective_key,
)
from economic_layer_plugin.core.optimise.program import Program
from economic_layer_plugin.core.optimise.search import local_search


def optimise(model: EconomicModel, options: OptimiseOptions | None = None) -> OptimiseResult:
    """Optimises the actions of ``model``'s scheme; see the module docstring. ``model`` is not changed
    (a background task passes a snapshot: :func:`take_snapshot`)."""
    options = options or OptimiseOptions()
    _check_options(model, options)
    key = objective_key(options.objective, options.after_stack)
    program = Program(model, options)
    if not program.var_choice:
        raise ValueError(
            "Nothing to optimise: no module has a choice (every module is left out of the totals, or has "
            "no existing floor area and is not a new block)."
        )
    before = exact(model, key)
    current = {fid: m.action for fid, m in model.modules.items()}
    before_failing = violations(model, options, current)
    result = OptimiseResult(NO_SOLUTION, options.objective, before, None, not before_failing)
    result.after_stack, result.key = options.after_stack, key
    result.before_violations = before_failing
    result.before_violations_zh = violations(model, options, current, "zh")
    result.not_enforced = not_enforced(options)
    result.out_of_scope = program.out_of_scope
    # The modules' own figures are the objective where nothing a choice changes moves the resettlement
    # ledger (a unit-level term): before the stack, when no demolished module moves a household. Else the
    # program is linearised around the scheme as it is, then around each scheme it picks.
    linear = options.after_stack or _ledger_moves(program)
    if linear:
        linearise(program, model, current, key)
    else:
        program.offset = before - sum(row[0] for row in program.values)
        if options.balance_units:
            linearise(program, model, current, key, objective=False)
    alone = program.values
    best, failing = _rounds(result, program, model, options, key, current, linear)
    if best is None and before_failing:
        return _nothing(result, program, options, failing)
    if best is None or (not before_failing and before > best[0]):
        # the scheme as it is meets every limit and nothing the program chose is better
        best = (before, before, result.status, result.gap, None, dict(current), model)
        result.kept_as_is = True
    figure, value, status, gap, x, picks, after = best
    result.status, result.gap = (status if status in (OPTIMAL, FEASIBLE_GAP) else FEASIBLE_GAP), gap
    exact_program = not linear and not options.balance_units
    if options.local_search and not _stopped(options):
        picks, figure, after, result.local_search = local_search(model, program, options, key, picks, figure, after)
        if result.local_search.get("moves"):
            result.kept_as_is = False
            x = None
    result.optimality = (
        PROVEN_OPTIMAL
        if exact_program and status == OPTIMAL and not result.kept_as_is and not result.local_search.get("moves")
        else BEST_FOUND
    )
    result.choices = picks
    result.inputs = scheme_inputs(model, picks)
    result.model = after
    result.objective_after = figure
    result.objective_estimate = value if x is not None else None
    result.approximation = figure - value if x is not None else None
    result.violations = violations(after, options, picks)
    result.violations_zh = violations(after, options, picks, "zh")
    result.changes = _changes(model, program, picks, alone)
    result.message = _message(result)
    if options.explain and not _stopped(options):
        _explain(result, program, model, key, program.x_of(picks), picks, linear)
    return result


def _check_options(model: EconomicModel, options: OptimiseOptions) -> None:
    """Raises ValueError (StackOff among them) where ``options`` cannot be optimised for ``model``."""
    if options.objective not in ("npv", "net_profit"):
        raise ValueError(f"objective must be npv or net_profit, not {options.objective!r}")
    if options.after_stack and not model.assumptions.feasibility.enabled:
        raise StackOff()


def _rounds(result, program: Program, model: EconomicModel, options: OptimiseOptions, key: str, current: dict,
            linear: bool) -> tuple:
    """Solves the program, linearised again around each scheme it picks (at most ``linear_rounds``
    times); each pick recomputed by the engine and checked. A pick that fails a check is solved again
    without presolve. Returns (the best pick that passes every check or None, the checks the last failing
    pick failed)."""
    best = None
    seen: set = set()
    reference = current
    failing: list = []
    rounds = max(1, options.linear_rounds) if (linear or options.balance_units) else 1
    for number in range(rounds):
        if _stopped(options):
            break
        if number:
            _relinearise(program, model, reference, key, linear)
        status, x, value, gap, seconds, _ = program.solve()
        result.solve_seconds += seconds
        if number == 0:
            result.status, result.gap = status, gap
            result.variables, result.constraints = program.size
        if x is None and status == INFEASIBLE and options.balance_units and number == 0:
            # the fund balance's rows are linearised around the scheme as it is: around a scheme the
            # program picks without them they may admit what the first linearisation shut out
            dropped = {g.id for g in program.groups if g.key == "fund_balance"}
            _, x0, *_ = program.solve(dropped=dropped)
            if x0 is not None:
                _relinearise(program, model, program.picks(x0), key, linear)
                status, x, value, gap, seconds, _ = program.solve()
                result.solve_seconds += seconds
                result.status, result.gap = status, gap
        if x is None:
            break  # infeasible does not depend on the objective
        picks = program.picks(x)
        after = EconomicModel.compute(scheme_inputs(model, picks), model.assumptions)
        failed = violations(after, options, picks)
        if failed:  # the engine's checks reject it: once more without presolve (a class of HiGHS bugs)
            status2, x2, value2, gap2, seconds2, _ = program.solve(presolve=False)
            result.solve_seconds += seconds2
            if x2 is not None:
                picks2 = program.picks(x2)
                after2 = EconomicModel.compute(scheme_inputs(model, picks2), model.assumptions)
                failed2 = violations(after2, options, picks2)
                if not failed2:
                    status, x, value, gap, picks, after, failed = status2, x2, value2, gap2, picks2, after2, []
        figure = exact(after, key)
        entry = _round(value, figure, status, picks, current, "linearised" if linear else "modules")
        entry["failing"] = failed
        result.rounds.append(entry)
        if failed:
            failing = failed
            result.violations_zh = violations(after, options, picks, "zh")  # the same, in Chinese
        elif best is None or figure > best[0]:
            best = (figure, value, status, gap, x, picks, after)
        signature = _signature(picks)
        if signature in seen:
            break  # the same scheme again: the linearisation has settled
        seen.add(signature)
        reference = picks
    return best, failing


def _nothing(result: OptimiseResult, program: Program, options: OptimiseOptions, failing: list) -> OptimiseResult:
    """Nothing to write: infeasible, no solution in the time limit, or every pick failed a check."""
    if result.rounds and failing:
        result.status = INFEASIBLE_AFTER_CHECK
        result.violations = failing  # (violations_zh: the same in Chinese, kept by _rounds)
        result.message = (
            "The solver's schemes fail the engine's checks when recomputed (also solved without presolve): "
            "nothing is written. Failing: " + "; ".join(failing)
        )
        return result
    return _no_solution(result, program, options)


def _message(result: OptimiseResult) -> str:
    if result.kept_as_is:
        return (
            "Nothing better than the scheme as it is was found: every scheme the program chose was worth "
            "less, recomputed exactly, and no single change (or pair) improves it."
        )
    if result.optimality == PROVEN_OPTIMAL:
        return "Proven optimal: the program's values are the engine's figures and its solve is optimal."
    return "The best scheme found: no single change (or pair, on small schemes) improves it."


def _round(estimate: float, figure: float, status: str, picks: dict, current: dict, values: str) -> dict:
    return {
        "values": values,  # "modules": the modules' own figures; "linearised": around a reference scheme
        "estimate": estimate,
        "exact": figure,
        "difference": figure - estimate,
        "status": status,
        "changes": sum(1 for fid, action in picks.items() if action != current.get(fid)),
    }


def _changes(model: EconomicModel, program: Program, picks: dict, values: list) -> list:
    """The modules whose action changes, each with what that change alone is worth to the objective
    (``values``: before the stack the modules' own figures; after it, the exact change when the one
    module is swapped in the scheme as it is) and to the modules' net profit."""
    rows = []
    for ci, cand in enumerate(program.candidates):
        action = picks[cand.fid]
        if action == cand.current:
            continue
        k = next(k for k, ch in enumerate(cand.choices) if ch.action == action)
        chosen = cand.choices[k]
        current = cand.choices[0]
        module = model.modules[cand.fid]
        rows.append(
            {
                "fid": cand.fid,
                "module_id": module.module_id,
                "name": module.name,
                "unit": cand.unit,
                "from": cand.current,
                "to": action if action is not NOT_BUILT else "not_built",
                "objective_change": values[ci][k] - values[ci][0],
                "net_profit_change": (chosen.net - current.net) / FEN,
            }
        )
    rows.sort(key=lambda r: -abs(r["objective_change"]))
    return rows
