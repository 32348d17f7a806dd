"""Chinese taxes of a real-estate development, as pure functions (spec section 9). Pure Python.

Money in yuan (floats) unless a name says otherwise. Sources (also in docs/feasibility.md):

- Land appreciation tax (土地增值税): 《中华人民共和国土地增值税暂行条例》(国务院令第138号, 1993),
  art. 7 (four progressive bands 30/40/50/60 %) and art. 8 (ordinary residential exempt when the
  appreciation is at most 20 % of the deductions); 《土地增值税暂行条例实施细则》(财法字〔1995〕6号),
  art. 7 (deduction items: land cost, development cost, development expenses at most 10 % of land +
  development cost where interest is not apportioned, taxes on the transfer, and for developers an
  extra 20 % of land + development cost) and art. 10 (the quick-calculation deductions 0/5/15/35 %).
- VAT on sales of self-developed real estate, general method: 9 % (财政部 税务总局 海关总署公告2019年
  第39号), the sales amount reduced by the land price paid to the government (财税〔2016〕36号, annex 2;
  国家税务总局公告2016年第18号, art. 4: 销售额 = (全部价款和价外费用 - 当期允许扣除的土地价款) ÷ (1 + 税率)).
- Surcharges on VAT: urban maintenance and construction tax 7 % (《城市维护建设税法》, 2021), education
  surcharge 3 % (《征收教育费附加的暂行规定》, 国务院令第448号 revision 2005), local education surcharge
  2 % (财综〔2010〕98号).
- Property tax on rent (从租计征): 12 % of rent income, 《房产税暂行条例》(国发〔1986〕90号), art. 4.
- Corporate income tax: 25 % (《企业所得税法》, 2007, art. 4), losses carried forward (art. 18).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

__all__ = [
    "LAT_BANDS", "LAT_BANDS_PERCENT", "LatBand", "LatResult", "land_appreciation_tax",
    "land_appreciation_tax_detail", "land_appreciation_tax_fen", "lat_band", "to_fen", "vat_on_sales",
    "corporate_income_tax",
]


class LatBand(NamedTuple):
    """One band of the land appreciation tax: up to ``ratio_limit`` (appreciation / deductions),
    tax = appreciation x ``rate`` - deductions x ``quick_deduction``."""

    ratio_limit: float
    rate: float
    quick_deduction: float


#: 土地增值税暂行条例 art. 7 and 实施细则 art. 10, in whole percent: (ratio limit, rate, quick
#: deduction); the last band has no limit. Every decision is made on these integers and amounts in fen.
LAT_BANDS_PERCENT = ((50, 30, 0), (100, 40, 5), (200, 50, 15), (None, 60, 35))
LAT_BANDS = tuple(LatBand(float("inf") if limit is None else limit / 100, rate / 100, quick / 100)
                  for limit, rate, quick in LAT_BANDS_PERCENT)
#: 土地增值税暂行条例 art. 8: ordinary residential is exempt while appreciation / deductions <= 20 %
ORDINARY_RESIDENTIAL_EXEMPTION_PERCENT = 20
ORDINARY_RESIDENTIAL_EXEMPTION = ORDINARY_RESIDENTIAL_EXEMPTION_PERCENT / 100


class LatResult(NamedTuple):
    proceeds: float
    deductions: float
    appreciation: float
    ratio: float | None  # appreciation / deductions; None when the deductions are 0
    band: int  # 1..4; 0 when there is no tax (no appreciation, or exempt)
    rate: float
    quick_deduction: float
    exempt: bool
    tax: float


def lat_band(ratio: float) -> int:
    """The band (1..4) of an appreciation ratio > 0 (for display; the tax decides in fen)."""
    for number, band in enumerate(LAT_BANDS, start=1):
        if ratio <= band.ratio_limit:
            return number
    return len(LAT_BANDS)


def to_fen(yuan: float) -> int:
    """An amount in yuan as integer fen (half away from zero)."""
    return round(yuan * 100)


def land_appreciation_tax_fen(proceeds: int, deductions: int, ordinary_residential: bool = False) -> tuple:
    """The land appreciation tax of totals in integer fen, decided without floating point:
    (band, exempt, tax in fen). Band 0: no tax. The ratio test appreciation / deductions <= limit is
    made as appreciation x 100 <= deductions x limit-percent, on integers."""
    proceeds, deductions = int(proceeds), int(deductions)
    if deductions < 0:
        raise ValueError(f"land appreciation tax: deductions must not be negative, got {deductions / 100}")
    appreciation = proceeds - deductions
    if appreciation <= 0:
        return 0, False, 0
    if ordinary_residential and appreciation * 100 <= deductions * ORDINARY_RESIDENTIAL_EXEMPTION_PERCENT:
        return 0, True, 0
    number, rate, quick = _lat_band(appreciation, deductions)
    hundredfold = appreciation * rate - deductions * quick  # tax x 100, in fen
    return number, False, max(0, (2 * hundredfold + 100) // 200)  # / 100, half up


def _lat_band(appreciation: int, deductions: int) -> tuple:
    """(band number from 1, rate %, quick deduction %) of the band that ``appreciation`` falls in."""
    for number, (limit, rate, quick) in enumerate(LAT_BANDS_PERCENT, start=1):
        if limit is None or appreciation * 100 <= deductions * limit:
            return number, rate, quick
    return len(LAT_BANDS_PERCENT), LAT_BANDS_PERCENT[-1][1], LAT_BANDS_PERCENT[-1][2]


def land_appreciation_tax_detail(proceeds: float, deductions: float,
                                 ordinary_residential: bool = False) -> LatResult:
    """The land appreciation tax of given totals (yuan), step by step (for the Taxes sheet); the
    amounts are taken to the fen and every decision is made there."""
    p, d = to_fen(float(proceeds)), to_fen(float(deductions))
    if d < 0:
        raise ValueError(f"land appreciation tax: deductions must not be negative, got {deductions}")
    number, exempt, tax = land_appreciation_tax_fen(p, d, ordinary_residential)
    appreciation = p - d
    ratio = appreciation / d if d > 0 else None
    band = LAT_BANDS[number - 1] if number else None
    return LatResult(p / 100, d / 100, appreciation / 100, ratio, number, band.rate if band else 0.0,
                     band.quick_deduction if band else 0.0, exempt, tax / 100)


def land_appreciation_tax(proceeds: float, deductions: float, ordinary_residential: bool = False) -> float:
    """Land appreciation tax (yuan, to the fen) on ``proceeds`` (sales excluding VAT) less
    ``deductions`` (the total of the deduction items), with the four bands; 0 when there is no
    appreciation; 0 for ordinary residential whose appreciation is at most 20 % of the deductions."""
    return land_appreciation_tax_detail(proceeds, deductions, ordinary_residential).tax


def vat_on_sales(sales: Sequence[float], land_deduction: Sequence[float], input_vat: Sequence[float],
                 rate: float = 0.09) -> tuple:
    """VAT payable per year on sales of self-developed property (general method).

    Output VAT of year t = max(0, sales[t] - land_deduction[t]) / (1 + rate) x rate; input VAT that
    exceeds the output VAT is carried forward to later years (留抵), so the payable VAT is never
    below 0. Returns (output VAT per year, VAT payable per year).
    """
    output = [max(0.0, s - land) / (1.0 + rate) * rate for s, land in zip(sales, land_deduction)]
    return output, vat_after_input(output, input_vat)


def vat_after_input(output: Sequence[float], input_vat: Sequence[float]) -> list:
    """VAT payable per year: output VAT less input VAT; input VAT that exceeds the output VAT is
    carried forward to later years (留抵), so the payable VAT is never below 0."""
    payable = []
    credit = 0.0
    for out, inp in zip(output, input_vat):
        due = out - (credit + inp)
        if due > 0:
            payable.append(due)
            credit = 0.0
        else:
            payable.append(0.0)
            credit = -due
    return payable


def corporate_income_tax(profits: Sequence[float], rate: float = 0.25, loss_years: int = 5) -> list:
    """Corporate income tax per year on yearly taxable profits (企业所得税法 art. 4 and 18): a loss of
    year t offsets the profits of years t+1..t+``loss_years`` (the oldest loss first) and then
    expires; what a year's profit keeps after the losses it may use is taxed at ``rate``. This is the
    one income-tax function of the plugin (the feasibility stack uses it on its rows in fen)."""
    if loss_years < 0 or int(loss_years) != loss_years:
        raise ValueError(f"corporate income tax: loss years must be a whole number >= 0, got {loss_years!r}")
    taxes = []
    losses: list = []  # [year, loss not yet used], oldest first
    for year, profit in enumerate(profits):
        losses = [entry for entry in losses if year - entry[0] <= loss_years]
        if profit < 0:
            losses.append([year, -profit])
            taxes.append(0 * rate)
            continue
        left = profit
        for entry in losses:
            used = min(entry[1], left)
            entry[1] -= used
            left -= used
            if not left:
                break
        losses = [entry for entry in losses if entry[1]]
        taxes.append(left * rate)
    return taxes
