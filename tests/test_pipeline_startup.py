"""Start-up: the parsed forms cached between processes (dragoman.cache) give what parsing the sources gives, and a
damaged cache file is rebuilt, never misread."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

import dragoman.cache
from dragoman import language
from dragoman.cache import cache_path, read_cache, write_cache
from dragoman.geo import Gazetteer, Place

LANGUAGE_SAMPLES = [
    "The minister said on Tuesday that talks with the delegation would continue in the capital next week.",
    "Le ministre a déclaré mardi que les discussions avec la délégation se poursuivraient la semaine prochaine.",
    "Der Minister sagte am Dienstag, die Gespräche mit der Delegation würden nächste Woche fortgesetzt.",
    "El ministro dijo el martes que las conversaciones con la delegación continuarán la próxima semana.",
    "Министр заявил во вторник, что переговоры с делегацией продолжатся на следующей неделе.",
    "部长周二表示，与代表团的会谈将于下周在首都继续进行。",
    "http : / / www . example . com / news / 2013 / 06 / minister - talks",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


def test_the_cache_file_is_named_by_every_source_byte_and_the_code(cache: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = cache_path("gazetteer", [b"ab", b"c"], ".marshal")
    assert first.parent == cache
    assert cache_path("gazetteer", [b"ab", b"c"], ".marshal") == first
    assert len({first, cache_path("gazetteer", [b"a", b"bc"], ".marshal"),
                cache_path("langid", [b"ab", b"c"], ".marshal")}) == 3
    data_only = cache_path("gazetteer", [b"ab", b"c"], ".marshal", by_code=False)
    monkeypatch.setattr(dragoman.cache, "code_digest", lambda: b"another version of dragoman")
    assert cache_path("gazetteer", [b"ab", b"c"], ".marshal") != first
    assert cache_path("gazetteer", [b"ab", b"c"], ".marshal", by_code=False) == data_only


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file where the directory should be"
    blocker.write_text("")
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(blocker / "dragoman"))
    write_cache(cache_path("gazetteer", [b""], ".marshal"), b"data")  # no exception
    assert Gazetteer().lookup("Paris") == Place("Paris", "FRA", 48.85341, 2.3488)


def test_the_gazetteer_read_from_its_cache_is_the_one_built(cache: Path) -> None:
    built = Gazetteer()
    (written,) = cache.glob("gazetteer-*.marshal")
    cached = Gazetteer()
    assert cached._cities == built._cities
    assert cached.lookup("Paris") == Place("Paris", "FRA", 48.85341, 2.3488)  # over Paris, Texas
    assert cached.is_place("The Hague") and not cached.is_place("Nowhereville")
    written.write_bytes(written.read_bytes()[:1000])  # cut short, as by a full disk
    assert Gazetteer()._cities == built._cities
    assert len(written.read_bytes()) > 1000  # written again


def test_the_language_identifier_read_from_its_cache_is_py3langids(cache: Path) -> None:
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    built = language._identifier()
    (written,) = cache.glob("langid-1-*.arrays")
    language._identifier.cache_clear()
    cached = language._identifier()
    assert cached is not built
    for text in LANGUAGE_SAMPLES:
        assert built.classify(text) == cached.classify(text) == theirs.classify(text), text
    size = written.stat().st_size
    written.write_bytes(written.read_bytes()[:100_000])  # cut short, as by a full disk
    language._identifier.cache_clear()
    assert [language._identifier().classify(t) for t in LANGUAGE_SAMPLES] == \
        [theirs.classify(t) for t in LANGUAGE_SAMPLES]
    assert written.stat().st_size == size  # written again


def test_a_new_cache_file_removes_those_of_its_kind_left_unused(cache: Path) -> None:
    month_ago = time.time() - 31 * 86400
    old = cache_path("gazetteer", [b"an older source"], ".marshal")
    recent = cache_path("gazetteer", [b"a version still in use"], ".marshal")
    other_kind = cache_path("knowledge", [b"an older source"], ".marshal")
    killed_writer = cache / "tmpa1b2c3.tmp"
    for path in (old, recent, other_kind, killed_writer):
        path.write_bytes(b"data")
    for path in (old, other_kind, killed_writer):
        os.utime(path, (month_ago, month_ago))
    os.utime(recent, (month_ago, month_ago))
    assert read_cache(recent) == b"data"  # a read marks the file as used

    write_cache(cache_path("gazetteer", [b"this version"], ".marshal"), b"new")

    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [recent.name, other_kind.name, cache_path("gazetteer", [b"this version"], ".marshal").name])
