"""Rules for self-harm (English).

Families:

* naming it: "self-harm", "sh urges", "relapsed on sh";
* cutting, the most common method, with its harmless twins ("cut myself some slack",
  "cut myself shaving", "cutting corners" never match);
* hurting, burning, hitting or biting oneself, on purpose;
* bleeding and pain as the goal ("until it bleeds", "I deserve pain");
* hiding the marks, keeping blades "for bad days", relapse after "clean" time, an old
  urge coming back.

Perfectionists often describe self-punishment that is not physical ("I punish myself by
working later", "I'm only hurting myself by procrastinating"), so the figurative uses are
named exceptions rather than left to chance.
"""

from __future__ import annotations

from flows.screen_model import STILL_NOW, Phrases, Rule

# fmt: off
_NEG = ("{neg}",)

RULES: tuple[Rule, ...] = (
    Rule(
        name="self_harm_word",
        kind="self_harm",
        why="The name of the behaviour, its abbreviation 'sh', and relapse talk.",
        match=Phrases(
            any_of=(
                "self harm", "selfharm", "self harming", "self harmed", "self harmer",
                "selfharming", "selfharmed", "selfinjury",
                "self injury", "self injure", "self injuring", "self injured",
                "self mutilation", "self mutilate", "self mutilating", "self-inflicted",
                "relapsed/relapse/relapsing on/with/into? sh",
                "sh urge/urges/scars/relapse/again/free", "urge/urges to sh",
                "clean from sh", "days/months/weeks/years sh free", "sh'd", "sh ed",
            ),
            unless_preceded_by=(*_NEG, "non"),
        ),
    ),
    Rule(
        name="cut_myself",
        kind="self_harm",
        why="Cutting oneself, minus accidents ('shaving', 'chopping') and 'some slack'.",
        match=Phrases(
            any_of=(
                "cut/cuts/cutting/cuted {myself}", "cut my {cut_part}",
                "cutting my {cut_part}", "slice/sliced/slicing my {cut_part}",
                "carve/carved/carving into my {cut_part}",
            ),
            unless_followed_by=(
                "some slack", "slack", "a break", "off", "a/some slice/piece/bit/portion",
                "short", "shaving", "while", "on a/the/some/an/broken", "by accident",
                "accidentally", "cooking", "chopping", "opening", "out of", "down to size",
                "a deal", "free", "loose", "in line", "into the conversation",
                "a fringe/bang/bangs", "hair", "nails",
            ),
            unless_preceded_by=(*_NEG, "accidentally", "nearly", "almost"),
        ),
    ),
    Rule(
        name="cutting_again",
        kind="self_harm",
        why="Relapse language around cutting and the wounds it leaves.",
        match=Phrases(
            any_of=(
                "cutting again", "cut again last night/today/yesterday",
                "started/start/starting/began/keep/kept/back to cutting",
                "relapsed and cut", "urge to cut", "urges to cut", "fresh cuts",
                "scars from cutting", "cutting scars",
                "cuts on my {cut_part}", "razor/blade/blades/knife/scissors/glass on my {cut_part}",
                "razor/blade/blades/knife/scissors to my {cut_part}",
                "hide the/my cuts/scars/burns", "hide my self harm", "cut/cutting deeper",
                "reopen/reopening/reopened my wounds/cuts/scabs/scars",
                "keep wanting to cut", "{want} {adv}? cut {stop}", "{want} {adv}? cut again",
                "cut too deep", "cuts are/were deeper", "from cutting", "resist/resisting cutting",
                "cutting every day/night", "stop cutting", "stopped cutting", "been cutting",
            ),
            unless_followed_by=(
                "corners", "back", "down", "out", "it close", "ties", "carbs", "sugar",
                "the", "class", "classes", "school", "my losses", "costs", "coupons",
                "my hair", "my own", "hair", "onions", "vegetables", "wood", "paper", "fabric",
                "expenses", "grass", "meat", "bread",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="hurt_myself",
        kind="self_harm",
        why="Hurting oneself on purpose; figurative 'hurting myself by overthinking' is not.",
        match=Phrases(
            any_of=(
                "{intend} {adv}? hurt {myself}", "hurt {myself}",
                "hurt/hurting/harm/harming/punish/punishing my body",
                "punish myself with/using a/the/my? razor/blade/knife/lighter/belt/scissors",
                "hurting {myself}", "hurts myself", "harm {myself}", "harming {myself}",
                "{intend} {adv}? harm {myself}", "injure {myself}", "injuring {myself}",
                "punish myself physically", "physically punish myself",
                "punish myself by hurting/cutting/burning/hitting/scratching",
            ),
            unless_followed_by=(
                # "With a knife" or "with pills" is a means: only what hurts a person's
                # chances or feelings is named here.
                "by", "with so/too much", "with all this/that/the",
                "with my perfectionism/procrastination/overthinking/worrying/words/habits",
                "with my expectations/standards/choices/thoughts/comparisons/schedule",
                "with this/that/these/those worry/worrying/stress/overthinking/habit/habits",
                "with this/that/these/those perfectionism/procrastination/work/pressure",
                "with overthinking/worry/stress/procrastination/perfectionism/work/words",
                "with comparisons/comparison",
                "emotionally", "mentally", "financially", "in the long run",
                "more than", "at the gym", "at work", "lifting", "running", "playing",
                "when i fell", "if i", "like that", "in the process", "on the/these/those/this",
                "doing", "trying", "at the/football/soccer/rugby/tennis/training/practice",
                "at hockey/netball/basketball/climbing/dance/ballet/school/work",
                # "At home" is where self-harm happens, not only where one trips.
                "at home moving/falling/cooking/lifting/carrying/cleaning/doing/fixing",
                "at home gardening/playing/tripping/slipping/exercising/when/while/on",
                "lifting", "running", "playing", "when i fell/tripped",
                "falling", "skiing", "moving", "carrying", "working out", "exercising",
                "pretty bad", "badly at", "in a fall", "slipping", "dancing", "cycling",
            ),
            still_counts_before=STILL_NOW,
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="burn_hit_bite_myself",
        kind="self_harm",
        why="Other methods of self-injury, minus kitchen and sport accidents.",
        match=Phrases(
            any_of=(
                "burn/burned/burnt/burning/burns {myself}",
                "hit/hitting/hits/punch/punched/punching/slap/slapped/slapping {myself}",
                "bite/bit/biting/bites {myself}", "scratch/scratched/scratching {myself}",
                "bang/banged/banging my head against the wall until",
                "make/made/making {myself} bleed", "make/made/making {myself} bruise",
                "starve and? hurt {myself}",
            ),
            unless_followed_by=(
                "on the/a/an/my oven/stove/pan/kettle/iron/door/table/cupboard/corner/shelf",
                "on the/a/an/my tray/grill/radiator/hob/cooker/heater/cabinet/desk/car",
                "on the/a/an/my toaster/candle/bbq/barbecue/fire/sun/pot",
                "while", "cooking", "with the iron/kettle/pan/oven/stove",
                "with the curling/hair", "with the straightener/door", "by accident",
                "accidentally", "making", "in the sun", "sunbathing", "in the face with the",
                "with a ball", "up", "out", "over", "for", "a",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="until_it_bleeds",
        kind="self_harm",
        why="Injuring oneself until bleeding or bruising, whatever the verb.",
        match=Phrases(
            any_of=(
                "until/till/til it/they/i bleed/bleeds/bled/bruise/bruises/bruised",
                "until/till/til my {bodypart} bleed/bleeds/bled/bruise/bruises/bruised",
                "until/till/til my {bodypart} are/were/was/is bleeding/bloody/raw",
                "until/till/til it/they are/were bleeding",
            ),
        ),
    ),
    Rule(
        name="self_injury_on_purpose",
        kind="self_harm",
        why="An injury to one's own body described as deliberate or as punishment.",
        match=Phrases(
            any_of=(
                "slammed/slam/slams/hit/hits/punched/punch/banged/bang/smashed my {bodypart}",
                "burned/burnt/scratched/bit my {bodypart}",
                "burn/burning/burns/scratch/scratching/scratches/pick/picking my {bodypart}",
                "scratching/scratched/picking/picked at? my skin",
            ),
        ),
        context=Phrases(
            any_of=(
                "on purpose", "deliberately", "intentionally", "to punish myself",
                "as punishment", "as a punishment", "to feel something", "to feel pain",
                "lighter", "cigarette", "cigarettes", "blade", "razor", "when i mess up",
                "when i fail", "when i make a mistake", "when i'm stressed", "bleeding",
                "bleed", "raw", "until it",
            ),
        ),
        near=10,
    ),
    Rule(
        name="pain_as_goal",
        kind="self_harm",
        why="Wanting pain or bleeding for its own sake, or as deserved punishment.",
        match=Phrases(
            any_of=(
                "{want} {adv}? feel pain", "{want} {adv}? bleed", "deserve pain",
                "deserve to feel pain", "deserve to be hurt", "deserve to bleed",
                "feel pain because i deserve", "need to feel pain", "need the pain",
                "deserve to hurt", "deserve to be in pain",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="carving_into_skin",
        kind="self_harm",
        why="Carving or scratching words or marks into one's own skin.",
        match=Phrases(
            any_of=("carve/carved/carving/etched/etching/scratched/scratching",),
        ),
        context=Phrases(any_of=("into my {cut_part}", "into my skin", "on my {cut_part}")),
        near=6,
    ),
    Rule(
        name="blade_kept_for_later",
        kind="self_harm",
        why="A blade kept hidden or 'for bad days' is a self-harm kit, named or not.",
        match=Phrases(any_of=("blade", "blades", "razor", "razors", "razor blade")),
        context=Phrases(
            any_of=(
                "bad days", "bad nights", "when it gets bad", "hidden", "hide it",
                "emergencies", "secret", "relapse", "urges", "for later",
            ),
        ),
        near=8,
    ),
    Rule(
        name="relapse_clean_time",
        kind="self_harm",
        why=(
            "Relapse after counted 'clean' time: the community's language for self-harm "
            "(and for addiction, which also deserves the check-in)."
        ),
        match=Phrases(any_of=("relapsed", "relapse", "relapsing", "broke my streak")),
        context=Phrases(any_of=("clean", "streak", "days free", "months free")),
        near=8,
    ),
    Rule(
        name="on_purpose_to_myself",
        kind="self_harm",
        why="Any injury to oneself called deliberate, even with a household object named.",
        match=Phrases(
            any_of=(
                "burned/burnt/cut/hit/hurt/scratched/bit/punched/slapped/bruised {myself}",
                "burn/cut/hit/hurt/scratch/bite/punch/slap/bruise {myself}",
            ),
        ),
        context=Phrases(
            any_of=(
                "on purpose", "deliberately", "intentionally", "to punish myself",
                "as punishment", "to feel something", "to feel pain",
            ),
        ),
        near=8,
    ),
    Rule(
        name="old_urge_back",
        kind="self_harm",
        why="A past habit of cutting or self-harm coming back.",
        match=Phrases(
            any_of=(
                "used to cut", "used to self harm", "used to hurt myself", "used to burn",
                "stopped cutting", "quit cutting", "clean from cutting",
            ),
        ),
        context=Phrases(
            any_of=("urge", "urges", "back", "again", "relapse", "tempted", "want to"),
        ),
        near=12,
    ),
    Rule(
        name="hiding_the_marks",
        kind="self_harm",
        why="Hiding marks or scars on the arms or thighs, or reaching for a blade to calm "
        "down, describes self-harm without naming it.",
        match=Phrases(
            any_of=(
                "hide/hiding/hid the/my marks/scars/cuts/burns on my arms/arm/wrists/wrist",
                "hide/hiding/hid the/my marks/scars/cuts/burns on my thighs/legs/stomach/hips",
                "hide/hiding/hid my scars/cuts", "long sleeves to hide my arms/wrists/scars",
                "long sleeves to hide my cuts/marks", "long sleeves so nobody sees my arms",
                "long sleeves so nobody sees/notices my wrists/scars/cuts",
                "long sleeves so no one sees/notices my arms/wrists/scars/cuts",
                "only thing that calms/helps/soothes me {adv}? down? is the/my razor/blade",
                "the/my razor/blade/blades calms/calm/help/helps me",
                "dig/digging/dug my nails into my skin until",
                "until the/my? skin breaks/broke", "break/breaks/broke/breaking the skin",
                "scratch/scratching/scratched my wrists/wrist/arms/arm/skin with a/the",
                "deserve the/this pain so i", "deserve pain so i",
            ),
            unless_followed_by=("towel", "sponge", "brush", "loofah", "from the sun"),
            unless_preceded_by=("{neg}",),
        ),
    ),
)
# fmt: on
