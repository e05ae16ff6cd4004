"""Word lists more than one stage reads (speech verbs, modals, plan words), in one place so copies cannot drift.

The lists differ on purpose where their questions differ: `TENSE_PLAN_VERBS` decides whether "is scheduled to"
puts a clause in the future (for choosing the year of "on June 27"), `PLAN_WORDS` whether an event is planned.
"""

from __future__ import annotations

SPEECH_VERBS = frozenset("""say report announce state claim tell add confirm insist stress write declare
quote release issue deny reveal disclose note""".split())
# Verbs by which a party voices a stance or a demand: only a party does these, not a thing ("It condemned the
# raid" speaks of a body; "It flew 600 km" of a missile).
STANCE_VERBS = SPEECH_VERBS | frozenset("""condemn denounce deplore decry slam criticize criticise blast accuse blame
reject welcome hail praise thank congratulate urge call demand ask appeal warn threaten vow pledge promise express
reiterate protest regret voice affirm reaffirm""".split())
# Verbs that put out a text whose words are its issuer's ("issued a declaration demanding ...", "KCNA carried a
# commentary").
ISSUING = frozenset("issue release publish send deliver make adopt pass post sign give carry read circulate".split())
# Texts that speak for whoever issued them ("The statement urged Japan to ...", "the resolution demanded ...").
AUTHORED_TEXTS = frozenset("""statement communique communiqué declaration resolution letter commentary editorial
message memorandum bulletin""".split())
SPECULATION_VERBS = frozenset("speculate rumor rumour suggest guess believe suspect think".split())
# An act a party is accused of is the accuser's claim: "accused China of ramming its vessel", "blamed Kyiv for the
# strike".
ALLEGATION_VERBS = frozenset("accuse allege blame".split())
EXPECTATION_WORDS = frozenset("expect anticipate likely predict forecast".split())
PLAN_WORDS = frozenset("plan schedule intend prepare set due aim will shall plot conspire scheme".split())
SPECULATIVE_MODALS = frozenset({"may", "might", "could", "can"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# A clause under these verbs is denied by their subject: "Ankara denied that its envoy had met rebel leaders".
DENIAL_VERBS = frozenset("deny refute dismiss rebut disown".split())
# An act under these did not happen ("Russia's refusal to withdraw its troops", "failed to agree"); the first
# set also says the party would not do it, which CAMEO codes as a rejection (12).
REFUSAL_WORDS = frozenset("refuse decline reject refusal rejection unwillingness reluctance".split())
FAILURE_WORDS = frozenset("fail failure".split())
# What a party threatens when it does not rule it out ("did not rule out military action"): the type of the act
# threatened, by the noun; "action", "option" and "measure" say which by their modifier ("military action").
THREATENED_ACTS = {**dict.fromkeys("force strike attack war invasion intervention retaliation weapon escalation "
                                   "offensive".split(), "ASSAULT"),
                   **dict.fromkeys("sanction embargo tariff boycott".split(), "SANCTION")}
THREAT_MODIFIERS = {**dict.fromkeys("military armed nuclear".split(), "ASSAULT"),
                    **dict.fromkeys("economic punitive trade".split(), "SANCTION")}
# Declining these is no rejection of anyone: "refused to comment", "declined to say".
NO_COMMENT_VERBS = frozenset("comment say elaborate confirm disclose reveal specify speculate discuss identify "
                             "name".split())

# The tense of a clause, for dating (pipeline.tense_lookup): future auxiliaries and plan verbs.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
TENSE_PLAN_VERBS = frozenset({"schedule", "plan", "expect", "due", "set", "intend"})
