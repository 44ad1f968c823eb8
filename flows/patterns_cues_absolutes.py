"""Cue tables for the two "absolute" patterns: all-or-nothing and overgeneralizing.

Both lean on the same words (always, never, everything), so they are kept side by side to
make the division of labour visible: all-or-nothing is about a verdict with no middle
ground ("completely ruined", "perfect or worthless"); overgeneralizing is about stretching
one event into a rule ("I always mess up", "every time").
"""

from __future__ import annotations

from flows.patterns_model import Pattern
from flows.patterns_rules import CueTable

TOTAL_VERDICTS: CueTable = (
    ("@total_adv @neg_state", 0.75),
    ("@total_adj @neg_noun", 0.8),
    ("@total_adv a|an @neg_noun", 0.75),
    (
        "blew|blown|blow|ruined|ruin|failed|messed|screwed|wrecked|botched|lost ~3 completely|"
        "totally|entirely|altogether",
        0.7,
    ),
    (
        "bad|terrible|awful|horrible|suck|fail*|useless|hopeless|hate ~2 at|about everything|"
        "anything",
        0.75,
    ),
    ("in|on every ~1 way|aspect|level|area|front|count", 0.55),
    ("all|every aspects|aspect|areas|area|part|parts ~1 of my", 0.5),
    ("worthless|pointless|meaningless", 0.4),
    ("waste of ~1 time|effort|money|space|life", 0.5),
    ("desastre|fracaso total", 0.8),
    ("total fracaso|desastre", 0.8),
    ("completamente|totalmente inutil|arruinad*|perdid*|fracasad*|mal", 0.75),
)
"""A totality word welded to a verdict ("completely useless", "a total disaster").

The intensifier is the tell: it removes every shade between success and ruin.
"""

BINARY_STANDARDS: CueTable = (
    ("all|everything|perfect|perfection|100%|best|flawless|perfectly|perfecto or nothing", 0.9),
    ("all|everything|perfect|perfection|100%|best|flawless|perfectly or bust|failure|fail*", 0.85),
    ("@top_standard ~1 or|otherwise|else ~4 @neg_state", 0.85),
    ("@top_standard ~1 or|otherwise|else ~4 @neg_noun|nothing", 0.85),
    ("either ~8 or ~5 @neg_state", 0.8),
    ("either ~8 or ~5 @neg_noun|nothing|@label_noun", 0.8),
    ("either ~8 or", 0.45),
    ("todo o nada", 0.9),
    ("black and|or white", 0.55),
    ("no middle_ground|in_between|gray_area|grey_area|half_measures", 0.6),
    ("nothing in between", 0.6),
)
"""Standards that admit only two outcomes ("100% or nothing", "either I ace it or ...")."""

CONDITIONAL_WORTH: CueTable = (
    ("if|unless ~4 not|less_than|short_of @top_standard ~6 @neg_state", 0.85),
    ("if|unless ~4 not|less_than|short_of @top_standard ~6 @neg_noun|nothing|failing", 0.85),
    ("not|less_than @top_standard ~5 @neg_state", 0.75),
    ("not|less_than @top_standard ~5 a|an @neg_noun", 0.75),
    ("anything less_than", 0.85),
    ("less_than @top_standard", 0.55),
    ("short of @top_standard", 0.45),
    ("unless ~4 @top_standard", 0.55),
    ("only ~3 count*|matter*|worth*|acceptable|enough|ok|okay|good ~2 if|when", 0.65),
    ("only @top_standard ~3 counts|matters|is_acceptable|is_good_enough|is_enough", 0.65),
    ("no point ~2 unless|if|in|trying|doing|bothering|even", 0.6),
    ("no point", 0.45),
    ("pointless|worthless|useless|meaningless unless|if", 0.8),
    ("what is the point", 0.4),
    ("if|unless ~4 not|will_not|never ~2 @top_standard", 0.65),
    ("if ~6 not ~5 i am @fill* @label_noun|@label_adj", 0.7),
    ("if ~6 fail*|mess*|screw*|lose|miss|blow ~5 i am @fill* @label_noun|@label_adj", 0.7),
    (
        "b|b+|a_minus|99%|second_place|second_best|silver ~3 is|means|equals ~2 failing|fail*|"
        "failure|nothing|worthless|losing",
        0.75,
    ),
)
"""Worth made conditional on a top result ("if it's not perfect it's worthless",
"anything less than an A is failing", "no point unless ...")."""

