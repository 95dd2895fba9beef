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

# Generic: a file and what is said about it.
cli-path-says = { $path }: { $text }
cli-valid = { $path }: válido, { $summary }
cli-plan-title = { $event }, sesión { $number }: { $title }
cli-describe-plan = plan de sesión { $id } ({ $title }): { $tables ->
        [one] { $tables } mesa
       *[other] { $tables } mesas
    }, { $questions ->
        [one] { $questions } pregunta guía
       *[other] { $questions } preguntas guía
    }, { $phases ->
        [one] { $phases } fase de la agenda
       *[other] { $phases } fases de la agenda
    } ({ $minutes } min); plantilla de informe { $template } ({ $source })
cli-describe-template = plantilla de informe { $id } ({ $title }): { $fields ->
        [one] { $fields } campo de encabezado
       *[other] { $fields } campos de encabezado
    }, { $sections ->
        [one] { $sections } sección
       *[other] { $sections } secciones
    }, { $slots ->
        [one] { $slots } apartado
       *[other] { $slots } apartados
    }
cli-describe-session = archivo de sesión del plan { $id } ({ $title }): { $items ->
        [one] { $items } entrada
       *[other] { $items } entradas
    }{ $deleted ->
        [0] {""}
        [one] {" "}({ $deleted } borrada)
       *[other] {" "}({ $deleted } borradas)
    }, último cambio { $changed }
cli-layout-unreadable = { $path }: no se puede leer el diseño: { $error }
cli-layout-wrong-format = --layout solo se aplica a --format md y txt
cli-export-failed = { $path }: { $error }; no se escribió nada
cli-export-same-file = { $path }: es el propio archivo de sesión; elija otra salida
cli-wrote = Escrito { $path }
cli-stdout-failed = no se pudo escribir en la salida estándar: { $error }
cli-export-note = nota: { $warning } (decide el relator; se incluye todo lo capturado)
cli-export-language = nota: la plantilla pide el idioma { $code }, para el que breakout no tiene catálogo; las palabras propias del informe están en inglés (idiomas disponibles: { $available })
cli-export-disk-full = { $path }: el disco está lleno; no se escribió nada
cli-export-read-only = { $path }: no se puede escribir en esta carpeta (solo lectura, o no es suya); no se escribió nada
cli-export-no-folder = { $path }: la carpeta no existe; no se escribió nada
cli-export-io = { $path }: no se pudo escribir ({ $error }); no se escribió nada
cli-plans-builtin = Planes incorporados (úselos con --plan ID):
cli-plans-builtin-templates = Plantillas de informe incorporadas:
cli-plans-error = error: { $error }
cli-plans-none = No hay planes ni plantillas en { $dir }.
cli-plans-in = En { $dir } (use un plan con --plan RUTA):
cli-plans-plan = { $path }  plan { $id }: { $title }
cli-plans-template = { $path }  plantilla { $id }: { $title }
cli-plans-not-valid = { $path }  NO VÁLIDO: { $error }
cli-read-only-needs-file = --read-only necesita el ARCHIVO que abrir
cli-read-only-flag = abierto con --read-only; no se guarda nada
cli-read-only-in-use = abierto en otro breakout
cli-read-only-in-use-by = abierto en otro breakout ({ $holder })
cli-read-only-folder = no se puede escribir en la carpeta
cli-read-only-why = Solo lectura: { $why }
cli-no-such-table = el plan no tiene la mesa { $table }; sus mesas son: { $tables }
cli-watch-not-folder = { $path }: no es una carpeta; --watch necesita la carpeta a la que llegan los archivos de las mesas
cli-created = Creado { $path } a partir del plan indicado ({ $title }).
cli-created-default = Creado { $path } a partir del plan incorporado por defecto ({ $title }).
cli-temps-removed = { $count ->
        [one] Se eliminó { $count } archivo temporal dejado por un guardado interrumpido.
       *[other] Se eliminaron { $count } archivos temporales dejados por un guardado interrumpido.
    }
