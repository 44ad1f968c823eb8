## The practice library and /practice: short, self-paced, one to three minutes each.

command-practice = Short practices, one to three minutes each

practice-list =
    <b>Short practices</b>, one to three minutes each:

    🤲 <b>Self-compassion break</b>: for when something hurts
    ✉️ <b>A letter from a kind friend</b>: for hearing a warmer voice than the critic's
    🫶 <b>Soothing touch</b>: for when your body feels on high alert
    🌬 <b>Three-breath pause</b>: a quick reset between things
    👥 <b>What would you tell a friend?</b>: for when the critic is loud
    🌱 <b>Good enough today</b>: for noticing what already counts
    🛌 <b>Permission to rest</b>: for when you're running low

    Which one would you like?
practice-list-unclear = I didn't catch which one. Tap a practice below, or type its name, like <i>breaths</i> or <i>rest</i>.
practice-unknown = I don't have a practice by that name. Here are the ones I know; tap one to begin.
practice-closed = Okay. The practices are here whenever you'd like one: just send /practice.
practice-use-buttons = Take your time. The buttons below move things on, and you can type here whenever you like.
practice-heard = Thank you for putting that into words.
practice-kept = Thank you. I've kept that for you, with your other notes.
practice-finished = That's the whole practice. However it went, you made a little room for yourself, and that's what counts.
practice-stopped = Okay, we'll stop here. The part you did was worth doing.

## Practice steps. Each step is a rotating family: flows name `practice-<name>-<step>` with
## rotate=True and the shell shows a member `-01`, `-02`, ... the user hasn't seen in 30 days.
## Members say the same thing in different words; keep at least three per step.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-self-compassion-break-1 = { practice-self-compassion-break-1-01 }
practice-self-compassion-break-1-01 =
    <b>Self-compassion break</b> · about 2 minutes

    Start by noticing what hurts right now. You don't need to fix it or explain it. Just name it plainly, to yourself or here: <i>this is hard</i>, <i>I'm disappointed</i>, <i>I feel behind</i>.
practice-self-compassion-break-1-02 =
    <b>Self-compassion break</b> · about 2 minutes

    First, pause and notice what's weighing on you. There's nothing to solve yet. Put it in a few plain words, in your head or here: <i>this stings</i>, <i>I'm worn out</i>, <i>I wanted this to go better</i>.
practice-self-compassion-break-1-03 =
    <b>Self-compassion break</b> · about 2 minutes

    Begin by turning toward what feels difficult right now, instead of pushing it away. Give it a short, honest name, silently or here: <i>this is painful</i>, <i>I'm stressed</i>, <i>this weighs on me</i>.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-self-compassion-break-2 = { practice-self-compassion-break-2-01 }
practice-self-compassion-break-2-01 =
    Next, remember that this is part of being a person. Nearly everyone knows the feeling of not being enough; somewhere, right now, plenty of people feel something close to what you feel.

    You're not the only one, and nothing is wrong with you for feeling it.
practice-self-compassion-break-2-02 =
    Now remind yourself that struggling is something people share. Feeling not good enough isn't a private flaw; it visits almost everyone, and many people are meeting it today too.

    You're in good company, even if it doesn't feel that way.
practice-self-compassion-break-2-03 =
    Next, widen the view a little. Hard moments like this are part of every life, not a sign you're doing life wrong. Plenty of people, right now, know exactly this feeling.

    You're not alone in it.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-self-compassion-break-3 = { practice-self-compassion-break-3-01 }
practice-self-compassion-break-3-01 =
    Last, offer yourself a few kind words, the sort you'd use with someone you care about. Maybe <i>I'm doing what I can</i> or <i>I can be patient with myself today</i>.

    Find your own if you like, and say them slowly, in your head or here.
practice-self-compassion-break-3-02 =
    Finally, say something kind to yourself, the way you'd speak to a friend having this exact day. Perhaps <i>this is hard, and I can go easy on myself</i> or <i>I'm still learning</i>.

    Use your own words if they fit better, in your head or here.
practice-self-compassion-break-3-03 =
    To close, give yourself a little warmth in words. Something like <i>may I be gentle with myself right now</i> or <i>it makes sense that this hurts</i>.

    Change them until they sound like you, and let them land slowly, silently or here.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-kind-friend-letter-1 = { practice-kind-friend-letter-1-01 }
