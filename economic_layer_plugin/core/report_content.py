"""What the scheme report says, as plain data: a list of sections, each made by one builder.

The print layout (qgis_adapter/report_layout.py) places the sections; this module decides their
content, in Chinese or English, with the numbers formatted exactly as the dock formats them
(gui/formatting.py: money in 10,000 CNY, areas in m2). Pure Python, no QGIS.

A builder is a function ``(ReportContext) -> Section | None``. ``SECTION_BUILDERS`` lists them in
the report's order; a builder returns None where its data is absent (one scheme only: no
comparison; an engine without ``feasibility()``: no feasibility rows), and the section is left out.
A later section (the tornado, the three-party table) is one more builder appended to the list.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from economic_layer_plugin.core import formatting, indicators
from economic_layer_plugin.core.checks import FAIL, NOT_EVALUATED, PASS
from economic_layer_plugin.core.compare import differences
from economic_layer_plugin.core.i18n import N_, translate
from economic_layer_plugin.core.indicators import MONEY_KEYS, REPORT_KEYS

LOGGER = logging.getLogger(__name__)

#: The indicators of the report's panels (core/indicators.py), in the dock's order.
PANEL_KEYS = REPORT_KEYS
STATE_COLOURS = {PASS: "#2e7d32", FAIL: "#c62828", NOT_EVALUATED: "#757575"}
NEGATIVE_COLOUR = "#c62828"

#: Fixed texts of the report (English; text() shows them in the report's language).
TEXTS = {
    "title": N_("Economic report"),
    "scheme": N_("Scheme"),
    "modules": N_("{count} modules"),
    "excluded": N_("{count} left out of the totals"),
    "money_note": N_("Money in 10,000 CNY, areas in m2"),
    "table1": N_("Table 1: areas, investment and income"),
    "indicators": N_("Economic indicators"),
    "checks": N_("Policy checks"),
    "checks_summary": N_("{failed} failed, {passed} passed, {open} not evaluated"),
    "comparison": N_("Comparison of schemes"),
    "chart_units": N_("Investment and income per unit (10,000 CNY)"),
    "chart_cashflow": N_("Net cash flow per year (10,000 CNY)"),
    "chart_tornado": N_("Sensitivity of net profit (10,000 CNY)"),
    "feasibility": N_("Feasibility"),
    "three_party": N_("Government, developer and residents"),
    "total": N_("Total"),
    "unit": N_("Unit"),
    "project": N_("Project"),
    "check": N_("Check"),
    "scope": N_("Scope"),
    "value": N_("Value"),
    "limit": N_("Limit"),
    "state": N_("State"),
    "indicator": N_("Indicator"),
    "investment": N_("Investment"),
    "income": N_("Income"),
    "net": N_("Net cash flow"),
    "cumulative": N_("Cumulative"),
    "year": N_("Year"),
    "legend": N_("Legend"),
    "red_line": N_("Red line"),
    "units": N_("Project units"),
    "unit_page": N_("Unit {code} {name}"),
    "sale_price": N_("Sale prices"),
    "rent": N_("Rents"),
    "cost": N_("Costs"),
}


def text(key: str, language: str) -> str:
    return translate(TEXTS[key], language)


@dataclass
class ReportContext:
    name: str  # the scheme's name
    model: object  # core.engine.EconomicModel
    language: str = "zh"
    #: every scheme of the project for the comparison, [(name, model)], this one included
    schemes: list = field(default_factory=list)


@dataclass
class Section:
    key: str  # also the id of its items in the layout ("el_report_<key>")
    title: str
    kind: str = "table"  # "table" or "chart"
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # lists of str, first column the row label
    #: (row, column) -> colour of the text ("#rrggbb")
    colours: dict = field(default_factory=dict)
    note: str = ""
    #: for charts: what the chart draws (see qgis_adapter/report_charts.py)
    chart: dict | None = None
    #: shares of the width per column (long texts wrap); None: each column as wide as its text
    widths: list | None = None


def _negative(value) -> bool:
    return value is not None and value < 0


def unit_title(model, code: str) -> str:
    spec = model.assumptions.unit(code)
    return f"{code} {spec.name}".strip() if spec is not None else str(code)


def _unit_codes(model) -> list:
    return [code for code in model.unit_codes()]


# builders -----------------------------------------------------------------------------------------
def table1_section(context: ReportContext) -> Section:
    """Table 1 (spec section 7): rows of the paper, Total then one column per unit."""
    model, language = context.model, context.language
    codes = _unit_codes(model)
    columns = [model.indicators()] + [model.indicators(code) for code in codes]
    frame = model.table1(language)
    section = Section(
        "table1",
        text("table1", language),
        header=[""] + [text("total", language)] + [unit_title(model, code) for code in codes],
    )
    for label, row in zip(frame.index, frame.attrs["rows"]):
        cells = [str(label)]
        for column, values in enumerate(columns, start=1):
            if row.startswith("new_area_by_use."):
                cells.append(formatting.area(values["new_area_by_use"].get(row.split(".", 1)[1], 0.0)))
            elif row in MONEY_KEYS:
                cells.append(formatting.money(values[row]))
                if _negative(values[row]):
                    section.colours[(len(section.rows), column)] = NEGATIVE_COLOUR
            else:
                cells.append(formatting.area(values[row]))
        section.rows.append(cells)
    section.note = text("money_note", language)
    return section


def indicators_section(context: ReportContext) -> Section:
    """The indicators of the dock's Project tab, Total then units, formatted as the dock does."""
    model, language = context.model, context.language
    codes = _unit_codes(model)
    columns = [model.indicators()] + [model.indicators(code) for code in codes]
    section = Section(
        "indicators",
        text("indicators", language),
        header=[text("indicator", language), text("total", language)]
        + [unit_title(model, code) for code in codes],
    )
    for key in PANEL_KEYS:
        label = indicators.label(key, language)
        section.rows.append([label] + [formatting.indicator(key, values[key]) for values in columns])
        for column, values in enumerate(columns, start=1):
            if key in ("net_profit", "npv") and _negative(values[key]):
                section.colours[(len(section.rows) - 1, column)] = NEGATIVE_COLOUR
    return section


