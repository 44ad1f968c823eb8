## /perfectionist: "Meet your inner perfectionist", a gentle talk with one part of you.

command-perfectionist = Meet your inner perfectionist, gently

parts-intro =
    <b>Meet your inner perfectionist</b> 🌿

    Many people find it helps to see perfectionism as one part of them rather than the whole of them: a part with its own voice and its own reasons. Let's get to know yours a little, one short question at a time.

    There are no right answers. Skip anything, or stop whenever you like. This is a reflection exercise, not therapy.

## The questions, one per message.

parts-ask-voice = When your inner perfectionist speaks up, what does it tend to say to you? Write it the way you hear it, in its own words.
parts-ask-thanks =
    This part has been working hard, maybe for years. Would you try thanking it, here or quietly to yourself?

    It can feel a little odd, and that's okay. Tap the button once you've said it, or type your thanks below.
parts-ask-protect = Parts like this usually mean well, even when they're loud. What do you think it's trying to protect you from?
parts-ask-fear = Imagine it relaxed, just a little. What is it afraid would happen then?
parts-ask-needs = Last question. What might it need, to step back a little? Perhaps some reassurance, a promise from you, or a different job to do.

parts-too-long = That's a lot for one message. Could you say it in fewer words, under { $limit } characters? The short version is plenty.
parts-stopped = Okay, we'll stop here. Getting to know a part of yourself goes at its own pace, and what you did today counts. /perfectionist is here whenever you'd like to come back.

## The reflection: the user's own words back, nothing added.

parts-reflection =
    <b>What you noticed today</b>, in your own words:
    { $has_voice ->
        [yes] {""}
            🗣 It tends to say: <i>{ $voice }</i>
       *[no] {""}
    }{ $has_protecting ->
        [yes] {""}
            🛡 It may be protecting you from: <i>{ $protecting }</i>
       *[no] {""}
    }{ $has_fear ->
        [yes] {""}
            🌧 If it relaxed, it fears: <i>{ $fear }</i>
       *[no] {""}
    }{ $has_needs ->
        [yes] {""}
            🌱 To step back a little, it might need: <i>{ $needs }</i>
       *[no] {""}
    }

    Thank you for listening to it with curiosity. Whatever it says, it's one part of you, and there is a lot more to you than this voice.
parts-reflection-empty = That's the end of the questions. You didn't need to put anything into words to take part: turning toward this voice for a moment is enough for one day. /perfectionist is here if you'd like to come back to it.

## Keeping the answers (only with consent).

parts-not-kept = Right now I don't keep what you write, so these words aren't saved here. If you'd like to hold on to them, you could copy them somewhere private. What I keep can be changed in /settings.
parts-keep-offer = Would you like me to keep your answers? Next time you open /perfectionist, you could look back at them.
parts-keep-unclear = Shall I keep your answers? A yes or no is enough.
parts-kept = Kept. /perfectionist will offer them to you next time. Thank you for taking the time for this.
parts-not-kept-choice = Okay, I won't keep them. What you noticed still counts, wherever it lives now.

## Coming back to a kept conversation.

parts-revisit-offer = Welcome back. You kept a conversation with your inner perfectionist on { $created }. Would you like to look at what you wrote, or start a new one?
parts-last-time =
    <b>What you wrote on { $created }</b>
    { $has_voice ->
        [yes] {""}
            🗣 It tends to say: <i>{ $voice }</i>
       *[no] {""}
    }{ $has_protecting ->
        [yes] {""}
            🛡 It may be protecting you from: <i>{ $protecting }</i>
       *[no] {""}
    }{ $has_fear ->
        [yes] {""}
            🌧 If it relaxed, it fears: <i>{ $fear }</i>
       *[no] {""}
    }{ $has_needs ->
        [yes] {""}
            🌱 To step back a little, it might need: <i>{ $needs }</i>
       *[no] {""}
    }

    Notice whether it sounds the same today or a little different. Either is fine.
parts-closed = Okay. /perfectionist is here whenever you'd like to talk with this part again.

button-parts-skip = Skip
button-parts-stop = Stop here
button-parts-thanked = I've said it
button-parts-look = Look at last time
button-parts-new = Start a new conversation
button-parts-done = Done for now
button-parts-keep = Yes, keep them
button-parts-dont-keep = Not this time
