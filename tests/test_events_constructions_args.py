"""A construction audit of participants (issue 13): for each construction of English news that places an event's
source or target, sentences written for these tests with two named parties, and the roles a careful coder gives."""

from __future__ import annotations

from helpers import countries, events

from dragoman.model import Event
from dragoman.pipeline import Pipeline


def one(pipeline: Pipeline, text: str, type: str) -> Event:
    (event,) = [e for e in events(pipeline, text) if e.type == type]
    return event


def names(participants: list) -> set[str]:
    return {p.name for p in participants}


# -- passives: the agent acts, the subject is acted on ---------------------------------------------------------------

def test_by_passive_and_get_passive(pipeline: Pipeline) -> None:
    for text in ("Kenya was attacked by Somali militants on Tuesday.", "Kenya got attacked by Somali militants."):
        attack = one(pipeline, text, "ASSAULT")
        assert countries(attack.source) == {"SOM"} and countries(attack.target) == {"KEN"}


def test_passive_without_agent_keeps_the_target(pipeline: Pipeline) -> None:
    attack = one(pipeline, "Ethiopia was attacked last week, officials said.", "ASSAULT")
    assert not attack.source and countries(attack.target) == {"ETH"}


def test_party_in_the_passive_subject_phrase_is_the_target(pipeline: Pipeline) -> None:
    """"Sanctions against Iran were imposed by the EU" codes as the active "the EU imposed sanctions against Iran"."""
    for text in ("Japan imposed sanctions against Iran.", "Sanctions against Iran were imposed by Japan."):
        sanction = one(pipeline, text, "COERCE")
        assert countries(sanction.source) == {"JPN"} and countries(sanction.target) == {"IRN"}


def test_participle_after_a_noun_is_a_passive_clause(pipeline: Pipeline) -> None:
    """"villages shelled by Turkey": the agent of the participle is the source."""
    attack = one(pipeline, "The villages shelled by Turkey were empty.", "ASSAULT")
    assert countries(attack.source) == {"TUR"}


def test_people_arrested_by_police_are_not_the_police(pipeline: Pipeline) -> None:
    """The agent of an act done to people does not speak for them: the freed journalist is not the police."""
    found = events(pipeline, "The journalist arrested by Kenyan police was freed on Monday.")
    (arrest,) = [e for e in found if e.type == "COERCE"]
    (release,) = [e for e in found if e.type == "RETREAT"]
    assert countries(arrest.source) == {"KEN"} and names(arrest.target) == {"journalist"}
    assert names(release.target) == {"journalist"}


def test_coordinated_participles_share_the_passive_and_its_agent(pipeline: Pipeline) -> None:
    """"was arrested and deported by Ugandan police": both acts are the police's, both done to the journalist."""
    found = events(pipeline, "A Kenyan journalist was arrested and deported by Ugandan police.")
    assert len(found) == 2
    assert all(countries(e.source) == {"UGA"} and countries(e.target) == {"KEN"} for e in found)


def test_unnamed_people_as_passive_subject_are_the_target(pipeline: Pipeline) -> None:
    """"The teenager was shot and killed by police": the people acted on, as for the active "police shot a teenager"."""
    for event in events(pipeline, "The teenager was shot and killed by police in Athens."):
        assert names(event.source) == {"police"} and names(event.target) == {"teenager"}


def test_passive_relative_clause_targets_the_noun_it_is_on(pipeline: Pipeline) -> None:
    arrest = one(pipeline, "The activist who was arrested by Kenyan police was freed.", "COERCE")
    assert countries(arrest.source) == {"KEN"} and names(arrest.target) == {"activist"}


def test_fronted_participle_acts_on_the_clause_subject(pipeline: Pipeline) -> None:
    attack = one(pipeline, "Attacked by Russia in 2022, Ukraine asked Germany for tanks.", "ASSAULT")
    assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}


