"""A killed command's temporary QGIS profile is removed by the next command; nothing else is."""

from __future__ import annotations

import os
import subprocess
import sys

from economic_layer_plugin.cli import common


def test_only_the_profiles_of_dead_processes_are_removed(tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()  # a process id that no longer runs
        stale = tmp_path / f"economic-layer-{dead.pid}-abc"
        live = tmp_path / f"economic-layer-{sleeper.pid}-def"
        mine = tmp_path / f"economic-layer-{os.getpid()}-ghi"
        older = tmp_path / "economic-layer-xyz"  # an unnamed profile: cannot tell whose, kept
        other = tmp_path / "something-else-1"
        for folder in (stale, live, mine, older, other):
            folder.mkdir()
            (folder / "QGIS").mkdir()
        removed = common.remove_stale_profiles(str(tmp_path))
        assert removed == [str(stale)]
        assert not stale.exists()
        assert live.exists() and mine.exists() and older.exists() and other.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_terminated_command_exits_through_its_clean_up():
    # SIGTERM becomes SystemExit, so that atexit (which removes the profile) runs
    try:
        common._exit_on_signal(15, None)
    except SystemExit as leaving:
        assert leaving.code == 128 + 15
    else:
        raise AssertionError("no SystemExit")
