"""How many: the PLOVER fields `size` (people taking part, or acted on: protesters, people arrested or deported,
troops), `dead` and `injured`, where a sentence states them ("killing 12 people", "at least 30 were injured",
"thousands of protesters"). Pure text rules on one sentence, no parse.

A number is read as the text gives it, its hedges ("at least", "more than", "up to", "some") dropped, as the PLOVER
gold-standard records code them. A vague quantity counts as its smallest plural, the convention of crowd counts
(the Crowd Counting Consortium's): "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2,000, "tens of
thousands" 20,000. A count that the sentence does not tie to the event (a year, a sum of money, a distance, the
number killed for `size`) is left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The event types whose PLOVER records carry a size: the people who protest, are coerced (arrested, deported,
# expelled) or are mobilized, counted wherever the sentence names them; and the people an assault is done to,
# counted only as the object of its verb ("tortured scores of refugees", not "two bombers").
SIZED_TYPES = frozenset({"PROTEST", "COERCE", "MOBILIZE"})
OBJECT_SIZED_TYPES = SIZED_TYPES | {"ASSAULT"}
# The types with casualties: violence, its repression, riots.
CASUALTY_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague quantities, as their smallest plural.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20_000,
         "hundreds of thousands": 200_000, "millions": 2_000_000, "a dozen": 12, "dozen": 12, "a few dozen": 24,
         "several dozen": 36, "several hundred": 300, "several thousand": 3000, "a handful": 3}

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_TENS_UNITS = rf"(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?"  # "twenty-three", "one"
_WORD_NUMBER = rf"(?:{_TENS_UNITS}(?:\s+(?:hundred|thousand|million)(?:\s+(?:and\s+)?{_TENS_UNITS})?)?)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_HEDGE = (r"(?:(?:at least|at most|more than|less than|fewer than|over|under|up to|about|around|approximately|"
          r"roughly|nearly|almost|some|an estimated|as many as|close to|upwards of|well over)\s+)?")
QUANTITY = re.compile(rf"\b{_HEDGE}(?P<n>{_VAGUE}|{_DIGITS}|{_WORD_NUMBER})\b(?:\s+of)?", re.IGNORECASE)

# Words after a number that say it counts something other than people.
NOT_PEOPLE = re.compile(
    r"^(?:(?:\S+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per cent|%|km|kilomet(?:er|re)s?|"
    r"miles?|met(?:er|re)s?|feet|tons?|tonnes?|dollars?|euros?|pounds?|yuan|rubles?|roubles?|rupees?|barrels?|"
    r"times|points?|votes?|seats?|cars?|vehicles?|buildings?|homes?|houses?|villages?|rockets?|missiles?|shells?|"
    r"tanks?|aircraft|planes?|ships?|vessels?|weapons?|guns?|rounds?|bombs?|acres?|hectares?|square|parties|"
    r"groups|organi[sz]ations|unions|countries|nations|states|companies|firms|agencies|ministries|governments|"
    r"provinces|cities|towns|districts|regions)\b|[$€£])",
    re.IGNORECASE)
# After the count, its noun phrase (up to four words: "Palestinian refugees", "U.S. soldier", "people").
_PHRASE = r"(?:\s+(?!(?:were|was|have|had|are|is|been|and|in|on|at|by|during|after)\b)[\w.'-]+){0,4}?"
_BE = r"(?:\s+(?:were|was|have been|had been|has been|are|is|been|reportedly|also|later|all))*"
KILLED = r"(?:killed|dead|died|slain|perished|lost their lives|were shot dead)"
HURT = r"(?:wounded|injured|hurt)"
# "killing 12 people", "killed one U.S. soldier", "wounding two others"
_VERB_THEN_COUNT = {
    "dead": re.compile(r"\b(?:kill(?:ing|ed|s)?|claim(?:ing|ed)? the lives of|left|leaving)\s+$", re.IGNORECASE),
    "injured": re.compile(r"\b(?:wound(?:ing|ed|s)?|injur(?:ing|ed|es)?|hurt(?:ing)?)\s+$", re.IGNORECASE),
}
# "23 people were killed", "three dead", "30 were injured"
_COUNT_THEN_STATE = {
    "dead": re.compile(rf"^{_PHRASE}{_BE}\s+{KILLED}\b", re.IGNORECASE),
    "injured": re.compile(rf"^{_PHRASE}{_BE}\s+{HURT}\b", re.IGNORECASE),
}
# "left 12 dead", "leaving five wounded": the state after the noun
_LEFT_STATE = {"dead": re.compile(rf"^{_PHRASE}\s+{KILLED}\b", re.IGNORECASE),
               "injured": re.compile(rf"^{_PHRASE}\s+{HURT}\b", re.IGNORECASE)}
# What follows an active verb: "two gunmen killed a guard" counts the gunmen, who are not the dead.
_OBJECT_NEXT = re.compile(r"\s+(?:[Aa]n?|[Tt]he|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"several|many|dozens|scores|hundreds|thousands|at least|more than|some|\d|[A-Z])\b")
_TOLL = re.compile(r"\bdeath toll\b[^.;]{0,40}?\b(?:to|of|at|reached|rose to|stands at|is)\s+$", re.IGNORECASE)
# "A Palestinian prisoner died", "a policeman was killed", "killed a guard": one, said with the article
_ONE = {"dead": re.compile(rf"\b(?:an?|one)((?:\s+[\w.'-]+){{1,4}}?){_BE}\s+{KILLED}\b|"
                          rf"\bkill(?:ed|ing|s)\s+(?:an?|one)(\s+[\w.'-]+)", re.IGNORECASE),
        "injured": re.compile(rf"\b(?:an?|one)((?:\s+[\w.'-]+){{1,4}}?){_BE}\s+{HURT}\b|"
                              rf"\b(?:wound|injur)(?:ed|ing|es|s)\s+(?:an?|one)(\s+[\w.'-]+)", re.IGNORECASE)}
# Nouns of people, for a size: plural words and the collective ones that take no -s.
_PEOPLE_NOUN = re.compile(r"^\s*(?:[\w.'-]+\s+){0,3}?(?:people|persons|police|personnel|staff|men|women|children|"
                          r"youth|crowds?|[a-z]+(?:ers|ors|ists|ians|ans|ese|is|ees|ents|ants|ics|es|s))\b",
                          re.IGNORECASE)


# A count right after the verb of a coercion or an assault is the number acted on: "arresting 12", "deported 168
# Liberians", "forced out on Wednesday more than 1,000 refugees".
_SIZE_VERB = re.compile(r"\b(?:arrest|detain|deport|expel|evict|round(?:ed|ing)? up|jail|imprison|abduct|kidnap|"
                        r"forc(?:e|ed|es|ing) out|displac|mobili[sz]|deploy|call(?:ed|ing)? up|tortur|beat|"
                        r"disperse|tear-?gas)\w*(?:\s+(?:on|last|this)\s+\w+)?\s+$", re.IGNORECASE)
# A count in a clause about something else: "..., where 24 people were killed last March", "following the
# deaths of two Israelis".
_ELSEWHERE = re.compile(r"\b(?:where|following|after|since|in which|before|compared with)\b[^,;]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Magnitude:
    size: int | None = None
    dead: int | None = None
    injured: int | None = None


def number_value(words: str) -> int | None:
    """The value of a number as written: "1,200", "3.5 million", "twenty-three", "two hundred", "thousands"."""
    text = " ".join(words.lower().replace("-", " ").split())
    if text in VAGUE:
        return VAGUE[text]
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(?: (million|billion|thousand))?", text)
    if m:
        value = float(m.group(1).replace(",", "")) * SCALES.get(m.group(2) or "", 1)
        return int(value)
    total = current = 0
    seen = False
    for word in text.split():
        if word == "and":
            continue
        if word in UNITS or word in TENS:
            current += UNITS.get(word, TENS.get(word, 0))
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _counts(sentence: str) -> list[tuple[int, int, int]]:
    """Every count in the sentence: (value, start, end)."""
    found = []
    for m in QUANTITY.finditer(sentence):
        value = number_value(m.group("n"))
        if value is None:
            continue
        if re.fullmatch(r"(1[5-9]|20)\d\d", m.group("n")) or re.match(r"\s*(?:[-/]|\d)", sentence[m.end():]):
            continue  # a year ("in 1992"), or part of a date or a range
        found.append((value, m.start(), m.end()))
    return found


def _casualties(sentence: str, counts: list[tuple[int, int, int]], kind: str) -> tuple[int | None, set[int]]:
    """The number dead (or injured) the sentence states, and the starts of the counts that said it. A count after
    the verb ("killed 23 people") wins over one before it ("two bombers killed"), which is often the doers."""
    counts = [c for c in counts if not _ELSEWHERE.search(sentence[:c[1]])]
    for value, start, end in counts:
        before, after = sentence[:start], sentence[end:]
        if _VERB_THEN_COUNT[kind].search(before) and not NOT_PEOPLE.match(after.lstrip()):
            if re.search(r"\b(?:left|leaving)\s+$", before, re.IGNORECASE) and not _LEFT_STATE[kind].match(after):
                continue
            return value, {start}
    for value, start, end in counts:
        after = sentence[end:]
        state = _COUNT_THEN_STATE[kind].match(after)
        if state and not _OBJECT_NEXT.match(after[state.end():]) or kind == "dead" and _TOLL.search(sentence[:start]):
            return value, {start}
    one = _ONE[kind].search(sentence)
    if one is not None and not NOT_PEOPLE.match((one.group(1) or one.group(2)).strip()) and not _ELSEWHERE.search(
            sentence[:one.start()]):
        return 1, set()
    return None, set()


def magnitude(sentence: str, event_type: str | None = None) -> Magnitude:
    """The size, dead and injured that one sentence states for an event of `event_type` (any type if None):
    `size` only for the types that PLOVER sizes, casualties for violence, its repression and riots."""
    counts = _counts(sentence)
    dead = injured = None
    taken: set[int] = set()
    if event_type is None or event_type in CASUALTY_TYPES:
        dead, taken = _casualties(sentence, counts, "dead")
        injured, hurt = _casualties(sentence, counts, "injured")
        taken |= hurt
    size = None
    if event_type is None or event_type in OBJECT_SIZED_TYPES:
        for value, start, end in counts:
            before, after = sentence[:start], sentence[end:]
            if start in taken or NOT_PEOPLE.match(after.lstrip()) or _ELSEWHERE.search(before):
                continue
            if _COUNT_THEN_STATE["dead"].match(after) or _COUNT_THEN_STATE["injured"].match(after):
                continue  # the number killed or hurt is not the number taking part
            acted_on = bool(_SIZE_VERB.search(before))
            named = (event_type is None or event_type in SIZED_TYPES) and bool(_PEOPLE_NOUN.match(after))
            if acted_on or named:
                size = value
                break
    return Magnitude(size, dead, injured)
