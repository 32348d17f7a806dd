"""Resolves Qt names against PyQt6; run by tests/unit/test_qt6.py with the python of .venv-qt6.

Never imported by the unit tier (it imports PyQt6): the test runs it as a script in a subprocess.
stdin: a JSON list of [module, class, attribute, ...] (the module as imported from qgis.PyQt, e.g.
"QtCore"); stdout: a JSON object, "module.class.attr..." -> the reason it does not resolve in PyQt6
(with the scoped name when the attribute is an unscoped enum member). Names that resolve are left out.
"""

import enum
import importlib
import json
import sys

MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtXml", "QtNetwork", "QtPrintSupport", "QtSql")


def _module(name):
    try:
        return importlib.import_module(f"PyQt6.{name}")
    except ImportError:
        return None


def _class(module, name):
    """The class in PyQt6: in the module it was imported from, or where Qt6 moved it (QAction: QtGui)."""
    for candidate in (module, *MODULES):
        mod = _module(candidate)
        if mod is not None and hasattr(mod, name):
            return getattr(mod, name)
    return None


def _scoped(owner, member):
    """The scoped names owner.Enum.member of an unscoped enum member, if owner has one."""
    found = []
    for enum_name in dir(owner):
        candidate = getattr(owner, enum_name, None)
        is_enum = isinstance(candidate, type) and issubclass(candidate, enum.Enum)
        if is_enum and member in candidate.__members__:
            found.append(f"{enum_name}.{member}")
    return found


def problem(module, chain):
    obj = _class(module, chain[0])
    if obj is None:
        return f"{chain[0]} is not in PyQt6"
    for position, name in enumerate(chain[1:], start=1):
        if not hasattr(obj, name):
            scoped = _scoped(obj, name)
            owner = ".".join(chain[:position])
            if scoped:
                return "unscoped enum: use " + " or ".join(f"{owner}.{s}" for s in scoped)
            return f"{owner} has no {name} in PyQt6"
        obj = getattr(obj, name)
    return None


def main():
    problems = {}
    for module, *chain in json.load(sys.stdin):
        reason = problem(module, chain)
        if reason:
            problems[".".join([module, *chain])] = reason
    json.dump(problems, sys.stdout)


if __name__ == "__main__":
    main()