def format_check_value(check, value) -> str:
    """As the dock's checks panel shows a value or a limit (gui/checks_panel.py)."""
    if value is None:
        return formatting.NONE
    if isinstance(value, tuple):
        low, high = value
        low_text = formatting.area(low) if low is not None else ""
        high_text = formatting.area(high) if high is not None else ""
        return f"{low_text} – {high_text}"
    if check.key in ("demolition_share", "resettlement_share", "rent_growth"):
        return formatting.percent(value)
    if check.key == "height":
        return f"{value:,.1f} m"
    if check.key == "range":
        return formatting.area(value)
    return formatting.number(value, 2)


def check_value_text(model, check, language: str) -> str:
    """A check's value; a height check that passes has none (only heights above the limit are
    kept): the unit's tallest standing module then, or the state."""
    value = check.value
    if value is None and check.state == PASS and check.key == "height":
        heights = [module.height for module in getattr(model, "modules", {}).values()
                   if module.unit == check.unit and module.action != "demolish" and not module.below_ground
                   and module.height is not None]
        value = max(heights) if heights else None
    if value is None and check.state == PASS:
        return check.state_label(language)
    return format_check_value(check, value)


def checks_section(context: ReportContext) -> Section:
    model, language = context.model, context.language
    checks = model.checks()
    counts = {PASS: 0, FAIL: 0, NOT_EVALUATED: 0}
    section = Section(
        "checks",
        text("checks", language),
        header=[
            text("scope", language),
            text("check", language),
            text("value", language),
            text("limit", language),
            text("state", language),
        ],
        widths=[0.11, 0.22, 0.11, 0.12, 0.44],
    )
    for check in checks:
        counts[check.state] += 1
        scope = (
            text("project", language)
            if check.scope == "project"
            else f"{text('unit', language)} {check.unit}"
        )
        limit = check.threshold
        limit_text = format_check_value(check, limit) if limit is not None else ""
        if limit is not None and check.comparison in ("<=", ">="):
            limit_text = ("≤ " if check.comparison == "<=" else "≥ ") + limit_text
        state = check.state_label(language)
        if check.state == NOT_EVALUATED and check.missing_text(language):
            state = f"{state}: {check.missing_text(language)}"
        section.colours[(len(section.rows), 4)] = STATE_COLOURS[check.state]
        section.rows.append(
            [
                scope,
                check.title(language, short=True),
                check_value_text(model, check, language),
                limit_text,
                state,
            ]
        )
    section.note = text("checks_summary", language).format(
        failed=counts[FAIL], passed=counts[PASS], open=counts[NOT_EVALUATED]
    )
    return section


