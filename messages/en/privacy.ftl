## /privacy, /export, /delete

command-privacy = What I keep, and how to see or erase it
command-export = Get a file with everything I hold about you
command-delete = Erase everything I hold about you

privacy-overview =
    <b>Your words are yours</b>

    <b>What I keep.</b> Your settings (time zone, check-in time and days, language), small numbers from check-ins, and, only if you said yes to keeping notes (right now: { $keeping ->
        [yes] yes
       *[other] no
    }), the words you chose to keep: kinder thoughts, goals and what you learned, practice notes. I never keep your name or username.

    <b>Why.</b> Only to show your own words back to you and to time your check-ins.

    <b>How it's kept.</b> Everything you write is encrypted before it's stored. Nobody reads our chats; the people who run this bot see only counts, never words. While we talk something through, your words are held only until that conversation ends, unless you save them. A goal's words are kept until its follow-up, so I can ask how it went.

    <b>How long.</b> Notes and goals are erased automatically after { $days } days unless you chose to keep them. Everything else stays until you erase it.

    /export sends you a file with everything I hold about you.
    /delete erases all of it, for good.
    /stop ends the daily check-ins but keeps your data.
privacy-export-ready = Here is everything I hold about you, as a file. It's yours to keep or share as you like.
privacy-export-empty = I don't hold anything about you yet beyond this conversation.
privacy-delete-confirm =
    This erases everything I hold about you: settings, check-ins, kept thoughts, goals, notes, and any scheduled messages. It can't be undone.

    Erase everything?
privacy-deleted = Done. Everything I held about you is gone. If you ever want to start again, /start is always here. Take good care of yourself.
privacy-delete-kept = Okay, nothing was erased.
privacy-delete-unclear = Sorry, I need a clear yes or no for this one.

button-privacy-delete-yes = Yes, erase everything
button-privacy-delete-no = No, keep it