practice-kind-friend-letter-1-01 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Think of someone who is warm toward you whatever happens: a friend, a relative, a teacher, or someone you imagine. They know what you struggle with, and they're firmly on your side.
practice-kind-friend-letter-1-02 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Bring to mind someone who cares about you without conditions. They can be real or imagined, from now or from long ago. They see what you find hard, and their warmth doesn't waver.
practice-kind-friend-letter-1-03 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Imagine a friend whose kindness toward you never runs out. They know the things you're hardest on yourself about, and they look at them with patience rather than judgement.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-kind-friend-letter-2 = { practice-kind-friend-letter-2-01 }
practice-kind-friend-letter-2-01 = Now write a few lines to yourself as that friend. What would they say about what you're carrying today? Let them be honest and gentle at once. Type it here if you like, or write it anywhere.
practice-kind-friend-letter-2-02 = As that friend, write yourself a short note about today. What do they notice about how hard you're trying? They can be truthful and kind in the same breath. Type it here if you like, or on any scrap of paper.
practice-kind-friend-letter-2-03 = Let that friend do the writing now. A few lines are plenty: what would they want you to hear about what's been weighing on you? Type it here if you like, or write it wherever suits you.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-kind-friend-letter-3 = { practice-kind-friend-letter-3-01 }
practice-kind-friend-letter-3-01 = Read it back slowly, as if it had just arrived in the post. Is there one sentence you'd like to keep close for the rest of today?
practice-kind-friend-letter-3-02 = Now read your letter slowly, as though someone had just handed it to you. Which words feel warmest? You're welcome to carry them with you today.
practice-kind-friend-letter-3-03 = Take a moment to read it back, line by line, as the person it was written for. If one phrase stands out, let it be the one you return to later.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-soothing-touch-1 = { practice-soothing-touch-1-01 }
practice-soothing-touch-1-01 =
    <b>Soothing touch</b> · about 1 minute

    When your body is on high alert, a little warmth can tell it that it's safe enough to settle. Rest a hand somewhere that feels comforting: over your heart, on your cheek, or one hand holding the other.
practice-soothing-touch-1-02 =
    <b>Soothing touch</b> · about 1 minute

    Gentle touch can help a tense body remember that it's allowed to calm down. Place a hand wherever feels kind: on your chest, your arm, your stomach, or cupped around your other hand.
practice-soothing-touch-1-03 =
    <b>Soothing touch</b> · about 1 minute

    When everything feels tight and alert, warmth can be a quiet signal to ease off. Find a spot that feels comforting and rest a hand there: your heart, your shoulder, your cheek.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-soothing-touch-2 = { practice-soothing-touch-2-01 }
practice-soothing-touch-2-01 = Keep your hand there and take three slow breaths. Let each breath out be a little longer than the breath in, and notice the warmth and gentle weight of your hand.
practice-soothing-touch-2-02 = Leave your hand where it is and breathe slowly three times. Make each out-breath a touch longer than the in-breath, and feel the warmth under your palm.
practice-soothing-touch-2-03 = Stay like this for three unhurried breaths. Let the breath out take its time, longer than the breath in, and notice the soft pressure of your hand.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-soothing-touch-3 = { practice-soothing-touch-3-01 }
practice-soothing-touch-3-01 = Before you let go, notice whether anything shifted, even slightly. If nothing did, that's fine too: you gave yourself a moment of care.
practice-soothing-touch-3-02 = As you lower your hand, check in: does anything feel a little different? Even if nothing does, you just took care of yourself for a minute, and that matters.
practice-soothing-touch-3-03 = Before moving on, notice how you feel now, without needing it to have changed. Offering yourself care counts, whatever it did or didn't shift.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-three-breaths-1 = { practice-three-breaths-1-01 }
practice-three-breaths-1-01 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: breathe in and simply notice where you are. The seat under you, the floor, the sounds around you.
practice-three-breaths-1-02 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: as the air comes in, just arrive. Notice what's holding you up, and what you can hear.
practice-three-breaths-1-03 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: breathe in and let your attention land where you are. Your feet, the chair, the light in the room.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-three-breaths-2 = { practice-three-breaths-2-01 }
practice-three-breaths-2-01 = Second breath: as you breathe out, let one thing soften. Your shoulders, your jaw, or your hands.
practice-three-breaths-2-02 = Second breath: on the way out, let something loosen. Maybe your forehead, your shoulders or your grip.
practice-three-breaths-2-03 = Second breath: breathe out slowly and let one tight spot let go a little. Your jaw, your belly, your hands.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-three-breaths-3 = { practice-three-breaths-3-01 }
practice-three-breaths-3-01 = Third breath: breathe in and quietly ask, <i>what do I need next?</i> Whatever the answer is, it can be small.
practice-three-breaths-3-02 = Third breath: as you breathe in, ask yourself gently, <i>what would help right now?</i> A small answer is a good answer.
practice-three-breaths-3-03 = Third breath: breathe in and wonder, <i>what's one kind next step?</i> It can be as small as a glass of water.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-friend-view-1 = { practice-friend-view-1-01 }
practice-friend-view-1-01 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Picture a good friend coming to you with exactly what you're dealing with today, and the same harsh thoughts about it.
practice-friend-view-1-02 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Imagine someone you care about telling you about a day just like yours, and being as hard on themselves as you've been on you.
practice-friend-view-1-03 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Think of a friend in your exact situation, hearing the same critical thoughts you're hearing today. Picture them sitting across from you.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-friend-view-2 = { practice-friend-view-2-01 }
practice-friend-view-2-01 = What would you say to them? Not the perfect answer, just what you'd really say. Type it here if you'd like.
practice-friend-view-2-02 = What would you want them to hear from you? It doesn't need to be wise or polished, just honest. Type it here if you like.
practice-friend-view-2-03 = How would you answer them? Say it the way it would actually come out. You can type it here if you'd like.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-friend-view-3 = { practice-friend-view-3-01 }
practice-friend-view-3-01 = Now turn those words around and offer them to yourself. You don't have to believe them fully; letting them in a little is enough for today.
practice-friend-view-3-02 = Now offer those same words to yourself. They may feel strange pointed inward, and that's okay; letting a little of them in is plenty for today.
practice-friend-view-3-03 = Try saying those words back to yourself, as if a friend were saying them to you. Believing them halfway is a perfectly fine start.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-good-enough-today-1 = { practice-good-enough-today-1-01 }
practice-good-enough-today-1-01 =
    <b>Good enough today</b> · about 1 minute

    Name one thing from today that was good enough. It can be tiny: you ate lunch, you answered one message, you stopped when you were tired. Type it here if you like.