cli-not-a-terminal = No es un terminal: ejecute breakout en un terminal para usar la pantalla en directo.
cli-terminal-failed = el terminal falló: { $error }
cli-closed-read-only = Cerrado { $path } (solo lectura: no se guardó nada).
cli-saved = Guardado { $path } ({ $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }).
cli-no-data-folder = no se encuentra su carpeta de datos (¿está definido HOME?); indique en su lugar el ARCHIVO de sesión que abrir
cli-cannot-create-folder = { $path }: no se puede crear la carpeta: { $error }
cli-too-many-files = { $path }: demasiados archivos de sesión en este minuto
cli-merge-nothing = nada que fusionar
cli-merge-in-use = { $path }: en uso por otro breakout; no se fusionó nada. Ciérrelo allí y vuelva a fusionar, o importe los archivos en ese breakout (I)
cli-merge-in-use-by = { $path }: en uso por otro breakout ({ $holder }); no se fusionó nada. Ciérrelo allí y vuelva a fusionar, o importe los archivos en ese breakout (I)
cli-merge-not-valid = la sesión fusionada no es válida: { $problem }
cli-merged = { $files ->
        [one] Fusionado { $files } archivo
       *[other] Fusionados { $files } archivos
    } en { $path }: { $summary }. Ahora contiene { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }.

# --help. Headings are followed by a colon that clap adds.
cli-help-usage = Uso:
cli-help-heading-arguments = Argumentos
cli-help-heading-options = Opciones
cli-help-heading-commands = Comandos
cli-help-command-name = COMANDO
cli-help-arg-help = Mostrar la ayuda
cli-help-arg-help-more = Mostrar la ayuda (más detalles con '--help')
cli-help-arg-help-summary = Mostrar la ayuda (resumen con '-h')
cli-help-arg-version = Mostrar la versión
cli-help-arg-lang = Idioma de la interfaz (en, fr, es, …); si no, según LC_ALL, LC_MESSAGES, LANG o la configuración del sistema
cli-help-about = Llevar una sesión de grupo en directo y redactar su informe de relatoría, sin conexión.
cli-help-long-about =
    Llevar una sesión de grupo en directo y redactar su informe de relatoría, sin conexión.

    Con ARCHIVO, abre ese archivo de sesión y lo crea a partir del plan si no existe. Sin ARCHIVO, crea un nuevo archivo de sesión con fecha en su carpeta de datos e indica dónde.
cli-help-arg-file = Archivo de sesión que abrir (se crea a partir del plan si no existe)
cli-help-arg-plan = Plan para una sesión nueva: un archivo de plan, o el id de un plan incorporado (vea `breakout plans`)
cli-help-arg-read_only = Abrir sin tomar el bloqueo de la sesión; no se guarda nada
cli-help-arg-table = Este portátil captura una sola mesa: las entradas nuevas se marcan con ella y la pantalla empieza por ella (un id de mesa del plan, p. ej. `asia`)
cli-help-arg-watch = Fusionar los archivos de las mesas en cuanto aparecen o cambian en esta carpeta (una carpeta compartida o sincronizada, o una memoria USB)
cli-help-validate-about = Comprobar un plan, una plantilla de informe o un archivo de sesión; muestra un resumen, o cada problema
cli-help-validate-arg-file = El archivo que comprobar
cli-help-export-about = Escribir una sesión en otro formato
cli-help-export-arg-file = El archivo de sesión
cli-help-export-arg-format = Formato de salida: md (el informe en Markdown), txt (el informe en texto plano, con la disposición del formulario), docx (el informe como documento Word) o json (el propio archivo de sesión)
cli-help-export-arg-output = Dónde escribir. Si se omite, los formatos de texto van a la salida estándar; un documento Word va junto al archivo de sesión
cli-help-export-arg-layout = Un diseño minijinja que usar en lugar del incorporado (md y txt)
cli-help-merge-about = Fusionar en uno los archivos de sesión de varios portátiles, sin duplicados ni pérdidas
cli-help-merge-arg-files = Archivos de sesión que fusionar (archivos de los portátiles de las mesas, fusiones anteriores, …)
cli-help-merge-arg-output = El archivo de sesión fusionado; si existe, también se fusiona, nunca se sobrescribe
cli-help-schema-about = Mostrar el esquema JSON de un tipo de archivo, para comprobar planes y plantillas en un editor
cli-help-schema-arg-kind = Qué tipo de archivo: plan, template (plantilla) o session (sesión)
cli-help-plans-about = Listar los planes y plantillas incorporados, y los que haya en una carpeta
cli-help-plans-arg-dir = Carpeta en la que buscar (y en sus subcarpetas directas); sessions por defecto
cli-help-help-about = Mostrar este mensaje o la ayuda de los subcomandos indicados

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
