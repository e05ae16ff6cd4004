"""Wire-agency diplomatic and security reporting (issue 13): articles written for these tests in the styles of
KCNA, TASS, Xinhua, Anadolu, KUNA and Reuters (none is a real article). Each test states the events a careful
PLOVER coder codes from the article and the false ones it does not."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import countries, of_type

from dragoman.clean import place_dateline_end
from dragoman.model import Article, Event
from dragoman.pipeline import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Event]:
    (ex,) = list(pipeline.extract_many([Article(id="wire", text=text, published=date(2024, 11, 30))]))
    return ex.events


def names(participants: list) -> set[str]:
    return {p.name for p in participants}


def one(found: list[Event], type: str) -> Event:
    matching = [e for e in found if e.type == type]
    assert len(matching) == 1, [(e.type, names(e.source), names(e.target)) for e in found]
    return matching[0]


# -- the lead's six samples ----------------------------------------------------------------------------------------

TASS = """Putin, Erdogan discuss Syria by phone

MOSCOW, November 30. /TASS/. Russian President Vladimir Putin held a telephone conversation with his Turkish \
counterpart Recep Tayyip Erdogan on Saturday, the Kremlin press service said.

The leaders discussed the situation in Syria and agreed to continue contacts. Erdogan thanked Putin for the supply \
of grain.
"""

XINHUA = """Xi meets Pakistani PM

BEIJING, Nov. 29 (Xinhua) -- Chinese President Xi Jinping met with Pakistani Prime Minister Shehbaz Sharif at the \
Great Hall of the People in Beijing on Friday.

Xi said China is willing to work with Pakistan to deepen the all-weather strategic cooperative partnership. The two \
sides signed a number of cooperation documents covering trade and infrastructure.
"""

KCNA = """Kim Jong Un Receives Credentials from Belarusian Ambassador

Pyongyang, November 28 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the \
State Affairs of the DPRK, received credentials from Yury Sokolov, newly appointed Belarusian ambassador to the \
DPRK, at the Kumsusan Palace of the Sun on Thursday.

The ambassador conveyed greetings from Alexander Lukashenko, president of Belarus, to Kim Jong Un.

Kim Jong Un had a friendly talk with the ambassador and expressed his hope that the relations between the two \
countries would develop.
"""

ANADOLU = """Turkish army neutralizes 5 PKK terrorists in northern Iraq

ANKARA (AA) - Turkish security forces neutralized five PKK terrorists in northern Iraq, the National Defense \
Ministry said on Sunday.

The terrorists were neutralized in an air-backed operation in the Hakurk region, the ministry said on X.
"""

KUNA = """Amir receives cable of congratulations from Saudi King

KUWAIT, Nov 30 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received on Saturday a \
cable of congratulations from Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud of Saudi Arabia.

His Highness the Amir also sent a cable to the Emir of Qatar Sheikh Tamim bin Hamad Al-Thani, wishing him good \
health.
"""

REUTERS = """Israel strikes Gaza as ceasefire talks stall

JERUSALEM, Dec 1 (Reuters) - Israeli aircraft struck targets in the Gaza Strip on Sunday, killing at least 12 \
people, Palestinian health officials said, as talks on a ceasefire mediated by Egypt and Qatar stalled.

