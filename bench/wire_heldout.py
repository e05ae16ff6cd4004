"""Benchmark: central events of fresh, held-out wire stories that nobody on the project had read.

Run:  python bench/wire_heldout.py [--show] [path/to/stories.jsonl]

Data: the gold is `bench/data/wire_heldout.toml` (24 stories, 41 central events, written by hand before dragoman
was run on any story; its header says how the stories were chosen and how the gold is coded). The story texts are
third-party material and are not shipped: they are read from the JSON-lines file given on the command line, else
`$DRAGOMAN_WIRE`, else `/tmp/wire2/stories.jsonl` (fields id, title, published, url, text). Each story runs
through `Pipeline().extract_many` as an article with its title and publication day.

Scoring. A gold central event is *found* when some event produced on its story has the same PLOVER type (CONCEDE and
RETREAT count as one; the gold's `also` types, the project's CAMEO2PLOVER-2021 reading of the same act, count too,
and the figure without them is printed beside) and its source and its target each match the gold: some participant
in the role has a country equal to one of the gold ISO-3 codes, or a name (or an alias of its actor) that contains
one of the gold names as whole words or is contained in it (a gold of three capitals is tried both ways: "PKK",
"RSF" and "NLC" are names; before session 39 they were taken for country codes only and never matched). When the
produced event, or the gold, is a CONSULT, COOPERATE, AGREE or ASSAULT the roles may be swapped, and two different
participants of one role may stand for the two sides ("X and Y met"; "X and Y signed a pact", the gold's AGREE,
coded as the SUPPORT its `also` allows: before session 39 only the produced type was asked). A gold target of [] (a
deployment) asks for no target. Of the found events the table counts those whose factuality is the gold one (strict,
and with asserted and reported taken as one), and those whose date value is the gold day (or inside the gold span),
over the gold events that give a day. When several produced events match, the best is taken. `--show` prints one
line a story: ids, gold types found or missed, and the count of events produced; never the texts.

This set is held out: never write or change a coder rule from its misses; report aggregates only. Where the type
and one side are right, the table counts how the other role fails (missing, or given someone else), each way once per
gold event: an aggregate that says which side of the coding to work on, not which sentence.

Session 39 (2026-12-05, aggregates only; no rule taken from this set): the two scoring mends above, at the session's
start code: 16 -> 17/41 found (an agreement signed by both sides), target wrong 5 -> 4, factuality 12 -> 13 (16 ->
17). At the session's end (05:39 UTC) the same: 17/41 found, 34/41 one side, 4.96 events per story; the session's
rules, written from the written stories' tune part, moved nothing here.

Session 35 (2026-12-04 21:27 UTC, aggregates only; no rule taken from this set; the texts copied again on a fresh
machine by a helper who reported only ids): 16/41 found, 35/41 with the type and one side, 5.00 events per story,
the same at the session's start code on these copies: two events fewer than on session 33's copies, from the texts.

Session 34 (2026-12-04 19:12 UTC, aggregates only; no rule taken from this set): unchanged (18/41 found, 35/41 with
the type and one side, 5.00 events per story). Its tally is now `Tally`, which `events_stories.py` shares.

Session 33 (2026-12-04, aggregates only; no rule taken from this set): the texts were copied again from the stored
pages by a helper who reported only ids, word counts (all 24, 143-338 words, the same seven cut off) and days, and
left out the tag of the day the store puts before some pages. At the session's start code (259da97): 18/41 found (16
with the gold types as first written), 35/41 with the type and one side (the other role: source missing 5, wrong 4;
target missing 7, wrong 5), 36/41 type produced, factuality 13 (18 with asserted = reported), dates 12/35, 4.96 events
per story; one event with one side fewer than session 26 measured on its copies, which are not these. At the end
(16:57 UTC) the same, with 5.00 events per story (119 -> 120 produced). Counted by gold type (aggregates, no story
read): of the 11 accusations, 2 found, 4 with the source missing (the target right), 2 with a wrong source, 1 with the
target missing; the session's rules for blame laid in words moved none of them.

Session 27: not run. The texts are not shipped; session 18's copies were in /tmp of a machine that is gone, and
this machine has no network to fetch them again from the addresses the toml gives. Session 26's figures stand.

Session 26 (2026-12-03 19:25 UTC, aggregates only, on session 18's copies of the texts): 18/41 found (16 with the
gold types as first written), 36/41 with the type and one side, 37/41 type produced, factuality right 13 -> 14 (17
-> 18 with asserted = reported: a threat's own condition no longer makes it hypothetical), dates 13/35, 5.00 -> 5.04
events per story. The new role count, read at the session's start: of the 18 events with one side only, the source
is missing in 6 (4 of them accusations), wrong in 4; the target missing in 6, wrong in 6. The session's rules for
speakers named once and then called "it" or "the statement", quoted speakers, days before the object, passives told
by the state that acted, came from wire-style sentences written for them; none moved a found event here.

Session 19 (2026-12-03 00:46 UTC, aggregates only, no rule taken from this set; session 18's copies of the texts):
every figure unchanged from start to end, run after each of the session's changes: 18/41 found (16 with the gold
types as first written), 36/41 with the type and one side, 37/41 type produced, factuality 12 (16), dates 13/35,
4.96 events per story. The session's rules came from its own wire-style probe stories (KCNA, TASS, KUNA, Anadolu,
WAFA, Xinhua, IRNA, Yonhap, Reuters and AP styles, written for it).

Session 18 (2026-12-02 20:22 UTC, aggregates only, no rule taken from this set): the texts were lost with /tmp again
and re-copied from the stored pages by a helper who reported only their word counts (all 24, 143-338 words, the
same seven cut off); on these copies main as the session began found 18/41, 36/41 with the type and one side, 37/41
type produced, factuality 12 (16), dates 12/35, 4.92 events per story. At the end: 18/41 (16 with the gold types as
first written), 36/41, 37/41, factuality 12 (16), dates 13/35, 4.96 events per story.

Session 17 (2026-12-02 17:38 UTC, aggregates only, no rule taken from this set): 17/41 found, 36/41 with the type
and one side right (34 before), 36/41 type produced, factuality 11 (15), dates 11/35, 4.92 events per story.

Session 16 (2026-12-02 14:52 UTC, aggregates only): the figures below, unchanged by the session's rules.

Measured 2026-12-02 12:14 UTC (session 15, main; aggregates only, read after the session's rules, none of which came
from this set: they came from wire-style stories written for probing, fold A errors and the helpers' own sentences).
The story texts had been lost with /tmp and were re-copied from the stored pages by a helper who did not read them;
on these copies main as the session began (8827540) found 18/41, where session 14 measured 17 on its copies:

    wire held-out: 24 stories, 41 central events, 115 events produced
      central events found (type + participants)   17/41 (0.41)   gold types as first written: 15/41
      type, and source or target right             34/41  (the other role missing or wrong)
      gold type produced in the story at all       36/41  (participants not looked at)
        with factuality right                      11/41 (asserted = reported: 15)
        with date right (gold gives a day)         11/35
      events produced per story                    4.79
      found by gold type: ACCUSE 2/11, AGREE 2/4, AID 1/3, ASSAULT 1/1, COERCE 4/4, CONCEDE 0/1, CONSULT 2/4,
                          MOBILIZE 1/1, PROTEST 0/1, REJECT 1/4, SANCTION 2/3, THREATEN 1/4

Session 13's figures, when the set was new (14/41 found, 33/41 with one side, date right 8/35), and session 14's
(17/41) are in bench/HISTORY.md.

The first run, before the `also` types and the joint-role rule above were added to the scorer, found 9/41. Both were
prompted by two misses read while checking the scorer (a sanction coded COERCE as the project's table says; two
parties of a meeting named together as its source) and then applied as general rules: the `also` types for every
gold act the table codes otherwise, the joint-role rule for every symmetric event. In session 13 most misses were
participants, not types: the gold type was produced in 36 of the 41 cases and 33 had one side right, but the other
role was missing or wrong (a role left empty counts as a miss when the gold names someone in it). The rule here
asks for both roles; the earlier held-out set's "30 of 37" (README, session 12) came from another procedure, lost
with that set, and is not comparable figure for figure.

Precision, judged by hand on every event produced on 8 stories (w01 w04 w07 w10 w13 w17 w19 w22: a spread of
agencies and story kinds, chosen after the scoring run, which prints hits only; 52 events), as `events_precision.py`
judges (a participant left out is allowed, one given wrong is not): right 22 (0.42), wrong participants 15, wrong
type 6, not an event 4, duplicate of an event already produced on the story 3, wrong factuality 2. Counting the
duplicates as right, 25/52 (0.48).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman.events.relation import root_of
from dragoman.model import Article, Event, Extraction, Participant
from dragoman.pipeline import Pipeline
from dragoman.reports import SYMMETRIC_TYPES

GOLD = Path(__file__).parent / "data" / "wire_heldout.toml"
DEFAULT_STORIES = "/tmp/wire2/stories.jsonl"
REALIS = {"asserted": "asserted", "reported": "asserted"}
CODE = re.compile(r"[A-Z]{3}")


@dataclass
class Match:
    found: bool = False
    factuality: bool = False
    factuality_lenient: bool = False
    dated: bool = False
    one_side: bool = False  # the type, and the source or the target right (the other missing or wrong)
    failed: frozenset[str] = frozenset()  # for those: which other role, and how ("source missing", "target wrong")

    def mark(self) -> str:
        """"+" found or "-" missed, "f" factuality right, "d" date right ("+fd", "-")."""
        return ("+" if self.found else "-") + ("f" if self.factuality else "") + ("d" if self.dated else "")


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", text.lower()))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _matches(participants: list[Participant], gold: list[str], aliases: dict[str, list[str]]) -> bool:
    if not gold:
        return True
    for p in participants:
        names = [_words(n) for n in [p.name, *aliases.get(p.actor_id, [])]]
        for g in gold:
            if CODE.fullmatch(g) and p.country == g:
                return True
            gw = _words(g)  # a three-letter acronym may be a name too ("PKK", "RSF", "NLC")
            if any(_contains(n, gw) or _contains(gw, n) for n in names):
                return True
    return False


def _date_right(event: Event, gold: str, published: date) -> bool:
    value = event.date.value or ""
    if len(value) != 10:
        return False
    first, _, last = gold.replace("pub", published.isoformat()).partition("..")
    return first <= value <= (last or first)


def score_event(gold: dict, events: list[Event], aliases: dict[str, list[str]], published: date,
                also: bool = True) -> Match:
    types = {root_of(t) for t in [gold["type"], *(gold.get("also", []) if also else [])]}
    best = Match()
    for ev in events:
        if root_of(ev.type) not in types:
            continue
        roles = [(ev.source, ev.target)]
        # either side may be named first, or both in one role ("X and Y met"); the gold's type tells whether the act
        # is mutual: "X and Y signed a pact" is the gold's AGREE and the SUPPORT its `also` allows, either way round
        if root_of(ev.type) in SYMMETRIC_TYPES or root_of(gold["type"]) in SYMMETRIC_TYPES:
            both = ev.source + ev.target
            roles += [(ev.target, ev.source)] + [([p], [q for q in both if q is not p]) for p in both]
        sides = [(_matches(s, gold["source"], aliases), _matches(t, gold["target"], aliases)) for s, t in roles]
        if any(a or b for a, b in sides):
            best.one_side = True
            best.failed |= {f"{role} {'wrong' if given else 'missing'}"
                            for (a, b), (s, t) in zip(sides, roles, strict=True) if a != b
                            for role, given in [("target", t) if a else ("source", s)]}
        if not any(a and b for a, b in sides):
            continue
        m = Match(True, ev.factuality == gold["factuality"],
                  REALIS.get(ev.factuality, ev.factuality) == REALIS.get(gold["factuality"], gold["factuality"]),
                  "date" in gold and _date_right(ev, gold["date"], published), True)
        if not best.found or (m.factuality, m.dated, m.factuality_lenient) > (
                best.factuality, best.dated, best.factuality_lenient):
            best = m
    return best


@dataclass
class Tally:
    """Central events scored over stories: the figures of the table, summed story by story."""

    stories: int = 0
    total: int = 0
    found: int = 0
    found_first: int = 0  # with the gold types as first written (no `also`)
    one_side: int = 0
    type_only: int = 0
    factuality: int = 0
    factuality_lenient: int = 0
    dated: int = 0
    with_date: int = 0
    produced: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    by_type: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold_events: list[dict], ex: Extraction, published: date) -> list[Match]:
        """Score one story's gold events against its extraction: their matches, in order."""
        aliases = {a.id: a.aliases for a in ex.actors}
        matches = []
        for g in gold_events:
            m = score_event(g, ex.events, aliases, published)
            self.found_first += score_event(g, ex.events, aliases, published, also=False).found
            types = {root_of(t) for t in [g["type"], *g.get("also", [])]}
            self.type_only += any(root_of(ev.type) in types for ev in ex.events)
            self.total += 1
            self.found += m.found
            self.one_side += m.one_side
            self.failed.update(m.failed if m.one_side and not m.found else ())
            self.factuality += m.factuality
            self.factuality_lenient += m.factuality_lenient
            self.with_date += "date" in g
            self.dated += m.dated
            row = self.by_type.setdefault(g["type"], [0, 0])
            row[0] += m.found
            row[1] += 1
            matches.append(m)
        self.stories += 1
        self.produced += len(ex.events)
        return matches

    def table(self) -> list[str]:
        total = max(self.total, 1)
        return [
            f"  central events found (type + participants)   {self.found}/{self.total} ({self.found / total:.2f})"
            f"   gold types as first written: {self.found_first}/{self.total}",
            f"  type, and source or target right             {self.one_side}/{self.total}  (the other role missing or"
            " wrong)",
            "    the other role, each way it fails          "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items())),
            f"  gold type produced in the story at all       {self.type_only}/{self.total}  (participants not looked"
            " at)",
            f"    with factuality right                      {self.factuality}/{self.total} (asserted = reported:"
            f" {self.factuality_lenient})",
            f"    with date right (gold gives a day)         {self.dated}/{self.with_date}",
            f"  events produced per story                    {self.produced / max(self.stories, 1):.2f}",
            "  found by gold type: " + ", ".join(f"{t} {a}/{b}" for t, (a, b) in sorted(self.by_type.items())),
        ]


