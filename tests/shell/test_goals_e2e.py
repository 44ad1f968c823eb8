"""`/goal` and `/goals` over the real wire: set up, followed up once at the right moment,
outcome kept, "not yet" met kindly, quiet hours respected, and a few limits.

The bot runs with a fast heartbeat and a clock the test moves. Users here chose no daily
check-in, so every scheduled message they get is a goal follow-up.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.db.models import Activity, Goal, OutboxMessage, Schedule
from bot.runtime import Core
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.harness import rows
from tests.shell.people import onboarded
from tests.support import FakeClock

# The fake clock starts on Monday 2 March 2026, 08:00 UTC: 09:00 in Madrid (UTC+1).
MONDAY = datetime(2026, 3, 2, tzinfo=UTC)

TASK = "Send the quarterly update to my team"
PERFECT = "Every chart polished and every number checked twice"
ENOUGH = "Three bullet points and one chart, sent before lunch"
FEAR = "My manager will think I am careless and ask me to redo it"
HAPPENED = "She said thanks and nobody mentioned the rough chart"
LEARNED = "Rough and sent beats polished and late"


def at(hour: int, minute: int = 0, second: int = 0, *, day: int = 2) -> datetime:
    """A moment in March 2026, in UTC."""
    return MONDAY.replace(day=day, hour=hour, minute=minute, second=second)


async def say(user: FakeUser, typed: str, replies: int = 1) -> list[str]:
    user.send_text(typed)
    return [m.text for m in await user.expect_messages(replies)]


async def tap(user: FakeUser, label: str, replies: int = 1) -> list[str]:
    user.tap(label)
    return [m.text for m in await user.expect_messages(replies)]


async def quick_goal(user: FakeUser, task: str, when: str = "tomorrow at 10") -> None:
    """A goal set up by typing only, with a typed follow-up moment."""
    await say(user, f"/goal {task}")
    await say(user, "skip")
    await say(user, "One rough version, then stop")
    await say(user, when, replies=2)
    await say(user, "People will notice it is rough")
    await say(user, "50")
    [done] = await say(user, "looks good")
    assert "It's set" in done


async def test_a_goal_is_set_followed_up_once_and_its_outcome_kept(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 6101, checkin="off")
    [intro] = await say(ana, "/goal")
    assert "What's the task?" in intro
    [perfect] = await say(ana, TASK)
    assert TASK in perfect
    assert "perfectly" in perfect
    noted, enough = await say(ana, PERFECT, replies=2)
    assert "set aside" in noted
    assert "good enough" in enough
    [shapes] = await tap(ana, "💡 Show me some shapes")
    assert "time box" in shapes
    ana.send_text(ENOUGH)
    [when] = await ana.expect_messages(1)
    assert when.button_texts == ["In 1 hour", "In 3 hours", "Tonight", "Tomorrow morning"]
    set_at, fear_question = await tap(ana, "In 3 hours", replies=2)
    assert "today at 12:00, your time" in set_at  # 09:00 in Madrid, plus three hours
    assert "what do you expect will happen" in fear_question
    ana.send_text(FEAR)
    [sure] = await ana.expect_messages(1)
    assert "75%" in sure.button_texts
    ana.tap("75%")
    [card] = await ana.expect_messages(1)
    for shown in (TASK, PERFECT, ENOUGH, FEAR, "today at 12:00", "75% sure"):
        assert shown in card.text
    assert card.button_texts == ["✅ Looks good", "✏️ Edit", "🗑 Drop"]
    [set_message] = await tap(ana, "✅ Looks good")
    assert "It's set" in set_message
    assert TASK in set_message

    [goal] = await rows(bot, Goal, 6101)
    assert (goal.status, goal.task, goal.perfect, goal.good_enough, goal.fear) == (
        "open",
        TASK,
        PERFECT,
        ENOUGH,
        FEAR,
    )
    assert goal.fear_confidence == 75
    assert goal.follow_up_at == at(11)
    [schedule] = await rows(bot, Schedule, 6101)
    assert (schedule.kind, schedule.ref, schedule.due_at) == ("goal_followup", str(goal.id), at(11))

    clock.now = at(10, 59)
    await ana.expect_no_message(within=0.3)
    clock.now = at(11, 0, 5)
    [followup] = await ana.expect_messages(1)
    assert f"Checking in on {TASK}" in followup.text
    assert ENOUGH in followup.text
    assert followup.button_texts == ["Yes", "Partly", "Not yet", "Changed my mind"]
    clock.now = at(11, 30)
    await ana.expect_no_message(within=0.4)  # once, however many heartbeats pass
    sent = [m for m in await rows(bot, OutboxMessage, 6101) if m.status == "sent"]
    assert len(sent) == 1

    ana.tap("Yes")
    [happened] = await ana.expect_messages(1)
    assert "You did it" in happened.text
    assert FEAR in happened.text  # the prediction, quoted back
    assert "75% sure" in happened.text
    assert "What actually happened?" in happened.text
    [after] = await say(ana, HAPPENED)
    assert "how sure are you" in after
    [learned] = await say(ana, "20")
    assert "what did you learn" in learned
    [outcome] = await say(ana, LEARNED)
    assert "Thank you for running the experiment" in outcome
    assert "from 75% to 20%" in outcome
    for word in ("failed", "lazy", "should have"):
        assert word not in outcome.lower()

    [goal] = await rows(bot, Goal, 6101)
    assert (goal.status, goal.happened, goal.fear_confidence_after, goal.learned) == (
        "done",
        HAPPENED,
        20,
        LEARNED,
    )
    assert goal.finished_at == at(11, 30)
    assert await rows(bot, Schedule, 6101) == []
    assert [a.kind for a in await rows(bot, Activity, 6101)] == ["goal:done"]

    head, finished = await say(ana, "/goals", replies=2)
    assert "nothing open" in head
    assert f"{TASK}: {LEARNED}" in finished


async def test_not_yet_offers_a_new_moment_and_the_follow_up_comes_then(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ben = await onboarded(fake, 6102, checkin="off")
    await quick_goal(ben, "Reply to the landlord about the leaking tap", when="in 1 hour")
    clock.now = at(9, 0, 5)
    [followup] = await ben.expect_messages(1)
    assert "leaking tap" in followup.text
    ben.tap("Not yet")
    [not_yet] = await ben.expect_messages(1)
    assert "That's okay" in not_yet.text
    assert not_yet.button_texts == ["✂️ Make it smaller", "⏰ Pick a new moment", "🍃 Let it go"]
    [again] = await tap(ben, "⏰ Pick a new moment")
    assert "When shall I check in next?" in again
    [moved] = await say(ben, "tomorrow at 10")
    assert "tomorrow at 10:00, your time" in moved

    [goal] = await rows(bot, Goal, 6102)
    assert (goal.status, goal.follow_up_at) == ("open", at(9, day=3))
    [schedule] = await rows(bot, Schedule, 6102)
    assert schedule.due_at == at(9, day=3)

    clock.now = at(8, 59, day=3)
    await ben.expect_no_message(within=0.3)
    clock.now = at(9, 0, 5, day=3)
    [second] = await ben.expect_messages(1)
    assert "Checking in on Reply to the landlord about the leaking tap" in second.text
    clock.now = at(9, 30, day=3)
    await ben.expect_no_message(within=0.3)


async def test_a_new_moment_later_the_same_day_still_gets_its_follow_up(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    cara = await onboarded(fake, 6103, checkin="off")
    await quick_goal(cara, "Book the dentist appointment", when="in 1 hour")
    clock.now = at(9, 0, 5)
    await cara.expect_messages(1)
    await tap(cara, "Not yet")
    await tap(cara, "⏰ Pick a new moment")
    [moved] = await tap(cara, "In 3 hours")
    assert "today at 13:00, your time" in moved
    clock.now = at(12, 0, 10)
    [second] = await cara.expect_messages(1, timeout=2)
    assert "Checking in on Book the dentist appointment" in second.text


async def a_goal_finished_without_consent(
    fake: FakeTelegram, clock: FakeClock, user_id: int
) -> FakeUser:
    """A user who keeps nothing sets a goal, and answers its follow-up."""
    user = await onboarded(fake, user_id, checkin="off", consent=False)
    await quick_goal(user, "Call the bank about the card", when="in 1 hour")
    clock.now = at(9, 0, 5)
    [followup] = await user.expect_messages(1)
    assert "Call the bank about the card" in followup.text  # kept until the follow-up
    await tap(user, "Yes")
    await say(user, "It took four minutes")
    await say(user, "10")
    [outcome] = await say(user, "Small calls are smaller than they look")
    assert "from 50% to 10%" in outcome
    return user


async def test_without_consent_a_goal_forgets_its_words_after_the_follow_up(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    await a_goal_finished_without_consent(fake, clock, 6107)
    [goal] = await rows(bot, Goal, 6107)
    assert goal.status == "done"
    assert (goal.task, goal.perfect, goal.good_enough, goal.fear) == ("", "", "", "")
    assert (goal.happened, goal.learned) == (None, None)
    assert (goal.fear_confidence, goal.fear_confidence_after) == (50, 10)  # numbers only


async def test_without_consent_goals_lists_a_finished_goal_without_a_blank_line(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    gus = await a_goal_finished_without_consent(fake, clock, 6108)
    gus.send_text("/goals")
    shown = [m.text for m in await gus.expect_messages(2)]
    lines = [line.strip() for text in shown for line in text.splitlines()]
    assert not {"✔️", "◐", "🍃"} & set(lines), lines


@pytest.mark.parametrize(
    ("local_now", "preset"),
    [((20, 30), "In 3 hours"), ((21, 30), "Tonight")],
    ids=["in-3-hours", "tonight"],
)
async def test_a_follow_up_landing_in_quiet_hours_waits_until_seven(
    fake: FakeTelegram, bot: Core, clock: FakeClock, local_now: tuple[int, int], preset: str
) -> None:
    dev = await onboarded(fake, 6104, checkin="off")
    hour, minute = local_now
    clock.now = at(hour - 1, minute)  # Madrid is UTC+1 in March
    await say(dev, "/goal Write the birthday card for my aunt")
    await say(dev, "skip")
    await say(dev, "Three warm lines, no drafts")
    waits, _fear = await tap(dev, preset, replies=2)
    assert "land during the night" in waits
    assert "tomorrow at 07:00, your time" in waits
    await say(dev, "She will find it too short")
    [card] = await say(dev, "40")
    assert "tomorrow at 07:00" in card
    await say(dev, "looks good")

    seven = at(6, day=3)  # 07:00 in Madrid
    [goal] = await rows(bot, Goal, 6104)
    assert (goal.follow_up_at, goal.explicit_night) == (seven, False)
    [schedule] = await rows(bot, Schedule, 6104)
    assert schedule.due_at == seven

    clock.now = at(22, 30)  # 23:30 in Madrid, where "in 3 hours" would have landed
    await dev.expect_no_message(within=0.3)
    clock.now = at(5, 59, day=3)
    await dev.expect_no_message(within=0.3)
    clock.now = at(6, 0, 5, day=3)
    [followup] = await dev.expect_messages(1)
    assert "Checking in on Write the birthday card for my aunt" in followup.text


async def test_a_weight_loss_goal_is_gently_declined(fake: FakeTelegram, bot: Core) -> None:
    eli = await onboarded(fake, 6105, checkin="off")
    await say(eli, "/goal")
    [declined] = await say(eli, "Lose 5 kg before the wedding")
    assert "rather not make this one an experiment" in declined
    assert "weight, food or exercise" in declined
    assert "different kind of task" in declined
    for word in ("failed", "lazy", "should have", "wrong"):
        assert word not in declined.lower()
    [perfect] = await say(eli, "Clear out the kitchen drawer")  # another task is welcome
    assert "Clear out the kitchen drawer" in perfect
    await say(eli, "/cancel")
    assert await rows(bot, Goal, 6105) == []


async def test_the_fourth_open_goal_meets_the_limit(fake: FakeTelegram, bot: Core) -> None:
    fay = await onboarded(fake, 6106, checkin="off")
    tasks = ["Answer the school email", "Fix the wobbly shelf", "Send the invoice to Pat"]
    for task in tasks:
        await quick_goal(fay, task)
    fay.send_text("/goal")
    [limit] = await fay.expect_messages(1)
    assert "You already have 3 goals open" in limit.text
    assert "What's the task?" not in limit.text
    assert limit.button_texts == ["📋 My goals"]
    assert len(await rows(bot, Goal, 6106)) == 3

    fay.tap("📋 My goals")
    head, *items = await fay.expect_messages(4)
    assert "3 open" in head.text
    for task in tasks:  # each open goal is its own message, whatever the order
        assert sum(task in item.text for item in items) == 1
