"""Chinese taxes of a real-estate development, as pure functions (docs/feasibility.md). Pure Python.

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
    """The band (1..4) of an appreciation ratio > 0 (for display; the tax decides in fen).

    Parameters
    ----------
    ratio : float
        Appreciation / deductions, as a decimal (0.5 for 50 %).

    Returns
    -------
    int
        1 up to 50 %, 2 up to 100 %, 3 up to 200 %, 4 above; each limit belongs to the lower band.

    Notes
    -----
    The four progressive bands of 《中华人民共和国土地增值税暂行条例》 art. 7 (``LAT_BANDS``). For display
    only: :func:`land_appreciation_tax_fen` decides the band on integer fen.

    Examples
    --------
    >>> [lat_band(r) for r in (0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5)]
    [1, 1, 2, 2, 3, 3, 4]
    """
    for number, band in enumerate(LAT_BANDS, start=1):
        if ratio <= band.ratio_limit:
            return number
    return len(LAT_BANDS)


def to_fen(yuan: float) -> int:
    """An amount in yuan as integer fen.

    Parameters
    ----------
    yuan : float
        An amount in yuan.

    Returns
    -------
    int
        round(yuan x 100).

    Notes
    -----
    Python's round(): the float yuan x 100 to the nearest integer, an exact tie (e.g. 0.125 yuan =
    12.5 fen) to the even integer, not away from zero.

    Examples
    --------
    >>> to_fen(1234.56)
    123456
    >>> to_fen(-0.994)
    -99
    >>> to_fen(0.125)
    12
    """
    return round(yuan * 100)


def land_appreciation_tax_fen(proceeds: int, deductions: int, ordinary_residential: bool = False) -> tuple:
    """The land appreciation tax of totals in integer fen, decided without floating point:
    (band, exempt, tax in fen). Band 0: no tax. The ratio test appreciation / deductions <= limit is
    made as appreciation x 100 <= deductions x limit-percent, on integers.

    Parameters
    ----------
    proceeds : int
        Proceeds of the transfer (sales excluding VAT), in fen.
    deductions : int
        Total of the deduction items, in fen; must not be negative.
    ordinary_residential : bool, optional
        True for ordinary residential housing (普通住宅), which may be exempt; default False.

    Returns
    -------
    tuple
        (band 1..4, or 0 when there is no tax; exempt; tax in fen, rounded half up).

    Raises
    ------
    ValueError
        When ``deductions`` is negative.

    Notes
    -----
    appreciation = proceeds - deductions; no tax when it is at most 0. Tax = appreciation x rate -
    deductions x quick deduction, with the band of appreciation / deductions: up to 50 %: 30 %, 0;
    up to 100 %: 40 %, 5 %; up to 200 %: 50 %, 15 %; above: 60 %, 35 % (《中华人民共和国土地增值税暂行条例》
    (国务院令第138号) art. 7; 《土地增值税暂行条例实施细则》(财法字〔1995〕6号) art. 10). Ordinary
    residential with appreciation at most 20 % of the deductions is exempt (条例 art. 8).

    Examples
    --------
    Proceeds 1,000,000 yuan, deductions 600,000 yuan: appreciation 400,000, ratio 66.7 %, band 2:
    400,000 x 40 % - 600,000 x 5 % = 130,000 yuan:

    >>> land_appreciation_tax_fen(100_000_000, 60_000_000)
    (2, False, 13000000)

    Appreciation 150,000 on 1,000,000 (15 %): exempt as ordinary residential, else 30 % = 45,000:

    >>> land_appreciation_tax_fen(115_000_000, 100_000_000, ordinary_residential=True)
    (0, True, 0)
    >>> land_appreciation_tax_fen(115_000_000, 100_000_000)
    (1, False, 4500000)
    >>> land_appreciation_tax_fen(90_000_000, 100_000_000)
    (0, False, 0)
    """
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
    amounts are taken to the fen and every decision is made there.

    Parameters
    ----------
    proceeds : float
        Proceeds of the transfer (sales excluding VAT), in yuan.
    deductions : float
        Total of the deduction items, in yuan; must not be negative.
    ordinary_residential : bool, optional
        True for ordinary residential housing, which may be exempt; default False.

    Returns
    -------
    LatResult
        Proceeds, deductions and appreciation (yuan, to the fen), the ratio appreciation / deductions
        (None when the deductions are 0), the band (0 when there is no tax), its rate and quick
        deduction (0.0 for band 0), whether exempt, and the tax in yuan.

    Raises
    ------
    ValueError
        When ``deductions`` is negative.

    Notes
    -----
    The rule of :func:`land_appreciation_tax_fen` (条例 art. 7 and 8, 实施细则 art. 10) on the amounts
    taken to the fen with :func:`to_fen`.

    Examples
    --------
    >>> r = land_appreciation_tax_detail(1_000_000, 600_000)
    >>> r.appreciation, round(r.ratio, 4), r.band, r.rate, r.quick_deduction, r.exempt, r.tax
    (400000.0, 0.6667, 2, 0.4, 0.05, False, 130000.0)
    >>> land_appreciation_tax_detail(1_150_000, 1_000_000, True)  # doctest: +NORMALIZE_WHITESPACE
    LatResult(proceeds=1150000.0, deductions=1000000.0, appreciation=150000.0, ratio=0.15, band=0,
              rate=0.0, quick_deduction=0.0, exempt=True, tax=0.0)
    """
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
    appreciation; 0 for ordinary residential whose appreciation is at most 20 % of the deductions.

    Parameters
    ----------
    proceeds : float
        Proceeds of the transfer (sales excluding VAT), in yuan.
    deductions : float
        Total of the deduction items, in yuan; must not be negative.
    ordinary_residential : bool, optional
        True for ordinary residential housing, which may be exempt; default False.

    Returns
    -------
    float
        The tax in yuan, to the fen.

    Notes
    -----
    Tax = appreciation x rate - deductions x quick deduction in the band of appreciation /
    deductions: 30 % / 0 up to 50 %, 40 % / 5 % up to 100 %, 50 % / 15 % up to 200 %, 60 % / 35 %
    above (《中华人民共和国土地增值税暂行条例》 art. 7, 实施细则 art. 10); ordinary residential exempt at
    most 20 % (条例 art. 8). The deduction items are those of 实施细则 art. 7 (see the module
    docstring); this function takes their total.

    Examples
    --------
    Band 2: 400,000 x 40 % - 600,000 x 5 % = 130,000:

    >>> land_appreciation_tax(1_000_000, 600_000)
    130000.0

    Exactly 50 %: band 1, 50 x 30 % = 15 (band 2 gives the same: 50 x 40 % - 100 x 5 %):

    >>> land_appreciation_tax(150, 100)
    15.0

    Band 4: 2,500,000 x 60 % - 1,000,000 x 35 % = 1,150,000:

    >>> land_appreciation_tax(3_500_000, 1_000_000)
    1150000.0
    >>> land_appreciation_tax(1_150_000, 1_000_000, ordinary_residential=True)
    0.0
    """
    return land_appreciation_tax_detail(proceeds, deductions, ordinary_residential).tax


def vat_on_sales(sales: Sequence[float], land_deduction: Sequence[float], input_vat: Sequence[float],
                 rate: float = 0.09) -> tuple:
    """VAT payable per year on sales of self-developed property (general method).

    Output VAT of year t = max(0, sales[t] - land_deduction[t]) / (1 + rate) x rate; input VAT that
    exceeds the output VAT is carried forward to later years (留抵), so the payable VAT is never
    below 0. Returns (output VAT per year, VAT payable per year).

    Parameters
    ----------
    sales : sequence of float
        Sales per year including VAT, in yuan.
    land_deduction : sequence of float
        Land price paid to the government that may be deducted from each year's sales, in yuan.
    input_vat : sequence of float
        Input VAT per year, in yuan.
    rate : float, optional
        VAT rate; default 0.09 (9 %).

    Returns
    -------
    tuple of (list of float, list of float)
        (output VAT per year, VAT payable per year); as long as the shortest of the sequences.

    Notes
    -----
    The 9 % rate: 财政部 税务总局 海关总署公告2019年第39号. The sales amount less the land price paid to the
    government: 财税〔2016〕36号, annex 2; 国家税务总局公告2016年第18号, art. 4: 销售额 = (全部价款和价外费用 -
    当期允许扣除的土地价款) ÷ (1 + 税率). The payable VAT is that of :func:`vat_after_input`.

    Examples
    --------
    Year 1: (2,180,000 - 1,090,000) / 1.09 x 9 % = 90,000 of output VAT, less the 50,000 of input
    VAT carried from year 0 and the 30,000 of year 1:

    >>> output, payable = vat_on_sales([0, 2_180_000], [0, 1_090_000], [50_000, 30_000])
    >>> [round(v, 2) for v in output], [round(v, 2) for v in payable]
    ([0.0, 90000.0], [0.0, 10000.0])
    """
    output = [max(0.0, s - land) / (1.0 + rate) * rate for s, land in zip(sales, land_deduction)]
    return output, vat_after_input(output, input_vat)


def vat_after_input(output: Sequence[float], input_vat: Sequence[float]) -> list:
    """VAT payable per year: output VAT less input VAT; input VAT that exceeds the output VAT is
    carried forward to later years (留抵), so the payable VAT is never below 0.

    Parameters
    ----------
    output : sequence of float
        Output VAT per year, in yuan.
    input_vat : sequence of float
        Input VAT per year, in yuan.

    Returns
    -------
    list of float
        VAT payable per year; as long as the shorter of the two sequences.

    Notes
    -----
    payable_t = max(0, output_t - input_t - credit carried into t); what is left of the credit is
    carried to t + 1 (docs/feasibility.md, VAT on sales).

    Examples
    --------
    Year 0: 10 - 40: credit 30; year 1: 100 - 30 - 20 = 50; year 2: 30 - 5 = 25:

    >>> vat_after_input([10, 100, 30], [40, 20, 5])
    [0.0, 50.0, 25.0]
    """
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
    one income-tax function of the plugin (the feasibility stack uses it on its rows in fen).

    Parameters
    ----------
    profits : sequence of float
        Taxable profit per year (a loss negative), in the caller's unit.
    rate : float, optional
        Income tax rate; default 0.25 (25 %).
    loss_years : int, optional
        How many later years a loss may offset; default 5; a whole number >= 0.

    Returns
    -------
    list
        The tax per year, in the unit of ``profits``; 0 in a year with a loss.

    Raises
    ------
    ValueError
        When ``loss_years`` is not a whole number >= 0.

    Notes
    -----
    The 25 % rate: 《中华人民共和国企业所得税法》 (2007) art. 4; losses carried forward for at most five
    years: art. 18.

    Examples
    --------
    The loss of 100 offsets 40 in year 1 and 60 of year 2's 80: 20 x 25 % = 5:

    >>> corporate_income_tax([-100, 40, 80, 100])
    [0.0, 0.0, 5.0, 25.0]

    A loss of year 0 may offset year 3 with ``loss_years`` 3 but not with 2:

    >>> corporate_income_tax([-100, 0, 0, 100], loss_years=2)
    [0.0, 0.0, 0.0, 25.0]
    >>> corporate_income_tax([-100, 0, 0, 100], loss_years=3)
    [0.0, 0.0, 0.0, 0.0]
    """
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
