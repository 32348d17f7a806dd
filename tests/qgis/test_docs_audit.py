"""The auditor's section (docs/feasibility.md, "Auditing the taxes of one unit", and docs/zh/audit.md)
cannot go stale: every figure of it is recomputed here from the workbook's "Tax inputs" sheet by the
section's own formulas (written out below, independently of core/taxes.py and core/feasibility.py),
checked against the command line's JSON (``land_appreciation_tax_detail`` and the unit's taxes),
and looked for on both pages. The income tax is rebuilt from the inputs too: the development cost
matched to each year from the cost items, the areas and the sales received (it must equal the sheet's
row, which is the cost the stack deducted), the taxable profit from it and the taxes recomputed above.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from economic_layer_plugin.definitions import PLUGIN_DIR

ROOT = Path(__file__).resolve().parents[2]
SOURCE = f"{PLUGIN_DIR / 'sample' / 'zhongshan_third_road.gpkg'}|layername=final_plan_feasibility"
UNIT = "3"
PAGES = (ROOT / "docs" / "feasibility.md", ROOT / "docs" / "zh" / "audit.md")
ORD, NON = "ordinary residential", "non-residential"


def fen(wan: float) -> int:
    """A cell of the sheet (10,000 CNY to six decimals) in integer fen."""
    return round(wan * 1_000_000)


def half_up(x: float) -> int:
    return math.floor(x + 0.5)


def read_sheet(path: Path) -> dict:
    """{label: value of unit 3} of the unit block, and {label: [yearly values]} of unit 3's years."""
    import openpyxl

    ws = openpyxl.load_workbook(path, read_only=True)["Tax inputs"]
    rows = [list(r) + [None, None] for r in ws.iter_rows(values_only=True)]
    header = next(r for r in rows if r[0] == "Unit")
    column = header.index(UNIT)
    scalars, years, block = {}, {}, None
    for r in rows:
        if r[0] and str(r[0]).startswith("Inputs and taxes per year"):
            block = f"unit {UNIT} " in str(r[0])
            continue
        if block is None and r[0] and len(r) > column:
            scalars[r[0]] = r[column]
        elif block and r[0] and r[0] != "Year":
            years[r[0]] = [v for v in r[1:] if v is not None]
        if r[0] in RATES:
            scalars[r[0]] = r[1]
    return scalars, years


RATES = ("Soft cost ratio", "Preliminaries ratio", "Contingency ratio", "Deed tax rate", "VAT rate on sales",
         "VAT rate on rent", "Property tax rate on rent without VAT", "Input VAT rate on hard cost",
         "Surcharges on VAT",
         "LAT development expenses ratio", "LAT developer deduction ratio", "Corporate income tax rate",
         "Years of straight-line depreciation of held buildings")
MATCHED = "Development cost matched to the year and depreciation (accrual basis)"


