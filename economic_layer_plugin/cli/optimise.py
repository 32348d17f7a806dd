"""``economic-layer optimise``: the best actions within the limits, written as a new scheme.

economic-layer optimise SOURCE -o OUT.gpkg [--objective npv|net_profit] [--after-stack] [--balance-units]
                        [--lock-field FIELD] [--scope-field FIELD] [--acquire-retained] [--name NAME] [--json]

Exit codes of optimise: 0 a scheme that passes every enforced check (recomputed by the engine) was
written; 1 nothing written: no scheme meets the enforced constraints (infeasible), none was found in the
time limit, or every scheme found fails a check when recomputed (infeasible_after_check; the failing
checks are listed); 2 the source, an option or the solver cannot be used; 3 with --strict, modules left
out of the totals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from economic_layer_plugin.cli import common
from economic_layer_plugin.core.i18n import N_, is_chinese, tr, translate
from economic_layer_plugin.core.optimise import CHECK_GROUPS, OptimiseOptions, SolverMissing

HELP = "the best actions within the limits, written as a new scheme"
DESCRIPTION = (
    "The best actions within the limits, written as a new scheme. Exit codes: 0 a scheme that passes every "
    "enforced check was written; 1 nothing written (infeasible, no solution in the time limit, or the schemes "
    "found fail a check when recomputed); 2 the source, an option or the solver cannot be used; "
    "3 with --strict, modules left out of the totals."
)


def add_arguments(p) -> None:
    p.add_argument("sources", nargs=1, metavar="SOURCE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.gpkg")
    p.add_argument("--objective", choices=("npv", "net_profit"), default="npv")
    p.add_argument(
        "--after-stack",
        action="store_true",
        help="the objective after the feasibility stack (project_npv or net_profit_after_tax): taxes on "
        "totals enter as a linear approximation, the result is recomputed exactly and the difference said",
    )
    p.add_argument("--balance-units", action="store_true", help="each unit's net profit >= 0")
    p.add_argument("--lock-field", metavar="FIELD", help="modules where FIELD is true keep their action")
    p.add_argument("--scope-field", metavar="FIELD",
                   help="only modules where FIELD is true may change (the others keep their action)")
    p.add_argument("--acquire-retained", action="store_true",
                   help="retained buildings with an acquisition rate set may be renovated (acquired); without "
                   "it a retained building is never renovated")
    p.add_argument(
        "--enforce",
        default=",".join(CHECK_GROUPS),
        help=f"checks to enforce, comma-separated (default: {','.join(CHECK_GROUPS)}; '' for none)",
    )
    p.add_argument("--name", help="layer name of the optimised scheme (default: SCHEME_optimised)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace a layer of that name in OUT.gpkg (without it such a layer is refused: exit 2)")
    p.add_argument("--time-limit", type=float, default=120.0, help="seconds per solve")
    p.add_argument("--json", action="store_true", help="the report as JSON on standard output")
    p.add_argument("--strict", action="store_true", help="exit 3 when modules are left out of the totals")


def _wan(value) -> str:
    from economic_layer_plugin.core.formatting import money

    return money(value, 1)


def _some(items: list, count: int = 6, lang: str = "en") -> str:
    separator = _separator(lang)
    return separator.join(items[:count]) + (f"{separator}... (+{len(items) - count})" if len(items) > count else "")


def _separator(lang: str) -> str:
    """Between the items of a list: a full-width semicolon in Chinese."""
    return "；" if is_chinese(lang) else "; "


def run(args) -> int:
    app = common.start_qgis()
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, geopackage_of, layer_names
    from economic_layer_plugin.qgis_adapter.optimise import locked_fids, optimise_layer, write_scheme
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader
    from economic_layer_plugin.qgis_adapter.sources import SourceError, open_layer
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    try:
        layer = open_layer(args.sources[0])
    except SourceError as error:
        return common.error(error, common.said_language(args))
    lang = common.language(args)
    enforce = tuple(part.strip() for part in args.enforce.split(",") if part.strip())
    unknown = [key for key in enforce if key not in CHECK_GROUPS]
    if unknown:
        return common.error(tr("--enforce: unknown check(s) {unknown} (known: {known})", lang).format(
            unknown=", ".join(unknown), known=", ".join(CHECK_GROUPS)))
    name = args.name or f"{layer.name()}_optimised"
    own = geopackage_of(layer)
    if own is not None and Path(args.output).resolve() == own[0].resolve() and own[1] == name:
        return common.error(tr("{path} ({name}): that is the scheme itself; give the optimised scheme another "
                               "name", lang).format(path=args.output, name=name))
    if name in layer_names(args.output) and not args.overwrite:
        return common.error(tr("{path}: a layer named {name} exists already (--overwrite replaces it, --name gives "
                               "the optimised scheme another name)", lang).format(path=args.output, name=name))
    assumptions = assumptions_of(layer)
    model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions)
    try:
        locked = locked_fids(layer, args.lock_field) if args.lock_field else frozenset()
        scope = locked_fids(layer, args.scope_field) if args.scope_field else None
    except ValueError as error:
        return common.error(error, common.said_language(args))
    options = OptimiseOptions(
        objective=args.objective,
        enforce=enforce,
        balance_units=args.balance_units,
        locked=locked,
        time_limit=args.time_limit,
        after_stack=args.after_stack,
        scope=scope,
        acquire_retained=args.acquire_retained,
    )
    try:
        result = optimise_layer(layer, model, options)
    except (SolverMissing, ValueError) as error:  # StackOff is a ValueError; so is "nothing to optimise"
        return common.error(error, common.said_language(args))
    payload = result.to_dict()
    payload.update({"scheme": layer.name(), "output": None, "layer": None, "excluded": model.excluded_count})
    writable = bool(result.choices) and not result.violations  # never a scheme the engine's checks reject
    if writable:
        try:
            write_scheme(layer, args.output, name, result.choices, assumptions)
        except GeoPackageError as error:
            return common.error(error, common.said_language(args))
        payload["output"], payload["layer"] = str(args.output), name
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False, default=str)
        print()
    else:
        print_optimise(text_report(payload, result, lang), lang)
    if model.excluded_count:
        common.warn(tr("{count} modules were left out of the totals (they keep their action)", lang).format(
            count=model.excluded_count))
    del app  # QGIS is kept until the command is done
    if not writable:
        return 1  # infeasible, nothing found in the time limit, or failing checks: nothing written
    return 3 if args.strict and model.excluded_count else 0


#: the solver's outcomes and the objectives, as the text output names them (the JSON keeps the keys)
STATUS_TEXT = {"optimal": N_("optimal"), "feasible_with_gap": N_("feasible, not proven optimal"),
               "infeasible": N_("infeasible"), "no_solution": N_("no solution in the time limit"),
               "infeasible_after_check": N_("infeasible when recomputed by the engine")}
OBJECTIVE_TEXT = {"npv": N_("NPV"), "net_profit": N_("net profit"),
                  "project_npv": N_("project NPV after the feasibility stack"),
                  "net_profit_after_tax": N_("net profit after tax and finance")}


def _group(key: str, lang: str) -> str:
    """A check group's label (core.optimise's groups, else the check's own label), else its key."""
    from economic_layer_plugin.core.checks import CHECK_LABELS
    from economic_layer_plugin.core.optimise import GROUP_LABELS

    for table in (GROUP_LABELS, CHECK_LABELS):
        if key in table:
            return common.label_of(table[key], lang)
    return key


