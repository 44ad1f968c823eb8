## /goal and /goals: a small experiment with "good enough".

command-goal = Try a good-enough version of a task
command-goals = Your goals: open ones and what you learned

## Setting up a goal.

goal-intro =
    Let's try a small experiment with <b>good enough</b> 🌱

    Pick one task you tend to over-polish or keep putting off. We'll shrink it to a good-enough version, you'll note what you expect to happen, and later we'll compare that with what really happened.

    What's the task? One line is plenty, like <i>finish the report</i> or <i>reply to Sam's email</i>.
goal-ask-task = What's the task? One line is plenty, like <i>finish the report</i> or <i>reply to Sam's email</i>.
goal-task-too-long = That's a lot for one task. Could you put it in a single line, under { $limit } characters? The details can wait.
goal-too-long = Could you say that a little shorter, under { $limit } characters? A sentence or two is enough.

goal-body-declined =
    I'd rather not make this one an experiment. Goals about weight, food or exercise amounts can tighten the very rules we're trying to loosen, because perfectionism and eating worries often travel together.

    Is there a different kind of task you'd like to try instead? Work, home, a message, a creative thing: anything you tend to over-polish.
goal-body-declined-enough = Let's keep food, weight and exercise amounts out of this one, as perfectionism and eating worries often travel together. Could good enough look like something else, like a time box or one rough draft?

goal-ask-perfect =
    <b>{ $task }</b>

    If you did this <i>perfectly</i>, what would that look like? Name it, so we can set it aside on purpose. Skip if you'd rather not.
goal-perfect-noted = Noted, and set aside. It can stay on the shelf for now.

goal-ask-enough =
    Now, what would <b>good enough</b> look like for <b>{ $task }</b>? Make it concrete and smaller than perfect: something you could finish and then stop.
goal-enough-shapes =
    A few shapes people borrow, just to spark your own:

    • a time box: <i>45 minutes, then I stop</i>
    • the 80% version: <i>the main points, no polish</i>
    • one draft: <i>one draft, no rewrites</i>
    • a deadline with slack: <i>done by Thursday, typos allowed</i>

    What would yours be?

goal-ask-fear = One more thing before you start. If it's only good enough, what do you expect will happen? Write down the worry as it is; no need to make it sound reasonable.
goal-ask-sure = And how sure are you that this will happen? Tap a number, or type any number from 0 to 100.
goal-percent-unclear = I couldn't read that as a number. Any whole number from 0 to 100 works, like <i>60</i>.

## The follow-up moment.

goal-when-ask = When shall I check in on how it went? Pick one, or type a moment like <i>in 2 hours</i>, <i>friday 17:00</i> or <i>tomorrow morning</i>.
goal-when-again = When shall I check in next? Pick one, or type a moment like <i>in 2 hours</i>, <i>friday 17:00</i> or <i>tomorrow evening</i>.
goal-when-unclear = I couldn't place that moment. Try something like <i>in 3 hours</i>, <i>tomorrow at 10</i> or <i>friday 17:00</i>, or pick one below.
goal-when-use = Pick a moment below, or type one like <i>in 2 hours</i>.
goal-when-set =
    { $night ->
        [waits] That would land during the night, so I'll wait until quiet hours end and check in
       *[other] Got it. I'll check in
    } { $on ->
        [today] today
        [tomorrow] tomorrow
        [mon] on Monday
        [tue] on Tuesday
        [wed] on Wednesday
        [thu] on Thursday
        [fri] on Friday
        [sat] on Saturday
        [sun] on Sunday
       *[date] on { $date }
    } at <b>{ $time }</b>, your time.{ $night ->
        [waits] {"\u000A\u000A"}If you really do want a late message, type the exact time, like <i>23:15</i>.
        [late] {"\u000A\u000A"}It's late, but you chose the time, so I'll keep it.
       *[other] {""}
    }
