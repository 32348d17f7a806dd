"""The best scheme within the limits: a mixed-integer program over the modules' actions. Pure Python.

Every standing module (existing floor area > 0, action retain, renovate or demolish) may be retained,
renovated or demolished; every new module (action add) built or not. The economics of each choice
come from the engine itself (:func:`compute_module` with the action swapped), and a scheme's NPV and
net profit are sums of its modules' (the engine sums cash flows, and NPV is linear), so the objective
is linear in the choices. The policy checks of ``core.checks`` become linear constraints, exactly:

- demolition share ``demolished <= t * existing`` per unit and for the project;
- rebuild ratio ``new <= t * demolished`` on the check's basis (:func:`rebuild_basis`: above ground
  unless ``rebuild_ratio_underground``) where something is demolished on it (the check is not
  evaluated where nothing is: a binary per scope says whether anything is, and only then the ratio
  applies);
- resettlement share ``resettled >= t * households`` over the demolished modules (a demolished module
  without a household count counts as none: stricter than the check, which is then not evaluated);
- floor area ratio ``above-ground floor area <= FAR * land area`` per unit; height: a module taller
  than its unit's limit cannot stand (retain, renovate, add are forbidden to it);
- range rules ``minimum <= quantity <= maximum`` per unit or for the project;
- on-site resettlement capacity: area owed in kind <= saleable new residential area, per unit;
- fund balance (optional): each unit's net profit >= 0, the engine's (resettlement ledger and lump sums
  included), linearised around the scheme as it is and then around each pick (exact there);
- a new module can be built only where the standing modules under its footprint are demolished
  (the pairs come from the caller, who has the geometry); locked modules keep their action.

Checks that no action changes (rent growth) are not constraints. Solver: SciPy's ``milp`` (HiGHS).
Every pick is recomputed by the engine and every enforced check evaluated on it: a pick that fails one
is solved again without presolve, and is never the answer (``INFEASIBLE_AFTER_CHECK`` when nothing
found passes). The best passing scheme (or the scheme as it is, when it passes and is worth more) is
then improved by a local search (:func:`local_search`: single changes, and pairs on small schemes,
each valued exactly by the engine). The report says the status, whether the answer is proven optimal
or the best found, the objective before and after, the binding limits with what one step more would
gain, and when nothing is feasible, which groups of constraints conflict (a deletion filter over the
groups). The planner's scope (``scope``, ``acquire_retained``) leaves choices out. A background run
optimises a :class:`Snapshot` taken on the main thread.

After the feasibility stack (``OptimiseOptions.after_stack``): the objective is the stack's project NPV
(``project_npv``, after taxes, before financing) or its net profit after tax and finance
(``net_profit_after_tax``). Taxes on totals (land appreciation tax per unit and product type, VAT with
its land deduction, corporate income tax with losses carried forward, financing) and the resettlement
ledger are not sums of module figures, so they enter as a linear approximation: each choice is worth
what it changes in the exact objective when it alone is applied to a reference scheme (the engine
recomputes the unit's stack and the project's for that one swap). The program is solved with these
values, the scheme it picks is recomputed exactly from scratch, and the program is linearised again
around it, for a few rounds (``linear_rounds``) or until the pick repeats; the best scheme by the exact
figure is kept. The report gives the linear estimate, the exact figure and their difference for each
round. Before the stack the ledger makes the objective non-linear too wherever a module that may be
demolished moves households: the program is then linearised the same way.
"""

from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass, field

from economic_layer_plugin.core import finance, resettlement
from economic_layer_plugin.core.checks import FAIL
from economic_layer_plugin.core.engine import EconomicModel, paused_gc
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.module import (
    AREA_KEYS,
    AREA_UNIT,
    FEN,
    Excluded,
    Module,
    ModuleInput,
    compute_module,
)

STANDING_ACTIONS = ("retain", "renovate", "demolish")
NOT_BUILT = None  # the choice "do not build" of a new module

