"""PETRARCH2 / TABARI dictionary compatibility: load CAMEO actor, agent, verb and discard dictionaries and code
sentences with them over spaCy's dependency parse.

Public API
----------
* `ActorDictionary.load(path)` / `.parse(text)`: actors with `+` synonyms and date-bounded codes
  (`[CODE]`, `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`; dates YYMMDD or YYYYMMDD, ranges inclusive).
  `.lookup(phrase_or_tokens, date)` -> code or None; `.lookup_codes(...)` -> all codes (`[ELR/GAL]` -> two);
  `.find(tokens, date)` -> longest non-overlapping phrase matches over a token list.
* `AgentDictionary.load(path)`: agents (`[~GOV]` suffix, `[NGO~]` prefix), `{}` plural control,
  `!MACRO! = A, B` substitutions; `.lookup(...)` -> `Agent` or None; `.apply(actor_code, agents)` builds
  "ARN" + [~GOV] -> "ARNGOV", [NGO~] + "ARN" -> "NGOARN"; no actor -> "---GOV".
* `VerbDictionary.load(path)`: `&SYNSETS`, `--- BLOCK [code] ---` verb groups, verb forms (`{irregular forms}`,
  multi-word verbs with `+` marking the inflected word, e.g. `WIRE_+TAP`), and patterns
  (`- pre words * post words [code]` with `_` = adjacent words, space = words may intervene, `$` source,
  `+` target, `%` compound actor, `^` skip a noun phrase, `&SYNSET`, codes `X` or `X:Y` (Y = reverse event)).
* `DiscardDictionary.load(path)`: sentence-level phrases, and story-level phrases (`+`).
* `PetrarchCoder(actors, agents, verbs, discards, nlp, config)` with `.code(text, date)` ->
  `[(source, target, code), ...]` and `.code_detailed(text, date)` -> `CodingResult` (events, error, verb traces).
  `PetrarchCoder.from_files(actors, agents, verbs, discards=None, nlp=None, config=None)` loads dictionary files.
* `PetrarchConfig.from_options({"require_dyad": "false", "new_actor_length": "4", ...})`.

Coding logic (PETRARCH2-like, but over spaCy's dependency parse instead of CoreNLP constituency trees): every
token tagged as a verb whose surface form is in the verb dictionary is a candidate; the verb's patterns are matched
against the words before (`pre`) and after (`post`) it, preferring the pattern with most matched elements (file
order on ties), else the verb's default code. Source = the clause subject's noun phrase (inherited through xcomp,
conj, relative clauses; the `by`-agent in passives), target = the first actor to the right of the verb within its
clause (objects, prepositional phrases, non-coded complement clauses), unless the pattern's `$`/`+`/`%` say
otherwise. Noun phrases are coded with the leftmost actor in the phrase (or in an `of`/`in`/`from` ... PP when the
head is an agent such as "officials"), agents are added, and coordinated phrases yield one actor per conjunct.
As in PETRARCH2, a verb inside an adverbial clause ("... after crowds burned the embassy") codes only when the
predicate the clause hangs on codes nothing.
PETRARCH's `comma_*` options (comma-delimited clause deletion, off by default) drop the clauses from the text,
which is then parsed again.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Agent",
    "ActorDictionary",
    "DictionaryWarning",
    "AgentDictionary",
    "CodingResult",
    "DiscardDictionary",
    "PetrarchCoder",
    "PetrarchConfig",
    "Pattern",
    "VerbDictionary",
    "VerbEntry",
    "parse_dict_date",
    "split_words",
]

NULL_CODE = "---"
Event = tuple[str, str, str]
DateLike = dt.date | dt.datetime | str | None
GapCheck = Callable[[int, int], bool]  # may words i and j (i < j) of a phrase be apart?

# ----------------------------------------------------------------------------------------------------------------
# shared text helpers


def _pattern_origin(line: str) -> str | None:
    """The verb a pattern line's comment names ("- * ORDER  [100]  # ISSUE" -> ISSUE): CAMEO.2.0 merged the
    TABARI verb files into synonym blocks and kept each pattern's original verb there."""
    comment = line.partition("#")[2].split()
    return comment[0].upper() if comment and comment[0].replace("_", "").isalpha() else None


def _strip_comment(line: str) -> str:
    """Drop `# comment` tails and XML comment lines; keep the rest stripped."""
    s = line.strip()
    if s.startswith("<"):
        return ""
    if "#" in s:
        s = s[: s.index("#")]
    return s.strip()


_CONTRACTION = re.compile(r"^(.+?)(N'T|'S|'RE|'LL|'VE|'D|'M)$")


_WORD_SEPARATORS = re.compile(r"[\s_]+")
_HYPHEN_PARTS = re.compile(r"[^-]+|-")


def split_words(text: str) -> list[str]:
    """Dictionary phrase or token text -> normalised upper-case words, split like spaCy splits text:
    `_`/space separate words, hyphens become their own word, `DON'T` -> `DO N'T`."""
    out: list[str] = []
    text = text.replace("\u2019", "'").replace("\u2018", "'").upper()
    for chunk in _WORD_SEPARATORS.split(text):
        if not chunk:
            continue
        if "-" not in chunk and "'" not in chunk:  # the common word: one part, no contraction
            out.append(chunk)
            continue
        for part in _HYPHEN_PARTS.findall(chunk):
            m = _CONTRACTION.match(part)
            if m and part not in ("N'T", "'S"):
                out.extend([m.group(1), m.group(2)])
            else:
                out.append(part)
    return out


