"""Rules for abuse and violence at home (English).

Families:

* violence by a partner, parent or other household member ("my husband hits me", "he
  choked me"), with the idioms that share the words ("hit me up", "beat me at chess",
  "pushed me to apply", "grabbed me a coffee");
* the same acts told at length, with the household word or pronoun a few words away
  ("my dad, when he drinks, hits us"), and things thrown at the person;
* threats ("threatened to kill me", "says he'll hurt me", "he'll take the kids"), and
  any threat made conditional on leaving or telling;
* fear of someone at home ("afraid of my partner", "scared to go home", "I lock my door
  at night because of my stepdad");
* coercive control ("checks my phone", "takes my paycheck", "won't let me see friends",
  "not allowed to leave without his permission");
* naming it ("abusive relationship", "domestic violence", "being abused") and sexual
  violence.

A person at work ("my boss threatened to fire me") is not home: these rules ask for a
family or household word, or a pronoun standing for one, next to the act. "My mom will
kill me when she sees my grades" is hyperbole, so threats to kill only count when they
are reported as threats ("threatened to kill me", "said he'd kill me").
"""

from __future__ import annotations

from flows.screen_model import STILL_NOW, Phrases, Rule

# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    "violent_verb": (
        "hit/hits/hitting/slap/slaps/slapped/slapping/punch/punches/punched/punching",
        "smack/smacks/smacked/smacking/choke/chokes/choked/choking/strangle/strangles",
        "strangled/strangling/kick/kicks/kicked/kicking/shove/shoves/shoved/shoving",
        "bit/bites/biting/beaten/attack/attacks/attacked/attacking/burned/burnt/burns",
        "threw/throws/throwing/dragged/drags/dragging/pinned/pins/pinning/headbutted",
        "suffocated/suffocates/smothered/whipped/whips/belted",
        "push/pushes/pushed/pushing/grab/grabs/grabbed/grabbing/shook/shakes/shaking",
    ),
    # What someone at home does to the person, in the words people use for it.
    "home_violence": (
        "throws/threw/throw things/stuff at {object}", "hurts/hurt/hurting {object}",
        "gets/got/get/is/was violent", "can be violent", "gets/got physical", "gets rough",
        "pushed/shoved {object} down/into/against", "locks/locked {object} in/out",
        "broke my nose/arm/ribs/wrist/finger/jaw/tooth", "gave me a black eye",
        "slammed/smashed/banged/shoved/pushed my head/face into/against",
        "slammed/smashed/banged my head/face", "does to me", "did to me",
        "{violent_verb} {object}",
    ),
    "beat_verb": ("beat", "beats", "beating"),
    # Where and when a beating happens at home, or where on the body it lands.
    "where_hurt": (
        "at home/night/bedtime/dinner", "at times", "in the bathroom/kitchen/bedroom/basement",
        "in the garage/car/garden/yard/shower/hallway/night/evening/evenings",
        "in the face/head/stomach/back/ribs",
        "in my/his/her/their/our room/bedroom/sleep", "in front of",
        "on the head/back/legs/face/arms/body/floor", "when he's/she's/they're drunk/angry/mad",
        "when he/she/they drink/drinks/drank/gets/get/got drunk/angry/mad",
        "whenever he/she/they", "while mum/mom/dad/everyone is/was out/away/asleep",
        "when mum/mom/dad/nobody is/was out/away/home/around",
        "if i/we cry/talk/speak/complain/tell",
    ),
    "threat_verb": ("threatened", "threatens", "threatening", "threaten"),
    "threat_act": (
        "to kill/hurt/hit/beat/stab/shoot/strangle {object}", "to take the/my kids/children/baby",
        "to kick/throw me out", "to kill/hurt himself/herself/themselves if i",
    ),
    "he_will": (
        "he'll", "she'll", "they'll", "he will", "she will", "they will", "he is going to",
        "she is going to", "he's going to", "she's going to", "he would", "she would",
        "he'd", "she'd",
    ),
    "fear": ("afraid", "scared", "terrified", "frightened", "fearful"),
    # Control of the phone, money, movement or friends.
    "control_act": (
        "checks/checked/reads/read my phone/texts/messages/emails/dms",
        "goes/went through my phone/texts/messages", "reads all my messages/texts/emails",
        "tracks/tracked my location/phone", "takes/took/keeps/kept all? my {valuables}",
        "takes/took/keeps/kept all my money", "isolates/isolated me",
        "won't/doesn't/didn't/wouldn't/never let me {allowed}",
    ),
    "valuables": (
        "paycheck", "money", "salary", "wages", "card", "phone", "keys", "passport", "id",
        "pay", "benefits", "savings",
        "bank card", "car keys",
    ),
    "allowed": (
        "leave", "go out", "see my", "talk to", "have money", "have my own", "work",
        "use my phone", "sleep", "eat", "go anywhere", "out of the house",
    ),
}

