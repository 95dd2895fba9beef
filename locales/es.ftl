# breakout — Español.
# Every message of locales/en.ftl, with the same ids and arguments. Sections follow the
# code's modules; keep each message in its section.

## language

language-name = Español
language-from-flag = --lang { $value }
language-from-config = { $file }
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
cli-export-note = nota: { $warning } (se incluyen todos; el relator deja fuera los que sobren en la vista del informe)
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
cli-no-such-table = el plan no tiene la mesa { $table }; sus mesas son: { $tables }
cli-watch-not-folder = { $path }: no es una carpeta; --watch necesita la carpeta a la que llegan los archivos de las mesas
cli-created = Creado { $path } a partir del plan indicado ({ $title }).
cli-created-default = Creado { $path } a partir del plan incorporado por defecto ({ $title }).
cli-temps-removed = { $count ->
        [one] Se eliminó { $count } archivo temporal dejado por un guardado interrumpido.
       *[other] Se eliminaron { $count } archivos temporales dejados por un guardado interrumpido.
    }
cli-plain-failed = el modo texto no pudo iniciarse: { $error }
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

# --help. Headings are followed by a colon that clap adds (French ends them with a space:
# « Options : »).
cli-help-usage = Uso:
cli-help-heading-arguments = Argumentos
cli-help-heading-options = Opciones
cli-help-heading-commands = Comandos
cli-help-command-name = COMANDO
# Names of values in --help and in its usage line: <FILE>, [OPTIONS].
cli-help-value-options = OPCIONES
cli-help-value-file = ARCHIVO
cli-help-value-files = ARCHIVOS
cli-help-value-plan = PLAN
cli-help-value-id = ID
cli-help-value-dir = CARPETA
cli-help-value-code = CÓDIGO
cli-help-value-theme = TEMA
cli-help-value-format = FORMATO
cli-help-value-out = SALIDA
cli-help-value-kind = TIPO
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
cli-help-arg-plain = Modo texto para lectores de pantalla y líneas braille: una línea cada vez, sin pantalla completa (también cuando TERM=dumb o la entrada no es un terminal)
cli-help-arg-theme = Aspecto de la pantalla: default, o high-contrast (blanco sobre negro, negrita y subrayado en lugar de colores); NO_COLOR se respeta en ambos
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

cli-help-arg-projector = Abrir ARCHIVO en solo lectura en la vista de proyector, para una segunda ventana en la pared: sigue el archivo a medida que otro breakout lo guarda
cli-read-only-projector = una ventana de proyector: sigue el archivo y no guarda nada
cli-help-arg-config = El archivo de configuración que leer en lugar de config.toml en su carpeta de configuración (también BREAKOUT_CONFIG)
cli-help-config-about = Mostrar dónde está el archivo de configuración, o un archivo de configuración completo predeterminado
cli-help-config-arg-default = Mostrar un archivo de configuración completo y comentado: cada ajuste en su valor predeterminado, cada comando con sus teclas
cli-config-exists = { $path }
cli-config-missing = { $path } (no existe: cada ajuste está en su valor predeterminado; `breakout config --default` muestra un archivo para empezar)
cli-config-no-folder = Este sistema no tiene carpeta de configuración: indique un archivo con --config ARCHIVO o BREAKOUT_CONFIG.
cli-not-a-session = { $name } no es un comando de breakout, y no hay ningún archivo con ese nombre; el nombre de un archivo de sesión nuevo debe terminar en .json (como { $example }). No se ha creado nada.
cli-did-you-mean = ¿quería decir «{ $command }»?
cli-try-help = Para los comandos y opciones, pruebe 'breakout --help'.
cli-help-completions-about = Mostrar un script de autocompletado para un shell (bash, zsh, fish, powershell, elvish)
cli-help-completions-arg-shell = El shell: bash, zsh, fish, powershell o elvish
cli-help-value-shell = SHELL
cli-help-man-about = Mostrar la página de manual (roff), para man -l - o una carpeta de manuales
cli-help-heading-examples = Ejemplos
cli-help-heading-exit-codes = Códigos de salida
cli-help-example-open = Abrir un archivo de sesión, creándolo a partir del plan predeterminado integrado si no existe
cli-help-example-table = El portátil de una mesa: recoge la mesa «asia» del plan
cli-help-example-watch = El relator: fusiona los archivos de las mesas a medida que llegan a una carpeta compartida o a una memoria USB
cli-help-example-projector = Una segunda ventana para la pared: sigue geneva.json a medida que la ventana del relator lo guarda
cli-help-example-export = Escribir el informe como documento Word junto al archivo de sesión (geneva.docx)
cli-help-example-merge = Fusionar en una sola sesión los archivos de los portátiles de las mesas, sin duplicados ni pérdidas
cli-help-exit-0 = Éxito (también con --help y --version)
cli-help-exit-1 = Un error, explicado en la salida de error: un archivo que no se puede leer o escribir, un guardado que falló, un archivo que digest omitió
cli-help-exit-2 = Un error de uso: una opción o un comando desconocido, un argumento que falta, un archivo nuevo cuyo nombre no termina en .json
cli-help-exit-101 = breakout se detuvo por un fallo; las notas se guardaron antes, y el mensaje nombra el archivo y el registro

cli-help-digest-about = Reunir los mensajes prioritarios (u otros apartados) que las sesiones eligieron para sus informes en una síntesis para la Presidencia, sesión por sesión
cli-help-digest-arg-files = Archivos de sesión, de cualquier plan y plantilla
cli-help-digest-arg-format = Formato de salida: md, txt, docx o json (por defecto según la extensión de SALIDA; si no, md)
cli-help-digest-arg-output = Dónde escribir; la salida estándar si se omite
cli-help-digest-arg-slots = Reunir estos apartados (identificadores separados por comas) en lugar de los que las plantillas marcan para la síntesis
cli-help-example-digest = La síntesis para la Presidencia: los mensajes prioritarios que eligió cada sesión, en orden de sesión, como documento Word
cli-digest-skipped = omitido: { $error }
cli-digest-no-marked-slot = { $path }: su plantilla no marca ningún apartado para la síntesis, así que no aporta nada (elija apartados con --slots ID,...)
cli-digest-no-named-slot = { $path }: su plantilla no tiene ninguno de los apartados { $slots }, así que no aporta nada
cli-digest-nothing = no se pudo leer ningún archivo de sesión; no se escribió nada
cli-digest-none-marked = ninguna plantilla de las sesiones marca un apartado para la síntesis; no se escribió nada. Nombre los apartados con --slots ID,...
cli-digest-none-named = ninguna sesión tiene un apartado { $slots }; no se escribió nada
cli-digest-some-skipped = { $count ->
        [one] se omitió { $count } archivo de { $total } (véase arriba); la síntesis reúne los demás
       *[other] se omitieron { $count } archivos de { $total } (véase arriba); la síntesis reúne los demás
    }
