"""Shared fixtures: one spaCy pipeline per test session, the seed article and the shipped example."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dragoman.model import Article, Extraction
from dragoman.pipeline import Pipeline
from dragoman.readers import iter_articles

ROOT = Path(__file__).resolve().parents[1]
# The data beside the repository (../shared), never copied into it; DRAGOMAN_SHARED / DRAGOMAN_EVALDATA move it.
SHARED = Path(os.environ.get("DRAGOMAN_SHARED", ROOT.parent / "shared"))
EVALDATA = Path(os.environ.get("DRAGOMAN_EVALDATA", SHARED / "evaldata"))
SEED = SHARED / "seed" / "belarus_dprk_2024-07-24.txt"
EXAMPLE = ROOT / "examples" / "kazakh_minister_visit_2025-03-12.txt"


def needs_data(path: Path) -> pytest.MarkDecorator:
    """Skip a test whose data (under ../shared) is not on this machine, e.g. a fresh clone."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not available")


def read_article(path: Path) -> Article:
    (item,) = list(iter_articles([str(path)]))
    assert isinstance(item, Article), item
    return item


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def text_only(pipeline: Pipeline) -> Pipeline:
    """Without the shipped dictionaries: what the text alone (and the English given names) say."""
    return Pipeline(pipeline.parser, default_actors=False)


@pytest.fixture(scope="session")
def seed_article() -> Article:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return read_article(SEED)


@pytest.fixture(scope="session")
def seed(pipeline: Pipeline, seed_article: Article) -> Extraction:
    return pipeline.extract_article(seed_article)


@pytest.fixture(scope="session")
def example(pipeline: Pipeline) -> Extraction:
    return pipeline.extract_article(read_article(EXAMPLE))
