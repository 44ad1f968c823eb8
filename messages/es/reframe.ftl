## Hablar de un pensamiento duro: /reframe y /thoughts.

command-reframe = Hablar de un pensamiento duro
command-thoughts = Los pensamientos amables que guardaste

## Paso 1: el pensamiento en sí.

reframe-capture = Vamos a mirarlo con calma. ¿Cuál es el pensamiento, con las palabras exactas que usa tu crítico interior?
reframe-capture-again = Sin prisa. ¿Puedes escribirlo en pocas palabras, tal como suena en tu cabeza?

reframe-offer = Eso suena a tu crítico interior. ¿Te gustaría que miremos ese pensamiento durante unos minutos?
reframe-offer-again = ¿Te gustaría que lo miremos, o sobre todo necesitabas sacarlo? Las dos cosas están perfectamente bien.
reframe-offer-declined = Me parece bien. A veces solo hace falta decirlo, y me alegra que lo hayas dicho aquí.
reframe-offer-left = Lo dejo aquí por ahora. Si más adelante quieres mirar ese pensamiento, /reframe siempre está aquí.

## Paso 2: nombrar el patrón, con tiento.

reframe-pattern-named =
    <blockquote>{ $thought }</blockquote>
    { $count ->
        [0] Esto suena
        [1] “{ $cue1 }”: esto suena
       *[other] “{ $cue1 }” y “{ $cue2 }”: esto suena
    } un poco a <b>{ $pattern ->
        [all_or_nothing] pensamiento de todo o nada
        [overgeneralizing] generalizar de más
        [labeling] ponerte una etiqueta
        [should] una exigencia de “debería”
        [catastrophizing] catastrofizar
        [mind_reading] leer la mente
       *[discounting_positive] quitarle valor a lo positivo
    }</b>. ¿Encaja, o es otra cosa?

reframe-pattern-pick =
    <blockquote>{ $thought }</blockquote>
    { $found ->
        [yes] ¿Cuál de estos se acerca más?
       *[no] ¿Cuál de estos se parece más a lo que te pasa? No hay respuestas incorrectas.
    }

    1. Todo o nada: perfecto o inútil, sin nada en medio
    2. Generalizar de más: un momento se convierte en “siempre” o “nunca”
    3. Ponerte etiquetas: una palabra dura para todo lo que eres
    4. Los “debería”: reglas estrictas sobre cómo tienes que ser
    5. Catastrofizar: saltar al peor desenlace
    6. Leer la mente: dar por hecho lo que otros piensan de ti
    7. Quitarle valor a lo positivo: lo bueno “no cuenta”
    8. No lo tengo claro

    Toca uno, o escribe su número.

reframe-pattern-unclear = No entendí bien a cuál te referías.

## Paso 3: cuánto se siente verdad.

reframe-belief = Ahora mismo, ¿cuánto te lo crees? 0 es nada, 100 es por completo. Toca un número o escribe el tuyo.
reframe-belief-unclear = Me basta con un número del 0 al 100, como <i>60</i>. O sáltate esta pregunta.

## Paso 4: preguntas que encajan con el patrón.

reframe-continuum-place =
    <blockquote>{ $thought }</blockquote>
    Imagina una línea del 0 (un desastre total) al 100 (impecable). ¿Dónde queda de verdad lo que pasó?
reframe-continuum-middle = ¿Cómo sería un 50 aquí? Ni un desastre ni impecable, simplemente en algún punto intermedio.
reframe-continuum-ok = ¿Qué parte salió bien, aunque sea pequeña?

reframe-ask-exception =
    <blockquote>{ $thought }</blockquote>
    ¿Se te ocurre alguna vez en que esto no pasó, o no fue como dice el pensamiento?

reframe-ask-kinder-name =
    <blockquote>{ $thought }</blockquote>
    Una sola palabra no puede resumir a una persona entera. ¿Cuál sería una forma más amable y más precisa de describir lo que de verdad pasó?

reframe-ask-would-like =
    <blockquote>{ $thought }</blockquote>
    Prueba a cambiar “debería” por “me gustaría”. ¿Cómo suena así el pensamiento? Escríbelo de la nueva forma.

reframe-ask-likely =
    <blockquote>{ $thought }</blockquote>
    Dejando a un lado por un momento el peor escenario: ¿qué es lo más probable que pase?
reframe-ask-cope = Y si pasara algo difícil, ¿cómo podrías salir adelante? ¿Quién o qué podría ayudarte?

reframe-ask-evidence =
    <blockquote>{ $thought }</blockquote>
    ¿Qué sabes realmente de lo que piensan? Anota lo que apunta a favor del pensamiento y lo que apunta en contra.
reframe-ask-other-view = ¿Qué otra cosa podría estar ocupando su cabeza, que no tenga nada que ver contigo?

reframe-ask-credit =
    <blockquote>{ $thought }</blockquote>
    Si alguien a quien quieres hubiera hecho lo mismo, ¿qué mérito le reconocerías?

reframe-ask-general =
    <blockquote>{ $thought }</blockquote>
    ¿Qué parece apoyar este pensamiento, y qué no termina de encajar con él? Con una o dos líneas de cada cosa basta.

## Paso 5: la mirada de alguien que te quiere.

reframe-friend =
    <blockquote>{ $thought }</blockquote>
    Imagina que una persona a la que quieres te contara que piensa esto de sí misma. ¿Qué le dirías?

## Paso 6: la versión más amable, con las palabras de la persona.

