"""Debt financing (core/financing.py): a loan schedule worked by hand; equity IRR against numpy-financial."""

import numpy_financial as npf
import pytest

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.financing import loan_schedule


def test_loan_schedule_worked_by_hand():
    # Flow -1,000, -500, 300, 900, 800; 60 % debt at 10 %.
    # t0: draw 600 (equity 400); balance 600.
    # t1: interest 60 capitalised; draw 300 (equity 200); balance 960.
    # t2: interest 96 paid from 300; repay 204; equity 0; balance 756.
    # t3: interest 75.6 paid from 900; repay 756; equity 68.4; balance 0.
    # t4: equity 800. Finance cost 60 + 96 + 75.6 = 231.6; peak debt 960.
    loan = loan_schedule([-1000, -500, 300, 900, 800], 0.6, 0.10)
    assert loan.interest == pytest.approx([0, 60, 96, 75.6, 0])
    assert loan.drawdown == pytest.approx([600, 300, 0, 0, 0])
    assert loan.capitalised == pytest.approx([0, 60, 0, 0, 0])
    assert loan.repayment == pytest.approx([0, 0, 204, 756, 0])
    assert loan.closing == pytest.approx([600, 960, 756, 0, 0])
    assert loan.equity_flow == pytest.approx([-400, -200, 0, 68.4, 800])
    assert loan.finance_cost == pytest.approx(231.6)
    assert loan.peak_debt == pytest.approx(960)
    # equity flow + finance cost = the unlevered flow (what the loan lends comes back)
    assert sum(loan.equity_flow) + loan.finance_cost == pytest.approx(-1000 - 500 + 300 + 900 + 800)


def test_open_balance_is_repaid_by_equity_in_the_last_year():
    # -1,000 then 200, 50 % at 10 %: t1 interest 50 paid, 150 repaid, 350 left -> equity repays it:
    # equity flow -500, 200 - 50 - 150 - 350 = -350
    loan = loan_schedule([-1000, 200], 0.5, 0.10)
    assert loan.equity_flow == pytest.approx([-500, -350])
    assert loan.closing[-1] == 0
    assert loan.repayment == pytest.approx([0, 500])


def test_equity_irr_against_numpy_financial():
    loan = loan_schedule([-1000, -500, 300, 900, 800], 0.6, 0.10)
    assert finance.irr(loan.equity_flow) == pytest.approx(npf.irr(loan.equity_flow), abs=1e-10)
    assert finance.irr([-1000, -500, 300, 900, 800]) == pytest.approx(npf.irr([-1000, -500, 300, 900, 800]))


def test_bad_debt_share_is_named():
    with pytest.raises(ValueError, match="debt share"):
        loan_schedule([-1], 1.5, 0.1)
