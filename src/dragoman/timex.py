"""Temporal tagger: find DATE / TIME / DURATION / SET expressions and normalise them to TIMEX3 values.

Pure Python + ``re`` (no spaCy), so it can run beside a parse at a few percent of its cost.

Design
------
* A small grammar of regex fragments (month names, weekdays, number words, units, ordinals, seasons,
  modifiers) is composed into ``RULES``, a registry in which each rule is declared once: its pattern, its
  anchor words, its validator, its handler and its examples (which the tests run).
* ``tag`` runs every rule (each only near its anchor words, which every match of it contains), keeps
  the longest non-overlapping candidates (ties broken by rule order),
  then resolves the survivors left to right so that narrative expressions ("that evening",
  "a week earlier", "the next day") follow the last date the text itself gave.
* Year of a month-day without a year: by the caller's ``tense`` (past -> latest not after the
  publication date, allowing dates up to ~60 days ahead that past-tense reports announce; future -> next on
  or after it; unknown -> nearest).  "since" before a date keeps it behind the publication date; after
  "effective", "beginning", "through", "until" it takes the nearest reading whatever the clause's tense (a
  weekday too: "until Tuesday" is within three days either side), and so does a past-tense clause with "would"
  (a future in the past: "he said the summit would be held on April 24"); lexical cues ("as early as", "is to
  resume") and a present-tense clause ("the final is Sunday") send a bare weekday ahead.
* Ranges with two full ends ("between 1982 and 1992", "2011-2014", "1998-99", "from Aug. 26 to Oct. 20")
  and day pairs ("April 24 and 25") give two expressions, as TimeML tags them; range ends carry
  range_start/range_end.  "five years from now" is a duration ("five years") and a PRESENT_REF ("now").
* Spans are drawn as TimeBank draws them: "within", "only", "just" and a prepositional "over" stay outside
  a length of time, an adjectival length or quarter leaves its determiner out ("the two-week crisis",
  "its third-quarter loss"), "Friday's" is "Friday".
* Value conventions follow TimeML / TempEval-3: ``2024-07-23``, ``2024-06``, ``2024-W29``,
  ``1989-Q3``, ``2018-SU``, ``199`` (decade), ``P3D``, ``PT24H``, ``PRESENT_REF``, ``2024-07-23TEV``.

last measured: 2026-12-01, bench/time_tempeval.py on TempEval-3 TBAQ (TimeBank+AQUAINT), dev / sealed split:
strict F1 88.38 / 88.47, relaxed 93.80 / 94.47, type 89.45 / 89.42, value F1 with the pipeline's parse tense
80.08 / 81.83 (without tense 79.34 / 80.88); ~225k words per CPU second (67k words/s wall on a shared
2-core machine), python 3.11.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import NamedTuple

__all__ = ["EXAMPLE_DCT", "RULES", "Example", "Rule", "Timex", "TimexTagger", "guess_tense"]

TenseFn = Callable[[int], str | None]


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    precision: str | None = None  # day | month | year when the value names such a calendar period
    range_start: str | None = None
    range_end: str | None = None
    anchor: str | None = None  # absolute | publication | narrative
    mod: str | None = None  # TIMEX3 mod: START, END, MID, APPROX, LESS_THAN, MORE_THAN ...

    def to_dict(self) -> dict[str, object]:
        keep = {"start", "end", "text", "type", "value"}
        return {k: v for k, v in asdict(self).items() if v is not None or k in keep}


# --------------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDWORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "last": 4, "final": 4,
}  # fmt: skip
_NUMWORDS: dict[str, float] = {w: i for i, w in enumerate(_ONES)}
_NUMWORDS.update({w: 10 + i for i, w in enumerate(_TEENS)})
_NUMWORDS.update({w: 10 * i for i, w in enumerate(_TENS) if w})
_NUMWORDS.update({"half": 0.5, "half a": 0.5, "half an": 0.5, "a half": 0.5})
_NUMWORDS.update({"a": 1, "an": 1, "a dozen": 12, "dozen": 12, "a hundred": 100, "one hundred": 100,
                  "hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a thousand": 1000})
_VAGUE_NUM = {"a few", "few", "several", "some", "many", "hundreds of", "dozens of", "a number of",
              "thousands of"}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nights": "NI",
          "midday": "MI", "noon": "MI"}  # fmt: skip
_UNIT_CODE = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
              "night": ("", "D"), "week": ("", "W"), "fortnight": ("", "W"), "month": ("", "M"),
              "quarter": ("", "Q"), "year": ("", "Y"), "decade": ("", "DE"), "century": ("", "CE"),
              "weekend": ("", "WE")}  # fmt: skip
_SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
                "annually": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "quarterly": "P3M"}  # fmt: skip

# --- regex fragments (month names and weekdays are case-sensitive: "may", "march", "sun" are words) ---
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")  # fmt: skip
_MONTH_FULL = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
               r"|December)")  # fmt: skip
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
_ONES_RE = "|".join(_ONES[1:])
_TEENS_RE = "|".join(_TEENS)
_TENS_RE = "|".join(_TENS[2:])
_SPELLED_YEAR = (rf"(?:(?:nineteen|eighteen|twenty)[- ](?:hundred|(?:{_TENS_RE})(?:[- ](?:{_ONES_RE}))?"
                 rf"|{_TEENS_RE}|oh[- ](?:{_ONES_RE}))|two[- ]thousand(?:(?:[- ]and)?[- ](?:{_TEENS_RE}"
                 rf"|(?:{_TENS_RE})(?:[- ](?:{_ONES_RE}))?|{_ONES_RE}))?)")  # fmt: skip
_YEAR = rf"(?:{_YEAR4}(?!\d)|(?i:{_SPELLED_YEAR}))"
_NUMWORD = (rf"(?:(?:{_TENS_RE})(?:[- ](?:{_ONES_RE}))?|{_TEENS_RE}|{_ONES_RE}|a hundred|one hundred"
            r"|hundreds of|thousands of|a dozen|dozens of|a couple of|a couple|couple of|a few|a number of|few|several"
            r"|some|many|half\s+an?|a\s+half|half|an|a)")  # fmt: skip
_NUM = rf"(?:\d+(?:\.\d+)?(?:\s*1/2)?|(?:{_NUMWORD})(?:\s+and\s+a\s+half)?)"
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
         r"|decades?|centur(?:y|ies))")  # fmt: skip
_APPROX = (r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|fewer\s+than"
           r"|at\s+least|at\s+most|no\s+more\s+than|over|under|up\s+to|within|only|just|barely)")  # fmt: skip
_APPROX_MOD = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
               "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
               "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS"}  # fmt: skip
_EDGE_MOD = {"early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
             "late": "END", "later": "END", "the end of": "END", "mid": "MID", "the middle of": "MID",
             "the first half of": "START", "the second half of": "END", "the last half of": "END",
             "the rest of": "END", "the remainder of": "END"}  # fmt: skip
_EDGE = (r"(?:early|earlier|late|later|mid|the\s+(?:beginning|start|end|middle|rest|remainder)\s+of"
         r"|the\s+(?:first|second|last)\s+half\s+of)")  # fmt: skip
# Words before a 4-digit number that make it an identifier or an amount, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?i:(?:section|article|art\.|no\.|nos\.|number|resolution|flight|route|highway|interstate|chapter|rule"
    r"|room|model|page|pages|paragraph|item|box|suite|unit|code|bill|hr|s\.|order|decree|law|file|case"
    r"|serial|batch|lot|platform|gate|channel|frequency|exit|opus|op\.|vol\.|volume|issue|tel\.?|fax"
    r"|p\.o\.|apt\.?|us\$|rs\.?|rmb|usd|eur|yen|won|rubles?|dollars?)\s*$)"
)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|(?i:percent|per\s*cent|people|persons|men|women|children|troops|soldiers|workers|votes"
    r"|members|cases|deaths|dead|km|kilomet(?:er|re)s|miles|met(?:er|re)s|feet|tons|tonnes|units|shares"
    r"|points|students|households|families|jobs|residents|refugees|homes|houses|cars|vehicles|acres"
    r"|hectares|delegates|seats|candidates|employees|staff|officers|police|patients|prisoners|cattle"
    r"|dollars|yuan|euros|won|rubles|yen|pounds|barrels|hours|minutes|seconds|kg|mw)\b)"
)
_MONEYISH = re.compile(r"(?i:(?:[$£€¥]\s?[\d.,]+(?:\s*(?:million|billion|trillion|thousand|bn|m))?"
                       r"|\d[\d.,]*\s*(?:cents?|dollars?|percent|%|million|billion|yuan|euros?)"
                       r"|once|twice|\btimes)\s*$)")  # fmt: skip


def _num(s: str) -> float | None:
    """Number word/digits -> value; None for vague quantities ("several")."""
    s = " ".join(s.lower().replace("-", " ").split())
    half = 0.0
    if s.endswith("and a half"):
        half, s = 0.5, s[: -len("and a half")].strip()
    if "1/2" in s:
        half, s = 0.5, s.replace("1/2", "").strip()
    if s in _VAGUE_NUM:
        return None
    try:
        return float(s.replace(",", "")) + half
    except ValueError:
        pass
    if s in _NUMWORDS:
        return _NUMWORDS[s] + half
    parts = s.split()
    if len(parts) == 2 and parts[0] in _NUMWORDS and parts[1] in _NUMWORDS:
        return _NUMWORDS[parts[0]] + _NUMWORDS[parts[1]] + half
    return None


def _dur_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT24H, P2Y6M (fractions go to the next smaller unit), P20Y for decades."""
    if unit == "decade" and n is not None:
        n, unit = n * 10, "year"
    elif unit == "century" and n is not None:
        n, unit = n * 100, "year"
    elif unit == "quarter" and n is not None:
        n, unit = n * 3, "month"
    elif unit == "fortnight" and n is not None:
        n, unit = n * 2, "week"
    t, code = _UNIT_CODE[unit]
    if n is None or n == int(n):
        return f"P{t}{_fmt_num(n)}{code}"
    smaller = {"year": (12, "M"), "month": (30, "D"), "week": (7, "D"), "day": (24, "H"), "hour": (60, "M"),
               "minute": (60, "S")}.get(unit)
    whole = int(n)
    if smaller is None:
        return f"P{t}{n:g}{code}"
    k, code2 = smaller
    rest = round((n - whole) * k)
    t2 = "T" if unit == "day" else t
    head = f"{whole}{code}" if whole else ""
    if unit == "day":
        return f"P{head}T{rest}{code2}"
    return f"P{t}{head}{rest}{code2}" if t2 == t else f"P{head}{t2}{rest}{code2}"