def _phrase_glue(phrase: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Phrase `A_B C` -> words (A, B, C) and per-word flag "glued to the previous word" (True for B)."""
    words: list[str] = []
    glue: list[bool] = []
    for chunk in phrase.strip().split():
        first = True
        for part in chunk.split("_"):
            if not part:
                continue
            for k, w in enumerate(split_words(part)):
                words.append(w)
                glue.append(bool(words[:-1]) and (not first or k > 0))
            first = False
    return tuple(words), tuple(glue)


def parse_dict_date(text: str) -> dt.date:
    """`950601` (YYMMDD, 19YY for YY >= 30) or `19950601` (YYYYMMDD) -> date; ValueError names a bad one."""
    s = text.strip()
    try:
        if len(s) == 6 and s.isdigit():
            yy = int(s[:2])
            return dt.date(1900 + yy if yy >= 30 else 2000 + yy, int(s[2:4]), int(s[4:6]))
        if len(s) == 8 and s.isdigit():
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        pass  # a month or day out of range
    raise ValueError(f"bad dictionary date {text!r}")


def _as_date(value: DateLike) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    s = str(value).strip().replace("-", "")
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


# ----------------------------------------------------------------------------------------------------------------
# phrase index: longest match over word lists, `_` = adjacent, space = up to `max_gap` words may intervene


@dataclass(slots=True)
class _PhraseEntry:
    words: tuple[str, ...]
    glue: tuple[bool, ...]
    payload: Any


class _PhraseIndex:
    """Phrases by first word, longest first. An index can lie over another (`under`): its phrases are tried with
    the other's, and where both hold the same words, its entry is the one found."""

    def __init__(self, max_gap: int = 3, under: _PhraseIndex | None = None) -> None:
        self.by_first: dict[str, list[_PhraseEntry]] = {}
        self.max_gap = max_gap
        self.under = under
        self._where: dict[tuple[str, ...], _PhraseEntry] | None = {}  # words -> entry; None until needed

    def add(self, words: tuple[str, ...], glue: tuple[bool, ...], payload: Any) -> None:
        """The first definition of a phrase wins."""
        if not words:
            return
        where = self._lookup()
        if words in where:
            return
        entry = where[words] = _PhraseEntry(words, glue, payload)
        # Longest first; among equals, in the order added.
        bisect.insort_right(self.by_first.setdefault(words[0], []), entry, key=lambda e: -len(e.words))

    def remove(self, words: tuple[str, ...]) -> None:
        """Take a phrase out (nothing when it is not held)."""
        entry = self._lookup().pop(words, None)
        if entry is not None:
            self._bucket(words[0]).remove(entry)

    def _lookup(self) -> dict[tuple[str, ...], _PhraseEntry]:
        if self._where is None:
            self._where = {e.words: e for w in list(self.by_first) for e in self._bucket(w)}
        return self._where

    def entries(self) -> Iterable[_PhraseEntry]:
        return self._lookup().values()

    def state(self) -> tuple[int, dict[str, str]]:
        """The index as plain strings, one per first word, for a cache that loads fast (`marshal`): a line per
        phrase, "WORDS<TAB>glue bits<TAB>payload"; payloads must be ints."""
        return self.max_gap, {w: "\n".join(f"{' '.join(e.words)}\t{''.join('1' if g else '0' for g in e.glue)}"
                                           f"\t{e.payload}" for e in self._bucket(w)) for w in self.by_first}

    @classmethod
    def from_state(cls, state: tuple[int, dict[str, str]]) -> _PhraseIndex:
        """An index whose buckets are decoded when a text first holds their word."""
        index = cls(state[0])
        index.by_first = state[1]  # type: ignore[assignment]
        index._where = None
        return index

    def _bucket(self, word: str) -> list[_PhraseEntry]:
        bucket = self.by_first.get(word)
        if bucket is None:
            return []
        if isinstance(bucket, str):
            rows = [line.split("\t") for line in bucket.split("\n")]
            bucket = self.by_first[word] = [
                _PhraseEntry(tuple(words.split(" ")), tuple(g == "1" for g in glue), int(payload))
                for words, glue, payload in rows]
        return bucket

    def _candidates(self, word: str) -> Iterable[_PhraseEntry]:
        own = self._bucket(word)
        if self.under is None:
            return own
        below = [e for e in self.under._candidates(word) if e.words not in self._lookup()]
        if not below:
            return own
        # Longest first; of equal length, this index's phrases first.
        return sorted([*own, *below], key=lambda e: -len(e.words))

    def match_at(self, words: Sequence[str], i: int,
                 gap_ok: GapCheck | None = None) -> tuple[_PhraseEntry, list[int]] | None:
        """Longest entry whose first word is words[i]; returns (entry, matched positions)."""
        following = words[i + 1] if i + 1 < len(words) else None
        for entry in self._candidates(words[i]):
            if len(entry.words) > 1 and entry.glue[1] and entry.words[1] != following:
                continue  # the common miss, decided before any call
            pos = self._match(entry, words, i, gap_ok)
            if pos is not None:
                return entry, pos
        return None

    def _match(self, entry: _PhraseEntry, words: Sequence[str], i: int, gap_ok: GapCheck | None) -> list[int] | None:
        positions = [i]
        j = i
        for w, glued in zip(entry.words[1:], entry.glue[1:], strict=True):
            nxt = None
            limit = 1 if glued else self.max_gap + 1
            for k in range(j + 1, min(len(words), j + 1 + limit)):
                if words[k] == w and (k == j + 1 or gap_ok is None or gap_ok(j, k)):
                    nxt = k
                    break
            if nxt is None:
                return None
            positions.append(nxt)
            j = nxt
        return positions

    def find_all(self, words: Sequence[str], gap_ok: GapCheck | None = None,
                 skip: set[int] | None = None) -> list[tuple[_PhraseEntry, list[int]]]:
        """Non-overlapping longest matches, left to right: list of (entry, positions)."""
        out = []
        used: set[int] = set(skip or ())
        layers = []  # the first words of this index and those under it: most words start no phrase
        index: _PhraseIndex | None = self
        while index is not None:
            layers.append(index.by_first)
            index = index.under
        if len(layers) == 1:
            starts = [i for i, word in enumerate(words) if word in layers[0]]
        else:
            starts = [i for i, word in enumerate(words) if any(word in firsts for firsts in layers)]
        for i in starts:
            if i in used:
                continue
            m = self.match_at(words, i, gap_ok)
            if m is None or any(p in used for p in m[1]):
                continue
            out.append(m)
            used.update(range(m[1][0], m[1][-1] + 1) if len(m[1]) == m[1][-1] - m[1][0] + 1 else m[1])
        return out


# ----------------------------------------------------------------------------------------------------------------
# actors


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # inclusive

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None

    def applies(self, day: dt.date | None) -> bool:
        if day is None:
            return not self.restricted
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


# Phoenix marks the entries it generated from its leaders list with this comment ("XI_JINPING_  # CountryInfo.txt").
PERSON_SOURCE_COMMENT = "CountryInfo.txt"


@dataclass
class ActorEntry:
    phrase: str
    codes: list[DatedCode] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    person: bool = False  # the dictionary says the entry is a person (Phoenix's leaders list)

    def resolve(self, day: dt.date | None) -> list[str] | None:
        """Codes in force on `day`: first date-restricted code that applies, else the first unrestricted one.
        Returns [] for the null code `---`, None when nothing applies."""
        if day is not None:
            for dc in self.codes:
                if dc.restricted and dc.applies(day):
                    return _split_codes(dc.code)
        for dc in self.codes:
            if not dc.restricted:
                return _split_codes(dc.code)
        return None


def _split_codes(code: str) -> list[str]:
    return [c for c in code.split("/") if c and c != NULL_CODE]


_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


def _parse_dated_code(inner: str) -> DatedCode:
    s = inner.strip()
    m = re.match(r"^(\S+)\s*(.*)$", s)
    if not m:
        return DatedCode(NULL_CODE)
    code, rest = m.group(1), m.group(2).replace(" ", "")
    if re.fullmatch(r"[<>]?\d{6,8}(-\d{6,8})?", code):  # date only, no code: malformed in the source
        return DatedCode(NULL_CODE)
    if not rest:
        return DatedCode(code)
    if rest[0] == "<":
        return DatedCode(code, None, parse_dict_date(rest[1:]) - dt.timedelta(days=1))
    if rest[0] == ">":
        return DatedCode(code, parse_dict_date(rest[1:]) + dt.timedelta(days=1), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return DatedCode(code, parse_dict_date(a), parse_dict_date(b))
    return DatedCode(code)


class ActorDictionary:
    """PETRARCH/TABARI actor dictionary (primary phrase, `+` synonyms, optionally date-ranged codes)."""

    def __init__(self) -> None:
        self.entries: list[ActorEntry] = []
        self._index: _PhraseIndex | None = None

    @property
    def index(self) -> _PhraseIndex:
        """Built on first use: `Knowledge` reads only the entries of the large shipped dictionaries."""
        if self._index is None:
            self._index = _PhraseIndex()
            for entry in self.entries:
                for p in [entry.phrase, *entry.synonyms]:
                    words, glue = _phrase_glue(p)
                    self._index.add(words, glue, entry)
        return self._index

    @classmethod
    def load(cls, path: str | Path) -> ActorDictionary:
        return cls.parse(Path(path).read_text(encoding="utf-8", errors="replace"), source=str(path))

    @classmethod
    def parse(cls, text: str, source: str = "<actor dictionary>") -> ActorDictionary:
        """A code whose dates cannot be read is skipped with one `DictionaryWarning` naming `source` and the
        line (PETRARCH2's own files hold a few, `[ARMUNR 9008223-911221]`); the rest of the entry stands."""
        self = cls()
        current: ActorEntry | None = None
        for number, raw in enumerate(text.splitlines(), 1):
            line = _strip_comment(raw)
            if not line:
                continue
            if line.startswith("["):  # indented code line for the current entry
                if current is not None:
                    current.codes.extend(_read_codes(line, source, number))
                continue
            phrase, codes = _phrase_and_codes(line, source, number)
            if phrase.startswith("+"):
                if current is not None:
                    current.synonyms.append(phrase[1:].strip())
                if codes and current is not None:
                    current.codes.extend(codes)
                continue
            current = ActorEntry(phrase, codes, person=raw.partition("#")[2].strip() == PERSON_SOURCE_COMMENT)
            self.entries.append(current)
        return self

    def __len__(self) -> int:
        return len(self.entries)

    def _entry(self, phrase_or_tokens: str | Sequence[str]) -> ActorEntry | None:
        words = _to_words(phrase_or_tokens)
        if not words:
            return None
        m = self.index.match_at(words, 0)
        if m is None or m[1][-1] != len(words) - 1:
            return None
        return m[0].payload

    def lookup_codes(self, phrase_or_tokens: str | Sequence[str], date: DateLike = None) -> list[str] | None:
        """All codes for an exact phrase on `date` ([] = known actor with null code, None = unknown)."""
        entry = self._entry(phrase_or_tokens)
        return None if entry is None else entry.resolve(_as_date(date))

    def lookup(self, phrase_or_tokens: str | Sequence[str], date: DateLike = None) -> str | None:
        codes = self.lookup_codes(phrase_or_tokens, date)
        return "/".join(codes) if codes else None

    def find(self, tokens: Sequence[str], date: DateLike = None) -> list[tuple[int, int, list[str]]]:
        """Longest-match actor phrases in a token list: (first word index, last word index + 1, codes)."""
        words = [w for t in tokens for w in split_words(t)]
        day = _as_date(date)
        out = []
        for entry, pos in self.index.find_all(words):
            codes = entry.payload.resolve(day)
            if codes:
                out.append((pos[0], pos[-1] + 1, codes))
        return out


def _to_words(phrase_or_tokens: str | Sequence[str]) -> list[str]:
    if isinstance(phrase_or_tokens, str):
        return split_words(phrase_or_tokens)
    return [w for t in phrase_or_tokens for w in split_words(t)]


class DictionaryWarning(UserWarning):
    """A part of a dictionary file that was skipped; the message names the file and the line."""


def _read_codes(line: str, source: str, number: int) -> list[DatedCode]:
    codes = []
    for inner in _CODE_BLOCK.findall(line):
        try:
            codes.append(_parse_dated_code(inner))
        except ValueError as exc:
            warnings.warn(f"{source}: line {number}: skipped code [{inner.strip()}]: {exc}", DictionaryWarning,
                          stacklevel=2)
    return codes


def _phrase_and_codes(line: str, source: str, number: int) -> tuple[str, list[DatedCode]]:
    codes = _read_codes(line, source, number)
    phrase = _CODE_BLOCK.sub(" ", line)
    phrase = re.sub(r"\{[^}]*\}", " ", phrase)
    return phrase.strip(), codes


# ----------------------------------------------------------------------------------------------------------------
# agents


@dataclass(frozen=True)
class Agent:
    phrase: str
    code: str
    prefix: bool = False  # `[NGO~]`: goes before the actor code


def _plural(word: str) -> list[str]:
    w = word
    if w.endswith("MAN"):
        return [w[:-3] + "MEN"]
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        return [w[:-1] + "IES"]
    if w.endswith(("S", "X", "Z", "CH", "SH")):
        return [w + "ES"]
    return [w + "S"]


class AgentDictionary:
    """PETRARCH/TABARI agent dictionary."""

    def __init__(self) -> None:
        self.agents: list[Agent] = []
        self.index = _PhraseIndex()

    @classmethod
    def load(cls, path: str | Path) -> AgentDictionary:
        return cls.parse(Path(path).read_text(encoding="utf-8", errors="replace"))

    @classmethod
    def parse(cls, text: str) -> AgentDictionary:
        self = cls()
        macros: dict[str, list[str]] = {}
        for raw in text.splitlines():
            line = _strip_comment(raw)
            if not line:
                continue
            m = re.match(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", line, re.I)
            if m:
                macros[m.group(1).upper()] = [v.strip().upper() for v in m.group(2).split(",") if v.strip()]
                continue
            codes = _CODE_BLOCK.findall(line)
            if not codes:
                continue
            code = codes[0].replace(" ", "")
            prefix = code.endswith("~") and not code.startswith("~")
            code = code.strip("~")
            braces = re.search(r"\{([^}]*)\}", line)
            phrase = line[: min(i for i in (line.find("{"), line.find("[")) if i >= 0)].strip().upper()
            explicit = braces.group(1).split() if braces else None
            for variant in _expand_macros(phrase, macros):
                forms = [variant]
                if explicit is None:
                    head, _, last = variant.rpartition("_")
                    forms += [(head + "_" if head else "") + p for p in _plural(last)]
                else:
                    forms += [e.upper() for e in explicit]
                for f in forms:
                    agent = Agent(variant, code, prefix)
                    self.agents.append(agent)
                    words, glue = _phrase_glue(f)
                    self.index.add(words, glue, agent)
        return self

    def __len__(self) -> int:
        return len({a.phrase for a in self.agents})

    def lookup(self, phrase_or_tokens: str | Sequence[str]) -> Agent | None:
        words = _to_words(phrase_or_tokens)
        if not words:
            return None
        m = self.index.match_at(words, 0)
        if m is None or m[1][-1] != len(words) - 1:
            return None
        return m[0].payload

    @staticmethod
    def apply(actor_code: str | None, agents: Iterable[Agent]) -> str:
        """Combine an actor code with agents: prefixes in front, suffix codes appended by 3-letter chunks that
        the code does not already hold ("USAGOV" + ~GOV stays "USAGOV")."""
        code = actor_code or NULL_CODE
        agents = list(agents)
        for a in agents:
            if a.prefix and not code.startswith(a.code):
                code = a.code + code
        for a in agents:
            if a.prefix:
                continue
            have = {code[i:i + 3] for i in range(0, len(code), 3)}
            for i in range(0, len(a.code), 3):
                chunk = a.code[i:i + 3]
                if chunk not in have:
                    code += chunk
                    have.add(chunk)
        return code


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z0-9_]+!", phrase)
    if not m or m.group(0) not in macros:
        return [phrase]
    out = []
    for value in macros[m.group(0)]:
        out.extend(_expand_macros(phrase[: m.start()] + value + phrase[m.end():], macros))
    return out


# ----------------------------------------------------------------------------------------------------------------
# discards


class DiscardDictionary:
    """Discard phrases: a `+` prefix discards the whole story, otherwise only the sentence."""

    def __init__(self) -> None:
        self.index = _PhraseIndex(max_gap=0)

    @classmethod
    def load(cls, path: str | Path) -> DiscardDictionary:
        return cls.parse(Path(path).read_text(encoding="utf-8", errors="replace"))

    @classmethod
    def parse(cls, text: str) -> DiscardDictionary:
        self = cls()
        for raw in text.splitlines():
            line = re.sub(r";.*$", "", _strip_comment(raw)).strip()
            if not line:
                continue
            story = line.startswith("+")
            words = tuple(split_words(line.lstrip("+")))
            kind = "storydiscard" if story else "sentencediscard"
            self.index.add(words, tuple(i > 0 for i in range(len(words))), kind)
        return self

    def check(self, words: Sequence[str]) -> str | None:
        """`storydiscard`, `sentencediscard` or None for a list of words."""
        found = None
        for entry, _ in self.index.find_all([w.upper() for w in words]):
            if entry.payload == "storydiscard":
                return "storydiscard"
            found = entry.payload
        return found


# ----------------------------------------------------------------------------------------------------------------
# verbs


@dataclass
class PatternElement:
    kind: str  # word | syn | source | target | compound | skip
    value: tuple[str, ...] | str = ()
    glued_left: bool = False  # must directly follow the element (or verb) to its left
    glued_right: bool = False  # must directly precede the element (or verb) to its right


@dataclass
class Pattern:
    pre: list[PatternElement]
    post: list[PatternElement]
    code: str
    raw: str
    order: int = 0
    origin: str | None = None  # the verb the dictionary's comment names as the pattern's source ("# ISSUE")

    @property
    def weight(self) -> int:
        return len(self.pre) + len(self.post)


@dataclass
class VerbBlock:
    name: str
    code: str | None
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbEntry:
    words: tuple[str, ...]  # surface form, e.g. ("WIRE", "TAPPED")
    head: int  # index of the inflected word
    code: str | None  # code of this verb line (block default if the line has none)
    block: VerbBlock
    lemma: str


def _verb_forms(root: str) -> list[str]:
    if root.endswith("E"):
        return [root, root + "S", root + "D", root[:-1] + "ING"]
    if root.endswith("Y") and len(root) > 1 and root[-2] not in "AEIOU":
        return [root, root[:-1] + "IES", root[:-1] + "IED", root + "ING"]
    if root.endswith(("S", "X", "Z", "CH", "SH")):
        return [root, root + "ES", root + "ED", root + "ING"]
    return [root, root + "S", root + "ED", root + "ING"]


def _norm_code(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    return code or None


class VerbDictionary:
    """PETRARCH (TABARI-style) verb dictionary with synsets and patterns."""

    def __init__(self) -> None:
        self.synsets: dict[str, list[tuple[str, ...]]] = {}
        self.blocks: list[VerbBlock] = []
        self.verbs: dict[str, list[VerbEntry]] = {}  # inflected head word -> entries

    @classmethod
    def load(cls, path: str | Path) -> VerbDictionary:
        return cls.parse(Path(path).read_text(encoding="utf-8", errors="replace"))

    @classmethod
    def parse(cls, text: str) -> VerbDictionary:
        self = cls()
        raw_syn: dict[str, list[str]] = {}
        current_syn: str | None = None
        block: VerbBlock | None = None
        order = 0
        for raw in text.splitlines():
            line = _strip_comment(raw)
            if not line:
                continue
            if line.startswith("&"):
                current_syn = line.split()[0].strip("_").upper()
                raw_syn[current_syn] = []
                block = None
                continue
            if line.startswith("---"):
                current_syn = None
                inner = line.strip("-").strip()
                codes = _CODE_BLOCK.findall(inner)
                name = _CODE_BLOCK.sub(" ", inner).strip()
                block = VerbBlock(name, _norm_code(codes[0]) if codes else None)
                self.blocks.append(block)
                continue
            if current_syn is not None and line.startswith("+"):
                raw_syn[current_syn].append(line[1:].strip())
                continue
            if block is None:
                continue
            if line.startswith("-"):
                pat = self._parse_pattern(line[1:], order)
                order += 1
                if pat is not None:
                    pat.origin = _pattern_origin(raw)
                    block.patterns.append(pat)
                continue
            self._add_verb_line(line, block)
        # expand nested synsets
        def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
            out: list[tuple[str, ...]] = []
            for member in raw_syn.get(name, []):
                if member.startswith("&"):
                    sub = member.split()[0].strip("_").upper()[1:]
                    if sub not in seen:
                        out.extend(expand(sub, seen | {sub}))
                else:
                    words = tuple(split_words(member))
                    if words:
                        out.append(words)
            out.sort(key=lambda w: -len(w))
            return out

        for name in raw_syn:
            self.synsets[name[1:] if name.startswith("&") else name] = expand(name, frozenset({name}))
        return self

    def _add_verb_line(self, line: str, block: VerbBlock) -> None:
        codes = _CODE_BLOCK.findall(line)
        code = _norm_code(codes[0]) if codes else block.code
        braces = re.search(r"\{([^}]*)\}", line)
        main = _CODE_BLOCK.sub(" ", re.sub(r"\{[^}]*\}", " ", line)).strip()
        if not main:
            return
        main = main.split()[0] if "_" in main or len(main.split()) == 1 else main.replace(" ", "_")
        forms = [main] + braces.group(1).split() if braces else [main]
        lemma = main.lstrip("+").replace("+", "")
        seen: set[tuple[str, ...]] = set()
        touched: set[str] = set()
        for form in forms:
            parts = [p for p in form.lstrip("+").split("_") if p] if form.startswith("+") else form.split("_")
            parts = [p for p in parts if p]
            head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
            parts = [p.lstrip("+").upper() for p in parts]
            inflections = _verb_forms(parts[head]) if not braces else [parts[head]]
            for inf in inflections:
                words = list(parts)
                words[head] = inf
                split: list[str] = []
                head_idx = 0
                for k, w in enumerate(words):
                    sw = split_words(w)
                    if k == head:
                        head_idx = len(split)
                    split.extend(sw)
                key = tuple(split)
                if key in seen:
                    continue
                seen.add(key)
                entry = VerbEntry(key, head_idx, code, block, lemma.upper())
                self.verbs.setdefault(key[head_idx], []).append(entry)
                touched.add(key[head_idx])
        for head_word in touched:  # longest first; the other lists are sorted already (sorting all was quadratic)
            self.verbs[head_word].sort(key=lambda e: -len(e.words))

    def _parse_pattern(self, text: str, order: int) -> Pattern | None:
        codes = _CODE_BLOCK.findall(text)
        if not codes:
            return None
        body = _CODE_BLOCK.sub(" ", text).strip()
        items: list[tuple[str, bool]] = []  # (part, glued to previous)
        for chunk in body.split():
            parts = chunk.split("_")
            for k, part in enumerate(parts):
                if not part:
                    continue
                glued = k > 0 and bool(parts[k - 1])
                if part in ("*", "$", "+", "^", "%") or part.startswith("&"):
                    items.append((part, glued))
                else:
                    # a word glued to "+": `SUGGESTED_+` is word then target marker
                    for j, w in enumerate(split_words(part)):
                        items.append((w, glued or j > 0))
        stars = [i for i, (p, _) in enumerate(items) if p == "*"]
        if len(stars) != 1:
            return None
        s = stars[0]
        elements: list[PatternElement] = []
        for part, glued in items:
            if part == "*":
                elements.append(PatternElement("verb", glued_left=glued))
                continue
            kind = {"$": "source", "+": "target", "^": "skip", "%": "compound"}.get(part)
            value: tuple[str, ...] | str
            if kind is None:
                if part.startswith("&"):
                    kind, value = "syn", part[1:].strip("_").upper()
                else:
                    kind, value = "word", (part,)
            else:
                value = ()
            elements.append(PatternElement(kind, value, glued_left=glued))
        for i in range(len(elements) - 1):
            elements[i].glued_right = elements[i + 1].glued_left
        return Pattern(elements[:s], elements[s + 1:], codes[0].strip(), body, order)

    def candidates(self, words: Sequence[str], i: int) -> list[VerbEntry]:
        """Verb entries whose inflected word is words[i] and whose other words surround it."""
        out = []
        for entry in self.verbs.get(words[i], ()):
            start = i - entry.head
            if start < 0 or start + len(entry.words) > len(words):
                continue
            if all(words[start + k] == w for k, w in enumerate(entry.words)):
                out.append(entry)
        return out

    def blocks_for(self, lemma: str) -> list[VerbBlock]:
        return [e.block for es in self.verbs.values() for e in es if e.lemma == lemma]


# ----------------------------------------------------------------------------------------------------------------
# coder


@dataclass
class PetrarchConfig:
    require_dyad: bool = True
    new_actor_length: int = 0
    reject_dateline: bool = True
    drop_self_events: bool = True
    code_negated: bool = False  # a negated verb ("did not attack") codes only through a pattern that says so
    # PETRARCH's comma-clause deletion: a clause set off by commas is dropped before coding when its word count
    # lies in [min, max]; `comma_b*` the clause before the first comma, `comma_e*` the one after the last,
    # `comma_min/max` those between two commas. A maximum of 0 turns that kind off: the default here (PETRARCH's own
    # defaults were 2-8 for the inner and end clauses).
    comma_min: int = 0
    comma_max: int = 0
    comma_bmin: int = 0
    comma_bmax: int = 0
    comma_emin: int = 0
    comma_emax: int = 0

    @classmethod
    def from_options(cls, options: dict[str, Any] | None) -> PetrarchConfig:
        cfg = cls()
        for key, value in (options or {}).items():
            if key == "require_dyad":
                cfg.require_dyad = str(value).strip().lower() in ("true", "1", "yes")
            elif key == "new_actor_length":
                cfg.new_actor_length = int(value)
            elif key == "reject_dateline":
                cfg.reject_dateline = str(value).strip().lower() in ("true", "1", "yes")
            elif key in _COMMA_OPTIONS:
                setattr(cfg, key, int(value))
        return cfg

    @property
    def deletes_comma_clauses(self) -> bool:
        return bool(self.comma_max or self.comma_bmax or self.comma_emax)


_COMMA_OPTIONS = ("comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax")


@dataclass
class VerbTrace:
    verb: str
    code: str | None
    pattern: str | None
    sources: list[str]
    targets: list[str]
    note: str | None = None  # why the verb's event was changed or dropped after its own coding


@dataclass
class CodingResult:
    events: list[Event]
    error: str | None = None
    traces: list[VerbTrace] = field(default_factory=list)


# dependency labels
_NP_MOD = {"compound", "amod", "poss", "nmod", "flat", "nummod", "det", "case", "quantmod", "predet"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
_SPAN_EXCLUDE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "dep"}
_CLIMB_PREPS = {"OF", "IN", "FROM", "BETWEEN", "BY", "AMONG"}
_SPLIT_PREPS = {"OF", "IN", "FROM", "BETWEEN", "BY", "AMONG", "WITH", "AT", "FOR", "ON", "TO", "AGAINST", "TOWARD",
                "TOWARDS", "NEAR", "INTO"}
_COORD = {"AND", "OR", "NOR", "NEITHER", "EITHER", ",", "&", ";"}
_PRONOUNS = {"IT", "HE", "SHE", "THEY", "WE", "I", "YOU", "THEM", "HIM", "HER", "US", "THIS", "THAT", "WHO", "WHICH"}
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{1,40}(\([^)]*\))?\s*(:|--|\u2014)")


@dataclass
class _Unit:
    """An actor mention: matched words, its noun-phrase head token and the codes of that phrase."""

    start: int
    end: int
    head: Token
    codes: list[str]


class _Binding(TypedDict, total=False):
    """What a pattern's actor markers bound: codes by role, and the unit the target codes came from."""

    source: list[str]
    target: list[str]
    target_unit: _Unit
    compound_pre: list[str]


class _Sentence:
    """Per-sentence working state for the coder."""

    def __init__(self, coder: PetrarchCoder, span: Span, day: dt.date | None) -> None:
        self.coder = coder
        self.span = span
        self.day = day
        self.words: list[str] = []
        self.word_tok: list[int] = []  # word -> token index (doc-level)
        self.tok_words: dict[int, list[int]] = {}
        for tok in span:
            if tok.is_space:
                continue
            for w in split_words(tok.text):
                self.tok_words.setdefault(tok.i, []).append(len(self.words))
                self.words.append(w)
                self.word_tok.append(tok.i)
        self.doc = span.doc
        self.roots = [t for t in span if t.head.i == t.i]
        self._np_cache: dict[int, list[str]] = {}
        self.chunks = self._chunks()
        self.units = self._units()

    # --- words / tokens -------------------------------------------------------------------------------------
    def tok(self, word_index: int) -> Token:
        return self.doc[self.word_tok[word_index]]

    def first_word(self, tok: Token) -> int:
        return self.tok_words[tok.i][0]

    def last_word(self, tok: Token) -> int:
        return self.tok_words[tok.i][-1]

    def _chunks(self) -> list[tuple[int, int]]:
        out = []
        for nc in self.span.noun_chunks:
            toks = [t for t in nc if t.i in self.tok_words]
            if toks:
                out.append((self.first_word(toks[0]), self.last_word(toks[-1]) + 1))
        return out

    # --- noun phrases ---------------------------------------------------------------------------------------
    @staticmethod
    def np_head(tok: Token) -> Token:
        while tok.dep_ in _NP_MOD and tok.head.i != tok.i:
            tok = tok.head
        return tok

    def np_top(self, tok: Token, floor: int = -1) -> Token:
        """Climb from a word of a noun phrase to the top of the phrase: through modifiers, conjuncts, list-like
        appositions and `of`/`in`/`from`/`between`/`by` attachments to a noun (never to a token before `floor`)."""
        while tok.head.i != tok.i and tok.head.i >= floor:
            dep = tok.dep_
            if dep in _NP_MOD or dep == "conj" and tok.head.pos_ in _NOMINAL or dep == "appos" and self._listlike(tok):
                tok = tok.head
            elif (dep == "pobj" and tok.head.dep_ == "prep" and tok.head.text.upper() in _CLIMB_PREPS
                  and tok.head.head.pos_ in _NOMINAL and tok.head.head.i != tok.head.i and tok.head.head.i >= floor):
                tok = tok.head.head
            else:
                break
        return tok

    def _gap_ok(self, i: int, j: int) -> bool:
        return self.np_head(self.tok(i)).i == self.np_head(self.tok(j)).i

    def _units(self) -> list[_Unit]:
        units: list[_Unit] = []
        used: set[int] = set()
        for entry, pos in self.coder.actors.index.find_all(self.words, gap_ok=self._gap_ok):
            used.update(pos)
            if entry.payload.resolve(self.day) is None:
                continue
            top = self.np_top(self.tok(pos[-1]))
            codes = self.code_np(top)
            if codes:
                units.append(_Unit(pos[0], pos[-1] + 1, top, codes))
        for _entry, pos in self.coder.agents.index.find_all(self.words, skip=used):
            top = self.np_top(self.tok(pos[-1]))
            codes = self.code_np(top)
            if codes:
                units.append(_Unit(pos[0], pos[-1] + 1, top, codes))
        if self.coder.config.new_actor_length > 0:
            covered = {k for u in units for k in range(u.start, u.end)}
            for a, b in self.chunks:
                if any(k in covered for k in range(a, b)):
                    continue
                top = self.np_top(self.tok(b - 1))
                codes = self.code_np(top)
                if codes:
                    units.append(_Unit(a, b, top, codes))
        units.sort(key=lambda u: u.start)
        return units

    @staticmethod
    def _listlike(tok: Token) -> bool:
        return any(t.dep_ == "cc" for t in tok.subtree) or any(c.dep_ == "cc" for c in tok.head.children)

    def np_span(self, tok: Token) -> list[int]:
        """Word positions of the noun phrase headed by `tok` (clauses and plain appositions left out)."""
        toks: list[Token] = []

        def walk(t: Token, top: bool) -> None:
            toks.append(t)
            for c in t.children:
                if c.dep_ in _SPAN_EXCLUDE:
                    continue
                if c.dep_ == "appos" and not self._listlike(c):
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue
                walk(c, False)

        walk(tok, True)
        toks.sort(key=lambda t: t.i)
        while toks and toks[-1].dep_ in ("punct", "cc") :
            toks.pop()
        while toks and toks[0].dep_ in ("punct", "cc"):
            toks.pop(0)
        return [w for t in toks if t.i in self.tok_words for w in self.tok_words[t.i]]

    def code_np(self, tok: Token) -> list[str]:
        """Actor codes of the noun phrase headed by `tok` (one per conjunct; agents applied)."""
        if tok.i not in self._np_cache:
            self._np_cache[tok.i] = []
            codes = self.code_span(self.np_span(tok))
            if not codes:
                quoted = self._new_actor(tok)
                codes = [quoted] if quoted else []
            self._np_cache[tok.i] = codes
        return self._np_cache[tok.i]

    def code_span(self, positions: list[int], depth: int = 0) -> list[str]:
        if not positions or depth > 4:
            return []
        words = [self.words[p] for p in positions]
        actor_at: dict[int, list[str]] = {}  # local start -> codes ([] = known null actor)
        covered: set[int] = set()
        for entry, pos in self.coder.actors.index.find_all(words):
            codes = entry.payload.resolve(self.day)
            covered.update(range(pos[0], pos[-1] + 1))
            if codes is not None:
                actor_at[pos[0]] = codes
        agent_at: dict[int, Agent] = {}
        for entry, pos in self.coder.agents.index.find_all(words, skip=covered):
            covered.update(range(pos[0], pos[-1] + 1))
            agent_at[pos[0]] = entry.payload
        # split at the first free preposition when nothing before it is an actor: "officials in A and B"
        split = None
        for k, p in enumerate(positions):
            tok = self.tok(p)
            if any(a <= k for a, c in actor_at.items() if c):
                break
            if k in covered or k == 0:
                continue
            if tok.dep_ == "prep" and words[k] in _SPLIT_PREPS:
                split = k
                break
        left = range(len(words)) if split is None else range(split)
        right_codes = self.code_span(positions[split + 1:], depth + 1) if split is not None else []
        segments = self._segments(words, positions, left, covered)
        seg_info = []
        for seg in segments:
            actor = next((actor_at[k] for k in seg if k in actor_at and actor_at[k]), None)
            if split is None and actor is not None:
                first_prep = next((k for k in seg if self.tok(positions[k]).dep_ == "prep" and k not in covered
                                   and k > min(seg)), None)
                agents = [agent_at[k] for k in seg if k in agent_at and (first_prep is None or k < first_prep)]
            else:
                agents = [agent_at[k] for k in seg if k in agent_at]
            former = any(words[k] == "FORMER" for k in seg)
            seg_info.append((actor, agents, former))
        donor = next(((a, ag) for a, ag, _ in seg_info if a and ag), None)
        out: list[str] = []
        for n, (actor, agents, former) in enumerate(seg_info):
            if former:
                agents = [a for a in agents if a.prefix] + [Agent("FORMER", "ELI")]
            if actor:
                bases = actor
            elif right_codes and (agents or n == len(seg_info) - 1):
                bases = right_codes
            elif agents and donor is not None:
                bases = donor[0]
                agents = donor[1][:-1] + agents
            elif agents:
                bases = [NULL_CODE]
            else:
                # PETRARCH's new actors: an uncoded conjunct of a coded list ("A's toll and the injury count")
                # is an actor of its own, named by its words
                named = self._named_conjunct([positions[k] for k in seg]) if len(seg_info) > 1 else None
                if named is None or not any(a for a, _, _ in seg_info):
                    continue
                bases = [named]
            for b in bases:
                out.append(AgentDictionary.apply(b, agents) if agents else b)
        return list(dict.fromkeys(out))

    def _segments(self, words: list[str], positions: list[int], rng: range, covered: set[int]) -> list[list[int]]:
        """Split a phrase at coordinations between nominals ("A, B and the evil C"; not "awful and evil")."""

        def nominal_cc(k: int) -> bool:
            tok = self.tok(positions[k])
            return tok.dep_ in ("cc", "preconj") and tok.head.pos_ in _NOMINAL

        is_list = any(nominal_cc(k) for k in rng if k not in covered)
        segs: list[list[int]] = []
        cur: list[int] = []
        for k in rng:
            if k in covered:
                cur.append(k)
                continue
            tok = self.tok(positions[k])
            if nominal_cc(k) or words[k] in _COORD and tok.dep_ in ("cc", "preconj") and tok.head.pos_ in _NOMINAL \
                    or words[k] in (",", ";") and is_list:
                if cur:
                    segs.append(cur)
                cur = []
                continue
            cur.append(k)
        if cur:
            segs.append(cur)
        return segs

    def _named_conjunct(self, positions: list[int]) -> str | None:
        """'"WORDS"' for a conjunct of at most `new_actor_length` words ending in a noun, else None."""
        n = self.coder.config.new_actor_length
        toks = [self.tok(p) for p in positions]
        kept = [t for t in dict.fromkeys(toks) if t.dep_ not in ("case", "punct", "cc")]
        if n <= 0 or not kept or len(kept) > n or kept[-1].pos_ not in ("NOUN", "PROPN"):
            return None
        return '"' + " ".join(t.text.upper() for t in kept) + '"'

    def _new_actor(self, tok: Token) -> str | None:
        """PETRARCH's `new_actor_length`: an uncoded proper-noun phrase of at most that many words becomes an
        actor named by its text, e.g. '"THE MINISTRY OF MAGIC"'."""
        n = self.coder.config.new_actor_length
        if n <= 0:
            return None
        toks = []
        for t in tok.subtree:
            if t.dep_ in ("case", "punct") or t.i not in self.tok_words:
                continue
            if any(a.dep_ in ("relcl", "acl", "conj", "cc", "advcl") and a.i != tok.i
                   for a in [t, *t.ancestors] if a.i != tok.i and tok.i in {x.i for x in a.ancestors}):
                continue
            toks.append(t)
        if not toks or len(toks) > n or not any(t.pos_ == "PROPN" for t in toks):
            return None
        return '"' + " ".join(t.text.upper() for t in toks) + '"'

    # --- actor mentions for pattern markers ------------------------------------------------------------------
    def unit_after(self, pos: int, hi: int) -> _Unit | None:
        for u in self.units:
            if u.start >= pos and u.end <= hi:
                return u
        return None

    def unit_before(self, pos: int, lo: int) -> _Unit | None:
        for u in reversed(self.units):
            if u.end <= pos and u.start >= lo:
                return u
        return None


class PetrarchCoder:
    """Codes sentences with PETRARCH dictionaries over spaCy parses; see the module docstring."""

    def __init__(self, actors: ActorDictionary, agents: AgentDictionary, verbs: VerbDictionary,
                 discards: DiscardDictionary | None = None, nlp: Language | None = None,
                 config: PetrarchConfig | None = None) -> None:
        if nlp is None:
            from dragoman.nlp import load_model

            nlp = load_model()
        self.actors = actors
        self.agents = agents
        self.verbs = verbs
        self.discards = discards or DiscardDictionary()
        self.nlp = nlp
        self.config = config or PetrarchConfig()

    @classmethod
    def from_files(cls, actors: str | Path, agents: str | Path, verbs: str | Path, discards: str | Path | None = None,
                   nlp: Language | None = None, config: PetrarchConfig | None = None) -> PetrarchCoder:
        return cls(ActorDictionary.load(actors), AgentDictionary.load(agents), VerbDictionary.load(verbs),
                   DiscardDictionary.load(discards) if discards else None, nlp, config)

    # --- public -----------------------------------------------------------------------------------------------
    def code(self, text: str, date: DateLike = None, config: PetrarchConfig | None = None) -> list[Event]:
        return self.code_detailed(text, date, config).events

    def code_detailed(self, text: str, date: DateLike = None, config: PetrarchConfig | None = None) -> CodingResult:
        saved = self.config
        if config is not None:
            self.config = config
        try:
            return self._code(text, _as_date(date))
        finally:
            self.config = saved

    def code_doc(self, doc: Doc, date: DateLike = None) -> CodingResult:
        """Code an already parsed spaCy Doc."""
        return self._code_doc(doc, _as_date(date))

    # --- internals --------------------------------------------------------------------------------------------
    def _code(self, text: str, day: dt.date | None) -> CodingResult:
        if self.config.reject_dateline and _DATELINE.match(text):
            return CodingResult([], "dateline")
        doc = self.nlp(text)
        if self.config.deletes_comma_clauses:
            reduced = "".join(_delete_comma_clauses(span, self.config) for span in _sentences(doc))
            if reduced != doc.text:
                doc = self.nlp(reduced)
        return self._code_doc(doc, day)

    def _code_doc(self, doc: Doc, day: dt.date | None) -> CodingResult:
        words = [w for t in doc for w in split_words(t.text)]
        discard = self.discards.check(words)
        if discard:
            return CodingResult([], discard)
        events: list[Event] = []
        traces: list[VerbTrace] = []
        for span in _sentences(doc):
            s = _Sentence(self, span, day)
            ev, tr = self._code_sentence(s)
            events.extend(ev)
            traces.extend(tr)
        return CodingResult(list(dict.fromkeys(events)), None, traces)

    def _verb_hits(self, s: _Sentence) -> dict[int, tuple[list[VerbEntry], int, int]]:
        """token index -> (entries, first word, last word + 1) for tokens tagged as verbs."""
        hits: dict[int, tuple[list[VerbEntry], int, int]] = {}
        for wi, w in enumerate(s.words):
            tok = s.tok(wi)
            if not (tok.tag_.startswith("VB") or tok.pos_ in ("VERB",)) or w not in self.verbs.verbs:
                continue
            entries = self.verbs.candidates(s.words, wi)
            if not entries:
                continue
            best = max(len(e.words) for e in entries)
            entries = [e for e in entries if len(e.words) == best]
            start = wi - entries[0].head
            end = start + best
            # structural anchor: the highest token of the matched words in the tree
            toks = {s.word_tok[k] for k in range(start, end)}
            anchor = min(toks, key=lambda i: _depth(s.doc[i]))
            if anchor in hits and hits[anchor][2] - hits[anchor][1] >= best:
                continue
            hits[anchor] = (entries, start, end)
        return hits

    def _code_sentence(self, s: _Sentence) -> tuple[list[Event], list[VerbTrace]]:
        hits = self._verb_hits(s)
        matched: dict[int, tuple[str | None, Pattern | None, _Binding]] = {}
        for ti, (entries, start, end) in hits.items():
            matched[ti] = self._match_patterns(s, s.doc[ti], entries, start, end)
        base_sources = {ti: self._sources(s, s.doc[ti]) for ti, (code, _, _) in matched.items()
                        if code and code != NULL_CODE}
        # verbs that make an event of their own (a code and a source): a saying verb above them gets no target
        coded = {ti for ti, (code, _, b) in matched.items()
                 if code and code != NULL_CODE and (base_sources.get(ti) or b.get("source") or b.get("compound_pre"))}
        events: list[Event] = []
        traces: list[VerbTrace] = []
        by_verb: dict[int, list[Event]] = {}
        dyads: dict[int, tuple[list[str], list[str], str]] = {}
        trace_of: dict[int, VerbTrace] = {}
        for ti, (code, pattern, binding) in matched.items():
            if not code or code == NULL_CODE:
                continue
            verb = s.doc[ti]
            if pattern is None and not self.config.code_negated and _negated(verb):
                traces.append(VerbTrace(verb.text, None, "negated", [], []))
                continue
            start, end = hits[ti][1], hits[ti][2]
            compound = binding.get("compound_pre")
            if compound:
                pairs = [(a, b) for a in compound for b in compound if a != b]
                by_verb[ti] = self._events_from_pairs(pairs, code)
                traces.append(VerbTrace(verb.text, code, pattern.raw if pattern else None, compound, compound))
                continue
            sources = binding.get("source")
            targets = binding.get("target")
            target_unit = binding.get("target_unit")
            if sources is None:
                sources = base_sources[ti]
                if target_unit is not None and self._is_subject_of(target_unit.head, verb):
                    sources = self._parent_sources(s, verb)
            if targets is None:
                targets = self._targets(s, verb, end, coded)
            trace_of[ti] = VerbTrace(verb.text, code, pattern.raw if pattern else None, sources, targets)
            traces.append(trace_of[ti])
            dyads[ti] = (sources, targets, code)
        # PETRARCH2's "a (b . Q) P -> (a b P)": a verb with a source and no target takes as its target the source
        # of the event in an adverbial clause below it (which that event then gives up, see `_outranked`)
        for ti, (sources, targets, code) in list(dyads.items()):
            if sources and not targets:
                below = self._clause_source(s.doc[ti], dyads)
                if below:
                    dyads[ti] = (sources, below, code)
                    trace_of[ti].targets = below
                    trace_of[ti].note = "target: the source of its adverbial clause"
        for ti, (sources, targets, code) in dyads.items():
            if not sources and not targets:
                continue
            if self.config.require_dyad and (not sources or not targets):
                continue
            pairs = [(a, b) for a in (sources or [NULL_CODE]) for b in (targets or [NULL_CODE])]
            by_verb[ti] = self._events_from_pairs(pairs, code)
        for ti, ev in by_verb.items():
            if not self._outranked(s.doc[ti], by_verb):
                events.extend(ev)
            elif ti in trace_of:
                trace_of[ti].note = "dropped: in an adverbial clause of a coded predicate"
        return events, traces

    @staticmethod
    def _clause_source(verb: Token, dyads: dict[int, tuple[list[str], list[str], str]]) -> list[str]:
        """Sources of the first coded verb, after `verb`, in an adverbial clause of `verb`'s predicate."""
        top = verb
        while top.dep_ in ("xcomp", "acomp") and top.head.i != top.i:
            top = top.head
        predicate = [top, *(t for t in top.subtree if t.i != top.i and _complement_of(t, top))]
        for clause in sorted((c for p in predicate for c in p.children if c.dep_ == "advcl" and c.i > verb.i),
                             key=lambda c: c.i):
            for t in sorted(clause.subtree, key=lambda t: t.i):
                if t.i in dyads and dyads[t.i][0]:
                    return dyads[t.i][0]
        return []

    @staticmethod
    def _outranked(verb: Token, by_verb: dict[int, list[Event]]) -> bool:
        """PETRARCH2 codes a subordinate clause ("... after crowds burned the embassy") only when the predicate
        it hangs on codes nothing: a verb inside an adverbial clause whose governing predicate (the verb it is
        attached to, with that verb's xcomp/acomp complements) made an event gives none of its own."""
        x = verb
        while x.head.i != x.i:
            if x.dep_ == "advcl":
                head = x.head
                predicate = [head, *(t for t in head.subtree if t.i != head.i and _complement_of(t, head))]
                if any(by_verb.get(t.i) for t in predicate):
                    return True
            x = x.head
        return False

    def _events_from_pairs(self, pairs: list[tuple[str, str]], code: str) -> list[Event]:
        forward, _, backward = code.partition(":")
        out: list[Event] = []
        for a, b in pairs:
            if self.config.drop_self_events and a == b and a != NULL_CODE:
                continue
            if forward and forward != NULL_CODE:
                out.append((a, b, forward))
            if backward and backward != NULL_CODE:
                out.append((b, a, backward))
        return out

    # --- sources / targets --------------------------------------------------------------------------------------
    @staticmethod
    def _is_subject_of(head: Token, verb: Token) -> bool:
        for c in verb.children:
            if c.dep_ in _SUBJ:
                grp = [c] + [t for t in c.subtree if t.dep_ == "conj"]
                if head.i in {g.i for g in grp}:
                    return True
        return False

    @staticmethod
    def _passive_agent(verb: Token) -> Token | None:
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "agent"), None)

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is None:  # "X was [auxpass] criticized": the parser hung the subject on the auxiliary
            for c in verb.children:
                if c.dep_ in ("aux", "auxpass") and c.i > 0:
                    subj = next((g for g in c.children if g.dep_ in _SUBJ), None)
                    if subj is not None:
                        break
        if subj is None and verb.tag_ in ("VBP", "VBZ", "VBD"):
            # "Ethiopia act on ...": the parser took the subject for a compound of a finite verb (a noun-only
            # relation); the nominal right before the verb is its subject
            subj = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")
                         and c.i == verb.i - 1), None)
        return subj

    def _sources(self, s: _Sentence, verb: Token, depth: int = 0) -> list[str]:
        if depth > 6:
            return []
        agent = self._passive_agent(verb)
        if agent is not None:
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None)
            return s.code_np(obj) if obj is not None else []
        subj = self._subject(verb)
        if subj is None and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
            # "X called on Y to be allowed to ...": the controller of a passive infinitive is its patient, not its
            # source, and without a by-agent the verb has no source (as PETRARCH2's passive verb phrases)
            return []
        if subj is not None:
            if subj.text.upper() in _PRONOUNS and subj.tag_ in ("PRP", "WDT", "WP", "DT"):
                if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return s.code_np(s.np_top(verb.head))
                return self._parent_sources(s, verb, depth)
            coded = s.code_np(subj)
            # "Lions, tigers, and Gondor welcomed": spaCy may hang the last conjunct on the verb as a second
            # subject; the actors among the subjects are the source, as in a coordinated phrase
            for other in (c for c in verb.children if c.dep_ in _SUBJ and c.i != subj.i):
                if not coded:
                    coded = s.code_np(other)
            return coded
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOMINAL:
            return s.code_np(s.np_top(verb.head))
        if verb.dep_ == "pcomp" or verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
            return []  # "after leaving X": no subject of its own, and none inherited
        return self._parent_sources(s, verb, depth)

    def _parent_sources(self, s: _Sentence, verb: Token, depth: int = 0) -> list[str]:
        head = verb.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            if any(c.dep_ in _SUBJ for c in head.children):
                break
            head = head.head
        if head.i == verb.i:
            return []
        return self._sources(s, head, depth + 1)

    def _targets(self, s: _Sentence, verb: Token, verb_end: int, coded: set[int]) -> list[str]:
        agent = self._passive_agent(verb)
        if agent is not None:  # "X was opposed by Y": the subject is the target
            subj = self._subject(verb)
            return s.code_np(subj) if subj is not None else []
        blocked: set[int] = set()
        for c in verb.children:
            skip = c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass", "neg", "punct", "cc", "mark", "agent")
            if skip or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                blocked.update(t.i for t in c.subtree)
        # complement clauses ("X said [that Y ...]") holding a coded verb of their own
        for t in verb.subtree:
            if t.i == verb.i or t.i not in coded:
                continue
            x, clause = t, None
            while x.i != verb.i and x.head.i != x.i:
                if x.dep_ in ("ccomp", "parataxis"):
                    clause = x
                x = x.head
            if clause is not None:
                # a coded verb joined to the clause's head ("... would not work and warned that ...") takes only
                # its own words: the clause's head keeps its arguments
                joined = t.dep_ == "conj" and t.head.i == clause.i
                blocked.update(y.i for y in (t.subtree if joined else clause.subtree))
        region = {t.i for t in verb.subtree}
        own_root = verb
        while own_root.head.i != own_root.i:
            own_root = own_root.head
        for root in s.roots:  # fragments the parser left unattached after the verb's tree
            if root.i > verb.i and root.i != own_root.i and root.i not in region:
                region.update(t.i for t in root.subtree)
        region -= blocked
        for u in s.units:
            if u.start < verb_end:
                continue
            toks = {s.word_tok[k] for k in range(u.start, u.end)}
            if toks <= region:
                return u.codes
        return []

    # --- patterns ---------------------------------------------------------------------------------------------
    def _match_patterns(self, s: _Sentence, verb: Token, entries: list[VerbEntry], start: int,
                        end: int) -> tuple[str | None, Pattern | None, _Binding]:
        patterns: list[Pattern] = []
        seen: set[int] = set()
        default: str | None = None
        for e in entries:
            if default is None and e.code and e.code != NULL_CODE:
                default = e.code
        for e in entries:
            for block in [e.block, *[b for b in self.verbs.blocks_for(e.lemma) if b is not e.block]]:
                if id(block) in seen:
                    continue
                seen.add(id(block))
                patterns.extend(block.patterns)
        if default is None:
            default = next((e.code for e in entries if e.code), None)
        right = max(t.i for t in verb.subtree)
        own_root = verb
        while own_root.head.i != own_root.i:
            own_root = own_root.head
        for root in s.roots:  # unattached fragments right after the verb's tree
            if root.i > verb.i and root.i != own_root.i and min(t.i for t in root.subtree) == right + 1:
                right = max(t.i for t in root.subtree)
        hi = max(s.last_word(s.doc[i]) for i in range(verb.i, right + 1) if i in s.tok_words) + 1
        hi = max(hi, end)
        lo = 0
        best: tuple[int, int, Pattern, _Binding] | None = None
        for p in patterns:
            if not _valid_code(p.code):
                continue
            binding: _Binding = {}
            if not self._match_side(s, p.post, 0, end, hi, binding, forward=True):
                continue
            if not self._match_side(s, list(reversed(p.pre)), 0, start, lo, binding, forward=False):
                continue
            key = (p.weight, -p.order)
            if best is None or key > (best[0], best[1]):
                best = (p.weight, -p.order, p, binding)
        if best is not None:
            return best[2].code, best[2], best[3]
        return default, None, {}

    def _match_side(self, s: _Sentence, elems: list[PatternElement], k: int, pos: int, bound: int, binding: _Binding,
                    forward: bool) -> bool:
        if k == len(elems):
            return True
        el = elems[k]
        glued = el.glued_left if forward else el.glued_right
        words = s.words
        if el.kind in ("word", "syn"):
            options = [el.value] if el.kind == "word" else self.verbs.synsets.get(str(el.value), [])
            if forward:
                starts = [pos] if glued else range(pos, bound)
                for st in starts:
                    for opt in options:
                        n = len(opt)
                        if (st + n <= bound and tuple(words[st:st + n]) == tuple(opt)
                                and self._match_side(s, elems, k + 1, st + n, bound, binding, forward)):
                            return True
            else:
                ends = [pos] if glued else range(pos, bound, -1)
                for en in ends:
                    for opt in options:
                        n = len(opt)
                        if (en - n >= bound and tuple(words[en - n:en]) == tuple(opt)
                                and self._match_side(s, elems, k + 1, en - n, bound, binding, forward)):
                            return True
            return False
        if el.kind == "skip":
            new = self._skip_chunk(s, pos, bound, forward)
            if new is None:
                return False
            return self._match_side(s, elems, k + 1, new, bound, binding, forward)
        # actor markers
        unit = s.unit_after(pos, bound) if forward else s.unit_before(pos, bound)
        if unit is None:
            return False
        codes = unit.codes
        if forward and s.np_span(unit.head)[0] < pos:  # part of the phrase was already consumed ("^ ^ +")
            codes = s.code_np(s.np_top(s.tok(unit.end - 1), floor=s.word_tok[pos])) or codes
        if el.kind == "compound":
            if forward:
                binding.setdefault("target", codes)
                binding.setdefault("target_unit", unit)
            else:
                group = s.code_np(unit.head)
                if len(group) < 2:
                    return False
                binding["compound_pre"] = group
        elif el.kind == "source":
            binding["source"] = codes
        elif el.kind == "target":
            binding["target"] = codes
            binding["target_unit"] = unit
        nxt = unit.end if forward else unit.start
        return self._match_side(s, elems, k + 1, nxt, bound, binding, forward)

    @staticmethod
    def _skip_chunk(s: _Sentence, pos: int, bound: int, forward: bool) -> int | None:
        for a, b in s.chunks if forward else reversed(s.chunks):
            if forward:
                if a < pos < b:
                    return b
                if a >= pos:
                    return b if b <= bound else None
            else:
                if a < pos < b:
                    return a
                if b <= pos:
                    return a if a >= bound else None
        return None


