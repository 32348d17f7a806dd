"""The optimiser against brute force: every combination of actions of a small scheme computed by the
engine (EconomicModel and its checks, not the optimiser's own figures), the best one that passes every
enforced check found by enumeration."""

import itertools
import random
from dataclasses import replace

import pytest

pytest.importorskip("scipy")

from economic_layer_plugin.core.assumptions import Assumptions, PolicyThresholds, ProjectUnit, RangeRule
from economic_layer_plugin.core.checks import FAIL
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.module import ModuleInput
from economic_layer_plugin.core.optimise import (
    CHECK_GROUPS,
    INFEASIBLE,
    OPTIMAL,
    OptimiseOptions,
    optimise,
    with_action,
)


def random_scheme(seed: int):
    """4-5 standing modules and 3-4 new ones in two units; new ones overlap some standing ones."""
    rng = random.Random(seed)
    items = []
    fid = 0
    standing = []
    for _ in range(rng.randint(4, 5)):
        fid += 1
        households = rng.choice([0, 10, 20])
        items.append(
            ModuleInput(
                fid,
                {
                    "el_module_id": f"S{fid}",
                    "el_unit": rng.choice("12"),
                    "el_action": rng.choice(["retain", "renovate", "demolish"]),
                    "el_use": rng.choice(["office", "apartment", "residential"]),
                    "el_gfa": rng.choice([800, 1500, 3000, 5000]),
                    "el_floors": rng.randint(2, 12),
                    "el_households": households,
                    "el_resettled_onsite": rng.randint(0, households),
                    "el_rent": rng.choice([None, 30, 90]),
                    "el_compensation_rate": rng.choice([None, 4000, 9000]),
                },
                500.0,
            )
        )
        standing.append(fid)
    overlaps = []
    for _ in range(rng.randint(3, 4)):
        fid += 1
        items.append(
            ModuleInput(
                fid,
                {
                    "el_module_id": f"N{fid}",
                    "el_unit": rng.choice("12"),
                    "el_action": "add",
                    "el_use": rng.choice(["office", "apartment", "residential"]),
                    "el_gfa": rng.choice([1000, 2500, 6000]),
                    "el_floors": rng.choice([5, 20, 33]),
                    "el_sale_price": rng.choice([None, 12000, 30000]),
                },
                400.0,
            )
        )
        for old in rng.sample(standing, rng.randint(0, 2)):
            overlaps.append((fid, old))
    return items, overlaps


def assumptions_for(book: Assumptions, seed: int) -> Assumptions:
    rng = random.Random(1000 + seed)
    book.thresholds = PolicyThresholds(
        max_demolition_share=rng.choice([0.2, 0.35, 0.6]),
        max_rebuild_ratio=rng.choice([1.0, 2.0]),
        min_resettlement_share=0.5,
    )
    book.units = [
        ProjectUnit(
            "1",
            land_area=rng.choice([3000, 6000]),
            far_limit=rng.choice([2.0, 3.0]),
            height_limit=rng.choice([60, 100]),
        ),
        ProjectUnit("2", land_area=5000, far_limit=2.5, height_limit=80),
    ]
    if seed % 3 == 0:
        book.thresholds.range_rules = [RangeRule("new_area", minimum=1000, maximum=9000, scope="project")]
    return book


def brute_force(items, assumptions, overlaps, options: OptimiseOptions, figure=None):
    """(best objective, its actions) over every combination, through the engine; None if none passes.
    ``figure``: model -> the objective (default: the project's NPV or net profit before the stack)."""
    enforce = set(options.enforce)
    choices = []
    for item in items:
        action = item.attributes["el_action"]
        if item.fid in options.locked:
            choices.append([action])
        elif action == "add":
            choices.append(["add", None])
        else:
            choices.append(["retain", "renovate", "demolish"])
    best = None
    for combo in itertools.product(*choices):
        picks = dict(zip((i.fid for i in items), combo))
        if any(picks[new] == "add" and picks[old] != "demolish" for new, old in overlaps):
            continue
        scheme = [with_action(item, action) for item, action in zip(items, combo) if action is not None]
        model = EconomicModel.compute(scheme, assumptions)
        if any(c.state == FAIL and c.key in enforce for c in model.checks()):
            continue
        if options.balance_units and any(model.indicators(u)["net_profit"] < 0 for u in model.units):
            continue
        if figure is None:
            value = model.indicators()["npv" if options.objective == "npv" else "net_profit"]
        else:
            value = figure(model)
        if best is None or value > best[0] + 1e-6:
            best = (value, picks)
    return best