def audit(scalars: dict, years: dict) -> dict:
    """The section's steps, in yuan; the formulas are the page's, one line each."""
    m = {key: fen(v) / 100 for key, v in scalars.items() if isinstance(v, float | int) and key not in RATES}
    rate = {key: scalars[key] for key in RATES}
    y = {key: [fen(v) / 100 for v in values] for key, values in years.items()}
    vat_rate, surcharge = rate["VAT rate on sales"], rate["Surcharges on VAT"]
    out = {}
    # --- VAT, the unit on its own
    sales = y["VAT sales amount: sales received incl. VAT + lump-sum incomes taxed as sales"]
    received = y["Sales received from the modules incl. VAT"]
    sold_area = m[f"{ORD}: sold floor area (m2)"] + m[f"{NON}: sold floor area (m2)"]
    basis = m["Developed floor area (m2)"]
    land_price = m["Land premium"] + m["Compensation to owners"]
    land_sold = land_price * sold_area / basis
    land = [land_sold * v / sum(received) for v in received]
    sales_output = [max(0.0, s - d) / (1 + vat_rate) * vat_rate for s, d in zip(sales, land)]
    rent_vat = rate["VAT rate on rent"]
    rent_output = [r / (1 + rent_vat) * rent_vat for r in y["Gross rent incl. VAT"]]
    input_vat = [h / (1 + rate["Input VAT rate on hard cost"]) * rate["Input VAT rate on hard cost"]
                 for h in y["Hard cost (works + demolition) incl. VAT"]]
    payable, credit = [], 0.0
    for o_s, o_r, i in zip(sales_output, rent_output, input_vat):
        due = o_s + o_r - i - credit
        payable.append(round(max(0.0, due), 2))
        credit = max(0.0, -due)
    out.update(sales_received=sum(received), lump_income=m["Unit lump-sum incomes (calibration, subsidies)"],
               vat_sales=sum(sales), land_price=land_price, land_sold=land_sold, sales_output=sum(sales_output),
               rent_output=sum(rent_output), input_vat=sum(input_vat), vat=sum(payable),
               surcharges=sum(round(p * surcharge, 2) for p in payable))
    # --- land appreciation tax
    s_ord, s_non = m[f"{ORD}: sales of its modules incl. VAT and in-kind flats"], \
        m[f"{NON}: sales of its modules incl. VAT and in-kind flats"]
    out["deemed_sale"] = s_ord + s_non - sum(received)  # the in-kind flats, in the proceeds
    lump = out["lump_income"]
    sales_p = {ORD: s_ord + round(lump * s_ord / (s_ord + s_non), 2),
               NON: s_non + round(lump * s_non / (s_ord + s_non), 2)}
    output_total = out["sales_output"] + out["rent_output"]
    surcharges_sales = out["surcharges"] * out["sales_output"] / output_total
    deed = 1 + rate["Deed tax rate"]
    land_cost = m["Land premium"] + m["Deed tax"]
    resettlement = (m["In-kind flats: sales forgone incl. VAT (deemed sale)"] / (1 + vat_rate)
                    - m["In-kind flats: compensation at the compensation rate"]
                    + m["Moving fees"] + m["Transition fees"])
    development = (m["Compensation to owners"] + m["Acquisition of standing buildings"] + m["Demolition"]
                   + m["Works (construction, renovation, upkeep)"]
                   + m["Soft cost (hard cost x soft cost ratio, per works period, to the fen)"]
                   + m["Preliminaries"] + m["Contingency"] + m["Municipal infrastructure fee"] + m["Other cost"]
                   + m["Unit lump-sum costs (calibration, public works)"] + resettlement)
    soft, pre, cont = rate["Soft cost ratio"], rate["Preliminaries ratio"], rate["Contingency ratio"]
    works_factor = 1 + soft + pre + (1 + soft) * cont
    common_land = land_cost - m["Land premium"] * deed
    common_development = (development - m["Works (construction, renovation, upkeep)"] * works_factor
                          - m["Acquisition of standing buildings"] - m["Other cost"])
    out.update(resettlement=resettlement, land_cost=land_cost, development=development, works_factor=works_factor,
               common_land=common_land, common_development=common_development, surcharges_sales=surcharges_sales)
    lat = 0.0
    for key, name in ((ORD, "ord"), (NON, "non")):
        area = m[f"{key}: sold floor area (m2)"]
        sold_share = area / m[f"{key}: developed floor area of its modules (m2)"]
        area_share = area / basis
        land_p = m[f"{key}: land premium of its modules"] * deed * sold_share + max(0.0, common_land) * area_share
        development_p = ((m[f"{key}: works of its modules"] * works_factor
                          + m[f"{key}: acquisition and other cost of its modules"]) * sold_share
                         + common_development * area_share)
        output_p = out["sales_output"] * sales_p[key] / out["vat_sales"]
        proceeds = round(sales_p[key] - output_p, 2)
        expenses = (land_p + development_p) * rate["LAT development expenses ratio"]
        taxes = surcharges_sales * sales_p[key] / out["vat_sales"]
        extra = (land_p + development_p) * rate["LAT developer deduction ratio"]
        deductions = round(land_p + development_p + expenses + taxes + extra, 2)
        appreciation = round(proceeds - deductions, 2)
        ratio = appreciation / deductions
        exempt = key == ORD and ratio <= 0.20
        bands = ((1, 0.5, 30, 0), (2, 1.0, 40, 5), (3, 2.0, 50, 15), (4, math.inf, 60, 35))
        band, tax_rate, quick = next((b, r, q) for b, limit, r, q in bands if ratio <= limit)
        tax = 0.0 if exempt or appreciation <= 0 else half_up(appreciation * tax_rate - deductions * quick) / 100
        lat += tax
        out.update({f"{name}_{k}": v for k, v in dict(
            sales=sales_p[key], output_vat=output_p, proceeds=proceeds, area_share=area_share, sold_share=sold_share,
            land_cost=land_p, development_cost=development_p, development_expenses=expenses, taxes=taxes,
            developer_deduction=extra, deductions=deductions, appreciation=appreciation, ratio=ratio, band=band,
            tax=tax).items()})
    out["land_appreciation_tax"] = round(lat, 2)
    out["lat_years"] = [0.0] * len(sales)
    out["lat_years"][max(t for t, v in enumerate(sales) if v)] = out["land_appreciation_tax"]  # no prepayment
    out.update(cit_steps(m, rate, y, payable, out))
    out["years"] = y
    return out


