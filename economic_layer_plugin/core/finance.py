"""Discounted cash flow functions with the conventions of the economic model (docs/indicators.md).

Cash flows are sequences of amounts per annual period, period 0 first (the project's base year).
Every function returns a float, or ``None`` where the indicator does not exist.

- :func:`npv`: period 0 is not discounted.
- :func:`irr_roots`: every rate r > -1 that makes the NPV zero (also far below 0, e.g. -95 %);
  :func:`irr`: the one closest to 0, ``None`` when there is none (a flow that never changes sign
  has none); :func:`irr_and_count` gives both the rate and how many there are.
- :func:`mirr`: Excel's MIRR; ``None`` when the flow has no negative or no positive period.
- :func:`payback`, :func:`dynamic_payback`: ``None`` when the cumulative flow ends negative (a
  scheme that loses money never pays back); otherwise the last period T at which the cumulative
  flow crosses from negative to >= 0, as (T - 1) + (what was still owed at T - 1) / flow[T];
  0 when the cumulative flow is never negative.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

__all__ = ["npv", "irr", "irr_roots", "irr_and_count", "mirr", "payback", "dynamic_payback",
           "discount_factors", "peak_funding"]

#: Cash flows are money: anything smaller than this (in the flow's unit) counts as zero.
_ZERO = 1e-9
#: A candidate IRR is a root when |NPV| there is at most this share of the sum of |terms|
#: (relative: on a long flow at -95 % the terms are of the order of 20^t).
_RESIDUAL = 1e-10


def discount_factors(rate: float, periods: int) -> list:
    """Discount factors 1 / (1 + rate)^t for t = 0 .. periods - 1.

    Parameters
    ----------
    rate : float
        Discount rate per period, as a decimal (0.06 for 6 %); must be above -1 (-100 %).
    periods : int
        Number of factors, period 0 first.

    Returns
    -------
    list of float
        ``periods`` factors; the first is 1.0 (period 0 is not discounted).

    Raises
    ------
    ValueError
        When ``rate`` is at or below -100 %.

    Notes
    -----
    The convention of the economic model (docs/indicators.md): period 0 is the base year and is not
    discounted, period t is discounted by (1 + rate)^t.

    Examples
    --------
    1, 1 / 1.1 and 1 / 1.21:

    >>> [round(f, 6) for f in discount_factors(0.1, 3)]
    [1.0, 0.909091, 0.826446]
    >>> discount_factors(0.06, 0)
    []
    """
    if rate <= -1:
        raise ValueError(f"discount rate must be above -100 %, got {rate}")
    base = 1.0 / (1.0 + rate)
    return [base**t for t in range(periods)]


def npv(rate: float, cashflows: Sequence[float]) -> float | None:
    """Net present value: sum of cashflows[t] / (1 + rate)^t, t from 0 (period 0 undiscounted).

    Parameters
    ----------
    rate : float
        Discount rate per period, as a decimal.
    cashflows : sequence of float
        Amounts per annual period, period 0 (the base year) first.

    Returns
    -------
    float or None
        The net present value in the unit of the flow; None when ``rate`` is at or below -100 %.

    Notes
    -----
    NPV = sum over t of cashflows[t] / (1 + rate)^t with t from 0, so period 0 is not discounted
    (docs/indicators.md). This is the convention of numpy-financial's ``npv``, not of Excel's NPV
    (which discounts its first value by one period).

    Examples
    --------
    -100 + 60 / 1.1 + 60 / 1.21 = -100 + 54.5454... + 49.5867... = 4.1322...:

    >>> round(npv(0.1, [-100, 60, 60]), 4)
    4.1322
    >>> npv(0.0, [-100, 60, 60])
    20.0
    >>> npv(-1.0, [-100, 60, 60]) is None
    True
    """
    if rate <= -1:
        return None
    base = 1.0 / (1.0 + rate)
    total = 0.0
    factor = 1.0
    for value in cashflows:
        total += value * factor
        factor *= base
    return total


# IRR --------------------------------------------------------------------------------------------
# The NPV is a polynomial p(x) = sum values[t] x^t in x = 1 / (1 + r); a rate r > -1 is a positive
# root x. Roots with x <= 1 (r >= 0) are solved on p in (0, 1]; roots with x > 1 (-1 < r < 0) on
# the reversed polynomial q(y) = y^n p(1 / y) in y = 1 + r, also in (0, 1): every evaluation stays
# within the range of floats, however long the flow and however close to -100 % the rate.

def _prepared(cashflows: Sequence[float]) -> list | None:
    """The flow as floats with amounts below _ZERO set to 0 and the empty periods at both ends
    dropped (they add no root); None when it does not change sign (no rate exists)."""
    values = [0.0 if abs(v) <= _ZERO else float(v) for v in cashflows]
    while values and values[-1] == 0.0:
        values.pop()
    first = 0
    while first < len(values) and values[first] == 0.0:
        first += 1
    values = values[first:]
    if not (any(v > 0 for v in values) and any(v < 0 for v in values)):
        return None
    return values


def _sign_changes(values: list) -> int:
    changes = 0
    previous = 0
    for value in values:
        sign = (value > 0) - (value < 0)
        if sign:
            if previous and sign != previous:
                changes += 1
            previous = sign
    return changes


def _poly(values: list, x: float) -> tuple:
    """p(x) = sum values[t] x^t and its derivative, by Horner's rule."""
    p = 0.0
    dp = 0.0
    for value in reversed(values):
        dp = dp * x + p
        p = p * x + value
    return p, dp


