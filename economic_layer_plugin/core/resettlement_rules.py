"""The project's resettlement rules (spec section 10): swap ratio, cap, fees. Pure Python, no imports of
the engine (the assumptions import it); the ledger itself is core/resettlement.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from economic_layer_plugin.core.i18n import N_, translate

#: Where the default fees come from (English; translate() shows it in Chinese)
FEE_SOURCE = N_("estimate: the developers' order of magnitude for a core district of a large Chinese city (2025); "
                "replace with the city's own rules (e.g. its 国有土地上房屋征收与补偿 implementing rules)")
#: the same in Chinese, for the resettlement panel
FEE_SOURCE_ZH = translate(FEE_SOURCE, "zh")


class ResettlementError(ValueError):
    """A resettlement assumption has an unusable value; the message names it."""


@dataclass
class ResettlementAssumptions:
    """The project's resettlement rules. Fees in yuan (see FEE_SOURCE), areas in m2."""

    swap_ratio: float = 1.0  # m2 owed per m2 of existing area (拆一补一)
    cap_per_household: float | None = None  # m2 owed at most per household; None: no cap
    moving_fee: float = 2000.0  # yuan per household per move (two moves)
    transition_fee: float = 2500.0  # yuan per household per month until completion
    unit_swap_ratios: dict = field(default_factory=dict)  # unit code -> swap ratio
    cash_transition_months: float = 0.0  # months of transition fee a household paid in cash gets

    def swap_for(self, unit: str) -> float:
        return self.unit_swap_ratios.get(unit, self.swap_ratio)

    def to_dict(self) -> dict:
        return {"swap_ratio": self.swap_ratio, "cap_per_household": self.cap_per_household,
                "moving_fee": self.moving_fee, "transition_fee": self.transition_fee,
                "cash_transition_months": self.cash_transition_months,
                "unit_swap_ratios": dict(self.unit_swap_ratios)}

    @classmethod
    def from_dict(cls, values) -> ResettlementAssumptions:
        if values is None:
            return cls()
        if not isinstance(values, dict):
            raise ResettlementError("resettlement must be a mapping")
        known = {"swap_ratio", "cap_per_household", "moving_fee", "transition_fee", "cash_transition_months",
                 "unit_swap_ratios"}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ResettlementError(f"resettlement: unknown key(s) {', '.join(unknown)}")
        result = cls(**values)
        if not isinstance(result.unit_swap_ratios, dict):
            raise ResettlementError("resettlement.unit_swap_ratios must be a mapping of unit code to ratio")
        result.unit_swap_ratios = {str(code).strip(): ratio for code, ratio in result.unit_swap_ratios.items()}
        return result

    def validate(self) -> None:
        _positive(self.swap_ratio, "resettlement.swap_ratio", strict=True)
        if self.cap_per_household is not None:
            _positive(self.cap_per_household, "resettlement.cap_per_household", strict=True)
        _positive(self.moving_fee, "resettlement.moving_fee")
        _positive(self.transition_fee, "resettlement.transition_fee")
        _positive(self.cash_transition_months, "resettlement.cash_transition_months")
        if not isinstance(self.unit_swap_ratios, dict):
            raise ResettlementError("resettlement.unit_swap_ratios must be a mapping of unit code to ratio")
        for code, ratio in self.unit_swap_ratios.items():
            if not str(code).strip():
                raise ResettlementError("resettlement.unit_swap_ratios: a unit code is empty")
            _positive(ratio, f"resettlement.unit_swap_ratios.{code}", strict=True)


def _positive(value, where: str, strict: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value \
            or value in (float("inf"), float("-inf")):
        raise ResettlementError(f"{where} must be a finite number, got {value!r}")
    if value < 0 or (strict and value == 0):
        raise ResettlementError(f"{where} must be {'above' if strict else 'at least'} 0, got {value!r}")
