"""Dating event mentions: the date the clause gives, else the story's narrative time, else publication."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Container, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from dragoman.events.triggers import ACTOR_ENTITIES, EVENT_NOUNS, CodedMention, _governing_verb
from dragoman.model import DateBasis, EventDate, Precision
from dragoman.nlp import ParsedBlock, span_at
from dragoman.reports import date_claims, event_id
from dragoman.timex import Timex
from dragoman.wordlists import SPEECH_VERBS

# TIMEX3 seasons as months (meteorological, northern hemisphere); winter runs into the next year.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_PERIOD = re.compile(r"(?P<year>\d{4})-(?:W(?P<week>\d\d)(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])|"
                     r"(?P<season>SP|SU|FA|AU|WI))|(?P<decade>\d{3})")


def period_window(value: str) -> tuple[Precision, str, str] | None:
    """(precision, first, last) of the calendar period a TIMEX3 value names that is no single day, month or year:
    a week or weekend as days, a quarter, half or season as months, a decade as years ("2025-W09" is
    ("day", "2025-02-24", "2025-03-02")). None for any other value."""
    m = _PERIOD.fullmatch(value)
    if m is None:
        return None
    if m["decade"]:
        return "year", m["decade"] + "0", m["decade"] + "9"
    year = int(m["year"])
    if m["week"]:
        try:
            monday = dt.date.fromisocalendar(year, int(m["week"]), 1)
        except ValueError:  # week 53 of a year that has 52
            return None
        first = monday + dt.timedelta(days=5) if m["weekend"] else monday
        return "day", first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if m["quarter"]:
        first_month, last_month = 3 * int(m["quarter"]) - 2, 3 * int(m["quarter"])
    elif m["half"]:
        first_month, last_month = (1, 6) if m["half"] == "1" else (7, 12)
    else:
        first_month, last_month = _SEASON_MONTHS[m["season"]]
    last_year, last_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return "month", f"{year:04d}-{first_month:02d}", f"{last_year:04d}-{last_month:02d}"


def _event_date(t: Timex, basis: DateBasis) -> EventDate:
    if t.precision is None and (window := period_window(t.value)):
        precision, first, last = window
        return EventDate(value=first, start=first, end=last, precision=precision, basis=basis, text=t.text,
                         char_start=t.start, char_end=t.end)
    value = _date_part(t.range_start or t.value, t.precision)
    start = _date_part(t.range_start, t.precision) if t.range_start else value
    end = _date_part(t.range_end, t.precision) if t.range_end else None
    return EventDate(value=value, start=start, end=end, precision=t.precision, basis=basis,  # type: ignore[arg-type]
                     text=t.text, char_start=t.start, char_end=t.end)


def _date_part(value: str | None, precision: str | None) -> str | None:
    if value is None:
        return None
    size = {"year": 4, "month": 7, "day": 10}.get(precision or "day", 10)
    return value[:size]


UNTIL = frozenset({"until", "till", "til"})
# A clause that describes a noun ("the summit held on July 22", "the attack, which took place on Thursday").
NOUN_CLAUSES = frozenset({"relcl", "acl"})
# A date after these bounds the event (its deadline, its start) instead of saying when it happened.
BOUND_PREPOSITIONS = frozenset({"by", "since"})
# Verbs of beginning, going on and ending share their time with the act they govern.
ASPECTUAL_VERBS = frozenset("begin start resume continue keep finish stop cease end".split())
SIMULTANEITY_MARKS = frozenset({"when", "as", "while", "whilst"})
RELATIVE_TIME_PREPOSITIONS = frozenset("after before since following".split())


# A bare date ("Sunday", "last week") or an "on" day the parser hangs on a noun that names no event is the clause's
# adverbial: "Police seized a car bomb under construction Sunday", "officials in Nairobi on Friday arrested".
LOOSE_DATE_DEPS = frozenset({"npadvmod", "appos"})
Location = tuple[int, int]


# Participles that tell what a party is, not an act of theirs: a date after them ends the clause they sit in
# ("received a delegation led by its chief in Ankara on Tuesday": Tuesday is the reception's).
DESCRIBING_PARTICIPLES = frozenset("lead head chair accompany compose base name represent".split())
# A part of a day "of" a date is that date's: "on the night of Oct. 23".
PARTS_OF_DAY = frozenset("night morning evening afternoon dawn dusk hour midnight noon".split())


def _clause_verb(noun: Token) -> Token | None:
    """The verb a noun hangs from, directly or through a preposition ("seized a bomb under construction"); None when
    another noun comes first ("the bombing of a mosque in Kabul": the date may be the bombing's) or the preposition
    places the verb's event relative to the noun's ("arrested after the bombing on May 2": May 2 is the bombing's)."""
    tok = noun
    for _ in range(3):
        if tok.head.i == tok.i or tok.lower_ in UNTIL or tok.lower_ in RELATIVE_TIME_PREPOSITIONS:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ != "ADP":
            return None
    return None


def _timex_governor(b: int, span: Span) -> tuple[Location | None, Location | None]:
    """(block, token) of the verb or noun the date expression `span` (in block `b`) modifies, and for a loose date on
    a noun that is no trigger noun, (block, token) of that noun's clause verb, which the date dates unless it has a
    date of its own."""
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ in BOUND_PREPOSITIONS:
        return None, None  # a deadline or a start, not when: "complete the deal by year-end", "gained 4% since May"
    # the noun a loose date hangs on directly: not one past "due" or "payable" ("bonds due 1993")
    loose_on = tok.head if tok.dep_ in LOOSE_DATE_DEPS else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else None
    for _ in range(8):
        if tok.head.i == tok.i:
            return ((b, tok.i) if tok.pos_ in ("VERB", "AUX") else None), None
        tok = tok.head
        if tok.lower_ in UNTIL:
            return None, None  # an end, not when: "postponed the talks until next year", "stays until Friday"
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "acl" and tok.lemma_.lower() in DESCRIBING_PARTICIPLES and tok.tag_ == "VBN" \
                    and (clause := _governing_verb(tok.head)) is not None:
                return (b, clause.i), None  # "received a delegation led by its chief in Ankara on Tuesday"
            return (b, tok.i), None
        if tok.lemma_.lower() in PARTS_OF_DAY and tok.pos_ == "NOUN" and span.root.head.lower_ == "of":
            continue  # "was shot on the night of Oct. 23", "arrested in the early hours of Thursday": the date's
        if tok.pos_ in ("NOUN", "PROPN"):
            # A date inside a noun phrase dates that noun ("a visit from July 23 to 25", "the 1990 invasion",
            # "tomorrow's vote"), never the verb above it ("signed a plan for 2024-2026"), unless loose.
            clause = _clause_verb(tok) if tok == loose_on and tok.lemma_.lower() not in EVENT_NOUNS else None
            return ((b, tok.i) if tok.pos_ == "NOUN" else None), (b, clause.i) if clause is not None else None
    return None, None


def _evidence_tokens(m: CodedMention, parsed: list[ParsedBlock], starts: dict[int, list[int]]) -> list[Token]:
    """The tokens of a mention's evidence. `starts` holds each block's token offsets, so only the evidence's tokens
    are looked at, not the whole block for every mention."""
    evidence = m.event.evidence[0]
    pb = parsed[m.block]
    if m.block not in starts:
        starts[m.block] = [tok.idx for tok in pb.tokens]
    idx = starts[m.block]
    first = bisect.bisect_left(idx, evidence.start - pb.offset)
    return pb.tokens[first:bisect.bisect_left(idx, evidence.end - pb.offset)]


def _shares_time(verb: Token) -> bool:
    """Conjoined verbs share a date unless the clause turns ("but ... has not yet opened")."""
    conj_verb = verb if verb.dep_ == "conj" else None
    if conj_verb is None:
        return False
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "while", "whereas") for c in conj_verb.head.children
           if c.i < conj_verb.i):
        return False
    own_aux = {c.lower_ for c in conj_verb.children if c.dep_ == "aux"}
    head_aux = {c.lower_ for c in conj_verb.head.children if c.dep_ == "aux"}
    return own_aux <= head_aux


