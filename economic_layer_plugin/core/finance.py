"""Discounted cash flow functions with the conventions of the economic model (spec section 5).

Cash flows are sequences of amounts per annual period, period 0 first (the project's base year).
Every function returns a float, or ``None`` where the indicator does not exist.

- :func:`npv`: period 0 is not discounted.
- :func:`irr`: the rate that makes the NPV zero; ``None`` when the flow never changes sign; where
  several rates do, the one closest to 0 (as numpy-financial's ``irr``).
- :func:`payback`, :func:`dynamic_payback`: years from period 0 until the cumulative flow, having
  been negative, is back at zero or above, interpolated within the period; 0 when it is never
  negative; ``None`` when it never recovers.
"""

from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np

__all__ = ["npv", "irr", "payback", "dynamic_payback", "discount_factors", "peak_funding"]

#: Cash flows are money: anything smaller than this (in the flow's unit) counts as zero.
_ZERO = 1e-9


def discount_factors(rate: float, periods: int) -> list:
    """1 / (1 + rate)^t for t = 0 .. periods - 1."""
    if rate <= -1:
        raise ValueError(f"discount rate must be above -100 %, got {rate}")
    base = 1.0 / (1.0 + rate)
    return [base**t for t in range(periods)]


def npv(rate: float, cashflows: Sequence[float]) -> Optional[float]:
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


def _changes_sign(cashflows: Sequence[float]) -> bool:
    return any(v > _ZERO for v in cashflows) and any(v < -_ZERO for v in cashflows)


def irr(cashflows: Sequence[float]) -> Optional[float]:
    """Internal rate of return; the root closest to 0 where there are several; None if none exists.

    The NPV is a polynomial in x = 1 / (1 + r): its positive real roots give the candidate rates
    (as numpy-financial does); each is then polished with Newton steps on the NPV itself.
    """
    values = [float(v) for v in cashflows]
    if not _changes_sign(values):
        return None
    # drop trailing zero periods: they add no information and make the polynomial degenerate
    while values and abs(values[-1]) <= _ZERO:
        values.pop()
    scale = max(abs(v) for v in values)
    if _sign_changes(values) == 1:
        # Descartes' rule of signs: exactly one positive root x, so exactly one rate above -100 %
        return _single_root(values, scale)
    coefficients = np.array(values[::-1]) / scale  # highest power first for np.roots
    roots = np.roots(coefficients)
    candidates = []
    for root in roots:
        if abs(root.imag) > 1e-7 * max(1.0, abs(root.real)) or root.real <= 0:
            continue
        rate = _polish(values, 1.0 / root.real - 1.0, scale)
        if rate is not None:
            candidates.append(rate)
    if not candidates:
        return None
    return min(candidates, key=abs)


def _sign_changes(values: list) -> int:
    changes = 0
    previous = 0
    for value in values:
        sign = (value > _ZERO) - (value < -_ZERO)
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


def _single_root(values: list, scale: float) -> Optional[float]:
    """The one positive root x of the NPV polynomial, by Newton steps kept inside a bracket."""
    low, high = 0.0, 1.0
    sign_low = 1 if _poly(values, low)[0] > 0 else -1
    if values[0] == 0:  # p(0) = 0 only through empty early periods: take the sign just above 0
        sign_low = 1 if next(v for v in values if abs(v) > _ZERO) > 0 else -1
    while (_poly(values, high)[0] > 0) == (sign_low > 0):
        low, high = high, high * 2.0
        if high > 1e12:
            return None
    x = 0.5 * (low + high)
    for _ in range(200):
        p, dp = _poly(values, x)
        if p == 0:
            break
        if (p > 0) == (sign_low > 0):
            low = x
        else:
            high = x
        if dp != 0:
            step = p / dp
            if abs(step) <= 1e-14 * x:  # converged (before the bracket test: x may sit on its edge)
                x -= step
                break
            candidate = x - step
        else:
            candidate = low
        if not (low < candidate < high):
            candidate = 0.5 * (low + high)
            if high - low <= 1e-15 * high:
                x = candidate
                break
        x = candidate
    if x <= 0:
        return None
    return 1.0 / x - 1.0


def _polish(values: list, rate: float, scale: float) -> Optional[float]:
    """Newton iterations on NPV(rate); the polished rate, or None if it is not a root after all."""
    previous_step = math.inf
    for _ in range(50):
        if rate <= -1:
            return None
        base = 1.0 / (1.0 + rate)
        f = 0.0
        df = 0.0
        factor = 1.0
        for t, value in enumerate(values):
            f += value * factor
            df -= t * value * factor * base
            factor *= base
        if df == 0:
            break
        step = f / df
        if abs(step) >= abs(previous_step):  # no longer converging: float noise from here on
            break
        rate -= step
        previous_step = step
        if abs(step) < 1e-13 * max(1.0, abs(rate)):
            break
    if rate <= -1 or not math.isfinite(rate):
        return None
    residual = npv(rate, values)
    return rate if residual is not None and abs(residual) <= 1e-6 * scale * len(values) else None


def _payback(flows: Sequence[float]) -> Optional[float]:
    cumulative = 0.0
    was_negative = False
    previous = 0.0
    for t, value in enumerate(flows):
        cumulative += value
        if cumulative < -_ZERO:
            was_negative = True
        elif was_negative:
            # back at or above zero in period t: (t - 1) + what was still owed at t - 1 / flow[t]
            return (t - 1) + (-previous) / value
        previous = cumulative
    return None if was_negative else 0.0


def payback(cashflows: Sequence[float]) -> Optional[float]:
    """Static payback period in years from period 0 (see module docstring)."""
    return _payback([float(v) for v in cashflows])


def dynamic_payback(rate: float, cashflows: Sequence[float]) -> Optional[float]:
    """Payback period of the cash flow discounted at ``rate`` (period 0 undiscounted)."""
    if rate <= -1:
        return None
    factors = discount_factors(rate, len(cashflows))
    return _payback([float(v) * f for v, f in zip(cashflows, factors)])


def peak_funding(cashflows: Sequence[float]) -> float:
    """The deepest point of the cumulative cash flow below zero, as a positive amount (0 if never)."""
    cumulative = 0.0
    deepest = 0.0
    for value in cashflows:
        cumulative += value
        deepest = min(deepest, cumulative)
    return -deepest
