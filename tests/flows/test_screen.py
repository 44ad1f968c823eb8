"""The crisis screen: the labeled lists, each rule family, and properties on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.screen import RULES, RiskKind, Screening, engine, screen
from flows.screen_engine import compile_rules
from flows.screen_model import Phrases, Rule
from flows.screen_normalise import normalise
from flows.screen_phrases import Compiler, PhraseError, assert_bounded

DATA = Path(__file__).resolve().parents[1] / "data"
RULE_NAMES = frozenset(rule.name for rule in RULES)
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
# Common Spanish words that English lines never use: enough to count the Spanish lines.
SPANISH_WORDS = frozenset(
    {"de", "la", "el", "que", "quiero", "mi", "mí", "estoy", "con", "para", "por", "los"}
    | {"las", "una", "ya", "muy", "más", "pienso", "tengo", "llevo"}
)


def _lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _risky() -> list[tuple[frozenset[RiskKind], str]]:
    out = []
    for line in _lines("screen_risky.txt"):
        tag, _, text = line.partition("|")
        out.append((frozenset(RiskKind(kind.strip()) for kind in tag.split(",")), text))
    return out


RISKY = _risky()
ORDINARY = _lines("screen_ordinary.txt")


def _kinds(text: str) -> set[str]:
    return {kind.value for kind in screen(text).kinds}


# --- The labeled lists -------------------------------------------------------------------


def test_lists_are_large_and_varied() -> None:
    assert len(RISKY) >= 200
    assert len(ORDINARY) >= 400
    for kind in RiskKind:
        assert sum(kind in kinds for kinds, _ in RISKY) >= 20, kind
    spanish = [text for _, text in RISKY if set(text.lower().split()) & SPANISH_WORDS]
    assert len(spanish) >= 0.10 * len(RISKY)


def test_lists_have_no_duplicates_or_overlap() -> None:
    risky_texts = [text for _, text in RISKY]
    assert len(set(risky_texts)) == len(risky_texts)
    assert len(set(ORDINARY)) == len(ORDINARY)
    assert not set(risky_texts) & set(ORDINARY)


def test_every_risky_line_is_flagged_with_its_kinds() -> None:
    misses = []
    for kinds, text in RISKY:
        result = screen(text)
        if not kinds <= result.kinds:
            expected = ",".join(sorted(kinds))
            misses.append(f"[{expected}] got {sorted(result.kinds)} {result.rules}: {text}")
    assert not misses, f"{len(misses)} risky lines missed:\n" + "\n".join(misses)


def test_false_alarms_stay_under_five_percent() -> None:
    alarms = [f"{screen(text).rules}: {text}" for text in ORDINARY if screen(text).at_risk]
    assert len(alarms) <= 0.05 * len(ORDINARY), (
        f"{len(alarms)}/{len(ORDINARY)} false alarms:\n" + "\n".join(alarms)
    )


# --- The verdict ---------------------------------------------------------------------------


def test_no_risk_is_an_empty_screening() -> None:
    result = screen("Can you help me plan my week?")
    assert result == Screening(frozenset(), ())
    assert not result.at_risk


def test_a_hit_names_rules_and_kinds_only() -> None:
    text = "I want to kill myself"
    result = screen(text)
    assert result.at_risk
    assert result.kinds == {RiskKind.SUICIDE}
    assert result.rules
    assert set(result.rules) <= RULE_NAMES
    assert all(text not in rule for rule in result.rules)


def test_several_kinds_in_one_message() -> None:
    result = screen("my husband hits me and I've been starving myself, I want to die")
    assert result.kinds == {RiskKind.ABUSE, RiskKind.EATING, RiskKind.SUICIDE}


def test_rules_are_named_in_table_order_however_the_message_is_ordered() -> None:
    table = [rule.name for rule in RULES]
    forwards = screen("I've been starving myself, my husband hits me, I want to die")
    backwards = screen("I want to die, my husband hits me, I've been starving myself")
    assert len(forwards.rules) >= 3
    assert list(forwards.rules) == sorted(forwards.rules, key=table.index)
    assert forwards.rules == backwards.rules


def test_screening_is_frozen() -> None:
    result = screen("kms")
    with pytest.raises(AttributeError):
        result.kinds = frozenset()  # type: ignore[misc]


# --- Normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("KILL MYSELF", "kill myself"),
        ("Ｉ ｗａｎｔ ｔｏ ｄｉｅ", "i want to die"),
        ("𝗸𝗶𝗹𝗹 myself", "kill myself"),
        ("hacerme daño", "hacerme dano"),
        ("quiero morir, ¿sí?", "QUIERO MORIR, si?"),
        ("I’m done", "I'm done"),
        ("I'm done", "Im done"),
        ("don’t", "dont"),
        ("ki\u200bll my\u200dself", "kill myself"),
        ("su\u00adicide", "suicide"),
        ("killlll myselfff", "kill myself"),
        ("kil myself", "kill myself"),
        ("k1ll myself", "kill myself"),
        ("su1c1de", "suicide"),
        ("$uicide", "suicide"),
        ("s u i c i d e", "suicide"),
        ("s.u.i.c.i.d.e", "suicide"),
        ("k-i-l-l myself", "kill myself"),
        ("i c u t myself", "i cut myself"),
        ("  lots   of\tspace\n", "lots of space"),
    ],
)
def test_variants_fold_to_the_same_form(variant: str, plain: str) -> None:
    assert normalise(variant) == normalise(plain)


def test_digits_standing_alone_stay_digits() -> None:
    assert normalise("3 kids at 5am") == " 3 kids at 5am . "


def test_punctuation_becomes_a_boundary() -> None:
    assert normalise("I'm not suicidal, just exhausted!!") == " im not suicidal . just exhausted . "


def test_empty_and_blank_messages_fold_to_a_space() -> None:
    assert normalise("") == " "
    assert normalise(" ...!? \u200b ") == " "
    assert not screen("").at_risk


# --- Slang, misspellings and obfuscation -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kms", "suicide"),
        ("i should just kys", "suicide"),
        ("i want to unalive myself", "suicide"),
        ("I want to end it all", "suicide"),
        ("maybe I should just end it", "suicide"),
        ("I want to go to sleep and not wake up", "suicide"),
        ("everyone would be better off without me", "suicide"),
        ("I don't want to be here anymore", "suicide"),
        ("sewerslide", "suicide"),
        ("thinking about ctb", "suicide"),
        ("I want to disappear forever", "suicide"),
        ("I want to disappear", "suicide"),
        ("honestly i wish i could just vanish", "suicide"),
        ("I'm going to take all my pills", "suicide"),
        ("i feel sucidal", "suicide"),
        ("suicde thoughts", "suicide"),
        ("wanna die", "suicide"),
        ("KILLLLL MYSELFFFF", "suicide"),
        ("I cut myself", "self_harm"),
        ("cutting again", "self_harm"),
        ("starving myself", "eating"),
        ("throwing up after eating", "eating"),
        ("I haven't eaten in days on purpose", "eating"),
        ("quiero morir", "suicide"),
        ("quiero desaparecer", "suicide"),
        ("me quiero matar", "suicide"),
        ("no quiero vivir", "suicide"),
        ("pienso en suicidarme", "suicide"),
        ("quiero hacerme daño", "self_harm"),
        ("volví a cortarme", "self_harm"),
        ("todos estarían mejor sin mí", "suicide"),
        ("mi marido me pega", "abuse"),
        ("vomito después de comer", "eating"),
        ("I gave up on life a while ago", "suicide"),
        ("I'm a burden", "suicide"),
        ("I am such a burden to my family", "suicide"),
        ("this is goodbye", "suicide"),
        ("this is my last message", "suicide"),
        ("I wrote a letter to my parents to say goodbye", "suicide"),
        ("I just want the pain to end", "suicide"),
        ("I'm going to drive my car into a wall", "suicide"),
        ("I've hoarded my meds for weeks", "suicide"),
        ("no soy más que una carga", "suicide"),
        ("esto es una despedida", "suicide"),
        ("estoy juntando pastillas", "suicide"),
        ("me voy a tirar al tren", "suicide"),
        ("I took a handful of pills", "suicide"),
        ("I overdosed last night", "suicide"),
        ("me tomé un puñado de pastillas", "suicide"),
        ("me pegué a mí misma", "self_harm"),
        ("no como nada desde hace tres días", "eating"),
        ("my last attempt was in 2019", "suicide"),
        ("no le veo sentido a seguir con vida", "suicide"),
        ("i dont wanna be alive anymore", "suicide"),
        ("whats even the point of me", "suicide"),
        ("I keep googling how many sleeping pills", "suicide"),
        ("I don't see any future for myself at all", "suicide"),
        ("ya no tiene sentido vivir", "suicide"),
        ("ojalá no existiera", "suicide"),
        ("I wear long sleeves to hide my arms", "self_harm"),
        ("I scratch my wrists with a paperclip", "self_harm"),
        ("my husband says nobody will believe me if I tell", "abuse"),
        ("my partner makes me ask permission to spend money", "abuse"),
        ("I run for hours to burn off what I ate", "eating"),
        ("I weigh myself ten times a day", "eating"),
        ("I want to hurt someone", "harm_to_others"),
        ("I'm scared I'll hurt my baby", "harm_to_others"),
        ("I'm going to shoot up the school", "harm_to_others"),
        ("quiero hacerle daño a alguien", "harm_to_others"),
        ("I want to hurt someone with a knife", "harm_to_others"),
        ("this is goodbye tonight", "suicide"),
        ("I want to end everything with a rope", "suicide"),
        ("I just want to end things with pills", "suicide"),
        ("I don't want to be alive at all", "suicide"),
        ("I don't want to live on", "suicide"),
        ("I just want the pain to stop at last", "suicide"),
        ("I'll always be a burden to everyone", "suicide"),
        ("my last attempt with pills was in March", "suicide"),
        ("I'm going to take all my pills for the week at once", "suicide"),
        ("quiero hacerle daño a alguien cuando me enfado", "harm_to_others"),
        ("I want to hurt someone because they hurt me", "harm_to_others"),
    ],
)
def test_slang_and_spelling_are_caught(text: str, kind: str) -> None:
    assert kind in _kinds(text)


def test_kys_aimed_at_someone_else_is_not_about_the_writer() -> None:
    assert not screen("lol you should kys").at_risk


# --- Hyperbole and harmless twins ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this deadline is killing me",
        "I'm dead tired",
        "I could kill for a coffee",
        "I nailed it, killed it",
        "my feet are killing me",
        "I'd die for that cake",
        "dying of embarrassment",
        "I'm dead 😂",
        "how do I kill the process",
        "just killing time",
        "we watched suicide squad",
        "I keep cutting corners",
        "I need to cut myself some slack",
        "I'm starving, lunch?",
        "I throw up my hands",
        "I loved the ending",
        "my diet plan starts today",
        "I want to die of shame when I think about that presentation",
        "I'm killing myself over this report",
        "sending that would be career suicide",
        "I cut myself shaving",
        "I'm only hurting myself by procrastinating",
        "my brother beat me at chess",
        "my ex hit me up last night",
        "I'm going to end it with him",
        "me muero de hambre",
        "voy a cortarme el pelo",
        "este trabajo me está matando",
    ],
)
def test_hyperbole_does_not_fire(text: str) -> None:
    assert not screen(text).at_risk, screen(text).rules


# --- Negation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just exhausted",
        "I would never kill myself, I'm just tired",
        "I don't want to die, I want to rest",
        "No self harm here, just crying",
        "I'm not going to hurt myself",
        "no quiero morir, quiero descansar",
    ],
)
def test_negated_risk_does_not_fire(text: str) -> None:
    assert not screen(text).at_risk, screen(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "I want to disappear from this group project before the demo",
        "I want to disappear under the covers for the weekend",
        "I want to disappear when people read my drafts",
        "I wish I could vanish for an hour and nap",
        "quiero desaparecer de este grupo",
        "quiero desaparecer un rato debajo de la manta",
    ],
)
def test_wanting_a_break_from_somewhere_is_not_a_crisis(text: str) -> None:
    assert not screen(text).at_risk, screen(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "I feel like a burden when I ask for help at work",
        "I'm a burden to my team this sprint",
        "I don't want to be a burden to everyone, so I do it all myself",
        "I'm not a burden",
        "this is goodbye to my old habit of polishing every slide",
        "this is my last message for tonight",
        "saying goodbye to everyone at work tomorrow",
        "we're writing a goodbye card for our colleague",
        "I'm so tired I could crash the car",
        "I just want the pain in my knee to stop before the race",
        "soy una carga para mi jefe cuando pregunto",
        "no soy una carga",
        "me despido de todos, hasta el lunes",
        "I overdosed on coffee again this morning",
        "I took a handful of vitamins",
        "me rasco hasta sangrar, tengo la piel seca",
        "I'm afraid I'll hurt her if I cancel",
        "I would never hurt my kids",
        "I'm going to kill my brother lol",
        "no quiero hacerle daño a mi hijo",
        "this is my last attempt at the cake",
        "my first attempt to pass the exam failed",
        "I want to disappear off Instagram for a month",
        "I took all my pills for today",
        "my plan is to jump straight in tomorrow",
        "me tomé todas las pastillas de hoy",
        "no le veo sentido a seguir con esta tesis",
        "I don't see a future for myself in this job",
        "what's the point of me rewriting this slide",
        "I've been googling how many pages the essay needs",
        "ojalá no existiera el lunes",
        "I'm scared of what my mom will say about my grades",
        "my boss makes me ask permission to leave early",
        "I have to earn my lunch break",
        "I deserve food",
        "I see a future for myself now",
        "I don't want to live on campus next year",
        "I don't want to live for a paycheck",
        "I don't want to live in this city",
        "I don't want to live with my parents",
        "I don't want to live in my parents' house",
        "I'm going to end it with my boyfriend tonight",
        "let's end it with a bang",
        "I'm only hurting myself with all this procrastinating",
        "I'm only hurting myself with my perfectionism",
        "this is goodbye to the habit of rewriting every email",
        "I purged this closet",
        "I don't want to wake up at 5am",
        "I'm in an abusive relationship with food",
    ],
)
def test_everyday_twins_of_the_new_warning_signs_are_not_a_crisis(text: str) -> None:
    assert not screen(text).at_risk, screen(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "I want to hurt myself with a knife",
        "I want to hurt myself with pills",
        "I don't want to wake up tomorrow at all",
        "I don't want to be alive at all",
        "maybe I should just end it this weekend",
        "I want to end everything with a rope",
        "I binge at night and then purge this weekend",
        "I'm a burden tonight",
        "I'm running out of reasons tonight",
        "I have no future and no hope",
        "soy una carga y lo sé",
        "I want to end it with the pills",
        "I'm going to end it with this knife",
        "I hurt myself with my razor again",
        "this is goodbye to my kids",
        "this is goodbye to all of you",
        "this is my last message for the rest of my life",
        "I don't want to live in this world anymore",
        "I don't want to live with this pain anymore",
        "I just want the pain to stop with the pills I have",
    ],
)
def test_a_time_a_degree_or_a_means_added_to_risk_keeps_it_risk(text: str) -> None:
    """Exceptions exist for idioms ("hurt myself with all this worrying", "purge this
    closet"); none may swallow a knife, pills, "tonight" or "at all" after a risky phrase."""
    assert screen(text).at_risk


@pytest.mark.parametrize(
    "text",
    [
        "I have nothing left to live for at this point",
        "honestly I don't want to live at this point",
        "I have no will to live at the moment",
        "I'm done with life at this point",
        "I wish I could go to sleep and not wake up at this point",
        "whats even the point of me at this point",
        "this will be my last message at this point",
        "I feel like such a burden at the moment",
        "my dad beats me at the moment",
        "I want to hurt myself at the moment",
        "I don't want to live for one more day",
        "I don't want to live for the next 40 years like this",
    ],
)
def test_at_this_point_or_at_the_moment_after_risk_keeps_it_risk(text: str) -> None:
    """The idiom exceptions' "at the/this ..." and "for one/the ..." are for where and for
    whom one lives ("at this job", "for the approval of others"), never for when."""
    assert screen(text).at_risk, text


@pytest.mark.parametrize(
    "text",
    [
        "maybe I should just end it lol",
        "I wish I could go to sleep and not wake up haha",
        "this is my last message lol",
        "I feel like such a burden lmao",
        "I've made my peace tbh",
        "whats even the point of me ngl",
        "There is nothing left for me here. I want to go lol",
        "kms lol",
        "kms to be honest",
        "my parents lock me in my room to be honest",
        "nadie me va a echar de menos jaja",
    ],
)
def test_laughing_or_hedging_after_risk_keeps_it_risk(text: str) -> None:
    """People soften the hardest sentences ("lol", "tbh", "I guess"); the softening is not
    an idiom, and a gentle check costs less than a miss."""
    assert screen(text).at_risk, text


@pytest.mark.parametrize(
    "text",
    [
        "I can't promise I won't hurt myself tonight",
        "I can't promise I won't do something stupid",
        "I can't promise I'll be alive tomorrow",
        "I don't think I can keep myself safe tonight",
        "I'm not safe right now",
        "I don't feel safe with myself",
        "I don't want to hurt myself but I think I will",
        "never felt so close to ending it",
        "I can't stop wanting to die",
        "I don't think I want to live anymore",
        "I'm not sure I want to be alive",
        "I can't see a reason to live",
        "no reason to stay alive",
        "I don't know how much longer I can stay alive",
        "I have nothing left to live for in my marriage",
        "I don't want to be here anymore in this house",
        "I don't want to live in this world anymore",
        "I don't want to live in a world without her",
        "I'm running out of reasons to live",
        "I don't want to live in this pain anymore",
    ],
)
def test_not_being_able_to_promise_safety_and_doubting_the_wish_to_live_are_risk(
    text: str,
) -> None:
    """A negation inside these ("can't promise I won't", "don't think I want to") is part
    of the warning sign, not a denial of it."""
    assert screen(text).at_risk, text


@pytest.mark.parametrize(
    "text",
    [
        "I can't promise I won't be late tomorrow",
        "I can't guarantee I won't make mistakes in the audit",
        "I can't promise I'll be here by 9",
        "I don't trust myself with a credit card",
        "I'm close to ending things with my boyfriend",
        "I'm close to killing myself over this report",
        "I don't think I want to live in London anymore",
        "I don't want to live in London",
        "I'm tired of living in fear of my boss",
        "I don't know how much longer I can keep going at this pace",
        "I want to die my hair blue",
        "I shot myself in the foot by promising too much",
        "I nearly killed myself laughing at that video",
        "she doesn't want to live with me anymore",
        "my son doesn't want to live at home",
        "my friend wants to die her hair pink",
    ],
)
def test_everyday_twins_of_promises_places_and_idioms_stay_quiet(text: str) -> None:
    assert not screen(text).at_risk, (text, screen(text).rules)


@pytest.mark.parametrize(
    ("text", "at_risk"),
    [
        ("i dont want 2 live anymore", True),
        ("nothing left 2 live for", True),
        ("im going 2 kill myself", True),
        ("I don't want 2 be here anymore", True),
        ("u would all be better off without me", True),
        ("I took 2 pills for my headache", False),
        ("I want 2 weeks off work", False),
        ("I'm going 2 the gym", False),
        ("u r the best", False),
    ],
)
def test_text_speak_spellings_of_short_words_read_like_the_words(text: str, at_risk: bool) -> None:
    """'2', 'u', 'ur' and 'r' stand for "to", "you", "your" and "are" wherever a phrase
    has those words; a number of pills is still a number."""
    assert screen(text).at_risk is at_risk, (text, screen(text).rules)


@pytest.mark.parametrize(
    "text",
    [
        "I tripped on stage, I want to disappear lol",
        "I want to go home lol, this party is loud",
        "my parents push me all the time to be the best",
        "my mom pushes me a lot to get good grades",
        "my dad pushes me every day to study harder",
        "my boss pushes me sometimes to do better",
    ],
)
def test_embarrassment_laughed_off_and_pressure_to_achieve_stay_quiet(text: str) -> None:
    assert not screen(text).at_risk, (text, screen(text).rules)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("maybe I should just end it under a train", RiskKind.SUICIDE),
        ("There is nothing left for me here. I want to go into the river", RiskKind.SUICIDE),
        ("I keep thinking about killing myself at the station", RiskKind.SUICIDE),
        ("I feel like killing myself for my family's sake", RiskKind.SUICIDE),
        ("i want to ctb off the bridge", RiskKind.SUICIDE),
        ("kms off the bridge tonight", RiskKind.SUICIDE),
        ("I'm going to lie down on the tracks", RiskKind.SUICIDE),
        ("my dad beats me in the bathroom", RiskKind.ABUSE),
        ("my stepdad beats me at night", RiskKind.ABUSE),
        ("my dad beats me at home when mum is out", RiskKind.ABUSE),
        ("I'm afraid my boyfriend is going to kill me for real this time", RiskKind.ABUSE),
        ("I just want all this pain to stop before I do something", RiskKind.SUICIDE),
        ("I want to hurt myself at home", RiskKind.SELF_HARM),
    ],
)
def test_a_place_or_a_means_after_risk_is_not_mistaken_for_an_idiom(
    text: str, kind: RiskKind
) -> None:
    """'Under', 'into', 'at', 'in' and 'before' once excused any hit of a rule because one
    of its phrases had an idiom with them ("disappear under the duvet", "beat me at
    chess", "the pain to stop before the race"); a train, a river, a bathroom or a night
    at home is where the harm happens."""
    assert kind in screen(text).kinds, (text, screen(text).rules)


