## /goal y /goals: un pequeño experimento con lo “suficientemente bueno”.

command-goal = Probar una versión suficientemente buena de una tarea
command-goals = Tus metas: las abiertas y lo que aprendiste

## Preparar una meta.

goal-intro =
    Probemos un pequeño experimento con lo <b>suficientemente bueno</b> 🌱

    Elige una tarea que sueles pulir de más o que vas dejando para después. La reduciremos a una versión suficientemente buena, anotarás qué esperas que pase y, más adelante, lo compararemos con lo que pasó de verdad.

    ¿Cuál es la tarea? Basta con una línea, como <i>terminar el informe</i> o <i>responder el correo de Lucía</i>.
goal-ask-task = ¿Cuál es la tarea? Basta con una línea, como <i>terminar el informe</i> o <i>responder el correo de Lucía</i>.
goal-task-too-long = Eso es mucho para una sola tarea. ¿Puedes ponerla en una línea, de menos de { $limit } caracteres? Los detalles pueden esperar.
goal-too-long = ¿Puedes decirlo un poco más corto, en menos de { $limit } caracteres? Con una o dos frases basta.

goal-body-declined =
    Prefiero no convertir esta en un experimento. Las metas sobre peso, comida o cantidad de ejercicio pueden apretar justo las reglas que intentamos aflojar, porque el perfeccionismo y las preocupaciones por la comida suelen ir de la mano.

    ¿Hay otro tipo de tarea que te gustaría probar? Trabajo, casa, un mensaje, algo creativo: cualquier cosa que sueles pulir de más.
goal-body-declined-enough = Dejemos fuera de esta la comida, el peso y las cantidades de ejercicio, porque el perfeccionismo y las preocupaciones por la comida suelen ir de la mano. ¿Podría lo suficientemente bueno ser otra cosa, como un tiempo límite o un solo borrador?

goal-ask-perfect =
    <b>{ $task }</b>

    Si hicieras esto <i>a la perfección</i>, ¿cómo sería? Ponle nombre, para poder dejarlo a un lado a propósito. Sáltalo si lo prefieres.
goal-perfect-noted = Anotado, y apartado. Puede quedarse en la estantería por ahora.

goal-ask-enough =
    Ahora, ¿cómo sería lo <b>suficientemente bueno</b> para <b>{ $task }</b>? Hazlo concreto y más pequeño que lo perfecto: algo que puedas terminar y dar por cerrado.
goal-enough-shapes =
    Algunas formas que la gente toma prestadas, solo para inspirar la tuya:

    • un tiempo límite: <i>45 minutos y paro</i>
    • la versión al 80%: <i>lo principal, sin pulir</i>
    • un solo borrador: <i>un borrador, sin reescribir</i>
    • un plazo con margen: <i>listo para el jueves, con erratas permitidas</i>

    ¿Cuál sería la tuya?

goal-ask-fear = Una cosa más antes de empezar. Si solo queda suficientemente bien, ¿qué esperas que pase? Escribe la preocupación tal cual; no hace falta que suene razonable.
goal-ask-sure = ¿Y cuánta certeza tienes de que va a pasar? Toca un número, o escribe cualquiera del 0 al 100.
goal-percent-unclear = No pude leer eso como un número. Sirve cualquier número entero del 0 al 100, como <i>60</i>.

## El momento del seguimiento.

