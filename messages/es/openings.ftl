## Frases de apertura del check-in programado. El sistema elige una que la persona no haya
## visto en un tiempo (`checkin-opening-NN`). Una o dos frases cortas, sin variables.

# Tema: el crítico interior
checkin-opening-01 = El crítico interior suele hablar más rápido a primera hora. No hace falta que tomes nota de todo lo que dice.
checkin-opening-02 = Seguramente tu crítico interior cree que te está protegiendo. Puedes darle las gracias y, aun así, no hacerle caso.
checkin-opening-03 = Si el crítico lleva todo el día narrando tu vida, una pregunta: ¿dejarías que otra persona te hablara así?
checkin-opening-04 = Un pensamiento duro es un pensamiento, no una sentencia.
checkin-opening-05 = El crítico puede sonar a verdad solo porque habla alto. El volumen no es una prueba.
checkin-opening-06 = ¿Qué te ha estado diciendo últimamente el crítico interior? A veces, al oírlo tal cual, suena un poco menos seguro de sí mismo.
checkin-opening-07 = Puedes notar al crítico sin ponerte a discutir con él. Muchas veces basta con un “ah, ya está aquí otra vez”.
checkin-opening-08 = El crítico recuerda cada tropiezo y olvida cada paso. Hoy puedes quedarte con la historia completa.
checkin-opening-09 = Hay días en que el crítico interior trae megáfono. Esos días, la amabilidad tranquila importa todavía más.
checkin-opening-10 = Prueba a ponerle nombre a tu crítico, aunque sea uno ridículo. Cuesta más obedecer a alguien que se llama Pancracio.

# Tema: el pensamiento de todo o nada
checkin-opening-11 = Entre “perfecto” y “no sirve para nada” hay un terreno muy amplio. Ahí viven casi todas las cosas buenas.
checkin-opening-12 = A medio hacer no es lo mismo que sin hacer. Es la mitad.
checkin-opening-13 = Si hoy las cosas no salen como pensabas, el día no está arruinado. Solo va por otro camino.
checkin-opening-14 = ¿Notaste hoy algún “siempre” o algún “nunca” en tu cabeza? Casi nunca son tan ciertos como suenan.
checkin-opening-15 = Un tropiezo no borra todo lo demás. Diez minutos cuentan, aunque esperaras dedicarle una hora.
checkin-opening-16 = ¿Cómo sería hoy hacer las cosas “en parte”? Un poco de orden, una parte terminada, un rato de descanso.
checkin-opening-17 = El pensamiento de todo o nada te ofrece dos opciones. La vida real casi siempre tiene más.
checkin-opening-18 = Una mañana difícil todavía puede convertirse en una tarde aceptable. Los días no son un examen.
checkin-opening-19 = Si no puedes con todo, ¿cuál es el trocito más pequeño que aun así valdría la pena hacer?
checkin-opening-20 = “Un poco” es una cantidad perfectamente respetable.

# Tema: postergar y agotarse
checkin-opening-21 = Dejar las cosas para después suele venir del miedo a no hacerlas bien, no de que te importen poco.
checkin-opening-22 = ¿Hay algo a lo que le llevas días dando vueltas? Un primer paso pequeño e imperfecto está permitido.
checkin-opening-23 = Empezar de forma imperfecta sigue siendo empezar. Los retoques pueden llegar después, o no llegar nunca.
checkin-opening-24 = Cuando todo parece urgente, vale la pena preguntarse qué puede esperar tranquilamente a mañana.
checkin-opening-25 = Funcionar con las últimas fuerzas es una señal, no un defecto de carácter.
checkin-opening-26 = Un primer borrador desordenado es un regalo para tu yo de mañana, que prefiere mil veces corregir antes que enfrentarse a una página en blanco.
checkin-opening-27 = ¿Qué tarea podrías hacer más pequeña hoy? Más pequeña de lo que te parece razonable.
checkin-opening-28 = El agotamiento rara vez viene de que algo te importe poco. Suele venir de que te importe mucho, durante mucho tiempo, sin descanso.
checkin-opening-29 = Cinco minutos con eso que llevas tiempo evitando, y después puedes parar. ¿Trato hecho?
checkin-opening-30 = No hace falta sentirte a punto para empezar. Esa sensación suele llegar a mitad de camino.

