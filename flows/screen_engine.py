"""Compile the rule tables once and run them over a normalised message.

Matching works on the padded, single-spaced form from `screen_normalise`: every token is
preceded by a space, so a compiled phrase starts with a literal space (an exact word
start) and ends with a look-ahead for the next space (an exact word end).

Why an index instead of one big regex per rule: Python's regex engine tries every branch
of an alternation at every word, and the tables hold thousands of phrases. Almost every
phrase can only start with a few known words ("kill", "my", "quiero"), so each phrase is
filed under its possible first words. One pass over the message's words then tries only
the phrases that can start there, anchored at that spot: all of them in one regex call,
each inside its own look-ahead group, so every phrase that matches is seen (not just the
first). The few phrases whose first word is a fuzzy pattern ("sucide") are searched for
separately. Only the rules whose own phrases hit are then tried, so a message that hits
nothing costs no work per rule or per phrase set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flows.screen_model import Kind, Phrases, Rule
from flows.screen_phrases import Compiler

# How far back (in characters) a negation may start. Negation phrases are a few words long.
_LOOKBACK = 80

# A hit: where it starts and ends in the text, and the number of the word it starts at.
Span = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class _Exceptions:
    """The idiom, negation and required-intent checks of one `Phrases`, run only where it
    hit."""

    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    needed_before: re.Pattern[str] | None = None
    kept_after: re.Pattern[str] | None = None

    def cancel(self, text: str, start: int, end: int) -> bool:
        if (
            self.after is not None
            and self.after.match(text, end)
            and (self.kept_after is None or not self.kept_after.match(text, end))
        ):
            return True
        window = max(0, start - _LOOKBACK)
        if self.needed_before is not None and not self.needed_before.search(text, window, start):
            return True
        return self.before is not None and bool(self.before.search(text, window, start))


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready to run; the numbers point at phrase sets in the `Engine`."""

    name: str
    kind: Kind
    match: int
    context: int | None
    near: int | None
    context_first: bool
    benign: int | None
    benign_near: int


class _Filed:
    """The phrases filed under one word: a quick "does any match here?" regex, compiled up
    front, and one that tries every phrase at the same spot (group i is phrase i, or None).

    The second is compiled the first time the first one matches. Most filed words never
    start a real hit in a process's lifetime, and these regexes are about half of the
    screen's memory and start-up time.
    """

    __slots__ = ("_every", "_phrases", "any_one", "numbers")

    def __init__(self, entries: Sequence[tuple[int, str]]) -> None:
        self._phrases = tuple(phrase for _, phrase in entries)
        self.any_one = re.compile("|".join(self._phrases))
        self._every: re.Pattern[str] | None = None
        self.numbers = tuple(number for number, _ in entries)

    @property
    def every(self) -> re.Pattern[str]:
        if self._every is None:
            self._every = re.compile("".join(f"(?:(?=({p}))|)" for p in self._phrases))
        return self._every


def _close(spans: Sequence[Span], word: int, limit: int) -> bool:
    return any(abs(other - word) <= limit for _, _, other in spans)


