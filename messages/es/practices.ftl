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
## se haya visto en 30 días. Todas dicen lo mismo con otras palabras; al menos doce por paso.

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
practice-self-compassion-break-1-04 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Empecemos por lo que hay. Algo duele, y merece tu atención antes que cualquier otra cosa. ¿Cómo lo llamarías? Tal vez <i>esto me supera</i>, <i>me da miedo equivocarme</i> o <i>me siento mal</i>. Dilo en voz baja para ti, o escríbelo aquí.
practice-self-compassion-break-1-05 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Haz una pausa y pregúntate dónde te aprieta hoy. No hacen falta razones ni soluciones, solo una etiqueta sencilla, en tu cabeza o aquí: <i>me frustra</i>, <i>me da vergüenza</i>, <i>esto me duele más de lo que esperaba</i>.
practice-self-compassion-break-1-06 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Deja un momento lo que estabas haciendo y mira lo que te cuesta. Puedes dejarlo tal cual; por ahora basta con nombrarlo. Unas palabras sinceras, en silencio o aquí: <i>me agota esforzarme tanto</i>, <i>me siento poca cosa</i>, <i>esto me importa</i>.
practice-self-compassion-break-1-07 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Algo te ha traído hasta aquí. Antes de intentar cambiarlo, simplemente reconócelo. Elige las palabras que encajen, por dentro o aquí: <i>uf</i>, <i>esto me angustia</i>, <i>siento que no llego a todo</i>.
practice-self-compassion-break-1-08 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    En esta primera parte solo te toca observar. Nota la emoción que suena más fuerte ahora y ponle nombre, en tu cabeza o aquí. Algo tan corto como <i>dolor</i>, <i>vergüenza</i> o <i>agobio</i> es más que suficiente.
practice-self-compassion-break-1-09 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Respira y pregúntate con suavidad: ¿qué me resulta difícil ahora? Sea cual sea la respuesta, no tiene que tener sentido ni resolverse. Dilo con sencillez, para ti o aquí: <i>tengo mucha presión</i>, <i>me estoy exigiendo demasiado</i>, <i>echo de menos sentirme bien</i>.
practice-self-compassion-break-1-10 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    No necesitas estar bien para empezar. Solo fíjate en la parte difícil de este momento y llámala por su nombre, en voz baja o aquí: <i>esto me estresa</i>, <i>siento vergüenza</i>, <i>lo estoy pasando mal</i>. Las palabras sencillas son las que sirven.
practice-self-compassion-break-1-11 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    Ve más despacio un segundo y siente dónde hay algo sensible. No hay prisa por explicarlo. Prueba a nombrarlo en una línea corta, en privado o aquí: <i>me duele</i>, <i>me preocupa no ser suficiente</i>, <i>hoy se me hizo cuesta arriba</i>.
practice-self-compassion-break-1-12 =
    <b>Pausa de autocompasión</b> · unos 2 minutos

    El primer paso es reconocer el dolor en lugar de discutir con él. Grande o pequeño, cuenta igual. Ponle unas palabras, en tu mente o aquí: <i>esto es duro</i>, <i>hoy lo siento todo a flor de piel</i>, <i>me estoy tratando con dureza</i>.

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
practice-self-compassion-break-2-04 =
    Ahora piensa en lo común que es esto. Sentir que no llegas es una de las experiencias más corrientes que existen, y gente de todas las edades y de todos los lugares la conoce bien.

    Este sentimiento te une a los demás; no te separa de ellos.
practice-self-compassion-break-2-05 =
    Después, deja que te venga a la memoria que todo el mundo tropieza y a todo el mundo le duelen cosas. Hoy, en cocinas, oficinas y autobuses, hay personas cargando con algo muy parecido.

    Formas parte de esa gente, no te quedas fuera.
practice-self-compassion-break-2-06 =
    Aquí va algo que vale la pena sostener: la imperfección es algo que compartimos, no un defecto personal. Cualquiera que haya querido hacer algo bien ha conocido esta sensación.

    Es parte de ser persona.
practice-self-compassion-break-2-07 =
    Ahora piensa en toda la gente que, en este mismo momento, se siente desbordada, insegura o decepcionada. No la ves, pero está ahí, y se parece mucho a ti.

    Sientas lo que sientas, lo sientes en compañía.
practice-self-compassion-break-2-08 =
    Quédate un momento con esta idea: las dificultades forman parte de la historia de todo el mundo. Las personas que admiras también han tenido días como este, aunque no se les notara.

    Nada de este momento te convierte en la excepción.
practice-self-compassion-break-2-09 =
    Después, suelta un poco la idea de que esto solo te pasa a ti. Las dudas y las decepciones aparecen en todas las vidas, y no eligen a nadie porque se lo merezca.

    Hay muchísima gente que siente esto, y tú eres una persona más entre ellas.
practice-self-compassion-break-2-10 =
    Ahora imagina a otra persona pasando justo por esto. Seguramente te parecería comprensible, incluso normal. En ti es igual de comprensible.

    Los sentimientos difíciles son terreno común; no dicen nada malo de ti.
practice-self-compassion-break-2-11 =
    Recuérdate, con suavidad, que las dificultades se comparten. Ser persona incluye cansarse, equivocarse y desear que algo hubiera salido de otra manera. Hoy hay muchísima gente en ese mismo punto.

    Formas parte de ese círculo más amplio.
practice-self-compassion-break-2-12 =
    Después, fíjate en que un dolor así suele susurrar <i>solo te pasa a ti</i>. No es verdad. Sentir que no eres suficiente es algo con lo que millones de personas lidian en silencio, cada día.

    Tienes más compañía de la que parece.

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
practice-self-compassion-break-3-04 =
    Ahora deja hablar a una voz más amable. Prueba con algo como <i>tengo derecho a pasarlo mal</i> o <i>aquí estoy, conmigo</i>.

    Si te salen otras palabras, úsalas, y deja que calen, en silencio o aquí.
