#!/usr/bin/env bash
# The plugin's tests on a newer QGIS than Debian 12's 3.22: a Debian 13 (trixie) root made with
# debootstrap, QGIS 3.40 LTR from trixie or 3.44 from trixie-backports installed in it, and the unit,
# QGIS and end-to-end tiers run inside it (the desktop under Xvfb inside the root).
#
#   scripts/qgis_root.sh 3.40 [TIER...]     TIER: unit, qgis, e2e (default: all three)
#   scripts/qgis_root.sh 3.44 [TIER...]
#   scripts/qgis_root.sh 3.40 --shell       a shell inside the root, the repository at /el/repo
#   scripts/qgis_root.sh 3.40 --run CMD...  one command inside the root, in the repository
#
# The root is made once per machine and reused (EL_ROOTS, default /var/cache/economic-layer; about
# 5 minutes and 2.5 GB each). It is brought up to the package list below when that changes; the test venv
# inside it is remade when pyproject.toml's test group changes. Packages come from the Debian mirror that apt on this
# machine already uses (read from its sources); nothing else is contacted but PyPI for the test tools.
# /proc, /dev and the repository are mounted into the root for the run and always unmounted again, also
# when a test fails or the run is stopped; a mount left by a killed run is removed at the next start.
set -euo pipefail

VERSION="${1:-}"
shift || true
case "$VERSION" in
    3.40) SUITE_QGIS="trixie" ;;
    3.44) SUITE_QGIS="trixie-backports" ;;
    *) echo "usage: scripts/qgis_root.sh 3.40|3.44 [unit] [qgis] [e2e] | --shell | --run CMD..." >&2; exit 2 ;;
esac
if [ "$(id -u)" -ne 0 ]; then
    echo "qgis_root: debootstrap, chroot and mount need root" >&2
    exit 2
fi

REPO="$(cd "$(dirname "$0")/.." && pwd)"
ROOTS="${EL_ROOTS:-/var/cache/economic-layer}"
ROOT="$ROOTS/trixie-qgis-$VERSION"
mkdir -p "$ROOTS"

# What the root holds: change this list and every machine remakes its root at the next run.
PACKAGES=(
    qgis python3-qgis qgis-providers
    python3-pandas python3-shapely python3-openpyxl python3-gdal python3-scipy python3-psycopg2
    python3-venv python3-pip
    xvfb xauth fonts-noto-cjk poppler-utils libreoffice-calc-nogui
    locales ca-certificates git procps
)
STAMP="$(printf '%s\n' "$SUITE_QGIS" "${PACKAGES[@]}" | sha256sum | cut -c1-16)"

log() { echo "qgis_root $VERSION: $*"; }

# The Debian mirror apt uses here: the first deb822 URIs or one-line `deb` entry for Debian's main
# archive (not the security one).
debian_mirror() {
    local uri
    uri="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n1 || true)"
    if [ -z "$uri" ]; then
        uri="$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
            | awk '{for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' \
            | grep -v security | head -n1 || true)"
    fi
    if [ -z "$uri" ]; then
        echo "qgis_root: no Debian mirror found in apt's sources" >&2
        exit 2
    fi
    echo "${uri%/}"
}

# Every mount below ROOT (deepest first), and every process whose root is ROOT.
release_root() {
    local root="$1" pid
    for pid in /proc/[0-9]*; do
        if [ "$(readlink "$pid/root" 2>/dev/null || true)" = "$root" ]; then
            kill -9 "${pid#/proc/}" 2>/dev/null || true
        fi
    done
    local mounts
    mounts="$(awk -v r="$root" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r)"
    for m in $mounts; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
}

mount_root() {
    local root="$1"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
}

in_root() {
    local root="$1"
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        "$@"
}

build_root() {
    local tmp="$ROOT.building" mirror
    mirror="$(debian_mirror)"
    release_root "$tmp"
    rm -rf "$tmp"
    if ! command -v debootstrap >/dev/null 2>&1; then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
    fi
    log "making a Debian 13 root in $tmp from $mirror"
    local start=$SECONDS
    debootstrap --variant=minbase trixie "$tmp" "$mirror" >"$ROOTS/debootstrap-$VERSION.log" 2>&1 || {
        tail -n 20 "$ROOTS/debootstrap-$VERSION.log" >&2
        exit 1
    }
    cat >"$tmp/etc/apt/sources.list" <<EOF
deb $mirror trixie main
deb $mirror trixie-updates main
deb $mirror trixie-backports main
EOF
    cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod +x "$tmp/usr/sbin/policy-rc.d"
    mount_root "$tmp"
    trap "release_root '$tmp'" EXIT
    install_packages "$tmp"
    release_root "$tmp"
    trap - EXIT
    echo "$STAMP" >"$tmp/.el-stamp"
    release_root "$ROOT"
    rm -rf "$ROOT"
    mv "$tmp" "$ROOT"
    log "root ready in $((SECONDS - start)) s: $(in_root "$ROOT" dpkg-query -W -f='QGIS ${Version}' qgis)"
}

