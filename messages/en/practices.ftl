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
## Members say the same thing in different words; keep at least twelve per step.

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
practice-self-compassion-break-1-04 =
    <b>Self-compassion break</b> · about 2 minutes

    Let's start with what's here. Something is hurting, and it deserves to be noticed before anything else. What would you call it? Maybe <i>this is a lot</i>, <i>I'm let down</i> or <i>I'm scared of getting it wrong</i>. Say it quietly to yourself, or type it here.
practice-self-compassion-break-1-05 =
    <b>Self-compassion break</b> · about 2 minutes

    Check in with yourself for a moment: where does it ache today? No reasons or solutions needed, only a simple label, in your head or here: <i>I'm frustrated</i>, <i>I feel exposed</i>, <i>this hurts more than I expected</i>.
practice-self-compassion-break-1-06 =
    <b>Self-compassion break</b> · about 2 minutes

    Set down whatever you were doing and look at what's hard. You can leave it exactly as it is; naming it is enough for now. A few honest words will do, silently or here: <i>I'm tired of trying so hard</i>, <i>I feel small</i>, <i>this matters to me</i>.
practice-self-compassion-break-1-07 =
    <b>Self-compassion break</b> · about 2 minutes

    Something brought you here. Before trying to change it, simply acknowledge it. Pick words that fit, inwardly or here: <i>ouch</i>, <i>I'm anxious about this</i>, <i>I feel like I can't keep up</i>.
practice-self-compassion-break-1-08 =
    <b>Self-compassion break</b> · about 2 minutes

    For this first part, you're only a witness. Notice the feeling that's loudest right now and give it a name, in your head or here. Something as short as <i>hurt</i>, <i>embarrassed</i> or <i>overwhelmed</i> is plenty.
practice-self-compassion-break-1-09 =
    <b>Self-compassion break</b> · about 2 minutes

    Take a breath and ask yourself gently: what's hard right now? Whatever the answer is, it doesn't have to make sense or be sorted out. Put it simply, to yourself or here: <i>I'm under pressure</i>, <i>I'm asking too much of myself</i>, <i>I miss feeling okay</i>.
practice-self-compassion-break-1-10 =
    <b>Self-compassion break</b> · about 2 minutes

    You don't have to be okay to begin. Just notice the difficult part of this moment and call it what it is, quietly or here: <i>this is stressful</i>, <i>I feel ashamed</i>, <i>I'm struggling</i>. Plain words are the right words.
practice-self-compassion-break-1-11 =
    <b>Self-compassion break</b> · about 2 minutes

    Slow down for a second and feel where things are tender. There's no rush to explain. Try naming it in one short line, privately or here: <i>I'm hurting</i>, <i>I'm worried I'm not enough</i>, <i>today got heavy</i>.
practice-self-compassion-break-1-12 =
    <b>Self-compassion break</b> · about 2 minutes

    The first step is to acknowledge the pain instead of arguing with it. Big or small, it counts. Give it a few words, in your mind or here: <i>this is tough</i>, <i>I feel raw</i>, <i>I'm being hard on myself</i>.

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
practice-self-compassion-break-2-04 =
    Now bring to mind how common this is. Feeling like you're falling short is one of the most ordinary human experiences there is, and people of every age and background know it well.

    This feeling connects you to others; it doesn't set you apart.
practice-self-compassion-break-2-05 =
    Next, let yourself remember that everybody stumbles and everybody hurts. Today, in kitchens and offices and buses everywhere, people are carrying something much like this.

    You belong among them, not outside them.
practice-self-compassion-break-2-06 =
    Here's something worth holding: imperfection is the shared human condition, not a personal defect. Anyone who has cared about doing something well has met this feeling.

    It's part of being a person.
practice-self-compassion-break-2-07 =
    Now think of all the people who, at this very moment, feel stretched, unsure or disappointed. You can't see them, but they're there, and they're a lot like you.

    Whatever you're feeling, you're feeling it alongside others.
practice-self-compassion-break-2-08 =
    Stay with this thought for a moment: struggle is part of everyone's story. The people you admire have had days like this one too, even if they never showed it.

    Nothing about this moment makes you the odd one out.
practice-self-compassion-break-2-09 =
    Next, loosen the idea that this is only happening to you. Self-doubt and disappointment turn up in every life, and they don't choose people because they deserve it.

    You're one of many who feel this.
practice-self-compassion-break-2-10 =
    Now picture someone else going through exactly this. You'd probably see it as understandable, even ordinary. It's just as understandable in you.

    Hard feelings are common ground, not a mark against you.