practice-self-compassion-break-3-05 =
    Para terminar, responde a lo difícil con algo de cariño. Podrías probar <i>llevo mucho encima</i> o <i>yo también merezco amabilidad</i>.

    Dilo a tu manera, en voz baja o aquí, sin prisa.
practice-self-compassion-break-3-06 =
    Por último, ¿qué le dirías a alguien que quieres si se sintiera así? Dítelo a ti. Quizá <i>lo estás intentando, y eso cuenta</i> o <i>no pasa nada por ir paso a paso</i>.

    Retoca las palabras hasta que suenen verdaderas, en tu cabeza o aquí.
practice-self-compassion-break-3-07 =
    Ahora ofrécete el apoyo que le darías a una buena amiga o a un buen amigo. Algo sencillo sirve: <i>estoy contigo</i>, <i>puedo atravesar esto con suavidad</i>.

    Cámbialo como quieras y deja que se asiente, en silencio o aquí.
practice-self-compassion-break-3-08 =
    Último paso: háblate con cariño un momento. Podrías decirte <i>no pasa nada por no tenerlo todo claro</i> o <i>hoy hago lo que puedo con lo que tengo</i>.

    Si tus propias palabras encajan mejor, úsalas, en tu cabeza o aquí.
practice-self-compassion-break-3-09 =
    Para acabar, elige una frase que se sienta como una mano cálida en el hombro. Quizá <i>puedo estar de mi lado</i> o <i>este momento es difícil, y puedo tratarme bien en él</i>.

    Dila despacio, una vez o varias, en silencio o aquí.
practice-self-compassion-break-3-10 =
    Ahora date unas palabras de consuelo. No tienen que ser perfectas; basta con que sean amables. Por ejemplo <i>me importa cómo me siento</i> o <i>puedo darme un respiro</i>.

    Dales forma a tu manera, en tu cabeza o aquí.
practice-self-compassion-break-3-11 =
    Cierra preguntándote: ¿qué necesito oír ahora mismo? Y luego dilo. Puede ser <i>tal como soy, basta</i> o <i>descansar está permitido</i>.

    Que las palabras sean tuyas, y recíbelas despacio, en silencio o aquí.
practice-self-compassion-break-3-12 =
    Por último, prueba a hablarte como lo haría alguien que te acompaña con paciencia. Algo como <i>una cosa cada vez</i> o <i>de los errores también se aprende</i>.

    Ajústalo a ti y dítelo con suavidad, en tu cabeza o aquí.

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
practice-kind-friend-letter-1-04 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Imagina a alguien con quien siempre te has sentido en casa, tal como eres. Puede ser tu abuela, un amigo de toda la vida, alguien que te guio, o una persona que inventes por completo. Entiende lo que te cuesta y se queda a tu lado con calidez.
practice-kind-friend-letter-1-05 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    ¿Quién, real o imaginario, recibiría tu peor día con un abrazo en lugar de un sermón? Deja que esa persona aparezca en tu mente. Conoce tus dudas y tus manías, y te tiene el mismo cariño de siempre.
practice-kind-friend-letter-1-06 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Deja que tome forma en tu mente una presencia amable. Puede ser alguien que conoces, alguien de tu pasado o una persona que simplemente inventes. Lo importante es que te ve con claridad y te desea lo mejor, siempre.
practice-kind-friend-letter-1-07 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Piensa en la persona más cálida que puedas imaginar, alguien cuya paciencia contigo no se acaba. Puede ser real o inventada. Sabe por lo que estás pasando, y le alegra poder acompañarte.
practice-kind-friend-letter-1-08 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Trae a la mente a alguien cuya compañía se siente como soltar el aire despacio. Quizá una amiga, alguien de tu familia, una vecina, o alguien que imagines desde cero. Conoce la presión que te pones encima, y solo quiere lo mejor para ti.
practice-kind-friend-letter-1-09 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Elige a alguien que te acompañe con cariño durante los próximos minutos: alguien presente, recordado o imaginado, siempre que te acepte por completo. Te ha visto en tus mejores días y en los difíciles, y su cariño no cambia.
practice-kind-friend-letter-1-10 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Imagina que te comprenden sin que tengas que ganártelo. Ahora ponle cara a esa comprensión: alguien real o imaginado que conoce tus luchas y que, sin ninguna duda, está de tu parte.
practice-kind-friend-letter-1-11 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Piensa en una persona que te haga sentir a salvo. Puede estar en tu vida hoy, venir de hace mucho o ser alguien que te inventes. Nada de lo que pudieras contarle cambiaría lo mucho que le importas.
practice-kind-friend-letter-1-12 =
    <b>Una carta de alguien que te quiere</b> · unos 3 minutos

    Imagina que alguien sabio y tierno está sentado a tu lado ahora mismo. No viene a arreglar ni a juzgar nada. Sabe lo que te ha resultado difícil, y está de tu lado por completo.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-kind-friend-letter-2 = { practice-kind-friend-letter-2-01 }