def _rate(z: float, reversed_: bool) -> float:
    return z - 1.0 if reversed_ else 1.0 / z - 1.0


def _bracketed_root(coefficients: list) -> float:
    """The root in (0, 1) of a polynomial whose values at 0 and 1 have opposite signs, by Newton
    steps kept inside the bracket (bisection where a step would leave it)."""
    low, high = 0.0, 1.0
    low_positive = coefficients[0] > 0
    x = 0.5
    for _ in range(200):
        p, dp = _poly(coefficients, x)
        if p == 0:
            return x
        if (p > 0) == low_positive:
            low = x
        else:
            high = x
        if dp != 0:
            step = p / dp
            if abs(step) <= 1e-15 * x:  # converged (before the bracket test: x may sit on its edge)
                return x - step
            candidate = x - step
        else:
            candidate = low
        if not (low < candidate < high):
            candidate = 0.5 * (low + high)
            if high - low <= 1e-16 * high:
                return candidate
        x = candidate
    return x


def _single_root(values: list) -> float:
    """The one rate of a flow whose sign changes once (Descartes: exactly one positive root x)."""
    at_zero_rate = math.fsum(values)  # p(1): the NPV at r = 0
    if at_zero_rate == 0:
        return 0.0
    if (at_zero_rate > 0) != (values[0] > 0):  # p changes sign in (0, 1): r > 0
        return _rate(_bracketed_root(values), False)
    return _rate(_bracketed_root(values[::-1]), True)  # in y = 1 + r: -1 < r < 0


def _polish(coefficients: list, z: float) -> float | None:
    """Newton steps from ``z`` in (0, 1]; the point with the smallest relative residual, if it is a
    root (|p| at most _RESIDUAL of the sum of |terms|), else None."""
    best_ratio, best = math.inf, z
    previous_step = math.inf
    for iteration in range(100):
        p = dp = s = 0.0
        for value in reversed(coefficients):
            dp = dp * z + p
            p = p * z + value
            s = s * z + abs(value)
        ratio = abs(p) / s
        if ratio < best_ratio:
            best_ratio, best = ratio, z
        if p == 0 or dp == 0:
            break
        step = p / dp
        candidate = z - step
        if not (0 < candidate <= 1.5) or not math.isfinite(candidate):
            break
        if abs(step) <= 1e-16 * z or (iteration > 5 and abs(step) >= abs(previous_step)):
            break  # converged, or float noise from here on
        previous_step = step
        z = candidate
    return best if best_ratio <= _RESIDUAL else None