#: constraint groups a planner can enforce (the checks) and the ones that are always there
CHECK_GROUPS = (
    "demolition_share",
    "rebuild_ratio",
    "resettlement_share",
    "floor_area_ratio",
    "height",
    "range",
    "resettlement_capacity",
)
ALL_GROUPS = CHECK_GROUPS + ("fund_balance", "overlap", "locks")
GROUP_LABELS = {
    "demolition_share": ("demolition cap", "拆除比例上限"),
    "rebuild_ratio": ("rebuild ratio cap", "拆建比上限"),
    "resettlement_share": ("resettlement minimum", "就地就近安置率下限"),
    "floor_area_ratio": ("floor area ratio limit", "容积率上限"),
    "height": ("height limit", "限高"),
    "range": ("range rule", "区间控制"),
    "resettlement_capacity": ("on-site resettlement capacity", "就地安置容量"),
    "fund_balance": ("fund balance", "资金平衡"),
    "overlap": ("new blocks need the buildings under them demolished", "新增地块须先拆除其下现状建筑"),
    "locks": ("locked modules", "锁定模块"),
}
SHARED_LIMITS = ("demolition_share", "rebuild_ratio", "resettlement_share", "range")
OPTIMAL, FEASIBLE_GAP, INFEASIBLE, NO_SOLUTION = "optimal", "feasible_with_gap", "infeasible", "no_solution"
#: every scheme the program chose fails a check of the engine when recomputed (after a second solve without
#: presolve): nothing is written, the failing checks are listed
INFEASIBLE_AFTER_CHECK = "infeasible_after_check"
#: what the answer is: the program's proven optimum (its values exact), or the best scheme found
PROVEN_OPTIMAL, BEST_FOUND = "proven_optimal", "best_found"
#: the indicator the optimiser maximises: (objective, after the stack) -> indicator key
OBJECTIVE_KEYS = {
    ("npv", False): "npv",
    ("net_profit", False): "net_profit",
    ("npv", True): "project_npv",
    ("net_profit", True): "net_profit_after_tax",
}


def objective_key(objective: str, after_stack: bool = False) -> str:
    return OBJECTIVE_KEYS[(objective, bool(after_stack))]


class StackOff(ValueError):  # noqa: N818 (public name: raised to the CLI, processing and tests)
    """An objective after the feasibility stack was asked of a scheme whose stack is switched off."""

    def __init__(self) -> None:
        super().__init__(
            "The objective after the feasibility stack needs the stack: it is switched off in this scheme's "
            "assumptions (可研口径（税费、融资）未启用). Switch it on, or optimise before the stack."
        )


class SolverMissing(RuntimeError):  # noqa: N818 (public name: imported by the CLI and processing)
    """SciPy (with its HiGHS MILP solver) is not available to this Python."""


def _milp():
    try:
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import csr_matrix
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise SolverMissing(
            "The optimiser needs SciPy 1.9 or later (scipy.optimize.milp, HiGHS). On Debian/Ubuntu: "
            "apt install python3-scipy; on Windows (OSGeo4W shell) or macOS: python -m pip install scipy. "
            f"({error})"
        ) from error
    return milp, Bounds, LinearConstraint, csr_matrix


@dataclass
class OptimiseOptions:
    objective: str = "npv"  # or "net_profit"
    enforce: tuple = CHECK_GROUPS  # which checks become constraints
    balance_units: bool = False  # each unit's net profit >= 0
    locked: frozenset = frozenset()  # fids that keep their action
    overlaps: tuple = ()  # (fid of a new module, fid of a standing module under it)
    time_limit: float = 120.0  # seconds per solve
    #: relative gap at which a solution counts as optimal (HiGHS's default: 0.01 %)
    mip_rel_gap: float = 1e-4
    explain: bool = True  # binding limits and their one-step gains; conflicts when infeasible
    explain_limit: int = 30  # at most this many re-solves for the explanations
    explain_seconds: float = 120.0  # and at most this long in all
    #: the objective after the feasibility stack (taxes on totals, financing): see the module docstring
    after_stack: bool = False
    linear_rounds: int = 4  # at most this many linearisations (after the stack)
    #: relative gap of the solves after the stack: the linear approximation's own error is larger than
    #: this (its first round is off by 0.1-10 %), and closing the last 0.1 % of a program linearised
    #: after the stack takes HiGHS 10-30 times longer than before the stack (bench_optimise.py)
    stack_rel_gap: float = 1e-3
    #: after the program's rounds: single changes (and pairs, up to ``pair_limit`` modules with a choice),
    #: each valued exactly by the engine, until none improves or ``local_search_seconds`` have passed
    local_search: bool = True
    local_search_seconds: float = 30.0
    pair_limit: int = 40
    #: called between solves and moves; True stops the run (a cancelled background task)
    should_stop: object = None
    #: the modules the optimiser may change (fids); None: every module. The others keep their action.
    scope: frozenset | None = None
    #: a building retained now is not the project's to renovate: renovating it means acquiring it. The
    #: optimiser renovates one only when this is on and its acquisition rate (el_acquisition_rate or the
    #: price book's) is set (> 0); demolishing it stays open (compensation is how it is acquired)
    acquire_retained: bool = False


@dataclass
class Choice:
    action: str | None  # None: a new module not built
    module: Module | None
    value: float = 0.0  # objective in yuan
    net: int = 0  # net profit in fen


