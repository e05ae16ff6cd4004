"""The event coder on small news-style sentences: one test per PLOVER type and per argument,
factuality and attribution rule, plus the lexicon's CAMEO codes checked against CAMEO2PLOVER."""

from __future__ import annotations

import re

import pytest
from conftest import EVALDATA, needs_data
from helpers import events

from dragoman.events import COOPERATIVE_INTENT, HOSTILE_INTENT, Lexicon
from dragoman.model import Event
from dragoman.pipeline import Pipeline

CAMEO2PLOVER = EVALDATA / "plover_gsr_cameo" / "raw" / "CAMEO2PLOVER-2021.txt"


def one(pipeline: Pipeline, text: str, type: str) -> Event:
    found = [e for e in events(pipeline, text) if e.type == type]
    assert len(found) == 1, (text, [(e.type, e.cameo) for e in events(pipeline, text)])
    return found[0]


def countries(participants: list) -> set[str]:
    return {p.country for p in participants}


@pytest.mark.parametrize(("text", "type", "source", "target"), [
    ("Hungarian officials urged Romania to reopen the border.", "REQUEST", {"HUN"}, {"ROU"}),
    ("Poland called on Germany to release the prisoners.", "REQUEST", {"POL"}, {"DEU"}),
    ("Lithuania accused Russia of spying.", "ACCUSE", {"LTU"}, {"RUS"}),
    ("The Danish government condemned the attack.", "ACCUSE", {"DNK"}, set()),
    ("Greek police are investigating the theft.", "ACCUSE", {"GRC"}, set()),
    ("Armenia lodged a protest with Azerbaijan.", "ACCUSE", {"ARM"}, {"AZE"}),
    ("Iran rejected a French proposal.", "REJECT", {"IRN"}, {"FRA"}),
    ("Turkey warned Syria against any incursion.", "THREATEN", {"TUR"}, {"SYR"}),
    # unnamed protesters and forces are the place's own (CAMEO codes unidentified local actors so)
    ("Thousands of students demonstrated in Nairobi on Monday.", "PROTEST", {"KEN"}, {"KEN"}),
    ("Nurses went on strike in Lagos.", "PROTEST", {"NGA"}, {"NGA"}),
    ("Chile expelled two Peruvian diplomats.", "SANCTION", {"CHL"}, {"PER"}),
    ("Spain cut ties with Venezuela.", "SANCTION", {"ESP"}, {"VEN"}),
    ("Ghana deployed troops to the border with Togo.", "MOBILIZE", {"GHA"}, set()),
    ("Kenyan police arrested 12 opposition supporters.", "COERCE", {"KEN"}, {"KEN"}),
    ("The army imposed a curfew in Kano.", "COERCE", {"NGA"}, {"NGA"}),
    # the shipped PETRARCH2 dictionary codes a city by its country, as PLOVER's gold does ("Tel Aviv" -> ISR)
    ("Russian forces shelled Kharkiv.", "ASSAULT", {"RUS"}, {"UKR"}),
    # the rebels are a group actor; Nigeria, the one country the sentence names, is theirs (CAMEO: NGAREB)
    ("The Nigerian army launched an offensive against the rebels.", "ASSAULT", {"NGA"}, {"NGA"}),
    ("Japan sent aid to Nepal.", "AID", {"JPN"}, {"NPL"}),
    ("Uganda granted asylum to Rwandan refugees.", "AID", {"UGA"}, {"RWA"}),
    ("Israel withdrew its troops from Gaza.", "RETREAT", {"ISR"}, {"PSE"}),
    ("Algeria lifted the state of emergency.", "CONCEDE", {"DZA"}, {"DZA"}),
    ("Kenya gave in to the demands of Somali elders.", "CONCEDE", {"KEN"}, {"SOM"}),
    ("France and Germany cooperate on defence.", "COOPERATE", {"FRA", "DEU"}, set()),
    ("Brazil and Argentina agreed to hold talks.", "AGREE", {"BRA", "ARG"}, set()),
    ("Egypt and Jordan signed an agreement.", "SUPPORT", {"EGY", "JOR"}, set()),
])
def test_each_type(pipeline: Pipeline, text: str, type: str, source: set[str], target: set[str]) -> None:
    event = one(pipeline, text, type)
    assert countries(event.source) == source
    assert countries(event.target) == target