practice-self-compassion-break-2-11 =
    Remind yourself, gently, that difficulty is shared. Being human includes getting tired, making mistakes and wishing things had gone differently. Countless people are in that place today.

    You're part of that wider circle.
practice-self-compassion-break-2-12 =
    Next, notice that pain like this tends to whisper <i>only you</i>. It isn't true. Feeling not enough is something millions of people wrestle with, quietly, every day.

    You have more company than it seems.

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
practice-self-compassion-break-3-04 =
    Now let a kinder voice speak. Try something like <i>I'm allowed to struggle</i> or <i>I'm here for myself</i>.

    If other words come, use those instead, and let them sink in, silently or here.
practice-self-compassion-break-3-05 =
    To finish, answer the hard part with something caring. You might try <i>I've been carrying a lot</i> or <i>I deserve kindness too</i>.

    Say it your own way, quietly or here, and take your time with it.
practice-self-compassion-break-3-06 =
    Finally, what would you say to someone you love who felt this way? Say that to yourself. Perhaps <i>you're trying, and that counts</i> or <i>it's okay to take this one step at a time</i>.

    Tweak the words until they ring true, in your head or here.
practice-self-compassion-break-3-07 =
    Now offer yourself the support you'd give a good friend. Something simple works: <i>I'm with you</i>, <i>I can go through this gently</i>.

    Reword it however you like and let it settle, silently or here.
practice-self-compassion-break-3-08 =
    Last step: speak to yourself kindly for a moment. You could say <i>it's okay not to have it all figured out</i> or <i>I'm doing my best with what I have today</i>.

    If your own words fit better, use them, in your head or here.
practice-self-compassion-break-3-09 =
    To end, choose a phrase that feels like a warm hand on your shoulder. Maybe <i>I can be on my own side</i> or <i>this moment is hard, and I can be kind in it</i>.

    Say it slowly, once or a few times, silently or here.
practice-self-compassion-break-3-10 =
    Now give yourself a few words of comfort. They don't need to be perfect, only kind. For example <i>I care about how I'm feeling</i> or <i>I can give myself some slack</i>.

    Shape them into your own words, in your head or here.
practice-self-compassion-break-3-11 =
    Close by asking yourself: what do I need to hear right now? Then say it. It might be <i>I'm enough as I am</i> or <i>rest is allowed</i>.

    Let the words be yours, and take them in slowly, silently or here.
practice-self-compassion-break-3-12 =
    Finally, try talking to yourself the way a patient coach would. Something like <i>one thing at a time</i> or <i>mistakes are how I learn</i>.

    Adjust them to suit you, and say them gently, in your head or here.

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
practice-kind-friend-letter-1-04 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Picture someone who has always made you feel at home just as you are. It might be a grandparent, a close friend, a mentor, or someone you make up entirely. They understand your struggles and stay warmly beside you.
practice-kind-friend-letter-1-05 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Who, real or imagined, would meet your worst day with a hug rather than a lecture? Let that person come to mind. They know your doubts and your habits, and they're fond of you all the same.
practice-kind-friend-letter-1-06 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Let a kind presence take shape in your mind. It could be someone you know, someone from your past, or a person you simply invent. What matters is that they see you clearly and always wish you well.
practice-kind-friend-letter-1-07 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Think of the warmest person you can imagine, someone whose patience with you never wears thin. They can be real or made up. They know what you've been going through, and they're glad to be there for you.
practice-kind-friend-letter-1-08 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Call to mind someone whose company feels like a long exhale. Maybe a friend, a family member, a neighbour, or someone you picture from scratch. They know the pressure you put on yourself, and they only want good things for you.
practice-kind-friend-letter-1-09 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Choose someone to be your kind friend for the next few minutes: living, remembered or imagined, as long as they accept you completely. They've seen you on your best days and your hard ones, and their warmth stays the same.
practice-kind-friend-letter-1-10 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Imagine being understood without having to earn it. Now give that understanding a face: someone real or imagined who knows your struggles and is unmistakably in your corner.
practice-kind-friend-letter-1-11 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Bring to mind a person who makes you feel safe. They could be in your life today, from long ago, or someone you dream up. Nothing you could tell them would change how much they care.
practice-kind-friend-letter-1-12 =
    <b>A letter from a kind friend</b> · about 3 minutes

    Picture a wise, gentle friend sitting with you right now. They're not here to fix or judge anything. They know what's been hard for you, and they're completely on your side.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-kind-friend-letter-2 = { practice-kind-friend-letter-2-01 }
