"""Finance functions against numpy-financial and published worked examples."""

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from numpy.polynomial import polynomial

from economic_layer_plugin.core.finance import (
    dynamic_payback,
    irr,
    irr_and_count,
    irr_roots,
    mirr,
    npv,
    payback,
    peak_funding,
)

EXCEL_IRR_FLOWS = [-70000, 12000, 15000, 18000, 21000, 26000]


def test_irr_excel_documentation_example():
    # Microsoft Excel documentation, IRR function, example: an initial cost of 70,000 and five
    # years of income; "IRR after four years" is -2.1 %, "after five years" 8.7 %.
    assert irr(EXCEL_IRR_FLOWS[:5]) == pytest.approx(-0.021244848, abs=1e-8)
    assert round(irr(EXCEL_IRR_FLOWS[:5]), 3) == -0.021
    assert round(irr(EXCEL_IRR_FLOWS), 3) == 0.087


def test_npv_excel_documentation_example_with_period_zero_undiscounted():
    # Microsoft Excel documentation, NPV function: rate 10 %, -10,000 one year from today, then
    # 3,000, 4,200, 6,800 -> 1,188.44. Excel discounts its first value one period; in our
    # convention period 0 is undiscounted, so the flow starts with an empty period 0.
    assert npv(0.10, [0, -10000, 3000, 4200, 6800]) == pytest.approx(1188.44, abs=0.005)


def test_npv_hand_worked():
    # -1000 + 500/1.1 + 700/1.21 = -1000 + 454.5454.. + 578.5124.. = 33.0578..
    assert npv(0.10, [-1000, 500, 700]) == pytest.approx(33.05785124, abs=1e-8)
    assert npv(0.0, [-1000, 500, 700]) == 200


def test_irr_two_roots_returns_the_one_closest_to_zero():
    # Flow -100, +230, -132 has NPV 0 at 10 % and at 20 % (hand check: -100 + 230/1.1 - 132/1.21 = 0).
    assert irr([-100, 230, -132]) == pytest.approx(0.10, abs=1e-12)
    assert irr_roots([-100, 230, -132]) == pytest.approx([0.10, 0.20], abs=1e-12)
    assert irr_and_count([-100, 230, -132]) == (pytest.approx(0.10, abs=1e-12), 2)
    # Brealey, Myers & Allen, Principles of Corporate Finance, "multiple rates of return":
    # -1,600, +10,000, -10,000 has IRRs of 25 % and 400 %.
    assert irr([-1600, 10000, -10000]) == pytest.approx(0.25, abs=1e-12)
    assert npv(4.0, [-1600, 10000, -10000]) == pytest.approx(0, abs=1e-9)


def test_flows_that_never_change_sign_have_no_irr_and_no_payback():
    assert irr_and_count([-100, -50, -20]) == (None, 0)
    assert irr_and_count([]) == (None, 0)
    assert irr([-100, -50, -20]) is None
    assert irr([100, 50]) is None
    assert irr([0, 0, 0]) is None
    assert payback([-100, -50, -20]) is None
    assert payback([-100, 30, 30]) is None  # never recovers
    assert dynamic_payback(0.1, [-100, 30, 30]) is None


def test_payback_exactly_at_a_period_boundary():
    # cumulative -100, -50, 0: back at zero at the end of period 2 exactly
    assert payback([-100, 50, 50, 10]) == 2.0


def test_payback_interpolated_within_the_period():
    # cumulative -1000, -700, -300, +200: (3 - 1) + 300 / 500 = 2.6
    assert payback([-1000, 300, 400, 500]) == pytest.approx(2.6)


def test_payback_zero_when_never_negative():
    assert payback([0, 10, 20]) == 0.0
    assert payback([]) == 0.0
    assert payback([10, -5, 5]) == 0.0  # cumulative 10, 5, 10: never below zero


def test_a_phased_scheme_that_ends_negative_never_pays_back():
    # cumulative -100, +50, -30, -20: above zero in period 1 (the old rule said 0 + 100 / 150 = 0.67
    # years), but the scheme ends 20 short: it never pays back (spec section 5)
    assert payback([-100, 150, -80, 10]) is None
    # discounted at 10 %: -100, 150, -100, 7.513: cumulative ends at -42.5
    assert dynamic_payback(0.10, [-100, 165, -121, 10]) is None


