"""Dictionary verbs used in another sense than the one the CAMEO verb line codes: a phrasal verb whose particle of
place or path changes the verb ("pulled the van over"), a verb of taking with a goal, which carries rather than
seizes ("took her daughter into the house"). Sentences written for these tests."""

from __future__ import annotations

from helpers import events

from dragoman.events.dictionary import CameoDictionary
from dragoman.pipeline import Pipeline


def _coded(pipeline: Pipeline, dictionary: CameoDictionary, text: str) -> list[tuple[str, str | None]]:
    return [(t.word.text, t.rule.cameo) for t in dictionary.triggers(list(pipeline.parser.nlp(text)), set())]


def test_a_traffic_stop_is_no_seizure(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "A state trooper pulled the truck driver over near the exit .") == []
    assert _coded(pipeline, dictionary, "Deputies pulled her over two miles south of town .") == []
    assert "COERCE" not in {e.type for e in events(pipeline, "Highway patrol officers pulled him over on Route 9.")}
    # the line's own patterns name "back": pulling forces back is a withdrawal
    assert _coded(pipeline, dictionary, "Russia pulled its troops back from the border .") == [("pulled", "0874")]


def test_a_particle_the_verb_patterns_name_keeps_the_verb(pipeline: Pipeline) -> None:
    # TAKE's patterns name "over" ("- * OVER &INVESTIGATION"): taking over a ship is seizing it
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The pirates tried to take over a Greek tanker .") == [("take", "171")]


