"""What the command line's subcommands share: QGIS started headless in a profile of its own, the
sources opened, error messages, the exit codes, and the end of a run.

Exit codes: 0 done; 1 a policy check failed (``check``) or no feasible scheme (``optimise``);
2 a source or an option cannot be used (the message names it); 3 with ``--strict``, modules were
left out of the totals (a failed check wins over 3).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

from economic_layer_plugin.core.i18n import is_chinese, tr

EXIT_CODES = """exit codes:
  0  done
  1  check: a policy check failed (not evaluated is not a failure)
  2  a source cannot be used (the message names it)
  3  --strict: modules were left out of the totals, or a unit or a module id is wrong (a failed check wins: 1)"""

_PROFILES: list = []  # the temporary QGIS profile this command made, if any


def remove_profile() -> None:
    while _PROFILES:
        shutil.rmtree(_PROFILES.pop(), ignore_errors=True)


PROFILE_PREFIX = "economic-layer-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # another user's process, or cannot tell: keep its folder
    return True


def remove_stale_profiles(folder: str | None = None) -> list:
    """Removes the profiles (``economic-layer-<pid>-*``) of commands whose process is gone (killed,
    so that nothing of theirs ran at the end); returns the folders removed. Folders of live processes,
    of other users and of any other name are left alone."""
    folder = folder or tempfile.gettempdir()
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(PROFILE_PREFIX):
            continue
        pid_text = name[len(PROFILE_PREFIX):].split("-", 1)[0]
        if not pid_text.isdigit() or len(pid_text) > 9:  # an old unnamed profile or not ours: leave it
            continue
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
        except OSError:
            continue
        if int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.path)
    return removed


def _exit_on_signal(signum, _frame) -> None:
    raise SystemExit(128 + signum)  # the profile is removed on the way out (atexit)


def start_qgis():
    """QGIS without a screen, in a profile of its own (never the user's; removed at the end, also when
    the command is interrupted or terminated; a killed command's profile is removed by the next one)."""
    import signal

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "QGIS_CUSTOM_CONFIG_PATH" not in os.environ:
        remove_stale_profiles()
        _PROFILES.append(tempfile.mkdtemp(prefix=f"{PROFILE_PREFIX}{os.getpid()}-"))
        atexit.register(remove_profile)
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) == signal.SIG_DFL:
                signal.signal(getattr(signal, name), _exit_on_signal)
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = _PROFILES[-1]
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


LANGUAGES = ("zh", "en")


def default_language(environ=None) -> str:
    """The language of the text output when ``--language`` is not given: the locale's (LC_ALL, then
    LC_MESSAGES, then LANG, as POSIX reads them): ``zh`` for a Chinese locale, else ``en``."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "zh" if is_chinese(value) else "en"
    return "en"


def add_language(parser, default=None) -> None:
    """``--language zh|en``: the language of the text output (default: the locale's)."""
    parser.add_argument("--language", choices=LANGUAGES, default=default,
                        help="language of the text output, zh or en (default: the locale's: LC_ALL, LC_MESSAGES, "
                        "LANG)")


def language(args=None) -> str:
    """The language of this run: ``--language``, else the locale's."""
    return getattr(args, "language", None) or default_language()


def said_language(args=None) -> str:
    """The language of what a command says on the terminal (errors): ``--language`` when given, else the
    locale's, also where a command's document keeps a default of its own (export, report: Chinese)."""
    return getattr(args, "language_given", None) or default_language()


def label_of(entry, lang: str) -> str:
    """The text of a label table's entry in ``lang``: an ("English", "中文") pair or a literal marked for
    the catalogue (N_)."""
    from economic_layer_plugin.core.i18n import translate

    if isinstance(entry, tuple):
        return entry[1] if is_chinese(lang) else entry[0]
    return translate(entry, lang)


def note(text: str, lang: str) -> str:
    """`` (text)`` after a label: in Chinese with full-width brackets and no space."""
    return f"（{text}）" if is_chinese(lang) else f" ({text})"


def colon(lang: str) -> str:
    """The colon between a label and its value: full-width in Chinese."""
    return "：" if is_chinese(lang) else ": "


def error(message, lang: str | None = None) -> int:
    """Says what cannot be used, on standard error; the exit code 2. An error of the catalogue
    (core/refusal.py) is said in ``lang`` (default: the locale's), with its detail."""
    print(f"economic-layer: {_in_language(message, lang)}", file=sys.stderr)
    return 2


def _in_language(message, lang: str | None) -> str:
    from economic_layer_plugin.core.refusal import Refusal

    if isinstance(message, Refusal):
        return message.with_details(lang or default_language())
    return str(message)


def warn(message) -> None:
    print(f"economic-layer: {message}", file=sys.stderr)


def add_sources(parser, several: bool = False) -> None:
    parser.add_argument("sources", nargs="+" if several else 1, metavar="SOURCE")


def add_strict(parser) -> None:
    parser.add_argument("--strict", action="store_true", help="exit 3 when modules are left out of the totals")


def add_json(parser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON on standard output")


def load_schemes(sources, lang: str = "en", said: str | None = None) -> list | None:
    """[(name, EconomicModel)] of the sources; None (the message printed, in ``said``, else ``lang``)
    when one cannot be used."""
    from economic_layer_plugin.qgis_adapter.sources import SourceError, load_scheme
    from economic_layer_plugin.qgis_adapter.stored_assumptions import missing_message

    try:
        return [load_scheme(source, on_default=lambda name: warn(missing_message(name, lang))) for source in sources]
    except SourceError as problem:
        error(problem, said or lang)
        return None


def on_one_scheme(args, act) -> int:
    """The shape of the commands on one scheme (indicators, check, balance): QGIS started, the source
    opened, ``act(name, model)`` prints and may return an exit code (1 a failed check, 2 bad input),
    then what was left out and the warnings are said (3 with --strict)."""
    app = start_qgis()
    schemes = load_schemes(args.sources, language(args))
    if schemes is None:
        return 2
    name, model = schemes[0]
    code = act(name, model)
    if code == 2:
        return code
    strict = excluded_code(args, model.excluded_count, [model])
    del app
    return code or strict


def excluded_code(args, excluded: int, models=()) -> int:
    """Says how many modules were left out, and the scheme's warnings (undeclared units, module ids used
    twice); 3 with --strict when there is either, else 0."""
    lang = language(args)
    if excluded:
        warn(tr("{count} modules were left out of the totals", lang).format(count=excluded))
    warnings = [line for model in models for line in model.warnings(lang)]
    for line in warnings:
        warn(line)
    return 3 if getattr(args, "strict", False) and (excluded or warnings) else 0


def display_width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters (East Asian wide) take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in str(text))


def rjust(text, width: int) -> str:
    """Right-aligned in ``width`` terminal columns (Chinese names keep the columns straight)."""
    text = str(text)
    return " " * max(0, width - display_width(text)) + text


def ljust(text, width: int) -> str:
    text = str(text)
    return text + " " * max(0, width - display_width(text))


def write_json(payload) -> None:
    import json

    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    print()