def read_stories(path: Path) -> dict[str, dict]:
    stories = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                stories[record["id"]] = record
    return stories


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="?", default=os.environ.get("DRAGOMAN_WIRE", DEFAULT_STORIES))
    ap.add_argument("--show", action="store_true", help="one line a story: ids and hits (no texts)")
    args = ap.parse_args(argv)
    path = Path(args.stories)
    if not path.exists():
        print(f"stories not found: {path} (set $DRAGOMAN_WIRE; the texts are not shipped)", file=sys.stderr)
        return 2
    gold = tomllib.loads(GOLD.read_text(encoding="utf-8"))["story"]
    stories = read_stories(path)
    missing = [g["id"] for g in gold if g["id"] not in stories]
    if missing:
        print(f"stories missing from {path}: {', '.join(missing)}", file=sys.stderr)
        return 2

    articles = [Article(id=g["id"], text=stories[g["id"]]["text"], title=stories[g["id"]].get("title"),
                        published=date.fromisoformat(stories[g["id"]]["published"]), url=stories[g["id"]].get("url"))
                for g in gold]
    t0 = time.perf_counter()
    extractions: list[Extraction] = list(Pipeline().extract_many(articles))
    seconds = time.perf_counter() - t0

    tally = Tally()
    for story, article, ex in zip(gold, articles, extractions, strict=True):
        assert article.published is not None
        matches = tally.add(story["events"], ex, article.published)
        if args.show:
            print(f"{story['id']}  produced {len(ex.events):2d}  "
                  + "  ".join(g["type"] + m.mark() for g, m in zip(story["events"], matches, strict=True)))
    if args.show:
        print("(+ found, - missed; f factuality right, d date right)\n")
    print(f"wire held-out: {len(gold)} stories, {tally.total} central events, {tally.produced} events produced, "
          f"{seconds:.1f} s")
    print("\n".join(tally.table()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