def datable(t: Timex) -> bool:
    """A date or time with a precision, or a period of days, months or years ("last week"), dates an event; "now",
    "the future" or a duration does not."""
    if t.precision:
        return t.type in ("DATE", "TIME")
    return t.type == "DATE" and period_window(t.value) is not None


def _at_time_of_head(clause: Token) -> bool:
    """An adverbial clause told as happening when its main clause does: one opened by "when", "as" or "while"."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEITY_MARKS for c in clause.children)


def _when_clause(b: int, span: Span) -> Location | None:
    """(block, token) of the verb of a "when" clause the date expression `span` heads: "in 1990, when the war
    began"."""
    for clause in span.root.children:
        if clause.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children):
            return b, clause.i
    return None


def _purpose_date(span: Span) -> bool:
    """A date after "for" is what the act is for ("discussed the budget for 2026") or when a plan is set for; it dates
    the act only when the clause gives no other date."""
    return span.root.dep_ == "pobj" and span.root.head.lower_ == "for"


def governed_dates(parsed: list[ParsedBlock], timexes: list[Timex]) -> dict[tuple[int, int], Timex]:
    """(block, token) of each verb or trigger noun a date or period modifies -> the first such expression, one
    after "for" only if no other. A period dates the clause it governs, but sets no narrative time
    (`date_mentions`): "three decades ago", "the 1960s" and "the weekend" are mostly background, not where the
    story stands."""
    return _located_dates(parsed, timexes)[0]