practice-kind-friend-letter-2-01 = Now write a few lines to yourself as that friend. What would they say about what you're carrying today? Let them be honest and gentle at once. Type it here if you like, or write it anywhere.
practice-kind-friend-letter-2-02 = As that friend, write yourself a short note about today. What do they notice about how hard you're trying? They can be truthful and kind in the same breath. Type it here if you like, or on any scrap of paper.
practice-kind-friend-letter-2-03 = Let that friend do the writing now. A few lines are plenty: what would they want you to hear about what's been weighing on you? Type it here if you like, or write it wherever suits you.
practice-kind-friend-letter-2-04 = Now lend that friend your pen. Let them write to you about today in a few sentences, with honesty and warmth together. What do they want you to know? You can type it here, or jot it down somewhere else.
practice-kind-friend-letter-2-05 = Imagine this friend sitting down to write you a short letter. Maybe it starts with just your name. Let them tell you what they see in you right now, kindly and truthfully. Write it here if you want, or anywhere you like.
practice-kind-friend-letter-2-06 = Write as that friend, looking at your day from their chair. What would they understand that you might overlook? Keep it short and kind. Send it here if you like, or keep it on paper.
practice-kind-friend-letter-2-07 = Let the friend's voice come through your hands for a moment. A handful of lines is enough: what would they say about how you've been treating yourself lately, gently and honestly? Type it here if you'd like, or write it anywhere.
practice-kind-friend-letter-2-08 = Now give that friend the floor. In a few short lines, what would they write to you about the thing that's been hardest? They won't sugar-coat it, and they won't be harsh either. Type it here if you like, or somewhere private.
practice-kind-friend-letter-2-09 = Time to write their note to you. Start with whatever they'd notice first: your effort, your worry, how much you care. Kind and honest is the tone. Type it here if you want, or write it on anything nearby.
practice-kind-friend-letter-2-10 = Picture the friend reading your day like a page, then writing you a reply. What do they say? It only needs a few lines, warm and true. You're welcome to type it here, or write it wherever you prefer.
practice-kind-friend-letter-2-11 = Write a few lines to yourself in that friend's voice. What would they say if they knew everything about today, including the parts you'd rather hide? Let them be kind without pretending. Type it here if you like, or anywhere else.
practice-kind-friend-letter-2-12 = Now borrow that friend's words. What would their message to you say, in three or four sentences? Let honesty and tenderness share the page. Type it here if you like, or write it down wherever's handy.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-kind-friend-letter-3 = { practice-kind-friend-letter-3-01 }
practice-kind-friend-letter-3-01 = Read it back slowly, as if it had just arrived in the post. Is there one sentence you'd like to keep close for the rest of today?
practice-kind-friend-letter-3-02 = Now read your letter slowly, as though someone had just handed it to you. Which words feel warmest? You're welcome to carry them with you today.
practice-kind-friend-letter-3-03 = Take a moment to read it back, line by line, as the person it was written for. If one phrase stands out, let it be the one you return to later.
practice-kind-friend-letter-3-04 = Now read what you wrote, slowly, as if it came from someone who really cares about you, because in a way it did. Notice which line softens something in you.
practice-kind-friend-letter-3-05 = Go back over the letter at an easy pace, letting each line reach you. If a phrase feels good to hear, you might save it somewhere you'll see it again.
practice-kind-friend-letter-3-06 = Read your letter once more, this time as the one receiving it. There's no need to judge the writing. Just let the kindness in it land.
practice-kind-friend-letter-3-07 = Look over what your friend wrote to you. Take it in the way you'd read a note someone slipped into your bag. Which part would you like to remember tomorrow?
practice-kind-friend-letter-3-08 = Pause and read it back, unhurried. You don't have to believe every word yet. Let yourself hear them, and notice the line that feels truest.
practice-kind-friend-letter-3-09 = Now slow right down and read the letter without editing a word, just to receive it. Where does it feel warmest? That warmth is something you can come back to.
practice-kind-friend-letter-3-10 = Read it through gently, maybe twice. See if one sentence wants to stay with you, and let it keep you company through the rest of your day.
practice-kind-friend-letter-3-11 = Take a quiet moment with what you wrote. Read it the way you'd read a message from someone who loves you. Is there a word or two worth holding onto?
practice-kind-friend-letter-3-12 = Now let yourself receive the letter. Read it slowly, pausing where it's kind. If a line stands out, you could come back to it the next time things get hard.

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
practice-soothing-touch-1-04 =
    <b>Soothing touch</b> · about 1 minute

    Your body responds to kindness, including your own. Try resting a hand somewhere that feels soothing: the centre of your chest, the side of your face, or your arms folded in a gentle hug.
practice-soothing-touch-1-05 =
    <b>Soothing touch</b> · about 1 minute

    Stress lives in the body as well as the mind, and a caring touch can reach it. Choose a comforting place and let a hand rest there: over your heart, on your belly, or holding your own hand.
