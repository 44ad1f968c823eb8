"""Cue tables for patterns about the future and other minds: catastrophizing, mind reading.

Both claim knowledge the writer cannot have: how things will turn out ("I'll get fired")
and what other people think ("she's disappointed in me").
"""

from __future__ import annotations

from flows.patterns_model import Pattern
from flows.patterns_rules import CueTable

CERTAIN_BAD_FUTURE: CueTable = (
    ("will|going_to ~3 @bad_outcome", 0.6),
    ("would ~3 @bad_outcome", 0.4),
    (
        "could|might|may ~2 die|decline|collapse|kill|crash|get_fired|be_fired|go_wrong|"
        "lose_everything|end",
        0.45,
    ),
    ("will not ~2 @good_outcome", 0.55),
    ("would not ~2 @good_outcome", 0.4),
    ("not going to ~2 @good_outcome", 0.55),
    ("how terrible|awful|horrible|dreadful", 0.5),
    ("worried|scared|afraid|terrified ~3 future|worst|happen|lose|fail", 0.4),
    ("what if", 0.5),
    ("bound|sure|destined|doomed to", 0.6),
    ("no way ~2 i|it|this|they|he|she ~1 will|can|could|would|is_going", 0.6),
    (
        "never ~3 again|recover|forgive|find|get_over|get_another|be_happy|be_the_same|get_better|"
        "make_it|succeed|get_hired|be_able",
        0.55,
    ),
    ("nobody|no_one ~2 will|would ~3 ever|want|hire|love|date|marry|accept|trust|believe", 0.65),
    ("va|van|voy ~1 a ~3 despedir|fallar|fracasar|odiar|arruinar|perder|reir|dejar|salir_mal", 0.6),
)
"""Fortune telling: a bad outcome stated as certain ("I'll get fired", "it won't work")."""

WORST_CASE: CueTable = (
    (
        "my|the|our|his|her|their @life_thing ~1 is|will_be|are|was ~1 over|ruined|finished|done|"
        "doomed|destroyed|gone|lost",
        0.85,
    ),
    ("it is ~1 over|doomed|hopeless|the_end", 0.55),
    ("end of the world", 0.85),
    ("end of my ~1 career|life|job|relationship|marriage", 0.85),
    ("i am|we_are ~1 doomed|screwed|finished|done_for|toast", 0.75),
    ("worst ~2 ever|possible|thing|case|nightmare", 0.55),
    ("catastroph*|nightmare|apocalyp*", 0.5),
    ("disaster*", 0.45),
    (
        "can|could not|unable_to ~1 handle|cope|bear|survive|take_it|stand_it|live_with|recover|"
        "get_over|deal|face",
        0.5,
    ),
    ("unbearable|intolerable", 0.45),
    (
        "get|getting|got|be|being ~1 fired|laid_off|kicked_out|dumped|expelled|rejected|sacked|"
        "evicted|divorced",
        0.6,
    ),
    (
        "lose|losing ~1 my|the|everything ~1 job|home|house|mind|friends|partner|everything|kids|"
        "family|license|scholarship",
        0.6,
    ),
    ("everything|all|things|life ~2 fall*|fell|crumbl*|collaps* ~1 apart|down", 0.8),
    ("ruin*|destroy*|wreck* ~2 my|our|the|his|her|their ~1 @life_thing|lives", 0.7),
    ("sera|va_a_ser ~1 un_desastre|horrible|terrible|el_fin", 0.7),
    ("es el fin|se acabo", 0.6),
    ("todo se ~1 va a ~1 arruinar|derrumbar|caer", 0.8),
)
"""Magnified stakes: one setback imagined as the end of a career, a relationship, a life."""

CATASTROPHIZING_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = (
    (Pattern.CATASTROPHIZING, CERTAIN_BAD_FUTURE),
    (Pattern.CATASTROPHIZING, WORST_CASE),
)

THEY_THINK: CueTable = (
    ("@others ~3 @mind_verb ~2 i|me|my|myself ~1 @fill* @label_noun|@label_adj", 0.8),
    ("@others ~3 @mind_verb ~2 i|me|my|myself", 0.75),
    ("@others ~2 know|knows|knew|notic*|realiz* ~1 that? i_am|i_was|how", 0.5),
    ("you ~2 think*|must_think|probably_think ~2 i_am|that_i|me", 0.7),
    ("thinks|believes|assumes|feels|knows|sees|considers ~2 i|me|my", 0.65),
    (
        "must|probably|definitely|obviously|clearly|surely|secretly ~1 think*|thinks|hate*|judg*|"
        "see*",
        0.6,
    ),
    ("can|could tell ~2 i|that_i", 0.6),
    ("everyone|everybody|people|they ~2 notic*|saw|knows|know|realiz*|could_see|can_see", 0.5),
    ("piensa|piensan|creen|cree ~2 que_soy|que_no|que_yo", 0.75),
)
"""Claims to know another person's verdict on me ("they think I'm incompetent")."""

THEY_FEEL: CueTable = (
    ("@others ~3 @mind_emotion ~1 with|at|in|of|by ~1 me|my", 0.8),
    ("@others ~3 @mind_attitude ~1 me|my|myself", 0.75),
    (
        "@others ~2 do|does|did|would not ~1 really? like|love|respect|care|want|trust|need|value|"
        "rate|appreciate ~4 me|my|i",
        0.65,
    ),
    ("does not really? like|love|respect|care|want|trust|value|appreciate ~3 me|my", 0.5),
    ("@mind_emotion with|at|in ~1 me", 0.55),
    ("behind my back", 0.6),
    ("talk*|gossip*|laugh*|whisper* ~1 about|at ~1 me", 0.55),
    ("see|saw|sees right through me", 0.8),
    ("me ~1 odia|odian|juzga|juzgan|desprecia*", 0.7),
    ("se rien|burlan de mi", 0.7),
)
"""Feelings and attitudes assigned to others ("she's disappointed in me", "they hate me")."""

MIND_READING_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = (
    (Pattern.MIND_READING, THEY_THINK),
    (Pattern.MIND_READING, THEY_FEEL),
)
