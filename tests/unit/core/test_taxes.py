"""Chinese taxes (core/taxes.py) against published worked examples and examples worked by hand."""

import pytest

from economic_layer_plugin.core.taxes import (
    corporate_income_tax,
    land_appreciation_tax,
    land_appreciation_tax_detail,
    land_appreciation_tax_fen,
    vat_on_sales,
)

WAN = 10_000


def bands_by_hand(appreciation, deductions):
    """The tax band by band, as 土地增值税暂行条例 art. 7 states it (the quick deductions of
    实施细则 art. 10 are a shortcut to this): 30 % of the part up to 50 % of the deductions,
    40 % of the part from 50 to 100 %, 50 % from 100 to 200 %, 60 % above."""
    parts = ((0.5, 0.30), (1.0, 0.40), (2.0, 0.50), (float("inf"), 0.60))
    tax, lower = 0.0, 0.0
    for limit, rate in parts:
        upper = min(appreciation, deductions * limit)
        if upper > lower:
            tax += (upper - lower) * rate
        lower = deductions * limit
    return tax


def test_band_4_state_taxation_administration_example():
    # 国家税务总局《土地增值税宣传提纲》(国税函发〔1995〕110号), 计算方法: proceeds 400 万元, deductions
    # 100 万元; appreciation 300 万元 = 300 % of the deductions; 300 x 60 % - 100 x 35 % = 145 万元
    # (band by band: 50 x 30 % + 50 x 40 % + 100 x 50 % + 100 x 60 % = 145).
    assert land_appreciation_tax(400 * WAN, 100 * WAN) == pytest.approx(145 * WAN)
    assert bands_by_hand(300, 100) == pytest.approx(145)
    detail = land_appreciation_tax_detail(400 * WAN, 100 * WAN)
    assert (detail.band, detail.rate, detail.quick_deduction) == (4, 0.60, 0.35)


def test_band_2_cpa_textbook_office_building_example():
    # 中国注册会计师协会《税法》(CPA textbook), 土地增值税, 例题: an office building sold for 10,000 万元;
    # land 1,000; development cost 3,000; interest 500 of which 50 penalty interest -> 450; other
    # development expenses 5 % of 4,000 = 200; taxes on the transfer 555; developer extra 20 % of
    # 4,000 = 800. Deductions 6,005; appreciation 3,995 (66.53 %); tax 3,995 x 40 % - 6,005 x 5 % = 1,297.75.
    deductions = 1000 + 3000 + (500 - 50) + 4000 * 0.05 + 555 + 4000 * 0.20
    assert deductions == 6005
    assert land_appreciation_tax(10000 * WAN, 6005 * WAN) == pytest.approx(1297.75 * WAN)
    assert land_appreciation_tax_detail(10000 * WAN, 6005 * WAN).band == 2


def test_band_1_by_hand():
    # proceeds 1,300, deductions 1,000: appreciation 300 = 30 % -> 300 x 30 % = 90
    assert land_appreciation_tax(1300, 1000) == pytest.approx(90)
    assert land_appreciation_tax_detail(1300, 1000).band == 1


def test_band_3_by_hand():
    # proceeds 2,500, deductions 1,000: appreciation 1,500 = 150 % -> 1,500 x 50 % - 1,000 x 15 % = 600;
    # band by band 500 x 30 % + 500 x 40 % + 500 x 50 % = 150 + 200 + 250 = 600
    assert land_appreciation_tax(2500, 1000) == pytest.approx(600)
    assert bands_by_hand(1500, 1000) == pytest.approx(600)
    assert land_appreciation_tax_detail(2500, 1000).band == 3


@pytest.mark.parametrize("ratio", [0.1, 0.5, 0.5000001, 0.99, 1.0, 1.7, 2.0, 2.3, 5.0])
def test_quick_deductions_equal_the_bands_at_any_ratio(ratio):
    assert land_appreciation_tax(1000 * (1 + ratio), 1000) == pytest.approx(bands_by_hand(1000 * ratio, 1000))


def test_ordinary_residential_exemption():
    # 土地增值税暂行条例 art. 8(1): ordinary residential exempt while appreciation <= 20 % of deductions
    assert land_appreciation_tax(1180, 1000, ordinary_residential=True) == 0
    assert land_appreciation_tax_detail(1180, 1000, ordinary_residential=True).exempt
    assert land_appreciation_tax(1200, 1000, ordinary_residential=True) == 0  # exactly 20 %: exempt
    assert land_appreciation_tax(1180, 1000) == pytest.approx(54)  # not ordinary: 180 x 30 %
    # above 20 % the whole appreciation is taxed: 250 x 30 % = 75
    assert land_appreciation_tax(1250, 1000, ordinary_residential=True) == pytest.approx(75)


def test_exemption_at_exactly_20_percent_decided_in_fen():
    # 土地增值税暂行条例 art. 8(1) at the cliff: deductions 406,419,368.65 yuan, proceeds 1.2 x that
    # = 487,703,242.38 yuan exactly (40,641,936,865 fen x 6 / 5 = 48,770,324,238 fen); appreciation
    # 81,283,873.73 = 20 % of the deductions to the fen: exempt. In floating point the ratio comes out
    # 0.20000000000000007 and the whole appreciation was taxed at 30 % (24,385,162.12 yuan).
    assert 40_641_936_865 * 6 == 48_770_324_238 * 5
    assert land_appreciation_tax(487_703_242.38, 406_419_368.65, ordinary_residential=True) == 0
    assert land_appreciation_tax_detail(487_703_242.38, 406_419_368.65, True).exempt
    # one fen more is above 20 %: the whole appreciation 81,283,873.74 x 30 % = 24,385,162.122 -> .12
    assert land_appreciation_tax(487_703_242.39, 406_419_368.65, True) == pytest.approx(24_385_162.12, abs=1e-6)


