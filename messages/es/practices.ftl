## La biblioteca de prácticas y /practice: cortas, a tu ritmo, de uno a tres minutos cada una.

command-practice = Prácticas cortas, de uno a tres minutos

practice-list =
    <b>Prácticas cortas</b>, de uno a tres minutos:

    🤲 <b>Pausa de autocompasión</b>: para cuando algo duele
    ✉️ <b>Una carta de alguien que te quiere</b>: para oír una voz más cálida que la del crítico
    🫶 <b>Contacto que calma</b>: para cuando tu cuerpo está en alerta
    🌬 <b>Pausa de tres respiraciones</b>: para reiniciarte entre una cosa y otra
    👥 <b>¿Qué le dirías a alguien querido?</b>: para cuando el crítico habla fuerte
    🌱 <b>Lo que hoy fue suficiente</b>: para notar lo que ya cuenta
    🛌 <b>Permiso para descansar</b>: para cuando te quedan pocas fuerzas

    ¿Cuál te gustaría?
practice-list-unclear = No entendí cuál. Toca una práctica abajo, o escribe su nombre, como <i>respirar</i> o <i>descanso</i>.
practice-unknown = No tengo ninguna práctica con ese nombre. Estas son las que conozco; toca una para empezar.
practice-closed = De acuerdo. Las prácticas están aquí cuando quieras una: solo envía /practice.
practice-use-buttons = Tómate tu tiempo. Los botones de abajo hacen avanzar la práctica, y puedes escribir aquí cuando quieras.
practice-heard = Gracias por ponerlo en palabras.
practice-kept = Gracias. Lo guardé para ti, junto a tus otras notas.
practice-finished = Esa es la práctica completa. Haya ido como haya ido, te hiciste un pequeño espacio, y eso es lo que cuenta.
practice-stopped = De acuerdo, paramos aquí. La parte que hiciste valió la pena.

## Pasos de las prácticas. Cada paso es una familia rotativa: los flujos nombran
## `practice-<nombre>-<paso>` con rotate=True y se muestra una variante `-01`, `-02`, ... que no
## se haya visto en 30 días. Todas dicen lo mismo con otras palabras; al menos tres por paso.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-self-compassion-break-1 = { practice-self-compassion-break-1-01 }
practice-self-compassion-break-1-01 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Empieza por notar qué te duele ahora mismo. No hace falta arreglarlo ni explicarlo. Solo nómbralo con sencillez, para ti o aquí: <i>esto es difícil</i>, <i>esto me decepciona</i>, <i>siento que me estoy quedando atrás</i>.
practice-self-compassion-break-1-02 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Primero, detente y nota qué te pesa. Todavía no hay nada que resolver. Ponlo en pocas palabras, en tu cabeza o aquí: <i>esto duele</i>, <i>me quedé sin fuerzas</i>, <i>quería que saliera mejor</i>.
practice-self-compassion-break-1-03 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Empieza por mirar de frente lo que te resulta difícil ahora, en vez de apartarlo. Dale un nombre corto y sincero, en silencio o aquí: <i>esto es doloroso</i>, <i>tengo mucho estrés</i>, <i>esto me pesa</i>.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-self-compassion-break-2 = { practice-self-compassion-break-2-01 }
practice-self-compassion-break-2-01 =
    Después, recuerda que esto forma parte de ser persona. Casi todo el mundo conoce la sensación de no ser suficiente; en algún lugar, ahora mismo, mucha gente siente algo parecido a lo que sientes tú.

    No eres la única persona a la que le pasa, y no hay nada malo en ti por sentirlo.
practice-self-compassion-break-2-02 =
    Ahora recuerda que pasarlo mal es algo que compartimos. Sentir que no eres suficiente no es un defecto solo tuyo; le llega a casi todo el mundo, y hoy mucha gente lo está sintiendo también.

    Estás en buena compañía, aunque no lo parezca.
practice-self-compassion-break-2-03 =
    Después, amplía un poco la mirada. Los momentos difíciles como este forman parte de cualquier vida; no son señal de que estés haciendo algo mal. Ahora mismo, mucha gente conoce justo esta sensación.

    No estás a solas con esto.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-self-compassion-break-3 = { practice-self-compassion-break-3-01 }