practice-soothing-touch-1-06 =
    <b>Soothing touch</b> · about 1 minute

    Sometimes the quickest way to settle is through touch, the way you'd comfort a small child. Rest a palm where it feels right to you: your heart, your collarbone, the back of your neck.
practice-soothing-touch-1-07 =
    <b>Soothing touch</b> · about 1 minute

    A warm hand can be a small message of safety to a body that's braced. Find a place that feels kind to touch, maybe your chest, your cheek or your forearm, and let your hand rest there.
practice-soothing-touch-1-08 =
    <b>Soothing touch</b> · about 1 minute

    When you're on edge, your body may welcome comfort before your thoughts do. Place a hand wherever feels nice: on your heart, on your stomach, or cradling your other hand.
practice-soothing-touch-1-09 =
    <b>Soothing touch</b> · about 1 minute

    This one is simple: you'll offer yourself some physical warmth. Rest a hand somewhere comforting. Over the heart works for many people, but your cheek, your shoulder or your other hand are fine too.
practice-soothing-touch-1-10 =
    <b>Soothing touch</b> · about 1 minute

    Touch is one of the oldest ways people calm each other, and you can offer it to yourself. Lay a hand gently where it feels soothing: your chest, your upper arm, or your face.
practice-soothing-touch-1-11 =
    <b>Soothing touch</b> · about 1 minute

    If your body feels tight or jumpy, a gentle hand can help it soften. Choose somewhere comforting, like your heart, your belly or your own hand, and let your palm rest there lightly.
practice-soothing-touch-1-12 =
    <b>Soothing touch</b> · about 1 minute

    Let's give your nervous system a little care. Place a hand somewhere soothing, whatever feels natural today: over your heart, against your cheek, or wrapped around your wrist.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-soothing-touch-2 = { practice-soothing-touch-2-01 }
practice-soothing-touch-2-01 = Keep your hand there and take three slow breaths. Let each breath out be a little longer than the breath in, and notice the warmth and gentle weight of your hand.
practice-soothing-touch-2-02 = Leave your hand where it is and breathe slowly three times. Make each out-breath a touch longer than the in-breath, and feel the warmth under your palm.
practice-soothing-touch-2-03 = Stay like this for three unhurried breaths. Let the breath out take its time, longer than the breath in, and notice the soft pressure of your hand.
practice-soothing-touch-2-04 = Now breathe slowly, three times, with your hand staying where it is. Let each exhale stretch a bit longer than the inhale, and feel the gentle warmth where your hand rests.
practice-soothing-touch-2-05 = Stay with the touch and count three easy breaths. Breathe in normally, then let the breath out go slow and long. Notice the warmth gathering under your hand.
practice-soothing-touch-2-06 = Keep the contact and let your breathing slow down. Three breaths, each one leaving a little more slowly than it came in. Feel your hand rise and fall with you.
practice-soothing-touch-2-07 = With your hand in place, take three calm breaths. Let the out-breath linger a few counts longer than the in-breath, and notice how your hand feels against you.
practice-soothing-touch-2-08 = Let your hand stay put while you take three slow breaths. On each exhale, take a little longer to let the air go, and feel the weight of your palm.
practice-soothing-touch-2-09 = Now, three soft breaths. Breathe in gently, and breathe out even more gently and a bit longer. All the while, feel the warmth and steadiness of your hand.
practice-soothing-touch-2-10 = Rest here for three breaths. Let the air go out slowly, longer than it came in, like a quiet sigh, and notice your hand's warmth.
practice-soothing-touch-2-11 = Breathe in, breathe out, slowly, three times, keeping your hand where it is. Make the out-breath the longer one, and let your attention rest on the warmth of the touch.
practice-soothing-touch-2-12 = Keep your hand there and let three slow breaths pass. Give each exhale a little extra time, and notice the gentle pressure and warmth beneath your hand.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-soothing-touch-3 = { practice-soothing-touch-3-01 }
practice-soothing-touch-3-01 = Before you let go, notice whether anything shifted, even slightly. If nothing did, that's fine too: you gave yourself a moment of care.
practice-soothing-touch-3-02 = As you lower your hand, check in: does anything feel a little different? Even if nothing does, you just took care of yourself for a minute, and that matters.
practice-soothing-touch-3-03 = Before moving on, notice how you feel now, without needing it to have changed. Offering yourself care counts, whatever it did or didn't shift.
practice-soothing-touch-3-04 = Slowly let your hand come to rest in your lap. Did anything ease, even a little? If not, that's okay; what mattered was taking the moment for yourself.
practice-soothing-touch-3-05 = When you're ready, let go. Notice how your body feels now compared with a minute ago. Whether it's different or the same, you showed yourself some kindness.
practice-soothing-touch-3-06 = Lower your hand whenever it suits you. You might notice a small softening, or nothing in particular, and both are fine. The care was real either way.
practice-soothing-touch-3-07 = As you finish, take a second to check in with your body. Calmer, the same, somewhere in between? Any answer is okay. You took a minute for yourself, and that counts.
practice-soothing-touch-3-08 = Let your hand return to where it was. Is there any difference, however small? Even if there isn't, pausing to comfort yourself was worth doing.
practice-soothing-touch-3-09 = Before you let go, notice what's here now, without looking for a particular result. You gave yourself gentle attention, and that's the heart of it.
practice-soothing-touch-3-10 = Release the touch slowly. Maybe something settled, maybe not; you don't have to judge it. You offered yourself warmth, and that matters on its own.
practice-soothing-touch-3-11 = When it feels right, let your hand fall away. Notice anything that shifted, and notice too if nothing did. Either way, you made space to be kind to yourself.
practice-soothing-touch-3-12 = Take your hand back gently. See if your breathing or your shoulders feel any different. If they don't, no problem at all: spending a minute on your own care counts.

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
practice-three-breaths-1-04 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: let the air come in at its own pace and glance around. Pick out one thing you can see and one you can hear.
practice-three-breaths-1-05 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: breathe in through your nose and feel where your body meets something solid. Let that support hold you for a moment.
practice-three-breaths-1-06 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: nothing needs to change yet. Just breathe in and notice that you're here, in this place, at this time of day.
practice-three-breaths-1-07 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: set down whatever you were doing and let one breath fill you. Notice the temperature of the air and the weight of your body.
practice-three-breaths-1-08 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: before the next thing, breathe in and lift your eyes from the screen for a second. Where are you, right now?
practice-three-breaths-1-09 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: breathe in and feel your feet. Flat on the floor, crossed, tucked under you? Just notice; there's nothing to correct.
practice-three-breaths-1-10 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: make it an ordinary breath, no special technique. As it comes in, take in the space around you: its light, its sounds, its stillness or bustle.
practice-three-breaths-1-11 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: breathe in and silently name three things near you. A wall, a mug, a window, whatever happens to be there.
practice-three-breaths-1-12 =
    <b>Three-breath pause</b> · about 1 minute

    First breath: slow down just enough to feel the air arriving. Let the floor, the bed or the chair do the work of holding you up.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-three-breaths-2 = { practice-three-breaths-2-01 }