def test_payback_is_the_last_crossing_into_positive():
    # cumulative -100, +50, -30, +20: the last crossing is in period 3: (3 - 1) + 30 / 50 = 2.6
    assert payback([-100, 150, -80, 50]) == pytest.approx(2.6)
    # back at exactly 0 in period 1, negative again, then +30: (3 - 1) + 50 / 80 = 2.625
    assert payback([-100, 100, -50, 80]) == pytest.approx(2.625)
    # integer flows (fen) are summed exactly: the same answer
    assert payback([-10000, 15000, -8000, 5000]) == pytest.approx(2.6)


def test_dynamic_payback_of_a_phased_scheme_ending_at_exactly_zero():
    # at 10 %: 165 / 1.1 = 150, -121 / 1.21 = -100, 66.55 / 1.331 = 50: cumulative -100, 50, -50, 0
    # -> back at zero exactly at the end of period 3: (3 - 1) + 50 / 50 = 3 (float rounding of the
    # discounted sum must not turn that 0 into "never")
    assert dynamic_payback(0.10, [-100, 165, -121, 66.55]) == pytest.approx(3.0)
    # 82.5 / 1.1 = 75, -43.56 / 1.21 = -36, 14.641 / 1.331 = 11: cumulative -50, 25, -11, 0, which
    # floats sum to -1.8e-15: still 0, so (3 - 1) + 11 / 11 = 3
    assert dynamic_payback(0.10, [-50, 82.5, -43.56, 14.641]) == pytest.approx(3.0)
    # static: cumulative -100, 65, -56, 10.55: (3 - 1) + 56 / 66.55
    assert payback([-100, 165, -121, 66.55]) == pytest.approx(2 + 56 / 66.55)


def test_dynamic_payback_hand_worked():
    # discounted at 10 %: -1000, 545.4545, 495.8678; cumulative after 1: -454.5455
    # -> 1 + 454.5455 / 495.8678 = 1.916667
    assert dynamic_payback(0.10, [-1000, 600, 600]) == pytest.approx(1.9166667, abs=1e-6)
    assert payback([-1000, 600, 600]) == pytest.approx(1 + 400 / 600)


def test_peak_funding():
    assert peak_funding([-100, -50, 200, -500]) == 450
    assert peak_funding([10, 20]) == 0


flows = st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=2, max_size=25)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-0.5, max_value=2.0), flows)
def test_npv_equals_numpy_financial(rate, values):
    assert npv(rate, values) == pytest.approx(npf.npv(rate, values), rel=1e-9, abs=1e-6)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=1e3, max_value=1e7),
       # money: whole fen (amounts below 1e-9 count as zero in the engine)
       st.lists(st.integers(min_value=0, max_value=10**8).map(lambda fen: fen / 100), min_size=1, max_size=20))
@example(1000.0, [499999.66, 0, 0, 61.9, 0.01])  # found by hypothesis: a rate of 499 (49,900 %), 1e-9 apart
def test_irr_of_conventional_flows_equals_numpy_financial(investment, incomes):
    values = [-investment] + incomes
    result = irr(values)
    if not any(incomes):
        # No income: NPV(r) = -investment for every rate r > -100 %, so no rate exists. numpy-financial
        # differs by version here (1.0 gives nan, 1.1 gives -100 %, the bound itself), so the method's
        # definition is the oracle, not the library.
        assert result is None
        return
    expected = npf.irr(values)
    if expected != expected:  # numpy-financial gives nan where no rate exists
        assert result is None or npv(result, values) == pytest.approx(0, abs=1e-6 * investment)
    else:
        assert result == pytest.approx(expected, rel=1e-9, abs=1e-9)  # rates of 49,900 % (1 000 -> 499,999.66)
        assert npv(result, values) == pytest.approx(0, abs=1e-6 * investment)