def test_passive_voice_agent_is_the_source(pipeline: Pipeline) -> None:
    event = one(pipeline, "Colombian troops were attacked by Venezuelan soldiers.", "ASSAULT")
    assert countries(event.source) == {"VEN"} and countries(event.target) == {"COL"}
    event = one(pipeline, "The Kenyan minister was arrested by Ugandan police.", "COERCE")
    assert countries(event.source) == {"UGA"} and countries(event.target) == {"KEN"}


def test_compound_and_reciprocal_actors(pipeline: Pipeline) -> None:
    event = one(pipeline, "Indian and Chinese troops clashed on the border.", "ASSAULT")
    assert countries(event.source) == {"IND", "CHN"}


def test_possessive_army_and_place_actors(pipeline: Pipeline) -> None:
    assert countries(one(pipeline, "Egypt's army shelled the town.", "ASSAULT").source) == {"EGY"}
    # A capital stands for its government; "forces in Mali" are Mali's.
    assert countries(one(pipeline, "Beirut rejected the proposal.", "REJECT").source) == {"LBN"}
    event = one(pipeline, "Security forces in Mali arrested two journalists.", "COERCE")
    assert countries(event.source) == {"MLI"}


def test_light_verb_nouns(pipeline: Pipeline) -> None:
    assert one(pipeline, "Armenia lodged a protest with Azerbaijan.", "ACCUSE").cameo == "114"
    assert one(pipeline, "Nurses went on strike in Lagos.", "PROTEST").mode == "boycott"
    assert one(pipeline, "The army imposed a curfew in Kano.", "COERCE").mode == "curfew"


def test_content_of_a_speech_act_is_not_a_second_event(pipeline: Pipeline) -> None:
    assert [e.type for e in events(pipeline, "Israel threatened to ban the party.")] == ["THREATEN"]
    assert [e.type for e in events(pipeline, "Cuba refused to release the prisoners.")] == ["REJECT"]


def test_obligation_reported_by_a_speaker_is_a_request(pipeline: Pipeline) -> None:
    event = one(pipeline, "Bolivia said that Peru must return the aircraft.", "REQUEST")
    assert countries(event.source) == {"BOL"} and countries(event.target) == {"PER"}
    assert [e.type for e in events(pipeline, "Bolivia said that Peru must return the aircraft.")] == ["REQUEST"]


def test_announced_intentions(pipeline: Pipeline) -> None:
    text = "Syria said it would withdraw its troops from Lebanon."
    retreat = one(pipeline, text, "RETREAT")
    assert countries(retreat.source) == {"SYR"} and retreat.factuality in ("planned", "reported")
    agree = one(pipeline, text, "AGREE")
    assert countries(agree.source) == {"SYR"} and countries(agree.target) == {"LBN"}
    threat = one(pipeline, "If so, Japan will impose sanctions on Iran.", "THREATEN")
    assert countries(threat.source) == {"JPN"} and countries(threat.target) == {"IRN"}


@pytest.mark.parametrize(("text", "types"), [
    ("Russia will send troops to the border with Ukraine, the ministry said.", ["MOBILIZE", "THREATEN"]),
    # Troops sent to keep the peace are aid (CAMEO 074), and promising them is cooperative, not a threat.
    ("Nigeria will send troops to join the peacekeeping mission in Mali.", ["AID", "AGREE"]),
    ("Ghana deployed 800 soldiers to the UN peace-keeping force in Lebanon.", ["AID"]),
])
def test_troops_sent_to_keep_the_peace_are_aid(pipeline: Pipeline, text: str, types: list[str]) -> None:
    found = events(pipeline, text)
    assert [e.type for e in found] == types
    assert found[0].cameo == ("074" if types[0] == "AID" else "154")


