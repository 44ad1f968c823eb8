"""Rules for suicidal thoughts said in so many words (English).

Families, from the most literal to the most indirect:

* the word itself and its slang ("suicidal", "kms", "unalive", "sewerslide", "ctb");
* killing oneself, in every verb people use ("kill myself", "end my life", "top myself");
* wanting to die, death as a relief, erasing oneself ("I should just die", "death sounds
  peaceful", "remove myself from the world");
* not wanting to live, wake up, exist or be here any more, and expecting not to be
  around much longer ("I won't make it to my birthday");
* "end it (all)", "disappear forever", and burden ("better off without me");
* passive wishes ("hope I get hit by a car", "wouldn't mind if I didn't wake up").

Plans and means live in `screen_rules_plans`; wishes spread over a sentence, found by
proximity, in `screen_rules_windows`.

Hyperbole is handled by what the rules do *not* say ("killing me", "kill for", "dead
tired" never appear) and by named idiom exceptions where a risky phrase has a harmless
twin ("die of shame", "killing myself over this report", "suicide squad").
"""

from __future__ import annotations

from flows.screen_model import STILL_NOW, Phrases, Rule

# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    # Ways to kill oneself that are only said with an intention in front of them.
    "kill_plan": (
        "off {myself}", "jump off/from a/the {high_place}", "jump in front of a/the {vehicle}",
        "jump off/from something/somewhere tall/high", "jump off/from the/a bridge",
        "drive off/into the/a {high_place}", "drive off/into the/a river/lake/sea/wall",
        "drive my car off/into the/a {high_place}", "hang {myself}", "shoot {myself}",
        "drown {myself}", "end my life",
        "step in front of a/the {vehicle}", "drive into a wall/tree/truck/river/lake",
        "drive off a cliff/bridge", "lie/lay down on the train/railway? tracks",
        "lie/lay on the train/railway? tracks", "go under a/the train/tram/subway/tube",
        "walk in front of a/the {vehicle}",
    ),
    "i_will_anyway": (
        "i think i will/might/ll", "i will/might", "i'm/im going/gonna", "i'll/ill probably",
        "i can't/cannot stop", "i probably will", "i feel like i will/might/ll",
        "the urge/urges/thoughts",
    ),
    "cannot_promise": (
        "can't/cannot/couldn't promise/guarantee", "not sure i can promise",
        "{dont} know if i can promise",
    ),
    # What someone cannot promise not to do: "hurt myself", "do something stupid", "act on it".
    "act_on_it": (
        "hurt/harm/kill/cut/burn {myself}", "do something/anything stupid/drastic",
        "do something to {myself}", "act on it/them/this/these", "act on the thoughts/urge/urges",
        "do it", "try again", "take the pills", "use the {drug}",
    ),
}

_NEG = ("{neg}",)
_NOT_SLANG_BEFORE = (
    "{digits}", "{number}", "many", "hundred", "hundreds of", "thousand", "some",
    "more", "extra", "of", "the", "ten", "twenty", "fifty", "hundred", "few more",
)
_EMBARRASSMENT = (
    "of/from shame/embarrassment/cringe/laughter/laughing/boredom/jealousy/envy/happiness",
    "of/from the shame/embarrassment/cringe",
    "of/from secondhand embarrassment",
    "laughing",
    "a little/bit inside",
)

