"""The thinking-pattern detector: what it notices, what it quotes back, what it leaves alone.

Every sentence here is written for these tests; none comes from a dataset.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import patterns as detector
from flows import patterns_harsh
from flows.patterns import Finding, Pattern, detect, looks_like_harsh_thought
from flows.patterns_rules import RuleSet, _match_from
from flows.patterns_text import Token, tokenize

AON = Pattern.ALL_OR_NOTHING
OVER = Pattern.OVERGENERALIZING
LABEL = Pattern.LABELING
SHOULD = Pattern.SHOULD
CATA = Pattern.CATASTROPHIZING
MIND = Pattern.MIND_READING
DISC = Pattern.DISCOUNTING_POSITIVE


def patterns(text: str) -> set[Pattern]:
    return {finding.pattern for finding in detect(text)}


def finding(text: str, pattern: Pattern) -> Finding:
    found = [f for f in detect(text) if f.pattern is pattern]
    assert found, f"{pattern} not found in {text!r}: {detect(text)}"
    return found[0]


POSITIVES: list[tuple[str, Pattern]] = [
    # all-or-nothing
    ("If my slides aren't perfect the whole talk is worthless.", AON),
    ("Either I nail this recital or I'm a complete failure.", AON),
    ("It's 100% or nothing with me.", AON),
    ("The cake cracked, so the party is completely ruined.", AON),
    ("The launch was a total disaster.", AON),
    ("Nothing I do is ever right.", AON),
    ("One typo in the report and it's all ruined.", AON),
    ("Anything less than first place means I failed.", AON),
    ("There's no point going unless I can do it flawlessly.", AON),
    ("I skipped one workout and blew the whole plan completely.", AON),
    ("Todo o nada, así soy.", AON),
    ("Fue un desastre total.", AON),
    # overgeneralizing
    ("I always mess up the easy parts.", OVER),
    ("Every time I speak up it goes badly.", OVER),
    ("I never get anything right at this job.", OVER),
    ("Nobody ever asks how I am.", OVER),
    ("Siempre llego tarde a todo.", OVER),
    ("Nunca me sale nada.", OVER),
    # labeling
    ("I'm such an idiot.", LABEL),
    ("Honestly I'm a fraud.", LABEL),
    ("I am a loser.", LABEL),
    ("I'm pathetic.", LABEL),
    ("I'm a terrible friend.", LABEL),
    ("Soy un fracaso.", LABEL),
    # should
    ("I should have caught that bug.", SHOULD),
    ("I must never look unprepared.", SHOULD),
    ("I have to be the best one on the team.", SHOULD),
    ("I ought to be further along by now.", SHOULD),
    ("I'm supposed to have this figured out.", SHOULD),
    ("Debería haberlo sabido.", SHOULD),
    # catastrophizing
    ("I'll get fired for this.", CATA),
    ("My career is over.", CATA),
    ("The wedding speech will be a disaster.", CATA),
    ("Everything will fall apart if I rest.", CATA),
    ("What if they find out and I lose my job?", CATA),
    # mind reading
    ("They think I'm incompetent.", MIND),
    ("Everyone must be judging me right now.", MIND),
    ("She's disappointed in me.", MIND),
    ("My manager probably thinks I'm lazy.", MIND),
    ("They're all laughing at me.", MIND),
    # discounting the positive
    ("It was just luck.", DISC),
    ("Anyone could have done it.", DISC),
    ("The award doesn't count, the judges were friends.", DISC),
    ("Yes but that was an easy one.", DISC),
    ("They were only being nice.", DISC),
]


@pytest.mark.parametrize(("text", "pattern"), POSITIVES)
def test_notices_the_pattern(text: str, pattern: Pattern) -> None:
    assert pattern in patterns(text)


NEGATIVES: list[tuple[str, Pattern]] = [
    ("I finished the draft and sent it to my editor.", AON),
    ("The weather was nice, we had lunch outside.", AON),
    ("I'm not always late, just this week.", OVER),
    ("It isn't always easy, but it's fine.", OVER),
    ("I'm not a failure, I'm learning.", LABEL),
    ("My idea was a bit rough.", LABEL),
    ("What should I do about dinner?", SHOULD),
    ("Should I bring a cake?", SHOULD),
    ("The meeting ran long, then I went home.", CATA),
    ("It won't be a disaster, it's a small dinner.", CATA),
    ("I don't think they hate me.", MIND),
    ("She isn't disappointed in me, she said so.", MIND),
    ("I worked hard and I earned that promotion.", DISC),
    ("Good luck with your exam!", DISC),
]


@pytest.mark.parametrize(("text", "pattern"), NEGATIVES)
def test_leaves_alone(text: str, pattern: Pattern) -> None:
    assert pattern not in patterns(text)


def test_plain_neutral_text_has_no_findings() -> None:
    assert detect("I had toast for breakfast and walked the dog.") == []
    assert detect("") == []
    assert detect("   \n\t ") == []


@pytest.mark.parametrize(
    "text",
    [
        "It's not a total failure.",
        "It was not completely ruined.",
        "I don't never get things right.",
        "It wasn't perfect but it was fine.",
        "I'm not always wrong about this.",
        "No siempre llego tarde.",
    ],
)
def test_negation_removes_the_absolute(text: str) -> None:
    assert AON not in patterns(text)
    assert OVER not in patterns(text)


def test_negation_does_not_cross_a_comma() -> None:
    assert OVER in patterns("It's not fair, I always get the blame.")


def test_never_is_not_a_negator() -> None:
    assert OVER in patterns("I never get anything right these days.")


@pytest.mark.parametrize(
    ("plain", "loud", "pattern"),
    [
        ("I always forget.", "I absolutely always forget.", OVER),
        ("Everything I make is wrong.", "Literally everything I make is wrong.", AON),
        ("I'm useless.", "I'm completely useless.", LABEL),
    ],
)
def test_intensifiers_raise_strength(plain: str, loud: str, pattern: Pattern) -> None:
    assert finding(loud, pattern).strength > finding(plain, pattern).strength


def test_completely_useless_is_all_or_nothing() -> None:
    assert AON in patterns("My work today was completely useless.")


def test_intensifier_is_quoted_with_the_cue() -> None:
    cues = finding("Literally everything I make is wrong.", AON).cues
    assert any(cue.startswith("Literally") for cue in cues)


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_contractions_and_curly_apostrophes(apostrophe: str) -> None:
    text = f"I{apostrophe}m such an idiot and I{apostrophe}ll get fired."
    found = patterns(text)
    assert {LABEL, CATA} <= found
    for item in detect(text):
        for cue in item.cues:
            assert cue in text


def test_contraction_without_apostrophe() -> None:
    assert LABEL in patterns("im such a loser")
    assert SHOULD not in patterns("what should i do")


def test_cues_are_exact_substrings_with_original_casing() -> None:
    text = "I ALWAYS ruin things. I'm a Total Failure."
    found = detect(text)
    assert found
    for item in found:
        for cue in item.cues:
            assert cue in text
    assert "Total Failure" in finding(text, AON).cues


def test_two_cues_for_one_pattern_are_both_quoted_in_order() -> None:
    text = "I'll get fired, and then my career is over."
    assert finding(text, CATA).cues == ("I'll get fired", "my career is over")


def test_a_cue_running_across_a_clause_is_not_quoted_when_another_reads_whole() -> None:
    text = "I ruined the presentation, I always fail at everything"
    assert finding(text, AON).cues == ("fail at everything",)


def test_a_cue_across_a_clause_is_still_quoted_when_it_is_the_only_one() -> None:
    assert finding("It's ruined, always.", AON).cues == ("ruined, always",)


def test_findings_are_ordered_by_strength() -> None:
    found = detect("I'm a total failure and I should have known; I always do this.")
    assert len(found) >= 3
    strengths = [f.strength for f in found]
    assert strengths == sorted(strengths, reverse=True)
    assert all(0.0 < s <= 1.0 for s in strengths)


def test_more_evidence_is_stronger() -> None:
    one = finding("I'll get fired.", CATA).strength
    two = finding("I'll get fired and my career is over.", CATA).strength
    assert two > one


def test_mind_reading_absorbs_the_label_it_reports() -> None:
    found = patterns("My boss thinks I'm lazy.")
    assert MIND in found
    assert LABEL not in found


def test_finding_is_frozen() -> None:
    item = detect("I'm such an idiot.")[0]
    with pytest.raises(AttributeError):
        item.strength = 0.0  # type: ignore[misc]


def test_pattern_values_are_stable() -> None:
    assert [p.value for p in Pattern] == [
        "all_or_nothing",
        "overgeneralizing",
        "labeling",
        "should",
        "catastrophizing",
        "mind_reading",
        "discounting_positive",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I'm such an idiot, I forgot the meeting.",
        "I hate myself for saying that.",
        "I messed up the presentation again.",
        "Nothing I do is good enough.",
        "I feel so stupid after that call.",
        "They probably think I'm a fraud.",
        "I'll never be good at this.",
        "Why am I like this?",
        "me odio",
    ],
)
def test_harsh_thoughts(text: str) -> None:
    assert looks_like_harsh_thought(text)


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "thanks",
        "Thank you so much!",
        "hi",
        "hello there",
        "what can you do?",
        "How does this bot work?",
        "Can you remind me tomorrow?",
        "I had a nice walk today.",
        "What should I do with my settings?",
        "",
        "never",
        "gracias",
        "I always drink coffee in the morning.",
        "I never eat breakfast.",
        "I should probably go to bed.",
        "I have to pick up my son at five.",
    ],
)
def test_not_harsh(text: str) -> None:
    assert not looks_like_harsh_thought(text)


def test_harsh_question_about_myself_still_counts() -> None:
    assert looks_like_harsh_thought("Why do I always ruin everything?")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=5000))
def test_never_raises_and_cues_are_substrings(text: str) -> None:
    found = detect(text)
    looks_like_harsh_thought(text)
    for item in found:
        assert 0.0 < item.strength <= 1.0
        assert item.cues
        for cue in item.cues:
            assert cue
            assert cue in text


CUE_WORDS = [
    "I",
    "I'm",
    "always",
    "never",
    "not",
    "a",
    "total",
    "failure",
    "should",
    "have",
    "they",
    "think",
    "will",
    "get",
    "fired",
    "one",
    "mistake",
    "and",
    "it's",
    "all",
    "ruined",
    "either",
    "or",
    "perfect",
    "just",
    "luck",
    "everyone",
    "nobody",
    "completely",
    "useless",
    ",",
    ".",
    "don't",
    "idiot",
    "so",
    "what",
    "if",
    "siempre",
    "debería",
    "’",
    "\n",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=300))
def test_cue_heavy_text_is_deterministic_and_quoted(words: list[str]) -> None:
    text = " ".join(words)
    first = detect(text)
    assert first == detect(text)
    assert looks_like_harsh_thought(text) == looks_like_harsh_thought(text)
    for item in first:
        for cue in item.cues:
            assert cue in text
    strengths = [f.strength for f in first]
    assert strengths == sorted(strengths, reverse=True)


def _every_rule_at_every_word(rules: RuleSet, tokens: list[Token]) -> set[tuple[int, int, int]]:
    """The scan without any index or shortcut: each rule tried at each word."""
    found = set()
    for at, token in enumerate(tokens):
        before = tokens[at - 1] if at else None
        previous = before.norm if before and before.sentence == token.sentence else ""
        for number, rule in enumerate(rules.rules):
            if previous in rule.not_after:
                continue
            end = _match_from(rule.slots, 0, tokens, at, token.sentence)
            if end > at:
                found.add((at, number, end))
    return found


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=60))
def test_the_indexed_scan_finds_what_trying_every_rule_finds(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    for rules in (detector._RULES, patterns_harsh._HARSH_RULES, patterns_harsh._NEGATIVE_WORDS):
        numbers = {id(rule): number for number, rule in enumerate(rules.rules)}
        scanned = {(m.first, numbers[id(m.rule)], m.stop) for m in rules.scan(tokens)}
        assert scanned == _every_rule_at_every_word(rules, tokens)


@pytest.mark.parametrize(
    "unit",
    [
        "I am so ",
        "either a ",
        "if it is not ",
        "one mistake and ",
        "they think I ",
        "not ",
        "everything is ",
        "a" * 50 + " ",
        "I'm I'm ",
    ],
)
def test_long_repetitive_text_completes(unit: str) -> None:
    """Bounded rules: a 4,000-character adversarial text is scanned, not backtracked."""
    text = (unit * (4000 // len(unit) + 1))[:4000]
    assert isinstance(detect(text), list)
