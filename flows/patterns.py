"""Notice the thinking pattern in a harsh thought, and say which words gave it away.

The detector is deliberately a transparent rule system rather than a model: every finding
carries the exact words that triggered it, so the bot can say "'always' and 'total
failure' — this sounds like all-or-nothing thinking" and the user can check the claim
against their own sentence. Findings are suggestions for the user to confirm, never a
diagnosis.

How it works, in four steps:

1. `tokenize` normalises words (case, curly apostrophes, accents, contractions) while
   keeping each word's span in the original text.
2. Cue rules from the named tables in `patterns_cues_*` are matched over the tokens.
3. A cue is dropped when a negator sits just before it ("not always", "it wasn't a
   disaster", "I don't think they hate me"), or when a "should" is a request for advice.
   A label inside a mind-reading cue ("they think I'm lazy") counts as mind reading only.
4. Per pattern, non-overlapping cues combine into a strength (noisy-or of their weights,
   nudged up by intensifiers such as "literally" or "completely").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from flows.patterns_cues_absolutes import ALL_OR_NOTHING_FAMILIES, OVERGENERALIZING_FAMILIES
from flows.patterns_cues_self import DISCOUNTING_FAMILIES, LABELING_FAMILIES, SHOULD_FAMILIES
from flows.patterns_cues_world import CATASTROPHIZING_FAMILIES, MIND_READING_FAMILIES
from flows.patterns_harsh import has_negative_word, is_small_talk, mentions_bot, self_critical
from flows.patterns_model import Finding, Pattern
from flows.patterns_rules import NEGATORS, Match, RuleSet, compile_rule
from flows.patterns_text import Token, tokenize
from flows.patterns_words import WORD_CLASSES

__all__ = [
    "Finding",
    "HarshReading",
    "Pattern",
    "detect",
    "looks_like_harsh_thought",
    "read_harsh_thought",
]

MIN_STRENGTH = 0.3
"""Findings weaker than this are not reported: a lone "never" is not worth interrupting for."""

HARSH_STRENGTH = 0.5
"""A finding this strong is enough on its own to offer the reframe flow..."""

NEUTRAL_HARSH_STRENGTH = 0.7
"""...except for patterns that also fit neutral habits ("I always drink coffee", "I should
go to bed"): those need this much, or a negative word somewhere in the message."""

_NEUTRAL_PRONE = frozenset({Pattern.OVERGENERALIZING, Pattern.SHOULD})

INTENSIFIER_BOOST = 0.1
"""Added to a cue's weight when an intensifier sits in or just before it."""

MAX_CUE_WEIGHT = 0.95
"""No single cue is certain: the user always gets to disagree."""

_NEGATION_WINDOW = 3
_NEGATION_FILLERS = frozenset(
    {
        "a",
        "an",
        "the",
        "be",
        "been",
        "being",
        "so",
        "that",
        "too",
        "really",
        "very",
        "even",
        "quite",
        "exactly",
        "necessarily",
        "completely",
        "totally",
        "entirely",
        "such",
        "all",
        "at",
        "any",
        "ever",
        "just",
        "think",
        "believe",
        "expect",
        "suppose",
        "feel",
        "like",
        "actually",
        "going",
        "to",
        "es",
        "soy",
        "era",
        "fue",
        "un",
        "una",
        "siempre",
    }
)
"""Words that may sit between a negator and the cue it negates ("not at all a disaster")."""

_ADVICE_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it"})

_INTENSIFIERS = frozenset(entry for entry in WORD_CLASSES["intens"] if " " not in entry)

_PATTERN_ORDER = {pattern: index for index, pattern in enumerate(Pattern)}

_RULES = RuleSet(
    [
        compile_rule(pattern.value, phrase, weight, WORD_CLASSES)
        for families in (
            ALL_OR_NOTHING_FAMILIES,
            OVERGENERALIZING_FAMILIES,
            LABELING_FAMILIES,
            SHOULD_FAMILIES,
            CATASTROPHIZING_FAMILIES,
            MIND_READING_FAMILIES,
            DISCOUNTING_FAMILIES,
        )
        for pattern, table in families
        for phrase, weight in table
    ]
)


def _negated(tokens: Sequence[Token], first: int) -> bool:
    """True if a negator governs the cue starting at token `first`."""
    clause = tokens[first].clause
    for index in range(first - 1, max(first - 1 - _NEGATION_WINDOW, -1), -1):
        token = tokens[index]
        if token.clause != clause:
            return False
        if token.norm in NEGATORS:
            return True
        if token.norm not in _NEGATION_FILLERS:
            return False
    return False


def _asks_advice(tokens: Sequence[Token], match: Match) -> bool:
    """ "What should I do?" asks for help; it is not a should statement."""
    if match.rule.tag != Pattern.SHOULD or tokens[match.first].norm != "should":
        return False
    after = match.first + 1
    return (
        after < len(tokens)
        and tokens[after].norm in _ADVICE_SUBJECTS
        and (
            match.first == 0
            or tokens[match.first - 1].sentence != tokens[match.first].sentence
            or tokens[match.first - 1].norm
            in {"what", "how", "where", "when", "who", "which", "so"}
        )
    )


def _intensifier_before(tokens: Sequence[Token], match: Match) -> Token | None:
    """The intensifier directly in front of a cue, in the same clause, if any."""
    if not match.first:
        return None
    before, first = tokens[match.first - 1], tokens[match.first]
    if before.norm in _INTENSIFIERS and before.clause == first.clause:
        return before
    return None


def _intensified(tokens: Sequence[Token], match: Match) -> bool:
    inside = any(tokens[i].norm in _INTENSIFIERS for i in range(match.first, match.stop))
    return inside or _intensifier_before(tokens, match) is not None


def _cue_weight(tokens: Sequence[Token], match: Match) -> float:
    boost = INTENSIFIER_BOOST if _intensified(tokens, match) else 0.0
    return min(match.rule.weight + boost, MAX_CUE_WEIGHT)


def _select(tokens: Sequence[Token], matches: Sequence[Match]) -> dict[Pattern, list[Match]]:
    """Keep, per pattern, the heaviest non-overlapping, non-negated cues."""
    chosen: dict[Pattern, list[Match]] = {}
    ordered = sorted(
        matches, key=lambda m: (-m.rule.weight, -(m.stop - m.first), m.first, m.rule.phrase)
    )
    for match in ordered:
        if _negated(tokens, match.first) or _asks_advice(tokens, match):
            continue
        kept = chosen.setdefault(Pattern(match.rule.tag), [])
        if any(_overlap(match, other) for other in kept):
            continue
        kept.append(match)
    # "They think I'm lazy" reports someone else's verdict: mind reading, not a self-label.
    heard = chosen.get(Pattern.MIND_READING, [])
    if heard and Pattern.LABELING in chosen:
        chosen[Pattern.LABELING] = [
            m for m in chosen[Pattern.LABELING] if not any(_overlap(m, o) for o in heard)
        ]
    return chosen


def _overlap(one: Match, other: Match) -> bool:
    return one.first < other.stop and other.first < one.stop


def _strength(tokens: Sequence[Token], matches: Sequence[Match]) -> float:
    remaining = 1.0
    for match in matches:
        remaining *= 1.0 - _cue_weight(tokens, match)
    return round(1.0 - remaining, 4)


def _cue_start(tokens: Sequence[Token], match: Match) -> int:
    """Quote a directly preceding intensifier too: "literally everything I make is wrong"."""
    before = _intensifier_before(tokens, match)
    return before.start if before is not None else tokens[match.first].start


#: Where a clause ends inside a quoted span, the quote reads as two half-thoughts.
_CLAUSE_BREAK = re.compile(r"[,;:.!?]\s")


def _cues(text: str, tokens: Sequence[Token], matches: Sequence[Match]) -> tuple[str, ...]:
    """The words to quote back, in order; a cue that runs across a clause ("ruined the
    presentation, I always") is left out when another one reads whole."""
    spans = sorted({(_cue_start(tokens, m), tokens[m.stop - 1].end) for m in matches})
    quotes = tuple(dict.fromkeys(text[start:end] for start, end in spans))
    whole = tuple(quote for quote in quotes if not _CLAUSE_BREAK.search(quote))
    return whole or quotes


def detect(text: str) -> list[Finding]:
    """Return the thinking patterns noticed in `text`, strongest first (empty if none)."""
    return _findings(text, tokenize(text))


def _findings(text: str, tokens: Sequence[Token]) -> list[Finding]:
    if not tokens:
        return []
    findings = [
        Finding(pattern, _cues(text, tokens, kept), _strength(tokens, kept))
        for pattern, kept in _select(tokens, _RULES.scan(tokens)).items()
        if kept
    ]
    findings = [finding for finding in findings if finding.strength >= MIN_STRENGTH]
    findings.sort(key=lambda f: (-f.strength, _PATTERN_ORDER[f.pattern]))
    return findings


def looks_like_harsh_thought(text: str) -> bool:
    """Guess whether free text is a self-critical or negative thought worth reframing.

    Used outside any flow to decide whether to offer the reframe exercise, so it prefers
    to stay quiet: greetings, thanks and questions about the bot are never harsh.
    """
    return read_harsh_thought(text).harsh


@dataclass(frozen=True, slots=True)
class HarshReading:
    """Whether a text reads as harsh, with the pattern scan when the answer needed one.

    `findings` is None when the answer came before the scan (a plain self-criticism, small
    talk): the reframe offer keeps the findings it was given, so a "yes" does not scan the
    same words a second time.
    """

    harsh: bool
    findings: tuple[Finding, ...] | None = None


def read_harsh_thought(text: str) -> HarshReading:
    """`looks_like_harsh_thought`, keeping the findings if the pattern scan ran.

    The cheap tests run first and the answer is settled as soon as it is known: a plain
    self-criticism is harsh whatever else the text holds, so the full pattern scan (most
    of the cost on a long message) runs only when there is none.
    """
    tokens = tokenize(text)
    if not tokens or is_small_talk(tokens):
        return HarshReading(harsh=False)
    if self_critical(tokens, _negated):
        return HarshReading(harsh=True)
    if mentions_bot(tokens, text):
        return HarshReading(harsh=False)
    findings = tuple(_findings(text, tokens))
    negative: bool | None = None  # looked up only when a finding needs it
    for finding in findings:
        needed = HARSH_STRENGTH
        if finding.pattern in _NEUTRAL_PRONE and finding.strength < NEUTRAL_HARSH_STRENGTH:
            if negative is None:
                negative = has_negative_word(tokens)
            if not negative:
                needed = NEUTRAL_HARSH_STRENGTH
        if finding.strength >= needed:
            return HarshReading(harsh=True, findings=findings)
    return HarshReading(harsh=False, findings=findings)