def test_participle_agent_of_a_thing_is_its_author(pipeline: Pipeline) -> None:
    """"a proposal submitted by Ethiopia" is Ethiopia's: the agent of a thing (not of people) is its party."""
    accept = one(pipeline, "Sudan accepted a proposal submitted by Ethiopia.", "AGREE")
    assert countries(accept.target) == {"ETH"}


def test_passive_of_unnamed_people_codes_as_the_active(pipeline: Pipeline) -> None:
    """"people were evacuated from Lebanon by France" gives the roles of "France evacuated people from Lebanon"."""
    for text in ("France evacuated 500 people from Lebanon.",
                 "About 500 people were evacuated from Lebanon by France."):
        evacuation = one(pipeline, text, "AID")
        assert countries(evacuation.source) == {"FRA"} and countries(evacuation.target) == {"LBN"}


# -- nominal events ----------------------------------------------------------------------------------------------------

def test_nominal_attack_with_possessor_and_by_phrase(pipeline: Pipeline) -> None:
    for text in ("Germany condemned Russia's attack on Ukraine.", "Germany condemned the attack by Russia on Ukraine."):
        attack = one(pipeline, text, "ASSAULT")
        assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}
        assert countries(one(pipeline, text, "ACCUSE").target) == {"RUS"}  # the attacker is condemned


def test_party_named_before_an_event_noun_is_its_doer(pipeline: Pipeline) -> None:
    """A nationality, a country, a body or a "-led" party before the noun acts, whatever verb the noun hangs from."""
    for text, doer, aimed in (("A Russian missile attack on a Ukrainian hospital used cluster bombs.", "RUS", "UKR"),
                              ("The Israeli invasion of Lebanon lasted weeks.", "ISR", "LBN"),
                              ("A US drone strike on an Iraqi convoy happened at night.", "USA", "IRQ"),
                              ("The US airstrike on an Iraqi convoy happened at night.", "USA", "IRQ"),
                              ("A Saudi-led strike on Yemen lasted an hour.", "SAU", "YEM")):
        attack = one(pipeline, text, "ASSAULT")
        assert countries(attack.source) == {doer} and countries(attack.target) == {aimed}, text
    seizure = one(pipeline, "The Iranian seizure of a British tanker angered London.", "COERCE")
    assert countries(seizure.source) == {"IRN"} and countries(seizure.target) == {"GBR"}


def test_place_of_the_act_condemned_does_not_condemn(pipeline: Pipeline) -> None:
    """An agentless passive condemnation is nobody's named: the place of the attack condemned is not its source."""
    condemnation = one(pipeline, "The Russian attack on Kyiv was widely condemned.", "ACCUSE")
    assert not condemnation.source and countries(condemnation.target) == {"RUS"}


def test_a_products_maker_is_no_party(pipeline: Pipeline) -> None:
    """"US-made tear gas", "a Lockheed Martin-made bomb": the maker is neither a target nor the story's country."""
    crackdown = one(pipeline, "Police used US-made tear gas against protesters.", "ASSAULT")
    assert not countries(crackdown.source) and not countries(crackdown.target)
    assert not any("Lockheed" in name for e in events(pipeline, "Saudi Arabia used a Lockheed Martin-made bomb.")
                   for name in names(e.target))


def test_noun_spelt_as_its_verb_after_a_nationality_names_no_act(pipeline: Pipeline) -> None:
    """"the Canadian arm of the church" is a branch, not arms supplied (the verb "arm")."""
    assert events(pipeline, "He once ran the Canadian arm of the church.") == []


def test_hyphenated_pair_before_an_event_noun(pipeline: Pipeline) -> None:
    """"the US-China talks": the first party is the source, the second the target."""
    talks = one(pipeline, "The US-China talks resumed in Geneva.", "CONSULT")
    assert countries(talks.source) == {"USA"} and countries(talks.target) == {"CHN"}