def comparison_section(context: ReportContext) -> Section | None:
    """The schemes side by side with the differences to this scheme (the dock's Compare tab)."""
    schemes = context.schemes
    if len(schemes) < 2:
        return None
    language = context.language
    names = [name for name, _ in schemes]
    # as the dock's Compare tab: the baseline is the first scheme other than this one
    base = next((i for i, (name, _) in enumerate(schemes) if name != context.name), 0)
    section = Section(
        "comparison",
        text("comparison", language),
        header=[text("indicator", language)]
        + names
        + [f"Δ {name}" for i, name in enumerate(names) if i != base],
    )
    results = [model.indicators() for _, model in schemes]
    for key in PANEL_KEYS:
        values = [result[key] for result in results]
        cells = [formatting.indicator(key, value) for value in values]
        deltas = [d for i, d in enumerate(differences(values, base)) if i != base]
        cells += [formatting.indicator(key, d) if d is not None else formatting.NONE for d in deltas]
        label = indicators.label(key, language)
        for column, cell in enumerate(cells, start=1):
            if column > len(values) and cell.startswith("-"):
                section.colours[(len(section.rows), column)] = NEGATIVE_COLOUR
        section.rows.append([label] + cells)
    return section


def units_chart_section(context: ReportContext) -> Section | None:
    model, language = context.model, context.language
    codes = _unit_codes(model)
    if not codes:
        return None
    wan = formatting.WAN
    return Section(
        "chart_units",
        text("chart_units", language),
        kind="chart",
        chart={
            "type": "bars",
            "categories": [unit_title(model, code) for code in codes],
            "series": [
                (text("investment", language), "#5b9bd5", [model.indicators(c)["cost"] / wan for c in codes]),
                (text("income", language), "#66bb6a", [model.indicators(c)["revenue"] / wan for c in codes]),
            ],
        },
    )


def cashflow_chart_section(context: ReportContext) -> Section | None:
    model, language = context.model, context.language
    flow = model.totals().cashflow()
    if not flow:
        return None
    base_year = model.assumptions.rates.base_year
    net = [value / formatting.WAN for value in flow]
    cumulative = []
    running = 0.0
    for value in net:
        running += value
        cumulative.append(running)
    return Section(
        "chart_cashflow",
        text("chart_cashflow", language),
        kind="chart",
        chart={
            "type": "cashflow",
            "categories": [str(base_year + t) for t in range(len(net))],
            "series": [
                (text("net", language), "#5b9bd5", net),
                (text("cumulative", language), "#c62828", cumulative),
            ],
        },
    )


def _rows_of(data) -> tuple:
    """(header, rows of str) of a frame-like result: a pandas DataFrame, a list of dicts or of lists."""
    if hasattr(data, "to_dict") and hasattr(data, "columns"):  # a DataFrame
        header = [""] + [str(c) for c in data.columns]
        rows = [
            [str(index)] + [_cell(v) for v in row]
            for index, row in zip(data.index, data.itertuples(index=False))
        ]
        return header, rows
    items = list(data)
    if items and isinstance(items[0], dict):
        header = list(items[0])
        return [str(h) for h in header], [[_cell(item.get(h)) for h in header] for item in items]
    return [], [[_cell(v) for v in item] for item in items]


def _cell(value) -> str:
    if value is None:
        return formatting.NONE
    if isinstance(value, float):
        return formatting.number(value, 2)
    return str(value)