def _located_dates(parsed: list[ParsedBlock], timexes: list[Timex]) \
        -> tuple[dict[Location, Timex], dict[Location, Timex]]:
    """`governed_dates`, and (block, token) of each verb a "since" date modifies -> that date: "have shelled the
    town since Monday", "has been held since May 2022" tell when a state or a series of acts began, not when one
    act happened."""
    governed: dict[Location, Timex] = {}
    started: dict[Location, Timex] = {}
    for_purpose: set[Location] = set()
    loose: list[tuple[Location, Timex]] = []
    for timex in sorted(filter(datable, timexes), key=lambda t: t.start):
        if (found := span_at(parsed, timex.start, timex.end)) is None:
            continue
        b, span = found
        since = span.root.head
        if span.root.dep_ == "pobj" and since.lower_ == "since" and since.head.pos_ in ("VERB", "AUX"):
            started.setdefault((b, since.head.i), timex)
        located, clause = _timex_governor(b, span)
        if located is not None and (located not in governed or located in for_purpose):
            if located in governed and _purpose_date(span):
                continue  # "for 2026 ... for 2027": the first stays
            governed[located] = timex
            for_purpose.discard(located)
            if _purpose_date(span):
                for_purpose.add(located)
        if clause is not None:
            loose.append((clause, timex))
        if (when := _when_clause(b, span)) is not None:
            governed.setdefault(when, timex)
    for clause, timex in loose:  # a date the clause's verb takes itself wins over one the parse hung on a noun
        governed.setdefault(clause, timex)
    return governed, started


def counted_dates(parsed: list[ParsedBlock], governed: dict[Location, Timex]) -> dict[Location, Timex]:
    """`governed` with the dates counted from it ("met on Thursday, a day after the sides agreed": the agreement
    is Wednesday's, `_counted_from`) for the acts that have no date of their own. A counted date is no expression
    of the text that a TimeML link could name, so `governed_dates` (what `bench/event_dating.py` scores) leaves
    them out."""
    out = dict(governed)
    for (b, i), timex in governed.items():
        for counted, shifted in _counted_from(parsed[b], parsed[b].doc[i], timex):
            out.setdefault((b, counted), shifted)
        if (eve := _on_the_eve(parsed[b], parsed[b].doc[i], timex)) is not None:
            out.setdefault((b, eve[0]), eve[1])
    return out


