"""The pipeline's clause tense for the time tagger when it runs on its own (`dragoman timex`, the time bench).

The year of "on June 27" and the week of a bare "Sunday" depend on the tense of their clause. The pipeline
reads it from its spaCy parse of the article's body paragraphs; `parse_tenses` does exactly that (same
segmentation, same parser, same `pipeline.tense_lookup`), so the tagger gives the pipeline's values.
Importing this module loads spaCy: callers that must stay light import it only when asked to parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from dragoman.clean import segment
from dragoman.nlp import Parser
from dragoman.pipeline import tense_lookup
from dragoman.timex import TenseFn


def parse_tenses(texts: Sequence[str], parser: Parser | None = None) -> list[TenseFn]:
    """For each text, the tense callback the pipeline would pass the tagger (None outside body paragraphs)."""
    parser = parser or Parser()
    blocks = [segment(text) for text in texts]
    return [tense_lookup(parsed) for parsed in parser.parse_many(zip(texts, blocks, strict=True))]
