"""The report's content (core/report_content.py): Table 1 as the dock writes it, sections that are
left out when their data is absent, and a section appended by one builder."""

from types import SimpleNamespace

from economic_layer_plugin.core import report_content
from economic_layer_plugin.core.report_content import ReportContext, build_sections
from tests.unit.paper_case import PAPER_NET, PAPER_TOTAL, paper_model


def _sections(language="zh", schemes=None, builders=None):
    model = paper_model()
    context = ReportContext("paper", model, language, schemes if schemes is not None else [("paper", model)])
    return {section.key: section for section in build_sections(context, builders)}


def test_table1_holds_the_papers_figures_with_thousands_separators():
    table1 = _sections("en")["table1"]
    rows = {row[0]: row[1:] for row in table1.rows}
    # the paper's Table 1 (tests/unit/paper_case.py), written as the dock writes 10,000 CNY and m2
    assert rows["Investment (10,000 CNY)"][0] == "1,381,009"
    assert rows["Income (10,000 CNY)"][0] == "1,141,820"
    assert rows["Net revenue (10,000 CNY)"] == ["-239,189", "-131,003", "-57,563", "41,931", "-92,554"]
    assert rows["Demolished building area (m2)"][0] == "382,796"
    assert rows["New building: underground (m2)"][0] == f"{PAPER_TOTAL['underground']:,}"
    assert table1.header[1] == "Total"
    # negative net revenue in red, as in the dock
    net_row = [row[0] for row in table1.rows].index("Net revenue (10,000 CNY)")
    assert table1.colours[(net_row, 1)] == report_content.NEGATIVE_COLOUR
    assert (net_row, 4) not in table1.colours  # unit 3 earns 41,931
    assert PAPER_NET["3"] == 41931


def test_chinese_labels_and_the_panel_indicators():
    sections = _sections("zh")
    assert sections["table1"].title == "表1 面积、投资与收益"
    assert sections["table1"].header[1] == "合计"
    indicators = sections["indicators"]
    assert [row[0] for row in indicators.rows][:3] == ["总成本（万元）", "总收入（万元）", "净利润（万元）"]
    assert indicators.rows[0][1] == "1,381,009"


def test_absent_data_leaves_sections_out():
    from dataclasses import replace

    from economic_layer_plugin.core.assumptions import FeasibilityRates
    from economic_layer_plugin.core.engine import EconomicModel

    on = paper_model()
    off = EconomicModel.compute(on.inputs.values(),
                                replace(on.assumptions, feasibility=FeasibilityRates(enabled=False)))
    context = ReportContext("paper", off, "en", [("paper", off)])
    sections = {section.key: section for section in build_sections(context)}
    # one scheme: no comparison; the feasibility stack off: no feasibility rows, no three parties
    assert "comparison" not in sections
    assert "feasibility" not in sections and "three_party" not in sections
    assert {"table1", "indicators", "checks", "chart_units", "chart_cashflow"} <= set(sections)


def test_the_stack_on_adds_its_rows_and_the_three_parties():
    model = paper_model()  # a new book: the feasibility stack is on
    sections = {s.key: s for s in build_sections(ReportContext("paper", model, "en", [("paper", model)]))}
    parties = {row[0]: row[1:] for row in sections["three_party"].rows}
    government = next(values for label, values in parties.items() if "overnment" in label)
    # the project's government take in 10,000 CNY, to two decimals, as the Total column
    assert government[0] == f"{model.indicators()['government_take'] / 10_000:,.2f}"
    assert any("after tax" in row[0] for row in sections["feasibility"].rows)


def test_comparison_against_the_first_other_scheme_as_the_dock_does():
    model = paper_model()
    other = paper_model()
    context = ReportContext("b", model, "en", [("a", other), ("b", model)])
    comparison = report_content.comparison_section(context)
    assert comparison.header == ["Indicator", "a", "b", "Δ b"]
    assert comparison.rows[0][1:] == ["1,381,009", "1,381,009", "0"]


def test_an_engine_table_and_a_new_builder_append_sections():
    model = paper_model()  # the feasibility stack on: its rows follow the indicators
    context = ReportContext("paper", model, "en", [("paper", model)])
    extra = lambda ctx: report_content.Section("extra", "Extra", rows=[["x", "1"]])  # noqa: E731
    sections = build_sections(context, report_content.SECTION_BUILDERS + [extra])
    keys = [section.key for section in sections]
    assert keys.index("feasibility") == keys.index("indicators") + 1
    assert keys[-1] == "extra"
    feasibility = sections[keys.index("feasibility")]
    assert feasibility.header == ["", "Total", "1", "2", "3", "4"]


def test_a_failing_engine_table_is_left_out():
    def broken(language):
        raise ValueError("no data")

    context = ReportContext("x", SimpleNamespace(three_party=broken), "en", [])
    assert report_content.engine_table("three_party", "three_party")(context) is None


def test_unit_lines_match_the_unit_column():
    model = paper_model()
    labels, values, checks = report_content.unit_lines(model, "3", "en")
    assert values[labels.index("Net profit (10,000 CNY)")] == "41,931"
    assert checks and all(":" in line for line in checks)
