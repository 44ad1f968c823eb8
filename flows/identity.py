"""Notice when someone asks whether a real person is on the other end.

People who write their hardest thoughts deserve to know at once that they are talking to
an automated program, not a person or a therapist. The turn answers honestly whenever this
returns True, so it errs towards asking: "are you a bot?", "is this a real person?", "am I
talking to a human?", "are you a therapist?", "who am I talking to?", and the Spanish
"¿eres una persona real?", "¿eres un bot?", "¿hablo con un humano?".

It reuses the crisis screen's folding (case, accents, spelling, punctuation), so "R U A
B0T??" and "¿Eres humana?" are read the same way as their tidy forms. Declarative
shapes ("you're a bot?", "human or bot") only count with a question mark, because
"you're just a bot" or "I feel like a robot at work" is not a question.
"""

from __future__ import annotations

import re

from flows.screen_normalise import normalise
from flows.screen_phrases import Compiler

# fmt: off
_CLASSES: dict[str, tuple[str, ...]] = {
    "art": ("a", "an", "the", "some", "some kind of", "a real", "an actual", "like a"),
    "adv": ("really", "actually", "even", "just", "truly", "honestly", "seriously"),
    "being": (
        "real person", "real human", "human", "human being", "person", "real",
        "actual person", "actual human", "live person", "living person", "bot", "robot",
        "ai", "a.i.", "machine", "chatbot", "chat bot", "computer", "program", "programme",
        "therapist", "counsellor", "counselor", "psychologist", "psychiatrist", "doctor",
        "coach", "automated", "automatic", "script", "chatgpt", "gpt", "llm",
        "artificial intelligence", "someone real", "somebody real", "real therapist",
        "language model", "people",
    ),
    "talking": ("talking", "speaking", "chatting", "writing", "texting", "messaging"),
    "es_art": ("un", "una", "el", "la"),
    "es_being": (
        "persona", "persona real", "persona de verdad", "humano", "humana", "ser humano",
        "bot", "robot", "ia", "inteligencia artificial", "máquina", "maquina", "terapeuta",
        "psicólogo", "psicóloga", "real", "de verdad", "programa", "chatbot", "alguien real",
        "automático", "automática",
    ),
}

# Questions by their word order: enough on their own.
_ASKING = (
    "are/r you/u {adv}? {art}? {being}", "are/r you/u {adv}? {art}? {being} or",
    "is this/it/that {adv}? {art}? bot/robot/ai/chatbot/machine/program/computer/person",
    "is this/it/that {adv}? {art}? human/automated/automatic/script/therapist",
    "is this/it/that {adv}? {art}? real person/human/therapist",
    "is this/it/that {adv}? {art}? actual person/human",
    "is this {adv}? a human/person/bot/robot/ai", "is there {art}? real? person/human",
    "is there someone/somebody/anyone/anybody real? there/here/reading/behind",
    "is someone/somebody/anyone/anybody {adv}? reading/there/listening/behind",
    "am i {talking} to/with {art}? {being}", "am i {talking} to/with someone/somebody real",
    "who am i {talking} to/with", "who is this", "who are you",
    "who's on the other end", "who is on the other end", "is a person reading",
    "does a person/human read", "do people read these/this/my",
    "can/could/may i {talking}? talk/speak to/with {art}? real? human/person/therapist",
    "can/could/may i talk/speak to/with a real? human/person/therapist",
    "eres/sos {es_art}? {es_being}", "es usted {es_art}? {es_being}",
    "usted es {es_art}? {es_being}", "hablo con {es_art}? {es_being}",
    "estoy hablando/escribiendo/chateando con {es_art}? {es_being}",
    "es {es_art}? bot/robot/programa", "esto es {es_art}? bot/robot/programa",
    "es esto {es_art}? bot/robot/programa", "hay alguien real? ahí/ahi",
    "hay alguien real? al otro lado",
    "con quién hablo", "con quién estoy hablando", "quién eres",
    "puedo hablar con {es_art}? persona/humano/humana/terapeuta",
)
# Statements that are questions only with a question mark: "you're a bot?", "bot or human?".
_WITH_MARK = (
    "you're/youre/your/ur/you/u {adv}? {art}? {being}",
    "human/person/people or bot/robot/ai/machine", "bot/robot/ai/machine or human/person",
    "real person", "real human", "human", "bot", "robot", "ai", "a bot", "a human",
    "persona real", "humano", "humana", "un bot", "bot o humano/persona",
    "humano/persona o bot/máquina",
)
# fmt: on

_COMPILER = Compiler(_CLASSES, {})
_ASKING_RE = re.compile(" " + _COMPILER.any_of(_ASKING) + "(?= )")
_WITH_MARK_RE = re.compile(" " + _COMPILER.any_of(_WITH_MARK) + " [.]? ?$")
# "Are you a real person?" and "Are you real?" but not "are you real sure about this".
_NOT_ABOUT_ME = re.compile(
    " (?:sure|ok|okay|alright|there|serious|kidding|joking|listening|busy|free|able|going|"
    "coming|awake|done|ready|good|fine|online|available) "
)


def asks_if_human(text: str) -> bool:
    """True when the message asks whether a person (or a therapist) is answering."""
    folded = normalise(text)
    found = _ASKING_RE.search(folded)
    if found is not None and not _NOT_ABOUT_ME.match(folded, found.end()):
        return True
    if "?" not in text and "¿" not in text:
        return False
    return any(_WITH_MARK_RE.search(clause + " ") for clause in _clauses(folded))


def _clauses(folded: str) -> list[str]:
    """Each sentence or clause on its own, padded, so a short one can be read whole."""
    return [" " + part.strip() for part in folded.split(" . ") if part.strip()]
