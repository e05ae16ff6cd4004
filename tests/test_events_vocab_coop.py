"""Vocabulary of the cooperative types (issue 13): AGREE, CONSULT, COOPERATE, SUPPORT, AID, REQUEST, CONCEDE,
RETREAT and REJECT, family by family, on news sentences written for these tests; and the other senses of the
same words, which are no events."""

from __future__ import annotations

import pytest
from helpers import coded, events

from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text, expected", [
    # promises and guarantees to someone
    ("Rwanda assured Burundi it would withdraw its troops.", ("AGREE", "RWA", "BDI")),
    ("Uganda's president gave assurances to Kenya that the border would stay open.", ("AGREE", "UGA", "KEN")),
    ("Tehran expressed to Riyadh its intention to expand trade.", ("AGREE", "IRN", "SAU")),
    # meeting: a visitor welcomed, sitting down with, a phone conversation, talks under a verb of travel
    ("Erdogan welcomed the Hungarian prime minister in Ankara.", ("CONSULT", "TUR", "HUN")),
    ("The Kenyan president sat down with the Ethiopian prime minister.", ("CONSULT", "KEN", "ETH")),
    ("The Greek prime minister spoke by phone with Erdogan.", ("CONSULT", "GRC", "TUR")),
    ("Israel engaged in indirect negotiations with Lebanon over the sea border.", ("CONSULT", "ISR", "LBN")),
    ("The Indian envoy travelled to Kabul for talks with the Taliban.", ("CONSULT", "IND", "AFG")),
    # working together
    ("Colombia teamed up with Ecuador to combat drug trafficking.", ("COOPERATE", "COL", "ECU")),
    ("France joined forces with Italy on the project.", ("COOPERATE", "FRA", "ITA")),
    # backing someone
    ("Kenya threw its weight behind Ethiopia's bid.", ("SUPPORT", "KEN", "ETH")),
    ("Poland came out in support of Ukraine's membership.", ("SUPPORT", "POL", "UKR")),
    # money lent, approved or released for someone; relief teams and food sent
    ("China lent Sri Lanka $500 million.", ("AID", "CHN", "LKA")),
    ("The IMF disbursed a $1 billion tranche to Egypt.", ("AID", "", "EGY")),
    ("Turkey dispatched rescue teams to Syria.", ("AID", "TUR", "SYR")),
    ("South Korea sent rice to North Korea.", ("AID", "KOR", "PRK")),
    # asking for someone's cooperation
    ("Bangladesh sought India's cooperation in the investigation.", ("REQUEST", "BGD", "IND")),
    # a policy withdrawn, a concession made
    ("Kenya's president dropped the finance bill after the protests.", ("CONCEDE", "KEN", "KEN")),
    ("Turkey made a concession to Greece on the islands.", ("CONCEDE", "TUR", "GRC")),
    # forces pulled out of a place, weapons dismantled
    ("Israel pulled out of Gaza in 2005.", ("RETREAT", "ISR", "PSE")),
    ("Israeli forces withdrew from the Lebanese village.", ("RETREAT", "ISR", "LBN")),
    ("North Korea dismantled its nuclear test site.", ("RETREAT", "PRK", "")),
    # leaving a deal, saying no, blocking a resolution, resisting pressure
    ("Russia pulled out of the grain deal with Ukraine.", ("REJECT", "RUS", "UKR")),
    ("Argentina backed out of the deal with Brazil.", ("REJECT", "ARG", "BRA")),
    ("Israel said no to the Egyptian plan.", ("REJECT", "ISR", "EGY")),
    ("Kosovo resisted pressure from Serbia.", ("REJECT", "XKX", "SRB")),
    # an offer taken up, shuttle diplomacy, coordinated efforts, joint undertakings
    ("Israel took up Egypt's offer to mediate.", ("AGREE", "ISR", "EGY")),
    ("The American envoy shuttled between Israel and Lebanon.", ("CONSULT", "USA", "LBN")),
    ("Morocco coordinated its efforts against smuggling with Spain.", ("COOPERATE", "MAR", "ESP")),
    ("Mexico and the United States launched a joint investigation into the killings.", ("COOPERATE", "MEX", "")),
    # congratulations, votes for and against
    ("Putin sent a congratulatory message to Kim Jong Un.", ("SUPPORT", "RUS", "PRK")),
    ("Italy voted in favour of the Palestinian resolution.", ("SUPPORT", "ITA", "PSE")),
    ("The US Congress voted against the trade deal with Mexico.", ("REJECT", "USA", "MEX")),
    # aid dropped, announced, gifted
    ("Jordan airdropped food to Gaza.", ("AID", "JOR", "PSE")),
    ("The United States unveiled a $2 billion aid package for Ukraine.", ("AID", "USA", "UKR")),
    ("India gifted two helicopters to the Maldives.", ("AID", "IND", "MDV")),
    # internet restored, frozen assets released
    ("Pakistan restored internet access in Balochistan.", ("CONCEDE", "PAK", "PAK")),
    ("The United States unfroze Iranian assets.", ("RETREAT", "USA", "IRN")),
    # a proposal shot down, a protest brushed aside, talks walked out of
    ("Israel shot down the French proposal.", ("REJECT", "ISR", "FRA")),
    ("Japan brushed aside China's protest.", ("REJECT", "JPN", "CHN")),
    ("The Serbian delegates walked out of the talks with Kosovo.", ("REJECT", "SRB", "XKX")),
    # refugee status and shelter granted, debt written off, membership applied for
    ("Canada granted refugee status to the Afghan interpreters.", ("AID", "CAN", "AFG")),
    ("Spain offered shelter to the Venezuelan opposition leader.", ("AID", "ESP", "VEN")),
    ("Russia wrote off Cuba's debt.", ("AID", "RUS", "CUB")),
    ("Palestine applied for full membership of the United Nations.", ("REQUEST", "PSE", "")),
    # a policy relaxed, attacks scaled down
    ("The Chinese government relaxed its one-child policy.", ("CONCEDE", "CHN", "CHN")),
    ("Hezbollah scaled down its attacks on Israel.", ("RETREAT", "LBN", "ISR")),
    # a prepositional verb's noun keeps its preposition: a withdrawal from a deal, an application for membership
    ("Washington announced its withdrawal from the nuclear deal with Iran.", ("REJECT", "USA", "IRN")),
    ("France announced the withdrawal of its troops from Mali.", ("RETREAT", "FRA", "MLI")),
])
def test_a_family_of_each_cooperative_type(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    kind, source, target = expected
    found = coded(pipeline, text)
    assert any(t == kind and (not source or source in s.split("/")) and target in g.split("/")
               for t, s, g in found), found


@pytest.mark.parametrize("text, wrong", [
    # a welcome given to a plan is praise, not a visit
    ("Egypt welcomed the Saudi initiative.", "CONSULT"),
    # money guaranteed in a contract is no promise between parties
    ("The $90 million guaranteed to the pitcher is a club record.", "AGREE"),
    # speaking with someone, not by phone, is not coded
    ("The mayor spoke with reporters outside the courthouse.", "CONSULT"),
    # a player withdrawn from a tournament, a company from a market, a bid for a club
    ("Nadal withdrew from the French Open with a hip injury.", "RETREAT"),
    ("The Spanish bank pulled out of the Turkish market.", "RETREAT"),
    # a loan obtained in a fraud case is no aid between parties
    ("She fraudulently obtained a $430,000 state loan.", "AID"),
    # an injury shrugged off, power restored after a storm, a vote for a candidate, warships sent, captives
    # and their guns handed over
    ("The Brazilian striker shrugged off an injury to score twice.", "REJECT"),
    ("A Canadian power company restored electricity to 20,000 homes.", "CONCEDE"),
    ("Voters in Ohio voted for the Democratic candidate.", "SUPPORT"),
    ("Russia sent warships to the Black Sea.", "AID"),
    ("The suspects and their weapons were handed over to the authorities.", "AID"),
    ("The actor said no to the role.", "REJECT"),
    ("The singer announced her withdrawal from the festival.", "RETREAT"),
    ("The company coordinated its efforts with local charities.", "COOPERATE"),
    # general news: a phone's features, film-makers working together, an official's stated intent to punish
    ("The new phone also comes with support for memory cards.", "SUPPORT"),
    ("The two producers worked together on the 2006 film.", "COOPERATE"),
    ("The minister stated his intention to punish any breach of the law.", "AGREE"),
])
def test_other_senses_are_no_events(pipeline: Pipeline, text: str, wrong: str) -> None:
    assert wrong not in {e.type for e in events(pipeline, text)}


def test_a_welcome_given_to_a_plan_stays_praise(pipeline: Pipeline) -> None:
    assert "SUPPORT" in {e.type for e in events(pipeline, "Egypt welcomed the Saudi initiative.")}


def test_leaving_a_deal_is_a_rejection_not_a_retreat(pipeline: Pipeline) -> None:
    found = {e.type for e in events(pipeline, "The United States walked away from the nuclear deal with Iran.")}
    assert "REJECT" in found and "RETREAT" not in found