def text_report(payload: dict, result, lang: str) -> dict:
    """The report as the text output writes it in ``lang``: the Chinese texts core.optimise keeps beside
    the English ones (``*_zh``) where there are any; the JSON is ``payload`` unchanged."""
    if lang != "zh":
        return payload
    report = dict(payload)
    for key in ("before_violations", "violations"):
        report[key] = getattr(result, f"{key}_zh", None) or payload.get(key) or []
    report["conflicts"] = [dict(entry, name=entry.get("name_zh") or entry["name"]) for entry in payload["conflicts"]]
    binding = []
    for entry in payload["binding"]:
        text, name, name_zh = entry["text"], entry["name"], entry.get("name_zh")
        if name_zh and text.startswith(name):
            text = name_zh + text[len(name):]
        binding.append(dict(entry, text=text))
    report["binding"] = binding
    return report


def _action(action: str, lang: str) -> str:
    from economic_layer_plugin.definitions import ACTION_LABELS

    if action == "not_built":
        return tr("not built", lang)
    return ACTION_LABELS.get(action, {}).get(lang, action)


def _text(table: dict, key, lang: str) -> str:
    return translate(table[key], lang) if key in table else str(key)


def _optimality(report: dict, lang: str = "en") -> str:
    search = report.get("local_search") or {}
    if report.get("optimality") == "proven_optimal":
        text = tr("proven optimal (the program's values are the engine's figures, its solve optimal)", lang)
    else:
        text = tr("best found, not proven optimal (no single change, or pair on small schemes, improves it)", lang)
    if search.get("moves"):
        text += tr("; the local search made {moves} change(s): +{gain} (10,000 CNY)", lang).format(
            moves=search["moves"], gain=_wan(search.get("gain", 0.0)))
    if search and not search.get("complete", True):
        text += tr("; the local search stopped at its time limit", lang)
    return text


