"""The seed article end to end: the events, actors, dates and conflicts the issues name."""

from __future__ import annotations

from helpers import actor_named, events_with, names

from dragoman.model import Extraction


def test_seed_metadata(seed: Extraction) -> None:
    (article,) = seed.articles
    assert article.published is not None and article.published.isoformat() == "2024-07-24"
    assert article.title and article.title.startswith("As soon as the Russian senior official left")


def test_one_actor_per_person_whatever_the_spelling(seed: Extraction) -> None:
    ryzhenkov = actor_named(seed, "Ryzhenkov")
    assert {"Reyzhenkov", "Rezhenkov", "Ryzhenkov"} <= set(ryzhenkov.aliases)
    assert ryzhenkov.country == "BLR" and ryzhenkov.kind == "person"
    assert any(r.title == "Foreign Minister" and r.country == "BLR" for r in ryzhenkov.roles)
    choe = actor_named(seed, "Choe Sun Hui")
    assert {"Choe Sun Hui", "Choi Sun Hui", "Choi Sun-hee"} <= set(choe.aliases)
    assert choe.country == "PRK" and any(r.title == "Foreign Minister" for r in choe.roles)


def test_people_who_share_a_family_name_stay_apart(seed: Extraction) -> None:
    kims = {actor_named(seed, n).id for n in ("Kim Jong-un", "Kim Son Kyong", "Kim Chol-won")}
    assert len(kims) == 3
    assert not [a for a in seed.actors if a.name in ("Kim", "Kyong", "Son")]


def test_titles_give_role_country_and_sector(seed: Extraction) -> None:
    matsegora = actor_named(seed, "Matsegora")
    assert matsegora.country == "RUS" and matsegora.sector == "GOV"
    assert matsegora.roles[0].title == "Ambassador to North Korea"
    kim_chol_won = actor_named(seed, "Kim Chol-won")
    assert kim_chol_won.country == "PRK" and kim_chol_won.sector == "JUD"
    aleinik = actor_named(seed, "Aleinik")
    assert [r.current for r in aleinik.roles] == [False]  # "then-Belarusian Foreign Minister"
    assert actor_named(seed, "Im Chun-il").country == "PRK"
    kcna = actor_named(seed, "Korean Central News Agency")
    assert (kcna.kind, kcna.country, kcna.sector) == ("organization", "PRK", "MED")
    ministry = actor_named(seed, "Belarusian Ministry of Foreign Affairs")
    assert (ministry.country, ministry.sector) == ("BLR", "GOV")


def test_prosecutor_general_and_attorney_general_are_one_person(seed: Extraction) -> None:
    krasnov = actor_named(seed, "Krasnov")
    assert krasnov.country == "RUS" and krasnov.sector == "JUD"
    assert any("Attorney General" in m.text for m in krasnov.mentions)


def test_nothing_from_the_language_menu(seed: Extraction) -> None:
    (article,) = seed.articles
    menu_start = article.text.index("한어")
    menu_end = article.text.index("\n", menu_start)
    for actor in seed.actors:
        assert all(not (menu_start <= m.start < menu_end) for m in actor.mentions), actor.name
    for event in seed.events:
        assert all(not (menu_start <= e.start < menu_end) for e in event.evidence)
        assert all("Русский" not in e.sentence for e in event.evidence)


def test_the_belarusian_visit_is_one_event_with_the_end_date_conflict(seed: Extraction) -> None:
    ryzhenkov = actor_named(seed, "Ryzhenkov")
    # the visit he makes (CAMEO 042); Choe's banquet for him that evening is her hosting (043), another event
    visits = [e for e in events_with(seed, "CONSULT", ryzhenkov) if e.mode == "visit" and e.cameo != "043"]
    assert len(visits) == 1
    hosted = [e for e in events_with(seed, "CONSULT", ryzhenkov) if e.cameo == "043"]
    assert len(hosted) == 1 and ryzhenkov.id in {p.actor_id for p in hosted[0].target}
    visit = visits[0]
    assert "North Korea" in names(visit.target)
    assert (visit.date.start, visit.date.precision, visit.date.basis) == ("2024-07-23", "day", "text")
    assert len(visit.evidence) >= 4
    (conflict,) = [c for c in seed.conflicts if c.event_id == visit.id]
    assert conflict.field == "date.end"
    claims = {(c.value, c.attributed_to) for c in conflict.claims}
    assert claims == {("2024-07-25", "Belarusian Ministry of Foreign Affairs"),
                      ("2024-07-26", "Korean Central News Agency")}


def test_putin_kim_meetings_are_two_events(seed: Extraction) -> None:
    putin, kim = actor_named(seed, "Putin"), actor_named(seed, "Kim Jong-un")
    meetings = events_with(seed, "CONSULT", putin, kim)
    starts = sorted(e.date.start or "" for e in meetings)
    assert starts == ["2023-09-13", "2024-06"]
    june = next(e for e in meetings if e.date.start == "2024-06")
    assert june.date.precision == "month"


