"""`/settings`, `/timezone` and `/time`: see and change what onboarding set.

The overview shows the user's own local time next to the zone, because "is this right?"
is the question people actually have. The direct commands exist for people who prefer
typing a whole answer at once (`/timezone Europe/Berlin`, `/time 08:30`).
"""

from __future__ import annotations

import dataclasses

from flows import ask_time, ask_zone
from flows.answers import yes_or_no
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    ParamValue,
    ProfileChanged,
    Reply,
    Said,
    Step,
    rows,
)
from flows.times import format_local_time, local_now
from flows.zones import resolve_zone, zone_label

NAME = "settings"
COMMANDS: tuple[str, ...] = ("settings", "timezone", "time")
MENU = "menu"
LANGUAGE = "language"
CONSENT = "consent"
KEEP = "keep"


def overview(ctx: Context) -> Reply:
    """The current settings, with a button for each thing that can change."""
    profile = ctx.profile
    params: dict[str, ParamValue] = {
        "zone": zone_label(profile.zone_key) if profile.zone_key else "-",
        "local_time": (
            format_local_time(local_now(ctx.now, profile.zone_key).time())
            if profile.zone_key
            else "-"
        ),
        "checkin": profile.checkin_time or ask_time.OFF,
        "language": profile.locale,
        "consent": "yes" if profile.consent else "no",
    }
    buttons = [
        Button("button-settings-zone", "zone"),
        Button("button-settings-time", "time"),
        Button("button-settings-days", "open", ref="days", flow="menu"),
    ]
    if len(ctx.locales) > 1:
        buttons.append(Button("button-settings-language", "language"))
    buttons += [
        Button("button-settings-consent", "consent"),
        Button("button-settings-keep", "keep"),
        Button("button-done", "done"),
    ]
    return Reply("settings-overview", params, rows(*buttons, per_row=2))


def _menu(ctx: Context, *before: Reply) -> Step:
    return Step(FlowState(NAME, MENU), (*before, overview(ctx)))


def _zone_from_args(args: str, ctx: Context) -> Step:
    state = FlowState(NAME, ask_zone.ASK, {"direct": True})
    if not args.strip():
        asked = ask_zone.ask(state)
        return Step(asked.state, asked.replies)
    answer = resolve_zone(args)
    if answer.key is not None:
        local = format_local_time(local_now(ctx.now, answer.key).time())
        return Step(
            None,
            (Reply("zone-set", {"zone": zone_label(answer.key), "local_time": local}),),
            (ProfileChanged(zone_key=answer.key),),
        )
    outcome = ask_zone.advance(state, Said(args), ctx)
    assert isinstance(outcome, ask_zone.StillAsking)  # an unresolved answer keeps asking
    return Step(outcome.state, outcome.replies)


def _time_from_args(args: str) -> Step:
    state = FlowState(NAME, ask_time.ASK, {"direct": True})
    chosen = ask_time.parse(args) if args.strip() else None
    if chosen is None:
        asked = ask_time.ask(state, "time-ask" if not args.strip() else "time-unclear")
        return Step(asked.state, asked.replies)
    return _time_saved(state, chosen)


def _saved(state: FlowState, ctx: Context | None, reply: Reply, record: ProfileChanged) -> Step:
    """Confirm a change; from the menu, show the menu again with the new value in it."""
    if state.data.get("direct") or ctx is None:
        return Step(None, (reply,), (record,))
    changes = {k: v for k, v in dataclasses.asdict(record).items() if v is not None}
    updated = dataclasses.replace(ctx, profile=dataclasses.replace(ctx.profile, **changes))
    return Step(FlowState(NAME, MENU), (reply, overview(updated)), (record,))


def _time_saved(state: FlowState, chosen: str, ctx: Context | None = None) -> Step:
    message = "time-set-off" if chosen == ask_time.OFF else "time-set"
    return _saved(state, ctx, Reply(message, {"time": chosen}), ProfileChanged(checkin_time=chosen))


def start(ctx: Context, args: str = "", command: str = "settings") -> Step:
    if command == "timezone":
        return _zone_from_args(args, ctx)
    if command == "time":
        return _time_from_args(args)
    return _menu(ctx)