def _all_roots(values: list) -> list:
    """Every rate of a flow whose sign changes more than once: the positive real roots of the NPV
    polynomial (numpy's eigenvalue solver, as numpy-financial), each polished and confirmed as a root
    (relative residual), roots that coincide counted once. Ascending."""
    scale = max(abs(v) for v in values)
    roots = np.roots(np.array(values[::-1]) / scale)  # highest power first
    found = []
    for root in roots:
        x = float(root.real)  # a plain float: numpy 2 would print np.float64(...) in reports and doctests
        if x <= 0 or abs(root.imag) > 1e-5 * abs(root):
            continue
        reversed_ = x > 1.0
        coefficients = values[::-1] if reversed_ else values
        z = _polish(coefficients, 1.0 / x if reversed_ else x)
        if z is not None:
            found.append(_rate(z, reversed_))
    found.sort()
    distinct = []
    for rate in found:
        if distinct and (rate + 1.0) - (distinct[-1] + 1.0) <= 1e-7 * (rate + 1.0):
            continue  # the same root twice (a double root, or one found from both sides)
        distinct.append(rate)
    return distinct


def irr_roots(cashflows: Sequence[float]) -> list:
    """Every rate r > -1 at which the NPV is zero, ascending; [] when there is none.

    Parameters
    ----------
    cashflows : sequence of float
        Amounts per annual period, period 0 first.

    Returns
    -------
    list of float
        The internal rates of return, ascending; [] when the flow never changes sign (amounts of at
        most 1e-9 count as zero).

    Notes
    -----
    The NPV is a polynomial in x = 1 / (1 + r); every positive real root x is a rate r > -1,
    including rates far below 0 (e.g. -95 %). A flow whose sign changes once has exactly one root
    (Descartes' rule of signs), found by a bracketed Newton iteration; a flow whose sign changes more
    than once may have several, found with numpy's polynomial roots (as numpy-financial's ``irr``)
    and each confirmed by its residual. Roots that coincide are counted once.

    Examples
    --------
    A conventional flow has one rate: 60x + 60x^2 = 100 with x = 1 / (1 + r) gives
    x = (sqrt(23 / 3) - 1) / 2 = 0.88443..., r = 0.13066...:

    >>> [round(r, 6) for r in irr_roots([-100, 60, 60])]
    [0.130662]

    -100 + 230 / (1 + r) - 132 / (1 + r)^2 = 0 at r = 10 % and r = 20 %
    (-100 + 209.09... - 109.09... = 0 and -100 + 191.66... - 91.66... = 0):

    >>> [round(r, 6) for r in irr_roots([-100, 230, -132])]
    [0.1, 0.2]
    >>> irr_roots([100, 50])
    []
    """
    values = _prepared(cashflows)
    if values is None:
        return []
    if _sign_changes(values) == 1:
        return [_single_root(values)]
    return _all_roots(values)


def irr_and_count(cashflows: Sequence[float]) -> tuple:
    """The internal rate of return closest to 0 and how many rates there are.

    Parameters
    ----------
    cashflows : sequence of float
        Amounts per annual period, period 0 first.

    Returns
    -------
    tuple
        (the rate closest to 0 or None, how many rates there are): (None, 0) when there is none.

    Notes
    -----
    The rates are those of :func:`irr_roots`; a count above 1 warns that the IRR of the flow is
    ambiguous (a non-conventional flow whose sign changes more than once).

    Examples
    --------
    The flow -100, 230, -132 has the rates 10 % and 20 % (see :func:`irr_roots`):

    >>> rate, count = irr_and_count([-100, 230, -132])
    >>> round(rate, 6), count
    (0.1, 2)
    >>> irr_and_count([-100, -50])
    (None, 0)
    """
    roots = irr_roots(cashflows)
    if not roots:
        return None, 0
    return min(roots, key=abs), len(roots)


