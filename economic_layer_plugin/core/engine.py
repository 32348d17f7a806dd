"""One scheme's economics, kept up to date module by module. Pure Python.

:class:`EconomicModel` is what the dock, the exports, the Processing algorithms and the command
line share. ``load()`` computes a whole scheme; ``set()`` and ``remove()`` change one module and
update its unit and the project in time that does not grow with the number of modules;
indicators are computed on request from the summed cash flows and cached until the next change.

Unit extra flows: ``totals(unit)`` (and so every indicator) is a unit's modules' sums plus what
belongs to the unit rather than to a module: the resettlement ledger and the unit's lump sums
(core/resettlement.py, kept incrementally in ``self.ledger``; ``extras(unit)``). These are the
unit's pre-tax flows. ``units`` and ``project`` hold the modules' sums alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import replace

from economic_layer_plugin.core import checks as policy
from economic_layer_plugin.core import resettlement, tables
from economic_layer_plugin.core.aggregate import Totals, indicators, sensitivity
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.feasibility import SALES_ORD, Bases, Stack, project_stack, unit_stack
from economic_layer_plugin.core.module import (
    OPERATING,
    PARSE_RATES,
    SALES,
    SALES_COSTS,
    Excluded,
    Module,
    ModuleInput,
    compute_module,
    relocate,
    reprice,
    without_location,
)
from economic_layer_plugin.core.resettlement import is_resettlement_housing  # the ledger's own test

_KEEP = object()  # set(): keep the module's location measures


def module_book(assumptions: Assumptions) -> tuple:
    """What :func:`compute_module` reads of the assumptions: the price book, the project rates but
    the discount rate (which only discounts summed flows), and the two switches of the feasibility
    stack that shape a module's tax bases. Equal books give identical modules."""
    feasibility = assumptions.feasibility
    rates = replace(assumptions.rates, discount_rate=0.0)
    return (assumptions.uses, rates, feasibility.enabled,
            feasibility.ordinary_residential_price if feasibility.enabled else None, assumptions.location)


def changed_uses(old_book: tuple, new_book: tuple) -> set | None:
    """The uses whose price book differs between two :func:`module_book` s, or None when anything
    else a module reads differs too (then every module may change)."""
    if old_book[1:] != new_book[1:]:
        return None
    old_uses, new_uses = old_book[0], new_book[0]
    return {name for name in set(old_uses) | set(new_uses) if old_uses.get(name) != new_uses.get(name)}


