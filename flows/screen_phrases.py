"""A small phrase language for the crisis rules, compiled to safe regular expressions.

Why a language instead of raw regexes: the rules must be readable by people who are not
programmers (clinicians, translators) and must stay fast on any input. A phrase is a row of
slots separated by spaces:

* ``word`` — that word, folded like the message (so "hacerme daño", "kill" and "killl"
  are written naturally and still match "dano", "kil"); "to", "you", "your" and "are"
  also match their text-speak spellings "2", "u", "ur" and "r".
* ``a/b/c`` — one of several single words.
* ``{name}`` — any entry of the word class `name` (entries may be several words and may
  use classes themselves).
* ``.`` — the end of a sentence or clause, or of the whole message.
* ``slot?`` — the slot may be absent. The first slot of a phrase may not be optional.

The only quantifier the compiler ever emits is ``?`` over a group, with no repetition
(``*``, ``+``, ``{n,m}``) anywhere, so a compiled pattern matches at most a bounded number
of characters from each position and can never backtrack catastrophically. A few fuzzy
spellings ("sucide", "suicde") are written as raw fragments in `RAW_CLASSES`, under the
same rule, and checked by `assert_bounded`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from flows.screen_normalise import BOUNDARY, fold_word

# Text-speak spellings of a few short words ("want 2 die", "u would be better off"): a
# phrase that says "to" also matches "2", so no table has to spell them twice.
_TEXT_SPEAK: dict[str, tuple[str, ...]] = {
    "to": ("2",),
    "you": ("u",),
    "your": ("ur",),
    "are": ("r",),
}

_UNBOUNDED_RE = re.compile(r"(?<!\\)[*+]|(?<!\\)\{\d*,?\d*\}")
_CAPTURING_RE = re.compile(r"(?<!\\)\((?!\?)")


class PhraseError(ValueError):
    """A rule phrase that cannot be compiled (a bug in a rule table, not in a message)."""


def assert_bounded(pattern: str) -> None:
    """Refuse any repetition other than ``?`` (the guarantee of linear matching time) and
    capturing groups (the engine numbers its own groups)."""
    if _UNBOUNDED_RE.search(pattern):
        raise PhraseError(f"unbounded repetition in pattern: {pattern!r}")
    if _CAPTURING_RE.search(pattern):
        raise PhraseError(f"capturing group in pattern: {pattern!r}")


class Compiler:
    """Turn phrases into regex source, given the word classes they may use."""

    def __init__(self, classes: Mapping[str, tuple[str, ...]], raw: Mapping[str, str]) -> None:
        for name, fragment in raw.items():
            assert_bounded(fragment)
            if name in classes:
                raise PhraseError(f"class defined twice: {name}")
        self._classes = classes
        self._raw = raw
        self._cache: dict[str, str] = {}

    def _class(self, name: str, seen: tuple[str, ...]) -> str:
        if name in self._raw:
            return self._raw[name]
        if name in seen:
            raise PhraseError(f"class refers to itself: {name}")
        if name not in self._classes:
            raise PhraseError(f"unknown class: {name}")
        if name not in self._cache:
            entries = self._classes[name]
            self._cache[name] = self._alternation(entries, (*seen, name))
        return self._cache[name]

    def _slot(self, slot: str, seen: tuple[str, ...]) -> str:
        if slot == BOUNDARY:
            return re.escape(BOUNDARY)
        if slot.startswith("{") and slot.endswith("}"):
            return self._class(slot[1:-1], seen)
        if "{" in slot or "}" in slot:
            raise PhraseError(f"a class must be a slot of its own: {slot!r}")
        words = [fold_word(word) for word in slot.split("/")]
        if not all(words):
            raise PhraseError(f"empty word in slot: {slot!r}")
        spellings = [*words, *(alias for word in words for alias in _TEXT_SPEAK.get(word, ()))]
        return "(?:" + "|".join(re.escape(word) for word in spellings) + ")"

    def _phrase(self, phrase: str, seen: tuple[str, ...]) -> str:
        slots = phrase.split()
        if not slots:
            raise PhraseError("empty phrase")
        parts: list[str] = []
        for index, raw_slot in enumerate(slots):
            optional = raw_slot.endswith("?") and len(raw_slot) > 1
            slot = raw_slot[:-1] if optional else raw_slot
            body = self._slot(slot, seen)
            if index == 0:
                if optional:
                    raise PhraseError(f"first slot may not be optional: {phrase!r}")
                parts.append(body)
            elif optional:
                parts.append(f"(?: {body})?")
            else:
                parts.append(f" {body}")
        return "".join(parts)

    def _alternation(self, phrases: Iterable[str], seen: tuple[str, ...]) -> str:
        sources = [self._phrase(p, seen) for p in phrases]
        if not sources:
            raise PhraseError("empty list of phrases")
        return "(?:" + "|".join(sources) + ")"

    def phrase_source(self, phrase: str) -> str:
        """Regex source for one phrase: tokens joined by single spaces, no padding."""
        source = self._phrase(phrase, ())
        assert_bounded(source)
        return source

    def first_words(self, phrase: str) -> frozenset[str] | None:
        """Every word a match of `phrase` can start with, or None if that is open-ended.

        The first slot is never optional, so its words are exactly the possible starts.
        """
        return self._slot_first(phrase.split()[0], ())

    def _slot_first(self, slot: str, seen: tuple[str, ...]) -> frozenset[str] | None:
        if slot == BOUNDARY:
            return frozenset({BOUNDARY})
        if not (slot.startswith("{") and slot.endswith("}")):
            starts = [fold_word(word).split()[0] for word in slot.split("/")]
            aliases = [alias for word in starts for alias in _TEXT_SPEAK.get(word, ())]
            return frozenset((*starts, *aliases))
        name = slot[1:-1]
        if name in self._raw or name in seen:
            return None
        words: set[str] = set()
        for entry in self._classes[name]:
            first = self._slot_first(entry.split()[0], (*seen, name))
            if first is None:
                return None
            words |= first
        return frozenset(words)

    def any_of(self, phrases: Iterable[str]) -> str:
        """Regex source matching any of the phrases (no padding, no anchors)."""
        source = self._alternation(phrases, ())
        assert_bounded(source)
        return source