def _fmt_num(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


def _year_of(s: str) -> int | None:
    """'1998' / 'nineteen ninety-six' / 'two thousand and one' -> int."""
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    w = s.replace("-", " ").split()
    if not w:
        return None
    if w[0] == "two" and len(w) > 1 and w[1] == "thousand":
        rest = [x for x in w[2:] if x != "and"]
        return 2000 + int(_num(" ".join(rest)) or 0) if rest else 2000
    head = _NUMWORDS.get(w[0])
    if head is None:
        return None
    rest = w[1:]
    if rest == ["hundred"]:
        return int(head) * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    tail = _num(" ".join(rest)) if rest else None
    return int(head) * 100 + int(tail) if tail is not None else None


def _month_of(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _day_of(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _unit_of(s: str) -> str:
    s = s.lower()
    if s.startswith("centur"):
        return "century"
    return s[:-1] if s.endswith("s") else s


# --------------------------------------------------------------------------------------------------
# Calendar points
# --------------------------------------------------------------------------------------------------

_GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4,
               "decade": 5, "century": 6}  # fmt: skip


@dataclass(frozen=True)
class _Pt:
    """A calendar period: granularity + its first day (+ season code / time of day)."""

    gran: str
    d: dt.date
    extra: str = ""  # season code ("SU"), week suffix ("WE"), time ("T17:00" / "TEV")

    def value(self) -> str:
        y, m = self.d.year, self.d.month
        g = self.gran
        if g == "day":
            return self.d.isoformat() + self.extra
        if g == "week":
            iy, iw, _ = self.d.isocalendar()
            return f"{iy:04d}-W{iw:02d}" + ("-WE" if self.extra == "WE" else "")
        if g == "month":
            return f"{y:04d}-{m:02d}"
        if g == "quarter":
            return f"{y:04d}-Q{(m - 1) // 3 + 1}"
        if g == "half":
            return f"{y:04d}-H{1 if m <= 6 else 2}"
        if g == "season":
            return f"{y:04d}-{self.extra}"
        if g == "year":
            return f"{y:04d}"
        if g == "decade":
            return f"{y // 10:03d}"
        return f"{y // 100:02d}"

    @property
    def precision(self) -> str | None:
        return self.gran if self.gran in ("day", "month", "year") else None


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        return d
    day = min(d.day, calendar.monthrange(year, m + 1)[1])
    return dt.date(year, m + 1, day)


def _floor(d: dt.date, gran: str) -> dt.date:
    if gran == "day":
        return d
    if gran == "week":
        return d - dt.timedelta(days=d.weekday())
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "decade":
        return dt.date(d.year // 10 * 10 or 1, 1, 1)
    if gran == "century":
        return dt.date(d.year // 100 * 100 or 1, 1, 1)
    return dt.date(d.year, 1, 1)  # year, season


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    try:
        if unit in ("day", "night"):
            return d + dt.timedelta(days=n)
        if unit in ("week", "weekend"):
            return d + dt.timedelta(weeks=n)
        if unit == "fortnight":
            return d + dt.timedelta(weeks=2 * n)
    except OverflowError:
        return d
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120,
              "century": 1200}.get(unit, 12)  # fmt: skip
    return _add_months(d, months * n)


def _pt(d: dt.date, gran: str, extra: str = "") -> _Pt:
    return _Pt(gran, _floor(d, gran), extra)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_FUTURE_LAG_DAYS = 7
# "since" before a date puts it at or before the publication date whatever the clause's tense ("since" tense).
# A date that starts or ends a state of affairs ("effective Feb. 1", "beginning Jan. 1") is not placed by the
# tense of the clause that announces it: the nearest reading.
_EFFECTIVE_BEFORE = re.compile(r"(?i:\b(?:effective|beginning|starting|expiring|through|until|till)\s+(?:on\s+)?)$")
_SINCE_BEFORE = re.compile(r"(?i:\bsince\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?)$")
# A past-tense clause still names dates up to about two months ahead: news reports announcements in the past
# tense ("the company said the dividend is payable Dec. 15", "the talks were set for Jan. 14").
_PAST_LEAD_DAYS = 60


def _pick_year(cands: list[tuple[int, dt.date]], dct: dt.date, tense: str | None,
               past_lead: int = _PAST_LEAD_DAYS) -> int:
    """Choose among (key, representative date) by tense: past -> latest <= dct (+ a short lead for a named
    month-day a year from its alternatives), since -> latest <= dct, future -> earliest >= dct (- a short lag),
    unknown -> nearest."""
    if tense in ("past", "since"):
        lead = past_lead if tense == "past" else 0
        ok = [c for c in cands if c[1] <= dct + dt.timedelta(days=lead)]
        if ok:
            return max(ok, key=lambda c: c[1])[0]
    elif tense == "future":
        # Reported plans are often published a few days into the event: tolerate a short lag.
        ok = [c for c in cands if c[1] >= dct - dt.timedelta(days=_FUTURE_LAG_DAYS)]
        if ok:
            return min(ok, key=lambda c: c[1])[0]
    return min(cands, key=lambda c: abs((c[1] - dct).days))[0]


def _year_for_month_day(mon: int, day: int, dct: dt.date, tense: str | None) -> int | None:
    cands = [(y, d) for y in (dct.year - 1, dct.year, dct.year + 1) if (d := _safe_date(y, mon, day))]
    return _pick_year(cands, dct, tense) if cands else None


def _year_for_month(mon: int, dct: dt.date, tense: str | None) -> int:
    # A month counts as "not after dct" if it has started; compare against its middle for "nearest".
    if tense in ("past", "since"):
        return _pick_year([(y, dt.date(y, mon, 1)) for y in (dct.year - 1, dct.year, dct.year + 1)], dct, tense)
    if tense == "future":
        return dct.year if mon >= dct.month else dct.year + 1
    cands = [(y, dt.date(y, mon, 15)) for y in (dct.year - 1, dct.year, dct.year + 1)]
    return _pick_year(cands, dct, None)


# Cues that a bare weekday lies ahead although the clause has no future auxiliary: "as early as Tuesday",
# "is to resume trading Tuesday", "planned to leave on Thursday". Checked only where the tense is not past.
_EARLIEST_BEFORE = re.compile(r"(?i:\bas\s+(?:soon|early)\s+as|\bno\s+(?:sooner|earlier)\s+than)\s+(?:on\s+)?$")
_TO_PLAN_BEFORE = re.compile(r"(?i:\b(?:is|are|set|scheduled|due|planned|plans|planning|expected|ready|preparing|going)"
                             r"\s+to\s+[a-z]+\b)")
_CLAUSE_END = re.compile(r"[.!?;:\n]|,\s*(?:but|and|while|after|before|when)\b|\b(?:said|says)\b")


def _clause_before(text: str, pos: int) -> str:
    """The words of pos's clause before it (at most 120 characters)."""
    window = text[max(0, pos - 120) : pos]
    ends = [c.end() for c in _CLAUSE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def _weekday_ahead(text: str, pos: int) -> bool:
    """A lexical future cue for a weekday at pos, within its clause."""
    window = _clause_before(text, pos)
    return bool(_EARLIEST_BEFORE.search(window) or _TO_PLAN_BEFORE.search(window))


# "would" makes a past-tense report a future in the past ("he said the summit would be held on April 24"): the
# date is not behind the publication date for that, so it takes the nearest reading.
_WOULD = re.compile(r"(?i:\bwould\b)")
# So does a past-tense plan ("protesters planned a rally on Saturday", "has scheduled a news conference Thursday"):
# what was planned may lie either side of the publication date. Not a plan told in the past perfect ("he had
# planned to leave on Thursday"): that one was due before.
_PLANNED = re.compile(r"(?i:(?<!\bhad )(?<!\bhad been )\b(?:planned|planning|plans|scheduled|slated)\b)")


def _weekday_date(wd: int, dct: dt.date, tense: str | None, rel: str = "") -> dt.date:
    delta = wd - dct.weekday()
    if rel in ("next", "this coming", "coming", "the following", "following"):
        return dct + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if rel in ("last", "this past", "past", "the previous", "previous", "the preceding"):
        return dct + dt.timedelta(days=delta if delta < 0 else delta - 7)
    if rel == "this" or tense == "unplaced" and -3 <= delta <= 3:
        return dct + dt.timedelta(days=delta)
    if tense == "unplaced":
        return dct + dt.timedelta(days=delta - 7 if delta > 3 else delta + 7)
    if tense == "future":
        return dct + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    # News default: a bare weekday is the most recent one (same day counts).
    return dct + dt.timedelta(days=delta if delta <= 0 else delta - 7)


# --------------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------------

_TIME_OF_DAY = (r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:[ap]\.\s?m\b\.?|[ap]m\b))"
                r"|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d)(?=\s*(?i:h\b|hrs|GMT|UTC|local|[ECMP][SD]T))"
                r"|(?P<noon>(?i:noon|midnight|midday)))")  # fmt: skip
_DAYREF = (rf"(?:(?P<tmon>{_MONTH})\s+(?P<tday>{_DAY})(?:,\s*(?P<tyear>{_YEAR4}))?|(?P<twd>{_WEEKDAY})"
           r"|(?P<tword>(?i:today|yesterday|tomorrow|tonight)))")  # fmt: skip


# Anchors: lower-case strings of which every match of a rule contains at least one ("digits": a run of
# digits, "years": a run of four or more).
# A rule is run only within _ANCHOR_REACH characters of its anchors, which finds the same matches as a
# scan of the whole text (no expression is that long: the longest seen in TimeBank, AQUAINT and ECB+
# is 34 characters) at a third of the cost: 32 regular expressions tried at every word start were the
# tagger's whole cost.
_UNIT_ANCHORS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year",
                 "decade", "centur")
_MONTH_ANCHORS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_ANCHORS = ("spring", "summer", "fall", "autumn", "winter")
_PART_ANCHORS = ("morning", "afternoon", "evening", "night")
_ANCHOR_REACH = 60
_ANCHOR_PATTERNS = {"digits": re.compile(r"\d+"), "years": re.compile(r"\d{4,}")}


@dataclass
class _Ctx:
    dct: dt.date
    tense: TenseFn | None
    anchor: _Pt | None = None
    anchor_end: int = 0  # where the expression that set the anchor ends
    text: str | None = None
    cache: dict[int, str | None] = field(default_factory=dict)

    def tense_at(self, pos: int) -> str | None:
        if pos not in self.cache and self.text is not None:
            if _SINCE_BEFORE.search(self.text, max(0, pos - 40), pos):
                self.cache[pos] = "since"  # "since Oct. 23", "since shortly after the Oct. 23 slaying": not ahead
            elif _EFFECTIVE_BEFORE.search(self.text, max(0, pos - 24), pos):
                self.cache[pos] = "unplaced"  # "created an office, effective Feb. 1": nearest, whatever the tense
        if self.tense is None:
            return self.cache.get(pos)
        if pos not in self.cache:
            tense = self.tense(pos)  # a failing callback is the caller's bug: raised, not read as "no tense"
            if tense == "past" and (_WOULD.search(clause := _clause_before(self.text or "", pos))
                                    or _PLANNED.search(clause)):
                tense = "unplaced"
            self.cache[pos] = tense
        return self.cache[pos]

    def ref(self) -> _Pt:
        return self.anchor if self.anchor is not None else _Pt("day", self.dct)


@dataclass
class _Res:
    type: str
    value: str
    precision: str | None = None
    anchor: str | None = None
    mod: str | None = None
    range_start: str | None = None
    range_end: str | None = None
    pt: _Pt | None = None  # calendar point, becomes the narrative anchor
    span: tuple[int, int] | None = None
    more: list[_Res] | None = None  # further expressions from the same match (each with its span)


def _date_res(pt: _Pt, anchor: str, mod: str | None = None, typ: str | None = None) -> _Res:
    t = typ or ("TIME" if pt.gran == "day" and pt.extra.startswith("T") else "DATE")
    return _Res(t, pt.value(), pt.precision, anchor, mod, pt=pt)


def _anchor_spans(low: str, anchor: str) -> list[tuple[int, int]]:
    if anchor in _ANCHOR_PATTERNS:
        return [m.span() for m in _ANCHOR_PATTERNS[anchor].finditer(low)]
    spans = []
    at = low.find(anchor)
    while at >= 0:
        spans.append((at, at + len(anchor)))
        at = low.find(anchor, at + 1)
    return spans


def _windows(spans: list[tuple[int, int]], length: int, after: int) -> list[tuple[int, int]]:
    """Sorted anchor spans widened by _ANCHOR_REACH before and `after` characters after, merged where they
    overlap."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        lo, hi = max(0, s - _ANCHOR_REACH), min(length, e + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out



# --------------------------------------------------------------------------------------------------
# Validators: run before overlap resolution, so a rejected long match does not hide a short one
# --------------------------------------------------------------------------------------------------


def _valid_year(m: re.Match[str], text: str) -> bool:
    y = m.group("y")
    if not y[0].isdigit():
        return True
    if m.group("edge") or m.group("fy"):
        return True
    ys = m.start("y")
    prev = text[ys - 1 : ys]
    if prev and (prev in "$£€¥#/.,:-'" or prev.isalnum()):
        return False
    if _NOT_YEAR_BEFORE.search(text[max(0, ys - 16) : ys]):
        return False
    if _NOT_YEAR_AFTER.match(text, m.end()):
        return False
    # "1,992" style thousands and "2016/17" handled by the lookarounds; year must be plausible.
    return 1000 <= int(y) <= 2099


def _valid_year_range(m: re.Match[str], text: str) -> bool:
    s = m.start()
    y1, y2 = m.group("y1"), m.group("y2")
    if text[s - 1 : s] in "$£€#/-" and s > 0:
        return False
    if _NOT_YEAR_BEFORE.search(text[max(0, s - 16) : s]):
        return False
    if _NOT_YEAR_AFTER.match(text, m.end()):
        return False
    end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    if not 0 < end - int(y1) <= 30:
        return False
    sep = m.group("sep").lower()
    pfx = (m.group("pfx") or "").lower()
    # "1992 and 1993" are two dates; only "between X and Y" / "from X to Y" / "X-Y" are ranges.
    return not (sep == "and" and pfx != "between") and not (sep == "to" and not pfx and len(y2) == 2)


def _valid_month(m: re.Match[str], text: str) -> bool:
    mon = m.group("mon")
    if m.group("edge"):
        return True
    if mon in ("May", "March", "Mar."):
        # Modal "may" / noun "march": require a date-ish preposition or modifier right before.
        before = text[max(0, m.start() - 24) : m.start()]
        return bool(re.search(r"(?i:\b(?:in|since|by|until|till|during|before|after|from|through"
                              r"|of|early|late|mid|last|next|this|each|every|throughout)\s+)$", before))
    return text[m.end() : m.end() + 1] != "'"


def _valid_mdy(m: re.Match[str], text: str) -> bool:
    d = _day_of(m.group("d"))
    after = text[m.end() : m.end() + 12]
    # "March 3 people" style miscounts are rare; reject only obvious counts / percentages.
    if re.match(r"\s*(?:%|percent|per cent|million|billion)", after):
        return False
    return 1 <= d <= 31


def _valid_dmy(m: re.Match[str], text: str) -> bool:
    return m.group("mon") in ("May", "March", "Mar.", "Mar") or _valid_mdy(m, text)


def _valid_duration(m: re.Match[str], text: str) -> bool:
    num = m.group("num").lower()
    unit = m.group("unit").lower()
    if num in ("a", "an") and unit.startswith("second"):
        return False  # "a second time"
    if m.group("suffix") and m.group("suffix").lower() == "-old" or re.match(
        r"(?i)\s*old\b", text[m.end() : m.end() + 5]
    ):
        return False  # ages: "a 6-year-old", "52 years old"
    if unit.startswith("quarter") and (num in ("a", "an") or "-" in m.group(0)):
        return False  # fractions: "a quarter of", "three-quarters"
    if num in ("some", "many", "several") and not m.group("det") and unit.startswith("second"):
        return False
    if num in ("a", "an", "some") and unit in ("day", "night") and not m.group("det"):
        return text[m.end() : m.end() + 1] not in ("-",)
    return True


def _valid_refs(m: re.Match[str], text: str) -> bool:
    w = m.group("w").lower()
    if w == "current":
        # "current" as adjective of a time period or state ("current account" is finance jargon).
        return not re.match(r"\s+(?:account|affairs|events|flows?|sea|river|prices|dollars|assets"
                            r"|liabilities|density|of)\b", text[m.end() : m.end() + 16])
    if w.endswith("time") and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return False  # "at the time of its founding": the time is the event's, no time expression
    return not (w == "the past" and re.match(r"\s+(?:tense|participle|perfect)", text[m.end() :]))


def _valid_the_year(m: re.Match[str], text: str) -> bool:
    # "the month" and "the week" alone are too often not a date ("the month of May"); at an edge they are.
    return m.group("unit").lower() == "year" or bool(m.group("edge"))


_TERM_VERBS = re.compile(r"(?i:\b(?:serve[sd]?|serving|win|wins|won|winning|seek|seeks|sought|seeking|begin|begins"
                         r"|began|beginning|start|starts|started|starting|(?:re-?)?elected\s+(?:him\s+|her\s+)?to"
                         r"|(?:run|runs|ran|running|bid|bids|candidacy|campaign|campaigning)\s+for)\s+)$")


def _valid_term(m: re.Match[str], text: str) -> bool:
    return bool(_TERM_VERBS.search(text, max(0, m.start() - 40), m.start()))


def _valid_while(m: re.Match[str], text: str) -> bool:
    # "for a while", "in a while", "a while ago"; not the conjunction ("... while a ...").
    before = text[max(0, m.start() - 12) : m.start()]
    return bool(re.search(r"(?i:\b(?:for|in|after|within|take|took|takes|taken|been|wait|waited|only)\s+)$", before)
                or re.match(r"\s+(?i:ago|longer|later|earlier|before|back)\b", text[m.end() :]))


def _always(m: re.Match[str], text: str) -> bool:
    return True


# --------------------------------------------------------------------------------------------------
# Handlers: each returns a _Res (value etc.) or None
# --------------------------------------------------------------------------------------------------


def _h_iso(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _date_res(_Pt("day", d), "absolute") if d else None


def _resolve_dayref(m: re.Match[str], ctx: _Ctx, pos: int, text: str) -> tuple[_Pt, str] | None:
    if m.group("tmon"):
        mon, day = _month_of(m.group("tmon")), _day_of(m.group("tday"))
        if m.group("tyear"):
            d = _safe_date(int(m.group("tyear")), mon, day)
            return (_Pt("day", d), "absolute") if d else None
        y = _year_for_month_day(mon, day, ctx.dct, ctx.tense_at(pos))
        d = _safe_date(y, mon, day) if y else None
        return (_Pt("day", d), "publication") if d else None
    if m.group("twd"):
        tense = ctx.tense_at(pos)
        if tense == "present" or tense not in ("past", "future", "since") and _weekday_ahead(text, pos):
            tense = "future"
        d = _weekday_date(_WEEKDAYS[m.group("twd").lower()], ctx.dct, tense)
        return _Pt("day", d), "publication"
    if m.group("tword"):
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("tword").lower()]
        return _Pt("day", ctx.dct + dt.timedelta(days=off)), "publication"
    return None


def _h_clock(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    if m.group("noon"):
        w = m.group("noon").lower()
        hh, mm = (0, 0) if w == "midnight" else (12, 0)
    elif m.group("h24"):
        hh, mm = int(m.group("h24")), int(m.group("mi24"))
    else:
        hh, mm = int(m.group("h")), int(m.group("mi") or 0)
        if hh > 12:
            return None
        pm = m.group("ap").lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    day = _resolve_dayref(m, ctx, m.start(), text)
    if day is not None:
        base, anchor = day
    elif ctx.anchor is not None and ctx.anchor.gran == "day":
        base, anchor = ctx.anchor, "narrative"
    else:
        base, anchor = _Pt("day", ctx.dct), "publication"
    pt = _Pt("day", base.d, f"T{hh:02d}:{mm:02d}")
    mod = "APPROX" if m.group("app") else None
    return _Res("TIME", pt.value(), "day", anchor, mod, pt=pt)


def _h_mdy(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    mon, day = _month_of(m.group("mon")), _day_of(m.group("d"))
    rel = (m.group("rel") or "").lower()
    if m.group("y"):
        y: int | None = int(m.group("y"))
        anchor = "absolute"
    elif rel:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
        anchor = "publication"
    elif m.group("wd") and m.group("wd").lower().rstrip(".") in _WEEKDAYS:
        # A weekday pins the year: choose the candidate year where the weekday matches.
        wd = _WEEKDAYS[m.group("wd").lower().rstrip(".")]
        y = None
        for cy in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            d0 = _safe_date(cy, mon, day)
            if d0 and d0.weekday() == wd:
                y = cy
                break
        if y is None:
            y = _year_for_month_day(mon, day, ctx.dct, ctx.tense_at(m.start()))
        anchor = "publication"
    else:
        y = _year_for_month_day(mon, day, ctx.dct, ctx.tense_at(m.start()))
        anchor = "publication"
    if y is None:
        return None
    d = _safe_date(y, mon, day)
    if d is None:
        return None
    res = _date_res(_Pt("day", d), anchor)
    if m.group("d3"):
        # "April 24 and 25": two dates of the same month (and year); TimeML tags them apart.
        d3 = _safe_date(y, mon, _day_of(m.group("d3")))
        res.span = (m.start(), m.end("d"))
        if d3 is not None and d3 > d:
            second = _date_res(_Pt("day", d3), anchor)
            second.span = (m.start("d3"), m.end())
            res.more = [second]
        return res
    if m.group("d2"):
        mon2 = _month_of(m.group("mon2")) if m.group("mon2") else mon
        y2 = y + (1 if mon2 < mon else 0)
        d2 = _safe_date(y2, mon2, _day_of(m.group("d2")))
        if d2 is None or d2 <= d or (d2 - d).days > 366:
            # Not a range after all ("July 23-2"): keep just the first date.
            e = m.end("d")
            res.span = (m.start(), e)
            return res
        res.range_start, res.range_end = d.isoformat(), d2.isoformat()
        if m.group("mon2"):
            # "from Aug. 26 to Oct. 20": both ends are dates of their own; both carry the range.
            end = _date_res(_Pt("day", d2), anchor)
            end.range_start, end.range_end = res.range_start, res.range_end
            res.span, end.span = (m.start(), m.end("d")), (m.start("mon2"), m.end())
            res.more = [end]
    return res


def _h_week_of(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    mon, day = _month_of(m.group("mon")), _day_of(m.group("d"))
    y = int(m.group("y")) if m.group("y") else _year_for_month_day(mon, day, ctx.dct, ctx.tense_at(m.start()))
    d = _safe_date(y, mon, day) if y else None
    return _date_res(_pt(d, "week"), "absolute" if m.group("y") else "publication") if d else None


def _h_dmy(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    mon, day = _month_of(m.group("mon")), _day_of(m.group("d"))
    if m.group("y"):
        y: int | None = int(m.group("y"))
        anchor = "absolute"
    else:
        y = _year_for_month_day(mon, day, ctx.dct, ctx.tense_at(m.start()))
        anchor = "publication"
    d = _safe_date(y, mon, day) if y else None
    return _date_res(_Pt("day", d), anchor) if d else None


def _h_my(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    mon = _month_of(m.group("mon"))
    if m.group("y"):
        y = _year_of(m.group("y"))
        anchor = "absolute"
    else:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        anchor = "publication"
    if y is None or not 1 <= y <= 9999:
        return None
    mod = _EDGE_MOD.get(_norm(m.group("edge"))) if m.group("edge") else None
    return _date_res(_Pt("month", dt.date(y, mon, 1)), anchor, mod)


def _h_season_year(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    code = _SEASONS[m.group("s").lower()]
    if m.group("y"):
        y = _year_of(m.group("y"))
        anchor = "absolute"
    else:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        anchor = "publication"
    if y is None:
        return None
    mod = _EDGE_MOD.get(_norm(m.group("edge"))) if m.group("edge") else None
    return _date_res(_Pt("season", dt.date(y, 1, 1), code), anchor, mod)


def _h_year_range(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    y1, y2s = m.group("y1"), m.group("y2")
    y2 = y2s if len(y2s) == 4 else y1[:2] + y2s
    # "between 1982 and 1992", "2011-2014", "1998-99": two dates (as TimeML tags them), both carrying the range.
    res = _date_res(_Pt("year", dt.date(int(y1), 1, 1)), "absolute")
    end = _date_res(_Pt("year", dt.date(int(y2), 1, 1)), "absolute")
    res.span, end.span = (m.start("y1"), m.end("y1")), (m.start("y2"), m.end())
    res.range_start, res.range_end = end.range_start, end.range_end = y1, y2
    res.more = [end]
    return res

# Prepositions before "the coming century" / "the past decade" that make it measure a length of time.
_MEASURES_BEFORE = re.compile(r"(?i:\b(?:over|throughout|for|within|across)\s+)$")


def _h_rel(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    rel = _norm(m.group("rel"))
    unit_raw = m.group("unit")
    unit = _norm(unit_raw)
    edge = _norm(m.group("edge")) if m.group("edge") else ""
    mod = _EDGE_MOD.get(edge) if edge else None
    dct = ctx.dct
    narrative = rel in ("that", "the same", "the following", "the previous", "the preceding", "following",
                        "the very", "later that", "earlier that") or (
        rel in ("the next",) and unit in ("day", "morning", "afternoon", "evening", "night"))
    if rel in ("later that", "earlier that"):
        mod = "END" if rel.startswith("later") else "START"
    step = 0
    if rel in ("last", "past", "the past", "the last", "previous", "the previous", "the preceding",
               "this past"):
        step = -1
    elif rel in ("next", "the next", "coming", "the coming", "following", "the following", "this coming"):
        step = 1
    base = ctx.ref() if narrative else _Pt("day", dct)
    anchor = "narrative" if narrative and ctx.anchor is not None else "publication"
    # Month name: "last April", "this September", "next May".
    if unit_raw[0].isupper() and unit in _MONTHS:
        mon = _MONTHS[unit]
        if step < 0:
            y = dct.year if mon < dct.month else dct.year - 1
        elif step > 0:
            y = dct.year if mon > dct.month else dct.year + 1
        else:
            y = dct.year
        return _date_res(_Pt("month", dt.date(y, mon, 1)), "publication", mod)
    if unit in _WEEKDAYS:
        if narrative and ctx.anchor is not None and ctx.anchor.gran == "day":
            ref = ctx.anchor.d
            wd = _WEEKDAYS[unit]
            # Strictly after (or before) the story's day: "the previous Friday" of a Friday is a week earlier.
            delta = ((wd - ref.weekday()) % 7 or 7) if step >= 0 else -((ref.weekday() - wd) % 7 or 7)
            d = ref + dt.timedelta(days=delta)
            return _date_res(_Pt("day", d), "narrative", mod)
        d = _weekday_date(_WEEKDAYS[unit], dct, None, rel)
        return _date_res(_Pt("day", d), "publication", mod)
    if unit in _SEASONS:
        code = _SEASONS[unit]
        smon = _SEASON_MONTH[code]
        y = dct.year
        if step < 0:
            y = dct.year if smon + 2 < dct.month else dct.year - 1
        elif step > 0:
            y = dct.year if smon > dct.month else dct.year + 1
        elif narrative:
            y = base.d.year
        if code == "WI" and dct.month <= 2 and step <= 0 and not narrative:
            y -= 1  # in February "this winter" began last December (2023-WI), "last winter" the year before
        return _date_res(_Pt("season", dt.date(y, 1, 1), code), anchor if narrative else "publication", mod)
    if unit in ("morning", "afternoon", "evening", "night"):
        part = "T" + _PARTS[unit]
        if rel in ("last",) and unit in ("night", "evening"):
            return _date_res(_Pt("day", dct - dt.timedelta(days=1), part), "publication", mod)
        if rel in ("this",):
            return _date_res(_Pt("day", dct, part), "publication", mod)
        if narrative or rel in ("the next", "the following", "the previous"):
            b = base.d if base.gran == "day" else dct
            return _date_res(_Pt("day", b + dt.timedelta(days=step), part), anchor, mod)
        return None
    if unit == "day":
        if rel in ("this", "the very", "that", "the same", "later that", "earlier that", "the following",
                   "the next", "the previous", "the preceding", "following"):
            if base.gran != "day":
                return _date_res(base, anchor, mod)
            return _date_res(_Pt("day", base.d + dt.timedelta(days=step)), anchor, mod)
        return None  # "the past day", "last day" are rarely dates
    if unit in ("decade", "century") and step and _MEASURES_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return _Res("DURATION", _dur_value(1, unit), mod=mod)  # "over the coming century": a length of time
    gran = {"week": "week", "weekend": "week", "month": "month", "year": "year", "fiscal year": "year",
            "calendar year": "year", "school year": "year", "decade": "decade", "century": "century"}[unit]
    extra = "WE" if unit == "weekend" else ""
    if narrative:
        if base.gran == gran or _GRAN_ORDER.get(base.gran, 9) <= _GRAN_ORDER[gran]:
            pt = _pt(_shift(base.d, gran, step), gran, extra)
        else:
            pt = base
        return _date_res(pt, anchor, mod)
    if rel in ("the current", "current"):
        step = 0
    pt = _pt(_shift(dct, gran, step), gran, extra)
    return _date_res(pt, "publication", mod)


def _h_day_after(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    w = _norm(m.group("w"))
    if w.endswith("yesterday"):
        return _date_res(_Pt("day", ctx.dct - dt.timedelta(days=2)), "publication")
    if w.endswith("tomorrow"):
        return _date_res(_Pt("day", ctx.dct + dt.timedelta(days=2)), "publication")
    unit = w.split()[1]
    step = -1 if w.endswith("before") else 1
    base = ctx.ref()
    gran = {"day": "day", "night": "day", "morning": "day", "evening": "day", "week": "week",
            "month": "month", "year": "year"}[unit]
    extra = "T" + _PARTS[unit] if unit in _PARTS else ""
    anchor = "narrative" if ctx.anchor is not None else "publication"
    return _date_res(_pt(_shift(base.d, gran, step), gran, extra), anchor)


def _h_dayword(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    res = _dayword_res(m, ctx, text)
    if res is not None and m.group("w").endswith("'s") and not m.group("part"):
        res.span = (m.start(), m.end("w") - 2)  # "Friday's meeting": the expression is "Friday"
    return res


def _dayword_res(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    w_raw = m.group("w")
    w = w_raw.lower()
    if w.endswith("'s"):
        w = w[:-2]
    edge = (m.group("edge") or m.group("ppre") or "").lower().strip(" -")
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}.get(edge)
    part = m.group("part") or m.group("part0")
    if w in ("today", "tonight", "yesterday", "tomorrow"):
        d = ctx.dct + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w])
        if w == "tonight":
            return _Res("TIME", d.isoformat() + "TNI", "day", "publication", mod, pt=_Pt("day", d, "TNI"))
        pt = _Pt("day", d, "T" + _PARTS[part.lower()] if part else "")
        return _date_res(pt, "publication", mod)
    if m.group("w")[0].islower():
        return None
    tense = ctx.tense_at(m.start())
    # A weekday in a present-tense clause lies ahead ("the final is Sunday"), unless it is a possessive
    # ("Tuesday's declaration"): that names something done, whatever the tense of the clause around it.
    if tense == "present" and not w_raw.endswith("'s") \
            or tense not in ("past", "future", "since") and _weekday_ahead(text, m.start()):
        tense = "future"
    d = _weekday_date(_WEEKDAYS[w], ctx.dct, tense)
    pt = _Pt("day", d, "T" + _PARTS[part.lower()] if part else "")
    return _date_res(pt, "publication", mod)


def _h_partofday(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    rel, part = m.group("rel").lower(), m.group("part").lower()
    d = ctx.dct - dt.timedelta(days=1) if rel == "last" else ctx.dct
    if rel == "last" and part in ("morning", "afternoon"):
        return None
    return _date_res(_Pt("day", d, "T" + _PARTS[part]), "publication")


def _h_overnight(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    """"overnight" in a news story is the night before publication, told as the window from that evening to the
    publication day ("struck the capital overnight", published on the 24th: the night of the 23rd)."""
    night = ctx.dct - dt.timedelta(days=1)
    # no narrative anchor: "down from the previous Friday" after it still counts from publication
    return _Res("TIME", night.isoformat() + "TNI", "day", "publication", range_start=night.isoformat(),
                range_end=ctx.dct.isoformat())


def _h_ago(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    res = _ago_res(m, ctx, text)
    if res is not None and res.span is None and m.group("app") and _approx_outside(m):
        res.span, res.mod = (_after_approx(m), m.end()), None  # "just a decade ago"
    return res


def _ago_res(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    n = _num(m.group("num"))
    unit = _unit_of(m.group("unit"))
    direction = _norm(m.group("dir"))
    if direction in ("before", "after"):
        # "two days before/after X" is a duration plus a signal unless it ends the clause.
        if not re.match(r"\s*[,.;)]|\s*$", text[m.end() :]):
            return _duration_res(m, text, span_end=m.end("unit"))
        direction = "earlier" if direction == "before" else "later"
    if direction == "from now":
        # TimeML: a length of time and the moment it is counted from, "five years" (P5Y) and "now" (PRESENT_REF).
        res = _duration_res(m, text, span_end=m.end("unit"))
        if res is not None:
            res.more = [_Res("DATE", "PRESENT_REF", anchor="publication", span=(m.end() - 3, m.end()))]
        return res
    mod = _APPROX_MOD.get(_norm(m.group("app"))) if m.group("app") else None
    gran = {"second": "day", "minute": "day", "hour": "day", "night": "day", "weekend": "week",
            "fortnight": "day"}.get(unit, unit)
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    if n is None:
        # "several years ago", "a few days ago": vague past/future reference at the unit granularity.
        if direction == "ago":
            return _Res("DATE", "PAST_REF", None, "publication", mod)
        return _Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, "narrative", mod)
    k = int(n) if n == int(n) else n
    if direction in ("ago", "from now", "hence", "back"):
        base = _Pt("day", ctx.dct)
        anchor = "publication"
        # Financial reports compare with "a year ago" at the granularity of the period discussed.
        if ctx.anchor is not None and ctx.anchor.gran == "quarter" and unit == "year":
            base, gran = ctx.anchor, "quarter"
    else:
        base = ctx.ref()
        anchor = "narrative" if ctx.anchor is not None else "publication"
        if ctx.anchor is not None and _GRAN_ORDER.get(base.gran, 9) < _GRAN_ORDER.get(gran, 9):
            gran = base.gran  # "a year earlier" than a day/quarter stays a day/quarter
    if not isinstance(k, int):
        # Fractional units: move by the equivalent days/months.
        if unit in ("year", "decade", "century"):
            months = round(k * {"year": 12, "decade": 120, "century": 1200}[unit])
            d = _add_months(base.d, sign * months)
            return _date_res(_pt(d, "year" if months % 12 == 0 else "month"), anchor, mod)  # half a century ago
        return None
    if unit in ("second", "minute", "hour"):
        res = _date_res(_Pt("day", base.d), anchor, mod)
    else:
        d = _shift(base.d, "week" if unit == "weekend" else unit, sign * k)
        res = _date_res(_pt(d, gran), anchor, mod)
    if base.gran == "quarter":
        res.pt = None  # a comparison period ("a year ago") does not move the story's time
    return res


def _h_quarter(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    res = _quarter_res(m, ctx, text)
    if res is not None and res.span is None and m.group("det") and m.group("ord") and not m.group("adjs") \
            and "-" in text[m.end("ord") : m.start("qh")]:
        res.span = (m.start("ord"), m.end())  # "its third-quarter loss": TimeBank leaves the determiner out
    return res


def _quarter_res(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    det = _norm(m.group("det") or "")
    adjs = _norm(m.group("adjs") or "")
    ordw = (m.group("ord") or "").lower()
    qh = m.group("qh").lower()
    dct = ctx.dct
    if qh == "period" and not adjs and not ordw:
        return None  # bare "the period" is too vague
    if qh == "period" and ordw:
        return None
    if not det and not adjs and not ordw and not m.group("yp"):
        return None  # bare "quarter"
    if qh != "period" and not ordw and not det and not re.search(r"\d", adjs) and not m.group("yp"):
        return None
    year_shift = 0
    if "year-earlier" in adjs or "year-ago" in adjs or "year earlier" in adjs or det == "last year's":
        year_shift = -1
    if det == "next year's":
        year_shift = 1
    explicit: int | None = None
    for g in ("yp", "yof", "yafter"):
        v = m.group(g)
        if v and v[:4].isdigit():
            explicit = int(v[:4])
        elif v:
            explicit = dct.year + {"this": 0, "last": -1, "next": 1}[v.split()[0].lower()]
    ym = re.search(r"\d{4}", adjs)
    if ym and explicit is None:
        explicit = int(ym.group())
    anchor = "absolute" if explicit is not None else "publication"
    if qh == "half":
        if not ordw:
            return None
        h = 1 if ordw in ("first", "1st") else 2
        y = explicit if explicit is not None else dct.year
        pt = _Pt("half", dt.date(y + year_shift, 1 if h == 1 else 7, 1))
        return _date_res(pt, anchor)
    if ordw:
        q = _ORDWORDS.get(ordw) or int(ordw[0])
        q = min(q, 4)
        if explicit is not None:
            y = explicit
        else:
            y = dct.year
            qstart = dt.date(y, (q - 1) * 3 + 1, 1)
            if qstart > dct and ctx.tense_at(m.start()) != "future":
                y -= 1
        res = _date_res(_Pt("quarter", dt.date(y + year_shift, (q - 1) * 3 + 1, 1)), anchor)
        if year_shift:
            res.pt = None
        return res
    # No ordinal: "the quarter", "this quarter", "the latest period", "the year-ago quarter".
    if explicit is not None:
        base = ctx.anchor if ctx.anchor is not None and ctx.anchor.gran == "quarter" else None
        # Without a quarter in the story, "the 1988 quarter" compares with the last completed one, as "the quarter".
        month = base.d.month if base else _shift(_floor(dct, "quarter"), "quarter", -1).month
        return _date_res(_Pt("quarter", dt.date(explicit + year_shift, month, 1)), "absolute")
    if det == "this" or "current" in adjs:
        pt = _pt(dct, "quarter")
    elif det == "last" or "previous" in adjs or "preceding" in adjs:
        pt = _pt(_shift(dct, "quarter", -1), "quarter")
    elif det == "next":
        pt = _pt(_shift(dct, "quarter", 1), "quarter")
    elif ctx.anchor is not None and ctx.anchor.gran == "quarter":
        pt = ctx.anchor
        anchor = "narrative"
    else:
        # Company reports speak of the last completed quarter.
        pt = _pt(_shift(dct, "quarter", -1), "quarter")
    if year_shift:
        res = _date_res(_Pt("quarter", _shift(pt.d, "year", year_shift)), anchor)
        res.pt = None  # the comparison quarter does not become the story's quarter
        return res
    return _date_res(pt, anchor)


def _h_qcode(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    q = int((m.group("q") or m.group("q2"))[1])
    ys = m.group("y") or m.group("y2")
    y = int(ys) if ys else ctx.dct.year
    return _date_res(_Pt("quarter", dt.date(y, (q - 1) * 3 + 1, 1)), "absolute" if ys else "publication")


def _h_decade(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    if m.group("dy"):
        y = int(m.group("dy"))
    elif m.group("d2"):
        y = ctx.dct.year // 100 * 100 + int(m.group("d2"))
        if y > ctx.dct.year:
            y -= 100
    else:
        words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        idx = words.index(m.group("dw").lower())
        y = 1920 + idx * 10
    mod = _EDGE_MOD.get(_norm(m.group("edge"))) if m.group("edge") else None
    return _date_res(_Pt("decade", dt.date(y, 1, 1)), "absolute", mod)


def _h_century(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    n = m.group("n").lower()
    num = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}.get(n)
    if num is None:
        num = int(re.match(r"\d+", n).group())  # type: ignore[union-attr]
    if not 1 <= num <= 21:
        return None
    return _date_res(_Pt("century", dt.date((num - 1) * 100 or 1, 1, 1)), "absolute")


def _h_year(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    y = _year_of(m.group("y"))
    if y is None or not 1000 <= y <= 2999:
        return None
    edge = _norm(m.group("edge")) if m.group("edge") else ""
    fy = _norm(m.group("fy") or "")
    mod = _EDGE_MOD.get(edge) if edge else None
    if fy == "the end of":
        mod = "END"
    if fy in ("year end", "year-end"):
        return _date_res(_Pt("day", dt.date(y, 12, 31)), "absolute")
    res = _date_res(_Pt("year", dt.date(y, 1, 1)), "absolute", mod)
    after = text[m.end() : m.end() + 20]
    if re.match(r"\s+(?i:(?:or|and)\s+(?:later|beyond|after))", after):
        e = m.end() + re.match(r"\s+\w+\s+\w+", after).end()  # type: ignore[union-attr]
        res.mod, res.span = "ON_OR_AFTER", (m.start(), e)
    return res


def _h_season(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    det = m.group("det").lower()
    code = _SEASONS[m.group("s").lower()]
    if m.group("s").lower() == "fall" and det == "the" and re.match(r"\s+(?:of|in)\s", text[m.end() :]) \
            and not re.match(r"\s+of\s+(?:\d{4}|this|last|next)", text[m.end() :]):
        return None  # "the fall of the Berlin Wall"
    if ctx.anchor is not None and ctx.anchor.gran in ("year", "season"):
        y, anchor = ctx.anchor.d.year, "narrative"
    else:
        smon = _SEASON_MONTH[code]
        y = _year_for_month(smon % 12 + 1, ctx.dct, ctx.tense_at(m.start()))  # winter's middle month is 1
        if code == "WI":
            y -= 1  # a winter is named by the year it begins in: January 2025 is in 2024-WI
        anchor = "publication"
    edge = (m.group("edge") or "").lower()
    mod = _EDGE_MOD.get(edge) if edge else None
    res = _date_res(_Pt("season", dt.date(y, 1, 1), code), anchor, mod)
    if det == "in" and not m.group("edge"):
        res.span = (m.start("det") + 3, m.end())  # TimeML spans leave the preposition out
    return res


def _h_month(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    mon = _month_of(m.group("mon"))
    edge = _norm(m.group("edge")) if m.group("edge") else ""
    if ctx.anchor is not None and ctx.anchor.gran in ("year",) and ctx.anchor.d.year != ctx.dct.year \
            and _near_anchor(text, ctx.anchor_end, m.start()):
        y, anchor = ctx.anchor.d.year, "narrative"
    else:
        y, anchor = _year_for_month(mon, ctx.dct, ctx.tense_at(m.start())), "publication"
    mod = _EDGE_MOD.get(edge) if edge else None
    return _date_res(_Pt("month", dt.date(y, mon, 1)), anchor, mod)


def _near_anchor(text: str, anchor_end: int, pos: int) -> bool:
    # A bare month follows an explicit earlier year only within the same sentence.
    return pos - anchor_end <= 120 and not re.search(r"[.!?]\s", text[anchor_end:pos])


def _h_ordday(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    day = int(m.group("d"))
    dct = ctx.dct
    cands: list[tuple[int, dt.date]] = []
    for k in (-1, 0, 1):
        md = _add_months(dct.replace(day=1), k)
        d = _safe_date(md.year, md.month, day)
        if d:
            cands.append((k, d))
    if not cands:
        return None
    tense = ctx.tense_at(m.start())
    k = _pick_year(cands, dct, tense, past_lead=0)  # months apart: "left on the 23rd" is not next month
    d = next(c[1] for c in cands if c[0] == k)
    res = _date_res(_Pt("day", d), "publication")
    res.span = (m.start("t"), m.end())
    return res


def _h_set(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    unit_raw = m.group("unit")
    n = _num(m.group("num")) if m.group("num") else 1.0
    if m.group("other"):
        n = 2.0
    if unit_raw[0].isupper():
        key = unit_raw.lower().rstrip("s")
        if key in _WEEKDAYS:
            return _Res("SET", f"XXXX-WXX-{_WEEKDAYS[key] + 1}")
        if key in _MONTHS:
            return _Res("SET", f"XXXX-{_MONTHS[key]:02d}")
    u = unit_raw.lower()
    if u.rstrip("s") in _PARTS:
        return _Res("SET", f"XXXX-XX-XXT{_PARTS[u.rstrip('s')]}")
    unit = _unit_of(u)
    if unit == "weekend":
        return _Res("SET", "XXXX-WXX-WE")
    return _Res("SET", _dur_value(n, unit))


def _h_setadv(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    return _Res("SET", _SET_ADVERBS[m.group("w").lower()])


def _h_weekdays_set(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    part = m.group("part")
    v = f"XXXX-WXX-{_WEEKDAYS[m.group('wd').lower()] + 1}"
    if part:
        v += "T" + _PARTS[part.lower().rstrip("s")]
    return _Res("SET", v)

# Words before a length of time that TimeBank leaves outside the expression: "within 18 months", "only six
# months", "just a decade ago", and "over" as a preposition ("over the next two years", "over several years");
# "over a week", "about a decade", "more than four hours" keep theirs.
_APPROX_OUTSIDE = frozenset({"within", "only", "just", "barely"})


def _approx_outside(m: re.Match[str]) -> bool:
    app = _norm(m.group("app"))
    if app in _APPROX_OUTSIDE:
        return True
    groups = m.groupdict()
    return app == "over" and bool(groups.get("det") or groups.get("adj") or _num(m.group("num")) is None)


def _after_approx(m: re.Match[str]) -> int:
    """Where the expression starts when its approximator stays outside: the next word."""
    groups = m.groupdict()
    return next(m.start(g) for g in ("det", "adj", "num") if groups.get(g))


def _duration_res(m: re.Match[str], text: str, span_end: int | None = None) -> _Res | None:
    n = _num(m.group("num"))
    if n is not None and "half" in m.groupdict() and m.group("half"):
        n += 0.5  # "a minute and a half"
    unit = _unit_of(m.group("unit"))
    app = m.group("app")
    outside = bool(app) and _approx_outside(m)
    mod = _APPROX_MOD.get(_norm(app)) if app and not outside else None
    if unit == "weekend":
        return None
    res = _Res("DURATION", _dur_value(n, unit), None, None, mod)
    if span_end is not None or outside:
        res.span = (_after_approx(m) if outside else m.start(), m.end() if span_end is None else span_end)
    return res


_TIMES_BEFORE = re.compile(r"(?i:\b(?:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+)$")


def _h_duration(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    num = m.group("num").lower()
    det = _norm(m.group("det") or "")
    start = m.start()
    if det == "for the":
        start = m.start("det") + 4
    elif det in ("all",):
        start = m.start("det") + 4 if not m.group("app") else start
    # "$5 a year", "twice a week": a frequency, not a length of time.
    if (num in ("a", "an", "per") or det == "a") and _MONEYISH.search(text[max(0, start - 30) : start]):
        unit = _unit_of(m.group("unit"))
        frequency = _Res("SET", _dur_value(1, unit))
        times = _TIMES_BEFORE.search(text, max(0, start - 24), start)
        frequency.span = (times.start() if times else m.start("num"), m.end())  # TimeML: "twice a week" is the SET
        return frequency
    res = _duration_res(m, text)
    if res is None:
        return None
    if res.span is not None:
        start = res.span[0]
    if (det or m.group("adj")) and not m.group("app") and _adjectival(m):
        start = m.start("num")  # "the two-week crisis", "the 14-day waiting period": TimeBank leaves "the" out
    if start != m.start():
        res.span = (start, m.end())
    return res


def _adjectival(m: re.Match[str]) -> bool:
    """A length of time used as an adjective: "two-week", "30-day", "two day" (a plural number, a singular unit)."""
    if "-" in m.string[m.end("num") : m.start("unit")]:
        return True
    n = _num(m.group("num"))
    return n is not None and n > 1 and not m.group("unit").lower().endswith("s")


def _h_vague_dur(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    w = _norm(m.group("w"))
    unit = _unit_of(w.split()[-1]) if not w.endswith("ahead") else _unit_of(w.split()[-2])
    if m.group("lead"):
        return _Res("DURATION", _dur_value(None, unit), span=(m.start("bare"), m.end()))
    if w in ("recent years", "the past years", "past years"):
        return _Res("DATE", "PAST_REF", anchor="publication")
    return _Res("DURATION", _dur_value(None, unit))


def _h_refs(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    w = _norm(m.group("w"))
    if w in ("at that time", "at the time", "by then", "that time"):
        s = m.start() if w == "that time" else m.start() + len(w.split()[0]) + 1
        if ctx.anchor is None:
            return _Res("DATE", "PAST_REF", anchor="publication", span=(s, m.end()))
        res = _date_res(ctx.anchor, "narrative")
        res.span = (s, m.end())
        res.pt = None  # does not move the narrative time
        return res
    if w == "in recent years":
        return _Res("DATE", "PAST_REF", anchor="publication", span=(m.start() + 3, m.end()))
    if w in ("recently", "lately", "the past", "formerly", "once upon a time"):
        return _Res("DATE", "PAST_REF", anchor="publication")
    if w in ("the future", "the near future", "the distant future", "a later date", "the near term",
             "the short term", "the long term"):
        return _Res("DATE", "FUTURE_REF", anchor="publication")
    return _Res("DATE", "PRESENT_REF", anchor="publication")


def _h_yearadj(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    w = _norm(m.group("w"))
    if w.startswith("year-"):
        # Compared with the same period a year before: the story's quarter if there is one.
        if ctx.anchor is not None and ctx.anchor.gran == "quarter":
            res = _date_res(_Pt("quarter", _shift(ctx.anchor.d, "year", -1)), "narrative")
        else:
            res = _date_res(_pt(_shift(ctx.dct, "year", -1), "year"), "publication")
        res.pt = None
        return res
    return _date_res(_Pt("day", dt.date(ctx.dct.year, 12, 31)), "publication")


def _h_the_year(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    before = text[max(0, m.start() - 12) : m.start()].lower()
    after = text[m.end() : m.end() + 12]
    if re.match(r"\s*(?:-|earlier|ago|before|after|\d|of\b|in which|when|that|to\b)", after):
        return None
    unit = m.group("unit").lower()
    edge = _norm(m.group("edge"))
    if not edge and (re.search(r"(?:for|over|during|throughout)\s+$", before) or _norm(m.group("adj")) == "fiscal"):
        return _Res("DURATION", "P1Y")  # TimeBank: "in the fiscal year ended June 30" is a length, as "the nine months"
    mod = _EDGE_MOD.get(edge) if edge else None
    finer = {"year": ("year", "quarter", "half", "month", "day"), "month": ("month", "day"), "week": ("day",)}[unit]
    if ctx.anchor is not None and ctx.anchor.gran in finer:
        return _date_res(_pt(ctx.anchor.d, unit), "narrative", mod)
    return _date_res(_pt(ctx.dct, unit), "publication", mod)


def _h_term(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    return _Res("DURATION", "PXY")


def _h_while(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    return _Res("DURATION", "PXX")


def _h_weekend(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    dct = ctx.dct
    tense = ctx.tense_at(m.start())
    sat = dct + dt.timedelta(days=5 - dct.weekday())  # Saturday of this ISO week
    if tense != "future" and sat > dct:
        sat -= dt.timedelta(days=7)
    return _date_res(_Pt("week", _floor(sat, "week"), "WE"), "publication")


def _h_holiday(m: re.Match[str], ctx: _Ctx, text: str) -> _Res | None:
    w = _norm(m.group("w"))
    md = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
          "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
          "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31)}.get(w)
    y0 = int(m.group("y")) if m.group("y") else None
    tense = ctx.tense_at(m.start())
    if md is None:
        # Floating holidays (US): nth weekday of a month, plus some days (Election Day: the Tuesday after the
        # first Monday of November).
        spec = {"thanksgiving": (11, 3, 4, 0), "thanksgiving day": (11, 3, 4, 0), "labor day": (9, 0, 1, 0),
                "memorial day": (5, 0, -1, 0), "election day": (11, 0, 1, 1)}.get(w)
        if spec is None:
            return None
        mon, wd, nth, plus = spec

        def nth_wd(y: int) -> dt.date:
            if nth > 0:
                d = dt.date(y, mon, 1)
                d += dt.timedelta(days=(wd - d.weekday()) % 7 + 7 * (nth - 1))
            else:
                last = dt.date(y, mon, calendar.monthrange(y, mon)[1])
                d = last - dt.timedelta(days=(last.weekday() - wd) % 7)
            return d + dt.timedelta(days=plus)

        if y0:
            return _date_res(_Pt("day", nth_wd(y0)), "absolute")
        cands = [(y, nth_wd(y)) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        y = _pick_year(cands, ctx.dct, tense)
        return _date_res(_Pt("day", nth_wd(y)), "publication")
    if y0:
        return _date_res(_Pt("day", dt.date(y0, *md)), "absolute")
    y = _year_for_month_day(md[0], md[1], ctx.dct, tense) or ctx.dct.year
    return _date_res(_Pt("day", dt.date(y, *md)), "publication")


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().split())


# --------------------------------------------------------------------------------------------------
# The rules: each declared once, with its pattern, anchors, validator, handler and examples
# --------------------------------------------------------------------------------------------------

EXAMPLE_DCT = dt.date(2024, 7, 24)  # a Wednesday: the publication date of every rule's examples


class Example(NamedTuple):
    """A sentence, the expression the rule finds in it and its value, published on EXAMPLE_DCT; `tense` is
    what the caller's tense callback answers for it (None: no callback)."""

    text: str
    span: str
    value: str
    tense: str | None = None


@dataclass(frozen=True)
class Rule:
    """One time rule. `anchors` are lower-case strings of which every match contains at least one
    ("digits": a run of digits, "years": a run of four or more): the rule runs only near them.
    `valid` rejects a match before overlaps are resolved; `handle` gives its value. Earlier rules win ties."""

    name: str
    pattern: str
    anchors: tuple[str, ...]
    handle: Callable[[re.Match[str], _Ctx, str], _Res | None]
    examples: tuple[Example, ...]
    valid: Callable[[re.Match[str], str], bool] = _always
    # How far a match runs past the end of its anchor (and what its closing lookaround reads): rules whose anchor
    # is their last word scan less text.
    reach_after: int = _ANCHOR_REACH

    def __post_init__(self) -> None:
        if not self.anchors:
            raise ValueError(f"time rule {self.name!r}: every rule needs its anchors")
        if not self.examples:
            raise ValueError(f"time rule {self.name!r}: every rule needs an example")

    def compile(self) -> re.Pattern[str]:
        # Every rule starts at a word start: the lookbehind lets the engine skip mid-word positions fast.
        p = self.pattern
        return re.compile(p if p.startswith(("(?<", "\\b")) else r"(?<![\w'])" + p)


RULES: tuple[Rule, ...] = (
    # ISO and numeric dates.
    Rule("iso", rf"(?<![\w-])(?P<y>{_YEAR4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])",
         anchors=("years",),
         handle=_h_iso,
         examples=(Example("Filed on 2024-07-23 in Minsk.", "2024-07-23", "2024-07-23"),)),
    Rule("numdate", r"(?<![\w/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>(?:19|20)\d\d)(?![\w/])",
         anchors=("/",),
         handle=_h_iso,
         examples=(Example("The form is dated 7/23/2024.", "7/23/2024", "2024-07-23"),)),
    # Clock times, optionally with zone and day: "5 p.m. EST Nov. 9", "10 p.m. Wednesday", "noon Thursday".
    Rule("clock", rf"(?:(?P<app>(?i:about|around|approximately|shortly\s+(?:before|after)))\s+)?{_TIME_OF_DAY}"
                  r"(?:\s*(?P<tz>[ECMP][SD]T|GMT|UTC|(?i:local\s+time)))?"
                  rf"(?:,?\s+(?:on\s+)?{_DAYREF})?",
         anchors=("am", "pm", "a.", "p.", ":", "noon", "midnight", "midday"),
         handle=_h_clock,
         examples=(
             Example("The talks start at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "2023-11-09T17:00", "past"),
             Example("They met at noon Thursday.", "noon Thursday", "2024-07-18T12:00", "past"),
             Example("The final is Sunday at 18:00 local time.", "18:00 local time", "2024-07-28T18:00", "present"),
         )),
    # Month day [year] [this/last/next year], with optional weekday and range: "Friday, Oct. 13",
    # "July 23-26", "July 23 to 25", "Sept. 30, 1989", "September 13 last year"; "April 24 and 25" gives two dates.
    Rule("mdy", rf"(?:(?P<wd>{_WEEKDAY}|{_WD_ABBR}),?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})"
                rf"(?:\s*(?:-|–|(?i:to|through|until|till))\s*(?:(?P<mon2>{_MONTH})\s+)?(?P<d2>{_DAY})"
                rf"|\s+(?i:and|or|&)\s+(?P<d3>{_DAY})(?=\s*(?:[,.;:)]|$|(?i:this|last|next)\s+year\b)))?"
                rf"(?:,?\s+(?P<y>{_YEAR4})(?![\d,]\d)|\s+(?P<rel>(?i:this|last|next))\s+year\b)?",
         anchors=_MONTH_ANCHORS,
         handle=_h_mdy, valid=_valid_mdy,
         examples=(
             Example("On Friday, Oct. 13, 1989, stocks fell.", "Friday, Oct. 13, 1989", "1989-10-13"),
             Example("On September 13 last year, Kim visited Russia.", "September 13 last year", "2023-09-13", "past"),
         )),
    # Day month [year]: "23 July 2024", "the 23rd of July".
    Rule("dmy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})"
                rf"(?:,?\s+(?P<y>{_YEAR4})(?!\d))?",
         anchors=_MONTH_ANCHORS,
         handle=_h_dmy, valid=_valid_dmy,
         examples=(Example("The treaty was signed on 23 July 2024.", "23 July 2024", "2024-07-23"),)),
    # Month year: "December 2018", "mid-November 1995", "January this year", "the winter of 1994".
    Rule("my", rf"(?:(?P<edge>{_EDGE})[- ]+)?(?P<mon>{_MONTH})(?:\s+of)?,?\s+"
               rf"(?:(?P<y>{_YEAR})|(?P<rel>(?i:this|last|next))\s+year\b)",
         anchors=_MONTH_ANCHORS,
         handle=_h_my,
         examples=(
             Example("The last time was in December 2018.", "December 2018", "2018-12"),
             Example("Prices rose in mid-November 1995.", "mid-November 1995", "1995-11"),
         )),
    Rule("season_year", rf"(?:(?P<edge>(?i:{_EDGE}))[- ]+)?(?:(?i:the)\s+)?(?P<s>(?i:spring|summer|fall|autumn|winter))"
                        rf"(?:\s+of)?,?\s+(?:(?P<y>{_YEAR})|(?P<rel>(?i:this|last|next))\s+year\b)",
         anchors=_SEASON_ANCHORS,
         handle=_h_season_year,
         examples=(Example("It snowed in the winter of 1994.", "the winter of 1994", "1994-WI"),)),
    # Year ranges: "between 2016 and 2018", "from 2016 to 2018", "2016-2018".
    Rule("year_range", rf"(?:(?P<pfx>(?i:between|from))\s+)?(?P<y1>{_YEAR4})\s*(?P<sep>-|–|(?i:to|and|through|until))"
                       rf"\s*(?P<y2>{_YEAR4}|\d\d)(?![\w%-])",
         anchors=("years",),
         handle=_h_year_range, valid=_valid_year_range,
         examples=(
             Example("Output fell between 1982 and 1992.", "1982", "1982"),
             Example("Output fell in 2011-2014.", "2014", "2014"),
             Example("Output fell in 1998-99.", "99", "1999"),
         )),
    # Relative to publication / narrative: "last week", "this year", "next Tuesday", "that evening",
    # "earlier this month", "the following day", "the past year", "the current fiscal year".
    Rule("rel", rf"(?:(?P<edge>(?i:{_EDGE}))[- ]+(?:(?i:in)\s+)?)?"
                r"(?P<rel>(?i:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current"
                r"|the\s+previous|the\s+preceding|the\s+following|the\s+same|the\s+very|later\s+that|earlier\s+that"
                r"|last|this|next|coming|past|current|previous|following|that))\s+"
                r"(?P<unit>(?i:fiscal\s+year|calendar\s+year|school\s+year|week(?:end)?|month|year|decade|century"
                rf"|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|day)|{_MONTH_FULL}|{_WEEKDAY})"
                r"(?![\w-])",
         anchors=_UNIT_ANCHORS + _SEASON_ANCHORS + _PART_ANCHORS + _MONTH_ANCHORS,
         reach_after=24,  # the unit is the last word
         handle=_h_rel,
         examples=(
             Example("Sales rose last week.", "last week", "2024-W29"),
             Example("He will come next Tuesday.", "next Tuesday", "2024-07-30", "future"),
             Example("Seas will rise over the coming century.", "the coming century", "P100Y", "future"),
             Example("Stocks fell Friday, down 4% from the previous Friday.", "the previous Friday", "2024-07-12",
                     "past"),
             Example("Seas rose in the last decade.", "the last decade", "201", "past"),
         )),
    # "the week of March 6": the ISO week holding that day.
    Rule("week_of", rf"(?i:the\s+week\s+of)\s+(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR4})(?!\d))?",
         anchors=_MONTH_ANCHORS,
         handle=_h_week_of,
         examples=(Example("Talks are planned for the week of March 6, 2023.", "the week of March 6, 2023",
                           "2023-W10"),)),
    Rule("day_after", r"(?P<w>(?i:the\s+(?:day|night)\s+(?:before|after)\s+(?:yesterday|tomorrow)"
                      r"|the\s+(?:day|night|morning|evening|week|month|year)\s+(?:before|after)(?=\s*[,.;)])))",
         anchors=_UNIT_ANCHORS + _PART_ANCHORS,
         handle=_h_day_after,
         examples=(Example("He arrived the day before yesterday.", "the day before yesterday", "2024-07-22"),)),
    # Earlier/later + day word: "late yesterday", "early Tuesday", "earlier Sunday", "Friday morning",
    # "mid-afternoon yesterday".
    Rule("dayword", rf"(?:(?P<edge>(?i:early|earlier|late|later))\s+|(?P<ppre>(?i:mid-?\s*|early\s+|late\s+))"
                    r"(?P<part0>(?i:morning|afternoon|evening))\s+)?(?P<w>(?i:today|tonight|yesterday|tomorrow)"
                    rf"|{_WEEKDAY}(?:'s)?)(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![\w-])",
         anchors=("day", "tonight", "tomorrow"),  # "day" is in today, yesterday and every weekday
         handle=_h_dayword,
         examples=(
             Example("The rebels attacked late yesterday.", "late yesterday", "2024-07-23"),
             Example("He spoke Friday morning.", "Friday morning", "2024-07-19TMO", "past"),
             Example("Friday's talks failed.", "Friday", "2024-07-19", "past"),
             Example("The final is Sunday at 18:00 local time.", "Sunday", "2024-07-28", "present"),
         )),
    Rule("partofday", r"(?P<rel>(?i:this|last))\s+(?P<part>(?i:morning|afternoon|evening|night))",
         anchors=_PART_ANCHORS,
         handle=_h_partofday,
         examples=(Example("He spoke this morning.", "this morning", "2024-07-24TMO"),)),
    # "overnight" as an adverb or a time of an act ("struck overnight", "overnight attacks"), not a kind of loan,
    # stay or success.
    Rule("overnight", r"(?i:overnight)(?![\w-])(?!\s+(?i:rates?|lending|loans?|money|deposits?|interest|repos?"
                      r"|stays?|bags?|trips?|success|sensation|shipping|delivery|guests?|camp|visitors?|parking"
                      r"|index|indexed)\b)",
         anchors=("overnight",),
         reach_after=12,
         handle=_h_overnight,
         examples=(Example("Drones struck the capital overnight.", "overnight", "2024-07-23TNI"),)),
    Rule("ago", rf"(?:(?P<app>(?i:{_APPROX}))\s+)?(?P<num>(?i:{_NUM}))[\s-]+(?P<unit>(?i:{_UNIT}))"
                r"\s+(?:(?i:or\s+so)\s+)?(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence|back))(?![\w-])",
         anchors=_UNIT_ANCHORS,
         reach_after=24,  # after the unit only "or so" and the direction
         handle=_h_ago,
         examples=(
             Example("He left three days ago.", "three days ago", "2024-07-21"),
             Example("It will be done five years from now.", "five years", "P5Y"),
             Example("It will be done five years from now.", "now", "PRESENT_REF"),
         )),
    # Quarters and halves: "the third quarter", "third-quarter", "the year-earlier quarter", "Q3 2024",
    # "the fiscal first quarter", "this year's third quarter", "the first half of 1990".
    Rule("quarter", rf"(?:(?P<det>(?i:the|its|this|last|next|that|this\s+year's|last\s+year's|next\s+year's)"
                    rf"|(?P<yp>{_YEAR4})'s)\s+)?"
                    r"(?P<adjs>(?:(?i:year-earlier|year-ago|year\s+earlier|fiscal|current|latest|comparable|corresponding"
                    rf"|same|most\s+recent|previous|preceding|flat|{_YEAR4})[- ]+)*)"
                    r"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))[- ]+(?:(?i:fiscal)[- ]+)?)?"
                    r"(?P<qh>(?i:quarter|half|period))(?![\w-])"
                    rf"(?:\s+(?i:of|in)\s+(?:(?i:fiscal)\s+)?(?P<yof>{_YEAR4}|(?i:this|last|next)\s+year)"
                    rf"|,?\s+(?P<yafter>{_YEAR4})(?!\d))?",
         anchors=("quarter", "half", "period"),
         handle=_h_quarter,
         examples=(Example("Profit rose in the third quarter.", "the third quarter", "2024-Q3"),)),
    Rule("qcode", rf"\b(?P<q>Q[1-4])(?:\s+(?P<y>{_YEAR4}))?\b|\b(?P<y2>{_YEAR4})\s+(?P<q2>Q[1-4])\b",
         anchors=("q1", "q2", "q3", "q4"),
         handle=_h_qcode,
         examples=(Example("Revenue in Q3 2023 grew.", "Q3 2023", "2023-Q3"),)),
    # Decades and centuries: "the 1990s", "the late 1970s", "the '80s", "the nineties", "the 20th century".
    Rule("decade", rf"(?:(?i:the)\s+)?(?:(?P<edge>(?i:{_EDGE}))[- ]+)?(?:(?i:the)\s+)?"
                   r"(?:(?P<dy>1[0-9]\d0|20\d0)'?s|'(?P<d2>\d0)'?s"
                   r"|(?<=the )(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                   r"|nineties)))(?!\w)",
         anchors=("years", "0s", "0's", "ties"),
         handle=_h_decade,
         examples=(Example("Prices were high in the late 1970s.", "the late 1970s", "197"),)),
    Rule("century", r"(?:(?i:the)\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty-first|eighteenth))"
                    r"[- ](?i:century)(?!\w)",
         anchors=("century",),
         handle=_h_century,
         examples=(Example("The bridge dates from the 19th century.", "the 19th century", "18"),)),
    # Years: "1992", "fiscal 1989", "mid-1996", "the end of 1990", "nineteen ninety-six", "the year 2000".
    Rule("year", rf"(?:(?P<edge>(?i:{_EDGE}))[- ]+)?(?:(?P<fy>(?i:fiscal(?:\s+year)?|calendar\s+year|the\s+year|"
                 rf"year[- ]end|the\s+end\s+of))[- ]+)?(?P<y>{_YEAR4}|(?i:{_SPELLED_YEAR}))(?![\w%]|[.,]\d|-\d)",
         anchors=("years", "nineteen", "eighteen", "twenty", "thousand"),
         handle=_h_year, valid=_valid_year,
         examples=(
             Example("Relations began in 1992.", "1992", "1992"),
             Example("Output grew in fiscal 1998.", "fiscal 1998", "1998"),
         )),
    # Seasons without year: "last fall" is under "rel"; here "the summer", "this summer", "in spring".
    Rule("season", r"(?:(?P<edge>(?i:early|late|mid))[- ]+)?(?P<det>(?i:the|in))\s+(?:(?i:early|late)\s+)?"
                   r"(?P<s>(?i:spring|summer|fall|autumn|winter))(?![\w-])",
         anchors=_SEASON_ANCHORS,
         handle=_h_season,
         examples=(
             Example("The vote is due in the summer.", "the summer", "2024-SU"),
             Example("The bay freezes in winter.", "winter", "2024-WI"),
         )),
    # Bare month, May/March only with context (checked in the validator).
    Rule("month", rf"(?:(?P<edge>(?i:{_EDGE}))[- ]+)?(?P<mon>{_MONTH_FULL}|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)"
                  r"(?![\w-])",
         anchors=_MONTH_ANCHORS,
         handle=_h_month, valid=_valid_month,
         examples=(Example("The vote took place in March.", "March", "2024-03", "past"),)),
    # Ordinal day alone: "on the 23rd".
    Rule("ordday", r"\b(?:on|by|until|till|since|from|before|after|On|By|Until|Since|From)\s+"
                   r"(?P<t>the)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;)]|$|and\b|to\b|through\b))",
         anchors=("digits",),
         handle=_h_ordday,
         examples=(Example("The delegation left on the 23rd.", "the 23rd", "2024-07-23", "past"),)),
    # Sets: "every week", "each Thursday", "daily", "twice a week", "per year".
    Rule("set", r"(?P<q>(?i:every|each|per))\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<num>\d+|(?i:" + _NUMWORD
                + r"))\s+)?(?P<unit>(?i:" + _UNIT + rf")|{_WEEKDAY}s?|{_MONTH_FULL}"
                r"|(?i:morning|evening|night|afternoon)s?)"
                r"(?![\w-])",
         anchors=("every", "each", "per"),
         handle=_h_set,
         examples=(
             Example("The board meets every week.", "every week", "P1W"),
             Example("He visits each Thursday.", "each Thursday", "XXXX-WXX-4"),
         )),
    Rule("setadv", r"(?<![\w-])(?P<w>(?i:daily|nightly|weekly|monthly|yearly|annually|hourly|biweekly))(?![\w-])",
         anchors=("daily", "nightly", "weekly", "monthly", "yearly", "annually", "hourly"),
         handle=_h_setadv,
         examples=(Example("The paper is published daily.", "daily", "P1D"),)),
    Rule("weekdays_set", rf"(?<!\w)(?P<wd>{_WEEKDAY})s(?:\s+(?P<part>(?i:mornings|afternoons|evenings|nights)))?(?!\w)",
         anchors=("days",),
         handle=_h_weekdays_set,
         examples=(Example("The market opens Mondays.", "Mondays", "XXXX-WXX-1"),)),
    # Durations: "three years", "24 hours", "the past three months", "a five-year", "nearly forty years".
    Rule("duration", rf"(?:(?P<app>(?i:{_APPROX}))\s+)?"
                     r"(?:(?P<det>(?i:the|for\s+the|each\s+of\s+the|all))\s+)?"
                     r"(?:(?P<adj>(?i:past|last|next|first|previous|coming|following|final|latest|initial|remaining"
                     r"|same|other|year-earlier|year-ago|preceding|recent))\s+)?"
                     rf"(?P<num>(?i:{_NUM}))[\s-]+(?:(?i:more|additional|full|straight|consecutive|trading|business"
                     rf"|working|calendar|fiscal|long)[\s-]+)?(?P<unit>(?i:{_UNIT}))(?P<suffix>(?i:-old|-long))?"
                     r"(?P<half>\s+(?i:and\s+a\s+half))?(?![\w])",
         anchors=_UNIT_ANCHORS,
         reach_after=24,  # after the unit only "-long" or "and a half"
         handle=_h_duration, valid=_valid_duration,
         examples=(
             Example("The war lasted nearly forty years.", "nearly forty years", "P40Y"),
             Example("Rates will stay high over the next couple of years.", "the next couple of years", "P2Y",
                     "future"),
             Example("The vote took half an hour.", "half an hour", "PT30M"),
             Example("The speech lasted a half hour.", "a half hour", "PT30M"),
             Example("Nothing moved in the past half hour.", "the past half hour", "PT30M"),
             Example("The board meets twice a week.", "twice a week", "P1W"),
         )),
    # Lengths without a number: "the past few months", "for hours", "took years" (the preposition or verb stays out).
    Rule("vague_dur", r"(?P<w>(?i:(?:the\s+)?(?:past|last|next|coming|recent)\s+(?:few\s+|several\s+)?"
                      r"(?:years|months|weeks|days|decades|hours)"
                      r"|(?P<lead>for|over|within|in|took|takes?|taking|lasted|lasts?|lasting|spent|spends?|spending"
                      r"|waited|waits?|waiting)\s+(?P<bare>(?:many\s+)?(?:years|months|weeks|days|hours|minutes|decades))"
                      r"(?!\s+(?i:of|old|ago)\b)|the\s+(?:weeks|months|years)\s+ahead))(?![\w-])",
         anchors=_UNIT_ANCHORS,
         reach_after=24,  # after the unit only "ahead" (or the words refused)
         handle=_h_vague_dur,
         examples=(
             Example("Prices rose in the past few months.", "the past few months", "PXM"),
             Example("The rescue took hours.", "hours", "PTXH"),
             Example("They talked for months.", "months", "PXM"),
         )),
    Rule("refs", r"(?<![\w-])(?P<w>(?i:right\s+now|now|currently|nowadays|these\s+days|at\s+present|presently|current"
                 r"|at\s+the\s+moment|recently|lately|the\s+past|the\s+near\s+future|the\s+future|the\s+distant\s+future"
                 r"|a\s+later\s+date|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|in\s+recent\s+years"
                 r"|formerly|once\s+upon\s+a\s+time|at\s+that\s+time|at\s+the\s+time|by\s+then"
                 r"|that\s+time|the\s+time\s+being))(?![\w-])",
         anchors=("now", "current", "days", "present", "moment", "recent", "lately", "past", "future", "later",
                  "term", "formerly", "once", "time", "then"),
         handle=_h_refs, valid=_valid_refs,
         examples=(
             Example("Talks are now under way.", "now", "PRESENT_REF"),
             Example("He had recently resigned.", "recently", "PAST_REF"),
         )),
    # Adjectival comparisons and year ends: "year-earlier results", "year-ago levels", "year-end".
    Rule("yearadj", r"(?P<w>(?i:year-earlier|year-ago|year[- ]end|year's\s+end))(?![\w-])",
         anchors=("year",),
         handle=_h_yearadj,
         examples=(Example("Sales beat year-earlier results.", "year-earlier", "2023"),)),
    # "the year", "the fiscal year", "the end of the month": the period of the story's (or publication) date.
    Rule("the_year", r"(?<![\w-])(?P<w>(?i:(?:(?P<edge>the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
                     r"the\s+(?:(?P<adj>full|whole|entire|fiscal)\s+)?(?P<unit>year|month|week)))(?![\w-])",
         anchors=("year", "month", "week"),
         handle=_h_the_year, valid=_valid_the_year,
         examples=(
             Example("Profit doubled in the year.", "the year", "2024"),
             Example("Rent is due at the end of the month.", "the end of the month", "2024-07"),
             Example("Net rose 5% in the fiscal year ended June 30.", "the fiscal year", "P1Y"),
         )),
    # A term of office as the object of serving, winning or seeking it ("won a third term"): a length of time of
    # some years (TimeML: PXY); other terms ("a legal term", "the spring term") are left alone.
    Rule("term", r"(?<=\s)(?P<w>(?i:(?:a|an|his|her|their|its|the)\s+(?:(?:second|third|fourth|fifth|sixth|seventh|new"
                 r"|full|further|another|consecutive|final|last|first|single)\s+)+term))(?![\w-])",
         anchors=("term",),
         handle=_h_term, valid=_valid_term,
         examples=(Example("He won a third term in 2022.", "a third term", "PXY"),)),
    # "a while": a length of time TimeML writes PXX.
    Rule("while", r"(?<![\w-])(?P<w>(?i:a\s+(?:little\s+|long\s+|short\s+)?while))(?![\w-])",
         anchors=("while",),
         handle=_h_while, valid=_valid_while,
         examples=(Example("They talked for a while.", "a while", "PXX"),)),
    Rule("weekend", r"(?<![\w-])(?P<w>(?i:the\s+weekend))(?![\w-])",
         anchors=("weekend",),
         handle=_h_weekend,
         examples=(Example("Talks broke down over the weekend.", "the weekend", "2024-W29-WE", "past"),)),
    Rule("holiday", r"(?P<w>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?"
                    r"|Independence\s+Day|Valentine's\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Election\s+Day)"
                    rf"(?:,?\s+(?P<y>{_YEAR4}))?(?!\w)",
         anchors=("christmas", "year's", "thanksgiving", "independence", "valentine", "halloween", "labor",
                  "memorial", "election"),
         handle=_h_holiday,
         examples=(
             Example("He came home for Christmas 2023.", "Christmas 2023", "2023-12-25"),
             Example("Polls close on Election Day.", "Election Day", "2024-11-05", "future"),
         )),
)


