"""The optimiser's mixed-integer program: one binary per module and choice, the policy checks as linear
rows (see the package's docstring), solved by SciPy's ``milp`` (HiGHS). Pure Python."""

from __future__ import annotations

import math
import time

from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.module import AREA_KEYS
from economic_layer_plugin.core.optimise.choices import (
    _ABOVE,
    _DEMOLISHED,
    _EXISTING,
    _area,
    _households,
    _housing,
    _owed,
    _range_quantity,
    _restrict,
    _stands_too_high,
    candidates,
    rebuild_basis,
)
from economic_layer_plugin.core.optimise.options import (
    FEASIBLE_GAP,
    INFEASIBLE,
    NO_SOLUTION,
    NOT_BUILT,
    OPTIMAL,
    Group,
    OptimiseOptions,
    SolverMissing,
)


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

        self._choice_rows(add_row)
        for group in self.groups:
            if group.id in dropped:
                continue
            limit = limits.get(group.id, limits.get(group.shared_id, group.limit))
            extra += self._group_rows(group, limit, add_row, lb, ub, dropped, n + extra)
        c.extend([0.0] * extra)
        lb.extend([0.0] * extra)
        ub.extend([1.0] * extra)
        return c, lb, ub, rows, bl, bu, owners

    def _choice_rows(self, add_row) -> None:
        """One choice per module (at most one where "not built" is a choice: it has no variable)."""
        for ci, cand in enumerate(self.candidates):
            coefs = {v: 1.0 for v in self.var_of[ci] if v is not None}
            if NOT_BUILT in [ch.action for ch in cand.choices]:
                add_row(coefs, 0.0, 1.0, None)
            else:
                add_row(coefs, 1.0, 1.0, None)

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