practice-kind-friend-letter-2-01 = Ahora escríbete unas líneas como si fueras esa persona. ¿Qué te diría sobre lo que cargas hoy? Deja que sea honesta y amable a la vez. Escríbelo aquí si quieres, o en cualquier otro lugar.
practice-kind-friend-letter-2-02 = Ahora, en el lugar de esa persona, escríbete una nota breve sobre hoy. ¿Qué ve en todo tu esfuerzo? Puede ser sincera y cariñosa a la vez. Escríbelo aquí si quieres, o en cualquier papel.
practice-kind-friend-letter-2-03 = Deja que esa persona escriba ahora. Bastan unas pocas líneas: ¿qué querría que oyeras sobre lo que te está pesando? Escríbelo aquí si quieres, o donde te venga mejor.
practice-kind-friend-letter-2-04 = Ahora préstale tu bolígrafo a esa persona. Deja que te escriba sobre hoy en unas pocas frases, con sinceridad y cariño a la vez. ¿Qué quiere que sepas? Puedes escribirlo aquí, o anotarlo en otro sitio.
practice-kind-friend-letter-2-05 = Imagina que esa persona se sienta a escribirte una carta corta. Quizá empiece solo con tu nombre. Deja que te diga lo que ve en ti ahora mismo, con amabilidad y con verdad. Escríbelo aquí si quieres, o donde prefieras.
practice-kind-friend-letter-2-06 = Escribe como si fueras esa persona y miraras tu día desde su silla. ¿Qué entendería que a ti quizá se te escapa? Que sea breve y amable. Mándalo aquí si te apetece, o déjalo en papel.
practice-kind-friend-letter-2-07 = Deja que su voz pase por tus manos un momento. Con un puñado de líneas basta: ¿qué te diría, con suavidad y con honestidad, sobre cómo te has estado tratando últimamente? Escríbelo aquí si quieres, o en cualquier lugar.
practice-kind-friend-letter-2-08 = Ahora cédele la palabra. En unas pocas líneas, ¿qué te escribiría sobre lo que más te ha costado? No lo va a endulzar, pero tampoco va a ser dura contigo. Escríbelo aquí si quieres, o en algún sitio solo tuyo.
practice-kind-friend-letter-2-09 = Llegó el momento de escribir su nota para ti. Empieza por lo primero que notaría: tu esfuerzo, tu preocupación, lo mucho que te importa. El tono, amable y sincero. Escríbelo aquí si quieres, o en lo primero que tengas a mano.
practice-kind-friend-letter-2-10 = Imagina que esa persona lee tu día como si fuera una página y luego te contesta. ¿Qué te dice? Bastan unas líneas, cálidas y verdaderas. Puedes escribirlo aquí, o donde te resulte más cómodo.
practice-kind-friend-letter-2-11 = Escríbete unas líneas con la voz de esa persona. ¿Qué te diría si supiera todo lo de hoy, incluso lo que preferirías esconder? Que sea amable sin fingir. Escríbelo aquí si quieres, o en cualquier otro sitio.
practice-kind-friend-letter-2-12 = Ahora toma prestadas sus palabras. ¿Qué diría su mensaje para ti, en tres o cuatro frases? Deja que la sinceridad y la ternura compartan la página. Escríbelo aquí si quieres, o donde te pille más a mano.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-kind-friend-letter-3 = { practice-kind-friend-letter-3-01 }
practice-kind-friend-letter-3-01 = Léelo despacio, como si acabara de llegarte por correo. ¿Hay alguna frase que quieras llevar contigo el resto del día?
practice-kind-friend-letter-3-02 = Ahora lee tu carta despacio, como si alguien te la acabara de entregar. ¿Qué palabras se sienten más cálidas? Puedes llevarlas contigo hoy.
practice-kind-friend-letter-3-03 = Tómate un momento para releerla, línea a línea, desde el lugar de quien la recibe. Si alguna frase destaca, que sea la que recuerdes más tarde.
practice-kind-friend-letter-3-04 = Ahora lee lo que escribiste, despacio, como si viniera de alguien a quien le importas de verdad, porque en cierto modo es así. Fíjate en qué línea te ablanda algo por dentro.
practice-kind-friend-letter-3-05 = Repasa la carta sin prisa, dejando que cada línea te llegue. Si alguna frase te sienta bien, quizá quieras guardarla en un sitio donde vuelvas a verla.
practice-kind-friend-letter-3-06 = Lee tu carta una vez más, esta vez como quien la recibe. No hace falta juzgar cómo está escrita. Solo deja que te llegue la amabilidad que contiene.
practice-kind-friend-letter-3-07 = Mira lo que te escribió esa persona. Léelo como leerías una nota que alguien te hubiera dejado a escondidas en el bolso. ¿Qué parte te gustaría recordar mañana?
practice-kind-friend-letter-3-08 = Haz una pausa y reléelo sin prisas. No tienes que creerte cada palabra todavía. Permítete escucharlas, y fíjate en la línea que suena más verdadera.
practice-kind-friend-letter-3-09 = Ahora baja el ritmo y lee la carta sin corregir nada, solo para recibirla. ¿En qué parte se siente más cálida? A ese calor puedes volver cuando lo necesites.
practice-kind-friend-letter-3-10 = Léela con suavidad, quizá dos veces. Mira si alguna frase quiere quedarse contigo, y deja que te acompañe el resto del día.
practice-kind-friend-letter-3-11 = Tómate un momento tranquilo con lo que escribiste. Léelo como leerías un mensaje de alguien que te quiere. ¿Hay una palabra o dos que valga la pena guardar?
practice-kind-friend-letter-3-12 = Ahora permítete recibir la carta. Léela despacio, parando donde es amable. Si una línea destaca, puedes volver a ella la próxima vez que las cosas se pongan cuesta arriba.

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
practice-soothing-touch-1-04 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Tu cuerpo responde a la amabilidad, también a la tuya. Prueba a apoyar una mano donde te calme: en el centro del pecho, en un lado de la cara, o cruzando los brazos en un abrazo suave.
practice-soothing-touch-1-05 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    El estrés vive en el cuerpo además de en la mente, y un contacto cariñoso puede llegar hasta él. Elige un lugar reconfortante y deja que la mano descanse ahí: sobre el corazón, en el vientre, o sosteniendo tu otra mano.
practice-soothing-touch-1-06 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    A veces la forma más rápida de calmarse pasa por el tacto, como cuando consuelas a un niño pequeño. Apoya la palma donde te parezca bien: el corazón, la clavícula, la nuca.
practice-soothing-touch-1-07 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Una mano cálida puede ser un pequeño mensaje de seguridad para un cuerpo que está en guardia. Busca un lugar que te resulte amable, quizá el pecho, la mejilla o el antebrazo, y deja la mano ahí.
practice-soothing-touch-1-08 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Cuando estás con los nervios de punta, el cuerpo puede agradecer el consuelo antes que los pensamientos. Pon una mano donde te siente bien: en el corazón, en el estómago, o acunando tu otra mano.
practice-soothing-touch-1-09 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Esta es sencilla: vas a ofrecerte un poco de calor físico. Apoya una mano en algún lugar reconfortante. A mucha gente le va bien sobre el corazón, pero la mejilla, el hombro o tu otra mano también sirven.
practice-soothing-touch-1-10 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    El contacto es una de las formas más antiguas en que las personas se calman unas a otras, y puedes ofrecértelo a ti. Posa una mano con suavidad donde te alivie: el pecho, la parte alta del brazo o la cara.
practice-soothing-touch-1-11 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Si notas el cuerpo tenso o inquieto, una mano suave puede ayudarlo a aflojar. Elige un sitio que te reconforte, como el corazón, el vientre o tu propia mano, y deja que la palma descanse ahí con ligereza.
practice-soothing-touch-1-12 =
    <b>Contacto que calma</b> · más o menos 1 minuto

    Vamos a darle un poco de cuidado a tu sistema nervioso. Coloca una mano en algún lugar que te calme, lo que hoy te salga natural: sobre el corazón, contra la mejilla, o rodeando tu muñeca.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-soothing-touch-2 = { practice-soothing-touch-2-01 }
