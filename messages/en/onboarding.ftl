## /start: four short steps.

onboarding-welcome =
    Hi, I'm Good Enough 🌱

    I'm an automated self-help companion for people who are hard on themselves: perfectionism, the loud inner critic, the "all or nothing" trap. I'm a bot, not a person, and I'm not therapy. I can't help in an emergency.

    If you are ever in danger or thinking about ending your life, please reach a person straight away: in the US, call or text <b>988</b>; anywhere else, findahelpline.com lists free lines for your country. /sos shows this again at any time.

    Setting up takes about a minute.

onboarding-consent =
    First, your words. Some of what I offer works better if I can keep what you write, like a kinder version of a harsh thought or what you learned from a goal. It's stored encrypted and used only to show it back to you. You can see all of it with /export and erase it with /delete whenever you like.

    May I keep what you write?

onboarding-consent-yes = Thank you. You can change your mind any time in /settings.
onboarding-consent-no = That's completely fine. Everything still works; I just won't keep what you type. You can change this in /settings.
consent-unclear = Sorry, I didn't quite catch that. A yes or a no is all I need.

onboarding-time =
    Last step: would you like a short daily check-in? It takes a minute or two, and skipping a day is always fine.

    Pick a time, or type one like <i>8:30</i>, <i>20h</i> or <i>8pm</i>.

onboarding-done =
    All set. I'll check in with you every day at <b>{ $time }</b>, your time.

    You don't need to do anything else now. Whenever you want, the buttons below are a good place to start.
onboarding-done-off =
    All set, with no daily check-ins. You can switch them on in /settings whenever you like.

    Whenever you want, the buttons below are a good place to start.
