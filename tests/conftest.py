"""Shared by every tier: end the test process with pytest's own exit status.

QGIS 3.22 may crash (segmentation fault) when Python's garbage collector or its interpreter-exit
teardown reaches Qt objects that QGIS has already freed: after every test has run, while pytest
writes its summary or exits. make would then report the tier as failed although every test passed.
Once the session is finished the collector is paused, and when pytest is done with the process it
ends with pytest's exit status, without that teardown. (Imports nothing of QGIS: the unit tier
checks that nothing does.)
"""

from __future__ import annotations

import gc
import os
import sys

import pytest

_EXIT_STATUS: dict = {}

# The command line's language follows the locale (LC_ALL, LC_MESSAGES, LANG): tests that start it
# assert English unless they ask for Chinese, so every tier runs under an English locale whatever
# the machine's (a test of the locale default sets its own environment).
for _key in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_key, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["status"] = int(exitstatus)
    gc.disable()


def pytest_unconfigure(config):
    if "status" in _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["status"])