practice-soothing-touch-2-01 = Deja la mano ahí y haz tres respiraciones lentas. Que cada exhalación sea un poco más larga que la inhalación, y nota el calor y el peso suave de tu mano.
practice-soothing-touch-2-02 = Deja la mano donde está y respira despacio tres veces. Alarga un poco cada exhalación respecto a la inhalación, y siente el calor bajo la palma.
practice-soothing-touch-2-03 = Quédate así durante tres respiraciones sin prisa. Deja que el aire salga con calma, más largo que al entrar, y nota la presión suave de tu mano.
practice-soothing-touch-2-04 = Ahora respira despacio, tres veces, sin mover la mano. Deja que cada espiración se estire un poco más que la inspiración, y siente el calor suave donde descansa tu mano.
practice-soothing-touch-2-05 = Quédate con el contacto y cuenta tres respiraciones tranquilas. Inspira con normalidad y luego suelta el aire lento y largo. Nota el calor que se va juntando bajo tu mano.
practice-soothing-touch-2-06 = Mantén el contacto y deja que la respiración se vuelva más lenta. Tres respiraciones, y en cada una el aire sale un poco más despacio de lo que entró. Siente cómo tu mano sube y baja contigo.
practice-soothing-touch-2-07 = Con la mano en su sitio, haz tres respiraciones tranquilas. Deja que la salida del aire dure unos segundos más que la entrada, y nota cómo se siente tu mano sobre ti.
practice-soothing-touch-2-08 = Deja la mano quieta mientras respiras tres veces, despacio. En cada espiración, tómate un poco más de tiempo para soltar el aire, y siente el peso de tu palma.
practice-soothing-touch-2-09 = Ahora, tres respiraciones suaves. Toma aire con delicadeza y suéltalo con más delicadeza aún, un poco más largo. Mientras tanto, siente el calor y la firmeza de tu mano.
practice-soothing-touch-2-10 = Quédate aquí durante tres respiraciones. Suelta el aire despacio, más largo que al tomarlo, como en un suspiro silencioso, y nota el calor de tu mano.
practice-soothing-touch-2-11 = Inspira, espira, despacio, tres veces, con la mano donde está. Que la espiración sea la más larga, y deja que tu atención descanse en el calor del contacto.
practice-soothing-touch-2-12 = Mantén la mano ahí y deja pasar tres respiraciones lentas. Dale a cada espiración un poco de tiempo extra, y nota la presión suave y el calor bajo tu mano.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-soothing-touch-3 = { practice-soothing-touch-3-01 }
practice-soothing-touch-3-01 = Antes de soltar, fíjate si algo cambió, aunque sea un poco. Si no cambió nada, también está bien: te diste un momento de cuidado.
practice-soothing-touch-3-02 = Al bajar la mano, fíjate: ¿se siente algo un poco distinto? Aunque no sea así, acabas de cuidarte durante un minuto, y eso importa.
practice-soothing-touch-3-03 = Antes de seguir, nota cómo te sientes ahora, sin necesidad de que haya cambiado. Ofrecerte cuidado cuenta, haya movido algo o no.
practice-soothing-touch-3-04 = Poco a poco, deja que la mano descanse en tu regazo. ¿Se aflojó algo, aunque sea un poco? Si no, no pasa nada; lo importante era tomarte este momento.
practice-soothing-touch-3-05 = Cuando quieras, suelta. Fíjate en cómo está tu cuerpo ahora comparado con hace un minuto. Sea distinto o igual, te has tratado con amabilidad.
practice-soothing-touch-3-06 = Baja la mano cuando te venga bien. Puede que notes algo más blando, o nada en especial, y las dos cosas están bien. El cuidado fue real de todos modos.
practice-soothing-touch-3-07 = Al terminar, tómate un segundo para escuchar a tu cuerpo. ¿Más en calma, igual, algo intermedio? Cualquier respuesta vale. Te diste un minuto, y eso cuenta.
practice-soothing-touch-3-08 = Deja que tu mano vuelva a donde estaba. ¿Hay alguna diferencia, por pequeña que sea? Aunque no la haya, parar para consolarte valió la pena.
practice-soothing-touch-3-09 = Antes de soltar, nota lo que hay ahora, sin buscar un resultado concreto. Te diste una atención amable, y eso es lo esencial.
practice-soothing-touch-3-10 = Suelta el contacto despacio. Quizá algo se asentó, quizá no; no hace falta juzgarlo. Te ofreciste calidez, y eso ya tiene valor por sí mismo.
practice-soothing-touch-3-11 = Cuando te parezca, deja caer la mano. Nota si algo cambió, y nota también si no cambió nada. En cualquier caso, te hiciste un hueco para tratarte con cariño.
practice-soothing-touch-3-12 = Retira la mano con suavidad. Mira si la respiración o los hombros se sienten distintos. Si no es así, ningún problema: dedicar un minuto a cuidarte cuenta.

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
practice-three-breaths-1-04 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: deja que el aire entre a su ritmo y mira a tu alrededor. Busca una cosa que veas y otra que oigas.
practice-three-breaths-1-05 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: inhala por la nariz y siente en qué partes tu cuerpo se apoya en algo firme. Deja que ese apoyo te sostenga un momento.
practice-three-breaths-1-06 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: todavía no hace falta cambiar nada. Solo inhala y nota que estás aquí, en este lugar, a esta hora del día.
practice-three-breaths-1-07 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: aparca un momento lo que estabas haciendo y llénate de aire una vez. Nota la temperatura del aire y el peso de tu cuerpo.
practice-three-breaths-1-08 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: antes de pasar a lo siguiente, inhala y levanta la vista de la pantalla un segundo. ¿Dónde estás ahora mismo?
practice-three-breaths-1-09 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: inhala y siente tus pies. ¿Están en el suelo, cruzados, recogidos? Solo obsérvalo; no hay nada que corregir.
practice-three-breaths-1-10 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: que sea una respiración corriente, sin ninguna técnica. Mientras entra el aire, percibe el espacio que te rodea: su luz, sus ruidos, su calma o su movimiento.
practice-three-breaths-1-11 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: inhala y nombra en silencio tres cosas que tengas cerca. Una pared, una taza, una ventana, lo que haya.
practice-three-breaths-1-12 =
    <b>Pausa de tres respiraciones</b> · más o menos 1 minuto

    Primera respiración: ve un poco más despacio, lo justo para sentir cómo llega el aire. Deja que el suelo, la cama o la silla se encarguen de sostenerte.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-three-breaths-2 = { practice-three-breaths-2-01 }
