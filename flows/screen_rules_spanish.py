"""Rules for Spanish messages, all four kinds.

The bot also speaks Spanish, so the same families exist here: wanting to die or kill
oneself, not wanting to live or wake up, "mejor sin mí", self-harm ("cortarme", "hacerme
daño"), violence at home ("me pega", "tengo miedo de mi pareja") and purging or starving
("vomito después de comer", "días sin comer a propósito").

Spanish hyperbole is as rich as English and shares the same verbs, so the harmless twins
are named: "me muero de hambre / de vergüenza / de risa", "me mato a trabajar", "este
trabajo me está matando", "cortarme el pelo", "se me pegó la canción", "me pegó la
gripe". Accents are stripped before matching, which merges "mí" (me) and "mi" (my): "mejor
sin mí" therefore only counts with a verb before it or at the end of a sentence.
"""

from __future__ import annotations

from flows.screen_model import Phrases, Rule

# fmt: off
_NEG = ("{es_neg}",)
_DIE_IDIOM = (
    "de la? vergüenza/risa/hambre/pena/ganas/sueño/frío/calor/aburrimiento/envidia",
    "de la emoción", "por un/una/unas/unos", "por ir/ver/verte/tener/saber",
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="es_want_to_die",
        kind="suicide",
        why="'Quiero morir', 'me quiero matar', 'suicidarme' and their spellings.",
        match=Phrases(
            any_of=(
                "{quiero} morir/morirme", "me {quiero} morir", "me quisiera morir",
                "me {quiero} matar", "{quiero} matarme", "me voy a matar", "voy a matarme",
                "pienso en matarme", "pensando en matarme", "mejor me mato", "ya me mato",
                "hoy me mato", "yo me mato", "me mato hoy/ya/esta", "matarme {stop}",
                "mejor matarme", "sería mejor matarme", "suicidarme", "suicidarse",
                "me suicido", "me voy a suicidar", "me quiero suicidar", "suicidio",
                "pensamientos suicidas", "ideas suicidas", "ideación suicida", "soy suicida",
                "quitarme la vida", "acabar con mi vida", "terminar con mi vida",
                "acabar con todo", "terminar con todo", "acabar con esto ya",
                "ojalá estuviera muerto/muerta", "ojalá me muriera", "ojalá morirme",
                "prefiero estar muerto/muerta", "mejor estar muerto/muerta",
                "mejor sería morir/morirme", "mejor si me muriera/muero/fuera",
                "mejor muerto/muerta",
                "no aguanto más la vida", "no aguanto la vida", "no aguanto más vivir",
                "sería mejor morir/morirme", "mejor morirme", "lo mejor es morirme",
                "me {quiero} tirar por/de/desde/a la/el/un/una? {es_high_place}",
                "me voy a tirar por/de/desde/a la/el/un/una? {es_high_place}",
                "{quiero} tirarme por/de/desde/a la/el/un/una? {es_high_place}",
                "me {quiero} tirar del/al {es_high_place}", "me voy a tirar del/al {es_high_place}",
                "{quiero} tirarme del/al {es_high_place}",
                "acumulando/juntando/escondiendo pastillas/medicamentos/pastis",
                "he acumulado/juntado/escondido pastillas/medicamentos/pastis",
                "{quiero} que todo se acabe/termine", "que todo se acabe para siempre",
                "no merezco vivir", "no merezco estar vivo/viva",
                "tirarme de/del/desde/por el/la/un/una? puente/edificio/balcón/ventana/azotea",
                "tirarme de/del/desde/por el/la/un/una? acantilado/tejado/techo",
                "tirarme al tren/metro/río/vacío", "tirarme a las vías",
                "tirarme debajo/delante de un/una/el tren/metro/coche/camión",
                "tirarme debajo/delante del tren/metro/coche/camión",
                "ahorcarme", "cortarme las venas", "tomarme todas las pastillas",
                "tomar todas mis pastillas", "tomarme todas mis pastillas", "sobredosis",
                "tomé/tragué un puñado/montón de pastillas/medicamentos",
                "tomado/tragado un puñado/montón de pastillas/medicamentos",
                "tomé/tragué muchas/demasiadas pastillas", "tomé/tragué todas las pastillas",
                "tomado/tragado muchas/demasiadas pastillas",
                "tomado/tragado todas las pastillas",
                "tomé/tragué el bote/frasco/blíster/blister de pastillas",
                "juntando/acumulando pastillas", "he ido guardando pastillas",
                "morir de una vez",
            ),
            unless_followed_by=(
                *_DIE_IDIOM, "a trabajar", "trabajando", "estudiando", "a estudiar",
                "de hambre", "el/la/lo/los/las/este/esta/esto/estos/estas/mi/tu/su",
                "prevención", "prevencion",
                # The day's tablets, taken as prescribed.
                "del día", "de hoy", "de la mañana/noche/tarde", "a su hora",
                "con el desayuno", "con la comida/cena",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="es_not_want_to_live",
        kind="suicide",
        why="Not wanting to live, wake up or be here; 'better without me'.",
        match=Phrases(
            any_of=(
                "no {quiero} vivir", "no {quiero} seguir viviendo", "no {quiero} seguir vivo/viva",
                "no {quiero} seguir aquí/vivo/viva", "no {quiero} seguir en este mundo",
                "no {quiero} estar vivo/viva",
                "ya no {quiero} estar aquí/aca", "no {quiero} existir",
                "no {quiero} despertar/despertarme",
                "ojalá no despertara/despertase/despertar/despertarme", "y no despertar",
                "{quiero} no despertar/despertarme", "{quiero} no vivir", "{quiero} no existir",
                "dormir/dormirme para siempre", "no volver a despertar",
                "desaparecer para siempre", "desaparecer del mundo", "no le? veo sentido a vivir",
                "no le? veo sentido a la vida", "no le? veo sentido a seguir",
                "harta/harto/cansada/cansado de vivir", "harta/harto/cansada/cansado de la vida",
                "no tengo razones/motivos para vivir", "no tengo por qué vivir",
                "no vale la pena vivir", "la vida no vale la pena",
                "estarían/estaría/serían/sería/vivirían/estarán/serán/estarian mejor sin mí",
                "todos mejor sin mí", "mejor sin mí {es_end}", "mejor si yo no estuviera",
                "mejor si me muero", "si yo desapareciera", "nadie me echaría de menos",
                "no tiene sentido vivir", "no tiene sentido seguir viviendo",
                "ojalá no existiera {es_end}", "ojalá yo no existiera", "ojalá no hubiera nacido",
                "ojalá nunca hubiera nacido",
                "{quiero} que todo termine/acabe {es_end}",
                "mejor no despertar/despertarme", "no despertar nunca más",
                "nadie notaría/notaria si me muero/muriera/muero",
                "nadie se daría/daria cuenta si me muero/muriera/desapareciera",
                "pensando en saltar/tirarme del/desde el? puente/edificio/balcón/acantilado",
                "en el puente/edificio/balcón/acantilado pensando en saltar/tirarme",
                "en la azotea pensando en saltar/tirarme",
            ),
            unless_followed_by=(
                "temprano", "pronto", "tan temprano", "a las", "antes", "en esta/este/esa/ese",
                "con mis/mi/el/la", "en casa de", "así de pronto",
                "con este/esta/ese/esa/esto/eso/estos/estas/los/las/un/una/tanto/tanta",
                "así de", "con tanto/tanta/tantos/tantas", *_DIE_IDIOM,
                "a los/las/la/el/mi/mis/tu/tus/su/sus/nadie", "al",
                "a la piscina", "al agua/mar", "en paracaídas", "a la comba",
            ),
        ),
    ),
    Rule(
        name="es_burden_and_goodbye",
        kind="suicide",
        why="As in English: being a burden to everyone, giving up on life, wanting the pain "
        "to stop, and goodbyes or a 'last message'. A burden to the team at work is the "
        "everyday perfectionist fear and is left to the flows.",
        match=Phrases(
            any_of=(
                "nadie me va a extrañar {es_end}", "nadie me va a echar de menos {es_end}",
                "nadie me extrañaría {es_end}", "nadie me va a extrañar cuando me muera/vaya/falte",
                "nadie me va a echar de menos cuando me muera/vaya/falte",
                "me rendí/rindo con la vida", "me he rendido con la vida",
                "rendirme con la vida", "solo soy una carga", "no soy más que una carga",
                "soy una carga {es_end}", "soy una carga para todos/ustedes/vosotros",
                "soy una carga para todo el mundo", "soy una carga para los demás",
                "soy una carga para mi familia/pareja", "soy una carga para mis padres/hijos",
                "soy un estorbo para todos", "soy un estorbo {es_end}",
                "solo {quiero} que el/este dolor pare/termine/acabe/desaparezca",
                "solo {quiero} que el/este dolor se acabe/termine/vaya",
                "{quiero} que el/este dolor se acabe/termine para siempre",
                "cartas/carta/notas/nota/mensajes de despedida", "esto es una despedida",
                "esta es mi despedida", "adiós/adios para siempre", "me despido para siempre",
                "me despido de todos/ustedes/vosotros para siempre",
                "este es mi último mensaje {stop}",
            ),
            unless_followed_by=(
                "para/a mi/mis/la/el/nuestra/nuestro/nuestros compañera/compañero/compañeros",
                "para/a mi/mis/la/el/nuestra/nuestro/nuestros jefe/jefa/equipo/clase",
                "para/a mi/mis/la/el/nuestra/nuestro/nuestros profesora/profesor/vecina",
                "para/a mi/mis/la/el/nuestra/nuestro/nuestros vecino/vecinos",
                "del trabajo", "de trabajo", "de la/mi oficina", "por la jubilación",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
    Rule(
        name="es_want_to_disappear",
        kind="suicide",
        why="'Quiero desaparecer' said plainly, as in English; where from, where to and how "
        "long make it a wish for a break ('del mundo' is caught above).",
        match=Phrases(
            any_of=(
                "{quiero} {adv}? desaparecer", "{quiero} irme para siempre",
                "me {quiero} ir para siempre",
            ),
            unless_followed_by=(
                "de", "del", "un rato", "por un rato", "unos días/minutos", "un tiempo", "bajo",
                "debajo", "cuando", "en", "hoy", "esta tarde/noche", "este fin de semana",
                "el fin de semana", "a la/el/mi", "con", "hasta",
            ),
            unless_preceded_by=("no",),
        ),
    ),
    Rule(
        name="es_means_question",
        kind="suicide",
        why="Heights, ropes and weapons asked about next to distress (same idea as English).",
        match=Phrases(
            any_of=(
                "puente/edificio/balcón/acantilado/azotea/torre más alto/alta/altos/altas",
                "puentes/edificios/acantilados/azoteas/torres más altos/altas",
                "comprar una/un? cuerda/soga/pistola/arma/veneno/cuchillas",
                "conseguir una/un? cuerda/soga/pistola/arma/veneno",
                "cuántas pastillas", "qué altura hace falta", "cuánta altura",
            ),
        ),
        context=Phrases(any_of=("{distress}",)),
        benign=Phrases(any_of=("{benign_purpose}",)),
    ),
    Rule(
        name="es_self_harm",
        kind="self_harm",
        why="Cutting, burning or hurting oneself; haircuts and kitchen cuts are not.",
        match=Phrases(
            any_of=(
                "me corto", "me corté", "cortarme", "cortándome", "me estoy cortando",
                "hacerme daño", "me hago daño", "me hice daño a propósito",
                "lastimarme", "me lastimo", "autolesión", "autolesiones", "autolesionarme",
                "me autolesiono", "autolesionándome", "autolesionar", "autolesionarse",
                "me hago cortes", "hacerme cortes", "me hice cortes", "haciéndome daño",
                "me estoy haciendo daño", "me quemé/quemo a propósito",
                "me quemé con el/un mechero/encendedor/cigarro/cigarrillo",
                "cortes en los/las brazos/piernas/muñecas/muslos",
                "me quemo con cigarros/cigarrillos",
                "me quemo con un/el cigarro/mechero/encendedor/cigarrillo",
                "quemarme a propósito", "me golpeo a propósito",
                "me golpeo contra la pared", "me doy golpes",
                "me pego/pegué/golpeo/golpeé a mí misma/mismo",
                "me rasguño/rasguñé/araño/arañé hasta sangrar",
                "me rasguño/rasguñé/araño/arañé hasta hacerme sangre",
                "he vuelto a hacerme daño", "me he vuelto a hacer daño",
                "volví a hacerme daño", "me volví a hacer daño",
            ),
            unless_followed_by=(
                "el/los/las/la pelo/cabello/uñas/flequillo/barba/puntas/coleta/melena",
                "el pelo", "las uñas", "con un/el papel", "cocinando", "sin querer", "al",
                "afeitándome", "afeitandome", "con el/un cuchillo", "la espalda",
                "haciendo la cena/comida", "con una lata", "con un cristal/vidrio",
                "el tobillo", "la rodilla", "jugando", "en el gimnasio", "corriendo",
                "pelando", "picando", "a la hora de", "un poco el pelo", "el rollo",
                "de raíz", "por lo sano", "la luz", "el internet",
                "en la rodilla/espalda/pierna/mano/cabeza/cadera/rodillas/piernas/manos",
                "en el tobillo/pie/hombro/cuello/dedo/codo/gimnasio/trabajo/partido",
            ),
            unless_preceded_by=(*_NEG, "se", "peluquero", "peluquera", "me va a"),
        ),
    ),
    Rule(
        name="es_abuse",
        kind="abuse",
        why="Violence, threats, fear and control at home, in Spanish.",
        match=Phrases(
            any_of=(
                "me pega/pegó/pegaba/golpea/golpeó/golpeaba/empuja/empujó/empujaba",
                "me ahorca/ahorcó/estrangula/estranguló/maltrata/maltrató/maltrataba",
                "me viola/violó/abusa/abusó/abusaba/patea/pateó/abofetea/abofeteó",
                "me da/dio/daba golpes/palizas/bofetadas", "me da/dio/daba una paliza/bofetada",
                "tengo miedo de/a mi {es_family}", "me da miedo mi {es_family}",
                "me da miedo volver/ir/llegar a casa", "miedo de volver/ir/llegar a casa",
                "miedo a volver/ir/llegar a casa", "me amenaza/amenazó/amenazaba con matarme",
                "me amenaza/amenazó/amenazaba con pegarme/quitarme",
                "me amenaza/amenazó/amenazaba con hacerme daño",
                "amenazó con matarme", "amenaza con matarme",
                "me controla el móvil/celular/teléfono/dinero/sueldo",
                "me controla todo", "me controla con quién", "me controla los mensajes",
                "no me deja/dejan salir/trabajar/tener/ver/hablar/usar",
                "me quita/quitó el móvil/celular/teléfono/dinero/sueldo",
                "me encierra/encerró", "violencia doméstica", "violencia de género",
                "maltrato en casa", "relación abusiva", "me está maltratando",
                "me tiene controlada/controlado",
            ),
            unless_followed_by=(
                "un susto", "un grito", "un atracón", "un madrugón", "un baño", "un paseo",
                "un resfriado", "la gripe", "el resfriado", "el covid", "la canción",
                "el arroz", "la risa", "mucho el sol", "fuerte el sol", "con la tarea",
                "la bronca", "una patada jugando", "un golpe jugando", "un balonazo",
                "sin querer",
                "su resfriado/gripe/catarro/covid/virus/tos", "el catarro",
                "un balonazo jugando", "jugando",
                "con los deberes", "las faltas", "la ortografía",
            ),
            unless_preceded_by=("se", "sol", "canción"),
        ),
    ),
    Rule(
        name="es_threat_near_family",
        kind="abuse",
        why="'Me amenaza' from someone at home (a boss's threat is not this screen's job).",
        match=Phrases(
            any_of=("me amenaza/amenazó/amenazaba/amenazan",),
            unless_followed_by=("con no", "con castigarme", "con quitarme el móvil/la paga"),
        ),
        context=Phrases(any_of=("mi {es_family}", "mis padres")),
        near=8,
    ),
    Rule(
        name="es_fear_of_harm",
        kind="abuse",
        why="'Miedo de que mi novio me haga daño': fear of harm from someone at home.",
        match=Phrases(any_of=("me haga daño", "me pegue", "me mate", "me vuelva a pegar")),
        context=Phrases(any_of=("mi {es_family}", "mis padres", "miedo")),
        near=6,
    ),
    Rule(
        name="es_eating",
        kind="eating",
        why="Purging and starving in Spanish; 'me muero de hambre' means hungry.",
        match=Phrases(
            any_of=(
                "vomito después de comer/cenar/almorzar/desayunar",
                "vomito después de cada comida", "vomito después de todas las comidas",
                "solo me dejo comer si", "solo me permito comer si",
                "tengo que ganarme la comida",
                "vomitar después de comer/cenar", "me provoco el vómito",
                "provocarme el vómito", "me hago vomitar", "me obligo a vomitar",
                "vomitar a propósito", "vomito a propósito", "días sin comer a propósito",
                "llevo {es_number}? días sin comer",
                "no he comido nada? en {es_number}? días",
                "no he comido nada? desde hace {es_number}? días",
                "llevo una/dos/tres semana/semanas sin comer", "una semana sin comer",
                "no como nada desde hace {es_number} días",
                "no como nada en/desde {es_number} días",
                "dejo/dejé de comer a propósito", "dejo/dejé de comer para adelgazar/castigarme",
                "no como para castigarme/adelgazar", "no como nada para",
                "me estoy matando de hambre", "matarme de hambre", "matándome de hambre",
                "laxantes para no engordar/adelgazar/bajar", "tomo laxantes",
                "vomito/vomitar todo lo que como", "vomitar lo que como", "vomito a escondidas",
                "vomito en secreto",
                "atracón y vomito", "atracones y vómitos", "no merezco comer",
                "me da miedo comer", "me castigo sin comer", "trastorno alimentario",
                "trastorno de la conducta alimentaria",
            ),
            unless_followed_by=(
                # Vomiting from an illness or a treatment.
                "desde que tengo/tuve/estoy/empecé", "por la/el/culpa",
                "porque estoy/tengo", "con la quimio/quimioterapia",
            ),
            unless_preceded_by=_NEG,
        ),
    ),
)
# fmt: on
