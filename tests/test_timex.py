"""Tests for dragoman.timex: seed-article expressions (dct 2024-07-24) and general news cases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import EVALDATA, ROOT, SEED, needs_data

from dragoman.timex import EXAMPLE_DCT, RULES, Example, Rule, Timex, TimexTagger, guess_tense

SEED_DCT = dt.date(2024, 7, 24)


@pytest.fixture(scope="module")
def tagger() -> TimexTagger:
    return TimexTagger()


def tag(tagger: TimexTagger, text: str, dct: dt.date = SEED_DCT, tense: str | None = None) -> list[Timex]:
    return tagger.tag(text, dct, tense=(lambda _pos: tense) if tense else None)


def one(tagger: TimexTagger, text: str, dct: dt.date = SEED_DCT, tense: str | None = None) -> Timex:
    found = tag(tagger, text, dct, tense)
    assert len(found) == 1, found
    return found[0]


# --- every rule's own examples -------------------------------------------------------------------


@pytest.mark.parametrize(("rule", "example"), [(r, ex) for r in RULES for ex in r.examples],
                         ids=[f"{r.name}-{i}" for r in RULES for i in range(len(r.examples))])
def test_rule_examples(tagger: TimexTagger, rule: Rule, example: Example) -> None:
    """Each example: the rule matches over part of the expression, and the tagger gives the expression its value."""
    start = example.text.index(example.span)
    end = start + len(example.span)
    assert any(m.start() < end and start < m.end() for m in rule.compile().finditer(example.text)), rule.name
    found = [(t.text, t.value) for t in tag(tagger, example.text, EXAMPLE_DCT, example.tense)]
    assert (example.span, example.value) in found, found


# --- seed article ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tense", "span", "value", "precision"),
    [
        ("According to reports, on July 23, local time, the minister arrived.", "past", "July 23",
         "2024-07-23", "day"),
        ("The ministry issued a statement on July 22 saying so.", "past", "July 22", "2024-07-22", "day"),
        ("They established diplomatic relations in 1992 and keep contacts.", "past", "1992", "1992", "year"),
        ("In 2016, North Korea opened an embassy in Minsk.", "past", "2016", "2016", "year"),
        ("Lukashenko appointed him as Foreign Minister on June 27.", "past", "June 27", "2024-06-27", "day"),
        ("In January this year, the vice minister met the minister.", "past", "January this year", "2024-01",
         "month"),
        ("On April 16 this year, the deputy minister visited.", "past", "April 16 this year", "2024-04-16",
         "day"),
        ("On April 17, Shestakov met the ambassador.", "past", "April 17", "2024-04-17", "day"),
        ("The last time was in December 2018.", None, "December 2018", "2018-12", "month"),
        ("On September 13 last year, Kim visited Russia.", "past", "September 13 last year", "2023-09-13",
         "day"),
        ("Putin and Lukashenko held talks in Sochi on September 15 last year.", "past",
         "September 15 last year", "2023-09-15", "day"),
        ("Last month, Putin paid a state visit to North Korea.", "past", "Last month", "2024-06", "month"),
        ("A delegation had just ended its visit and left on the 23rd.", "past", "the 23rd", "2024-07-23", "day"),
        ("She may miss the meeting scheduled to be held in Vientiane on July 27.", "future", "July 27",
         "2024-07-27", "day"),
    ],
)
def test_seed_dates(
    tagger: TimexTagger, text: str, tense: str | None, span: str, value: str, precision: str
) -> None:
    t = one(tagger, text, tense=tense)
    assert (t.text, t.type, t.value, t.precision) == (span, "DATE", value, precision)
    assert text[t.start : t.end] == t.text


def test_seed_ranges(tagger: TimexTagger) -> None:
    t = one(tagger, "Rezhenkov will lead a delegation on an official visit from July 23 to 25.", tense="future")
    assert (t.text, t.value, t.range_start, t.range_end) == ("July 23 to 25", "2024-07-23", "2024-07-23",
                                                             "2024-07-25")
    t = one(tagger, "He will pay an official visit to North Korea from July 23 to 26.")
    assert (t.value, t.range_start, t.range_end) == ("2024-07-23", "2024-07-23", "2024-07-26")


def test_seed_that_evening_follows_text_date(tagger: TimexTagger) -> None:
    text = "Ryzhenkov arrived on July 23, and Choe Sun Hui hosted a banquet in Pyongyang that evening."
    found = tag(tagger, text, tense="past")
    assert [(t.text, t.value, t.precision, t.anchor) for t in found] == [
        ("July 23", "2024-07-23", "day", "publication"),
        ("that evening", "2024-07-23TEV", "day", "narrative"),
    ]


def test_seed_at_that_time(tagger: TimexTagger) -> None:
    text = "On April 16 this year, Shestakov visited. At that time, the two sides exchanged views."
    found = tag(tagger, text, tense="past")
    assert [(t.text, t.value) for t in found] == [("April 16 this year", "2024-04-16"),
                                                  ("that time", "2024-04-16")]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean Foreign Minister Choe Sun Hui hosted a banquet.",
        "Ryzhenkov may hold talks with Choi Sun-hee.",
        "Thousands joined a protest march through the capital.",
        "The law counted 1,992 people, Section 2016 and $1998 in fees.",
        "The term was coined by the press.",
        "He stayed home while a storm passed.",
    ],
)
def test_no_false_dates(tagger: TimexTagger, text: str) -> None:
    assert tag(tagger, text) == []


def test_plan_years_not_a_day(tagger: TimexTagger) -> None:
    found = tag(tagger, "They signed a cooperation plan for 2024-2026.")
    assert [(t.type, t.value, t.range_start, t.range_end, t.precision) for t in found] == [
        ("DATE", "2024", "2024", "2026", "year"), ("DATE", "2026", "2024", "2026", "year")]


def test_skip_ranges(tagger: TimexTagger) -> None:
    text = "Posted 2024-07-23 | Share. The minister arrived on July 23."
    debris = (0, text.index("|") + 7)
    found = tagger.tag(text, SEED_DCT, skip=[debris])
    assert [t.text for t in found] == ["July 23"]


def test_seed_article_full(tagger: TimexTagger) -> None:
    """The whole seed article, if it is available on this machine (not copied into the repo)."""
    if not SEED.exists():
        pytest.skip("seed article not available")
    text = SEED.read_text(encoding="utf-8")
    got = {(t.text, t.value) for t in tagger.tag(text, SEED_DCT, tense=guess_tense(text))}
    for pair in [("July 23", "2024-07-23"), ("July 22", "2024-07-22"), ("that evening", "2024-07-23TEV"),
                 ("July 27", "2024-07-27"), ("1992", "1992"), ("June 27", "2024-06-27"),
                 ("January this year", "2024-01"), ("April 16 this year", "2024-04-16"),
                 ("April 17", "2024-04-17"), ("December 2018", "2018-12"), ("Last month", "2024-06"),
                 ("September 13 last year", "2023-09-13"), ("the 23rd", "2024-07-23"),
                 ("July 23 to 25", "2024-07-23"), ("July 23 to 26", "2024-07-23")]:
        assert pair in got
    assert not any("Sun" in t for t, _ in got)


# --- general news cases ---------------------------------------------------------------------------


def test_year_rollover_by_tense(tagger: TimexTagger) -> None:
    t = one(tagger, "On December 30, troops withdrew from the town.", dct=dt.date(2025, 1, 3), tense="past")
    assert t.value == "2024-12-30"
    t = one(tagger, "Talks are scheduled for January 10.", dct=dt.date(2024, 12, 28), tense="future")
    assert t.value == "2025-01-10"
    # No tense: nearest to the publication date.
    assert one(tagger, "on December 30", dct=dt.date(2025, 1, 3)).value == "2024-12-30"
    assert one(tagger, "on January 2", dct=dt.date(2024, 12, 30)).value == "2025-01-02"


def test_narrative_next_day(tagger: TimexTagger) -> None:
    found = tag(tagger, "On March 3, 2023, rebels attacked. The next day, the army retook the town.")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("March 3, 2023", "2023-03-03", "absolute"),
        ("The next day", "2023-03-04", "narrative"),
    ]
    found = tag(tagger, "Fighting began on June 10, 2022. A week earlier, talks had failed.")
    assert [t.value for t in found] == ["2022-06-10", "2022-06-03"]


def test_narrative_without_text_date_uses_dct(tagger: TimexTagger) -> None:
    t = one(tagger, "The same day, the minister resigned.")
    assert (t.value, t.anchor) == ("2024-07-24", "publication")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two days ago", "2024-07-22"),
        ("yesterday", "2024-07-23"),
        ("tomorrow", "2024-07-25"),
        ("today", "2024-07-24"),
        ("next Tuesday", "2024-07-30"),
        ("last Friday", "2024-07-19"),
        ("last week", "2024-W29"),
        ("this week", "2024-W30"),
        ("this year", "2024"),
        ("next year", "2025"),
        ("last year", "2023"),
        ("three years ago", "2021"),
        ("a month ago", "2024-06"),
        ("earlier this month", "2024-07"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("last fall", "2023-FA"),
        ("this summer", "2024-SU"),
        ("the third quarter", "2024-Q3"),
        ("the first quarter of 2023", "2023-Q1"),
        ("third-quarter", "2024-Q3"),
        ("the 1990s", "199"),
        ("the late 1970s", "197"),
        ("the 20th century", "19"),
        ("fiscal 1998", "1998"),
        ("mid-1996", "1996"),
        ("23 July 2024", "2024-07-23"),
        ("2024-07-23", "2024-07-23"),
        ("Sept. 30, 1989", "1989-09-30"),
        ("nineteen ninety-six", "1996"),
    ],
)
def test_relative_and_absolute(tagger: TimexTagger, text: str, value: str) -> None:
    t = one(tagger, text)
    assert (t.text, t.value) == (text, value)


def test_modifiers(tagger: TimexTagger) -> None:
    t = one(tagger, "early next year")
    assert (t.value, t.mod) == ("2025", "START")
    t = one(tagger, "late November", tense="past")
    assert (t.value, t.mod) == ("2023-11", "END")


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("for three years", "P3Y", "three years"),
        ("within 24 hours", "PT24H", "24 hours"),
        ("the past three months", "P3M", "the past three months"),
        ("a five-year plan", "P5Y", "five-year"),
        ("nearly forty years", "P40Y", "nearly forty years"),
        ("two and a half years", "P2Y6M", "two and a half years"),
        ("several weeks", "PXW", "several weeks"),
        ("a 90-minute meeting", "PT90M", "90-minute"),
    ],
)
def test_durations(tagger: TimexTagger, text: str, value: str, span: str) -> None:
    t = one(tagger, text)
    assert (t.type, t.value, t.text) == ("DURATION", value, span)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("every week", "P1W"),
        ("each year", "P1Y"),
        ("daily", "P1D"),
        ("each Thursday", "XXXX-WXX-4"),
        ("every day", "P1D"),
    ],
)
def test_sets(tagger: TimexTagger, text: str, value: str) -> None:
    t = one(tagger, text)
    assert (t.type, t.value) == ("SET", value)


def test_times(tagger: TimexTagger) -> None:
    t = one(tagger, "at 10:35 a.m. Friday", tense="past")
    assert (t.text, t.type, t.value) == ("10:35 a.m. Friday", "TIME", "2024-07-19T10:35")
    t = one(tagger, "this morning")
    assert (t.type, t.value) == ("TIME", "2024-07-24TMO")
    t = one(tagger, "last night")
    assert t.value == "2024-07-23TNI"


def test_weekday_tense(tagger: TimexTagger) -> None:
    assert one(tagger, "The vote is on Monday.", tense="future").value == "2024-07-29"
    assert one(tagger, "The vote was on Monday.", tense="past").value == "2024-07-22"
    assert one(tagger, "Sun., July 21, 2024").value == "2024-07-21"


def test_year_ranges(tagger: TimexTagger) -> None:
    # Worded ranges are two expressions (as TimeML tags them), both carrying the range for the pipeline.
    found = tag(tagger, "between 2016 and 2018")
    assert [(t.text, t.value, t.range_start, t.range_end) for t in found] == [
        ("2016", "2016", "2016", "2018"), ("2018", "2018", "2016", "2018")]
    found = tag(tagger, "from 2016 to 2018")
    assert [(t.text, t.range_start, t.range_end) for t in found] == [("2016", "2016", "2018"),
                                                                     ("2018", "2016", "2018")]
    # So are "2016-2018" and "1998-99" (TimeML: two dates).
    found = tag(tagger, "2016-2018")
    assert [(t.text, t.value, t.range_start, t.range_end) for t in found] == [
        ("2016", "2016", "2016", "2018"), ("2018", "2018", "2016", "2018")]
    found = tag(tagger, "the 1998-99 season")
    assert [(t.text, t.value, t.range_end) for t in found] == [("1998", "1998", "1999"), ("99", "1999", "1999")]
    t = one(tagger, "July 23-26")
    assert (t.value, t.range_start, t.range_end) == ("2024-07-23", "2024-07-23", "2024-07-26")


def test_month_needs_context(tagger: TimexTagger) -> None:
    assert one(tagger, "The vote was held in May.", tense="past").value == "2024-05"
    assert one(tagger, "They will vote last May.").value == "2024-05"
    assert tag(tagger, "The March ended peacefully.") == []  # capitalised noun, no date context
    assert tag(tagger, "They march on the capital.") == []


def test_to_dict(tagger: TimexTagger) -> None:
    d = one(tagger, "on July 23", tense="past").to_dict()
    assert d["value"] == "2024-07-23" and d["type"] == "DATE" and d["text"] == "July 23"
    assert {"start", "end", "text", "type", "value"} <= set(d)


def test_guess_tense() -> None:
    text = "Talks were held on Monday. Talks will be held on Friday."
    fn = guess_tense(text)
    assert fn(text.index("Monday")) == "past"
    assert fn(text.index("Friday")) == "future"


# --- rules added with the parse-tense bench (2026-11-27) ------------------------------------------


def test_past_clause_allows_a_short_lead(tagger: TimexTagger) -> None:
    # Reported announcements: a past-tense clause may name a date up to ~two months ahead ...
    dct = dt.date(1989, 10, 31)
    assert one(tagger, "The company said the dividend is payable Dec. 15.", dct, "past").value == "1989-12-15"
    assert one(tagger, "The company said sales rose in December.", dct, "past").value == "1989-12"
    # ... but not further, and a bare ordinal day stays in the current or previous month.
    assert one(tagger, "The talks began on March 31.", dct, "past").value == "1989-03-31"
    assert one(tagger, "He arrived in February.", dct, "past").value == "1989-02"
    assert one(tagger, "They left on the 30th.", dct, "past").value == "1989-10-30"
    assert one(tagger, "They left on the 5th.", dct, "past").value == "1989-10-05"


def test_since_keeps_dates_behind(tagger: TimexTagger) -> None:
    dct = dt.date(1999, 5, 6)
    assert one(tagger, "Police have searched for him since shortly after the Oct. 23 slaying.", dct).value \
        == "1998-10-23"
    assert one(tagger, "Prices have doubled since June.", dct).value == "1998-06"
    assert one(tagger, "Talks will resume on Oct. 23.", dct).value == "1999-10-23"  # no "since": nearest


def test_weekday_future_cues(tagger: TimexTagger) -> None:
    dct = dt.date(2000, 4, 3)  # a Monday
    assert one(tagger, "His father could arrive as early as Tuesday.", dct).value == "2000-04-04"
    assert one(tagger, "The stock is to resume trading in Paris Tuesday.", dct).value == "2000-04-04"
    assert one(tagger, "The team planned to leave Nairobi on Thursday.", dct).value == "2000-04-06"
    assert one(tagger, "Talks are to end at noon Friday.", dct).value == "2000-04-07T12:00"
    # Without a cue (or in a past clause) a bare weekday is the latest one.
    assert one(tagger, "Trading resumed in Paris Tuesday.", dct).value == "2000-03-28"
    assert one(tagger, "He had planned to leave on Thursday.", dct, "past").value == "2000-03-30"
    # A cue in an earlier clause does not reach the weekday.
    assert one(tagger, "Talks are set to go on; he met them Tuesday.", dct).value == "2000-03-28"


def test_date_before_colon(tagger: TimexTagger) -> None:
    t = one(tagger, "The Times said in an editorial on Saturday, April 25: The court took a detour.",
            dt.date(1998, 4, 24))
    assert (t.text, t.value) == ("Saturday, April 25", "1998-04-25")
    t = one(tagger, "The polls closed at 10:30 p.m.")
    assert t.text == "10:30 p.m."


def test_two_days_of_one_month(tagger: TimexTagger) -> None:
    found = tag(tagger, "The summit will be held on April 24 and 25.", dt.date(1999, 2, 10), "future")
    assert [(t.text, t.value) for t in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    found = tag(tagger, "Votes on May 5 and 12, 2024 were close.")
    assert [(t.text, t.value) for t in found] == [("May 5", "2024-05-05"), ("12, 2024", "2024-05-12")]
    assert len(tag(tagger, "On April 24 and 25 people were hurt.")) == 1  # "25 people" is no day


def test_month_day_ranges_with_two_months(tagger: TimexTagger) -> None:
    found = tag(tagger, "shares bought from Aug. 26 to Oct. 20 for $23", dt.date(1989, 10, 30), "past")
    assert [(t.text, t.value, t.range_start, t.range_end) for t in found] == [
        ("Aug. 26", "1989-08-26", "1989-08-26", "1989-10-20"), ("Oct. 20", "1989-10-20", "1989-08-26", "1989-10-20")]


def test_week_of(tagger: TimexTagger) -> None:
    t = one(tagger, "The vote is planned for the week of March 6.", dt.date(2000, 2, 24))
    assert (t.text, t.value) == ("the week of March 6", "2000-W10")


def test_unit_and_a_half(tagger: TimexTagger) -> None:
    t = one(tagger, "The clip lasts a minute and a half.")
    assert (t.text, t.type, t.value) == ("a minute and a half", "DURATION", "PT1M30S")
    assert one(tagger, "It took an hour and a half.").value == "PT1H30M"


def test_part_of_day_before_day_word(tagger: TimexTagger) -> None:
    t = one(tagger, "Shares fell in mid-afternoon yesterday.", dt.date(1989, 11, 2))
    assert (t.text, t.value, t.mod) == ("mid-afternoon yesterday", "1989-11-01TAF", "MID")
    t = one(tagger, "They met late morning Tuesday.", SEED_DCT)
    assert (t.text, t.value, t.mod) == ("late morning Tuesday", "2024-07-23TMO", "END")


def test_bare_month_follows_year_only_in_its_sentence(tagger: TimexTagger) -> None:
    text = "He had been arrested several times since 1990. His car was found in December, police said."
    found = tag(tagger, text, dt.date(1999, 5, 6), "past")
    assert [(t.text, t.value) for t in found] == [("1990", "1990"), ("December", "1998-12")]
    found = tag(tagger, "In 1990 the plant closed in December.", dt.date(1999, 5, 6), "past")
    assert [(t.text, t.value) for t in found] == [("1990", "1990"), ("December", "1990-12")]


def test_winter_resolves_without_error() -> None:
    (t,) = TimexTagger().tag("The talks stalled in the winter.", dt.date(2024, 7, 24))
    assert t.value.endswith("-WI")


# --- anchored scanning ----------------------------------------------------------------------------


def _texts_to_scan() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for name in ("tbaq_timebank_train.jsonl", "tbaq_aquaint_train.jsonl"):
        path = EVALDATA / "tempeval3" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    # Every rule, each expression next to text that is not time.
    texts.append("Q3 2024 at 5 p.m. EST on Oct. 13, 1989 and 2016-2018 or 2024-07-23 on 7/23/2024; the '80s, "
                 "the nineteen-nineties, nineteen ninety-six, the 20th century, three days ago, noon Friday, "
                 "the winter of 1994, every other week, biweekly, Mondays, Christmas Day 2023, the third quarter, "
                 "the past few months, at the time, year-end, the whole year, the weekend, on the 23rd. The day after, "
                 "on 23 July 2024, in December 2018, last night, the week of March 6, this evening.")
    return texts


@needs_data(EVALDATA / "tempeval3")
def test_anchored_scan_finds_what_a_scan_of_the_whole_text_finds(tagger: TimexTagger) -> None:
    """Each rule runs only near the words every match of it contains: the same matches, a third of the cost."""
    texts = _texts_to_scan()
    for text in texts:
        whole = sorted((name, m.span()) for name, m in tagger._matches(text, whole=True))
        anchored = sorted((name, m.span()) for name, m in tagger._matches(text))
        assert anchored == whole, text[:80]
    assert sum(len(t) for t in texts) > 2000


def test_a_rule_without_anchors_or_examples_is_refused() -> None:
    rule = RULES[0]
    with pytest.raises(ValueError, match="anchors"):
        Rule(rule.name, rule.pattern, (), rule.handle, rule.examples)
    with pytest.raises(ValueError, match="example"):
        Rule(rule.name, rule.pattern, rule.anchors, rule.handle, ())


def test_text_whose_lower_case_changes_length_is_scanned_whole(tagger: TimexTagger) -> None:
    # "İ" lower-cases to two characters, so anchor offsets would not match the text: it is scanned whole.
    text = "İstanbul talks ended on March 3, 2024, three days ago."
    assert len(text.lower()) != len(text)
    assert [(t.text, t.value) for t in tag(tagger, text, dt.date(2024, 3, 6))] == [
        ("March 3, 2024", "2024-03-03"), ("three days ago", "2024-03-03")]


# --- the command ----------------------------------------------------------------------------------


def test_timex_command_takes_the_tense_from_the_parse(tmp_path: Path) -> None:
    """A past-tense clause puts "October 10" behind the publication date; without the parse it is the nearest."""
    pytest.importorskip("spacy")
    from typer.testing import CliRunner

    from dragoman.cli import app

    path = tmp_path / "story.txt"
    path.write_text("The vote took place on October 10 in the capital.\n", "utf-8")
    runner = CliRunner()
    values = {}
    for flag in ("--parse", "--no-parse"):
        result = runner.invoke(app, ["timex", str(path), "--dct", "2024-07-24", flag])
        assert result.exit_code == 0, result.output
        values[flag] = [(t["text"], t["value"]) for t in json.loads(result.stdout)]
    assert values == {"--parse": [("October 10", "2023-10-10")], "--no-parse": [("October 10", "2024-10-10")]}


def test_a_date_that_starts_a_state_is_not_placed_by_the_clause_tense(tagger: TimexTagger) -> None:
    dct = dt.date(1989, 10, 26)
    assert one(tagger, "The bank created an office, effective Feb. 1.", dct, "past").value == "1990-02-01"
    assert one(tagger, "Lenders extended the loans through January.", dct, "past").value == "1990-01"
    assert one(tagger, "The bank created an office on Feb. 1.", dct, "past").value == "1989-02-01"


def test_a_failing_tense_callback_is_raised_not_read_as_no_tense(tagger: TimexTagger) -> None:
    def broken(_pos: int) -> str | None:
        raise LookupError("the caller's bug")

    with pytest.raises(LookupError, match="the caller's bug"):
        tagger.tag("Troops withdrew from the town on June 27.", SEED_DCT, tense=broken)


def test_overnight_is_the_night_before_publication(tagger: TimexTagger) -> None:
    t = one(tagger, "Drones struck the port overnight, officials said.")  # published Wednesday 2024-07-24
    assert (t.type, t.value, t.range_start, t.range_end) == ("TIME", "2024-07-23TNI", "2024-07-23", "2024-07-24")
    assert tag(tagger, "Banks raised overnight rates.") == []  # a kind of loan, not a time


def test_a_weekday_in_a_past_tense_plan_takes_the_nearest_reading(tagger: TimexTagger) -> None:
    # published Wednesday 2024-07-24: the rally planned for Friday is two days ahead, not five days back
    assert one(tagger, "Farmers planned a rally in the capital on Friday.", tense="past").value == "2024-07-26"
    assert one(tagger, "Farmers held a rally in the capital on Friday.", tense="past").value == "2024-07-19"
