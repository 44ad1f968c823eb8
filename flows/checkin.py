"""The daily check-in: two taps (how kind am I being to myself, how loud is the critic),
then one short practice that fits is offered, never imposed.

It starts from `/checkin` or from the scheduled nudge (`start_nudge`). Typing works at every
question: ratings can be typed as numbers or plain words, and anything else is taken as a
note (kept only with consent) before moving on, so nobody gets stuck on a scale. On a nudge
the first question also offers "later" and "skip today"; skipping is answered kindly and
never brought up again.

`ctx.data`, read only by `start_nudge`:

* ``"checkins_this_week"``: int, check-ins in the 7 days before now;
* ``"weekly_line_due"``: bool, the shell's once-a-week "you may show the weekly line";
* ``"backoff_notice"``: bool, nudges just slowed to every other day after a quiet spell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flows import practice, practices
from flows.answers import number_in_range, yes_or_no
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Record,
    Reply,
    Said,
    Step,
    rows,
)
from flows.practices import fold

NAME = "checkin"
COMMANDS: tuple[str, ...] = ("checkin",)
KINDNESS = "kindness"
CRITIC = "critic"
SNOOZE = "snooze"
OFFER = "offer"

SNOOZE_PRESETS = ("1h", "3h", "tonight")
WEEKLY_LINE_FROM = 2


# --- Records ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckInLogged(Record):
    """Both questions answered (or passed). `practice` is the practice offered, if any."""

    kindness: int | None
    critic: int | None
    practice: str | None
    scheduled: bool


@dataclass(frozen=True, slots=True)
class CheckInNote(Record):
    """Words typed during a check-in; only emitted with consent."""

    text: str


@dataclass(frozen=True, slots=True)
class Snoozed(Record):
    """A "later" on a nudge: one of SNOOZE_PRESETS; the shell picks the instant."""

    preset: str


@dataclass(frozen=True, slots=True)
class SkippedToday(Record):
    """A "skip today" on a nudge. Nothing else follows from it."""


@dataclass(frozen=True, slots=True)
class NudgeAnswered(Record):
    """The user answered a scheduled nudge, so any slower rhythm can go back to daily."""


# --- Reading typed answers ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Scale:
    """Words for one question's scale, and how "very" and "not" shift them."""

    words: dict[str, int]
    stronger: dict[int, int]
    negated: dict[int, int]


def _valued(**groups: str) -> dict[str, int]:
    """`_valued(v2="harsh rough")` → {"harsh": 2, "rough": 2}: word lists kept readable."""
    return {word: int(key[1:]) for key, words in groups.items() for word in words.split()}


