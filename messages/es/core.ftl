## Respuestas de todos los días: ayuda, cancelar, lo inesperado.

help =
    <b>Esto es lo que puedo hacer</b>

    /checkin: un check-in de dos toques y una práctica corta que encaje con tu día
    /reframe: mirar contigo un pensamiento duro y encontrar una versión más amable y más justa
    /thoughts: los pensamientos amables que has guardado
    /goal: probar una versión suficientemente buena de una tarea y luego ver qué pasó de verdad
    /goals: tus metas y lo que aprendiste
    /practice: prácticas cortas de autocompasión, de uno a tres minutos
    /learn: explicaciones sencillas de los patrones que hay detrás del perfeccionismo
    /perfectionist: una charla tranquila con tu perfeccionista interior
    /success: qué significa el éxito según tus propias reglas
    /pause, /resume, /stop: el ritmo del check-in diario
    /settings: zona horaria, hora y días del check-in, idioma, lo que guardo
    /privacy, /export, /delete: lo que guardo, una copia de todo, o borrarlo todo
    /sos: líneas de crisis gratuitas, a cualquier hora
    /cancel: parar lo que estemos haciendo

    Soy un acompañante automático de autoayuda para el perfeccionismo: no soy una persona y no soy terapia. Ve a tu ritmo; aquí nada se califica.

    Si corres peligro o piensas en quitarte la vida: en EE. UU. llama o escribe al <b>988</b> (para español, marca el 2; el 911 en una emergencia); en otros lugares, findahelpline.com. /sos muestra todas las líneas.

help-in-flow = Estábamos a mitad de algo. Sigue desde donde lo dejamos, o envía /cancel para dejarlo.

cancel-done = De acuerdo, lo dejamos aquí. Lo que ya habías elegido se queda guardado.
cancel-nothing = No hay nada en marcha que parar. /help te muestra lo que puedo hacer cuando quieras.

fallback = Aquí estoy. Me entiendo mejor con comandos y botones, así que aquí tienes algunas formas de empezar:
unsupported = Solo puedo leer texto, así que eso se me escapó. Esto es lo que podemos hacer:
unsupported-in-flow = Aquí solo puedo leer texto. ¿Puedes escribir tu respuesta, o tocar uno de los botones de arriba?
unknown-command = No conozco ese comando. Estos son los que sí conozco:
use-text-or-buttons = Basta con tocar el botón o con una respuesta corta para seguir.
stale-button = Ese botón es de una conversación anterior, así que todo sigue como estaba. /help te muestra lo que puedes hacer ahora.
slow-down = Me llegan muchos mensajes a la vez, así que voy a tomar aire y responder al último. Sin prisa: no me voy a ningún lado.
something-wrong = Perdona, algo falló de mi lado y no pude terminar eso. No se perdió nada de lo que escribiste; prueba otra vez en un momento, por favor.

identity = Soy un bot: una herramienta automática de autoayuda, no una persona, y no soy terapeuta ni consejero. Nadie lee nuestra conversación mientras hablamos. Si quieres hablar ahora con una persona de verdad, /sos te muestra líneas gratuitas.

start-again = Qué bueno verte de nuevo. Tus ajustes siguen tal como los dejaste, y no tienes nada que recuperar.

## El menú de comandos que muestra Telegram (texto plano, hasta 256 caracteres).

command-start = Empezar, o ver la bienvenida otra vez
command-settings = Zona horaria, hora del check-in, idioma, privacidad
command-help = Lo que puedo hacer
command-sos = Líneas de crisis, a cualquier hora
command-cancel = Parar lo que estemos haciendo

## Volver a una conversación que quedó a medias.

resume-offer = Qué bueno verte de nuevo. La última vez nos quedamos a mitad de { $flow ->
        [onboarding] la configuración
        [settings] tus ajustes
        [reframe] un pensamiento duro
        [goal] una meta suficientemente buena
        [checkin] un check-in
        [practice] una práctica
        [schedule] el ritmo de tus check-ins
       *[other] algo
    }. ¿Quieres retomarlo, o prefieres dejarlo?
resume-dropped = De acuerdo, lo dejamos. Dejarlo a un lado no te hace perder nada.
resume-use-buttons = ¿Quieres seguir donde lo dejamos? Los botones de arriba lo hacen, o puedes enviar /cancel.

returning-reminder = Qué bueno verte de nuevo. Como ha pasado un tiempo, te lo recuerdo: soy una herramienta automática de autoayuda, no una persona ni terapia, y en /sos tienes personas a quienes acudir cuando quieras.
