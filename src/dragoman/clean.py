"""Which parts of an article's text are news.

`segment` cuts the text into paragraph blocks (offsets into the original text, so
later stages can quote evidence exactly) and labels each one: the title, date lines,
section headings, page furniture ("debris") and the body paragraphs worth parsing.

The rules are deliberately generic (shape of a line, scripts, punctuation), not tuned
to any one site: a wrong "body" costs little, a wrong "debris" loses news.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dragoman.countries import country_code, is_international

__all__ = [
    "Block",
    "segment",
    "parse_date_line",
    "is_date_line",
    "is_dateline",
    "place_dateline_end",
    "is_debris",
    "is_link_list",
    "is_ticker",
    "looks_like_title",
    "is_heading",
    "find_date",
    "dateline_date",
]

BlockKind = str  # "title" | "dateline" | "heading" | "debris" | "duplicate" | "body"


@dataclass
class Block:
    start: int
    end: int
    kind: BlockKind

    def text(self, source: str) -> str:
        return source[self.start : self.end]


# ---------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
# Optional time tail: "10:30", "10:30:00 GMT", "T10:30:00+08:00", "10:30 a.m. EDT".
_TIME_RE = (
    r"(?:\s*(?:[T,|·•\-–—]|\bat\b)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|[+-]\d{2}:?\d{2}|(?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[a-z]{2,5})?)?"
)
_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(_MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+(?P<y>\d{4})"),
]
_DATE_ONLY = [re.compile(_WEEKDAY_RE + p.pattern + _TIME_RE, re.I) for p in _DATE_PATTERNS]
_DATE_ANY = [re.compile(r"\b" + p.pattern + r"\b", re.I) for p in _DATE_PATTERNS]


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key[:4]) if key[:4] == "sept" else _MONTHS.get(key[:3])


def parse_date_line(line: str) -> date | None:
    """The date when the whole line is one date (optionally with weekday and time), else None."""
    s = line.strip().strip("()[]").strip()
    if not s or len(s) > 60:
        return None
    for pat in _DATE_ONLY:
        m = pat.fullmatch(s)
        if m:
            return _match_date(m)
    return None


def _match_date(m: re.Match[str]) -> date | None:
    gd = m.groupdict()
    try:
        month = int(gd["m"]) if gd.get("m") else _month_number(gd["mon"])
        if month is None:
            return None
        return date(int(gd["y"]), month, int(gd["d"]))
    except (TypeError, ValueError):
        return None


def find_date(text: str) -> date | None:
    """The first valid date written anywhere in `text`."""
    for pat in _DATE_ANY:
        for m in pat.finditer(text):
            d = _match_date(m)
            if d:
                return d
    return None


def dateline_date(text: str, blocks: Sequence[Block]) -> date | None:
    """The first date with its year that a date line or a wire dateline of the article gives ("Updated: July 24,
    2024", "PYONGYANG, July 24, 2024 (KCNA) --"): the day the story was filed, for an article that comes without
    a publication date."""
    return next((day for b in blocks if b.kind == "dateline" and (day := find_date(b.text(text)))), None)


def is_date_line(line: str) -> bool:
    return parse_date_line(line) is not None


_DATELINE_PREFIX = re.compile(
    r"(?:last\s+)?(?:updated|published|posted|first\s+published|modified|date)(?:\s+on)?\s*[:\-–—]?\s+",
    re.I,
)
# "By Jane Doe | July 24, 2024", "By Jane Doe, Reuters · 24 July 2024"
_BYLINE_DATE = re.compile(r"by\s+[^.!?]{2,80}?\s*[|,·•\-–—]\s*(?P<rest>.+)", re.I)


def is_dateline(line: str) -> bool:
    """A date line: only a date, "Updated: <date>", or "By X | <date>"."""
    s = line.strip()
    if len(s) > 160:
        return False
    if is_date_line(s):
        return True
    m = _DATELINE_PREFIX.match(s)
    if m and find_date(s[m.end() :]):
        return True
    m = _BYLINE_DATE.fullmatch(s)
    return bool(m and find_date(m.group("rest")))


# A wire story's place dateline opening its first paragraph: "ALGIERS, Algeria - ", "KABUL (Pajhwok) : ",
# "PYONGYANG, July 24 (KCNA) -- ", "TEHRAN -- ", "WHITE HOUSE - ". The city in capitals, then a region or date, an
# agency in parentheses, or both; a bare city takes a double dash, or a hyphen standing apart between spaces (a
# hyphen inside a word, "US-backed", joins a compound). An international body's name before that hyphen is the
# sentence's subject, not a place ("NATO - The alliance said ..."), and two countries' names about it a pair
# ("U.S. - China talks").
_CITY = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
_REGION = r", [A-Z][\w.'\-]*(?: [A-Z0-9][\w.'\-]*){0,3}"
# a date with its year in place of the region: "PYONGYANG, July 24, 2024 (KCNA)", "ABU DHABI, 3rd December, 2024 (WAM)"
_DATED = r", (?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?),? \d{4}"
_AGENCY = r" ?\([A-Z][\w.&/ ]{0,24}\)"
# KCNA writes its city in title case ("Pyongyang, November 28 (KCNA) --"), TASS its agency between slashes
# ("MOSCOW, November 30. /TASS/.")
_TITLE_CITY = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_SLASHED_AGENCY = r"\.? ?/[A-Z][A-Za-z\-]{1,12}/\.?"
# PTI, CNA and Kabar need no dash after a day and the agency ("New Delhi, Oct 31 (PTI) Indian ...", "Bishkek, April 5
# /Kabar/."), Trend none after a day ("Baku, Azerbaijan, August 2. Azerbaijan has ...")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE_DATELINE = re.compile(
    rf"(?:(?:{_CITY}|{_TITLE_CITY})(?:{_REGION}|{_DATED})?{_AGENCY}\s*[-\u2013\u2014:\"\u201c\u201d]{{1,2}}"
    rf"|(?:{_CITY}|{_TITLE_CITY}), {_MONTH} \d{{1,2}}{_AGENCY}"
    rf"|(?:{_CITY}|{_TITLE_CITY})(?:{_REGION})?{_SLASHED_AGENCY}"
    rf"|(?:{_CITY}|{_TITLE_CITY})(?:{_REGION})?, {_MONTH} \d{{1,2}}\."
    rf"|{_CITY}{_REGION}\s*[-\u2013\u2014:]{{1,2}}"
    rf"|{_CITY}\s*(?:--|\u2013|\u2014)"
    rf"|(?P<hyphened>{_CITY})\s+-)\s+(?=[\"'\u201c]?[A-Z0-9])"
)


def place_dateline_end(paragraph: str) -> int:
    """Where a wire dateline opening `paragraph` ends (0 when there is none): what follows is the story."""
    m = _PLACE_DATELINE.match(paragraph)
    if not m or len(story := paragraph[m.end():].split()) < 4:
        return 0
    place = m["hyphened"]
    if place and (is_international(place) or country_code(place) and country_code(story[0].strip("'\"\u201c,"))):
        return 0  # "NATO - The alliance said ...", "U.S. - China talks resumed ..."
    return m.end()


# ---------------------------------------------------------------- debris

_FURNITURE = re.compile(
    r"(?:"
    r"advertisement|advertising|sponsored(?: content)?|ad|"
    r"share(?: this)?(?: article| story| page| post)?(?: on \w+)?|share on \w+|"
    r"read (?:more|next|also|full story|the full article)|continue reading|see also|"
    r"related(?: articles| stories| content| news| coverage| topics)?|more from [\w\s]{1,30}|"
    r"(?:most (?:read|popular|viewed))|trending(?: now)?|top stories|recommended(?: for you)?|"
    r"(?:subscribe|sign up|log ?in|sign in|register)(?: (?:now|today|here|for [\w\s]{1,30}))?|"
    r"follow us(?: on [\w\s,]{1,40})?|skip to (?:main )?content|back to top|print|email|tweet|"
    r"comments?|\d+ comments?|listen to (?:this )?article|loading\.*|close|menu|search|"
    r"copyright.*|©.*|all rights reserved\.?|(?:image|photo|video) (?:source|credit)s?:.*|"
    r"(?:reporting|writing|editing|additional reporting) by .*|click here.*"
    r")[.!:]?",
    re.I,
)
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:accept|agree|consent|manage|settings|preferences)\b", re.I)
_COOKIE_ADDRESS = re.compile(r"\b(?:you|your|we|our|this (?:site|website))\b", re.I)
_WE_USE_COOKIES = re.compile(r"\b(?:we|this (?:site|website)) uses? cookies\b", re.I)
_NAME = r"[A-Z][\w'’.\-]*"
_LONE_BYLINE = re.compile(
    rf"(?i:by|written by|words by|author:?)\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+{_NAME}){{0,3}})*"
    r"(?:\s*[,|·]\s*[\w\s]{1,40})?",
)
# A label over a list of links to other stories; the headlines under it are no part of this one.
_LINK_LIST_LABEL = re.compile(
    r"(?:related(?: articles| stories| content| news| coverage| posts| links)?|read (?:more|also|next)|also read|"
    r"see also|more (?:stories|news|headlines|on this(?: story| topic)?)|more from [\w\s]{1,30}|"
    r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top (?:stories|headlines)|"
    r"latest (?:news|stories|headlines)|recommended(?: for you| stories)?|you (?:may|might) also like|"
    r"editor'?s picks|in other news)\s*[:»›>]?",
    re.I,
)
# A news ticker: "BREAKING: X | Y | Z", "Markets +++ Weather +++ Sport".
_TICKER_SEP = re.compile(r"\s*(?:\||•|·|▪|◆|►|▸|»|\+\+\+)\s*")
_TICKER_LABEL = re.compile(r"(?:breaking(?: news)?|latest|just in|news ticker|ticker|live|developing)\s*[:|»›>-]\s*",
                           re.I)
_ASCII_GLUE = re.compile(r"[a-z][A-Z]")
_MENU_SEP = re.compile(r"\s*(?:\||•|·|›|»|>|/|–|—)\s*")


@lru_cache(maxsize=8192)
def _script_of(ch: str) -> str:
    first = unicodedata.name(ch, "?").split()[0]
    # Japanese mixes kanji and kana inside words; treat them as one script.
    return "CJK" if first in {"CJK", "HIRAGANA", "KATAKANA"} else first


def _scripts(s: str) -> set[str]:
    """Unicode scripts of the letters in `s`, approximated by the first word of the char name."""
    if s.isascii():  # the common case, without a look at every character's name
        return {"LATIN"} if any(ch.isalpha() for ch in s) else set()
    return {_script_of(ch) for ch in s if ch.isalpha()}


def _glue_count(s: str) -> int:
    """Places where two words are glued: "EnglishFrançais" (lower->Upper) or a script change."""
    if s.isascii():
        return len(_ASCII_GLUE.findall(s))
    count = 0
    prev = ""
    prev_script = ""
    for ch in s:
        if ch.isalpha():
            script = _script_of(ch)
            if prev.isalpha() and ((prev.islower() and ch.isupper()) or script != prev_script):
                count += 1
            prev_script = script
        prev = ch
    return count


def _is_menu(s: str) -> bool:
    """ "Home | World | Sport | Business": several short items joined by separators."""
    if not _MENU_SEP.search(s):
        return False
    items = [i for i in _MENU_SEP.split(s) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 3 and not i.rstrip().endswith(".") for i in items)


def _headline_like(line: str) -> bool:
    """A headline: a few words from a capital, not ending as a sentence ends."""
    s = line.strip()
    return bool(s) and s[0].isupper() and 2 <= len(s.split()) <= 20 and _last_mark(s) not in ".!?;,"


def is_ticker(line: str) -> bool:
    """A news ticker line: three or more headlines joined by separators, or a "BREAKING:" label before several."""
    s = " ".join(line.split())
    label = _TICKER_LABEL.match(s)
    items = [i for i in _TICKER_SEP.split(s[label.end():] if label else s) if i.strip()]
    return len(items) >= (2 if label else 3) and all(_headline_like(i) for i in items)


def is_link_list(paragraph: str) -> bool:
    """A list of headlines linking to other stories: a link-list label ("Related:", "Read more") before a
    headline, or three or more lines that are each a headline."""
    s = paragraph.strip()
    label = _LINK_LIST_LABEL.match(s)
    if label and label.group().rstrip().endswith((":", "»", "›", ">")) and _headline_like(s[label.end():]):
        return True
    lines = [line for line in s.splitlines() if line.strip()]
    return len(lines) >= 3 and all(_headline_like(line) for line in lines)


def is_debris(line: str) -> bool:
    """Page furniture: language pickers, menus, share/read-more links, cookie notices, lone bylines."""
    s = " ".join(line.split())
    if not s:
        return True
    if not any(ch.isalnum() for ch in s):
        return True  # "***", "---", bullets
    words = s.split()
    if len(s) <= 80 and _FURNITURE.fullmatch(s):
        return True
    # Cookie notices address the reader ("you", "we"); news about cookies does not.
    if _WE_USE_COOKIES.search(s) or (len(words) <= 40 and _COOKIE.search(s) and _COOKIE_ADDRESS.search(s)):
        return True
    if len(words) <= 12 and _LONE_BYLINE.fullmatch(s) and not s.rstrip().endswith("."):
        return True
    if len(s) <= 300 and _is_menu(s) or len(s) <= 600 and is_ticker(s):
        return True
    glue = _glue_count(s)
    scripts = _scripts(s)
    # Language pickers: many scripts in one line, or native names glued together.
    if len(s) <= 400 and len(scripts) >= 3 and (glue >= 2 or len(words) <= 8 or len(scripts) >= 4):
        return True
    return glue >= 3 and glue >= 0.5 * len(words)


# ---------------------------------------------------------------- headings and titles

_OPEN_QUOTES = "\"'“‘«„「『"
_CLOSE_QUOTES = "\"'”’»“」』"
_FINAL_PUNCT = ".!?:;,…"


def _is_quoted_phrase(s: str) -> bool:
    return (
        len(s) >= 3
        and s[0] in _OPEN_QUOTES
        and s[-1] in _CLOSE_QUOTES
        and not any(q in s[1:-1] for q in '"“”')
        and len(s.split()) <= 12
    )


def _last_mark(s: str) -> str:
    """The last character before closing brackets and quotes: a sentence in braces or quotes
    ("{France is ready to contribute troops.}") still ends with its period."""
    return (s.rstrip(")]}>" + _CLOSE_QUOTES) or s)[-1]


def is_heading(line: str) -> bool:
    """A section heading: a short line without final punctuation, or a quoted phrase alone."""
    s = " ".join(line.split()).lstrip("#").strip()
    if not s or not any(ch.isalpha() for ch in s):
        return False
    if _is_quoted_phrase(s):
        return True
    return len(s.split()) < 10 and _last_mark(s) not in _FINAL_PUNCT and len(s) <= 120


def looks_like_title(line: str) -> bool:
    """Short, not a sentence ending in a period, not a date, not page furniture."""
    s = " ".join(line.split()).lstrip("#").strip()
    if not s or len(s) >= 200 or len(s.split()) < 2:
        return False
    if _last_mark(s) in ".;,:" or not any(ch.isalpha() for ch in s):
        return False
    return not (is_dateline(s) or is_debris(s))


_PLAIN_QUOTES = str.maketrans("“”‘’«»", '""\'\'""')


def _norm(s: str) -> str:
    s = s.translate(_PLAIN_QUOTES).lstrip("#")
    return " ".join(s.split()).strip().casefold()


# ---------------------------------------------------------------- paragraphs

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
_WRAP_MAX = 120  # hard-wrapped text rarely exceeds this width


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty, whitespace-trimmed line spans within text[start:end]."""
    spans = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        pos = stop + 1
    return spans


def _standalone(s: str) -> bool:
    return is_date_line(s) or is_debris(s) or _is_quoted_phrase(s)


def _reflow(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines into paragraphs; keep real line breaks as paragraph breaks.

    A line is a wrap when the next line's first word would not have fitted on it,
    which is how wrapping tools decide; long unwrapped lines never join.
    """
    if len(lines) < 2:
        return lines
    lengths = [b - a for a, b in lines]
    width = max(lengths)
    # Wrapped text has most lines (all but paragraph ends) close to one width;
    # one-paragraph-per-line text has widely varying line lengths.
    near = sum(1 for n in lengths[:-1] if n >= 0.75 * width)
    if width > _WRAP_MAX or near < 0.5 * (len(lines) - 1):
        return lines
    out = [lines[0]]
    for a, b in lines[1:]:
        pa, pb = out[-1]
        prev_line_start = text.rfind("\n", pa, pb) + 1 or pa
        prev_len = pb - max(prev_line_start, pa)
        first_word = text[a:b].split(maxsplit=1)[0]
        wrapped = prev_len + 1 + len(first_word) > width - 2
        if wrapped and not _standalone(text[max(prev_line_start, pa) : pb]) and not _standalone(text[a:b]):
            out[-1] = (pa, b)
        else:
            out.append((a, b))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK.finditer(text):
        spans += _reflow(text, _lines(text, pos, m.start()))
        pos = m.end()
    spans += _reflow(text, _lines(text, pos, len(text)))
    return [piece for span in spans for piece in _pieces(text, *span)]


# A paragraph is parsed as one spaCy doc: past this length it is parsed in pieces, cut at sentence ends. spaCy
# refuses a doc over 1,000,000 characters (E088), and a piece of this size parses as well as a whole paragraph.
MAX_BLOCK_CHARS = 20_000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) cut into pieces of at most MAX_BLOCK_CHARS, at the last sentence end (else the last space)
    before each limit."""
    pieces = []
    while end - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        cut = None
        for m in _SENTENCE_END.finditer(text, limit - MAX_BLOCK_CHARS // 4, limit):
            cut = m.end()
        if cut is None:
            space = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
            cut = space + 1 if space > start else limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            pieces.append((start, piece_end))
        start = cut
    pieces.append((start, end))
    return pieces


def segment(text: str, title: str | None = None) -> list[Block]:
    """Paragraph blocks of `text`, labelled title / dateline / heading / debris / duplicate / body. A body
    paragraph repeated later on the page (a story printed twice) is a "duplicate" and is not coded again; the
    headlines under a "Related stories" label, link lists and tickers are debris."""
    spans = _paragraphs(text)
    blocks: list[Block] = []
    want = _norm(title) if title else None
    title_done = False
    seen_body = False
    bodies: set[str] = set()  # the body paragraphs so far: a story printed twice on a page is coded once
    in_link_list = False  # under a "Related stories" label: the headlines that follow are links
    for a, b in spans:
        s = text[a:b]
        kind: str
        if in_link_list and _headline_like(" ".join(s.split())):
            blocks.append(Block(a, b, "debris"))
            continue
        in_link_list = bool(_LINK_LIST_LABEL.fullmatch(" ".join(s.split())))
        if not title_done and want is not None and _norm(s) == want:
            kind = "title"
            title_done = True
        elif is_dateline(s):
            kind = "dateline"
        elif is_debris(s) or is_link_list(s):
            kind = "debris"
        elif len(s.split()) >= 5 and (_norm(s) in bodies or _norm(s[place_dateline_end(s):]) in bodies):
            kind = "duplicate"  # also when only one of the printings has the dateline
        elif not title_done and want is None and not seen_body and looks_like_title(s):
            kind = "title"
            title_done = True
        elif (
            not title_done
            and not seen_body
            and len(blocks) < 3
            and len(s.split()) <= 3
            and s[-1:] not in _FINAL_PUNCT
        ):
            # Section labels and breadcrumbs above the title ("news", "World / Asia").
            kind = "debris"
        elif is_heading(s):
            kind = "heading"
        elif cut := place_dateline_end(s):
            bodies.update((_norm(s), _norm(s[cut:])))
            # the dateline names where the story was filed, not a party to it: "ALGIERS, Algeria - Police
            # arrested ..." is not parsed with Algeria as the arresting subject
            blocks.append(Block(a, a + len(s[:cut].rstrip()), "dateline"))
            a, kind = a + cut, "body"
            seen_body = True
        else:
            kind = "body"
            seen_body = True
            bodies.add(_norm(s))
        blocks.append(Block(a, b, kind))
    if not seen_body:
        # A headline alone (a wire flash, a feed item, one sentence without its period) is all the text says
        for block in blocks:
            if block.kind == "title":
                block.kind = "body"
    return blocks