def _on_the_eve(pb: ParsedBlock, noun: Token, t: Timex) -> tuple[int, Timex] | None:
    """(verb, the day before) for an act "on the eve of" a dated event: "protesters marched on the eve of the
    summit on Monday" is Sunday's."""
    of = noun.head
    eve = of.head
    if t.precision != "day" or t.range_start or len(t.value) < 10 or noun.dep_ != "pobj" or of.lower_ != "of" \
            or eve.lower_ != "eve" or eve.dep_ != "pobj" or eve.head.lower_ not in ("on", "at") \
            or eve.head.head.pos_ not in ("VERB", "AUX"):
        return None
    day = (dt.date.fromisoformat(t.value[:10]) - dt.timedelta(days=1)).isoformat()
    first, last = eve.head.idx + pb.offset, of.idx + len(of.text) + pb.offset
    return eve.head.head.i, Timex(first, last, pb.text[first - pb.offset:last - pb.offset], "DATE", day, "day",
                                  anchor="narrative")


# Units of "a day after", "two weeks before": how far, and the precision the shifted date keeps.
_COUNT_UNITS = {"day": (1, "day"), "week": (7, "day"), "month": (1, "month"), "year": (1, "year")}


def _counted_from(pb: ParsedBlock, verb: Token, t: Timex) -> list[tuple[int, Timex]]:
    """(token, date) of each act told as a number of days, weeks, months or years before or after `verb`'s act,
    which `t` dates to one day: "met on Thursday, a day after the two sides agreed to a ceasefire" puts the
    agreement on Wednesday, "stormed the parliament on Friday, two days after the vote" the vote on Wednesday."""
    if t.precision != "day" or t.range_start or len(t.value) < 10 or verb.pos_ not in ("VERB", "AUX"):
        return []
    day = dt.date.fromisoformat(t.value[:10])
    out = []
    for child in verb.children:
        target: Token | None
        if child.dep_ == "advcl":  # "a day after Israel and Hamas agreed"
            relation = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in ("after", "before")),
                            None)
            target, units = child, [c for c in child.children if relation is not None and c.i < relation.i]
        elif child.dep_ == "prep" and child.lower_ in ("after", "before"):  # "two days after the vote"
            relation, target = child, next((c for c in child.children if c.dep_ == "pobj"), None)
            units = list(child.children)
        else:
            continue
        measure = next((c for c in units if c.dep_ == "npadvmod"), None)
        if target is None or relation is None or measure is None:
            continue
        unit = _COUNT_UNITS.get(measure.lemma_.lower())
        count = _count_of(measure)
        if unit is None or count is None:
            continue
        sign = -1 if relation.lower_ == "after" else 1
        step, precision = unit
        if precision == "day":
            shifted = (day + dt.timedelta(days=sign * count * step)).isoformat()
        elif precision == "month":
            month = day.year * 12 + day.month - 1 + sign * count
            shifted = f"{month // 12:04d}-{month % 12 + 1:02d}"
        else:
            shifted = f"{day.year + sign * count:04d}"
        first = min(measure.left_edge.idx, relation.idx) + pb.offset
        last = relation.idx + len(relation.text) + pb.offset
        out.append((target.i, Timex(first, last, pb.text[first - pb.offset:last - pb.offset], "DATE", shifted,
                                    precision, anchor="narrative")))
    return out


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}


def _count_of(unit: Token) -> int | None:
    """How many units "a day", "two days", "13 days" count; None for a vague number ("several days")."""
    words = [c for c in unit.children if c.dep_ in ("nummod", "det") and c.i < unit.i]
    if not words:
        return None
    word = words[0].lower_
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word)