def test_hyphenated_pair_as_the_subject_names_both(pipeline: Pipeline) -> None:
    """"The Russia-Ukraine war has killed ...": the war is both parties'."""
    (killing,) = events(pipeline, "The Russia-Ukraine war has killed thousands of civilians.")
    assert countries(killing.source) == {"RUS", "UKR"}


def test_talks_between_two_parties(pipeline: Pipeline) -> None:
    """The talks are the two parties'; the host's part is its mediation (CAMEO 045), another event."""
    found = [e for e in events(pipeline, "Russia held talks between Armenia and Azerbaijan in Moscow.")
             if e.type == "CONSULT"]
    (talks,) = [e for e in found if e.cameo != "045"]
    assert countries(talks.source + talks.target) == {"ARM", "AZE"} and talks.mode == "third-party"
    (mediation,) = [e for e in found if e.cameo == "045"]
    assert countries(mediation.source) == {"RUS"} and countries(mediation.target) == {"ARM", "AZE"}


def test_clashes_between_two_sides(pipeline: Pipeline) -> None:
    """"clashes between X and Y" with no agent: X is the source, Y the target."""
    (clash,) = [e for e in events(pipeline, "Clashes between Sudanese troops and Ethiopian forces killed 20 people.")
                if e.type == "ASSAULT" and e.evidence[0].trigger.startswith("Clashes")]
    assert countries(clash.source) == {"SDN"} and "ETH" in countries(clash.target)


def test_people_killed_by_an_attack_on_a_place_are_its_people(pipeline: Pipeline) -> None:
    killing = one(pipeline, "An Israeli attack on Gaza killed twelve people.", "ASSAULT")
    assert countries(killing.source) == {"ISR"} and countries(killing.target) == {"PSE"}
    (killing,) = [e for e in events(pipeline, "Israel's shelling of Gaza killed twelve people.")
                  if "killed" in {v.trigger for v in e.evidence}]  # one attack: the shelling and its toll
    assert countries(killing.target) == {"PSE"}  # beside a possessor, "of" names what is shelled


# -- control and raising -----------------------------------------------------------------------------------------------

def test_object_control_the_object_does_the_infinitive(pipeline: Pipeline) -> None:
    """"Chad forced Boko Haram to retreat": Boko Haram retreats, not Chad."""
    retreat = one(pipeline, "Chad forced Boko Haram to retreat from the border.", "RETREAT")
    assert names(retreat.source) == {"Boko Haram"}
    retreat = one(pipeline, "Kenya forced the rebels to retreat.", "RETREAT")
    assert names(retreat.source) == {"rebels"}


def test_an_infinitive_on_an_event_noun_is_done_by_the_noun_agent(pipeline: Pipeline) -> None:
    """"Israel's decision to expel", "the decision by France to send": the noun's agent does the infinitive."""
    expulsion = one(pipeline, "Egypt condemned Israel's decision to expel the Turkish ambassador.", "SANCTION")
    assert countries(expulsion.source) == {"ISR"} and countries(expulsion.target) == {"TUR"}
    dispatch = one(pipeline, "Germany welcomed the decision by France to send troops to Mali.", "MOBILIZE")
    assert countries(dispatch.source) == {"FRA"} and countries(dispatch.target) == {"MLI"}


def test_subject_control_and_raising_keep_the_subject(pipeline: Pipeline) -> None:
    assert countries(one(pipeline, "Japan agreed to help the Philippines.", "AGREE").target) == {"PHL"}
    meeting = one(pipeline, "The Iranian president is expected to visit Iraq on Monday.", "CONSULT")
    assert countries(meeting.source) == {"IRN"} and countries(meeting.target) == {"IRQ"}


def test_asked_for_aid_and_urged_to_withdraw(pipeline: Pipeline) -> None:
    request = one(pipeline, "Lebanon asked France for military aid.", "REQUEST")
    assert countries(request.source) == {"LBN"} and countries(request.target) == {"FRA"}
    request = one(pipeline, "Egypt urged Israel to withdraw from Gaza.", "REQUEST")
    assert countries(request.source) == {"EGY"} and countries(request.target) == {"ISR"}


