"""A scheme's figures as plain data (JSON): one shape for the command line and the Processing reports.

``{"scheme", "project", "units", "modules", "checks", "excluded"}`` with the indicator keys of the
model (money in yuan, areas in m2), and what changed between two schemes. Pure Python.
"""

from __future__ import annotations

from economic_layer_plugin.core.compare import module_changes


def _clean(value):
    """JSON has no NaN: None instead; and no -0.0 (0.0 instead)."""
    if isinstance(value, float):
        return None if value != value else value + 0.0
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(item) for item in value]
    return value


def check_rows(model, language: str = "en") -> list:
    rows = []
    for check in model.checks():
        threshold = list(check.threshold) if isinstance(check.threshold, tuple) else check.threshold
        rows.append({"check": check.key, "scope": check.scope, "unit": check.unit, "state": check.state,
                     "value": check.value, "threshold": threshold, "comparison": check.comparison,
                     "missing": check.missing_text(language) or None, "title": check.title(language),
                     "basis": check.details.get("basis"),
                     "modules": [model.modules[fid].module_id for fid in model.check_drivers(check)]})
    return rows


def excluded_rows(model) -> list:
    return [{"fid": item.fid, "module_id": item.module_id, "name": item.name, "fields": list(item.fields),
             "reason": item.message("en"), "reason_zh": item.message("zh")}
            for item in model.excluded.values()]


def scheme_report(name: str, model, modules: bool = True) -> dict:
    """Everything about one scheme; ``modules=False`` leaves out the per-module list."""
    report = {
        "scheme": name,
        "project": _clean(model.indicators()),
        "units": {code: _clean(model.indicators(code)) for code in model.unit_codes()},
        "checks": check_rows(model),
        "excluded": excluded_rows(model),
        "warnings": model.warnings() if hasattr(model, "warnings") else [],
    }
    stack = model.stack() if hasattr(model, "stack") else None
    if stack is not None:  # the feasibility stack: the land appreciation tax step by step
        report["land_appreciation_tax_detail"] = [_clean(dict(row)) for row in stack.lat]
    location = getattr(getattr(model, "assumptions", None), "location", None)
    located = location is not None and bool(location.rules)
    if located:  # location value (docs/location.md): what location is worth, project and units
        report["project"]["location_income"] = model.location_income()
        for code in report["units"]:
            report["units"][code]["location_income"] = model.location_income(code)
    if modules:
        entries = []
        for fid, module in model.modules.items():
            entry = {"fid": fid, "module_id": module.module_id, "name": module.name, "unit": module.unit,
                     "action": module.action, "use": module.use, "defaults": sorted(module.defaulted)}
            entry.update(_clean(model.module_indicators(fid)))
            if located:
                entry.update(location_entry(module))
            entries.append(entry)
        report["modules"] = entries
    return _clean(report)


def location_entry(module) -> dict:
    """A module's ``location_factor`` ({"sale", "rent"}) and ``location_reasons`` (rule, feature,
    distance, per cent, price, text; then the notes on the cap and on its own prices)."""
    found = module.location
    if found is None:
        return {"location_factor": {"sale": 1.0, "rent": 1.0}, "location_reasons": []}
    reasons = [reason.to_dict() for reason in found.reasons]
    reasons += [{"note": kind, "text": f"capped ({kind})"} for kind in found.capped]
    reasons += [{"note": name, "text": f"{name}: own price wins"} for name in found.own]
    return {"location_factor": found.to_dict(), "location_reasons": reasons}


def changes_report(base: tuple, other: tuple) -> dict:
    """What changed from scheme ``base`` to ``other`` ((name, model) each), module by module."""
    changes = module_changes(base[1], other[1])
    return _clean({"from": base[0], "to": other[0],
            "net_profit": other[1].indicators()["net_profit"] - base[1].indicators()["net_profit"],
            "npv": other[1].indicators()["npv"] - base[1].indicators()["npv"],
            "modules": [{"module_id": c.module_id, "name": c.name, "status": c.status, "net_profit": c.net_profit,
                         "npv": c.npv, "net_share": c.net_share, "npv_share": c.npv_share, "fields": list(c.fields),
                         "unit": c.unit}
                        for c in changes]})
