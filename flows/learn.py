"""`/learn`: short, plain explanations of how perfectionism works, each with a door onward.

Understanding a pattern makes it easier to notice, and noticing comes before changing
anything. Each topic is one message a phone screen can hold, in everyday words with an
everyday example, and it ends with a button into the exercise that fits it, so reading
can turn into trying. `/learn <topic>` opens one directly from a simple keyword, in
English or Spanish ("critic", "all or nothing", "burnout", "control", "why", "crítico").

Records: none; reading is not tracked. `ctx.data`: nothing is read.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.answers import yes_or_no
from flows.core import Button, Chose, Context, Event, FlowState, Keyboard, Reply, Said, Step, rows
from flows.practices import fold

NAME = "learn"
COMMANDS: tuple[str, ...] = ("learn",)
MENU = "menu"
TOPIC = "topic"


@dataclass(frozen=True, slots=True)
class Topic:
    """One explanation: its key (a button ref), copy ids, door and the words that find it."""

    key: str
    message: str
    label: str
    door_label: str
    door: str  # the command the door button starts
    words: tuple[str, ...]


#: Words that find each topic, folded (lower case, no accents or punctuation).
_WORDS: dict[str, tuple[str, ...]] = {
    "all_or_nothing": ("all or nothing", "allornothing", "black and white", "black or white",
                       "extremes", "todo o nada", "blanco y negro", "blanco o negro", "extremos"),
    "critic": ("critic", "inner critic", "harsh", "self criticism", "critico", "critica",
               "autocritica", "voz critica", "juez"),
    "burnout": ("procrastination", "procrastinate", "procrastinating", "putting off",
                "burnout", "burn out", "burned out", "burnt out", "exhausted",
                "procrastinacion", "procrastinar", "postergar", "agotamiento", "agotado",
                "agotada", "quemado", "quemada"),
    "control": ("control", "controlling", "relationships", "relationship", "other people",
                "others", "controlar", "relaciones", "pareja", "los demas"),
    "roots": ("why", "roots", "origin", "origins", "where it comes from", "began",
              "childhood", "por que", "porque", "origen", "raices", "infancia"),
}  # fmt: skip


def _topic(key: str, door: str) -> Topic:
    slug = key.replace("_", "-")
    return Topic(
        key=key,
        message=f"learn-topic-{slug}",
        label=f"button-learn-topic-{slug}",
        door_label=f"button-learn-door-{door}",
        door=door,
        words=_WORDS[key],
    )


#: In menu order; the more specific topics come first, so that "why do I procrastinate"
#: finds procrastination rather than the roots of perfectionism.
TOPICS: tuple[Topic, ...] = (
    _topic("all_or_nothing", "reframe"),
    _topic("critic", "practice"),
    _topic("burnout", "goal"),
    _topic("control", "success"),
    _topic("roots", "perfectionist"),
)
_BY_KEY = {topic.key: topic for topic in TOPICS}

_MORE_WORDS = frozenset(
    {"another", "another topic", "more", "menu", "topics", "list", "otro", "otro tema", "mas"}
)
_DONE_WORDS = frozenset(
    {"done", "close", "thanks", "thank you", "thats all", "listo", "gracias", "cerrar"}
)


def find_topic(text: str) -> Topic | None:
    """The topic a typed word or phrase points to, or a number for its place in the menu."""
    folded = fold(text)
    if folded.isdigit():
        at = int(folded) - 1
        return TOPICS[at] if 0 <= at < len(TOPICS) else None
    padded = f" {folded} "
    for topic in TOPICS:
        if any(f" {word} " in padded for word in topic.words):
            return topic
    return None


# --------------------------------------------------------------------------- replies


def _menu_reply(message: str = "learn-menu") -> Reply:
    buttons = [Button(topic.label, "topic", ref=topic.key) for topic in TOPICS]
    buttons.append(Button("button-learn-done", "done"))
    return Reply(message, buttons=rows(*buttons))


def _topic_keyboard(topic: Topic) -> Keyboard:
    return (
        (Button(topic.door_label, "open", ref=topic.door, flow="menu"),),
        (Button("button-learn-another", "more"), Button("button-learn-done", "done")),
    )


def _topic_reply(topic: Topic) -> Reply:
    return Reply(topic.message, buttons=_topic_keyboard(topic))


def _show(topic: Topic) -> Step:
    return Step(FlowState(NAME, TOPIC, {"topic": topic.key}), (_topic_reply(topic),))


def _menu(message: str = "learn-menu") -> Step:
    return Step(FlowState(NAME, MENU), (_menu_reply(message),))


def _closed() -> Step:
    return Step(None, (Reply("learn-closed"),))


# --------------------------------------------------------------------------- the flow


def start(ctx: Context, args: str = "", command: str = "learn") -> Step:
    """`/learn` shows the topics; `/learn <keyword>` opens the matching one."""
    del ctx, command
    if not args.strip():
        return _menu()
    topic = find_topic(args)
    return _show(topic) if topic is not None else _menu("learn-unknown")


def _current(state: FlowState) -> Topic | None:
    return _BY_KEY.get(str(state.data.get("topic", "")))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Show the topic being read again, or the menu."""
    del ctx
    topic = _current(state) if state.step == TOPIC else None
    return (_topic_reply(topic),) if topic is not None else (_menu_reply(),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if isinstance(event, Chose):
        if event.action == "topic" and event.ref in _BY_KEY:
            return _show(_BY_KEY[event.ref])
        if event.action == "more":
            return _menu()
        if event.action == "done":
            return _closed()
        return Step(state, reprompt(state, ctx))
    if not isinstance(event, Said) or not event.text.strip():
        return Step(state, reprompt(state, ctx))
    folded = fold(event.text)
    if folded in _DONE_WORDS:
        return _closed()
    if folded in _MORE_WORDS:
        return _menu()
    topic = find_topic(event.text)
    if topic is not None:
        return _show(topic)
    if yes_or_no(event.text) is False:
        return _closed()
    if state.step == TOPIC and _current(state) is not None:
        return Step(state, (Reply("learn-topic-unclear", buttons=_after_unclear()),))
    return _menu("learn-menu-unclear")


def _after_unclear() -> Keyboard:
    return rows(
        Button("button-learn-another", "more"), Button("button-learn-done", "done"), per_row=2
    )