def seeded_options(seed: int, objective: str, overlaps, **more) -> OptimiseOptions:
    """The options of a random scheme's test: fund balance and a lock on some seeds, exact solves."""
    return OptimiseOptions(
        objective=objective,
        overlaps=tuple(overlaps),
        balance_units=seed % 4 == 1,
        locked=frozenset({2}) if seed % 5 == 2 else frozenset(),
        explain=False,
        mip_rel_gap=1e-9,
        **more,
    )


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("objective", ["npv", "net_profit"])
def test_equals_brute_force(book, seed, objective):
    items, overlaps = random_scheme(seed)
    assumptions = assumptions_for(book, seed)
    options = seeded_options(seed, objective, overlaps)
    model = EconomicModel.compute(items, assumptions)
    result = optimise(model, options)
    best = brute_force(items, assumptions, overlaps, options)
    if best is None:
        assert result.status == INFEASIBLE
        return
    assert result.status == OPTIMAL
    assert result.objective_after == pytest.approx(best[0], rel=1e-9, abs=1e-3)
    assert result.violations == []
    after = EconomicModel.compute(result.inputs, assumptions)
    assert not [c for c in after.checks() if c.state == FAIL and c.key in set(options.enforce)]
    for fid in options.locked:
        assert result.choices[fid] == model.modules[fid].action


def scheme_a(book):
    """Worked by hand: two standing office blocks of 1,000 m2 (existing) in unit 1, and a new block on
    the first. Demolishing it costs compensation 15,000 + demolition 100 (+10 % soft) per m2."""
    items = [
        ModuleInput(
            1,
            {
                "el_module_id": "A",
                "el_unit": "1",
                "el_action": "retain",
                "el_use": "office",
                "el_gfa": 1000,
                "el_households": 10,
                "el_resettled_onsite": 2,
            },
            500.0,
        ),
        ModuleInput(
            2,
            {"el_module_id": "B", "el_unit": "1", "el_action": "retain", "el_use": "office", "el_gfa": 1000},
            500.0,
        ),
        ModuleInput(
            3,
            {
                "el_module_id": "C",
                "el_unit": "1",
                "el_action": "add",
                "el_use": "office",
                "el_gfa": 20000,
                "el_sale_price": 40000,
            },
            500.0,
        ),
    ]
    book.units = [ProjectUnit("1")]
    return items


def test_infeasible_names_the_conflict(book):
    items = scheme_a(book)
    # C locked as built needs A demolished (overlap), but demolishing A moves 10 households with only
    # 2 resettled (20 % < 50 %): locks, overlap and the resettlement minimum conflict. The on-site
    # resettlement capacity (enforced since issue 24) shuts it out too: the 2 households in kind are owed
    # 2 x 1,000 / 10 x 1.0 = 200 m2 and C (office) gives no new housing: either names the conflict.
    book.thresholds = PolicyThresholds(max_demolition_share=1.0, max_rebuild_ratio=100)
    model = EconomicModel.compute(items, book)
    result = optimise(model, OptimiseOptions(overlaps=((3, 1),), locked=frozenset({3})))
    assert result.status == INFEASIBLE
    names = {(c["constraint"], c["unit"]) for c in result.conflicts}
    assert ("locks", None) in names and ("overlap", None) in names
    assert {("resettlement_share", None), ("resettlement_share", "1"), ("resettlement_capacity", "1")} & names
    no_capacity = tuple(key for key in CHECK_GROUPS if key != "resettlement_capacity")
    result = optimise(model, OptimiseOptions(overlaps=((3, 1),), locked=frozenset({3}), enforce=no_capacity))
    names = {(c["constraint"], c["unit"]) for c in result.conflicts}
    assert ("resettlement_share", None) in names or ("resettlement_share", "1") in names
    assert ("demolition_share", None) not in names


