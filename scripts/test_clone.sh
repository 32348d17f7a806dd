#!/usr/bin/env bash
# `make test-clone`: the repository stands alone. Clones the committed state (HEAD) into a fresh folder
# under /tmp with nothing beside it, runs the unit and QGIS tiers there, then tests/clone (which runs
# `HEADLESS=1 make demo` from a clone of its own). Uncommitted changes are not part of the clone: commit
# first.
#
# The clone reuses this checkout's test venv when there is one (made by `make venv`: on CI, `make test`
# has just made it); otherwise the clone's own `make venv` installs everything it needs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/economic-layer-clone.XXXXXX)"
KEEP="${KEEP_CLONE:-0}"
cleanup() { if [ "$KEEP" = "0" ]; then rm -rf "$WORK"; else echo "clone kept in $WORK/repo"; fi; }
trap cleanup EXIT

git clone -q "$ROOT" "$WORK/repo"
cd "$WORK/repo"
echo "test-clone: $(git log -1 --format='%h %s') cloned into $WORK/repo"
MAKE_FLAGS=()
if [ -x "$ROOT/.venv/bin/python" ] && [ -f "$ROOT/.venv/.installed" ]; then
    ln -s "$(readlink -f "$ROOT/.venv")" .venv
    # the venv is up to date where it was made: the clone's newer pyproject.toml must not rebuild it
    MAKE_FLAGS+=(-o .venv/.installed)
fi
start=$SECONDS
make --no-print-directory "${MAKE_FLAGS[@]}" test-unit test-qgis
echo "test-clone: unit and QGIS tiers passed in the clone in $((SECONDS - start)) s"
start=$SECONDS
.venv/bin/python -m pytest -p no:pytest_qgis -W "ignore::pytest.PytestConfigWarning" tests/clone
echo "test-clone: tests/clone passed in $((SECONDS - start)) s"