practice-three-breaths-2-01 = Segunda respiración: al soltar el aire, deja que algo se afloje. Los hombros, la mandíbula o las manos.
practice-three-breaths-2-02 = Segunda respiración: al exhalar, deja que algo se suelte. Quizá la frente, los hombros o la fuerza con que aprietas las manos.
practice-three-breaths-2-03 = Segunda respiración: suelta el aire despacio y deja que una zona tensa se relaje un poco. La mandíbula, el vientre, las manos.
practice-three-breaths-2-04 = Segunda respiración: haz que la exhalación dure un poco más que la inhalación, y fíjate si los hombros bajan con ella.
practice-three-breaths-2-05 = Segunda respiración: mientras sale el aire, suelta lo que estaba apretando. Los dientes, los puños, los músculos pequeños alrededor de los ojos.
practice-three-breaths-2-06 = Segunda respiración: exhala como quien deja en el suelo una bolsa que llevaba horas cargando. Nota el alivio en los brazos y la espalda, aunque sea leve.
practice-three-breaths-2-07 = Segunda respiración: mientras exhalas, busca una parte del cuerpo que se esté esforzando más de lo necesario. Deja que haga un poco menos.
practice-three-breaths-2-08 = Segunda respiración: suelta el aire por la boca, despacio, como un suspiro tranquilo. Deja que la cara se relaje mientras sale.
practice-three-breaths-2-09 = Segunda respiración: exhala y deja que tu peso se hunda un poco más en lo que tienes debajo. La barriga también puede aflojarse.
practice-three-breaths-2-10 = Segunda respiración: al exhalar, mira cómo están tus manos. Si están tensas, deja que se abran o que descansen sueltas sobre las piernas.
practice-three-breaths-2-11 = Segunda respiración: suelta el aire y dale permiso a una parte de ti para dejar de sostener tanto. El cuello, el estómago, el entrecejo; eliges tú.
practice-three-breaths-2-12 = Segunda respiración: exhala despacio. Nota si hay alguna tensión, sin juzgarla, e invítala a ceder solo un poquito. Con un poquito basta.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-three-breaths-3 = { practice-three-breaths-3-01 }
practice-three-breaths-3-01 = Tercera respiración: inhala y pregúntate en voz baja: <i>¿qué necesito ahora?</i> Sea cual sea la respuesta, puede ser pequeña.
practice-three-breaths-3-02 = Tercera respiración: al inhalar, pregúntate con suavidad: <i>¿qué me ayudaría ahora?</i> Una respuesta pequeña es una buena respuesta.
practice-three-breaths-3-03 = Tercera respiración: inhala y pregúntate: <i>¿cuál sería un siguiente paso amable?</i> Puede ser tan pequeño como un vaso de agua.
practice-three-breaths-3-04 = Tercera respiración: inhala y deja que aparezca una pregunta: <i>¿qué haría la próxima hora un poco más fácil?</i> Cualquier respuesta pequeña vale.
practice-three-breaths-3-05 = Tercera respiración: mientras entra el aire, consúltate: <i>¿qué me vendría bien ahora mismo?</i> Agua, estirarte, una palabra amable: lo pequeño es bienvenido.
practice-three-breaths-3-06 = Tercera respiración: llena los pulmones y pregúntate: <i>¿qué le ofrecería a alguien querido que se sintiera así?</i> Luego mira si puedes darte un poquito de eso.
practice-three-breaths-3-07 = Tercera respiración: en esta última, pregúntate con calma: <i>¿qué puede esperar y qué es lo siguiente que importa?</i> Deja que la respuesta sea sencilla.
practice-three-breaths-3-08 = Tercera respiración: inhala y piensa: <i>¿cómo puedo tratarme con algo más de suavidad en los próximos minutos?</i> Con una sola idea basta.
practice-three-breaths-3-09 = Tercera respiración: al inhalar, pregúntale a tu cuerpo y no a tu lista de tareas: <i>¿qué necesitas?</i> Escucha si pide algo pequeño.
practice-three-breaths-3-10 = Tercera respiración: inhala y pregúntate: <i>¿qué es lo más pequeño que me ayudaría ahora?</i> No tiene que ser productivo para contar.
practice-three-breaths-3-11 = Tercera respiración: deja que esta respiración traiga una pregunta suave: <i>¿qué sería amable conmigo ahora?</i> Estirarte, salir un momento o quedarte aquí un rato más: todo cuenta.
practice-three-breaths-3-12 = Tercera respiración: con esta última inhalación, pregúntate: <i>¿qué quiero llevarme a lo que viene?</i> Quizá un poco de paciencia, quizá un poco de calma.

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
practice-friend-view-1-04 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Piensa en alguien que te cae muy bien. Ahora imagina que ha tenido un día como el tuyo y que se dice lo mismo que tu crítico interno te ha dicho a ti.
practice-friend-view-1-05 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Imagina a una persona querida sentada a tu lado, contándote justo lo que hoy te pesa, incluidas las cosas duras que se dice.
practice-friend-view-1-06 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Imagina que alguien querido te manda un mensaje describiendo exactamente tu situación, y lo cierra con el mismo juicio severo que tú te has dado.
practice-friend-view-1-07 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Piensa en alguien con quien disfrutas estar. Imagina que hoy está en tu lugar, con la misma voz interior sacándole defectos a todo lo que hizo.
practice-friend-view-1-08 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Supón que quien vive tu situación no eres tú, sino una persona querida. Lo mismo que ha pasado, las mismas preocupaciones, los mismos pensamientos poco amables. Imagínala delante de ti.
practice-friend-view-1-09 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Trae a la mente la cara de alguien que quieres. Ahora imagina que te cuenta lo que tú te has estado diciendo hoy, con el mismo tono.
practice-friend-view-1-10 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Imagina que tomas un café con alguien querido y empieza a describirte un día igual al tuyo. Mientras habla, se trata con mucha dureza.
practice-friend-view-1-11 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Imagina a alguien que te importa pasando exactamente por esto, y escucha cómo dice en voz alta lo mismo que tú has estado pensando de ti.
practice-friend-view-1-12 =
    <b>¿Qué le dirías a alguien querido?</b> · unos 2 minutos

    Elige a una persona querida, real o imaginada. Ponla en tu situación, con tus mismos pensamientos autocríticos, e imagina que te lo cuenta todo.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-friend-view-2 = { practice-friend-view-2-01 }