@dataclass
class Candidate:
    fid: object
    item: ModuleInput
    current: str
    choices: list  # of Choice (index 0: the current action)
    unit: str
    kind: str  # "standing", "new" or "fixed"


@dataclass
class Group:
    """A set of constraints that is enforced, relaxed or dropped together."""

    key: str
    unit: str | None = None  # None: the project
    index: int = 0  # range rule number
    limit: object = None
    step: float = 0.0
    label: str = ""

    @property
    def id(self) -> tuple:
        return (self.key, self.unit, self.index)

    @property
    def shared_id(self) -> tuple:
        """The national limits and range rules are one figure for the project and every unit: they
        are relaxed together."""
        return (self.key, "*", self.index) if self.key in SHARED_LIMITS else self.id

    def name(self, language: str = "en", unit="") -> str:
        en, zh = GROUP_LABELS[self.key]
        base = zh if language == "zh" else en
        if self.key == "range" and self.label:
            base = f"{base} {self.label}"
        unit = self.unit if unit == "" else unit
        if self.key in ("overlap", "locks") or unit == "*":
            return base
        scope = (
            ("项目" if language == "zh" else "project")
            if unit is None
            else (f"单元 {unit}" if language == "zh" else f"unit {unit}")
        )
        return f"{base} ({scope})"


@dataclass
class OptimiseResult:
    status: str
    objective: str
    objective_before: float
    objective_after: float | None
    before_feasible: bool
    gap: float | None = None
    solve_seconds: float = 0.0
    choices: dict = field(default_factory=dict)  # fid -> action (None: not built)
    changes: list = field(default_factory=list)
    binding: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    violations: list = field(default_factory=list)  # enforced checks failing after the recompute
    before_violations: list = field(default_factory=list)  # ... and in the scheme as it was
    before_violations_zh: list = field(default_factory=list)
    violations_zh: list = field(default_factory=list)
    model: EconomicModel | None = None
    inputs: list = field(default_factory=list)  # the optimised scheme's ModuleInputs
    message: str = ""
    variables: int = 0
    constraints: int = 0
    after_stack: bool = False
    key: str = "npv"  # the indicator maximised (OBJECTIVE_KEYS)
    #: what the program estimated for the chosen scheme (linear in the choices), and the exact figure
    #: minus it (objective_after - objective_estimate)
    objective_estimate: float | None = None
    approximation: float | None = None
    rounds: list = field(default_factory=list)  # after the stack: {"estimate", "exact", "status"} per round
    kept_as_is: bool = False  # no scheme found beat the scheme as it is (which meets the limits): it is kept
    #: PROVEN_OPTIMAL (the program's values are the engine's and its solve is optimal) or BEST_FOUND
    optimality: str = BEST_FOUND
    #: the local search after the rounds: {"moves", "pairs_tried", "complete", "gain"}
    local_search: dict = field(default_factory=dict)
    #: checks that no constraint enforces, said in the report
    not_enforced: list = field(default_factory=list)
    #: what the optimiser was not allowed to change: {"scope": count, "acquisition": count, "modules": ids}
    out_of_scope: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "objective": self.objective,
            "after_stack": self.after_stack,
            "key": self.key,
            "objective_estimate": self.objective_estimate,
            "approximation": self.approximation,
            "rounds": self.rounds,
            "kept_as_is": self.kept_as_is,
            "optimality": self.optimality,
            "local_search": self.local_search,
            "not_enforced": self.not_enforced,
            "out_of_scope": self.out_of_scope,
            "objective_before": self.objective_before,
            "objective_after": self.objective_after,
            "before_feasible": self.before_feasible,
            "gap": self.gap,
            "solve_seconds": self.solve_seconds,
            "binding": self.binding,
            "conflicts": self.conflicts,
            "changes": self.changes,
            "violations": self.violations,
            "before_violations": self.before_violations,
            "message": self.message,
            "variables": self.variables,
            "constraints": self.constraints,
        }


# the snapshot a background run optimises ----------------------------------------------------------
@dataclass(frozen=True)
class Snapshot:
    """What the optimiser reads of a scheme, copied on the main thread before a background run: the
    modules' inputs (each with its own copy of the attributes) and the assumptions. Edits of the live
    model during the run do not touch it; :meth:`changed` says whether the live model has moved on."""

    inputs: tuple
    assumptions: object

    def model(self) -> EconomicModel:
        """The snapshot's scheme computed by the engine (in the background task)."""
        return EconomicModel.compute(list(self.inputs), self.assumptions)

    def changed(self, model: EconomicModel) -> bool:
        """Whether ``model`` (the live one) differs from the snapshot: a module added, removed or edited,
        or other assumptions."""
        if model.assumptions != self.assumptions or len(model.inputs) != len(self.inputs):
            return True
        live = model.inputs
        return any(live.get(item.fid) != item for item in self.inputs)