@pytest.mark.parametrize(
    "text",
    [
        "I just want to disappear under the duvet all weekend",
        "honestly just want to disappear into the crowd at the party",
        "I want to end it under budget if I can",
        "I'd like to end it under an hour this time",
        "I want to end it into the next chapter smoothly",
        "my brother beats me at chess every time",
        "my sister beats me in every race",
        "my brother beats me to the bathroom every morning",
        "he beats me at home in ping pong",
        "I'm killing myself at work at the moment",
        "I'm killing myself at the moment to finish this thesis",
        "I just want the pain to stop before the race",
        "I just want this pain to stop before my exam",
        "my mom will kill me for real if she sees this mess",
        "I want to go into the sea this summer",
        "I want to get under the car to fix the exhaust",
        "I hurt myself at home moving the sofa",
        "we drove 300 kms from the coast",
        "I don't want to live in this city at the moment",
        "I don't want to live for the approval of others anymore",
        "I'm tired of living for the weekend",
        "I want to disappear for a while at this point, just a long holiday",
        "I don't want to wake up at 5am anymore",
        "I feel like a burden to my team at the moment",
        "what's the point of me going to the party at this point",
        "I want to end it with him at this point",
        "I'm so done with life admin at the moment",
        "I don't want to exist on social media at this point",
    ],
)
def test_everyday_twins_of_places_times_and_means_stay_quiet(text: str) -> None:
    assert not screen(text).at_risk, (text, screen(text).rules)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live anymore",
        "I don't want to wake up",
        "I don't know why I want to die",
        "I'm not okay. I want to kill myself",
        "I'm not suicidal, but I keep thinking about killing myself",
        "ya no quiero vivir",
    ],
)
def test_risk_said_with_a_negative_still_fires(text: str) -> None:
    assert "suicide" in _kinds(text)


