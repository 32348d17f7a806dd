"""A clone of the repository stands alone: nothing refers to the workspace folder beside it, and the test
data it ships are complete, unchanged and credited."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
# Written in pieces so that this file does not match itself.
OUTSIDE = re.compile("|".join([r"\.\./" + "shared", "/work/" + "shared", r"parent\s*/\s*[\"']" + "shared" + "[\"']",
                               r"\.\./" + "seeds"]))

#: The founders' brief to the engineers, which speaks of their workspace: never tracked (.gitignore);
#: the product's own notes are CONTRIBUTING.md.
NOT_THE_PRODUCT = {"DEVELOPERS.md"}


def test_the_engineers_brief_is_not_part_of_the_repository():
    assert not [path for path in tracked_files() if path.name in NOT_THE_PRODUCT]
    assert "DEVELOPERS.md" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def tracked_files() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name for name in listed.decode().split("\0") if name]


def test_no_tracked_file_points_outside_the_repository():
    offenders = []
    for path in tracked_files():
        if not path.is_file() or path.suffix in (".gpkg", ".qgz", ".png", ".qm", ".zip"):
            continue
        if path.name in NOT_THE_PRODUCT:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "these lines point outside the repository:\n" + "\n".join(offenders)


def _listed_digests() -> dict[str, str]:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    return dict(re.findall(r"\|\s*`([\w.]+\.gpkg)`\s*\|\s*`([0-9a-f]{64})`\s*\|", readme))


def test_test_data_is_in_the_repository_unchanged():
    digests = _listed_digests()
    assert set(digests) == {"shanghai_lujiazui_osm_buildings.gpkg", "swellendam_training_data.gpkg"}
    for name, digest in digests.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, f"tests/data/{name} was changed"


def test_test_data_is_credited():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    project = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in (readme, project):
        assert "OpenStreetMap contributors" in text and "ODbL" in text
    assert "tests/data" in project
