"""Full-text search over article text (title and body) and evidence sentences: SQLite FTS5 tables kept by
triggers, PostgreSQL GIN indexes over `to_tsvector('english', ...)` (both made by migration 0002_search).

A query is read as web search engines and PostgreSQL's `websearch_to_tsquery` read it, on both databases: words
must all be there, "a quoted phrase" in that order, `OR` between two alternatives, `-word` leaves out what has
it. Words are stemmed (English) on both. Nothing a user types is a syntax error: a query without a word to find
is an InvalidValue naming `q`."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import bindparam, func, literal, literal_column, select, table, text, union
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from dragoman import errors
from dragoman.store.schema import articles, event_mentions

# The words of a query: a quoted phrase, or a run of letters and digits (other characters only separate words).
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
_WORD = re.compile(r"\w+")
MAX_QUERY = 500
TS_CONFIG = "english"


def _words(chunk: str) -> list[str]:
    return _WORD.findall(chunk)


def parse_query(q: str) -> tuple[list[list[list[str]]], list[list[str]]]:
    """A query as (groups, excluded): every group must match, a group is alternatives joined by OR, an
    alternative is a phrase (a list of words); excluded phrases must not match. InvalidValue if nothing is
    left to find."""
    if len(q) > MAX_QUERY:
        raise errors.InvalidValue(f"q: longer than {MAX_QUERY} characters")
    groups: list[list[list[str]]] = []
    excluded: list[list[str]] = []
    join_next = False
    for m in _TOKEN.finditer(q):
        negated = bool(m.group(1) or m.group(3))
        raw = m.group(2) if m.group(2) is not None else m.group(4)
        if m.group(4) == "OR" and not negated:
            join_next = bool(groups)
            continue
        phrase = _words(raw)
        if not phrase:
            continue
        if negated:
            excluded.append(phrase)
        elif join_next:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join_next = False
    if not groups:
        what = "only words to leave out" if excluded else "no words"
        raise errors.InvalidValue(f"q: {q.strip()[:60]!r} has {what}; give a word to search for")
    return groups, excluded


def fts5_query(q: str) -> str:
    """The query in FTS5's syntax, each word quoted, so that no input is an FTS5 syntax error."""
    groups, excluded = parse_query(q)

    def phrase(words: list[str]) -> str:
        return '"' + " ".join(w.replace('"', '""') for w in words) + '"'

    found = " AND ".join("(" + " OR ".join(phrase(p) for p in group) + ")" for group in groups)
    for words in excluded:
        found = f"({found}) NOT {phrase(words)}"
    return found


# The expressions the PostgreSQL indexes are on (migration 0002_search), as literal SQL: a query must repeat them
# exactly to use an index.
ARTICLE_VECTOR = f"to_tsvector('{TS_CONFIG}', coalesce(articles.title, '') || ' ' || articles.text)"
SENTENCE_VECTOR = f"to_tsvector('{TS_CONFIG}', event_mentions.sentence)"


def _ts_query(q: str) -> Any:
    parse_query(q)  # the same InvalidValue as on SQLite for a query without words
    return func.websearch_to_tsquery(literal_column(f"'{TS_CONFIG}'"), bindparam("q_text", q, unique=True))


def matching_articles(conn: Connection, q: str) -> Any:
    """A query of the ids of the articles whose title or text match `q`."""
    if conn.dialect.name == "postgresql":
        return select(articles.c.id).where(literal_column(ARTICLE_VECTOR).op("@@")(_ts_query(q)))
    fts = table("articles_fts")
    return (select(literal_column("article_id")).select_from(fts)
            .where(text("articles_fts MATCH :q_articles").bindparams(q_articles=fts5_query(q))))


