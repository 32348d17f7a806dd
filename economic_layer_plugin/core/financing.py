"""Debt financing of a cash flow (spec section 9): drawdown, interest, repayment. Pure Python.

The rules (amounts in yuan), on the after-tax, pre-finance flow F:

- equity = (1 - ``debt_share``) x the funding need (the deepest cumulative negative of F), put in
  first: the loan is drawn whenever the cumulative flow after equity is negative;
- interest_t = (opening balance + drawdown_t / 2) x rate with the mid-year convention (the default:
  money drawn during a year bears half a year of interest, 建设项目经济评价方法与参数: 各年应计利息 =
  (年初借款本息累计 + 本年借款额 / 2) x 年利率), or opening balance x rate with ``convention="year_end"``
  (drawdowns at the end of the year); the opening balance is the balance at the end of t - 1;
- a year that needs money (F_t < 0): equity pays while its share lasts, the loan the rest; the
  year's interest is capitalised (added to the loan): works years are the years that need money;
- a year that makes money (F_t >= 0): it pays the year's interest first (what it cannot pay is
  capitalised), then repays the loan as far as it goes; the rest goes to equity;
- a balance still open after the last year is repaid by equity in the last year;
- debt that cannot be serviced (``unpaid="equity"``, the default of the stack): in a year that makes
  money but not enough to pay its interest, the shareholders pay the rest that year (an equity
  injection) instead of adding it to the loan; with ``unpaid="capitalise"`` it is capitalised and
  compounds. Both ways the equity injections beyond the initial equity (the interest equity paid and
  the balance it repays at the horizon) are the **funding gap** (``LoanSchedule.funding_gap``).

Finance cost = the sum of interest. The equity (levered) flow = F_t + drawdown_t - interest paid_t -
repayment_t, which includes equity injections as negative amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class LoanSchedule(NamedTuple):
    opening: list  # balance at the start of each year
    interest: list  # interest of each year (paid or capitalised)
    drawdown: list  # new money lent for the year's need
    capitalised: list  # interest added to the balance
    repayment: list  # principal repaid (including a final repayment by equity)
    closing: list  # balance at the end of each year
    equity_flow: list  # the levered cash flow to equity
    injected: list = []  # equity injected beyond the initial equity: unpaid interest, the final balance

    @property
    def finance_cost(self) -> float:
        return sum(self.interest)

    @property
    def funding_gap(self) -> float:
        return sum(self.injected)

    @property
    def peak_debt(self) -> float:
        return max(self.closing, default=0.0)


MID_YEAR, YEAR_END = "mid_year", "year_end"
UNPAID_EQUITY, UNPAID_CAPITALISE = "equity", "capitalise"


def loan_schedule(flow: Sequence[float], debt_share: float, rate: float, convention: str = MID_YEAR,
                  unpaid: str = UNPAID_CAPITALISE) -> LoanSchedule:
    """The loan of an unlevered cash flow ``flow`` (yuan per year), see the module docstring."""
    if not 0 <= debt_share <= 1:
        raise ValueError(f"financing: debt share must be within 0..1, got {debt_share}")
    if convention not in (MID_YEAR, YEAR_END):
        raise ValueError(f"financing: interest convention must be {MID_YEAR} or {YEAR_END}, got {convention!r}")
    if unpaid not in (UNPAID_EQUITY, UNPAID_CAPITALISE):
        raise ValueError(f"financing: unpaid interest must be {UNPAID_EQUITY} or {UNPAID_CAPITALISE}, got {unpaid!r}")
    half = 0.5 if convention == MID_YEAR else 0.0
    opening, interest, drawdown, capitalised, repayment, closing, equity = [], [], [], [], [], [], []
    injected = []
    cumulative = deepest = 0.0
    for f in flow:
        cumulative += f
        deepest = min(deepest, cumulative)
    equity_left = -deepest * (1.0 - debt_share)
    balance = 0.0
    last = len(flow) - 1
    for t, f in enumerate(flow):
        f = float(f)
        opening.append(balance)
        if f < 0:
            paid_in = min(-f, equity_left)  # equity first
            equity_left -= paid_in
            draw = -f - paid_in
            owed = (balance + draw * half) * rate
            cap = owed
            repay = 0.0
            to_equity = -paid_in
            inject = 0.0
        else:
            draw = 0.0
            owed = balance * rate
            paid = min(f, owed)
            cap = owed - paid
            inject = cap if unpaid == UNPAID_EQUITY else 0.0
            cap -= inject
            repay = min(balance + cap, f - paid)
            to_equity = f - paid - repay - inject
        balance = balance + draw + cap - repay
        if t == last and balance > 0:  # equity repays what is left
            repay += balance
            to_equity -= balance
            inject += balance
            balance = 0.0
        if abs(balance) < 1e-9:
            balance = 0.0
        interest.append(owed)
        drawdown.append(draw)
        capitalised.append(cap)
        repayment.append(repay)
        closing.append(balance)
        equity.append(to_equity)
        injected.append(inject)
    return LoanSchedule(opening, interest, drawdown, capitalised, repayment, closing, equity, injected)
