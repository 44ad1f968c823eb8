## /success: “Redefinir el éxito”, con tus propias reglas.

command-success = Redefinir el éxito a tu manera

success-intro =
    <b>Redefinir el éxito</b> 🧭

    El perfeccionismo a menudo nos mide con una regla que hizo otra persona. Vamos a ver de quién es esa regla y a dibujar una que te quede mejor, en tres pasos cortos.

    Puedes saltarte lo que quieras, o parar cuando quieras.

## Paso 1: las exigencias de quién.

success-ask-standards = ¿Qué voz te pone el listón? Alguien de tu familia, la escuela, un trabajo, las redes sociales, tú, u otra persona. Dilo con tus palabras, tan breve como quieras.

## Paso 2: los valores, para marcar, y los tuyos propios.

success-ask-values = ¿Qué valores te importan? Toca los que sientas verdaderos; tócalos otra vez para quitarlos. También puedes añadir los tuyos. Toca <b>Listo</b> cuando te parezca que está más o menos bien.
success-values-noted =
    { $count ->
        [0] Todavía no hay nada elegido, y está bien.
        [one] Uno elegido por ahora.
       *[other] { $count } elegidos por ahora.
    } Toca más, o <b>Listo</b> cuando te parezca que está más o menos bien.
success-values-unclear = No tuve claro si eso era un valor. Toca los que encajen, escribe uno en una o dos palabras (como <i>paciencia</i>), o toca <b>Listo</b>.
success-ask-own = ¿Cuál es un valor tuyo? Basta con una palabra o una frase corta, como <i>paciencia</i> o <i>estar para mi gente</i>.
success-own-too-long = ¿Puedes hacerlo un poco más corto, en menos de { $limit } caracteres? Aquí funciona mejor una palabra o una frase corta.
success-own-full = Ya tienes tres propios, que es más que suficiente. Toca uno para quitarlo si quieres cambiarlo por otro.

## Paso 3: esta semana.

success-ask-week = Último paso. ¿Cómo sería el éxito esta semana según <i>tus</i> reglas? Basta con algo pequeño y real; una frase es suficiente.
success-week-shapes =
    Algunas formas para tomar prestadas, por si no sabes cómo empezar:

    • <i>Esta semana, el éxito es ___, aunque ___.</i>
    • <i>Daré esta semana por buena si ___.</i>
    • <i>Esta semana me mediré por ___, no por ___.</i>

    Completa los huecos a tu manera, o escribe algo totalmente tuyo.

success-too-long = Eso es mucho para un solo mensaje. ¿Puedes decirlo con menos palabras, en menos de { $limit } caracteres?
success-stopped = De acuerdo, paramos aquí. Solo con hacerte estas preguntas, la vieja regla ya afloja un poco. /success está aquí cuando quieras retomarlo.

## El resumen: sus palabras y sus valores, sin añadir nada.

success-summary =
    <b>El éxito, a tu manera</b> 🧭{ $has_standards ->
        [yes] {""}
            {""}
            Quien suele poner el listón: <i>{ $standards }</i>
       *[no] {""}
    }{ $has_values ->
        [yes] {""}
            {""}
            Lo que te importa:
       *[no] {""}
    }{ $kind ->
        [yes] {""}
            💛 Amabilidad
       *[no] {""}
    }{ $curious ->
        [yes] {""}
            🔍 Curiosidad
       *[no] {""}
    }{ $connect ->
        [yes] {""}
            🫂 Conexión
       *[no] {""}
    }{ $rest ->
        [yes] {""}
            🛌 Descanso
       *[no] {""}
    }{ $create ->
        [yes] {""}
            🎨 Creatividad
       *[no] {""}
    }{ $honest ->
        [yes] {""}
            💬 Honestidad
       *[no] {""}
    }{ $health ->
        [yes] {""}
            🌿 Salud
       *[no] {""}
    }{ $learn ->
        [yes] {""}
            📚 Aprendizaje
       *[no] {""}
    }{ $play ->
        [yes] {""}
            🎈 Juego
       *[no] {""}
    }{ $courage ->
        [yes] {""}
            🦁 Valentía
       *[no] {""}
    }{ $fair ->
        [yes] {""}
            ⚖️ Justicia
       *[no] {""}
    }{ $calm ->
        [yes] {""}
            🌊 Calma
       *[no] {""}
    }{ $has_own ->
        [yes] {""}
            ✏️ <i>{ $own }</i>
       *[no] {""}
    }{ $has_week ->
        [yes] {""}
            {""}
            Esta semana, el éxito se parece a: <i>{ $week }</i>
       *[no] {""}
    }

    Es una medida que elegiste tú. Cuando la vieja regla hable fuerte, puedes poner esta a su lado.
success-summary-empty = Aquí termina. Hoy no hacía falta escribir nada: preguntarte con qué listón te miden ya es un comienzo. /success está aquí cuando quieras intentarlo otra vez.

## Guardarlo (solo con consentimiento).

success-not-kept = Ahora mismo no guardo lo que escribes, así que esto no queda guardado aquí. Puedes copiarlo en algún lugar donde lo veas esta semana. Lo que guardo se puede cambiar en /settings.
success-keep-offer = ¿Quieres que guarde esto con tus notas?
success-keep-unclear = ¿Lo guardo? Basta con un sí o un no.
success-kept = Guardado, con tus notas. Gracias por tomarte el tiempo de pensarlo.
success-not-kept-choice = De acuerdo, no lo guardo. Lo que escribiste cuenta igual, esté donde esté ahora.

button-success-skip = Saltar
button-success-stop = Parar aquí
button-success-shapes = No sé qué poner: muéstrame ideas
button-success-add-own = ✏️ Añadir uno mío
button-success-own-value = ✅ { $value }
button-success-own-back = Volver a la lista
button-success-values-done = Listo
button-success-keep = Sí, guárdalo
button-success-dont-keep = Esta vez no
button-success-value-kind =
    { $on ->
        [yes] ✅ Amabilidad
       *[no] 💛 Amabilidad
    }
button-success-value-curious =
    { $on ->
        [yes] ✅ Curiosidad
       *[no] 🔍 Curiosidad
    }
button-success-value-connect =
    { $on ->
        [yes] ✅ Conexión
       *[no] 🫂 Conexión
    }
button-success-value-rest =
    { $on ->
        [yes] ✅ Descanso
       *[no] 🛌 Descanso
    }
button-success-value-create =
    { $on ->
        [yes] ✅ Creatividad
       *[no] 🎨 Creatividad
    }
button-success-value-honest =
    { $on ->
        [yes] ✅ Honestidad
       *[no] 💬 Honestidad
    }
button-success-value-health =
    { $on ->
        [yes] ✅ Salud
       *[no] 🌿 Salud
    }
button-success-value-learn =
    { $on ->
        [yes] ✅ Aprendizaje
       *[no] 📚 Aprendizaje
    }
button-success-value-play =
    { $on ->
        [yes] ✅ Juego
       *[no] 🎈 Juego
    }
button-success-value-courage =
    { $on ->
        [yes] ✅ Valentía
       *[no] 🦁 Valentía
    }
button-success-value-fair =
    { $on ->
        [yes] ✅ Justicia
       *[no] ⚖️ Justicia
    }
button-success-value-calm =
    { $on ->
        [yes] ✅ Calma
       *[no] 🌊 Calma
    }