def _print_scope(report: dict, lang: str = "en") -> None:
    """What the optimiser was not allowed to change, and the checks it did not enforce."""
    out = report.get("out_of_scope") or {}
    if out.get("scope") or out.get("acquisition"):
        print("  " + tr("out of scope: {scope} modules outside the scope keep their action; {acquisition} retained "
                        "buildings are not renovated (they would have to be acquired: --acquire-retained with an "
                        "acquisition rate)", lang).format(scope=out.get("scope", 0),
                                                          acquisition=out.get("acquisition", 0)))
    if report.get("not_enforced"):
        print("  " + tr("not enforced in this run: {checks}", lang).format(
            checks=", ".join(_group(key, lang) for key in report["not_enforced"])))


def _print_objective(report: dict, lang: str) -> None:
    failing = ""
    if not report["before_feasible"]:
        checks = _some(report["before_violations"], lang=lang)
        failing = tr(" (the scheme as it is fails: {checks})", lang).format(checks=checks)
    objective = _text(OBJECTIVE_TEXT, report.get("key", report["objective"]), lang)
    print("  " + tr("objective ({objective}) before {before}{failing}, after {after} (10,000 CNY)", lang).format(
        objective=objective, before=_wan(report["objective_before"]), failing=failing,
        after=_wan(report["objective_after"])))
    if report.get("objective_estimate") is not None and (
        report.get("after_stack") or abs(report.get("approximation") or 0.0) >= 0.5
    ):
        print("  " + tr("linear estimate {estimate}, recomputed exactly {exact}: difference {difference} "
                        "(10,000 CNY)", lang).format(estimate=_wan(report["objective_estimate"]),
                                                     exact=_wan(report["objective_after"]),
                                                     difference=_wan(report["approximation"])))
    for number, entry in enumerate(report.get("rounds") or [], 1):
        print("    " + tr("round {number}: estimate {estimate}, exact {exact}, difference {difference} (10,000 CNY), "
                          "{changes} changes", lang).format(number=number, estimate=_wan(entry["estimate"]),
                                                            exact=_wan(entry["exact"]),
                                                            difference=_wan(entry["difference"]),
                                                            changes=entry["changes"]))


def print_optimise(report: dict, lang: str = "en") -> None:
    print(tr("{scheme}: {status} ({objective}); {variables} variables, {constraints} constraints, solved in "
             "{seconds} s", lang).format(scheme=report["scheme"], status=_text(STATUS_TEXT, report["status"], lang),
                                         objective=_text(OBJECTIVE_TEXT, report["objective"], lang),
                                         variables=report["variables"], constraints=report["constraints"],
                                         seconds=f"{report['solve_seconds']:.2f}"))
    _print_objective(report, lang)
    if report.get("kept_as_is"):
        print("  " + tr("nothing better than the scheme as it is was found (every scheme the program chose was worth "
                        "less, recomputed exactly, and no single change improves it): it is kept", lang))
    if report.get("output") or report.get("objective_after") is not None:
        print(f"  {_optimality(report, lang)}")
    _print_scope(report, lang)
    if report["conflicts"]:
        print("  " + tr("these constraints conflict (relax one of them):", lang))
        for conflict in report["conflicts"]:
            print(f"    {conflict['name']}")
    if report["binding"]:
        print("  " + tr("binding limits (one step more):", lang))
        for entry in report["binding"]:
            print(f"    {entry['text']}")
    if report["violations"]:
        print("  " + tr("failing when recomputed by the engine (nothing written): {checks}", lang).format(
            checks=_separator(lang).join(report["violations"])))
    if report["changes"]:
        _print_changes(report["changes"], lang)
    if report["output"]:
        print(tr("wrote {path} (layer {layer})", lang).format(path=report["output"], layer=report["layer"]))


def _print_changes(changes: list, lang: str) -> None:
    print("  " + tr("{count} modules change, largest first (10,000 CNY):", lang).format(count=len(changes)))
    shown = changes[:20]
    actions = [(_action(c["from"], lang), _action(c["to"], lang)) for c in shown]
    widths = [max((common.display_width(text) for text in column), default=0) for column in
              ([c["module_id"] for c in shown], [c["name"][:24] for c in shown], [a for a, _ in actions],
               [b for _, b in actions])]
    for change, (before, after) in zip(shown, actions):
        print(f"    {common.ljust(change['module_id'], widths[0])} {common.ljust(change['name'][:24], widths[1])} "
              f"{common.rjust(before, widths[2])} -> {common.ljust(after, widths[3])} "
              f"{common.rjust(_wan(change['objective_change']), 12)}")
