"""How numbers are written for a person: money in 10,000 CNY, areas in m2, shares in %, thousands
separators, no "-0". The dock, the report and the command line write with these; the workbook keeps
full values with a display format by the same kinds (core/indicators.py). Pure Python, no QGIS."""

from __future__ import annotations

from economic_layer_plugin.core import indicators
from economic_layer_plugin.core.i18n import tr

#: Yuan per 10,000 CNY (万元), the unit in which money is shown everywhere: the one definition.
WAN = 10_000.0
NONE = "—"


def money_unit(language: str | None = "zh") -> str:
    """The unit of money as written beside a figure: 万元 (and "10,000 CNY" in English)."""
    return tr("10,000 CNY", language)


def _unsigned_zero(text: str) -> str:
    """'-0', '-0.0', '-0.00 %': a small negative rounded to zero is shown as zero."""
    if text.startswith("-") and not any(c in "123456789" for c in text):
        return text[1:]
    return text


def money(yuan: float | None, decimals: int = 0) -> str:
    """Yuan shown in 10,000 CNY: 12,345,678 -> '1,235'."""
    if yuan is None:
        return NONE
    value = yuan / WAN
    return _unsigned_zero(f"{value:,.{decimals}f}")


def area(m2: float | None) -> str:
    return NONE if m2 is None else _unsigned_zero(f"{m2:,.0f}")


def percent(share: float | None, decimals: int = 1) -> str:
    return NONE if share is None else _unsigned_zero(f"{share * 100:.{decimals}f} %")


def years(value: float | None) -> str:
    return NONE if value is None else _unsigned_zero(f"{value:.1f}")


def number(value: float | None, decimals: int = 2) -> str:
    return NONE if value is None else _unsigned_zero(f"{value:,.{decimals}f}")


def indicator(key: str, value) -> str:
    """An indicator of the economic model, written for its kind (core/indicators.py)."""
    kind = indicators.kind(key)
    if kind == indicators.MONEY:
        return money(value)
    if kind == indicators.PERCENT:
        return percent(value)
    if kind == indicators.COUNT:
        return NONE if value is None else str(value)
    if kind == indicators.YEARS:
        return years(value)
    if kind == indicators.FACTOR:
        return number(value, 2)
    return area(value)