def take_snapshot(model: EconomicModel) -> Snapshot:
    """A :class:`Snapshot` of ``model``; call it on the thread that edits the model."""
    inputs = tuple(item._replace(attributes=dict(item.attributes)) for item in list(model.inputs.values()))
    return Snapshot(inputs, copy.deepcopy(model.assumptions))


# candidates --------------------------------------------------------------------------------------
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


# the program -------------------------------------------------------------------------------------
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


class Program:
    """The MILP of a scheme; :meth:`solve` with groups dropped or limits changed."""

    def __init__(self, model: EconomicModel, options: OptimiseOptions) -> None:
        self.model = model
        self.options = options
        self.candidates = candidates(model, options.objective)
        self.out_of_scope = _restrict(self.candidates, options)
        a = model.assumptions
        self.thresholds = a.thresholds
        self.units = {code: a.unit(code) for code in model.unit_codes()}
        # variables: one per (candidate, choice) except "not built"
        self.var_of = []  # per candidate: list of variable index per choice (None for not built)
        self.var_choice = []  # per variable: (candidate index, choice index)
        for ci, cand in enumerate(self.candidates):
            indices = []
            for k, choice in enumerate(cand.choices):
                if choice.action is NOT_BUILT:
                    indices.append(None)
                else:
                    indices.append(len(self.var_choice))
                    self.var_choice.append((ci, k))
            self.var_of.append(indices)
        self.index_of_fid = {cand.fid: ci for ci, cand in enumerate(self.candidates)}
        self.groups = self._groups()
        #: each choice's worth in yuan (the objective is offset + the chosen values); before the stack
        #: the modules' own figures, after it a linearisation (:func:`linearise`)
        self.values = [[ch.value for ch in cand.choices] for cand in self.candidates]
        self.offset = 0.0
        self.around = None  # the scheme the values are linearised around (None: the modules' figures)
        #: the fund balance's rows: each choice's change of its unit's net profit (yuan, the engine's: the
        #: resettlement ledger included) when it alone is applied to ``net_around``; the units' net profit there
        self.net_values = None
        self.unit_net: dict = {}
        self.net_around = None
        self.presolve = True
        #: the solver's relative gap (looser after the stack: OptimiseOptions.stack_rel_gap)
        self.gap = (
            max(options.mip_rel_gap, options.stack_rel_gap) if options.after_stack else options.mip_rel_gap
        )

    def estimate(self, x) -> float:
        """The program's objective (yuan) of a solution x: the offset plus each module's chosen value,
        a new module not built included (its value is 0 before the stack)."""
        total = self.offset
        for ci, indices in enumerate(self.var_of):
            chosen = None
            for k, v in enumerate(indices):
                if v is not None and x[v]:
                    chosen = k
            if chosen is None:  # a new module not built
                chosen = next(k for k, v in enumerate(indices) if v is None)
            total += self.values[ci][chosen]
        return total

    # groups of constraints -------------------------------------------------------------------------
    def _groups(self) -> list:
        t = self.thresholds
        enforce = set(self.options.enforce)
        scopes = [None] + list(self.units)
        groups = []
        for unit in scopes:
            if "demolition_share" in enforce:
                groups.append(Group("demolition_share", unit, limit=t.max_demolition_share, step=0.01))
            if "rebuild_ratio" in enforce:
                groups.append(Group("rebuild_ratio", unit, limit=t.max_rebuild_ratio, step=0.1))
            if "resettlement_share" in enforce:
                groups.append(Group("resettlement_share", unit, limit=t.min_resettlement_share, step=-0.01))
        for code, spec in self.units.items():
            if (
                "floor_area_ratio" in enforce
                and spec is not None
                and spec.land_area
                and spec.far_limit is not None
            ):
                groups.append(Group("floor_area_ratio", code, limit=spec.far_limit, step=0.1))
            if "resettlement_capacity" in enforce:
                groups.append(Group("resettlement_capacity", code, limit=0.0, step=100.0))
            if "height" in enforce and spec is not None and spec.height_limit is not None:
                groups.append(
                    Group(
                        "height",
                        code,
                        limit=spec.height_limit,
                        step=self.model.assumptions.rates.storey_height,
                    )
                )
        if "range" in enforce:
            groups.extend(self._range_groups())
        if self.options.balance_units:
            for code in self.units:
                groups.append(Group("fund_balance", code, limit=0.0, step=-1_000_000.0))
        if self.options.overlaps:
            groups.append(Group("overlap"))
        if self.options.locked:
            groups.append(Group("locks"))
        return groups

    def _range_groups(self) -> list:
        """A group per range rule and scope (the project, or each unit), where its quantity is known."""
        groups = []
        for i, rule in enumerate(self.thresholds.range_rules):
            for unit in [None] if rule.scope == "project" else list(self.units):
                if not (rule.quantity in AREA_KEYS or rule.quantity.startswith("new_area_by_use.")):
                    continue  # unknown quantity: the check is not evaluated
                groups.append(
                    Group(
                        "range",
                        unit,
                        index=i,
                        limit=(rule.minimum, rule.maximum),
                        label=rule.label or rule.quantity,
                    )
                )
        return groups

    def _covering(self, scope) -> set:
        """Candidates of ``scope`` that are new blocks over a standing module of the same scope that can be
        demolished: building one demolishes something there."""
        inside = set(scope)
        demolished = rebuild_basis(self.thresholds)[1]
        result = set()
        for new_fid, old_fid in self.options.overlaps:
            cn, co = self.index_of_fid.get(new_fid), self.index_of_fid.get(old_fid)
            if (
                cn in inside
                and co in inside
                and self.candidates[cn].kind == "new"
                and any(ch.action == "demolish" and _area(ch, demolished) > 0
                        for ch in self.candidates[co].choices)
            ):
                result.add(cn)
        return result

    def _in_scope(self, unit: str | None):
        return [ci for ci, cand in enumerate(self.candidates) if unit is None or cand.unit == unit]

    # building --------------------------------------------------------------------------------------
    def build(self, dropped=(), limits=None, objective: bool = True):
        """(c, lb, ub, rows, bl, bu, names) with ``dropped`` group ids left out and ``limits``
        {group id: limit} replacing theirs. rows: list of ({var: coef}, ...)."""
        limits = limits or {}
        dropped = set(dropped)
        n = len(self.var_choice)
        c = self._objective() if objective else [0.0] * n
        lb = [0.0] * n
        ub = [1.0] * n
        rows, bl, bu, owners = [], [], [], []
        extra = 0  # binaries added for the rebuild ratio

        def add_row(coefs: dict, low, high, owner) -> None:
            rows.append(coefs)
            bl.append(low)
            bu.append(high)
            owners.append(owner)

        # one choice per module
        for ci, cand in enumerate(self.candidates):
            coefs = {v: 1.0 for v in self.var_of[ci] if v is not None}
            if NOT_BUILT in [ch.action for ch in cand.choices]:
                add_row(coefs, 0.0, 1.0, None)
            else:
                add_row(coefs, 1.0, 1.0, None)
        for group in self.groups:
            if group.id in dropped:
                continue
            limit = limits.get(group.id, limits.get(group.shared_id, group.limit))
            extra += self._group_rows(group, limit, add_row, lb, ub, dropped, n + extra)
        c.extend([0.0] * extra)
        lb.extend([0.0] * extra)
        ub.extend([1.0] * extra)
        return c, lb, ub, rows, bl, bu, owners

    def _objective(self) -> list:
        """The objective's coefficients, one per variable.

        The program's objective is the estimate itself (offset included): the solver's relative
        gap is then relative to the scheme's figure, not to a change from a reference scheme
        (values linearised around a scheme are changes, near 0 once the rounds settle). The
        offset is spread over the modules that always have one choice taken."""
        c = [0.0] * len(self.var_choice)
        always = [ci for ci, indices in enumerate(self.var_of) if None not in indices]
        # the estimate = offset + each new module's "not built" value + the coefficients below
        not_built = sum(
            self.values[ci][j]
            for ci, indices in enumerate(self.var_of)
            for j, v in enumerate(indices)
            if v is None
        )
        spread = (self.offset + not_built) / len(always) if always else 0.0
        shift = [0.0] * len(self.var_of)
        for ci in always:
            shift[ci] = spread
        for v, (ci, k) in enumerate(self.var_choice):
            # relative to "not built" where that is a choice (it has no variable)
            base = next((self.values[ci][j] for j, u in enumerate(self.var_of[ci]) if u is None), 0.0)
            c[v] = -(self.values[ci][k] - base + shift[ci]) / WAN
        return c

    def _group_rows(self, group: Group, limit, add_row, lb: list, ub: list, dropped: set, w: int) -> int:
        """The rows and bounds of one group of constraints; the number of binaries it adds (the next
        one is variable ``w``)."""
        gid = group.id
        key = group.key
        if key == "locks":
            self._lock_bounds(lb)
            return 0
        if key == "overlap":
            self._overlap_rows(add_row, gid)
            return 0
        if key == "height":
            self._height_bounds(group.unit, limit, ub)
            return 0
        scope = self._in_scope(group.unit)
        coefs: dict = {}

        def term(fn):
            self._add_terms(coefs, scope, fn)

        if key == "demolition_share":
            term(lambda ch: _area(ch, _DEMOLISHED) - limit * _area(ch, _EXISTING))
            add_row(coefs, -math.inf, 0.0, gid)
        elif key == "resettlement_share":
            term(lambda ch: _households(ch)[1] - limit * _households(ch)[0])
            add_row(coefs, 0.0, math.inf, gid)
        elif key == "rebuild_ratio":
            new, demolished = rebuild_basis(self.thresholds)
            term(lambda ch: _area(ch, new) - limit * _area(ch, demolished))
            return self._rebuild_ratio_rows(scope, coefs, add_row, gid, dropped, w)
        elif key == "resettlement_capacity":
            # area owed in kind <= saleable new residential area (+ ``limit`` m2 when relaxed)
            rules, base_year = self.model.assumptions.resettlement, self.model.assumptions.rates.base_year
            term(lambda ch: _owed(ch, rules, base_year) - _housing(ch))
            add_row(coefs, -math.inf, limit, gid)
        elif key == "floor_area_ratio":
            term(lambda ch: _area(ch, _ABOVE))
            add_row(coefs, -math.inf, limit * self.units[group.unit].land_area, gid)
        elif key == "range":
            rule = self.thresholds.range_rules[group.index]
            term(lambda ch: _range_quantity(ch, rule.quantity))
            low, high = limit
            add_row(
                coefs,
                -math.inf if low is None else low - 1e-9,
                math.inf if high is None else high + 1e-9,
                gid,
            )
        elif key == "fund_balance":
            self._fund_rows(group.unit, scope, limit, add_row, gid)
        return 0

    def _fund_rows(self, unit: str, scope, limit: float, add_row, gid) -> None:
        """The unit's net profit as the engine computes it (its modules and its resettlement ledger),
        linearised around ``net_around`` (exact there): net there + the chosen changes >= ``limit``."""
        if self.net_values is None:
            raise RuntimeError("the fund balance rows need linearise_net() first")
        coefs: dict = {}
        constant = self.unit_net.get(unit, 0.0)
        for ci in scope:
            row = self.net_values[ci]
            base = next((row[j] for j, v in enumerate(self.var_of[ci]) if v is None), 0.0)
            constant += base
            for k, v in enumerate(self.var_of[ci]):
                if v is not None and row[k] - base:
                    coefs[v] = coefs.get(v, 0.0) + (row[k] - base) / WAN
        add_row(coefs, (limit - constant) / WAN, math.inf, gid)

    def _add_terms(self, coefs: dict, scope, fn) -> None:
        """Adds ``fn(choice)`` to the coefficient of each choice of ``scope`` that has a variable."""
        for ci in scope:
            for k, choice in enumerate(self.candidates[ci].choices):
                v = self.var_of[ci][k]
                if v is None:
                    continue
                value = fn(choice)
                if value:
                    coefs[v] = coefs.get(v, 0.0) + value

    def _lock_bounds(self, lb: list) -> None:
        """Locked modules keep their first choice."""
        for fid in self.options.locked:
            ci = self.index_of_fid.get(fid)
            if ci is not None:
                lb[self.var_of[ci][0]] = 1.0

    def _overlap_rows(self, add_row, gid) -> None:
        """A new block over a standing module is built only where that module is demolished."""
        for new_fid, old_fid in self.options.overlaps:
            cn, co = self.index_of_fid.get(new_fid), self.index_of_fid.get(old_fid)
            if cn is None or co is None or self.candidates[cn].kind != "new":
                continue
            vn = self.var_of[cn][0]
            old = self.candidates[co]
            coefs = {vn: 1.0}
            for k, choice in enumerate(old.choices):
                if choice.action == "demolish":
                    coefs[self.var_of[co][k]] = -1.0
            add_row(coefs, -math.inf, 0.0, gid)

    def _height_bounds(self, unit, limit, ub: list) -> None:
        """Choices that stand higher than ``limit`` are not taken."""
        for ci in self._in_scope(unit):
            for k, choice in enumerate(self.candidates[ci].choices):
                v = self.var_of[ci][k]
                if v is not None and _stands_too_high(choice, limit):
                    ub[v] = 0.0

    def _rebuild_ratio_rows(self, scope, coefs: dict, add_row, gid, dropped: set, w: int) -> int:
        """The rebuild ratio's rows (``coefs``: new - t * demolished); 1 where it adds the binary ``w``."""
        new, demolished = rebuild_basis(self.thresholds)
        if not any(_area(ch, new) > 0 for ci in scope for ch in self.candidates[ci].choices):
            return 0  # nothing new (on the check's basis) can be built here
        # The check is not evaluated where nothing is demolished. A new block on standing
        # buildings (overlap) demolishes something in the scope when built; only the others
        # ("vacant" blocks) can stand with nothing demolished: w = 1 says nothing is, and lets
        # them through. Without vacant blocks the ratio is a plain linear row (much faster).
        covering = self._covering(scope) if ("overlap", None, 0) not in dropped else set()
        vacant = sum(
            max((_area(ch, new) for ch in self.candidates[ci].choices), default=0.0)
            for ci in scope
            if ci not in covering
        )
        if vacant <= 0:
            add_row(coefs, -math.inf, 0.0, gid)
            return 0
        coefs[w] = -vacant
        add_row(coefs, -math.inf, 0.0, gid)  # new - t * demolished <= vacant * w
        for ci in scope:  # w = 0 where anything is demolished or a covering block is built
            for k, choice in enumerate(self.candidates[ci].choices):
                v = self.var_of[ci][k]
                if v is not None and (
                    _area(choice, demolished) > 0 or (ci in covering and choice.action == "add")
                ):
                    add_row({w: 1.0, v: 1.0}, -math.inf, 1.0, None)
        return 1

    def solve(self, dropped=(), limits=None, objective: bool = True, time_limit=None, gap=None, presolve=None):
        """(status, x, objective in yuan, gap, seconds, owners); x rounded to 0/1."""
        import numpy as np

        milp, bounds_of, linear_constraint, csr_matrix = _milp()
        c, lb, ub, rows, bl, bu, owners = self.build(dropped, limits, objective)
        n = len(c)
        data, row_ind, col_ind = [], [], []
        for r, coefs in enumerate(rows):
            for v, value in coefs.items():
                row_ind.append(r)
                col_ind.append(v)
                data.append(value)
        self.size = (n, len(rows))
        matrix = csr_matrix((data, (row_ind, col_ind)), shape=(len(rows), n))
        started = time.perf_counter()
        result = milp(
            np.array(c),
            integrality=np.ones(n),
            bounds=bounds_of(np.array(lb), np.array(ub)),
            constraints=linear_constraint(matrix, np.array(bl), np.array(bu)),
            options={
                "time_limit": time_limit or self.options.time_limit,
                "mip_rel_gap": self.gap if gap is None else gap,
                "presolve": self.presolve if presolve is None else presolve,
            },
        )
        seconds = time.perf_counter() - started
        if result.x is None:
            status = INFEASIBLE if result.status == 2 else NO_SOLUTION
            return status, None, None, None, seconds, owners
        x = [round(v) for v in result.x]
        gap = getattr(result, "mip_gap", None)
        status = OPTIMAL if result.status == 0 else FEASIBLE_GAP
        return status, x, self.estimate(x), gap, seconds, owners

    def x_of(self, picks: dict) -> list:
        """The binaries of a scheme (fid -> action; the program's extra binaries 0)."""
        x = [0] * len(self.var_choice)
        for ci, cand in enumerate(self.candidates):
            action = picks.get(cand.fid, cand.current)
            for k, choice in enumerate(cand.choices):
                v = self.var_of[ci][k]
                if v is not None and choice.action == action:
                    x[v] = 1
        return x

    def picks(self, x) -> dict:
        """fid -> chosen action (None: a new module not built)."""
        chosen = {}
        for ci, cand in enumerate(self.candidates):
            action = NOT_BUILT
            for k, v in enumerate(self.var_of[ci]):
                if v is not None and x[v]:
                    action = cand.choices[k].action
            chosen[cand.fid] = action
        return chosen


