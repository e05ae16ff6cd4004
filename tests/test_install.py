"""A fresh install works as the README says: dependencies pip cannot miss, a CI that installs as a new user does,
and tests that skip, not fail, where the data beside the repository (../shared) is absent."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import ROOT


def test_lxml_html_clean_is_a_direct_dependency() -> None:
    """trafilatura's extras do not always bring it, and without it every HTML input fails."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(re.match(r"lxml[_-]html[_-]clean\b", d) for d in dependencies), dependencies


def test_ci_installs_without_the_cache_and_runs_pip_check() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    installs = [line for line in script.splitlines() if re.match(r"\s*pip install\b", line)]
    assert installs and all("--no-cache-dir" in line for line in installs), installs
    assert re.search(r"^\s*pip check\b.*\|\|.*exit 1", script, re.MULTILINE)


def test_only_conftest_knows_where_the_shared_data_is() -> None:
    """One helper (conftest's SHARED/EVALDATA) and one skip marker (`needs_data`) for the data beside the repo."""
    for path in sorted((ROOT / "tests").glob("*.py")):
        if path.name in ("conftest.py", Path(__file__).name):
            continue
        text = path.read_text()
        assert "/work/shared" not in text and "DRAGOMAN_EVALDATA" not in text and "DRAGOMAN_SHARED" not in text, \
            f"{path.name} finds the shared data its own way"


def test_the_data_tests_skip_without_the_data(tmp_path: Path) -> None:
    """A fresh clone has no ../shared: the tests that read it skip instead of failing."""
    env = {**os.environ, "DRAGOMAN_SHARED": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("DRAGOMAN_EVALDATA", None)
    tests = ["tests/test_timex.py::test_anchored_scan_finds_what_a_scan_of_the_whole_text_finds",
             "tests/test_events.py::test_every_lexicon_cameo_code_maps_to_its_plover_type",
             "tests/test_petrarch.py::test_petrarch2_unittest_suite",
             "tests/test_knowledge.py::test_the_petrarch_validation_dictionaries_load"]
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *tests],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and f"{len(tests)} skipped" in result.stdout, result.stdout[-2000:]