reframe-balanced =
    <blockquote>{ $thought }</blockquote>
    Ahora prueba una versión más amable y equilibrada, con tus propias palabras. No tiene que ser positiva, solo más justa. Un borrador está bien.

reframe-shapes =
    Algunas formas que puedes tomar prestadas. Completa los huecos con tus palabras:

    • Aunque ___, también ___.
    • Es verdad que ___, y también es verdad que ___.
    • Una forma más amable de verlo: ___.

    Escribe la tuya cuando quieras.

## Paso 7: volver a puntuar y guardar el pensamiento nuevo.

reframe-rerate =
    <blockquote>{ $thought }</blockquote>
    Mirando otra vez el pensamiento original: ¿cuánto te lo crees ahora, del 0 al 100?
reframe-rerate-unclear = Solo un número del 0 al 100, como <i>40</i>, o toca uno abajo.

reframe-belief-lower = De { $before } a { $after }: son { $change } puntos de movimiento real. No hace falta llegar a cero para que cuente.
reframe-belief-same = Sigue en { $after }. Es normal: los pensamientos antiguos se aflojan despacio, y darle a este una escucha justa es práctica que cuenta.
reframe-belief-higher = Subió, de { $before } a { $after }. A veces pasa: mirar de cerca puede remover un pensamiento antes de que se asiente. Gracias por quedarte con él.
reframe-belief-noted = Anotado: { $after }. Gracias por darle a este pensamiento una escucha justa.

reframe-save-offer =
    Aquí está tu versión más amable:
    <blockquote>{ $balanced }</blockquote>
    ¿Quieres que la guarde, para que puedas encontrarla otra vez con /thoughts?
reframe-save-unclear = ¿La guardo? Basta con un sí o un no.
reframe-saved = Guardada. /thoughts te la muestra cuando la necesites. Tomarte este tiempo fue práctica de verdad. Si quieres, lo siguiente podría ser una pequeña meta suficientemente buena.
reframe-not-saved = De acuerdo, no la guardo. La práctica cuenta igual, vayan donde vayan las palabras. Si quieres, lo siguiente podría ser una pequeña meta suficientemente buena.
reframe-not-kept =
    Aquí está tu versión más amable:
    <blockquote>{ $balanced }</blockquote>
    Ahora mismo no guardo lo que escribes, así que aquí no queda guardada. Puedes copiarla en algún lugar donde la vayas a ver. Si quieres que guarde pensamientos como este, puedes cambiarlo en los ajustes.
reframe-done = Gracias por mirar ese pensamiento conmigo. La práctica cuenta, digan lo que digan los números. Si quieres, lo siguiente podría ser una pequeña meta suficientemente buena.

reframe-reminder =
    Este es el pensamiento que estábamos mirando:
    <blockquote>{ $thought }</blockquote>

## /thoughts: los pensamientos amables que la persona guardó.

reframe-thoughts-empty = Todavía no hay nada guardado, y está bien. Cuando hables de un pensamiento duro con /reframe, podrás guardar aquí la versión más amable.
reframe-thoughts-intro = { $count ->
        [1] Este es el pensamiento amable que guardaste.
       *[other] Estos son los { $count } pensamientos amables que guardaste, del más reciente al más antiguo.
    }
reframe-thought-item =
    <b>{ $pattern ->
        [all_or_nothing] Todo o nada
        [overgeneralizing] Generalizar de más
        [labeling] Ponerte etiquetas
        [should] Los “debería”
        [catastrophizing] Catastrofizar
        [mind_reading] Leer la mente
        [discounting_positive] Quitarle valor a lo positivo
       *[other] Patrón sin nombre
    }</b> · { $created }
    Crítico interior: <i>{ $original }</i>
    Más amable: { $balanced }
reframe-thoughts-footer = Toca Borrar debajo de cualquiera que ya no quieras.
reframe-thoughts-closed = De acuerdo, los cierro por ahora. /thoughts te los vuelve a mostrar cuando quieras.
reframe-delete-confirm =
    ¿Borrar este para siempre?
    <blockquote>{ $balanced }</blockquote>
    No se puede deshacer.
reframe-deleted = Borrado.
reframe-delete-kept = Lo conservo. No cambió nada.
reframe-delete-missing = No encontré ese entre tus pensamientos guardados, así que no se borró nada. Puede que ya no esté.

## Botones.

button-reframe-offer-yes = Sí, mirémoslo
button-reframe-offer-no = No, solo necesitaba decirlo
button-reframe-fits = Sí, encaja
button-reframe-other = Otra cosa
button-reframe-unsure = No lo tengo claro
button-reframe-all-or-nothing = Todo o nada
button-reframe-overgeneralizing = Generalizar de más
button-reframe-labeling = Ponerme etiquetas
button-reframe-should = Los “debería”
button-reframe-catastrophizing = Catastrofizar
button-reframe-mind-reading = Leer la mente
button-reframe-discounting = Quitarle valor a lo positivo
button-reframe-rating = { $value }
button-reframe-skip = Saltar
button-reframe-stuck = No sé qué poner
button-reframe-save = Guardarla
button-reframe-dont-save = Esta vez no
button-reframe-settings = ⚙️ Ajustes
button-reframe-goal = 🎯 Una meta suficiente
button-reframe-start = ✍️ Hablar de un pensamiento
button-reframe-delete = 🗑 Borrar
button-reframe-delete-yes = Sí, borrarlo
button-reframe-delete-no = Conservarlo