practice-good-enough-today-1-02 =
    <b>Good enough today</b> · about 1 minute

    What's one thing today that was good enough? Small counts: you drank some water, you got out of bed, you asked for help. Type it here if you like.
practice-good-enough-today-1-03 =
    <b>Good enough today</b> · about 1 minute

    Look back over today and pick one thing that did its job, even roughly. You made a meal, sent a reply, took a break. Type it here if you like.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-good-enough-today-2 = { practice-good-enough-today-2-01 }
practice-good-enough-today-2-01 = It didn't need to be perfect to count. Let yourself notice that it was enough, and so were you.
practice-good-enough-today-2-02 = That thing was good enough just as it was, no polishing needed. The same is true of you today.
practice-good-enough-today-2-03 = Let that one thing stand on its own, without adding what could have been better. It was enough, and so are you.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-rest-permission-1 = { practice-rest-permission-1-01 }
practice-rest-permission-1-01 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>I have permission to rest today. Rest isn't a prize for finishing everything; everything is never quite finished. I'm allowed to stop before it is.</i>

    Read it once more, slowly, and let it be true for today.
practice-rest-permission-1-02 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>Today I'm allowed to rest. I don't have to earn it by getting everything done, because the list never truly ends. I can stop while things are still unfinished.</i>

    Read it again slowly, and let it hold for today.
practice-rest-permission-1-03 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>Rest is allowed for me today. It isn't a reward for being productive enough; it's something I need, like food or sleep. I can take some before the work is done.</i>

    Read it once more, gently, and let it stand for today.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-rest-permission-2 = { practice-rest-permission-2-01 }
practice-rest-permission-2-01 = What's one small way you could rest in the next few hours? Five minutes with your eyes closed counts. Type it here if you'd like, or just keep it in mind.
practice-rest-permission-2-02 = What's one small bit of rest you could fit into the next few hours? Sitting quietly for five minutes counts. Type it here if you like, or just hold it in mind.
practice-rest-permission-2-03 = Where could a little rest fit in later today? A short walk or a cup of tea is plenty. Type it here if you'd like, or keep it to yourself.

## Button labels for the practices: plain text, short.

button-practice-self-compassion-break = 🤲 Self-compassion break
button-practice-kind-friend-letter = ✉️ Letter from a kind friend
button-practice-soothing-touch = 🫶 Soothing touch
button-practice-three-breaths = 🌬 Three-breath pause
button-practice-friend-view = 👥 What would you tell a friend?
button-practice-good-enough-today = 🌱 Good enough today
button-practice-rest-permission = 🛌 Permission to rest
button-practice-not-now = Not now
button-practice-next = Next
button-practice-stop = Stop here
button-practice-done = Done
button-practice-another = Another practice