practice-three-breaths-2-01 = Second breath: as you breathe out, let one thing soften. Your shoulders, your jaw, or your hands.
practice-three-breaths-2-02 = Second breath: on the way out, let something loosen. Maybe your forehead, your shoulders or your grip.
practice-three-breaths-2-03 = Second breath: breathe out slowly and let one tight spot let go a little. Your jaw, your belly, your hands.
practice-three-breaths-2-04 = Second breath: let the out-breath run a little longer than the in-breath, and see whether your shoulders drop along with it.
practice-three-breaths-2-05 = Second breath: as the air leaves, unclench whatever has been gripping. Your teeth, your fists, the small muscles around your eyes.
practice-three-breaths-2-06 = Second breath: breathe out as if you were setting down a bag you've carried for hours. Let your arms and back feel the difference, however slight.
practice-three-breaths-2-07 = Second breath: on the exhale, find one place that's working harder than it needs to. Let it do a bit less.
practice-three-breaths-2-08 = Second breath: breathe out through your mouth, slowly, like a quiet sigh. Let your face go soft as the air leaves.
practice-three-breaths-2-09 = Second breath: let the air go and let your weight sink a little further into whatever is under you. Your belly can relax too.
practice-three-breaths-2-10 = Second breath: as you exhale, check on your hands. If they're tense, let them open, or rest loosely in your lap.
practice-three-breaths-2-11 = Second breath: breathe out and give one part of you permission to stop holding on. Your neck, your stomach, your brow; you choose.
practice-three-breaths-2-12 = Second breath: a slow exhale. Notice any tightness without judging it, and invite it to ease just a touch. A touch is enough.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-three-breaths-3 = { practice-three-breaths-3-01 }
practice-three-breaths-3-01 = Third breath: breathe in and quietly ask, <i>what do I need next?</i> Whatever the answer is, it can be small.
practice-three-breaths-3-02 = Third breath: as you breathe in, ask yourself gently, <i>what would help right now?</i> A small answer is a good answer.
practice-three-breaths-3-03 = Third breath: breathe in and wonder, <i>what's one kind next step?</i> It can be as small as a glass of water.
practice-three-breaths-3-04 = Third breath: breathe in and let a question float up: <i>what would make the next hour a bit easier?</i> Any small answer will do.
practice-three-breaths-3-05 = Third breath: as the air comes in, check with yourself: <i>what could I use right now?</i> Water, a stretch, a kind word: small is welcome.
practice-three-breaths-3-06 = Third breath: fill your lungs and ask, <i>what would I offer a friend who felt like this?</i> Then see if you can give yourself a little of it.
practice-three-breaths-3-07 = Third breath: on this last one, ask softly, <i>what can wait, and what matters next?</i> Let the answer be simple.
practice-three-breaths-3-08 = Third breath: with this in-breath, wonder, <i>how could I go a bit easier on myself for the next few minutes?</i> One idea is plenty.
practice-three-breaths-3-09 = Third breath: this time, put the question to your body rather than your to-do list: <i>what do you need?</i> Listen for something small.
practice-three-breaths-3-10 = Third breath: breathe in and ask, <i>what's the smallest helpful thing I could do now?</i> It doesn't have to be productive to count.
practice-three-breaths-3-11 = Third breath: let this breath carry a quiet question: <i>what would feel kind right now?</i> A stretch, a step outside or sitting here a moment longer all count.
practice-three-breaths-3-12 = Third breath: as this last breath comes in, ask yourself, <i>what do I want to bring into the next thing?</i> Maybe a little patience, maybe a little ease.

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
practice-friend-view-1-04 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Bring to mind someone you like a lot. Now imagine they've had your kind of day, and they're telling themselves what your critic has been telling you.
practice-friend-view-1-05 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Picture a friend sitting beside you, describing the very thing that's weighing on you today, harsh self-talk and all.
practice-friend-view-1-06 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Imagine a friend sends you a message laying out your situation exactly, and ending with the same hard verdict you've given yourself.
practice-friend-view-1-07 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Think of someone whose company you enjoy. Imagine them in your shoes today, with the same inner voice picking apart everything they did.
practice-friend-view-1-08 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Suppose the person in your situation wasn't you but a friend. Same events, same worries, same unkind thoughts about themselves. See them in front of you.
practice-friend-view-1-09 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Let a friend's face come to mind. Now picture them saying to you what you've been saying to yourself about today, in the same tone.
practice-friend-view-1-10 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Imagine you're having coffee with a friend and they start describing a day just like yours. As they talk, they're being really tough on themselves.
practice-friend-view-1-11 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Picture someone you care about going through exactly this, and hear them say out loud the critical things you've been thinking.
practice-friend-view-1-12 =
    <b>What would you tell a friend?</b> · about 2 minutes

    Choose a friend, real or imagined. Hand them your situation and your self-critical thoughts, and picture them sharing all of it with you.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-friend-view-2 = { practice-friend-view-2-01 }
