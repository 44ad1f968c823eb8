"""Transcripts of `/goal`, its follow-up and `/goals`, plus the body-goal detector."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import goals
from flows.core import (
    Chose,
    Context,
    Located,
    Profile,
    ProfileChanged,
    Said,
    Started,
    Step,
    TimerFired,
)
from flows.goal_records import GoalDropped, GoalEdited, GoalOutcome, GoalRescheduled, GoalSet
from flows.goal_topics import is_body_goal
from flows.goal_when import typed_clock
from messages import load_catalog
from tests.transcript import Chat

SET_UP = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=True, onboarded=True)
NO_ZONE = Profile(checkin_time="off", consent=True, onboarded=True)
MONDAY_9 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
MONDAY_21 = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)  # 21:00 in Berlin
CATALOG = load_catalog()


def open_goal(goal_id: int = 7, **changes: Any) -> dict[str, Any]:
    goal: dict[str, Any] = {
        "id": goal_id,
        "task": "finish the report",
        "good_enough": "one draft, no rewrites",
        "fear": "my boss will think it is sloppy",
        "fear_confidence": 70,
        "follow_up_at": "2026-03-02T19:00:00+00:00",
        "status": "open",
    }
    return {**goal, **changes}


class GoalChat(Chat):
    """The transcript harness for a set-up user on Monday morning, and goal follow-ups."""

    def __init__(
        self,
        profile: Profile = SET_UP,
        now: datetime = MONDAY_9,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(profile, now, data=data)

    def follow_up(self, goal: dict[str, Any] | None, goal_id: int = 7) -> list[str]:
        """What the router does when `TimerFired("goal_followup", ref=str(goal_id))` comes."""
        if goal is None:
            self.data.pop("goal", None)
        else:
            self.data["goal"] = goal
        return self.send(TimerFired("goal_followup", ref=str(goal_id)))


def to_card(chat: GoalChat) -> None:
    chat.command("/goal finish the report")
    chat.say("every page flawless, checked three times")
    chat.say("one draft, no rewrites")
    chat.tap("button-goal-tonight")
    chat.say("my boss will think it is sloppy")
    chat.tap("button-goal-percent", 3)
    assert chat.ids == ["goal-card"]


def goal_set(chat: GoalChat) -> GoalSet:
    found = [r for r in chat.records if isinstance(r, GoalSet)]
    assert len(found) == 1
    return found[0]


# --------------------------------------------------------------------------- /goal


def test_full_goal_by_buttons() -> None:
    chat = GoalChat()
    assert chat.command("/goal") == ["goal-intro"]
    assert chat.say("Reply to Sam's email") == ["goal-ask-perfect"]
    assert chat.param("task") == "Reply to Sam's email"
    assert chat.tap("button-goal-skip") == ["goal-ask-enough"]
    assert chat.tap("button-goal-shapes") == ["goal-enough-shapes"]
    assert chat.step == "goal.enough"
    assert chat.say("three friendly lines, sent today") == ["goal-when-ask"]
    assert chat.labels == [
        "button-goal-in-1-hour",
        "button-goal-in-3-hours",
        "button-goal-tonight",
        "button-goal-tomorrow-morning",
    ]
    assert chat.tap("button-goal-tonight") == ["goal-when-set", "goal-ask-fear"]
    assert (chat.param("on"), chat.param("time"), chat.param("night")) == ("today", "20:00", "no")
    assert chat.say("Sam will think I don't care") == ["goal-ask-sure"]
    assert chat.labels == ["button-goal-percent"] * 5
    assert chat.tap("button-goal-percent", 3) == ["goal-card"]
    assert chat.param("has_perfect") == "no"
    assert chat.param("sure") == 75
    assert chat.labels == ["button-goal-looks-good", "button-goal-edit", "button-goal-drop-draft"]
    assert chat.tap("button-goal-looks-good") == ["goal-set"]
    assert chat.state is None
    assert chat.records == [
        GoalSet(
            task="Reply to Sam's email",
            perfect="",
            good_enough="three friendly lines, sent today",
            follow_up_at="2026-03-02T19:00:00+00:00",
            explicit_night=False,
            fear="Sam will think I don't care",
            fear_confidence=75,
        )
    ]


def test_full_goal_by_typing() -> None:
    chat = GoalChat()
    assert chat.command("/goal finish the report") == ["goal-ask-perfect"]
    assert chat.say("every page flawless") == ["goal-perfect-noted", "goal-ask-enough"]
    assert chat.say("  the 80%   version ") == ["goal-when-ask"]
    assert chat.say("friday 17:00") == ["goal-when-set", "goal-ask-fear"]
    assert (chat.param("on"), chat.param("time")) == ("fri", "17:00")
    assert chat.say("my boss will think it is sloppy") == ["goal-ask-sure"]
    assert chat.say("about 80") == ["goal-card"]
    assert chat.param("perfect") == "every page flawless"
    assert chat.say("yes") == ["goal-set"]
    assert goal_set(chat) == GoalSet(
        task="finish the report",
        perfect="every page flawless",
        good_enough="the 80% version",
        follow_up_at="2026-03-06T16:00:00+00:00",
        explicit_night=False,
        fear="my boss will think it is sloppy",
        fear_confidence=80,
    )


def test_typed_answers_that_do_not_fit_are_asked_again() -> None:
    chat = GoalChat()
    chat.command("/goal")
    assert chat.say("   ") == ["goal-ask-task"]
    assert chat.say("x" * 300) == ["goal-task-too-long"]
    assert chat.step == "goal.task"
    chat.say("tidy the desk")
    assert chat.say("y" * 700) == ["goal-too-long", "goal-ask-perfect"]
    chat.say("skip")
    chat.say("ten minutes")
    assert chat.say("whenever the stars align") == ["goal-when-unclear"]
    assert chat.step == "goal.when"
    assert chat.locate("Europe/Paris") == ["goal-when-use"]
    chat.say("in 2 hours")
    chat.say("someone will notice the mess")
    assert chat.say("very") == ["goal-percent-unclear", "goal-ask-sure"]
    assert chat.say("150") == ["goal-percent-unclear", "goal-ask-sure"]
    assert chat.say("0") == ["goal-card"]
    assert chat.say("hmm") == ["goal-card-use", "goal-card"]


def test_card_shows_the_moment_in_local_time() -> None:
    chat = GoalChat()
    to_card(chat)
    assert (chat.param("on"), chat.param("time")) == ("today", "20:00")
    assert chat.param("has_perfect") == "yes"


@pytest.mark.parametrize(
    ("label", "answer", "field", "value"),
    [
        ("button-goal-edit-task", "send the report", "task", "send the report"),
        ("button-goal-edit-perfect", "skip", "perfect", ""),
        (
            "button-goal-edit-enough",
            "45 minutes, then stop",
            "good_enough",
            "45 minutes, then stop",
        ),
        ("button-goal-edit-when", "tomorrow at 10", "follow_up_at", "2026-03-03T09:00:00+00:00"),
        ("button-goal-edit-fear", "nobody will mind", "fear", "nobody will mind"),
        ("button-goal-edit-sure", "30%", "fear_confidence", 30),
    ],
)
def test_each_field_can_be_edited_from_the_card(
    label: str, answer: str, field: str, value: object
) -> None:
    chat = GoalChat()
    to_card(chat)
    assert chat.tap("button-goal-edit") == ["goal-edit-which"]
    chat.tap(label)
    assert chat.step is not None
    replies = chat.say(answer)
    assert replies[-1] == "goal-card"
    assert chat.records == []
    chat.tap("button-goal-looks-good")
    assert getattr(goal_set(chat), field) == value


def test_editing_by_typing_and_going_back_to_the_card() -> None:
    chat = GoalChat()
    to_card(chat)
    assert chat.say("change") == ["goal-edit-which"]
    assert chat.say("which?") == ["goal-edit-use", "goal-edit-which"]
    assert chat.tap("button-goal-back-to-card") == ["goal-card"]
    assert chat.say("no") == ["goal-edit-which"]
    assert chat.say("good enough") == ["goal-ask-enough"]
    assert chat.say("half a page") == ["goal-card"]
    assert chat.say("looks good") == ["goal-set"]
    assert goal_set(chat).good_enough == "half a page"


def test_drop_at_the_card_saves_nothing() -> None:
    chat = GoalChat()
    to_card(chat)
    assert chat.tap("button-goal-drop-draft") == ["goal-draft-dropped"]
    assert chat.state is None
    assert chat.records == []


def test_a_card_left_until_the_moment_passed_asks_for_a_new_moment() -> None:
    chat = GoalChat()
    to_card(chat)
    chat.wait(hours=12)  # 20:00 UTC: "tonight" (19:00 UTC) has gone by
    assert chat.say("yes") == ["resume-offer"]
    chat.tap("button-resume-continue")
    assert chat.ids == ["goal-card"]
    assert chat.tap("button-goal-looks-good") == ["goal-when-passed", "goal-when-ask"]
    chat.tap("button-goal-tomorrow-morning")
    assert chat.ids == ["goal-when-set", "goal-card"]
    chat.tap("button-goal-looks-good")
    assert goal_set(chat).follow_up_at == "2026-03-03T08:00:00+00:00"


# ------------------------------------------------------------------ moments and zones


def test_explicit_night_time_is_kept_at_night() -> None:
    chat = GoalChat(now=MONDAY_21)
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    assert chat.say("tonight at 23:30") == ["goal-when-set", "goal-ask-fear"]
    assert (chat.param("night"), chat.param("time")) == ("late", "23:30")
    chat.say("they will wilt anyway")
    chat.tap("button-goal-percent", 1)
    chat.tap("button-goal-looks-good")
    record = goal_set(chat)
    assert record.explicit_night is True
    assert record.follow_up_at == "2026-03-02T22:30:00+00:00"


def test_a_preset_landing_at_night_waits_for_morning() -> None:
    chat = GoalChat(now=MONDAY_21)
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    assert chat.tap("button-goal-in-3-hours") == ["goal-when-set", "goal-ask-fear"]
    assert (chat.param("night"), chat.param("on"), chat.param("time")) == (
        "waits",
        "tomorrow",
        "07:00",
    )
    chat.say("they will wilt anyway")
    chat.tap("button-goal-percent", 1)
    assert (chat.param("on"), chat.param("time")) == ("tomorrow", "07:00")
    chat.tap("button-goal-looks-good")
    record = goal_set(chat)
    assert record.explicit_night is False
    assert record.follow_up_at == "2026-03-02T23:00:00+00:00"  # the shell defers it


def test_a_typed_duration_landing_at_night_waits_too() -> None:
    chat = GoalChat(now=MONDAY_21)
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    chat.say("in 2 hours")
    assert chat.param("night") == "waits"


def test_spanish_moment_words_work() -> None:
    chat = GoalChat()
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    assert chat.say("mañana") == ["goal-when-set", "goal-ask-fear"]
    assert (chat.param("on"), chat.param("time"), chat.param("night")) == (
        "tomorrow",
        "09:00",
        "no",
    )


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("tonight at 23:30", True),
        ("11pm", True),
        ("23h", True),
        ("a las 11 de la noche", True),
        ("friday 17:00", True),
        ("at midnight", True),
        ("tomorrow at 10", True),
        ("in 2 hours", False),
        ("en 30 minutos", False),
        ("in 2h", False),
        ("tonight", False),
        ("tomorrow morning", False),
        ("mañana", False),
        ("later", False),
    ],
)
def test_typed_clock_tells_a_time_of_day_from_other_moments(text: str, clock: bool) -> None:
    assert typed_clock(text) is clock


def test_without_a_zone_the_flow_asks_for_it_and_goes_on() -> None:
    chat = GoalChat(profile=NO_ZONE)
    chat.command("/goal water the plants")
    chat.say("skip")
    assert chat.say("the ones by the window") == ["goal-zone-needed", "zone-ask"]
    assert chat.step == "goal.zone"
    assert chat.say("Berlin") == ["zone-noted", "zone-confirm"]
    assert chat.say("yes") == ["goal-zone-saved", "goal-when-ask"]
    assert chat.profile.zone_key == "Europe/Berlin"
    assert chat.records == [ProfileChanged(zone_key="Europe/Berlin")]
    assert chat.tap("button-goal-tonight") == ["goal-when-set", "goal-ask-fear"]
    assert chat.param("time") == "20:00"


def test_without_a_zone_the_moment_can_still_be_read_before_the_profile_catches_up() -> None:
    chat = GoalChat(profile=NO_ZONE)
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    chat.say("UTC+2")
    chat.say("yes")
    chat.profile = NO_ZONE  # as if the shell had not saved the zone yet
    assert chat.say("in 1 hour") == ["goal-when-set", "goal-ask-fear"]
    assert chat.param("time") == "11:00"


def test_a_shared_location_answers_the_zone_question() -> None:
    chat = GoalChat(profile=NO_ZONE)
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    assert chat.locate("Europe/Madrid") == ["zone-noted", "zone-confirm"]
    assert chat.tap("button-yes") == ["goal-zone-saved", "goal-when-ask"]


# ---------------------------------------------------------------- what is declined


@pytest.mark.parametrize(
    "task",
    [
        "lose 5 kg",
        "eat under 1200 calories",
        "run every day no matter what",
        "skip dinner",
        "go to the gym twice a day",
    ],
)
def test_weight_food_and_exercise_goals_are_gently_declined(task: str) -> None:
    chat = GoalChat()
    assert chat.command(f"/goal {task}") == ["goal-body-declined"]
    assert chat.step == "goal.task"
    assert chat.records == []
    assert chat.say("reply to the gym's email") == ["goal-ask-perfect"]


def test_a_task_that_mentions_the_gym_or_dinner_is_fine() -> None:
    assert GoalChat().command("/goal reply to the gym's email") == ["goal-ask-perfect"]
    assert GoalChat().command("/goal cook dinner for friends") == ["goal-ask-perfect"]


def test_good_enough_that_turns_into_an_exercise_rule_is_declined() -> None:
    chat = GoalChat()
    chat.command("/goal go to the gym")
    chat.say("skip")
    assert chat.say("an hour every day no matter what") == ["goal-body-declined-enough"]
    assert chat.step == "goal.enough"
    assert chat.say("go once, any length") == ["goal-when-ask"]


@pytest.mark.parametrize(
    "text",
    [
        "lose 5 kg",
        "Lose weight before the wedding",
        "drop 10 pounds",
        "eat under 1200 calories",
        "count calories",
        "intermittent fasting",
        "skip dinner",
        "get thinner",
        "run every day no matter what",
        "go to the gym twice a day",
        "walk 10,000 steps a day",
        "work out 2 hours daily",
        "go for a run every morning",
        "bajar 3 kilos",
        "perder peso",
        "comer menos",
        "no cenar",
        "saltarme la cena",
        "ir al gimnasio todos los días",
        "correr todos los días",
    ],
)
def test_body_goals_are_recognised(text: str) -> None:
    assert is_body_goal(text)


@pytest.mark.parametrize(
    "text",
    [
        "reply to the gym's email",
        "cook dinner for friends",
        "finish the report",
        "go to the gym",
        "run the tests every day",
        "run every test before merging",
        "do the writing exercise every day",
        "drop the weight of expectations",
        "pull my weight on the project",
        "slim down the slide deck",
        "pay back 50 pounds",
        "book a table for lunch",
        "digital detox evening",
        "terminar el informe",
        "",
    ],
)
def test_ordinary_goals_are_not_mistaken_for_body_goals(text: str) -> None:
    assert not is_body_goal(text)


# --------------------------------------------------------------------------- limits


def test_at_the_open_goal_limit_the_bot_explains_and_offers_the_list() -> None:
    chat = GoalChat(data={"open_goal_count": goals.OPEN_GOAL_LIMIT, "goals": {"open": []}})
    assert chat.command("/goal") == ["goal-limit"]
    assert chat.param("limit") == 3
    assert chat.state is None
    assert chat.labels == ["button-goal-see-goals"]
    chat.data["goals"] = {"open": [open_goal(1), open_goal(2), open_goal(3)], "finished": []}
    assert chat.tap("button-goal-see-goals")[0] == "goal-list-head"


def test_below_the_limit_a_goal_starts() -> None:
    chat = GoalChat(data={"open_goal_count": 2})
    assert chat.command("/goal") == ["goal-intro"]


@pytest.mark.parametrize("steps", range(7))
def test_cancel_works_at_every_step(steps: int) -> None:
    chat = GoalChat()
    moves: list[Callable[[], list[str]]] = [
        lambda: chat.command("/goal"),
        lambda: chat.say("finish the report"),
        lambda: chat.tap("button-goal-skip"),
        lambda: chat.say("one draft"),
        lambda: chat.tap("button-goal-tonight"),
        lambda: chat.say("it will look rushed"),
        lambda: chat.tap("button-goal-percent", 2),
    ]
    for move in moves[: steps + 1]:
        move()
    assert chat.step, "each move leaves the goal flow running"
    assert chat.command("/cancel") == ["cancel-done"]
    assert not chat.step
    assert chat.records == []


def test_cancel_works_in_the_edit_menu_and_the_zone_question() -> None:
    chat = GoalChat()
    to_card(chat)
    chat.tap("button-goal-edit")
    assert chat.command("/cancel") == ["cancel-done"]
    chat = GoalChat(profile=NO_ZONE)
    chat.command("/goal water the plants")
    chat.say("skip")
    chat.say("the ones by the window")
    assert chat.command("/cancel") == ["cancel-done"]


# ------------------------------------------------------------------------ follow-up


def test_follow_up_yes_compares_the_fear_with_what_happened() -> None:
    chat = GoalChat(now=datetime(2026, 3, 2, 19, 0, tzinfo=UTC))
    assert chat.follow_up(open_goal()) == ["goal-followup"]
    assert chat.labels == [
        "button-goal-did-yes",
        "button-goal-did-partly",
        "button-goal-did-not-yet",
        "button-goal-did-changed",
    ]
    assert chat.tap("button-goal-did-yes") == ["goal-ask-happened"]
    assert chat.param("fear") == "my boss will think it is sloppy"
    assert (chat.param("sure"), chat.param("status")) == (70, "done")
    assert chat.say("she said thanks and asked one question") == ["goal-ask-after"]
    assert chat.tap("button-goal-percent", 1) == ["goal-ask-learned"]
    assert chat.say("a draft was enough for a first look") == ["goal-outcome"]
    assert (chat.param("shift"), chat.param("before"), chat.param("after")) == ("down", 70, 25)
    assert chat.state is None
    assert chat.records == [
        GoalOutcome(
            goal_id=7,
            status="done",
            happened="she said thanks and asked one question",
            fear_confidence_after=25,
            learned="a draft was enough for a first look",
        )
    ]


def test_follow_up_partly_by_typing_with_everything_skipped() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    assert chat.say("kind of") == ["goal-ask-happened"]
    assert chat.param("status") == "partly"
    assert chat.tap("button-goal-skip") == ["goal-ask-after"]
    assert chat.say("skip") == ["goal-ask-learned"]
    assert chat.tap("button-goal-skip") == ["goal-outcome"]
    assert chat.param("shift") == "unknown"
    assert chat.records == [GoalOutcome(7, "partly", "", None, "")]


def test_follow_up_answers_that_do_not_fit_are_asked_again() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    assert chat.say("what do you mean") == ["goal-did-use", "goal-followup"]
    chat.say("yes")
    chat.say("it went fine")
    assert chat.say("lots") == ["goal-percent-unclear", "goal-ask-after"]
    assert chat.say("70") == ["goal-ask-learned"]
    chat.say("it was okay")
    assert chat.param("shift") == "same"


def test_not_yet_then_smaller_then_a_new_moment() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    assert chat.tap("button-goal-did-not-yet") == ["goal-not-yet"]
    assert chat.labels == ["button-goal-smaller", "button-goal-new-moment", "button-goal-let-go"]
    assert chat.tap("button-goal-smaller") == ["goal-ask-smaller"]
    assert chat.param("enough") == "one draft, no rewrites"
    assert chat.tap("button-goal-shapes") == ["goal-enough-shapes"]
    assert chat.say("an outline only") == ["goal-shrunk", "goal-when-again"]
    assert chat.records == [GoalEdited(7, "an outline only")]
    assert chat.tap("button-goal-in-1-hour") == ["goal-when-set"]
    assert chat.state is None
    assert chat.records[-1] == GoalRescheduled(7, "2026-03-02T09:00:00+00:00", False)


def test_not_yet_then_a_new_moment() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.say("not yet")
    assert chat.tap("button-goal-new-moment") == ["goal-when-again"]
    assert chat.say("tomorrow at 10") == ["goal-when-set"]
    assert chat.records == [GoalRescheduled(7, "2026-03-03T09:00:00+00:00", False)]


def test_not_yet_then_a_typed_moment_reschedules_at_once() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.say("no")
    assert chat.say("friday 17:00") == ["goal-when-set"]
    assert chat.records == [GoalRescheduled(7, "2026-03-06T16:00:00+00:00", False)]


def test_not_yet_then_let_it_go() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.tap("button-goal-did-not-yet")
    assert chat.say("hmm") == ["goal-not-yet-use", "goal-not-yet"]
    assert chat.tap("button-goal-let-go") == ["goal-let-go"]
    assert chat.records == [GoalDropped(7)]
    assert chat.state is None


def test_not_yet_typed_choices() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.say("not yet")
    assert chat.say("make it smaller") == ["goal-ask-smaller"]
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.say("not yet")
    assert chat.say("let it go") == ["goal-let-go"]


def test_changed_my_mind_is_a_valid_ending() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    assert chat.tap("button-goal-did-changed") == ["goal-ask-why"]
    assert chat.say("the report was cancelled") == ["goal-released"]
    assert chat.records == [GoalOutcome(7, "released", "", None, "the report was cancelled")]
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.say("changed my mind")
    chat.tap("button-goal-skip")
    assert chat.records == [GoalOutcome(7, "released", "", None, "")]


def test_past_outcomes_are_reflected_gently_at_the_end() -> None:
    past = [
        {"fear": "they will laugh", "happened": "two people said thanks"},
        {"fear": "I will miss something", "happened": "nobody noticed the typo"},
    ]
    chat = GoalChat(data={"past_outcomes": past})
    chat.follow_up(open_goal())
    chat.tap("button-goal-did-yes")
    chat.say("she said thanks")
    chat.tap("button-goal-percent", 0)
    assert chat.say("a draft is fine") == ["goal-outcome", "goal-reflect"]
    reflect = chat.replies[1].params
    assert reflect["count"] == 3
    assert reflect["fear_1"] == "my boss will think it is sloppy"
    assert reflect["happened_1"] == "she said thanks"
    assert reflect["fear_3"] == "I will miss something"
    assert reflect["happened_4"] == ""


def test_past_outcomes_kept_from_the_start_when_the_shell_sends_them_once() -> None:
    chat = GoalChat(data={"past_outcomes": [{"fear": "a", "happened": "b"}]})
    chat.follow_up(open_goal())
    chat.data.pop("past_outcomes")
    chat.say("partly")
    chat.tap("button-goal-skip")
    chat.tap("button-goal-skip")
    assert chat.tap("button-goal-skip") == ["goal-outcome", "goal-reflect"]
    assert chat.replies[1].params["count"] == 1  # nothing happened to quote this time


def test_no_reflection_after_not_yet_or_without_past_outcomes() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.say("yes")
    chat.say("fine")
    chat.say("10")
    assert chat.say("ok") == ["goal-outcome"]


@pytest.mark.parametrize(
    ("goal", "goal_id"),
    [
        (None, 7),
        (open_goal(8), 7),
        (open_goal(status="done"), 7),
        ({"id": "7", "task": "x"}, 7),
    ],
)
def test_a_follow_up_for_a_goal_that_is_gone_says_nothing(
    goal: dict[str, Any] | None, goal_id: int
) -> None:
    chat = GoalChat()
    assert chat.follow_up(goal, goal_id) == []
    assert chat.state is None
    assert chat.records == []


def test_start_followup_is_pure_and_silent_for_a_missing_goal() -> None:
    ctx = Context(MONDAY_9, SET_UP, ("en",), {})
    assert goals.start_followup(ctx, 7) == Step(None)
    ctx = Context(MONDAY_9, SET_UP, ("en",), {"goal": open_goal()})
    step = goals.start_followup(ctx, 7)
    assert step.state is not None
    assert (step.state.flow, step.state.step) == ("goal", "did")
    assert [r.message for r in step.replies] == ["goal-followup"]
    assert step.records == ()


def test_cancel_during_the_follow_up_records_nothing() -> None:
    chat = GoalChat()
    chat.follow_up(open_goal())
    chat.tap("button-goal-did-yes")
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.records == []


# --------------------------------------------------------------------------- /goals

LISTED = {
    "goals": {
        "open": [open_goal(1), open_goal(2, task="call the dentist", good_enough="just call")],
        "finished": [
            {
                "id": 4,
                "task": "send the invoice",
                "status": "done",
                "learned": "nobody checks the font",
                "finished": "2026-02-27",
            },
            {
                "id": 3,
                "task": "clean out the inbox",
                "status": "released",
                "learned": "",
                "finished": "2026-02-20",
            },
        ],
    },
    "past_outcomes": [{"fear": "they will be annoyed", "happened": "they paid on time"}],
}


def listed_chat() -> GoalChat:
    chat = GoalChat(data=LISTED)
    assert chat.command("/goals") == [
        "goal-list-head",
        "goal-list-item",
        "goal-list-item",
        "goal-list-finished",
    ]
    return chat


def test_goals_lists_open_and_finished_goals() -> None:
    chat = listed_chat()
    assert chat.replies[0].params == {"open": 2, "finished": 2}
    item = chat.replies[1].params
    assert (item["task"], item["on"], item["time"], item["scheduled"]) == (
        "finish the report",
        "today",
        "20:00",
        "yes",
    )
    assert chat.labels == [
        "button-goal-list-done",
        "button-goal-list-later",
        "button-goal-list-smaller",
        "button-goal-list-drop",
    ] * 2 + ["button-goal-new"]
    finished = chat.replies[3].params
    assert finished["count"] == 2
    assert (finished["learned_1"], finished["has_learned_1"]) == ("nobody checks the font", "yes")
    assert (finished["status_2"], finished["has_learned_2"]) == ("released", "no")
    assert finished["status_3"] == "none"
    assert chat.step == "goal.list"


def test_done_early_from_the_list_goes_to_the_follow_up_questions() -> None:
    chat = listed_chat()
    assert chat.tap("button-goal-list-done", 1) == ["goal-ask-happened"]
    assert chat.param("status") == "done"
    chat.say("the receptionist was kind")
    chat.tap("button-goal-skip")
    assert chat.say("quicker than worrying") == ["goal-outcome", "goal-reflect"]
    assert chat.records == [
        GoalOutcome(2, "done", "the receptionist was kind", None, "quicker than worrying")
    ]


def test_reschedule_from_the_list() -> None:
    chat = listed_chat()
    assert chat.tap("button-goal-list-later") == ["goal-when-again"]
    assert chat.tap("button-goal-tomorrow-morning") == ["goal-when-set"]
    assert chat.records == [GoalRescheduled(1, "2026-03-03T08:00:00+00:00", False)]
    assert chat.state is None


def test_edit_good_enough_from_the_list_keeps_the_time() -> None:
    chat = listed_chat()
    assert chat.tap("button-goal-list-smaller", 1) == ["goal-ask-smaller"]
    assert chat.param("enough") == "just call"
    assert chat.say("look up the number") == ["goal-shrunk-saved"]
    assert chat.records == [GoalEdited(2, "look up the number")]
    assert chat.state is None


def test_drop_from_the_list_asks_first() -> None:
    chat = listed_chat()
    assert chat.tap("button-goal-list-drop") == ["goal-drop-confirm"]
    assert chat.say("hmm") == ["goal-drop-use", "goal-drop-confirm"]
    assert chat.tap("button-goal-drop-no")[0:2] == ["goal-drop-kept", "goal-list-head"]
    assert chat.records == []
    chat.tap("button-goal-list-drop", 1)
    assert chat.tap("button-goal-drop-yes") == ["goal-dropped"]
    assert chat.records == [GoalDropped(2)]


@pytest.mark.parametrize(
    "event",
    [
        Chose("done", "999", "goal"),
        Chose("drop", "abc", "goal"),
        Chose("later", "", "goal"),
        Chose("smaller", "-1", "goal"),
    ],
)
def test_a_forged_goal_id_changes_nothing(event: Chose) -> None:
    chat = listed_chat()
    before = chat.state
    assert chat.send(event) == ["goal-unknown"]
    assert chat.state == before
    assert chat.records == []


def test_a_goal_closed_elsewhere_is_treated_as_stale() -> None:
    chat = listed_chat()
    chat.data = {"goals": {"open": [open_goal(2)], "finished": []}}
    assert chat.tap("button-goal-list-done", 0) == ["goal-unknown"]
    assert chat.send(Chose("drop", "2", "goal")) == ["goal-drop-confirm"]
    chat.data = {"goals": {"open": [], "finished": []}}
    assert chat.tap("button-goal-drop-yes") == ["goal-unknown"]
    assert chat.records == []


def test_typing_at_the_list_points_to_the_buttons() -> None:
    chat = listed_chat()
    assert chat.say("what now") == ["goal-list-use"]
    assert chat.step == "goal.list"


def test_an_empty_list_offers_a_first_goal() -> None:
    chat = GoalChat(data={"goals": {"open": [], "finished": []}})
    assert chat.command("/goals") == ["goal-list-empty"]
    assert chat.labels == ["button-goal-new"]
    assert chat.state is None
    assert chat.tap("button-goal-new") == ["goal-intro"]


def test_only_finished_goals_need_no_buttons_per_goal() -> None:
    data = {"goals": {"open": [], "finished": LISTED["goals"]["finished"]}}  # type: ignore[index]
    chat = GoalChat(data=data)
    assert chat.command("/goals") == ["goal-list-head", "goal-list-finished"]
    assert chat.state is None


# ---------------------------------------------------------------- coming back later


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda c: c.command("/goal"), "goal-ask-task"),
        (lambda c: to_card(c), "goal-card"),
        (lambda c: c.follow_up(open_goal()), "goal-followup"),
        (lambda c: c.command("/goals"), "goal-list-head"),
    ],
)
def test_every_step_can_be_asked_again_after_a_pause(setup: Any, expected: str) -> None:
    chat = GoalChat(data=LISTED)
    setup(chat)
    chat.wait(hours=7)
    assert chat.say("hello again") == ["resume-offer"]
    assert chat.tap("button-resume-continue")[0] == expected


def test_reprompt_answers_for_every_step() -> None:
    """Every step the flow can be at has a question to ask again."""
    seen: set[str] = set()
    paths = [
        [
            "/goal",
            "finish the report",
            "skip",
            "one draft",
            "Berlin",
            "yes",
            "in 1 hour",
            "it will look rushed",
            "50",
            "edit",
        ],
        ["/goals", "tap:button-goal-list-drop"],
        ["follow", "not yet", "smaller"],
        ["follow", "changed my mind"],
        ["follow", "yes", "fine", "50"],
    ]
    for path in paths:
        chat = GoalChat(profile=NO_ZONE, data=LISTED)
        for move in path:
            if move == "follow":
                chat.follow_up(open_goal())
            elif move.startswith("/"):
                chat.command(move)
            elif move.startswith("tap:"):
                chat.tap(move[4:])
            else:
                chat.say(move)
            assert chat.state is not None
            seen.add(chat.state.step)
            assert goals.reprompt(chat.state, chat.ctx)
    assert seen >= {
        "task", "perfect", "enough", "zone", "zone_confirm", "when", "fear", "sure", "card",
        "edit", "list", "drop_confirm", "did", "not_yet", "shrink", "why", "happened",
        "after", "learned",
    }  # fmt: skip


# ------------------------------------------------------------------- property test

_TEXTS = [
    "yes", "no", "not yet", "partly", "skip", "50", "about 80", "150", "tonight", "in 2 hours",
    "tomorrow at 10", "tonight at 23:30", "friday 17:00", "Berlin", "finish the report",
    "lose 5 kg", "edit", "good enough", "drop", "let it go", "smaller", "", "   ", "x" * 700,
]  # fmt: skip
_REFS = ["", "0", "1", "2", "7", "999", "yes", "partly", "not_yet", "changed", "smaller",
         "later", "let_go", "task", "when", "sure", "in_1_hour", "tonight", "-5"]  # fmt: skip
_ACTIONS = ["did", "skip", "sure", "after", "when", "shapes", "confirm", "edit", "drop",
            "field", "back", "not_yet", "done", "later", "smaller", "drop_yes", "drop_no",
            "zone_yes", "zone_no", "open"]  # fmt: skip

_events = st.one_of(
    st.sampled_from(_TEXTS).map(Said),
    st.text(max_size=40).map(Said),
    st.tuples(st.sampled_from(_ACTIONS), st.sampled_from(_REFS)).map(
        lambda pair: Chose(pair[0], pair[1], "goal")
    ),
    st.integers(min_value=0, max_value=20).map(lambda i: ("tap", i)),
    st.sampled_from(["cancel", "goal", "goals"]).map(lambda c: Started(c)),
    st.sampled_from(["Europe/Berlin", None]).map(Located),
    st.just(("wait", 0)),
)


def _check_replies(chat: GoalChat) -> None:
    """Every id exists; the goal flow's own messages render with the params given."""
    for reply in chat.replies:
        assert CATALOG.has(reply.message)
        if reply.message.startswith("goal-"):
            CATALOG.render("en", reply.message, reply.params)
        for button in (b for row in reply.buttons for b in row):
            assert CATALOG.has(button.label)
            if button.label.startswith("button-goal-"):
                CATALOG.render("en", button.label, button.params, html_escape=False)
            data = f"v1:{button.flow or 'goal'}:{button.action}:{button.ref}"
            assert len(data.encode()) <= 64


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.sampled_from(["goal", "goal task", "goals", "follow", "follow-night"]),
    no_zone=st.booleans(),
    events=st.lists(_events, max_size=14),
)
def test_random_event_sequences_never_raise_and_always_answer(
    start: str, no_zone: bool, events: list[Any]
) -> None:
    now = MONDAY_21 if start == "follow-night" else MONDAY_9
    chat = GoalChat(profile=NO_ZONE if no_zone else SET_UP, now=now, data=LISTED)
    if start.startswith("follow"):
        chat.follow_up(open_goal())
    elif start == "goal task":
        chat.command("/goal finish the report")
    else:
        chat.command(f"/{start}")
    assert chat.replies
    _check_replies(chat)
    for event in events:
        if event == ("wait", 0):
            chat.wait(hours=2)
            continue
        if isinstance(event, tuple):
            buttons = chat.buttons
            if not buttons:
                continue
            button = buttons[event[1] % len(buttons)]
            owner = chat.state.flow if chat.state else "goal"
            chat.send(Chose(button.action, button.ref, button.flow or owner))
        else:
            chat.send(event)
        assert chat.replies, f"no answer to {event!r} at {chat.step}"
        _check_replies(chat)
        for record in chat.records:
            if isinstance(record, GoalSet):
                assert 0 <= record.fear_confidence <= 100
                assert all((record.task, record.good_enough, record.fear))