def test_a_distant_negation_does_not_hide_risk() -> None:
    assert screen("No, I don't think anyone gets it. I want to die").at_risk


# --- A risky question needs distress -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "lost my job and everything is pointless… what are the tallest bridges around here",
        "how many of my pills would be too many",
        "where can I buy a rope, I'm done",
        "perdí mi trabajo y nada tiene sentido, ¿cuál es el puente más alto?",
    ],
)
def test_risky_question_with_distress_fires(text: str) -> None:
    assert "suicide" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "what are the tallest bridges in Europe for a trip",
        "where can I buy a rope for my camping trip",
        "how many ibuprofen can I take for a headache",
        "how high is the Eiffel Tower?",
        "¿cuál es el puente más alto de España? vamos de viaje",
    ],
)
def test_the_same_question_without_distress_does_not(text: str) -> None:
    assert not screen(text).at_risk, screen(text).rules


def test_a_trip_next_to_the_question_cancels_it_even_with_distress() -> None:
    # Documented choice: a holiday purpose right next to the question wins over distress
    # elsewhere in the message; the question alone is not a plan.
    assert not screen(
        "ugh everything is pointless. tallest bridges in Europe for our trip?"
    ).at_risk


# --- Rule tables ------------------------------------------------------------------------


def test_rule_names_are_unique_and_kinds_valid() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert RiskKind(rule.kind)
        assert rule.why.strip()