practice-friend-view-2-01 = ¿Qué le dirías? No la respuesta perfecta, sino lo que de verdad le dirías. Escríbelo aquí si quieres.
practice-friend-view-2-02 = ¿Qué querrías que oyera de ti? No tiene que ser sabio ni pulido, solo sincero. Escríbelo aquí si quieres.
practice-friend-view-2-03 = ¿Cómo le responderías? Dilo tal como te saldría de verdad. Puedes escribirlo aquí si quieres.
practice-friend-view-2-04 = ¿Qué te saldría decirle primero? No importa que suene torpe; lo que cuenta es el cariño. Escríbelo aquí si quieres.
practice-friend-view-2-05 = Si pudieras decirle solo una o dos frases, ¿cuáles serían? No hace falta acertar. Puedes escribirlas aquí si quieres.
practice-friend-view-2-06 = ¿Qué le dirías con tus palabras de siempre? No tiene que ser ingenioso. Escríbelo aquí si quieres.
practice-friend-view-2-07 = ¿Cómo le darías consuelo, o qué le harías ver que ahora mismo no ve? Escríbelo aquí si quieres, tal como te salga.
practice-friend-view-2-08 = Piensa en cómo le hablarías si estuviera ahí mismo, frente a ti, y escríbelo aquí si quieres. No importa que salga desordenado.
practice-friend-view-2-09 = ¿Qué te gustaría que esa persona supiera sobre sí misma ahora? Unas pocas palabras sencillas bastan. Escríbelas aquí si quieres.
practice-friend-view-2-10 = ¿Qué podrías decirle para aliviarle un poco las cosas? Puedes escribirlo aquí si quieres; un primer borrador ya vale.
practice-friend-view-2-11 = Lo más probable es que le hablaras con más suavidad de la que te has dado a ti. ¿Qué diría esa voz más suave? Escríbelo aquí si quieres.
practice-friend-view-2-12 = Si te preguntara <i>¿me estoy exigiendo demasiado?</i>, ¿qué le contestarías? Escribe tu respuesta aquí si quieres.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-friend-view-3 = { practice-friend-view-3-01 }
practice-friend-view-3-01 = Ahora dales la vuelta a esas palabras y ofrécetelas a ti. No hace falta que te las creas del todo; dejarlas entrar un poco es suficiente por hoy.
practice-friend-view-3-02 = Ahora ofrécete esas mismas palabras. Puede que se sientan raras dirigidas a ti, y está bien; dejar entrar un poco de ellas es bastante por hoy.
practice-friend-view-3-03 = Prueba a decirte esas palabras, como si te las dijera alguien que te quiere. Creértelas a medias es un buen comienzo.
practice-friend-view-3-04 = Ahora repite esas palabras, pero esta vez empieza con tu propio nombre. Si se siente raro, es lo normal cuando pruebas algo nuevo.
practice-friend-view-3-05 = Aquí viene el giro: esas palabras también eran para ti. Deja que te lleguen, aunque una parte de ti quiera discutirlas.
practice-friend-view-3-06 = Ahora imagina a esa persona diciéndote esas mismas palabras sobre tu día. No hace falta que estés de acuerdo; solo deja que se posen.
practice-friend-view-3-07 = Con esa persona, la amabilidad te salió sin esfuerzo. Prueba a regalarte ahora las mismas palabras, en silencio o en voz alta. Que te calen un poco ya cuenta.
practice-friend-view-3-08 = Ahora dirige esas palabras hacia ti. Puede que al principio no encajen, como unos zapatos nuevos. Llevarlas puestas un ratito es suficiente por hoy.
practice-friend-view-3-09 = Esas palabras también te sirven a ti; al fin y al cabo, la situación es la misma. Mira si puedes dejar entrar una de ellas, aunque sea solo una.
practice-friend-view-3-10 = Dite esas palabras ahora, despacio. Si alguna voz protesta, déjala hablar; puedes seguir teniendo cerca las palabras amables.
practice-friend-view-3-11 = Ahora pruébalas contigo: las mismas palabras, el mismo cariño, en otra dirección. Está bien si de momento solo te quedan a medias.
practice-friend-view-3-12 = Imagina que te das esas palabras como le darías una taza de té a esa persona. No hace falta que te la tomes de un trago.

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
practice-good-enough-today-1-04 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Piensa en algo que hiciste hoy y que estuvo bien. No genial, solo bien. Quizá llegaste a tiempo, hiciste la cama a medias, contestaste tarde pero contestaste. Escríbelo aquí si quieres.
practice-good-enough-today-1-05 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    ¿Qué parte de tu día pasaría por <i>suficiente</i>? Puede ser un paseo, una ducha, un mensaje que por fin enviaste. Escríbela aquí si quieres.
practice-good-enough-today-1-06 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Elige un momento de hoy en que hiciste lo que pudiste con lo que tenías. Alimentarte cuenta, y descansar también. Escríbelo aquí si quieres.
practice-good-enough-today-1-07 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Busquemos algo que hoy salió más o menos bien. No perfecto, solo aceptable: una conversación, una tarea de casa, diez minutos de concentración. Escríbelo aquí si quieres.
practice-good-enough-today-1-08 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    ¿Qué sacaste adelante hoy, aunque fuera de forma imperfecta? Lavarte los dientes, pagar una factura, tener un detalle con alguien: todo cuenta. Escríbelo aquí si quieres.
practice-good-enough-today-1-09 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Escoge algo de hoy que, si lo hubiera hecho una persona querida, te parecería suficiente. Regaste una planta, saliste a la calle, dijiste que no a algo. Escríbelo aquí si quieres.
practice-good-enough-today-1-10 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Nombra algo pequeño de hoy que quedó hecho, aunque no pulido. Un correo con una errata, una cena sencilla, una llamada breve. Escríbelo aquí si quieres.
practice-good-enough-today-1-11 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    ¿Hubo hoy algún momento en que lo suficiente fue suficiente? Dejar una tarea al 80 %, comer algo simple, acostarte a tu hora. Escríbelo aquí si quieres.
practice-good-enough-today-1-12 =
    <b>Lo que hoy fue suficiente</b> · más o menos 1 minuto

    Repasa tu día en busca de un logro modesto. Vestirte, hacer una llamada, quedarte un minuto con un sentimiento difícil. Escríbelo aquí si quieres.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-good-enough-today-2 = { practice-good-enough-today-2-01 }
