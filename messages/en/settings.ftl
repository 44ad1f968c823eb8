## Time zone, check-in time, language, consent.

zone-ask = Next, your time zone, so I only write at times that suit you. Type your city (like <i>Berlin</i> or <i>Mexico City</i>), a UTC offset (like <i>UTC+2</i>), or tap the button below to share your location.
zone-ask-again = No problem. Which city are you in, or what's your UTC offset?
zone-noted = Got it: { $zone }.
zone-confirm = So it's <b>{ $local_time }</b> for you right now?
zone-confirm-unclear = Sorry, I didn't catch that. Is that the right time for you, yes or no?
zone-pick = A few places match that. Which one is yours?
zone-unknown = I couldn't place that one. Could you try a nearby larger city, or an offset like <i>UTC-5</i>?
zone-location-unknown = I couldn't find a time zone for that spot. Could you type your city instead?
zone-use-text = You can type your city or a UTC offset here, or share your location.
zone-set = Time zone saved: { $zone }. It's { $local_time } there now.

time-ask = When would you like your daily check-in? Pick a time, or type one like <i>8:30</i>, <i>20h</i> or <i>8pm</i>.
time-unclear = I couldn't read that as a time. Try something like <i>8:30</i>, <i>20h</i> or <i>8pm</i>, or pick one below.
time-use-buttons = Pick a time below, or type one like <i>8:30</i>.
time-set = Your daily check-in is now at <b>{ $time }</b>, your time.
time-set-off = Daily check-ins are off. You can switch them back on in /settings.

settings-overview =
    <b>Your settings</b>

    🌍 Time zone: { $zone } (it's { $local_time } there now)
    ⏰ Daily check-in: { $checkin ->
        [off] off
       *[other] { $checkin }
    }
    🗣 Language: { $language ->
        [es] Español
       *[other] English
    }
    🔒 Keeping what you write: { $consent ->
        [yes] yes
       *[other] no
    }

    What would you like to change?
settings-use-buttons = Tap one of the buttons to change a setting, or Done to close.
settings-closed = Done. Your settings are saved.
settings-language = Which language would you like me to use?
language-set = Language saved.
settings-consent-on = Right now I keep what you write, encrypted, so I can show it back to you. Shall I keep doing that?
settings-consent-off = Right now I don't keep what you write. Would you like me to keep it, encrypted, so I can show it back to you later?
consent-now-on = Thank you. From now on I'll keep what you write, encrypted. /export shows it and /delete erases it.
consent-now-off = Understood. From now on I won't keep what you write. What you saved earlier stays until you /delete it.

settings-keep-limited = Right now, the notes you keep (kinder thoughts, goals, practice notes) are erased automatically after { $days } days. Would you rather keep them until you delete them yourself?
settings-keep-forever = Right now, the notes you keep stay until you delete them yourself. Would you rather have them erased automatically after { $days } days?
keep-now-limited = Done: your notes will be erased automatically after { $days } days.
keep-now-forever = Done: your notes stay until you delete them (/delete erases everything).