Hamas accused Israel of obstructing the negotiations. Israel's military said it had targeted militants. The United \
States urged both sides to return to the table.
"""


def test_tass_phone_call_with_a_counterpart_named_beside_the_office(pipeline: Pipeline) -> None:
    found = events(pipeline, TASS)
    consults = [e for e in found if e.type == "CONSULT"]
    call = next(e for e in consults if e.mode == "phone")
    assert names(call.source) == {"Vladimir Putin"} and names(call.target) == {"Recep Tayyip Erdogan"}
    # "the leaders discussed the situation in Syria": Putin and Erdogan; Syria is the topic, no party
    for event in found:
        assert "SYR" not in countries(event.source + event.target), event
    assert all(names(e.source + e.target) == {"Vladimir Putin", "Recep Tayyip Erdogan"} for e in consults)
    assert all(e.mode != "third-party" for e in consults)  # the topic's place is not where they met
    agree = one(found, "AGREE")
    assert names(agree.source + agree.target) == {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_tass_dateline_is_no_party() -> None:
    paragraph = "MOSCOW, November 30. /TASS/. Russian President Vladimir Putin held a telephone conversation."
    assert paragraph[place_dateline_end(paragraph):].startswith("Russian President")


def test_xinhua_willingness_to_work_with_is_agree_and_the_two_sides_sign(pipeline: Pipeline) -> None:
    found = events(pipeline, XINHUA)
    meeting = one(found, "CONSULT")
    assert names(meeting.source) == {"Xi Jinping"} and names(meeting.target) == {"Shehbaz Sharif"}
    agree = one(found, "AGREE")
    assert countries(agree.source) == {"CHN"} and countries(agree.target) == {"PAK"}
    signing = one(found, "SUPPORT")  # signing agreements: CAMEO 057, PLOVER SUPPORT
    assert countries(signing.source + signing.target) == {"CHN", "PAK"}
    for planned in (e for e in found if e.type == "COOPERATE"):  # the deepening is pursued with Pakistan
        assert countries(planned.target) == {"PAK"}


def test_kcna_credentials_the_ambassador_and_greetings(pipeline: Pipeline) -> None:
    found = events(pipeline, KCNA)
    assert found and all(e.type == "CONSULT" for e in found)  # greetings are a comment: PLOVER codes none
    for event in found:
        assert names(event.source + event.target) == {"Kim Jong Un", "Yury Sokolov"}, event
    credentials = next(e for e in found if e.mode == "visit")
    assert names(credentials.source) == {"Yury Sokolov"}  # the envoy calls on the host: PLOVER's visitor
    assert names(credentials.target) == {"Kim Jong Un"}


def test_kcna_dateline_is_no_party() -> None:
    paragraph = "Pyongyang, November 28 (KCNA) -- Kim Jong Un received credentials from the ambassador."
    assert paragraph[place_dateline_end(paragraph):].startswith("Kim Jong Un")
    assert place_dateline_end("Pyongyang said on Monday it would test more missiles.") == 0


def test_anadolu_neutralized_is_an_attack(pipeline: Pipeline) -> None:
    found = events(pipeline, ANADOLU)
    assault = one(found, "ASSAULT")  # "the terrorists were neutralized" is the same attack, on the PKK
    assert countries(assault.source) == {"TUR"} and names(assault.target) == {"PKK"}


def test_kuna_cables(pipeline: Pipeline) -> None:
    found = events(pipeline, KUNA)
    praise = one(found, "SUPPORT")  # a cable of congratulations: praise (CAMEO 051)
    assert names(praise.source) == {"Salman bin Abdulaziz Al Saud"}
    assert names(praise.target) == {"Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"}
    cable = one(found, "CONSULT")  # another cable between leaders: CAMEO's CABLE, consultation by a remote medium
    assert cable.mode == "phone"
    assert names(cable.source) == {"Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"}
    assert names(cable.target) == {"Tamim bin Hamad Al-Thani"}


def test_reuters_strike_accusation_and_urging(pipeline: Pipeline) -> None:
    found = events(pipeline, REUTERS)
    assert {"ASSAULT", "ACCUSE", "REQUEST"} <= {e.type for e in found}
    accuse = one(found, "ACCUSE")
    assert names(accuse.source) == {"Hamas"} and countries(accuse.target) == {"ISR"}
    urge = one(found, "REQUEST")
    assert countries(urge.source) == {"USA"}


# -- articles written for these tests ------------------------------------------------------------------------------

def test_counterpart_named_after_the_office_and_the_ministers_exchange_views(pipeline: Pipeline) -> None:
    found = events(pipeline, "MOSCOW, December 2. /TASS/. Russian Foreign Minister Sergei Lavrov held talks with his "
                             "Egyptian counterpart Badr Abdelatty in Moscow on Monday. The ministers exchanged views "
                             "on the situation in the Middle East and issues of mutual concern.")
    talks = one(found, "CONSULT")
    assert countries(talks.source) == {"RUS"} and countries(talks.target) == {"EGY"}
    assert len(talks.evidence) == 2  # "exchanged views" is the same talks


def test_met_with_a_visiting_president(pipeline: Pipeline) -> None:
    found = events(pipeline, "BEIJING, Dec. 3 (Xinhua) -- Chinese Premier Li Qiang met with visiting Kenyan "
                             "President William Ruto in Beijing on Tuesday. Li said China stands ready to work with "
                             "Kenya to expand cooperation in trade and agriculture. The two sides signed memoranda "
                             "of understanding on infrastructure and education.")
    meeting = one(found, "CONSULT")  # "visiting" describes Ruto: no visit beside the meeting
    assert names(meeting.source) == {"Li Qiang"} and names(meeting.target) == {"William Ruto"}
    agree = one(found, "AGREE")
    assert countries(agree.source) == {"CHN"} and countries(agree.target) == {"KEN"}
    signing = one(found, "SUPPORT")
    assert countries(signing.source + signing.target) == {"CHN", "KEN"}


def test_credentials_and_a_talk_with_the_ambassador(pipeline: Pipeline) -> None:
    found = events(pipeline, "Pyongyang, December 4 (KCNA) -- Choe Son Hui, minister of Foreign Affairs of the DPRK, "
                             "received credentials from Dmitri Ivanov, newly appointed Russian ambassador to the "
                             "DPRK, on Wednesday. Choe Son Hui had a talk with the ambassador.")
    assert len(found) == 2 and all(e.type == "CONSULT" for e in found)
    talk = next(e for e in found if e.mode != "visit")
    assert names(talk.source) == {"Choe Son Hui"} and names(talk.target) == {"Dmitri Ivanov"}


def test_a_cable_of_congratulations_sent(pipeline: Pipeline) -> None:
    found = events(pipeline, "KUWAIT, Dec 5 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah "
                             "sent a cable of congratulations to President Abdelmadjid Tebboune of Algeria on the "
                             "anniversary of the revolution.")
    praise = one(found, "SUPPORT")
    assert countries(praise.source) == {"KWT"} and countries(praise.target) == {"DZA"}


def test_a_congratulatory_message_received(pipeline: Pipeline) -> None:
    found = events(pipeline, "President Kassym-Jomart Tokayev received a congratulatory message from Uzbek President "
                             "Shavkat Mirziyoyev on Monday.")
    praise = one(found, "SUPPORT")
    assert countries(praise.source) == {"UZB"} and names(praise.target) == {"Kassym-Jomart Tokayev"}


def test_neutralized_people_but_not_a_bomb(pipeline: Pipeline) -> None:
    found = events(pipeline, "ANKARA (AA) - Turkish security forces neutralized three terrorists in an operation in "
                             "Sirnak province, the Interior Ministry said on Tuesday. Police neutralized a bomb "
                             "planted near the road.")
    assault = one(found, "ASSAULT")
    assert countries(assault.source) == {"TUR"} and names(assault.target) == {"terrorists"}


def test_a_soldier_martyred(pipeline: Pipeline) -> None:
    found = events(pipeline, "ISTANBUL (AA) - A Turkish soldier was martyred in a terrorist attack in northern Iraq, "
                             "the National Defense Ministry said.")
    assault = one(found, "ASSAULT")
    assert countries(assault.target) == {"TUR"}


def test_spoke_by_phone_and_both_presidents(pipeline: Pipeline) -> None:
    found = events(pipeline, "CAIRO, Dec 6 (Reuters) - Egyptian President Abdel Fattah al-Sisi spoke by phone with "
                             "his French counterpart Emmanuel Macron on Friday. Both presidents discussed the "
                             "situation in Gaza.")
    consults = [e for e in found if e.type == "CONSULT"]
    assert consults and consults[0].mode == "phone"
    assert countries(consults[0].source) == {"EGY"} and countries(consults[0].target) == {"FRA"}
    for event in consults:
        assert countries(event.source + event.target) == {"EGY", "FRA"}  # Gaza is the topic


def test_received_a_call_from_a_counterpart(pipeline: Pipeline) -> None:
    found = events(pipeline, "NEW DELHI (PTI) - Indian Prime Minister Narendra Modi received a telephone call from his "
                             "Japanese counterpart Shigeru Ishiba on Thursday. The leaders discussed ways to expand "
                             "trade.")
    call = next(e for e in found if e.mode == "phone")
    assert names(call.source) == {"Shigeru Ishiba"} and names(call.target) == {"Narendra Modi"}


@pytest.mark.parametrize("text, partner", [
    ("TEHRAN (IRNA) - Iranian Foreign Minister Abbas Araghchi said Iran is ready to work with Iraq to secure the "
     "border.", "IRQ"),
    ("Hungary's prime minister said his government was prepared to work together with Serbia on energy.", "SRB"),
])
def test_readiness_to_work_with_is_agree(pipeline: Pipeline, text: str, partner: str) -> None:
    agree = one(events(pipeline, text), "AGREE")
    assert countries(agree.target) == {partner}


def test_discussed_a_crisis_with_a_minister_keeps_the_partner(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Kenyan foreign minister discussed the crisis in Sudan with Ethiopia's foreign "
                             "minister in Nairobi.")
    talks = one(found, "CONSULT")
    assert countries(talks.target) == {"ETH"}


def test_a_named_ambassador_is_not_replaced(pipeline: Pipeline) -> None:
    found = events(pipeline, "Japanese Ambassador Kenji Hamada met Ghana's foreign minister on Monday. The ambassador "
                             "of Nigeria also met the minister.")
    assert any(countries(e.source) == {"NGA"} for e in found if e.type == "CONSULT")


def test_the_guests_are_the_visitors(pipeline: Pipeline) -> None:
    found = events(pipeline, "HANOI (VNA) - A delegation of the Lao People's Revolutionary Party led by Politburo "
                             "member Kikeo Khaykhamphithoune visited Vietnam from December 1 to 4. The guests held "
                             "talks with Vietnamese Foreign Minister Bui Thanh Son.")
    talks = [e for e in found if e.type == "CONSULT" and e.mode != "visit"]
    assert talks and all(countries(e.source) == {"LAO"} for e in talks)



def test_the_amir_is_the_amir_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "KUWAIT, Nov 30 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah "
                             "received the visiting Omani foreign minister on Saturday.\n\nThe Amir later sent a cable "
                             "to the Emir of Qatar Sheikh Tamim bin Hamad Al-Thani.")
    cable = next(e for e in found if e.mode == "phone")
    assert countries(cable.source) == {"KWT"} and countries(cable.target) == {"QAT"}


def test_an_honorific_between_office_and_name(pipeline: Pipeline) -> None:
    found = events(pipeline, "ABU DHABI (WAM) - President His Highness Sheikh Mohamed bin Zayed Al Nahyan received in "
                             "audience Indonesian Foreign Minister Sugiono at Qasr Al Shati on Monday.")
    meeting = one(found, "CONSULT")
    # the leaders dictionary's MOHAMED_BIN_ZAYED, named as the entry has it, with his country
    assert names(meeting.source) == {"Mohamed bin Zayed"} and names(meeting.target) == {"Sugiono"}
    assert countries(meeting.source) == {"ARE"}


def test_militants_of_a_named_organization(pipeline: Pipeline) -> None:
    found = events(pipeline, "Pakistani security forces killed four TTP militants in North Waziristan on Monday. The "
                             "militants were killed in an intelligence-based operation, the army said.")
    assault = one(found, "ASSAULT")
    assert countries(assault.source) == {"PAK"} and names(assault.target) == {"TTP"}


def test_martyred_in_a_clash_with_the_attackers(pipeline: Pipeline) -> None:
    found = events(pipeline, "ANKARA (AA) - Two Turkish soldiers were martyred in a clash with PKK terrorists in "
                             "northern Iraq, the National Defense Ministry said.")
    killing = next(e for e in found if e.type == "ASSAULT" and countries(e.target) == {"TUR"})
    assert names(killing.source) == {"PKK"}  # not Iraq, where it happened


def test_killed_in_an_attack_by(pipeline: Pipeline) -> None:
    found = events(pipeline, "A Palestinian man was killed in an attack by Israeli settlers in the West Bank on "
                             "Monday.")
    killing = one(found, "ASSAULT")
    assert countries(killing.source) == {"ISR"}


# -- participants of coming under, hosting, continuing and setting (issue 13) ---------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The Ukrainian post came under heavy shelling by Russian forces on Tuesday.", "RUS", "UKR"),
    ("The Kurdish villages came under fire from Turkish artillery.", "TUR", "TUR"),
    ("Villages in southern Lebanon were subjected to attacks by Israeli aircraft.", "ISR", "LBN"),
    ("Israel subjected Gaza to a blockade.", "ISR", "PSE"),
])
def test_the_agent_of_what_a_party_comes_under_or_is_subjected_to(pipeline: Pipeline, text: str, source: str,
                                                                   target: str) -> None:
    assault = one(events(pipeline, text), "ASSAULT")
    assert countries(assault.source) == {source} and countries(assault.target) == {target}


def test_received_by_a_means_from_a_giver(pipeline: Pipeline) -> None:
    # "by" is the agent only of what a party comes under: receiving "by air" names the means, the giver is "from"
    aid = one(events(pipeline, "Kenya received food aid from Japan by air on Monday."), "AID")
    assert countries(aid.source) == {"JPN"} and countries(aid.target) == {"KEN"}


def test_coming_under_shelling_by_no_one_named(pipeline: Pipeline) -> None:
    assert not any(e.source for e in events(pipeline, "The town came under heavy shelling on Monday."))


def _talks_and_mediation(found: list[Event]) -> tuple[Event, Event]:
    mediation = next(e for e in found if e.type == "CONSULT" and e.cameo == "045")
    (talks,) = [e for e in found if e.type == "CONSULT" and e.cameo != "045"]
    return talks, mediation


@pytest.mark.parametrize("text, host, sides, mode", [
    ("Egypt hosted a meeting between Israeli and Palestinian officials in Cairo on Sunday.", "EGY", {"ISR", "PSE"},
     "third-party"),
    ("Norway hosted talks between Colombia and Venezuela.", "NOR", {"COL", "VEN"}, "third-party"),
    ("Qatar brokered talks between Hamas and Israel.", "QAT", {"PSE", "ISR"}, None),
    ("Oman mediated talks between Iran and the United States in Muscat.", "OMN", {"IRN", "USA"}, "third-party"),
    ("Talks between Armenia and Azerbaijan hosted by Kazakhstan ended on Friday.", "KAZ", {"ARM", "AZE"},
     "third-party"),
    ("Armenian and Azerbaijani foreign ministers met in Washington for talks hosted by U.S. Secretary of State "
     "Antony Blinken.", "USA", {"ARM", "AZE"}, "third-party"),
])
def test_talks_between_others_are_theirs_and_the_host_mediates(pipeline: Pipeline, text: str, host: str,
                                                                sides: set[str], mode: str | None) -> None:
    talks, mediation = _talks_and_mediation(events(pipeline, text))
    assert countries(talks.source + talks.target) == sides and talks.source and talks.target
    assert talks.mode == mode  # hosted: held at a third party's place (CAMEO 044)
    assert countries(mediation.source) == {host} and countries(mediation.target) == sides


@pytest.mark.parametrize("text, source, target", [
    ("Turkey hosted the Saudi delegation in Ankara.", "SAU", "TUR"),  # a guest hosted visits the host
    ("Qatar mediated between Hamas and Israel.", "QAT", "PSE"),  # mediation alone: no talks beside it
])
def test_hosting_a_guest_and_mediating_alone_are_one_event(pipeline: Pipeline, text: str, source: str,
                                                            target: str) -> None:
    consult = one(events(pipeline, text), "CONSULT")
    assert countries(consult.source) == {source} and target in countries(consult.target)


def test_the_two_sides_of_hosted_talks_are_the_talks_parties(pipeline: Pipeline) -> None:
    found = events(pipeline, "Egypt hosted talks between Hamas and Israel. The two sides discussed a ceasefire.")
    talks, mediation = _talks_and_mediation(found)
    assert names(talks.source + talks.target) == {"Hamas", "Israel"} and len(talks.evidence) == 2
    assert len(mediation.evidence) == 1


def test_talks_another_will_host_are_no_intent_of_their_parties(pipeline: Pipeline) -> None:
    """"Norway will host talks between X and Y" is Norway's plan; X and Y stated no intent (no AGREE) of their own,
    as they do when they say they will meet."""
    assert not of_type(events(pipeline, "Norway will host peace talks between Colombia and Venezuela."), "AGREE")
    assert of_type(events(pipeline, "Colombia and Venezuela will hold peace talks."), "AGREE")


@pytest.mark.parametrize("text, mode", [
    ("Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdogan. The leaders "
     "discussed bilateral ties.", "phone"),
    ("Russian Foreign Minister Sergei Lavrov met his Iranian counterpart Abbas Araghchi in Geneva.\n\nThe two "
     "ministers discussed the nuclear deal.", "third-party"),
])
def test_the_discussion_right_after_a_call_is_the_call(pipeline: Pipeline, text: str, mode: str) -> None:
    consult = one(events(pipeline, text), "CONSULT")
    assert consult.mode == mode and len(consult.evidence) == 2


def test_a_discussion_with_someone_else_is_another_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip "
                             "Erdogan on Monday. Putin discussed energy with Hungarian Prime Minister Viktor Orban.")
    consults = [e for e in found if e.type == "CONSULT"]
    assert len(consults) == 2 and [e.mode for e in consults].count("phone") == 1


@pytest.mark.parametrize("text, victim, other", [
    ("A Turkish soldier was martyred in a clash with PKK terrorists in northern Iraq.", "TUR", "PKK"),
    ("Two Pakistani policemen were killed in a shootout with Taliban militants in Afghanistan.", "PAK", "Taliban"),
])
def test_a_clash_named_as_the_setting_is_one_event_between_its_sides(pipeline: Pipeline, text: str, victim: str,
                                                                     other: str) -> None:
    assault = one(events(pipeline, text), "ASSAULT")  # the killing and the clash it happened in
    assert names(assault.source) == {other} and countries(assault.target) == {victim}


@pytest.mark.parametrize("text, partner", [
    ("Putin discussed the Ukraine crisis with German Chancellor Olaf Scholz.", "DEU"),  # "with" hung on the topic
    ("Putin discussed energy with Hungarian Prime Minister Viktor Orban.", "HUN"),
    ("Xi discussed cooperation with Russia.", "RUS"),
])
def test_the_partner_of_a_discussion_is_not_its_topic(pipeline: Pipeline, text: str, partner: str) -> None:
    talks = one(events(pipeline, text), "CONSULT")
    assert countries(talks.target) == {partner}


def test_a_host_of_talks_between_its_own_side_and_another_is_a_party(pipeline: Pipeline) -> None:
    found = events(pipeline, "US Secretary of State Antony Blinken held talks between American and Chinese "
                             "delegations in Beijing.")
    assert not any(e.cameo == "045" for e in found)
    talks = one(found, "CONSULT")
    assert countries(talks.source + talks.target) == {"USA", "CHN"}


@pytest.mark.parametrize("text, victims", [
    ("Israeli aircraft struck targets in the Gaza Strip on Sunday, killing at least 12 people.", "PSE"),
    ("Russian forces shelled villages in eastern Ukraine, wounding five civilians.", "UKR"),
    ("Kenyan police fired tear gas at protesters in Nairobi, injuring 20 people.", "KEN"),  # the forces' own
])
def test_people_hurt_by_an_act_are_of_the_place_it_hit(pipeline: Pipeline, text: str, victims: str) -> None:
    found = events(pipeline, text)
    hurt = [e for e in found if e.type == "ASSAULT" and any(p.name in ("people", "civilians") for p in e.target)]
    assert hurt and all(countries(e.target) == {victims} for e in hurt)


def test_they_in_a_clause_on_the_call_are_its_parties(pipeline: Pipeline) -> None:
    found = events(pipeline, "Saudi Crown Prince Mohammed bin Salman received a phone call from U.S. President Joe "
                             "Biden, during which they discussed regional developments.")
    call = one(found, "CONSULT")
    assert call.mode == "phone" and len(call.evidence) == 2
    assert countries(call.source) == {"USA"} and countries(call.target) == {"SAU"}


@pytest.mark.parametrize("text, attacker, victims", [
    ("A Ukrainian soldier was killed in a Russian drone attack in the Kharkiv region.", "RUS", "UKR"),
    ("Two Palestinians were killed in an Israeli airstrike on Gaza City.", "ISR", "PSE"),
])
def test_the_attacker_named_on_the_setting(pipeline: Pipeline, text: str, attacker: str, victims: str) -> None:
    killing = one(events(pipeline, text), "ASSAULT")
    assert countries(killing.source) == {attacker} and countries(killing.target) == {victims}


@pytest.mark.parametrize("text", [
    "MANAMA, Nov 29 (BNA) -- King Hamad received US Secretary of State Antony Blinken on Thursday.",
    "MANAMA, Nov 29 (BNA) -- Bahrain's King received on Thursday the US Secretary of State Antony Blinken.",
])
def test_gulf_style_receiving_a_named_visitor_hosts_a_visit(pipeline: Pipeline, text: str) -> None:
    visit = one(events(pipeline, text), "CONSULT")
    assert visit.mode == "visit" and names(visit.target) == {"Antony Blinken"}
    assert countries(visit.source) == {"BHR"}


def test_receiving_a_named_party_s_letter_or_weapons_is_no_visit(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Prime Minister received a letter from President Biden. Harvard received a "
                             "donation from Microsoft.")
    assert all(e.mode != "visit" for e in found)