def _language_reply(ctx: Context) -> Reply:
    buttons = [Button(f"button-language-{code}", "language", ref=code) for code in ctx.locales]
    return Reply("settings-language", buttons=rows(*buttons, per_row=2))


def _consent_reply(ctx: Context) -> Reply:
    message = "settings-consent-on" if ctx.profile.consent else "settings-consent-off"
    return Reply(
        message,
        buttons=rows(
            Button("button-consent-yes", "consent", ref="yes"),
            Button("button-consent-no", "consent", ref="no"),
            per_row=2,
        ),
    )


def _keep_reply(ctx: Context) -> Reply:
    days = int(ctx.data.get("retention_days", 180))
    message = "settings-keep-forever" if ctx.profile.keep_words else "settings-keep-limited"
    return Reply(
        message,
        {"days": days},
        rows(
            Button("button-keep-limited", "keep", ref="limited", params={"days": days}),
            Button("button-keep-forever", "keep", ref="forever"),
        ),
    )


def _from_menu(state: FlowState, event: Event, ctx: Context) -> Step:
    action = event.action if isinstance(event, Chose) else None
    if action == "zone":
        asked = ask_zone.ask(state)
        return Step(asked.state, asked.replies)
    if action == "time":
        asked_time = ask_time.ask(state)
        return Step(asked_time.state, asked_time.replies)
    if action == "language" and len(ctx.locales) > 1:
        return Step(state.at(LANGUAGE), (_language_reply(ctx),))
    if action == "consent":
        return Step(state.at(CONSENT), (_consent_reply(ctx),))
    if action == "keep":
        return Step(state.at(KEEP), (_keep_reply(ctx),))
    if action == "done":
        return Step(None, (Reply("settings-closed"),))
    if isinstance(event, Said):
        return Step(state, (Reply("settings-use-buttons"), overview(ctx)))
    return Step(state, (overview(ctx),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    if state.step in ask_zone.STEPS:
        return ask_zone.reprompt(state, ctx)
    if state.step == ask_time.ASK:
        return ask_time.ask(state).replies
    if state.step == LANGUAGE:
        return (_language_reply(ctx),)
    if state.step == CONSENT:
        return (_consent_reply(ctx),)
    if state.step == KEEP:
        return (_keep_reply(ctx),)
    return (overview(ctx),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step == MENU:
        return _from_menu(state, event, ctx)
    if state.step in ask_zone.STEPS:
        zone = ask_zone.advance(state, event, ctx)
        if isinstance(zone, ask_zone.StillAsking):
            return Step(zone.state, zone.replies)
        local = format_local_time(local_now(ctx.now, zone.zone_key).time())
        saved = Reply("zone-set", {"zone": zone_label(zone.zone_key), "local_time": local})
        return _saved(state, ctx, saved, ProfileChanged(zone_key=zone.zone_key))
    if state.step == ask_time.ASK:
        chosen = ask_time.advance(state, event, ctx)
        if isinstance(chosen, ask_time.StillAsking):
            return Step(chosen.state, chosen.replies)
        return _time_saved(state, chosen.checkin_time, ctx)
    if state.step == LANGUAGE:
        if isinstance(event, Chose) and event.action == "language" and event.ref in ctx.locales:
            return _saved(
                state,
                ctx,
                Reply("language-set", {"language": event.ref}),
                ProfileChanged(locale=event.ref),
            )
        return Step(state, (_language_reply(ctx),))
    if state.step == KEEP:
        if (
            isinstance(event, Chose)
            and event.action == "keep"
            and event.ref in {"limited", "forever"}
        ):
            forever = event.ref == "forever"
            message = "keep-now-forever" if forever else "keep-now-limited"
            days = int(ctx.data.get("retention_days", 180))
            return _saved(
                state, ctx, Reply(message, {"days": days}), ProfileChanged(keep_words=forever)
            )
        return Step(state, (_keep_reply(ctx),))
    if state.step == CONSENT:
        given: bool | None = None
        if isinstance(event, Chose) and event.action == "consent":
            given = event.ref == "yes"
        elif isinstance(event, Said):
            given = yes_or_no(event.text)
        if given is None:
            return Step(state, (Reply("consent-unclear"), _consent_reply(ctx)))
        message = "consent-now-on" if given else "consent-now-off"
        return _saved(state, ctx, Reply(message), ProfileChanged(consent=given))
    return _menu(ctx)