# Idioms that share a violent verb with "me": "hit me up", "pushed me to apply",
# "grabbed me a coffee", "kicked me out of the group project", "it hit me that...".
_NOT_VIOLENCE = (
    "up", "up with", "back", "with a/an/the/some/this/that/his/her/their? {news}",
    "with {number} new? {news}", "to the punch/finish/line/top/altar",
    "to apply/do/be/get/try/go/study/work/call/send/finish/keep/take/make/start/stop/see",
    "to excel/succeed/achieve/win/improve/perform/practise/practice/train/read/eat/sleep",
    # Pressure said with how often: "my parents push me all the time to be the best".
    "{still_now} to", "{still_now} harder/forward", "{still_now} too hard/much/far",
    "so hard/much to",
    "to parties/church/events/dinner/yoga/meetings/concerts", "to the party/gym/mall",
    "to his/her/their parents", "too hard/much/far", "harder", "hard to", "forward",
    "towards", "toward", "beyond", "out of my comfort zone",
    "a/an/some coffee/drink/tea/snack/bite/seat/chair/plate/sandwich/beer/water/lunch",
    "a/an/some dinner/pizza/ticket/towel/blanket/jacket/cookie/present/gift",
    "a/an party/surprise/bone/curveball/lifeline/look/glance/smile/wink/compliment/ball",
    "out of the group/project/team/chat/game", "off the couch/bed/team/project",
    "like a ton of bricks", "hard emotionally", "in the feels", "right in the feels",
    "differently", "the wrong way", "awake", "out of my daydream", "out of it",
    "when i least expect", "playfully", "jokingly", "as a joke", "for fun", "lightly",
    "gently", "by accident", "accidentally",
    "with a/the pillow/snowball/cushion/balloon/nerf/foam/towel", "during a pillow fight",
    "under the table", "a/an coat/umbrella/bag/sweater/jumper/hoodie/scarf/hat/glass",
    "a/an cup/mug/bottle/sandwich/spot/place/seat/ticket", "a/an birthday/surprise/welcome",
)
_NOT_VIOLENCE_BEFORE = ("it", "this", "that", "reality", "which", "nothing")
# "beat me to it", "beat me at chess", "beat me in the final", "beat me by two points".
_NOT_BEATING = ("to", "at", "in", "by", "on", "again at/in/to", "fair", "easily", "every time")
_HOUSEHOLD = Phrases(any_of=("my {family}", "a {family} who", "our {family}"))

