"""How the dock writes numbers: money in 10,000 CNY, areas in m2, thousands separators."""

from __future__ import annotations

from typing import Optional

WAN = 10_000.0
NONE = "—"


def _unsigned_zero(text: str) -> str:
    """'-0', '-0.0', '-0.00 %': a small negative rounded to zero is shown as zero."""
    if text.startswith("-") and not any(c in "123456789" for c in text):
        return text[1:]
    return text


def money(yuan: Optional[float], decimals: int = 0) -> str:
    """Yuan shown in 10,000 CNY: 12,345,678 -> '1,235'."""
    if yuan is None:
        return NONE
    value = yuan / WAN
    return _unsigned_zero(f"{value:,.{decimals}f}")


def area(m2: Optional[float]) -> str:
    return NONE if m2 is None else _unsigned_zero(f"{m2:,.0f}")


def percent(share: Optional[float], decimals: int = 1) -> str:
    return NONE if share is None else _unsigned_zero(f"{share * 100:.{decimals}f} %")


def years(value: Optional[float]) -> str:
    return NONE if value is None else _unsigned_zero(f"{value:.1f}")


def number(value: Optional[float], decimals: int = 2) -> str:
    return NONE if value is None else _unsigned_zero(f"{value:,.{decimals}f}")


def indicator(key: str, value) -> str:
    """An indicator of the economic model, formatted for its kind."""
    if key in ("cost", "revenue", "net_profit", "npv", "peak_funding", "funding_gap", "subsidy_pv"):
        return money(value)
    if key in ("margin", "irr", "mirr"):
        return percent(value)
    if key == "irr_roots":
        return NONE if value is None else str(value)
    if key in ("payback", "dynamic_payback"):
        return years(value)
    if key == "breakeven_price_factor":
        return number(value, 2)
    return area(value)