# A future ruled out in one job, town or relationship, not in life.
_NOT_MY_WHOLE_FUTURE = (
    "in/at this/that/the/my job/company/team/field/role/industry/town/city",
    "in/at this/that/the/my country/relationship/marriage/career/band/sport",
    "here", "with him/her/them/this/that", "as a/an",
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="suicide_word",
        kind="suicide",
        why="Naming suicide is the plainest signal; misspellings and slang spellings too.",
        match=Phrases(
            any_of=(
                "suicide", "suicidal", "suicidally", "{suicide_fuzzy}", "sewerslide",
                "sewer slide", "self delete", "selfdelete", "self deleting", "self deletion",
                "suicidal ideation", "su1cide",
            ),
            unless_followed_by=(
                "squad", "doors", "door", "mission", "sprint", "sprints", "drill", "drills",
                "run", "runs", "blonde", "king", "bomber", "bombers", "bombing", "attack",
                "attacks", "vest", "prevention training/week/day/month/course/workshop/talk",
                "prevention podcast/event/campaign/charity/walk/fundraiser",
                "awareness training/week/day/month/course/workshop/talk/event/campaign/walk",
            ),
            unless_preceded_by=(
                *_NEG, "career", "social", "political", "professional", "commercial",
                "electoral", "financial", "fashion", "brand", "corporate", "academic",
                "{media} about/on",
            ),
        ),
    ),
    Rule(
        name="slang_kms",
        kind="suicide",
        why="Community shorthand: 'kms' (kill myself), told apart from kilometres ('10 kms "
        "away', 'kms to the bridge').",
        match=Phrases(
            # "kms off the bridge": "off" folds to "of", which kilometres also take.
            any_of=("kms", "kms of/from the/a {high_place}"),
            unless_followed_by=(
                "away", "from", "to", "per", "an hour", "a day", "walk", "run", "ride",
                "drive", "of", "long", "left",
            ),
            still_counts_before=STILL_NOW,
            unless_preceded_by=_NOT_SLANG_BEFORE,
        ),
    ),
    Rule(
        name="slang_ctb_unalive",
        kind="suicide",
        why="Community shorthand: 'ctb' (catch the bus), 'unalive'. Unlike 'kms' they are "
        "no unit, so a place after them ('off the bridge') is where, not how far.",
        match=Phrases(
            any_of=("ctb", "unalive", "unaliving", "unalived", "un alive", "un aliving"),
            unless_preceded_by=_NOT_SLANG_BEFORE,
        ),
    ),
    Rule(
        name="slang_kys_self",
        kind="suicide",
        why="'kys' is usually aimed at others; it counts when the writer aims it at self.",
        match=Phrases(
            any_of=("{intend} {adv}? kys", "i kys", "me kys", "i'm gonna kys"),
            unless_preceded_by=("you", "u", "ur", "you'd", "youd", "he", "she", "they"),
        ),
    ),
    Rule(
        name="kys_to_myself",
        kind="suicide",
        why="'kys' said to oneself ('is what I tell myself') is aimed at self.",
        match=Phrases(any_of=("kys", "kill yourself")),
        context=Phrases(any_of=("tell myself", "told myself", "to myself", "in the mirror")),
        near=8,
    ),
    Rule(
        name="kill_myself",
        kind="suicide",
        why="Killing oneself, in every verb and spelling people use for it.",
        match=Phrases(
            any_of=(
                "kill/kills/killed {myself}", "killmyself", "end my life",
                "end my own life", "ending my life", "ending my own life", "take my own life",
                "take my life", "taking my own life", "taking my life",
                "{intend} {adv}? {kill_plan}",
                "offing myself", "top myself", "topping myself", "do myself in",
                "doing myself in", "unalive {myself}", "shoot myself", "shooting myself",
                "hang myself", "hanging myself", "hung myself", "drown myself",
                "drowning myself", "poison myself", "gas myself", "slit my wrists/wrist/throat",
                "slitting my wrists/wrist/throat", "throw myself off/under",
                "throw myself in front of", "commit suicide", "end my miserable life",
                "crash my car on purpose", "swerve/swerving/swerved into oncoming? traffic",
                "swerve/swerving/swerved into a/the truck/tree/wall/lorry/bus",
                "drive/driving into oncoming traffic",
                "walk/walking into the sea/ocean/river/lake/traffic",
                "{intend_ing} {adv}? going under a/the train/tram/subway/tube",
                "{intend_ing} {adv}? lying/laying down? on the train/railway? tracks",
                "somebody/someone/anyone please? {adv}? kill me",
                "please {adv}? kill me", "god please? {adv}? kill me",
            ),
            # "Shot myself in the foot" (a mistake that hurts one's own cause) and "killed
            # myself laughing".
            unless_followed_by=("in the foot", "in my own foot", "laughing", "with laughter"),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="killing_myself",
        kind="suicide",
        why=(
            "'Killing myself' is a risk phrase, except in the overwork idiom perfectionists "
            "use daily ('killing myself over this report', 'killing myself to finish')."
        ),
        match=Phrases(
            any_of=("killing/kiling {myself}", "close to killing/kiling {myself}"),
            unless_followed_by=(
                "over this/that/the/my/a/these/those/every/some",
                "to meet/finish/get/hit/make/keep/please/impress/prove/deliver/win/earn/be",
                "at work/the/this", "working", "for this/that/the/my/a/work/nothing/them",
                "on this/that/the/my", "trying", "with work/overtime/this",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="thinking_of_killing_myself",
        kind="suicide",
        why="Thinking about, or feeling like, killing oneself has no overwork reading, so "
        "whatever follows ('at the station', 'for my family's sake') leaves it risk.",
        match=Phrases(
            any_of=(
                "{intend_ing} {adv}? killing/kiling {myself}",
                "feel/feels/felt/feeling like {adv}? killing/kiling {myself}",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="want_to_die",
        kind="suicide",
        why="Wishing to die or be dead, directly, including 'I should just die'.",
        match=Phrases(
            any_of=(
                "{want} {adv}? die", "{want} {adv}? be dead", "wana die", "want death",
                "wanting to die/death", "wanting to be dead",
                "ready to die", "deserve to die", "should {adv}? die", "hope i die",
                "hoping i die", "pray i die", "praying to die", "praying i die",
                "pray for death", "wish i was/were {adv}? dead", "wish i could {adv}? die",
                "wish i would {adv}? die", "wish i'd die", "wish i was/were never born",
                "wish i had never been born", "wish i'd never been born", "rather be dead",
                "better off dead", "want to be dead",
                "rather die than {adv}? live/living/keep/go/continue/wake/feel/be/face/exist",
                "longing for death", "long to die", "longing to die", "welcome death",
                "fantasising/fantasizing/dreaming/daydreaming about being dead",
                "fantasising/fantasizing/dreaming/daydreaming about dying/death",
                "fantasising/fantasizing/dreaming/daydreaming about my death/funeral",
                "think/thinking/thought about dying", "thoughts of/about dying",
                "think/thinking about death every/all/constantly/a",
                "wants to die", "wish to die", "wish i were gone", "wish i was gone",
                "want to be gone", "wanna be gone", "feel like dying",
                "{want} {adv}? stop breathing", "{want} {adv}? my life to end/stop",
                "{want} {adv}? my life to be over", "stop being alive", "shouldn't exist",
                "should not exist", "{dont} deserve to exist", "just/should die already",
                "die already {stop}", "wish/wishing/wished i hadn't/didn't woken/wake up",
                "wish/wishing/wished i had not woken up", "wish/wishing/wished i never woke up",
                "wish/wishing/wished i would {adv}? die", "wishing/wished i could {adv}? die",
                "wishing/wished i was/were {adv}? dead", "{dont} deserve to live/life",
                "{dont} deserve to be alive/here", "deserve to be dead",
                "imagining/imagine/picturing/picture my own? funeral",
                "imagining/imagine/picturing/picture my own? death",
            ),
            unless_followed_by=(*_EMBARRASSMENT, "{dyed}"),
            still_counts_before=STILL_NOW,
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="death_as_relief",
        kind="suicide",
        why="Death described as peaceful, a relief or the answer is ideation, not a figure.",
        match=Phrases(
            any_of=(
                "death/dying sounds/seems/feels/looks peaceful/nice/good/appealing/tempting",
                "death/dying sounds/seems/feels/looks restful/comforting/easier/better",
                "death/dying sounds/seems/feels/looks like a relief/release/rest/freedom",
                "being dead sounds/seems/feels/looks peaceful/nice/good/appealing/easier",
                "thought of dying/death/being dead calms/comforts/soothes/relaxes",
                "thought of dying/death/being dead is the only thing",
                "dying/death would fix/solve/end everything/it/all",
                "dying/death is the answer/solution",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="erase_myself",
        kind="suicide",
        why="Removing or erasing oneself from the world, or vanishing without being found.",
        match=Phrases(
            any_of=(
                "remove/erase/delete myself from the/this world/earth/picture/existence",
                "remove/erase/delete myself from it/everything/everyone",
                "take myself out of the picture/equation", "should be erased/deleted",
                "should be wiped out", "disappear and never be found/seen",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="not_around_much_longer",
        kind="suicide",
        why="Expecting not to be alive soon ('I won't make it to my birthday') is a plan signal.",
        match=Phrases(
            any_of=(
                "won't make it to my birthday/christmas",
                "not going/gonna to? make it to my birthday/christmas",
                "don't think i'll make it to my birthday/christmas",
                "won't make it to/past/until next year", "won't make it to/past/until christmas",
                "won't make it to/past/until summer", "won't make it to/past/until the weekend",
                "not going/gonna to? make it to/past/until my birthday/christmas",
                "not going/gonna to? make it to/past/until next year",
                "{dont} plan to be here/around/alive", "planning/plan/planned my exit",
                "my exit plan", "won't/wouldn't be alive by/next/for/much/tomorrow/in",
                "don't think i'll/i'd/ill be alive/around/here by/next/for/much/in",
                "not going/gonna to? be here/around much/for longer",
                "not going/gonna to? be here/around for much longer",
                "not be here/around much/for longer", "won't be around much/for longer",
                "won't be around for much longer", "won't be here much/for longer",
                "won't be here for much longer", "won't be around anymore",
                "won't be a problem/burden/bother for/to anyone/anybody/you/them much longer",
                "won't be a problem/burden/bother for/to anyone/anybody/you/them for long",
                "won't be a problem/burden/bother for/to anyone/anybody/you/them for much",
                "won't be here anymore",
            ),
            unless_followed_by=("from", "at this company/job/firm", "in this job"),
        ),
    ),
    Rule(
        name="not_want_to_live",
        kind="suicide",
        why="Not wanting to live, exist or be here: often how ideation is first put into words.",
        match=Phrases(
            any_of=(
                "{dont} {adv}? want to {adv}? live",
                "{dont} {adv}? wanna {adv}? live",
                "no longer {adv}? want to {adv}? live",
                "{dont} {adv}? want to {adv}? be alive",
                "{dont} {adv}? want to {adv}? exist",
                "{dont} {adv}? wanna {adv}? exist",
                "{dont} {adv}? want to go on",
                "don't want to be alive",
                "{want} {adv}? not be alive",
                "{want} {adv}? not be here",
                "no reason to live",
                "no reason to keep going",
                "no reason to go on",
                "no reason to be alive",
                "no point in/to living",
                "no point in being alive",
                "no point living",
                "no point in going on",
                "no point in existing",
                "what's the point of/in living/existing/life",
                "what's the point of being alive",
                "what's the point of going on",
                "life {isnt} worth living",
                "not worth living",
                "tired/sick of living",
                "tired/sick of being alive",
                "tired/sick of existing",
                "tired/sick of life",
                "hate being alive",
                "done with life",
                "done living",
                "{want} {adv}? stop living",
                "{want} {adv}? stop existing",
                "stopped existing",
                "stop existing",
                "can't keep living",
                "{want} {adv}? everything to end/stop",
                "{want} {adv}? it all to end/stop",
                "{want} {adv}? out of it all",
                "tired/sick/exhausted/done/over of/with existing/living/life",
                "tired/sick/exhausted of being alive",
                "exhausted of existing",
                "im/i'm/am so? over life/living/existing",
                "over being alive",
                "why should/would/do i {adv}? keep living/going/trying/existing",
                "why should/would/do i {adv}? bother living/existing",
                "why should/would/do i {adv}? bother staying alive",
                "see the/any point in/of {adv}? living/existing/going",
                "{dont} think i {adv}? want to live/exist",
                "{dont} think i {adv}? wanna live",
                "{dont} think i {adv}? want to be alive/here/around",
                "not sure i {adv}? want to live/exist",
                "not sure i {adv}? want to be alive/here",
                "see a/any reason to live/exist",
                "see a/any reason to keep going/living",
                "see the/any point in/of {adv}? being alive",
                "point in/of {adv}? living/existing",
                "point in/of {adv}? being alive",
                "point in/of {adv}? going on",
                "{dont} {adv}? want to do life/living",
                "{dont} {adv}? wanna do life/living",
                "{dont} {adv}? wanna do this life",
                "{dont} {adv}? want to do this life",
                "give/gave/giving/given up on life/living",
                "given up on being alive",
                "keep doing life",
                "{dont} {adv}? wanna {adv}? be alive",
                "{dont} {adv}? wanna {adv}? be here",
                "{want} {adv}? out permanently",
            ),
            unless_followed_by=(
                # Where and with whom one lives ("in this city", "with my parents", "on
                # campus", "at my parents'"); "in this world", "with this pain" and "at
                # all" are not places and still count.
                "out of",
                "in", "in this/that/the/my/a city/town/house/flat/apartment/country/neighbourhood",
                "in this/that/the/my/a neighborhood/area/place/street/building/dorm/village",
                "in this/that/the/my/a room/home/state/county/suburb/bubble",
                "in my parents'/parents/mum's/mom's/dad's/family's/grandparents'",
                "with my parents/mom/mum/dad/family/partner/boyfriend/girlfriend/husband/wife",
                "with my roommate/roommates/flatmate/flatmates/sister/brother/ex/kids/friends",
                "with my in laws/grandparents/grandma/grandpa",
                "with him/her/them/roommates/flatmates/strangers/people/others",
                "on campus/my/a/an/the/this/that/his/her/their/our/your/its",
                "at home/work/school/the/my/this/that/his/her/their/our/your/a/an",
                "for the approval/sake/expectations/praise/validation/applause/grades/likes",
                "for the company/job/money/weekend/weekends/moment/summer/holidays/paycheck",
                "for one thing/person/reason/purpose/goal",
                "for my/his/her/their/other/others/work/money/approval",
                "for a living/while/job/paycheck/company/boss/man/woman/guy/girl/career",
                "for a few/couple", "paycheck", "as a/an", "in fear", "admin", "online",
                "on social/instagram/tiktok/facebook/twitter/linkedin/snapchat/reddit",
            ),
            still_counts_before=(*STILL_NOW, "{life_itself}"),
        ),
    ),
    Rule(
        name="no_wish_to_be_here",
        kind="suicide",
        why="The same wish said so that nothing after it can make it a place or a plan "
        "('nothing left to live for', 'I don't want to be here anymore', 'made my peace'): "
        "no exception for where one lives applies.",
        match=Phrases(
            any_of=(
                "{dont} {adv}? want to be here anymore/no",
                "{dont} {adv}? want to be here any longer",
                "{dont} {adv}? want to be here any more",
                "{dont} {adv}? want to be here on this earth",
                "{dont} {adv}? want to be around anymore",
                "{dont} {adv}? wanna be here/around anymore/any",
                "{dont} {adv}? want to live like this",
                "wish i {didnt} exist",
                "not exist anymore/forever",
                "not exist at all",
                "{want} {adv}? not exist",
                "nothing {adv}? left to live for",
                "nothing to live for",
                "no will to live",
                "lost the will to live",
                "losing the will to live",
                "can't go on anymore/living",
                "can't go on any longer",
                "can't go on like this anymore",
                "cannot go on anymore/living",
                "{want} {adv}? out of life/existence",
                "{want} {adv}? out of this life/world",
                "{want} {adv}? out of it for good",
                "{want} {adv}? out for good",
                "{want} {adv}? out permanently/forever",
                "tired/sick/exhausted of being me",
                "be on/in this earth/world anymore",
                "be on/in this earth/world any longer",
                "running out of reasons to live/stay",
                "running out of reasons to keep going",
                "running out of reasons {end}",
                "to stop the pain is to stop living/existing/die",
                "is to stop living",
                "not worth it anymore",
                "not worth it any more",
                "life's not worth it",
                "life is not worth it",
                "life isn't worth it",
                "dejar de existir/vivir",
                "see a/any reason to stay alive",
                "no reason to stay alive",
                "how much longer i can stay alive",
                "how much longer i can live {stop}",
                "how much longer i can hold on {stop}",
                "how much longer i can keep living",
                "tired/sick/exhausted of fighting/trying/struggling to stay alive",
                "{want} {adv}? it all to be over for good/forever/permanently",
                "{want} {adv}? everything to be over for good/forever/permanently",
                "better off not existing/alive/here",
                "better off not being alive/here/around",
                "not being here/around/alive anymore",
                "not being here/around any more",
                "keep doing this life thing",
                "can't/cannot do life anymore",
                "what's/whats {adv}? the point of me {stop}",
                "what's/whats {adv}? the point of me {still_now}",
                "point of me existing/living/being",
                "ways/way to not be here/alive/around",
                "ways/way to not exist",
                "ways/way to stop existing/living",
                "what if i {adv}? {didnt} exist",
                "{want} {adv}? out . permanently/forever",
                "scared/afraid of dying/death anymore/any",
                "made my peace {stop}",
                "made peace with dying/death/leaving/going",
                "researching/researched/googling/googled methods {stop}",
            ),
        ),
    ),
    Rule(
        name="cannot_stay_safe",
        kind="suicide",
        why="Not being able to promise one's own safety is how many people say they are "
        "close to acting; it is the question a crisis line asks first.",
        match=Phrases(
            any_of=(
                "{cannot_promise} i won't/wont/wouldn't {act_on_it}",
                "{cannot_promise} i will/would not {act_on_it}",
                "{cannot_promise} i'll/ill be alive", "{cannot_promise} i will be alive",
                "{cannot_promise} i'll/ill still be here/around/alive",
                "{cannot_promise} i'll/ill be safe/here/around {stop}",
                "{cannot_promise} i'll/ill be here/around much/for longer",
                "can't/cannot/couldn't keep myself safe", "{dont} think i can keep myself safe",
                "{dont} know if i can keep myself safe", "not sure i can keep myself safe",
                "{dont} feel safe with/around myself", "not safe with/around myself",
                "{dont} trust myself tonight/anymore", "{dont} trust myself right now",
                "can't/cannot trust myself tonight",
                "i'm/im/am not safe {stop}", "i'm/im/am not safe {still_now}",
                "i'm/im/am not safe tonight/now",
                "{dont} {adv}? want to hurt/kill/cut myself but {i_will_anyway}",
                "close to doing something to myself",
            ),
            still_counts_before=STILL_NOW,
        ),
    ),
    Rule(
        name="no_point_carrying_on",
        kind="suicide",
        why="No point in carrying on, said of oneself; carrying on with a project, a meeting "
        "or an argument is the everyday twin.",
        match=Phrases(
            any_of=(
                "see the/any point in/of {adv}? carrying on", "no point in? carrying on",
                "no reason to carry on",
            ),
            unless_followed_by=(
                "with", "the", "this", "that", "my", "our", "like", "as", "at", "in", "for",
                "about", "working", "talking", "trying", "if", "when", "until", "till",
            ),
            still_counts_before=STILL_NOW,
        ),
    ),
    Rule(
        name="no_future_for_me",
        kind="suicide",
        why="Seeing no future for oneself at all is hopelessness, the ground ideation grows "
        "in; no future in this job or this town is a career worry.",
        match=Phrases(
            any_of=(
                "see a/any future for myself", "see myself having a future",
                "see a/any future for me {end}",
                "see myself getting/growing older/old {end}", "see myself growing up {end}",
                "see myself living past/to/beyond {digits}", "see myself reaching {digits}",
            ),
            unless_followed_by=_NOT_MY_WHOLE_FUTURE,
            only_after=("{dont} {adv}?", "can't/cannot {adv}?", "never {adv}?"),
        ),
    ),
    Rule(
        name="have_no_future",
        kind="suicide",
        why="The same hopelessness said the other way round: 'I have no future'.",
        match=Phrases(
            any_of=(
                "no future for myself", "have no future {end}", "there's no future for me {end}",
            ),
            unless_followed_by=_NOT_MY_WHOLE_FUTURE,
        ),
    ),
    Rule(
        name="not_wake_up",
        kind="suicide",
        why="Going to sleep and not waking up is a common way to say 'I want to die'.",
        match=Phrases(
            any_of=(
                "{dont} {adv}? want to {adv}? wake up",
                "{dont} {adv}? wanna {adv}? wake up", "never want to wake up",
                "hope/hoping/pray/praying/wish/wishing i won't/wouldn't/don't/never {adv}? wake",
                "hope/hoping/pray/praying/wish/wishing i'd never {adv}? wake",
                "that i won't/wouldn't/don't/never {adv}? wake up",
                "maybe i won't/wouldn't {adv}? wake up",
                "if i {adv}? {didnt} wake up", "if i {adv}? {dont} wake up",
                "if i {adv}? never/wouldn't wake up",
                "and not/never wake up", "and never {adv}? wake up again",
                "not wake up again", "never wake up again", "no longer wake up",
                "sleep forever", "sleep and not/never wake up", "go to sleep forever",
                "rest forever", "rest permanently", "eternal rest",
                "fall asleep forever", "not to wake up", "to not wake up",
                "i won't wake up tomorrow/again", "{want} {adv}? go dark forever",
                "everything to go dark forever",
            ),
            unless_followed_by=(
                "early", "so early", "before", "for that/the/a/work/school/my/this",
                "at {digits}", "at {clock}",
                "at dawn/night/noon/midnight/five/six/seven/eight/nine/ten/eleven",
                "at the/this/that/my/work/home/four/half/quarter",
                "until", "till", "til", "in time", "on time", "late", "to my/the", "when",
                "on monday/tuesday/wednesday/thursday/friday/saturday/sunday/weekends",
                "tomorrow morning for", "tomorrow early", "tomorrow at {digits}",
                "tomorrow at {clock}", "tomorrow at dawn/noon/five/six/seven/eight/nine/ten",
                "tomorrow at the/this/that/my/work/home/half/quarter",
                "on/in this/that/the/a/my",
                "the/my baby/kids/kid/neighbours/neighbors/partner/roommate/husband/wife",
                "the/my dog/cat/house/others",
            ),
            still_counts_before=STILL_NOW,
        ),
    ),
    Rule(
        name="end_it",
        kind="suicide",
        why="'End it (all)' and 'disappear forever' are euphemisms for suicide.",
        match=Phrases(
            any_of=(
                "end it all", "ending it all", "end everything", "ending everything",
                "{intend} {adv}? end it", "{intend} {adv}? end things", "just end it",
                "{intend_ing} {adv}? ending it", "{intend_ing} {adv}? just ending it",
                "end it tonight/today/now/soon/forever", "end it for good",
                "end/ending my suffering", "end/ending the suffering",
                "end/ending my pain for good/forever/permanently",
                "{intend_ing} {adv}? ending things/everything",
                "thoughts about/of ending things/everything/it",
                "close to ending it/everything/things", "close to ending my life",
                "end it once and for all", "disappear/disappeared/vanish forever",
                "disappear/disappeared/vanish for good", "disappear/vanish permanently",
                "disappear and never come back", "disappear from existence",
                "disappear from this world", "disappear off the face of the earth",
                "if i was/were {adv}? gone", "if i was/were {adv}? dead",
                "if i wasn't/weren't/wasnt around/here/alive", "if i was/were not around/here",
                "if i died tomorrow/today/tonight? {nobody} would {adv}? care/notice/miss",
            ),
            unless_followed_by=(
                # Ending it with a person or a job; "with a rope" or "with pills" is a means.
                "with him/her/them/you/our/work/school/everyone",
                "with my boyfriend/girlfriend/partner/husband/wife/ex/job/boss/therapist",
                "with my friend/friends/team/landlord/roommate/fiance/fiancé/manager",
                "with my trainer/coach/gym/dentist/doctor/hairdresser/agency/client/clients",
                "with my personal trainer/assistant/coach",
                "with a/an breakup/text/call/message/email/conversation/talk/chat/bang",
                "with a/an party/song/toast/hug/joke/win/smile",
                "here", "there", "for today/tonight/now", "early", "on good terms",
                "between", "for a/the", "on holiday/vacation",
                "for the afternoon/weekend/day", "my cat/dog/plants",
                "until", "till", "for some/a", "under budget/par", "under {digits}",
                "under a/an minute/hour/second/day/week/month",
                "under the wire/radar/limit/budget", "into the next/new", "into a new/next",
                "this way/project/meeting/call/chat/conversation/relationship/friendship",
                "this job/chapter/semester/season/thread/game/book/series/show/trip/story",
                "this discussion/argument/habit/fight/streak/draft",
            ),
            still_counts_before=STILL_NOW,
            unless_preceded_by=(*_NEG, "let's", "let us", "party", "we", "meeting"),
        ),
    ),
    Rule(
        name="want_to_disappear",
        kind="suicide",
        why="Said plainly, wanting to disappear or vanish is a common way of putting a wish "
        "not to be alive; where from and how long (under the duvet, from a group project, "
        "for the weekend) make it a wish for a break instead, and 'end_it' still catches "
        "'disappear from this world'.",
        match=Phrases(
            any_of=(
                "i {adv}? want to {adv}? disappear/vanish",
                "i {adv}? wanna {adv}? disappear/vanish",
                "i {adv}? wish i could {adv}? disappear/vanish",
                "just want/wanna to? disappear/vanish",
                "vanish and never come back",
            ),
            unless_followed_by=(
                *_EMBARRASSMENT, "with", "here", "there", "for today/tonight/now", "early",
                "between", "for a/an/the/some", "from", "under", "on holiday/vacation", "into",
                "to a/the", "this", "until", "till", "in a/the", "behind", "off",
                "when", "whenever", "every time", "each time",
                # Embarrassment laughed off ("I tripped on stage, I want to disappear lol").
                "lol", "lmao", "haha", "hahaha",
            ),
            still_counts_before=("{still_now}",),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="burden_without_me",
        kind="suicide",
        why="Believing others would be better off without you is a core warning sign.",
        match=Phrases(
            any_of=(
                "better off without me", "better without me", "happier without me",
                "better off if i was/were/wasnt/weren't/wasn't gone/dead/here/around",
                "happier if i was/were gone/dead", "happier if i wasn't/weren't/wasnt here/around",
                "easier if i was/were {adv}? gone/dead", "easier without me",
                "world without me in it", "be better without me in it",
                "doing everyone a favour/favor if i", "relief for everyone if i",
                "{nobody} would {adv}? notice/care/miss me if i",
                "easier/better for everyone if i", "easier/better for everybody if i",
                "if i {adv}? wasn't/weren't/wasnt here/around/alive",
                "better off with a different/another/new mum/mom/dad/parent/wife/husband",
                "better off with a different/another/new partner/mother/father/sister",
                "would/'d be better off {stop}", "deserve/deserves better than me",
            ),
        ),
    ),
    Rule(
        name="car_as_method",
        kind="suicide",
        why="Crashing a car on purpose, or driving it into a wall or off a bridge. A tired "
        "driver who 'might crash the car' is not wanting to.",
        match=Phrases(
            any_of=(
                "crash my/the car", "crashing my/the car",
            ),
            only_after=("{want} {adv}?", "{intend_ing} {adv}?"),
        ),
    ),
    Rule(
        name="car_into_a_wall",
        kind="suicide",
        why="Driving a car into a wall, a tree or a river, or off a bridge, as an intent.",
        match=Phrases(
            any_of=(
                "drive/steer/driving my/the car into a/the wall/tree/truck/lorry/pole",
                "drive/steer/driving my/the car into a/the river/lake/sea/bridge",
                "drive/steer/driving my/the car off a/the bridge/cliff/road/pier",
                "drive/steer into a/the wall/tree/truck/lorry/pole",
            ),
            unless_preceded_by=_NEG,
            only_after=("{intend} {adv}?", "{intend_ing} {adv}?"),
        ),
    ),
    Rule(
        name="pain_to_stop",
        kind="suicide",
        why="Just wanting the pain to stop is how people often put wanting to die; wanting "
        "the pain in a knee to stop names where it hurts and is left alone.",
        match=Phrases(
            any_of=(
                "the/this pain to stop/end", "all the/this pain to stop/end",
                "the/this pain gone", "the/this pain to go away",
            ),
            unless_followed_by=(
                "out of", "in my knee/back/leg/legs/arm/head/neck/tooth/teeth/shoulder/foot",
                "in my stomach/hip/hips/wrist/hand/hands/chest/jaw/side/ear/eyes/feet",
                "on its/my own",
                "at night/work/school", "for a/one while/bit/minute/moment/second/day/night",
                "before/after the/my race/game/match/surgery/operation/exam/exams/wedding/trip",
                "before/after the/my flight/shift/run/marathon/competition/recital/show",
                "before/after the/my performance/meeting/interview/treatment/appointment",
                "before/after the/my injection/birth/delivery/procedure/physio/session",
                "before/after i/we fly/travel/run/race/play/perform/leave/go", "so i can",
            ),
            only_after=("just/only/really/so want", "just/only/really/so {want}"),
        ),
    ),
    Rule(
        name="burden_to_everyone",
        kind="suicide",
        why="Believing you are a burden to everyone is one of the best-known warning signs. "
        "Worrying about becoming one when asking for help, or being one to a team at work, "
        "is the everyday perfectionist fear and is left to the flows.",
        match=Phrases(
            any_of=(
                "a burden to/on everyone/everybody/everything/them/you/us",
                "a burden to/on all of you/them/us", "a burden to/on the world",
                "a burden to/on my family/parents/kids/children/partner",
                "a burden to/on my loved ones", "a burden to/on the people i love",
                "a burden to/on everyone i love", "a burden to/on the people around me",
                "a burden to/on those around me", "i'm/im {adv}? a burden {end}",
                "i am {adv}? a burden {end}", "i'm/im {adv}? such a burden {end}",
                "i am {adv}? such a burden {end}", "i've/ive become {adv}? a burden",
                "feel like {adv}? a burden {end}", "feel like {adv}? such a burden {end}",
                "nothing but a burden", "just/only a burden to/on",
            ),
            unless_preceded_by=(
                *_NEG, "want to be", "wanna be", "of being", "of becoming", "about being",
                "about becoming", "may", "might", "used to", "sometimes",
            ),
        ),
    ),
    Rule(
        name="goodbye_message",
        kind="suicide",
        why="A goodbye to everyone, or a 'last message', said in a private chat with no trip "
        "or job in sight, is how some people announce a plan.",
        match=Phrases(
            any_of=(
                "this is goodbye", "this is my goodbye", "goodbye forever", "goodbye cruel world",
                "goodbye world", "goodbye everyone/everybody {stop}",
                "goodbye to everyone/everybody {stop}",
                "saying/say/said goodbye to everyone/everybody",
                "saying/say/said goodbye to the world", "saying/say/said goodbye to you all",
                "saying/say/said goodbye to all of you", "saying/say/said my last goodbyes",
                "i'm/im saying goodbye {stop}", "i am saying goodbye {stop}",
                "this is my last/final message {stop}", "this will be my last/final message {stop}",
                "this is my last/final message {still_now}",
                "this will be my last/final message {still_now}",
                "my last/final message ever", "my last/final message forever/for good",
                "my last/final message for the rest of my life",
                "letter/letters/note/notes/messages/texts/video to say goodbye",
                "letter/letters/note/notes to my family/kids/children/parents to say goodbye",
                "letter/letters/note/notes to my partner/wife/husband/friends to say goodbye",
                "letter/letters/note/notes to my family/kids/children/parents just in case {stop}",
                "letter/letters/note/notes to my partner/wife/husband/friends just in case {stop}",
                "letter/letters/note/notes to everyone just in case {stop}",
            ),
            unless_followed_by=(
                # A goodbye to a habit, a job or a place; "to my kids" or "to all of you"
                # is a goodbye to people and still counts.
                "to my/the/this/that/these/those/all old/bad/habit/habits/job/project/draft",
                "to my/the/this/that/these/those/all inbox/office/team/colleagues/city/flat",
                "to my/the/this/that/these/those/all apartment/house/country/school/class",
                "to my/the/this/that/these/those/all course/diet/perfectionism/stuff",
                "to perfectionism/procrastination/overthinking",
                "for now/today/tonight", "for a while", "for this week/weekend/evening",
                "for the day/night/week/weekend/evening", "from", "before", "until", "till",
                "see", "talk", "have a", "on this/that", "in this/that", "about", "at",
                "in the/this/that/my/our", "on friday/monday/tuesday/wednesday/thursday",
                "on saturday/sunday/the/this/that/my/our",
                "after the/this/that/my/work/school/class/lunch/dinner/party",
            ),
            still_counts_before=STILL_NOW,
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="passive_death_wish",
        kind="suicide",
        why="Hoping to die by accident or illness is ideation even without a plan.",
        match=Phrases(
            any_of=(
                "hope/hoping/wish i get/got hit by a {vehicle}",
                "hope/hoping/wish i get/got run over", "wish a {vehicle} would hit me",
                "hope a {vehicle} hits me", "hope the plane crashes", "hope my plane crashes",
                "hope something kills me", "wouldn't mind dying", "wouldn't mind being dead",
                "wouldn't mind if i died", "wouldn't mind if i {adv}? didn't wake up",
                "don't care if i die/live", "hope i don't make it",
                "death seems/feels/looks like the only/best/easiest",
                "death is the only/best/easiest", "dying is the only/best/easiest",
                "only way out is death/dying/suicide", "way out except/but dying/death",
                "dying would be easier", "death would be easier", "death would be a relief",
                "dying would be a relief", "would rather not exist", "be better off gone",
            ),
        ),
    ),
)
# fmt: on
