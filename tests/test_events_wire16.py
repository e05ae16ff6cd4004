"""Constructions the coder missed (issue 13, session 39, from the tune part of the written stories,
`bench/events_stories.py`): captives "held hostage" or "held captive" after the verb that frees or threatens them,
which the parser read as a clause of their own (the captives the hostage-takers, the freeing verb with no object);
"fired tear gas and live ammunition to disperse protesters", whose purpose the parser hung on the ammunition; a
threat to kill hostages unless prisoners are released, aimed at the prisoners (those a condition would see freed are
not the threatened party); "the withdrawal of Ethiopian troops from ... began", whose noun names the side moving its
forces, and their "pullout" or "drawdown"; "the head of state", the one president named before; forces that "deployed
in" a town with no object; an exercise "commenced"; "will give an appropriate answer to Warsaw", a threat against
Warsaw. Every sentence is written for these tests; none comes from an evaluation set, a written row or story, or a
real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.nlp import load_model, repair
from dragoman.pipeline import Pipeline


def test_captives_held_hostage_are_the_object_of_the_verb_before(pipeline: Pipeline) -> None:
    for text in ("The rebels freed two Kenyan engineers held captive in the forest for a year.",
                 "The militia released three Nepali workers held hostage since March."):
        found = events(pipeline, text)
        assert not of_type(found, "ASSAULT"), text  # the captives took no one hostage
        (release,) = of_type(found, "RETREAT")
        assert names(release.source) == {"rebels"} or names(release.source) == {"militia"}, text
        assert countries(release.target) <= {"KEN", "NPL"} and release.target, text


def test_hostages_a_party_threatens_are_the_object_of_its_threat() -> None:
    for text, captives in (("The gang threatened to kill prison guards held hostage in two jails.", "guards"),
                           ("The insurgents vowed to behead aid workers held hostage in the mountains.", "workers")):
        doc = repair(load_model()(text))
        held = next(t for t in doc if t.lower_ == "held")
        assert (held.dep_, held.head.lower_) == ("acl", captives), text
        assert doc[held.i - 1].dep_ == "dobj", text


def test_a_clause_of_hostage_taking_stays_a_clause() -> None:
    # the noun after a verb of saying is the subject of what is said; the noun before "held" is not the verb's object
    for text, subject in (("Officials said the rebels held hostage three aid workers.", "rebels"),
                          ("The rebels held hostage three aid workers for a week.", "rebels")):
        doc = repair(load_model()(text))
        held = next(t for t in doc if t.lower_ == "held")
        assert any(c.dep_ == "nsubj" and c.lower_ == subject for c in held.children), text


def test_tear_gas_and_live_ammunition_fired_to_disperse_protesters(pipeline: Pipeline) -> None:
    found = events(pipeline, "Police have fired tear gas and live ammunition to disperse protesters in the capital.")
    (attack,) = of_type(found, "ASSAULT")
    assert names(attack.source) == {"Police"}
    assert names(attack.target) == {"protesters"}


def test_prisoners_a_threat_would_see_released_are_not_its_target(pipeline: Pipeline) -> None:
    # those threatened with death are; those whose release is demanded are not
    (threat,) = of_type(events(pipeline, "The rebels threatened to kill two Kenyan engineers unless Ugandan "
                                         "prisoners were released."), "THREATEN")
    assert countries(threat.target) == {"KEN"}
    (threat,) = of_type(events(pipeline, "Al-Shabaab threatened to execute the hostages unless Somali prisoners "
                                         "were released within 48 hours."), "THREATEN")
    assert "SOM" not in countries(threat.target)
    # the agent of the condition is the one asked
    (threat,) = of_type(events(pipeline, "Al-Shabaab threatened to execute the hostages unless its fighters were "
                                         "freed by Nairobi within 48 hours."), "THREATEN")
    assert countries(threat.target) == {"KEN"}


def test_a_withdrawal_of_a_sides_forces_is_its_act(pipeline: Pipeline) -> None:
    (pullback,) = of_type(events(pipeline, "The withdrawal of Ethiopian troops from the Somali border town began on "
                                           "Monday."), "RETREAT")
    assert countries(pullback.source) == {"ETH"}
    assert pullback.factuality == "asserted"
    (deployment,) = of_type(events(pipeline, "The deployment of Chadian soldiers to Niger was completed on Friday."),
                            "MOBILIZE")
    assert countries(deployment.source) == {"TCD"} and countries(deployment.target) == {"NER"}
    (planned,) = of_type(events(pipeline, "The withdrawal of French troops from Mali will begin next month."),
                         "RETREAT")
    assert countries(planned.source) == {"FRA"} and planned.factuality == "planned"


def test_a_withdrawal_talked_of_or_put_off_is_no_event(pipeline: Pipeline) -> None:
    for text in ("Talks focused on the withdrawal of Rwandan troops from eastern Congo.",
                 "The withdrawal of French troops from Niger was postponed.",
                 "The deployment of Russian troops to Belarus has been delayed."):
        found = events(pipeline, text)
        assert not of_type(found, "RETREAT") and not of_type(found, "MOBILIZE"), text


def test_the_head_of_state_is_the_president_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ghanaian President John Mahama received the Togolese delegation in Accra on Monday. "
                             "The head of state thanked Qatar for its mediation efforts.")
    (thanks,) = of_type(found, "SUPPORT")
    assert names(thanks.source) == {"John Mahama"} and countries(thanks.target) == {"QAT"}
    # two heads of state named before: which one is not told
    found = events(pipeline, "Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Accra. "
                             "The head of state thanked Qatar for its mediation efforts.")
    assert not [e for e in of_type(found, "SUPPORT") if e.source]


def test_forces_that_deploy_with_no_object_are_mobilized(pipeline: Pipeline) -> None:
    (deployment,) = of_type(events(pipeline, "Lebanese troops deployed in Naqoura on Tuesday after the Israeli "
                                             "pullback."), "MOBILIZE")
    assert countries(deployment.source) == {"LBN"}
    for text in ("The airbags deployed in the crash.",
                 "The Greek frigate, currently deployed on patrols in the Red Sea, escorted two tankers."):
        assert not of_type(events(pipeline, text), "MOBILIZE"), text


def test_an_exercise_commenced_is_an_exercise_begun(pipeline: Pipeline) -> None:
    (drill,) = of_type(events(pipeline, "The Iranian navy commenced a large-scale military exercise in the Gulf of "
                                        "Oman on Saturday."), "MOBILIZE")
    assert countries(drill.source) == {"IRN"}


def test_an_answer_in_kind_promised_is_a_threat_against_whom_it_answers(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Foreign Ministry spokeswoman Maria Zakharova said on Monday that Moscow "
                                         "will give an appropriate answer to Warsaw."), "THREATEN")
    assert countries(threat.target) == {"POL"}
    (threat,) = of_type(events(pipeline, "Zakharova said Russia would give an adequate response to the expulsion of "
                                         "its diplomats by Estonia."), "THREATEN")
    assert countries(threat.target) == {"EST"}
    # an answer to a question is no threat
    assert not of_type(events(pipeline, "The minister said he would give an appropriate answer to the question next "
                                        "week."), "THREATEN")


def test_a_pullout_or_a_drawdown_of_forces_is_a_retreat(pipeline: Pipeline) -> None:
    (pullout,) = of_type(events(pipeline, "The pullout of Burundian forces from Somalia began in January."), "RETREAT")
    assert countries(pullout.source) == {"BDI"} and countries(pullout.target) == {"SOM"}
    (drawdown,) = of_type(events(pipeline, "Washington announced a drawdown of US troops in Syria."), "RETREAT")
    assert countries(drawdown.source) == {"USA"}
    # a credit line drawn down is no retreat; a pullout postponed has not happened
    for text in ("The company announced a drawdown of its credit line.",
                 "The pullout of Burundian forces from Somalia was postponed."):
        assert not of_type(events(pipeline, text), "RETREAT"), text
