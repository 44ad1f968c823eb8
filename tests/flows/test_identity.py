"""Asking whether a real person is answering: questions in English and Spanish, not lookalikes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.identity import asks_if_human


@pytest.mark.parametrize(
    "text",
    [
        "are you a real person?",
        "Are you a real person",
        "is this a bot?",
        "am I talking to a human",
        "are you a therapist?",
        "¿eres una persona real?",
        "¿eres un bot?",
        "¿hablo con un humano?",
        "R U A B0T??",
        "are you real?",
        "are you human",
        "Is this automated?",
        "who am i talking to",
        "you're a bot?",
        "human or bot?",
        "Are you an AI?",
        "is anyone actually reading this",
        "can I talk to a real person?",
        "¿Eres humana?",
        "¿Estoy hablando con una máquina?",
        "Is there a real person behind this?",
        "am i speaking with a therapist",
        "Sorry, quick question: are you a bot or a person?",
        "hola, ¿eres real?",
        "¿hay alguien ahí?",
        "¿con quién hablo?",
        "bot?",
        "¿sos un bot?",
    ],
)
def test_questions_about_who_is_answering(text: str) -> None:
    assert asks_if_human(text)


@pytest.mark.parametrize(
    "text",
    [
        "are you a fan of jazz?",
        "I feel like a robot at work",
        "my therapist is a real person",
        "are you sure?",
        "is this a good idea?",
        "is this normal?",
        "I talked to a human at the bank",
        "I'm not a real person to them",
        "are you there?",
        "Is this real life?",
        "you're just a bot",
        "Are you real sure about that",
        "I want to be a better person",
        "my husband is a doctor",
        "I'm a therapist myself",
        "are you able to remind me tomorrow?",
        "I want to stop being a people pleaser",
        "¿eres capaz de recordármelo mañana?",
        "Mi terapeuta es una persona maravillosa",
        "Is the reminder automatic or do I set it?",
        "is it normal to feel like a fraud?",
        "",
    ],
)
def test_lookalikes_are_not_questions_about_the_bot(text: str) -> None:
    assert not asks_if_human(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2_000))
def test_never_raises_and_is_deterministic(text: str) -> None:
    assert asks_if_human(text) is asks_if_human(text)
