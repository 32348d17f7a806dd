"""The optimiser's candidates: every module with the choices open to it, each computed by the engine, and
what a choice counts in the program's rows (areas, households, floor area owed). Pure Python."""

from __future__ import annotations

from economic_layer_plugin.core import finance, resettlement
from economic_layer_plugin.core.engine import EconomicModel, paused_gc
from economic_layer_plugin.core.module import AREA_KEYS, AREA_UNIT, FEN, Excluded, Module, ModuleInput, compute_module
from economic_layer_plugin.core.optimise.options import (
    NOT_BUILT,
    STANDING_ACTIONS,
    Candidate,
    Choice,
    OptimiseOptions,
)


def _value(module: Module, objective: str, rate: float) -> float:
    if objective == "net_profit":
        return _net_fen(module) / FEN
    flow = module.cashflow()
    return (finance.npv(rate, flow) or 0.0) if flow else 0.0


def _net_fen(module: Module) -> int:
    return (
        sum(sum(f) for f in (module.flows[1], module.flows[3], module.flows[4]))
        - sum(module.flows[0])
        - sum(module.flows[2])
    )


def with_action(item: ModuleInput, action: str) -> ModuleInput:
    attributes = dict(item.attributes)
    attributes["el_action"] = action
    return item._replace(attributes=attributes)


def candidates(model: EconomicModel, objective: str = "npv") -> list:
    """Every computed module with the choices open to it (the current one first)."""
    with paused_gc():  # as EconomicModel.load: many small objects, no cycles
        return _candidates(model, objective)


def _candidates(model: EconomicModel, objective: str) -> list:
    assumptions = model.assumptions
    rate = assumptions.rates.discount_rate
    result = []
    for fid, module in model.modules.items():
        item = model.inputs[fid]
        current = Choice(module.action, module, _value(module, objective, rate), _net_fen(module))
        choices = [current]
        if module.action == "add":
            kind = "new"
            choices.append(Choice(NOT_BUILT, None, 0.0, 0))
        elif module.action in STANDING_ACTIONS and module.areas[0] > 0:
            kind = "standing"
            for action in STANDING_ACTIONS:
                if action == module.action:
                    continue
                other = compute_module(with_action(item, action), assumptions)
                if isinstance(other, Excluded):
                    continue  # e.g. demolish with more resettled than households: not an option
                choices.append(Choice(action, other, _value(other, objective, rate), _net_fen(other)))
        else:
            kind = "fixed"
        result.append(Candidate(fid, item, module.action, choices, module.unit, kind))
    return result


def _restrict(cands: list, options: OptimiseOptions) -> dict:
    """Leaves out the choices the planner's scope does not allow (in place); what was left out, counted."""
    counts = {"scope": 0, "acquisition": 0, "modules": []}
    for cand in cands:
        if len(cand.choices) < 2:
            continue
        if options.scope is not None and cand.fid not in options.scope:
            del cand.choices[1:]  # keeps its action
            counts["scope"] += 1
            counts["modules"].append(cand.choices[0].module.module_id)
        elif cand.current == "retain" and not (
            options.acquire_retained and (cand.choices[0].module.acquisition_rate or 0) > 0
        ):
            kept = [ch for ch in cand.choices if ch.action != "renovate"]
            if len(kept) < len(cand.choices):
                cand.choices[:] = kept
                counts["acquisition"] += 1
    counts["modules"] = counts["modules"][:20]
    return counts


# what a choice counts in the program's rows --------------------------------------------------------
_EXISTING, _RETAINED, _RENOVATED, _DEMOLISHED, _NEW = 0, 1, 2, 3, 4
_ABOVE = AREA_KEYS.index("above_ground_area")
_SALEABLE = AREA_KEYS.index("saleable_area")


def rebuild_basis(thresholds) -> tuple:
    """The area indices (new, demolished) of the rebuild ratio on the checks' basis
    (core.checks.rebuild_ratio_check): above ground by default, all floor area with
    ``rebuild_ratio_underground``."""
    if thresholds.rebuild_ratio_underground:
        return _NEW, _DEMOLISHED
    return AREA_KEYS.index("new_above_ground_area"), AREA_KEYS.index("demolished_above_ground_area")


def _owed(choice: Choice, rules, base_year: int) -> float:
    """Floor area owed in kind (m2) by a demolished module (the resettlement ledger's row)."""
    m = choice.module
    if m is None or m.action != "demolish":
        return 0.0
    return resettlement.ledger_row(m, rules, base_year).area_owed / AREA_UNIT


def _housing(choice: Choice) -> float:
    """Saleable new residential floor area (m2): what the ledger counts as resettlement housing."""
    m = choice.module
    if m is None or m.action != "add" or m.use != "residential":
        return 0.0
    return m.areas[_SALEABLE] / AREA_UNIT


def _area(choice: Choice, index: int) -> float:
    return choice.module.areas[index] / AREA_UNIT if choice.module is not None else 0.0


def _households(choice: Choice) -> tuple:
    m = choice.module
    if m is None or m.action != "demolish":
        return 0, 0
    return (m.households or 0), (m.resettled or 0)


def _stands_too_high(choice: Choice, limit) -> bool:
    m = choice.module
    return (
        m is not None
        and limit is not None
        and m.action != "demolish"
        and not m.below_ground
        and m.height is not None
        and m.height > limit + 1e-9
    )


def _range_quantity(choice: Choice, name: str) -> float | None:
    if choice.module is None:
        return 0.0
    if name.startswith("new_area_by_use."):
        use = name.split(".", 1)[1]
        return _area(choice, _NEW) if choice.module.action == "add" and choice.module.use == use else 0.0
    if name in AREA_KEYS:
        return _area(choice, AREA_KEYS.index(name))
    return None