def irr(cashflows: Sequence[float]) -> float | None:
    """Internal rate of return; the root closest to 0 where there are several; None if none exists.

    Parameters
    ----------
    cashflows : sequence of float
        Amounts per annual period, period 0 first.

    Returns
    -------
    float or None
        The rate r > -1 at which the NPV is zero, closest to 0 where there are several; None when
        there is none (a flow that never changes sign has none).

    Notes
    -----
    The rate r with sum of cashflows[t] / (1 + r)^t = 0 (docs/indicators.md), from :func:`irr_roots`.
    numpy-financial's ``irr`` gives 0.1306623862918075 for the first example below.

    Examples
    --------
    60x + 60x^2 = 100 with x = 1 / (1 + r): x = (sqrt(23 / 3) - 1) / 2, r = 0.130662...:

    >>> round(irr([-100, 60, 60]), 6)
    0.130662

    Rates of 10 % and 20 %: the one closest to 0:

    >>> round(irr([-100, 230, -132]), 6)
    0.1

    A rate below 0: 80 / (1 + r) = 100 at r = -20 %:

    >>> round(irr([-100, 80]), 6)
    -0.2
    >>> irr([100, 50]) is None
    True
    """
    return irr_and_count(cashflows)[0]


# MIRR -------------------------------------------------------------------------------------------
def mirr(cashflows: Sequence[float], finance_rate: float,
         reinvest_rate: float | None = None) -> float | None:
    """Modified internal rate of return, as Excel's MIRR(values, finance_rate, reinvest_rate).

    The negative amounts are discounted to period 0 at ``finance_rate``, the positive ones
    compounded to the last period n - 1 at ``reinvest_rate`` (default: ``finance_rate``), and
    MIRR = (future value of the positives / -present value of the negatives)^(1 / (n - 1)) - 1.
    None when the flow has no negative or no positive period, or a rate is at or below -100 %.

    Parameters
    ----------
    cashflows : sequence of float
        Amounts per annual period, period 0 first (n periods).
    finance_rate : float
        Rate at which the negative amounts are discounted to period 0, as a decimal.
    reinvest_rate : float, optional
        Rate at which the positive amounts are compounded to period n - 1; default ``finance_rate``.

    Returns
    -------
    float or None
        The modified internal rate of return per period; None as above.

    Notes
    -----
    The definition of Excel's MIRR and of numpy-financial's ``mirr(values, finance_rate,
    reinvest_rate)``; amounts of at most 1e-9 count as zero.

    Examples
    --------
    Future value of the positives at 12 %: 60 x 1.12 + 60 = 127.2; present value of the negatives:
    -100; MIRR = 1.272^(1/2) - 1 = 0.127829... (numpy-financial: 0.12782977...):

    >>> round(mirr([-100, 60, 60], 0.1, 0.12), 6)
    0.12783

    At 10 % for both: (60 x 1.1 + 60) / 100 = 1.26, 1.26^(1/2) - 1 = 0.122497...:

    >>> round(mirr([-100, 60, 60], 0.1), 6)
    0.122497
    >>> mirr([100, 60], 0.1) is None
    True
    """
    if reinvest_rate is None:
        reinvest_rate = finance_rate
    if finance_rate <= -1 or reinvest_rate <= -1:
        return None
    present = 0.0  # of the negatives at period 0, at the finance rate
    future = 0.0  # of the positives at the last period, at the reinvestment rate (Horner's rule)
    finance = 1.0 / (1.0 + finance_rate)
    reinvest = 1.0 + reinvest_rate
    factor = 1.0
    n = 0
    for value in cashflows:
        future *= reinvest
        if value < -_ZERO:
            present += value * factor
        elif value > _ZERO:
            future += value
        factor *= finance
        n += 1
    if present == 0 or future == 0:
        return None
    return (future / -present) ** (1.0 / (n - 1)) - 1.0


# payback ----------------------------------------------------------------------------------------
def _payback(flows: Sequence[float], tolerance: float = 0) -> float | None:
    """``tolerance``: a cumulative flow within it of 0 counts as 0 (float rounding); 0 for integers."""
    cumulative = 0
    previous = 0
    negative = False
    result = 0.0  # never negative
    for t, value in enumerate(flows):
        cumulative += value
        if cumulative < -tolerance:
            negative = True
        elif negative:
            # back at or above zero in period t: (t - 1) + what was still owed at t - 1 / flow[t]
            result = (t - 1) + (-previous) / value
            negative = False
        previous = cumulative
    return None if negative else result