practice-friend-view-2-01 = What would you say to them? Not the perfect answer, just what you'd really say. Type it here if you'd like.
practice-friend-view-2-02 = What would you want them to hear from you? It doesn't need to be wise or polished, just honest. Type it here if you like.
practice-friend-view-2-03 = How would you answer them? Say it the way it would actually come out. You can type it here if you'd like.
practice-friend-view-2-04 = What would come out of your mouth first? Clumsy words are fine; it's the warmth that matters. Type it here if you'd like.
practice-friend-view-2-05 = If you could say just a sentence or two to them, what would it be? No need to get it right. You can type it here if you like.
practice-friend-view-2-06 = What would you tell them, in your own everyday words? Nothing clever required. Type it here if you'd like.
practice-friend-view-2-07 = How would you comfort them, or what would you point out that they can't see right now? Write it here if you like, however it comes.
practice-friend-view-2-08 = Think of how you'd talk to them if they were right there in front of you. What would you say? Type it here if you'd like; messy is fine.
practice-friend-view-2-09 = What do you hope they'd understand about themselves right now? A few plain words are plenty. Type them here if you like.
practice-friend-view-2-10 = What might you say to ease things for them, even a little? You can type it here if you'd like; a first draft is welcome.
practice-friend-view-2-11 = Chances are you'd be gentler with them than you've been with yourself. What would that gentler voice say? Type it here if you'd like.
practice-friend-view-2-12 = If they asked you, <i>am I being too hard on myself?</i>, how would you answer? Type your reply here if you like.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-friend-view-3 = { practice-friend-view-3-01 }
practice-friend-view-3-01 = Now turn those words around and offer them to yourself. You don't have to believe them fully; letting them in a little is enough for today.
practice-friend-view-3-02 = Now offer those same words to yourself. They may feel strange pointed inward, and that's okay; letting a little of them in is plenty for today.
practice-friend-view-3-03 = Try saying those words back to yourself, as if a friend were saying them to you. Believing them halfway is a perfectly fine start.
practice-friend-view-3-04 = Now say those words again, this time with your own name at the start. If it feels awkward, that's just what something new feels like.
practice-friend-view-3-05 = Here's the turn: those words were for you as well. Let yourself hear them, even if part of you wants to argue.
practice-friend-view-3-06 = Now picture that friend saying those same words back to you, about your day. You don't need to agree; just let them land.
practice-friend-view-3-07 = Kindness came easily when it was for your friend. Try giving yourself the same words now, quietly or out loud. A little of it sinking in counts.
practice-friend-view-3-08 = Now point those words at yourself. They might not fit right away, like new shoes. Wearing them for a moment is enough for today.
practice-friend-view-3-09 = Those words apply to you too; it's the same situation, after all. See if you can let one of them in, even just one.
practice-friend-view-3-10 = Say those words to yourself now, slowly. If a voice objects, let it talk; you can still keep the kind words close by.
practice-friend-view-3-11 = Now try them on yourself: same words, same warmth, new direction. It's fine if they only half-fit for now.
practice-friend-view-3-12 = Imagine handing yourself those words the way you'd hand your friend a cup of tea. You don't have to drink it all at once.

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
practice-good-enough-today-1-04 =
    <b>Good enough today</b> · about 1 minute

    Think of one thing you did today that was fine. Not brilliant, just fine. Maybe you showed up, half-made the bed, replied late but replied. Type it here if you like.