@pytest.mark.parametrize(("text", "type", "factuality"), [
    ("Poland and Lithuania may hold talks next week.", "CONSULT", "speculated"),
    ("The Estonian president will visit Finland in May.", "CONSULT", "planned"),
    ("Latvia has not opened an embassy in Seoul.", "SUPPORT", "negated"),
    ("If so, Japan will impose sanctions on Iran.", "COERCE", "hypothetical"),
    ("Morocco arrested three Spanish fishermen, according to reports.", "COERCE", "reported"),
    ("Ecuador said that Colombia had shelled a border village.", "ASSAULT", "reported"),
])
def test_factuality(pipeline: Pipeline, text: str, type: str, factuality: str) -> None:
    assert one(pipeline, text, type).factuality == factuality


def test_attribution(pipeline: Pipeline) -> None:
    event = one(pipeline, "Ecuador said that Colombia had shelled a border village.", "ASSAULT")
    assert event.attribution == ["Ecuador"] and countries(event.source) == {"COL"}
    event = one(pipeline, "Morocco arrested three Spanish fishermen, according to reports.", "COERCE")
    assert event.attribution == ["reports"]


def _cameo_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


@needs_data(CAMEO2PLOVER)
def test_every_lexicon_cameo_code_maps_to_its_plover_type() -> None:
    table = _cameo_table()
    lexicon = Lexicon.load()
    rules = {id(r): r for entries in (*lexicon.verbs.values(), *lexicon.nouns.values()) for r, _ in entries}
    wrong = [(r.lemmas[:3], r.cameo, r.type, table.get(r.cameo or "")) for r in rules.values()
             if r.cameo and table.get(r.cameo) != r.type]
    assert not wrong
    assert all(table[c] == "AGREE" for c, _ in COOPERATIVE_INTENT.values())
    assert all(table[c] == "THREATEN" for c, _ in HOSTILE_INTENT.values())