practice-self-compassion-break-3-01 =
    Por último, regálate unas palabras amables, de las que usarías con alguien que te importa. Quizá <i>estoy haciendo lo que puedo</i> o <i>hoy puedo tener paciencia conmigo</i>.

    Si quieres, busca las tuyas, y dítelas despacio, en tu cabeza o aquí.
practice-self-compassion-break-3-02 =
    Por último, dite algo amable, como le hablarías a una persona querida que estuviera viviendo este mismo día. Quizá <i>esto es difícil, y puedo tratarme con suavidad</i> o <i>sigo aprendiendo</i>.

    Usa tus propias palabras si te encajan mejor, en tu cabeza o aquí.
practice-self-compassion-break-3-03 =
    Para cerrar, date un poco de calidez con palabras. Algo como <i>que pueda ser amable conmigo ahora</i> o <i>tiene sentido que esto duela</i>.

    Cámbialas hasta que suenen a ti, y deja que lleguen despacio, en silencio o aquí.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-kind-friend-letter-1 = { practice-kind-friend-letter-1-01 }
practice-kind-friend-letter-1-01 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Piensa en alguien que te trata con cariño pase lo que pase: un amigo o una amiga, alguien de tu familia, una maestra o un maestro, o alguien que imagines. Sabe con qué luchas, y está de tu lado sin dudarlo.
practice-kind-friend-letter-1-02 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Trae a la mente a alguien que te quiere sin condiciones. Puede ser una persona real o imaginada, de ahora o de hace mucho tiempo. Ve con claridad lo que te cuesta, y su cariño no cambia.
practice-kind-friend-letter-1-03 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Imagina a una persona cuya amabilidad contigo no se agota nunca. Conoce aquello que más te reprochas, y lo mira con paciencia en lugar de con juicio.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-kind-friend-letter-2 = { practice-kind-friend-letter-2-01 }
practice-kind-friend-letter-2-01 = Ahora escríbete unas líneas como si fueras esa persona. ¿Qué te diría sobre lo que cargas hoy? Deja que sea honesta y amable a la vez. Escríbelo aquí si quieres, o en cualquier otro lugar.
practice-kind-friend-letter-2-02 = Ahora, en el lugar de esa persona, escríbete una nota breve sobre hoy. ¿Qué ve en todo tu esfuerzo? Puede ser sincera y cariñosa a la vez. Escríbelo aquí si quieres, o en cualquier papel.
practice-kind-friend-letter-2-03 = Deja que esa persona escriba ahora. Bastan unas pocas líneas: ¿qué querría que oyeras sobre lo que te está pesando? Escríbelo aquí si quieres, o donde te venga mejor.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-kind-friend-letter-3 = { practice-kind-friend-letter-3-01 }
practice-kind-friend-letter-3-01 = Léelo despacio, como si acabara de llegarte por correo. ¿Hay alguna frase que quieras llevar contigo el resto del día?
practice-kind-friend-letter-3-02 = Ahora lee tu carta despacio, como si alguien te la acabara de entregar. ¿Qué palabras se sienten más cálidas? Puedes llevarlas contigo hoy.
practice-kind-friend-letter-3-03 = Tómate un momento para releerla, línea a línea, desde el lugar de quien la recibe. Si alguna frase destaca, que sea la que recuerdes más tarde.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-soothing-touch-1 = { practice-soothing-touch-1-01 }
practice-soothing-touch-1-01 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Cuando el cuerpo está en alerta, un poco de calidez puede decirle que ya puede calmarse. Apoya una mano donde te resulte reconfortante: sobre el corazón, en la mejilla, o una mano sosteniendo la otra.
practice-soothing-touch-1-02 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Un contacto suave puede ayudar a un cuerpo en tensión a recordar que puede calmarse. Pon una mano donde te resulte amable: en el pecho, en el brazo, en el vientre, o rodeando tu otra mano.
practice-soothing-touch-1-03 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Cuando todo se siente tenso y en alerta, el calor de una mano puede ser una señal tranquila para aflojar. Busca un lugar que te reconforte y apoya ahí la mano: el corazón, el hombro, la mejilla.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-soothing-touch-2 = { practice-soothing-touch-2-01 }
practice-soothing-touch-2-01 = Deja la mano ahí y haz tres respiraciones lentas. Que cada exhalación sea un poco más larga que la inhalación, y nota el calor y el peso suave de tu mano.
practice-soothing-touch-2-02 = Deja la mano donde está y respira despacio tres veces. Alarga un poco cada exhalación respecto a la inhalación, y siente el calor bajo la palma.
practice-soothing-touch-2-03 = Quédate así durante tres respiraciones sin prisa. Deja que el aire salga con calma, más largo que al entrar, y nota la presión suave de tu mano.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-soothing-touch-3 = { practice-soothing-touch-3-01 }
practice-soothing-touch-3-01 = Antes de soltar, fíjate si algo cambió, aunque sea un poco. Si no cambió nada, también está bien: te diste un momento de cuidado.
practice-soothing-touch-3-02 = Al bajar la mano, fíjate: ¿se siente algo un poco distinto? Aunque no sea así, acabas de cuidarte durante un minuto, y eso importa.
practice-soothing-touch-3-03 = Antes de seguir, nota cómo te sientes ahora, sin necesidad de que haya cambiado. Ofrecerte cuidado cuenta, haya movido algo o no.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-three-breaths-1 = { practice-three-breaths-1-01 }
practice-three-breaths-1-01 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: inhala y simplemente nota dónde estás. El asiento que te sostiene, el suelo, los sonidos a tu alrededor.
practice-three-breaths-1-02 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: mientras entra el aire, date cuenta de que estás aquí. Nota lo que te sostiene y lo que oyes.
practice-three-breaths-1-03 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: inhala y deja que tu atención se pose donde estás. Los pies, la silla, la luz de la habitación.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-three-breaths-2 = { practice-three-breaths-2-01 }
practice-three-breaths-2-01 = Segunda respiración: al soltar el aire, deja que algo se afloje. Los hombros, la mandíbula o las manos.
practice-three-breaths-2-02 = Segunda respiración: al exhalar, deja que algo se suelte. Quizá la frente, los hombros o la fuerza con que aprietas las manos.
practice-three-breaths-2-03 = Segunda respiración: suelta el aire despacio y deja que una zona tensa se relaje un poco. La mandíbula, el vientre, las manos.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-three-breaths-3 = { practice-three-breaths-3-01 }
practice-three-breaths-3-01 = Tercera respiración: inhala y pregúntate en voz baja: <i>¿qué necesito ahora?</i> Sea cual sea la respuesta, puede ser pequeña.
practice-three-breaths-3-02 = Tercera respiración: al inhalar, pregúntate con suavidad: <i>¿qué me ayudaría ahora?</i> Una respuesta pequeña es una buena respuesta.
practice-three-breaths-3-03 = Tercera respiración: inhala y pregúntate: <i>¿cuál sería un siguiente paso amable?</i> Puede ser tan pequeño como un vaso de agua.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-friend-view-1 = { practice-friend-view-1-01 }
practice-friend-view-1-01 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Imagina que una persona a la que quieres viene a contarte justo lo que tú estás viviendo hoy, con los mismos pensamientos duros sobre sí misma.
practice-friend-view-1-02 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Imagina que alguien que te importa te cuenta un día igual que el tuyo, y se trata con la misma dureza con la que tú te has tratado.
practice-friend-view-1-03 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Piensa en una persona querida en tu misma situación, escuchando los mismos pensamientos críticos que oyes tú hoy. Imagina que la tienes delante.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-friend-view-2 = { practice-friend-view-2-01 }
practice-friend-view-2-01 = ¿Qué le dirías? No la respuesta perfecta, sino lo que de verdad le dirías. Escríbelo aquí si quieres.
practice-friend-view-2-02 = ¿Qué querrías que oyera de ti? No tiene que ser sabio ni pulido, solo sincero. Escríbelo aquí si quieres.
practice-friend-view-2-03 = ¿Cómo le responderías? Dilo tal como te saldría de verdad. Puedes escribirlo aquí si quieres.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-friend-view-3 = { practice-friend-view-3-01 }
practice-friend-view-3-01 = Ahora dales la vuelta a esas palabras y ofrécetelas a ti. No hace falta que te las creas del todo; dejarlas entrar un poco es suficiente por hoy.
practice-friend-view-3-02 = Ahora ofrécete esas mismas palabras. Puede que se sientan raras dirigidas a ti, y está bien; dejar entrar un poco de ellas es bastante por hoy.
practice-friend-view-3-03 = Prueba a decirte esas palabras, como si te las dijera alguien que te quiere. Creértelas a medias es un buen comienzo.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-good-enough-today-1 = { practice-good-enough-today-1-01 }
practice-good-enough-today-1-01 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Nombra una cosa de hoy que haya sido suficientemente buena. Puede ser diminuta: comiste algo, respondiste un mensaje, paraste al sentir cansancio. Escríbela aquí si quieres.
practice-good-enough-today-1-02 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    ¿Qué cosa de hoy fue suficientemente buena? Lo pequeño cuenta: bebiste agua, te levantaste de la cama, pediste ayuda. Escríbela aquí si quieres.
practice-good-enough-today-1-03 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Repasa el día y elige una cosa que cumplió su función, aunque fuera a medias. Preparaste comida, respondiste un mensaje, te tomaste un descanso. Escríbela aquí si quieres.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-good-enough-today-2 = { practice-good-enough-today-2-01 }
practice-good-enough-today-2-01 = No tenía que ser perfecta para contar. Permítete notar que fue suficiente, y que tú también lo eres.
practice-good-enough-today-2-02 = Eso fue suficiente tal como fue, sin necesidad de pulirlo. Y lo mismo vale para ti hoy.
practice-good-enough-today-2-03 = Deja que esa cosa se sostenga por sí misma, sin añadirle lo que podría haber sido mejor. Fue suficiente, y tú también lo eres.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-rest-permission-1 = { practice-rest-permission-1-01 }
practice-rest-permission-1-01 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy tengo permiso para descansar. El descanso no es un premio por terminarlo todo; nunca está todo terminado del todo. Puedo parar antes de que lo esté.</i>

    Léelo una vez más, despacio, y deja que sea verdad por hoy.