practice-good-enough-today-2-01 = No tenía que ser perfecta para contar. Permítete notar que fue suficiente, y que tú también lo eres.
practice-good-enough-today-2-02 = Eso fue suficiente tal como fue, sin necesidad de pulirlo. Y lo mismo vale para ti hoy.
practice-good-enough-today-2-03 = Deja que esa cosa se sostenga por sí misma, sin añadirle lo que podría haber sido mejor. Fue suficiente, y tú también lo eres.
practice-good-enough-today-2-04 = Fíjate en que cumplió su función sin ser impecable. Así es lo suficiente, y tú también lo fuiste hoy.
practice-good-enough-today-2-05 = Aquí no hay puntos extra por la perfección. Lo que nombraste cuenta tal como es, y tú también.
practice-good-enough-today-2-06 = Intenta mirarlo sin ponerte a hacer una lista de mejoras. Pasó, te sirvió, y con eso basta.
practice-good-enough-today-2-07 = Deja que cuente del todo, no como un ensayo de algo mejor. Hoy hubo algo suficiente, y tú estuviste ahí.
practice-good-enough-today-2-08 = Puede que tu crítico quiera añadir un <i>pero</i>. Por ahora, deja que la frase termine ahí: fue suficiente.
practice-good-enough-today-2-09 = Algo no tiene que ser impresionante para importar. Esto importó, y también importa quien lo hizo.
practice-good-enough-today-2-10 = Antes de seguir, reconócelo con un pequeño gesto. Lo suficiente es una medida real y valiosa, y hoy tu día tuvo algo de eso.
practice-good-enough-today-2-11 = Prueba a decirte <i>con esto vale</i>, en un tono cálido y no a regañadientes. De verdad valió, y tú también mereces ese tono.
practice-good-enough-today-2-12 = Las cosas pequeñas e imperfectas son las que sostienen un día. Deja que esta reciba su reconocimiento, y date también un poco a ti.

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
practice-rest-permission-1-04 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy puedo ir más despacio. Lo que valgo no sube ni baja según cuánto consigo hacer. Descansar es parte de cuidar lo que importa, no una pausa en ello.</i>

    Vuelve a leerlo sin prisa, y guárdalo para hoy.
