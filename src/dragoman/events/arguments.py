"""Reading an event's participants off the parse: helpers for subjects, objects and unnamed people."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dragoman.actors import COUNTRY_NOUNS, TITLE_HEADS, ActorTable, slug, voiced_stance
from dragoman.countries import country_code, country_name, organization_country
from dragoman.events.triggers import ACCOUNT_NOUNS, OWN_POSSESSIVES, Rule, Trigger, _lemma
from dragoman.model import Actor, Mention
from dragoman.wordlists import SPEECH_VERBS

# Prepositions that attach an event's target to the noun that names what the event acts on.
OBJECT_PREPS = ("from", "by", "of", "on", "against", "to", "for", "with", "between", "among", "including")


def country_actor(actors: ActorTable, code: str) -> str | None:
    """The id of the country actor `code`, added to the table when the article names it only through a
    place or a people ("in Cizre", "Beirut")."""
    if actors.get(code) is None:
        name = country_name(code)
        if name is None:
            return None
        actors.actors.append(Actor(code, name, "country", country=code))
    return code


# People an attack or crackdown may be aimed at without naming their country.
UNNAMED_PEOPLE = frozenset("""demonstrator protester protestor crowd civilian villager resident student worker
striker rioter people opposition supporter worshipper mourner prisoner inmate detainee""".split())


def _unnamed_people_object(verb: Token) -> bool:
    """The verb, or its purpose clause ("opened fire to disperse ..."), acts on an unnamed crowd."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp"))]
    objects = [o for v in clauses for o in v.children if o.dep_ == "dobj"]
    objects += [p for v in clauses for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
                for p in c.children if p.dep_ == "pobj"]
    return any(_lemma(o) in UNNAMED_PEOPLE and not o.ent_type_ for o in objects)


# Kin: the people a relation to someone names ("his father", "the woman whose son was killed"); the possessor is the
# relative, another person, never the party acted on or acting.
KIN_NOUNS = frozenset("""father mother parent son daughter husband wife spouse brother sister sibling grandfather
grandmother grandparent grandson granddaughter grandchild uncle aunt nephew niece cousin fiance fiancee boyfriend
girlfriend widow widower stepfather stepmother stepson stepdaughter baby infant toddler fetus""".split())


# People an act can be done to without a name or an agent-dictionary entry ("tortured an inmate", "freed
# prisoners", "returned the paintings to its owners"): read as an unnamed group when nothing named is there.
PEOPLE_NOUNS = UNNAMED_PEOPLE | frozenset("""inmate detainee prisoner captive hostage suspect convict person man
woman child boy girl owner driver member resident citizen national passenger pilgrim tourist migrant refugee
immigrant asylum-seeker journalist reporter activist dissident critic opponent victim family relative patient
employee staff crew sailor fisherman farmer miner trucker teacher doctor nurse official lawmaker politician
candidate leader individual youth teenager gunman militant fighter rebel insurgent defector
exile""".split()) | KIN_NOUNS | (
    TITLE_HEADS - {"general", "chair", "head", "chief", "justice"})  # "the prime minister": an office holder
# "one of two men", "dozens of prisoners", "a group of asylum-seekers": the people are the noun after "of".
QUANTITY_NOUNS = frozenset("one some many most dozen dozens hundred hundreds thousand thousands group number handful "
                           "couple several few all two three four five".split())


def counted_noun(tok: Token) -> Token | None:
    """The noun a quantity counts ("dozens of warships", "11 of Iran's most prominent prisoners"), None when the
    quantity has no "of"; any other word is its own noun."""
    if tok.lower_ in QUANTITY_NOUNS or tok.like_num:
        return _pobj(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    return tok


def _people_noun(tok: Token | None) -> Token | None:
    """The noun naming unnamed people that `tok` heads, through "one of", "dozens of", "a group of"."""
    if tok is None or (tok := counted_noun(tok)) is None:
        return None
    # "the Prime Minister" is often tagged a proper noun: a title with no name is still unnamed
    common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.lower_ in TITLE_HEADS and not any(
        c.dep_ in ("compound", "flat", "appos") and c.ent_type_ == "PERSON" for c in tok.children)
    if common and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and _lemma(tok) in PEOPLE_NOUNS and (
            not voiced_stance(tok)):
        return tok
    return None


# Places an armed side holds: "rebel positions", "militant hideouts" are the rebels' and the militants'. (A refugee
# camp is not held: an attack on it is coded, as PLOVER does, by where it is.)
HELD_PLACE_NOUNS = frozenset("""position stronghold hideout hideaway base camp outpost post bastion enclave redoubt
trench bunker target checkpoint station barracks headquarters patrol convoy""".split())
COMBATANT_NOUNS = frozenset("""rebel militant insurgent fighter gunman guerrilla guerilla terrorist separatist jihadist
extremist militia""".split())
STATE_FORCE_WORDS = frozenset("army military police security paramilitary navy".split())


def held_by_people(tok: Token) -> Token | None:
    """The unnamed armed side (`COMBATANT_NOUNS`) a held place is named by ("shelled rebel positions in Idlib": the
    rebels, not the place's country)."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in HELD_PLACE_NOUNS:
        return None
    named = any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.lefts)  # "a Ukrainian military base": Ukraine's
    # the parser tags "rebel" and "militant" before a noun as adjectives as often as nouns
    return next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                 and (_lemma(c) in COMBATANT_NOUNS or c.lower_ in STATE_FORCE_WORDS and not named)
                 and c.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")), None)


# Sides that are not the state: "an opposition leader", "a rebel commander", "a union leader" are of their side,
# never the country their nationality or the place they are in names.
NONSTATE_SIDES = frozenset("""opposition rebel militant insurgent separatist guerrilla guerilla dissident union
unionist student protest activist militia jihadist islamist tribal clan party""".split())


def nonstate_member(tok: Token) -> bool:
    """People or an office of a side that is not the state: a title or a people noun under a `NONSTATE_SIDES`
    modifier ("a prominent Venezuelan opposition leader", "a rebel commander in Goma")."""
    return (_lemma(tok) in PEOPLE_NOUNS or tok.lower_ in TITLE_HEADS) and any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and _lemma(c) in NONSTATE_SIDES
        and c.ent_type_ not in ("PERSON", "ORG") for c in tok.children)


# People who hold no office: where they are is not who they are ("a dissident in New York" is no act on the US).
PRIVATE_PEOPLE = PEOPLE_NOUNS - TITLE_HEADS - frozenset("official lawmaker politician candidate leader member".split())


def private_people(tok: Token) -> bool:
    """Unnamed people of no office (`PRIVATE_PEOPLE`), or of a side that is not the state (`nonstate_member`)."""
    return nonstate_member(tok) or tok.pos_ == "NOUN" and not tok.ent_type_ and _lemma(tok) in PRIVATE_PEOPLE


# Prepositions whose event noun says what a light verb's direct object is put into or used as: "placed him under
# arrest", "subjected Gaza to a blockade", "held civilians as human shields", "took 20 people into custody": the
# object is the one acted on. Not "on" ("put the general on trial"): it also dates ("held talks on March 12").
RESULT_PREPS = frozenset({"to", "under", "as", "into"})


def setting_subject(noun: Token) -> Token | None:
    """The subject of the clause an act's noun is the setting of ("police arrested six people in a joint operation
    with X": the police), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during", "through") or noun.head.head.pos_ != "VERB":
        return None
    return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)


def joined_in(word: Token, governor: Token) -> bool:
    """"joined Thai troops in joint drills": the act's noun in an "in" phrase of "join", whose object is the partner."""
    return _lemma(governor) == "join" and word.dep_ == "pobj" and word.head.lower_ == "in" and (
        word.head.head.i == governor.i)


def result_phrase(word: Token, governor: Token) -> bool:
    """The event noun is the object of a `RESULT_PREPS` phrase on its light verb."""
    return word.dep_ == "pobj" and word.head.head.i == governor.i and word.head.lower_ in RESULT_PREPS


