# breakout — Español.
# Every message of locales/en.ftl, with the same ids and arguments. Sections follow the
# code's modules; keep each message in its section.

## language

language-name = Español
language-from-flag = --lang { $value }
language-from-env = { $var }={ $value }
language-from-system = configuración del sistema, { $value }
language-from-default = no se pidió ningún idioma
language-chosen = { $name } ({ $from })
language-missing = { $name } ({ $from } pide { $tag }, que aún no tiene catálogo)

# A count of entries (plural rules by language).
entries-count =
    { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }

## cli

# end of cli

## storage

# end of storage

## model

model-empty = no debe estar vacío
model-bad-id = el id { $id } debe tener de 1 a 64 caracteres entre minúsculas, dígitos, '-', '_' o '.'
model-plan-id = el id de plan { $id } debe tener de 1 a 64 caracteres entre minúsculas, dígitos, '-', '_' o '.'
model-template-id = el id de plantilla { $id } debe tener de 1 a 64 caracteres entre minúsculas, dígitos, '-', '_' o '.'
model-duplicate-id = id { $id } duplicado
model-version-zero = debe ser al menos 1
model-version-newer = la versión { $found } la escribió un breakout más reciente; este lee hasta la versión { $supported }. Actualice breakout para abrirlo
model-event-ends-before = el evento termina antes de empezar
model-no-questions = un plan necesita al menos una pregunta guía
model-no-tables = un plan necesita al menos una mesa
model-minutes = debe estar entre 1 y 1440 minutos
model-no-table-id = no hay ninguna mesa con id { $id } en "tables"
model-no-sections = una plantilla necesita al menos una sección
model-no-slots = una sección necesita al menos un apartado
model-duplicate-slot = id de apartado { $id } duplicado (también en { $first })
model-key-one-char = debe ser un solo carácter visible
model-key-used = la tecla { $key } ya la usa { $first }
model-limit = debe ser al menos 1 (omítalo para no poner límite)
model-no-slot-id = no hay ningún apartado con id { $id }
model-slot-under-itself = un apartado no puede depender de sí mismo
model-nested-too-deep = el apartado { $id } depende a su vez de otro apartado; solo se permite un nivel de anidamiento
model-pick-nested = las entradas que cuelgan de otra entrada van al informe con ella; "pick" solo vale para apartados de primer nivel
model-bad-language = { $code } no es un código de idioma; escriba uno como "en", "fr" o "es-MX"
model-discussion-point = Punto de debate
model-template-mismatch = el plan usa la plantilla { $plan } pero la sesión contiene { $session }
model-no-phase = el plan no tiene la fase de agenda número { $number }
model-no-header-field-here = la plantilla no tiene ese campo de encabezado
model-not-picked-slot = las entradas de este apartado no se seleccionan
model-no-slot-here = la plantilla no tiene ese apartado
model-no-slot = la plantilla de informe no tiene el apartado { $id }
model-no-table = el plan no tiene la mesa { $id }
model-no-question = el plan no tiene la pregunta guía { $id }
model-no-entry = no hay ninguna entrada con id { $id }
model-parent-required = las entradas «{ $child }» van bajo una entrada «{ $parent }»: elija primero esa entrada
model-no-parent-allowed = las entradas «{ $child }» no van bajo otra entrada
model-wrong-parent = las entradas «{ $child }» van bajo una entrada «{ $parent }», y esa entrada no lo es
model-no-field = las entradas «{ $slot }» no tienen el campo { $field }
model-no-attribution = solo las entradas de un apartado con regla de atribución registran a quien habla
model-no-header-field = la plantilla de informe no tiene el campo de encabezado { $id }
model-has-children = Hay entradas que cuelgan de esta: muévalas o bórrelas primero
model-not-picked = la entrada { $id } no es de un tipo que el relator seleccione para el informe
model-merge-different-plans = estas sesiones vienen de planes distintos ({ $ours } y { $theirs }); solo se pueden fusionar sesiones del mismo plan
model-merge-plan-changed = las dos sesiones usan el plan { $id }, pero su contenido difiere entre ellas (¿se editó el plan en un portátil?); empiece las sesiones desde el mismo archivo de plan para fusionarlas
model-merge-template-changed = las dos sesiones usan la plantilla de informe { $id }, pero su contenido difiere entre ellas; empiece las sesiones desde la misma plantilla para fusionarlas
model-merge-report = { $new ->
        [one] { $new } nueva
       *[other] { $new } nuevas
    }, { $updated ->
        [one] { $updated } actualizada
       *[other] { $updated } actualizadas
    }, { $deleted ->
        [one] { $deleted } borrada
       *[other] { $deleted } borradas
    }{ $conflicts ->
        [0] {""}
        [one] , { $conflicts } cambiada en ambos lados (se guardó la más reciente)
       *[other] , { $conflicts } cambiadas en ambos lados (se guardó la más reciente)
    }{ $other ->
        [0] {""}
        [one] , { $other } cambio de encabezado, selección o temporizador
       *[other] , { $other } cambios de encabezado, selección o temporizador
    }, { $unchanged } ya al día
# Event dates in a report header: "2016-12-08 to 2016-12-10".
model-dates = del { $start } al { $end }

# end of model

## export

# end of export

## tui

# end of tui

## plain

# end of plain