def cit_steps(m: dict, rate: dict, y: dict, payable: list, out: dict) -> dict:
    """Income tax, the page's section 3: the development cost matched to each year rebuilt from the inputs,
    the yearly taxable profit from it and the taxes above, losses carried five years. In fen (integers)
    where the code's rounding matters: the matched cost must equal the sheet's to the fen."""
    def fen_of(key: str) -> int:
        return round(m[key] * 100)

    def share(total: int, part: int, whole: int) -> int:  # total x part / whole to the fen, half up
        return (2 * total * part + whole) // (2 * whole)

    # the pool: every cost but the selling costs, as paid: the development-cost items, less the compensation
    # paid in kind (no cash: those owners get flats, the sales forgone), plus the moving and transition fees
    items = ("Land premium", "Compensation to owners", "Demolition", "Works (construction, renovation, upkeep)",
             "Soft cost (hard cost x soft cost ratio, per works period, to the fen)", "Preliminaries", "Contingency",
             "Municipal infrastructure fee", "Deed tax", "Acquisition of standing buildings", "Other cost",
             "Unit lump-sum costs (calibration, public works)", "Moving fees", "Transition fees")
    pool = sum(fen_of(key) for key in items) - fen_of("In-kind flats: compensation at the compensation rate")
    # areas in 0.0001 m2 (m holds every cell x 10,000)
    sold = sum(round(m[f"{key}: sold floor area (m2)"]) for key in (ORD, "other residential", NON))
    held = round(m["Leasable floor area, held and depreciated (m2)"])
    sold_pool = share(pool, sold, sold + held)
    held_pool = pool - sold_pool
    # the sold share matched to the sales received, year by year (the last sales year takes the rounding)
    received = [round(v * 100) for v in y["Sales received from the modules incl. VAT"]]
    matched = [share(sold_pool, v, sum(received)) if v else 0 for v in received]
    matched[max(t for t, v in enumerate(received) if v)] += sold_pool - sum(matched)
    sold_part = list(matched)
    # the held share depreciated straight-line from the first year with rent (the last year takes the rest)
    years = round(rate["Years of straight-line depreciation of held buildings"])
    first = next(t for t, v in enumerate(y["Gross rent incl. VAT"]) if v)
    yearly = share(held_pool, 1, years)
    assert first + years <= len(matched)  # unit 3: depreciated within the horizon, no exit sale
    for k in range(years):
        matched[first + k] += yearly if k < years - 1 else held_pool - yearly * (years - 1)
    # taxable profit = revenue - selling costs - matched - VAT - surcharges - property tax - LAT
    rent_vat = rate["VAT rate on rent"]
    property_tax = [round(r / (1 + rent_vat) * rate["Property tax rate on rent without VAT"], 2)
                    for r in y["Gross rent incl. VAT"]]
    surcharges = [round(p * rate["Surcharges on VAT"], 2) for p in payable]
    taxable = [round(r - s - e / 100 - v - c - p - lat, 2) for r, s, e, v, c, p, lat in zip(
        y["Revenue"], y["Selling costs"], matched, payable, surcharges, property_tax, out["lat_years"])]
    # losses carried five years, oldest first
    cit, losses = [], []
    for t, profit in enumerate(taxable):
        losses = [[year, left] for year, left in losses if t - year <= 5]
        if profit < 0:
            losses.append([t, -profit])
            cit.append(0.0)
            continue
        left = profit
        for entry in losses:
            used = min(entry[1], left)
            entry[1] -= used
            left -= used
        cit.append(round(left * rate["Corporate income tax rate"], 2))
    return {"pool": pool / 100, "sold_area_m2": sold / 10_000, "held_area_m2": held / 10_000,
            "sold_pool": sold_pool / 100, "held_pool": held_pool / 100, "depreciation": yearly / 100,
            "sold_part": [v / 100 for v in sold_part],
            "first_rent_year": first, "matched": [v / 100 for v in matched], "property_tax": property_tax,
            "taxable_profit": taxable, "corporate_income_tax": sum(cit), "cit_years": cit}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    from economic_layer_plugin.core.report import scheme_report
    from economic_layer_plugin.io.xlsx import Exporter
    from economic_layer_plugin.qgis_adapter.sources import load_scheme

    name, model = load_scheme(SOURCE)
    path = tmp_path_factory.mktemp("audit") / "audit.xlsx"
    assert Exporter([(name, model)], "en").write(path)
    scalars, years = read_sheet(path)
    return audit(scalars, years), scheme_report(name, model)