class TimexTagger:
    """Rule-based TIMEX3 tagger. Compile once, call :meth:`tag` per document."""

    def __init__(self, rules: Sequence[Rule] = RULES) -> None:
        self._rules = tuple(rules)
        self._compiled = [rule.compile() for rule in self._rules]

    # ---------------------------------------------------------------------------------------------
    def tag(
        self,
        text: str,
        dct: dt.date,
        *,
        tense: TenseFn | None = None,
        skip: Sequence[tuple[int, int]] = (),
    ) -> list[Timex]:
        """All time expressions in text, in order (see module docstring for conventions)."""
        if isinstance(dct, dt.datetime):
            dct = dct.date()
        cands: list[tuple[int, int, int, re.Match[str]]] = []
        for k, m in self._matches(text):
            s, e = m.span()
            if e <= s or not self._rules[k].valid(m, text):
                continue
            # Trim trailing spaces/hyphens that optional groups can leave.
            while e > s and text[e - 1] in " \t\n-":
                e -= 1
            if any(a < e and s < b for a, b in skip):
                continue
            cands.append((s, e, k, m))
        cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
        chosen: list[tuple[int, int, int, re.Match[str]]] = []
        taken = bytearray(len(text) + 1)
        for c in cands:
            s, e = c[0], c[1]
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append(c)
        chosen.sort(key=lambda c: c[0])

        ctx = _Ctx(dct, tense, text=text)
        out: list[Timex] = []
        for s, e, k, m in chosen:
            res = self._rules[k].handle(m, ctx, text)
            if res is None:
                continue
            for r in [res, *(res.more or ())]:
                if r.span is not None:
                    s, e = r.span
                out.append(Timex(s, e, text[s:e], r.type, r.value, r.precision, r.range_start, r.range_end,
                                 r.anchor, r.mod))
                if r.pt is not None and r.type in ("DATE", "TIME"):
                    ctx.anchor, ctx.anchor_end = r.pt, e
        return out

    def _matches(self, text: str, whole: bool = False) -> Iterator[tuple[int, re.Match[str]]]:
        """Every rule's matches (by the rule's index, its priority), each rule run only near its anchors (or
        over the whole text)."""
        low = text.lower()
        if whole or len(low) != len(text):  # a few characters change length in lower case
            for k, rx in enumerate(self._compiled):
                for m in rx.finditer(text):
                    yield k, m
            return
        hits: dict[str, list[tuple[int, int]]] = {}
        windows: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = {}
        for k, (rule, rx) in enumerate(zip(self._rules, self._compiled, strict=True)):
            key = rule.anchors, rule.reach_after
            if key not in windows:
                spans: list[tuple[int, int]] = []
                for anchor in rule.anchors:
                    if anchor not in hits:
                        hits[anchor] = _anchor_spans(low, anchor)
                    spans += hits[anchor]
                windows[key] = _windows(sorted(spans), len(text), rule.reach_after)
            for lo, hi in windows[key]:
                yield from ((k, m) for m in rx.finditer(text, lo, hi))