@pytest.mark.parametrize("values", [
    [0, -100, 60, 60],  # an empty first period (leading zero coefficient)
    [-100, 10, 10],  # a negative rate
    [-100, 300],  # 200 %
    [100, -150],  # borrowing: positive first
    [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3],  # long and sparse
])
def test_single_sign_change_flows_equal_numpy_financial(values):
    assert irr(values) == pytest.approx(npf.irr(values), abs=1e-10)


# IRR far below zero, and every root -----------------------------------------------------------------
# NPV(r) is a polynomial p(x) in x = 1 / (1 + r). Flows built as products of factors have known roots.
#: p(x) = (20 - x)(2 - 3x + 2x^2)(1 + x + ... + x^25): 29 periods, four sign changes, one positive
#: root x = 20 (2 - 3x + 2x^2 has no real root, the sum is positive), so one rate: 1/20 - 1 = -95 %.
MINUS_95 = [int(v) for v in polynomial.polymul(polynomial.polymul([20, -1], [2, -3, 2]), [1] * 26)]
#: p(x) = (20 - x)(108x - 100)(1 + x + ... + x^27): roots x = 20 (-95 %) and x = 100/108 (+8 %).
TWO_ROOTS_LONG = [int(v) for v in polynomial.polymul(polynomial.polymul([20, -1], [-100, 108]), [1] * 28)]


def test_a_rate_near_minus_95_percent_on_a_long_flow():
    assert len(MINUS_95) == 29 and MINUS_95[:4] == [40, -22, 21, 19] and MINUS_95[-3:] == [-21, 41, -2]
    assert npf.irr(MINUS_95) == pytest.approx(-0.95, abs=1e-9)  # numpy-financial finds it
    assert irr(MINUS_95) == pytest.approx(-0.95, abs=1e-12)
    assert irr_and_count(MINUS_95)[1] == 1
    assert irr([-v for v in MINUS_95]) == pytest.approx(-0.95, abs=1e-12)  # the flow's sign is irrelevant


def test_two_real_roots_on_a_long_flow_keep_the_one_closest_to_zero():
    assert len(TWO_ROOTS_LONG) == 30 and TWO_ROOTS_LONG[:3] == [-2000, 260, 152]
    assert irr_roots(TWO_ROOTS_LONG) == pytest.approx([-0.95, 0.08], abs=1e-12)
    assert irr_and_count(TWO_ROOTS_LONG) == (pytest.approx(0.08, abs=1e-12), 2)
    assert npf.irr(TWO_ROOTS_LONG) == pytest.approx(0.08, abs=1e-9)


def test_a_double_root_counts_once():
    # -(1 - x)^2 = -1 + 2x - x^2: NPV touches zero at r = 0 without crossing
    assert irr_roots([-1, 2, -1]) == pytest.approx([0.0], abs=1e-6)
    # (x - 1)^2 (x - 2) = -2 + 5x - 4x^2 + x^3: r = 0 (double) and r = -50 %
    assert irr_roots([-2, 5, -4, 1]) == pytest.approx([-0.5, 0.0], abs=1e-6)


def _relative_residual(rate, values):
    terms = [v / (1 + rate) ** t for t, v in enumerate(values)]
    return abs(sum(terms)) / sum(abs(term) for term in terms)


def _is_root(rate, values):
    """|NPV| small against the sum of |terms|; near -100 % a float rate holds 1 + rate only to about
    1e-16 / (1 + rate) relatively, and the residual of t-th powers grows with t."""
    return _relative_residual(rate, values) < 1e-9 + 4 * len(values) * 2.3e-16 / (1 + rate)


#: long money flows (whole fen) whose amounts span several orders of magnitude and change sign often
amounts = st.tuples(st.integers(min_value=-10**6, max_value=10**6), st.integers(min_value=0, max_value=5))
long_flows = st.lists(amounts.map(lambda pair: pair[0] * 10 ** pair[1] / 100), min_size=3, max_size=45)


