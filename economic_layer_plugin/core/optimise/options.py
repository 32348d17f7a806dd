"""The optimiser's terms: its options, the choices and groups of constraints of the program, the result
and its status names. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass, field

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.i18n import N_, tr, translate
from economic_layer_plugin.core.module import Module, ModuleInput

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
#: each group's name (the catalogue translates it: core/i18n.py)
GROUP_LABELS = {
    "demolition_share": N_("demolition cap"),
    "rebuild_ratio": N_("rebuild ratio cap"),
    "resettlement_share": N_("resettlement minimum"),
    "floor_area_ratio": N_("floor area ratio limit"),
    "height": N_("height limit"),
    "range": N_("range rule"),
    "resettlement_capacity": N_("on-site resettlement capacity"),
    "fund_balance": N_("fund balance"),
    "overlap": N_("new blocks need the buildings under them demolished"),
    "locks": N_("locked modules"),
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
        base = translate(GROUP_LABELS[self.key], language)
        if self.key == "range" and self.label:
            base = f"{base} {self.label}"
        unit = self.unit if unit == "" else unit
        if self.key in ("overlap", "locks") or unit == "*":
            return base
        return f"{base} ({scope_name(unit, language)})"


def scope_name(unit: str | None, language: str = "en") -> str:
    """The project (``unit`` None) or a unit, named in ``language``."""
    return tr("project", language) if unit is None else tr("unit {unit}", language).format(unit=unit)


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