def test_passed_over_is_no_approval(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The deputy director was passed over by the president .") == []


def test_taking_someone_somewhere_is_carrying_not_seizing(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The father took his daughter into the house .") == []
    assert _coded(pipeline, dictionary, "The nurse took the boy inside .") == []
    assert _coded(pipeline, dictionary, "The injured officer was taken to a hospital in Portland .") == []
    assert _coded(pipeline, dictionary, "Two detectives caught up to the man on Main Street .") == []
    # taking people or goods with no goal stays a seizure
    assert _coded(pipeline, dictionary, "The coast guard seized two Iranian fishermen .") == [("seized", "171")]
    assert "COERCE" in {e.type for e in events(pipeline, "The Kenyan navy captured 12 pirates off Mombasa.")}


def test_needing_or_hoping_to_act_oneself_asks_nothing_of_anyone(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The mayor needs to find a new budget director .") == []
    # the lemmatizer reads "hoped" as "hop": the dictionary's own lemma decides
    assert _coded(pipeline, dictionary, "The agency had hoped to open a second camp for refugees .") == []
    assert _coded(pipeline, dictionary, "The committee wishes to thank the volunteers .") == []
    # an appeal to another party keeps its sense
    assert ("hopes", "020") in _coded(pipeline, dictionary, "Egypt hopes Israel will withdraw from Gaza .")


def test_effort_and_aim_before_an_infinitive_are_no_fight(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The paramedics struggled to save the driver .") == []
    assert _coded(pipeline, dictionary, "The new law aims to reduce traffic deaths .") == []
    # the infinitive's own verb still codes
    assert _coded(pipeline, dictionary, "Russia aims to capture the Ukrainian city .") == [("capture", "190")]


def test_preferring_to_act_oneself_endorses_no_one(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The senator preferred to spend the weekend with his family .") == []


def test_taking_shelter_is_no_seizure(pipeline: Pipeline) -> None:
    assert "COERCE" not in {e.type for e in events(pipeline, "Hundreds of villagers took shelter in the mosque.")}
    # giving shelter is the lexicon's aid
    assert "AID" in {e.type for e in events(pipeline, "Turkey gave shelter to the Syrian refugees.")}


def test_a_protest_against_a_grievance_is_no_figure_of_speech(pipeline: Pipeline) -> None:
    assert "PROTEST" in {e.type for e in events(pipeline, "Thousands of Kenyans protested against rising prices.")}
    assert "PROTEST" in {e.type for e in events(pipeline, "Workers in Lagos marched against unemployment.")}
    # fighting them is still a figure
    assert not events(pipeline, "The Kenyan government is fighting rising prices.")


def test_figures_of_battle_and_attack(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Bolivian president faces an uphill battle in Congress.")
    assert not events(pipeline, "The Chilean opposition launched a charm offensive in Brussels.")
    assert not events(pipeline, "The Polish minister attacked the problem of youth unemployment.")
    assert not events(pipeline, "Chevron is locked in a legal battle with Ecuador.")


def test_refusing_to_be_drawn_is_declining_comment(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Indonesian police refused to be drawn on the matter.")
    assert "REJECT" in {e.type for e in events(pipeline, "Indonesia refused to extradite the Australian suspect.")}


def test_the_topic_of_a_comment_is_no_act_of_its_verb(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Egyptian presidency had no comment on the talks.")
    assert not events(pipeline, "The Kenyan president held a news conference about the visit.")
    # the light verb's own object is its act
    assert "CONSULT" in {e.type for e in events(pipeline, "The Kenyan president held talks with the Somali president.")}
    assert "CONSULT" in {e.type for e in events(pipeline, "The Saudi king led a delegation on a visit to Cairo.")}


def test_a_cooperative_root_chosen_by_a_preposition_alone_is_vague(pipeline: Pipeline) -> None:
    # COME's pattern "- * (TO)" and the entry GO_TO give the consult root 040 by a preposition alone
    assert not events(pipeline, "The two detectives went to Denver to interview the witness.")
    assert not events(pipeline, "The family had come to the school after the shelling.")
    # a pattern that names its object still codes: "arrived for talks" is a meeting (046)
    arrived = events(pipeline, "The Iranian foreign minister arrived in Ankara for talks with Turkish officials.")
    assert "CONSULT" in {e.type for e in arrived}


def test_delaying_ones_own_act_rejects_no_one(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The sheriff delayed releasing the name of the victim .") == []
    delayed = _coded(pipeline, dictionary, "Israel delayed the release of 26 Palestinian prisoners .")
    assert delayed == [("delayed", "120")]


def test_fire_from_critics_is_criticism(pipeline: Pipeline) -> None:
    def coded(text: str) -> set[tuple[str, str | None]]:
        return {(e.type, e.cameo) for e in events(pipeline, text)}

    assert coded("The Peruvian minister came under fire from lawmakers.") == {("ACCUSE", "111")}
    assert coded("The Peruvian minister came under fire for his remarks about Chile.") == {("ACCUSE", "111")}
    assert coded("The Kenyan president has come under attack from the opposition.") == {("ACCUSE", "111")}
    # fire from fighters, or over a place, is shooting
    assert "ASSAULT" in {t for t, _ in coded("A Peruvian army patrol came under fire from Shining Path rebels.")}
    assert "ASSAULT" in {t for t, _ in coded("Israeli jets came under fire over southern Lebanon.")}


def test_a_past_fact_in_a_content_clause_is_no_act_wanted_of_its_subject(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The lawyer contended the witness was not at home that night .") == []
    assert _coded(pipeline, dictionary, "The report suggested the minister knew about the payments .") == []
    # an act wanted of another party keeps the appeal
    assert ("suggested", "020") in _coded(pipeline, dictionary, "Egypt suggested Israel withdraw from Gaza .")
    assert ("hopes", "020") in _coded(pipeline, dictionary, "Egypt hopes Israel will withdraw from Gaza .")


def test_a_participle_killed_in_an_accident_is_no_assault(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Ohio teenager killed in highway crash")
    assert not [e for e in events(pipeline, "Two cyclists injured in a collision near Leeds, police said.")
                if e.type == "ASSAULT"]
    # killed in an ambush is an attack
    assert "ASSAULT" in {e.type for e in events(pipeline, "Three Afghan soldiers killed in Taliban ambush")}


def test_what_happens_as_a_rule_is_no_event(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Israeli troops often raid the Jenin camp.")
    assert not events(pipeline, "Kidnappings are rarely carried out by women.")
    assert "ASSAULT" in {e.type for e in events(pipeline, "Israeli troops raided the Jenin camp on Monday.")}


def test_let_us_is_a_proposal_not_a_concession(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Let's give the talks with Iran a chance, the French minister said.")
    assert "CONCEDE" in {e.type for e in events(pipeline, "Israel let the aid convoy into Gaza.")}


def test_the_agent_of_a_coordinated_passive_or_participle(pipeline: Pipeline) -> None:
    assert not events(pipeline, "At least 24 people were killed and 200 injured by the earthquake in Sumatra.")
    assert not events(pipeline, "A strong earthquake struck Aceh, causing houses to collapse and injuring 50 people.")
    fighters = events(pipeline, "Three soldiers were killed and five wounded by Taliban fighters in Helmand.")
    assert "ASSAULT" in {e.type for e in fighters}


def test_a_press_release_is_no_release(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Kenyan police will issue a press release on Monday.")
    found = events(pipeline, "The army announced the release of the hostages in a press release.")
    assert "RETREAT" in {e.type for e in found}


def test_hurting_ones_own_body_is_no_attack(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Kenyan runner injured her ankle in Nairobi.")
    assert not events(pipeline, "Smith hurt his knee against the Chiefs on Sunday.")
    # another's body, or a plural subject with "his", is an attack
    assert "ASSAULT" in {e.type for e in events(pipeline, "Police beat his legs with batons in Lagos.")}


def test_a_call_made_is_no_request(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Firefighters were called to the warehouse at 9 p.m.")
    assert not events(pipeline, "The neighbours called the police, but the officers found nothing.")
    asked = events(pipeline, "The Kenyan president called on Somalia to free the hostages.")
    assert "REQUEST" in {e.type for e in asked}


def test_a_catastrophe_kills_no_one_by_attack(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The catastrophe killed more than 5,000 people in the Philippines.")
    assert not events(pipeline, "Hit the jump for more pictures of the new tablet.")


def test_figures_of_attack_with_words_or_on_bills(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Greek minister was bombarded with questions by reporters.")
    assert not events(pipeline, "The Polish senate killed the bill.")
    # tear gas is no figure, nor is a protest against a bill
    assert "ASSAULT" in {e.type for e in events(pipeline, "Kenyan police attacked the protesters with tear gas.")}
    assert "PROTEST" in {e.type for e in events(pipeline, "Students in Santiago protested against the bill.")}


def test_a_bad_thing_called_by_what_it_is_about_blames(pipeline: Pipeline) -> None:
    # "an attack on press freedom": the attack is bad, whatever freedom is
    found = events(pipeline, "The Kenyan opposition called the law an attack on press freedom.")
    assert {e.type for e in found} == {"ACCUSE"}
    assert {e.type for e in events(pipeline, "The Kenyan opposition called the talks a great success.")} == {"SUPPORT"}


def test_a_push_with_a_direction_is_force_not_a_demand(pipeline: Pipeline) -> None:
    # PUSH and PRESS are demands in CAMEO; with a direction or a goal they move something or someone
    dictionary = CameoDictionary()
    assert _coded(pipeline, dictionary, "The Iraqi army pushed the Kurdish fighters out of the town .") == []
    # an advance is no demand (patterns of the verbs read some as attacks: 192, 190)
    for advance in ("Russian armored columns pushed into the suburbs of Kyiv .",
                    "The rebels pressed on toward the capital ."):
        assert not [code for _, code in _coded(pipeline, dictionary, advance) if code and code[:2] in ("02", "10")]
    assert ("pushed", "100") in _coded(pipeline, dictionary, "The EU pushed Serbia to recognize Kosovo .")
    assert _coded(pipeline, dictionary, "Police ordered the protesters out of the square .") == [("ordered", "100")]