def _sentences(doc: Doc) -> list[Span]:
    """Sentences split only after sentence-final punctuation (the parser's extra roots stay in one sentence)."""
    spans = []
    start = 0
    for t in doc:
        if t.i > start and t.is_sent_start:
            prev = doc[t.i - 1]
            k = t.i - 1
            while k > start and doc[k].text in ('"', "'", "\u201d", "\u2019", ")"):
                k -= 1
            if doc[k].text in (".", "!", "?") or prev.text in ("\n", "\n\n") or prev.is_space:
                spans.append(doc[start:t.i])
                start = t.i
    if start < len(doc):
        spans.append(doc[start:len(doc)])
    return spans


_PRENOMINAL = {"amod", "compound", "nummod", "advmod", "det", "poss", "quantmod"}


def _inside_noun_phrase(comma: Token) -> bool:
    """A comma between a noun's premodifiers ("complete, full ties"): PETRARCH's simple noun phrases hide these."""
    doc = comma.doc
    if comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    noun = before.head
    return before.dep_ in _PRENOMINAL and noun.i > comma.i and (after.head.i == noun.i or after.i == noun.i)


def _delete_comma_clauses(span: Span, cfg: PetrarchConfig) -> str:
    """The sentence's text without the comma-delimited clauses that PETRARCH's `comma_*` options delete: first the
    clause before the first comma, then the one after the last comma (both keep their comma), then each clause
    between two commas (with its opening comma); a comma left with no words before it, or after it up to the final
    punctuation, goes too. Words are counted as in PETRARCH: tokens that begin with a letter."""
    toks = list(span)
    end = len(toks)
    while end > 0 and (toks[end - 1].is_punct and toks[end - 1].text != "," or toks[end - 1].is_space):
        end -= 1
    commas = [k for k in range(end) if toks[k].text == "," and not _inside_noun_phrase(toks[k])]
    if not commas:
        return span.text_with_ws

    def words(lo: int, hi: int) -> int:
        return sum(1 for t in toks[lo:hi] if t.text[:1].isalpha())

    dropped: set[int] = set()
    if cfg.comma_bmax and cfg.comma_bmin <= words(0, commas[0]) <= cfg.comma_bmax:
        dropped.update(range(0, commas[0]))
    if cfg.comma_emax and cfg.comma_emin <= words(commas[-1], end) <= cfg.comma_emax:
        dropped.update(range(commas[-1] + 1, end))
    if cfg.comma_max:
        for a, b in zip(commas, commas[1:], strict=False):
            if cfg.comma_min <= words(a + 1, b) <= cfg.comma_max:
                dropped.update(range(a, b))
    kept = [k for k in range(len(toks)) if k not in dropped]
    left = [k for k in kept if k < end and toks[k].text == "," and k in commas]
    if left and not any(toks[k].text[:1].isalpha() for k in kept if k < left[0]):
        dropped.add(left[0])
    if left and not any(toks[k].text[:1].isalpha() for k in kept if left[-1] < k < end):
        dropped.add(left[-1])
    if not dropped:
        return span.text_with_ws
    return "".join(t.text_with_ws for k, t in enumerate(toks) if k not in dropped).lstrip()


_NEGATIONS = {"NOT", "N'T", "NEVER"}


def _negated(verb: Token) -> bool:
    """A `neg` dependent on the verb ("did not attack", "never attacked")."""
    return any(c.dep_ == "neg" and c.text.upper().replace("\u2019", "'") in _NEGATIONS for c in verb.children)


def _complement_of(tok: Token, verb: Token) -> bool:
    """`tok` reached from `verb` through xcomp/acomp links only ("is [about [to restore]]")."""
    while tok.i != verb.i:
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _valid_code(code: str) -> bool:
    """Event codes (`064`, `032:033`, `174K`) and the null code; not TABARI's `+++`/`###`/letters-only codes."""
    return code == NULL_CODE or any(ch.isdigit() for ch in code)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i:
        tok = tok.head
        d += 1
    return d