def people_object(word: Token, governor: Token) -> Token | None:
    """Unnamed people an act is done to: the direct object of a verb trigger ("tortured a 35-year-old inmate") or of
    the light verb of a noun in a result phrase ("held civilians as human shields"), the object of "of", "against"
    or "on" after a noun trigger ("the arrest of one of two men"), the object of "to" ("returned the paintings to
    its owners"), or the people the direct object comes from, is aimed at or belongs to ("demanded an apology from
    the prime minister", "rejected the appeal of a student")."""
    verb_trigger = word.i == governor.i
    acted_on = word if verb_trigger else governor if result_phrase(word, governor) else None
    direct = [c for c in acted_on.children if c.dep_ in ("dobj", "dative")] if acted_on is not None else []
    # a light verb's phrases are its noun's ("launched a probe into ...", parsed on "launched")
    holders = [word, governor] if not verb_trigger and word.dep_ == "dobj" and word.head.i == governor.i else [word]
    objects = direct + [_pobj(c) for h in holders for c in h.children if c.dep_ in ("prep", "dative")
                        and c.lower_ in (("to",) if verb_trigger else ("of", "against", "on", "to", "into"))]
    if not verb_trigger:
        # "a probe into the killing of the opposition leader": the people of the act the event noun is about
        objects += [_pobj(c) for o in objects if o is not None and o.pos_ == "NOUN" and _people_noun(o) is None
                    for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "on")]
    # "demanded an apology from the prime minister"; "dismissed the petition of the former prime minister", "razed the
    # homes of 20 families": whose the thing acted on is
    objects += [_pobj(c) for d in direct if d.pos_ == "NOUN" for c in d.children
                if c.dep_ == "prep" and c.lower_ in ("from", "against", "on", "to", "for", "of")]
    # the actor's own envoys ("withdrew its envoy") are no party acted on
    return next((p for o in objects if (p := _people_noun(o)) is not None and not own_envoy(p)), None)


def people_actor(tok: Token, b: int, offset: int, article_id: str, actors: ActorTable) -> str:
    """The group actor for unnamed people (`people_object`), added to the table and bound to the token; the
    group the actor table already gives them ("rebel leaders": the rebels) when it has one."""
    # (not a verb of its own clause the parser hung on it: "Sisi accused foreign-funded groups", `modified_object`)
    left = min((c.left_edge.i for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod")
                and not any(g.dep_ == "nsubj" for g in c.children)), default=tok.i)
    phrase = tok.doc[left:tok.i + 1]
    mention = Mention(article_id, offset + phrase.start_char, offset + phrase.end_char, phrase.text)
    if (known := actors.at(b, tok.i)) is not None and (actor := actors.get(known)) is not None:
        # The whole phrase ("Moslem fundamentalist demonstrators") for the mention the group was found by.
        actor.mentions = [mention if m.article_id == article_id and mention.start <= m.start and m.end <= mention.end
                          else m for m in actor.mentions]
        return known
    country = _nationality(tok)
    actor_id = "grp-" + slug(f"{country or ''} {tok.lemma_}")
    actor = actors.get(actor_id)
    if actor is None:
        # someone's relatives are private people (CAMEO's civilians), not a public that may act as one
        actor = Actor(actor_id, phrase.text, "group", country=country, sector="CVL" if _lemma(tok) in KIN_NOUNS
                      else None, country_basis="nationality" if country else None)
        actors.actors.append(actor)
    actor.mentions.append(mention)
    actors.by_token[(b, tok.i)] = actor_id
    return actor_id


def _nationality(tok: Token) -> str | None:
    """The one country a capitalized modifier of the noun, or of its modifier, names ("two Chilean consular
    officials"); None for none or several ("Nigerian and British soldiers")."""
    near = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    near += [g for c in near for g in c.lefts if g.dep_ in ("amod", "compound")]
    codes = {code for c in near if c.text[:1].isupper() and (code := country_code(c.text))}
    return codes.pop() if len(codes) == 1 and not any(c.dep_ == "conj" for n in near for c in n.children) else None


def _own_course(verb: Token) -> bool:
    """"insists on opening", "presses for building": the content is an act of the subject itself (a gerund
    with no subject of its own), so the verb demands nothing of another party."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")):
        for comp in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in comp.children):
                return True
    return False


def _common(tok: Token, b: int, actors: ActorTable) -> bool:
    """No actor but a common-noun group ("extremists") is named by the token."""
    actor_id = actors.at(b, tok.i)
    return actor_id is None or (actor := actors.get(actor_id)) is not None and actor.kind == "group"


def _population(tok: Token, b: int, actors: ActorTable) -> bool:
    """A plural common noun a country adjective makes a people of that country ("Croatian extremists")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _common(tok, b, actors) and any(
        c.dep_ in ("amod", "compound") and c.text[:1].isupper() and country_code(c.text) for c in tok.children)


def _skip_source(found: list[str], tok: Token | None, avoid: frozenset[str], b: int, actors: ActorTable) -> list[str]:
    """`found` without the source's own actors, except the source country named as a people of its own
    ("Croatia is investigating crimes by Croatian extremists")."""
    people = tok is not None and _population(tok, b, actors)
    return [a for a in found if a not in avoid or people and (x := actors.get(a)) is not None and x.kind == "country"]


def _known_organization(tok: Token, b: int, actors: ActorTable) -> str | None:
    """A well-known organization spaCy did not tag as one ("rallies by the Kifaya group", "The Hamas"):
    an organization actor with the country the organization table gives, added to the table."""
    if tok.pos_ != "PROPN" or actors.at(b, tok.i) or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    name = _phrase(tok)
    code = organization_country(name)
    if code is None:
        return None
    actor_id = "org-" + slug(name)
    if actors.get(actor_id) is None:
        actors.actors.append(Actor(actor_id, name, "organization", country=code))
    return actor_id


REPORTED_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})


