"""Unit tier: plain pytest, no QGIS. Nothing on this path may import qgis or PyQt."""

import sys

import pytest


def _qt_modules():
    return sorted(name for name in sys.modules if name.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"))


def pytest_collection_finish(session):
    if _qt_modules():
        raise pytest.UsageError(f"the unit tier imported QGIS/Qt while collecting: {_qt_modules()[:5]}")


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    leaked = _qt_modules()
    if leaked:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\nthe unit tier imported QGIS/Qt: {leaked[:5]}", file=sys.stderr)
