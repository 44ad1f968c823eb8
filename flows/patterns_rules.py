"""A tiny phrase language for cue rules, matched over tokens instead of raw regexes.

Why not regexes: cue rules need word classes, optional intensifiers and short gaps
("either ... or"), and regexes that do that over free text invite catastrophic backtracking.
Here every repetition is bounded (at most `MAX_REPEAT` class words, gaps of at most a few
tokens), so the cost is linear in the text length times a small constant.

Syntax of a rule phrase, slots separated by spaces:

* ``word`` — exactly that normalised token; ``fail*`` — any token starting with "fail".
* ``a|b|c`` — alternatives; ``such_a`` — several tokens in a row.
* ``slot?`` — the slot may be absent.
* ``@name`` — any entry of the word class `name` (entries may be several words); classes
  and words mix freely as alternatives: ``@neg_noun|nothing``.
* ``@name*`` — zero to `MAX_REPEAT` entries of the class (intensifiers, fillers).
* ``~N`` — skip up to N tokens, never skipping a negator and never crossing a sentence.
* ``!a|b`` — the next token must not be one of these (zero width). As the very first
  slot it instead means the token *before* the match must not be one of these
  (``!will never`` matches "I never" but not "I'll never", which has its own weight).

The first word slot must be required: it is used to index the rules by word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from flows.patterns_text import Token

MAX_REPEAT = 3
MAX_GAP = 8

NEGATORS = frozenset({"not", "no", "nor", "hardly", "barely", "without", "ni"})
"""Tokens that flip the meaning of a cue that follows them ("not always", "no es un desastre").

"never" is deliberately absent: in "I never get anything right" it strengthens the thought.
"""


@dataclass(frozen=True, slots=True)
class Word:
    """One token test: an exact normalised word, or a prefix when written with '*'."""

    text: str
    prefix: bool

    def accepts(self, norm: str) -> bool:
        """True if the normalised token `norm` satisfies this test."""
        return norm.startswith(self.text) if self.prefix else norm == self.text


Option = tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """A position in a rule: one of `options` repeated between min and max times, or a gap.

    A class slot has hundreds of options; `_heads` and `_prefixed` (built by `_slot`) find
    the few whose first word fits a token without testing every one.
    """

    options: tuple[Option, ...]
    min_count: int
    max_count: int
    gap: bool = False
    forbidden: frozenset[str] = frozenset()
    _heads: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    _prefixed: Mapping[str, tuple[tuple[str, int], ...]] = field(
        default_factory=dict, compare=False
    )
    #: The options of each exact head word, ready to hand out: most tokens need no merge.
    _head_options: Mapping[str, tuple[Option, ...]] = field(default_factory=dict, compare=False)

    def starting_with(self, norm: str) -> tuple[Option, ...]:
        """The options whose first word accepts `norm`, in their original order."""
        prefixed = self._prefixed.get(norm[:1], ())
        if not prefixed:
            return self._head_options.get(norm, ())
        exact = self._heads.get(norm, ())
        hits = sorted((*exact, *(i for head, i in prefixed if norm.startswith(head))))
        return tuple(self.options[i] for i in hits)


def _indexed(slot: Slot) -> Slot:
    """The slot with its options indexed by first word (prefixes by their first letter)."""
    heads: dict[str, list[int]] = {}
    prefixed: dict[str, list[tuple[str, int]]] = {}
    for index, option in enumerate(slot.options):
        head = option[0].text
        if option[0].prefix:
            prefixed.setdefault(head[:1], []).append((head, index))
        else:
            heads.setdefault(head, []).append(index)
    return replace(
        slot,
        _heads={text: tuple(indices) for text, indices in heads.items()},
        _prefixed={letter: tuple(entries) for letter, entries in prefixed.items()},
        _head_options={
            text: tuple(slot.options[i] for i in indices) for text, indices in heads.items()
        },
    )


CueTable = tuple[tuple[str, float], ...]
"""Rows of (rule phrase, weight): one named family of cue vocabulary."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A compiled cue: the phrase it came from, what it signals (`tag`), weight and slots.

    `tag` is a pattern value for detector rules and a free label for other rule sets.
    """

    tag: str
    weight: float
    phrase: str
    slots: tuple[Slot, ...]
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that fired on tokens [first, stop)."""

    rule: Rule
    first: int
    stop: int


def _word(text: str) -> Word:
    if text.endswith("*") and len(text) > 1:
        return Word(text[:-1], prefix=True)
    return Word(text, prefix=False)


def _option(text: str) -> Option:
    return tuple(_word(part) for part in text.replace("_", " ").split())


def _slot(text: str, classes: Mapping[str, Sequence[str]]) -> Slot:
    if text.startswith("!"):
        words = frozenset(part.replace("_", " ") for part in text[1:].split("|"))
        return Slot((), 0, 0, forbidden=words)
    if text.startswith("~"):
        return Slot((), 0, min(int(text[1:]), MAX_GAP), gap=True)
    repeated = text.startswith("@") and text.endswith("*") and "|" not in text
    optional = text.endswith("?")
    body = text.rstrip("?") if optional else text
    if repeated:
        body = body[:-1]
    options: list[tuple[Word, ...]] = []
    for alternative in body.split("|"):
        if alternative.startswith("@"):
            options.extend(_option(entry) for entry in classes[alternative[1:]])
        else:
            options.append(_option(alternative))
    if repeated:
        return _indexed(Slot(tuple(options), 0, MAX_REPEAT))
    return _indexed(Slot(tuple(options), 0 if optional else 1, 1))


