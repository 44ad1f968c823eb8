"""Vocabulary for telling a harsh thought apart from chat, thanks and questions to the bot.

The reframe offer interrupts whatever the user was doing, so the gate is conservative: it
needs either a clear thinking-pattern cue or explicit self-criticism ("I hate myself",
"I messed up again", "I feel so stupid"), and it stands down for small talk and for
questions about the bot itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from flows.patterns_rules import CueTable, RuleSet, compile_rule
from flows.patterns_text import Token
from flows.patterns_words import WORD_CLASSES

SMALL_TALK_WORDS = frozenset(
    {
        "ok",
        "okay",
        "k",
        "kk",
        "thanks",
        "thank",
        "you",
        "thx",
        "ty",
        "hi",
        "hello",
        "hey",
        "yo",
        "yes",
        "yeah",
        "yep",
        "no",
        "nope",
        "sure",
        "cool",
        "nice",
        "great",
        "good",
        "morning",
        "night",
        "evening",
        "afternoon",
        "bye",
        "goodbye",
        "see",
        "later",
        "lol",
        "haha",
        "hmm",
        "ah",
        "oh",
        "alright",
        "fine",
        "got",
        "it",
        "much",
        "so",
        "very",
        "hola",
        "gracias",
        "vale",
        "si",
        "buenas",
        "buenos",
        "dias",
        "noches",
        "adios",
        "perfect",
        "awesome",
        "please",
        "start",
        "stop",
        "help",
        "menu",
        "done",
        "sounds",
        "a",
        "lot",
        "welcome",
        "np",
        "cheers",
        "oki",
        "okey",
        "ciao",
        "claro",
        "de",
        "nada",
    }
)
"""Messages made only of these words are pleasantries or commands, never thoughts."""

BOT_WORDS = frozenset(
    {
        "bot",
        "you",
        "your",
        "this",
        "app",
        "commands",
        "command",
        "settings",
        "reminder",
        "reminders",
        "privacy",
        "data",
        "delete",
        "language",
        "work",
        "works",
        "use",
        "tu",
        "eres",
        "esto",
        "funciona",
        "puedes",
        "exercise",
        "exercises",
        "menu",
    }
)
"""Words that, in a question, point at the bot rather than at the user's own life."""

SELF_CRITICISM: CueTable = (
    ("i ~2 hate|loathe|despise ~1 myself|me", 0.9),
    (
        "i ~2 messed|screwed|fucked|blew|botched|bombed|flunked|ruined ~1 up|it|everything|again",
        0.8,
    ),
    ("i ~2 failed|ruined|wrecked|embarrassed|humiliated|disappointed", 0.7),
    ("i ~1 let ~2 down", 0.7),
    (
        "i ~2 feel|felt ~3 stupid|useless|worthless|ashamed|embarrassed|guilty|inadequate|terrible|"
        "awful|horrible|pathetic|incompetent|dumb|hopeless|like_a|like_an|like_crap|like_shit|"
        "humiliated|small|disgusting|a_failure|not_good_enough",
        0.75,
    ),
    ("i suck|stink", 0.8),
    ("what is wrong with me", 0.8),
    ("why am i ~1 so|like_this|always|such", 0.75),
    ("my ~1 fault", 0.7),
    ("i am ~2 so|such|too|really ~1 bad|terrible|awful|horrible|behind|slow|annoying|a", 0.6),
    ("i am not ~1 good_enough|smart_enough|enough|worth_it|worthy|lovable|capable", 0.8),
    ("i made ~2 mistake*|error*|fool_of_myself", 0.6),
    ("i can not do ~1 anything|this|it ~1 right", 0.75),
    ("i ~1 keep ~2 failing|messing|screwing|making_mistakes|getting_it_wrong|letting", 0.75),
    ("me odio", 0.9),
    ("la cague", 0.8),
    ("no sirvo ~2 nada", 0.85),
    ("me siento ~2 inutil|fracasad*|estupid*|tont*|mal_conmigo|culpable", 0.75),
)
"""First-person self-criticism that signals a harsh thought even without a named pattern."""

_HARSH_RULES = RuleSet(
    [compile_rule("harsh", phrase, weight, WORD_CLASSES) for phrase, weight in SELF_CRITICISM]
)


_NOT_NEGATIVE_ALONE = frozenset({"never", "nothing", "end", "over", "notice", "see through"})
"""Frequency and neutral words in the vocabularies that say nothing bad on their own."""

_NEGATIVE_WORDS = RuleSet(
    [
        compile_rule("negative", entry.replace(" ", "_"), 0.5, WORD_CLASSES)
        for name in ("negative", "label_noun", "label_adj", "bad_outcome")
        for entry in WORD_CLASSES[name]
        if entry not in _NOT_NEGATIVE_ALONE
    ]
)


def has_negative_word(tokens: Sequence[Token]) -> bool:
    """True if any word or phrase of the negative vocabularies appears (negated or not)."""
    return bool(_NEGATIVE_WORDS.scan(tokens))


def is_small_talk(tokens: Sequence[Token]) -> bool:
    """True for greetings, thanks, yes/no and menu words with nothing else in them."""
    return len(tokens) <= 6 and all(token.norm in SMALL_TALK_WORDS for token in tokens)


def mentions_bot(tokens: Sequence[Token], text: str) -> bool:
    """True for a question about the bot or how to use it ("what can you do?")."""
    is_question = "?" in text or (bool(tokens) and tokens[0].norm in {"how", "what", "can", "who"})
    return is_question and any(token.norm in BOT_WORDS for token in tokens)


def self_critical(tokens: Sequence[Token], negated: Callable[[Sequence[Token], int], bool]) -> bool:
    """True if the text contains a non-negated first-person self-criticism cue."""
    return any(not negated(tokens, match.first) for match in _HARSH_RULES.scan(tokens))