def previous_subject(pronoun: Token, paragraph_before: Span | None = None) -> Token | None:
    """"The Saudi foreign minister arrived in Tehran. He met his Iranian counterpart.": a "he" or "she" opening its
    sentence's subjects stands for the one person the sentence before is about, the subject of its main verb (a
    named person, or an office holder: "the minister"), when no one else is named between them. For a pronoun
    opening its paragraph, the sentence before is `paragraph_before`, the last of the paragraph before (wire copy
    runs a paragraph a sentence: "..., the spokesman said. / He noted that ...")."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = pronoun.sent
    if any(t.ent_type_ == "PERSON" or t.lower_ in TITLE_HEADS for t in pronoun.doc[sent.start:pronoun.i]):
        return None
    if sent.start > 0:
        before = pronoun.doc[sent.start - 1].sent
    elif paragraph_before is not None and not any(t.is_quote for t in pronoun.doc[sent.start:pronoun.i]):
        before = paragraph_before
    else:
        return None
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ not in ("NN", "NNP") or not (subj.ent_type_ == "PERSON" or subj.lower_ in TITLE_HEADS):
        return None  # a public person or office holder (not "a woman", whom the act may befall by chance)
    if before is paragraph_before and subj.ent_type_ == "PERSON":
        return None  # a person named in the paragraph before is the actor table's to link (`actors._link_pronouns`)
    # the one person named in it: no other person beside the subject ("X met Y.")
    people = {t.i for t in before if t.ent_type_ == "PERSON" and not subj.left_edge.i <= t.i <= subj.right_edge.i}
    return None if people else subj


def _clause_of(tok: Token) -> Token:
    """The verb of the clause a word is in (the root, when no verb is above it)."""
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def clause_subject(pronoun: Token) -> Token | None:
    """The named subject of the clause an "its" is in, when the pronoun is not inside that subject: "Turkey has
    deployed troops to its bases, the ministry said" (Turkey); not "Ankara denied that its envoy had met ..." ("its"
    in the subject itself). "their" is left alone: it is often someone else's ("demonstrators set their bank on
    fire", the workers' bank)."""
    if pronoun.lower_ != "its":
        return None
    clause = _clause_of(pronoun)
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or own.pos_ == "PRON" or own.left_edge.i <= pronoun.i <= own.right_edge.i:
        return None
    return own


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb that reports or decides the pronoun's clause: "Nigeria announced that it
    will withdraw" (it = Nigeria), or that takes an account of it: "Iran dismissed claims that it supplied
    missiles", unless the account names whose it is: "Kyiv denied Russia's claim that its forces took the
    village" (its = Russia's). Only a non-pronoun subject of a verb above the pronoun's own clause, or owner."""
    noun = pronoun.head
    if noun.dep_ == "conj" and noun.head.pos_ == "PROPN":
        return None  # "the U.S. and its followers": the party the noun is listed with
    tok = _clause_of(pronoun)
    for _ in range(3):
        if tok.dep_ == "acl" and _lemma(tok.head) in ACCOUNT_NOUNS and tok.head.dep_ == "dobj":
            owner = next((c for c in tok.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
                (a for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by"
                 and (a := _pobj(c)) is not None and a.pos_ != "PRON"), None)
            if owner is not None:
                return None if _someone_else(pronoun, owner) else owner
            tok = tok.head  # the account, and the verb that takes it
        elif tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            return None if _someone_else(pronoun, subj) else subj
    return None


# Pronouns of a third person, which a speaker does not use for themself inside their own words (a speaker says "we"
# of their own side).
THIRD_PERSON = frozenset("he him his himself she her hers herself they them their theirs themselves".split())
# Double quotation marks as the tokenizer leaves them (ECB+ and PTB-style text writes `` and '').
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _quote_mark(tok: Token) -> bool:
    """A double quotation mark; the tokenizer splits `` in two, counted once by its first half."""
    doc = tok.doc
    return tok.text in QUOTE_MARKS or tok.text == "`" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "`"


def _quoted(tok: Token) -> bool:
    """The token is inside quotation marks: an odd number of marks before it in its sentence, or none before and
    one after (a quotation opened in an earlier sentence and closed in this one)."""
    sent = tok.sent
    before = sum(_quote_mark(t) for t in tok.doc[sent.start:tok.i])
    after = sum(_quote_mark(t) for t in tok.doc[tok.i + 1:sent.end])
    return before % 2 == 1 or before == 0 and after == 1


def _reporting_speakers(tok: Token) -> list[Token]:
    """The subjects of the reporting verbs whose reported words hold the token: a verb of saying above it ("Lynch
    said he fired"), or one hung on a clause above it ("he was attacked, Waldie said", parsed with "said" as a
    parenthetical of "attacked")."""
    speakers: list[Token] = []
    for verb in _chain(tok)[1:]:
        reporting = [verb] if _lemma(verb) in SPEECH_VERBS else []
        reporting += [c for c in verb.children if c.dep_ in ("parataxis", "ccomp", "advcl") and _lemma(c) in
                      SPEECH_VERBS and not (c.left_edge.i <= tok.i <= c.right_edge.i)]
        for said in reporting:
            speakers += [c for c in said.children if c.dep_ == "nsubj" and not c.left_edge.i <= tok.i <= c.right_edge.i]
    return speakers


def speaker_pronoun(tok: Token, actor_id: str, b: int, actors: ActorTable) -> bool:
    """"he was attacked, Undersheriff Waldie said", "'she only shot the ones she blamed,' says Fairman": a pronoun
    of a third person in a speaker's reported words names someone else when it comes before the speaker's name or
    stands inside the quotation (speakers say "I" of themselves there); coreference that gave it the speaker is
    wrong. "Obama said he would fight" (the speaker first, no quotation) keeps the speaker."""
    return any(actors.at(b, speaker.i) == actor_id and _someone_else(tok, speaker)
               for speaker in _reporting_speakers(tok))


def _someone_else(pronoun: Token, speaker: Token) -> bool:
    """A third-person pronoun in the speaker's reported words that cannot be the speaker: it comes before the
    speaker's name, or stands inside a quotation the speaker is not inside too (a speaker inside the quotation
    reports within another's words: "'she told a pastor that she apologizes,' the spokesman said")."""
    return pronoun.lower_ in THIRD_PERSON and (speaker.i > pronoun.i or _quoted(pronoun) and not _quoted(speaker))


# The forces a side sends, deploys or withdraws.
FORCE_NOUNS = frozenset("""troop soldier force army unit warship jet aircraft peacekeeper personnel police navy
militia battalion brigade division fighter combatant paratrooper marine commando mercenary serviceman""".split())


# People who act or speak for the party of their "for" ("a spokesman for the president", "lawyers for the family").
SPOKESPEOPLE = frozenset("""spokesman spokeswoman spokesperson representative envoy lawyer attorney counsel advocate
negotiator delegate emissary agent mouthpiece""".split())


# Prepositions of place: their object is where an event happens.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout"})
# What words go out on ("said on state television", "wrote on Telegram"): the medium, never a party aimed at.
CHANNEL_NOUNS = frozenset("""television tv radio channel airwaves broadcast website site platform telegram twitter x
facebook instagram youtube account page media""".split())
CHANNEL_PREPS = frozenset({"on", "via", "over"})


# "were engaged in", "is opposed to": the passive form of these says what its subject itself does.
STATIVE_PASSIVES = frozenset("engage involve oppose commit determine prepare resolve dedicate".split())


# Words that stand for the noun of the clause before them when they head a subject alone ("Three soldiers were killed
# and five wounded", "... and 12 others were injured", "... and the rest released").
ELLIPTIC_HEADS = frozenset("""one others another several many more some few most dozens hundreds thousands
scores rest remainder""".split())


def _elliptic(tok: Token) -> bool:
    """A number or quantity with no noun of its own ("five", "12 others", "several"; not "five of the soldiers")."""
    return (tok.like_num or tok.lower_ in ELLIPTIC_HEADS) and not any(
        c.dep_ in ("prep", "compound", "amod") for c in tok.children)


def _passive_verb(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _elliptic_referent(subject: Token) -> Token | None:
    """The subject of the passive clause an elliptic subject is conjoined after: "soldiers" for "five" in "Three
    soldiers were killed and five (were) wounded"; the elliptic subject hangs on the first verb (a bare "five
    wounded" is parsed as a conjunct of it) or is the subject of a passive verb conjoined to it."""
    if not _elliptic(subject):
        return None
    first = subject.head if subject.dep_ == "conj" else subject.head.head if (
        subject.dep_ == "nsubjpass" and subject.head.dep_ == "conj") else None
    if first is None or not _passive_verb(first):
        return None
    return next((c for c in first.children if c.dep_ == "nsubjpass" and c.i != subject.i), None)


def gapped_passives(verb: Token) -> list[Token]:
    """The passive participles of the clauses conjoined after a passive verb whose subjects only count ("were killed
    and five wounded by X", "were arrested and several were injured by X"): their "by" agent did the first act too."""
    if not _passive_verb(verb):
        return []
    found = []
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        if conj.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and _elliptic(c) for c in conj.children):
            found.append(conj)
        elif conj.tag_ != "VBN" and _elliptic(conj):
            found += [c for c in conj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return found


# Verbs of legal process that take the one charged as their object: used with none, see `charged_as_finite`.
CHARGING_VERBS = frozenset("charge indict accuse convict sentence".split())


def charged_as_finite(verb: Token) -> Token | None:
    """The noun a participle of legal process is on when the parser made the participle its finite verb: "the
    policeman charged with the murder was jailed", "two officers charged over the shooting appeared in court" (no
    object, a "with", "over", "for" or "of" phrase, and a finite verb right after it that lost its subject to it);
    None otherwise ("police charged him with murder")."""
    if _lemma(verb) not in CHARGING_VERBS or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    if subject is None or not phrases or phrases[0].lower_ not in ("with", "over", "for", "of"):
        return None
    after = max(t.i for p in phrases for t in p.subtree) + 1
    return subject if after < len(verb.doc) and verb.doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD") else None


def _participle_subject(verb: Token) -> Token | None:
    """The understood subject of a passive participle with no clause of its own: the noun it modifies ("troops
    sent by Nigeria", "villages shelled last week"), the subject of the clause it opens ("Attacked by Russia,
    Ukraine asked ..."), or the subject of the passive verb it completes ("was found stabbed")."""
    if (charged := charged_as_finite(verb)) is not None:
        return charged
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "oprd")
                                 for c in verb.children) or misparsed_finite(verb):
        # a clause with its own subject or object is a misparsed finite verb; "a company called Heritage" names
        return None
    if verb.dep_ == "acl" and (referent := _elliptic_referent(verb.head)) is not None:
        return referent  # "Three soldiers were killed and five wounded": the soldiers
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ in ("xcomp", "oprd") and verb.head.pos_ == "VERB":
        # "his mother was found stabbed", "five soldiers were reported killed": what the passive verb above says of
        # its subject
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return None