def matching_mentions(conn: Connection, q: str) -> ColumnElement[bool]:
    """A condition on event_mentions: the sentence, or the article it is in, matches `q`. A union of the two (each
    read from its index), not an OR, which would test every mention."""
    if conn.dialect.name == "postgresql":
        in_sentence = (select(event_mentions.c.id).where(literal_column(SENTENCE_VECTOR).op("@@")(_ts_query(q)))
                       .correlate(None))
    else:
        in_sentence = (select(literal_column("rowid")).select_from(table("event_mentions_fts"))
                       .where(text("event_mentions_fts MATCH :q_mentions").bindparams(q_mentions=fts5_query(q))))
    in_article = (select(event_mentions.c.id).where(event_mentions.c.article_id.in_(matching_articles(conn, q)))
                  .correlate(None))
    return event_mentions.c.id.in_(union(in_sentence, in_article))


# Marks around the matched words in a snippet, taken out again by `_highlights`: Unicode noncharacters, which
# text for interchange never holds.
_START, _STOP = "\ufdd0", "\ufdd1"
_SPACES = re.compile(r"\s+")
SNIPPET_WORDS = 24
_TITLE_WEIGHT = 10.0  # a word in the title counts for ten in the text, in FTS5's bm25 and in the ranking on both


def ranked_articles(conn: Connection, q: str, limit: int | None, offset: int) -> list[str]:
    """The ids of one page of the articles matching `q`, most relevant first (BM25 on SQLite, cover density on
    PostgreSQL, the title weighted above the text), then newest first."""
    if conn.dialect.name == "postgresql":
        weighted = (f"setweight(to_tsvector('{TS_CONFIG}', coalesce(articles.title, '')), 'A') || "
                    f"setweight(to_tsvector('{TS_CONFIG}', articles.text), 'D')")
        rank = func.ts_rank_cd(literal_column(weighted), _ts_query(q))
        query = (select(articles.c.id).where(articles.c.id.in_(matching_articles(conn, q)))
                 .order_by(rank.desc(), articles.c.published.desc().nulls_last(), articles.c.id))
    else:
        query = (select(articles.c.id)
                 .select_from(table("articles_fts").join(articles, articles.c.id == literal_column("article_id")))
                 .where(text("articles_fts MATCH :q_articles").bindparams(q_articles=fts5_query(q)))
                 .order_by(text(f"bm25(articles_fts, 0.0, {_TITLE_WEIGHT}, 1.0)"),
                           articles.c.published.desc().nulls_last(), articles.c.id))
    return [r[0] for r in conn.execute(query.limit(limit).offset(offset))]


def article_snippets(conn: Connection, q: str, ids: list[str]) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """For each article of `ids` that matches `q`: a few words of its text around the best match, and where in
    that excerpt the matched words are ([start, end) character offsets)."""
    if not ids:
        return {}
    if conn.dialect.name == "postgresql":
        options = f"StartSel={_START}, StopSel={_STOP}, MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}"
        headline = func.ts_headline(literal_column(f"'{TS_CONFIG}'"), articles.c.text, _ts_query(q), literal(options))
        rows = conn.execute(select(articles.c.id, headline).where(articles.c.id.in_(ids))).all()
    else:
        rows = conn.execute(
            select(literal_column("article_id"), text(
                f"snippet(articles_fts, 2, '{_START}', '{_STOP}', '…', {SNIPPET_WORDS})"))
            .select_from(table("articles_fts"))
            .where(text("articles_fts MATCH :q_articles").bindparams(q_articles=fts5_query(q)),
                   literal_column("article_id").in_(ids))).all()
    return {article_id: _highlights(marked) for article_id, marked in rows if marked}


def _highlights(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """A marked-up excerpt as plain text and the spans the marks enclosed."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    start = None
    for piece in re.split(f"([{_START}{_STOP}])", marked):
        if piece == _START:
            start = at
        elif piece == _STOP:
            if start is not None and at > start:
                spans.append((start, at))
            start = None
        else:
            piece = _SPACES.sub(" ", piece)  # one line, whatever the text's line breaks
            plain.append(piece)
            at += len(piece)
    excerpt = "".join(plain)
    lead = len(excerpt) - len(excerpt.lstrip())
    return excerpt.strip(), [(a - lead, b - lead) for a, b in spans]
