"""Finance functions against numpy-financial and published worked examples."""

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from economic_layer_plugin.core.finance import dynamic_payback, irr, npv, payback, peak_funding

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
    # Brealey, Myers & Allen, Principles of Corporate Finance, "multiple rates of return":
    # -1,600, +10,000, -10,000 has IRRs of 25 % and 400 %.
    assert irr([-1600, 10000, -10000]) == pytest.approx(0.25, abs=1e-12)
    assert npv(4.0, [-1600, 10000, -10000]) == pytest.approx(0, abs=1e-9)


def test_flows_that_never_change_sign_have_no_irr_and_no_payback():
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
def test_irr_of_conventional_flows_equals_numpy_financial(investment, incomes):
    values = [-investment] + incomes
    expected = npf.irr(values)
    result = irr(values)
    if expected != expected:  # numpy-financial gives nan where no rate exists
        assert result is None or npv(result, values) == pytest.approx(0, abs=1e-6 * investment)
    else:
        assert result == pytest.approx(expected, abs=1e-9)
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
