"""Which goals this bot will not help polish: weight, food and exercise amounts.

Perfectionism and eating problems often travel together, and a "good enough" experiment
about kilos, calories or daily workouts can feed the very rules it means to loosen. So
such goals are gently declined and the user is invited to pick another kind of task.

The check is deliberately narrow. Weight and food cues decline on their own ("lose 5 kg",
"eat under 1200 calories", "skip dinner"); exercise only declines when it comes with an
amount or a rule ("run every day no matter what", "gym twice a day"), so "reply to the
gym's email" or "cook dinner for friends" are ordinary tasks. English and common Spanish
phrasings are covered. Pure: standard library only.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["is_body_goal"]

_WEIGHT = re.compile(
    r"\b(?:lose|losing|lost|drop|dropping|shed|shedding|gain|gaining|put on)\s+"
    r"(?:[\w.,]+\s+){0,2}?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?|stones?|weight\b(?!\s+of\b))"
    r"|\b(?:watch|track|check|control|reduce|lower)\s+(?:my\s+)?weight\b"
    r"|\b\d+(?:[.,]\d+)?\s*(?:kg|kgs|kilos?|lbs)\s+(?:down|off|lighter)\b"
    r"|\b(?:get|getting|be|look|become|stay)\s+"
    r"(?:thin|thinner|skinny|skinnier|slim|slimmer|lean|leaner)\b"
    r"|\b(?:weight ?loss|weight goal|goal weight|target weight|ideal weight|weigh myself"
    r"|weigh in|weigh less|weigh under|bmi|body fat|belly fat|thigh gap"
    r"|flat (?:stomach|belly|tummy)|six ?pack|dress size|waist size)\b"
    r"|\b(?:bajar|perder|rebajar)\s+(?:[\w.,]+\s+){0,2}?(?:peso|kilos?|kg|libras)\b"
    r"|\b(?:adelgazar|adelgazo|pesarme|peso ideal|grasa corporal"
    r"|estar (?:flac|delgad)[oa]|talla \d+)\b"
)
_FOOD = re.compile(
    r"\b(?:calorie|calories|kcal|macros|carbs?|carbohydrates|fasting|intermittent fast"
    r"|water fast|juice cleanse|keto|diet|dieting)\b"
    r"|\b(?:skip|skipping|skipped|without|no more|cut out)\s+(?:my\s+|the\s+)?"
    r"(?:breakfast|lunch|dinner|supper|meals?|snacks?|sugar|dessert)\b"
    r"|\b(?:eat|eating)\s+(?:less|under|below|only|nothing|no|fewer|clean|perfectly|one meal)\b"
    r"|\b(?:not|never|dont|stop)\s+eat(?:ing)?\s+(?:after|before|more|anything|at all)\b"
    r"|\b(?:calorias|dieta|ayuno|ayunar|carbohidratos|comer menos|comer solo|no comer|no cenar"
    r"|no desayunar|no almorzar|sin cenar|sin desayunar)\b"
    r"|\bsaltarme\s+(?:la|el)\s+(?:cena|comida|desayuno|almuerzo)\b"
)
# "Exercise" alone is ambiguous ("the writing exercise"); the physical kind is meant.
_EXERCISE = re.compile(
    r"\b(?:gyms?|gimnasio|gimnasios|workouts?|work out|working out"
    r"|(?<!the )(?<!this )(?<!that )(?<!an )(?<!writing )(?<!breathing )exercis(?:e|ing)\b"
    r"|cardio|lift(?:ing)? weights|push ?ups|sit ?ups|pull ?ups|squats|crunches|burpees"
    r"|planks?|laps|(?:go|goes|went|going) (?:for an? )?(?:run|jog|swim)"
    r"|(?:go|goes|went|going) (?:running|jogging|swimming|cycling)"
    r"|ejercicio|entrenar|hacer deporte|correr|abdominales|flexiones|sentadillas)\b"
)
_AMOUNT = re.compile(
    r"\b(?:every ?day|each day|daily|every (?:morning|night|evening|single day)|twice"
    r"|three times|\d+\s*(?:x|times)|no matter what|without (?:a )?(?:rest|break|day off|fail)"
    r"|(?:7|seven) days a week|\d+(?:[.,]\d+)?\s*(?:km|k|kms|miles?|mi|hours?|hrs?|h|minutes?"
    r"|mins?|reps|sets|laps|kg|kilos)"
    r"|todos los dias|cada dia|a diario|sin falta|pase lo que pase|dos veces|\d+\s*veces"
    r"|sin descanso)\b"
)
# "Run every day" (running as exercise), unlike "run every test"; and step counts.
_RUN_RULE = re.compile(
    r"\b(?:run|jog|swim)\s+(?:(?:every|each)\s+(?:day|morning|night|evening|week)\b"
    r"|daily\b|twice\b|\d+(?:[.,]\d+)?\s*(?:km|k|kms|miles?|mi|minutes?|mins?|times|x)\b)"
    r"|\bcorrer\s+(?:todos los dias|cada dia|a diario|\d+\s*(?:km|kilometros|minutos|veces))"
    r"|\b\d[\d,.]*\s*k?\s+(?:steps|pasos)\b"
)


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"['’]", "", plain)
    plain = re.sub(r"[-_/]", " ", plain)
    return " ".join(plain.split())


def is_body_goal(text: str) -> bool:
    """Whether a goal is about body weight, food amounts or exercise amounts."""
    s = _normalise(text[:600])
    if not s:
        return False
    if _WEIGHT.search(s) or _FOOD.search(s) or _RUN_RULE.search(s):
        return True
    return bool(_EXERCISE.search(s) and _AMOUNT.search(s))