def engine_table(key: str, method: str) -> Callable:
    """A builder for a table the engine may offer (``model.<method>(language)``): absent, no section."""

    def build(context: ReportContext) -> Section | None:
        function = getattr(context.model, method, None)
        if not callable(function):
            return None
        try:
            try:
                data = function(context.language)
            except TypeError:
                data = function()
        except Exception as error:  # a section that cannot be made is left out, with a note in the log
            LOGGER.warning("The report leaves out %s: %s", key, error)
            return None
        if data is None:
            return None
        header, rows = _rows_of(data)
        return Section(key, text(key, context.language), header=header, rows=rows) if rows else None

    build.__name__ = f"{key}_section"
    return build


def stack_table(key: str, frame_of: str) -> Callable:
    """A builder for a table of the feasibility stack (core/feasibility_tables.py: the block under
    Table 1, the three parties), Total then one column per unit; no section while the stack is off."""

    def build(context: ReportContext) -> Section | None:
        from economic_layer_plugin.core import feasibility_tables

        model = context.model
        assumptions = getattr(model, "assumptions", None)
        if assumptions is None or not getattr(getattr(assumptions, "feasibility", None), "enabled", False):
            return None
        units = {code: model.indicators(code) for code in model.unit_codes()}
        frame = getattr(feasibility_tables, frame_of)(model.indicators(), units, context.language)
        if not len(frame):
            return None
        header, rows = _rows_of(frame)
        for row, (row_key, values) in zip(rows, zip(frame.attrs.get("rows", ()), frame.itertuples(index=False))):
            if row_key in feasibility_tables.PERCENT_KEYS:  # IRRs and yields in %, as everywhere else
                row[1:] = [formatting.percent(value) for value in values]
        return Section(key, text(key, context.language), header=header, rows=rows)

    build.__name__ = f"{key}_section"
    return build


def tornado_chart_section(context: ReportContext) -> Section | None:
    """Net profit with sale prices, rents and costs each 20 % lower and higher (model.sensitivity())."""
    model, language = context.model, context.language
    frame = model.sensitivity()
    base = model.indicators()["net_profit"] / formatting.WAN
    bars = []
    for variable in ("sale_price", "rent", "cost"):
        rows = frame[frame["variable"] == variable]
        if not len(rows):
            continue
        # the -20 % and +20 % cases (money in 10,000 CNY)
        minus = float(rows[rows["change"] == rows["change"].min()]["net_profit"].iloc[0])
        plus = float(rows[rows["change"] == rows["change"].max()]["net_profit"].iloc[0])
        bars.append((text(variable, language), minus, plus))
    if not bars or all(minus == plus for _, minus, plus in bars):
        return None
    return Section(
        "chart_tornado",
        text("chart_tornado", language),
        kind="chart",
        chart={"type": "tornado", "base": base, "bars": bars, "labels": ("−20 %", "+20 %")},
    )


#: The report's sections in order. Append a builder to add a section.
SECTION_BUILDERS: list = [
    table1_section,
    indicators_section,
    stack_table("feasibility", "feasibility_block"),
    stack_table("three_party", "three_parties"),
    checks_section,
    comparison_section,
    units_chart_section,
    cashflow_chart_section,
    tornado_chart_section,
]


def build_sections(context: ReportContext, builders: list | None = None) -> list:
    """Every section whose data exists, in the order of the builders."""
    sections = []
    for builder in builders if builders is not None else SECTION_BUILDERS:
        section = builder(context)
        if section is not None:
            sections.append(section)
    return sections


def unit_lines(model, code: str, language: str) -> tuple:
    """(labels, values, check lines) of one unit for its atlas page: one indicator per line."""
    values = model.indicators(code)
    labels, figures = [], []
    for key in PANEL_KEYS:
        labels.append(indicators.label(key, language))
        figures.append(formatting.indicator(key, values[key]))
    for key in ("demolished_area", "new_area"):
        labels.append(indicators.label(key, language))
        figures.append(formatting.area(values[key]))
    checks = [
        f"{check.state_label(language)} · {check.title(language, short=True)}: "
        f"{check_value_text(model, check, language)}"
        for check in model.checks()
        if check.scope == "unit" and check.unit == code
    ]
    return labels, figures, checks