def misparsed_finite(verb: Token) -> bool:
    """A past-tense verb the parser hung as a participle on the noun it made the sentence's root ("A US-led
    coalition bombed Islamic State positions"): with an object of its own it is the finite verb of that noun, and so
    it is after a relative clause set off by commas ("Russia, which has troops there, called on both sides")."""
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and head.pos_ in (
            "NOUN", "PROPN") and verb.i > head.i) or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass")
                                                         for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or verb.doc[verb.i - 1].text == "," and any(
        c.dep_ == "relcl" and head.i < c.i < verb.i for c in head.children)


def modified_object(verb: Token) -> Token | None:
    """"Sisi accused foreign-funded groups of ...": a past-tense verb with a subject of its own that the parser hung
    as a modifier on the noun after it, made the sentence's root; that noun is the verb's object."""
    head = verb.head
    if verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and head.pos_ in (
            "NOUN", "PROPN") and head.i > verb.i and any(c.dep_ == "nsubj" for c in verb.children):
        return head
    return None


NAMING_VERBS = frozenset("call describe term label dub brand characterize characterise".split())


def named_object(verb: Token) -> Token | None:
    """"condemned what it called the cowardly assassination of ...", "denounced what he described as an attack by
    X": a verb whose object is a free relative of naming has the phrase named for its object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and _lemma(c) in NAMING_VERBS):
        if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in clause.children):
            continue
        # the parser reads the phrase named as a predicate, an "as" phrase or a second object ("what it termed
        # baseless accusations")
        named = next((c for c in clause.children if c.dep_ == "oprd" or c.dep_ == "dobj" and c.lower_ != "what"),
                     None)
        as_phrase = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return named or _pobj(as_phrase)
    return None


def relative_antecedent(whose: Token) -> Token | None:
    """The noun a "whose" relative clause is on: "Russia" in "Russia, whose forces invaded Ukraine"."""
    if whose.lower_ != "whose":
        return None
    clause = whose.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") else None


def _reduced_passive(verb: Token) -> bool:
    """A passive participle standing for a passive clause (see `_participle_subject`)."""
    return _participle_subject(verb) is not None


def _shared_passive(verb: Token) -> bool:
    """A bare participle conjoined to a passive verb ("was arrested and deported"): passive as well."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)


