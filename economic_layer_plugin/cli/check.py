"""``economic-layer check SOURCE [--json] [--strict]``: the policy checks; exit 1 when one fails."""

from __future__ import annotations

from economic_layer_plugin.cli import common

HELP = "the policy checks of a scheme (exit 1 when one fails)"


def add_arguments(parser) -> None:
    common.add_sources(parser)
    common.add_strict(parser)
    common.add_json(parser)


def print_checks(name: str, model, lang: str = "en") -> None:
    from economic_layer_plugin.core.i18n import tr

    print(tr("{name}: policy checks", lang).format(name=name))
    rows = []
    for check in model.checks():
        scope = tr("project", lang) if check.scope == "project" else tr("unit {unit}", lang).format(unit=check.unit)
        value = "—" if check.value is None else f"{check.value:,.4g}"
        extra = common.note(check.missing_text(lang), lang) if check.missing else ""
        rows.append((check.state_label(lang), scope, f"{check.title(lang)}{common.colon(lang)}{value}{extra}"))
    state_width = max((common.display_width(row[0]) for row in rows), default=0)
    scope_width = max((common.display_width(row[1]) for row in rows), default=0)
    for state, scope, text in rows:
        print(f"  {common.ljust(state, state_width)} {common.ljust(scope, scope_width)} {text}")


def run(args) -> int:
    from economic_layer_plugin.core.report import scheme_report

    def act(name, model) -> int:
        if args.json:
            common.write_json(scheme_report(name, model))
        else:
            print_checks(name, model, common.language(args))
        return 1 if any(check.state == "fail" for check in model.checks()) else 0  # wins over --strict's 3

    return common.on_one_scheme(args, act)