cli-digest-docx-terminal = un documento Word no se puede mostrar en el terminal: escríbalo en un archivo con -o SALIDA (p. ej. -o sintesis.docx)
cli-digest-same-file = { $path }: es uno de los archivos de sesión; elija otra salida
cli-digest-failed = no se pudo generar la síntesis: { $error }; no se escribió nada

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
storage-holds-list = { $path }: no es un archivo de breakout: contiene una lista ([…]), no una sesión, un plan ni una plantilla de breakout (esos son objetos, {"{"}…{"}"}). El archivo se dejó como estaba
storage-holds-text = { $path }: no es un archivo de breakout: contiene un solo texto entre comillas, no una sesión, un plan ni una plantilla de breakout (esos son objetos, {"{"}…{"}"}). El archivo se dejó como estaba
storage-holds-number = { $path }: no es un archivo de breakout: contiene un número, no una sesión, un plan ni una plantilla de breakout (esos son objetos, {"{"}…{"}"}). El archivo se dejó como estaba
storage-holds-boolean = { $path }: no es un archivo de breakout: contiene true o false, no una sesión, un plan ni una plantilla de breakout (esos son objetos, {"{"}…{"}"}). El archivo se dejó como estaba
storage-holds-null = { $path }: no es un archivo de breakout: contiene null, no una sesión, un plan ni una plantilla de breakout (esos son objetos, {"{"}…{"}"}). El archivo se dejó como estaba
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
storage-good-backup = Su copia de seguridad { $backup } es el guardado anterior y se lee correctamente ({ $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }). Para consultarla: breakout --read-only { $open }. Para seguir a partir de ella, aparte { $path } y copie la copia de seguridad en su lugar (cp { $open } { $target }), luego vuelva a abrir { $path }.
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
storage-save-as-not-json = { $path }: el nombre de un archivo de sesión debe terminar en .json (o indique una carpeta, y la sesión conserva allí su nombre)
storage-save-as-same = { $path }: la sesión ya se guarda allí
storage-save-as-exists = { $path }: ya hay otro archivo allí y se dejó como estaba; elija otro nombre u otra carpeta
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
# Event dates in a report header: "8 December 2016 to 10 December 2016".
model-dates = del { $start } al { $end }

model-bad-date = { $field }: { $value } no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2026-12-08
# A month's name in a date written out ("8 December 2026"); $month is 1–12.
model-month = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
# A date written out in a report: "8 December 2026".
model-date = { $day } de { $month } de { $year }
model-key-reserved = la tecla { $key } ya la usa la aplicación; elija una que no esté entre { $reserved }
model-caption-placeholder = { $found } no es un marcador que un título pueda usar; use { "{n}" } (el número de la entrada) o { "{table}" } (su mesa)
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