def test_forces_sent_to_help_wait_for_the_party_helped(pipeline: Pipeline) -> None:
    """"offered to send troops to help X": the troops are the offering side's own; the offer is to X."""
    offer = one(pipeline, "Australia offered to send troops to help the Philippines.", "AGREE")
    assert countries(offer.target) == {"PHL"}


# -- reported speech and attribution -----------------------------------------------------------------------------------

def test_reported_clause_has_its_own_source(pipeline: Pipeline) -> None:
    attack = one(pipeline, "Ukraine said Russia shelled Kharkiv overnight.", "ASSAULT")
    assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}
    attack = one(pipeline, "According to Syria, Turkey shelled Kurdish villages near the border.", "ASSAULT")
    assert countries(attack.source) == {"TUR"}


def test_possessive_pronoun_names_the_owner_before_the_place(pipeline: Pipeline) -> None:
    """"its embassy in Damascus" is the speaker's embassy, not Syria's."""
    attack = one(pipeline, "Iran said Israel attacked its embassy in Damascus.", "ASSAULT")
    assert countries(attack.source) == {"ISR"} and countries(attack.target) == {"IRN"}


def test_accused_in_the_passive_does_the_gerund(pipeline: Pipeline) -> None:
    """"Syria was accused by Turkey of shelling ...": the one accused (the passive subject) shells."""
    found = events(pipeline, "Syria was accused by Turkey of shelling Kurdish villages.")
    (accusation,) = [e for e in found if e.type == "ACCUSE"]
    (shelling,) = [e for e in found if e.type == "ASSAULT"]
    assert countries(accusation.source) == {"TUR"} and countries(accusation.target) == {"SYR"}
    assert countries(shelling.source) == {"SYR"}


