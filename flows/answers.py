"""Reading short typed answers, so that typing works everywhere a button does."""

from __future__ import annotations

import re
import unicodedata

_YES = frozenset(
    [
        "yes",
        "y",
        "yep",
        "yeah",
        "yup",
        "sure",
        "ok",
        "okay",
        "okey",
        "right",
        "correct",
        "exactly",
        "si",
        "sí",
        "claro",
        "vale",
        "correcto",
        "dale",
        "bueno",
        "perfecto",
        "👍",
        "✅",
    ]
)
_NO = frozenset(
    [
        "no",
        "n",
        "nope",
        "nah",
        "not",
        "incorrect",
        "wrong",
        "nop",
        "negativo",
        "incorrecto",
        "👎",
        "❌",
    ]
)
_NO_PHRASES = ("not really", "no thanks", "no thank you", "no gracias", "not quite")
_YES_PHRASES = (
    "yes please",
    "that's right",
    "that is right",
    "go ahead",
    "sounds good",
    "of course",
)


def _fold(text: str) -> str:
    """Lower-case, strip accents and punctuation at the edges: 'Sí!' and 'si' read the same."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain.strip(" .,!?¡¿;:'\"()"))


def yes_or_no(text: str) -> bool | None:
    """True for a yes, False for a no, None when the answer is neither (ask again kindly)."""
    folded = _fold(text)
    if not folded or len(folded) > 40:
        return None
    if any(folded.startswith(p) for p in _NO_PHRASES):
        return False
    if any(folded.startswith(p) for p in _YES_PHRASES):
        return True
    first = folded.split(" ", 1)[0].rstrip(",")
    if first in _NO or folded in _NO:
        return False
    if first in _YES or folded in _YES:
        return True
    return None


def number_in_range(text: str, low: int, high: int) -> int | None:
    """A whole number typed on its own ('70', '70%', ' 70 '), within [low, high]."""
    match = re.fullmatch(r"\s*(\d{1,3})\s*%?\s*", text)
    if match is None:
        return None
    value = int(match.group(1))
    return value if low <= value <= high else None
