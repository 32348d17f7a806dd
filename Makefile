# Economic Layer: build, test, package and demo. Each target installs what it needs (Debian 12).
#   make test     installs what is missing, then runs every test tier (the last: a fresh clone under /tmp)
#   make demo     opens QGIS with the plugin in a profile of its own (HEADLESS=1: no screen)
#   make package  the plugin zip for Plugins > Install from ZIP and the official repository

SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
COMPAT_VENV := .venv-compat
QT6_VENV := .venv-qt6
BUILD := build
TS_FILES := $(wildcard economic_layer_plugin/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
LRELEASE := $(shell command -v lrelease 2>/dev/null || echo /usr/lib/qt5/bin/lrelease)
PYTEST := QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

.PHONY: deps venv translations translations-update icons lint test test-unit test-compat test-qgis test-e2e \
        package demo clean test-postgis
.PHONY: test-clone test-qgis-3.40 test-qgis-3.44 venv-qt6

deps:
	@bash scripts/install_system_deps.sh

# The test venv: Debian's Python with its site packages (QGIS, pandas, shapely, openpyxl),
# test tools from PyPI as listed in pyproject.toml.
venv: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml | deps
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml','rb'))['dependency-groups']['test']))" > $(VENV)/requirements-test.txt
	$(VPY) -m pip install -q --disable-pip-version-check -r $(VENV)/requirements-test.txt
	touch $@

# pandas 2 and shapely 2, as QGIS ships them on Windows and macOS: no system site packages.
$(COMPAT_VENV)/.installed: pyproject.toml | deps
	$(SYSTEM_PYTHON) -m venv $(COMPAT_VENV)
	$(COMPAT_VENV)/bin/python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml','rb'))['dependency-groups']['compat']))" > $(COMPAT_VENV)/requirements-compat.txt
	$(COMPAT_VENV)/bin/python -m pip install -q --disable-pip-version-check -r $(COMPAT_VENV)/requirements-compat.txt
	touch $@

# PyQt6 from PyPI, only for the static Qt6 check of the unit tier (tests/unit/test_qt6.py):
# it introspects PyQt6's scoped enums in a subprocess; nothing in the plugin runs on it.
venv-qt6: $(QT6_VENV)/.installed
$(QT6_VENV)/.installed: pyproject.toml
	$(SYSTEM_PYTHON) -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/python -c "import tomllib; print('\\n'.join(tomllib.load(open('pyproject.toml','rb'))['dependency-groups']['qt6']))" > $(QT6_VENV)/requirements-qt6.txt
	$(QT6_VENV)/bin/python -m pip install -q --disable-pip-version-check -r $(QT6_VENV)/requirements-qt6.txt
	touch $@

translations: $(QM_FILES)
%.qm: %.ts | deps
	$(LRELEASE) -silent $< -qm $@

translations-update:
	$(SYSTEM_PYTHON) scripts/update_translations.py

icons:
	$(SYSTEM_PYTHON) scripts/render_icons.py

test: venv translations lint test-unit test-compat test-qgis test-e2e test-postgis
test: test-qgis-3.40 test-qgis-3.44
test: test-clone

# ruff, pinned in the test group of pyproject.toml, with the rules of its [tool.ruff]
lint: venv
	$(VPY) -m ruff check .

test-unit: venv venv-qt6 translations
	$(VPY) -m pytest -p no:pytest_qgis -W "ignore::pytest.PytestConfigWarning" tests/unit

test-compat: $(COMPAT_VENV)/.installed venv-qt6
	$(COMPAT_VENV)/bin/python -c "import pandas, shapely; print('compat: pandas', pandas.__version__, 'shapely', shapely.__version__)"
	$(COMPAT_VENV)/bin/python -m pytest -W "ignore::pytest.PytestConfigWarning" tests/unit

test-qgis: venv translations
	$(PYTEST) tests/qgis

test-e2e: venv translations
	$(PYTEST) -p no:pytest_qgis -W "ignore::pytest.PytestConfigWarning" tests/e2e

# The unit, QGIS and desktop tiers on QGIS 3.40 LTR (Debian 13) and 3.44 (trixie-backports), in a Debian 13
# root made once per machine with debootstrap and reused (scripts/qgis_root.sh; needs root).
test-qgis-3.40: translations
	bash scripts/qgis_root.sh 3.40 unit qgis e2e

test-qgis-3.44: translations
	bash scripts/qgis_root.sh 3.44 unit qgis e2e

# The committed state (HEAD) cloned into a folder of its own under /tmp: unit and QGIS tiers there, and
# `HEADLESS=1 make demo` from a clone (tests/clone). Proves the repository needs nothing beside it.
test-clone: venv
	bash scripts/test_clone.sh
# Team editing: a throwaway PostgreSQL + PostGIS server (scripts/pg_throwaway.sh) started by the tests
test-postgis: venv translations
	$(PYTEST) tests/postgis

package: translations
	$(SYSTEM_PYTHON) scripts/package.py --zip dist

demo: deps translations
	$(SYSTEM_PYTHON) scripts/demo.py

clean:
	rm -rf $(BUILD) dist .pytest_cache .qgis-settings $(QM_FILES) $(COMPAT_VENV) $(QT6_VENV)