RULES: tuple[Rule, ...] = (
    Rule(
        name="violence_by_household",
        kind="abuse",
        why="Someone at home hitting, choking, pushing or throwing things at the person.",
        match=Phrases(
            any_of=(
                "{abuser} {adv}? {home_violence}", "bruises/marks he/she/they left",
                "bruises from where he/she/they", "bruises from my {family}",
                "lock/locks/locked me/us in my/our? room",
                "next time it'll be me/you", "next time it will be me/you",
                "{abuser} {adv}? {violent_verb} the wall next to my/me",
                "{abuser} {adv}? {violent_verb} the wall beside/behind/near my/me",
                "{abuser} {adv}? locks/locked the? food away/up",
            ),
            unless_followed_by=_NOT_VIOLENCE,
            still_counts_before=("{aside}", "{still_now} {aside}"),
            unless_preceded_by=_NOT_VIOLENCE_BEFORE,
        ),
    ),
    Rule(
        name="violence_near_household",
        kind="abuse",
        why="The same acts told at length: the household word is nearby, not right before.",
        match=Phrases(
            any_of=("{violent_verb} {object}",),
            unless_followed_by=_NOT_VIOLENCE,
            unless_preceded_by=(
                *_NOT_VIOLENCE_BEFORE, "baby", "dog", "cat", "ball", "door", "wave", "car",
            ),
        ),
        context=_HOUSEHOLD,
        near=12,
    ),
    Rule(
        name="violence_near_pronoun",
        kind="abuse",
        why="'She screams at me and hits me': the person is a pronoun a few words back.",
        match=Phrases(
            any_of=("{violent_verb} {object}",),
            unless_followed_by=_NOT_VIOLENCE,
            unless_preceded_by=(
                *_NOT_VIOLENCE_BEFORE, "baby", "dog", "cat", "ball", "door", "wave", "car",
            ),
        ),
        context=Phrases(any_of=("he", "she", "they")),
        near=6,
    ),
    Rule(
        name="beating_by_household",
        kind="abuse",
        why="Beating, kept apart from its sporting idioms ('beat me at chess', 'beat me to it').",
        match=Phrases(
            any_of=(
                "{abuser} {adv}? {beat_verb} {object} up", "beats {object} up",
                "{abuser} {adv}? {beat_verb} {object}", "beat/beats the crap out of me",
                "beat/beats {object} with",
            ),
            unless_followed_by=_NOT_BEATING,
            still_counts_before=STILL_NOW,
        ),
    ),
    Rule(
        name="beating_at_home",
        kind="abuse",
        why="'At', 'in' and 'on' after a beating are where games are won ('at chess', 'in "
        "the final'); at home, at night, in a room of the house or on the body, they are "
        "where and how someone is hurt.",
        match=Phrases(
            any_of=(
                "{abuser} {adv}? {beat_verb} {object} {where_hurt}",
                "{abuser} {adv}? {beat_verb} {object} up {where_hurt}",
            ),
            unless_followed_by=(
                "at/in chess/cards/tennis/golf/pool/darts/games/cooking/scrabble/monopoly",
                "at/in ping/table/board/video/every/any",
            ),
        ),
    ),
    Rule(
        name="beating_near_household",
        kind="abuse",
        why="Beating told at length, with the household word nearby.",
        match=Phrases(any_of=("{beat_verb} {object}",), unless_followed_by=_NOT_BEATING),
        context=_HOUSEHOLD,
        near=12,
    ),
    Rule(
        name="threats_at_home",
        kind="abuse",
        why="Threats of violence or of taking the children, from someone at home.",
        match=Phrases(
            any_of=(
                "{abuser} {adv}? {threat_verb} {object}", "{threat_verb} {threat_act}",
                "{he_will} hurt/hit/beat/strangle/stab {object}",
                "{he_will} take the/my kids/children/baby",
                "says/said {he_will} kill/hurt {object}", "if i leave {he_will} kill/hurt/find",
                "told me/us {he_will} kill/hurt {object}",
                "{nobody} would believe me if i told", "what he/she does to me",
                "kill/hurt me if i {adv}? leave/left/tell/told/go/went/talk",
            ),
            unless_followed_by=(
                "to leave", "to break up", "to quit", "to cancel", "to sell", "to hide",
                "to tell", "with a pillow", "at chess", "in",
            ),
        ),
    ),
    Rule(
        name="threats_near_household",
        kind="abuse",
        why="Threats told at length ('my ex keeps showing up ... and threatening me').",
        match=Phrases(any_of=("{threat_verb} {object}",)),
        context=_HOUSEHOLD,
        near=12,
    ),
    Rule(
        name="fear_of_household",
        kind="abuse",
        why="Being afraid of a partner or parent, or of going home.",
        match=Phrases(
            any_of=(
                "{fear} of my {family}", "{fear} of him/her", "{fear} to go/come/be home",
                "{fear} to go back home", "{fear} of going home",
                "{fear} to be alone with him/her/my", "{fear} {he_will} hurt/hit/kill",
                "{fear} of what {he_will} do", "{fear} of what he/she might/will/would do",
                "{fear} of what my {family} will/would/might do",
                "don't feel safe at home", "not safe at home", "unsafe at home",
                "don't feel safe with my {family}", "not safe with my {family}",
                "walking on eggshells around my {family}",
            ),
            unless_followed_by=(
                "finding", "knowing", "seeing", "reading", "hearing", "learning", "noticing",
                "thinking", "judging", "asking", "being disappointed", "reaction",
                "reactions", "opinion", "disappointment", "will be disappointed",
                "would be disappointed", "disapproving", "will find", "would find",
                "will think", "would think", "will see", "might", "getting", "dying",
                "being sick", "leaving me", "will leave", "would leave", "late",
                "empty", "alone", "tomorrow", "with the baby", "spiders",
                "because my flat/house/place/room/apartment", "because of the mess",
                "because my in-laws", "because i'll have to",
            ),
            unless_preceded_by=("{neg}",),
        ),
    ),
    Rule(
        name="fear_of_being_killed",
        kind="abuse",
        why=(
            "Fearing that someone at home will hurt or kill you. 'My mom will kill me when "
            "she sees my grades' is the hyperbole twin, so 'when she sees' cancels it."
        ),
        match=Phrases(
            any_of=(
                "{fear} {abuser} is going/gonna to? kill/hurt/hit/beat me",
                "{fear} {abuser} will/might/would/could kill/hurt/hit/beat me",
                "{fear} {abuser} is going/gonna to? kill/hurt/hit/beat me for real",
                "{fear} {abuser} will/might/would/could kill/hurt/hit/beat me for real",
            ),
            unless_followed_by=(
                "when he/she sees/finds/hears/gets/reads/learns",
                "if he/she finds/sees/hears/knows", "for", "over", "about",
            ),
            still_counts_before=STILL_NOW,
        ),
    ),
    Rule(
        name="coercive_control",
        kind="abuse",
        why="Control of phone, money, movement or friends by a partner or parent.",
        match=Phrases(
            any_of=(
                "{abuser} {adv}? {control_act}", "cut me off from my friends/family",
                "controlling relationship", "controlling marriage",
            ),
            unless_followed_by=(
                "for typos/mistakes/errors", "before i send/post/submit", "to help",
                "junk/dessert/desserts/sweets/candy/sugar/chocolate/snacks/crisps/chips",
                "fast food", "in my room", "on the couch", "before/after dinner",
                "before/after lunch", "pay", "the bill",
            ),
        ),
    ),
    Rule(
        name="control_near_household",
        kind="abuse",
        why="Control told at length: 'my boyfriend follows me everywhere and reads my phone'.",
        match=Phrases(
            any_of=(
                "{control_act}", "follows me everywhere", "follows/tracks me everywhere",
            ),
            unless_followed_by=(
                "for typos/mistakes/errors", "before i send/post/submit", "to help",
                "junk/dessert/desserts/sweets/candy/sugar/chocolate/snacks/crisps/chips",
                "fast food", "in my room", "on the couch", "pay", "the bill",
            ),
        ),
        context=_HOUSEHOLD,
        near=10,
    ),
    Rule(
        name="locking_myself_in",
        kind="abuse",
        why="Locking one's own door at night because of someone at home.",
        match=Phrases(
            any_of=(
                "door locked", "lock my door", "locked my door", "sleep with a knife",
                "barricade my door", "chair against the door", "hide in my room",
            ),
        ),
        context=_HOUSEHOLD,
        near=8,
    ),
    Rule(
        name="thrown_at_me",
        kind="abuse",
        why="Things thrown at the person ('threw a plate at my head') by someone at home.",
        match=Phrases(any_of=("threw/throws/throwing/hurled/hurls",)),
        context=Phrases(
            any_of=("at me", "at my head/face", "at us", "at my mum/mom/sister/brother"),
        ),
        near=5,
        benign=Phrases(
            any_of=(
                "ball", "frisbee", "party", "pillow", "snowball", "confetti", "idea",
                "question", "questions", "curveball", "shade", "a look",
            ),
        ),
        benign_near=5,
    ),
    Rule(
        name="threat_if_i_leave",
        kind="abuse",
        why="Any threat made conditional on leaving or telling is coercion.",
        match=Phrases(
            any_of=(
                "{threat_verb}", "said he'd/she'd/he'll/she'll",
                "says/said he/she would/will kill/hurt/harm",
                "says/said he/she wants/wanted to kill/hurt/harm",
                "says/said he'll/she'll/he'd/she'd/hell/shed kill/hurt/harm",
            )
        ),
        context=Phrases(
            any_of=(
                "if i leave/left/go/tell/told", "if i ever leave/left/tell",
                "if i break up", "if i report", "if i don't/dont answer/reply/come/stay",
                "if i do not answer/reply/come/stay",
            ),
        ),
        near=10,
    ),
    Rule(
        name="not_allowed_at_home",
        kind="abuse",
        why="Needing a partner's or parent's permission to leave, see people or spend.",
        match=Phrases(
            any_of=(
                "not allowed to {allowed}", "without his/her permission",
                "without my {family_pos} permission",
                "have to ask permission to", "breaks/smashes/smashed/broke things",
                "punches/punched walls/the wall",
            ),
        ),
        context=Phrases(
            any_of=("my {family}", "{family_pos}", "he", "she", "him", "her", "our {family}"),
        ),
        near=10,
    ),
    Rule(
        name="controlling_household",
        kind="abuse",
        why="A partner or parent who controls or monitors, minus the remote and the budget.",
        match=Phrases(
            any_of=(
                "{abuser} {adv}? controls/controlled/control/monitors/monitored/tracks",
                "my {family} is/was {adv}? controlling", "controlling {family}",
            ),
            unless_followed_by=(
                "the", "a", "our", "about", "my grammar/spelling/drafts/homework/work",
                "my essay/cv/resume/calendar/diet/sleep/steps", "for typos", "his/her own",
                "their own", "himself", "herself", "themselves",
            ),
        ),
    ),
    Rule(
        name="abuse_named",
        kind="abuse",
        why="Naming abuse or domestic violence, and sexual violence at any age.",
        match=Phrases(
            any_of=(
                "domestic violence/abuse", "intimate partner violence", "family violence",
                "abusive relationship/partner/husband/wife/boyfriend/girlfriend/marriage/home",
                "abusive household/father/mother/dad/mom/mum/parents/parent/ex/stepfather",
                "abusive stepdad/stepmother/stepmom/family/brother/sister/fiance",
                "my {family} is/was {adv}? abusive", "my {family} can be {adv}? abusive",
                "he's/she's {adv}? abusive", "he/she is {adv}? abusive", "being abused",
                "been abused", "was abused", "i'm abused", "abused/abuses/abusing me",
                "abuse at home", "abused as a kid/child",
                "emotional/physical/sexual/verbal abuse", "raped me", "i was raped",
                "got raped", "been raped", "raping me", "molested me", "molests me",
                "was molested", "sexually assaulted", "forces/forced/forcing me to have sex",
                "forces/forced me to sleep with", "forces/forced me into sex",
                "forces/forced himself on me", "{abuser} {adv}? touches/touched me",
                "touches/touched me when", "makes/made me do sexual", "marital rape",
            ),
            unless_followed_by=(
                "deeply", "emotionally", "so much", "a lot", "on the shoulder",
                "with food/alcohol/drugs/sugar/caffeine/work/exercise/myself/money/shopping",
                "with my phone/body/eating/food", "with social media",
            ),
            unless_preceded_by=("{neg}", "substance", "drug", "alcohol"),
        ),
    ),
    Rule(
        name="silenced_and_watched",
        kind="abuse",
        why="Being told nobody will believe you, asking a partner's permission to spend, "
        "a phone broken so you cannot call, or fear of what someone at home does when "
        "drinking: control and fear without a blow named. What a parent will say or "
        "think about grades is the everyday perfectionist worry and is left to the flows.",
        match=Phrases(
            any_of=(
                "says/said/tells/told me? {nobody} will/would {adv}? believe me",
                "{nobody} will/would {adv}? believe me if i tell/told/report/reported",
                "my {family} makes/made me ask permission to",
                "my {family} makes/made me ask for permission to",
                "he/she makes/made me ask permission to",
                "he/she makes/made me ask for permission to",
                "broke/smashed/took/hid my phone so i couldn't/can't/cannot/wouldn't",
                "scared/afraid/terrified of what my {family} does/did",
                "scared/afraid/terrified of what my {family} will/might/could/would do",
                "scared/afraid/terrified of my {family} when he/she/they drinks/drink",
                "scared/afraid/terrified of my {family} when he/she/they gets/get drunk",
                "my {family} screams/yells/shouts at me until i",
                "my {family} screams/yells/shouts at me for hours",
            ),
            unless_followed_by=("at work", "about my grades/marks"),
            unless_preceded_by=("{neg}",),
        ),
    ),
)
# fmt: on