practice-rest-permission-1-05 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy puedo dejar las cosas a un lado un rato. El trabajo seguirá ahí, y yo también, con algo más de descanso. Parar no es rendirme; es cuidarme.</i>

    Léelo una vez más, a un ritmo tranquilo, y deja que cuente por hoy.
practice-rest-permission-1-06 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>No necesito una razón lo bastante buena para descansar. El cansancio ya es razón suficiente. Puedo descansar ahora, no solo cuando todo esté resuelto.</i>

    Repásalo otra vez despacio, y que sea la norma de hoy.
practice-rest-permission-1-07 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Puedo descansar aunque el día no haya salido como esperaba. El descanso no hay que merecerlo; forma parte de ser persona. Hoy me regalo un poco.</i>

    Léelo de nuevo, en voz baja, y deja que te acompañe hoy.
practice-rest-permission-1-08 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Este permiso dice que hoy puedo descansar sin tener que demostrar nada antes. El cansancio no es un defecto contra el que luchar. Una pausa vale por sí misma.</i>

    Léelo entero de principio a fin, despacio, y que valga para hoy.
practice-rest-permission-1-09 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy el descanso también está en mi lista, y cuenta tanto como lo demás. Puedo tacharlo sin sentir que le he robado tiempo a nada.</i>

    Léelo otra vez, con suavidad, y deja que sea cierto por ahora.
practice-rest-permission-1-10 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Me doy permiso para descansar hoy, aunque todavía se me ocurran cosas por hacer. Siempre habrá más cosas por hacer. Puedo parar un rato de todos modos.</i>

    Léelo una segunda vez, despacio, y deja que se asiente por hoy.
practice-rest-permission-1-11 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Hoy descansar está permitido. No tengo que agotarme antes, ni terminar antes, ni dar explicaciones. Una mente y un cuerpo con cansancio merecen cuidado, como los de cualquiera.</i>

    Léelo una vez más a tu ritmo, y deja que se sostenga hoy.
practice-rest-permission-1-12 =
    <b>Un permiso para descansar</b> · más o menos 1 minuto

    <i>Puedo descansar hoy sin convertirlo en otra tarea que hacer bien. El descanso puede ser desordenado, corto o aburrido. Cualquier cantidad cuenta.</i>

    Dale una última lectura lenta, y que así sea por hoy.

# Nombre de la familia y texto de reserva (el de -01); se muestra una variante `-NN`.
practice-rest-permission-2 = { practice-rest-permission-2-01 }
practice-rest-permission-2-01 = ¿De qué forma pequeña podrías descansar en las próximas horas? Cinco minutos con los ojos cerrados cuentan. Escríbela aquí si quieres, o simplemente tenla presente.
practice-rest-permission-2-02 = ¿Qué pequeño descanso podrías darte en las próximas horas? Sentarte en silencio cinco minutos cuenta. Escríbelo aquí si quieres, o simplemente tenlo presente.
practice-rest-permission-2-03 = ¿Dónde podría caber un poco de descanso más tarde? Un paseo corto o una taza de té es más que suficiente. Escríbelo aquí si quieres, o guárdalo para ti.
practice-rest-permission-2-04 = Mirando lo que te queda de día, ¿qué pequeño hueco podrías dejar vacío a propósito? Hasta diez minutos cuentan. Escríbelo aquí si quieres, o simplemente tenlo presente.
practice-rest-permission-2-05 = ¿Qué tipo de descanso te sentaría bien más tarde: silencio, aire fresco, acostarte un rato, algo tranquilo que ver? Elige un trocito. Escríbelo aquí si quieres, o guárdalo para ti.
practice-rest-permission-2-06 = Si te dieras una pausa corta en algún momento de las próximas horas, ¿cómo sería? Estirarte en el suelo, una ducha tibia, música con los ojos cerrados. Escríbelo aquí si quieres, o simplemente tenlo en mente.
practice-rest-permission-2-07 = Piensa en algo que podrías dejar de hacer un poco antes hoy, para que quede sitio para descansar. Escríbelo aquí si quieres, o simplemente tenlo presente.
practice-rest-permission-2-08 = ¿Cuál es el descanso más pequeño que de verdad te tomarías? Unos minutos al sol, el teléfono boca abajo, algo caliente para beber sin prisa. Escríbelo aquí si quieres, o tenlo presente.
practice-rest-permission-2-09 = ¿En qué momento podrías hacer una pausa de unos minutos antes de que acabe el día? Ponerle hora puede ayudar. Escríbelo aquí si quieres, o simplemente tenlo presente.
practice-rest-permission-2-10 = ¿Hay algo que podrías saltarte o acortar hoy para hacerle sitio al descanso? Un cambio pequeño ya sirve. Escríbelo aquí si quieres, o guárdalo para ti.
practice-rest-permission-2-11 = Imagina un momento, más tarde, en el que simplemente descansas. ¿Dónde estás y qué haces, o qué no haces? Escríbelo aquí si quieres, o solo imagínalo.
practice-rest-permission-2-12 = ¿De qué forma podrías descansar sin tener que ganártelo ni planearlo? Quedarte un rato en el sofá ya vale. Escríbelo aquí si quieres, o tenlo presente.

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