practice-good-enough-today-1-05 =
    <b>Good enough today</b> · about 1 minute

    Which part of today would pass as <i>good enough</i>? It might be a walk, a shower, a message you finally sent. Type it here if you like.
practice-good-enough-today-1-06 =
    <b>Good enough today</b> · about 1 minute

    Pick one moment from today when you did what you could with what you had. Feeding yourself counts; so does resting. Type it here if you like.
practice-good-enough-today-1-07 =
    <b>Good enough today</b> · about 1 minute

    Let's find one thing that went okay today. Not perfect, just okay: a conversation, a chore, ten minutes of focus. Type it here if you like.
practice-good-enough-today-1-08 =
    <b>Good enough today</b> · about 1 minute

    What did you manage today, however imperfectly? Brushing your teeth, paying a bill, a small kindness to someone: it all counts. Type it here if you like.
practice-good-enough-today-1-09 =
    <b>Good enough today</b> · about 1 minute

    Choose one thing from today that you'd call enough if a friend had done it. You watered a plant, you went outside, you said no to something. Type it here if you like.
practice-good-enough-today-1-10 =
    <b>Good enough today</b> · about 1 minute

    Name a small thing from today that got done, not polished. An email sent with a typo, a simple dinner, a call you kept short. Type it here if you like.
practice-good-enough-today-1-11 =
    <b>Good enough today</b> · about 1 minute

    Was there a moment today when enough was enough? Leaving a task at 80%, eating something simple, going to bed on time. Type it here if you like.
practice-good-enough-today-1-12 =
    <b>Good enough today</b> · about 1 minute

    Scan your day for one modest win. Getting dressed, making a phone call, staying with a hard feeling for a minute. Type it here if you like.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-good-enough-today-2 = { practice-good-enough-today-2-01 }
practice-good-enough-today-2-01 = It didn't need to be perfect to count. Let yourself notice that it was enough, and so were you.
practice-good-enough-today-2-02 = That thing was good enough just as it was, no polishing needed. The same is true of you today.
practice-good-enough-today-2-03 = Let that one thing stand on its own, without adding what could have been better. It was enough, and so are you.
practice-good-enough-today-2-04 = Notice how it did its job without being flawless. That's what enough looks like, and you were enough today too.
practice-good-enough-today-2-05 = There's no extra credit for perfect here. What you named counts as it is, and so do you.
practice-good-enough-today-2-06 = See if you can look at it without reaching for a list of improvements. It happened, it helped, and that's plenty.
practice-good-enough-today-2-07 = Let it count fully, not as a rehearsal for doing better. Something enough happened today, and you were there for it.
practice-good-enough-today-2-08 = Your critic might want to add a <i>but</i>. For now, let the sentence end right there: it was good enough.
practice-good-enough-today-2-09 = A thing doesn't have to be impressive to matter. This one mattered, and so does the person who did it.
practice-good-enough-today-2-10 = Give it a small nod of credit before moving on. Good enough is a real, worthwhile standard, and there was some of it in your day.
practice-good-enough-today-2-11 = Try telling yourself <i>that'll do</i>, in a warm voice rather than a grudging one. It really did, and you deserve that warm tone too.
practice-good-enough-today-2-12 = Small, imperfect things are what hold a day together. Let this one get its due, and give yourself some of that too.

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
practice-rest-permission-1-04 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>I'm allowed to slow down today. My worth doesn't rise and fall with how much I get through. Resting is part of looking after what matters, not a break from it.</i>

    Let yourself read it again, unhurried, and keep it for today.
