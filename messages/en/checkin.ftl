## The daily check-in: two taps, then one short practice, offered and never pushed.

command-checkin = A two-tap check-in, any time you like

checkin-ask-kindness = How are you treating yourself today? Tap one, or say it in your own words.
checkin-ask-critic = And how loud is the inner critic today?
checkin-use-buttons = A tap below is enough, or type a few words your own way.
checkin-note-kept = Thank you. I've kept that with today's check-in.
checkin-note-heard = Thank you for telling me.

checkin-weekly = You've checked in { $count ->
        [one] once
       *[other] { $count } times
    } this week. Each one was a moment of looking after yourself.
checkin-backoff = A small change: the last few check-ins went unanswered, which is completely fine. For now I'll check in every other day. Reply to any of them and we'll go back to daily.

checkin-ask-snooze = Of course. When should I come back?
checkin-snooze-unclear = When would suit you? Tap one below, or type something like <i>in an hour</i> or <i>tonight</i>.
checkin-snoozed-1h = Okay, I'll come back in about an hour.
checkin-snoozed-3h = Okay, I'll come back in about three hours.
checkin-snoozed-tonight = Okay, I'll come back this evening.
checkin-skipped = Okay, no check-in today. Take good care of yourself.

checkin-offer-self-compassion-break = Thank you for checking in. It sounds like a hard one today. Would a two-minute self-compassion break help? If one harsh thought keeps coming back, we could also look at it together.
checkin-offer-friend-view = Thanks for checking in. The critic sounds loud today. Want to try a two-minute practice: what would you tell a friend in your place?
checkin-offer-three-breaths = Thanks for checking in. How about a one-minute pause for three slow breaths before you carry on with your day?
checkin-offer-good-enough-today = Thanks for checking in. It's good to hear you're going fairly gently with yourself. Want to name one thing that was good enough today? It takes about a minute.
checkin-offer-rest-permission = Thanks for checking in. It sounds like you're tired. Would you like a one-minute permission slip to rest?
checkin-offer-kind-friend-letter = Thanks for checking in. Today sounds heavy. Would you like about three minutes to write yourself a few lines in the voice of someone who is firmly on your side?
checkin-offer-soothing-touch = Thanks for checking in. Want to take one minute to rest a warm hand somewhere comforting and let your body settle a little?
checkin-closing = Okay. Thanks for checking in today.

# The first line of a scheduled check-in when no rotating opening can be picked.
checkin-opening = Hi. Here's your check-in: a minute for how you're treating yourself today.

## Pausing, resuming and stopping the check-ins, and choosing their days.

command-pause = Take a break from the daily check-ins
command-resume = Bring the daily check-ins back
command-stop = Stop the daily check-ins

schedule-pause-ask = How long a break from the check-ins would you like? Or, if some days suit you better than others, you can choose which days I write.
schedule-pause-unclear = Sorry, I didn't catch that. How long would you like the break to be?
schedule-paused = Paused. I'll stay quiet for { $days ->
        [1] a day
        [7] a week
       *[other] { $days } days
    }, then the check-ins pick up again on their own. /resume brings them back sooner.
schedule-paused-open = Paused until you say so. Whenever you'd like them back, send /resume.
schedule-pause-while-stopped = Your check-ins are switched off at the moment, so there's nothing to pause. /resume turns them back on whenever you like.
schedule-no-time = You don't have a daily check-in time set, so there's nothing to pause. You can choose one in settings if you'd like.
schedule-kept = Okay, nothing changed. Your check-ins stay as they were.

schedule-stop-confirm = Stop the daily check-ins altogether? I won't send any more until you ask. If you'd rather have a break, a pause ends on its own.
schedule-stop-unclear = Sorry, I didn't catch that. Shall I stop the daily check-ins?
schedule-stopped = Done: no more check-ins will come. Everything you've saved stays here until you erase it with /delete, and /resume brings the check-ins back any time.
schedule-already-stopped = The daily check-ins are already stopped. /resume brings them back whenever you like.

schedule-resumed = Welcome back. Your daily check-ins are on again, at <b>{ $time }</b> your time.
schedule-already-on = Your daily check-ins are on, at <b>{ $time }</b> your time.
schedule-resume-no-time = Happy to check in again. There's no check-in time set yet, though: choose one in settings and I'll start from there.

schedule-days-ask = Which days would you like a check-in? Tap a day to switch it on or off, then Done.
schedule-days-none = Pick at least one day. If you'd like a break from all of them, /pause or /stop will do that.
schedule-days-unclear = I didn't catch which days. Tap them below, or type something like <i>mon wed fri</i> or <i>weekdays</i>.
schedule-days-set = { $pattern ->
        [every] Done: I'll check in every day.
        [weekdays] Done: I'll check in on weekdays only.
        [weekend] Done: I'll check in at weekends only.
       *[other] Done: I'll check in on { $count ->
            [one] the day
           *[other] the { $count } days
        } you picked.
    }

## Button labels for the check-in and its schedule: plain text, short.

button-checkin-kindness-1 = Pretty harshly
button-checkin-kindness-2 = A bit harshly
button-checkin-kindness-3 = Somewhere in between
button-checkin-kindness-4 = Fairly kindly
button-checkin-kindness-5 = Really kindly
button-checkin-critic-1 = Quiet
button-checkin-critic-2 = Murmuring
button-checkin-critic-3 = Loud
button-checkin-critic-4 = Very loud
button-checkin-later = ⏰ Later
button-checkin-skip-today = Skip today
button-checkin-snooze-1h = In an hour
button-checkin-snooze-3h = In 3 hours
button-checkin-snooze-tonight = Tonight
button-checkin-back = Back to the check-in
button-checkin-begin = Start it
button-checkin-not-now = Not now
button-checkin-reframe = Look at a harsh thought

button-schedule-pause-1d = 1 day
button-schedule-pause-3d = 3 days
button-schedule-pause-7d = A week
button-schedule-pause-open = Until I resume
button-schedule-choose-days = 📅 Choose days
button-schedule-keep = Never mind
button-schedule-settings = ⚙️ Settings
button-schedule-stop-confirm = Yes, stop them
button-schedule-stop-pause-instead = Pause instead
button-schedule-day-0 = { $on ->
        [yes] ✅ Mon
       *[other] Mon
    }
button-schedule-day-1 = { $on ->
        [yes] ✅ Tue
       *[other] Tue
    }
button-schedule-day-2 = { $on ->
        [yes] ✅ Wed
       *[other] Wed
    }
button-schedule-day-3 = { $on ->
        [yes] ✅ Thu
       *[other] Thu
    }
button-schedule-day-4 = { $on ->
        [yes] ✅ Fri
       *[other] Fri
    }
button-schedule-day-5 = { $on ->
        [yes] ✅ Sat
       *[other] Sat
    }
button-schedule-day-6 = { $on ->
        [yes] ✅ Sun
       *[other] Sun
    }
button-schedule-days-every = Every day
button-schedule-days-weekdays = Weekdays
button-schedule-days-done = Done
