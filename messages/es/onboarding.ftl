## /start: cuatro pasos cortos.

onboarding-welcome =
    Hola, soy Good Enough 🌱 (algo así como “suficientemente bueno”)

    Soy un acompañante automático de autoayuda para quienes se exigen demasiado: el perfeccionismo, el crítico interior que no se calla, la trampa del “todo o nada”. Soy un bot, no una persona, y no soy terapia. No puedo ayudar en una emergencia.

    Si alguna vez corres peligro o piensas en quitarte la vida, por favor busca a una persona enseguida: en EE. UU., llama o escribe al <b>988</b> (para español, marca el <b>2</b> o escribe <b>AYUDA</b>); en otros países, findahelpline.com reúne líneas gratuitas de cada lugar. /sos te lo vuelve a mostrar cuando quieras.

    Configurarlo lleva más o menos un minuto.

onboarding-consent =
    Primero, tus palabras. Algunas cosas que ofrezco funcionan mejor si puedo guardar lo que escribes, como la versión más amable de un pensamiento duro o lo que aprendiste con una meta. Se guarda cifrado y solo se usa para mostrártelo de nuevo. Puedes verlo todo con /export y borrarlo con /delete cuando quieras.

    ¿Puedo guardar lo que escribes?

onboarding-consent-yes = Gracias. Puedes cambiar de idea cuando quieras en /settings.
onboarding-consent-no = Sin ningún problema. Todo sigue funcionando; solo que no guardaré lo que escribas. Puedes cambiarlo en /settings.
consent-unclear = Perdona, no lo entendí bien. Me basta con un sí o un no.

onboarding-time =
    Último paso: ¿te gustaría un check-in breve cada día? Lleva uno o dos minutos, y saltarte un día siempre está bien.

    Elige una hora, o escribe una como <i>8:30</i>, <i>20h</i> o <i>8 de la tarde</i>.

onboarding-done =
    Todo listo. Te escribiré cada día a las <b>{ $time }</b>, tu hora.

    No tienes que hacer nada más ahora. Cuando quieras, los botones de abajo son un buen punto de partida.
onboarding-done-off =
    Todo listo, sin check-ins diarios. Puedes activarlos en /settings cuando quieras.

    Cuando quieras, los botones de abajo son un buen punto de partida.
