"""Risk over the real wire: people first, whatever was going on, and gently afterwards.

A risky message pauses whatever flow was running and is answered with care and crisis
lines before anything else; "I'm safe for now" leads back to the exact question that was
left. Edited messages are screened too. After a risk reply the daily nudge rests for a day
and one gentle follow-up comes instead; that rest is not the user's own pause, so /resume
neither ends it nor welcomes anyone back, and a pause chosen before it outlasts it. `/sos`
works mid-flow without ending it, and the bot is honest about being a bot.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.db.models import FlowSession, OutboxMessage, Schedule, User
from bot.runtime import Core
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.harness import rows
from tests.shell.people import onboarded
from tests.support import FakeClock

HARSH = "If my essay is not flawless then I am a total failure"
RISKY = "Some days I think everyone would be better off if I was dead"
RISKY_TOO = "I keep thinking about ending my life"
CRISIS_BUTTONS = ["I'm safe for now", "I'm not safe", "Show the numbers again"]


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A moment in March 2026, in UTC (Madrid is one hour ahead)."""
    return datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


async def at_the_belief_question(user: FakeUser) -> None:
    """Partway through a reframe: the thought named, the rating question asked."""
    user.send_text(f"/reframe {HARSH}")
    await user.expect_messages(1)
    user.tap("Yes, that fits")
    [belief] = await user.expect_messages(1)
    assert "how strongly do you believe it" in belief.text


def assert_crisis_reply(text: str) -> None:
    assert "988" in text
    assert "automated" in text
    assert "Are you safe right now?" in text


async def test_risk_mid_reframe_comes_first_and_safe_returns_to_the_same_question(
    fake: FakeTelegram, bot: Core
) -> None:
    ana = await onboarded(fake, 8101)
    await at_the_belief_question(ana)

    ana.send_text(RISKY)
    [crisis] = await ana.expect_messages(1)
    assert_crisis_reply(crisis.text)
    assert crisis.button_texts == CRISIS_BUTTONS
    for reframe_word in ("all-or-nothing", "thinking", "believe", "0 to 100", HARSH):
        assert reframe_word not in crisis.text
    await ana.expect_no_message(within=0.3)  # nothing of the reframe follows it

    ana.tap("I'm safe for now")
    glad, reminder, question = await ana.expect_messages(3)
    assert "I'm glad" in glad.text
    assert HARSH in reminder.text
    assert "how strongly do you believe it" in question.text
    assert question.button_texts == ["0", "25", "50", "75", "100", "Skip"]

    ana.send_text("60")
    [place] = await ana.expect_messages(1)
    assert "Picture a line from 0" in place.text  # the same reframe, carried on
    [session] = await rows(bot, FlowSession, 8101)
    assert '"reframe"' in session.state
    assert '"belief_before": 60' in session.state


async def test_a_risky_edited_message_is_answered_too(fake: FakeTelegram, bot: Core) -> None:
    ben = await onboarded(fake, 8102)
    ben.send_text("The meeting ran long but it was fine")
    await ben.expect_messages(1)
    written = ben.last_message_id
    assert written is not None
    ben.edit_text(written, "The meeting ran long but it was okay")
    await ben.expect_no_message(within=0.3)  # a plain correction is not replayed
    ben.edit_text(written, RISKY_TOO)
    [crisis] = await ben.expect_messages(1)
    assert_crisis_reply(crisis.text)
    assert crisis.button_texts == CRISIS_BUTTONS


async def test_worry_for_a_friend_gets_how_to_help_not_silence(
    fake: FakeTelegram, bot: Core
) -> None:
    """Before, "my friend wants to kill herself" got the small-talk menu."""
    ida = await onboarded(fake, 8110)
    ida.send_text("my friend wants to kill herself, what should I do")
    [reply] = await ida.expect_messages(1)
    assert "worried about someone" in reply.text
    assert "988" in reply.text
    assert "asking does not put the idea in their head" in reply.text
    assert reply.button_texts == CRISIS_BUTTONS


async def test_words_sent_with_a_photo_or_file_pass_the_crisis_screen(
    fake: FakeTelegram, bot: Core
) -> None:
    """A picture of a wound with "look what I did" must not get "I can only read text"."""
    dana = await onboarded(fake, 8111)
    dana.send_photo(caption="my cat in the sun")
    [plain] = await dana.expect_messages(1)
    assert "only read text" in plain.text
    dana.send_photo(caption=RISKY_TOO)
    [crisis] = await dana.expect_messages(1)
    assert_crisis_reply(crisis.text)
    assert crisis.button_texts == CRISIS_BUTTONS
    dana.tap("I'm safe for now")
    await dana.expect_messages(1)
    dana.send_document(caption="the draft, finally done")
    [plain_file] = await dana.expect_messages(1)
    assert "only read text" in plain_file.text
    captioned = dana.last_message_id
    assert captioned is not None
    dana.edit_caption(captioned, "the draft, finally done, typo fixed")
    await dana.expect_no_message(within=0.3)  # a corrected caption needs no answer
    dana.edit_caption(captioned, RISKY)
    [edited] = await dana.expect_messages(1)
    assert_crisis_reply(edited.text)


