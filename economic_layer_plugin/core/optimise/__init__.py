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

The modules of the package, by job: ``options`` (the options, the result, the status names),
``snapshot``, ``choices`` (the candidates and what a choice counts), ``program`` (the MILP),
``evaluate`` (exact figures, checks, linearisation), ``search`` (the local search), ``explain``
(binding limits, conflicts) and ``run`` (:func:`optimise`). Import from the package.
"""

from __future__ import annotations

from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.optimise.choices import candidates, rebuild_basis, with_action
from economic_layer_plugin.core.optimise.evaluate import (
    exact,
    failing_fast,
    linearise,
    not_enforced,
    scheme_inputs,
    unit_net,
    violations,
)
from economic_layer_plugin.core.optimise.explain import binding, conflicts
from economic_layer_plugin.core.optimise.options import (
    ALL_GROUPS,
    BEST_FOUND,
    CHECK_GROUPS,
    FEASIBLE_GAP,
    GROUP_LABELS,
    INFEASIBLE,
    INFEASIBLE_AFTER_CHECK,
    NO_SOLUTION,
    NOT_BUILT,
    OBJECTIVE_KEYS,
    OPTIMAL,
    PROVEN_OPTIMAL,
    SHARED_LIMITS,
    STANDING_ACTIONS,
    Candidate,
    Choice,
    Group,
    OptimiseOptions,
    OptimiseResult,
    SolverMissing,
    StackOff,
    objective_key,
)
from economic_layer_plugin.core.optimise.program import Program
from economic_layer_plugin.core.optimise.run import optimise
from economic_layer_plugin.core.optimise.search import local_search
from economic_layer_plugin.core.optimise.snapshot import Snapshot, take_snapshot

__all__ = [
    "ALL_GROUPS",
    "BEST_FOUND",
    "CHECK_GROUPS",
    "FEASIBLE_GAP",
    "GROUP_LABELS",
    "INFEASIBLE",
    "INFEASIBLE_AFTER_CHECK",
    "NOT_BUILT",
    "NO_SOLUTION",
    "OBJECTIVE_KEYS",
    "OPTIMAL",
    "PROVEN_OPTIMAL",
    "SHARED_LIMITS",
    "STANDING_ACTIONS",
    "WAN",
    "Candidate",
    "Choice",
    "Group",
    "OptimiseOptions",
    "OptimiseResult",
    "Program",
    "Snapshot",
    "SolverMissing",
    "StackOff",
    "binding",
    "candidates",
    "conflicts",
    "exact",
    "failing_fast",
    "linearise",
    "local_search",
    "not_enforced",
    "objective_key",
    "optimise",
    "rebuild_basis",
    "scheme_inputs",
    "take_snapshot",
    "unit_net",
    "violations",
    "with_action",
]
