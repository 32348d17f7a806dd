#!/usr/bin/env bash
# Installs from Debian whatever of the plugin's system packages is missing: QGIS with its Python
# bindings, the runtime Python packages QGIS sees, and the tools of the build and the tests.
# Idempotent: installs nothing when all are there. Uses sudo when not run as root.
set -euo pipefail

packages=(
    qgis python3-qgis qgis-providers           # QGIS 3.22 and its Python bindings
    python3-pandas python3-shapely python3-openpyxl   # runtime packages, as QGIS sees them
    python3-gdal                                # osgeo.ogr (GeoPackage tables; comes with QGIS too)
    python3-venv python3-pip                    # the test venv
    qttools5-dev-tools                          # lrelease: compiles the translations
    xvfb xauth                                  # the real desktop without a screen
    fonts-noto-cjk                              # Chinese labels in screenshots
    libreoffice-calc-nogui                      # tests: spreadsheets recalculated by LibreOffice
    python3-scipy                               # the optimiser (HiGHS MILP in scipy.optimize.milp)
    postgresql-15-postgis-3 python3-psycopg2    # team editing: a throwaway PostGIS server per test run
    poppler-utils                               # tests: the report PDF read back (pdftotext, pdftoppm)
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "system packages: all present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "system packages: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
