"""`/reframe` and `/thoughts` over the real wire: every step, what is kept, and how it is kept.

A user talks a harsh thought through to a kinder one, keeps it, finds it in `/thoughts` and
deletes it again; without consent nothing is kept; a harsh thought typed outside any flow
is met with an offer; and the kept words are unreadable in the raw database columns.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from bot.db.models import Activity, FlowSession, Thought
from bot.runtime import Core
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.harness import rows
from tests.shell.people import onboarded

HARSH = "My slides had one typo so the whole talk was a total disaster and completely useless"
KINDER = "The talk had a typo and it still helped the people who came"
ANSWERS = [
    "Honestly somewhere around 60",
    "Clear points with one small typo",
    "The questions at the end went well",
    "One typo does not cancel out the work you put in",
]


async def say(user: FakeUser, typed: str, replies: int = 1) -> list[str]:
    user.send_text(typed)
    return [m.text for m in await user.expect_messages(replies)]


async def tap(user: FakeUser, label: str, replies: int = 1) -> list[str]:
    user.tap(label)
    return [m.text for m in await user.expect_messages(replies)]


async def reframe_to_the_save_offer(user: FakeUser) -> None:
    """From `/reframe` to "keep it?", answering every step by typing or tapping."""
    [capture] = await say(user, "/reframe")
    assert "exact words your inner critic uses" in capture

    user.send_text(HARSH)
    [named] = await user.expect_messages(1)
    assert HARSH in named.text  # the thought is quoted back
    assert "“total disaster” and “completely useless”" in named.text  # the cues, quoted
    assert "all-or-nothing thinking" in named.text
    assert "Does that fit" in named.text  # tentative, never a verdict
    assert named.button_texts == ["Yes, that fits", "Something else", "Not sure"]

    user.tap("Yes, that fits")
    [belief] = await user.expect_messages(1)
    assert "how strongly do you believe it" in belief.text
    assert belief.button_texts == ["0", "25", "50", "75", "100", "Skip"]

    [place] = await tap(user, "75")
    assert HARSH in place
    assert "Picture a line from 0" in place
    [middle] = await say(user, ANSWERS[0])
    assert "What would a 50 look like" in middle
    [went_ok] = await say(user, ANSWERS[1])
    assert "Which part of it went okay" in went_ok
    [friend] = await say(user, ANSWERS[2])
    assert "Imagine a good friend" in friend
    user.send_text(ANSWERS[3])
    [balanced] = await user.expect_messages(1)
    assert "kinder, more balanced version in your own words" in balanced.text
    assert "I'm stuck" in balanced.button_texts

    user.send_text(KINDER)
    [rerate] = await user.expect_messages(1)
    assert "how much do you believe it now" in rerate.text
    assert rerate.button_texts == ["0", "25", "50", "75", "100"]  # no skip on the last rating

    user.send_text("30")
    reflection, offer = await user.expect_messages(2)
    assert "From 75 down to 30" in reflection.text
    assert "45 points" in reflection.text
    assert KINDER in offer.text
    assert offer.button_texts == ["Keep it", "Not this time"]


async def test_a_thought_is_talked_through_kept_listed_and_deleted(
    fake: FakeTelegram, bot: Core
) -> None:
    ana = await onboarded(fake, 5101)
    await reframe_to_the_save_offer(ana)
    [kept] = await tap(ana, "Keep it")
    assert "Kept. /thoughts shows it" in kept

    [thought] = await rows(bot, Thought, 5101)
    assert (thought.original, thought.pattern, thought.balanced) == (
        HARSH,
        "all_or_nothing",
        KINDER,
    )
    assert (thought.belief_before, thought.belief_after) == (75, 30)
    assert json.loads(thought.answers) == ANSWERS
    assert [a.kind for a in await rows(bot, Activity, 5101)] == ["reframe:all_or_nothing"]
    assert await rows(bot, FlowSession, 5101) == []  # the exercise is over

    ana.send_text("/thoughts")
    intro, item, footer = await ana.expect_messages(3)
    assert "the kinder thought you kept" in intro.text
    assert "All-or-nothing thinking" in item.text
    assert f"Inner critic: {HARSH}" in item.text
    assert f"Kinder: {KINDER}" in item.text
    assert "2026-03-02" in item.text
    assert item.button_texts == ["🗑 Delete"]
    assert "Tap Delete" in footer.text

    # Asked first; "keep it" changes nothing.
    ana.tap("🗑 Delete")
    [confirm] = await ana.expect_messages(1)
    assert "Delete this one for good?" in confirm.text
    assert KINDER in confirm.text
    assert confirm.button_texts == ["Yes, delete it", "Keep it"]
    ana.tap("Keep it")
    still, again = await ana.expect_messages(2)
    assert "Nothing changed" in still.text
    assert len(await rows(bot, Thought, 5101)) == 1
    # The tapped card's buttons were retired; the thought comes back with live ones, so a
    # change of heart needs no second /thoughts.
    assert f"Kinder: {KINDER}" in again.text
    assert again.button_texts == ["🗑 Delete", "✍️ Talk a thought through", "Done"]

    ana.tap("🗑 Delete", again.message_id)
    [confirm_again] = await ana.expect_messages(1)
    assert "Delete this one for good?" in confirm_again.text
    [deleted] = await tap(ana, "Yes, delete it")
    assert deleted == "Deleted."
    assert await rows(bot, Thought, 5101) == []

    [empty] = await say(ana, "/thoughts")
    assert "Nothing saved yet" in empty
    assert HARSH not in empty


async def test_without_consent_nothing_is_kept_and_the_user_is_told(
    fake: FakeTelegram, bot: Core
) -> None:
    ben = await onboarded(fake, 5102, consent=False)
    ben.send_text(f"/reframe {HARSH}")
    [named] = await ben.expect_messages(1)
    assert "all-or-nothing thinking" in named.text
    await tap(ben, "Yes, that fits")
    await say(ben, "skip")  # belief
    for _ in range(3):  # the continuum questions
        await say(ben, "skip")
    [balanced] = await say(ben, "skip")  # the friend question
    assert "kinder, more balanced version" in balanced
    await say(ben, KINDER)
    noted, not_kept = await say(ben, "40", replies=2)
    assert "40 it is" in noted
    assert KINDER in not_kept  # shown back, so it can be copied elsewhere
    assert "I don't keep what you write" in not_kept
    assert "isn't saved" in not_kept
    assert "Keep it" not in ben.messages.last.button_texts

    assert await rows(bot, Thought, 5102) == []
    assert await rows(bot, FlowSession, 5102) == []  # the words in progress are gone too
    # Practice is still counted, without any words.
    assert [a.kind for a in await rows(bot, Activity, 5102)] == ["reframe:all_or_nothing"]
    [empty] = await say(ben, "/thoughts")
    assert "Nothing saved yet" in empty


async def test_a_harsh_thought_outside_any_flow_gets_an_offer_and_yes_names_the_pattern(
    fake: FakeTelegram, bot: Core
) -> None:
    cleo = await onboarded(fake, 5103)
    cleo.send_text("I always mess up every single presentation")
    [offer] = await cleo.expect_messages(1)
    assert "inner critic" in offer.text
    assert "look at that thought together" in offer.text
    assert offer.button_texts == ["Yes, let's look at it", "No, I just needed to say it"]

    cleo.send_text("yes")
    [named] = await cleo.expect_messages(1)
    assert "I always mess up every single presentation" in named.text
    assert "“always mess up” and “every single”" in named.text
    assert "overgeneralizing" in named.text
    assert "Yes, that fits" in named.button_texts
    assert "What's the thought" not in named.text  # no need to type it again


async def test_kept_words_are_encrypted_at_rest(fake: FakeTelegram, bot: Core) -> None:
    dana = await onboarded(fake, 5104)
    await reframe_to_the_save_offer(dana)
    # Mid-flow, the words in progress are sealed too.
    async with bot.engine.connect() as connection:
        [state] = (
            await connection.execute(
                text("SELECT state FROM flow_sessions WHERE user_id = :u"), {"u": 5104}
            )
        ).one()
    assert isinstance(state, bytes | memoryview)
    assert b"typo" not in bytes(state)

    await tap(dana, "Keep it")
    async with bot.engine.connect() as connection:
        original, balanced, answers = (
            await connection.execute(
                text("SELECT original, balanced, answers FROM thoughts WHERE user_id = :u"),
                {"u": 5104},
            )
        ).one()
    for column in (original, balanced, answers):
        raw = bytes(column)
        assert raw  # something is stored...
        for plain in (HARSH, KINDER, "typo", "disaster", "questions"):
            assert plain.encode() not in raw  # ...but not the words
    # Through the models, the same row reads back as the user wrote it.
    [thought] = await rows(bot, Thought, 5104)
    assert (thought.original, thought.balanced) == (HARSH, KINDER)
