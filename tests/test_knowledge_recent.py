"""The supplementary dictionary of leaders since 2016 (data/recent/), read after the Phoenix dictionaries."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from helpers import actor_named

from dragoman.knowledge import UPDATE_FILE, Knowledge, default_knowledge, default_paths, split_code
from dragoman.model import Article
from dragoman.petrarch import ActorDictionary, _phrase_glue
from dragoman.pipeline import Pipeline

RECENT = default_paths()[-2]


def test_the_file_is_read_after_the_phoenix_files_and_parses_with_no_warning() -> None:
    assert RECENT.as_posix().endswith(UPDATE_FILE)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dictionary = ActorDictionary.load(RECENT)
    assert len(dictionary) > 500
    seen: dict[tuple[str, ...], str] = {}
    for entry in dictionary.entries:
        assert entry.codes and all(c.restricted for c in entry.codes), entry.phrase
        for code in entry.codes:
            country, sector = split_code(code.code)
            assert (country or code.code.startswith("IGO")) and sector, (entry.phrase, code)
            assert code.start and (code.end is None or code.start <= code.end <= dt.date(2025, 12, 31)), entry.phrase
        for phrase in [entry.phrase, *entry.synonyms]:
            words = _phrase_glue(phrase)[0]
            assert seen.setdefault(words, entry.phrase) == entry.phrase, f"{phrase} names two people"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Kim Jong Un inspected a missile factory on Monday.", "Kim Jong Un", "PRK"),
    ("Kim Jong-un inspected a missile factory on Monday.", "Kim Jong-un", "PRK"),
    ("Volodymyr Zelensky addressed parliament on Monday.", "Volodymyr Zelensky", "UKR"),
    ("Volodymyr Zelenskyy addressed parliament on Monday.", "Volodymyr Zelenskyy", "UKR"),
    ("Olaf Scholz spoke to reporters on Monday.", "Olaf Scholz", "DEU"),
    ("Xi Jinping received the delegation on Monday.", "Xi Jinping", "CHN"),
    ("Narendra Modi opened the summit on Monday.", "Narendra Modi", "IND"),
    ("Recep Tayyip Erdogan spoke to reporters on Monday.", "Recep Tayyip Erdogan", "TUR"),
    ("Recep Tayyip Erdoğan spoke to reporters on Monday.", "Recep Tayyip Erdoğan", "TUR"),
    ("Antony Blinken arrived in Cairo on Monday.", "Antony Blinken", "USA"),
    ("Choe Son Hui arrived in Moscow on Monday.", "Choe Son Hui", "PRK"),
])
def test_a_bare_name_gets_its_country(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    ex = pipeline.extract_article(Article(id="a", text=text, published=dt.date(2023, 5, 2)))
    actor = actor_named(ex, name)
    # a person, whatever spaCy's label for the name ("Recep Tayyip Erdogan spoke" is ORG to it)
    assert (actor.kind, actor.country, actor.sector, actor.country_basis) == ("person", country, "GOV", "dictionary")


def test_a_date_outside_the_posts_gives_no_post(pipeline: Pipeline) -> None:
    def scholz(day: dt.date) -> tuple[str | None, str | None]:
        ex = pipeline.extract_article(Article(id="a", text="Olaf Scholz spoke to reporters on Monday.",
                                              published=day))
        actor = actor_named(ex, "Olaf Scholz")
        return actor.country, actor.sector

    assert scholz(dt.date(2009, 6, 1)) == ("DEU", "GOV")  # Phoenix: labour minister 2008-2009 (DEUGOVLAB)
    # Mayor of Hamburg: neither file gives a national post, so no sector; a person keeps the country all his codes
    # say (he is a person by his given name, whatever spaCy's label, and `_person_countries` gives it).
    assert scholz(dt.date(2012, 6, 1)) == ("DEU", None)
    assert scholz(dt.date(2019, 6, 1)) == ("DEU", "GOV")  # finance minister, then chancellor
    ex = pipeline.extract_article(Article(id="a", text="Kim Jong Un visited the factory.",
                                          published=dt.date(2005, 6, 1)))
    assert actor_named(ex, "Kim Jong Un").sector is None  # (a country may still come from his family's entries)


def test_newer_codes_go_in_front_of_an_earlier_entrys_and_leave_it_its_dates(tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("DONALD_TUSK_\n+TUSK\n\t[POLGOV >20071116]\n\t[POLELI]\n", encoding="utf-8")
    newer = tmp_path / "newer.txt"
    newer.write_text("DONALD_TUSK\n\t[IGOEUREEC 20141201-20191130]\n\t[POLGOV >20231130]\n", encoding="utf-8")
    knowledge = Knowledge.load([earlier])
    knowledge.add_file(newer, update=True)
    tusk = knowledge.entry(knowledge.index.match_at(["TUSK"], 0)[0].payload)
    assert tusk.name == "Donald Tusk" and len(knowledge.entries) == 2
    assert tusk.identity(dt.date(2016, 1, 1)) == (None, "IGO")
    assert tusk.identity(dt.date(2010, 1, 1)) == ("POL", "GOV")
    assert tusk.identity(dt.date(2024, 1, 1)) == ("POL", "GOV")
    assert tusk.kind is None  # a PETRARCH entry without Phoenix's person mark carries no kind ...
    people = Knowledge.load([earlier])
    people.add_file(newer, update=True, people=True)  # ... unless the file is said to hold people only
    assert {people.entry(k).kind for k in range(len(people.entries))} == {"person"}
    first_wins = Knowledge.load([earlier, newer])  # files the user gives: the first one's entry, unchanged
    assert first_wins.entry(first_wins.index.match_at(["DONALD", "TUSK"], 0)[0].payload).identity(
        dt.date(2016, 1, 1)) == ("POL", "GOV")


def test_the_cache_keeps_the_newer_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(tmp_path))
    default_knowledge.cache_clear()
    try:
        built = default_knowledge()
        default_knowledge.cache_clear()
        cached = default_knowledge()
    finally:
        default_knowledge.cache_clear()
    for knowledge in (built, cached):
        assert identity(knowledge, ["OLAF", "SCHOLZ"], dt.date(2022, 1, 1)) == ("DEU", "GOV")
        assert knowledge.entry(knowledge.index.match_at(["OLAF", "SCHOLZ"], 0)[0].payload).kind == "person"
        assert identity(knowledge, ["OLAF", "SCHOLZ"], dt.date(2009, 1, 1)) == ("DEU", "GOV")
        assert identity(knowledge, ["DONALD", "TUSK"], dt.date(2016, 1, 1)) == (None, "IGO")
        assert identity(knowledge, ["KIM", "JONG", "-", "UN"], dt.date(2019, 4, 25)) == ("PRK", "GOV")
        assert identity(knowledge, ["KIM", "JONG", "-", "UN"], dt.date(2005, 1, 1)) is None


def identity(knowledge: Knowledge, words: list[str], day: dt.date) -> tuple[str | None, str | None] | None:
    return knowledge.entry(knowledge.index.match_at(words, 0)[0].payload).identity(day)