def compile_rule(
    tag: str, phrase: str, weight: float, classes: Mapping[str, Sequence[str]]
) -> Rule:
    """Compile one phrase; raises ValueError on a phrase the index cannot use."""
    slots = tuple(_slot(part, classes) for part in phrase.split())
    not_after: frozenset[str] = frozenset()
    if slots and slots[0].forbidden:
        not_after, slots = slots[0].forbidden, slots[1:]
    if not slots or slots[0].gap or slots[0].min_count == 0 or not slots[0].options:
        raise ValueError(f"rule must start with a required word slot: {phrase!r}")
    if not 0.0 < weight <= 1.0:
        raise ValueError(f"weight out of range in {phrase!r}")
    return Rule(tag, weight, phrase, slots, not_after)


def _match_words(option: Option, tokens: Sequence[Token], at: int, sentence: int) -> int:
    """Return the index after `option` if it matches at `at`, else -1."""
    for offset, word in enumerate(option):
        index = at + offset
        if index >= len(tokens) or tokens[index].sentence != sentence:
            return -1
        if not word.accepts(tokens[index].norm):
            return -1
    return at + len(option)


def _match_from(
    slots: tuple[Slot, ...], slot_index: int, tokens: Sequence[Token], at: int, sentence: int
) -> int:
    if slot_index == len(slots):
        return at
    slot = slots[slot_index]
    if slot.forbidden:
        nxt = tokens[at] if at < len(tokens) else None
        if nxt is not None and nxt.sentence == sentence and nxt.norm in slot.forbidden:
            return -1
        return _match_from(slots, slot_index + 1, tokens, at, sentence)
    if slot.gap:
        for skip in range(slot.max_count + 1):
            if skip:
                skipped = at + skip - 1
                if skipped >= len(tokens) or tokens[skipped].sentence != sentence:
                    break
                if tokens[skipped].norm in NEGATORS:
                    break
            end = _match_from(slots, slot_index + 1, tokens, at + skip, sentence)
            if end >= 0:
                return end
        return -1
    return _match_repeat(slots, slot_index, 0, tokens, at, sentence)


def _match_repeat(
    slots: tuple[Slot, ...],
    slot_index: int,
    count: int,
    tokens: Sequence[Token],
    at: int,
    sentence: int,
) -> int:
    slot = slots[slot_index]
    if count < slot.max_count and at < len(tokens):
        for option in slot.starting_with(tokens[at].norm):
            after = _match_words(option, tokens, at, sentence)
            if after > at:
                end = _match_repeat(slots, slot_index, count + 1, tokens, after, sentence)
                if end >= 0:
                    return end
    if count >= slot.min_count:
        return _match_from(slots, slot_index + 1, tokens, at, sentence)
    return -1


class RuleSet:
    """Rules indexed by the words their first slot accepts, for fast scanning."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        by_word: dict[str, list[Rule]] = {}
        # Prefix heads grouped by their first letter, in rule order within each group.
        self._by_prefix: dict[str, list[tuple[str, Rule]]] = {}
        for rule in rules:
            for option in rule.slots[0].options:
                head = option[0]
                if head.prefix:
                    self._by_prefix.setdefault(head.text[:1], []).append((head.text, rule))
                else:
                    by_word.setdefault(head.text, []).append(rule)
        # Each word's rules without repeats, worked out once instead of on every token.
        self._by_word = {word: _unique(found) for word, found in by_word.items()}
        self.rules = tuple(rules)
        self._needs = {id(rule): _needed_words(rule) for rule in rules}

    def _candidates(self, norm: str) -> tuple[Rule, ...]:
        exact = self._by_word.get(norm, ())
        prefixed = self._by_prefix.get(norm[:1], ())
        if not prefixed:
            return exact
        return _unique([*exact, *(rule for prefix, rule in prefixed if norm.startswith(prefix))])

    def scan(self, tokens: Sequence[Token]) -> list[Match]:
        """Every (rule, start) that matches; the earliest, shortest-gap reading per start."""
        matches: list[Match] = []
        needs = self._needs
        present: dict[int, set[str]] = {}  # the words of each sentence
        for token in tokens:
            present.setdefault(token.sentence, set()).add(token.norm)
        for at, token in enumerate(tokens):
            before = tokens[at - 1] if at else None
            previous = before.norm if before and before.sentence == token.sentence else ""
            here = present[token.sentence]
            for rule in self._candidates(token.norm):
                if previous in rule.not_after:
                    continue
                needed = needs[id(rule)]
                if needed and any(map(here.isdisjoint, needed)):
                    continue
                end = _match_from(rule.slots, 0, tokens, at, token.sentence)
                if end > at:
                    matches.append(Match(rule, at, end))
        return matches


def _needed_words(rule: Rule) -> tuple[frozenset[str], ...]:
    """For each later slot the rule cannot match without, the words one of which its
    sentence must hold (a slot's possible first words).

    Most candidates found by their first word fail on a later word that the sentence does
    not even contain ("I" starts dozens of rules); this lets the scan pass over them without
    walking their slots. Slots that may be absent, gaps, and slots with a prefix word
    ("fail*") give no such list and are left to the matcher.
    """
    needed = []
    for slot in rule.slots[1:]:
        if slot.gap or slot.forbidden or slot.min_count == 0:
            continue
        if any(option[0].prefix for option in slot.options):
            continue
        needed.append(frozenset(option[0].text for option in slot.options))
    return tuple(needed)


def _unique(rules: Sequence[Rule]) -> tuple[Rule, ...]:
    """The rules in their order, each once (a rule may list several words with one head)."""
    unique: dict[int, Rule] = {}
    for rule in rules:
        unique.setdefault(id(rule), rule)
    return tuple(unique.values())