# Argument rules, one sentence each: demonyms spaCy misses, ethnic groups, unnamed local actors, the passive,
# content and purpose clauses, nested objects, conditional threats, organizations' countries.
@pytest.mark.parametrize(("text", "type", "source", "target"), [
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "PROTEST", {"SRB"}, {"SRB"}),
    ("Ghanaian authorities have deported 168 Liberians.", "COERCE", {"GHA"}, {"LBR"}),
    ("Thousands of Nigerians were converging Thursday for a rally in Lagos.", "PROTEST", {"NGA"}, {"NGA"}),
    ("A roadside bombing near the town of Samarra killed one U.S. soldier.", "ASSAULT", {"IRQ"}, {"USA"}),
    ("Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra.",
     "ASSAULT", {"IRQ"}, {"USA"}),
    ("A US national has been put under investigation in Italy.", "ACCUSE", {"ITA"}, {"USA"}),
    ("Montenegro's prime minister has been indicted by the court and will resign.", "RETREAT", {"MNE"}, set()),
    ("Syria says it is willing to withdraw its troops from Lebanon.", "RETREAT", {"SYR"}, {"LBN"}),
    ("Syria says it is willing to withdraw its troops from Lebanon.", "AGREE", {"SYR"}, {"LBN"}),
    ("Serb forces were engaged in ethnic cleansing in Montenegro.", "ASSAULT", {"SRB"}, {"MNE"}),
    ("Italy announced a suspension of air links with Serbia.", "SANCTION", {"ITA"}, {"SRB"}),
    ("British Defence Secretary Tom King has promised to continue military aid to Mozambique.",
     "AGREE", {"GBR"}, {"MOZ"}),
    ("Druze inhabitants of the Syrian Golan Heights threatened to hold a general strike unless Israel "
     "rescinded its annexation.",
     "THREATEN", {"SYR"}, {"ISR"}),
    ("Russia has threatened to stop negotiations if the United States goes ahead with the deployment.",
     "THREATEN", {"RUS"}, {"USA"}),
    ("President Levy Mwanawasa has reneged on his commitment to the Zambian people.", "REJECT", {"ZMB"}, {"ZMB"}),
    ("Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians.",
     "ACCUSE", {"HRV"}, {"HRV"}),
    ("The Turkish government has refused to commit to any direct assistance to the US-led war against Iraq.",
     "REJECT", {"TUR"}, {"USA"}),
    ("Uzbekistan opened the Friendship Bridge to allow the delivery of grain to Afghanistan.",
     "RETREAT", {"UZB"}, {"AFG"}),
    ("Egyptian police opened fire to disperse demonstrators.", "ASSAULT", {"EGY"}, {"EGY"}),
    ("Tens of thousands of university students throughout Indonesia staged mass demonstrations.",
     "PROTEST", {"IDN"}, {"IDN"}),
    ("Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya group.",
     "THREATEN", {"EGY"}, {"EGY"}),
    ("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government "
     "provide information.",
     "REQUEST", {"TUR"}, {"TUR"}),
    ("Militants loyal to Iraq's Al-Qaeda frontman said they attempted to assassinate Prime Minister Iyad Allawi.",
     "ASSAULT", {"IRQ"}, {"IRQ"}),
    ("Some 500,000 workers affiliated with the Serbian Workers' Union stopped work on the first day of an "
     "open-ended strike.",
     "PROTEST", {"SRB"}, {"SRB"}),
    ("France is ready to contribute 4,000 troops to a peace-keeping force in Liberia.", "AGREE", {"FRA"}, {"LBR"}),
    ("France is ready to contribute 4,000 troops to a peace-keeping force in Liberia.", "AID", {"FRA"}, {"LBR"}),
    ("The radical Palestinian Islamic Jihad movement rejected an invitation to attend a meeting of "
     "Palestinian factions.",
     "REJECT", {"PSE"}, {"PSE"}),
    ("A newspaper based in Beirut has violated a ban by General Michel Aoun.", "REJECT", {"LBN"}, {"LBN"}),
    ("Ethopia has agreed to re-open its borders.", "AGREE", {"ETH"}, set()),
    ("The Hamas threatened Monday to resume terrorist activities in Israel.", "THREATEN", {"PSE"}, {"ISR"}),
    ("The UNITA militarist wing refused to allow United Nations planes to land.", "REJECT", {"AGO"}, {None}),
    ("Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees.",
     "ASSAULT", {"GIN"}, {"SLE", "LBR"}),
    ("Benin opened its borders today, but was still refusing admittance to Ghanaians, Benin police said.",
     "REJECT", {"BEN"}, {"GHA"}),
    ("President Yoweri Museveni has threatened to ban Ugandan opposition candidates from the elections.",
     "THREATEN", {"UGA"}, {"UGA"}),
    ("Quatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort between the Emirates "
     "and Saudi Arabia.",
     "CONSULT", {"QAT"}, {"ARE", "SAU"}),
    # the doctors are a group actor of no known country
    ("Doctors delivered $50,000 worth of goods to Baghdad University Medical School.", "AID", {None}, {"IRQ"}),
    ("The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to participate in the elections.",
     "CONCEDE", {"CIV"}, {"CIV"}),
    ("U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde.", "AID", {None}, {"BIH"}),
])
def test_argument_rules(pipeline: Pipeline, text: str, type: str, source: set, target: set) -> None:
    event = one(pipeline, text, type)
    assert countries(event.source) == source
    assert countries(event.target) == target


def test_insisting_on_its_own_course_is_not_a_request(pipeline: Pipeline) -> None:
    found = events(pipeline, "North Korea insists on opening a new era in bilateral relations.")
    assert not [e for e in found if e.type == "REQUEST"]
    # a demand on another party is still one
    assert one(pipeline, "Russia insisted on the withdrawal of Georgian troops.", "REQUEST")


def test_an_attack_in_a_place_without_a_named_attacker_is_coded_to_the_place(pipeline: Pipeline) -> None:
    event = one(pipeline, "A car bomb killed five civilians in Baghdad on Sunday.", "ASSAULT")
    assert countries(event.source) == {"IRQ"}
    # a meeting has no such unnamed source: the host city's country is not a party to it
    assert not [e for e in events(pipeline, "Delegates met in Geneva on Monday.") if countries(e.source) == {"CHE"}]
