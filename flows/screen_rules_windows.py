"""Rules for indirect suicidal thinking (English), found by proximity.

Many people never say "die" or "suicide" next to "I want". They say it across a clause,
or with a word that is harmless on its own: "I want so badly to just... die", "no way out
for me except death", "they'd grieve for a bit and then be relieved I'm gone". Each family
here pairs two named phrase lists that must appear within a few words of each other:

* a wish a few words before dying ("want", "hope", "ready" ... "die", "be gone");
* talk of dying next to hopelessness ("everything is pointless ... I think about dying");
* death as the only way out, life wanted "over", everything wanted to stop for good;
* others imagined coping after one's death ("everyone would cope fine if I died");
* hoping for an accident or an illness to do it;
* "I want to go" at the end of a hopeless message.

Idioms of dying ("dying to know", "die of shame", "could die happy") are excluded by name.
"""

from __future__ import annotations

from flows.screen_model import STILL_NOW, Phrases, Rule

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule(
        name="wish_near_death",
        kind="suicide",
        why=(
            "A wish or plan a few words before dying, however the sentence runs between "
            "them ('I want so badly to just die'); the idioms of dying are excluded."
        ),
        match=Phrases(
            any_of=("die", "be dead", "death", "not exist", "disappear forever", "be gone"),
            unless_followed_by=(
                "of", "for", "to", "laughing", "inside", "down", "out", "off", "happy",
                "if", "when", "in the water", "tired", "on my feet", "last", "set", "alone",
                "old", "in peace", "trying", "already in the meeting", "{dyed}",
            ),
            unless_preceded_by=(
                "the", "a", "phone", "battery", "plant", "plants", "laptop", "{neg} {want}",
                "{neg} {want} {adv}",
            ),
        ),
        context=Phrases(
            any_of=(
                "{want}", "wish", "wishing", "hope", "hoping", "ready", "plan", "planning",
                "going to", "gonna", "thinking about", "deserve", "should", "long",
                "longing", "pray", "praying", "crave", "craving",
            ),
            unless_preceded_by=("{neg}",),
        ),
        near=5,
        context_first=True,
    ),
    Rule(
        name="death_with_distress",
        kind="suicide",
        why=(
            "Talk of dying next to hopelessness ('everything is pointless, I think about "
            "dying') is ideation even when neither half would be on its own."
        ),
        match=Phrases(
            any_of=("{death_word}",),
            unless_followed_by=(
                "of", "for", "to", "laughing", "inside", "down", "out", "off", "hard",
                "in the water", "tired", "on my feet", "last", "set",
            ),
            still_counts_before=STILL_NOW,
            unless_preceded_by=("the", "a", "phone", "battery", "plant", "plants", "laptop"),
        ),
        context=Phrases(any_of=("{distress}",)),
        near=10,
    ),
    Rule(
        name="only_way_out",
        kind="suicide",
        why="Seeing death as the only way out, however the sentence is built around it.",
        match=Phrases(
            any_of=(
                "no way out", "only way out", "only escape", "only option left",
                "only solution", "only answer", "only way to stop", "way out",
            ),
        ),
        context=Phrases(
            any_of=("death", "dying", "die", "suicide", "killing myself", "ending it"),
            unless_followed_by=("of", "for", "to", "laughing", "inside"),
        ),
        near=6,
    ),
    Rule(
        name="life_to_be_over",
        kind="suicide",
        why="Wanting one's life to be over, said with 'it' or 'mine' instead of 'life'.",
        match=Phrases(
            any_of=(
                "{want} {adv}? it {adv}? to be over", "{want} {adv}? it all to be over",
                "{want} {adv}? end mine", "wish it was/were over",
            ),
        ),
        context=Phrases(any_of=("life", "living", "alive", "existence", "all of it", "me .")),
        near=8,
    ),
    Rule(
        name="others_fine_if_i_died",
        kind="suicide",
        why="Picturing how others would cope with one's death is burden talk, in any words.",
        match=Phrases(
            any_of=(
                "if i died/disappeared/vanished", "if i was/were gone/dead",
                "if i wasn't/weren't here/around", "after i'm gone/dead",
                "when i'm gone/dead", "i'm gone", "i was gone", "i'm dead", "i die",
            ),
        ),
        context=Phrases(
            any_of=(
                "cope", "be fine", "be okay", "be ok", "move on", "get over", "forget me",
                "not care", "not notice", "be happier", "be better", "be relieved", "care",
                "notice", "miss me", "better off", "easier", "relieved", "grieve", "mourn",
                "relief",
            ),
        ),
        near=8,
    ),
    Rule(
        name="stop_for_good",
        kind="suicide",
        why="Wanting everything, or the noise in one's head, to stop for good.",
        match=Phrases(
            any_of=(
                "stop/end permanently/forever", "stop for good", "end for good",
                "ever again", "never have to wake",
            ),
        ),
        context=Phrases(
            any_of=(
                "{want}", "wish", "fall asleep", "go to sleep", "sleep", "not have to",
                "don't have to",
            ),
        ),
        near=10,
        benign=Phrases(
            any_of=(
                "rain", "noise outside", "neighbours", "neighbors", "construction", "drilling",
                "meetings", "emails", "again this semester/year/month/term/season/job",
                "again this project/class/course/team", "see him/her", "eat that", "work with",
                "talk to", "speak to", "trust",
            ),
        ),
        benign_near=8,
    ),
    Rule(
        name="accident_wish",
        kind="suicide",
        why="Hoping for a crash or accident is a passive wish to die.",
        match=Phrases(any_of=("hope/hoping/wish/wishing/pray/praying",)),
        context=Phrases(
            any_of=(
                "car crash", "crash", "accident", "hit by", "run over", "take me out",
                "takes me out", "plane crashes", "plane goes down", "kills me", "kill me",
                "don't wake up", "won't wake up",
            ),
            unless_followed_by=("with", "at work", "in the meeting"),
        ),
        near=8,
    ),
    Rule(
        name="illness_instead",
        kind="suicide",
        why="Hoping an illness will do it 'so I don't have to do it myself'.",
        match=Phrases(
            any_of=(
                "do it myself", "hoping the cancer", "hope the cancer", "hope i get sick",
            ),
        ),
        context=Phrases(
            any_of=("cancer", "die", "dying", "death", "comes back", "illness", "sick"),
        ),
        near=10,
    ),
    Rule(
        name="want_to_go",
        kind="suicide",
        why="'I want to go' at the end of a hopeless message means leaving life.",
        match=Phrases(
            any_of=(
                "{want} {adv}? go {stop}", "ready to go {stop}", "time for me to go {stop}",
                "want to leave this world", "leave this world", "want to go home to god",
                "{want} {adv}? go/walk into the river/sea/lake/ocean/water",
                "{want} {adv}? go to the tracks/bridge/cliff/cliffs/roof {stop}",
            ),
        ),
        context=Phrases(any_of=("{distress}", "nothing left", "for me here")),
        near=10,
    ),
)
# fmt: on