def _tolerance(flows: list) -> float:
    """What float rounding may leave of a cumulative sum that is 0 in exact arithmetic."""
    return max(_ZERO, 1e-13 * sum(map(abs, flows)))


def payback(cashflows: Sequence[float]) -> float | None:
    """Static payback period in years from period 0 (see the module docstring).

    Integer flows (e.g. fen) are summed exactly; other numbers as floats.

    Parameters
    ----------
    cashflows : sequence of float or int
        Amounts per annual period, period 0 first.

    Returns
    -------
    float or None
        The payback period in years; None when the cumulative flow ends negative; 0 when it is never
        negative.

    Notes
    -----
    The period T is the last one at which the cumulative flow crosses from negative to >= 0, and
    payback = (T - 1) + (what was still owed at T - 1) / cashflows[T], interpolating linearly within
    period T. A float cumulative flow within 1e-13 of the sum of |amounts| (at least 1e-9) of 0 counts
    as 0.

    Examples
    --------
    Cumulative -100, -70, -30, 20: back above 0 in period 3, 30 of its 50 needed: 2 + 30 / 50:

    >>> payback([-100, 30, 40, 50])
    2.6

    Cumulative -100, 50, -50, 50: the last crossing counts, 2 + 50 / 100:

    >>> payback([-100, 150, -100, 100])
    2.5
    >>> payback([-100, 50]) is None
    True
    >>> payback([10, 20])
    0.0
    """
    flows = list(cashflows)
    if all(type(v) is int for v in flows):
        return _payback(flows)
    flows = [float(v) for v in flows]
    return _payback(flows, _tolerance(flows))


def dynamic_payback(rate: float, cashflows: Sequence[float]) -> float | None:
    """Payback period of the cash flow discounted at ``rate`` (period 0 undiscounted).

    Parameters
    ----------
    rate : float
        Discount rate per period, as a decimal.
    cashflows : sequence of float
        Amounts per annual period, period 0 first.

    Returns
    -------
    float or None
        The payback period in years of the discounted flow; None when its cumulative sum ends
        negative or ``rate`` is at or below -100 %; 0 when it is never negative.

    Notes
    -----
    The rule of :func:`payback` applied to cashflows[t] / (1 + rate)^t (docs/indicators.md).

    Examples
    --------
    Discounted at 10 %: -100, 54.5454..., 49.5867...; cumulative -100, -45.4545..., 4.1322...;
    1 + (50 / 1.1) / (60 / 1.21) = 1 + 60.5 / 66 = 1.91666...:

    >>> round(dynamic_payback(0.1, [-100, 60, 60]), 4)
    1.9167

    Undiscounted the same flow pays back at 1 + 40 / 60; at 30 % it never does
    (-100 + 46.15... + 35.50... < 0):

    >>> round(dynamic_payback(0.0, [-100, 60, 60]), 4)
    1.6667
    >>> dynamic_payback(0.3, [-100, 60, 60]) is None
    True
    """
    if rate <= -1:
        return None
    base = 1.0 / (1.0 + rate)
    factor = 1.0
    flows = []
    for value in cashflows:
        flows.append(value * factor)
        factor *= base
    return _payback(flows, _tolerance(flows))


def peak_funding(cashflows: Sequence[float]) -> float:
    """The deepest point of the cumulative cash flow below zero, as a positive amount (0 if never).

    Parameters
    ----------
    cashflows : sequence of float
        Amounts per annual period, period 0 first.

    Returns
    -------
    float
        -min(0, min over t of the cumulative flow up to t): the most money the scheme has tied up at
        any one time (undiscounted); 0.0 when the cumulative flow is never negative.

    Notes
    -----
    The peak funding requirement: the funding that must be in place before the scheme's income
    covers its outlays.

    Examples
    --------
    Cumulative -100, -150, -70, 30:

    >>> peak_funding([-100, -50, 80, 100])
    150.0
    >>> peak_funding([10, 20])
    0.0
    """
    cumulative = 0.0
    deepest = 0.0
    for value in cashflows:
        cumulative += value
        deepest = min(deepest, cumulative)
    return 0.0 - deepest  # never -0.0
