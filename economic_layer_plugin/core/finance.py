"""Discounted cash flow functions with the conventions of the economic model (spec section 5).

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
    """1 / (1 + rate)^t for t = 0 .. periods - 1."""
    if rate <= -1:
        raise ValueError(f"discount rate must be above -100 %, got {rate}")
    base = 1.0 / (1.0 + rate)
    return [base**t for t in range(periods)]


def npv(rate: float, cashflows: Sequence[float]) -> float | None:
    """Net present value: sum of cashflows[t] / (1 + rate)^t, t from 0 (period 0 undiscounted)."""
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
        x = root.real
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
    """Every rate r > -1 at which the NPV is zero, ascending; [] when there is none."""
    values = _prepared(cashflows)
    if values is None:
        return []
    if _sign_changes(values) == 1:
        return [_single_root(values)]
    return _all_roots(values)


def irr_and_count(cashflows: Sequence[float]) -> tuple:
    """(the rate closest to 0 or None, how many rates there are)."""
    roots = irr_roots(cashflows)
    if not roots:
        return None, 0
    return min(roots, key=abs), len(roots)


def irr(cashflows: Sequence[float]) -> float | None:
    """Internal rate of return; the root closest to 0 where there are several; None if none exists."""
    return irr_and_count(cashflows)[0]


# MIRR -------------------------------------------------------------------------------------------
def mirr(cashflows: Sequence[float], finance_rate: float,
         reinvest_rate: float | None = None) -> float | None:
    """Modified internal rate of return, as Excel's MIRR(values, finance_rate, reinvest_rate).

    The negative amounts are discounted to period 0 at ``finance_rate``, the positive ones
    compounded to the last period n - 1 at ``reinvest_rate`` (default: ``finance_rate``), and
    MIRR = (future value of the positives / -present value of the negatives)^(1 / (n - 1)) - 1.
    None when the flow has no negative or no positive period, or a rate is at or below -100 %.
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

    Integer flows (e.g. fen) are summed exactly; other numbers as floats."""
    flows = list(cashflows)
    if all(type(v) is int for v in flows):
        return _payback(flows)
    flows = [float(v) for v in flows]
    return _payback(flows, _tolerance(flows))


def dynamic_payback(rate: float, cashflows: Sequence[float]) -> float | None:
    """Payback period of the cash flow discounted at ``rate`` (period 0 undiscounted)."""
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
    """The deepest point of the cumulative cash flow below zero, as a positive amount (0 if never)."""
    cumulative = 0.0
    deepest = 0.0
    for value in cashflows:
        cumulative += value
        deepest = min(deepest, cumulative)
    return 0.0 - deepest  # never -0.0