def test_demolition_cap_conflicts_with_a_lock(book):
    items = scheme_a(book)
    items[0] = ModuleInput(1, dict(items[0].attributes, el_households=0, el_resettled_onsite=0), 500.0)
    book.thresholds = PolicyThresholds(max_rebuild_ratio=100)
    model = EconomicModel.compute(items, book)  # demolishing A is 1,000 / 2,000 = 50 % > 20 %
    result = optimise(model, OptimiseOptions(overlaps=((3, 1),), locked=frozenset({3})))
    assert result.status == INFEASIBLE
    keys = {c["constraint"] for c in result.conflicts}
    assert {"locks", "overlap"} <= keys and "demolition_share" in keys
    assert "resettlement_share" not in keys


def test_binding_limit_and_its_gain(book):
    """Two standing blocks of 1,000 m2 each; demolishing either is 50 %: with the cap at 49 % nothing
    may go, at 50 % (one step of 1 %) the profitable new block C can be built on A."""
    items = scheme_a(book)
    items[0] = ModuleInput(1, dict(items[0].attributes, el_households=0, el_resettled_onsite=0), 500.0)
    book.thresholds = PolicyThresholds(max_demolition_share=0.49, max_rebuild_ratio=100)
    model = EconomicModel.compute(items, book)
    result = optimise(model, OptimiseOptions(overlaps=((3, 1),), enforce=("demolition_share",)))
    assert result.status == OPTIMAL
    assert result.choices[3] is None  # not built
    caps = [b for b in result.binding if b["constraint"] == "demolition_share"]
    assert caps and caps[0]["relaxed_limit"] == pytest.approx(0.50)
    # the gain: the scheme with A demolished and C built, minus the best without, both by the engine
    built = EconomicModel.compute([with_action(items[0], "demolish"), items[1], items[2]], book)
    best_without = max(
        EconomicModel.compute([with_action(items[0], a), with_action(items[1], b)], book).indicators()["npv"]
        for a in ("retain", "renovate")
        for b in ("retain", "renovate")
    )
    assert max(b["gain"] for b in caps) == pytest.approx(built.indicators()["npv"] - best_without, rel=1e-9)


def test_objective_before_is_the_scheme_as_it_is(book):
    items = scheme_a(book)
    model = EconomicModel.compute(items, book)
    result = optimise(model, OptimiseOptions(enforce=(), explain=False))
    assert result.objective_before == pytest.approx(model.indicators()["npv"])
    assert result.objective_after >= result.objective_before


def test_unknown_objective(book):
    model = EconomicModel.compute(scheme_a(book), book)
    with pytest.raises(ValueError, match="objective"):
        optimise(model, OptimiseOptions(objective="irr"))


def test_every_check_group_named():
    assert set(CHECK_GROUPS) == {
        "demolition_share",
        "rebuild_ratio",
        "resettlement_share",
        "floor_area_ratio",
        "height",
        "range",
        "resettlement_capacity",  # enforced since issue 24
    }


def test_rebuild_ratio_applies_once_something_is_demolished(book):
    """A is locked as demolished (1,000 m2): a rebuild ratio of 2 allows 2,000 m2 new, so C (20,000 m2)
    cannot be built; with nothing demolished the ratio is not evaluated and C may stand alone."""
    items = scheme_a(book)
    items[0] = ModuleInput(
        1, dict(items[0].attributes, el_action="demolish", el_households=0, el_resettled_onsite=0), 500.0
    )
    book.thresholds = PolicyThresholds(max_demolition_share=1.0, max_rebuild_ratio=2.0)
    model = EconomicModel.compute(items, book)
    locked = optimise(model, OptimiseOptions(locked=frozenset({1}), explain=False))
    assert locked.choices[1] == "demolish" and locked.choices[3] is None
    free = optimise(model, OptimiseOptions(explain=False))
    assert free.choices[1] != "demolish" and free.choices[3] == "add"


def test_a_missing_solver_is_named(book, monkeypatch):
    import sys

    from economic_layer_plugin.core.optimise import SolverMissing

    monkeypatch.setitem(sys.modules, "scipy.optimize", None)  # as where SciPy is not installed
    model = EconomicModel.compute(scheme_a(book), book)
    with pytest.raises(SolverMissing, match="SciPy"):
        optimise(model, OptimiseOptions(explain=False))