# Tema: descansar
checkin-opening-31 = El descanso no es algo que te ganas cuando terminas todo. Nunca está todo terminado del todo.
checkin-opening-32 = ¿Cuándo fue la última vez que hiciste algo sin ningún motivo, solo porque te sentaba bien?
checkin-opening-33 = Una pausa en el día no es tiempo perdido. Es parte de lo que te sostiene el resto del día.
checkin-opening-34 = Tu valor no sube con tu lista de pendientes, ni baja cuando te sientas a descansar.
checkin-opening-35 = El cansancio es un motivo real. No necesitas uno mejor.
checkin-opening-36 = ¿Cómo sería hoy ir a un ritmo un poco más amable?
checkin-opening-37 = Descansar puede ser algo pequeño: un vaso de agua, mirar por la ventana, una respiración lenta.
checkin-opening-38 = Nada crece a toda velocidad todo el año. Las personas tampoco.
checkin-opening-39 = ¿Hay algo que podrías quitar de la lista de hoy sin que pase nada malo?
checkin-opening-40 = Está permitido parar y no moverte un rato. Y pasar un tiempo sin hacer nada en particular, también.

# Tema: lo suficientemente bueno
checkin-opening-41 = Lo suficientemente bueno no es conformarse. Es terminar, para que quede espacio para lo que viene.
checkin-opening-42 = ¿Qué cosa de hoy fue suficientemente buena tal como estaba?
checkin-opening-43 = El mensaje con aquella pequeña errata dijo igual lo que tenía que decir.
checkin-opening-44 = “Suficientemente bueno” es una meta a la que de verdad se puede llegar.
checkin-opening-45 = Casi nadie va a notar ese detalle que tanto te preocupa. Puedes dejarlo estar.
checkin-opening-46 = Una comida que te alimentó, una respuesta amable, una tarea hecha: lo suficientemente bueno está por todas partes cuando empiezas a fijarte.
checkin-opening-47 = ¿Podría el “suficiente” de hoy ser un poco más pequeño que el de ayer?
checkin-opening-48 = Algo terminado, con algunos fallos, puede ayudar a alguien. Algo impecable que se queda en tu cabeza, no.
checkin-opening-49 = Puedes aspirar a lo bueno y quedarte en lo suficientemente bueno. Las dos son decisiones que tienes derecho a tomar.
checkin-opening-50 = Algunas tareas merecen lo mejor de ti. Muchas solo necesitan quedar bien. ¿Cuál de las dos tienes delante?

# Tema: redefinir el éxito
checkin-opening-51 = ¿Y si el éxito de hoy se midiera por cómo te trataste, y no por cuánto hiciste?
checkin-opening-52 = Intentarlo cuenta. Aparecer cuenta. Parar cuando lo necesitas, también.
checkin-opening-53 = Piensa en algo que aprendiste esta semana. Aprender casi siempre parece un lío visto desde dentro.
checkin-opening-54 = El progreso casi nunca va en línea recta. Aunque sea a trompicones, se avanza.
checkin-opening-55 = ¿Quién decidió qué es “suficiente” para ti? Quizá valga la pena ver si sigues de acuerdo.
checkin-opening-56 = Un día en que tuviste un gesto amable con alguien, también contigo, es un día que valió la pena.
checkin-opening-57 = ¿Qué contaría como un buen día si nadie lo estuviera calificando?
checkin-opening-58 = No todo esfuerzo se ve. Sostener las cosas en silencio también es esfuerzo.
checkin-opening-59 = El éxito puede ser tan pequeño como cumplirte la promesa de tomarte un descanso.
checkin-opening-60 = Puedes sentir orgullo por cosas que nadie más vio.

# Tema: tratarte como tratarías a alguien que quieres
checkin-opening-61 = Si alguien a quien quieres hubiera vivido tu día, ¿qué le dirías? Tú también puedes escucharlo.
checkin-opening-62 = A alguien que quieres le darías el beneficio de la duda sin pensarlo dos veces. Tú mereces lo mismo.
checkin-opening-63 = Prueba hoy a hablarte como le hablarías a alguien que quieres.
checkin-opening-64 = A una persona cansada no le dirías que se esfuerce más. ¿Qué le dirías en su lugar?
checkin-opening-65 = Ponerte de tu lado no es egoísmo. Es lo que querrías para cualquier persona que te importa.
checkin-opening-66 = Imagina que la persona que más te quiere oyera hoy lo que piensas de ti. ¿Qué le gustaría añadir?
checkin-opening-67 = Quien te quiere no te recitaría tus errores uno por uno. Tú también puedes saltarte esa parte.
checkin-opening-68 = Tratarte con amabilidad no te quita fuerza. Hace más fácil seguir adelante.
checkin-opening-69 = Imagina una mano en el hombro de alguien querido después de un día largo. ¿Qué estaría diciendo? Puedes tomarlo prestado.
checkin-opening-70 = Seguro que eres un buen apoyo para alguien. También puedes serlo para ti.
