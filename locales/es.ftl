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

storage-kind-plan = plan de sesión
storage-kind-template = plantilla de informe
storage-kind-session = archivo de sesión
storage-no-such-file = { $path }: no existe el archivo
storage-permission-denied = { $path }: permiso denegado; compruebe el propietario y los permisos del archivo
storage-not-utf8 = { $path }: el archivo no es texto UTF-8 ({ $error })
storage-cannot-read = { $path }: no se puede leer: { $error }
storage-empty = { $path }: el archivo está vacío. Se dejó como estaba; si es un archivo de sesión, su copia de seguridad { $path }.bak puede contener la última copia buena
storage-syntax = { $path }:{ $line }:{ $column }: JSON no válido: { $problem }. El archivo se dejó como estaba
storage-no-format = { $path }: no es un archivo de breakout: no tiene campo "format" (se esperaba "breakout-plan", "breakout-template" o "breakout-session")
storage-not-breakout = { $path }: no es un archivo de breakout: "format" es { $found } (se esperaba "breakout-plan", "breakout-template" o "breakout-session")
storage-wrong-kind = { $path }: el tipo de archivo es «{ $found }», no «{ $expected }»
storage-wrong-kind-plan = { $path }: el tipo de archivo es «{ $found }», no «{ $expected }». Para empezar una sesión nueva a partir de este plan, ejecute: breakout --plan { $command }
storage-wrong-kind-session = { $path }: el tipo de archivo es «{ $found }», no «{ $expected }». Para abrir esta sesión, ejecute: breakout { $command }
storage-wrong-kind-template = { $path }: el tipo de archivo es «{ $found }», no «{ $expected }». Una plantilla de informe se usa a través de un plan que la nombra en su campo "template"
storage-newer = { $path }: { $kind } con la versión de formato { $found }, escrita por un breakout más reciente; este lee hasta la versión { $supported }. Actualice breakout para abrirlo. El archivo se dejó como estaba
storage-schema = { $path }:{ $line }:{ $column }: { $field }: { $problem }
storage-invalid = { $path }: { $kind } con { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
storage-template-not-found = { $path }: el plan usa la plantilla de informe { $id }, que no está incorporada y no se encontró en
storage-syntax-key = se esperaba un nombre de campo entre comillas dobles: ¿hay una coma antes de una {"}"} de cierre, o un nombre entre comillas simples?
storage-syntax-trailing-comma = una coma antes de un ] o {"}"} de cierre: quítela
storage-syntax-missing-comma = { $message } (¿falta una coma justo antes?)
storage-syntax-control = un salto de línea o carácter de control entre comillas: escriba un salto de línea como \n
storage-syntax-escape = un escape desconocido tras una barra invertida: escriba una barra invertida como \\
storage-expected-found = se esperaba { $expected }, se encontró { $found }
storage-expected-list = se esperaba { $expected }, se encontró una lista ([…]) de { $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }
storage-bad-time = fecha u hora no válida ({ $message }); escriba una fecha como "2016-12-08" y una fecha y hora como "2016-12-08T09:30:00Z"
storage-bad-unicode = el texto no es UTF-8 válido; guarde el archivo como UTF-8
storage-json-text = texto entre comillas
storage-json-list = una lista ([…])
storage-json-object = un objeto ({"{"}…{"}"})
storage-json-boolean = true o false
storage-json-integer = un número entero
storage-json-count = un número entero, 0 o más
storage-json-uuid = un id entre comillas (un UUID)
storage-json-time = una fecha y hora entre comillas, como "2016-12-08T09:30:00Z"
storage-found-number = el número { $number }
storage-found-text = el texto { $text }
storage-utf16 = el archivo está guardado en UTF-16; guárdelo en UTF-8
storage-top-level = (nivel superior)
storage-cut-short = el archivo termina demasiado pronto (puede que esté cortado)
storage-disk-full = { $path }: el disco está lleno; libere espacio (las notas están a salvo en memoria y se guardarán en cuanto haya sitio)
storage-save-read-only = { $path }: no se puede escribir en esta carpeta ({ $error }); las notas están a salvo en memoria: guárdelas en otra carpeta
storage-save-failed = { $path }: no se pudo guardar: { $error }
storage-encode = no se pudo codificar la sesión: { $error }
storage-session-read-only = { $path }: abierto en solo lectura, así que los cambios no se guardan aquí
storage-in-use = { $path }: esta sesión ya está abierta en otro breakout. Ciérrela allí, o abra esta en solo lectura
storage-in-use-by = { $path }: esta sesión ya está abierta en otro breakout ({ $holder }). Ciérrela allí, o abra esta en solo lectura
storage-lock-failed = { $path }: no se puede bloquear la sesión: { $error }
storage-no-folder = { $path }: la carpeta no existe; créela primero o elija otra ruta
storage-create-failed = { $path }: no se pudo crear el archivo de sesión: { $error }
storage-autosave-not-started = no se pudo iniciar el guardado automático
storage-autosave-stopped = el guardado automático se ha detenido
storage-incomplete = no es un archivo de sesión de breakout completo (¿se está copiando todavía?)
storage-built-in = incorporado

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

# In the template's language: the words a report adds itself.
export-none-chosen = Aún no se ha elegido nada para el informe.
export-nothing-captured = No se capturó nada.
export-none-captured = Ninguna entrada capturada.
# A recommendation's table of origin: "From Asia Group".
export-from = Procedencia: { $origin }
# In the interface's language.
export-over-limit = { $count } { $what }: el formulario permite { $limit }
export-over-limit-under = { $count } { $what } bajo { $under }: el formulario permite { $limit }
export-layout-error-line = diseño, línea { $line }: { $error }
export-layout-error = diseño: { $error }
export-docx-failed = no se pudo generar el documento Word: { $error }
export-encode = no se pudo codificar la sesión: { $error }

# end of export

## tui

# end of tui

## plain

# end of plain
