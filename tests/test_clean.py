"""clean.segment: paragraph blocks with exact offsets, labelled title/dateline/heading/debris/body."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEED, needs_data

from dragoman.clean import (
    Block,
    dateline_date,
    is_dateline,
    is_debris,
    is_heading,
    is_link_list,
    is_ticker,
    parse_date_line,
    place_dateline_end,
    segment,
)

BODY_1 = (
    "According to reports, the foreign minister of Ruritania arrived in Freedonia on Tuesday "
    "to start an official visit."
)
BODY_2 = "The ministry said in a statement that the delegation would stay until Friday."

SEED_STYLE = (
    "news\n\n"
    "Ruritanian minister visits Freedonia after envoy leaves\n\n"
    "2024-07-24\n\n"
    "한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguêsΕλληνικάespañolItaliano\n\n"
    f"{BODY_1}\n\n"
    "“Opening a new era”\n\n"
    f"{BODY_2}\n\n"
    "Accelerating relationship development\n\n"
    "Some observers said the visit marks a turning point for the two countries.\n"
)


def _kinds(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in segment(text, title)]


def _assert_offsets(text: str, blocks: list[Block]) -> None:
    last = 0
    for b in blocks:
        piece = text[b.start : b.end]
        assert piece and piece == piece.strip(), b
        assert b.start >= last
        last = b.end


def test_seed_style_classification() -> None:
    blocks = segment(SEED_STYLE)
    _assert_offsets(SEED_STYLE, blocks)
    assert [(k, t[:25]) for k, t in _kinds(SEED_STYLE)] == [
        ("debris", "news"),
        ("title", "Ruritanian minister visit"),
        ("dateline", "2024-07-24"),
        ("debris", "한어Русский языкEnglishFran"),
        ("body", BODY_1[:25]),
        ("heading", "“Opening a new era”"),
        ("body", BODY_2[:25]),
        ("heading", "Accelerating relationship"),
        ("body", "Some observers said the v"),
    ]


def test_given_title_is_matched() -> None:
    title = "Ruritanian minister visits Freedonia after envoy leaves"
    kinds = _kinds(SEED_STYLE, title)
    assert kinds[1] == ("title", title)
    assert [k for k, _ in kinds].count("title") == 1


def test_offsets_with_crlf_free_indented_text() -> None:
    text = "   Headline for a story here  \n\n\n  \t" + BODY_1 + "   \n \n" + BODY_2 + "\n"
    blocks = segment(text)
    _assert_offsets(text, blocks)
    assert [(b.kind, text[b.start : b.end]) for b in blocks] == [
        ("title", "Headline for a story here"),
        ("body", BODY_1),
        ("body", BODY_2),
    ]


def test_single_newline_paragraphs() -> None:
    # trafilatura output: one paragraph per line, no blank lines.
    text = f"Minister visits Freedonia\n{BODY_1}\nTalks and treaties\n{BODY_2}"
    assert [k for k, _ in _kinds(text, "Minister visits Freedonia")] == ["title", "body", "heading", "body"]


def test_hard_wrapped_paragraph_is_one_block() -> None:
    para = (
        "The foreign minister of Ruritania arrived in Freedonia on Tuesday to\n"
        "start an official visit, the first by a Ruritanian minister in more\n"
        "than a decade, officials said."
    )
    text = f"Minister visits Freedonia\n2024-07-24\n\n{para}\n\n{BODY_2}"
    kinds = _kinds(text)
    assert kinds == [
        ("title", "Minister visits Freedonia"),
        ("dateline", "2024-07-24"),
        ("body", para),
        ("body", BODY_2),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañol",
        "EnglishFrançaisDeutschEspañolItaliano",
        "Home | World | Sport | Business",
        "Home › World › Asia",
        "Share this article",
        "Read more",
        "Advertisement",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "By Jane Doe",
        "Reporting by John Smith; Editing by Alex Brown",
        "* * *",
    ],
)
def test_debris(line: str) -> None:
    assert is_debris(line)
    assert _kinds(f"{BODY_1}\n\n{line}\n\n{BODY_2}")[1] == ("debris", line)


@pytest.mark.parametrize(
    "line",
    [
        BODY_1,
        "Officials from McDonald's, YouTube and PayPal met in iPhone-filled rooms on Monday.",
        "He said the talks in Seoul (서울) and Moscow (Москва) went well, according to a statement.",
        "By the end of the week, the two sides had agreed to meet again.",
        "Share prices fell sharply after the announcement on Monday, traders said.",
    ],
)
def test_news_sentences_are_not_debris(line: str) -> None:
    assert not is_debris(line)
    assert _kinds(f"{BODY_2}\n\n{line}")[1][0] == "body"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-07-24", date(2024, 7, 24)),
        ("July 24, 2024", date(2024, 7, 24)),
        ("24 July 2024", date(2024, 7, 24)),
        ("2024/07/24", date(2024, 7, 24)),
        ("Wed, Jul. 24, 2024 10:30 GMT", date(2024, 7, 24)),
        ("2024-07-24T08:00:00+08:00", date(2024, 7, 24)),
        ("Sept 3, 2023", date(2023, 9, 3)),
        ("2024-02-30", None),
        ("On July 24, 2024 the minister arrived.", None),
    ],
)
def test_parse_date_line(line: str, expected: date | None) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line", ["Updated: July 24, 2024 10:32 a.m. EDT", "By Jane Doe | 24 July 2024", "Published on 2024-07-24"]
)
def test_datelines(line: str) -> None:
    assert is_dateline(line)
    assert _kinds(f"{BODY_1}\n\n{line}")[1] == ("dateline", line)


@pytest.mark.parametrize(
    ("paragraph", "story"),
    [
        ("WHITE HOUSE - Congressional leaders walked out of the budget talks on Tuesday.", "Congressional leaders"),
        ("WASHINGTON - U.S. officials said the talks would resume next week.", "U.S. officials"),
        ("NEW DELHI - An Indian court lifted the ban on Friday.", "An Indian court"),
        ("TEHRAN -- Iran said it would answer any attack.", "Iran said"),
        ("ALGIERS, Algeria - Police arrested five men on Sunday.", "Police arrested"),
        ("ZENDA, 5th March, 2031 (RNA) -- Ruritania recalled its envoy on Tuesday.", "Ruritania recalled"),
        ("ZENDA, Nov. 9, 2031 (RNA) -- Ruritania recalled its envoy on Tuesday.", "Ruritania recalled"),
    ],
)
def test_a_place_in_capitals_before_a_dash_is_a_dateline(paragraph: str, story: str) -> None:
    assert paragraph[place_dateline_end(paragraph):].startswith(story)
    kinds = _kinds(f"{paragraph}\n\n{BODY_2}")
    assert kinds[0] == ("dateline", paragraph[:paragraph.index(story)].rstrip())
    assert kinds[1] == ("body", paragraph[paragraph.index(story):])


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO - The alliance said on Monday it would send more ships to the region.",
        "EU - The bloc's ministers agreed new sanctions on Monday.",
        "U.S. - China talks resumed in Geneva on Monday after a pause.",
        "US-backed forces took the town on Friday after a week of fighting.",
        "Anti-government protesters marched through the capital on Sunday.",
        "Pro - Russian rebels shelled the town on Friday, officials said.",
        "UN - backed troops entered the city on Saturday morning.",
        "WASHINGTON - a short line.",
    ],
)
def test_sentences_opening_with_a_capitalised_word_and_a_hyphen_stay_whole(paragraph: str) -> None:
    assert place_dateline_end(paragraph) == 0
    assert _kinds(f"{paragraph}\n\n{BODY_2}")[0] == ("body", paragraph)


def test_headings() -> None:
    assert is_heading("“Consider tripartite cooperation”")
    assert is_heading('"Accelerating relationship development"')
    assert is_heading("## Background")
    assert not is_heading("The talks ended.")
    assert not is_heading(BODY_1)


def test_empty_text() -> None:
    assert segment("") == []
    assert segment(" \n\n \n") == []


@needs_data(SEED)
def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    blocks = segment(text)
    _assert_offsets(text, blocks)
    kinds = [b.kind for b in blocks]
    assert kinds[:5] == ["debris", "title", "dateline", "debris", "body"]
    headings = [text[b.start : b.end] for b in blocks if b.kind == "heading"]
    assert len(headings) == 3 and "Accelerating relationship development" in headings
    assert kinds.count("body") >= 20
    # Every sentence-like paragraph is body: no news lost to debris.
    assert all(b.kind == "body" for b in blocks[4:] if text[b.start : b.end].endswith("."))


@pytest.mark.parametrize(
    "line",
    [
        "By the way",
        "The bakery sold cookies to raise money, and organisers said they would accept donations too.",
        "Bakers agreed to sell cookies",
    ],
)
def test_lookalikes_are_not_debris(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize("line", [
    "{France is ready to contribute up to 4,000 troops, Defence Minister Pierre Joxe said on Monday.}",
    "(Talks resumed in Geneva on Monday.)",
])
def test_a_sentence_in_braces_is_body_not_a_title(line: str) -> None:
    blocks = segment(line + "\n\nThe force would be deployed in Liberia.")
    assert [b.kind for b in blocks] == ["body", "body"]
    assert not is_heading("[Ministers met.]") and is_heading("Talks in Geneva")


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("ALGIERS, Algeria - Police arrested a dozen reporters at the rally.", "ALGIERS, Algeria -"),
        ("NORTHVILLE (Ruritania News) : The council condemned the shooting.", "NORTHVILLE (Ruritania News) :"),
        ("PORT ELLEN, July 24 (KCNA) -- The minister met his counterpart.", "PORT ELLEN, July 24 (KCNA) --"),
        ("TEHRAN -- The authorities freed eleven prisoners on Wednesday.", "TEHRAN --"),
        ("UNITED NATIONS (AP) \u2014 The Security Council voted on the text.", "UNITED NATIONS (AP) \u2014"),
    ],
)
def test_place_dateline_is_cut_off_the_story(paragraph: str, dateline: str) -> None:
    text = f"{paragraph}\n\n{BODY_2}"
    blocks = segment(text)
    _assert_offsets(text, blocks)
    assert _kinds(text)[:2] == [("dateline", dateline), ("body", paragraph[len(dateline):].strip())]


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO - the alliance said it would send more ships to the region.",
        "NATO (North Atlantic Treaty Organization) Secretary General Jens Stoltenberg spoke on Monday.",
        "UN: the Security Council votes today.",
        "US President Joe Biden said on Monday that talks would resume.",
        "ROME (AP) \u2014 Rain.",
    ],
)
def test_sentences_that_open_with_capitals_keep_them(paragraph: str) -> None:
    assert _kinds(paragraph) == [("body", paragraph)]


STORY = "Ruritania and Freedonia signed a border accord on Monday, the foreign ministry said."


def test_a_story_printed_twice_is_coded_once() -> None:
    text = f"{STORY}\n\n{BODY_2}\n\nRuritania signs accord\n\nNORTHVILLE, Ruritania - {STORY}\n\n{BODY_2}"
    kinds = _kinds(text)
    assert [k for k, _ in kinds].count("body") == 2
    assert kinds[-2:] == [("duplicate", f"NORTHVILLE, Ruritania - {STORY}"), ("duplicate", BODY_2)]


def test_a_short_repeated_line_is_not_a_duplicate_story() -> None:
    assert [k for k, _ in _kinds(f"{BODY_1}\n\nHe said no.\n\n{BODY_2}\n\nHe said no.")] == ["body"] * 4


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING: Ruritanian police arrest opposition leader | Freedonian troops cross the border",
        "Ruritania expels envoy • Freedonia recalls ambassador • Talks resume in Northville",
        "Markets rally on accord +++ Storm hits the coast +++ Minister resigns over leak",
    ],
)
def test_tickers_are_debris(line: str) -> None:
    assert is_ticker(line) and is_debris(line)


def test_headlines_under_a_related_label_are_debris() -> None:
    text = (f"{BODY_1}\n\nRelated stories\n\nRuritanian police arrest six protesters\n\n"
            f"Freedonian army attacks rebel camp near border\n\n{BODY_2}")
    assert [k for k, _ in _kinds(text)] == ["body", "debris", "debris", "debris", "body"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Related: Ruritanian police arrest six protesters in Northville",
        "Ruritanian police arrest six protesters\nFreedonian army attacks rebel camp near border\n"
        "Minister resigns over leaked memo",
    ],
)
def test_link_lists_are_debris(paragraph: str) -> None:
    assert is_link_list(paragraph)
    assert _kinds(f"{BODY_1}\n\n{paragraph}\n\n{BODY_2}")[1][0] == "debris"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Police arrested six protesters | the ministry said.",
        "Related to the talks, the minister said the accord would be signed on Friday.",
        "The talks, which began in\nNorthville on Monday, ended\nwith an accord.",
    ],
)
def test_news_is_not_a_ticker_or_link_list(paragraph: str) -> None:
    assert not is_ticker(paragraph) and not is_link_list(paragraph)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ZENDA, 5th March, 2031 (RNA) -- Ruritania recalled its envoy on Tuesday.", date(2031, 3, 5)),
        ("Freedonia, July 4, 2030 (FNA) -- The minister arrived in Zenda on Monday.", date(2030, 7, 4)),
        (f"{BODY_1}\n\nUpdated: July 24, 2029 10:32 a.m. EDT", date(2029, 7, 24)),
        ("ZENDA, March 5 (RNA) -- Ruritania recalled its envoy on Tuesday.", None),  # no year: no day to count from
        (BODY_1, None),
    ],
)
def test_the_dateline_gives_the_filing_day_when_it_has_a_year(text: str, day: date | None) -> None:
    assert dateline_date(text, segment(text)) == day
