## Zona horaria, hora del check-in, idioma, consentimiento.

zone-ask = Ahora, tu zona horaria, para escribirte solo a horas que te vengan bien. Escribe tu ciudad (como <i>Madrid</i> o <i>Ciudad de México</i>), una diferencia con UTC (como <i>UTC-5</i>), o toca el botón de abajo para compartir tu ubicación.
zone-ask-again = Sin problema. ¿En qué ciudad estás, o cuál es tu diferencia con UTC?
zone-noted = Entendido: { $zone }.
zone-confirm = Entonces, ¿ahora mismo son las <b>{ $local_time }</b> donde estás?
zone-confirm-unclear = Perdona, no lo entendí. ¿Es esa la hora correcta para ti, sí o no?
zone-pick = Varios lugares coinciden. ¿Cuál es el tuyo?
zone-unknown = No logré ubicar ese lugar. ¿Puedes probar con una ciudad grande cercana, o con una diferencia como <i>UTC-5</i>?
zone-location-unknown = No encontré una zona horaria para ese punto. ¿Puedes escribir tu ciudad?
zone-use-text = Aquí puedes escribir tu ciudad o una diferencia con UTC, o compartir tu ubicación.
zone-set = Zona horaria guardada: { $zone }. Allí son las { $local_time }.

time-ask = ¿A qué hora te gustaría tu check-in diario? Elige una hora, o escribe una como <i>8:30</i>, <i>20h</i> o <i>8 de la tarde</i>.
time-unclear = No pude leer eso como una hora. Prueba algo como <i>8:30</i>, <i>20h</i> o <i>8 de la tarde</i>, o elige una abajo.
time-use-buttons = Elige una hora abajo, o escribe una como <i>8:30</i>.
time-set = Tu check-in diario ahora es a las <b>{ $time }</b>, tu hora.
time-set-off = Los check-ins diarios están desactivados. Puedes volver a activarlos en /settings.

settings-overview =
    <b>Tus ajustes</b>

    🌍 Zona horaria: { $zone } (allí son las { $local_time })
    ⏰ Check-in diario: { $checkin ->
        [off] desactivado
       *[other] { $checkin }
    }
    🗣 Idioma: { $language ->
        [es] Español
       *[other] English
    }
    🔒 Guardar lo que escribes: { $consent ->
        [yes] sí
       *[other] no
    }

    ¿Qué te gustaría cambiar?
settings-use-buttons = Toca uno de los botones para cambiar un ajuste, o Listo para cerrar.
settings-closed = Listo. Tus ajustes quedaron guardados.
settings-language = ¿En qué idioma quieres que te hable?
language-set = Idioma guardado.
settings-consent-on = Ahora mismo guardo lo que escribes, cifrado, para poder mostrártelo de nuevo. ¿Sigo haciéndolo?
settings-consent-off = Ahora mismo no guardo lo que escribes. ¿Quieres que lo guarde, cifrado, para mostrártelo más adelante?
consent-now-on = Gracias. A partir de ahora guardaré lo que escribas, cifrado. /export te lo muestra y /delete lo borra.
consent-now-off = Entendido. A partir de ahora no guardaré lo que escribas. Lo que guardaste antes se queda hasta que lo borres con /delete.

settings-keep-limited = Ahora mismo, las notas que guardas (pensamientos más amables, metas, notas de prácticas) se borran solas después de { $days } días. ¿Prefieres conservarlas hasta que tú las borres?
settings-keep-forever = Ahora mismo, las notas que guardas se quedan hasta que tú las borres. ¿Prefieres que se borren solas después de { $days } días?
keep-now-limited = Listo: tus notas se borrarán solas después de { $days } días.
keep-now-forever = Listo: tus notas se quedan hasta que las borres (/delete lo borra todo).