def test_a_phrase_that_needs_intent_before_it_counts_only_after_that_intent() -> None:
    rule = Rule(
        name="test_hurt",
        kind="harm_to_others",
        why="test",
        match=Phrases(
            any_of=("hurt someone",),
            unless_preceded_by=("not {wish} to",),
            only_after=("{wish} to {adv}?",),
        ),
    )
    tiny = compile_rules((rule,), {"wish": ("want", "plan"), "adv": ("really",)}, {})

    def fires(text: str) -> bool:
        return bool(tiny.fired(normalise(text)))

    assert fires("I want to hurt someone")
    assert fires("honestly I plan to really hurt someone")
    assert not fires("I hurt someone yesterday")
    assert not fires("I want to not hurt someone")
    assert not fires("I do not want to hurt someone")


def test_a_time_after_a_hit_overrides_only_the_idioms_it_is_named_against() -> None:
    rule = Rule(
        name="test_live",
        kind="suicide",
        why="test",
        match=Phrases(
            any_of=("want to live",),
            unless_followed_by=("at the/this", "in this city"),
            still_counts_before=("at this point", "at the moment"),
        ),
    )
    tiny = compile_rules((rule,), {}, {})

    def fires(text: str) -> bool:
        return bool(tiny.fired(normalise(text)))

    assert fires("I don't want to live")
    assert fires("I don't want to live at this point")
    assert fires("I don't want to live at the moment")
    assert not fires("I don't want to live at the dorm")
    assert not fires("I don't want to live in this city at the moment")


