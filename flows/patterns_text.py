"""Turn free text into normalised tokens that still point back at the original characters.

Cue rules are written against plain lower-case words ("i am a failure"), but a finding must
quote the user's own words exactly. Every token therefore keeps the character span of the
word it came from. Contractions are expanded into several tokens that share one span, so
"I'm", "Im", "I’m" and "I am" all read as `i am`, and "don't" reads as `do not`, which
lets the negation check see the "not".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One flat character class, no nested quantifiers: linear time on any input.
_WORD_RE = re.compile(r"[\w%'’‘ʼ`´]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_SENTENCE_BREAK_RE = re.compile(r"[.!?;\n…¡¿]")
_CLAUSE_BREAK_RE = re.compile(r"[,:()\[\]\"“”—–]")

_WHOLE_WORD_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "i'm": ("i", "am"),
    "im": ("i", "am"),
    "i've": ("i", "have"),
    "ive": ("i", "have"),
    "i'll": ("i", "will"),
    "i'd": ("i", "would"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "can't": ("can", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "isnt": ("is", "not"),
    "wasnt": ("was", "not"),
    "arent": ("are", "not"),
    "werent": ("were", "not"),
    "shouldnt": ("should", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "shouldve": ("should", "have"),
    "couldve": ("could", "have"),
    "wouldve": ("would", "have"),
    "mustve": ("must", "have"),
    "theyre": ("they", "are"),
    "youre": ("you", "are"),
    "thats": ("that", "is"),
    "whats": ("what", "is"),
    "gonna": ("going", "to"),
    "gotta": ("got", "to"),
    "wanna": ("want", "to"),
    "ain't": ("is", "not"),
}

_SUFFIX_EXPANSIONS: tuple[tuple[str, str], ...] = (
    ("n't", "not"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'d", "would"),
    ("'s", "is"),
    ("'m", "am"),
)


@dataclass(frozen=True, slots=True)
class Token:
    """A normalised word plus where it came from.

    `start`/`end` index the original text. `sentence` and `clause` count the breaks seen so
    far, so rules never match across a full stop and negation never reaches across a comma.
    """

    norm: str
    start: int
    end: int
    sentence: int
    clause: int


def normalise_word(word: str) -> str:
    """Lower-case, unify apostrophes and drop accents ("debería" -> "deberia")."""
    folded = unicodedata.normalize("NFKD", word.translate(_APOSTROPHES).casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _expand(norm: str) -> tuple[str, ...]:
    known = _WHOLE_WORD_EXPANSIONS.get(norm)
    if known is not None:
        return known
    for suffix, expansion in _SUFFIX_EXPANSIONS:
        if norm.endswith(suffix) and len(norm) > len(suffix):
            stem = norm[: -len(suffix)]
            if suffix == "n't" and stem == "wo":
                return ("will", "not")
            if suffix == "n't" and stem == "ca":
                return ("can", "not")
            return (stem, expansion)
    return (norm,)


def tokenize(text: str) -> list[Token]:
    """Split `text` into expanded, normalised tokens with their original spans."""
    tokens: list[Token] = []
    sentence = 0
    clause = 0
    previous_end = 0
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        raw = match.group()
        # Quotes around a word ('always') are not part of it.
        lead = len(raw) - len(raw.lstrip("'’‘ʼ`´"))
        trail = len(raw) - len(raw.rstrip("'’‘ʼ`´"))
        start += lead
        end -= trail
        if start >= end:
            continue
        between = text[previous_end:start]
        if _SENTENCE_BREAK_RE.search(between):
            sentence += 1
            clause += 1
        elif _CLAUSE_BREAK_RE.search(between):
            clause += 1
        previous_end = end
        for part in _expand(normalise_word(text[start:end])):
            if part:
                tokens.append(Token(part, start, end, sentence, clause))
    return tokens
