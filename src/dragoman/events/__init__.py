"""The event coder: PLOVER type, mode and CAMEO code, participants, date, place, factuality, attribution.

Triggers come from a lexicon (`data/lexicon.toml`, user-extensible): verbs ("visited", "met") and
nouns governed by light verbs ("paid a visit", "held talks", "signed a treaty"). Arguments are read
off spaCy's dependency parse; each event mention keeps the sentence and trigger words as evidence.
This package codes single mentions; `dragoman.merge` joins mentions of one event.

Modules: `triggers` (lexicon and trigger finding), `arguments` (participants off the parse), `place`,
`dating`, `modality` (factuality, attribution, intentions), `coder` (the pass that ties them together).
"""

from dragoman.events.coder import EventCoder
from dragoman.events.triggers import COOPERATIVE_INTENT, HOSTILE_INTENT, CodedMention, Lexicon, Rule, Trigger

__all__ = ["COOPERATIVE_INTENT", "HOSTILE_INTENT", "CodedMention", "EventCoder", "Lexicon", "Rule", "Trigger"]
