"""Armed groups of current wire news whose names the parser cuts or the 2016 dictionaries give another party (issue
13, session 27). Every sentence is written for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import actors, countries, events, of_type

from dragoman.countries import organization_begins
from dragoman.pipeline import Pipeline


def test_a_name_the_parser_cut_is_one_group_with_its_country(pipeline: Pipeline) -> None:
    # spaCy reads "Tahrir al-Sham" as a person and leaves "Hayat" out
    (attack,) = of_type(events(pipeline, "Hayat Tahrir al-Sham fighters shelled an army checkpoint near Idlib on "
                                         "Tuesday."), "ASSAULT")
    assert [p.name for p in attack.source] == ["Hayat Tahrir al-Sham"] and countries(attack.source) == {"SYR"}


def test_the_pakistani_taliban_are_not_the_afghan_taliban_nor_pakistan(pipeline: Pipeline) -> None:
    # the parser splits the name into "Taliban" (an organization) and "Pakistan" (a country)
    (attack,) = of_type(events(pipeline, "Tehreek-e-Taliban Pakistan gunmen stormed a police post in Bannu on "
                                         "Sunday."), "ASSAULT")
    assert [p.name for p in attack.source] == ["Tehreek-e-Taliban Pakistan"] and countries(attack.source) == {"PAK"}


def test_ansar_allah_is_yemens_houthis(pipeline: Pipeline) -> None:
    # Phoenix's ANSAR_ALLAH is a Lebanese group; the news since 2015 means the Houthis
    (attack,) = of_type(events(pipeline, "Ansar Allah launched a drone at a Greek-owned tanker in the Red Sea."),
                        "ASSAULT")
    assert [p.name for p in attack.source] == ["Ansar Allah"] and countries(attack.source) == {"YEM"}


def test_a_group_named_for_a_province_is_a_party_not_a_place(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Islamic State Khorasan Province said its fighters had attacked a Taliban convoy in "
                             "Nangarhar.")
    group = next(a for a in found if a.name == "Islamic State Khorasan Province")
    assert group.kind == "organization" and group.country == "AFG"


def test_a_longer_name_that_holds_a_table_name_stays_whole(pipeline: Pipeline) -> None:
    found = actors(pipeline, "The UN Relief and Works Agency said it suspended food distribution in Gaza.")
    assert "UN Relief and Works Agency" in {a.name for a in found}


def test_only_first_words_of_names_of_several_words_begin_a_name() -> None:
    assert organization_begins("Hayat") and organization_begins("Tehreek")
    assert not organization_begins("Houthis") and not organization_begins("The")
