## Talking a harsh thought through: /reframe and /thoughts.

command-reframe = Talk a harsh thought through
command-thoughts = The kinder thoughts you kept

## Step 1: the thought itself.

reframe-capture = Let's look at it together. What's the thought, in the exact words your inner critic uses?
reframe-capture-again = No rush. Could you write it out in a few words, the way it sounds in your head?

reframe-offer = That sounds like your inner critic talking. Would you like to look at that thought together for a few minutes?
reframe-offer-again = Would you like to look at it together, or did you mostly need to get it out? Either is completely fine.
reframe-offer-declined = Fair enough. Sometimes it just needs saying, and I'm glad you said it here.
reframe-offer-left = I'll leave it there for now. If you'd like to look at that thought later, /reframe is always here.

## Step 2: naming the pattern, tentatively.

reframe-pattern-named =
    <blockquote>{ $thought }</blockquote>
    { $count ->
        [0] This sounds
        [1] “{ $cue1 }”: this sounds
       *[other] “{ $cue1 }” and “{ $cue2 }”: this sounds
    } a little like <b>{ $pattern ->
        [all_or_nothing] all-or-nothing thinking
        [overgeneralizing] overgeneralizing
        [labeling] labeling yourself
        [should] a should-statement
        [catastrophizing] catastrophizing
        [mind_reading] mind reading
       *[discounting_positive] discounting the positive
    }</b>. Does that fit, or is it something else?

reframe-pattern-pick =
    <blockquote>{ $thought }</blockquote>
    { $found ->
        [yes] Which of these feels closer?
       *[no] Which of these feels closest? There's no wrong answer.
    }

    1. All-or-nothing: perfect or worthless, nothing between
    2. Overgeneralizing: one moment becomes “always” or “never”
    3. Labeling yourself: one harsh word for the whole of you
    4. Should-statements: strict rules for how you must be
    5. Catastrophizing: jumping to the worst outcome
    6. Mind reading: feeling sure what others think of you
    7. Discounting the positive: the good parts “don't count”
    8. Not sure

    Tap one, or type its number.

reframe-pattern-unclear = I didn't quite catch which one you meant.

## Step 3: how strongly it feels true.

reframe-belief = Right now, how strongly do you believe it? 0 is not at all, 100 is completely. Tap a number or type your own.
reframe-belief-unclear = A number from 0 to 100 is all I need, like <i>60</i>. Or skip this one.

## Step 4: questions that fit the pattern.

reframe-continuum-place =
    <blockquote>{ $thought }</blockquote>
    Picture a line from 0 (a complete disaster) to 100 (flawless). Where does what happened really sit on it?
reframe-continuum-middle = What would a 50 look like here? Not a disaster, not flawless, just somewhere in the middle.
reframe-continuum-ok = Which part of it went okay, even a small part?

reframe-ask-exception =
    <blockquote>{ $thought }</blockquote>
    Can you think of one time when this didn't happen, or didn't go the way the thought says?

reframe-ask-kinder-name =
    <blockquote>{ $thought }</blockquote>
    One word can't sum up a whole person. What's a kinder, more accurate way to describe what actually happened?

reframe-ask-would-like =
    <blockquote>{ $thought }</blockquote>
    Try swapping “should” for “would like to”. How does the thought sound then? Write it out the new way.

reframe-ask-likely =
    <blockquote>{ $thought }</blockquote>
    Setting the worst case aside for a moment: what's the most likely way this turns out?
reframe-ask-cope = And if something hard did happen, how might you get through it? Who or what could help?

reframe-ask-evidence =
    <blockquote>{ $thought }</blockquote>
    What do you actually know about what they think? Note anything that points towards the thought, and anything that points away from it.
reframe-ask-other-view = What else might they be thinking about, or busy with, that has nothing to do with you?

reframe-ask-credit =
    <blockquote>{ $thought }</blockquote>
    If a friend had done the same thing, what would you give them credit for?

reframe-ask-general =
    <blockquote>{ $thought }</blockquote>
    What seems to support this thought, and what doesn't quite fit it? A line or two on each is plenty.

## Step 5: a friend's view.

reframe-friend =
    <blockquote>{ $thought }</blockquote>
    Imagine a good friend told you they were thinking this about themselves. What would you say to them?

## Step 6: the kinder version, in the user's own words.

reframe-balanced =
    <blockquote>{ $thought }</blockquote>
    Now try a kinder, more balanced version in your own words. It doesn't have to be positive, just fairer. Rough is fine.

