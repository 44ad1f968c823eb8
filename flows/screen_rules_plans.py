"""Rules for plans and means of suicide (English).

A plan is the strongest warning sign there is, and people rarely name the act when they
describe one. These families look for the preparation instead:

* plans, goodbyes and methods that are risky on their own ("lethal dose", "tie a noose",
  "goodbye letters", "take all my pills");
* means a person is fixed on or collecting ("I keep looking at the gun", "saving up my
  sleeping pills", "is 40 enough?");
* rehearsal and past attempts ("stood on the balcony thinking about it", "I've attempted
  before and I'm scared I'll try again");
* questions that are only risky next to distress ("tallest bridges around here", "where
  can I buy a rope") and are cancelled by a nearby everyday purpose ("for our trip").

Most of these are proximity rules: two named phrase lists within a few words of each
other, so that "pills" alone or "the plan" alone never fires.
"""

from __future__ import annotations

from flows.screen_model import Phrases, Rule

_NEG = ("{neg}",)

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule(
        name="plan_and_goodbye",
        kind="suicide",
        why="Plans, preparations and goodbyes are the strongest warning signs there are.",
        match=Phrases(
            any_of=(
                "suicide note", "farewell letter/note/messages",
                "goodbye letter/letters/note/notes/messages/texts/emails/videos/video",
                "wrote my goodbyes", "said my goodbyes", "saying my goodbyes",
                "plan and {adv}? i have the means", "plan and the means", "a plan to die",
                "made a plan to die", "planned how to die", "planning how to die",
                "planned my death", "planning my death", "picked a date", "set a date to die",
                "lethal dose", "lethal amount", "fatal dose", "deadly dose",
                "painless/quickest/easiest/fastest/quickest/surest way to die/go",
                "painless/quickest/easiest/fastest/surest way to end it",
                "painless/quickest/easiest/fastest/surest way to kill myself",
                "least painful way to die/go", "most painless way to die/go",
                "how to die painlessly/quickly", "how to kill myself", "how to end my life",
                "how to commit suicide", "tie a noose", "tied a noose", "tying a noose",
                "is it selfish/wrong/ok/okay/cowardly/bad to kill yourself",
                "how do/would/can you kill yourself", "how to kill yourself",
                "ways to kill yourself", "how to die", "ways/way to die",
                "fall would be enough", "fall would kill me", "high enough to die/kill",
                "bleed out", "bleeding out",
                "saving/saved up my? {drug}", "stockpiling/hoarding/stockpiled/hoarded my? {drug}",
                "take/swallow all my/the {drug}", "take all of my {drug}",
                "took/taken/swallowed a handful of my? {drug}",
                "took/taken/swallowed a/the whole? bottle/packet/pack/box of my? {drug}",
                "have/holding the {drug} in my hand/hands",
                "swallow all of my {drug}", "take the whole bottle/pack/packet",
                "swallow the whole bottle/pack/packet", "how much {drug} would/will kill me",
                "how many {drug} would/will kill me", "how many {drug} to die",
                "took/taking all my {drug}", "{drug} lined up", "{drug} counted out",
                "ways to end it/things/everything", "ways to end my life",
                "how i'd/id do it without", "how i would do it without", "how to do it without",
                "research/researching the best way to",
                "attempted before", "my last/previous/first/second suicide attempt",
                "since my attempt", "after my attempt", "survived an attempt",
                "attempted suicide", "suicide attempt",
                "letters to my kids/family/children/parents/partner/wife/husband explaining",
                "explaining why i'm leaving", "everything ready to die",
            ),
            # A farewell card for someone leaving the office is the everyday twin.
            unless_followed_by=(
                "for/to my/our/a/the colleague/colleagues/coworker/coworkers/boss/manager",
                "for/to my/our/a/the team/class/classmates/teacher/students",
                "for/to my/our/a/the neighbour/neighbor/neighbours/neighbors",
                "at work", "for work", "for the office",
                # The day's tablets, taken as prescribed.
                "for the day/morning/evening", "for today", "on time",
                "with breakfast/lunch/dinner/food",
            ),
        ),
    ),
    Rule(
        name="my_attempt",
        kind="suicide",
        why="'My last attempt' often means a suicide attempt; 'my last attempt at the exam', "
        "'my first attempt to pass' and 'my second attempt in the kitchen' do not.",
        match=Phrases(
            any_of=("my last/previous/first/second/third attempt",),
            unless_followed_by=(
                "at", "to pass/get/make/bake/write/learn/fix/finish/do/be/run/cook", "on",
                "for", "from", "lol",
                "in a/the/my/this/that/our/class/school/work", "was a/an/great/good/bad/fine",
                "was/went/looked/turned/got/is/came/wasn't better/worse/ok/okay/better/out",
            ),
        ),
    ),
    Rule(
        name="noose",
        kind="suicide",
        why="A noose has one use; 'the noose of deadlines' is a figure of speech.",
        match=Phrases(any_of=("noose", "nooses"), unless_followed_by=("of",)),
    ),
    Rule(
        name="overdose",
        kind="suicide",
        why="Intending an overdose; 'overdosed on coffee' is the harmless twin.",
        match=Phrases(
            any_of=(
                "{intend} {adv}? overdose/od", "take/took/taking an overdose",
                "overdose/od/overdosing/overdosed on {drug}",
                "overdose/od/overdosing/overdosed on my {drug}",
                "{intend_ing} {adv}? overdosing", "i {adv}? overdosed {end}",
                "i {adv}? overdosed last/yesterday/again/tonight/today/this/and/earlier",
                "overdosed on purpose", "i've/ive {adv}? overdosed before",
            ),
            unless_followed_by=(
                "on coffee/caffeine/sugar/chocolate/cake/candy/sweets/netflix/tv/memes/work",
                "on energy drinks", "on vitamin",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="pills_too_many",
        kind="suicide",
        why="Asking how much medicine is too much, or lethal, is a means question in itself.",
        match=Phrases(
            any_of=(
                "how many/much of my {drug}", "how many/much {drug}",
                "how many/much of these/the {drug}", "how many/much of them",
                "cuántas de? mis? pastillas",
            ),
        ),
        context=Phrases(
            any_of=(
                "too many", "too much", "lethal", "fatal", "deadly", "kill me", "to die",
                "overdose", "not wake up", "never wake up", "demasiadas", "mortal", "letal",
                "would take", "would it take", "does it take", "it takes",
                "para morir", "googling", "googled", "looking up", "looked up", "searching",
                "searched",
            ),
        ),
        near=8,
        benign=Phrases(any_of=("{benign_purpose}", "can i take", "should i take")),
        benign_near=8,
    ),
    Rule(
        name="take_them_all",
        kind="suicide",
        why="'Take them all' about pills is a plan, said without naming it.",
        match=Phrases(any_of=("take/swallow them all", "take/swallow all of them")),
        context=Phrases(any_of=("{drug}", "bottle", "pastillas")),
        near=10,
    ),
    Rule(
        name="dose_enough",
        kind="suicide",
        why="Asking whether a number of pills is 'enough' is a means question.",
        match=Phrases(any_of=("{drug}",)),
        context=Phrases(any_of=("enough", "too many", "lethal", "fatal", "more than i need")),
        near=4,
        benign=Phrases(any_of=("{benign_purpose}", "for the week", "for the trip", "refill")),
        benign_near=8,
    ),
    Rule(
        name="saving_pills",
        kind="suicide",
        why="Collecting medicine beyond need ('so I can save them up') is a plan.",
        match=Phrases(
            any_of=(
                "save them up", "saving them up", "saved them up",
                "stockpile/stockpiling/stockpiled", "hoard/hoarding/hoarded them",
                "more than i need",
            ),
        ),
        context=Phrases(any_of=("{drug}",)),
        near=12,
    ),
    Rule(
        name="fixed_on_means",
        kind="suicide",
        why="Watching or handling a means of dying ('I keep looking at the gun').",
        match=Phrases(
            any_of=(
                "gun", "pills", "rope", "noose", "razor", "knife", "bottle", "tablets",
                "{drug}", "pistol", "rifle",
            ),
        ),
        context=Phrases(
            any_of=(
                "keep looking at it/them", "staring at it/them", "holding it/them",
                "thinking about using it/them", "counting them", "lined them up",
            ),
        ),
        near=10,
    ),
    Rule(
        name="plan_with_method",
        kind="suicide",
        why="'My plan is pills': a plan named together with a method.",
        match=Phrases(any_of=("my/the plan is", "my/the plan", "i've planned", "i planned")),
        context=Phrases(
            any_of=(
                "pills", "tablets", "overdose", "rope", "hang", "jump", "bridge", "gun",
                "wrists", "train", "noose", "car", "poison",
            ),
        ),
        near=6,
        benign=Phrases(
            any_of=(
                "on time", "every day", "with food", "prescribed", "remember", "trip",
                "vacation", "holiday", "catch", "commute", "workout", "gym",
                "jump into/in/on the/a/my/this project/task/work/draft/report/call/meeting",
                "jump into/in/on the/a/my/this email/emails/code/list/backlog/inbox/essay",
                "jump straight/right in/into/back",
            ),
        ),
        benign_near=8,
    ),
    Rule(
        name="going_through_with_it",
        kind="suicide",
        why="'Finally doing it' next to preparations is a plan, even with the act unnamed.",
        match=Phrases(
            any_of=(
                "finally do it", "go through with it", "going through with it",
                "do it tonight", "doing it tonight", "the night i do it", "when i do it",
            ),
            unless_preceded_by=("{neg}",),
        ),
        context=Phrases(
            any_of=(
                "everything ready", "got everything", "tonight", "pills", "rope", "note",
                "goodbye", "goodbyes", "letters", "my will", "the means",
            ),
        ),
        near=10,
    ),
    Rule(
        name="how_id_do_it",
        kind="suicide",
        why="Planning 'how I'd do it' next to not being able to go on.",
        match=Phrases(
            any_of=(
                "how i'd do it", "how i would do it", "how to do it", "when i'd do it",
                "where i'd do it", "how i'll do it", "the way i'd do it",
            ),
        ),
        context=Phrases(
            any_of=(
                "{distress}", "keep going", "go on", "anymore", "knife", "pills", "rope",
                "bridge", "think about it",
            ),
        ),
        near=12,
    ),
    Rule(
        name="knife_and_thoughts",
        kind="suicide",
        why="Standing with a knife or pills 'thinking about it' is a rehearsal.",
        match=Phrases(
            any_of=("the knife", "a knife", "the pills", "the rope", "the gun", "a blade"),
        ),
        context=Phrases(
            any_of=(
                "think about it", "thinking about it", "think about using", "thought about it",
                "imagine using", "tempted",
            ),
        ),
        near=8,
    ),
    Rule(
        name="final_arrangements",
        kind="suicide",
        why="Putting affairs in order and giving things away, together with readiness.",
        match=Phrases(
            any_of=(
                "written/wrote/writing/updated/made my will", "given/gave/giving away my",
                "given/gave my cat/dog/pets to", "found a home for my cat/dog",
                "sorted/sorting out my affairs", "my affairs in order",
                "giving my things away", "gave my things away",
                "giving/gave/given my stuff/things/belongings/clothes away",
            ),
        ),
        context=Phrases(
            any_of=(
                "i'm ready", "ready", "goodbye", "won't need", "not be around",
                "for good", "won't be here", "{distress}", "looked after", "taken care of",
                "when i'm gone", "after i'm gone", "once i'm gone", "for no reason",
            ),
        ),
        near=15,
    ),
    Rule(
        name="attempt_again",
        kind="suicide",
        why="A past attempt mentioned with fear of another is the strongest single predictor.",
        match=Phrases(any_of=("attempted", "attempt", "tried before", "tried it before")),
        context=Phrases(
            any_of=(
                "try again", "do it again", "again", "pills", "hospital", "last time",
                "survived", "overdose", "{distress}",
            ),
        ),
        near=10,
        benign=Phrases(
            any_of=(
                "recipe", "exam", "test", "marathon", "driving test", "bake", "cake",
                "puzzle", "crossword", "level", "course", "interview",
            ),
        ),
        benign_near=6,
    ),
    Rule(
        name="urge_to_jump",
        kind="suicide",
        why="Thoughts of jumping next to a height or a railway are a method, even unnamed.",
        match=Phrases(
            any_of=(
                "{intend_ing} {adv}? jumping/stepping/falling", "stepping off",
                "urge/urges to jump", "{want} {adv}? jump",
                "tempted to jump", "considered/considering jumping", "could {adv}? jump",
                "imagine/imagining jumping",
            ),
            unless_preceded_by=("{neg}",),
        ),
        context=Phrases(
            any_of=(
                "platform", "tracks", "train", "{high_place}", "bridges", "rooftops",
                "railway", "motorway", "highway", "window",
            ),
        ),
        near=8,
    ),
    Rule(
        name="at_the_edge",
        kind="suicide",
        why="Having stood at a height 'thinking about it' is a rehearsal of a method.",
        match=Phrases(
            any_of=(
                "stood/standing/stand/sat/sitting on the/a {high_place}",
                "stood/standing/stand/sat/sitting on the/a edge/ledge/railing/tracks",
                "stood/standing at the edge",
                "stared/staring/looked/looking at the train/railway tracks",
                "stood/standing/stand/sat/sitting by/near the train/railway tracks",
            ),
        ),
        context=Phrases(
            any_of=(
                "thinking about it", "thinking about jumping", "wanted to jump",
                "almost jumped", "nearly jumped", "for an hour", "for hours", "wanting to",
                "thought about it", "thought about jumping", "thought/thinking about letting go",
                "wanted to let go",
                "thought about falling", "thinking about falling",
                "for a long time", "for ages", "for a while",
                "{distress}",
            ),
        ),
        near=10,
    ),
    Rule(
        name="height_and_fall",
        kind="suicide",
        why="Looking up a height together with how far the fall is.",
        match=Phrases(
            any_of=(
                "height of the/that {high_place}", "how tall the/that {high_place}",
                "how high the/that {high_place}",
            ),
        ),
        context=Phrases(any_of=("fall", "drop", "jump", "survive", "land")),
        near=10,
        benign=Phrases(any_of=("{benign_purpose}",)),
    ),
    Rule(
        name="how_easy_it_would_be",
        kind="suicide",
        why="Looking at a height or a means and thinking how easy it would be.",
        match=Phrases(
            any_of=(
                "how easy it would be", "how easy it'd be", "how quick it would be",
                "how simple it would be",
            ),
        ),
        context=Phrases(
            any_of=(
                "{high_place}", "bridges", "tracks", "train", "pills", "knife", "rope",
                "river", "traffic", "edge",
            ),
        ),
        near=12,
    ),
    Rule(
        name="means_question_with_distress",
        kind="suicide",
        why=(
            "Heights, ropes, weapons and doses are everyday topics; next to hopelessness in "
            "the same message they are a possible plan. A nearby trip or hobby cancels it."
        ),
        match=Phrases(
            any_of=(
                "tallest/highest {high_place}", "tallest/highest bridges/buildings/cliffs",
                "tallest/highest rooftops/towers/buildings/balconies",
                "{high_place} around/near here/me is the? highest/tallest",
                "{high_place} nearby is the? highest/tallest",
                "{high_place} is the highest/tallest", "how high does/do/is/would/should",
                "how high up", "how far is the drop", "buy/get/find/order a/some? rope",
                "buy/get/find/order a/some? gun/firearm/pistol/handgun/rifle/shotgun",
                "buy/get/find/order a/some? noose/poison/razor/razors/blades",
                "buy/get/find/order {drug}", "buy/get/find/order some {drug}",
                "bought a/some? rope/gun/pistol/poison/blades",
                "how deep is the? river/lake/sea/water/canal/quarry/reservoir",
                "rooftops/rooftop/roof is/are open", "roof/rooftop access",
                "how long does/would/will/did it take to die/drown/freeze/suffocate",
                "how long does/would/will it take to bleed", "freeze to death",
                "how many {drug}", "how many of these/my {drug}",
                "nearest/closest train? track/tracks/railway/rails/bridge/cliff",
                "tracks with no fence", "train track with no fence",
                "standing on the/a {high_place}", "standing on the tracks/edge",
                "on the ledge", "at the edge of the/a {high_place}",
            ),
        ),
        context=Phrases(any_of=("{distress}",)),
        benign=Phrases(any_of=("{benign_purpose}",)),
    ),
)
# fmt: on