_KINDNESS_SCALE = _Scale(
    words=_valued(
        v2="harsh harshly hard rough roughly mean critical badly bad strict tough mal duro dura",
        v3="ok okay fine meh alright neutral between middle mixed average regular normal soso",
        v4="kind kindly gentle gently well good nice nicely warm warmly bien amable carino",
        v5="great wonderful lovingly excellent genial",
    ),
    stronger={2: 1, 4: 5},
    negated={1: 4, 2: 4, 3: 2, 4: 2, 5: 2},
)
_CRITIC_SCALE = _Scale(
    words=_valued(
        v1="quiet silent calm none nothing absent gone tranquilo callado silencio",
        v2="murmuring murmur murmurs whisper whispering whispers low soft mild little some "
        "background bajo ok okay fine manageable",
        v3="loud noisy alto fuerte strong",
        v4="screaming shouting yelling deafening relentless nonstop constant",
    ),
    stronger={1: 1, 2: 2, 3: 4, 4: 4},
    negated={1: 3, 2: 2, 3: 2, 4: 2},
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STRONGER = _wordset("very really pretty so super extremely quite too incredibly muy bastante re")
_NOT = _wordset("not no nope isnt wasnt arent dont nada")
#: Words that can surround a rating without turning it into a note ("I was pretty harsh").
_FILLER = _wordset(
    """i im ive am was been being to with myself me today a bit fairly rather somewhat
    slightly its it is honestly um the and at all of on critic inner voice somewhere in
    kinda sorta just treating estoy he sido conmigo hoy un poco mismo el la critico esta"""
)
#: Phrases read as one word before rating ("so so" is one middling answer, not two "so"s).
_PHRASES = {
    "kind of": "a bit",
    "sort of": "a bit",
    "in between": "between",
    "so so": "soso",
    "mas o menos": "soso",
    "non stop": "nonstop",
}
#: Typed ways of passing a question without a rating or a note.
_PASS = frozenset(
    {"skip", "pass", "idk", "dunno", "not sure", "no idea", "next", "no se", "paso", "skip it"}
)
_LATER = frozenset({"later", "not now", "snooze", "remind me later", "mas tarde", "luego"})
_SKIP_TODAY = frozenset({"skip today", "not today", "hoy no", "no today"})
_TIRED = re.compile(
    r"(?<![a-z])(?:tired|exhausted|drained|knackered|wiped out|sleepy|burn(?:t|ed)? ?out"
    r"|burnout|worn out|agotad[oa@]s?|cansad[oa@]s?|rendid[oa@]s?)(?![a-z])"
)
_NOT_TIRED = re.compile(r"(?<![a-z])not (?:that |very |so |too )?tired(?![a-z])")
_MAX_RATING_WORDS = 7


def _rating(text: str, scale: _Scale, low: int, high: int) -> int | None:
    """A rating typed as a number or a few words ("pretty harshly", "not very loud")."""
    number = number_in_range(text, low, high)
    if number is not None:
        return number
    folded = f" {fold(text)} "
    for phrase, plain in _PHRASES.items():
        folded = folded.replace(f" {phrase} ", f" {plain} ")
    words = folded.split()
    if not words or len(words) > _MAX_RATING_WORDS:
        return None
    values: set[int] = set()
    stronger = negated = False
    for word in words:
        if word in scale.words:
            values.add(scale.words[word])
        elif word in _STRONGER:
            stronger = True
        elif word in _NOT:
            negated = True
        elif word not in _FILLER:
            return None  # words we do not know: this is a note, not a rating
    if len(values) != 1:
        return None
    value = values.pop()
    value = scale.stronger.get(value, value) if stronger else value
    return scale.negated.get(value, value) if negated else value


def sounds_tired(text: str) -> bool:
    """Words of tiredness ("exhausted", "burnt out", "agotada"), unless plainly negated."""
    folded = fold(text.replace("-", " "))
    return bool(_TIRED.search(_NOT_TIRED.sub(" ", folded)))


# --- Choosing the practice to offer ---------------------------------------------------------


def _harsh(kindness: int | None, critic: int | None) -> bool:
    return (kindness is not None and kindness <= 2) or critic == 4


def fitting_practices(kindness: int | None, critic: int | None, tired: bool) -> tuple[str, ...]:
    """The practices that fit this check-in, best first. Tiredness comes first: rest is kind."""
    if tired:
        return (practices.REST_PERMISSION, practices.SOOTHING_TOUCH, practices.THREE_BREATHS)
    if _harsh(kindness, critic):
        return (
            practices.SELF_COMPASSION_BREAK,
            practices.KIND_FRIEND_LETTER,
            practices.SOOTHING_TOUCH,
        )
    if critic is not None and critic >= 3:
        return (
            practices.FRIEND_VIEW,
            practices.SELF_COMPASSION_BREAK,
            practices.KIND_FRIEND_LETTER,
        )
    if kindness is not None and kindness >= 4:
        return (practices.GOOD_ENOUGH_TODAY, practices.THREE_BREATHS, practices.SOOTHING_TOUCH)
    return (practices.THREE_BREATHS, practices.GOOD_ENOUGH_TODAY, practices.SOOTHING_TOUCH)


def fitting_practice(
    kindness: int | None,
    critic: int | None,
    tired: bool,
    recent: Mapping[str, str] | None = None,
) -> str:
    """The practice to offer: the best fit not offered lately, else the one offered longest
    ago. `recent` maps a practice to when it was last offered (ISO time).

    Someone whose days feel alike gets the same few fitting practices in turn, so with each
    step's twelve wordings the same line does not come back within a month.
    """
    fitting = fitting_practices(kindness, critic, tired)
    seen = recent or {}
    fresh = [key for key in fitting if key not in seen]
    if fresh:
        return fresh[0]
    return min(fitting, key=lambda key: seen[key])


# --- Replies --------------------------------------------------------------------------------


def _ask_kindness(scheduled: bool) -> Reply:
    choices = [Button(f"button-checkin-kindness-{n}", "kind", ref=str(n)) for n in range(1, 6)]
    keyboard = rows(*choices)
    if scheduled:
        keyboard = (
            *keyboard,
            (
                Button("button-checkin-later", "later"),
                Button("button-checkin-skip-today", "skip_today"),
            ),
        )
    return Reply("checkin-ask-kindness", buttons=keyboard)


def _ask_critic() -> Reply:
    choices = [Button(f"button-checkin-critic-{n}", "critic", ref=str(n)) for n in range(1, 5)]
    return Reply("checkin-ask-critic", buttons=rows(*choices, per_row=2))


def _ask_snooze() -> Reply:
    presets = [Button(f"button-checkin-snooze-{p}", "snooze", ref=p) for p in SNOOZE_PRESETS]
    return Reply(
        "checkin-ask-snooze",
        buttons=(*rows(*presets, per_row=3), (Button("button-checkin-back", "back"),)),
    )


def _offer(data: Mapping[str, Any]) -> Reply:
    key = str(data.get("practice"))
    buttons = [
        Button("button-checkin-begin", "begin", ref=key),
        Button("button-checkin-not-now", "not_now"),
    ]
    keyboard = rows(*buttons, per_row=2)
    if _harsh(data.get("kindness"), data.get("critic")):
        keyboard = (
            *keyboard,
            (Button("button-checkin-reframe", "open", ref="reframe", flow="menu"),),
        )
    return Reply(f"checkin-offer-{key.replace('_', '-')}", buttons=keyboard)


def _note_reply(ctx: Context) -> Reply:
    return Reply("checkin-note-kept" if ctx.profile.consent else "checkin-note-heard")


# --- Starting -------------------------------------------------------------------------------


def start(ctx: Context, args: str = "", command: str = "checkin") -> Step:
    """`/checkin`: the first question straight away, without "later" or "skip today"."""
    del ctx, args, command
    state = FlowState(NAME, KINDNESS, {"scheduled": False, "notes": [], "tired": False})
    return Step(state, (_ask_kindness(scheduled=False),))


def start_nudge(ctx: Context) -> Step:
    """The scheduled check-in: a rotating opening line, then the first question.

    A weekly line may acknowledge check-ins that happened (never the ones that did not),
    and after a quiet spell one kind line explains the slower rhythm.
    """
    replies = [Reply("checkin-opening", rotate=True)]
    count = ctx.data.get("checkins_this_week", 0)
    if (
        ctx.data.get("weekly_line_due") is True
        and isinstance(count, int)
        and not isinstance(count, bool)
        and count >= WEEKLY_LINE_FROM
    ):
        replies.append(Reply("checkin-weekly", {"count": count}))
    if ctx.data.get("backoff_notice") is True:
        replies.append(Reply("checkin-backoff"))
    replies.append(_ask_kindness(scheduled=True))
    state = FlowState(
        NAME, KINDNESS, {"scheduled": True, "answered": False, "notes": [], "tired": False}
    )
    return Step(state, tuple(replies))


# --- Moving on ------------------------------------------------------------------------------


def _with_text(
    state: FlowState, text: str, ctx: Context
) -> tuple[FlowState, tuple[Reply, ...], tuple[Record, ...]]:
    """Keep a typed note in the state (and record it with consent); notice tiredness."""
    notes = [*state.data.get("notes", []), text.strip()]
    tired = bool(state.data.get("tired")) or sounds_tired(text)
    records: tuple[Record, ...] = (CheckInNote(text.strip()),) if ctx.profile.consent else ()
    return state.at(state.step, notes=notes, tired=tired), (_note_reply(ctx),), records


def _logged(
    state: FlowState,
    critic: int | None,
    ctx: Context,
    *before: Reply,
    records: tuple[Record, ...] = (),
) -> Step:
    kindness = state.data.get("kindness")
    recent = ctx.data.get("recent_practices")
    chosen = fitting_practice(
        kindness,
        critic,
        bool(state.data.get("tired")),
        recent if isinstance(recent, dict) else None,
    )
    offered = state.at(OFFER, critic=critic, practice=chosen)
    logged = CheckInLogged(kindness, critic, chosen, bool(state.data.get("scheduled")))
    return Step(offered, (*before, _offer(offered.data)), (*records, logged))


def _at_kindness(state: FlowState, event: Event, ctx: Context) -> Step:
    scheduled = bool(state.data.get("scheduled"))
    answered: tuple[Record, ...] = ()
    if scheduled and not state.data.get("answered"):
        answered = (NudgeAnswered(),)
        state = state.at(KINDNESS, answered=True)
    if isinstance(event, Chose):
        if event.action == "kind" and event.ref in {"1", "2", "3", "4", "5"}:
            return Step(state.at(CRITIC, kindness=int(event.ref)), (_ask_critic(),), answered)
        if scheduled and event.action == "later":
            return Step(state.at(SNOOZE), (_ask_snooze(),), answered)
        if scheduled and event.action == "skip_today":
            return Step(None, (Reply("checkin-skipped"),), (*answered, SkippedToday()))
        return Step(state, (_ask_kindness(scheduled),), answered)
    if isinstance(event, Said) and event.text.strip():
        folded = fold(event.text)
        if scheduled and folded in _LATER:
            return Step(state.at(SNOOZE), (_ask_snooze(),), answered)
        if scheduled and folded in _SKIP_TODAY:
            return Step(None, (Reply("checkin-skipped"),), (*answered, SkippedToday()))
        rating = _rating(event.text, _KINDNESS_SCALE, 1, 5)
        if rating is not None or folded in _PASS:
            return Step(state.at(CRITIC, kindness=rating), (_ask_critic(),), answered)
        noted, replies, records = _with_text(state, event.text, ctx)
        return Step(
            noted.at(CRITIC, kindness=None), (*replies, _ask_critic()), (*answered, *records)
        )
    return Step(state, (Reply("checkin-use-buttons"), _ask_kindness(scheduled)), answered)


def _at_critic(state: FlowState, event: Event, ctx: Context) -> Step:
    if isinstance(event, Chose):
        if event.action == "critic" and event.ref in {"1", "2", "3", "4"}:
            return _logged(state, int(event.ref), ctx)
        return Step(state, (_ask_critic(),))
    if isinstance(event, Said) and event.text.strip():
        rating = _rating(event.text, _CRITIC_SCALE, 1, 4)
        if rating is not None or fold(event.text) in _PASS:
            return _logged(state, rating, ctx)
        noted, replies, records = _with_text(state, event.text, ctx)
        return _logged(noted, None, ctx, *replies, records=records)
    return Step(state, (Reply("checkin-use-buttons"), _ask_critic()))


def _at_snooze(state: FlowState, event: Event) -> Step:
    preset: str | None = None
    if isinstance(event, Chose):
        if event.action == "back":
            return Step(state.at(KINDNESS), (_ask_kindness(True),))
        if event.action == "snooze" and event.ref in SNOOZE_PRESETS:
            preset = event.ref
    elif isinstance(event, Said):
        preset = _snooze_preset(event.text)
    if preset is None:
        return Step(state, (Reply("checkin-snooze-unclear"), _ask_snooze()))
    return Step(None, (Reply(f"checkin-snoozed-{preset}"),), (Snoozed(preset),))


def _snooze_preset(text: str) -> str | None:
    folded = fold(text)
    if re.fullmatch(r"(?:in )?(?:(?:1|one) ?(?:h|hr|hour)?|an? (?:hour|hr))", folded):
        return "1h"
    if re.fullmatch(r"(?:in )?(?:3|three) ?(?:h|hrs|hours)?", folded):
        return "3h"
    if folded in {"tonight", "this evening", "evening", "later tonight", "esta noche"}:
        return "tonight"
    return None


def _at_offer(state: FlowState, event: Event, ctx: Context) -> Step:
    key = str(state.data.get("practice"))
    if key not in practices.LIBRARY:
        return Step(None, (Reply("checkin-closing"),))
    if isinstance(event, Chose):
        if event.action == "begin":
            return practice.begin(key)
        if event.action == "not_now":
            return Step(None, (Reply("checkin-closing"),))
        return Step(state, (_offer(state.data),))
    if isinstance(event, Said) and event.text.strip():
        answer = yes_or_no(event.text)
        if answer is True or fold(event.text) in {"start", "start it", "lets go", "go"}:
            return practice.begin(key)
        if answer is False or fold(event.text) in _LATER:
            return Step(None, (Reply("checkin-closing"),))
        noted, replies, records = _with_text(state, event.text, ctx)
        if noted.data.get("tired") and key != practices.REST_PERMISSION:
            noted = noted.at(OFFER, practice=practices.REST_PERMISSION)
        return Step(noted, (*replies, _offer(noted.data)), records)
    return Step(state, (Reply("checkin-use-buttons"), _offer(state.data)))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Ask the current question again (after a pause or a crisis check)."""
    del ctx
    if state.step == CRITIC:
        return (_ask_critic(),)
    if state.step == SNOOZE:
        return (_ask_snooze(),)
    if state.step == OFFER:
        return (_offer(state.data),)
    return (_ask_kindness(bool(state.data.get("scheduled"))),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step == CRITIC:
        return _at_critic(state, event, ctx)
    if state.step == SNOOZE:
        return _at_snooze(state, event)
    if state.step == OFFER:
        return _at_offer(state, event, ctx)
    return _at_kindness(state, event, ctx)
