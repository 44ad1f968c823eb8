"""Rules for eating-disorder behaviours (English).

Families:

* starving or restricting on purpose ("starving myself", "haven't eaten in days",
  "only 500 calories", "I don't deserve to eat"), food withheld as punishment, weight
  loss credited to barely eating;
* purging ("make myself throw up", "throwing up after eating", "get rid of what I ate"),
  laxatives as control, and compensation for the scale ("scared of gaining weight so I
  throw up");
* naming the illness or its communities ("bulimic", "relapsing into anorexia", "thinspo").

Diet small talk is the big source of false alarms here, so the harmless twins are named:
"I'm starving" (hungry), "skipped lunch because of meetings", "intermittent fasting",
"threw up after eating bad sushi", "purging my closet".
"""

from __future__ import annotations

from flows.screen_model import Phrases, Rule

# fmt: off
_NEG = ("{neg}",)

RULES: tuple[Rule, ...] = (
    Rule(
        name="starve_myself",
        kind="eating",
        why="Starving oneself on purpose; plain 'I'm starving' means hungry and never matches.",
        match=Phrases(
            any_of=("starve/starving/starvin/starved/starves {myself}",),
            unless_followed_by=("of sleep/attention/love/fun/joy/affection", "for a/the"),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="restrict_on_purpose",
        kind="eating",
        why="Going without food for days, or below a survival amount, by choice.",
        match=Phrases(
            any_of=(
                "haven't/havent/hadn't eaten anything? in/for {number}? days/weeks/week",
                "haven't/hadn't eaten in/for a week", "not eaten in/for {number}? days",
                "not eating on purpose", "not eating for {number}? days",
                "not eating to lose", "motivated/motivation not to eat", "stop eating to lose",
                "go/went/going/gone/goes {number}? days without eating/food",
                "days without eating/food on purpose", "days without eating/food to",
                "only let myself eat", "only eat {low_calories} calories",
                "only ate {low_calories} calories", "eat less than/under {low_calories} calories",
                "ate less than/under {low_calories} calories", "{low_calories} calories a day",
                "{low_calories} calories per day", "{low_calories} kcal",
                "don't/didn't deserve to eat", "don't deserve food", "do not deserve to eat",
                "not allowed to eat", "don't/won't/didn't let myself eat",
                "scared/afraid/terrified to eat", "scared/afraid/terrified of eating",
                "fear of food", "fear of eating",
                "skip/skipping/skipped meals to/as/on/so",
                "eat nothing to lose", "starvation diet", "water fast to punish",
                "been restricting", "restricting again", "started restricting",
                "restrict/restricting/restricted my? food/eating/calories/intake",
                "food is the/my enemy", "only drink water", "only drinking water",
                "haven't/hadn't eaten anything? since monday/tuesday/wednesday/thursday",
                "haven't/hadn't eaten anything? since friday/saturday/sunday/last",
                "hide/hiding/hid food", "pretend/pretending/pretended to eat",
                "only eat/eating/ate one/an/a/half apple/banana/cracker/yoghurt/yogurt a day",
                "only eat/eating/ate one meal a day", "burn off every calorie",
                "burn off everything/what i eat", "burn off everything/what i ate",
                "so i don't have to eat", "so i won't eat", "to avoid eating",
                "to stop myself eating", "to stop myself from eating", "ed brain",
                "starve/starving/starved for {number}? days/day/week",
                "binge then/and starve", "skip/skipped/skipping every meal",
                "{want} {adv}? stop eating", "stop eating completely/altogether/entirely",
                "stop eating for good",
                "scared/afraid/terrified of food",
            ),
            unless_followed_by=(
                "in front of", "anything spicy", "gluten", "meat", "dairy", "sugar", "late",
                "junk", "fast food", "out", "street/raw/sushi",
                "the/that/this food/meal/dish/stuff/cake/pizza/burger/fish/meat/chicken",
                "the/that/this salad/soup/bread/junk/street/raw/sushi/leftovers/restaurant",
                "the/that/this place/buffet/takeaway/takeout/sandwich/snack/dessert",
                "in front of people/others/them/him/her/colleagues",
                "before the/my/surgery/blood/bloodwork/procedure/anaesthesia/anesthesia",
            ),
            unless_preceded_by=(*_NEG, "how to"),
        ),
    ),
    Rule(
        name="purge",
        kind="eating",
        why="Making oneself vomit, or using laxatives, to undo eating.",
        match=Phrases(
            any_of=(
                "make/made/making/makes {myself} throw/throwing up",
                "make/made/making/makes {myself} sick/vomit/puke/purge",
                "throw/throwing/threw up my food/meals/dinner/lunch/breakfast",
                "throw/throwing/threw/thrown up everything i eat/ate",
                "throw/throwing/threw/vomit/vomiting/vomited/puke/puking up? after {after_food}",
                "vomit/puke every time i eat", "vomit/puke whenever/when i eat",
                "vomit/vomiting/puke/puking everything i eat/ate", "so i throw up/vomit/puke",
                "so i can throw up/vomit/puke", "throw/throwing up in secret",
                "vomit/vomiting/puke/puking/purge/purging in secret",
                "throw up every time i eat", "throw up whenever/when i eat",
                "spit/spitting it/food out", "spit out my food",
                "fingers down my throat", "finger down my throat",
                "binge and purge", "binging/bingeing and purging", "binge purge",
                "purge/purged/purging", "chew and spit",
                "chewing and spitting", "laxatives after/so/to/every/before",
                "laxatives for weight",
                "laxatives to lose", "abusing laxatives", "laxative abuse",
                "diet pills and laxatives",
            ),
            unless_followed_by=(
                "that", "the", "some", "bad", "spoiled", "expired", "a/an", "too much",
                "sushi", "seafood", "street", "my closet/wardrobe/inbox/emails/files/photos",
                "my clothes/stuff/things", "old", "all my/the", "files", "data", "clutter",
                "raw", "undercooked", "dodgy", "out", "list", "of", "day", "my old",
                "my desk/drive/phone/laptop/contacts/notes/feed/music/playlist/garage",
                "this/that/these/those closet/wardrobe/inbox/list/drive/folder/file/files",
                "this/that/these/those email/emails/stuff/junk/clutter/mess/room/house",
                "this/that/these/those garage/phone/laptop/feed/playlist/account/accounts",
            ),
            unless_preceded_by=(
                *_NEG, "the", "a", "great", "big", "spring", "data", "closet", "wardrobe",
                "email", "inbox", "political",
            ),
        ),
    ),
    Rule(
        name="eating_disorder_named",
        kind="eating",
        why="Naming the illness, a relapse, or the communities that egg it on.",
        match=Phrases(
            any_of=(
                "eating disorder", "eating disorders", "anorexia", "anorexic", "bulimia",
                "bulimic", "ed relapse", "ed thoughts", "ed voice", "ed behaviours",
                "ed behaviors", "relapse/relapsed/relapsing into/with my? ed",
                "binge eating disorder", "thinspo", "meanspo", "bonespo", "pro ana", "proana",
                "pro mia", "promia", "ana coach", "arfid", "osfed", "orthorexia",
            ),
            unless_preceded_by=(
                *_NEG, "{media} about/on", "girl/boy/woman/man/character/person with",
            ),
        ),
    ),
    Rule(
        name="punish_with_food",
        kind="eating",
        why="Withholding food as a punishment; non-food self-punishment is left alone.",
        match=Phrases(
            any_of=(
                "punish myself", "punishing myself", "as punishment", "as a punishment",
                "to punish me", "punish my body", "punishing my body",
            ),
        ),
        context=Phrases(
            any_of=(
                "not eating", "no food", "skip meals", "skipping meals", "fast", "fasting",
                "starve", "starving", "don't eat", "didn't eat", "won't eat",
                "without eating", "not eat", "stop eating",
            ),
        ),
        near=8,
    ),
    Rule(
        name="low_calorie_limit",
        kind="eating",
        why="A calorie count below what a body needs, said as a limit on oneself.",
        match=Phrases(any_of=("{low_calories} calories/kcal/cals/cal",)),
        context=Phrases(
            any_of=(
                "restrict", "restricting", "only", "allow myself", "let myself", "limit",
                "limiting", "under", "below", "less than", "max", "maximum", "no more than",
            ),
        ),
        near=4,
        benign=Phrases(any_of=("recipe", "serving", "per serving", "portion", "snack")),
        benign_near=6,
    ),
    Rule(
        name="undo_eating",
        kind="eating",
        why="Needing to 'get rid of' food after eating describes purging without the word.",
        match=Phrases(
            any_of=(
                "throw/vomit/puke/bring it up", "throw/vomit/puke it all up",
                "get rid of it/them/everything", "get rid of the food/calories",
                "get rid of what i ate", "get it out of me", "get it all out",
            ),
        ),
        context=Phrases(
            any_of=(
                "ate", "eat", "eating", "food", "meal", "dinner", "lunch", "breakfast",
                "binge", "binged", "calories",
            ),
        ),
        near=12,
    ),
    Rule(
        name="not_eating_on_purpose",
        kind="eating",
        why="Going without food described as deliberate, or as a way to lose weight.",
        match=Phrases(
            any_of=(
                "on purpose", "deliberately", "intentionally", "to lose weight",
                "to be thinner", "to get thinner", "to be skinny", "to be skinnier",
                "to lose more", "a propósito", "para adelgazar", "para bajar de peso",
                "lost {digits} kilos/kg/kgs/kilograms/pounds/lbs/stone in a/one/two/three",
                "lost {digits} kilos/kg/kgs/kilograms/pounds/lbs/stone by",
                "para no engordar",
            ),
        ),
        context=Phrases(
            any_of=(
                "not eaten", "haven't eaten", "haven't had a proper? meal", "without eating",
                "not eating", "skipping meals", "skip meals", "skipped meals", "fasting",
                "haven't had food", "didn't eat", "don't eat", "stop eating",
                "stopped eating", "sin comer", "no he comido", "no como", "no comer",
                "no estoy comiendo", "dejé de comer", "barely eat", "barely eating",
                "hardly eat", "hardly eating",
            ),
        ),
        near=10,
    ),
    Rule(
        name="weight_by_not_eating",
        kind="eating",
        why="Weight loss credited to barely eating, or eating made to wait on a weight.",
        match=Phrases(
            any_of=(
                "barely eating", "barely eat", "hardly eating", "hardly eat", "won't eat until",
                "not eating until", "no food until", "can't eat until", "only allowed",
                "allow myself", "let myself have",
            ),
        ),
        context=Phrases(
            any_of=(
                "kilos", "kg", "pounds", "lbs", "weight", "thin", "thinner", "skinny",
                "a day", "per day", "calories", "rice cakes", "crackers", "an apple",
                "size",
            ),
        ),
        near=10,
    ),
    Rule(
        name="calorie_ceiling",
        kind="eating",
        why="Keeping calories under a number no adult body runs on.",
        match=Phrases(any_of=("under/below/beneath {low_calories}", "less than {low_calories}")),
        context=Phrases(any_of=("calorie", "calories", "kcal", "cals")),
        near=8,
        benign=Phrases(any_of=("recipe", "serving", "per serving", "portion", "snack", "meal")),
        benign_near=6,
    ),
    Rule(
        name="weight_fear_compensation",
        kind="eating",
        why="Purging or starving because of the scale: compensation, whatever the verb.",
        match=Phrases(
            any_of=(
                "throw up", "throwing up", "vomit", "vomiting", "puke", "purge", "starve",
                "starving myself", "skip meals", "stop eating",
            ),
        ),
        context=Phrases(
            any_of=(
                "gaining weight", "gain weight", "the number goes up", "the scale", "fat",
                "calories", "kilos", "pounds", "weigh myself",
            ),
        ),
        near=10,
    ),
    Rule(
        name="laxatives_for_control",
        kind="eating",
        why="Laxatives talked about as control or weight, not as medicine.",
        match=Phrases(any_of=("laxatives", "laxative", "diet pills")),
        context=Phrases(
            any_of=(
                "control", "only thing", "every day", "weight", "thin", "thinner",
                "after i eat", "after eating", "flat stomach", "lose",
            ),
        ),
        near=10,
    ),
    Rule(
        name="earning_food",
        kind="eating",
        why="Food that has to be earned or deserved first; 'I deserve food' on its own is "
        "self-kindness.",
        match=Phrases(
            any_of=("earn/deserve food/eating/meals", "earn/deserve my food/meals"),
            unless_followed_by=("money", "break", "budget"),
            only_after=("have/has/need/needs/had/got to {adv}?", "must {adv}?", "gotta"),
        ),
    ),
    Rule(
        name="making_up_for_food",
        kind="eating",
        why="Exercise to make up for eating, weighing all day and pills to kill hunger: "
        "compensation and control around food.",
        match=Phrases(
            any_of=(
                "make up for eating/food", "make up for what/everything i ate",
                "burn off what/everything i ate", "burn off every calorie",
                "weigh/weighing myself {number} times a/every day",
                "weigh/weighing myself every hour", "weigh/weighing myself every morning and night",
                "diet pills to not/stop/avoid", "appetite suppressants to not/stop/avoid",
                "diet pills so i", "appetite suppressants so i",
            ),
            unless_preceded_by=("{neg}",),
        ),
    ),
)
# fmt: on