goal-when-passed = That follow-up moment has already gone by while we were talking. Let's pick a fresh one.
goal-zone-needed = To check in at the right moment, I need your time zone first. It's saved in your settings, so I'll only ask once.
goal-zone-saved = Time zone saved: { $zone } (it's { $local_time } there now).

## The summary card.

goal-card =
    <b>Your good-enough experiment</b>

    📝 Task: { $task }{ $has_perfect ->
        [yes] {"\u000A"}🏛 Perfect, set aside: { $perfect }
       *[no] {""}
    }
    ✅ Good enough: { $enough }
    ⏰ Follow-up: { $on ->
        [today] today
        [tomorrow] tomorrow
        [mon] on Monday
        [tue] on Tuesday
        [wed] on Wednesday
        [thu] on Thursday
        [fri] on Friday
        [sat] on Saturday
        [sun] on Sunday
       *[date] on { $date }
    } at <b>{ $time }</b>
    💭 What you expect: { $fear } ({ $sure }% sure)

    Does this look right?
goal-card-use = Tap one of the buttons below the card: looks good, edit, or drop.
goal-edit-which = Which part would you like to change?
goal-edit-use = Tap the part you'd like to change, or go back to the card.
goal-set =
    It's set. Go do the good-enough version of <b>{ $task }</b>, and stop when it's good enough.

    I'll check in at the time we picked. Whatever happens, trying it is the experiment.
goal-draft-dropped = Okay, I've let that draft go. Nothing was saved. /goal starts a new one whenever you like.
goal-limit =
    You already have { $limit } goals open. Good enough applies to goals too: a few at a time is plenty, and more would just be another pile to keep up with.

    Want to look at the open ones? You can finish, shrink or let go of any of them.

## The follow-up.

goal-followup =
    Checking in on <b>{ $task }</b> 🌱

    The good-enough version was: <i>{ $enough }</i>

    Did you do it?
goal-did-use = Tap one of the answers below, or just type <i>yes</i>, <i>partly</i> or <i>not yet</i>.

goal-ask-happened =
    { $status ->
        [partly] Part of it counts. You started, and that's the hard bit.
       *[done] You did it. That took some nerve.
    }

    Before you started, you expected:
    <blockquote>{ $fear }</blockquote>{ $sure_known ->
        [yes] {"\u000A"}You were { $sure }% sure of it.
       *[no] {""}
    }

    What actually happened?
goal-ask-after = Knowing what you know now, how sure are you that <i>{ $fear }</i> would happen when you do things good enough? Any number from 0 to 100.
goal-ask-learned = Last one: in a sentence, what did you learn? Skipping is fine too.
goal-outcome =
    { $status ->
        [partly] Thank you for running the experiment, even partway. Doing part of a task you'd normally over-polish or put off is real practice.
       *[done] Thank you for running the experiment. Doing a task good enough, when part of you wanted perfect, is real practice.
    }{ $shift ->
        [down] {"\u000A\u000A"}Your worry went from { $before }% to { $after }%.
        [up] {"\u000A\u000A"}Your worry went from { $before }% to { $after }%. That's useful to know too; nothing here is graded.
        [same] {"\u000A\u000A"}Your worry stayed at { $after }%. That's fine; it can take a few tries to shift.
       *[unknown] {""}
    }
goal-reflect =
    <b>Looking across your goals</b>
    { $count ->
        [1] • You expected <i>{ $fear_1 }</i>; what happened: <i>{ $happened_1 }</i>
        [2] • You expected <i>{ $fear_1 }</i>; what happened: <i>{ $happened_1 }</i>
            • You expected <i>{ $fear_2 }</i>; what happened: <i>{ $happened_2 }</i>
        [3] • You expected <i>{ $fear_1 }</i>; what happened: <i>{ $happened_1 }</i>
            • You expected <i>{ $fear_2 }</i>; what happened: <i>{ $happened_2 }</i>
            • You expected <i>{ $fear_3 }</i>; what happened: <i>{ $happened_3 }</i>
       *[4] • You expected <i>{ $fear_1 }</i>; what happened: <i>{ $happened_1 }</i>
            • You expected <i>{ $fear_2 }</i>; what happened: <i>{ $happened_2 }</i>
            • You expected <i>{ $fear_3 }</i>; what happened: <i>{ $happened_3 }</i>
            • You expected <i>{ $fear_4 }</i>; what happened: <i>{ $happened_4 }</i>
    }

    No need to draw any conclusion from it. Just notice.

goal-not-yet =
    That's okay. Plans meet real life, and not yet is just where things are. There's no score and nothing to make up for.

    What would help with <b>{ $task }</b>?
goal-not-yet-use = Tap one of the options, or type a new moment like <i>tomorrow at 10</i>.
goal-ask-smaller = The good-enough version was: <i>{ $enough }</i>. What's an even smaller version you could do?
goal-shrunk = Smaller it is. That's a sensible adjustment, not a step back.
goal-shrunk-saved = Saved. Good enough is now: <i>{ $enough }</i>. The follow-up time stays as it was.
goal-let-go = Let go. Setting <b>{ $task }</b> down is a choice too, and it costs you nothing here.
goal-ask-why = Changing your mind is a valid choice. If you like, say in one line why; or just skip.
goal-released = Thanks for closing the loop on <b>{ $task }</b>. Deciding something isn't worth doing is a skill of its own.
goal-gone = That goal isn't open any more, so there's nothing to do here. /goals shows where things are.

## /goals

goal-list-head = { $open ->
        [0] <b>Your goals</b>: nothing open right now.
        [1] <b>Your goals</b>: one open.
       *[other] <b>Your goals</b>: { $open } open.
    }
goal-list-item =
    { $n }. <b>{ $task }</b>
    Good enough: <i>{ $enough }</i>
    { $scheduled ->
        [yes] ⏰ I'll check in { $on ->
            [today] today
            [tomorrow] tomorrow
            [mon] on Monday
            [tue] on Tuesday
            [wed] on Wednesday
            [thu] on Thursday
            [fri] on Friday
            [sat] on Saturday
            [sun] on Sunday
           *[date] on { $date }
        } at <b>{ $time }</b>.
       *[no] ⏰ No follow-up ahead; <i>New time</i> sets one.
    }