practice-rest-permission-1-05 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>Today I can put things down for a while. The work will still be there, and so will I, a little more rested. Stopping isn't giving up; it's taking care of myself.</i>

    Read it one more time, at an easy pace, and let it count for today.
practice-rest-permission-1-06 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>I don't need a good enough reason to rest. Being tired is reason enough. I can rest now, not only once everything is handled.</i>

    Go back over it at a slow pace, and let it be the rule for today.
practice-rest-permission-1-07 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>I'm allowed to rest on days that didn't go to plan. Rest doesn't have to be deserved; it's part of being a person. Today I can give myself some.</i>

    Read it again, quietly, and let it stay with you today.
practice-rest-permission-1-08 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>This slip says I may rest today, with nothing to prove first. Tiredness isn't a flaw to push through. A pause is allowed for its own sake.</i>

    Read it through from the top, slowly, and let it apply to today.
practice-rest-permission-1-09 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>Today rest is on my list too, and it counts as much as anything else there. I can tick it off without feeling I've stolen the time.</i>

    Read it over again, gently, and take it at its word for now.
practice-rest-permission-1-10 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>I give myself permission to rest today, even while I can still think of things to do. There will always be more to do. I can stop for a while anyway.</i>

    Read it a second time, slowly, and let it settle in for today.
practice-rest-permission-1-11 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>Resting today is allowed. I don't have to be worn out first, or finish first, or explain myself. A tired mind and body deserve care, like anyone's.</i>

    Take it in again at your own pace, and let it carry you through today.
practice-rest-permission-1-12 =
    <b>A permission slip to rest</b> · about 1 minute

    <i>I'm allowed to rest today without turning it into one more thing to do well. Rest can be messy, short or boring. Any amount counts.</i>

    Take one more slow read, and let it be so for today.

# Family name and fallback (the words of -01); the shell shows a `-NN` member.
practice-rest-permission-2 = { practice-rest-permission-2-01 }
practice-rest-permission-2-01 = What's one small way you could rest in the next few hours? Five minutes with your eyes closed counts. Type it here if you'd like, or just keep it in mind.
practice-rest-permission-2-02 = What's one small bit of rest you could fit into the next few hours? Sitting quietly for five minutes counts. Type it here if you like, or just hold it in mind.
practice-rest-permission-2-03 = Where could a little rest fit in later today? A short walk or a cup of tea is plenty. Type it here if you'd like, or keep it to yourself.
practice-rest-permission-2-04 = Looking at the rest of your day, where's one small gap you could leave empty on purpose? Even ten minutes would be worth it. Type it here if you'd like, or just keep it in mind.
practice-rest-permission-2-05 = What kind of rest would feel good later: quiet, fresh air, lying down, something gentle to watch? Pick one small piece. Type it here if you like, or keep it to yourself.
practice-rest-permission-2-06 = If you gave yourself a short break sometime in the next few hours, what would it be? A stretch on the floor, a warm shower, music with your eyes closed. Type it here if you'd like, or just hold onto it.
practice-rest-permission-2-07 = Think of one thing you could stop doing a little earlier today, so there's room to rest. Type it here if you like, or simply keep it in mind.
practice-rest-permission-2-08 = What's the smallest rest you'd actually take? A few minutes in the sun, your phone face down, a slow cup of something warm. Type it here if you'd like, or keep it in mind.
practice-rest-permission-2-09 = When could you pause for a few minutes before the day is out? Naming a time can make it easier. Type it here if you like, or just keep it in mind.
practice-rest-permission-2-10 = Is there one thing you could skip or shorten today to make space for some rest? Small swaps count. Type it here if you'd like, or keep it to yourself.
practice-rest-permission-2-11 = Imagine a moment later today when you're simply resting. Where are you, and what are you doing, or not doing? Type it here if you like, or just picture it.
practice-rest-permission-2-12 = What's one way you could rest that doesn't need earning or planning? A few minutes flat on the sofa would do nicely. Type it here if you'd like, or keep it in mind.

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