# La síntesis para la Presidencia (breakout digest), en el idioma de la interfaz.
export-digest-title = { $what } de { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
export-digest-entries = Entradas
export-digest-and = { $first } y { $last }
export-digest-session = Sesión { $number }: { $title }

# A ranked-per-table slot's heading for the entries that came from no table.
export-no-table = Fuera de las mesas
export-over-limit-table = { $count } { $what } ({ $table }): el formulario permite { $limit } por mesa
export-over-limit-no-table = { $count } { $what } fuera de las mesas: el formulario permite { $limit } por mesa
# end of export

## tui

# The main screen: header, tabs, panes, footer.
tui-too-small = Ventana demasiado pequeña ({ $width }×{ $height }). Agrándela al menos a { $min_width }×{ $min_height }; no se pierde nada.
tui-save-read-only = SOLO LECTURA
tui-save-failed = ✗ error al guardar: { $error }
tui-save-saving = ● guardando…
tui-save-saved-at = ✓ guardado { $time }
tui-save-saved = ✓ guardado
tui-timer-no-agenda = Este plan no tiene orden del día
tui-timer-left = quedan { $time }
tui-timer-over = { $time } de más
tui-header-start-timer = { $key } inicia el temporizador
tui-header-table-laptop = portátil de mesa: { $table }
tui-header-last-arrival = último: { $file } { $time }
# After a label ("Target: …"); French puts a space before the colon.
tui-label-sep = { ": " }
tui-footer-report-entry = apartado
tui-questions-title = Preguntas orientadoras
tui-question-heading = P{ $number } { $title }
tui-no-question = Sin pregunta orientadora
tui-no-table = sin mesa
tui-nothing-yet = nada todavía: { $key } añade un punto
tui-discussion-points = Puntos de discusión
tui-discussion-point = Punto de discusión
tui-point = Punto
tui-entries = entradas
tui-items-by-question = Por pregunta
tui-items-by-kind = Por tipo
tui-item-empty = (vacía)
tui-item-said-by = Dicho por
tui-item-approved = { $who } (acepta ser nombrado/a)
tui-item-not-approved = { $anonymous } (sin permiso: { $who } no se nombra)
# Help: headings, then each command's words. What comes before a ":" is the footer's part.
tui-help-title = Ayuda
tui-mode-normal = Pantalla principal
tui-mode-edit = Al escribir una entrada
tui-mode-search = Búsqueda
tui-mode-pick = Elegir de una lista
tui-mode-import = Fusionar un archivo
tui-mode-report = Vista del informe
tui-mode-panel = Paneles de ayuda, objetivos y archivo
tui-mode-projector = Vista de proyector
tui-mode-tables = Ir a una mesa
tui-group-capture = Captura
tui-group-capture-report = Captura en el formulario del informe
tui-group-move = Desplazarse
tui-group-arrange = Organizar
tui-group-session = Sesión
tui-help-go-to-table = ir a la mesa por su número
tui-help-shadowed = Teclas de la plantilla ya usadas arriba (use + para capturarlas):
tui-help-saved = Cada cambio se guarda en menos de un segundo.
tui-help-limits = Los límites del formulario avisan; nunca bloquean.
tui-keys-undo-typing = deshacer / rehacer lo escrito
tui-keys-word-move = palabra anterior / siguiente
tui-slot-under-selected = { $slot } (bajo la entrada «{ $parent }» seleccionada)
tui-slot-under-any = { $slot } (bajo una entrada «{ $parent }»)
tui-command-new_point = anotar: un punto nuevo
tui-command-edit = editar
tui-command-new_entry_of_kind = nueva entrada de cualquier tipo (elegir de una lista)
tui-command-sort_into = clasificar el punto seleccionado en un apartado del informe
tui-command-next_table = mesa siguiente
tui-command-prev_table = mesa anterior
tui-command-select_next = entrada siguiente
tui-command-select_prev = entrada anterior
tui-command-select_first = primera entrada
tui-command-select_last = última entrada
tui-command-next_question = pregunta orientadora siguiente
tui-command-prev_question = pregunta orientadora anterior
tui-command-search = buscar
tui-command-move_up = subir la entrada
tui-command-move_down = bajar la entrada
tui-command-move_to_prev_question = mover la entrada a la pregunta anterior
tui-command-move_to_next_question = mover la entrada a la pregunta siguiente
tui-command-move_to_prev_table = mover la entrada a la mesa anterior
tui-command-move_to_next_table = mover la entrada a la mesa siguiente
tui-command-delete = borrar
tui-command-undo = deshacer
tui-command-redo = rehacer
tui-command-redraw = redibujar toda la pantalla
tui-command-toggle_grouping = agrupar por pregunta / por tipo
tui-command-timer_toggle = iniciar / pausar el temporizador
tui-command-next_phase = fase siguiente del orden del día
tui-command-prev_phase = fase anterior del orden del día
tui-command-projector = vista de proyector
tui-command-report = informe: elegir qué entra, completar el encabezado
tui-command-export = exportar el informe (Markdown, texto, Word) junto al archivo de sesión
tui-command-import = fusionar el archivo de un portátil de mesa (o una carpeta de ellos)
tui-command-aims = objetivos y material de referencia
tui-command-file_info = archivo de sesión y estado del guardado
tui-command-toggle_mouse = ratón sí / no
tui-command-help = ayuda
tui-command-quit = salir
tui-command-go_to_table = mesa por su número
tui-command-choose_table = cualquier mesa, de una lista
tui-command-done = listo: la entrada se guarda
tui-command-new_line = nueva línea
tui-command-next_field = campo siguiente
tui-command-edit-close = listo, guardado: no se pierde nada de lo escrito
tui-command-prev_field = campo anterior
tui-command-toggle_approval = en «permiso»: nombrar o no a quien habla
tui-command-search-select_next = elegir: el resultado siguiente
tui-command-search-select_prev = resultado anterior
tui-command-search-confirm = ir allí
tui-command-search-close = cerrar
tui-command-pick-select_next = opción siguiente
tui-command-pick-select_prev = opción anterior
tui-command-pick-confirm = elegir (o pulsar su tecla)
tui-command-pick-close = cancelar
tui-command-tables-select_next = mesa siguiente
tui-command-tables-select_prev = mesa anterior
tui-command-tables-confirm = ir allí
tui-command-tables-close = cancelar
tui-command-import-confirm = fusionar
tui-command-import-close = cancelar
tui-command-scroll_down = desplazar: abajo
tui-command-scroll_up = desplazar: arriba
tui-command-page_down = página siguiente
tui-command-page_up = página anterior
tui-command-panel-close = cerrar: cualquier otra tecla también
tui-command-projector-next_question = pregunta siguiente
tui-command-projector-prev_question = pregunta anterior
tui-command-projector-close = volver a la pantalla principal
tui-command-report-select_next = elegir: la línea siguiente
tui-command-report-select_prev = línea anterior
tui-command-report-select_first = primera línea
tui-command-report-select_last = última línea
tui-command-toggle_pick = sí / no: poner la entrada en el informe o quitarla
tui-command-report-move_up = orden: antes en el informe
tui-command-report-move_down = orden: después en el informe
tui-command-report-edit = editar: la entrada o el campo del encabezado
tui-command-report-export = exportar: los archivos del informe junto a la sesión
tui-command-report-close = volver: a la pantalla principal
# Aims and the session file panel (F).
tui-aims-title = Objetivos, orden del día y material de referencia
tui-aims-heading = Objetivos de la sesión
tui-aims-agenda = Orden del día ({ $minutes } minutos)
tui-aims-phase = { $title } — { $minutes } min
tui-aims-phase-question = — pregunta { $number }: { $question }
tui-aims-phase-now = (ahora)
tui-aims-source = Fuente: { $source }
tui-file-title = Archivo de sesión
tui-file-path = Archivo:
tui-file-backup = Copia:
tui-file-lock = Bloqueo:
tui-file-saving = Guardado:
tui-file-language = Idioma:
tui-file-save-failed = ✗ error: { $error }
tui-file-last-saved = Guardado por última vez a las { $time } del { $date }
tui-file-entries =
    { $count ->
        [one] { $count } entrada; cada cambio se guarda en un segundo aproximadamente.
       *[other] { $count } entradas; cada cambio se guarda en un segundo aproximadamente.
    }
tui-file-entries-read-only =
    { $count ->
        [one] { $count } entrada; solo lectura: no se guarda nada desde esta ventana.
       *[other] { $count } entradas; solo lectura: no se guarda nada desde esta ventana.
    }
tui-read-only = Solo lectura: { $reason }
# Dialogs: typing, search, lists, merging in.
tui-edit-no-question = sin pregunta
tui-edit-question = P{ $number }
tui-edit-new = Nuevo: { $kind }
tui-edit-edit = Editar: { $kind }
tui-edit-type-here = escriba aquí
tui-edit-tab-to-fill = (Tab para completar)
tui-edit-approval = Space: acepta ser nombrado/a (si no, «anónimo»)
tui-edit-speaker = Quien habla
tui-edit-speaker-hint = se nombra en el informe solo con su permiso
tui-edit-organisation = Organización
tui-search-title = Buscar en todas las mesas
tui-search-placeholder = escriba para buscar en todas las mesas
tui-search-nothing = Ninguna entrada contiene eso
tui-tables-title = Ir a la mesa
tui-tables-placeholder = escriba su número o parte de su nombre
tui-tables-none = Ninguna mesa coincide
tui-tabs-more-left = ‹ { $count } más
tui-tabs-more-right = { $count } más ›
tui-message-more = … ({ $key } lo muestra entero)
tui-file-message = Último mensaje:
tui-pick-new-kind = ¿Nueva entrada de qué tipo?
tui-pick-sort-into = Clasificar la entrada en…
tui-pick-under-which = ¿Bajo cuál?
tui-pick-point = Punto de discusión (fuera del informe)
tui-pick-no-parent = Aún no hay «{ $kind }» bajo la que ponerla
tui-import-title = Fusionar el archivo de un portátil de mesa
tui-import-placeholder = ruta de un archivo de sesión, o de una carpeta de ellos
tui-import-note = Enter fusiona (nada se pierde ni se duplica) · Esc cancela
tui-import-reading = Leyendo { $path }…
tui-import-not-started = no se pudo empezar a leer: { $error }
tui-projector-hint = P o Esc: volver · Tab: mesa · ← →: pregunta · s: temporizador
# The report view.
tui-report-title = Informe · Space sí/no · K/J orden · Enter editar · E exportar · Esc volver
tui-report-enter-to-fill = (Enter para completar)
tui-report-from = (De { $origin })
tui-report-over = { $count } { $kind } — el formulario admite { $limit }; usted decide cuáles entran
tui-report-up-to = { $count } de { $limit } como máximo
tui-report-nothing-yet = nada capturado todavía
tui-report-nothing-yet-key = nada capturado todavía (pulse { $key } en la pantalla principal)
tui-report-over-under = { $count } { $kind }: el formulario admite { $limit }
tui-report-left-out = fuera del informe (Space añade uno): { $count }
# Messages in the status line.
tui-exporting = Exportando el informe…
tui-exported = Exportado en { $folder }: { $files }
tui-exported-cut = Exportado en { $folder }: { $files } ({ $key } muestra dónde)
tui-export-notes = . { $count ->
    [one] Nota
   *[other] Notas
} (usted decide): { $notes }
tui-export-failed = Error al exportar: { $error }
tui-export-not-started = no se pudo empezar a escribir el informe: { $error }
tui-mouse-on = Ratón activado: clic en una mesa o una entrada (M: seleccionar texto)
tui-mouse-off = Ratón desactivado: ya se puede seleccionar texto
tui-select-first = Seleccione primero una entrada (j/k o ↑/↓)
tui-nothing-selected = Nada seleccionado: { $key } empieza un punto nuevo
tui-deleted =
    { $count ->
        [0] Borrado (u lo recupera)
        [one] Borrado, con la entrada que cuelga de él (u los recupera)
       *[other] Borrado, con las { $count } entradas que cuelgan de él (u los recupera)
    }
tui-moves-with-parent = Esta entrada se mueve con aquella de la que cuelga
tui-no-table-further = No hay más mesas en esa dirección
tui-moved-to = Movido a { $table }
tui-now-point = Ahora es un punto de discusión
tui-now-slot =
    { $article ->
       *[other] Ahora es: { $kind }
    }
tui-select-parent-first = Seleccione primero: { $parent } (las «{ $kind }» van debajo)
tui-empty-removed = Entrada vacía eliminada ({ $key } la recupera)
tui-over-limit = { $count } { $kind } en el informe: el formulario admite { $limit }; { $key } elige cuáles entran
tui-over-limit-under = { $count } { $kind } en el informe bajo esta entrada: el formulario admite { $limit }; { $key } elige cuáles entran
tui-over-limit-table = { $count } { $kind } de { $table } en el informe: el formulario admite { $limit } por mesa; { $key } elige cuáles entran
tui-over-limit-no-table = { $count } { $kind } de fuera de las mesas en el informe: el formulario admite { $limit } por mesa; { $key } elige cuáles entran
tui-over-limit-report = { $count } { $kind } en el informe: el formulario admite { $limit }
tui-nothing-to-undo = Nada que deshacer
tui-nothing-to-redo = Nada que rehacer
tui-undone = Deshecho — { $what }
tui-redone = Rehecho — { $what }
tui-merge-refused = { $file }: no fusionado: { $reason }
tui-merge-read-only = { $file }: no fusionado: sesión de solo lectura
tui-merged = Fusionado { $file }: { $report }
tui-merged-nothing-new = { $file }: nada nuevo ({ $report })
tui-opened =
    { $count ->
        [one] Abierto { $file }: { $count } entrada
       *[other] Abierto { $file }: { $count } entradas
    }
tui-opened-last-change =
    { $count ->
        [one] Abierto { $file }: { $count } entrada, último cambio a las { $time }
       *[other] Abierto { $file }: { $count } entradas, último cambio a las { $time }
    }
tui-quit-blocked = No guardado; { $key } escribe una copia de rescate, o corríjalo antes: { $reason }
# After the screen closes.
tui-last-save-failed = el último guardado falló: { $error }
tui-rescue-written = no se pudo guardar en { $path } ({ $error }); hay una copia de rescate en { $rescue }
tui-rescue-failed = no se pudo guardar en { $path } ({ $error }) ni escribir una copia de rescate: los últimos cambios se han perdido

tui-read-only-refused = Solo lectura: esta ventana no puede cambiar la sesión
tui-follow-gone = { $file } ya no está (borrado o movido): se muestra la última versión leída
tui-follow-unreadable = { $file } no se puede leer ahora: se muestra la última versión leída. { $reason }
tui-follow-back = { $file } ha vuelto: se muestra su última versión
tui-projector-hint-read-only = P o Esc: pantalla principal · Tab: mesa · ← →: pregunta
tui-file-config = Configuración:
tui-config-problems = { $count ->
        [one] El archivo de configuración tiene un problema; lo que ajusta conserva su valor predeterminado ({ $key } lo muestra).
       *[other] El archivo de configuración tiene { $count } problemas; lo que ajustan conserva su valor predeterminado ({ $key } los muestra).
    }
tui-command-suspend = suspender: volver al shell; fg regresa
tui-suspend-unavailable = Suspender ({ $suspend }) no está disponible en este sistema; salga con { $key }.
tui-title = breakout: { $file } · { $session }
tui-panic-saved = breakout se detuvo por un fallo (el mensaje de arriba). Sus notas están guardadas en { $path }.
tui-panic-read-only = breakout se detuvo por un fallo (el mensaje de arriba). { $path } estaba abierto en solo lectura y no ha cambiado.
tui-panic-log = El registro es { $log }: envíelo, con el mensaje de arriba, a quien dé soporte a breakout.
tui-panic-no-log = No se escribió ningún registro (no se puede escribir en la carpeta de datos); envíe el mensaje de arriba a quien dé soporte a breakout.

tui-mode-save-as = Guardar en otra carpeta
tui-command-save_as = guardar en otra carpeta a partir de ahora (cuando en esta no se puede escribir o el disco está lleno)
tui-command-save_as-confirm = guardar allí
tui-command-save_as-close = cancelar
tui-save-as-title = Guardar en otra carpeta a partir de ahora
tui-save-as-placeholder = una carpeta, o un nombre de archivo que termine en .json
tui-save-as-note = Enter guarda allí la sesión y sigue guardando allí (una carpeta conserva el nombre del archivo) · Esc cancela
tui-save-as-saving = Guardando en { $path }…
tui-save-as-done = Guardado como { $path }; a partir de ahora cada cambio se guarda allí.
tui-save-as-failed = No se guardó allí; se sigue guardando donde estaba: { $error }
tui-save-failed-elsewhere = ✗ error al guardar ({ $key }: guardar en otra carpeta): { $error }
tui-file-save-elsewhere = Pulse { $key } para guardar en otra carpeta a partir de ahora.
tui-changed-on-disk = { $file } cambió en el disco (otro portátil): fusionado, { $new } nuevas, { $updated } actualizadas, { $deleted } eliminadas
tui-disk-version-kept = La versión de { $file } en el disco no se puede fusionar: se conserva como { $copy } y esta sesión se guardó en su lugar ({ $reason })
tui-phase-now = Fase { $number }: { $phase }
tui-phase-question = Fase { $number }: { $phase } — pregunta { $question }: { $title }
tui-edit-date-format = AAAA-MM-DD
tui-edit-date-hint = { $hint } ({ $format })
tui-edit-bad-date-quit = { $error } — Ctrl-C otra vez para salir sin esta fecha
tui-edit-bad-date-close = { $error } — { $key } otra vez para salir sin esta fecha
tui-item-over-limit = [fuera del límite]
tui-report-per-table = hasta { $limit } por mesa
tui-report-over-table = { $table }: { $count } de { $limit } como máximo
tui-report-over-per-table = Límite por mesa superado: { $tables }
tui-command-join_lines = unir las líneas cortadas en párrafos (texto pegado de un PDF o un correo)
tui-paste-has-breaks = Pegado con sus saltos de línea: { $key } une las líneas cortadas en párrafos
tui-lines-joined = { $count ->
        [one] Líneas unidas: 1 salto de línea menos ({ $key } lo deshace)
       *[other] Líneas unidas: { $count } saltos de línea menos ({ $key } lo deshace)
    }
tui-nothing-to-join = No hay líneas cortadas que unir: las líneas en blanco y los elementos de lista conservan su salto
tui-edit-parent = { $kind } { $number }
tui-edit-new-under = Nuevo: { $kind } bajo { $parent }: { $text }
tui-edit-edit-under = Editar: { $kind } bajo { $parent }: { $text }
tui-what-new = añadido: { $kind } «{ $text }»
tui-what-deleted = borrado: { $kind } «{ $text }»
tui-what-edited = editado: { $kind } «{ $text }»
tui-what-sorted = clasificado como { $kind }: «{ $text }»
tui-what-moved-to = movido a { $place }: { $kind } «{ $text }»
tui-what-moved = movido: { $kind } «{ $text }»
tui-what-no-table = ninguna mesa
tui-what-header = encabezado: { $field }
tui-what-picked = incluido en el informe: { $kind } «{ $text }»
tui-what-unpicked = excluido del informe: { $kind } «{ $text }»
tui-what-reordered = orden del informe: { $kind } «{ $text }»
tui-what-more = { $what } y { $count } más
tui-what-point = punto
tui-what-unknown = el último cambio
tui-file-exported = Archivos del informe:
# end of tui

## plain

plain-welcome = Modo texto. { $place } Escriba una línea para anotarla como punto, o /help para ver los comandos.
plain-opened-read-only = Solo lectura: { $why }; puede consultar y listar, no se guarda nada.
plain-prompt = { $table } · P{ $number } { $title }
plain-prompt-no-question = { $table } · sin pregunta
plain-where = Está en { $table }, { $question }, { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    } aquí.
plain-question-label = pregunta { $number }: { $title }
plain-no-question-label = sin pregunta guía
plain-place = { $table }, P{ $number }
plain-place-no-question = { $table }, sin pregunta
plain-q-short = P{ $number }
plain-q-none = sin pregunta
plain-kind-point = Punto
plain-point-added = Punto { $number } añadido en { $place }.
plain-point-usage = Escriba el punto después de /new_point, o simplemente escríbalo sin barra.
plain-entry-added = { $kind } { $number } añadido en { $place }.
plain-entry-added-under = { $kind } { $number } añadido bajo la entrada { $parent }.
plain-entry-usage = Indique el tipo y luego el texto, por ejemplo /new_entry quote Necesitamos datos; /help lista los tipos.
plain-entry-text-usage = Escriba el texto después del tipo, por ejemplo /{ $slot } Ratificar la convención.
plain-no-slot = El informe no tiene ningún tipo de entrada llamado { $name }; /help lista los tipos.
plain-parent-first = Añada primero una entrada «{ $parent }»: las entradas «{ $kind }» van bajo una de ellas.
plain-unknown = No existe el comando /{ $command }; escriba /help para ver la lista.
plain-read-only = Sin cambios: esta sesión es de solo lectura ({ $why }).
plain-refused = Sin cambios: { $why }.
plain-list = { $table } tiene { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }:
plain-list-line = { $number }. { $kind }, { $question }: { $text }
plain-list-line-under = { $number }. { $kind } bajo { $parent }, { $question }: { $text }
plain-list-empty = Todavía no hay nada anotado en { $table }.
plain-no-number = No hay ninguna entrada { $number } aquí: /list muestra { $count }.
plain-number-usage = Indique el número de la entrada en /list, por ejemplo /delete 2.
plain-edit-usage = Indique el número y el texto nuevo, por ejemplo /edit 2 Nueva redacción.
plain-edited = Entrada { $number } modificada.
plain-deleted = { $under ->
        [0] Eliminado: { $entry }
        [one] Eliminado: { $entry }, con la entrada que tenía debajo
       *[other] Eliminado: { $entry }, con las { $under } entradas que tenía debajo
    }; /undo la recupera.
plain-nothing-to-undo = No hay nada que deshacer.
plain-nothing-to-redo = No hay nada que rehacer.
plain-undone = Deshecho: { $what }; { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    } aquí ahora.
plain-redone = Rehecho: { $what }; { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    } aquí ahora.
plain-no-agenda = Este plan no tiene orden del día, así que no hay temporizador.
plain-timer-usage = Diga /timer start o /timer pause.
plain-phase-usage = Diga /phase next o /phase prev.
plain-timer-running = Temporizador en marcha, fase { $number } de { $count }, { $phase }: { $minutes ->
        [one] queda { $minutes } minuto
       *[other] quedan { $minutes } minutos
    }.
plain-timer-paused = Temporizador en pausa, fase { $number } de { $count }, { $phase }: { $minutes ->
        [one] queda { $minutes } minuto
       *[other] quedan { $minutes } minutos
    }.
plain-timer-running-over = Temporizador en marcha, fase { $number } de { $count }, { $phase }: { $minutes ->
        [one] { $minutes } minuto pasado de tiempo
       *[other] { $minutes } minutos pasados de tiempo
    }.
plain-timer-paused-over = Temporizador en pausa, fase { $number } de { $count }, { $phase }: { $minutes ->
        [one] { $minutes } minuto pasado de tiempo
       *[other] { $minutes } minutos pasados de tiempo
    }.
plain-no-table-number = No hay ninguna mesa { $number }; el plan tiene { $count }.
plain-no-table = Ninguna mesa se llama { $name }; /tables las lista.
plain-tables-ambiguous = Varias mesas empiezan por { $name }: { $tables }; escriba más del nombre.
plain-no-question = No hay ninguna pregunta { $name }; /questions lista las { $count }.
plain-tables = { $count ->
        [one] El plan tiene { $count } mesa
       *[other] El plan tiene { $count } mesas
    }; está en { $current }:
plain-table-line = { $number }. { $name } ({ $id }), { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }
plain-questions = { $count ->
        [one] { $count } pregunta guía
       *[other] { $count } preguntas guía
    }; la actual es { $current }:
plain-question-line = { $number }. { $title }: { $text }
plain-no-questions = Este plan no tiene preguntas guía.
plain-over-limit = Nota: ahora entran { $count } { $kind } en el informe y el formulario admite { $limit }; se conservan todas.
plain-over-limit-under = Nota: { $count } { $kind } bajo esa entrada entran en el informe y el formulario admite { $limit }; /unpick N deja una fuera.
plain-over-limit-table = Nota: entran { $count } { $kind } de { $table } en el informe y el formulario admite { $limit } por mesa; se conservan todas.
plain-over-limit-no-table = Nota: entran { $count } { $kind } de fuera de las mesas en el informe y el formulario admite { $limit } por mesa; se conservan todas.
plain-import-usage = Indique el archivo o la carpeta que fusionar, por ejemplo /import asia.json.
plain-import-none = No hay archivos de sesión que fusionar en { $path }.
plain-merged = { $file } fusionado: { $new } nuevas, { $updated } actualizadas, { $deleted } eliminadas.
plain-merged-nothing = { $file } no aporta nada nuevo.
plain-not-merged = { $file } no fusionado: { $why }.
plain-not-merged-read-only = esta sesión es de solo lectura
plain-exported = { $count ->
        [one] Exportado en { $dir }: { $files }.
       *[other] Exportados en { $dir }: { $files }.
    }
plain-export-notes = { $count ->
    [one] Nota
   *[other] Notas
} (usted decide): { $notes }.
plain-export-failed = La exportación falló: { $why }.
plain-save-failing = No se pudo guardar ({ $why }); sus notas se conservan y se vuelve a intentar.
plain-save-works-again = Se puede guardar de nuevo; todo está guardado.
plain-quit-blocked = No se pudo guardar ({ $why }); libere espacio o arregle la carpeta y vuelva a usar /quit, o use /quit ahora para escribir una copia de rescate.
plain-saved = { $file } guardado ({ $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }).
plain-closed-read-only = { $file } cerrado; era de solo lectura, no se guardó nada.
plain-last-save-failed = el último guardado falló: { $why }
plain-rescued = no se pudo guardar en { $file } ({ $why }); hay una copia de rescate en { $rescue }
plain-lost = no se pudo guardar en { $file } ({ $why }) ni escribir una copia de rescate: los últimos cambios se han perdido
plain-info-file = Archivo { $file }
plain-info-saved = guardado a las { $time }
plain-info-saving = guardando
plain-info-unchanged = nada ha cambiado todavía
plain-info-nothing-saved = no se guarda nada
plain-info-save-failed = sin guardar: { $why } (se conserva en memoria y se vuelve a intentar)
plain-info-locked = este breakout tiene el bloqueo
plain-info-read-only = solo lectura: { $why }
plain-info-watching = fusionando los archivos que llegan a { $dir }
plain-info-language = idioma { $language }
plain-help = Escriba una línea para anotarla como punto en la mesa y la pregunta actuales; los comandos empiezan por una barra:
plain-help-aliases = {" "}(también { $aliases })
plain-help-new_point = new_point TEXTO: un punto que empieza como un comando
plain-help-new_entry = new_entry TIPO TEXTO: una entrada de uno de los tipos de abajo; /TIPO TEXTO también sirve
plain-help-list = list: las entradas de esta mesa, numeradas
plain-help-edit = edit N TEXTO: texto nuevo para la entrada N
plain-help-delete = delete N: eliminar la entrada N y lo que tiene debajo
plain-help-field = field N NOMBRE VALOR: rellenar un campo de la entrada N (destinatario, orador, organización, consentimiento sí o no; /fields N los nombra); - como VALOR lo vacía
plain-help-fields = fields N: los campos de la entrada N y sus valores
plain-help-header = header [NOMBRE VALOR]: el encabezado del informe (relator, sesión…), o rellenar uno de sus campos
plain-help-report = report: lo que entra en el informe, tipo por tipo, en orden, y lo que queda fuera
plain-help-pick = pick N: poner la entrada N en el informe, al final de su tipo
plain-help-unpick = unpick N: dejar la entrada N fuera del informe
plain-help-move = move N POS: poner la entrada N en la posición POS de su tipo en el informe
plain-help-undo = undo: deshacer el último cambio
plain-help-redo = redo: rehacer lo deshecho
plain-help-go_to_table = go_to_table MESA: ir a una mesa por número, identificador o nombre
plain-help-tables = tables: las mesas del plan
plain-help-next_table = next_table: la mesa siguiente
plain-help-prev_table = prev_table: la mesa anterior
plain-help-go_to_question = go_to_question N: pasar a la pregunta N (none para ninguna)
plain-help-questions = questions: las preguntas guía
plain-help-next_question = next_question: la pregunta siguiente
plain-help-prev_question = prev_question: la pregunta anterior
plain-help-timer_toggle = timer_toggle start|pause: poner en marcha o pausar el temporizador
plain-help-next_phase = next_phase: la fase siguiente del orden del día; /phase prev vuelve atrás
plain-help-prev_phase = prev_phase: la fase anterior del orden del día
plain-help-export = export: escribir el informe (md, txt, docx) junto al archivo de sesión
plain-help-import = import RUTA: fusionar un archivo de sesión, o una carpeta de ellos
plain-help-file_info = file_info: el archivo, el guardado, el bloqueo y el idioma
plain-help-help = help: esta lista
plain-help-quit = quit: guardar y salir (el fin de la entrada hace lo mismo)
plain-help-slots = Tipos de entrada, para /new_entry TIPO TEXTO o /TIPO TEXTO (basta el principio de un identificador, como /rec):
plain-help-slot = { $id } (tecla { $key }): { $label }
plain-help-slot-no-key = { $id }: { $label }
plain-help-slot-under = , va bajo la última entrada «{ $parent }»
plain-help-slash = /TEXTO: un punto que empieza con una barra
plain-entry-named = { $kind } { $number }, «{ $text }»
plain-what-add = añadir { $entry }
plain-what-edit = editar { $entry }
plain-what-delete = eliminar { $entry }
plain-what-field = el campo { $field } de { $entry }
plain-what-header = el campo { $field } del encabezado
plain-what-pick = poner { $entry } en el informe
plain-what-unpick = dejar { $entry } fuera del informe
plain-what-move = mover { $entry } en el informe
plain-field-speaker = Orador
plain-field-organisation = Organización
plain-field-consent = Consentimiento para ser nombrado
plain-yes = sí
plain-no = no
plain-empty = (vacío)
plain-no-fields = { $entry } no tiene más campos que su texto.
plain-field-usage = Indique el número de la entrada, el campo y el valor, por ejemplo /field 2 target Gobiernos nacionales; /fields 2 lista los campos.
plain-no-field = { $entry } no tiene el campo { $name }; sus campos son { $fields }.
plain-yes-no-usage = Responda sí o no, por ejemplo /field 5 consent sí.
plain-field-set = El campo { $field } de { $entry } es ahora «{ $value }».
plain-field-cleared = El campo { $field } de { $entry } está ahora vacío.
plain-consent-yes = { $entry }: el orador acepta ser nombrado, así que el informe lo nombra.
plain-consent-no = { $entry }: no consta consentimiento, así que el informe dice anónimo.
plain-fields = { $entry } tiene { $count ->
        [one] 1 campo
       *[other] { $count } campos
    }:
plain-field-line = { $label } ({ $id }): { $value }
plain-no-header = Este formulario de informe no tiene encabezado.
plain-header = El encabezado del informe tiene { $count ->
        [one] 1 campo
       *[other] { $count } campos
    }; rellene uno con /header NOMBRE VALOR:
plain-header-line = { $number }. { $label } ({ $id }): { $value }
plain-no-header-field = El encabezado del informe no tiene el campo { $name }; sus campos son { $fields }.
plain-header-value = { $label }: { $value }.
plain-header-set = { $label } es ahora «{ $value }».
plain-ref-here = entrada { $number }, «{ $text }»
plain-ref-there = { $table } entrada { $number }, «{ $text }»
plain-report = El informe, tipo por tipo y en orden (números de entrada como los da /list en { $table }; las entradas de otras mesas nombran su mesa):
plain-report-empty = Todavía no hay nada recogido para el informe.
plain-report-slot = { $kind }: { $count } entran.
plain-report-slot-limit = { $kind }: { $count } entran; el formulario permite { $limit }.
plain-report-slot-over = { $kind }: { $count } entran; el formulario permite { $limit }, así que sobran { $over }.
plain-report-picked = Se eligen con /pick, /unpick y /move.
plain-report-all = Entran todas, en el orden en que se recogieron.
plain-report-in = { $position }. { $entry }
plain-report-out = Fuera: { $entry }
plain-not-pickable = { $entry } entra en el informe sin elegirse; solo se eligen { $kinds }.
plain-in-report = { $kind } { $number } ocupa ahora el puesto { $position } de { $count } en el informe.
plain-in-report-limit = { $kind } { $number } ocupa ahora el puesto { $position } de { $count } en el informe (el formulario permite { $limit }).
plain-in-report-over = { $kind } { $number } ocupa ahora el puesto { $position } de { $count } en el informe (el formulario permite { $limit }, así que sobran { $over }).
plain-unpicked = { $kind } { $number } queda fuera del informe; { $count } entran.
plain-move-usage = Indique el número de la entrada y su nueva posición, por ejemplo /move 3 1.
plain-move-not-in = { $entry } está fuera del informe; /pick { $number } la pone primero.

plain-follow-new = { $count ->
        [one] { $count } entrada nueva del archivo.
       *[other] { $count } entradas nuevas del archivo.
    }
plain-follow-gone = { $file } ya no está (borrado o movido); se mantiene la última versión leída.
plain-follow-unreadable = { $file } no se puede leer ahora; se mantiene la última versión leída. { $why }
plain-follow-back = { $file } ha vuelto; esta es su última versión.
plain-help-save_as = save_as RUTA: guardar en otra carpeta (o un archivo .json) a partir de ahora, cuando en esta no se puede escribir o el disco está lleno
plain-save-as-usage = Indique la carpeta (o el archivo .json) donde guardar, por ejemplo /save-as /media/usb.
plain-saved-as = Guardado como { $file }; a partir de ahora cada cambio se guarda allí.
plain-save-as-failed = No se guardó allí; se sigue guardando donde estaba: { $why }
plain-save-failing-elsewhere = No se pudo guardar ({ $why }); sus notas se conservan y se reintenta guardar. /save-as CARPETA las guarda en otra carpeta a partir de ahora.
plain-changed-on-disk = { $file } cambió en el disco (otro portátil): fusionado, { $new } nuevas, { $updated } actualizadas, { $deleted } eliminadas.
plain-disk-version-kept = La versión de { $file } en el disco no se puede fusionar: se conserva como { $copy } y esta sesión se guardó en su lugar ({ $why }).
plain-phase-question = La pregunta { $number } es ahora la actual: { $title }
plain-field-text = texto
plain-empty-date = (vacío; una fecha, escrita AAAA-MM-DD)
plain-report-under-in = {"  "}{ $kind } { $position }: { $entry }
plain-report-under-out = {"  "}{ $kind } fuera del informe: { $entry }
# end of plain

## config

# A problem in the user's config file: "config.toml:7: [keys] new_pont: no command has this name".
config-problem = { $file }:{ $line }: { $key }: { $what }
config-problem-line = { $file }:{ $line }: { $what }
config-problem-file = { $file }: { $what }
config-did-you-mean = { $text } (¿quiso decir { $guess }?)
config-unreadable = no se puede leer ({ $error }); cada ajuste conserva su valor predeterminado
config-toml = TOML no válido: { $error }
config-unknown-setting = no existe ese ajuste
config-expected-text = debería ser un texto entre comillas
config-expected-boolean = debería ser true o false
config-expected-keys = debería ser una tecla entre comillas o una lista de teclas, como "a" o ["q", "ctrl-q"]
config-expected-table = debería ser una tabla, como [theme]
config-unknown-language = no hay catálogo para este idioma; hay { $available }
config-unknown-look = aspecto desconocido; hay { $looks }
config-unknown-colour = no es un color: indique un nombre como red o light-blue, o #rrggbb
config-unknown-command = ningún comando tiene este nombre
config-needs-argument = este comando necesita un número o un nombre después, como "{ $example }"
config-unknown-mode = ningún modo tiene este nombre; hay { $modes }
config-unknown-key = { $key } no es una tecla (las teclas se escriben a, K, Enter, Tab, Space, ctrl-x, alt-x, F5, PgUp, up)
config-ctrl-c = Ctrl-C siempre guarda y sale; elija otra tecla
config-not-bound = este comando no tiene aquí teclas que reemplazar
config-clash = { $key } ya hace { $other } en { $mode }; este comando conserva sus teclas predeterminadas
config-problems-note = Lo que estaba mal conserva su valor predeterminado; el resto del archivo se aplica. `breakout config --default` muestra todos los ajustes.

# `breakout config --default`: the comments of a complete default config file.
config-default-intro = Configuración de breakout, con cada ajuste en su valor predeterminado. Póngala en { $path } (o indique un archivo con --config ARCHIVO o BREAKOUT_CONFIG) y cambie lo que quiera; un ajuste ausente conserva su valor predeterminado.
config-default-language = El idioma de la interfaz: en, fr o es. --lang prevalece sobre él; él prevalece sobre LC_ALL, LC_MESSAGES y LANG.
config-default-mouse = Si el ratón empieza activado (M lo activa y desactiva; desactivado, el terminal puede seleccionar texto).
config-default-theme = El aspecto de la pantalla: "default" o "high-contrast" (--theme prevalece). Los colores son los del aspecto predeterminado: un nombre (black, red, green, yellow, blue, magenta, cyan, gray, dark-gray, light-red, light-green, light-yellow, light-blue, light-magenta, light-cyan, white) o "#rrggbb". El alto contraste no tiene colores.
config-default-role-heading = títulos de la ayuda, las preguntas y el informe
config-default-role-slot = el tipo de una entrada (Recomendación, Cita…)
config-default-role-ok = «guardado», y los mensajes de que algo salió bien
config-default-role-warning = avisos: un límite superado, una ventana de solo lectura
config-default-role-error = errores: un guardado que falló
config-default-role-key = teclas del pie y de la ayuda
config-default-keys = Teclas, por los nombres de comando que muestra la ayuda (?): una tecla o una lista. Una tecla es un carácter (a, K, +) o un nombre: Enter, Tab, Shift-Tab, Esc, Space, Backspace, Del, Home, End, PgUp, PgDn, up, down, left, right, F1 … F12, con ctrl- o alt- delante (ctrl-q, alt-Enter). Un comando indicado aquí recibe estas teclas en cada modo que lo tiene, en lugar de las predeterminadas; una tecla hace una sola cosa por modo.
config-default-mode = Teclas solo de este modo ({ $mode }), para los comandos cuyas teclas cambian de un modo a otro.
config-default-slots = La plantilla del informe da una tecla a cada uno de sus apartados (new_entry APARTADO); cámbiela con el identificador del apartado, por ejemplo:
config-default-no-keys = Comandos que se eligen con un clic o de una lista, sin tecla: { $names }

# end of config
