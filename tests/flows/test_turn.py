"""The turn's own rules: commands, buttons from elsewhere, the unexpected, identity, crisis."""

from __future__ import annotations

from flows.core import Chose, Profile, Said, TimerFired, Unsupported
from flows.turn import TimerDeferred
from tests.transcript import Chat

SET_UP = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=True, onboarded=True)


def test_help_lists_things_and_keeps_a_running_flow() -> None:
    chat = Chat()
    chat.command("/start")
    chat.tap("button-continue")
    assert chat.command("/help") == ["help", "help-in-flow"]
    assert chat.step == "onboarding.consent"


def test_cancel_with_nothing_running() -> None:
    assert Chat(SET_UP).command("/cancel") == ["cancel-nothing"]


def test_unknown_command_points_to_what_exists() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/frobnicate") == ["unknown-command"]
    assert "button-menu-reframe" in chat.labels
    assert "button-menu-help" in chat.labels


def test_sticker_outside_a_flow_gets_a_kind_pointer() -> None:
    chat = Chat(SET_UP)
    assert chat.sticker() == ["unsupported"]
    assert chat.buttons


def test_text_outside_a_flow_from_a_newcomer_starts_onboarding() -> None:
    assert Chat().say("hello?") == ["onboarding-welcome"]


def test_text_outside_a_flow_after_onboarding_offers_the_menu() -> None:
    chat = Chat(SET_UP)
    assert chat.say("hello") == ["fallback"]


def test_a_button_from_another_flow_changes_nothing() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    before = chat.state
    assert chat.send(Chose("consent", "yes", "onboarding")) == ["stale-button"]
    assert chat.state == before
    assert chat.records == []


def test_forged_button_data_changes_nothing() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    before = chat.state
    assert chat.send(Chose("forged", "", "")) == ["stale-button"]
    assert chat.state == before


def test_forged_candidate_index_asks_again() -> None:
    chat = Chat(SET_UP)
    chat.command("/timezone USA")
    assert chat.send(Chose("zone_pick", "99", "settings")) == ["zone-ask-again"]
    assert chat.profile.zone_key == "Europe/Berlin"


def test_menu_buttons_open_their_flow_from_anywhere() -> None:
    chat = Chat(SET_UP)
    chat.command("/help")
    assert chat.tap("button-menu-settings") == ["settings-overview"]


def test_asking_if_the_bot_is_human_gets_an_honest_answer_mid_flow() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.say("wait, are you a real person?") == ["identity"]
    assert chat.step == "settings.menu"


def test_edited_messages_are_not_replayed_into_a_flow() -> None:
    chat = Chat()
    chat.command("/start")
    chat.tap("button-continue")
    assert chat.send(Said("yes", edited=True)) == []
    assert chat.step == "onboarding.consent"


def test_risk_pauses_the_flow_and_answers_with_resources_first() -> None:
    chat = Chat()
    chat.command("/start")
    chat.tap("button-continue")
    assert chat.say("honestly I want to kill myself") == ["crisis-reply"]
    assert chat.labels == [
        "button-crisis-safe",
        "button-crisis-not-safe",
        "button-crisis-resources",
    ]
    assert chat.step == "crisis.checking"
    # Back where we were, with the question asked again.
    assert chat.tap("button-crisis-safe") == ["crisis-glad-resume", "onboarding-consent"]
    assert chat.step == "onboarding.consent"


def test_risk_in_an_edited_message_is_answered_too() -> None:
    chat = Chat(SET_UP)
    assert chat.send(Said("i want to die", edited=True)) == ["crisis-reply"]


def test_risk_in_a_caption_is_answered_and_a_plain_caption_is_not_read() -> None:
    chat = Chat(SET_UP)
    chat.command("/goal")
    assert chat.send(Unsupported("photo", "my desk, finally tidy")) == ["unsupported-in-flow"]
    assert chat.send(Unsupported("photo", "look what I did, I cut myself again")) == [
        "crisis-reply"
    ]
    assert chat.step == "crisis.checking"


def test_not_safe_repeats_urgent_help_and_stays() -> None:
    chat = Chat(SET_UP)
    chat.say("I don't want to be alive anymore")
    assert chat.tap("button-crisis-not-safe") == ["crisis-urgent"]
    assert chat.step == "crisis.checking"
    assert chat.say("i dont know") == ["crisis-still-here"]
    assert chat.tap("button-crisis-safe") == ["crisis-glad"]
    assert chat.state is None


def test_fear_of_hurting_someone_gets_its_own_reply_and_urgent_step() -> None:
    chat = Chat(SET_UP)
    chat.command("/goal")
    assert chat.say("I keep having scary thoughts about hurting my baby") == ["crisis-others"]
    assert chat.step == "crisis.checking"
    assert chat.tap("button-crisis-not-safe") == ["crisis-urgent-others"]
    assert chat.tap("button-crisis-safe")[0] == "crisis-glad-resume"
    assert chat.step is not None
    assert chat.step.startswith("goal")


def test_risk_to_self_and_others_together_gets_the_general_reply() -> None:
    chat = Chat(SET_UP)
    assert chat.say("I want to hurt someone and then kill myself") == ["crisis-reply"]
    assert chat.tap("button-crisis-not-safe") == ["crisis-urgent"]


def test_worry_for_someone_else_gets_how_to_help_and_a_question_for_the_writer() -> None:
    chat = Chat(SET_UP)
    chat.command("/goal")
    assert chat.say("my son has been cutting himself and I don't know what to do") == [
        "crisis-someone-else"
    ]
    assert chat.step == "crisis.checking"
    assert chat.tap("button-crisis-not-safe") == ["crisis-urgent"]
    assert chat.tap("button-crisis-safe")[0] == "crisis-glad-resume"
    assert chat.step is not None
    assert chat.step.startswith("goal")


