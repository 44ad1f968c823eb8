## /success: "Redefining success", on the user's own terms.

command-success = Redefine success on your own terms

success-intro =
    <b>Redefining success</b> 🧭

    Perfectionism often measures us with a ruler someone else made. Let's look at whose ruler it is, and sketch one that fits you better, in three short steps.

    Skip anything, or stop whenever you like.

## Step 1: whose standards.

success-ask-standards = Whose voice sets the bar for you? A parent, a teacher, a job, social media, yourself, or someone else? Put it in your own words, as briefly as you like.

## Step 2: values, as toggles plus the user's own.

success-ask-values = Which values matter to you? Tap any that feel true; tap again to undo. You can add your own, too. Tap <b>Done</b> when it feels about right.
success-values-noted =
    { $count ->
        [0] Nothing chosen yet, and that's fine.
        [one] One chosen so far.
       *[other] { $count } chosen so far.
    } Tap more, or <b>Done</b> when it feels about right.
success-values-unclear = I wasn't sure whether that was a value. Tap the ones that fit, type one in a word or two (like <i>patience</i>), or tap <b>Done</b>.
success-ask-own = What's a value of your own? A word or a short phrase is plenty, like <i>patience</i> or <i>being there for friends</i>.
success-own-too-long = Could you make it a little shorter, under { $limit } characters? A word or a short phrase works best here.
success-own-full = That's three of your own already, which is plenty. Tap one to remove it if you'd like to swap it for another.

## Step 3: this week.

success-ask-week = Last step. What would success on <i>your</i> terms look like this week? Something small and real is plenty; one sentence will do.
success-week-shapes =
    A few shapes to borrow, if you're stuck:

    • <i>This week, success means ___, even if ___.</i>
    • <i>I'll count this week as a good one if I ___.</i>
    • <i>This week I'll measure myself by ___, not by ___.</i>

    Fill in the blanks your way, or write something all your own.

success-too-long = That's a lot for one message. Could you say it in fewer words, under { $limit } characters?
success-stopped = Okay, we'll stop here. Even asking these questions loosens the old ruler a little. /success is here whenever you'd like to pick it up again.

## The summary: their words and their values, nothing added.

success-summary =
    <b>Success, on your own terms</b> 🧭{ $has_standards ->
        [yes] {""}
            {""}
            The bar has often been set by: <i>{ $standards }</i>
       *[no] {""}
    }{ $has_values ->
        [yes] {""}
            {""}
            What matters to you:
       *[no] {""}
    }{ $kind ->
        [yes] {""}
            💛 Kindness
       *[no] {""}
    }{ $curious ->
        [yes] {""}
            🔍 Curiosity
       *[no] {""}
    }{ $connect ->
        [yes] {""}
            🫂 Connection
       *[no] {""}
    }{ $rest ->
        [yes] {""}
            🛌 Rest
       *[no] {""}
    }{ $create ->
        [yes] {""}
            🎨 Creativity
       *[no] {""}
    }{ $honest ->
        [yes] {""}
            💬 Honesty
       *[no] {""}
    }{ $health ->
        [yes] {""}
            🌿 Health
       *[no] {""}
    }{ $learn ->
        [yes] {""}
            📚 Learning
       *[no] {""}
    }{ $play ->
        [yes] {""}
            🎈 Play
       *[no] {""}
    }{ $courage ->
        [yes] {""}
            🦁 Courage
       *[no] {""}
    }{ $fair ->
        [yes] {""}
            ⚖️ Fairness
       *[no] {""}
    }{ $calm ->
        [yes] {""}
            🌊 Calm
       *[no] {""}
    }{ $has_own ->
        [yes] {""}
            ✏️ <i>{ $own }</i>
       *[no] {""}
    }{ $has_week ->
        [yes] {""}
            {""}
            This week, success looks like: <i>{ $week }</i>
       *[no] {""}
    }

    That's a measure you chose. When the old ruler gets loud, you can hold this one up next to it.
success-summary-empty = That's the end. Nothing needed writing down today: even asking whose bar you're measured against is a start. /success is here whenever you'd like another go.

## Keeping it (only with consent).

success-not-kept = Right now I don't keep what you write, so this isn't saved here. You could copy it somewhere you'll see it this week. What I keep can be changed in /settings.
success-keep-offer = Would you like me to keep this with your notes?
success-keep-unclear = Shall I keep it? A yes or no is enough.
success-kept = Kept, with your notes. Thank you for taking the time to think this through.
success-not-kept-choice = Okay, I won't keep it. What you wrote still counts, wherever it lives now.

button-success-skip = Skip
button-success-stop = Stop here
button-success-shapes = I'm stuck: show me some shapes
button-success-add-own = ✏️ Add my own
button-success-own-value = ✅ { $value }
button-success-own-back = Back to the list
button-success-values-done = Done
button-success-keep = Yes, keep it
button-success-dont-keep = Not this time
button-success-value-kind =
    { $on ->
        [yes] ✅ Kindness
       *[no] 💛 Kindness
    }
button-success-value-curious =
    { $on ->
        [yes] ✅ Curiosity
       *[no] 🔍 Curiosity
    }
button-success-value-connect =
    { $on ->
        [yes] ✅ Connection
       *[no] 🫂 Connection
    }
button-success-value-rest =
    { $on ->
        [yes] ✅ Rest
       *[no] 🛌 Rest
    }
button-success-value-create =
    { $on ->
        [yes] ✅ Creativity
       *[no] 🎨 Creativity
    }
button-success-value-honest =
    { $on ->
        [yes] ✅ Honesty
       *[no] 💬 Honesty
    }
button-success-value-health =
    { $on ->
        [yes] ✅ Health
       *[no] 🌿 Health
    }
button-success-value-learn =
    { $on ->
        [yes] ✅ Learning
       *[no] 📚 Learning
    }
button-success-value-play =
    { $on ->
        [yes] ✅ Play
       *[no] 🎈 Play
    }
button-success-value-courage =
    { $on ->
        [yes] ✅ Courage
       *[no] 🦁 Courage
    }
button-success-value-fair =
    { $on ->
        [yes] ✅ Fairness
       *[no] ⚖️ Fairness
    }
button-success-value-calm =
    { $on ->
        [yes] ✅ Calm
       *[no] 🌊 Calm
    }
