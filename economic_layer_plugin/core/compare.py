"""Scheme against scheme: indicators side by side, and what changed module by module. Pure Python.

Modules are matched by module id (``el_module_id``, kept when a scheme is duplicated). A module id
present in one scheme only is *added* or *removed*; present in both with other figures, *edited*.
Each change carries its part of the difference in net profit and NPV; the parts add up to the
difference of the totals (net profit exactly, in fen; NPV up to float rounding). Modules left out
of the totals count as absent. Where a scheme has one module id twice, their figures are summed.
"""

from __future__ import annotations

from dataclasses import dataclass

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.i18n import N_, is_chinese, tr, translate
from economic_layer_plugin.core.module import FEN

ADDED, REMOVED, EDITED = "added", "removed", "edited"
STATUS_LABELS = {ADDED: N_("added"), REMOVED: N_("removed"), EDITED: N_("edited")}


@dataclass
class ModuleChange:
    module_id: str
    status: str
    name: str
    base_fids: tuple
    other_fids: tuple
    net_profit: float  # yuan: other - base
    npv: float  # yuan: other - base
    net_share: float | None = None  # of the total difference in net profit
    npv_share: float | None = None
    fields: tuple = ()  # the attributes that differ (edited)
    unit: str | None = None  # the unit of a unit row (its resettlement ledger and lump sums); None: a module

    def status_label(self, language: str = "en") -> str:
        return translate(STATUS_LABELS[self.status], language)

    def label(self, language: str = "en") -> str:
        """The module id, or for a unit row what it is, in the reader's language."""
        if self.unit is None or not is_chinese(language):
            return self.module_id
        return tr("Unit {unit}: resettlement and lump sums", language).format(unit=self.unit)

    def fields_label(self, language: str = "en") -> str:
        if self.unit is not None and is_chinese(language):
            return tr("resettlement, lump sums", language)
        return ", ".join(self.fields)


def counts(changes: list) -> tuple:
    """(modules changed, unit rows changed): unit rows are not modules."""
    units = sum(1 for change in changes if change.unit is not None)
    return len(changes) - units, units


def _by_id(model) -> dict:
    groups: dict = {}
    for module in model.modules.values():
        groups.setdefault(module.module_id, []).append(module)
    return groups


def _net_fen(modules) -> int:
    total = 0
    for m in modules:
        cost, sales, sales_costs, operating, other = (sum(f) for f in m.flows)
        total += sales + operating + other - cost - sales_costs
    return total


def _npv(modules, rate: float) -> float:
    return sum(finance.npv(rate, m.cashflow()) or 0.0 for m in modules)


def _signature(modules) -> tuple:
    return tuple(sorted((tuple(m.flows[i]) for m in modules for i in range(5)), key=repr))


def _attributes(modules, inputs) -> dict:
    merged = {}
    for m in modules:
        merged.update(inputs[m.fid].attributes)
    return merged


def module_changes(base, other) -> list:
    """What changed from ``base`` to ``other`` (EconomicModels), largest change in net profit first."""
    rate_base = base.assumptions.rates.discount_rate
    rate_other = other.assumptions.rates.discount_rate
    a, b = _by_id(base), _by_id(other)
    changes = []
    for module_id in set(a) | set(b):
        old, new = a.get(module_id, []), b.get(module_id, [])
        if old and new:
            before = _attributes(old, base.inputs)
            after = _attributes(new, other.inputs)
            fields = tuple(sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k)))
            geometry_changed = sum(m.footprint_area or 0 for m in old) != sum(m.footprint_area or 0 for m in new)
            if not fields and not geometry_changed and _signature(old) == _signature(new) and rate_base == rate_other:
                continue
            if geometry_changed:
                fields += ("geometry",)
            status = EDITED
        else:
            fields = ()
            status = ADDED if new else REMOVED
        net = (_net_fen(new) - _net_fen(old)) / FEN
        npv = _npv(new, rate_other) - _npv(old, rate_base)
        name = (new or old)[0].name
        changes.append(ModuleChange(module_id, status, name, tuple(m.fid for m in old), tuple(m.fid for m in new),
                                    net, npv, fields=fields))
    changes.extend(_extras_changes(base, other))
    total_net = sum(c.net_profit for c in changes)
    total_npv = sum(c.npv for c in changes)
    for change in changes:
        change.net_share = change.net_profit / total_net if total_net else None
        change.npv_share = change.npv / total_npv if total_npv else None
    changes.sort(key=lambda c: (-abs(c.net_profit), -abs(c.npv), c.module_id))
    return changes


def _extras_changes(base, other) -> list:
    """The units' resettlement ledgers and lump sums (core/resettlement.py), one change per unit."""
    from economic_layer_plugin.core.resettlement import EXTRAS_ID, extras_differences

    return [ModuleChange(EXTRAS_ID.format(unit=code), EDITED, EXTRAS_ID.format(unit=code), (), (), net / FEN, npv,
                         fields=("resettlement, lump sums",), unit=code)
            for code, net, npv in extras_differences(base, other)]


def differences(values: list, baseline: int) -> list:
    """Each value minus the baseline's (None where either is missing)."""
    base = values[baseline]
    return [None if v is None or base is None else v - base for v in values]