def test_the_scheme_as_it_is_fails_a_limit(book):
    """C (20,000 m2 new) with nothing demolished: the rebuild ratio is not evaluated, so the scheme as it is
    passes; demolishing A (1,000 m2, locked) makes it 20 > 2: the failure is named."""
    items = scheme_a(book)
    items[0] = ModuleInput(
        1, dict(items[0].attributes, el_action="demolish", el_households=0, el_resettled_onsite=0), 500.0
    )
    book.thresholds = PolicyThresholds(max_demolition_share=1.0)
    model = EconomicModel.compute(items, book)
    result = optimise(model, OptimiseOptions(explain=False))
    assert not result.before_feasible
    assert any("rebuild ratio" in v for v in result.before_violations)


# after the feasibility stack -------------------------------------------------------------------------
AFTER_KEYS = {"npv": "project_npv", "net_profit": "net_profit_after_tax"}


def brute_force_after_stack(items, assumptions, overlaps, options: OptimiseOptions):
    """As brute_force, with the objective read from the feasibility stack of each combination."""
    key = AFTER_KEYS[options.objective]
    return brute_force(items, assumptions, overlaps, options, lambda model: model.stack().indicators[key])


@pytest.mark.parametrize("seed", [0, 3, 5, 7, 8, 10, 11, 13, 14, 15, 16, 20])
@pytest.mark.parametrize("objective", ["npv", "net_profit"])
def test_after_stack_equals_brute_force(book, seed, objective):
    """Taxes on totals enter linearised; on these schemes the rounds reach the best combination by the
    exact after-stack figure, and the report's estimate, exact figure and difference agree."""
    items, overlaps = random_scheme(seed)
    assumptions = assumptions_for(book, seed)
    assert assumptions.feasibility.enabled
    options = seeded_options(seed, objective, overlaps, after_stack=True, stack_rel_gap=1e-9)
    model = EconomicModel.compute(items, assumptions)
    result = optimise(model, options)
    best = brute_force_after_stack(items, assumptions, overlaps, options)
    assert best is not None  # these seeds have a feasible combination
    assert result.status == OPTIMAL
    assert result.key == AFTER_KEYS[objective]
    recomputed = EconomicModel.compute(result.inputs, assumptions).stack().indicators[result.key]
    assert result.objective_after == pytest.approx(recomputed, rel=1e-12)
    assert result.objective_after == pytest.approx(best[0], rel=1e-9, abs=1e-3)
    assert result.objective_before == pytest.approx(model.stack().indicators[result.key])
    assert result.approximation == pytest.approx(result.objective_after - result.objective_estimate)
    assert result.rounds and result.rounds[0]["exact"] - result.rounds[0]["estimate"] == pytest.approx(
        result.rounds[0]["difference"]
    )
    assert result.violations == []


def test_after_stack_finds_more_than_the_pre_tax_optimum(book):
    """Seed 0: the scheme that is best before the stack is worth far less after it (taxes and the
    stack's costs), and the after-stack objective finds a better one (both figures by the engine)."""
    items, overlaps = random_scheme(0)
    assumptions = assumptions_for(book, 0)
    # the held assets sold at the horizon (their exit value is income, taxed as a transfer)
    assumptions.feasibility = replace(assumptions.feasibility, exit_treatment="sale")
    model = EconomicModel.compute(items, assumptions)
    common = dict(overlaps=tuple(overlaps), explain=False, mip_rel_gap=1e-9)
    pre = optimise(model, OptimiseOptions(**common))
    post = optimise(model, OptimiseOptions(after_stack=True, stack_rel_gap=1e-9, **common))
    pre_after_tax = EconomicModel.compute(pre.inputs, assumptions).stack().indicators["project_npv"]
    assert post.objective_after > pre_after_tax * 1.5
    assert pre.choices != post.choices


