"""A country's name inside the name of a river's valley or delta is no party (issue 13, session 27): the Niger Delta
is Nigeria's, the Jordan Valley mostly the West Bank. Every sentence is written for these tests; none comes from an
evaluation set or a real article."""

from __future__ import annotations

from helpers import actors, countries, events, of_type

from dragoman.pipeline import Pipeline


def test_the_niger_delta_is_nigeria_not_niger(pipeline: Pipeline) -> None:
    text = "Armed men abducted three oil workers from a platform in the Niger Delta on Thursday."
    assert "NER" not in {a.country for a in actors(pipeline, text)}
    (abduction,) = of_type(events(pipeline, text), "ASSAULT")
    assert countries(abduction.target) == {"NGA"}


def test_a_raid_in_the_jordan_valley_is_not_on_jordan(pipeline: Pipeline) -> None:
    (raid,) = of_type(events(pipeline, "Israeli forces raided the village of Bardala in the Jordan Valley on "
                                       "Monday."), "ASSAULT")
    assert countries(raid.target) == {"PSE"}


def test_a_country_named_with_its_own_landform_word_stays_a_country(pipeline: Pipeline) -> None:
    # the dictionary phrase holds the landform word, so the country is named
    (arrest,) = of_type(events(pipeline, "Cook Islands police detained two fishermen on Friday."), "COERCE")
    assert countries(arrest.source) == {"COK"}
