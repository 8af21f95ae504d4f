"""Shared fixtures: the source tree, the CLI and the ../shared data.

CTest sets PYTHONPATH to build/python (the module as built), WHOSAID_CLI to
the CLI and WHOSAID_SOURCE_DIR; $WHOSAID_SHARED overrides ../shared, as for the
C++ tests.
"""

import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("WHOSAID_SOURCE_DIR",
                                         pathlib.Path(__file__).resolve().parents[2]))


def shared_path(relative):
    """A path under the shared data folder; skips the test when it is missing."""
    shared = pathlib.Path(os.environ.get("WHOSAID_SHARED") or SOURCE_DIR.parent / "shared")
    path = shared / relative
    if not path.exists():
        pytest.skip(f"shared data missing: {path} (set WHOSAID_SHARED to the folder holding it)")
    return path


@pytest.fixture
def cli():
    """Runs the whosaid CLI; returns its stdout as bytes, failing on a non-zero exit."""
    binary = os.environ.get("WHOSAID_CLI", str(SOURCE_DIR / "build" / "whosaid"))

    def run(*args):
        done = subprocess.run([binary, *map(str, args)], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr.decode()
        return done.stdout

    return run


@pytest.fixture
def seed_text():
    return shared_path("corpus/seed/ice-raids-leak.txt").read_text(encoding="utf-8")


@pytest.fixture
def polnear_dev():
    """The PolNeAR dev articles, sorted by name (as the CLI reads a folder)."""
    return sorted(shared_path("gold/polnear/dev/text").glob("*.txt"))
