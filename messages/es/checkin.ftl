## El check-in diario: dos toques y luego una práctica corta, ofrecida y nunca impuesta.

command-checkin = Un check-in de dos toques, cuando quieras

checkin-ask-kindness = ¿Cómo te estás tratando hoy? Toca una opción, o dilo con tus palabras.
checkin-ask-critic = ¿Y cuánto ruido hace hoy el crítico interior?
checkin-use-buttons = Basta con tocar una opción abajo, o escribe unas palabras a tu manera.
checkin-note-kept = Gracias. Lo guardé junto al check-in de hoy.
checkin-note-heard = Gracias por contármelo.

checkin-weekly = Esta semana hiciste { $count ->
        [one] un check-in
       *[other] { $count } check-ins
    }. Cada uno fue un momento para cuidarte.
checkin-backoff = Un pequeño cambio: los últimos check-ins se quedaron sin respuesta, y eso está perfectamente bien. Por ahora te escribiré cada dos días. Responde a cualquiera y volveremos a hacerlo a diario.

checkin-ask-snooze = Claro. ¿Cuándo vuelvo?
checkin-snooze-unclear = ¿Cuándo te vendría bien? Toca una opción abajo, o escribe algo como <i>1 h</i>, <i>3 h</i> o <i>esta noche</i>.
checkin-snoozed-1h = De acuerdo, vuelvo en más o menos una hora.
checkin-snoozed-3h = De acuerdo, vuelvo en unas tres horas.
checkin-snoozed-tonight = De acuerdo, vuelvo esta noche.
checkin-skipped = De acuerdo, hoy no hay check-in. Cuídate mucho.

checkin-offer-self-compassion-break = Gracias por hacer el check-in. Parece que hoy está siendo un día difícil. ¿Te vendría bien una pausa de autocompasión de dos minutos? Si hay un pensamiento duro que no deja de volver, también podemos mirarlo con calma.
checkin-offer-friend-view = Gracias por hacer el check-in. Hoy el crítico suena fuerte. ¿Quieres probar una práctica de dos minutos: qué le dirías a alguien querido que estuviera en tu lugar?
checkin-offer-three-breaths = Gracias por hacer el check-in. ¿Qué tal una pausa de un minuto para tres respiraciones lentas antes de seguir con tu día?
checkin-offer-good-enough-today = Gracias por hacer el check-in. Me alegra saber que hoy te estás tratando con bastante suavidad. ¿Quieres nombrar una cosa de hoy que haya sido suficientemente buena? Lleva más o menos un minuto.
checkin-offer-rest-permission = Gracias por hacer el check-in. Parece que hoy hay cansancio. ¿Te gustaría tomarte un minuto para darte permiso de descansar?
checkin-offer-kind-friend-letter = Gracias por hacer el check-in. Hoy parece un día pesado. ¿Te gustaría dedicar unos tres minutos a escribirte unas líneas con la voz de alguien que está de tu parte, pase lo que pase?
checkin-offer-soothing-touch = Gracias por hacer el check-in. ¿Quieres tomarte un minuto para apoyar una mano cálida donde te reconforte y dejar que el cuerpo se calme un poco?
checkin-closing = De acuerdo. Gracias por hacer el check-in hoy.

# La primera línea de un check-in programado cuando no se puede elegir una apertura rotativa.
checkin-opening = Hola. Aquí está tu check-in: un minuto para ver cómo te estás tratando hoy.

## Pausar, reanudar y detener los check-ins, y elegir sus días.

command-pause = Tomarte un descanso de los check-ins diarios
command-resume = Volver a recibir los check-ins diarios
command-stop = Detener los check-ins diarios

schedule-pause-ask = ¿Cuánto tiempo quieres descansar de los check-ins? O, si unos días te vienen mejor que otros, puedes elegir qué días te escribo.
schedule-pause-unclear = Perdona, no lo entendí. ¿Cuánto quieres que dure el descanso?
schedule-paused = En pausa. No te escribiré durante { $days ->
        [1] un día
        [7] una semana
       *[other] { $days } días
    }, y después los check-ins volverán por sí solos. /resume los trae antes.