class Engine:
    """Every phrase set of every rule, filed by first word, and the rules that use them."""

    def __init__(
        self, rules: Sequence[Rule], compiler: Compiler, about_others: str | None = None
    ) -> None:
        self._about_others = about_others
        filed: dict[str, list[tuple[int, str]]] = {}
        self._filed = filed
        self._anywhere: list[tuple[int, re.Pattern[str]]] = []
        self._exceptions: list[_Exceptions] = []
        self._numbers: dict[Phrases, int] = {}
        self._compiler = compiler
        compiled = []
        for rule in rules:
            compiled.append(
                CompiledRule(
                    name=rule.name,
                    kind=rule.kind,
                    match=self._add(rule.match),
                    context=None if rule.context is None else self._add(rule.context),
                    near=rule.near,
                    context_first=rule.context_first,
                    benign=None if rule.benign is None else self._add(rule.benign),
                    benign_near=rule.benign_near,
                )
            )
        self.rules: tuple[CompiledRule, ...] = tuple(compiled)
        self._by_word: dict[str, _Filed] = {word: _Filed(e) for word, e in filed.items()}
        # A rule can only fire where its own phrases hit, and most messages hit no phrase
        # set at all: the rules are looked up from the sets that hit instead of all tried.
        by_match: dict[int, list[tuple[int, CompiledRule]]] = {}
        for order, compiled_rule in enumerate(self.rules):
            by_match.setdefault(compiled_rule.match, []).append((order, compiled_rule))
        self._rules_by_match = {number: tuple(found) for number, found in by_match.items()}

    def compile_everything(self) -> int:
        """Compile what is otherwise compiled on first use (a check for the tests)."""
        return sum(filed.every.groups for filed in self._by_word.values())

    def _add(self, phrases: Phrases) -> int:
        """File a phrase set once, however many rules share it (distress, household)."""
        if phrases in self._numbers:
            return self._numbers[phrases]
        number = len(self._exceptions)
        self._numbers[phrases] = number
        compiler = self._compiler
        for phrase in phrases.any_of:
            source = " " + compiler.phrase_source(phrase) + "(?= )"
            first = compiler.first_words(phrase)
            if first is None:
                self._anywhere.append((number, re.compile(source)))
                continue
            for word in first:
                self._filed.setdefault(word, []).append((number, source))
        after = before = needed = kept = None
        if phrases.unless_followed_by:
            after = re.compile(" " + compiler.any_of(phrases.unless_followed_by) + "(?= )")
        if phrases.still_counts_before:
            kept = re.compile(" " + compiler.any_of(phrases.still_counts_before) + "(?= )")
        if phrases.unless_preceded_by:
            before = re.compile(" " + compiler.any_of(phrases.unless_preceded_by) + r"\Z")
        if phrases.only_after:
            needed = re.compile(" " + compiler.any_of(phrases.only_after) + r"\Z")
        self._exceptions.append(_Exceptions(after, before, needed, kept))
        return number

    def _spans(self, text: str) -> dict[int, list[Span]]:
        """Accepted hits of the phrase sets that hit, by set number, in order of position."""
        found: dict[int, list[Span]] = {}
        position = 0
        by_word = self._by_word
        for index, word in enumerate(text[1:-1].split(" ")):
            filed = by_word.get(word)
            if filed is not None and filed.any_one.match(text, position) is not None:
                hit = filed.every.match(text, position)
                if hit is not None:
                    numbers = filed.numbers
                    for group, captured in enumerate(hit.groups()):
                        if captured is not None:
                            found.setdefault(numbers[group], []).append(
                                (position, position + len(captured), index)
                            )
            position += len(word) + 1
        for number, pattern in self._anywhere:
            for hit in pattern.finditer(text):
                start, end = hit.span()
                found.setdefault(number, []).append((start, end, text.count(" ", 0, start)))
        accepted: dict[int, list[Span]] = {}
        for number, spans in found.items():
            exceptions = self._exceptions[number]
            kept = sorted(
                span for span in set(spans) if not exceptions.cancel(text, span[0], span[1])
            )
            if kept:
                accepted[number] = kept
        return accepted

    def fired(self, text: str) -> tuple[CompiledRule, ...]:
        """The rules that fire on `text` (already normalised), in table order."""
        spans = self._spans(text)
        if not spans:
            return ()
        rules_by_match = self._rules_by_match
        candidates = sorted(
            candidate for number in spans for candidate in rules_by_match.get(number, ())
        )
        fired = tuple(rule for _, rule in candidates if _fires(rule, spans))
        return self._leave_to_others(fired, spans)

    def _leave_to_others(
        self, fired: tuple[CompiledRule, ...], spans: Mapping[int, Sequence[Span]]
    ) -> tuple[CompiledRule, ...]:
        """Drop hits that lie inside a hit about someone else ("my son has been cutting
        himself", "he says he wants to end it all"): those words are about that person, and
        a rule fires for the writer only on words of its own."""
        others = [rule for rule in fired if rule.kind == self._about_others]
        if not others or len(others) == len(fired):
            return fired
        covered = [hit for rule in others for hit in spans[rule.match]]

        def own_words(rule: CompiledRule) -> bool:
            if rule.kind == self._about_others:
                return True
            hits = [
                hit
                for hit in spans[rule.match]
                if not any(hit[0] < end and start < hit[1] for start, end, _ in covered)
            ]
            return bool(hits) and _fires(rule, {**spans, rule.match: hits})

        return tuple(rule for rule in fired if own_words(rule))


_NONE: list[Span] = []


def _fires(rule: CompiledRule, spans: Mapping[int, Sequence[Span]]) -> bool:
    hits: Sequence[Span] = spans[rule.match]
    if rule.benign is not None:
        benign = spans.get(rule.benign, _NONE)
        if benign:
            hits = [hit for hit in hits if not _close(benign, hit[2], rule.benign_near)]
    if not hits or rule.context is None:
        return bool(hits)
    context = spans.get(rule.context, _NONE)
    if not context:
        return False
    if rule.near is None:
        return True
    near = rule.near
    if rule.context_first:
        return any(0 <= word - other <= near for _, _, word in hits for _, _, other in context)
    return any(_close(context, word, near) for _, _, word in hits)


def compile_rules(
    rules: Sequence[Rule],
    classes: Mapping[str, tuple[str, ...]],
    raw: Mapping[str, str],
    about_others: str | None = None,
) -> Engine:
    """Compile every rule; a mistake in a table fails here, at import, not on a message."""
    names = [rule.name for rule in rules]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"duplicate rule names: {duplicates}")
    return Engine(rules, Compiler(classes, raw), about_others)