reframe-shapes =
    A few shapes you could borrow. Fill the blanks with your own words:

    • Even though ___, I also ___.
    • It's true that ___, and it's also true that ___.
    • A kinder way to see it: ___.

    Write yours whenever you're ready.

## Step 7: rating again, and keeping the new thought.

reframe-rerate =
    <blockquote>{ $thought }</blockquote>
    Looking at the original thought again: how much do you believe it now, from 0 to 100?
reframe-rerate-unclear = Just a number from 0 to 100, like <i>40</i>, or tap one below.

reframe-belief-lower = From { $before } down to { $after }: that's { $change } points of real movement. It doesn't need to reach zero to count.
reframe-belief-same = Still { $after }. That's normal: old thoughts loosen slowly, and giving this one a fair hearing is practice that counts.
reframe-belief-higher = It went up, from { $before } to { $after }. That happens: looking closely can stir a thought up before it settles. Thank you for staying with it.
reframe-belief-noted = { $after } it is. Thank you for giving this thought a fair hearing.

reframe-save-offer =
    Here's your kinder version:
    <blockquote>{ $balanced }</blockquote>
    Would you like me to keep it, so you can find it again with /thoughts?
reframe-save-unclear = Shall I keep it? A yes or no is enough.
reframe-saved = Kept. /thoughts shows it whenever you need it. Taking the time for this was real practice. If you like, a small good-enough goal could come next.
reframe-not-saved = Okay, I won't keep it. The practice still counts, wherever the words end up. If you like, a small good-enough goal could come next.
reframe-not-kept =
    Here's your kinder version:
    <blockquote>{ $balanced }</blockquote>
    Right now I don't keep what you write, so it isn't saved here. You could copy it somewhere you'll see it. If you'd like me to keep thoughts like this, you can change that in settings.
reframe-done = Thank you for looking at that thought with me. The practice counts, whatever the numbers say. If you like, a small good-enough goal could come next.

reframe-reminder =
    Here's the thought we were looking at:
    <blockquote>{ $thought }</blockquote>

## /thoughts: the kinder thoughts the user kept.

reframe-thoughts-empty = Nothing saved yet, and that's fine. When you talk a harsh thought through with /reframe, you can keep the kinder version here.
reframe-thoughts-intro = { $count ->
        [1] Here's the kinder thought you kept.
       *[other] Here are the { $count } kinder thoughts you kept, newest first.
    }
reframe-thought-item =
    <b>{ $pattern ->
        [all_or_nothing] All-or-nothing thinking
        [overgeneralizing] Overgeneralizing
        [labeling] Labeling yourself
        [should] Should-statements
        [catastrophizing] Catastrophizing
        [mind_reading] Mind reading
        [discounting_positive] Discounting the positive
       *[other] Pattern not named
    }</b> · { $created }
    Inner critic: <i>{ $original }</i>
    Kinder: { $balanced }
reframe-thoughts-footer = Tap Delete under any you no longer want.
reframe-thoughts-closed = Okay, I've put them away. /thoughts brings them back any time.
reframe-delete-confirm =
    Delete this one for good?
    <blockquote>{ $balanced }</blockquote>
    This can't be undone.
reframe-deleted = Deleted.
reframe-delete-kept = Kept. Nothing changed.
reframe-delete-missing = I couldn't find that one among your saved thoughts, so nothing was deleted. It may already be gone.

## Buttons.

button-reframe-offer-yes = Yes, let's look at it
button-reframe-offer-no = No, I just needed to say it
button-reframe-fits = Yes, that fits
button-reframe-other = Something else
button-reframe-unsure = Not sure
button-reframe-all-or-nothing = All-or-nothing
button-reframe-overgeneralizing = Overgeneralizing
button-reframe-labeling = Labeling myself
button-reframe-should = Should-statements
button-reframe-catastrophizing = Catastrophizing
button-reframe-mind-reading = Mind reading
button-reframe-discounting = Discounting the positive
button-reframe-rating = { $value }
button-reframe-skip = Skip
button-reframe-stuck = I'm stuck
button-reframe-save = Keep it
button-reframe-dont-save = Not this time
button-reframe-settings = ⚙️ Settings
button-reframe-goal = 🎯 A good-enough goal
button-reframe-start = ✍️ Talk a thought through
button-reframe-delete = 🗑 Delete
button-reframe-delete-yes = Yes, delete it
button-reframe-delete-no = Keep it
