"""Drive the pure core as a user would, and read back what the bot said (message ids).

Records are applied to the profile the way the shell applies them, so a transcript can
check that a choice made in one step shows up in the next.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Located,
    Profile,
    ProfileChanged,
    Record,
    Reply,
    Said,
    Started,
    Step,
    Unsupported,
)
from flows.turn import take_turn


class Chat:
    def __init__(
        self,
        profile: Profile | None = None,
        now: datetime = datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        locales: tuple[str, ...] = ("en", "es"),
        data: Mapping[str, Any] | None = None,
    ) -> None:
        self.profile = profile or Profile()
        self.now = now
        self.locales = locales
        self.state: FlowState | None = None
        self.replies: tuple[Reply, ...] = ()
        self.records: list[Record] = []
        #: What the shell would load into `ctx.data`; tests may change it between turns.
        self.data: dict[str, Any] = dict(data or {})

    # --- acting -------------------------------------------------------------------
    @property
    def ctx(self) -> Context:
        """The context the next turn sees: this moment, this profile, this data."""
        return Context(self.now, self.profile, self.locales, data=self.data)

    def send(self, event: Event) -> list[str]:
        return self.apply(take_turn(self.state, event, self.ctx))

    def apply(self, step: Step) -> list[str]:
        """Take a step as the shell would: new state, replies, and profile changes applied.

        For steps a test gets straight from a flow (a nudge the router would start).
        """
        owner = self.state.flow if self.state else None
        self.state = step.state
        self.replies = step.replies
        self._owner = step.state.flow if step.state else owner
        for record in step.records:
            self.records.append(record)
            if isinstance(record, ProfileChanged):
                changes = {k: v for k, v in dataclasses.asdict(record).items() if v is not None}
                self.profile = dataclasses.replace(self.profile, **changes)
        return self.ids

    def command(self, text: str) -> list[str]:
        name, _, args = text.lstrip("/").partition(" ")
        return self.send(Started(name, args))

    def say(self, text: str) -> list[str]:
        return self.send(Said(text))

    def locate(self, zone_key: str | None) -> list[str]:
        return self.send(Located(zone_key))

    def sticker(self) -> list[str]:
        return self.send(Unsupported("sticker"))

    def tap(self, label: str, index: int = 0) -> list[str]:
        """Press the `index`-th button with this label id among the last replies."""
        matches = [b for b in self.buttons if b.label == label]
        assert matches, f"no button {label!r}; have {[b.label for b in self.buttons]}"
        button = matches[index]
        return self.send(Chose(button.action, button.ref, button.flow or self._owner or ""))

    def wait(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    # --- reading ------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        return [r.message for r in self.replies]

    @property
    def buttons(self) -> list[Button]:
        return [b for r in self.replies for row in r.buttons for b in row]

    @property
    def labels(self) -> list[str]:
        return [b.label for b in self.buttons]

    @property
    def step(self) -> str | None:
        return None if self.state is None else f"{self.state.flow}.{self.state.step}"

    def param(self, name: str) -> object:
        for reply in self.replies:
            if name in reply.params:
                return reply.params[name]
        raise AssertionError(f"no reply has a {name!r} parameter: {self.replies}")
