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


def _some(items: list, count: int = 6) -> str:
    return "; ".join(items[:count]) + (f"; ... (+{len(items) - count})" if len(items) > count else "")


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
        print(f"economic-layer: {error}", file=sys.stderr)
        return 2
    enforce = tuple(part.strip() for part in args.enforce.split(",") if part.strip())
    unknown = [key for key in enforce if key not in CHECK_GROUPS]
    if unknown:
        print(
            f"economic-layer: --enforce: unknown check(s) {', '.join(unknown)} "
            f"(known: {', '.join(CHECK_GROUPS)})",
            file=sys.stderr,
        )
        return 2
    name = args.name or f"{layer.name()}_optimised"
    own = geopackage_of(layer)
    if own is not None and Path(args.output).resolve() == own[0].resolve() and own[1] == name:
        return common.error(f"{args.output} ({name}): that is the scheme itself; give the optimised scheme "
                            "another name")
    if name in layer_names(args.output) and not args.overwrite:
        return common.error(f"{args.output}: a layer named {name} exists already (--overwrite replaces it, "
                            "--name gives the optimised scheme another name)")
    assumptions = assumptions_of(layer)
    model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions)
    try:
        locked = locked_fids(layer, args.lock_field) if args.lock_field else frozenset()
        scope = locked_fids(layer, args.scope_field) if args.scope_field else None
    except ValueError as error:
        print(f"economic-layer: {error}", file=sys.stderr)
        return 2
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
        print(f"economic-layer: {error}", file=sys.stderr)
        return 2
    payload = result.to_dict()
    payload.update({"scheme": layer.name(), "output": None, "layer": None, "excluded": model.excluded_count})
    writable = bool(result.choices) and not result.violations  # never a scheme the engine's checks reject
    if writable:
        try:
            write_scheme(layer, args.output, name, result.choices, assumptions)
        except GeoPackageError as error:
            print(f"economic-layer: {error}", file=sys.stderr)
            return 2
        payload["output"], payload["layer"] = str(args.output), name
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False, default=str)
        print()
    else:
        print_optimise(payload)
    if model.excluded_count:
        print(
            f"economic-layer: {model.excluded_count} modules were left out of the totals (they keep their "
            "action)",
            file=sys.stderr,
        )
    del app  # QGIS is kept until the command is done
    if not writable:
        return 1  # infeasible, nothing found in the time limit, or failing checks: nothing written
    return 3 if args.strict and model.excluded_count else 0


def _optimality(report: dict) -> str:
    search = report.get("local_search") or {}
    if report.get("optimality") == "proven_optimal":
        text = "proven optimal (the program's values are the engine's figures, its solve optimal)"
    else:
        text = "best found, not proven optimal (no single change, or pair on small schemes, improves it)"
    if search.get("moves"):
        text += f"; the local search made {search['moves']} change(s): +{_wan(search.get('gain', 0.0))} 万元"
    if search and not search.get("complete", True):
        text += "; the local search stopped at its time limit"
    return text


def _print_scope(report: dict) -> None:
    """What the optimiser was not allowed to change, and the checks it did not enforce."""
    out = report.get("out_of_scope") or {}
    if out.get("scope") or out.get("acquisition"):
        print(f"  out of scope: {out.get('scope', 0)} modules outside the scope keep their action; "
              f"{out.get('acquisition', 0)} retained buildings are not renovated (they would have to be acquired: "
              "--acquire-retained with an acquisition rate)")
    if report.get("not_enforced"):
        print("  not enforced in this run: " + ", ".join(report["not_enforced"]))


def print_optimise(report: dict) -> None:
    print(
        f"{report['scheme']}: {report['status']} ({report['objective']}); "
        f"{report['variables']} variables, {report['constraints']} constraints, "
        f"solved in {report['solve_seconds']:.2f} s"
    )
    failing = ""
    if not report["before_feasible"]:
        failing = f" (the scheme as it is fails: {_some(report['before_violations'])})"
    basis = " after the feasibility stack" if report.get("after_stack") else ""
    print(
        f"  objective ({report.get('key', report['objective'])}{basis}) before "
        f"{_wan(report['objective_before'])} 万元{failing}, after {_wan(report['objective_after'])} 万元"
    )
    if report.get("objective_estimate") is not None and (
        report.get("after_stack") or abs(report.get("approximation") or 0.0) >= 0.5
    ):
        print(
            f"  linear estimate {_wan(report['objective_estimate'])} 万元, recomputed exactly "
            f"{_wan(report['objective_after'])} 万元: difference {_wan(report['approximation'])} 万元"
        )
    for number, entry in enumerate(report.get("rounds") or [], 1):
        print(
            f"    round {number}: estimate {_wan(entry['estimate'])}, exact {_wan(entry['exact'])}, "
            f"difference {_wan(entry['difference'])} 万元, {entry['changes']} changes"
        )
    if report.get("kept_as_is"):
        print(
            "  nothing better than the scheme as it is was found (every scheme the program chose was worth "
            "less, recomputed exactly, and no single change improves it): it is kept"
        )
    if report.get("output") or report.get("objective_after") is not None:
        print(f"  {_optimality(report)}")
    _print_scope(report)
    if report["conflicts"]:
        print("  these constraints conflict (relax one of them):")
        for conflict in report["conflicts"]:
            print(f"    {conflict['name']}")
    if report["binding"]:
        print("  binding limits (one step more):")
        for entry in report["binding"]:
            print(f"    {entry['text']}")
    if report["violations"]:
        print("  failing when recomputed by the engine (nothing written): " + "; ".join(report["violations"]))
    if report["changes"]:
        print(f"  {len(report['changes'])} modules change, largest first:")
        for change in report["changes"][:20]:
            print(
                f"    {change['module_id']:10} {change['name'][:24]:24} {change['from']:>9} -> "
                f"{change['to']:<10} {_wan(change['objective_change']):>12} 万元"
            )
    if report["output"]:
        print(f"wrote {report['output']} (layer {report['layer']})")