# Prepositions that make an event noun the setting of the verb's act: "approved at a meeting", "rose in early
# trading", "answered questions over lunch", "killed in a bombing".
SETTING_PREPOSITIONS = frozenset("at during in over amid throughout".split())
# "on" a journey is its setting too ("paid tribute on a visit to Nairobi"); "rose on a jump in sales" is a cause.
JOURNEY_NOUNS = frozenset("visit tour trip mission journey patrol voyage".split())
# Verbs whose object is the act they carry out, at their time: "held talks", "completed the purchase".
CARRYING_VERBS = ASPECTUAL_VERBS | frozenset("complete hold conduct stage attend launch carry make pay host mount "
                                             "undertake wage perform deliver give".split())


def _shares_verb_time(noun: Token, verb: Token) -> bool:
    """The event `noun` names happens at the time of `verb`'s act: the noun is the setting of the act, or the act
    the verb carries out."""
    if noun.dep_ == "pobj" and noun.head.head.i == verb.i:
        return noun.head.lower_ in SETTING_PREPOSITIONS or noun.head.lower_ == "on" and \
            noun.lemma_.lower() in JOURNEY_NOUNS
    return noun.head.i == verb.i and noun.dep_ == "dobj" and verb.lemma_.lower() in CARRYING_VERBS


# Verbs of a clause describing an event noun that say when it takes place: "the summit held on July 22".
HOLDING_VERBS = frozenset("hold plan schedule set slate stage convene organize organise call sign reach conclude "
                          "conduct carry launch mount".split())


def _described(verb: Token) -> Token | None:
    """The noun whose own date a past-tense verb shares: the noun its clause describes ("the 1988 bombing that
    killed 259 people", "the Feb. 23 accord signed by Annan") or its subject ("the Aug. 7 bombings killed 200")."""
    if verb.dep_ in NOUN_CLAUSES and verb.head.pos_ == "NOUN":
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)


def text_date(verb: Token, block: int, governed: dict[tuple[int, int], Timex], evidence: Iterable[Token] = (),
              mentioned: Container[tuple[int, int]] = ()) -> Timex | None:
    """The date expression the text gives for the event whose clause verb (or trigger noun) is `verb`: one on the
    verb itself, one on a trigger noun of the `evidence` the verb governs ("a visit ... from July 23 to 25"), for a
    noun, one on the verb above it unless that verb is an event of its own (a (block, token) in `mentioned`), one on
    a conjoined verb that shares its time, or one on the act an aspectual verb governs or on that verb ("began
    shelling the town on Monday"). None when the text gives none."""
    t = governed.get((block, verb.i))
    if t is None:
        for tok in evidence:  # not a noun that is an event of its own ("discussed a visit in May")
            if (block, tok.i) in governed and tok.pos_ == "NOUN" and tok.lemma_.lower() in EVENT_NOUNS \
                    and (block, tok.i) not in mentioned \
                    and (head := _governing_verb(tok)) is not None and head.i == verb.i:
                t = governed[(block, tok.i)]
                break
    if t is None and verb.pos_ == "NOUN":
        # "may miss the meeting ... on July 27": the date on the verb dates the meeting, also when the verb is an
        # event of its own if the noun is its setting ("was approved at a meeting yesterday") or the act it
        # carries out ("completed the purchase yesterday").
        head = _governing_verb(verb)
        if head is not None and ((block, head.i) not in mentioned or _shares_verb_time(verb, head)):
            t = governed.get((block, head.i))
    if t is None and verb.pos_ == "NOUN":
        # "the summit held on July 22", "a memorial service planned for Saturday": the clause that holds or sets
        # the event dates it.
        t = next((governed[(block, c.i)] for c in verb.children if c.dep_ in NOUN_CLAUSES
                  and c.lemma_.lower() in HOLDING_VERBS and (block, c.i) in governed), None)
    if t is None and verb.tag_ in ("VBD", "VBN") and (thing := _described(verb)) is not None:
        t = governed.get((block, thing.i))  # "the Dec. 21, 1988, bombing that killed 259 people"
    if t is None and verb.dep_ == "conj" and _shares_time(verb):
        t = governed.get((block, verb.head.i))
    if t is None:
        for child in verb.children:
            if child.dep_ == "conj" and _shares_time(child):
                t = governed.get((block, child.i))
                if t:
                    break
    if t is None and verb.dep_ == "advcl" and _at_time_of_head(verb):
        t = governed.get((block, verb.head.i))  # "was killed on Friday night as he stood in his kitchen"
    if t is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL_VERBS:
        t = governed.get((block, verb.head.i))  # "Today the army began to shell the town"
    if t is None and verb.lemma_.lower() in ASPECTUAL_VERBS:
        t = next((governed[(block, c.i)] for c in verb.children if c.dep_ == "xcomp" and (block, c.i) in governed),
                 None)  # "the army began shelling the town on Monday"
    return t


