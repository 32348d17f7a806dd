"""What the optimiser says of its answer: the limits that bind, with what one step more would gain (a
re-solve each), and when nothing is feasible, which groups of constraints conflict. Pure Python."""

from __future__ import annotations

import math
import time

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.formatting import money, money_unit, percent
from economic_layer_plugin.core.optimise.choices import _stands_too_high
from economic_layer_plugin.core.optimise.evaluate import _relinearise
from economic_layer_plugin.core.optimise.options import (
    INFEASIBLE,
    NOT_BUILT,
    OPTIMAL,
    SHARED_LIMITS,
    Group,
    OptimiseOptions,
    OptimiseResult,
)
from economic_layer_plugin.core.optimise.program import Program


def _explain(result: OptimiseResult, program: Program, model: EconomicModel, key: str, x, picks: dict,
             linear: bool) -> None:
    """The binding limits of the chosen scheme ``picks`` (``x``); a linearised program is first
    linearised around it, for the gains of one step more."""
    _relinearise(program, model, picks, key, linear)  # the gains of one step more, around the chosen scheme
    result.binding = binding(program, x)


def _no_solution(result: OptimiseResult, program: Program, options: OptimiseOptions) -> OptimiseResult:
    """``result`` where no round gave a scheme: why, and the conflicting limits if asked."""
    result.message = (
        "No scheme meets every enforced constraint."
        if result.status == INFEASIBLE
        else "The solver found no scheme in its time limit."
    )
    if result.status == INFEASIBLE and options.explain:
        result.conflicts = conflicts(program)
    return result


def _rooms(program: Program, x) -> tuple:
    """(slack, rooms): per group, the least room its rows leave at ``x`` (scaled by the largest
    coefficient), and the room of its first row."""
    c, lb, ub, rows, bl, bu, owners = program.build(objective=False)
    # activities at x
    slack: dict = {}
    rooms: dict = {}
    for coefs, low, high, owner in zip(rows, bl, bu, owners):
        if owner is None:
            continue
        activity = sum(value * (x[v] if v < len(x) else 0) for v, value in coefs.items())
        scale = max([abs(value) for value in coefs.values()] + [1.0])
        room = min(high - activity, activity - low) / scale
        if abs(activity) <= 1e-9 and room <= 1e-9:
            room = math.inf if room >= -1e-9 else room  # 0 <= 0 with nothing in it: not a limit that binds
        slack[owner] = min(slack.get(owner, math.inf), room)
        rooms.setdefault(owner, room)
    return slack, rooms


def binding(program: Program, x) -> list:
    """The limits at their bound, each with what one step more would gain (a re-solve)."""
    found = []
    budget = program.options.explain_limit
    deadline = time.perf_counter() + program.options.explain_seconds
    base_value = program.estimate(x)
    for _room, _, group in _tightest_first(program, x):
        relaxed = _relaxed(group)
        gain = None
        at_least = False
        remaining = deadline - time.perf_counter()
        if budget > 0 and remaining > 1.0:
            budget -= 1
            status, x2, value2, _, _, _ = program.solve(
                limits={group.shared_id: relaxed}, time_limit=min(remaining, program.options.time_limit)
            )
            if x2 is not None:
                gain = max(0.0, value2 - base_value)
                at_least = status != OPTIMAL  # a feasible scheme of the relaxed problem: a lower bound
                if gain <= program.gap * abs(base_value):
                    gain = 0.0  # within the solver's tolerance: no gain
        if not gain:
            continue  # binding only where one step more gains something
        found.append(_binding_entry(group, relaxed, gain, at_least))
    found.sort(key=lambda e: -(e["gain"] or 0.0))
    return found


def _tightest_first(program: Program, x) -> list:
    """[room, order, group] of each group that may bind, tightest first (one per shared limit).

    A limit binds where its rows have no room left, or where one step more would let a better
    scheme through (with whole modules, room smaller than a module's area binds too): every group
    is re-solved one step relaxed, tightest first, as far as the budget goes."""
    slack, rooms = _rooms(program, x)
    order = []
    shared: dict = {}
    for group in program.groups:
        if group.key in ("overlap", "locks"):
            continue
        if group.key == "height":
            room = 0.0 if _too_high_in_scope(program, group) else math.inf
        else:
            room = slack.get(group.id, math.inf)
        if group.key != "height" and group.id not in rooms:
            continue  # no row (e.g. nothing new can be built in the scope)
        sid = group.shared_id
        if sid in shared:
            order[shared[sid]][0] = min(order[shared[sid]][0], room)
        else:
            shared[sid] = len(order)
            order.append([room, len(order), group])
    order.sort(key=lambda item: item[:2])
    return order


def _too_high_in_scope(program: Program, group: Group) -> bool:
    """Whether a choice of the height group's scope stands higher than its limit."""
    return any(
        _stands_too_high(ch, group.limit)
        for ci in program._in_scope(group.unit)
        for ch in program.candidates[ci].choices
        if ch.action is not NOT_BUILT
    )


def _binding_entry(group: Group, relaxed, gain: float, at_least: bool) -> dict:
    """The report's row of a binding limit."""
    unit = "*" if group.key in SHARED_LIMITS else group.unit
    entry = {
        "constraint": group.key,
        "unit": unit,
        "name": group.name("en", unit),
        "name_zh": group.name("zh", unit),
        "limit": list(group.limit) if isinstance(group.limit, tuple) else group.limit,
        "relaxed_limit": list(relaxed) if isinstance(relaxed, tuple) else relaxed,
        "gain": gain,
        "gain_at_least": at_least,
    }
    if group.key == "range":
        entry["text"] = f"{entry['name']}: {group.limit} -> {relaxed}"
    else:
        entry["text"] = f"{entry['name']} {_limit_text(group, group.limit)} -> {_limit_text(group, relaxed)}"
    if gain is not None:
        entry["text"] += f": {'>= ' if at_least else ''}+{money(gain, 1)} {money_unit()}"
    return entry


def conflicts(program: Program) -> list:
    """Groups of constraints that together leave nothing feasible (a deletion filter: each group is
    dropped in turn and kept out if the rest stays infeasible; what remains conflicts)."""
    ids = [g.id for g in program.groups]
    by_id = {g.id: g for g in program.groups}
    kept = list(ids)
    deadline = time.perf_counter() + program.options.explain_seconds
    for gid in ids:
        remaining = deadline - time.perf_counter()
        if remaining <= 1.0:
            break
        trial = [g for g in kept if g != gid]
        status, x, *_ = program.solve(
            dropped=set(ids) - set(trial),
            objective=False,
            time_limit=min(remaining, program.options.time_limit),
        )
        if x is None and status == INFEASIBLE:
            kept = trial
    if len(kept) == len(ids) and not ids:
        return []
    return [
        {
            "constraint": by_id[g].key,
            "unit": by_id[g].unit,
            "name": by_id[g].name("en"),
            "name_zh": by_id[g].name("zh"),
        }
        for g in kept
    ]


def _limit_text(group: Group, limit) -> str:
    if group.key in ("demolition_share", "resettlement_share"):
        return percent(limit, 0)
    if group.key == "height":
        return f"{limit:g} m"
    if group.key == "fund_balance":
        return f"{money(limit)} {money_unit()}"
    if group.key == "range":
        return f"{limit}"
    return f"{limit:g}"


def _relaxed(group: Group):
    if group.key == "range":
        low, high = group.limit
        step_low = None if low is None else low - max(abs(low) * 0.01, 1.0)
        step_high = None if high is None else high + max(abs(high) * 0.01, 1.0)
        return (step_low, step_high)
    return group.limit + group.step