def test_after_stack_changes_are_each_change_alone(book):
    """Each change's worth after the stack: the exact project NPV of the scheme as it is with that one
    module's action changed, minus the scheme's, by the engine."""
    items, overlaps = random_scheme(8)
    assumptions = assumptions_for(book, 8)
    model = EconomicModel.compute(items, assumptions)
    result = optimise(
        model,
        OptimiseOptions(
            overlaps=tuple(overlaps), explain=False, mip_rel_gap=1e-9, after_stack=True, stack_rel_gap=1e-9
        ),
    )
    assert result.changes
    base = model.stack().indicators["project_npv"]
    for change in result.changes:
        scheme = [
            item if item.fid != change["fid"] else with_action(item, change["to"])
            for item in items
            if not (item.fid == change["fid"] and change["to"] == "not_built")
        ]
        alone = EconomicModel.compute(scheme, assumptions).stack().indicators["project_npv"]
        assert change["objective_change"] == pytest.approx(alone - base, rel=1e-9, abs=1e-3)


def test_after_stack_needs_the_stack(book):
    from economic_layer_plugin.core.optimise import StackOff

    items = scheme_a(book)
    book.feasibility.enabled = False
    model = EconomicModel.compute(items, book)
    with pytest.raises(StackOff, match="switched off"):
        optimise(model, OptimiseOptions(after_stack=True))
    assert optimise(model, OptimiseOptions(explain=False)).status == OPTIMAL  # before the stack: as ever


def test_after_stack_binding_gain(book):
    """The binding-limit gains after the stack come from the program linearised around the chosen
    scheme; relaxing the demolition cap lets C be built (test_binding_limit_and_its_gain's scheme)."""
    items = scheme_a(book)
    items[0] = ModuleInput(1, dict(items[0].attributes, el_households=0, el_resettled_onsite=0), 500.0)
    book.thresholds = PolicyThresholds(max_demolition_share=0.49, max_rebuild_ratio=100)
    # the held assets sold at the horizon (their exit value is income, taxed as a transfer)
    book.feasibility = replace(book.feasibility, exit_treatment="sale")
    model = EconomicModel.compute(items, book)
    result = optimise(
        model, OptimiseOptions(overlaps=((3, 1),), enforce=("demolition_share",), after_stack=True)
    )
    assert result.status == OPTIMAL and result.choices[3] is None
    caps = [b for b in result.binding if b["constraint"] == "demolition_share"]
    assert caps
    # one swap pair (A demolished, C built) from the chosen scheme: the linear estimate adds the two
    # single changes; the engine gives each alone
    chosen = result.inputs
    base = EconomicModel.compute(chosen, book).stack().indicators["project_npv"]
    by_fid = {item.fid: item for item in chosen}
    a_alone = EconomicModel.compute(
        [with_action(by_fid[1], "demolish"), by_fid[2]], book
    ).stack().indicators["project_npv"]
    c_alone = EconomicModel.compute([by_fid[1], by_fid[2], items[2]], book).stack().indicators["project_npv"]
    assert max(b["gain"] for b in caps) == pytest.approx((a_alone - base) + (c_alone - base), rel=1e-9)


@pytest.mark.parametrize("seed", [0, 2, 8])
def test_the_solvers_objective_is_the_estimate(book, seed):
    """The solver's relative gap is relative to the scheme's figure: the program's objective (its
    coefficients at a solution) is the estimate, new modules not built and the offset included."""
    from economic_layer_plugin.core.optimise import WAN, Program, linearise

    items, overlaps = random_scheme(seed)
    assumptions = assumptions_for(book, seed)
    model = EconomicModel.compute(items, assumptions)
    program = Program(model, OptimiseOptions(overlaps=tuple(overlaps), after_stack=True, explain=False))
    current = {fid: m.action for fid, m in model.modules.items()}
    linearise(program, model, current, "project_npv")
    assert any(
        program.values[ci][j] for ci, row in enumerate(program.var_of) for j, v in enumerate(row) if v is None
    )
    c, *_ = program.build()
    for trial in range(20):  # feasible or not: any choice per module
        rng = random.Random(trial)
        x = [0] * len(c)
        for indices in program.var_of:
            k = rng.randrange(len(indices))
            if indices[k] is not None:
                x[indices[k]] = 1
        objective = -sum(cv * xv for cv, xv in zip(c, x)) * WAN
        assert objective == pytest.approx(program.estimate(x), rel=1e-12, abs=1e-3)


def test_nothing_to_optimise_is_said(book):
    """Every module left out of the totals: no choice to make, and the message says so."""
    model = EconomicModel.compute([ModuleInput(1, {"el_unit": "1", "el_action": "retain"}, 100.0)], book)
    assert model.excluded_count == 1
    with pytest.raises(ValueError, match="Nothing to optimise"):
        optimise(model, OptimiseOptions())