def _since_date(t: Timex, published: str) -> EventDate | None:
    """The event began at `t` and goes on at publication: a window from the start of `t` to the publication day."""
    began = _event_date(t, "text")
    if began.start is None or began.start > published:
        return None
    end = _date_part(published, began.precision)
    return EventDate(value=began.start, start=began.start, end=end, precision=began.precision, basis="text",
                     text=t.text, char_start=t.start, char_end=t.end)


# What these tell has happened (or not) by publication: it cannot be dated after it.
TOLD_AS_DONE = frozenset({"asserted", "reported", "negated"})
# What these tell is still to come at publication.
TOLD_AS_TO_COME = frozenset({"planned", "expected"})
# Openers of a sentence that starts another thread of the story; the dates before it are not its time.
NEW_THREAD = re.compile(r"(?i)(separately|elsewhere|in (a |another )?(separate|other|unrelated|another) "
                        r"(development|news|incident|case)s?)\b")


def _within_publication(date: EventDate, factuality: str, published: str | None) -> EventDate:
    """A period of days that holds the publication day, cut at it: an act told as done ended by then ("met earlier
    this week"), one told as to come begins then ("will meet this week")."""
    start, end = date.start, date.end
    if not (published and start and end and len(start) == len(end) == len(published) and start <= published < end):
        return date
    if factuality in TOLD_AS_DONE:
        return replace(date, end=published)
    if factuality in TOLD_AS_TO_COME and start < published:
        return replace(date, value=published, start=published)
    return date


def _narrative_date(dated: list[Timex], offset: int, thread_start: int, not_after: str | None) -> EventDate | None:
    """The story's narrative time at `offset`: the last date it gave before, in the same thread of the story (from
    `thread_start`), skipping dates after `not_after` (the publication day, for an act told as done: "Wang is
    expected to visit in April. Forces shelled the city")."""
    for t in reversed(dated[:bisect.bisect_right(dated, offset, key=lambda span: span.end)]):
        if t.start < thread_start:
            break
        date = _event_date(t, "narrative")
        if not_after is None or (date.start or "") <= not_after:
            return date
    return None


def _thread_starts(parsed: list[ParsedBlock]) -> list[int]:
    """Offsets, in order, of the sentences that open another thread of the story ("Separately, police detained
    ...")."""
    return [pb.offset + sent.start_char for pb in parsed for sent in pb.sents
            if NEW_THREAD.match(pb.text, sent.start_char, sent.start_char + 40)]


def _thread_start(threads: list[int], offset: int) -> int:
    """The start of the thread `offset` is in: the last of `threads` at or before it, else 0."""
    k = bisect.bisect_right(threads, offset)
    return threads[k - 1] if k else 0


