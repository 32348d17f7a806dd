"""`HEADLESS=1 make demo` from a fresh clone under /tmp with nothing beside it (run by `make test-clone`).

A clone under the temporary folder is where QGIS used to ask "This project contains temporary layers..."
on exit (it counts layers whose files lie under /tmp as temporary) and nobody answered: the demo hung
until a timeout and left QGIS and Xvfb running.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 120


def _session_processes(sid: int) -> list[str]:
    """The processes still in the session that `make demo` was started in (QGIS and Xvfb would be)."""
    listed = subprocess.run(["ps", "-eo", "pid=,sid=,args="], capture_output=True, text=True, check=True).stdout
    left = []
    for line in listed.splitlines():
        pid, session, args = line.split(None, 2) if len(line.split(None, 2)) == 3 else (*line.split(), "")
        if int(session) == sid:
            left.append(f"{pid} {args}")
    return left


def _processes_naming(path: Path) -> list[str]:
    listed = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in listed.splitlines() if str(path) in line and "ps -eo" not in line]


@pytest.fixture()
def clone():
    if shutil.which("git") is None:
        pytest.fail("git is needed")
    work = Path(tempfile.mkdtemp(prefix="economic-layer-demo-", dir="/tmp"))
    repo = work / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(repo)], check=True)
    assert sorted(p.name for p in work.iterdir()) == ["repo"]  # nothing beside the clone
    yield repo
    shutil.rmtree(work, ignore_errors=True)


def test_headless_demo_from_a_clone_under_tmp_ends_with_exit_0_and_leaves_nothing_running(clone):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env["HEADLESS"] = "1"
    start = time.monotonic()
    process = subprocess.Popen(["make", "--no-print-directory", "demo"], cwd=clone, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(f"`HEADLESS=1 make demo` did not end within {LIMIT_S} s:\n{output[-3000:]}")
    seconds = time.monotonic() - start
    time.sleep(1)
    left = _session_processes(process.pid) + _processes_naming(clone)
    if left:
        os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, output[-3000:]
    assert not left, f"left running after the demo: {left}"
    assert "Traceback" not in output and "problem:" not in output, output[-3000:]
    out = clone / "build" / "demo" / "output"
    for name in ("economic_layer_demo.png", "zhongshan_third_road_table1.xlsx", "zhongshan_third_road_report.pdf",
                 "demo_report.json"):
        assert (out / name).is_file(), name
    print(f"HEADLESS=1 make demo in a clone: {seconds:.1f} s")
