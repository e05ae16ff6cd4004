"""The pipeline: clean -> parse -> actors -> time -> events -> merge, over one data model.

`Pipeline` holds everything that is expensive to load (the spaCy model, the gazetteer, the lexicon)
and is built once per process; each stage is a plain function or object of its own module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dragoman.actors import PERSON_NOUNS_ALL, dateline_country, inherit_countries, join_abbreviations, resolve_actors
from dragoman.checks import api_article, in_published_range
from dragoman.clean import Block, dateline_date, segment
from dragoman.events import EventCoder, Lexicon
from dragoman.events.arguments import PEOPLE_NOUNS
from dragoman.knowledge import Knowledge
from dragoman.language import is_supported
from dragoman.merge import merge_mentions
from dragoman.model import Actor, Article, Extraction
from dragoman.nlp import ParsedBlock, Parser, span_at
from dragoman.roles import assign_roles
from dragoman.timex import TimexTagger
from dragoman.wordlists import FUTURE_AUXILIARIES, TENSE_PLAN_VERBS

# Articles parsed through one `nlp.pipe` stream in this process: enough blocks for several full spaCy batches
# (nlp.BATCH_SIZE), as a stream ends in a short batch, and few enough that their parses stay small in memory.
ARTICLES_PER_PARSE = 64


def load_user_files(lexicon_files: Sequence[str | Path], knowledge_files: Sequence[str | Path],
                    default_actors: bool = True) -> tuple[Lexicon, Knowledge | None]:
    """The event lexicon (the default one plus the user's) and the actor dictionaries: the shipped PETRARCH2
    ones (unless `default_actors` is False) with the user's laid over them."""
    lexicon = Lexicon.load([Path(p) for p in lexicon_files])
    if default_actors:
        return lexicon, Knowledge.with_defaults(knowledge_files)
    return lexicon, Knowledge.load(knowledge_files) if knowledge_files else None


@dataclass(frozen=True)
class PipelineConfig:
    """The user's files a pipeline is built from: hashable and picklable, so worker processes can be sent it
    and build (and cache) the same pipeline. `knowledge_files` are actor dictionaries and alias lists;
    `default_actors` False leaves out the shipped PETRARCH2 dictionaries; `verb_dictionary` False, the CAMEO verb
    dictionary beside the lexicon."""

    lexicon_files: tuple[str, ...] = ()
    knowledge_files: tuple[str, ...] = ()
    default_actors: bool = True
    verb_dictionary: bool = True

    @classmethod
    def of(cls, lexicon_files: Iterable[str | Path] = (), knowledge_files: Iterable[str | Path] = (),
           default_actors: bool = True, verb_dictionary: bool = True) -> PipelineConfig:
        return cls(tuple(map(str, lexicon_files)), tuple(map(str, knowledge_files)), default_actors, verb_dictionary)

    def check(self) -> None:
        """Read the user's files without loading the model: a bad one is reported before workers start."""
        load_user_files(self.lexicon_files, self.knowledge_files, self.default_actors)

    def build(self, parser: Parser | None = None) -> Pipeline:
        return Pipeline(parser, lexicon_files=self.lexicon_files, knowledge_files=self.knowledge_files,
                        default_actors=self.default_actors, verb_dictionary=self.verb_dictionary)


class Pipeline:
    def __init__(self, parser: Parser | None = None, lexicon_files: Sequence[str | Path] = (),
                 knowledge_files: Sequence[str | Path] = (), default_actors: bool = True,
                 verb_dictionary: bool = True) -> None:
        """`default_actors`: the PETRARCH2 actor and agent dictionaries shipped in the package name actors
        (codes chosen by the publication date); the user's `knowledge_files` win over them. `verb_dictionary`:
        the shipped CAMEO verb dictionary codes verbs the lexicon leaves (False: the lexicon alone)."""
        # The user's files first: a bad one is reported before the model takes its seconds to load.
        lexicon, self.knowledge = load_user_files(lexicon_files, knowledge_files, default_actors)
        self.coder = EventCoder(lexicon, dictionary=verb_dictionary)
        self.parser = parser or Parser()
        self.tagger = TimexTagger()

    def extract_article(self, article: Article) -> Extraction:
        return self.extract_parsed(article)[0]

    def extract_parsed(self, article: Article) -> tuple[Extraction, list[ParsedBlock]]:
        """The extraction and the parse of the article's body blocks it was made from (none when the article's
        language is not coded)."""
        if not is_supported(article.language):  # stored with its language, not coded (see language.py)
            return Extraction(articles=[article]), []
        blocks = segment(article.text, article.title)
        parsed = self.parser.parse(article.text, blocks)
        return self._finish(article, blocks, parsed), parsed

    def extract_many(self, articles: Iterable[Article], batch: int = ARTICLES_PER_PARSE) -> Iterator[Extraction]:
        """Parses `batch` articles at a time through one `nlp.pipe` stream; yields one Extraction each."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch:
                yield from self._run_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk)

    def _run_chunk(self, chunk: list[Article]) -> Iterator[Extraction]:
        blocks = [segment(a.text, a.title) if is_supported(a.language) else [] for a in chunk]
        parsed = self.parser.parse_many(zip((a.text for a in chunk), blocks, strict=True))
        for article, article_blocks, article_parsed in zip(chunk, blocks, parsed, strict=True):
            yield self._finish(article, article_blocks, article_parsed)

    def _finish(self, article: Article, blocks: Sequence[Block], parsed: list[ParsedBlock]) -> Extraction:
        if not is_supported(article.language):
            return Extraction(articles=[article])
        filed_country = next((c for b in blocks if b.kind == "dateline"
                              and (c := dateline_country(b.text(article.text), self.coder.place_country))), None)
        actors = resolve_actors(article.id, parsed, is_place=self.coder.gazetteer.is_place,
                                given_name=self.knowledge.given_name if self.knowledge else None, filed=filed_country)
        # without a publication date, the dateline's date with its year is the day the story was filed
        filed = dateline_date(article.text, blocks) if article.published is None else None
        day = article.published or (filed if filed and in_published_range(filed) else None)
        dct = day or date.today()
        if self.knowledge is not None:
            self.knowledge.apply(actors, parsed, article.id, dct, filed_country)
        join_abbreviations(parsed, actors, article.id)
        skip = [(b.start, b.end) for b in blocks if b.kind != "body"]
        timexes = self.tagger.tag(article.text, dct, tense=tense_lookup(parsed), skip=skip)
        assign_roles(article.id, parsed, actors, timexes, dct)
        inherit_countries(parsed, actors, self.coder.place_country, filed_country)
        published = day.isoformat() if day else None
        mentions = self.coder.code(article.id, parsed, actors, timexes, published, filed_country)
        events, conflicts = merge_mentions(mentions, actor_kinds(actors.actors, parsed), state_voices(actors.actors))
        return Extraction(articles=[article], actors=actors.actors, events=events, conflicts=conflicts)


# Nouns of one person, whom a name may later give ("a man", "the driver"); not a body of people ("the family").
INDIVIDUAL_NOUNS = (PERSON_NOUNS_ALL | PEOPLE_NOUNS) - {"family", "staff", "crew", "member"}


def actor_kinds(actors: Sequence[Actor], parsed: list[ParsedBlock]) -> dict[str, str]:
    """Actor id -> kind for the merge step, where unnamed people told of every time by a noun of one person in the
    singular ("a man", "the driver") are an "individual", whom a named person may turn out to be
    (`merge.name_the_unnamed`)."""
    def singular(start: int, end: int) -> bool:
        found = span_at(parsed, start, end)
        return found is not None and found[1].root.tag_ == "NN" and found[1].root.lemma_.lower() in INDIVIDUAL_NOUNS

    return {a.id: "individual" if a.kind == "group" and a.mentions and all(
        singular(m.start, m.end) for m in a.mentions) else a.kind for a in actors}


# Sectors of the bodies and officials whose statements are their state's ("the ministry condemned"); narrower than
# `actors.STATE_SECTORS` (no police, courts or parliaments, which speak for themselves).
STATE_VOICE_SECTORS = frozenset({"GOV", "MIL"})


def state_voices(actors: Sequence[Actor]) -> dict[str, str]:
    """Actor id -> country, for the bodies and officials of a state's government or forces
    (`merge.join_state_voices`)."""
    return {a.id: a.country for a in actors
            if a.kind != "country" and a.country and a.sector in STATE_VOICE_SECTORS}


def tense_lookup(parsed: list[ParsedBlock]) -> Callable[[int], str | None]:
    """Tense of the clause around an article offset, for choosing the year of "on June 27"."""

    def tense(offset: int) -> str | None:
        found = span_at(parsed, offset, offset + 1)
        if found is None:
            return None
        tok = found[1].root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        for verb in (tok, tok.head):
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if auxes & FUTURE_AUXILIARIES or verb.lemma_ in TENSE_PLAN_VERBS and verb.tag_ == "VBN":
                return "future"
            if tok.dep_ == "xcomp" and verb is tok.head and verb.lemma_ in TENSE_PLAN_VERBS:
                return "future"
        if tok.tag_ in ("VBD", "VBN"):
            return "past"
        if tok.tag_ in ("VBZ", "VBP"):
            return "present"
        return None

    return tense


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline `dragoman.extract` uses, built on first call (loading spaCy takes about a second)."""
    return Pipeline()


def extract(text: str, published: date | str | None = None, *, title: str | None = None,
            article_id: str = "article", url: str | None = None, source: str | None = None) -> Extraction:
    """Extract actors and events from one article's text. Bad arguments raise TypeError or ValueError."""
    article = api_article(text, published, title=title, article_id=article_id, url=url, source=source)
    return default_pipeline().extract_article(article)