# the run -----------------------------------------------------------------------------------------
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


def violations(
    model: EconomicModel, options: OptimiseOptions, picks: dict | None = None, language: str = "en"
) -> list:
    """The enforced checks a scheme fails (titles), and units in deficit where balance is asked."""
    zh = language == "zh"
    enforce = set(options.enforce)
    failed = []
    for check in model.checks():
        if check.state == FAIL and check.key in enforce:
            scope = (
                ("项目" if zh else "project")
                if check.unit is None
                else (f"单元 {check.unit}" if zh else f"unit {check.unit}")
            )
            failed.append(f"{check.title(language)} ({scope})")
    if options.balance_units:
        for code in model.unit_codes():
            if model.totals(code).count and model.indicators(code)["net_profit"] < 0:
                failed.append(f"资金平衡（单元 {code}）" if zh else f"fund balance (unit {code})")
    if picks is not None:
        for new_fid, old_fid in options.overlaps:
            if (
                new_fid in picks
                and picks[new_fid] == "add"
                and old_fid in picks
                and picks[old_fid] != "demolish"
            ):
                pair = f"{model.modules[new_fid].module_id} / {model.modules[old_fid].module_id}"
                failed.append(
                    f"新增地块下的现状建筑未拆除（{pair}）"
                    if zh
                    else f"a new block on a standing building ({pair})"
                )
    return failed