# One builder at a time per machine; a finished root is reused.
exec 9>"$ROOTS/.lock-$VERSION"
flock 9
release_root "$ROOT"
install_packages() {
    local root="$1"
    in_root "$root" apt-get update -q
    log "installing QGIS from $SUITE_QGIS"
    in_root "$root" apt-get install -y -q --no-install-recommends -t "$SUITE_QGIS" "${PACKAGES[@]}" \
        >"$ROOTS/apt-$VERSION.log" 2>&1 || { tail -n 30 "$ROOTS/apt-$VERSION.log" >&2; exit 1; }
    in_root "$root" apt-get clean
}

if [ ! -f "$ROOT/.el-stamp" ]; then
    build_root
elif [ "$(cat "$ROOT/.el-stamp")" != "$STAMP" ]; then
    # the package list changed: the root is brought up to it (a package left out of the list stays)
    mount_root "$ROOT"
    trap 'release_root "$ROOT"' EXIT
    install_packages "$ROOT"
    release_root "$ROOT"
    trap - EXIT
    echo "$STAMP" >"$ROOT/.el-stamp"
fi

# The test tools inside the root: Debian's Python 3.13 with its site packages (QGIS, numpy 2, pandas,
# GDAL) plus pyproject.toml's test group, which never replaces Debian's numpy.
REQS="$(in_root "$ROOT" /usr/bin/python3 -c "import sys, tomllib; print('\n'.join(tomllib.loads(sys.stdin.read())['dependency-groups']['test']))" <"$REPO/pyproject.toml")"
REQS_STAMP="$(echo "$REQS" | sha256sum | cut -c1-16)"
VENV=/opt/el-venv
if [ ! -f "$ROOT$VENV/.el-stamp" ] || [ "$(cat "$ROOT$VENV/.el-stamp")" != "$REQS_STAMP" ]; then
    log "test venv in the root"
    rm -rf "${ROOT:?}$VENV"
    in_root "$ROOT" /usr/bin/python3 -m venv --system-site-packages "$VENV"
    echo "$REQS" >"$ROOT$VENV/requirements-test.txt"
    # pip in the root trusts what pip here trusts: this machine's CA bundle (a proxy's CA may be in it)
    cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/el-host-ca.crt" 2>/dev/null \
        || cp "$ROOT/etc/ssl/certs/ca-certificates.crt" "$ROOT/etc/el-host-ca.crt"
    in_root "$ROOT" /usr/bin/env PIP_CERT=/etc/el-host-ca.crt "$VENV/bin/python" -m pip install -q \
        --disable-pip-version-check -r "$VENV/requirements-test.txt"
    echo "$REQS_STAMP" >"$ROOT$VENV/.el-stamp"
fi

mkdir -p "$ROOT/el/repo"
mount_root "$ROOT"
trap 'release_root "$ROOT"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mount --bind "$REPO" "$ROOT/el/repo"

QGIS_SEEN="$(in_root "$ROOT" /usr/bin/python3 -c "from qgis.core import Qgis; print(Qgis.version())" 2>/dev/null || true)"
log "QGIS $QGIS_SEEN, $(in_root "$ROOT" /usr/bin/python3 -c 'import sys, numpy; print("Python", sys.version.split()[0], "numpy", numpy.__version__)')"

run_tier() {
    local tier="$1" args=()
    case "$tier" in
        unit) args=(-p no:pytest_qgis -W "ignore::pytest.PytestConfigWarning" tests/unit) ;;
        qgis) args=(tests/qgis) ;;
        e2e) args=(-p no:pytest_qgis -W "ignore::pytest.PytestConfigWarning" tests/e2e) ;;
        *) echo "qgis_root: unknown tier $tier" >&2; exit 2 ;;
    esac
    log "tier $tier"
    # EL_NO_QT6_VENV: the static Qt6 check runs on this machine (its PyQt6 venv is this machine's Python)
    in_root "$ROOT" /bin/bash -c 'cd /el/repo && exec "$@"' bash \
        /usr/bin/env QT_QPA_PLATFORM=offscreen EL_NO_QT6_VENV=1 \
        PYTHONDONTWRITEBYTECODE=1 "$VENV/bin/python" -m pytest -p no:cacheprovider "${args[@]}"
}

if [ "${1:-}" = "--shell" ]; then
    in_root "$ROOT" /bin/bash -c 'cd /el/repo && exec bash -i'
    exit 0
fi
if [ "${1:-}" = "--run" ]; then  # one command inside the root, in the repository: --run CMD ARG...
    shift
    in_root "$ROOT" /bin/bash -c 'cd /el/repo && exec "$@"' bash /usr/bin/env QT_QPA_PLATFORM=offscreen "$@"
    exit $?
fi
TIERS=("$@")
if [ ${#TIERS[@]} -eq 0 ]; then
    TIERS=(unit qgis e2e)
fi
start=$SECONDS
for tier in "${TIERS[@]}"; do
    run_tier "$tier"
done
log "tiers ${TIERS[*]} passed on QGIS $QGIS_SEEN in $((SECONDS - start)) s"
