## Risk replies. Every one of them names 988.

-us-resources =
    • In the US: call or text <b>988</b>, or chat at 988lifeline.org
    • Crisis Text Line: text <b>HOME</b> to <b>741741</b>
    • In immediate danger: call <b>911</b>
    • Anywhere else: findahelpline.com lists free, confidential lines

crisis-reply =
    I'm really glad you told me. What you're carrying sounds heavy, and you deserve support from a real person right now.

    I'm an automated tool, so I can't help in an emergency, but these people can, day or night:
    { -us-resources }

    Are you safe right now?

crisis-abuse =
    Thank you for trusting me with this. No one deserves to be hurt or frightened at home, and it is not your fault.

    I'm an automated tool and can't help in an emergency, but these people can, day or night:
    • In immediate danger: call <b>911</b>
    • National Domestic Violence Hotline: <b>1-800-799-7233</b>, or text <b>START</b> to <b>88788</b>
    • Childhelp, for a child or teen being hurt: <b>1-800-422-4453</b>
    • If it's all too much: call or text <b>988</b>
    • Anywhere else: findahelpline.com

    Are you safe right now?

crisis-others =
    Thank you for telling me. Thoughts or urges like this can be frightening, and having one does not make you a bad person. Saying it out loud is a good first step.

    I'm an automated tool and can't help in an emergency, but these people can, day or night:
    • If anyone is in danger right now: call <b>911</b>
    • To talk it through with a trained person: call or text <b>988</b>
    • Childhelp, also for parents and carers afraid of hurting a child: <b>1-800-422-4453</b>
    • Anywhere else: findahelpline.com

    If you can, put some space between you and the other person, and between you and anything that could hurt someone.

    Are you and the people around you safe right now?

crisis-someone-else =
    It sounds like you're worried about someone, and that is a lot to hold. Thank you for saying it.

    I'm an automated tool and can't help in an emergency, but these people can, for them and for you, day or night:
    • If they are in danger right now: call <b>911</b>
    • Call or text <b>988</b>, or chat at 988lifeline.org: they also talk with people worried about someone else
    • Anywhere else: findahelpline.com lists free, confidential lines

    If you can, ask them plainly whether they're thinking about suicide; asking does not put the idea in their head. Stay close or keep in touch, and help them reach one of these lines. You don't have to carry this alone either.

    And you: are you safe right now?

crisis-urgent-others =
    Thank you for telling me. Please call <b>911</b> (or your local emergency number) now. If you can, step away: another room, outside, or somewhere with other people around.

    When it's possible, call or text <b>988</b> too; someone will stay on the line with you. I'm still here.

crisis-urgent =
    Thank you for telling me. Please call <b>911</b> (or your local emergency number) now, or call or text <b>988</b>; someone will stay on the line with you.

    If you can, move closer to other people, and put some distance between you and anything you could hurt yourself with. I'm still here.

crisis-resources =
    These lines are free and open day or night:
    { -us-resources }

crisis-still-here =
    I'm still here. If it feels like too much, please reach a person: call or text <b>988</b> in the US, or find a line near you at findahelpline.com.

    Are you safe right now?

crisis-glad = I'm glad you're safe. The lines stay open whenever you need them (in the US, call or text <b>988</b>), and /sos brings them all back. Please be gentle with yourself today.
crisis-glad-resume = I'm glad. We can pick up where we were whenever you're ready: just reply, or send /cancel to leave it for today. If it gets heavy again, call or text <b>988</b> (US) or use /sos.

crisis-follow-up =
    Hi. Yesterday sounded hard, so I wanted to check in gently. There's nothing you need to answer.

    If things are still hard, people are there day or night: call or text <b>988</b> in the US, or find a line near you at findahelpline.com. /sos shows them any time.

# Deployment-specific lines (CRISIS_LOCAL_LINES, CRISIS_PRACTICE_CONTACT), sent after a risk reply.
local-crisis-lines = Closer to you: { $lines }
practice-contact = You can also reach your practice: { $contact }