def test_a_pick_the_checks_reject_is_never_the_answer(book, monkeypatch):
    """A solver that calls an infeasible program optimal (HiGHS with presolve, issue 24): its pick is
    recomputed by the engine, fails the demolition cap, is solved again without presolve, still fails:
    status infeasible_after_check, the failing check listed, no scheme to write. Where the scheme as it is
    meets the limits (nothing demolished: 0 % <= 49 %), it is the start of the local search instead."""
    from economic_layer_plugin.core.optimise import INFEASIBLE_AFTER_CHECK, Program

    items = scheme_a(book)
    items[0] = ModuleInput(1, dict(items[0].attributes, el_households=0, el_resettled_onsite=0), 500.0)
    # both standing blocks locked as demolished: 2,000 / 2,000 = 100 % > 49 %, whatever C does
    items[0] = with_action(items[0], "demolish")
    items[1] = with_action(items[1], "demolish")
    book.thresholds = PolicyThresholds(max_demolition_share=0.49, max_rebuild_ratio=100)
    model = EconomicModel.compute(items, book)
    presolves = []
    real_solve = Program.solve

    def lying_solve(self, *args, presolve=None, **kwargs):
        presolves.append(presolve)
        if kwargs.get("dropped") or kwargs.get("limits"):
            return real_solve(self, *args, presolve=presolve, **kwargs)
        x = self.x_of({1: "demolish", 2: "demolish", 3: "add"})
        self.size = (len(x), 0)
        return OPTIMAL, x, self.estimate(x), 0.0, 0.0, []

    monkeypatch.setattr(Program, "solve", lying_solve)
    result = optimise(model, OptimiseOptions(enforce=("demolition_share",), explain=False))
    assert result.status == INFEASIBLE_AFTER_CHECK
    assert result.choices == {} and result.inputs == []
    assert any("Demolished / existing" in v for v in result.violations)
    assert False in presolves  # solved again without presolve
    as_is = EconomicModel.compute(scheme_a(book)[:2] + [items[2]], book)
    result = optimise(as_is, OptimiseOptions(enforce=("demolition_share",), explain=False))
    assert result.choices and result.violations == []
    assert sum(result.choices[fid] == "demolish" for fid in (1, 2)) == 0  # one of 2 is 50 % > 49 %


def test_a_retained_building_is_renovated_only_when_acquired(book):
    """A retained office block of 1,000 m2 renting at 400 yuan/m2/month: renovating it is worth
    +128.9 万元 of NPV against 0 retained (both by the engine below), but the project would have to
    acquire it. By default it stays retained (said in the report); with acquire_retained and an
    acquisition rate set it is renovated; without a rate it stays retained; out of scope it keeps its
    action."""
    book.units = [ProjectUnit("1")]

    def tower(acquisition):
        attributes = {"el_module_id": "T", "el_unit": "1", "el_action": "retain", "el_use": "office",
                      "el_gfa": 1000, "el_rent": 400}
        if acquisition:
            attributes["el_acquisition_rate"] = acquisition
        return ModuleInput(1, attributes, 500.0)

    priced = tower(5000)
    renovated = EconomicModel.compute([with_action(priced, "renovate")], book).indicators()["npv"]
    assert renovated > EconomicModel.compute([priced], book).indicators()["npv"]
    model = EconomicModel.compute([priced], book)
    options = dict(enforce=(), explain=False)
    result = optimise(model, OptimiseOptions(**options))
    assert result.choices[1] == "retain" and result.out_of_scope["acquisition"] == 1
    result = optimise(model, OptimiseOptions(acquire_retained=True, **options))
    assert result.choices[1] == "renovate" and result.objective_after == pytest.approx(renovated)
    unpriced = EconomicModel.compute([tower(None)], book)
    assert optimise(unpriced, OptimiseOptions(acquire_retained=True, **options)).choices[1] == "retain"
    result = optimise(model, OptimiseOptions(acquire_retained=True, scope=frozenset(), **options))
    assert result.choices[1] == "retain" and result.out_of_scope == {"scope": 1, "acquisition": 0, "modules": ["T"]}
