## /learn: lecturas cortas y sencillas sobre cómo funciona el perfeccionismo, cada una con una puerta para seguir.

command-learn = Lecturas cortas sobre cómo funciona el perfeccionismo

learn-menu =
    <b>Aprender</b> 📖

    Lecturas cortas sobre cómo funciona el perfeccionismo, de un minuto más o menos cada una. ¿Cuál te gustaría?
learn-unknown = Todavía no tengo una lectura sobre eso. Estos son los temas que conozco:
learn-menu-unclear = No entendí qué tema. Toca uno abajo, o escribe una palabra como <i>crítico</i> o <i>agotamiento</i>.
learn-topic-unclear = ¿Quieres otro tema, o lo dejamos aquí? Toca abajo, o escribe <i>otro</i> o <i>listo</i>.
learn-closed = De acuerdo. /learn está aquí cuando quieras otra lectura corta.

## Los temas: de 80 a 180 palabras cada uno, un ejemplo cotidiano, una puerta al final.

learn-topic-all-or-nothing =
    <b>El pensamiento de todo o nada</b>

    Al perfeccionismo le gusta ordenar las cosas en dos cajas: perfecto o sin ningún valor. Una charla salió brillante o fue un desastre; un día fue productivo o se perdió. Sin nada en medio, casi todo acaba en la segunda caja.

    Imagina que te propusiste vaciar tu bandeja de entrada cada día de esta semana, y el miércoles no pudiste. El todo o nada dice que el plan está arruinado, así que ¿para qué seguir mañana? Pero lo mantuviste cuatro días de cinco: la mayor parte del plan.

    La vida real ocurre casi siempre en el medio. Una pregunta útil: <i>en una escala del 0 al 100, ¿dónde queda esto de verdad?</i> La respuesta honesta casi nunca es cero.

    Si ahora mismo te pesa un pensamiento así, puedes mirarlo conmigo.
learn-topic-critic =
    <b>El crítico interior severo</b>

    Muchas personas con perfeccionismo llevan dentro una voz que comenta todo lo que hacen, y casi nunca con amabilidad: <i>eso no estuvo a la altura, y todo el mundo lo notó</i>. Como es tan familiar, puede parecer la pura verdad.

    El crítico suele creer que te mantiene alerta. Pero la dureza tiende a traer más ansiedad y más ganas de evitar las cosas, no más capacidad. Piensa en un entrenador que grita por cada pase fallado: el equipo se pone tenso, no juega mejor.

    Imagina que envías un correo con una pequeña errata. El crítico dice <i>¿cómo se puede tener tan poco cuidado?</i> Una voz más amable dice <i>es una errata; a todo el mundo le pasa, y el mensaje se entendió igual</i>. Las dos ven la misma errata. Solo una te ayuda a seguir.

    La autocompasión no es dejarte pasar todo. Es hablarte como le hablarías a alguien que te importa, y una práctica corta puede ayudarte a oír esa voz.
learn-topic-burnout =
    <b>Postergar y agotarse</b>

    Parecen opuestos, hacer demasiado poco y hacer demasiado, pero el perfeccionismo a menudo alimenta los dos.

    Cuando una tarea tiene que salir impecable, empezarla se siente arriesgado, y aplazarla te protege, por un tiempo, de hacerla de forma imperfecta. Luego se acerca la fecha límite y trabajas hasta tarde para que quede perfecta de todos modos. El alivio dura poco, y la siguiente tarea pesa igual.

    Con los meses, ese ciclo de temor, retraso y esfuerzo a tope desgasta a cualquiera. Descansar empieza a parecer algo que hay que ganarse, así que casi nunca llega.

    Piensa en una tarjeta de cumpleaños que llevas días queriendo escribir. Como quieres que sea emotiva e ingeniosa, se queda una semana en la estantería, cuando tres líneas cariñosas habrían bastado el primer día.

    Una salida es decidir antes de empezar cómo sería lo suficientemente bueno, y parar ahí. Un pequeño experimento puede mostrarte qué pasa de verdad cuando lo haces.
learn-topic-control =
    <b>Querer que los demás hagan las cosas “bien”</b>

    El perfeccionismo no siempre se queda dentro de nosotros. A veces llega a las personas de alrededor: una pareja que carga el lavavajillas de la forma “equivocada”, un compañero de trabajo cuyas diapositivas no son como las harías tú, una amiga que siempre llega un poco tarde.

    Intervenir, corregir o rehacer las cosas puede sentirse como cuidar, o como evitar que algo salga mal. A menudo nace del mismo lugar que nuestras propias exigencias: la sensación de que equivocarse es peligroso y alguien tiene que vigilar.

    Tiene sentido, y aun así puede cansar a todo el mundo. Las personas cercanas pueden sentir que nunca lo hacen del todo bien, mientras tú terminas cargando con todo.

    Un experimento suave: la próxima vez que las toallas estén dobladas de otra manera, déjalas así. Fíjate en lo que sientes y en lo que pasa de verdad. Muchas veces, no gran cosa.

    También puede ayudar preguntarte qué es lo que más te importa en esas relaciones, más allá de que las cosas salgan bien.
learn-topic-roots =
    <b>Por qué suele empezar el perfeccionismo</b>

    Para muchas personas, el perfeccionismo empezó como una forma sensata de salir adelante. Quizá hacer las cosas bien traía elogios, cariño o calma, y los errores parecían traer lo contrario. Quizá la vida se sentía impredecible, y hacerlo todo bien era algo que sí podías controlar. También puede crecer a partir de la escuela, el deporte, el trabajo o las imágenes que nos rodean.

    No se trata de culpar a nadie. Madres, padres y docentes suelen hacer lo que pueden, y cada niño o niña saca sus propias conclusiones de lo que ve.

    Piensa en un niño o una niña que nota que, cuando trae calificaciones excelentes, la tarde en casa va tranquila. Tendría sentido que aprendiera: <i>hacer bien las cosas me mantiene a salvo y hace que me quieran</i>. Años después, esa regla puede seguir funcionando, mucho después de que haga falta.

    Ver el perfeccionismo como una vieja forma de protegerte, y no como un defecto, puede hacer más fácil acercarte a él con curiosidad. Conocer esa parte de ti es un buen lugar para empezar.

button-learn-topic-all-or-nothing = ⚖️ El pensamiento de todo o nada
button-learn-topic-critic = 🗣 El crítico interior severo
button-learn-topic-burnout = 🔋 Postergar y agotarse
button-learn-topic-control = 🤝 Querer que los demás lo hagan “bien”
button-learn-topic-roots = 🌱 De dónde viene el perfeccionismo
button-learn-door-reframe = 💭 Mirar un pensamiento con calma
button-learn-door-practice = 🌿 Probar una práctica corta
button-learn-door-goal = 🎯 Probar una meta suficiente
button-learn-door-success = 🧭 Explorar lo que me importa
button-learn-door-perfectionist = 🌱 Conocer a mi perfeccionista interior
button-learn-another = Otro tema
button-learn-done = Listo
