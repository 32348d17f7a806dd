#!/usr/bin/env python3
"""Starts the real QGIS desktop with the plugin, in a profile of its own.

Never touches the user's own QGIS profile: the profile lives under ``--profiles-path`` (and
``QGIS_CUSTOM_CONFIG_PATH`` points there too). Used by ``make demo`` and the e2e tests.

    python3 scripts/qgis_desktop.py PROFILES_DIR [--code SCRIPT] [--headless] [--locale zh-Hans]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402

PROFILE = "default"
SCREEN = "-screen 0 1280x800x24"
#: the virtual screen's size, e.g. EL_SCREEN=1366x768 (a common laptop) for screenshots
SCREEN = f"-screen 0 {os.environ['EL_SCREEN']}x24" if os.environ.get("EL_SCREEN") else SCREEN
#: Settings written into the profile: the plugin enabled, the language, no start-up interruptions.
PROFILE_SETTINGS = {
    f"PythonPlugins/{package.PACKAGE_NAME}": True,
    "locale/overrideFlag": True,
    "qgis/checkVersion": False,
    "qgis/showTips": False,
    "qgis/allowCrashReporting": False,
    "app/news_feed/disabled": True,
    "core/NewsFeed/httpsfeedqgisorg/disabled": True,
    # no modal "select datum transformation" question when layers of several CRS meet
    "Projections/promptWhenMultipleTransformsExist": False,
    "Projections/showDatumTransformDialog": False,
}
#: Added without a screen, where nobody could answer a question: QGIS counts every layer whose file lies
#: under the temporary folder (a clone or a sample copy under /tmp) as a "temporary layer" and asks on exit
#: whether to discard them ("This project contains temporary layers..."); the files are on disk anyway.
HEADLESS_SETTINGS = {
    "app/askToSaveMemoryLayers": False,
}


class DesktopTimeout(Exception):  # noqa: N818 (public name: caught by scripts/demo.py and the e2e tier)
    """QGIS did not end in time; its whole process group (QGIS, Xvfb) has been stopped."""


def profile_dir(profiles_path: Path) -> Path:
    return profiles_path / "profiles" / PROFILE


def prepare_profile(profiles_path: Path, locale: str = "zh-Hans", headless: bool = False) -> Path:
    """Installs the staged plugin into the profile and enables it; returns the plugin folder."""
    profile = profile_dir(profiles_path)
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    folder = package.stage(plugins)
    settings = {**PROFILE_SETTINGS, **(HEADLESS_SETTINGS if headless else {}), "locale/userLocale": locale}
    write_settings(profile / "QGIS" / "QGIS3.ini", settings)
    return folder


def write_settings(ini: Path, values: dict) -> None:
    from qgis.PyQt.QtCore import QSettings

    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


def qgis_command(profiles_path: Path, code: Path | None, headless: bool) -> list[str]:
    command = ["qgis", "--nologo", "--noversioncheck", "--profiles-path", str(profiles_path)]
    command += ["--profile", PROFILE]
    if code is not None:
        command += ["--code", str(code)]
    if headless:
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            sys.exit("xvfb-run is missing: run `make deps`")
        command = [xvfb, "-a", "-s", SCREEN] + command
    return command


def qgis_env(profiles_path: Path, extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles_path)
    env.pop("QT_QPA_PLATFORM", None)  # a real window, on a real or virtual screen
    env.update(extra or {})
    return env


def stop_group(process: subprocess.Popen, grace: float = 5.0) -> None:
    """Ends the process and everything it started (xvfb-run, Xvfb, QGIS): they share its process group."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            process.poll()  # reaps the group's leader: a zombie still counts as a member
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
    process.wait()


def run_command(command: list[str], env: dict, timeout: float | None = None,
                capture: bool = True) -> subprocess.CompletedProcess:
    """Runs QGIS in a process group of its own. On timeout (or Ctrl+C) the whole group is stopped, QGIS
    and Xvfb included, and DesktopTimeout (or KeyboardInterrupt) is raised."""
    pipe = subprocess.PIPE if capture else None
    process = subprocess.Popen(command, env=env, stdout=pipe, stderr=pipe, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop_group(process)
        raise DesktopTimeout(f"QGIS did not finish within {timeout:g} s: it was stopped, with Xvfb") from None
    except BaseException:
        stop_group(process)
        raise
    stop_group(process, grace=1.0)  # anything QGIS left behind in its group (an orphaned Xvfb)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def run(profiles_path: Path, code: Path | None, headless: bool, extra_env: dict | None = None,
        timeout: float | None = None, locale: str = "zh-Hans") -> subprocess.CompletedProcess:
    prepare_profile(profiles_path, locale, headless=headless)
    return run_command(qgis_command(profiles_path, code, headless), qgis_env(profiles_path, extra_env),
                       timeout=timeout, capture=headless)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles_path", type=Path)
    parser.add_argument("--code", type=Path, help="a Python file QGIS runs once it has started")
    parser.add_argument("--headless", action="store_true", help="run under Xvfb")
    parser.add_argument("--locale", default="zh-Hans", help="QGIS user locale (default zh-Hans)")
    args = parser.parse_args()
    result = run(args.profiles_path.resolve(), args.code, args.headless, locale=args.locale)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
