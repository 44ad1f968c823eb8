## /learn: short, plain reads on how perfectionism works, each with a door onward.

command-learn = Short reads on how perfectionism works

learn-menu =
    <b>Learn</b> 📖

    Short reads on how perfectionism works, about a minute each. Which would you like?
learn-unknown = I don't have a read on that yet. Here are the topics I know:
learn-menu-unclear = I didn't catch which topic. Tap one below, or type a word like <i>critic</i> or <i>burnout</i>.
learn-topic-unclear = Would you like another topic, or shall we leave it here? Tap below, or type <i>another</i> or <i>done</i>.
learn-closed = Okay. /learn is here whenever you'd like another short read.

## The topics: 80 to 180 words each, one everyday example, a door at the end.

learn-topic-all-or-nothing =
    <b>All-or-nothing thinking</b>

    Perfectionism likes to sort things into two boxes: perfect, or worthless. A talk went brilliantly or it was a disaster; a day was productive or it was wasted. With nothing in between, almost everything lands in the second box.

    Say you meant to clear your inbox every day this week, and Wednesday slipped. All-or-nothing thinking says the plan is ruined, so why bother tomorrow? Yet you kept it up four days out of five, which is most of the plan.

    Real life mostly happens in the middle. A useful question is: <i>on a scale from 0 to 100, where does this really sit?</i> The honest answer is rarely zero.

    If a thought like this is weighing on you now, you could look at it together with me.
learn-topic-critic =
    <b>The harsh inner critic</b>

    Many people with perfectionism carry a voice that comments on everything they do, and rarely kindly: <i>that wasn't good enough, and everyone noticed</i>. Because it's so familiar, it can feel like the plain truth.

    The critic usually believes it keeps you sharp. But harshness tends to make people more anxious and more likely to avoid things, not more capable. Think of a coach who shouts at every missed pass: the players get tense, not better.

    Imagine sending an email with a small typo in it. The critic says <i>how careless can you be?</i> A kinder voice says <i>that's a typo; everyone makes them, and the message still got across</i>. Both see the same typo. Only one helps you carry on.

    Self-compassion isn't letting yourself off the hook. It's talking to yourself the way you'd talk to someone you care about, and a short practice can help you hear that voice.
learn-topic-burnout =
    <b>Procrastination and burnout</b>

    They look like opposites, doing too little and doing too much, but perfectionism often feeds both.

    When a task has to be flawless, starting it feels risky, and putting it off protects you from doing it imperfectly, for a while. Then the deadline comes close and you work late to make it perfect anyway. The relief is brief, and the next task feels just as heavy.

    Over months, that cycle of dread, delay and all-out effort wears people down. Rest starts to feel like something you have to earn, so it rarely arrives.

    Picture a birthday card you keep meaning to write. Because you want it to be heartfelt and clever, it sits on the shelf for a week, when three warm lines would have done on day one.

    One way out is to decide what good enough looks like before you start, and stop there. A small experiment can show you what really happens when you do.
learn-topic-control =
    <b>Wanting things done "right" by others</b>

    Perfectionism doesn't always stay inside us. Sometimes it reaches the people around us: a partner who loads the dishwasher the "wrong" way, a colleague whose slides aren't how you'd make them, a friend who's always a little late.

    Stepping in, correcting or redoing things can feel like care, or like keeping things from going wrong. Often it comes from the same place as our own high standards: a sense that mistakes are risky and someone has to keep watch.

    That makes sense, and it can still be tiring for everyone. The people close to you may feel they never quite get it right, while you end up carrying everything.

    A gentle experiment: the next time the towels are folded differently, let them be. Notice what you feel, and what actually happens. Often, not much.

    It can also help to ask what matters most to you in these relationships, beyond getting things right.
learn-topic-roots =
    <b>Why perfectionism often begins</b>

    For many people, perfectionism started as a sensible way to cope. Maybe doing well brought praise, warmth or calm, and mistakes seemed to bring the opposite. Maybe life felt unpredictable, and getting things right was one thing you could control. It can grow from school, sport, work, or the images all around us, too.

    This isn't about blaming anyone. Parents and teachers are usually doing their best, and children draw their own conclusions from what they see.

    Take a child who notices that a report full of top marks makes the evening at home go smoothly. It would make sense for that child to learn: <i>being good at things keeps me safe and loved</i>. Years later, the rule can still be running, long after it's needed.

    Seeing perfectionism as an old way of staying safe, rather than a flaw, can make it easier to meet with curiosity. Getting to know that part of you is a good place to start.

button-learn-topic-all-or-nothing = ⚖️ All-or-nothing thinking
button-learn-topic-critic = 🗣 The harsh inner critic
button-learn-topic-burnout = 🔋 Procrastination and burnout
button-learn-topic-control = 🤝 Wanting things done "right" by others
button-learn-topic-roots = 🌱 Why perfectionism often begins
button-learn-door-reframe = 💭 Look at a thought together
button-learn-door-practice = 🌿 Try a short practice
button-learn-door-goal = 🎯 Try a good-enough goal
button-learn-door-success = 🧭 Explore what matters to me
button-learn-door-perfectionist = 🌱 Meet my inner perfectionist
button-learn-another = Another topic
button-learn-done = Done