goal-when-ask = ¿Cuándo quieres que te pregunte cómo fue? Elige una opción, o escribe un momento como <i>en 2 horas</i>, <i>viernes 17:00</i> o <i>mañana</i>.
goal-when-again = ¿Cuándo te pregunto la próxima vez? Elige una opción, o escribe un momento como <i>en 2 horas</i>, <i>viernes 17:00</i> o <i>mañana por la noche</i>.
goal-when-unclear = No logré ubicar ese momento. Prueba algo como <i>en 3 horas</i>, <i>mañana a las 10</i> o <i>viernes 17:00</i>, o elige uno abajo.
goal-when-use = Elige un momento abajo, o escribe uno como <i>en 2 horas</i>.
goal-when-set =
    { $night ->
        [waits] Eso caería en plena noche, así que esperaré a que terminen las horas de descanso y te preguntaré
       *[other] Entendido. Te preguntaré
    } { $on ->
        [today] hoy
        [tomorrow] mañana
        [mon] el lunes
        [tue] el martes
        [wed] el miércoles
        [thu] el jueves
        [fri] el viernes
        [sat] el sábado
        [sun] el domingo
       *[date] el { $date }
    } a las <b>{ $time }</b>, tu hora.{ $night ->
        [waits] {"\u000A\u000A"}Si de verdad quieres un mensaje a esa hora, escribe la hora exacta, como <i>23:15</i>.
        [late] {"\u000A\u000A"}Es tarde, pero la hora la elegiste tú, así que la mantengo.
       *[other] {""}
    }
goal-when-passed = Ese momento ya pasó mientras hablábamos. Elijamos uno nuevo.
goal-zone-needed = Para escribirte en el momento justo, primero necesito tu zona horaria. Se guarda en tus ajustes, así que solo te lo preguntaré una vez.
goal-zone-saved = Zona horaria guardada: { $zone } (allí son las { $local_time }).

## La tarjeta resumen.

goal-card =
    <b>Tu experimento de lo suficientemente bueno</b>

    📝 Tarea: { $task }{ $has_perfect ->
        [yes] {"\u000A"}🏛 Lo perfecto, apartado: { $perfect }
       *[no] {""}
    }
    ✅ Suficientemente bueno: { $enough }
    ⏰ Seguimiento: { $on ->
        [today] hoy
        [tomorrow] mañana
        [mon] el lunes
        [tue] el martes
        [wed] el miércoles
        [thu] el jueves
        [fri] el viernes
        [sat] el sábado
        [sun] el domingo
       *[date] el { $date }
    } a las <b>{ $time }</b>
    💭 Lo que esperas: { $fear } ({ $sure }% de certeza)

    ¿Está todo bien así?
goal-card-use = Toca uno de los botones debajo de la tarjeta: está bien, editar o descartar.
goal-edit-which = ¿Qué parte te gustaría cambiar?
goal-edit-use = Toca la parte que quieras cambiar, o vuelve a la tarjeta.
goal-set =
    Listo. Ve a hacer la versión suficientemente buena de <b>{ $task }</b>, y detente cuando esté suficientemente bien.

    Te preguntaré a la hora que elegimos. Pase lo que pase, intentarlo ya es el experimento.
goal-draft-dropped = De acuerdo, descarté ese borrador. No se guardó nada. /goal empieza uno nuevo cuando quieras.
goal-limit =
    Ya tienes { $limit } metas abiertas. Lo suficientemente bueno también vale para las metas: unas pocas a la vez es más que suficiente, y más solo serían otro montón que atender.

    ¿Quieres ver las abiertas? Puedes terminar, hacer más pequeña o soltar cualquiera de ellas.

## El seguimiento.

goal-followup =
    Te pregunto por <b>{ $task }</b> 🌱

    La versión suficientemente buena era: <i>{ $enough }</i>

    ¿La hiciste?
goal-did-use = Toca una de las respuestas de abajo, o escribe <i>sí</i>, <i>en parte</i> o <i>todavía no</i>.

goal-ask-happened =
    { $status ->
        [partly] Una parte cuenta. Empezaste, y eso es lo más difícil.
       *[done] Lo hiciste. Eso pedía valor.
    }

    Antes de empezar, esperabas:
    <blockquote>{ $fear }</blockquote>{ $sure_known ->
        [yes] {"\u000A"}Tenías un { $sure }% de certeza.
       *[no] {""}
    }

    ¿Qué pasó en realidad?