def test_words_inside_a_hit_about_someone_else_do_not_fire_for_the_writer() -> None:
    mine = Rule(name="test_die", kind="suicide", why="test", match=Phrases(any_of=("die",)))
    theirs = Rule(
        name="test_their_die",
        kind="someone_else",
        why="test",
        match=Phrases(any_of=("she wants to die",)),
    )
    tiny = compile_rules((mine, theirs), {}, {}, about_others="someone_else")

    def names(text: str) -> list[str]:
        return [rule.name for rule in tiny.fired(normalise(text))]

    assert names("I could die") == ["test_die"]
    assert names("she wants to die") == ["test_their_die"]
    assert names("she wants to die and so could I die") == ["test_die", "test_their_die"]
    plain = compile_rules((mine, theirs), {}, {})
    assert [rule.name for rule in plain.fired(normalise("she wants to die"))] == [
        "test_die",
        "test_their_die",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "my friend wants to kill herself, what should I do",
        "my son has been cutting himself",
        "I think my friend is suicidal",
        "my mom said she doesn't want to live anymore",
        "he keeps saying he wants to end it all",
        "tengo miedo de que mi hermano se suicide",
        "my mom said she doesn't want to live in this world",
    ],
)
def test_worry_for_someone_else_is_its_own_kind(text: str) -> None:
    assert screen(text).kinds == {RiskKind.SOMEONE_ELSE}, (text, screen(text).rules)


