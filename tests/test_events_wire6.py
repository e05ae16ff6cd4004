"""Wire constructions of attacks and their places, and of people called by an inner name (issue 13, session 18).
Every sentence is written for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import actors, countries, events, names, of_type

from dragoman.pipeline import Pipeline

# -- an attack noun as the subject: its owner strikes, where it fell is the place ---------------------------------


def test_weapon_owner_of_a_nominal_attack_is_the_source(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "A Russian drone strike on a power station in Sumy killed four workers."),
                        "ASSAULT")
    assert countries(attack.source) == {"RUS"}
    assert countries(attack.target) == {"UKR"}  # the dead are of where the strike fell, not the striker's people


def test_shelling_of_a_city_places_the_killing_there(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Russian shelling of Kherson killed three civilians on Sunday."), "ASSAULT")
    assert attack.location is not None and attack.location.country == "UKR"
    assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}


def test_attack_noun_in_a_phrase_of_time_places_nothing(pipeline: Pipeline) -> None:
    # the attacks on Gaza say when the closure began, not where it happened or who closed the clinics
    found = events(pipeline, "The clinics have been closed since the start of the air strikes on Gaza.")
    assert all(e.location is None or e.location.country != "PSE" for e in found if e.type != "ASSAULT")


def test_town_taken_for_a_person_after_a_site_noun_is_a_place(pipeline: Pipeline) -> None:
    # "Khan" is a given name, but no person is "in" a hospital that way
    (attack,) = of_type(events(pipeline, "An Israeli strike on a hospital in Khan Younis killed nine patients."),
                        "ASSAULT")
    assert countries(attack.source) == {"ISR"} and countries(attack.target) == {"PSE"}
    assert not any(a.kind == "person" for a in actors(pipeline, "An Israeli strike on a hospital in Khan Younis "
                                                                "killed nine patients."))


def test_town_of_a_name_is_a_place_of_the_country_before_it(pipeline: Pipeline) -> None:
    found = actors(pipeline, "The sheriff spoke in the small West Texas town of Eldorado on Monday.")
    assert not any(a.kind == "person" and "Eldorado" in a.name for a in found)
    assert {a.country for a in found if a.kind == "country"} <= {"USA"}


# -- "left N dead": the harm an attack leaves is the attack --------------------------------------------------------


def test_raid_that_left_people_dead_is_an_assault(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "An Israeli raid on the Nur Shams camp left seven Palestinians dead."),
                        "ASSAULT")
    assert countries(attack.source) == {"ISR"} and countries(attack.target) == {"PSE"} and attack.dead == 7


def test_leaving_a_place_near_a_death_is_no_assault(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "President Ruto left Nairobi after two officers were found dead."),
                       "ASSAULT")
    assert not events(pipeline, "Chancellor Scholz left Berlin on Tuesday.")


# -- a nominal act with its agent and its object -------------------------------------------------------------------


def test_killing_of_people_by_an_agent_is_the_agents_act(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Human Rights Watch documented the killing of villagers by the Ethiopian "
                                         "army in Amhara."), "ASSAULT")
    assert any("army" in n for n in names(attack.source)) and any("villagers" in n for n in names(attack.target))


def test_shelling_by_a_force_reported_by_witnesses(pipeline: Pipeline) -> None:
    # a common noun of an armed force is as good an agent as a name
    (attack,) = of_type(events(pipeline, "Witnesses described heavy shelling by Russian troops on the town of "
                                         "Kupiansk."), "ASSAULT")
    assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}


def test_town_of_a_name_the_gazetteer_does_not_know_is_no_person(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Russian troops shelled the town of Chasiv Yar overnight.")
    assert not any(a.kind == "person" for a in found)


# -- a person called by an inner name of the full name ------------------------------------------------------------


def test_inner_name_is_the_person_named_in_full(pipeline: Pipeline) -> None:
    found = events(pipeline, "Brazilian President Luiz Inacio Lula da Silva met German Chancellor Olaf Scholz in "
                             "Brasilia. Lula praised Scholz for Germany's climate funding.")
    (praise,) = of_type(found, "SUPPORT")
    assert names(praise.source) == {"Luiz Inacio Lula da Silva"}


def test_fathers_name_after_bin_is_not_the_son(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Crown Prince Mohammed bin Salman received the French foreign minister. Salman later "
                             "left for Jeddah.")
    (prince,) = [a for a in found if "Mohammed bin Salman" in a.name]
    assert not any(m.text == "Salman" for m in prince.mentions)


# -- travelling for a visit, received by a host, both countries, not yet done ----------------------------------------


def test_travelling_for_a_visit_is_the_visit(pipeline: Pipeline) -> None:
    (visit,) = of_type(events(pipeline, "Kenyan President William Ruto flew to Kampala on Monday for a three-day "
                                        "visit."), "CONSULT")
    assert visit.mode == "visit" and countries(visit.source) == {"KEN"} and countries(visit.target) == {"UGA"}
    (left,) = of_type(events(pipeline, "Japanese Prime Minister Fumio Kishida left for Manila on Friday on an "
                                       "official visit."), "CONSULT")
    assert countries(left.target) == {"PHL"}


def test_travelling_alone_is_no_visit(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The Kenyan athletes flew to Kampala on Monday."), "CONSULT")


def test_received_by_a_host_in_the_passive(pipeline: Pipeline) -> None:
    found = events(pipeline, "Kenyan President William Ruto arrived in Kampala on Monday. He was received at the "
                             "airport by President Yoweri Museveni.")
    hosted = [e for e in of_type(found, "CONSULT") if e.cameo == "043"]
    assert hosted and names(hosted[0].source) == {"Yoweri Museveni"} and names(hosted[0].target) == {"William Ruto"}


def test_passive_pronoun_without_a_host_is_no_visit(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Police said they were called to the bank on Monday."), "CONSULT")


def test_both_countries_after_an_act_in_one_of_them(pipeline: Pipeline) -> None:
    found = events(pipeline, "Armenia and Azerbaijan signed a border protocol on Monday.\n\nArmenian police "
                             "detained 12 protesters in Yerevan.\n\nThe European Union urged both countries to "
                             "respect the ceasefire.")
    (urged,) = of_type(found, "REQUEST")
    assert countries(urged.target) == {"ARM", "AZE"}


def test_yet_to_act_has_not_happened(pipeline: Pipeline) -> None:
    (agree,) = of_type(events(pipeline, "Serbia and Kosovo have yet to agree on the border crossings."), "AGREE")
    assert agree.factuality == "negated"


# -- sanctions adopted in packages; threats aimed past the speaker's own side; a joined clause's place ---------------


def test_sanctions_adopted_in_a_package(pipeline: Pipeline) -> None:
    (sanction,) = of_type(events(pipeline, "The European Union on Monday adopted a fourth package of sanctions "
                                           "against Belarus."), "COERCE")
    assert names(sanction.source) == {"European Union"} and countries(sanction.target) == {"BLR"}


def test_a_package_of_loans_is_still_aid(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "The World Bank approved a package of loans for Malawi."), "AID")
    assert not of_type(events(pipeline, "The EU approved a new package of sanctions on Belarus."), "AID")


def test_threat_of_the_speakers_own_side_is_aimed_at_whom_it_acts_on(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Azerbaijani Defence Minister Zakir Hasanov warned that Azerbaijan would "
                                         "crush Armenia if it attacked again."), "THREATEN")
    assert countries(threat.target) == {"ARM"}


def test_threat_that_another_will_suffer_is_aimed_at_it(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Pyongyang warned that Seoul would pay a heavy price."), "THREATEN")
    assert countries(threat.target) == {"KOR"}


def test_clause_joined_to_a_placed_one_happens_there(pipeline: Pipeline) -> None:
    text = ("NAIROBI (Reuters) - Kenya's parliament passed the finance bill on Tuesday.\n\nIn Kampala, hundreds of "
            "students marched through the city on Wednesday, and police detained 40 students.")
    (arrest,) = of_type(events(pipeline, text), "COERCE")
    assert arrest.location is not None and arrest.location.country == "UGA"
    assert countries(arrest.source) <= {"UGA"}


def test_herders_blamed_are_the_target(pipeline: Pipeline) -> None:
    # a noun of people the Phoenix agent dictionary lacks, in dragoman's supplementary one
    (blame,) = of_type(events(pipeline, "Police in Benue state blamed armed herders for the killings."), "ACCUSE")
    assert names(blame.target) == {"herders"}


# -- acceptances answer the one who asked; a proposal, its acceptance and a signing are acts of their own ------------


def test_accepted_invitation_is_aimed_at_the_inviter(pipeline: Pipeline) -> None:
    found = events(pipeline, "Modi invited Lula to visit New Delhi in December, and Lula accepted the invitation, "
                             "the Indian foreign ministry said.")
    (accepted,) = [e for e in of_type(found, "AGREE") if "accepted" in e.evidence[0].trigger]
    assert countries(accepted.target) == {"IND"}


def test_a_proposal_and_its_acceptance_are_two_events(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Qatar proposed a new truce plan on Sunday. The Houthis accepted the proposal "
                                     "on Monday."), "AGREE")
    assert len(found) == 2
    (accepted,) = [e for e in found if "accepted" in e.evidence[0].trigger]
    assert countries(accepted.target) == {"QAT"}


def test_signing_is_another_act_than_thanks(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Lula thanked Modi for the welcome. The two leaders signed a trade "
                                     "agreement in New Delhi on Tuesday.", ), "SUPPORT")
    assert {e.cameo for e in found} == {"051", "057"}


# -- an attack fended off: its doer is named on the attack, the one fending it off is its target ------------------


def test_repelled_attack_is_the_attackers(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Ukrainian forces repelled a Russian assault near Pokrovsk on Monday."),
                        "ASSAULT")
    assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}
    (by_agent,) = of_type(events(pipeline, "Israeli troops repulsed an attack by Hamas fighters near Rafah."),
                          "ASSAULT")
    assert names(by_agent.source) == {"Hamas"} and countries(by_agent.target) == {"ISR"}


def test_received_aid_named_on_the_noun_is_from_that_country(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Moldova received Romanian aid on Tuesday."), "AID")
    assert countries(aid.source) == {"ROU"} and countries(aid.target) == {"MDA"}


def test_attack_fended_off_for_another_is_aimed_at_it(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "An Indian Navy warship repulsed a pirate attack on a Liberian-flagged "
                                         "tanker in the Gulf of Aden."), "ASSAULT")
    assert not countries(attack.target) & {"IND"}


def test_according_to_on_a_participle_clause_reports_the_whole_sentence(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Myanmar's military bombed a village in Sagaing on Tuesday, killing at least "
                                         "20 people, according to local residents."), "ASSAULT")
    assert attack.factuality == "reported"


def test_gerund_subject_names_its_sides_by_between(pipeline: Pipeline) -> None:
    # spaCy tags a sentence-initial "Fighting" as a verb; "The fighting" was already read as a noun
    (attack,) = of_type(events(pipeline, "Fighting between the army and the M23 rebels has killed hundreds."),
                        "ASSAULT")
    assert {p.name for p in attack.source + attack.target} >= {"army"}
    assert len(attack.source + attack.target) == 2
