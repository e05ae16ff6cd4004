"""Constructions of issue 13, on sentences written for these tests: nominal and light-verb events, "the sides",
denials (one event, a `factuality` conflict), figures of speech, "refused to comment", "is to meet"."""

from __future__ import annotations

import pytest
from helpers import countries, events, extract

from dragoman.events import Lexicon
from dragoman.pipeline import Pipeline

# -- nominal and light-verb events --------------------------------------------------------------------------------

def test_carried_out_arrests(pipeline: Pipeline) -> None:
    (arrest,) = events(pipeline, "Ghanaian police carried out arrests of Togolese smugglers in Accra on Friday.")
    assert (arrest.type, arrest.mode) == ("COERCE", "arrest")
    assert countries(arrest.source) == {"GHA"} and countries(arrest.target) == {"TGO"}


def test_made_arrests(pipeline: Pipeline) -> None:
    (arrest,) = events(pipeline, "Zambian police made several arrests in Lusaka after the riot.")
    assert arrest.type == "COERCE" and countries(arrest.source) == {"ZMB"}


def test_staged_a_sit_in(pipeline: Pipeline) -> None:
    # spaCy splits "sit-in" into three tokens; the lexicon's hyphenated nouns are split the same way.
    (sit_in,) = events(pipeline, "Moroccan teachers staged a sit-in outside the ministry in Rabat.")
    assert (sit_in.type, sit_in.mode) == ("PROTEST", "demo") and countries(sit_in.source) == {"MAR"}


def test_weeks_of_clashes_between(pipeline: Pipeline) -> None:
    found = events(pipeline, "After days of clashes between Sudanese and Chadian troops, the frontier was quiet.")
    (clash,) = [e for e in found if e.type == "ASSAULT"]
    assert countries(clash.source + clash.target) == {"SDN", "TCD"}


def test_phone_conversation_and_hunger_strike(pipeline: Pipeline) -> None:
    (call,) = events(pipeline, "The Uruguayan president had a phone conversation with his Paraguayan counterpart.")
    assert (call.type, call.mode) == ("CONSULT", "phone")
    (strike,) = events(pipeline, "Detained Eritrean journalists in Asmara began a hunger strike on Monday.")
    assert (strike.type, strike.mode) == ("PROTEST", "hunger")


# -- participants --------------------------------------------------------------------------------------------------

def test_the_two_sides_are_the_last_events_participants(pipeline: Pipeline) -> None:
    text = ("Nepal and Bhutan held talks in Thimphu on Monday. "
            "The two sides exchanged views on the refugee question.")
    (talks,) = [e for e in events(pipeline, text) if e.type == "CONSULT"]
    assert countries(talks.source + talks.target) == {"NPL", "BTN"}
    assert len(talks.evidence) == 2  # "exchanged views" is the same consultation


def test_both_sides_agreed(pipeline: Pipeline) -> None:
    text = "The foreign ministers of Laos and Cambodia met in Vientiane. Both sides agreed to reopen the crossing."
    (agree,) = [e for e in events(pipeline, text) if e.type == "AGREE"]
    assert countries(agree.source + agree.target) == {"LAO", "KHM"}


def test_passive_agent_is_the_source(pipeline: Pipeline) -> None:
    (arrest,) = events(pipeline, "Three Malian traders were detained by Nigerien police in Niamey.")
    assert countries(arrest.source) == {"NER"} and countries(arrest.target) == {"MLI"}


def test_a_list_of_signatories(pipeline: Pipeline) -> None:
    (pact,) = events(pipeline, "Estonia, Latvia and Lithuania signed a border security pact.")
    assert countries(pact.source) == {"EST", "LVA", "LTU"}


# -- denials -------------------------------------------------------------------------------------------------------