goal-ask-after = Sabiendo lo que sabes ahora, ¿cuánta certeza tienes de que <i>{ $fear }</i> pasaría cuando haces las cosas suficientemente bien? Cualquier número del 0 al 100.
goal-ask-learned = Última pregunta: en una frase, ¿qué aprendiste? También puedes saltártela.
goal-outcome =
    { $status ->
        [partly] Gracias por hacer el experimento, aunque fuera en parte. Hacer una parte de una tarea que normalmente pulirías de más o dejarías para después es práctica de verdad.
       *[done] Gracias por hacer el experimento. Hacer una tarea suficientemente bien, cuando una parte de ti quería hacerla perfecta, es práctica de verdad.
    }{ $shift ->
        [down] {"\u000A\u000A"}Tu preocupación pasó del { $before }% al { $after }%.
        [up] {"\u000A\u000A"}Tu preocupación pasó del { $before }% al { $after }%. Eso también es útil saberlo; aquí nada se califica.
        [same] {"\u000A\u000A"}Tu preocupación se quedó en el { $after }%. Está bien; a veces hacen falta varios intentos para que cambie.
       *[unknown] {""}
    }
goal-reflect =
    <b>Mirando tus metas en conjunto</b>
    { $count ->
        [1] • Esperabas <i>{ $fear_1 }</i>; lo que pasó: <i>{ $happened_1 }</i>
        [2] • Esperabas <i>{ $fear_1 }</i>; lo que pasó: <i>{ $happened_1 }</i>
            • Esperabas <i>{ $fear_2 }</i>; lo que pasó: <i>{ $happened_2 }</i>
        [3] • Esperabas <i>{ $fear_1 }</i>; lo que pasó: <i>{ $happened_1 }</i>
            • Esperabas <i>{ $fear_2 }</i>; lo que pasó: <i>{ $happened_2 }</i>
            • Esperabas <i>{ $fear_3 }</i>; lo que pasó: <i>{ $happened_3 }</i>
       *[4] • Esperabas <i>{ $fear_1 }</i>; lo que pasó: <i>{ $happened_1 }</i>
            • Esperabas <i>{ $fear_2 }</i>; lo que pasó: <i>{ $happened_2 }</i>
            • Esperabas <i>{ $fear_3 }</i>; lo que pasó: <i>{ $happened_3 }</i>
            • Esperabas <i>{ $fear_4 }</i>; lo que pasó: <i>{ $happened_4 }</i>
    }

    No hace falta sacar ninguna conclusión. Solo obsérvalo.

goal-not-yet =
    Está bien. Los planes se encuentran con la vida real, y “todavía no” es simplemente donde están las cosas. No hay puntuación ni nada que compensar.

    ¿Qué te ayudaría con <b>{ $task }</b>?
goal-not-yet-use = Toca una de las opciones, o escribe un momento nuevo como <i>mañana a las 10</i>.
goal-ask-smaller = La versión suficientemente buena era: <i>{ $enough }</i>. ¿Cuál sería una versión todavía más pequeña que podrías hacer?
goal-shrunk = Más pequeña, entonces. Es un ajuste sensato, no un paso atrás.
goal-shrunk-saved = Guardado. Ahora lo suficientemente bueno es: <i>{ $enough }</i>. La hora del seguimiento sigue igual.
goal-let-go = De acuerdo, la soltamos. Dejar <b>{ $task }</b> a un lado también es una decisión, y aquí no te cuesta nada.
goal-ask-why = Cambiar de idea es una decisión válida. Si quieres, cuenta en una línea por qué; o simplemente sáltalo.
goal-released = Gracias por cerrar el ciclo con <b>{ $task }</b>. Decidir que algo no vale la pena es una habilidad en sí misma.
goal-gone = Esa meta ya no está abierta, así que no hay nada que hacer aquí. /goals muestra cómo están las cosas.

## /goals