practice-rest-permission-1-02 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy puedo descansar. No tengo que ganármelo terminándolo todo, porque la lista nunca se acaba del todo. Puedo parar aunque queden cosas pendientes.</i>

    Léelo otra vez, despacio, y deja que valga por hoy.
practice-rest-permission-1-03 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy me doy permiso para descansar. No es un premio por haber rendido lo suficiente; es algo que necesito, como comer o dormir. Puedo tomarlo antes de terminar.</i>

    Léelo una vez más, con calma, y deja que se quede contigo hoy.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-rest-permission-2 = { practice-rest-permission-2-01 }
practice-rest-permission-2-01 = ¿De qué forma pequeña podrías descansar en las próximas horas? Cinco minutos con los ojos cerrados cuentan. Escríbela aquí si quieres, o simplemente tenla presente.
practice-rest-permission-2-02 = ¿Qué pequeño descanso podrías darte en las próximas horas? Sentarte en silencio cinco minutos cuenta. Escríbelo aquí si quieres, o simplemente tenlo presente.
practice-rest-permission-2-03 = ¿Dónde podría caber un poco de descanso más tarde? Un paseo corto o una taza de té es más que suficiente. Escríbelo aquí si quieres, o guárdalo para ti.

## Etiquetas de botones de las prácticas: texto plano, corto.

button-practice-self-compassion-break = 🤲 Pausa de autocompasión
button-practice-kind-friend-letter = ✉️ Carta de alguien que te quiere
button-practice-soothing-touch = 🫶 Contacto que calma
button-practice-three-breaths = 🌬 Pausa de tres respiraciones
button-practice-friend-view = 👥 ¿Qué le dirías a alguien querido?
button-practice-good-enough-today = 🌱 Lo que hoy fue suficiente
button-practice-rest-permission = 🛌 Permiso para descansar
button-practice-not-now = Ahora no
button-practice-next = Siguiente
button-practice-stop = Parar aquí
button-practice-done = Listo
button-practice-another = Otra práctica