def _limit_text(group: Group, limit) -> str:
    if group.key in ("demolition_share", "resettlement_share"):
        return f"{limit * 100:.0f} %"
    if group.key == "height":
        return f"{limit:g} m"
    if group.key == "fund_balance":
        return f"{limit / WAN:,.0f} 万元"
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
        result.violations = failing
        result.violations_zh = failing
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


def _ledger_moves(program: Program) -> bool:
    """Whether a choice moves households (the resettlement ledger then changes with the choices)."""
    return any(
        ch.module is not None and ch.module.action == "demolish" and (ch.module.households or 0) > 0
        for cand in program.candidates
        for ch in cand.choices
    )


def _relinearise(program: Program, model: EconomicModel, reference: dict, key: str, linear: bool) -> None:
    if linear:
        _around(program, model, reference, key)
    if program.options.balance_units and program.net_around != _signature(reference):
        linearise(program, model, reference, key, objective=False)


def _stopped(options: OptimiseOptions) -> bool:
    return bool(options.should_stop and options.should_stop())


def not_enforced(options: OptimiseOptions) -> list:
    """The checks of the engine no constraint enforces in this run (said in the report)."""
    return [key for key in CHECK_GROUPS if key not in set(options.enforce)] + ["rent_growth"]


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


def _check_options(model: EconomicModel, options: OptimiseOptions) -> None:
    """Raises ValueError (StackOff among them) where ``options`` cannot be optimised for ``model``."""
    if options.objective not in ("npv", "net_profit"):
        raise ValueError(f"objective must be npv or net_profit, not {options.objective!r}")
    if options.after_stack and not model.assumptions.feasibility.enabled:
        raise StackOff()


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