ONE_SLIP_RUINS_ALL: CueTable = (
    ("one|a_single|single ~2 @flaw ~6 @ruin_word", 0.85),
    (
        "!no one|a_single|single ~2 @flaw ~2 and|means|=|equals ~2 i_am|it_is|i_will_be ~2 "
        "@neg_state|@neg_noun|@label_noun",
        0.85,
    ),
    ("ruin*|destroy*|spoil*|wreck* everything|it_all|all|the_whole", 0.8),
    (
        "whole|entire ~4 ruin*|wasted|waste|pointless|disaster|worthless|garbage|write_off|wrong",
        0.7,
    ),
    ("it is all ~1 ruin*|wasted|for_nothing|in_vain|pointless|wrong|garbage|gone|lost", 0.7),
    ("all ruin*|for_nothing|in_vain|wasted|gone", 0.6),
    (
        "everything ~2 is|was|has|gets|goes|went|feels|seems ~2 ruin*|wrong|a_mess|terrible|awful|"
        "lost|pointless|worthless|destroyed|falling_apart|bad|broken|screwed|hopeless|over",
        0.75,
    ),
    ("everything i ~2 do|did|touch|try|make|say|write ~3 @neg_state|wrong|turns_to|fails", 0.8),
)
"""A single flaw taken to spoil the whole ("one mistake and it's all ruined")."""

NOTHING_IS_ENOUGH: CueTable = (
    (
        "nothing i|that_i ~2 do|did|make|made|try|tried|say|said|write|wrote|produce ~3 is|was|"
        "will|ever|seems ~2 right|good|good_enough|enough|matter*|work*|count*|succeed*|okay|ok|"
        "correct",
        0.85,
    ),
    ("nothing i|that_i ~1 do|did|make|try|touch", 0.55),
    ("nothing ~2 ever ~2 good_enough|enough|right|works|goes_right|good", 0.8),
    ("nothing ~2 goes|went|go|works|worked right|well|my_way", 0.7),
    ("never|not good_enough|smart_enough|enough|worth_it", 0.5),
    ("not|never ~2 anything|any|anywhere ~2 right|well|progress|productive|done|useful", 0.55),
    ("not getting|going anywhere", 0.55),
    ("anything right|properly", 0.55),
    ("down the drain", 0.55),
    ("nada ~2 sale|salio bien", 0.7),
    ("todo ~2 arruinado|arruinada|perdido|mal", 0.55),
)
"""Sweeping zero-verdicts on one's output ("nothing I do is right", "never good enough")."""

ABSOLUTE_NEAR_VERDICT: CueTable = (
    ("@absolute ~4 @negative", 0.45),
    ("@negative ~4 @absolute", 0.45),
)
"""The proximity rule behind the named families: an exceptionless quantifier within a few
words of a negative verdict ("everything ... ruined", "can't ... anything"). Its weight is
below the specific families', so it names the pattern softly and mostly adds evidence."""

GLOBAL_SELF_VERDICTS: CueTable = (
    (
        "i am|i_was @fill* worthless|useless|hopeless|incapable|unlovable|undesirable|nothing|"
        "a_failure|a_disappointment|a_waste",
        0.45,
    ),
    (
        "i am|i_was not ~1 a? good|good_enough|smart_enough|enough|succeeding|worth_it|worthy|"
        "capable",
        0.45,
    ),
    ("i ~1 do not ~1 matter", 0.45),
    ("i did|do ~2 badly|terribly|awfully|horribly", 0.45),
)
"""Whole-self verdicts with no middle ground ("I'm worthless", "I'm not good enough"):
worth is treated as all or nothing. Labeling usually fires too; this adds the second
reading for the user to choose from."""

