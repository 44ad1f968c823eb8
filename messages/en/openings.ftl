## Opening lines for the scheduled check-in. The shell picks one the user hasn't seen for
## a while (`checkin-opening-NN`). One or two short sentences each, no placeholders.

# Theme: the inner critic
checkin-opening-01 = The inner critic often talks fastest first thing in the day. You don't have to take notes on everything it says.
checkin-opening-02 = Your inner critic probably thinks it's protecting you. You can thank it and still not follow its advice.
checkin-opening-03 = If the critic has been narrating your day, a question: would you let anyone else speak to you like that?
checkin-opening-04 = A harsh thought is a thought, not a verdict.
checkin-opening-05 = The critic can sound like the truth just because it's loud. Volume isn't evidence.
checkin-opening-06 = What has the inner critic been saying lately? Hearing it plainly sometimes makes it sound a little less sure of itself.
checkin-opening-07 = You can notice the critic without arguing with it. "Ah, there it is again" is often enough.
checkin-opening-08 = The critic remembers every stumble and forgets every step. Today you get to keep the full record.
checkin-opening-09 = Some days the inner critic has a megaphone. On those days, quiet kindness matters even more.
checkin-opening-10 = Try giving your critic a name, even a silly one. It's harder to take orders from someone called Gerald.

# Theme: all-or-nothing thinking
checkin-opening-11 = Between "perfect" and "pointless" there's a wide middle. Most good things live there.
checkin-opening-12 = Half-done isn't the same as not done. It's halfway.
checkin-opening-13 = If today isn't going to plan, the day isn't ruined. It's just going differently.
checkin-opening-14 = Noticed an "always" or a "never" in your head today? They're rarely as true as they sound.
checkin-opening-15 = One slip doesn't cancel the rest. Ten minutes still counts when you'd hoped for an hour.
checkin-opening-16 = What would "partly" look like today? Partly tidy, partly finished, partly rested.
checkin-opening-17 = All-or-nothing thinking offers you two choices. Real life almost always has more.
checkin-opening-18 = A rough morning can still become an okay afternoon. Days aren't pass or fail.
checkin-opening-19 = If you can't do all of it, what's the smallest piece that would still be worth doing?
checkin-opening-20 = "Some" is a perfectly respectable amount.

# Theme: procrastination and burnout
checkin-opening-21 = Putting things off usually comes from worrying about doing them well, not from caring too little.
checkin-opening-22 = Is there something you've been circling for days? A tiny, imperfect first step is allowed.
checkin-opening-23 = Starting roughly is still starting. The polish can come later, or not at all.
checkin-opening-24 = When everything feels urgent, it's worth asking what could quietly wait until tomorrow.
checkin-opening-25 = Running on fumes is information, not a flaw in your character.
checkin-opening-26 = A messy first draft is a gift to your future self. They would much rather edit than face a blank page.
checkin-opening-27 = What's one task you could make smaller today? Smaller than feels reasonable.
checkin-opening-28 = Burnout rarely comes from caring too little. More often it comes from caring a lot, for a long time, without a break.
checkin-opening-29 = Five minutes on the thing you've been avoiding, and then you're free to stop. Fair?
checkin-opening-30 = You don't need to feel ready to begin. Ready often turns up halfway through.

# Theme: rest
checkin-opening-31 = Rest isn't something you earn by finishing everything. Everything is never quite finished.
checkin-opening-32 = When did you last do something for no reason at all, just because it felt nice?
checkin-opening-33 = A pause in the day isn't lost time. It's part of what carries you through the rest of it.
checkin-opening-34 = Your worth doesn't rise with your to-do list, and it doesn't drop when you sit down.
checkin-opening-35 = Tired is a real reason. You don't need a better one.
checkin-opening-36 = What would a slightly gentler pace look like today?
checkin-opening-37 = Rest can be small: a glass of water, a look out of the window, one slow breath.
checkin-opening-38 = Nothing grows at full speed all year round. People don't either.
checkin-opening-39 = Is there one thing you could take off today's list without anything bad happening?
checkin-opening-40 = Sitting still is allowed. So is doing nothing in particular for a while.

# Theme: "good enough"
checkin-opening-41 = Good enough isn't settling. It's finishing, so there's room for what comes next.
checkin-opening-42 = What's one thing today that was good enough just as it was?
checkin-opening-43 = The message with the small typo still said what it needed to say.
checkin-opening-44 = "Good enough" is a finish line you can actually reach.
checkin-opening-45 = Most people will never notice the detail you're agonising over. You're allowed to let it be.
checkin-opening-46 = A meal that fed you, a reply that was kind, a job that got done: good enough is everywhere once you start looking.
checkin-opening-47 = Could today's version of "enough" be a little smaller than yesterday's?
checkin-opening-48 = A finished thing with a few flaws can help someone. A flawless one that stays in your head can't.
checkin-opening-49 = You can aim for good and stop at good enough. Both are choices you're allowed to make.
checkin-opening-50 = Some tasks deserve your best. Many only need your okay. Which kind is in front of you?

# Theme: redefining success
checkin-opening-51 = What if today's success were measured by how you treated yourself, not by how much got done?
checkin-opening-52 = Trying counts. Showing up counts. So does stopping when you need to.
checkin-opening-53 = Think of something you learned this week. Learning nearly always looks messy from the inside.
checkin-opening-54 = Progress rarely runs in a straight line. Wobbly still goes somewhere.
checkin-opening-55 = Who decided what "enough" looks like for you? It might be worth checking whether you still agree.
checkin-opening-56 = A day when you were kind to someone, yourself included, is a day that went somewhere.
checkin-opening-57 = What would count as a good day if nobody were grading it?
checkin-opening-58 = Not all effort shows. Quietly holding things together is effort too.
checkin-opening-59 = Success can be as small as keeping a promise to yourself to take a break.
checkin-opening-60 = You're allowed to be proud of things nobody else saw.

# Theme: being kind to yourself as you would to a friend
checkin-opening-61 = If a friend had lived your day, what would you say to them? You're allowed to hear it too.
checkin-opening-62 = You'd give a friend the benefit of the doubt without a second thought. You deserve the same.
checkin-opening-63 = Try speaking to yourself today the way you'd speak to someone you love.
checkin-opening-64 = You wouldn't tell a tired friend to try harder. What might you tell them instead?
checkin-opening-65 = Being on your own side isn't selfish. It's what you'd want for anyone you care about.
checkin-opening-66 = Imagine your closest friend overhearing your thoughts about yourself today. What would they want to add?
checkin-opening-67 = A good friend wouldn't read your mistakes back to you. You can skip that part too.
checkin-opening-68 = Kindness toward yourself doesn't make you soft. It makes it easier to keep going.
checkin-opening-69 = Picture a hand on a friend's shoulder after a long day. What would it be saying? You can borrow that.
checkin-opening-70 = You're someone's good friend. You can be your own, too.
