"""Fold a message into the plain form the crisis rules are written against.

People in pain do not type carefully, and a few hide what they write from filters on
purpose. Every variant of a phrase that a person would read the same way must reach the
rules as the same string, so the rules can stay short lists of plain words:

* Unicode: NFKC (full-width and styled letters), case folding, accents stripped ("daño"
  and "dano" are one word), curly quotes folded, zero-width and other invisible format
  characters removed.
* Light leetspeak: a digit right after a letter reads as the letter it imitates ("k1ll",
  "su1c1de"); "@" and "$" next to letters read as "a" and "s". Digits standing alone
  ("3 kids", "5am") are left alone.
* Spelled-out words: runs of four or more single letters, separated by spaces, dots,
  dashes, underscores or asterisks, are joined ("k i l l", "s.u.i.c.i.d.e"). A leading
  "i" stays a word of its own, since it is almost always the pronoun ("i c u t").
* Apostrophes vanish ("don't" reads as "dont", the way many people type it anyway).
* Punctuation: sentence and clause marks become a boundary token ".", so a phrase never
  matches across "not suicidal, just exhausted"; everything else becomes a space. The end
  of the message is a boundary too, so a rule can ask for "the end of what was said".
* Repeated letters: every run of one letter is squeezed to a single letter ("killlll",
  "kill" and the misspelling "kil" all read as "kil"). The rules go through the same
  squeeze when they are compiled, so they are still written in ordinary spelling.

The result is a single-spaced string of tokens with one space at each end, which lets the
compiled rules use a leading space as a cheap, exact word boundary.
"""

from __future__ import annotations

import re
import unicodedata

BOUNDARY = "."
"""The token that stands for a sentence or clause break."""

_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‛": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
    }
)
# Marks dropped after NFD: accents (Mn, Me) and invisible format characters (Cf), which
# include zero-width spaces and joiners, the soft hyphen, bidi controls and the BOM.
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf"})

# The marks met in practice, dropped in one fast pass: combining accents (U+0300-U+036F and
# the extended blocks), zero-width spaces and joiners, bidi controls, the soft hyphen and
# the BOM. Anything rarer is caught by the category check in `_kept`.
_DROP_FAST_RE = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]"
)
_WHITESPACE_RE = re.compile(r"\s+")
_LEET_RE = re.compile(r"[013457@$]+")
_LEET_SYMBOLS = str.maketrans({"@": "a", "$": "s"})
_LEET_ALL = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# Four or more single letters separated by one separator each. One repeated group of fixed
# width with no quantifier inside it: linear time.
_SPELLED_RE = re.compile(r"(?<![a-z0-9])[a-z](?:[ ._*\-][a-z](?![a-z0-9])){3,}")
_SPELLED_SEPARATORS_RE = re.compile(r"[ ._*\-]")
_APOSTROPHE_RE = re.compile(r"'")
_BREAK_RE = re.compile(r"[.,;:!?¡¿\n\r\u2026\u2014\u2013()\[\]]")
_OTHER_RE = re.compile(r"[^\w. ]|_")
# Only Latin letters are squeezed: every rule is written in Latin script.
_REPEAT_RE = re.compile(r"([a-z])\1+")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _kept(match: re.Match[str]) -> str:
    chars = match.group()
    return "".join(ch for ch in chars if unicodedata.category(ch) not in _DROPPED_CATEGORIES)


def _fold_unicode(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    if text.isascii():
        return text
    text = _DROP_FAST_RE.sub("", unicodedata.normalize("NFD", text))
    if text.isascii():
        return text
    return _NON_ASCII_RE.sub(_kept, text)


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and "a" <= text[index] <= "z"


def _unleet_run(match: re.Match[str]) -> str:
    """A digit reads as a letter only right after a letter ("k1ll", not "5am" or "3 kids");
    "@" and "$" read as letters next to a letter on either side ("$uicide", "c@t")."""
    run, text = match.group(), match.string
    if _is_letter(text, match.start() - 1):
        return run.translate(_LEET_ALL)
    if _is_letter(text, match.end()):
        return run.translate(_LEET_SYMBOLS)
    return run


def _unleet(text: str) -> str:
    return _LEET_RE.sub(_unleet_run, text)


def _joined(match: re.Match[str]) -> str:
    letters = _SPELLED_SEPARATORS_RE.sub("", match.group())
    if letters.startswith("i"):
        return "i " + letters[1:]
    return letters


def _join_spelled(text: str) -> str:
    return _SPELLED_RE.sub(_joined, text)


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for token in text.split():
        if token == BOUNDARY and (not out or out[-1] == BOUNDARY):
            continue
        out.append(token)
    return out


def fold_word(text: str) -> str:
    """Fold text the way `normalise` does, but without boundaries or padding.

    Used to compile rule phrases, so a rule written as "hacerme daño" or "kill myself"
    meets the message in exactly the same form.
    """
    return " ".join(t for t in normalise(text).split() if t != BOUNDARY)


def normalise(text: str) -> str:
    """Return the matching form of `text`: tokens, single spaces, one space at each end.

    A non-empty result always ends with the boundary token, which stands for the end of
    the message.
    """
    text = _WHITESPACE_RE.sub(" ", _fold_unicode(text))
    text = _join_spelled(_APOSTROPHE_RE.sub("", _unleet(text)))
    text = _BREAK_RE.sub(f" {BOUNDARY} ", text)
    text = _OTHER_RE.sub(" ", text)
    text = _REPEAT_RE.sub(r"\1", text)
    tokens = _tokens(f"{text} {BOUNDARY}")
    if not tokens:
        return " "
    return " " + " ".join(tokens) + " "