@pytest.mark.parametrize(
    "text",
    [
        "my husband says he wants to kill himself if I leave",
        "he said he would kill himself if I break up with him",
        "my ex says he'll hurt himself if I don't answer",
    ],
)
def test_a_threat_to_self_made_on_condition_of_the_writer_is_coercion(text: str) -> None:
    """Not worry for someone else: the abuse reply (and its hotline) fits."""
    assert screen(text).kinds == {RiskKind.ABUSE}, (text, screen(text).rules)


def test_compiler_refuses_unbounded_patterns() -> None:
    for bad in ("a+", "a*", "a{2,}", "(a)"):
        with pytest.raises(PhraseError):
            assert_bounded(bad)
    assert_bounded(r"(?:a|b)?c\+")


def test_compiler_refuses_malformed_phrases() -> None:
    compiler = Compiler({"x": ("a", "b")}, {})
    for bad in ("{x}? y", "{nope} y", "y {x}s", ""):
        with pytest.raises(PhraseError):
            compiler.phrase_source(bad)
    assert compiler.first_words("{x} c/d") == frozenset({"a", "b"})


# --- Properties ---------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=5_000))
def test_never_raises_and_is_deterministic(text: str) -> None:
    first = screen(text)
    assert first == screen(text)
    assert isinstance(first.at_risk, bool)
    assert set(first.rules) <= RULE_NAMES
    assert first.at_risk == bool(first.rules)