def _explain(result: OptimiseResult, program: Program, model: EconomicModel, key: str, x, picks: dict,
             linear: bool) -> None:
    """The binding limits of the chosen scheme ``picks`` (``x``); a linearised program is first
    linearised around it, for the gains of one step more."""
    _relinearise(program, model, picks, key, linear)  # the gains of one step more, around the chosen scheme
    result.binding = binding(program, x)


def _around(program: Program, model: EconomicModel, reference: dict, key: str) -> None:
    """Linearises ``program`` around the scheme ``reference`` unless it already is."""
    if program.around != _signature(reference):
        linearise(program, model, reference, key)


def _signature(picks: dict) -> frozenset:
    return frozenset(picks.items())


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
    slack, rooms = _rooms(program, x)
    base_value = program.estimate(x)
    # a limit binds where its rows have no room left, or where one step more would let a better
    # scheme through (with whole modules, room smaller than a module's area binds too): every group
    # is re-solved one step relaxed, tightest first, as far as the budget goes
    order = []
    shared: dict = {}
    for group in program.groups:
        if group.key in ("overlap", "locks"):
            continue
        if group.key == "height":
            room = (
                0.0
                if any(
                    _stands_too_high(ch, group.limit)
                    for ci in program._in_scope(group.unit)
                    for ch in program.candidates[ci].choices
                    if ch.action is not NOT_BUILT
                )
                else math.inf
            )
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
    for _room, _, group in order:
        gid = group.shared_id
        relaxed = _relaxed(group)
        gain = None
        at_least = False
        remaining = deadline - time.perf_counter()
        if budget > 0 and remaining > 1.0:
            budget -= 1
            status, x2, value2, _, _, _ = program.solve(
                limits={gid: relaxed}, time_limit=min(remaining, program.options.time_limit)
            )
            if x2 is not None:
                gain = max(0.0, value2 - base_value)
                at_least = status != OPTIMAL  # a feasible scheme of the relaxed problem: a lower bound
                if gain <= program.gap * abs(base_value):
                    gain = 0.0  # within the solver's tolerance: no gain
        if not gain:
            continue  # binding only where one step more gains something
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
            entry["text"] = (
                f"{entry['name']} {_limit_text(group, group.limit)} -> {_limit_text(group, relaxed)}"
            )
        if gain is not None:
            entry["text"] += f": {'>= ' if at_least else ''}+{gain / WAN:,.1f} 万元"
        found.append(entry)
    found.sort(key=lambda e: -(e["gain"] or 0.0))
    return found


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