def test_a_denial_is_the_same_event_with_a_factuality_conflict(pipeline: Pipeline) -> None:
    text = ("Hezbollah said its commanders met a Qatari envoy in Beirut. "
            "Qatar denied that its envoy had met Hezbollah commanders.")
    ex = extract(pipeline, text)
    (meeting,) = [e for e in ex.events if e.type == "CONSULT"]
    by_source = {tuple(v.attribution): v.factuality for v in meeting.evidence}
    assert by_source == {("Hezbollah",): "reported", ("Qatar",): "negated"}
    assert meeting.factuality != "negated"
    (conflict,) = [c for c in ex.conflicts if c.field == "factuality"]
    assert {(c.value, c.attributed_to) for c in conflict.claims} == {("reported", "Hezbollah"), ("negated", "Qatar")}


def test_a_denial_naming_the_body_by_its_leaders_is_the_same_event(pipeline: Pipeline) -> None:
    text = ("The insurgents said on Friday they had met a Kenyan mediator in Kismayo. "
            "Nairobi denied that its mediator had met insurgent commanders.")
    ex = extract(pipeline, text)
    (meeting,) = [e for e in ex.events if e.type == "CONSULT"]
    assert sorted(v.factuality for v in meeting.evidence) == ["negated", "reported"]
    assert [c.field for c in ex.conflicts] == ["factuality"]


def test_a_denial_naming_the_group_without_its_country_is_the_same_event(pipeline: Pipeline) -> None:
    text = ("Syrian rebel commanders said on Sunday that they had met a Turkish envoy in the town of Azaz.\n\n"
            "Ankara denied that its envoy had met the rebels.")
    ex = extract(pipeline, text)
    (meeting,) = [e for e in ex.events if e.type == "CONSULT"]
    assert sorted(v.factuality for v in meeting.evidence) == ["negated", "reported"]
    assert [c.field for c in ex.conflicts] == ["factuality"]


def test_a_denial_alone_is_a_negated_event(pipeline: Pipeline) -> None:
    (meeting,) = events(pipeline, "Qatar denied that its envoy had met Hezbollah commanders in Beirut.")
    assert meeting.type == "CONSULT" and meeting.factuality == "negated" and meeting.attribution == ["Qatar"]
    assert countries(meeting.source) == {"QAT"}


@pytest.mark.parametrize("text", [
    "Chad denies shelling the border village.",
    "The Chadian army denied having shelled the border village.",
])
def test_a_denial_by_a_gerund_or_a_perfect_is_a_negated_event(pipeline: Pipeline, text: str) -> None:
    (shelling,) = events(pipeline, text)
    assert shelling.type == "ASSAULT" and shelling.factuality == "negated"


def test_a_claim_and_a_denial_by_a_gerund_are_one_event_in_conflict(pipeline: Pipeline) -> None:
    text = "Villagers said Chadian troops shelled the border village on Monday. Chad denied shelling the village."
    ex = extract(pipeline, text)
    (shelling,) = [e for e in ex.events if e.type == "ASSAULT"]
    assert sorted(v.factuality for v in shelling.evidence) == ["negated", "reported"]
    assert [c.field for c in ex.conflicts] == ["factuality"]


# -- one attack, its toll told by several verbs ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "An Israeli airstrike killed at least 30 people and wounded dozens in Gaza, health officials said.",
    "Three people were killed and 10 injured when Russian missiles hit Odesa.",
    "Rebel gunmen shot and killed a soldier and wounded two villagers in Tillaberi.",
])
def test_one_attack_told_by_its_casualties_is_one_event(pipeline: Pipeline, text: str) -> None:
    assert [e.type for e in events(pipeline, text)] == ["ASSAULT"], text


def test_two_attackers_tolls_in_one_sentence_stay_two_attacks(pipeline: Pipeline) -> None:
    text = "Russian shelling killed two civilians in Kherson and Ukrainian drones wounded three people in Belgorod."
    assert len([e for e in events(pipeline, text) if e.type == "ASSAULT"]) == 2


# -- not events ----------------------------------------------------------------------------------------------------