def _shout(char: str) -> str:
    upper = char.upper()
    return upper if len(upper) == 1 else char


@st.composite
def _disguised(draw: st.DrawFn) -> tuple[frozenset[RiskKind], str, str]:
    kinds, text = draw(st.sampled_from(RISKY))
    chars = []
    for char in text:
        chars.append(_shout(char) if draw(st.booleans()) else char)
        if draw(st.integers(0, 9)) == 0:
            chars.append(draw(st.sampled_from(ZERO_WIDTH)))
        if char == " " and draw(st.booleans()):
            chars.append(" " * draw(st.integers(1, 3)))
    return kinds, text, "  " + "".join(chars) + " "


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_disguised())
def test_risky_lines_survive_case_spaces_and_zero_width(
    case: tuple[frozenset[RiskKind], str, str],
) -> None:
    kinds, text, variant = case
    assert normalise(variant) == normalise(text)
    assert kinds <= screen(variant).kinds


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=4_000, max_size=4_000))
def test_long_random_text_is_screened(text: str) -> None:
    screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "a " * 2_000,
        "k i l l " * 500,
        "i want to " * 400,
        "me " * 1_333,
        "." * 4_000,
        "1" * 4_000,
        "k1" * 2_000,
        "e\u0301" * 2_000,
        "😂" * 4_000,
        "a" * 4_000,
        "no " * 1_333,
        " ".join(ORDINARY)[:4_000],
    ],
)
def test_adversarial_long_text_is_screened(text: str) -> None:
    # No timing assertion: the rules compile to patterns without nested quantifiers, so
    # this is linear; a regression would show up as a hang caught by pytest-timeout.
    screen(text)


def test_every_phrase_group_compiles_although_most_wait_for_first_use() -> None:
    """The per-word "try every phrase here" regexes are built lazily; all of them build."""
    assert engine().compile_everything() > 1000