goal-list-head = { $open ->
        [0] <b>Tus metas</b>: ninguna abierta ahora mismo.
        [1] <b>Tus metas</b>: una abierta.
       *[other] <b>Tus metas</b>: { $open } abiertas.
    }
goal-list-item =
    { $n }. <b>{ $task }</b>
    Suficientemente bueno: <i>{ $enough }</i>
    { $scheduled ->
        [yes] ⏰ Te preguntaré { $on ->
            [today] hoy
            [tomorrow] mañana
            [mon] el lunes
            [tue] el martes
            [wed] el miércoles
            [thu] el jueves
            [fri] el viernes
            [sat] el sábado
            [sun] el domingo
           *[date] el { $date }
        } a las <b>{ $time }</b>.
       *[no] ⏰ Sin seguimiento pendiente; <i>Nueva hora</i> pone uno.
    }
goal-list-finished =
    <b>Terminadas hace poco</b>
    { $status_1 ->
        [partly] ◐
        [released] 🍃
       *[done] ✔️
    } { $has_task_1 ->
        [yes] { $task_1 }
       *[no] <i>una meta cuyas palabras no guardé</i>
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
       *[no] <i>una meta cuyas palabras no guardé</i>
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
       *[no] <i>una meta cuyas palabras no guardé</i>
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
       *[no] <i>una meta cuyas palabras no guardé</i>
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
       *[no] <i>una meta cuyas palabras no guardé</i>
    }{ $has_learned_5 ->
            [yes] : <i>{ $learned_5 }</i>
           *[no] {""}
        }
    }
goal-list-room = Hay espacio para otra cuando quieras.
goal-list-empty = Todavía no hay metas. Cuando quieras probar una versión suficientemente buena de algo, /goal empieza una.
goal-list-use = Toca un botón debajo de una meta, o envía /goal para empezar una nueva.
goal-unknown = No encuentro esa meta entre las abiertas; puede que ya se haya terminado o soltado. Todo sigue como estaba. /goals muestra la lista actual.
goal-drop-confirm = ¿Soltar <b>{ $task }</b>? Sale de tu lista, sin ninguna marca en tu contra.
goal-drop-use = Solo necesito un sí o un no: ¿la sueltas?
goal-drop-kept = La conservamos. Aquí está otra vez tu lista.
goal-dropped = Hecho: <b>{ $task }</b> ya no está en tu lista. Soltar está permitido.

## Botones.

button-goal-skip = Saltar
button-goal-percent = { $n }%
button-goal-shapes = 💡 Muéstrame algunas ideas
button-goal-in-1-hour = En 1 hora
button-goal-in-3-hours = En 3 horas
button-goal-tonight = Esta noche
button-goal-tomorrow-morning = Mañana por la mañana
button-goal-looks-good = ✅ Está bien
button-goal-edit = ✏️ Editar
button-goal-drop-draft = 🗑 Descartar
button-goal-edit-task = Tarea
button-goal-edit-perfect = Lo perfecto
button-goal-edit-enough = Suficientemente bueno
button-goal-edit-when = Hora del seguimiento
button-goal-edit-fear = Lo que espero
button-goal-edit-sure = Mi certeza
button-goal-back-to-card = ↩️ Volver a la tarjeta
button-goal-see-goals = 📋 Mis metas
button-goal-new = ➕ Nueva meta
button-goal-did-yes = Sí
button-goal-did-partly = En parte
button-goal-did-not-yet = Todavía no
button-goal-did-changed = Cambié de idea
button-goal-smaller = ✂️ Hacerla más pequeña
button-goal-new-moment = ⏰ Elegir otro momento
button-goal-let-go = 🍃 Soltarla
button-goal-list-done = ✅ Hecha
button-goal-list-later = ⏰ Nueva hora
button-goal-list-smaller = ✂️ Más pequeña
button-goal-list-drop = 🍃 Soltar
button-goal-drop-yes = Sí, soltarla
button-goal-drop-no = Conservarla