def test_figures_of_speech(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Zambian government is battling inflation and a weak currency.")
    assert not events(pipeline, "Ecuador and Colombia are locked in a war of words over the border.")
    assert not [e for e in events(pipeline, "Argentine troops stood shoulder to shoulder with Chilean soldiers.")
                if e.type in ("ASSAULT", "COERCE", "THREATEN")]


def test_a_cause_or_a_debate_hijacked_is_a_figure_and_a_ship_is_not(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The minister said the rallies and the protests had been hijacked by criminals.")
    assert not [e for e in events(pipeline, "The opposition accused Ottawa of hijacking the debate on the budget.")
                if e.type == "ASSAULT"]
    (hijacking,) = events(pipeline, "Gunmen hijacked a Liberian-flagged tanker off Nigeria on Friday.")
    assert (hijacking.type, hijacking.mode) == ("ASSAULT", "abduct")


def test_figurative_objects_do_not_hide_literal_ones(pipeline: Pipeline) -> None:
    (attack,) = [e for e in events(pipeline, "Malian troops attacked a rebel camp near Kidal.") if e.type == "ASSAULT"]
    assert countries(attack.source) == {"MLI"}


def test_refused_to_comment_is_no_rejection(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Peruvian embassy refused to comment on the expulsions.")
    (rejection,) = events(pipeline, "Bolivia refused to extradite the Peruvian businessman.")
    assert rejection.type == "REJECT"


def test_a_plan_word_plans_what_it_governs_not_the_act_joined_to_it(pipeline: Pipeline) -> None:
    (clash,) = events(pipeline, "Rioters set up burning barricades and attacked riot police with stones in Athens.")
    assert (clash.type, clash.factuality) == ("ASSAULT", "asserted")
    found = events(pipeline, "Iran plans to meet the IAEA chief and sign a deal.")
    (talks,) = [e for e in found if e.type == "CONSULT"]
    assert talks.factuality == "planned"


def test_a_speech_or_belief_verb_colours_what_it_governs_not_the_act_joined_to_it(pipeline: Pipeline) -> None:
    (criticism,) = events(pipeline, "The minister announced the new tariffs and criticized the opposition.")
    assert criticism.factuality == "asserted"
    (shelling,) = events(pipeline, "The rebels are thought to have fled, and the army shelled their camp on Sunday.")
    assert shelling.factuality == "asserted"
    attack = [e for e in events(pipeline, "Police said rebels attacked the town and killed five people.")
              if e.type == "ASSAULT"]
    assert attack and all(e.factuality == "reported" for e in attack)  # both acts are what the police said


def test_is_to_meet_is_a_planned_consultation_only(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Ghanaian president is to meet Senegal's prime minister in Dakar next week.")
    assert [(e.type, e.factuality) for e in found] == [("CONSULT", "planned")]


def test_a_meeting_that_takes_place_is_between_its_parties_and_no_ones_pledge(pipeline: Pipeline) -> None:
    """"A meeting between Russia and Ukraine will take place in Istanbul": a planned consultation between the two,
    with no stated intent (AGREE) of either; "is expected to take place" is expected."""
    found = events(pipeline, "A meeting between Russia and Ukraine will take place in Istanbul.")
    assert [(e.type, e.factuality) for e in found] == [("CONSULT", "planned")]
    assert countries(found[0].source) | countries(found[0].target) == {"RUS", "UKR"}
    (meeting,) = events(pipeline, "The meeting between Xi Jinping and Joe Biden is expected to take place in November.")
    assert meeting.type == "CONSULT" and meeting.factuality == "expected"
    (talks,) = events(pipeline, "Talks between Israel and Hamas took place in Doha.")
    assert talks.factuality == "asserted" and countries(talks.source) | countries(talks.target) == {"ISR", "PSE"}


def test_a_users_lexicon_adds_figurative_objects(tmp_path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[figurative]\nobjects = ["bureaucracy"]\nphrases = ["charm offensive"]\n', encoding="utf-8")
    lexicon = Lexicon.load([extra])
    assert "bureaucracy" in lexicon.figurative_objects and "inflation" in lexicon.figurative_objects
    assert "charm offensive" in lexicon.figurative_phrases


# -- releases and returns beyond a list of prisoners' names --------------------------------------------------------

def test_release_of_anyone_but_not_of_a_statement(pipeline: Pipeline) -> None:
    (release,) = events(pipeline, "Gabonese authorities freed two Cameroonian fishermen on Tuesday.")
    assert (release.type, release.mode) == ("RETREAT", "release") and countries(release.source) == {"GAB"}
    for published in ("released a statement on the fishing dispute", "also released the news of the arrests",
                      "released its annual rankings of press freedom"):
        assert not [e for e in events(pipeline, f"The Gabonese ministry {published}.") if e.type == "RETREAT"]


def test_return_of_property_to_a_country(pipeline: Pipeline) -> None:
    (returned,) = events(pipeline, "Britain returned three looted bronzes to Nigeria last month.")
    assert (returned.type, returned.mode) == ("RETREAT", "return") and countries(returned.target) == {"NGA"}
    assert not events(pipeline, "The Belgian minister returned to Brussels after the summit.")


# -- CAMEO 116 and 114 ---------------------------------------------------------------------------------------------

def test_a_conviction_is_an_accusation_upheld(pipeline: Pipeline) -> None:
    (verdict,) = events(pipeline, "A Tanzanian court convicted four Burundian poachers on Wednesday.")
    assert (verdict.type, verdict.cameo) == ("ACCUSE", "116") and countries(verdict.target) == {"BDI"}
    (found,) = events(pipeline, "A Ugandan judge found the Rwandan trader guilty of smuggling.")
    assert (found.type, found.cameo) == ("ACCUSE", "116")


def test_summoning_an_envoy_is_a_formal_complaint(pipeline: Pipeline) -> None:
    (summons,) = events(pipeline, "Lithuania summoned the Belarusian ambassador over the border incident.")
    assert (summons.type, summons.cameo) == ("ACCUSE", "114")
    assert countries(summons.source) == {"LTU"} and countries(summons.target) == {"BLR"}


def test_a_light_verb_and_its_noun_are_one_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Slovenia pledged its full support for the Croatian bid.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_breaking_a_ceasefire_is_an_assault(pipeline: Pipeline) -> None:
    (breach,) = events(pipeline, "Eritrean troops violated the ceasefire with Ethiopia near Badme.")
    assert (breach.type, breach.cameo) == ("ASSAULT", "196") and countries(breach.source) == {"ERI"}


def test_material_and_military_aid(pipeline: Pipeline) -> None:
    (donation,) = events(pipeline, "Iceland donated medical equipment to Tunisia.")
    assert donation.type == "AID" and countries(donation.target) == {"TUN"}
    (arms,) = events(pipeline, "Belarus supplied rifles and ammunition to Serbia.")
    assert (arms.type, arms.cameo) == ("AID", "072")


# -- stated refusals ----------------------------------------------------------------------------------------------

def test_a_refusal_stated_as_a_negated_future_act_is_reject(pipeline: Pipeline) -> None:
    (refusal,) = [e for e in events(pipeline, "Peru says it will not lift the ban on Chilean fruit.")
                  if e.type == "REJECT"]
    assert countries(refusal.source) == {"PER"} and refusal.factuality == "asserted"
    # a negated past act is only an event that did not happen, not a refusal
    assert not [e for e in events(pipeline, "Peru did not lift the ban on Chilean fruit.") if e.type == "REJECT"]


def test_calling_off_a_strike_and_refusing_refugees(pipeline: Pipeline) -> None:
    (end,) = [e for e in events(pipeline, "Zambian miners ended their strike on Friday.") if e.type == "CONCEDE"]
    assert end.cameo == "082"
    (taken,) = [e for e in events(pipeline, "Canada has resettled 40,000 Syrian refugees.") if e.type == "AID"]
    assert taken.cameo == "075" and countries(taken.target) == {"SYR"}
    (refusal,) = [e for e in events(pipeline, "Austria says it will not accept more asylum seekers.")
                  if e.type == "REJECT"]
    assert countries(refusal.source) == {"AUT"}
    assert not countries(refusal.target)  # asylum seekers do not take the country they are in


def test_cyber_warfare_and_suspended_supplies(pipeline: Pipeline) -> None:
    (attack,) = [e for e in events(pipeline, "Belarus launched cyber warfare against Lithuania.")
                 if e.type == "ASSAULT"]
    assert countries(attack.source) == {"BLR"} and countries(attack.target) == {"LTU"}
    (cut,) = [e for e in events(pipeline, "Norway suspended food supplies to Sudan.") if e.type == "SANCTION"]
    assert cut.cameo == "162" and countries(cut.target) == {"SDN"}


# -- intent reported in the past, agreeing on a text ------------------------------------------------------------

def test_would_under_a_reporting_verb_is_planned(pipeline: Pipeline) -> None:
    # "said it would free": the release is announced, not done; the announcement is the AGREE
    found = events(pipeline, "The Malian government said it would free 40 Ivorian soldiers.")
    release = next(e for e in found if e.type == "RETREAT")
    intent = next(e for e in found if e.type == "AGREE")
    assert release.factuality == "planned" and intent.factuality in ("asserted", "reported")


def test_agreeing_on_a_text_is_a_formal_agreement(pipeline: Pipeline) -> None:
    for text in ("Chile and Peru agreed a new fisheries accord.", "Chile and Peru have agreed to a border deal.",
                 "Chile and Peru agreed on the draft text of a treaty."):
        (deal,) = events(pipeline, text)
        assert (deal.type, deal.cameo) == ("SUPPORT", "057"), text
        assert countries(deal.source + deal.target) == {"CHL", "PER"}


def test_agreeing_to_act_stays_an_intent(pipeline: Pipeline) -> None:
    # a fronted phrase naming a memorandum is no object of "agreed"
    found = events(pipeline, "With the signing of a memorandum, Chile and Peru agreed to reopen the border crossing.")
    assert "AGREE" in {e.type for e in found} and "SUPPORT" not in {e.type for e in found}


# -- nominalisations under support verbs --------------------------------------------------------------------------

def test_verb_stems_of_nominalisations() -> None:
    from dragoman.events.triggers import verb_stems
    assert "investigate" in verb_stems("investigation") and "condemn" in verb_stems("condemnation")
    assert "withdraw" in verb_stems("withdrawal") and "deploy" in verb_stems("deployment")
    assert "detain" in verb_stems("detention") and "expel" in verb_stems("expulsion")
    assert "criticize" in verb_stems("criticism")
    assert verb_stems("arrest")[0] == "arrest"  # zero derivation


def test_a_nominalised_event_under_a_support_verb(pipeline: Pipeline) -> None:
    (arrest,) = events(pipeline, "Kenyan police announced the arrest of nine Somali smugglers.")
    assert (arrest.type, arrest.mode) == ("COERCE", "arrest")
    assert countries(arrest.source) == {"KEN"} and countries(arrest.target) == {"SOM"}
    (mission,) = events(pipeline, "Ghana announced the deployment of 300 soldiers to Mali for a peacekeeping mission.")
    assert (mission.type, mission.cameo) == ("AID", "074") and countries(mission.target) == {"MLI"}
    (gift,) = events(pipeline, "Brazil made a donation to Bolivia.")
    assert gift.type == "AID" and countries(gift.target) == {"BOL"}


def test_the_support_verbs_read_the_verb_before_the_noun(pipeline: Pipeline) -> None:
    # "carried out strikes" is the verb's attack; "staged a strike" is the noun's walkout (its own light verb)
    (raid,) = events(pipeline, "Turkish jets carried out strikes against Kurdish militants in Iraq.")
    assert raid.type == "ASSAULT"
    (walkout,) = events(pipeline, "Greek dockers staged a strike in Piraeus.")
    assert walkout.type == "PROTEST"


def test_a_noun_without_a_support_verb_is_no_event(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The deployment of new radar systems worried the engineers.")
    # approving a request is no request
    assert "REQUEST" not in {e.type for e in events(pipeline, "Chile approved a request from Peru for help.")}


def test_stepped_up_names_the_act_stepped_up(pipeline: Pipeline) -> None:
    (deportation,) = events(pipeline, "Egypt stepped up deportations of Sudanese migrants.")
    assert (deportation.type, deportation.mode) == ("COERCE", "deport")
    assert countries(deportation.source) == {"EGY"} and countries(deportation.target) == {"SDN"}


def test_a_nominalisation_with_its_agent_and_object_is_an_event(pipeline: Pipeline) -> None:
    (veto,) = events(pipeline, "China's veto of the Kenyan resolution surprised the diplomats.")
    assert veto.type == "REJECT" and countries(veto.source) == {"CHN"} and countries(veto.target) == {"KEN"}


# -- senses that are no event -------------------------------------------------------------------------------------

def test_attack_verbs_with_other_senses_need_an_object(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "The Ghanaian striker hit twice in the second half.")
                if e.type == "ASSAULT"]
    (strike,) = [e for e in events(pipeline, "Ethiopian jets hit a rebel camp in Tigray.") if e.type == "ASSAULT"]
    assert countries(strike.source) == {"ETH"}


def test_idioms_of_event_verbs(pipeline: Pipeline) -> None:
    for text in ("The Nigerian actor shot to fame in a Ghanaian film.",
                 "The Peruvian batter hit 40 home runs for Chile's champions.",
                 "When it comes to Bolivia, Peru is cautious."):
        assert not [e for e in events(pipeline, text) if e.type in ("ASSAULT", "CONSULT")], text


def test_landing_a_player_is_no_visit(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Mexico's best chance of landing the Chilean forward is gone.")
    (visit,) = events(pipeline, "The Mexican president landed in Santiago on Monday.")
    assert visit.type == "CONSULT" and countries(visit.target) == {"CHL"}


def test_withholding_information_is_no_rejection(pipeline: Pipeline) -> None:
    for text in ("A Chilean official, who declined to give his name, said the talks with Peru went well.",
                 "The Bolivian ministry declined to provide the value of the contract with Brazil."):
        assert not [e for e in events(pipeline, text) if e.type == "REJECT"], text
    (refusal,) = [e for e in events(pipeline, "Bolivia declined to give Peru access to the port.")
                  if e.type == "REJECT"]
    assert countries(refusal.source) == {"BOL"}


def test_a_headline_alone_is_coded(pipeline: Pipeline) -> None:
    # a text that is one line without a final period is all the article says: it is coded, not skipped as a title
    (expulsion,) = events(pipeline, "Chile expels three Peruvian diplomats")
    assert expulsion.type == "SANCTION" and countries(expulsion.source) == {"CHL"}
    # under a title, the title is still not coded a second time
    found = events(pipeline, "Chile expels Peruvian diplomats\n\nChile expelled three Peruvian diplomats on Monday.")
    assert len(found) == 1


# -- ending an event ----------------------------------------------------------------------------------------------

def test_ending_an_event_takes_the_type_of_what_ends(pipeline: Pipeline) -> None:
    (truce,) = events(pipeline, "Uganda stopped its war on the Congolese rebels.")
    assert (truce.type, truce.cameo) == ("RETREAT", "087")
    (halt,) = events(pipeline, "Kenya ended its donations to Somalia.")
    assert (halt.type, halt.cameo) == ("SANCTION", "162") and countries(halt.target) == {"SOM"}
    # a stated refusal to end a war is a rejection
    (refusal,) = events(pipeline, "Uganda says it will never stop its war on the Congolese rebels.")
    assert refusal.type == "REJECT" and countries(refusal.source) == {"UGA"}


def test_receiving_an_event_makes_the_receiver_its_target(pipeline: Pipeline) -> None:
    (aid,) = events(pipeline, "Mozambique received military aid from Tanzania.")
    assert aid.type == "AID" and countries(aid.source) == {"TZA"} and countries(aid.target) == {"MOZ"}
    found = events(pipeline, "Malawi got permission from Zambia to use the port.")
    (grant,) = [e for e in found if e.type == "CONCEDE"]
    assert countries(grant.source) == {"ZMB"} and countries(grant.target) == {"MWI"}