async def test_after_a_risk_reply_nudges_rest_a_day_and_one_gentle_follow_up_comes(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    cleo = await onboarded(fake, 8103, checkin="9:00")  # next nudge: Tuesday 08:00 UTC
    clock.now = at(2, 10)
    cleo.send_text(RISKY)
    [crisis] = await cleo.expect_messages(1)
    assert_crisis_reply(crisis.text)

    clock.now = at(3, 8, 0, 5)  # the check-in moment, within the day after
    await cleo.expect_no_message(within=0.4)
    clock.now = at(3, 9, 59)
    await cleo.expect_no_message(within=0.3)
    assert [m.kind for m in await rows(bot, OutboxMessage, 8103)] == []

    clock.now = at(3, 10, 0, 5)  # a day after the risk reply
    [follow_up] = await cleo.expect_messages(1)
    assert "check in gently" in follow_up.text
    assert "nothing you need to answer" in follow_up.text.lower()
    assert "988" in follow_up.text
    assert follow_up.button_texts == []
    clock.now = at(3, 14)
    await cleo.expect_no_message(within=0.4)  # once
    sent = [(m.kind, m.status) for m in await rows(bot, OutboxMessage, 8103)]
    assert sent == [("crisis_followup", "sent")]

    clock.now = at(4, 8, 0, 5)  # the daily rhythm comes back on its own
    [nudge] = await cleo.expect_messages(1)
    assert "How are you treating yourself today?" in nudge.text


async def checkins_of(bot: Core, user_id: int) -> tuple[str, datetime | None]:
    """The user's own check-in choice as stored: on, paused (until when) or stopped."""
    async with bot.sessions() as session:
        user = await session.get(User, user_id)
    assert user is not None
    return user.checkins_state, user.checkins_paused_until


async def test_resume_during_the_rest_neither_ends_it_nor_welcomes_anyone_back(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    fay = await onboarded(fake, 8106, checkin="9:00")  # nudges at 08:00 UTC
    clock.now = at(2, 10)
    fay.send_text(RISKY)
    await fay.expect_messages(1)
    fay.tap("I'm safe for now")
    [glad] = await fay.expect_messages(1)
    assert "I'm glad" in glad.text
    assert await checkins_of(bot, 8106) == ("on", None)  # the rest is not a pause

    fay.send_text("/resume")
    [resume] = await fay.expect_messages(1)
    assert "Your daily check-ins are on" in resume.text
    assert "Welcome back" not in resume.text
    fay.send_text("/pause")
    [pause] = await fay.expect_messages(1)
    assert "How long a break" in pause.text
    fay.tap("Never mind")
    [kept] = await fay.expect_messages(1)
    assert "nothing changed" in kept.text

    clock.now = at(3, 8, 0, 5)  # still resting, /resume or not
    await fay.expect_no_message(within=0.4)
    clock.now = at(3, 10, 0, 5)
    [follow_up] = await fay.expect_messages(1)
    assert "check in gently" in follow_up.text
    clock.now = at(4, 8, 0, 5)
    [nudge] = await fay.expect_messages(1)
    assert "How are you treating yourself today?" in nudge.text
    assert await checkins_of(bot, 8106) == ("on", None)


async def test_a_pause_chosen_before_the_risk_reply_is_still_there_after_it(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    gus = await onboarded(fake, 8107, checkin="9:00")
    gus.send_text("/pause")
    await gus.expect_messages(1)
    gus.tap("Until I resume")
    [paused] = await gus.expect_messages(1)
    assert "Paused until you say so" in paused.text
    clock.now = at(2, 10)
    gus.send_text(RISKY)
    await gus.expect_messages(1)
    assert await checkins_of(bot, 8107) == ("paused", None)

    clock.now = at(3, 10, 0, 5)  # the gentle follow-up is not a nudge: it still comes
    [follow_up] = await gus.expect_messages(1)
    assert "check in gently" in follow_up.text
    clock.now = at(4, 8, 0, 5)  # but the rest ending does not end the user's own pause
    await gus.expect_no_message(within=0.4)
    assert await checkins_of(bot, 8107) == ("paused", None)

    gus.send_text("/resume")
    [resumed] = await gus.expect_messages(1)
    assert "Welcome back" in resumed.text
    clock.now = at(5, 8, 0, 5)
    [nudge] = await gus.expect_messages(1)
    assert "How are you treating yourself today?" in nudge.text


async def test_a_snooze_and_a_nudge_that_fall_in_the_rest_are_let_go(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    hal = await onboarded(fake, 8108, checkin="9:00")
    clock.now = at(3, 8, 0, 5)
    [nudge] = await hal.expect_messages(1)
    assert "⏰ Later" in nudge.button_texts
    hal.tap("⏰ Later")
    await hal.expect_messages(1)
    hal.tap("In 3 hours")  # due at 11:00 UTC, inside the rest that starts at 09:00
    await hal.expect_messages(1)
    clock.now = at(3, 9)
    hal.send_text(RISKY)
    await hal.expect_messages(1)

    clock.now = at(3, 11, 0, 5)
    await hal.expect_no_message(within=0.4)
    clock.now = at(4, 8, 0, 5)
    await hal.expect_no_message(within=0.4)
    clock.now = at(4, 9, 0, 5)
    [follow_up] = await hal.expect_messages(1)
    assert "check in gently" in follow_up.text
    clock.now = at(5, 8, 0, 5)
    [back] = await hal.expect_messages(1)
    assert "How are you treating yourself today?" in back.text
    queued = [m.kind for m in await rows(bot, OutboxMessage, 8108)]
    assert queued == ["checkin", "crisis_followup", "checkin"]  # the snooze never left


async def quick_goal(user: FakeUser, task: str, when: str) -> None:
    """A goal set up by typing only, with a typed follow-up moment."""
    for typed, replies in (
        (f"/goal {task}", 1),
        ("skip", 1),
        ("One rough version, then stop", 1),
        (when, 2),
        ("People will notice it is rough", 1),
        ("50", 1),
        ("looks good", 1),
    ):
        user.send_text(typed)
        await user.expect_messages(replies)


async def test_a_goal_follow_up_due_in_the_rest_waits_until_after_the_gentle_one(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ivy = await onboarded(fake, 8109, checkin="off")
    await quick_goal(ivy, "Send the draft to my editor", "tomorrow at 10")
    [goal_row] = await rows(bot, Schedule, 8109)
    assert goal_row.due_at == at(3, 9)  # 10:00 in Madrid
    clock.now = at(2, 10)
    ivy.send_text(RISKY)
    await ivy.expect_messages(1)
    ivy.tap("I'm safe for now")  # nothing left open that would hold the goal back
    await ivy.expect_messages(1)

    clock.now = at(3, 9, 0, 5)
    await ivy.expect_no_message(within=0.4)
    clock.now = at(3, 10, 0, 5)
    [follow_up] = await ivy.expect_messages(1)
    assert "check in gently" in follow_up.text
    clock.now = at(3, 10, 20)
    await ivy.expect_no_message(within=0.3)  # not straight on top of the gentle one
    clock.now = at(3, 10, 31)
    [goal] = await ivy.expect_messages(1)
    assert "Checking in on Send the draft to my editor" in goal.text


async def test_sos_mid_flow_shows_the_lines_and_keeps_the_flow(
    fake: FakeTelegram, bot: Core
) -> None:
    dev = await onboarded(fake, 8104)
    await at_the_belief_question(dev)
    dev.send_text("/sos")
    [lines] = await dev.expect_messages(1)
    assert "988" in lines.text
    assert "741741" in lines.text
    assert "findahelpline.com" in lines.text
    dev.send_text("50")
    [place] = await dev.expect_messages(1)
    assert "Picture a line from 0" in place.text
    # Asking for the lines is not a risk reply: nothing is paused or scheduled.
    assert [s.kind for s in await rows(bot, Schedule, 8104)] == ["checkin"]
    async with bot.sessions() as session:
        user = await session.get(User, 8104)
    assert user is not None
    assert user.checkins_state == "on"


async def test_asking_if_it_is_a_person_gets_an_honest_answer(
    fake: FakeTelegram, bot: Core
) -> None:
    eli = await onboarded(fake, 8105)
    eli.send_text("are you a real person?")
    [honest] = await eli.expect_messages(1)
    assert "I'm a bot" in honest.text
    assert "not a person" in honest.text
    assert "not a therapist" in honest.text

    await at_the_belief_question(eli)
    eli.send_text("wait, am I talking to a real person?")
    [again] = await eli.expect_messages(1)
    assert "I'm a bot" in again.text
    eli.send_text("75")  # and the reframe goes on where it was
    [place] = await eli.expect_messages(1)
    assert "Picture a line from 0" in place.text