def passive_conjunct(verb: Token) -> Token | None:
    """The subject a passive clause with none of its own shares with the active clause it is conjoined to ("Turkey
    has designated the group a terrorist organization and has been attacked by it many times": Turkey undergoes
    the attack, the agent after "by" does it)."""
    if verb.dep_ != "conj" or _lemma(verb) in STATIVE_PASSIVES or not any(
            c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None  # not "... and is committed to peace": a state of the subject, who commits itself
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.head.dep_ == "relcl":
        return verb.head.head
    return subj


def _passive_subject(verb: Token) -> Token | None:
    """The surface subject of a passive verb, or of the passive verb it is conjoined to; the understood subject
    of a passive participle; the noun a passive relative clause is on ("the activist who was arrested by
    police": the activist)."""
    if (understood := _participle_subject(verb)) is not None:
        return understood
    if (shared := passive_conjunct(verb)) is not None:
        return shared
    for tok in (verb, verb.head if verb.dep_ == "conj" else verb):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                return tok.head
            return _elliptic_referent(subj) or subj  # "... and two were injured": two of the first clause's
    return None


# Verbs whose agent speaks for the noun the participle is on ("a delegation led by X", "troops sent by X"); other
# agents are only the doers of an act done to the noun ("a journalist arrested by police" is not the police).
REPRESENTING = frozenset("""lead head chair command send dispatch deploy appoint nominate delegate mandate authorize
organize organise run operate control own employ hire represent""".split())


# Nouns of a relation between two parties: the possessor is one end, the noun's own modifier the other ("his
# Turkish counterpart" is Turkey's, "its Israeli ally" Israel).
RELATIONAL_NOUNS = frozenset("counterpart ally partner neighbour neighbor rival opponent adversary host".split())


# Words by which a side calls the other ("the enemies will pay a dear price", "any reckless act of the hostile
# forces"), with no name.
ENEMY_WORDS = frozenset("enemy adversary aggressor foe".split())


def names_enemy(verb: Token) -> bool:
    """The clause speaks of the enemy without naming it: "the enemy", "hostile forces"."""
    return any(_lemma(t) in ENEMY_WORDS and not any(c.dep_ in ("poss", "prep") for c in t.children)
               or _lemma(t) == "force" and any(c.lower_ == "hostile" for c in t.children) for t in verb.subtree)


# People named by their stand against a party ("critics of Erdogan", "opponents of the president"): the party of
# their "of" is the one they stand against, never who they are.
ADVERSARY_NOUNS = frozenset("opponent critic rival adversary enemy foe detractor".split())


# Meetings in which something is agreed or done with a partner: "in a meeting with X", "during talks with X".
MEETING_NOUNS = frozenset("""meeting talk talks negotiation negotiations summit conversation session consultation
consultations call""".split())
SETTING_PREPS = frozenset({"in", "during", "at"})


def partner_of_meeting(noun: Token | None) -> Token | None:
    """The "with" party of a meeting noun ("a White House meeting with Trump", "the talks with Israel")."""
    if noun is None or noun.lower_ not in MEETING_NOUNS and _lemma(noun) not in MEETING_NOUNS:
        return None
    return next((_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)


def meeting_partner(verb: Token) -> Token | None:
    """The partner of the meeting a verb's act is set in: "Reagan, in a meeting in Washington with Mulroney, agreed
    ...", "During talks with his Chinese counterpart, Lavrov agreed ..." (the phrase on the verb or on its
    subject)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS):
        if (partner := partner_of_meeting(_pobj(prep))) is not None:
            return partner
    return None


# Co-agents named beside the subject: "France, along with Britain, condemned ...", "together with Japan".
COMPANION_PREPS = frozenset({"along", "together", "jointly"})
# "in cooperation with X", "in coordination with X", "in partnership with X": X acts with the subject.
JOINT_ACTION_NOUNS = frozenset("""cooperation co-operation coordination co-ordination conjunction partnership
collaboration tandem concert association alliance league""".split())


def _party_word(tok: Token) -> bool:
    """The word can name a party: a name, a people, or a noun of people or forces."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ in ("PROPN", "PRON") or (
        _people_noun(tok) is not None or _lemma(tok) in FORCE_NOUNS)


def _companions(tokens: list[Token]) -> list[Token]:
    """The parties "along with X", "together with X", "jointly with X", "alongside X" or "in cooperation with X"
    attached to the subject or to the verb: they act with the subject."""
    found = []
    for tok in tokens:
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            if prep.lower_ == "alongside" and (obj := _pobj(prep)) is not None and (_party_word(obj) or not any(
                    c.dep_ == "dobj" and not _party_word(c) for c in tok.children)):
                found.append(obj)  # not a thing given beside the thing given ("ammunition alongside humanitarian aid")
            joint = _pobj(prep) if prep.lower_ == "in" else None
            if joint is not None and joint.lower_ in JOINT_ACTION_NOUNS:
                with_ = next((c for c in joint.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                if (obj := _pobj(with_)) is not None:
                    found.append(obj)
        for prep in (c for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in COMPANION_PREPS):
            with_ = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            if (obj := _pobj(with_)) is not None:
                found.append(obj)
        # the parser also hangs "together" on the "with" itself
        for with_ in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and any(
                m.dep_ == "advmod" and m.lower_ in COMPANION_PREPS for m in c.children)):
            if (obj := _pobj(with_)) is not None:
                found.append(obj)
    return found


def _hyphen_pair(noun: Token) -> tuple[Token, Token] | None:
    """"the US-China talks", "the Israeli-Palestinian conflict": two parties joined by a hyphen in front of the
    noun, the first hung on the second; returned in their order."""
    for second in (c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
        for first in (c for c in second.children if c.dep_ in ("compound", "amod", "nmod") and c.i == second.i - 2):
            if noun.doc[first.i + 1].tag_ == "HYPH":
                return first, second
    return None


def _raised_object(verb: Token) -> Token | None:
    """"France condemned and sanctioned Russia": a verb with no object of its own shares the object of the
    verb conjoined after it, when that verb has no subject of its own."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    # nothing of the first verb's own between it and the second: "reneged on the accord and announced
    # sanctions" has its own object
    if any(verb.i < c.i < conj.i and c.dep_ not in ("cc", "punct", "advmod", "neg", "conj") for c in verb.children):
        return None
    return next((c for c in conj.children if c.dep_ == "dobj"), None)


# Collective agents named by a common noun ("foreign-funded groups", "hostile circles", "extremist elements"): a
# party when a judgement's grounds say what they did.
COLLECTIVE_AGENTS = frozenset("""group organization organisation association party faction element circle network
movement militia gang cell entity outlet lobby camp regime""".split())
# The grounds of a judgement on its object: "accused X of inciting", "blamed X for the attack", "charged X with".
GROUNDS_PREPS = frozenset({"of", "for", "with"})


def judged_collective(word: Token, governor: Token) -> Token | None:
    """"accused foreign-funded groups of inciting unrest", "blamed armed groups for the attack": the collective the
    verb's grounds are said of is the party judged, named or not."""
    if word.i != governor.i:
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj"), None) or modified_object(governor)
    if obj is None or obj.pos_ != "NOUN" or _lemma(obj) not in COLLECTIVE_AGENTS:
        return None
    grounds = [c for h in (obj, governor) for c in h.children
               if c.dep_ == "prep" and c.lower_ in GROUNDS_PREPS and c.i > obj.i and _pobj(c) is not None]
    return obj if grounds else None


def summoning(verb: Token) -> bool:
    """"summoned the ambassador", "called in the envoy": the infinitive after it is the summoner's own purpose
    ("summoned the Swedish ambassador to protest the burning": the summoner protests, to the one summoned)."""
    return _lemma(verb) in ("summon", "convoke") or _lemma(verb) == "call" and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)


# Verbs that make or let their object do the infinitive: the object does it, whatever it is ("the threat of pirates
# prompted a cruise ship to evacuate its passengers": the ship evacuates, not the pirates).
CAUSATIVE_VERBS = frozenset("prompt force compel cause drive spur oblige".split())


def prompting_party(xcomp: Token) -> Token | None:
    """Who did what prompted the act an infinitive after a causative verb names: "China launched drills, prompting
    Taipei to deploy ships" (the subject of the clause the participle hangs on), "Russia's strikes forced Poland to
    scramble jets" (the causative verb's own subject); else None."""
    if xcomp.dep_ != "xcomp" or _lemma(xcomp.head) not in CAUSATIVE_VERBS:
        return None
    causer = xcomp.head
    subject = next((c for c in causer.children if c.dep_ == "nsubj"), None)
    if subject is None and causer.dep_ in ("advcl", "conj") and causer.tag_ == "VBG":
        subject = next((c for c in causer.head.children if c.dep_ == "nsubj"), None)
    return subject


def _controller(xcomp: Token) -> Token | None:
    """Object control: "Chad forced Boko Haram to retreat", "urged Mali to withdraw": the named party the verb
    above acts on is who does the infinitive (not the forces or things it sends: "sent troops to help"; not the one
    summoned, `summoning`); after a causative verb, its object whatever it is."""
    if xcomp.dep_ != "xcomp" or _lemma(xcomp.head) == "promise" or summoning(xcomp.head):
        return None
    obj = next((c for c in xcomp.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > xcomp.i:
        return None
    if obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ == "PROPN" or _people_noun(obj) is not None \
            or _lemma(xcomp.head) in CAUSATIVE_VERBS:
        return obj
    return None


def noun_infinitive(tok: Token) -> bool:
    """A "to" infinitive on a noun: "Russia's refusal to meet ...", "a pledge to help Lebanon"."""
    return tok.dep_ == "acl" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def gerund_doer(prep: Token) -> Token | None:
    """Who does what the gerund after `prep` says, when `prep` completes a verb that acts on a party: the verb's
    object or passive subject ("accused Uganda of backing the rebels", "Syria was accused by Turkey of shelling"),
    the party the parser hangs the preposition on ("accusing the militants of attacking its troops"), the verb's
    own subject for "each other" ("India and Pakistan accused one another of shelling civilians")."""
    holder = prep.head
    obj: Token | None
    if holder.dep_ in ("dobj", "nsubjpass") and holder.head.pos_ == "VERB" and holder.pos_ in ("NOUN", "PROPN", "PRON"):
        verb, obj = holder.head, holder
    else:
        verb, obj = holder, next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if _reciprocal_pronoun(obj):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return obj


def _reciprocal_pronoun(tok: Token | None) -> bool:
    """"each other" or "one another" (headed by "other" or "one", as the parser leaves them)."""
    return tok is not None and (tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children)
                                or tok.lower_ == "one" and any(c.lower_ == "another" for c in tok.children))


def reciprocal(verb: Token) -> bool:
    """The verb acts on "each other" or "one another": its object, or the object of its preposition ("accused each
    other", "fired on one another")."""
    return any(_reciprocal_pronoun(c) if c.dep_ in ("dobj", "dative") else c.dep_ == "prep" and _reciprocal_pronoun(
        _pobj(c)) for c in verb.children)


def _venue(tok: Token) -> bool:
    """The name is where something happens ("gathered in Baghdad"), not a party."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def parties_named_before(tok: Token, b: int, actors: ActorTable) -> list[str]:
    """The parties "the two sides", "both countries" or "the three governments" refer back to when no event has
    named them yet: the last distinct ones the article names before the phrase (countries for a noun of countries;
    common-noun groups never), as many as the phrase counts (two for "both" or a bare "the ministers"); none when
    the article names fewer."""
    count = 3 if any(c.lower_ == "three" for c in tok.children) else 2
    countries = tok.lower_ in COUNTRY_NOUNS
    found: list[str] = []
    for position in sorted((p for p in actors.by_token if p < (b, tok.i)), reverse=True):
        actor = actors.get(actors.by_token[position])
        if actor is None or actor.kind == "group" or position[0] == b and _venue(tok.doc[position[1]]):
            continue
        party = (country_actor(actors, actor.country) if actor.country else None) if countries else actor.id
        if party is not None and party not in found:
            found.append(party)
            if len(found) == count:
                return found[::-1]
    return []


def addressee(tok: Token) -> bool:
    """The party a verb asks, orders or persuades to do what its infinitive says: the object before the infinitive
    ("urged the government to expel", "ordered the police to withdraw"), the object of "called on X to", "appealed
    to X to" or "pleaded with X to", or the subject of a clause in the subjunctive ("demanded that the government
    expel", "insisted the army should withdraw")."""
    clause = tok.head
    # the bare verb, which the tagger often reads as a present after a singular subject ("the government end")
    bare = clause.tag_ == "VB" or clause.tag_ == "VBP" and tok.tag_ in ("NN", "NNP")
    if tok.dep_ == "nsubj" and clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "NOUN") and (
            bare and not any(c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in clause.children)
            or any(c.dep_ == "aux" and c.lower_ == "should" for c in clause.children)):
        return True
    # "called on X to", "appealed to X to", "pleaded with X to"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to", "with") and (
        tok.head.head.pos_ == "VERB") else (
        tok.head if tok.dep_ == "dobj" else None)
    # not the forces a side sends to do something ("sent troops to help Mali"): its means, asked nothing; forces
    # called on are asked ("called on the army to abandon Maduro")
    return verb is not None and _lemma(verb) != "promise" and (
        tok.dep_ == "pobj" or _lemma(tok) not in FORCE_NOUNS) and any(
        c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


# Verbs that address what is said to a recipient named by "to" ("wrote to the Council demanding ...", "sent a letter to
# X urging ...").
ADDRESSING_VERBS = frozenset("write send address appeal turn deliver submit hand issue cable telegraph".split())


def message_recipient(participle: Token) -> Token | None:
    """The recipient of the message a participle of saying spells out: "wrote to the Security Council demanding an
    inquiry", "sent a letter to Abiy urging him to ...": the "to" of the verb of sending or writing it is adverbial
    to, or of that verb's object."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or _lemma(participle.head) not in ADDRESSING_VERBS:
        return None
    verb = participle.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next((_pobj(c) for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                 and _pobj(c) is not None), None)


def _active(verb: Token) -> bool:
    """A verb in the active voice (no passive auxiliary of its own)."""
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:  # a two-word preposition, "out of Gaza", "away from the talks": the object of its second word
        inner = next((c for c in prep.children if c.dep_ == "prep"), None)
        obj = next((c for c in inner.children if c.dep_ in ("pobj", "pcomp")), None) if inner is not None else None
    return obj


def stranded_name(obj: Token | None) -> Token | None:
    """"a drone strike by the paramilitary Rapid Support Forces killed ...": the parser made the adjective the object
    of the preposition and hung the name after it elsewhere (as a second subject); the name's head is the object."""
    if obj is None or obj.pos_ != "ADJ" or obj.dep_ != "pobj" or any(c.dep_ != "det" for c in obj.children):
        return None
    doc = obj.doc
    k = obj.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or not doc[k].ent_type_:
        return None
    head = doc[k]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.i - k < 6:
        head = head.head
    return head if head.ent_type_ and head.head.i != obj.i else None


def _phrase(tok: Token) -> str:
    """The name a token heads: its compound/proper-noun modifiers plus itself."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN" or child.dep_ == "compound":
            left = child if child.i < left.i else left
    return tok.doc[left.i:tok.i + 1].text


def _phrase_start(tok: Token) -> int:
    text = _phrase(tok)
    return tok.idx + len(tok.text) - len(text)


def _chain(tok: Token) -> list[Token]:
    """The verb and the verbs it is embedded under, up to the sentence root."""
    chain = [tok]
    while tok.head.i != tok.i and len(chain) < 8:
        tok = tok.head
        chain.append(tok)
    return chain


FUTURE_MODALS = frozenset({"will", "wo", "would", "shall"})


def _stated_refusal(verb: Token) -> bool:
    """"will not accept", "won't end", "would not meet", "does not accept": a negated act the subject says it will
    not do, or does not do as its stance (a negated past act, "did not withdraw", is only an event that did not
    happen; so is one that would not have happened, "would not have resigned")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return (any(a in FUTURE_MODALS for a in auxes) and "have" not in auxes or any(
        a in ("do", "does") for a in auxes)) and any(c.dep_ == "neg" for c in verb.children)


def _bare_definite(tok: Token) -> bool:
    """"the ministers", "the leaders": a definite plural with nothing else that says whose (not "the
    ministers of Laos", "the Arab leaders"); it refers back to the parties just named."""
    return tok.tag_ == "NNS" and [c.lower_ for c in tok.children] == ["the"]


def _on_behalf_of(verb: Token) -> Token | None:
    """The party in "on behalf of X" (or "in the name of X") attached to the verb, or to a participle of acting on
    the verb or its subject ("The ambassador, acting on behalf of Kenya, signed ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    acting = [c for h in (verb, *subjects) for c in h.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"
              and _lemma(c) in ("act", "speak", "sign", "negotiate")]
    for prep in (c for v in (verb, *acting) for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("behalf", "name")):
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def _listed_modifiers(first: Token) -> list[Token]:
    """The modifiers of the same noun listed after `first` ("Ethiopian, Mozambican and South African troops" when
    the parser hangs each adjective on the noun), with their conjuncts: a sibling counts when a comma or "and"
    separates it from the one before, so that "the Turkish Kurdish party" stays one party."""
    listed: list[Token] = []
    last = first
    # "UK and EU negotiators": the parser may make the first a noun modifier and the second a compound
    modifiers = (first.dep_,) if first.dep_ == "poss" else ("amod", "compound", "nmod")
    for sibling in (c for c in first.head.lefts if c.i > first.i and c.dep_ in modifiers):
        between = first.doc[last.i + 1:sibling.left_edge.i]
        if not between or not all(t.lower_ in (",", "and", "or") for t in between):
            break
        listed += [sibling, *(c for c in sibling.children if c.dep_ == "conj")]
        last = sibling
    return listed


# Verbs of transfer whose recipient is "to X" and verbs of taking whose loser is "from X": the phrase is the verb's
# even where the parser hangs it at the end of a long object ("returned a pendant engraved with the image of Peter
# the Great to Russia").
RECIPIENT_FRAMES = {
    "to": frozenset("""give return hand send deliver ship transfer donate provide supply lend sell export extradite
deport repatriate airlift fly offer grant award present restore submit forward transmit dispatch transport
rush""".split()),
    "from": frozenset("""take seize confiscate withdraw remove recall evacuate expel steal grab wrest capture
recapture buy purchase import""".split()),
}


# Verbs of agreeing whose "to" or "on" phrase is what is agreed: its party, or the partner its own "with" or "between"
# names, is the party agreed with ("Hamas agreed to a truce with Israel", "agreed on a ceasefire with Azerbaijan",
# "agreed to Egypt's proposal").
AGREEMENT_FRAMES = {"to": frozenset({"agree", "consent"}), "on": frozenset({"agree"})}


# Verbs of carrying goods or people into a place: its "into X" names the party they are brought to ("flew medicine
# into Afghanistan", "airlifted aid into Yemen").
DELIVERY_FRAMES = {"into": frozenset("""fly airlift airdrop ship truck ferry smuggle deliver bring send channel
funnel""".split())}


def frame_preps(verb: Token) -> frozenset[str]:
    """The prepositions of a verb's frame of transfer or taking ("recaptured the town from Islamic State fighters",
    "handed the documents to Germany") or of agreeing (`AGREEMENT_FRAMES`): their object is, or names, the party
    the act is aimed at; of carrying into a place (`DELIVERY_FRAMES`)."""
    lemma = _lemma(verb)
    # carrying takes a thing carried: "protesters poured into the streets" carry nothing
    carried = any(c.dep_ == "dobj" for c in verb.children)
    return frozenset(prep for frames in (RECIPIENT_FRAMES, AGREEMENT_FRAMES, DELIVERY_FRAMES) for prep, frame in
                     frames.items() if lemma in frame and (carried or frames is not DELIVERY_FRAMES))


# Nouns that take the preposition themselves ("an envoy to Iran", "the road to peace", "independence from Britain"):
# a phrase on them stays theirs.
OWN_PREP_NOUNS = {
    "to": frozenset("""visit trip journey tour flight voyage road path route way passage access entry gateway door
key threat danger risk damage harm letter message note appeal reply response answer invitation commitment
contribution donation gift aid assistance support loan grant transfer delivery shipment export sale return
transition approach ambassador envoy embassy mission delegation representative adviser advisor successor heir
predecessor resistance opposition objection alternative solution end attention reference link connection tie
relation relationship proximity exposure allegiance loyalty obligation right rights claim claims answer
apology tribute homage condolence condolences congratulation congratulations gratitude thanks warning""".split()),
    "from": frozenset("""withdrawal departure exit escape release defection distance separation independence
freedom refugee immigrant migrant delegation envoy visitor visitors official officials delegate
delegates import imports shipment shipments export exports aid assistance support donation donations protection
relief respite break""".split()),
}

# Verbs that take the preposition themselves ("a letter addressed to the president", "refugees fleeing from").
OWN_PREP_VERBS = {
    "to": frozenset("""address link relate attach connect belong tie bind lead move travel head go come sail appeal
speak talk write reply respond object contribute apply compare close loyal accredit assign post appoint""".split()),
    "from": frozenset("""come arrive flee escape defect separate differ release free rescue recover derive originate
emerge exile ban bar exclude protect""".split()),
}


# A state's own envoys: what it does to them ("recalled its ambassador to Somalia", "withdrew our diplomats from
# Niger") is aimed at the state they are posted to, never at the envoys.
ENVOY_NOUNS = frozenset("ambassador ambassadors envoy envoys diplomat diplomats emissary emissaries chargé".split())
POSTING_PREPS = ("to", "in", "at", "from")


def own_envoy(noun: Token) -> bool:
    """The noun names the actor's own envoys: an envoy noun with a possessive pronoun ("its ambassador"), or bare and
    posted somewhere, as headlines write it ("Israel recalls ambassador to Ireland")."""
    if noun.lower_ not in ENVOY_NOUNS and _lemma(noun) not in ENVOY_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children) or not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in") for c in noun.children)


def envoy_rules(verb: Token, verbs: dict[str, list[tuple[Rule, tuple[str, ...]]]]) -> Rule | None:
    """The lexicon's rule for recalling or withdrawing an ambassador, for a verb whose object is the actor's own
    envoys by another word ("has withdrawn its envoy to Mexico", "pulled out its emissaries"): the envoy nouns are
    one class, whichever of them a rule's object list names."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and own_envoy(c) for c in verb.children):
        return None
    return next((rule for rule, rest in verbs.get(_lemma(verb), []) if not rest and rule.kind == "verb"
                 and any(o in ENVOY_NOUNS for o in rule.objects)), None)


# Acts two parties do with each other: signing or concluding an accord (CAMEO 057), setting up or upgrading
# relations (CAMEO 054 by "ties", "relations"; not a recognition, done to a third). Done in a meeting, they are done
# with the one met (`meeting_partner`); done by two named together, both stay sources (PLOVER's reciprocal dyad).
MUTUAL_CAMEOS = frozenset({"057"})
MUTUAL_NOUNS = frozenset({"relation", "relations", "tie", "ties"})


def mutual_act(trig: Trigger) -> bool:
    """The trigger names an act two parties named together do with each other (`MUTUAL_CAMEOS`)."""
    return trig.rule.type == "SUPPORT" and (trig.rule.cameo in MUTUAL_CAMEOS or trig.rule.cameo == "054" and (
        trig.word.lower_ in MUTUAL_NOUNS or _lemma(trig.word) in MUTUAL_NOUNS))


# Nouns that name the act just reported ("Madrid condemned the move", "welcomed the decision"): a reaction to it is
# aimed at whoever did it.
ANAPHORIC_ACTS = frozenset("""move decision step action measure act announcement moves decisions steps actions
measures""".split())
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def act_referred_to(verb: Token) -> Token | None:
    """The direct object of a reaction that refers back to the act just reported: "the move", "this decision"; not
    one that says whose or which it is ("the move by Iran", "Israel's decision", "the decision to close")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in ANAPHORIC_ACTS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children):
        return None
    if any(c.dep_ in ("poss", "prep", "acl", "relcl", "compound") or c.dep_ == "amod" and c.text[:1].isupper()
           for c in obj.children):
        return None
    return obj


# Words that rank a party among others who did an act: "the first to sign", "the only country to vote against".
RANKING_WORDS = frozenset("first second third fourth fifth last latest only sole next".split())


def ranked(tok: Token) -> bool:
    """"the first", "the only country", "the latest state", "the biggest donor": a rank, itself or as a modifier."""
    return any(t.lower_ in RANKING_WORDS or t.tag_ == "JJS" or t.tag_ == "JJ" and t.lower_.endswith("th") and t.like_num
               for t in (tok, *(c for c in tok.children if c.dep_ == "amod")))


# Verbs of trade: the party bought from or sold to is the counterpart, whatever names the goods.
TRADE_VERBS = frozenset("buy purchase import sell export".split())


def stranded_recipient(verb: Token, obj: Token) -> Token | None:
    """The "to X" recipient (or "from X" loser) of a verb of transfer or taking that the parser hung at the end of
    its object's phrase, on a noun that does not take the preposition itself ("returned a painting stolen during
    the war to Poland": Poland, not the war's; "sent an envoy to Iran" keeps the envoy's Iran); for a verb of trade
    (`TRADE_VERBS`), its own "from" or "to" party, before the goods' names."""
    lemma = _lemma(verb)
    for prep, frame in RECIPIENT_FRAMES.items():
        own = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == prep]
        if lemma in frame and lemma in TRADE_VERBS and (seller := next(filter(None, map(_pobj, own)), None)):
            # "bought Bayraktar drones from Turkey", "sold Patriot missiles to Poland": the party traded with, not the
            # maker or the brand that names the goods
            return seller
        if lemma not in frame or own:
            continue
        # the last preposition on the object's right edge: nothing of the object follows its phrase
        last = max((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == prep and t.i > obj.i),
                   key=lambda t: t.i, default=None)
        if last is None or last.right_edge.i != obj.right_edge.i:
            continue
        holder = last.head
        if holder.pos_ == "VERB":
            # a participle on the object ("stolen during the war", "produced in Belgium") that does not direct
            # anything to or from a party itself ("a letter addressed to the president")
            if holder.tag_ not in ("VBN", "VBG") or _lemma(holder) in frame | OWN_PREP_VERBS[prep]:
                continue
        elif holder.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC") and (
                holder.pos_ not in ("NOUN", "PROPN") or _lemma(holder) in OWN_PREP_NOUNS[prep]
                or holder.lower_ in OWN_PREP_NOUNS[prep]):
            continue
        if (found := _pobj(last)) is not None:
            return found
    return None