ALL_OR_NOTHING_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = (
    (Pattern.ALL_OR_NOTHING, TOTAL_VERDICTS),
    (Pattern.ALL_OR_NOTHING, BINARY_STANDARDS),
    (Pattern.ALL_OR_NOTHING, CONDITIONAL_WORTH),
    (Pattern.ALL_OR_NOTHING, ONE_SLIP_RUINS_ALL),
    (Pattern.ALL_OR_NOTHING, NOTHING_IS_ENOUGH),
    (Pattern.ALL_OR_NOTHING, ABSOLUTE_NEAR_VERDICT),
    (Pattern.ALL_OR_NOTHING, GLOBAL_SELF_VERDICTS),
)

ALWAYS_NEVER: CueTable = (
    ("always", 0.4),
    ("!will|would|could|gonna never", 0.35),
    ("will|would never", 0.45),
    ("i|you|he|she|they|it|this|we|everyone|everybody|people always|never", 0.5),
    ("i am|was always", 0.6),
    (
        "!will|would|could always|never ~1 mess*|screw*|fail*|ruin*|forget*|disappoint*|lose|blow|"
        "chok*|end_up|manage|finish*|succeed*|win|learn*|late|wrong|happen*|work*|right|say*|let "
        "up?",
        0.65,
    ),
    ("never ~3 anything|anyone|anybody ~1 right|well|done", 0.8),
    ("can|could not ~2 anything|ever ~1 right|well", 0.75),
    ("anything right", 0.55),
    ("nothing ~1 ever", 0.75),
    ("siempre", 0.5),
    ("nunca", 0.45),
)
"""Frequency absolutes, strongest with a self subject or a failure verb ("I always mess up")."""

EVERY_TIME: CueTable = (
    ("every|each time|single_time", 0.7),
    ("everytime", 0.7),
    ("every ~1 day|week|year|attempt|job|relationship|interview|project|single", 0.5),
    ("whenever ~1 i|they|people|someone", 0.5),
    ("all the time", 0.55),
    ("constantly", 0.45),
    ("forever", 0.5),
    ("!not anymore|any_more|any_longer", 0.4),
    ("again", 0.4),
    ("still ~2 ruin*|fail*|mess*|screw*|making|can_not|not|late|wrong|bad", 0.45),
    ("every next", 0.6),
    ("as_usual|like_always|as_always|typical", 0.5),
    ("here we go again", 0.6),
    ("again ~1 and_again", 0.6),
    ("no matter what|how", 0.55),
    ("cada vez", 0.65),
    ("todo el tiempo", 0.6),
    ("como siempre", 0.6),
)
"""Repetition words that turn one event into a law ("every time", "as usual")."""

EVERYONE_NOBODY: CueTable = (
    (
        "nobody|no_one|noone ~2 ever|likes|cares|wants|loves|understands|listens|calls|invites|"
        "remembers|notices|respects|believes|helps|asks|texts|gets|reads|replies|responds|needs|"
        "comes|reaches|sees|wants_to|would",
        0.7,
    ),
    ("nobody|no_one|noone", 0.35),
    ("everyone|everybody ~2 always|hates|leaves|abandons|ignores", 0.6),
    (
        "all|every men|women|people|guys|girls|bosses|teachers|relationships|jobs|managers|doctors",
        0.5,
    ),
    ("nadie ~2 me", 0.55),
    ("nadie", 0.45),
)
"""Sweeping claims about people ("nobody ever calls", "everyone leaves")."""

OVERGENERALIZING_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = (
    (Pattern.OVERGENERALIZING, ALWAYS_NEVER),
    (Pattern.OVERGENERALIZING, EVERY_TIME),
    (Pattern.OVERGENERALIZING, EVERYONE_NOBODY),
)
