"""Debt financing (core/financing.py): a loan schedule worked by hand; equity IRR against numpy-financial."""

import numpy_financial as npf
import pytest

from economic_layer_plugin.core import finance
from economic_layer_plugin.core.financing import loan_schedule


def test_loan_schedule_worked_by_hand():
    # Flow -1,000, -500, 300, 900, 800; 60 % debt at 10 %. Funding need 1,500: equity 40 % = 600, first.
    # t0: need 1,000: equity 600, draw 400; balance 400.
    # t1: interest 40 capitalised; need 500: equity spent, draw 500; balance 940.
    # t2: interest 94 paid from 300; repay 206; equity 0; balance 734.
    # t3: interest 73.4 paid from 900; repay 734; equity 92.6; balance 0.
    # t4: equity 800. Finance cost 40 + 94 + 73.4 = 207.4; peak debt 940.
    # (Year-end convention: drawdowns bear no interest in their year; the default is mid-year, below.)
    loan = loan_schedule([-1000, -500, 300, 900, 800], 0.6, 0.10, "year_end")
    assert loan.interest == pytest.approx([0, 40, 94, 73.4, 0])
    assert loan.drawdown == pytest.approx([400, 500, 0, 0, 0])
    assert loan.capitalised == pytest.approx([0, 40, 0, 0, 0])
    assert loan.repayment == pytest.approx([0, 0, 206, 734, 0])
    assert loan.closing == pytest.approx([400, 940, 734, 0, 0])
    assert loan.equity_flow == pytest.approx([-600, 0, 0, 92.6, 800])
    assert loan.finance_cost == pytest.approx(207.4)
    assert loan.peak_debt == pytest.approx(940)
    # equity flow + finance cost = the unlevered flow (what the loan lends comes back)
    assert sum(loan.equity_flow) + loan.finance_cost == pytest.approx(-1000 - 500 + 300 + 900 + 800)


def test_open_balance_is_repaid_by_equity_in_the_last_year():
    # -1,000 then 200, 50 % at 10 %: equity 500 first, draw 500; t1 interest 50 paid, 150 repaid,
    # 350 left -> equity repays it: equity flow -500, 200 - 50 - 150 - 350 = -350
    loan = loan_schedule([-1000, 200], 0.5, 0.10, "year_end")
    assert loan.equity_flow == pytest.approx([-500, -350])
    assert loan.closing[-1] == 0
    assert loan.repayment == pytest.approx([0, 500])


def test_mid_year_convention_worked_by_hand():
    # 建设项目经济评价方法与参数: 各年应计利息 = (年初借款本息累计 + 本年借款额 / 2) x 年利率.
    # Flow -1,000, -600, 900, 1,200; 60 % debt at 5 %. Need 1,600: equity 640 first.
    # t0: draw 360; interest 360 / 2 x 5 % = 9, capitalised; balance 369.
    # t1: draw 600; interest (369 + 300) x 5 % = 33.45, capitalised; balance 1,002.45 (peak).
    # t2: interest 1,002.45 x 5 % = 50.1225 paid from 900; repay 849.8775; balance 152.5725.
    # t3: interest 7.628625 paid; repay 152.5725; equity 1,200 - 160.201125 = 1,039.798875.
    # Finance cost 9 + 33.45 + 50.1225 + 7.628625 = 100.201125 (year-end: 73.245).
    loan = loan_schedule([-1000, -600, 900, 1200], 0.6, 0.05)
    assert loan.interest == pytest.approx([9, 33.45, 50.1225, 7.628625])
    assert loan.closing == pytest.approx([369, 1002.45, 152.5725, 0])
    assert loan.peak_debt == pytest.approx(1002.45)
    assert loan.finance_cost == pytest.approx(100.201125)
    assert loan.equity_flow == pytest.approx([-640, 0, 0, 1039.798875])
    assert loan_schedule([-1000, -600, 900, 1200], 0.6, 0.05, "year_end").finance_cost == pytest.approx(73.245)


def test_equity_irr_against_numpy_financial():
    loan = loan_schedule([-1000, -500, 300, 900, 800], 0.6, 0.10)
    assert finance.irr(loan.equity_flow) == pytest.approx(npf.irr(loan.equity_flow), abs=1e-10)
    assert finance.irr([-1000, -500, 300, 900, 800]) == pytest.approx(npf.irr([-1000, -500, 300, 900, 800]))


def test_bad_debt_share_is_named():
    with pytest.raises(ValueError, match="debt share"):
        loan_schedule([-1], 1.5, 0.1)


def test_unserviceable_interest_is_paid_by_equity():
    # Flow -1,000, 30, 30; 60 % at 10 %, year-end: equity 400, loan 600. t1, t2: interest 60, the flow
    # pays 30. "equity": the shareholders pay the other 30 each year (equity flow 30 - 30 - 30 = -30),
    # the 600 is repaid by equity at the end: injection 30 + 30 + 600 = 660; finance cost 120.
    loan = loan_schedule([-1000, 30, 30], 0.6, 0.10, "year_end", "equity")
    assert loan.interest == pytest.approx([0, 60, 60])
    assert loan.closing == pytest.approx([600, 600, 0])
    assert loan.injected == pytest.approx([0, 30, 630])
    assert loan.funding_gap == pytest.approx(660)
    assert loan.equity_flow == pytest.approx([-400, -30, -630])
    # "capitalise": t1 30 capitalised -> 630; t2 interest 63, 30 paid, 33 capitalised -> 663, repaid by
    # equity: finance cost 123, injection 663
    loan = loan_schedule([-1000, 30, 30], 0.6, 0.10, "year_end", "capitalise")
    assert loan.closing == pytest.approx([600, 630, 0])
    assert loan.finance_cost == pytest.approx(123)
    assert loan.funding_gap == pytest.approx(663)