# Acts whose noun's possessor is its doer ("Japan's aid", "Putin's visit", "Russia's attack"), unlike acts done to
# the possessor ("Navalny's arrest", "the prisoners' release").
AGENTIVE_POSSESSOR_TYPES = frozenset("""AID CONSULT ASSAULT SUPPORT COOPERATE AGREE THREATEN ACCUSE REQUEST PROTEST
MOBILIZE REJECT RETREAT""".split())


def forces_moved(noun: Token) -> Token | None:
    """The forces an act's noun says are moved, by its "of" ("the withdrawal of Russian troops", "the deployment
    of thousands of NATO soldiers"), with no possessor that moves them ("Russia's withdrawal of its troops")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return None
    moved = _pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    forces = counted_noun(moved) if moved is not None else None
    return forces if forces is not None and _lemma(forces) in FORCE_NOUNS else None


def possessor_acts(rule: Rule) -> bool:
    """The possessor or "of" agent of the act's noun is its doer: a type of `AGENTIVE_POSSESSOR_TYPES`, except a
    release (RETREAT's "the release of X" is done to X)."""
    return rule.type in AGENTIVE_POSSESSOR_TYPES and rule.mode != "release"


# Acts done to a person or a thing, whose noun's possessor is the one acted on ("ordered the tanker's release",
# "condemned the journalist's arrest", "the minister's assassination").
PATIENT_MODES = frozenset("release arrest deport expel abduct assassinate torture".split())


def possessor_undergoes(rule: Rule, noun: Token) -> bool:
    """The possessor of the act's noun is the one it is done to: a mode of `PATIENT_MODES`, and no "of" object
    beside it ("Russia's release of the sailors": Russia releases)."""
    return rule.mode in PATIENT_MODES and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# Nouns naming a party that is received, hosted or sent, never the event itself ("the Saudi delegation was hosted").
PARTY_NOUNS = SPOKESPEOPLE | frozenset("""delegation team group mission party official minister leader
president""".split())


def passive_event_noun(verb: Token, word: Token, objects: tuple[str, ...]) -> Token | None:
    """The passive subject of `verb` when it names the event itself rather than a party acted on: "Japan's
    assistance package to Ukraine was approved" (the trigger's own noun, or a noun the verb's rule takes as its
    object)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if subject is word or word.dep_ == "compound" and word.head is subject:
        return subject
    if objects and any(_lemma(t) in objects or t.lower_ in objects
                       for t in (subject, *(c for c in subject.children if c.dep_ == "compound"))):
        return subject
    return None


def event_noun_parties(noun: Token, target_preps: tuple[str, ...]) -> tuple[list[Token], list[Token]]:
    """The doer and the one aimed at of an event noun whose possessor acts: the possessor or the "by" (else "of")
    agent, and the object of its own target prepositions ("Japan's aid package to Ukraine", "the visit of the
    Indian prime minister to Nepal")."""
    preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
    doers = [c for c in noun.children if c.dep_ == "poss"]
    for agentive in ("by", "of"):
        if not doers and agentive in preps and (obj := _pobj(preps[agentive])) is not None:
            doers = [obj]
    aimed = [o for p, prep in preps.items() if p in target_preps and p not in ("by", "of")
             if (o := _pobj(prep)) is not None]
    return doers, aimed


# Undertakings carried out in a place for its sake ("UN peacekeeping operations in Syria", "relief efforts in
# Nepal"): help or backing given to them is aimed at the place's country; the body running them is a co-party.
OPERATION_NOUNS = frozenset("""operation mission force efforts effort deployment peacekeeping presence campaign
programme program project relief reconstruction stabilization stabilisation""".split())
# Undertakings an arrest or a raid is made in, aimed by their "against": "in operations against the Daesh group";
# and the people held in them.
CAMPAIGN_NOUNS = OPERATION_NOUNS | frozenset("raid crackdown sweep offensive".split())
HELD_PEOPLE = UNNAMED_PEOPLE | frozenset("suspect member militant person individual".split())


def aimed_phrase(verb: Token) -> Token | None:
    """Whom an act is aimed at through a phrase of the verb: "opened fire in the direction of the Azerbaijani
    positions" (the direction's "of"), "detained 47 suspects in operations against the Daesh group" (the
    operation's "against", for unnamed people held in it, who are the party's; not for things: "seized three towns in
    an offensive against the rebels")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "detained 47 suspects in operations ..."
    people = bool(objects) and all(_lemma(o) in HELD_PEOPLE for o in objects)
    for noun in (_pobj(c) for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
        if noun is None:
            continue
        prep = "of" if _lemma(noun) == "direction" else "against" if (
            people and _lemma(noun) in CAMPAIGN_NOUNS) else None
        for child in (c for c in noun.children if prep is not None and c.dep_ == "prep" and c.lower_ == prep):
            return _pobj(child)
    return None


# Acts that help or back an undertaking (not attacks on it, "attacked the UN mission in Mali", nor criticism).
HELPING_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE"})


# Participles by which a protest says what it is against: "rallies condemning the airstrikes".
PROTESTING_PARTICIPLES = frozenset("condemn denounce decry protest oppose reject slam".split())


def protest_aim(verb: Token, protest: Token | None = None) -> Token | None:
    """What an act done "in protest at", "against" or "over" something protests ("blocked roads in protest at the
    fuel taxes": the taxes, whose phrase names whose they are; "began a hunger strike in protest against the
    measures of the prison authorities", the phrase on the protest noun), what a protest is against when that is
    another's act ("marched against the president's cuts": the cuts, whose possessor the protest is aimed at), or
    what the `protest` noun's participle condemns ("came out in rallies condemning the aggression")."""
    heads = (verb,) if protest is None else (verb, protest)
    for head, noun in ((h, _pobj(c)) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
        if noun is not None and _lemma(noun) == "protest":
            # its own phrase, or the one right after it that the parser hung on the word "in" depends on
            # ("launched a hunger strike in protest at Israel's use of detention")
            return next((o for c in (*noun.children, *head.children) if c.dep_ == "prep" and c.lower_ in (
                "at", "against", "over") and (c.head.i == noun.i or c.i == noun.right_edge.i + 1)
                if (o := _pobj(c)) is not None), None)
    for act in (_pobj(c) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "over")):
        if act is not None and act.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in act.children):
            return act
    for participle in (c for c in (protest.children if protest is not None else ()) if c.dep_ == "acl"
                       and c.tag_ == "VBG" and _lemma(c) in PROTESTING_PARTICIPLES):
        return next((o for o in participle.children if o.dep_ == "dobj"), None)
    return None


def operation_place(tok: Token | None) -> Token | None:
    """The place an operation or mission noun is located in ("operations in Syria": Syria)."""
    if tok is None or _lemma(tok) not in OPERATION_NOUNS and tok.lower_ not in OPERATION_NOUNS:
        return None
    # its own phrase, or the one right after it that the parser hangs on the verb above ("contributed troops to UN
    # operations in South Sudan")
    after = tok.right_edge.i + 1
    following = [tok.doc[after]] if after < len(tok.doc) and tok.doc[after].head in (tok.head, tok.head.head) else []
    for prep in (c for c in (*tok.children, *following) if c.dep_ == "prep" and c.lower_ in ("in", "inside", "across")):
        if (obj := _pobj(prep)) is not None and obj.ent_type_ in ("GPE", "LOC"):
            return obj
    return None


# Hostile operations that forces are moved ahead of, or for ("ahead of an operation against the PKK").
HOSTILE_OPERATIONS = frozenset("""operation operations offensive counteroffensive counter-offensive assault attack
attacks war battle campaign incursion invasion push crackdown""".split())
# Words between a mobilizing verb and that operation: prepositions and their objects, adverbs, modifiers.
PHRASE_DEPS = frozenset({"prep", "pobj", "pcomp", "advmod", "amod", "npadvmod", "compound", "nmod"})


def mobilized_against(verb: Token) -> Token | None:
    """The party forces are moved against, named in the verb's own phrases: the "against" of a hostile operation
    they are moved ahead of or for ("massed tanks along the Syrian border ahead of an operation against the PKK",
    "mobilised fighters for a counteroffensive against the RSF"), or the one their move is a warning to ("deployed a
    carrier group as a warning to Iran"); else None, and the target is where they go."""
    for tok in verb.subtree:
        if tok.i == verb.i or tok.pos_ != "NOUN":
            continue
        up = tok
        while up.i != verb.i and up.dep_ in PHRASE_DEPS:
            up = up.head
        if up.i != verb.i:
            continue  # in a clause of its own, or the verb's object ("deployed attack helicopters")
        if _lemma(tok) in HOSTILE_OPERATIONS or tok.lower_ in HOSTILE_OPERATIONS:
            wanted = "against"
        elif tok.lower_ == "warning" and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            wanted = "to"
        else:
            continue
        foe = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == wanted if (o := _pobj(c))), None)
        if foe is not None:
            return foe
    return None


# Verbs of command by which one party makes another restrict itself: "ordered the paper to suspend publication",
# "forced the consulate to close", "compelled the airline to halt flights".
COMMAND_VERBS = frozenset("order force compel oblige obligate instruct direct command require".split())
# Acts that, done on another's command, are the commander's coercion or sanction of the one commanded.
IMPOSED_TYPES = frozenset({"COERCE", "SANCTION"})


def commanded(verb: Token) -> tuple[Token, Token] | None:
    """The verb of command and the one commanded, when `verb` is the act commanded: "China ordered the US to close
    its consulate" gives (ordered, US); None for an act under no command ("decided to close")."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or _lemma(verb.head) not in COMMAND_VERBS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    ordered = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return (verb.head, ordered) if ordered is not None else None