def test_putin_lukashenko_talks_in_sochi(seed: Extraction) -> None:
    putin, lukashenko = actor_named(seed, "Putin"), actor_named(seed, "Lukashenko")
    (talks,) = events_with(seed, "CONSULT", putin, lukashenko)
    assert talks.date.start == "2023-09-15"
    assert talks.location is not None and talks.location.name == "Sochi" and talks.location.country == "RUS"
    assert talks.location.lat is not None


def test_shestakov_meetings_on_april_16_and_17(seed: Extraction) -> None:
    shestakov = actor_named(seed, "Shestakov")
    (im,) = events_with(seed, "CONSULT", shestakov, actor_named(seed, "Im Chun-il"))
    (matsegora,) = events_with(seed, "CONSULT", shestakov, actor_named(seed, "Matsegora"))
    assert im.date.start == "2024-04-16" and matsegora.date.start == "2024-04-17"
    # "At that time, the two sides exchanged views" is a second mention of the April 16 meeting.
    assert len(im.evidence) == 2


def test_dates_by_the_text_not_the_dateline(seed: Extraction) -> None:
    choe = actor_named(seed, "Choe Sun Hui")
    (banquet,) = [e for e in events_with(seed, "CONSULT", choe) if e.cameo == "043"]
    assert banquet.date.start == "2024-07-23"
    assert banquet.location is not None and banquet.location.country == "PRK"
    assert "Koryo Hotel" in banquet.location.name
    kim_son_kyong = actor_named(seed, "Kim Son Kyong")
    (nam,) = events_with(seed, "CONSULT", kim_son_kyong)
    assert (nam.date.start, nam.date.precision) == ("2024-01", "month")
    assert nam.location is not None and nam.location.country == "UGA"
    krasnov = actor_named(seed, "Krasnov")
    (departure,) = [e for e in events_with(seed, "CONSULT", krasnov) if e.mode == "visit"]
    assert departure.date.start == "2024-07-23"
    (relations,) = [e for e in seed.events if e.cameo == "054"]
    assert (relations.date.start, relations.date.precision) == ("1992", "year")
    assert {"BLR", "PRK"} <= {p.actor_id for p in relations.source + relations.target}


def test_treaty_and_prosecutors_agreement(seed: Extraction) -> None:
    signings = [e for e in seed.events if e.cameo == "057"]
    treaty = [e for e in signings if {"RUS", "PRK"} <= {p.actor_id for p in e.source + e.target}]
    assert len(treaty) == 1 and treaty[0].date.start == "2024-06"
    krasnov = actor_named(seed, "Krasnov")
    assert [e for e in signings if krasnov.id in {p.actor_id for p in e.source}]
    # "a cooperation plan for 2024-2026" names the plan; it does not date the signing.
    assert all(e.date.end != "2026" for e in seed.events)


def test_factuality(seed: Extraction) -> None:
    ryzhenkov, choe = actor_named(seed, "Ryzhenkov"), actor_named(seed, "Choe Sun Hui")
    (talks,) = [e for e in events_with(seed, "CONSULT", ryzhenkov, choe) if e.mode is None]
    (mention,) = [x for x in talks.evidence if "may hold talks" in x.sentence]
    assert mention.factuality == "speculated" and mention.attribution == ["public opinion"]
    (asean,) = [e for e in seed.events if e.location and e.location.name.startswith("Vientiane")]
    assert (asean.date.start, asean.factuality) == ("2024-07-27", "planned")
    embassies = [e for e in seed.events if e.cameo == "050"]
    belarus_embassy = [e for e in embassies if names(e.source) == {"Belarus"}]
    assert [e.factuality for e in belarus_embassy] == ["negated"]
    north_korea_embassy = [e for e in embassies if names(e.source) == {"North Korea"}]
    assert north_korea_embassy[0].factuality == "asserted" and north_korea_embassy[0].date.start == "2016"


def test_planned_visit_is_attributed_to_kcna(seed: Extraction) -> None:
    ryzhenkov = actor_named(seed, "Ryzhenkov")
    (visit,) = [e for e in events_with(seed, "CONSULT", ryzhenkov) if e.mode == "visit" and e.cameo != "043"]
    (kcna,) = [x for x in visit.evidence if "July 23 to 26" in x.sentence]
    assert kcna.factuality == "planned"
    assert kcna.attribution == ["Korean Central News Agency"]
    (ministry,) = [x for x in visit.evidence if "July 23 to 25" in x.sentence]
    assert ministry.attribution == ["Belarusian Ministry of Foreign Affairs"]


def test_outputs_follow_the_json_schema(seed: Extraction, example: Extraction, pipeline) -> None:
    import jsonschema

    from dragoman.model import Article
    from dragoman.schema import load_schema

    debris = Article(id="debris", text="Home | World | Sport\n\n한어Русский языкEnglishFrançaisDeutsch\n\nShare this")
    for extraction in (seed, example, pipeline.extract_article(debris)):
        jsonschema.validate(extraction.to_dict(), load_schema())