def test_the_section_recomputes_the_units_taxes_from_the_workbook(figures):
    mine, report = figures
    unit = report["units"][UNIT]
    assert mine["vat"] == pytest.approx(unit["vat"], abs=0.011)
    assert mine["surcharges"] == pytest.approx(unit["surcharges"], abs=0.011)
    assert mine["land_appreciation_tax"] == pytest.approx(unit["land_appreciation_tax"], abs=0.011)
    assert mine["corporate_income_tax"] == pytest.approx(unit["corporate_income_tax"], abs=0.011)
    assert sum(mine["taxable_profit"]) == pytest.approx(unit["taxable_profit"], abs=0.05)
    # the development cost matched to each year, rebuilt from the inputs, is the one the stack deducted
    assert mine["matched"] == mine["years"][MATCHED]
    assert mine["taxable_profit"] == pytest.approx(mine["years"]["Taxable profit"], abs=0.03)
    assert mine["property_tax"] == pytest.approx(mine["years"]["Property tax"], abs=0.011)
    details = {d["product_type"]: d for d in report["land_appreciation_tax_detail"] if d["unit"] == UNIT}
    for name, key in (("ord", "ordinary_residential"), ("non", "non_residential")):
        for step in ("sales", "output_vat", "proceeds", "land_cost", "development_cost", "development_expenses",
                     "taxes", "developer_deduction", "deductions", "appreciation", "tax"):
            assert mine[f"{name}_{step}"] == pytest.approx(details[key][step], abs=0.011), (name, step)
        assert mine[f"{name}_band"] == details[key]["band"]
        assert mine[f"{name}_ratio"] == pytest.approx(details[key]["ratio"], abs=1e-9)
    # the in-kind flats are the difference between the types' sales and the sales received
    assert mine["deemed_sale"] == pytest.approx(287_704_959.99, abs=0.011)


def _money(value: float) -> str:
    return f"{value:,.2f}"


def stated_figures(mine: dict) -> list:
    """Every figure the section states, as it is written there (yuan to the fen, ratios in %)."""
    keys = ("sales_received", "lump_income", "vat_sales", "land_price", "land_sold", "sales_output", "rent_output",
            "input_vat", "vat", "surcharges", "deemed_sale", "resettlement", "land_cost", "development",
            "common_development", "surcharges_sales", "land_appreciation_tax", "corporate_income_tax")
    stated = [_money(mine[key]) for key in keys]
    for name in ("ord", "non"):
        stated += [_money(mine[f"{name}_{k}"]) for k in (
            "sales", "output_vat", "proceeds", "land_cost", "development_cost", "development_expenses", "taxes",
            "developer_deduction", "deductions", "appreciation", "tax")]
        stated += [f"{mine[f'{name}_ratio'] * 100:.2f} %", f"{mine[f'{name}_area_share'] * 100:.4f} %",
                   f"{mine[f'{name}_sold_share'] * 100:.4f} %"]
    # income tax: the matched cost made from the inputs, the worked year 2028, the taxable profit of the
    # sheet's row (what the code gives; the rebuilt one agrees to a few fen: the rent is shown to the fen)
    y = mine["years"]
    stated += [_money(mine[key]) for key in ("pool", "sold_pool", "held_pool", "depreciation")]
    stated += [f"{mine['sold_area_m2']:,.1f}", f"{mine['held_area_m2']:,.1f}"]
    stated += [_money(v) for v in (y["Revenue"][3], y["Selling costs"][3], mine["matched"][3], mine["property_tax"][3],
                                   mine["sold_part"][3], y["Sales received from the modules incl. VAT"][3],
                                   mine["matched"][-1])]
    stated += [_money(v) for v in y["Taxable profit"][3:6]] + [_money(v) for v in mine["cit_years"][3:5]]
    stated.append(f"{mine['works_factor']:.3f}")
    return stated


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_pages_state_the_figures_the_code_gives(figures, page):
    mine, _ = figures
    text = page.read_text(encoding="utf-8")
    missing = [figure for figure in stated_figures(mine) if figure not in text]
    assert not missing, f"{page.name} does not state (or states stale) figures: {missing}"


def test_print_figures(figures):  # EL_PRINT_AUDIT=1: the figures for writing the pages
    import os

    if os.environ.get("EL_PRINT_AUDIT"):
        mine, _ = figures
        for key, value in mine.items():
            print(key, value if not isinstance(value, float) else f"{value:,.6f}")
