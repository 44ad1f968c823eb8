## Respuestas ante un riesgo. Todas nombran el 988 y cómo pedir atención en español.

-us-resources =
    • En EE. UU.: llama o escribe al <b>988</b>. Para español, al llamar marca el <b>2</b>; por mensaje de texto, escribe <b>AYUDA</b> al <b>988</b>. También hay chat en 988lifeline.org
    • Crisis Text Line en español: envía <b>AYUDA</b> al <b>741741</b>
    • Si corres peligro inmediato: llama al <b>911</b>
    • En cualquier otro lugar: findahelpline.com reúne líneas gratuitas y confidenciales

crisis-reply =
    Me alegra mucho que me lo hayas contado. Lo que cargas suena muy pesado, y mereces el apoyo de una persona de verdad ahora mismo.

    Soy una herramienta automática, así que no puedo ayudarte en una emergencia, pero estas personas sí, de día o de noche:
    { -us-resources }

    ¿Estás a salvo ahora mismo?

crisis-abuse =
    Gracias por confiarme esto. Nadie merece que le hagan daño ni vivir con miedo en casa, y no es tu culpa.

    Soy una herramienta automática y no puedo ayudarte en una emergencia, pero estas personas sí, de día o de noche:
    • Si corres peligro inmediato: llama al <b>911</b>
    • Línea Nacional sobre la Violencia Doméstica (National Domestic Violence Hotline): <b>1-800-799-7233</b>, con atención en español; o envía <b>START</b> al <b>88788</b>
    • Childhelp, si le están haciendo daño a un niño, una niña o un adolescente: <b>1-800-422-4453</b>
    • Si sientes que no puedes más: llama o escribe al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>)
    • En cualquier otro lugar: findahelpline.com

    ¿Estás a salvo ahora mismo?

crisis-others =
    Gracias por contármelo. Pensamientos o impulsos así pueden asustar mucho, y tenerlos no te convierte en una mala persona. Decirlo en voz alta es un buen primer paso.

    Soy una herramienta automática y no puedo ayudarte en una emergencia, pero estas personas sí, de día o de noche:
    • Si alguien corre peligro ahora mismo: llama al <b>911</b>
    • Para hablarlo con una persona preparada: llama o escribe al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>)
    • Childhelp, también para madres, padres y cuidadores con miedo de hacer daño a un niño: <b>1-800-422-4453</b>
    • En cualquier otro lugar: findahelpline.com

    Si puedes, pon distancia entre tú y la otra persona, y entre tú y cualquier cosa con la que se pudiera hacer daño a alguien.

    ¿Tú y las personas que te rodean están a salvo ahora mismo?

crisis-someone-else =
    Parece que te preocupa alguien, y eso pesa mucho. Gracias por contármelo.

    Soy una herramienta automática y no puedo ayudar en una emergencia, pero estas personas sí pueden, por esa persona y por ti, de día o de noche:
    • Si corre peligro ahora mismo: llama al <b>911</b>
    • Llama o escribe al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>): también atienden a quien se preocupa por otra persona
    • En cualquier otro lugar: findahelpline.com reúne líneas gratuitas y confidenciales

    Si puedes, pregúntale directamente si está pensando en el suicidio; preguntarlo no le mete la idea en la cabeza. Quédate cerca o mantén el contacto, y ayúdale a llamar a una de estas líneas. Tú tampoco tienes que cargar con esto a solas.

    Y tú, ¿estás a salvo ahora mismo?

crisis-urgent-others =
    Gracias por decírmelo. Por favor, llama ahora al <b>911</b> (o al número de emergencias de donde estés). Si puedes, aléjate: otra habitación, la calle o algún sitio con más gente.

    En cuanto puedas, llama o escribe también al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>); alguien se quedará en la línea contigo. Sigo aquí.

crisis-urgent =
    Gracias por decírmelo. Por favor, llama ahora al <b>911</b> (o al número de emergencias de donde estés), o llama o escribe al <b>988</b>; para español, marca el <b>2</b> o escribe <b>AYUDA</b>. Alguien se quedará en la línea contigo.

    Si puedes, acércate a otras personas y pon distancia entre tú y cualquier cosa con la que pudieras hacerte daño. Sigo aquí.

crisis-resources =
    Estas líneas son gratuitas y atienden de día y de noche:
    { -us-resources }

crisis-still-here =
    Sigo aquí. Si sientes que es demasiado, por favor busca a una persona: en EE. UU., llama o escribe al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>), o encuentra una línea cerca de ti en findahelpline.com.

    ¿Estás a salvo ahora mismo?

crisis-glad = Me alegra que estés a salvo. Estas líneas siguen abiertas cuando las necesites: en EE. UU., el <b>988</b> (también en español), y /sos te las vuelve a mostrar todas. Trátate con cariño hoy, por favor.
crisis-glad-resume = Me alegro. Podemos seguir donde estábamos cuando quieras: solo responde. O envía /cancel para dejarlo por hoy. /sos te muestra las líneas en cualquier momento, y el <b>988</b> también atiende en español.

crisis-follow-up =
    Hola. Ayer sonaba difícil, así que quería saber de ti, con calma. No hace falta que respondas nada.

    Si las cosas siguen difíciles, hay personas disponibles de día y de noche: en EE. UU., llama o escribe al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>), o encuentra una línea cerca de ti en findahelpline.com. /sos te las muestra en cualquier momento.

# Líneas propias de cada instalación (CRISIS_LOCAL_LINES, CRISIS_PRACTICE_CONTACT), tras una respuesta de riesgo.
local-crisis-lines = Más cerca de ti: { $lines }
practice-contact = También puedes contactar con tu consulta: { $contact }
