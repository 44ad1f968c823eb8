"""Word classes shared by the crisis rules, so each rule reads like the sentence it catches.

Entries are written in ordinary spelling; the compiler folds them like a message (case,
accents, apostrophes, repeated letters), so "don't", "dont" and "do not" only need listing
where they differ after folding. Spanish entries may keep their accents.
"""

from __future__ import annotations

# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    # --- People and grammar ---------------------------------------------------------------
    "myself": ("myself", "my self", "meself", "myslef", "mysef", "mself", "myselve"),
    # Up to two fillers between the words of a phrase: "I just really want to die".
    "adv": ("{adv_word}", "{adv_word} {adv_word}"),
    "adv_word": (
        "just", "really", "honestly", "literally", "seriously", "actually", "so", "kinda",
        "kind of", "sometimes", "still", "often", "truly", "genuinely", "fucking", "even",
        "only", "simply", "lowkey", "legit", "also", "always", "totally", "definitely",
        "probably", "almost", "badly", "desperately", "secretly", "quietly", "very",
    ),
    "want": (
        "want to", "want 2", "wanna", "wan to", "wnt to", "want", "wants to", "wanted to",
        "wish i could", "wish to", "would like to", "d like to", "need to", "would love to",
        "d love to", "feel like i want to", "kind of want to",
    ),
    "intend": (
        "{want}", "going to", "gonna", "gon", "will", "ll", "i'll", "plan to", "planning to",
        "planning on", "plan on", "about to", "ready to", "decided to", "try to", "trying to",
        "tried to", "might", "could", "should", "may", "have to", "urge to", "urges to",
        "tempted to", "thinking about", "thinking of", "think about", "thought about",
        "considering", "feel like", "keep thinking about", "can't stop thinking about",
        "must", "shall", "gotta", "ima", "imma",
    ),
    "intend_ing": (
        "thinking about", "thinking of", "think about", "thought about", "thoughts of",
        "thoughts about", "considering", "dreaming of", "dreaming about", "fantasising about",
        "fantasizing about", "planning on", "obsessing over", "keep thinking about",
        "can't stop thinking about", "urges of", "urge of",
    ),
    # A time or a degree after a statement, which never turns it into an idiom: "I have
    # nothing left to live for at this point" says no more about where one lives than the
    # bare sentence.
    "still_now": (
        "at this/that point/stage/rate/moment/age", "at this point in my life",
        "at the moment/minute/present", "at present", "at times", "right now", "anymore",
        "any more", "at all", "for real", "honestly", "lately", "these days", "most days",
        "some days", "every day/night", "all the time", "more and more", "for much longer",
        "sometimes", "a lot", "every single day/night", "almost every day/night",
        "for another day/week/month/year/minute/second/hour",
        "for one more day/week/month/year/minute/second/hour",
    ),
    # After "live" or "be alive", life itself rather than a place to live in: "I don't want
    # to live in this world", "... in this pain" (but "in this city" is a place).
    "life_itself": (
        "in this/the/a world", "in this/my life", "in this/such/that pain",
        "in so/this/that much pain", "in pain", "in agony", "in misery", "in this/my body",
        "in this hell",
    ),
    # What people add to soften or mask a hard sentence ("I want to disappear lol", "I'm
    # a burden tbh"); it never makes it an idiom.
    "aside": (
        "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hah", "hehe", "xd", "tbh", "ngl",
        "idk", "fr", "smh", "i guess", "i think", "i suppose", "to be honest",
        "if i'm/im honest", "or something", "anyway", "anyways", "i swear", "jaja", "jajaja",
        "jeje",
    ),
    # The end of a sentence that must not go on ("I want to go.", "I've made my peace."),
    # with an aside allowed after it.
    "stop": (".", "{aside}"),
    # "Die my hair blue": dye, misspelt.
    "dyed": (
        "my/her/his/the/our hair/beard/eyebrows/roots/clothes/shirt/jeans/fabric/wool",
        "it blue/red/pink/green/purple/black/blonde/brown/grey/gray",
    ),
    # Where a statement is complete: the end of a clause, or words that only add a time,
    # a degree or a means to it ("I'm a burden tonight", "... and I know it"). Phrases that
    # would mean something else if the sentence went on ("a burden to my team") end here.
    "end": (
        ".", "tonight", "today", "now", "this time", "again", "already", "{still_now}",
        "{aside}",
        "and", "but", "so", "because",
        "with {drug}", "with my {drug}", "with a knife/rope/gun/blade/razor",
    ),
    "es_end": (
        ".", "esta noche", "hoy", "ya", "de verdad", "y", "pero", "porque", "otra vez",
        "para siempre", "en este momento", "a estas alturas", "ahora", "ahora mismo",
        "a veces", "ultimamente", "cada dia", "todos los dias", "{aside}",
    ),
    # Negation that ends right before a hit: "not", "never", "I'm not going to", "no".
    "neg_word": (
        "not", "never", "don't", "do not", "didn't", "did not", "doesn't", "wouldn't",
        "would not", "won't", "will not", "no longer", "isn't", "aren't", "no", "nor",
        "can't see myself", "zero", "without",
    ),
    "neg_fill": (
        "really", "even", "actually", "currently", "feeling", "feel", "been", "had", "having",
        "going to", "gonna", "thinking about", "thinking of", "think about", "planning to",
        "planning on", "ever", "want to", "wanna", "ever had", "at all", "about to", "ever be",
        "be", "have", "get", "getting", "truly", "seriously", "remotely", "that",
        "experiencing", "dealing with", "struggling with", "in danger of", "i'd", "i'd ever",
        "i would", "i would ever", "i'll", "i will", "i'll ever", "wanted to", "want to",
        "plan to", "planning", "intend to",
    ),
    "neg": ("{neg_word}", "{neg_word} {neg_fill}", "{neg_word} {neg_fill} {neg_fill}"),
    # Words for death that, next to hopelessness, read as a wish rather than a figure.
    "death_word": (
        "die", "dying", "death", "be dead", "not exist", "not existing", "not be here",
        "not be alive", "end it", "ending it", "disappear forever", "morir", "morirme",
        "muerte", "muerta", "muerto",
    ),
    "es_neg_word": ("no", "nunca", "jamás", "ni", "tampoco"),
    "es_neg_fill": (
        "estoy", "estoy pensando en", "pienso en", "pensaría en", "voy a", "quiero", "me",
        "he pensado en", "pensando en", "tengo ganas de", "tengo", "se me pasa por la cabeza",
        "lo haría", "haría", "pretendo", "planeo",
    ),
    "es_neg": ("{es_neg_word}", "{es_neg_word} {es_neg_fill}"),
    "nobody": ("nobody", "no one", "noone", "no body", "not a single person", "not one person"),
    "dont": ("don't", "do not", "dnt"),
    "didnt": ("didn't", "did not"),
    "isnt": ("isn't", "is not", "ain't"),
    # Talking about a book or a film on suicide is not talking about oneself.
    "media": (
        "documentary", "book", "film", "movie", "novel", "podcast", "article", "talk",
        "lecture", "class", "course", "episode", "series", "show", "essay", "paper",
        "research", "thesis", "report", "study",
    ),
    "number": (
        "{digits}", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "several", "few", "a few", "a couple of", "couple of", "multiple",
    ),
    # --- Home and family: who the abuse rules are about -----------------------------------
    "family": (
        "partner", "husband", "hubby", "wife", "boyfriend", "girlfriend", "bf", "gf",
        "fiance", "fiancée", "spouse", "ex", "ex husband", "ex wife", "ex boyfriend",
        "ex girlfriend", "dad", "father", "stepdad", "stepfather", "step dad",
        "step father", "mom", "mum", "mother", "mam", "stepmom", "stepmum", "stepmother",
        "step mom", "step mum", "parents", "parent", "brother", "stepbrother", "sister",
        "stepsister", "uncle", "aunt", "grandfather", "grandpa", "grandmother", "grandma",
        "cousin", "roommate", "flatmate", "housemate", "other half", "father in law",
        "mother in law", "family", "old man", "mom's boyfriend", "mum's boyfriend",
        "dad's girlfriend",
    ),
    # "My husband's permission", "my dad's temper": the family word with "'s" folded in.
    "family_pos": (
        "partner's", "husband's", "wife's", "boyfriend's", "girlfriend's", "dad's",
        "father's", "stepdad's", "stepfather's", "mom's", "mum's", "mother's", "stepmom's",
        "stepmum's", "parents'", "brother's", "sister's", "fiance's", "ex's", "spouse's",
    ),
    "abuser": (
        "he", "she", "they", "he's", "she's", "they're", "my {family}", "our {family}",
        "{family}", "he always", "she always", "he sometimes", "she sometimes",
        "he still", "she still", "he also", "she also", "who",
    ),
    "object": (
        "me", "us", "my mom", "my mum", "my mother", "my father", "my dad", "my sister",
        "my brother", "my little sister/brother", "my siblings", "my kids", "my children",
        "my son", "my daughter", "the kids", "the children", "my baby",
    ),
    "bodypart": (
        "arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "stomach",
        "hips", "hip", "body", "hand", "hands", "fingers", "knuckles", "face", "head", "chest",
        "ankles", "shoulder", "shoulders", "forearm", "forearms",
    ),
    # Where people cut: fingers and hands are left out, they are mostly kitchen accidents.
    "cut_part": (
        "arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "stomach",
        "hips", "hip", "body", "forearm", "forearms", "ankles", "shoulders", "chest", "belly",
    ),
    # What "throwing up after ..." has to be about to describe purging.
    "after_food": (
        "eating", "every meal", "meals", "each meal", "i eat", "i've eaten", "i ate", "dinner",
        "lunch", "breakfast", "binging", "bingeing", "a binge", "food", "every time i eat",
    ),
    "high_place": (
        "bridge", "roof", "building", "balcony", "cliff", "ledge", "rooftop", "tower",
        "overpass", "parking garage", "car park", "window", "top floor", "skyscraper",
    ),
    "vehicle": ("train", "bus", "car", "truck", "lorry", "subway", "tube", "tram", "van"),
    "drug": (
        "pills", "pill", "tablets", "tablet", "meds", "medication", "medications",
        "sleeping pills", "sleeping tablets", "paracetamol", "tylenol", "acetaminophen",
        "ibuprofen", "aspirin", "insulin", "antidepressants", "xanax", "benzos", "lithium",
        "painkillers", "oxy", "opioids", "sertraline", "prozac", "my prescription",
    ),
    # Words that end a clause about hitting "me" as an idiom: "hit me with the news".
    "news": (
        "news", "question", "questions", "idea", "ideas", "deadline", "deadlines", "request",
        "requests", "task", "tasks", "email", "emails", "list", "joke", "jokes", "comment",
        "comments", "feedback", "surprise", "bill", "offer", "truth", "facts", "reality",
        "info", "details", "update", "announcement", "compliment", "fact",
    ),
    # --- Distress: what turns a neutral question into a risky one -------------------------
    "distress": (
        "pointless", "hopeless", "no point", "what's the point", "whats the point",
        "nothing matters", "i give up", "give up on everything", "give up on life",
        "gave up on everything", "i'm done", "i am done", "im done", "done with everything",
        "done with life", "done with it all", "can't take it", "can't take this",
        "cannot take it", "can't do this", "can't do it anymore", "can't go on", "can't cope",
        "worthless", "useless", "a burden", "nobody cares", "nobody would care",
        "nobody would notice", "nobody would miss me", "nobody loves me", "no one cares",
        "no one would care", "no one would notice", "no one would miss me", "noone cares",
        "everyone hates me", "hate myself", "hate my life", "lost my job", "lost everything",
        "all alone", "so alone", "completely alone", "empty inside", "trapped", "no way out",
        "no future", "no hope", "desperate", "falling apart", "tired of everything",
        "tired of it all", "sick of it all", "had enough", "end of the road",
        "don't care anymore", "last time", "goodbye", "ruined my life", "failed at everything",
        "there's nothing left", "nothing left", "can't anymore", "want it to stop",
        "ya no puedo", "no puedo más", "no aguanto", "harta de todo", "harto de todo",
        "nada tiene sentido", "nada importa", "sin sentido", "no tiene sentido",
        "no vale la pena", "no sirvo para nada", "soy un fracaso", "soy una fracasada",
        "perdí mi trabajo", "perdí todo", "lo perdí todo", "me rindo", "nadie me quiere",
        "a nadie le importa", "a nadie le importo", "sin salida", "no hay salida",
        "desesperada", "desesperado", "soy una carga", "cansada de todo", "cansado de todo",
        "dark thoughts", "nothing left for me", "no reason to", "can't see a future",
        "nothing will get better", "won't get better", "never get better", "never gets better",
        "running out of reasons", "can't keep going", "exhausted of existing",
        "doesn't need me", "don't need me", "waste of space", "waste of oxygen",
        "i'm a failure at everything", "fail at everything", "i failed at everything",
        "nadie me necesita", "no va a mejorar", "nunca va a mejorar",
    ),
    # Nearby purposes that make a risky-looking question an everyday one.
    "benign_purpose": (
        "trip", "travel", "travelling", "traveling", "visit", "visiting", "vacation",
        "holiday", "tour", "tourist", "sightseeing", "photo", "photos", "photography", "view",
        "views", "camping", "climbing", "hike", "hiking", "tent", "swing", "kayak",
        "kayaking", "swim", "swimming", "sailing", "fishing", "homework", "project", "school",
        "essay", "trivia", "quiz", "headache", "migraine", "period pain", "back pain",
        "toothache", "fever", "cold", "flu", "safe", "safely", "a day", "per day", "daily",
        "prescribed", "doctor", "pharmacist", "vet", "my dog", "my cat", "garden", "boat",
        "gym", "class", "course", "hunting", "range", "viaje", "vacaciones", "visitar",
        "fotos", "turismo", "excursión", "acampar", "escalar", "dolor de cabeza",
    ),
    # --- Spanish --------------------------------------------------------------------------
    "quiero": ("quiero", "kiero", "qiero", "quisiera", "deseo", "tengo ganas de", "ganas de"),
    "es_number": (
        "{digits}", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "varios",
        "unos", "muchos",
    ),
    "es_high_place": (
        "ventana", "puente", "balcón", "edificio", "azotea", "tejado", "acantilado", "tren",
        "metro", "vías", "vacío", "río",
    ),
    "es_family": (
        "pareja", "marido", "esposo", "esposa", "mujer", "novio", "novia", "padre", "madre",
        "papá", "mamá", "padrastro", "madrastra", "ex", "hermano", "hermana", "padres", "tío",
        "abuelo", "suegro", "suegra", "compañero de piso",
    ),
}

RAW: dict[str, str] = {
    # A clock time as one token: "5am", "10pm", "7h".
    "clock": r"[0-9][0-9]?(?:am|pm|h)",
    # Misspellings of "suicide"/"suicidal" after the letter squeeze: sucide, suicde,
    # suiside, suacide, sucidal, suicidle, suisidal, suicida (es). Only "?" repetition.
    "suicide_fuzzy": r"su[ai]?[cs]i?d(?:e|al|el|le|ial|aly|ialy|a|as|es)?",
    # One to four digits (a count of something).
    "digits": r"[0-9][0-9]?[0-9]?[0-9]?",
    # A calorie count under 800: "only eat 500 calories".
    "low_calories": r"(?:[1-9][0-9]?|[1-7][0-9][0-9])",
}
# fmt: on