@settings(max_examples=400, deadline=None)
@given(long_flows)
def test_every_rate_numpy_financial_finds_is_found(values):
    expected = np.roots(np.array(values[::-1], dtype=float)) if any(values) else np.array([])
    # numpy-financial's irr: the exactly-real positive roots x of the polynomial, as rates
    real = [1 / x.real - 1 for x in expected if x.imag == 0 and x.real > 0]
    assume(all(abs(r) < 1e6 for r in real))
    roots = irr_roots(values)
    for rate in real:
        if _is_root(rate, values):  # a root indeed (not a numerical artefact)
            assert any(abs(rate - mine) <= 1e-6 * max(1.0, abs(rate)) for mine in roots), (rate, roots)
    for mine in roots:  # every rate found is a root
        assert mine > -1 and _is_root(mine, values)
    result = irr(values)
    if real and not np.isnan(npf.irr(values)):
        closest = abs(npf.irr(values))  # numpy-financial's eigenvalues are accurate to about 1e-9 only
        assert result is not None and abs(result) <= closest + 1e-6 * max(1.0, closest)


# MIRR -----------------------------------------------------------------------------------------------
EXCEL_MIRR_FLOWS = [-120000, 39000, 30000, 21000, 37000, 46000]


def test_mirr_excel_documentation_example():
    # Microsoft Excel documentation, MIRR function: a loan of 120,000 at 10 % (finance rate), five
    # years of income reinvested at 12 %: 12.61 %; after three years -4.80 %; reinvested at 14 %: 13.48 %.
    assert round(mirr(EXCEL_MIRR_FLOWS, 0.10, 0.12), 4) == 0.1261
    assert round(mirr(EXCEL_MIRR_FLOWS[:4], 0.10, 0.12), 4) == -0.0480
    assert round(mirr(EXCEL_MIRR_FLOWS, 0.10, 0.14), 4) == 0.1348


def test_mirr_hand_worked_with_one_rate():
    # -100 now, +60 and +60 at 10 %: future value of the positives 60 x 1.1 + 60 = 126 at period 2;
    # (126 / 100)^(1/2) - 1 = 12.2497 %
    assert mirr([-100, 60, 60], 0.10) == pytest.approx(126 ** 0.5 / 10 - 1, abs=1e-12)


def test_mirr_needs_a_negative_and_a_positive_period():
    assert mirr([100, 50], 0.1) is None
    assert mirr([-100, -50], 0.1) is None
    assert mirr([], 0.1) is None
    assert mirr([0, 0], 0.1) is None


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-0.5, max_value=1.0), st.floats(min_value=-0.5, max_value=1.0),
       st.lists(st.integers(min_value=-10**9, max_value=10**9).map(lambda fen: fen / 100),
                min_size=2, max_size=40))
def test_mirr_equals_numpy_financial(finance_rate, reinvest_rate, values):
    expected = npf.mirr(values, finance_rate, reinvest_rate)
    result = mirr(values, finance_rate, reinvest_rate)
    if np.isnan(expected):
        assert result is None
    else:
        assert result == pytest.approx(expected, rel=1e-9, abs=1e-12)


# payback against an independent reference -----------------------------------------------------------
def reference_payback(values):
    """Spec section 5 written another way: numpy's cumulative sum; the period after the last one at
    which it is negative is the last crossing."""
    cumulative = np.cumsum(np.array(values, dtype=object))  # exact for integers
    if len(values) == 0 or cumulative[-1] < 0:
        return None if len(values) else 0.0
    negative = [t for t, c in enumerate(cumulative) if c < 0]
    if not negative:
        return 0.0
    crossing = negative[-1] + 1
    return (crossing - 1) + (-cumulative[crossing - 1]) / values[crossing]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=-10**9, max_value=10**9), max_size=40))
def test_payback_equals_the_reference(values):
    expected = reference_payback(values)
    result = payback(values)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(float(expected), abs=1e-12)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-0.5, max_value=1.0), st.lists(st.integers(min_value=-10**6, max_value=10**6),
                                                          min_size=1, max_size=30))
def test_dynamic_payback_equals_the_reference_on_discounted_flows(rate, values):
    discounted = [v / (1 + rate) ** t for t, v in enumerate(values)]
    cumulative = np.cumsum(discounted)
    assume(all(abs(c) > 1e-6 for c in cumulative))  # away from rounding at zero
    expected = reference_payback(discounted)
    result = dynamic_payback(rate, values)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(float(expected), abs=1e-9)