def test_accused_of_shelling(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ethiopia accused Eritrea of shelling Mekelle.")
    (accusation,) = [e for e in found if e.type == "ACCUSE"]
    (shelling,) = [e for e in found if e.type == "ASSAULT"]
    assert countries(accusation.source) == {"ETH"} and countries(accusation.target) == {"ERI"}
    assert countries(shelling.source) == {"ERI"}


# -- coordination, companions, locative targets ------------------------------------------------------------------------

def test_along_with_and_together_with_add_a_source(pipeline: Pipeline) -> None:
    condemnation = one(pipeline, "France, along with Britain, condemned the attack on Syria.", "ACCUSE")
    assert countries(condemnation.source) == {"FRA", "GBR"} and countries(condemnation.target) == {"SYR"}
    attack = one(pipeline, "Russia attacked Ukraine together with Belarus.", "ASSAULT")
    assert countries(attack.source) == {"RUS", "BLR"} and countries(attack.target) == {"UKR"}


def test_an_office_and_its_holder_in_apposition_is_the_holder(pipeline: Pipeline) -> None:
    """"Ukraine's president, Volodymyr Zelensky, met ...": the person who holds the office."""
    meeting = one(pipeline, "Ukraine's president, Volodymyr Zelensky, met Emmanuel Macron in Paris.", "CONSULT")
    assert names(meeting.source) == {"Volodymyr Zelensky"} and countries(meeting.source) == {"UKR"}


def test_counterpart_is_of_its_nationality_not_of_its_possessor(pipeline: Pipeline) -> None:
    """"his Turkish counterpart" is Turkey's, not the possessor's."""
    meeting = one(pipeline, "Russian President Vladimir Putin met his Turkish counterpart in Sochi.", "CONSULT")
    assert countries(meeting.source) == {"RUS"} and countries(meeting.target) == {"TUR"}


def test_unnamed_people_who_act_on_a_party_are_the_source(pipeline: Pipeline) -> None:
    """"Local officials condemned Israel", "a group of officials rejected Israel's plan": unnamed people act as they
    are acted on; with no party acted on they code nothing ("officials are keen to demonstrate ...")."""
    condemnation = one(pipeline, "Local officials condemned Israel.", "ACCUSE")
    assert names(condemnation.source) == {"Local officials"} and countries(condemnation.target) == {"ISR"}
    rejection = one(pipeline, "A group of officials rejected Israel's plan.", "REJECT")
    assert names(rejection.source) == {"officials"} and countries(rejection.target) == {"ISR"}
    assert not events(pipeline, "Officials are keen to demonstrate that the elections are fair.")


def test_coordinated_sources_and_targets(pipeline: Pipeline) -> None:
    condemnation = one(pipeline, "France and Germany condemned Iran and Syria.", "ACCUSE")
    assert countries(condemnation.source) == {"FRA", "DEU"} and countries(condemnation.target) == {"IRN", "SYR"}
    attack = one(pipeline, "Russia attacked Ukraine as well as Georgia.", "ASSAULT")
    assert countries(attack.target) == {"UKR", "GEO"}


def test_villages_in_a_country_are_its_people(pipeline: Pipeline) -> None:
    attack = one(pipeline, "Israel shelled villages in Lebanon.", "ASSAULT")
    assert countries(attack.target) == {"LBN"}


def test_participle_continuing_an_attack_reaches_its_target(pipeline: Pipeline) -> None:
    """"attacked Ukraine, killing twelve civilians": the civilians are Ukraine's, not the attacker's."""
    (attack,) = [e for e in events(pipeline, "Russia attacked Ukraine, killing twelve civilians.")
                 if e.type == "ASSAULT"]
    assert countries(attack.target) == {"UKR"}


def test_a_phrase_after_an_aside_belongs_to_the_verb(pipeline: Pipeline) -> None:
    """"returned a painting, missing since 1945, to Poland": the parser hangs "to Poland" on the aside."""
    found = events(pipeline, "Germany returned a looted 16th century painting, missing since 1945, to Poland.")
    (giving_back,) = [e for e in found if e.evidence[0].trigger == "returned"]
    assert countries(giving_back.source) == {"DEU"} and countries(giving_back.target) == {"POL"}


def test_on_behalf_of_names_the_party(pipeline: Pipeline) -> None:
    signing = one(pipeline, "The ambassador signed the accord on behalf of Nepal.", "SUPPORT")
    assert countries(signing.source) == {"NPL"}


# -- subject ellipsis and a shared object ------------------------------------------------------------------------------

def test_two_verbs_share_the_object_after_the_second(pipeline: Pipeline) -> None:
    """"France condemned and sanctioned Russia": Russia is condemned too."""
    found = events(pipeline, "France condemned and sanctioned Russia.")
    assert {e.type for e in found} == {"ACCUSE", "COERCE"}
    assert all(countries(e.source) == {"FRA"} and countries(e.target) == {"RUS"} for e in found)
    # the arrest and the deportation both reach the journalists, not Kenya itself
    found = events(pipeline, "Kenya arrested and deported three Somali journalists.")
    assert len(found) == 2 and all(countries(e.target) == {"SOM"} for e in found)


def test_a_verb_with_its_own_complement_keeps_it(pipeline: Pipeline) -> None:
    """"withdrew from the talks with Ethiopia and announced sanctions against Sudan": two targets."""
    found = events(pipeline, "Egypt withdrew from the talks with Ethiopia and announced sanctions against Sudan.")
    (withdrawal,) = [e for e in found if e.type == "REJECT"]
    assert countries(withdrawal.target) == {"ETH"}


def test_second_verb_inherits_the_subject_and_partner(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Ukrainian president met Joe Biden and signed a security pact.")
    (meeting,) = [e for e in found if e.type == "CONSULT"]
    (signing,) = [e for e in found if e.type == "SUPPORT"]
    assert countries(meeting.source) == countries(signing.source) == {"UKR"}
    assert names(signing.target) == names(meeting.target) == {"Joe Biden"}