# --------------------------------------------------------------------------------------------------
# A cheap lexical stand-in for the parse-based tense the pipeline supplies (used by the benchmark).
# --------------------------------------------------------------------------------------------------

_FUTURE_CUES = re.compile(
    r"(?i)\b(?:will|won't|shall|'ll|going\s+to|is\s+to|are\s+to|scheduled|expected\s+to|plans?\s+to"
    r"|planned|due\s+to|upcoming|next|to\s+be\s+held|set\s+to|intends?\s+to)\b"
)
_PAST_CUES = re.compile(r"(?i)\b(?:was|were|had|did|ago|last|yesterday|earlier|(?:has|have)\s+been)\b")
_CLAUSE_BREAK = re.compile(r"[.!?;\n]")


def guess_tense(text: str) -> TenseFn:
    """A lexical stand-in for the parse-based tense the pipeline passes: the nearest future/past cue
    (auxiliaries, "scheduled", "ago" ...) in the same sentence, preferring cues to the left."""

    def tense(pos: int) -> str | None:
        lo = pos
        while lo > 0 and not _CLAUSE_BREAK.match(text[lo - 1]) and pos - lo < 200:
            lo -= 1
        hi = pos
        n = len(text)
        while hi < n and not _CLAUSE_BREAK.match(text[hi]) and hi - pos < 200:
            hi += 1
        best: tuple[int, str] | None = None
        for rx, label in ((_FUTURE_CUES, "future"), (_PAST_CUES, "past")):
            for cm in rx.finditer(text, lo, hi):
                dist = abs(cm.start() - pos) + (0 if cm.start() < pos else 40)
                if best is None or dist < best[0]:
                    best = (dist, label)
        return best[1] if best else None

    return tense
