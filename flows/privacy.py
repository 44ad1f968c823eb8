"""`/privacy`, `/export` and `/delete`: people own what they told the bot.

`ctx.data["retention_days"]` (int) is how long free text is kept unless the user keeps it.
Export and erase are records; the shell gathers or removes the rows, because only it can
see the database. Erasing asks once to confirm and says exactly what goes.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.answers import yes_or_no
from flows.core import Button, Chose, Context, Event, FlowState, Record, Reply, Said, Step, rows

NAME = "privacy"
COMMANDS: tuple[str, ...] = ("privacy", "export", "delete")
CONFIRM = "confirm_delete"


@dataclass(frozen=True, slots=True)
class ExportRequested(Record):
    """Send the user a file with everything stored about them."""


@dataclass(frozen=True, slots=True)
class EraseEverything(Record):
    """Remove every row about the user, in every table."""


def _confirm_reply() -> Reply:
    return Reply(
        "privacy-delete-confirm",
        buttons=rows(
            Button("button-privacy-delete-yes", "erase"),
            Button("button-privacy-delete-no", "keep"),
            per_row=1,
        ),
    )


def start(ctx: Context, args: str = "", command: str = "privacy") -> Step:
    del args
    if command == "export":
        return Step(None, (Reply("privacy-export-ready"),), (ExportRequested(),))
    if command == "delete":
        return Step(FlowState(NAME, CONFIRM), (_confirm_reply(),))
    keeping = "yes" if ctx.profile.consent else "no"
    days = int(ctx.data.get("retention_days", 180))
    return Step(None, (Reply("privacy-overview", {"keeping": keeping, "days": days}),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    del state, ctx
    return (_confirm_reply(),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    del ctx
    answer: bool | None = None
    if isinstance(event, Chose):
        answer = {"erase": True, "keep": False}.get(event.action)
    elif isinstance(event, Said):
        answer = yes_or_no(event.text)
    if answer is True:
        return Step(None, (Reply("privacy-deleted"),), (EraseEverything(),))
    if answer is False:
        return Step(None, (Reply("privacy-delete-kept"),))
    return Step(state, (Reply("privacy-delete-unclear"), _confirm_reply()))