@contextmanager
def paused_gc():
    """Python's cyclic garbage collector paused while the block runs. A recompute creates several
    containers per module; the collector would walk all of them again and again while they are made
    (it doubles the time of a large scheme). Nothing made there forms reference cycles, so it waits
    until the block is done."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def same_attributes(old: Assumptions, new: Assumptions) -> bool:
    """Whether every module reads the same attributes and defaults under both assumptions, but for
    the default build and sale years (the price book and the rates of ``PARSE_RATES`` are equal):
    then :func:`reprice` gives each module exactly as a fresh computation would."""
    return old.uses == new.uses and all(getattr(old.rates, name) == getattr(new.rates, name)
                                        for name in PARSE_RATES)


def _column_delta(news: list, olds: list) -> list:
    """Per period, the sum of the ``news`` rows minus the sum of the ``olds`` (integer rows of different
    lengths; rows of one length summed together, as aggregate.Totals.of does)."""
    out: list = []
    for rows, sign in ((news, 1), (olds, -1)):
        if len(set(map(len, rows))) == 1:  # the common case: one length
            groups = {len(rows[0]): rows}
        else:
            groups = {}
            for row in rows:
                groups.setdefault(len(row), []).append(row)
        for length, group in groups.items():
            if len(out) < length:
                out.extend([0] * (length - len(out)))
            for k, value in enumerate(map(sum, zip(*group))):
                out[k] += sign * value
    return out


def _flows_delta(pairs: list, ledger: bool) -> tuple:
    """({component: new minus old, per period} of the sales, sales costs and operating flows of the
    ``pairs`` (old, new), {SALES and SALES_COSTS: the same of the resettlement housing among them} or {}
    where the unit has no ledger)."""
    flows, housing = {}, {}
    for k in (SALES, SALES_COSTS, OPERATING):
        differ = [pair for pair in pairs if pair[0].flows[k] is not pair[1].flows[k]]
        if differ:
            flows[k] = _column_delta([new.flows[k] for _, new in differ], [old.flows[k] for old, _ in differ])
            if ledger and k != OPERATING:
                housing[k] = _column_delta([new.flows[k] for _, new in differ if is_resettlement_housing(new)],
                                           [old.flows[k] for old, _ in differ if is_resettlement_housing(old)])
    if housing:
        housing.setdefault(SALES, [])
        housing.setdefault(SALES_COSTS, [])
    return flows, housing


def _flows_again(pairs: list, modules: list, totals: Totals, ledger) -> tuple:
    """As :func:`_flows_delta`, from the sums of all the unit's ``modules`` (as they are now) minus the
    unit's ``totals`` and ``ledger`` (as they were), for the components that differ in some pair."""
    rows = list(zip(*[module.flows for module in modules]))  # each component, of every module
    flows = {k: _column_delta(rows[k], [totals.flows[k]]) for k in (SALES, SALES_COSTS, OPERATING)
             if any(old.flows[k] is not new.flows[k] for old, new in pairs)}
    housing = {}
    if ledger is not None and (SALES in flows or SALES_COSTS in flows):
        built = [module.flows for module in modules if is_resettlement_housing(module)]
        housing[SALES] = _column_delta([f[SALES] for f in built], [ledger.housing_sales])
        housing[SALES_COSTS] = _column_delta([f[SALES_COSTS] for f in built], [ledger.housing_sales_costs])
    return flows, housing


def _add_into(target: list, values: list) -> None:
    if len(target) < len(values):
        target.extend([0] * (len(values) - len(target)))
    for k, value in enumerate(values):
        if value:
            target[k] += value


def _bases_delta(pairs: list) -> Bases | None:
    """The stack's bases of the new modules minus those of the old ((old, new) pairs that differ in
    their prices alone); None when the stack is off. Where a module keeps its product type and
    operating years only its sales and first-year rent move (module.relocate keeps the rest)."""
    delta = None
    for old, new in pairs:
        o, n = old.bases, new.bases
        if o is n:
            continue
        if delta is None:
            delta = Bases()
        kind = n[8]
        if kind == o[8] and n[14] == o[14]:
            if kind >= 0:
                delta.scalars[SALES_ORD + kind] += n[10] - o[10]
            rent = n[15] - o[15]
            if rent:
                key = (n[13], n[14])
                delta.rent[key] = delta.rent.get(key, 0) + rent
        else:
            delta.add(o, -1)
            delta.add(n)
    return delta


def unit_sort_key(code: str) -> tuple:
    """Natural order of unit codes: 1, 2, 10, then A, B."""
    return (0, int(code), "") if code.isdigit() else (1, 0, code)