def test_worry_for_someone_else_gives_way_to_the_writers_own_risk() -> None:
    chat = Chat(SET_UP)
    assert chat.say("my sister said she wants to die and I want to die too") == ["crisis-reply"]
    chat = Chat(SET_UP)
    assert chat.say("my husband hits me and says he wants to kill himself") == ["crisis-abuse"]


def test_sos_shows_resources_without_ending_the_flow() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.command("/sos") == ["crisis-resources"]
    assert chat.step == "settings.menu"


def test_someone_back_after_a_week_is_reminded_what_the_bot_is() -> None:
    chat = Chat(SET_UP)
    chat.data = {"away_days": 9}
    assert chat.command("/help")[0] == "returning-reminder"
    chat.data = {"away_days": 2}
    assert chat.command("/help")[0] == "help"


def test_the_reminder_never_comes_before_a_crisis_reply() -> None:
    chat = Chat(SET_UP)
    chat.data = {"away_days": 30}
    assert chat.say("i want to kill myself")[0] == "crisis-reply"
    assert chat.say("I want to hurt someone")[0] == "crisis-others"


def test_a_nudge_waits_while_the_user_is_mid_conversation() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    step = chat.send(TimerFired("checkin"))
    assert step == []
    assert any(isinstance(r, TimerDeferred) for r in chat.records)
    assert chat.step == "settings.menu"


def test_a_nudge_replaces_an_earlier_unanswered_check_in() -> None:
    chat = Chat(SET_UP)
    chat.send(TimerFired("checkin"))
    assert chat.step is not None
    assert chat.step.startswith("checkin.")
    chat.wait(minutes=5)
    assert chat.send(TimerFired("checkin"))  # answered again, not deferred


def test_deployment_lines_follow_the_risk_reply_and_sos() -> None:
    chat = Chat(SET_UP)
    chat.data = {
        "crisis_local_lines": "UK: Samaritans, call 116 123",
        "crisis_practice_contact": "Dr Rivera's practice, 555 0100 (weekdays)",
    }
    assert chat.say("i want to end my life") == [
        "local-crisis-lines",
        "practice-contact",
        "crisis-reply",
    ]
    assert chat.param("lines") == "UK: Samaritans, call 116 123"
    assert chat.command("/sos") == ["crisis-resources", "local-crisis-lines", "practice-contact"]


def test_nothing_scheduled_interrupts_the_day_after_a_risk_reply() -> None:
    chat = Chat(SET_UP)
    chat.say("i want to die")
    chat.wait(hours=3)
    assert chat.send(TimerFired("goal_followup", "7")) == []
    assert chat.step == "crisis.checking"
    chat.wait(hours=22)
    assert chat.send(TimerFired("crisis_followup")) == ["crisis-follow-up"]


# --- The rest after a risk reply: the shell says when it ends (the follow-up's moment) ---

REST = {"crisis_rest_until": "2026-03-03T08:00:00+00:00"}  # a day after 2 March, 08:00


def safe_after_a_risk_reply(**data: object) -> Chat:
    """A risk reply at 08:00, then "I'm safe for now": no conversation left open."""
    chat = Chat(SET_UP, data={**REST, **data})
    chat.say("i want to die")
    chat.tap("button-crisis-safe")
    assert chat.state is None
    return chat


def test_a_risk_reply_pauses_nothing_the_user_chose() -> None:
    chat = Chat(SET_UP)
    chat.say("i want to die")
    assert [type(r).__name__ for r in chat.records] == ["RiskNoted"]


def test_a_nudge_due_during_the_rest_is_let_go_even_after_i_am_safe() -> None:
    chat = safe_after_a_risk_reply()
    chat.wait(hours=3)
    for kind in ("checkin", "checkin_snooze"):
        before = len(chat.records)
        assert chat.send(TimerFired(kind)) == []
        assert chat.records[before:] == []  # not deferred: that nudge is simply skipped
        assert chat.state is None


def test_a_goal_follow_up_during_the_rest_waits_until_after_the_gentle_follow_up() -> None:
    chat = safe_after_a_risk_reply()
    chat.wait(hours=3)
    assert chat.send(TimerFired("goal_followup", "7")) == []
    # 21 hours of rest left, then half an hour so it does not land on the follow-up.
    assert chat.records[-1] == TimerDeferred(minutes=21 * 60 + 30)
    assert chat.state is None


def test_the_gentle_follow_up_is_not_held_back_by_its_own_rest() -> None:
    chat = safe_after_a_risk_reply()
    chat.wait(hours=23, minutes=59)
    assert chat.send(TimerFired("crisis_followup")) == ["crisis-follow-up"]


def test_after_the_rest_the_rhythm_comes_back() -> None:
    chat = safe_after_a_risk_reply()
    chat.wait(hours=24)
    assert chat.send(TimerFired("crisis_followup")) == ["crisis-follow-up"]
    chat.wait(hours=22)  # the shell still says when the rest ended; it is over all the same
    assert chat.send(TimerFired("checkin")) == ["checkin-opening", "checkin-ask-kindness"]
    chat.data.clear()
    chat.state = None
    assert chat.send(TimerFired("checkin")) == ["checkin-opening", "checkin-ask-kindness"]


def test_resume_during_the_rest_speaks_only_of_the_users_own_pause() -> None:
    chat = safe_after_a_risk_reply(schedule={"paused": False, "stopped": False})
    assert chat.command("/resume") == ["schedule-already-on"]
    chat.data["schedule"] = {"paused": True, "paused_until": None}
    assert chat.command("/resume") == ["schedule-resumed"]