def _report_date(verb: Token, block: int, governed: dict[Location, Timex]) -> Timex | None:
    """The date of the statement that reports the act, when the act's clause gives none: "police detained 15
    suspects, the ministry said on Wednesday" is told as of Wednesday, not of an earlier paragraph's date."""
    clause = [verb]
    while clause[-1].dep_ in ("ccomp", "conj") and clause[-1].head is not clause[-1]:
        clause.append(clause[-1].head)  # "the ministry said (on Wednesday) that police had detained ..."
    reporters = clause[1:] + [c for v in clause for c in v.children if c.dep_ in ("parataxis", "ccomp")]
    return next((governed[(block, r.i)] for r in reporters
                 if r.lemma_.lower() in SPEECH_VERBS and (block, r.i) in governed), None)




def _background(parsed: list[ParsedBlock], t: Timex) -> bool:
    """A date inside a clause that describes a thing, set before a noun as its modifier, or after "since", tells when
    that thing happened or a span began, not where the story stands:
    "Lavrov met Wang on Thursday on the sidelines of the summit held on July 22. The ministers discussed ..." is
    Thursday's. A clause about a party tells the party's acts, which are the story's: "Putin, who arrived on
    Tuesday, signed a treaty" is Tuesday's."""
    if (found := span_at(parsed, t.start, t.end)) is None:
        return False
    tok = found[1].root
    if tok.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i > tok.i:
        return True  # a date naming a thing, not the story's time: "a 2018 radar incident", "the January memorandum"
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True  # where a span up to now began: "his first visit since 2022", "fighting has raged since April"
    for _ in range(12):
        if tok.dep_ in NOUN_CLAUSES:
            # not a clause about a party: "Putin, who arrived on Tuesday, signed a treaty" stands at Tuesday
            return not (tok.head.pos_ == "PROPN" or tok.head.ent_type_ in ACTOR_ENTITIES
                        or any(c.lower_ in ("who", "whom") for c in tok.children))
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def date_mentions(mentions: list[CodedMention], parsed: list[ParsedBlock], timexes: list[Timex],
          published: str | None) -> None:
    # periods set no narrative time (governed_dates), nor do dates of clauses that describe a noun
    dated = [t for t in timexes if t.precision and datable(t) and not _background(parsed, t)]
    governed, started = _located_dates(parsed, timexes)
    governed = counted_dates(parsed, governed)
    starts: dict[int, list[int]] = {}
    mentioned = {(m.block, m.governor) for m in mentions}
    threads = _thread_starts(parsed)
    for m in mentions:
        verb = parsed[m.block].doc[m.governor]
        t = text_date(verb, m.block, governed, _evidence_tokens(m, parsed, starts), mentioned)
        ongoing = None
        if t is None and published and (since := started.get((m.block, m.governor))) is not None:
            ongoing = _since_date(since, published)
        if t is not None:
            m.event.date = _event_date(t, "text")
            if t.precision is None:  # a period ("this week"), not days the text names ("from July 23 to 25")
                m.event.date = _within_publication(m.event.date, m.event.factuality, published)
        elif ongoing is not None:
            m.event.date = ongoing
        else:
            trigger_start = m.event.evidence[0].trigger_start or 0
            done = m.event.factuality in TOLD_AS_DONE
            told = _report_date(verb, m.block, governed) if done else None
            narrative = _event_date(told, "narrative") if told else _narrative_date(
                dated, trigger_start, _thread_start(threads, trigger_start), published if done else None)
            if narrative:
                m.event.date = narrative
            elif published:
                m.event.date = EventDate(value=published, start=published, end=None, precision="day",
                                         basis="publication")
        m.event.confidence = min(1.0, m.event.confidence + (0.1 if m.event.date.basis == "text" else 0))
        if m.derived:
            # The intention's sources may disagree on when the act ends; that conflict is listed on
            # the act itself, so the intention keeps only the agreed start instead of one side's end.
            m.event.date = replace(m.event.date, end=None)
        # A period ("last week") bounds the event, it does not say when it began or ended, and an end at
        # publication ("since May") is only when the story was told: no claim to dispute.
        window = t is not None and t.precision is None or ongoing is not None
        m.event.claims = [] if m.derived or window else date_claims(m.event)
        m.event.id = event_id(m.event)
