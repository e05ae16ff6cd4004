"""The language of an article, and whether the pipeline can code it.

English news is recognised by its function words ("the", "of", "and", ...), which make up a third or more of
any English text and almost none of any other: no model is loaded for it, so an English-only run pays
nothing. Anything else goes to py3langid (a maintained fork of langid.py: 97 languages, a 4.5 MB model inside
the package, 1 ms per KB of text). Its model is LZMA-compressed and took 0.75 s to load, once per process; the
unpacked arrays are cached (dragoman.cache, 68 MB) and mapped into memory, read as they are used and shared by the
processes of a run.

Only `SUPPORTED` languages are coded: the parser, the name rules and the lexicon are English. Other articles
are stored with their language and no actors or events.
"""

from __future__ import annotations

import io
import json
import lzma
import mmap
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.cache import cache_path, mark_used, write_cache

SUPPORTED = frozenset({"en"})
SAMPLE_CHARS = 4000  # the opening of an article tells its language; reading all of a 20 MB text would not help
MIN_WORDS = 12  # below this (or this many letters in a script without spaces), too little text to tell
ENGLISH_SHARE = 0.2  # English prose runs at 0.35-0.5 of these words; French, German, Spanish below 0.08
MIN_CONFIDENCE = 0.9  # py3langid's normalised probability below which a guess is not believed

ENGLISH_FUNCTION_WORDS = frozenset("""the of and to in a is was that for on with as by at from his her its their
it he she they we are were has have had be been will would said says not but this an which or who after about
than more also into over against between there when while.""".replace(".", "").split())

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    packed = (MODEL_DIR / MODEL_FILE).read_bytes()
    # The file is the model's arrays as they are, in a layout named by its first line: not named by dragoman's code
    cached = cache_path("langid-1", [packed], ".arrays", by_code=False)
    try:
        identifier = LanguageIdentifier(**_arguments(_mapped(cached)), norm_probs=True)
        mark_used(cached)
        return identifier
    except (OSError, ValueError, KeyError, TypeError):
        pass  # absent or cut short: unpacked and written again
    # py3langid's model: an .npz archive inside LZMA (py3langid.modelio.load_model reads it so)
    with np.load(io.BytesIO(lzma.decompress(packed)), allow_pickle=False) as data:
        arrays: dict[str, Any] = {name: data[name] for name in data.files}
    arrays["classes"] = arrays["classes"].tolist()
    try:
        arguments = _arguments(arrays)
    except KeyError:  # another py3langid's archive layout: its own loader
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    write_cache(cached, _packed(arrays))
    return LanguageIdentifier(**arguments, norm_probs=True)


def _arguments(arrays: dict[str, Any]) -> dict[str, Any]:
    """The model's arrays as LanguageIdentifier takes them. Its state machine is walked in Python, one index per
    byte: a memoryview of the transitions is as quick to index as the stdlib array py3langid makes of them."""
    return {"nb_ptc": arrays["ptc"], "nb_pc": arrays["pc"], "nb_classes": arrays["classes"],
            "tk_nextmove": memoryview(arrays["nextmove"]), "tk_row": memoryview(arrays["nextmove_row"]),
            "tk_output": arrays["out_feat"].tolist()}


_ARRAYS_MAGIC = b"dragoman arrays 1\n"  # change with the layout, and the name in _identifier


def _packed(arrays: dict[str, Any]) -> bytes:
    """Arrays in one file that `_mapped` maps without copying: a JSON header (dtype, shape and offset of each;
    lists in the header itself), then each array's bytes at an offset aligned to 64."""
    import numpy as np

    header: dict[str, Any] = {}
    chunks: list[bytes] = []
    offset = 0
    for name, values in arrays.items():
        if isinstance(values, list):
            header[name] = values
            continue
        data = np.ascontiguousarray(values).tobytes()
        header[name] = [values.dtype.str, list(values.shape), offset]
        chunks += [data, bytes(-len(data) % 64)]
        offset += len(data) + (-len(data) % 64)
    head = json.dumps(header).encode()
    head += b" " * (-(len(_ARRAYS_MAGIC) + 8 + len(head)) % 64)
    return _ARRAYS_MAGIC + len(head).to_bytes(8, "little") + head + b"".join(chunks)


def _mapped(path: Path) -> dict[str, Any]:
    """The arrays of a `_packed` file, mapped read-only: pages are read when used, and shared between processes."""
    import numpy as np

    with path.open("rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[:len(_ARRAYS_MAGIC)] != _ARRAYS_MAGIC:
        raise ValueError(f"{path}: not a dragoman arrays file")
    size = int.from_bytes(mapped[len(_ARRAYS_MAGIC):len(_ARRAYS_MAGIC) + 8], "little")
    base = len(_ARRAYS_MAGIC) + 8 + size
    arrays: dict[str, Any] = {}
    for name, entry in json.loads(mapped[len(_ARRAYS_MAGIC) + 8:base]).items():
        if name == "classes":
            arrays[name] = entry
            continue
        dtype, shape, offset = entry
        count = int(np.prod(shape))
        # frombuffer raises ValueError for a file cut short
        arrays[name] = np.frombuffer(mapped, dtype=dtype, count=count, offset=base + offset).reshape(shape)
    return arrays


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    english = sum(w in ENGLISH_FUNCTION_WORDS for w in words)
    if len(words) >= MIN_WORDS and english / len(words) >= ENGLISH_SHARE:
        return "en"
    if mostly_latin(sample):
        if len(words) < MIN_WORDS:  # too short for a model to tell; a Latin-script sentence with "the" is English
            return "en" if english else None
    elif len(_LETTER.findall(sample)) < MIN_WORDS:  # Chinese or Japanese has no spaces to count words by
        return None
    code, confidence = _identifier().classify(sample)
    # Text in another script is not English whatever the model's doubt (Chinese splits its vote with Wu).
    return code if confidence >= MIN_CONFIDENCE or not mostly_latin(sample) else None


def is_supported(language: str | None) -> bool:
    """Whether an article in `language` is coded; an unknown language (a very short text) is given a try."""
    return language is None or language in SUPPORTED


def mostly_latin(text: str) -> bool:
    """Whether most letters of `text` are Latin: an English parse of other scripts tags common nouns as names
    ("Министр", minister), so names in other scripts are not made actors."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_LATIN.findall(text)) * 2 > letters


def unsupported_note(article: Any) -> str | None:
    """One line for an article that was read (and stored) but not coded because of its language, or None."""
    if is_supported(article.language):
        return None
    where = article.path or article.url or article.id
    return (f"note: {where}: language '{article.language}' is not coded (supported: {', '.join(sorted(SUPPORTED))}); "
            "no actors or events")