def test_exemption_at_20_percent_for_random_fen_amounts():
    # any deductions D in fen that 5 divides, proceeds D x 6 / 5: appreciation exactly 20 % -> exempt
    import random

    rng = random.Random(26)
    for _ in range(2000):
        deductions = rng.randrange(1, 10**12) * 5
        proceeds = deductions * 6 // 5
        assert land_appreciation_tax_fen(proceeds, deductions, True) == (0, True, 0)
        assert land_appreciation_tax(proceeds / 100, deductions / 100, True) == 0


@pytest.mark.parametrize("deductions, proceeds, band, tax", [
    # every band edge in fen, deductions 100,000,000.00 yuan = 10,000,000,000 fen
    # ratio 50 % exactly: band 1, 50,000,000 x 30 % = 15,000,000 yuan
    (10_000_000_000, 15_000_000_000, 1, 1_500_000_000),
    # one fen above 50 %: band 2, (5,000,000,001 x 40 - 10^10 x 5) / 100 = 1,500,000,000.4 -> 1,500,000,000 fen
    (10_000_000_000, 15_000_000_001, 2, 1_500_000_000),
    # ratio 100 %: band 2, 10^10 x 40 % - 10^10 x 5 % = 3,500,000,000 fen
    (10_000_000_000, 20_000_000_000, 2, 3_500_000_000),
    # one yuan above 100 %: band 3, (10,000,000,100 x 50 - 10^10 x 15) / 100 = 3,500,000,050 fen
    (10_000_000_000, 20_000_000_100, 3, 3_500_000_050),
    # ratio 200 %: band 3, 2 x 10^10 x 50 % - 10^10 x 15 % = 8,500,000,000 fen
    (10_000_000_000, 30_000_000_000, 3, 8_500_000_000),
    # one yuan above 200 %: band 4, (20,000,000,100 x 60 - 10^10 x 35) / 100 = 8,500,000,060 fen
    (10_000_000_000, 30_000_000_100, 4, 8_500_000_060),
])
def test_band_edges_in_fen(deductions, proceeds, band, tax):
    assert land_appreciation_tax_fen(proceeds, deductions) == (band, False, tax)


def test_no_appreciation_no_tax():
    assert land_appreciation_tax(900, 1000) == 0
    assert land_appreciation_tax(1000, 1000) == 0
    with pytest.raises(ValueError, match="deductions"):
        land_appreciation_tax(1000, -1)


def test_vat_on_sales_with_land_deduction_input_credit_and_carry_forward():
    # 国家税务总局公告2016年第18号 art. 4: 销售额 = (全部价款和价外费用 - 当期允许扣除的土地价款) / (1 + 9 %).
    # Year 0: no sales, input VAT 50 -> nothing payable, 50 carried forward.
    # Year 1: sales 1,090 incl. VAT, land 218: (1,090 - 218) / 1.09 x 9 % = 800 x 9 % = 72 output;
    #         input 10 + 50 carried -> 12 payable.
    # Year 2: sales 545, no land: 500 x 9 % = 45 output, input 0 -> 45.
    output, payable = vat_on_sales([0, 1090, 545], [0, 218, 0], [50, 10, 0], 0.09)
    assert output == pytest.approx([0, 72, 45])
    assert payable == pytest.approx([0, 12, 45])
    # surcharges 12 % of VAT payable (7 + 3 + 2): year 1, 12 x 12 % = 1.44
    assert payable[1] * 0.12 == pytest.approx(1.44)


def test_corporate_income_tax_carries_losses_forward():
    # 企业所得税法 art. 4 (25 %) and art. 18 (losses carried forward). Profits -100, 60, 80, -30, 50:
    # cumulative -100, -40, 40, 10, 60; new highs above 0 in year 2 (40) and year 4 (60, +20):
    # tax 0, 0, 10, 0, 5.
    assert corporate_income_tax([-100, 60, 80, -30, 50], 0.25) == pytest.approx([0, 0, 10, 0, 5])
    assert corporate_income_tax([-10, -5], 0.25) == [0, 0]  # a scheme that loses money pays none


def test_corporate_income_tax_losses_expire_after_five_years():
    # 企业所得税法 art. 18: a loss of year t offsets years t+1..t+5, then expires.
    # -100 in year 0; year 5 (= 0 + 5) may still use it: 50 of 100 used, tax 0; year 6 may not:
    # the 50 left have expired, 60 x 25 % = 15.
    assert corporate_income_tax([-100, 0, 0, 0, 0, 50, 60], 0.25) == pytest.approx([0, 0, 0, 0, 0, 0, 15])
    # oldest loss first: year 2's 120 uses year 0's 100, then 20 of year 1's 50 (30 left); year 7 is
    # 6 years after year 1: the 30 have expired, 40 x 25 % = 10. (Without the limit: (40 - 30) x 25 % = 2.5.)
    assert corporate_income_tax([-100, -50, 120, 0, 0, 0, 0, 40], 0.25) == pytest.approx([0] * 7 + [10])
    # with an unlimited carry (loss_years = the horizon) the same flows give the cumulative rule
    assert corporate_income_tax([-100, -50, 120, 0, 0, 0, 0, 40], 0.25, loss_years=99)[-1] == pytest.approx(2.5)
