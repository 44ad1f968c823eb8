## Everyday replies: help, cancel, the unexpected.

help =
    <b>Here's what I can do</b>

    /checkin: a two-tap check-in and a short practice that fits your day
    /reframe: look at a harsh thought together and find a kinder, fairer version
    /thoughts: the kinder thoughts you've kept
    /goal: try a "good enough" version of a task, then see what really happened
    /goals: your goals and what you learned
    /practice: short self-compassion practices, one to three minutes each
    /learn: plain explanations of the patterns behind perfectionism
    /perfectionist: a gentle talk with your inner perfectionist
    /success: what success means on your own terms
    /pause, /resume, /stop: the daily check-in's rhythm
    /settings: time zone, check-in time and days, language, what I keep
    /privacy, /export, /delete: what I keep, a copy of it, or erase it all
    /sos: free crisis lines, any time
    /cancel: stop whatever we're doing

    I'm an automated self-help companion for perfectionism: not a person, and not therapy. Go at your own pace; nothing here is graded.

    If you're in danger or thinking of ending your life: in the US call or text <b>988</b> (911 in an emergency); anywhere else, findahelpline.com. /sos shows every line.

help-in-flow = We were in the middle of something. Just carry on where we were, or send /cancel to leave it.

cancel-done = Okay, stopped. Anything you'd already chosen is kept.
cancel-nothing = There's nothing running to stop. /help shows what I can do whenever you like.

fallback = I'm here. I understand commands and buttons best, so here are a few places to start:
unsupported = I can only read text, so that one went past me. Here's what we can do together:
unsupported-in-flow = I can only read text here. Could you type your answer, or tap one of the buttons above?
unknown-command = I don't know that command. Here are the ones I do know:
use-text-or-buttons = A tap on the button or any short reply is enough to go on.
stale-button = That button belongs to an earlier conversation, so I've left everything as it was. /help shows what's possible now.
slow-down = You're sending a lot at once, so I'll take a breath and answer the latest. No rush: I'm not going anywhere.
something-wrong = Sorry, something went wrong on my side and I couldn't finish that. Nothing you wrote was lost; please try again in a moment.

identity = I'm a bot: an automated self-help tool, not a person, and not a therapist or counsellor. No one reads along as we chat. If you'd like a real person to talk to right now, /sos lists free lines.

start-again = Welcome back. Your settings are just as you left them, and there's nothing you need to catch up on.

## The command menu Telegram shows (plain text, up to 256 characters).

command-start = Start, or see the welcome again
command-settings = Time zone, check-in time, language, privacy
command-help = What I can do
command-sos = Crisis lines, any time
command-cancel = Stop whatever we're doing

## Coming back to a conversation left half-way.

resume-offer = Welcome back. Last time we were partway through { $flow ->
        [onboarding] setting things up
        [settings] your settings
        [reframe] a harsh thought
        [goal] a good-enough goal
        [checkin] a check-in
        [practice] a practice
        [schedule] your check-in rhythm
       *[other] something
    }. Would you like to pick it up again, or leave it?
resume-dropped = Okay, we'll leave that one. Nothing is lost by setting it down.
resume-use-buttons = Would you like to continue where we left off? The buttons above will do it, or send /cancel.

returning-reminder = Good to see you again. A quick reminder, since it's been a while: I'm an automated self-help tool, not a person and not therapy, and /sos has people you can reach any time.