schedule-paused-open = En pausa hasta que tú digas. Cuando quieras que vuelvan, envía /resume.
schedule-pause-while-stopped = Tus check-ins están desactivados ahora mismo, así que no hay nada que pausar. /resume los vuelve a activar cuando quieras.
schedule-no-time = No tienes una hora de check-in diario, así que no hay nada que pausar. Si quieres, puedes elegir una en los ajustes.
schedule-kept = De acuerdo, no cambió nada. Tus check-ins siguen como estaban.

schedule-stop-confirm = ¿Detengo del todo los check-ins diarios? No enviaré más hasta que me lo pidas. Si prefieres un descanso, una pausa termina sola.
schedule-stop-unclear = Perdona, no lo entendí. ¿Detengo los check-ins diarios?
schedule-stopped = Hecho: no llegarán más check-ins. Todo lo que guardaste se queda aquí hasta que lo borres con /delete, y /resume trae los check-ins de vuelta cuando quieras.
schedule-already-stopped = Los check-ins diarios ya están detenidos. /resume los trae de vuelta cuando quieras.

schedule-resumed = Qué bueno tenerte de vuelta. Tus check-ins diarios vuelven a estar activos, a las <b>{ $time }</b>, tu hora.
schedule-already-on = Tus check-ins diarios están activos, a las <b>{ $time }</b>, tu hora.
schedule-resume-no-time = Con gusto vuelvo a escribirte. Eso sí, todavía no hay una hora de check-in: elige una en los ajustes y empiezo desde ahí.

schedule-days-ask = ¿Qué días quieres check-in? Toca un día para activarlo o desactivarlo, y luego Listo.
schedule-days-none = Elige al menos un día. Si quieres descansar de todos, /pause o /stop se encargan de eso.
schedule-days-unclear = No entendí qué días. Tócalos abajo, o escribe algo como <i>lun mié vie</i> o <i>entre semana</i>.
schedule-days-set = { $pattern ->
        [every] Hecho: te escribiré todos los días.
        [weekdays] Hecho: te escribiré solo entre semana.
        [weekend] Hecho: te escribiré solo los fines de semana.
       *[other] Hecho: te escribiré { $count ->
            [one] el día
           *[other] los { $count } días
        } que elegiste.
    }

## Etiquetas de botones del check-in y su calendario: texto plano, corto.

button-checkin-kindness-1 = Con bastante dureza
button-checkin-kindness-2 = Con algo de dureza
button-checkin-kindness-3 = Algo intermedio
button-checkin-kindness-4 = Con bastante cariño
button-checkin-kindness-5 = Con mucho cariño
button-checkin-critic-1 = En silencio
button-checkin-critic-2 = Murmurando
button-checkin-critic-3 = Fuerte
button-checkin-critic-4 = Muy fuerte
button-checkin-later = ⏰ Más tarde
button-checkin-skip-today = Hoy no
button-checkin-snooze-1h = En una hora
button-checkin-snooze-3h = En 3 horas
button-checkin-snooze-tonight = Esta noche
button-checkin-back = Volver al check-in
button-checkin-begin = Empezar
button-checkin-not-now = Ahora no
button-checkin-reframe = Mirar un pensamiento duro

button-schedule-pause-1d = 1 día
button-schedule-pause-3d = 3 días
button-schedule-pause-7d = Una semana
button-schedule-pause-open = Hasta que los reactive
button-schedule-choose-days = 📅 Elegir días
button-schedule-keep = Déjalo como está
button-schedule-settings = ⚙️ Ajustes
button-schedule-stop-confirm = Sí, detenerlos
button-schedule-stop-pause-instead = Mejor una pausa
button-schedule-day-0 = { $on ->
        [yes] ✅ Lun
       *[other] Lun
    }
button-schedule-day-1 = { $on ->
        [yes] ✅ Mar
       *[other] Mar
    }
button-schedule-day-2 = { $on ->
        [yes] ✅ Mié
       *[other] Mié
    }
button-schedule-day-3 = { $on ->
        [yes] ✅ Jue
       *[other] Jue
    }
button-schedule-day-4 = { $on ->
        [yes] ✅ Vie
       *[other] Vie
    }
button-schedule-day-5 = { $on ->
        [yes] ✅ Sáb
       *[other] Sáb
    }
button-schedule-day-6 = { $on ->
        [yes] ✅ Dom
       *[other] Dom
    }
button-schedule-days-every = Todos los días
button-schedule-days-weekdays = Entre semana
button-schedule-days-done = Listo
