## /perfectionist: “Conoce a tu perfeccionista interior”, una charla tranquila con una parte de ti.

command-perfectionist = Conocer a tu perfeccionista interior, con calma

parts-intro =
    <b>Conoce a tu perfeccionista interior</b> 🌿

    A mucha gente le ayuda ver el perfeccionismo como una parte de sí, y no como todo lo que es: una parte con su propia voz y sus propios motivos. Vamos a conocer un poco la tuya, con una pregunta corta cada vez.

    No hay respuestas correctas. Puedes saltarte lo que quieras, o parar cuando quieras. Es un ejercicio para reflexionar; no es terapia.

## Las preguntas, una por mensaje.

parts-ask-voice = Cuando tu perfeccionista interior habla, ¿qué suele decirte? Escríbelo tal como lo oyes, con sus propias palabras.
parts-ask-thanks =
    Esta parte lleva mucho tiempo esforzándose, quizá años. ¿Te animas a darle las gracias, aquí o en silencio?

    Puede resultar un poco raro, y está bien. Toca el botón cuando se lo hayas dicho, o escribe tu agradecimiento abajo.
parts-ask-protect = Las partes así suelen tener buenas intenciones, aunque hablen fuerte. ¿De qué crees que intenta protegerte?
parts-ask-fear = Imagina que se relajara, solo un poco. ¿Qué teme que pasaría entonces?
parts-ask-needs = Última pregunta. ¿Qué podría necesitar para dar un pequeño paso atrás? Quizá algo de tranquilidad, una promesa tuya o una tarea distinta.

parts-too-long = Eso es mucho para un solo mensaje. ¿Puedes decirlo con menos palabras, en menos de { $limit } caracteres? La versión corta basta.
parts-stopped = De acuerdo, paramos aquí. Conocer una parte de ti lleva su propio ritmo, y lo que hiciste hoy cuenta. /perfectionist está aquí cuando quieras volver.

## La reflexión: las palabras de la persona, tal cual, sin añadir nada.

parts-reflection =
    <b>Lo que notaste hoy</b>, con tus propias palabras:
    { $has_voice ->
        [yes] {""}
            🗣 Suele decir: <i>{ $voice }</i>
       *[no] {""}
    }{ $has_protecting ->
        [yes] {""}
            🛡 Quizá te protege de: <i>{ $protecting }</i>
       *[no] {""}
    }{ $has_fear ->
        [yes] {""}
            🌧 Lo que teme si se relaja: <i>{ $fear }</i>
       *[no] {""}
    }{ $has_needs ->
        [yes] {""}
            🌱 Para dar un paso atrás, quizá necesite: <i>{ $needs }</i>
       *[no] {""}
    }

    Gracias por escucharla con curiosidad. Diga lo que diga, es una parte de ti, y tú eres mucho más que esa voz.
parts-reflection-empty = Aquí terminan las preguntas. No hacía falta poner nada en palabras para participar: acercarte a esta voz un momento es suficiente por hoy. /perfectionist está aquí si quieres volver a ella.

## Guardar las respuestas (solo con consentimiento).

parts-not-kept = Ahora mismo no guardo lo que escribes, así que estas palabras no quedan guardadas aquí. Si quieres conservarlas, puedes copiarlas en algún lugar privado. Lo que guardo se puede cambiar en /settings.
parts-keep-offer = ¿Quieres que guarde tus respuestas? La próxima vez que abras /perfectionist, podrás volver a mirarlas.
parts-keep-unclear = ¿Guardo tus respuestas? Basta con un sí o un no.
parts-kept = Guardadas. /perfectionist te las ofrecerá la próxima vez. Gracias por dedicarle este tiempo.
parts-not-kept-choice = De acuerdo, no las guardo. Lo que notaste cuenta igual, esté donde esté ahora.

## Volver a una conversación guardada.

parts-revisit-offer = Qué bueno verte de nuevo. El { $created } guardaste una conversación con tu perfeccionista interior. ¿Quieres ver lo que escribiste, o empezar una nueva?
parts-last-time =
    <b>Lo que escribiste el { $created }</b>
    { $has_voice ->
        [yes] {""}
            🗣 Suele decir: <i>{ $voice }</i>
       *[no] {""}
    }{ $has_protecting ->
        [yes] {""}
            🛡 Quizá te protege de: <i>{ $protecting }</i>
       *[no] {""}
    }{ $has_fear ->
        [yes] {""}
            🌧 Lo que teme si se relaja: <i>{ $fear }</i>
       *[no] {""}
    }{ $has_needs ->
        [yes] {""}
            🌱 Para dar un paso atrás, quizá necesite: <i>{ $needs }</i>
       *[no] {""}
    }

    Fíjate si hoy suena igual o un poco distinta. Las dos cosas están bien.
parts-closed = De acuerdo. /perfectionist está aquí cuando quieras volver a hablar con esta parte.

button-parts-skip = Saltar
button-parts-stop = Parar aquí
button-parts-thanked = Ya se lo dije
button-parts-look = Ver la última vez
button-parts-new = Empezar una conversación nueva
button-parts-done = Listo por ahora
button-parts-keep = Sí, guárdalas
button-parts-dont-keep = Esta vez no
