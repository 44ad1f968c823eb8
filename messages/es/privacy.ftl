## /privacy, /export, /delete

command-privacy = Lo que guardo, y cómo verlo o borrarlo
command-export = Recibir un archivo con todo lo que guardo sobre ti
command-delete = Borrar todo lo que guardo sobre ti

privacy-overview =
    <b>Tus palabras son tuyas</b>

    <b>Lo que guardo.</b> Tus ajustes (zona horaria, hora y días del check-in, idioma), algunos números de los check-ins y, solo si aceptaste que guarde notas (ahora mismo: { $keeping ->
        [yes] sí
       *[other] no
    }), las palabras que decidiste guardar: pensamientos más amables, metas y lo que aprendiste, notas de las prácticas. Nunca guardo tu nombre ni tu nombre de usuario.

    <b>Para qué.</b> Solo para mostrarte tus propias palabras y para saber cuándo escribirte.

    <b>Cómo se guarda.</b> Todo lo que escribes se cifra antes de guardarse. Nadie lee nuestras conversaciones; quienes mantienen este bot solo ven recuentos, nunca palabras. Mientras hablamos de algo, tus palabras se conservan solo hasta que termina esa conversación, salvo que decidas guardarlas. Las palabras de una meta se conservan hasta su seguimiento, para poder preguntarte cómo fue.

    <b>Cuánto tiempo.</b> Las notas y las metas se borran solas después de { $days } días, salvo que hayas decidido conservarlas. Todo lo demás se queda hasta que lo borres.

    /export te envía un archivo con todo lo que guardo sobre ti.
    /delete lo borra todo, para siempre.
    /stop detiene los check-ins diarios, pero conserva tus datos.
privacy-export-ready = Aquí tienes, en un archivo, todo lo que guardo sobre ti. Es tuyo: guárdalo o compártelo como prefieras.
privacy-export-empty = Todavía no guardo nada sobre ti, aparte de esta conversación.
privacy-delete-confirm =
    Esto borra todo lo que guardo sobre ti: ajustes, check-ins, pensamientos guardados, metas, notas y cualquier mensaje programado. No se puede deshacer.

    ¿Lo borro todo?
privacy-deleted = Hecho. Todo lo que guardaba sobre ti ya no está. Si algún día quieres volver a empezar, /start sigue aquí. Cuídate mucho.
privacy-delete-kept = De acuerdo, no se borró nada.
privacy-delete-unclear = Perdona, para esto necesito un sí o un no claro.

button-privacy-delete-yes = Sí, borrarlo todo
button-privacy-delete-no = No, consérvalo
