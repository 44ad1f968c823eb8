"""`/start`: four short steps from "who is this?" to a first check-in time.

Every step can be answered by button or by typing, and every value is recorded as soon as
it is given, so leaving half-way (or `/cancel`) keeps what was already chosen and running
`/start` again never wipes or duplicates anything.
"""

from __future__ import annotations

from flows import ask_time, ask_zone
from flows.answers import yes_or_no
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    ProfileChanged,
    Reply,
    Said,
    Step,
    rows,
)

NAME = "onboarding"
COMMANDS: tuple[str, ...] = ("start",)
WELCOME = "welcome"
CONSENT = "consent"


def _consent_reply() -> Reply:
    return Reply(
        "onboarding-consent",
        buttons=rows(
            Button("button-consent-yes", "consent", ref="yes"),
            Button("button-consent-no", "consent", ref="no"),
        ),
    )


def start(ctx: Context, args: str = "", command: str = "start") -> Step:
    """Greet a newcomer, or welcome back someone who already set things up."""
    del args, command
    if ctx.profile.onboarded:
        return Step(None, (Reply("start-again", buttons=main_menu()),))
    state = FlowState(NAME, WELCOME)
    return Step(
        state,
        (Reply("onboarding-welcome", buttons=rows(Button("button-continue", "next"))),),
    )


def main_menu() -> tuple[tuple[Button, ...], ...]:
    """The doors into what the bot does, offered wherever a user might wonder what next."""
    return rows(
        Button("button-menu-checkin", "open", ref="checkin", flow="menu"),
        Button("button-menu-reframe", "open", ref="reframe", flow="menu"),
        Button("button-menu-goal", "open", ref="goal", flow="menu"),
        Button("button-menu-practice", "open", ref="practice", flow="menu"),
        Button("button-menu-settings", "open", ref="settings", flow="menu"),
        Button("button-menu-help", "open", ref="help", flow="menu"),
        per_row=2,
    )


def _after_consent(state: FlowState, given: bool) -> Step:
    asked = ask_zone.ask(state)
    intro = Reply("onboarding-consent-yes" if given else "onboarding-consent-no")
    return Step(asked.state, (intro, *asked.replies), (ProfileChanged(consent=given),))


def _finish(checkin_time: str) -> Step:
    message = "onboarding-done-off" if checkin_time == ask_time.OFF else "onboarding-done"
    return Step(
        None,
        (Reply(message, {"time": checkin_time}, buttons=main_menu()),),
        (ProfileChanged(checkin_time=checkin_time, onboarded=True),),
    )


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Ask the current step's question again (after a pause or a crisis check)."""
    if state.step == WELCOME:
        return (Reply("onboarding-welcome", buttons=rows(Button("button-continue", "next"))),)
    if state.step == CONSENT:
        return (_consent_reply(),)
    if state.step in ask_zone.STEPS:
        return ask_zone.reprompt(state, ctx)
    return ask_time.ask(state, "onboarding-time").replies


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step == WELCOME:
        if isinstance(event, Chose | Said):
            return Step(state.at(CONSENT), (_consent_reply(),))
        return Step(state, (Reply("use-text-or-buttons"),))
    if state.step == CONSENT:
        given: bool | None = None
        if isinstance(event, Chose) and event.action == "consent":
            given = event.ref == "yes"
        elif isinstance(event, Said):
            given = yes_or_no(event.text)
        if given is None:
            return Step(state, (Reply("consent-unclear"), _consent_reply()))
        return _after_consent(state, given)
    if state.step in ask_zone.STEPS:
        zone = ask_zone.advance(state, event, ctx)
        if isinstance(zone, ask_zone.StillAsking):
            return Step(zone.state, zone.replies)
        asked = ask_time.ask(state, "onboarding-time")
        return Step(asked.state, asked.replies, (ProfileChanged(zone_key=zone.zone_key),))
    if state.step == ask_time.ASK:
        chosen = ask_time.advance(state, event, ctx)
        if isinstance(chosen, ask_time.StillAsking):
            return Step(chosen.state, chosen.replies)
        return _finish(chosen.checkin_time)
    return start(ctx)
