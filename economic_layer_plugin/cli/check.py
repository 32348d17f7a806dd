"""``economic-layer check SOURCE [--json] [--strict]``: the policy checks; exit 1 when one fails."""

from __future__ import annotations

from economic_layer_plugin.cli import common

HELP = "the policy checks of a scheme (exit 1 when one fails)"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    common.add_strict(parser)
    common.add_json(parser)


def print_checks(name: str, model) -> None:
    print(f"{name}: policy checks")
    for check in model.checks():
        scope = "project" if check.scope == "project" else f"unit {check.unit}"
        value = "—" if check.value is None else f"{check.value:,.4g}"
        extra = f" ({check.missing_text('en')})" if check.missing else ""
        print(f"  {check.state:13} {scope:8} {check.title('en')}: {value}{extra}")


def run(args) -> int:
    from economic_layer_plugin.core.report import scheme_report

    def act(name, model) -> int:
        if args.json:
            common.write_json(scheme_report(name, model))
        else:
            print_checks(name, model)
        return 1 if any(check.state == "fail" for check in model.checks()) else 0  # wins over --strict's 3

    return common.on_one_scheme(args, act)
