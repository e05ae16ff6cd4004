"""Date-bounded roles: when a person took up an office and when they left it.

A pipeline stage after time tagging. It reads the dependency parse, the actor table (which words are which actor)
and the time expressions, and sets `Role.start`, `Role.end` and `Role.current` of person actors:

* start: "X was appointed / named / elected / sworn in / inaugurated / installed / promoted (as) T on D",
  "Y appointed X (as) T on D", "X took office / took over as T / became T / assumed the post on D",
  "X, T since D", "X has been / has served as T since D";
* end: "X resigned / stepped down / quit / retired (as T) on D", "X was dismissed / fired / sacked / ousted /
  removed (as T) on D", "Y dismissed X", "X left office", "X was T until D", "X, a former T" (the `former`,
  `ex-`, `then-` of a title in apposition or after a copula; a title before the name is read by actors.py);
* both: "X was / served as T from D1 to D2", "between D1 and D2"; "X replaced / succeeded Y as T on D" starts X's
  role and ends Y's.

A date comes from the time expression attached (by a preposition or as a bare noun phrase) to the verb or to the
title: `since` and `from` give a start, `until` an end, any other (`on June 27`, `last week`) the date of the
change itself. A role the text names that actors.py did not attach ("X was appointed foreign minister", with no
title before the name) is created. A change that did not happen as stated (negated, under a modal, a conditional,
or an infinitive: "refused to resign", "may step down") sets nothing; a future one ("will step down on Friday")
sets the date but keeps the role current. When no title is named ("X resigned"), the change applies to the
person's only role, or to none.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from dragoman.actors import (
    TITLE_HEADS,
    TITLE_WORDS,
    ActorTable,
    _country_of_words,
    _is_country_word,
    normalize_title,
    sector_of,
    title_text,
)
from dragoman.model import Actor, Role
from dragoman.nlp import ParsedBlock, span_at
from dragoman.timex import Timex

# Verbs whose object (or passive subject) takes up an office, and those whose subject does.
APPOINT_VERBS = frozenset("appoint name elect reelect re-elect inaugurate install promote designate swear".split())
START_VERBS = frozenset({"become", "take", "assume"})
# Verbs whose object (or passive subject) leaves an office, and those whose subject does.
REMOVE_VERBS = frozenset("dismiss fire sack oust remove depose topple overthrow relieve".split())
QUIT_VERBS = frozenset({"resign", "quit", "retire", "step", "leave"})
# The subject of these starts the role, the object leaves it: "X replaced Y as T".
SUCCESSION_VERBS = frozenset({"replace", "succeed"})
CHANGE_VERBS = APPOINT_VERBS | START_VERBS | REMOVE_VERBS | QUIT_VERBS | SUCCESSION_VERBS
# Verbs too common to mean a change of office unless they name the office: "a man named X", "became clear".
NEED_OFFICE = START_VERBS | SUCCESSION_VERBS | (APPOINT_VERBS - {"appoint"}) | {"quit", "leave"}
# A holder of an office over a period: "was T since D", "served as T until D", "remained in office until D".
TENURE_VERBS = frozenset({"be", "serve", "remain", "stay", "hold"})
# Nouns that stand for "the office" when no title is named: "took office", "left his post".
POST_NOUNS = frozenset("office post position job helm power presidency premiership seat".split())
FORMER_WORDS = frozenset("former ex erstwhile onetime one-time then formerly previously".split())
NOT_FACTUAL_AUX = frozenset("may might could would should must can".split())
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
PARTICLES = {"step": ("down", "aside"), "take": ("over",), "swear": ("in",)}
START_PREPS = frozenset({"since", "from", "between"})
END_PREPS = frozenset({"until", "till", "til", "through", "to", "and"})
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})
SIZE = {"year": 4, "month": 7, "day": 10}


def assign_roles(article_id: str, parsed: list[ParsedBlock], table: ActorTable, timexes: list[Timex],
                 dct: date) -> None:
    """Set start, end and current of the roles of `table`'s people from the article's text."""
    _Roles(parsed, table, timexes, dct).run()


class _Roles:
    def __init__(self, parsed: list[ParsedBlock], table: ActorTable, timexes: list[Timex], dct: date) -> None:
        self.parsed, self.table, self.dct = parsed, table, dct
        self.countries = {a.id for a in table.actors if a.kind == "country"}
        self.dates = _dates_by_anchor(parsed, timexes)

    def run(self) -> None:
        for b, pb in enumerate(self.parsed):
            for tok in pb.tokens:
                lemma = tok.lemma_.lower()
                if (lemma in CHANGE_VERBS or lemma in TENURE_VERBS) and tok.pos_ in ("VERB", "AUX") and _factual(tok):
                    if lemma in CHANGE_VERBS:
                        self._change(b, tok, lemma)
                    if lemma in TENURE_VERBS:
                        self._tenure(b, tok)
                if _is_title(tok):
                    self._title_noun(b, tok)

    # -- verbs of change ----------------------------------------------------------------------

    def _change(self, b: int, verb: Token, lemma: str) -> None:
        title = self._title_arg(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        office = next((c for c in objects if c.lemma_.lower() in POST_NOUNS), None)
        particles = PARTICLES.get(lemma, ())
        particle = any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children)
        if particles and not particle and office is None:
            return  # "step" without "down", "take" without "over" or "office"
        if lemma in QUIT_VERBS and objects and office is None:
            return  # "quit the talks", "left Minsk": not an office
        if lemma in NEED_OFFICE and title is None and office is None and not particle:
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if verb.dep_ == "acl":  # "Ryzhenkov, appointed foreign minister on June 27, ..."
            passive, subject = True, self._holder(b, verb.head, verb)
        else:
            subject = self._argument(b, verb, "nsubjpass" if passive else "nsubj")
        # "appointed him foreign minister" parses "him" as a dative and the title as the object
        obj = None if passive else self._argument(b, verb, "dobj") or self._argument(b, verb, "dative")
        if lemma in SUCCESSION_VERBS:
            agent = next((_pobj(c) for c in verb.children if c.dep_ == "agent"), None)
            newcomer, leaver = (self._holder(b, agent, verb), subject) if passive else (subject, obj)
            self._set(b, verb, newcomer, title, "start")
            self._set(b, verb, leaver, title, "end")
            return
        holder = (subject if passive else obj) if lemma in APPOINT_VERBS | REMOVE_VERBS else subject
        if holder is None and title is not None and lemma in APPOINT_VERBS:
            # "elected Andrzej Duda president", "named Ryzhenkov foreign minister": the name modifies the title
            holder = next((a for c in title.children if c.dep_ in ("compound", "nmod") and (a := self._person(b, c))),
                          None)
        self._set(b, verb, holder, title, "start" if lemma in APPOINT_VERBS | START_VERBS else "end")

    def _set(self, b: int, verb: Token, holder: Actor | None, title: Token | None, kind: str) -> None:
        if holder is None:
            return
        role = self._role(holder, title, current_only=kind == "end")
        if role is None:
            return
        future = _future(verb)
        for prep, t in self._dates(b, _anchors(verb, title)):
            start, end = _bounds(t, prep, kind)
            self._bound(role, start, end, future)
        if kind == "end" and not future and role.end is None:
            role.current = False  # "X resigned": no date, but over

    # -- tenure: "was T since D", "served as T until D", "X, T from D1 to D2" ---------------------

    def _tenure(self, b: int, verb: Token) -> None:
        """"X has been T since D", "X served as T until D", "X was formerly T", "X remained in office until D"."""
        title = self._title_arg(verb)
        dates = [(p, t) for p, t in self._dates(b, _anchors(verb, title)) if p in START_PREPS | END_PREPS]
        in_office = any(c.dep_ == "prep" and c.lower_ == "in" and (o := _pobj(c)) is not None
                        and o.lemma_.lower() in POST_NOUNS for c in verb.children)
        office = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in POST_NOUNS), None)
        former = _former(verb) or title is not None and _former(title)
        if not (dates or former) or (title is None and not in_office and office is None):
            return
        holder = self._argument(b, verb, "nsubj")
        role = self._role(holder, title, current_only=False) if holder else None
        if role is None:
            return
        for prep, t in dates:
            self._bound(role, *_bounds(t, prep, None), _future(verb))
        if former:
            role.current = False

    def _title_noun(self, b: int, noun: Token) -> None:
        """A title in apposition: "X, supreme leader since 1989,", "X, a former minister", "the minister, X"."""
        name: Token | None
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            name = noun.head
        else:
            name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None:
            return
        holder = self._person(b, name)
        if holder is None:
            return
        dates = [(p, t) for p, t in self._dates(b, [noun]) if p in START_PREPS | END_PREPS]
        # "Costello, then the head of ...": the "then" hangs from the name
        former = _former(noun) or any(c.dep_ == "advmod" and c.lower_ in FORMER_WORDS and name.i < c.i < noun.i
                                      for c in name.children)
        if not dates and not former:
            return
        role = self._role(holder, noun, current_only=False)
        if role is None:
            return
        for prep, t in dates:
            self._bound(role, *_bounds(t, prep, None), False)
        if former:
            role.current = False

    # -- holders, titles, dates ---------------------------------------------------------------

    def _argument(self, b: int, verb: Token, dep: str) -> Actor | None:
        """The person in a verb's `dep` slot, looking through relative pronouns, shared subjects of conjoined
        verbs and the subject of the clause a gerund hangs from ("after taking office")."""
        tok = next((c for c in verb.children if c.dep_ == dep), None)
        if tok is not None and tok.lower_ in ("who", "that") and verb.dep_ == "relcl":
            tok = verb.head
        if tok is None and dep in ("nsubj", "nsubjpass") and verb.dep_ in ("conj", "pcomp", "advcl"):
            head = verb.head if verb.dep_ != "pcomp" else verb.head.head
            if head.pos_ in ("VERB", "AUX"):
                return self._argument(b, head, "nsubjpass" if any(c.dep_ == "nsubjpass" for c in head.children)
                                      else "nsubj")
        return self._holder(b, tok, verb) if tok is not None else None

    def _holder(self, b: int, tok: Token | None, verb: Token) -> Actor | None:
        if tok is None:
            return None
        person = self._person(b, tok)
        if person is None and tok.lower_ in PERSON_PRONOUNS:
            person = self._antecedent(b, tok, verb)
        return person

    def _person(self, b: int, tok: Token) -> Actor | None:
        actor = self.table.get(self.table.at(b, tok.i) or "")
        return actor if actor is not None and actor.kind == "person" else None

    def _antecedent(self, b: int, pronoun: Token, verb: Token) -> Actor | None:
        """An object pronoun actors.py left open ("Lukashenko appointed him"): the person named last before it
        who is not the verb's own subject."""
        subjects = {self.table.at(b, c.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        doc_start = self.parsed[b].offset + pronoun.idx
        named = [(x.start, a) for a in self.table.actors if a.kind == "person" and a.id not in subjects
                 for x in a.mentions if x.start < doc_start]
        return max(named, key=lambda n: n[0])[1] if named else None

    def _title_arg(self, verb: Token) -> Token | None:
        """The title a verb gives: "as T", "to T", "from/to the post of T", or its predicate ("was appointed T",
        "became T", "elected X T")."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("as", "to", "from") and (o := _pobj(c)) is not None:
                if _is_title(o) and c.lower_ != "from":
                    return o
                of = next((_pobj(x) for x in o.children if x.dep_ == "prep" and x.lower_ == "of"), None)
                if o.lemma_.lower() in POST_NOUNS and of is not None and _is_title(of):
                    return of
        # Only a verb of appointment has its title as object ("elected X president"); "served ..., the former
        # attorney general" is a misparsed apposition.
        deps = ("oprd", "attr", "xcomp", "ccomp", "npadvmod") + (("dobj",) if verb.lemma_ in APPOINT_VERBS else ())
        for c in verb.children:
            if c.dep_ in deps and _is_title(c):
                return c
        return None

    def _role(self, actor: Actor, title: Token | None, current_only: bool) -> Role | None:
        """The actor's role named by `title`, created if new; without a title, the actor's only role."""
        if title is None:
            roles = [r for r in actor.roles if r.current or not current_only]
            return roles[0] if len(roles) == 1 else None
        text, country = self._title_text(title)
        key = normalize_title(text)
        for role in actor.roles:
            if normalize_title(role.title) == key and (country is None or role.country in (None, country)):
                role.country = role.country or country
                return role
        role = Role(title=text, country=country)
        actor.roles.append(role)
        # As a title before the name would have in actors.py, a new role gives a country and sector none gave.
        if actor.country is None and country:
            actor.country, actor.country_basis = country, "title"
        actor.sector = actor.sector or sector_of(text)
        return role

    def _title_text(self, head: Token) -> tuple[str, str | None]:
        """"Belarusian Foreign Minister" -> ("Foreign Minister", "BLR"); "Russia's foreign minister",
        "minister of foreign affairs of Belarus" likewise; "ambassador to Russia" keeps its "to" as actors.py does."""
        doc = head.doc
        k = head.i
        subtree = {t.i for t in head.subtree}
        while k > 0 and doc[k - 1].i in subtree and (
                doc[k - 1].lower_ in TITLE_WORDS or _is_country_word(doc[k - 1]) or doc[k - 1].tag_ == "POS"
                or doc[k - 1].lower_ in FORMER_WORDS or doc[k - 1].text == "-"):
            k -= 1
        words = list(doc[k:head.i + 1])
        country_words = [w for w in words if _is_country_word(w) and w.lower_ not in TITLE_WORDS]
        if any(c.dep_ == "poss" and _is_country_word(c) for c in head.children):
            country_words += [c for c in head.children if c.dep_ == "poss"]  # "Russia's foreign minister"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            of = [t for t in prep.subtree if t.i > prep.i]
            if of and all(t.lower_ in TITLE_WORDS for t in of):
                words += [prep, *of]  # "minister of foreign affairs"
            elif of:
                country_words += [t for t in of if _is_country_word(t)]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"):
            to = [t for t in prep.subtree if t.i > prep.i]
            if to and all(_is_country_word(t) or t.lower_ == "the" for t in to):
                words += [prep, *to]
        drop = {w.i for w in country_words}
        title = title_text(w for w in words if w.i not in drop and w.tag_ != "POS"
                           and w.lower_ not in FORMER_WORDS and w.text != "-")
        return title or head.text, _country_of_words(country_words, self.countries)

    def _dates(self, b: int, anchors: list[Token]) -> list[tuple[str, Timex]]:
        return [d for a in anchors for d in self.dates.get((b, a.i), [])]

    def _bound(self, role: Role, start: str | None, end: str | None, future: bool) -> None:
        role.start = role.start or start
        role.end = role.end or end
        if end is not None and not future and end <= self.dct.isoformat()[:len(end)]:
            role.current = False


def _dates_by_anchor(parsed: list[ParsedBlock], timexes: list[Timex]) -> dict[tuple[int, int], list[tuple[str, Timex]]]:
    """Each calendar date of the text under the word it modifies, with its preposition ("" for a bare noun
    phrase, "and" for the second date of "between D1 and D2")."""
    found: dict[tuple[int, int], list[tuple[str, Timex]]] = {}
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.precision or (located := span_at(parsed, t.start, t.end)) is None:
            continue
        b, span = located
        root = span.root
        if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between":
            prep, anchor = "and", root.head.head.head
        elif root.dep_ == "pobj" and root.head.dep_ == "prep":
            prep, anchor = root.head.lower_, root.head.head
        elif root.dep_ in ("npadvmod", "tmod"):
            prep, anchor = "", root.head
        else:
            continue
        found.setdefault((b, anchor.i), []).append((prep, t))
    return found


def _bounds(t: Timex, prep: str, change: str | None) -> tuple[str | None, str | None]:
    """(start, end) a date gives: a range both; `since`/`from` a start, `until` an end; any other preposition
    the date of the change itself (`change` is "start" or "end"; None for a tenure, which needs a bound)."""
    if t.range_start and t.range_end:
        return _cut(t.range_start, t.precision), _cut(t.range_end, t.precision)
    value = _cut(t.value, t.precision)
    if prep in START_PREPS:
        return value, None
    if prep in END_PREPS:
        return None, value
    if change == "start":
        return value, None
    if change == "end":
        return None, value
    return None, None


def _cut(value: str, precision: str | None) -> str:
    return value[:SIZE.get(precision or "day", 10)]


def _anchors(verb: Token, title: Token | None) -> list[Token]:
    """Where a date of the change may hang: the verb, and the nouns from the title up to it ("appointed him to
    the post of foreign minister on June 27" hangs it on "minister")."""
    found = [verb]
    tok = title
    while tok is not None and tok.i != verb.i and tok.head.i != tok.i and len(found) < 6:
        if tok.pos_ in ("NOUN", "PROPN"):
            found.append(tok)
        tok = tok.head
    return found


def _pobj(prep: Token | None) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _is_title(tok: Token) -> bool:
    """A singular title noun that is not part of a name ("King" in "Billy King")."""
    return tok.lower_ in TITLE_HEADS and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ not in ("NNS", "NNPS") \
        and tok.ent_type_ != "PERSON"


def _former(tok: Token) -> bool:
    """"former", "ex-", "then-" on a title, or "formerly" on its copula."""
    return any(c.lower_ in FORMER_WORDS and c.dep_ in ("amod", "advmod", "compound", "nmod") for c in tok.children)


def _future(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children)


def _factual(verb: Token) -> bool:
    """The clause states that the change happened or will: not negated, modal, conditional or an infinitive."""
    if verb.dep_ in ("xcomp", "amod") or verb.dep_ == "acl" and verb.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VB" and not auxes & (FUTURE_AUX | {"do", "does", "did"}):
        return False  # a bare infinitive or an imperative: "to help him oust General Aoun"
    for c in verb.children:
        if c.dep_ == "neg" or c.dep_ == "aux" and (c.lower_ in NOT_FACTUAL_AUX or c.tag_ == "TO"):
            return False  # "did not resign", "may resign", "ordered him to resign"
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return False
    return True
