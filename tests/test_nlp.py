"""The parse: the indexed attribute ruler and the cached lemmatizer annotate as spaCy's own, and batching does not
change parses."""

from __future__ import annotations

import itertools
import json

import pytest
import spacy
from conftest import EVALDATA, EXAMPLE, SEED, needs_data
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

import dragoman.nlp
from dragoman.clean import segment
from dragoman.nlp import MODEL, CachedLemmatizer, IndexedAttributeRuler, load_model
from dragoman.pipeline import Pipeline

# Every kind of rule of the model's ruler: the tag map, word exceptions, the two-token ones ("gonna", "gotta",
# "let's", "c'mon", "y'all", "ain't"), the dependency ones ("there is") and spaces.
RULE_CASES = [
    "We're gonna win, y'all, and I gotta say it ain't over. C'mon, let's go!",
    "There is a plan and there were two more.  Then   he left.\n\nIt's his; its cover isn't theirs.",
    "The U.S. envoy didn't say whether Mr. Kim'd agree -- \"no\" (he said) was all.",
]
ECBPLUS = EVALDATA / "ecbplus" / "ecbplus.jsonl"


def annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.ent_iob_, t.ent_type_)
            for t in doc]


@pytest.fixture(scope="module")
def spacy_ruler_nlp(pipeline: Pipeline) -> Language:
    """The same model with spaCy's own attribute ruler and lemmatizer (and the same tokenizer rules)."""
    nlp = spacy.load(MODEL)
    nlp.tokenizer.rules = pipeline.parser.nlp.tokenizer.rules
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is EnglishLemmatizer
    return nlp


def texts_to_compare() -> list[str]:
    texts = list(RULE_CASES) + [EXAMPLE.read_text("utf-8")]
    if SEED.exists():
        texts.append(SEED.read_text("utf-8"))
    if ECBPLUS.exists():
        with ECBPLUS.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in itertools.islice(fh, 40)]
    # As the pipeline parses them: paragraph by paragraph.
    return texts + [t[b.start:b.end] for t in texts for b in segment(t) if b.kind == "body"]


def test_the_model_attribute_ruler_is_indexed(pipeline: Pipeline) -> None:
    assert isinstance(pipeline.parser.nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)


def test_the_model_lemmatizer_is_cached(pipeline: Pipeline) -> None:
    lemmatizer = pipeline.parser.nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, CachedLemmatizer) and isinstance(lemmatizer, EnglishLemmatizer)


def test_indexed_ruler_and_cached_lemmatizer_annotate_as_spacys_own(pipeline: Pipeline,
                                                                    spacy_ruler_nlp: Language) -> None:
    texts = texts_to_compare()
    ours = [annotations(d) for d in pipeline.parser.nlp.pipe(texts)]
    theirs = [annotations(d) for d in spacy_ruler_nlp.pipe(texts)]
    assert sum(map(len, ours)) > 2000
    for text, a, b in zip(texts, ours, theirs, strict=True):
        assert a == b, text[:80]


def test_the_ruler_annotates_alike_once_its_remembered_rows_are_cleared(spacy_ruler_nlp: Language,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dragoman.nlp, "ROWS_REMEMBERED", 3)
    nlp = load_model()
    ours = [annotations(d) for d in nlp.pipe(RULE_CASES)]
    assert len(nlp.get_pipe("attribute_ruler")._by_row) <= 3
    assert ours == [annotations(d) for d in spacy_ruler_nlp.pipe(RULE_CASES)]


def test_exception_rules_apply() -> None:
    """The two-token and word rules of the model reach the tokens they name."""
    nlp = load_model()
    lemmas = {t.text: t.lemma_ for t in nlp("We're gonna win, y'all.")}
    assert (lemmas["gon"], lemmas["na"], lemmas["y'"]) == ("go", "to", "you")
    there = nlp("There is a plan.")
    assert there[1].pos_ == "VERB" and there[0].dep_ == "expl"


def test_a_ruler_with_patterns_the_index_cannot_test_stays_spacys() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}]], {"POS": "PROPN"})
    IndexedAttributeRuler.install(ruler)
    assert type(ruler) is AttributeRuler
    assert nlp("a new York")[1].pos_ == "PROPN"


def test_a_lemmatizer_of_another_kind_stays_spacys() -> None:
    """Another language's lemmatizer may read more of a token than its word, tag and morphology."""
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert isinstance(lemmatizer, Lemmatizer)

    class ReadsTheNextWord(Lemmatizer):
        pass

    lemmatizer.__class__ = ReadsTheNextWord
    CachedLemmatizer.install(lemmatizer)
    assert type(lemmatizer) is ReadsTheNextWord


@needs_data(ECBPLUS)
def test_parses_do_not_depend_on_the_batch_size(pipeline: Pipeline) -> None:
    texts = texts_to_compare()
    nlp = pipeline.parser.nlp
    by_one = [annotations(d) for d in nlp.pipe(texts, batch_size=1)]
    assert [annotations(d) for d in nlp.pipe(texts, batch_size=pipeline.parser.batch_size)] == by_one