class EconomicModel:
    def __init__(self, assumptions: Assumptions | None = None) -> None:
        self.assumptions = assumptions or Assumptions()
        self.inputs: dict = {}  # fid -> ModuleInput
        #: fid -> the module's distances to the location layers (core/location.py), where measured: an
        #: input of the module like its attributes, kept across load() and set() (set by the adapter) and
        #: carried in ``inputs`` (ModuleInput.measures), so that what is computed from them is located too
        self.measures: dict = {}
        self.modules: dict = {}  # fid -> Module
        self.excluded: dict = {}  # fid -> Excluded
        self.units: dict = {}  # unit code -> Totals
        self.project = Totals()
        self._height_over: dict = {}  # unit code -> {fid: height above the unit's limit}
        self._height_unknown: dict = {}  # unit code -> {fids of standing modules without height}
        self._cache: dict = {}
        self._unit_specs: dict = {}
        self._index_units()
        #: unit extra flows: the resettlement ledger and the unit-level lump sums (core/resettlement.py)
        self.ledger = resettlement.Ledger(self.assumptions)

    # building -----------------------------------------------------------------------------------
    @classmethod
    def compute(cls, items: Iterable[ModuleInput], assumptions: Assumptions | None = None) -> EconomicModel:
        model = cls(assumptions)
        model.load(items)
        return model

    def load(self, items: Iterable[ModuleInput]) -> None:
        """Computes every module from scratch."""
        with paused_gc():
            self._load(items)

    def _load(self, items: Iterable[ModuleInput]) -> None:
        self.inputs = {}
        self.modules = {}
        self.excluded = {}
        self.units = {}
        self._height_over = {}
        self._height_unknown = {}
        self._cache = {}
        assumptions = self.assumptions
        measures = self.measures
        for item in items:
            self._drop_input(item.fid)  # a repeated fid replaces the earlier one, as set() does
            if measures:
                item = self._measured(item)
            self.inputs[item.fid] = item
            result = compute_module(item, assumptions)
            if isinstance(result, Excluded):
                self.excluded[item.fid] = result
            else:
                self.modules[item.fid] = result
                self._track_height(result)
        self._sum()

    def _sum(self) -> None:
        """The units' and the project's sums and the ledger, from the modules."""
        by_unit: dict = {}
        for module in self.modules.values():
            by_unit.setdefault(module.unit, []).append(module)
        self.units = {code: Totals.of(modules) for code, modules in by_unit.items()}
        self.project = Totals()
        for totals in self.units.values():
            self.project.merge(totals)
        self.ledger = resettlement.Ledger.of(self.modules.values(), self.assumptions)

    def _drop_input(self, fid) -> None:
        if fid in self.inputs:
            self.inputs.pop(fid)
            self.excluded.pop(fid, None)
            old = self.modules.pop(fid, None)
            if old is not None:
                self._height_over.get(old.unit, {}).pop(fid, None)
                self._height_unknown.get(old.unit, set()).discard(fid)

    def set(self, item: ModuleInput, measures=_KEEP):
        """Adds or replaces one module; returns its Module or Excluded. ``measures``: its new distances to
        the location layers (None: none measured); by default it keeps those it had."""
        self._drop(item.fid)
        if measures is not _KEEP:
            if measures is None:
                self.measures.pop(item.fid, None)
            else:
                self.measures[item.fid] = measures
            item = item._replace(measures=measures)
        elif self.measures:
            item = self._measured(item)
        self.inputs[item.fid] = item
        result = compute_module(item, self.assumptions)
        if isinstance(result, Excluded):
            self.excluded[item.fid] = result
        else:
            self.modules[item.fid] = result
            self._unit_totals(result.unit).add(result)
            self.project.add(result)
            self.ledger.add(result)
            self._track_height(result)
            self._cache.pop(("unit", result.unit), None)
            self._cache.pop(("totals", result.unit), None)
            self._cache.pop(("stack", result.unit), None)
            self._cache.pop(("location_income", result.unit), None)
        self._cache.pop(("project",), None)
        self._cache.pop(("totals", None), None)
        self._cache.pop(("stack",), None)
        self._cache.pop(("location_income", None), None)
        return result

    def _measured(self, item: ModuleInput) -> ModuleInput:
        """``item`` with the distances this model holds for it (those it carries where it holds none)."""
        value = self.measures.get(item.fid, item.measures)
        return item if value is item.measures else item._replace(measures=value)

    def set_measures(self, measures: dict) -> list:
        """New location distances of some modules ({fid: measures or None}): those whose distances
        differ are located again, their units and the project follow; the others are kept. Returns
        the fids whose distances changed.

        Distances move a module's sale price and rent only: each module is located again from the
        figures it has (:func:`~economic_layer_plugin.core.module.relocate`: its attributes are not read
        again, its costs are kept), and only the modules whose prices moved change the sums, by the
        difference of their income flows (:meth:`_shift`). The same model as a full recompute (tested)."""
        inputs = self.inputs
        held = self.measures
        changed = []
        for fid, value in measures.items():
            if fid not in inputs:  # not read yet: kept for its next set() or load()
                if value is None:
                    held.pop(fid, None)
                else:
                    held[fid] = value
            elif held.get(fid) != value:
                changed.append(fid)
        if not changed:
            return changed
        assumptions = self.assumptions
        modules = self.modules
        moved = []  # (old, new) of the modules whose money changed
        touched = set()  # units of the modules located again
        with paused_gc():
            for fid in changed:
                value = measures[fid]
                if value is None:
                    held.pop(fid, None)
                else:
                    held[fid] = value
                item = inputs[fid]
                inputs[fid] = ModuleInput(item.fid, item.attributes, item.footprint_area, item.geometry_error, value)
                old = modules.get(fid)
                if old is None:  # excluded: its attributes keep it out, whatever its distances
                    continue
                new = modules[fid] = relocate(old, value, assumptions)
                touched.add(new.unit)
                if new.flows is not old.flows:
                    moved.append((old, new))
            self._shift(moved)
        for code in touched:
            self._forget(code)
        self._forget(None)
        return changed

    def _shift(self, moved: list) -> None:
        """The sums follow modules whose prices moved ((old, new) pairs from module.relocate: the same
        unit, areas, timing and cost and other income flows): each unit's and the project's sales, sales
        costs and operating flows and stack bases, and the resettlement ledger's housing sales, move by
        the new modules' sums minus the old ones'; where most of a unit's modules moved, its flows are
        summed again from its modules instead (fewer rows to add). Counts, areas and ledger rows stay."""
        by_unit: dict = {}
        for pair in moved:
            by_unit.setdefault(pair[0].unit, []).append(pair)
        project = self.project
        members = None  # {unit code: its modules}, made once if a unit is summed again
        for code, pairs in by_unit.items():
            totals = self.units[code]
            ledger = self.ledger.units.get(code)
            if 2 * len(pairs) > totals.count:
                if members is None:
                    members = self._members()
                flows, housing = _flows_again(pairs, members[code], totals, ledger)
            else:
                flows, housing = _flows_delta(pairs, ledger is not None)
            for k, delta in flows.items():
                _add_into(totals.flows[k], delta)
                _add_into(project.flows[k], delta)
            if any(any(delta) for delta in housing.values()):
                _add_into(ledger.housing_sales, housing[SALES])
                _add_into(ledger.housing_sales_costs, housing[SALES_COSTS])
                self.ledger.forget(code)  # as Ledger.add() does
            delta = _bases_delta(pairs)
            if delta is not None:
                totals.bases.merge(delta)
                project.bases.merge(delta)

    def _members(self) -> dict:
        """{unit code: its modules}."""
        members: dict = {}
        for module in self.modules.values():
            members.setdefault(module.unit, []).append(module)
        return members

    def _forget(self, code) -> None:
        """Drops what is cached of a unit (code) or the project (None)."""
        cache = self._cache
        if code is None:
            cache.pop(("project",), None)
            cache.pop(("stack",), None)
        else:
            cache.pop(("unit", code), None)
            cache.pop(("stack", code), None)
        cache.pop(("totals", code), None)
        cache.pop(("location_income", code), None)

    def remove(self, fid) -> None:
        self._drop(fid)
        self.measures.pop(fid, None)
        self.inputs.pop(fid, None)
        self._cache.pop(("project",), None)
        self._cache.pop(("totals", None), None)
        self._cache.pop(("stack",), None)
        self._cache.pop(("location_income", None), None)

    def set_assumptions(self, assumptions: Assumptions) -> None:
        """New assumptions: recompute every module from the inputs already read (never the layer).

        Each change takes the shortest way that gives exactly the model a full recompute gives (tested):

        - it leaves every module's own figures as they are (the discount rate, policy limits,
          project units, the feasibility stack's tax and finance rates, resettlement rules, lump
          sums): the modules and their sums are kept; the ledger, the height checks and the
          indicators (computed on request) follow;
        - it changes what prices a module but not what it reads (a project rate other than those of
          ``PARSE_RATES``, the stack's switch or its ordinary-housing price; the default build and
          sale years are filled again where a module took them): every module is priced again from
          its attributes (:func:`reprice`), its excluded modules stay excluded;
        - it changes some uses' price book: their modules are computed again from their inputs;
        - anything else: every module is computed again from its inputs.

        The sums, the ledger and the height checks are then made again from the modules: 0.35 s at
        100,000 modules, faster than updating them one module at a time once more than a tenth or so
        of the modules change (scripts/bench_live_edit.py).
        """
        assumptions.validate()
        old = self.assumptions
        old_book, new_book = module_book(old), module_book(assumptions)
        same_modules = old_book == new_book
        self.assumptions = assumptions
        self._index_units()
        if same_modules:
            self._retrack_heights()
            self._cache = {}
            self.ledger = resettlement.Ledger.of(self.modules.values(), assumptions)
            return
        repriced = same_attributes(old, assumptions)
        with paused_gc():
            if repriced:
                # a rate that prices modules (soft costs, sales costs, operation, the stack's switch):
                # every module priced again from the attributes it has read, not read again
                self.modules = {fid: reprice(module, assumptions) for fid, module in self.modules.items()}
            else:
                uses = changed_uses(old_book, new_book)
                if uses is None:
                    self._recompute(list(self.inputs.values()))
                else:
                    # only some uses' prices changed: only their modules change (a module reads the price
                    # book of its own use alone), and those that could not be computed are tried again
                    self._recompute([item for fid, item in self.inputs.items()
                                     if fid in self.excluded or self.modules[fid].use in uses])
            self._sum()
        if not repriced or old.units != assumptions.units:  # repriced: the same modules, the same heights
            self._retrack_heights()
        self._cache = {}

    def _recompute(self, items: list) -> None:
        """Recomputes ``items``, keeping the other modules, in the order of the inputs."""
        a = self.assumptions
        modules, excluded = self.modules, self.excluded
        for item in items:
            modules.pop(item.fid, None)
            excluded.pop(item.fid, None)
            result = compute_module(item, a)
            if isinstance(result, Excluded):
                excluded[item.fid] = result
            else:
                modules[item.fid] = result
        self.modules = {fid: modules[fid] for fid in self.inputs if fid in modules}
        self.excluded = {fid: excluded[fid] for fid in self.inputs if fid in excluded}

    def _retrack_heights(self) -> None:
        self._height_over = {}
        self._height_unknown = {}
        for module in self.modules.values():
            self._track_height(module)

    def _index_units(self) -> None:
        self._unit_specs = {unit.code: unit for unit in self.assumptions.units}

    def _unit_totals(self, code: str) -> Totals:
        totals = self.units.get(code)
        if totals is None:
            totals = self.units[code] = Totals()
        return totals

    def _drop(self, fid) -> None:
        if self.excluded.pop(fid, None) is not None:
            return
        old = self.modules.pop(fid, None)
        if old is None:
            return
        totals = self.units[old.unit]
        totals.remove(old)
        if totals.count == 0:
            del self.units[old.unit]
        self.project.remove(old)
        self.ledger.remove(old)
        self._height_over.get(old.unit, {}).pop(fid, None)
        self._height_unknown.get(old.unit, set()).discard(fid)
        self._cache.pop(("unit", old.unit), None)
        self._cache.pop(("totals", old.unit), None)
        self._cache.pop(("stack", old.unit), None)
        self._cache.pop(("location_income", old.unit), None)

    def _track_height(self, module: Module) -> None:
        if module.action == "demolish" or module.below_ground:
            return
        if module.height is None:
            self._height_unknown.setdefault(module.unit, set()).add(module.fid)
            return
        spec = self._unit_specs.get(module.unit)
        if spec is not None and spec.height_limit is not None and module.height > spec.height_limit + 1e-9:
            self._height_over.setdefault(module.unit, {})[module.fid] = module.height

    # results ------------------------------------------------------------------------------------
    @property
    def excluded_count(self) -> int:
        return len(self.excluded)

    def unit_codes(self) -> list:
        """Units declared in the assumptions (in their order), then any other unit with modules."""
        declared = [unit.code for unit in self.assumptions.units]
        others = sorted((code for code in dict.fromkeys([*self.units, *self.ledger.codes()])
                         if code not in self._unit_specs), key=unit_sort_key)
        return declared + others

    def undeclared_units(self) -> dict:
        """{unit code: [module ids]} of the modules whose unit is not one of the scheme's declared
        project units (a typo in ``el_unit`` would otherwise be a new unit without a word). Empty when
        the scheme declares no units: then every unit comes from ``el_unit``."""
        declared = {unit.code for unit in self.assumptions.units}
        if not declared:
            return {}
        found: dict = {}
        for module in self.modules.values():
            if module.unit not in declared:
                found.setdefault(module.unit, []).append(module.module_id)
        return found

    def unit_warnings(self, language: str = "en") -> list:
        """One sentence for each undeclared unit, naming its modules and the declared units."""
        from economic_layer_plugin.core.i18n import tr

        declared = ", ".join(unit.code for unit in self.assumptions.units)
        text = tr("unit '{code}' is not one of the scheme's project units ({declared}): module(s) {named} "
                  "(a typo in el_unit?)", "zh" if language == "zh" else "en")
        lines = []
        for code, module_ids in self.undeclared_units().items():
            named = ", ".join(str(m) for m in module_ids[:10]) + (" …" if len(module_ids) > 10 else "")
            lines.append(text.format(code=code, declared=declared, named=named))
        return lines

    def warnings(self, language: str = "en") -> list:
        """What the planner should know that leaves no module out: units the scheme does not declare,
        module ids used twice (the command line's standard error, the JSON's "warnings")."""
        from economic_layer_plugin.core.module import duplicate_warnings

        return self.unit_warnings(language) + duplicate_warnings(
            [*self.modules.values(), *self.excluded.values()], language)

    def totals(self, unit: str | None = None) -> Totals:
        """The pre-tax totals of the project (unit None) or a unit: its modules' sums plus the unit
        extra flows (resettlement ledger, lump sums). ``self.units`` / ``self.project`` hold the
        modules' sums alone."""
        key = ("totals", unit)
        cached = self._cache.get(key)
        if cached is None:
            if unit is None:
                cached = resettlement.apply_extras(self.project, self.ledger.project_extras())
            else:
                cached = resettlement.apply_extras(self.units.get(unit) or Totals(), self.ledger.extras(unit))
            self._cache[key] = cached
        return cached

    def extras(self, unit: str | None = None):
        """The unit extra flows and ledger values (resettlement.UnitExtras) of a unit or the project."""
        return self.ledger.project_extras() if unit is None else self.ledger.extras(unit)

    def indicators(self, unit: str | None = None) -> dict:
        """Indicators of the project (unit None) or of one unit; cached until it changes."""
        key = ("project",) if unit is None else ("unit", unit)
        cached = self._cache.get(key)
        if cached is None:
            cached = indicators(self.totals(unit), self.assumptions.rates.discount_rate)
            cached.update(self.extras(unit).values)
            if self.assumptions.feasibility.enabled:
                cached.update(self.feasibility(unit))
            self._cache[key] = cached
        return cached

    # the feasibility stack (spec section 9, core/feasibility.py) ---------------------------------
    def unit_extra_flows(self, code: str) -> tuple:
        """Unit-level pre-tax flows (cost, income) to add before the unit's taxes, beyond
        ``totals(code)``. The resettlement ledger and the unit's lump sums are already in
        ``totals(code)`` (core/resettlement.py, apply_extras), so nothing more here."""
        return None, None

    def stack(self, unit: str | None = None) -> Stack | None:
        """The feasibility stack of the project (unit None) or of one unit; None when it is off.
        Computed from the summed bases on request and cached until the unit or project changes."""
        if not self.assumptions.feasibility.enabled:
            return None
        key = ("stack",) if unit is None else ("stack", unit)
        cached = self._cache.get(key)
        if cached is None:
            if unit is None:
                units = [self.stack(code) for code in self.unit_codes()]
                cached = project_stack(units, self.project, self.assumptions)
            else:
                totals = self.totals(unit)
                extra_cost, extra_income = self.unit_extra_flows(unit)
                cached = unit_stack(totals, totals.bases, self.assumptions, extra_cost, extra_income, unit)
            self._cache[key] = cached
        return cached

    def feasibility(self, unit: str | None = None) -> dict:
        """The feasibility indicators (docs/feasibility.md) of the project or a unit; {} when the stack is off."""
        stack = self.stack(unit)
        return dict(stack.indicators) if stack is not None else {}

    def location_income(self, unit: str | None = None) -> float:
        """What location is worth (spec key ``location_income``): the revenue (yuan) of the project or a
        unit with the location factors minus its revenue without them; 0.0 without location rules."""
        key = ("location_income", unit)
        cached = self._cache.get(key)
        if cached is None:
            cached = 0.0
            if self.assumptions.location.rules:
                for module in self.modules.values():
                    if module.location is not None and (unit is None or module.unit == unit):
                        cached += module.revenue - without_location(module, self.assumptions).revenue
            self._cache[key] = cached
        return cached

    def module_indicators(self, fid) -> dict | None:
        module = self.modules.get(fid)
        if module is None:
            return None
        return indicators(Totals.of([module]), self.assumptions.rates.discount_rate)

    def checks(self) -> list:
        a = self.assumptions
        results = self._ledger_share(policy.scope_checks(self.project, a.thresholds, "project", None), None)
        results.append(policy.rent_growth_check(a.rates, a.thresholds))
        for rule in a.thresholds.range_rules:
            if rule.scope == "project":
                results.append(policy.range_check(rule, self.project, "project", None))
        for code in self.unit_codes():
            totals = self.totals(code)
            spec = self._unit_specs.get(code)
            results.extend(self._ledger_share(policy.scope_checks(totals, a.thresholds, "unit", code), code))
            results.append(resettlement.capacity_check(code, self.ledger.extras(code), self.ledger.units.get(code)))
            results.append(policy.far_check(code, totals, spec))
            results.append(policy.height_check(code, spec, self._height_over.get(code, {}),
                                               len(self._height_unknown.get(code, ()))))
            for rule in a.thresholds.range_rules:
                if rule.scope == "unit":
                    results.append(policy.range_check(rule, totals, "unit", code))
        return results

    def _ledger_share(self, results: list, unit: str | None) -> list:
        """The 50 % resettlement check computed from the resettlement ledger."""
        extras = self.extras(unit)
        return [resettlement.resettlement_share_check(extras.values, self.assumptions.thresholds, r.scope, unit)
                if r.key == "resettlement_share" else r for r in results]

    def check_drivers(self, check: policy.CheckResult) -> list:
        if check.key == "resettlement_capacity":
            if check.state != policy.FAIL:
                return []
            return resettlement.capacity_drivers(self.ledger.units.get(check.unit))
        return policy.drivers(check, self.modules.values(), self.assumptions)

    def table1(self, language: str = "en"):
        return tables.table1(self.indicators(), {code: self.indicators(code) for code in self.unit_codes()}, language)

    def indicators_frame(self, language: str = "en"):
        return tables.indicators_frame(self.indicators(), {code: self.indicators(code) for code in self.unit_codes()},
                                       language)

    def sensitivity(self, unit: str | None = None):
        return tables.sensitivity_frame(sensitivity(self.totals(unit), self.assumptions.rates.discount_rate))