goal-list-finished =
    <b>Finished lately</b>
    { $status_1 ->
        [partly] ◐
        [released] 🍃
       *[done] ✔️
    } { $has_task_1 ->
        [yes] { $task_1 }
       *[no] <i>a goal whose words I didn't keep</i>
    }{ $has_learned_1 ->
        [yes] : <i>{ $learned_1 }</i>
       *[no] {""}
    }
    { $status_2 ->
        [none] {""}
       *[other] { $status_2 ->
            [partly] ◐
            [released] 🍃
           *[done] ✔️
        } { $has_task_2 ->
        [yes] { $task_2 }
       *[no] <i>a goal whose words I didn't keep</i>
    }{ $has_learned_2 ->
            [yes] : <i>{ $learned_2 }</i>
           *[no] {""}
        }
    }
    { $status_3 ->
        [none] {""}
       *[other] { $status_3 ->
            [partly] ◐
            [released] 🍃
           *[done] ✔️
        } { $has_task_3 ->
        [yes] { $task_3 }
       *[no] <i>a goal whose words I didn't keep</i>
    }{ $has_learned_3 ->
            [yes] : <i>{ $learned_3 }</i>
           *[no] {""}
        }
    }
    { $status_4 ->
        [none] {""}
       *[other] { $status_4 ->
            [partly] ◐
            [released] 🍃
           *[done] ✔️
        } { $has_task_4 ->
        [yes] { $task_4 }
       *[no] <i>a goal whose words I didn't keep</i>
    }{ $has_learned_4 ->
            [yes] : <i>{ $learned_4 }</i>
           *[no] {""}
        }
    }
    { $status_5 ->
        [none] {""}
       *[other] { $status_5 ->
            [partly] ◐
            [released] 🍃
           *[done] ✔️
        } { $has_task_5 ->
        [yes] { $task_5 }
       *[no] <i>a goal whose words I didn't keep</i>
    }{ $has_learned_5 ->
            [yes] : <i>{ $learned_5 }</i>
           *[no] {""}
        }
    }
goal-list-room = Room for another one whenever you like.
goal-list-empty = No goals yet. Whenever you'd like to try a good-enough version of something, /goal starts one.
goal-list-use = Tap a button under a goal, or send /goal to start a new one.
goal-unknown = I can't find that goal among your open ones; it may have been finished or let go already. I've left everything as it was. /goals shows the current list.
goal-drop-confirm = Let go of <b>{ $task }</b>? It leaves your list, with no mark against you.
goal-drop-use = A yes or a no is all I need: let it go?
goal-drop-kept = Kept. Here's your list again.
goal-dropped = Done: <b>{ $task }</b> is off your list. Letting go is allowed.

## Buttons.

button-goal-skip = Skip
button-goal-percent = { $n }%
button-goal-shapes = 💡 Show me some shapes
button-goal-in-1-hour = In 1 hour
button-goal-in-3-hours = In 3 hours
button-goal-tonight = Tonight
button-goal-tomorrow-morning = Tomorrow morning
button-goal-looks-good = ✅ Looks good
button-goal-edit = ✏️ Edit
button-goal-drop-draft = 🗑 Drop
button-goal-edit-task = Task
button-goal-edit-perfect = Perfect
button-goal-edit-enough = Good enough
button-goal-edit-when = Follow-up time
button-goal-edit-fear = What I expect
button-goal-edit-sure = How sure
button-goal-back-to-card = ↩️ Back to the card
button-goal-see-goals = 📋 My goals
button-goal-new = ➕ New goal
button-goal-did-yes = Yes
button-goal-did-partly = Partly
button-goal-did-not-yet = Not yet
button-goal-did-changed = Changed my mind
button-goal-smaller = ✂️ Make it smaller
button-goal-new-moment = ⏰ Pick a new moment
button-goal-let-go = 🍃 Let it go
button-goal-list-done = ✅ Done
button-goal-list-later = ⏰ New time
button-goal-list-smaller = ✂️ Smaller
button-goal-list-drop = 🍃 Let go
button-goal-drop-yes = Yes, let it go
button-goal-drop-no = Keep it
