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

# end of model

## export

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
tui-header-start-timer = s inicia el temporizador
tui-header-table-laptop = portátil de mesa: { $table }
tui-header-last-arrival = último: { $file } { $time }
tui-footer-report-entry = apartado
tui-questions-title = Preguntas orientadoras
tui-question-heading = P{ $number } { $title }
tui-no-question = Sin pregunta orientadora
tui-no-table = sin mesa
tui-nothing-yet = nada todavía: n añade un punto
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
tui-edit-approval = quien habla acepta ser nombrado/a (Space alterna; si no, «anónimo»)
tui-edit-speaker = Quien habla
tui-edit-speaker-hint = se nombra en el informe solo con su permiso
tui-edit-organisation = Organización
tui-search-title = Buscar en todas las mesas
tui-search-placeholder = escriba para buscar en todas las mesas
tui-search-nothing = Ninguna entrada contiene eso
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
tui-exported = Exportado { $files } junto a la sesión (F muestra dónde)
tui-export-failed = Error al exportar: { $error }
tui-export-not-started = no se pudo empezar a escribir el informe: { $error }
tui-mouse-on = Ratón activado: haga clic en una mesa o una entrada (M lo desactiva para seleccionar texto)
tui-mouse-off = Ratón desactivado: el terminal vuelve a seleccionar texto
tui-select-first = Seleccione primero una entrada (j/k o ↑/↓)
tui-nothing-selected = Nada seleccionado: n empieza un punto nuevo
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
tui-select-parent-first = Seleccione primero: { $parent } (las entradas «{ $kind }» cuelgan de una)
tui-empty-removed = Entrada vacía eliminada (u la recupera)
tui-over-limit = { $count } { $kind }: el formulario del informe admite { $limit }; R elige cuáles entran
tui-over-limit-under = { $count } { $kind } bajo esta entrada: el formulario del informe admite { $limit }. Se conservan todas; borre o mueva las que no deban entrar
tui-over-limit-report = { $count } { $kind } en el informe: el formulario admite { $limit }
tui-nothing-to-undo = Nada que deshacer
tui-nothing-to-redo = Nada que rehacer
tui-undone = Deshecho
tui-redone = Rehecho
tui-merge-refused = { $file }: no fusionado: { $reason }
tui-merge-read-only = { $file }: no fusionado: esta sesión es de solo lectura
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
tui-quit-blocked = No se pudo guardar: { $reason }. Libere espacio o arregle la carpeta y pulse q de nuevo; ahora q escribe una copia de rescate en su carpeta de datos
# After the screen closes.
tui-last-save-failed = el último guardado falló: { $error }
tui-rescue-written = no se pudo guardar en { $path } ({ $error }); hay una copia de rescate en { $rescue }
tui-rescue-failed = no se pudo guardar en { $path } ({ $error }) ni escribir una copia de rescate: los últimos cambios se han perdido

# end of tui

## plain

plain-flag-help = Modo texto para lectores de pantalla y líneas braille: una línea cada vez, sin pantalla completa (también cuando TERM=dumb o la entrada no es un terminal).
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
        [0] Entrada { $number } eliminada
        [one] Entrada { $number } eliminada, con la entrada que tenía debajo
       *[other] Entrada { $number } eliminada, con las { $under } entradas que tenía debajo
    }; /undo la recupera.
plain-nothing-to-undo = No hay nada que deshacer.
plain-nothing-to-redo = No hay nada que rehacer.
plain-undone = Deshecho; { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    } aquí ahora.
plain-redone = Rehecho; { $count ->
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
plain-over-limit = Nota: ahora hay { $count } { $kind } y el formulario del informe admite { $limit }; se conservan todas.
plain-over-limit-under = Nota: ahora hay { $count } { $kind } bajo esa entrada y el formulario del informe admite { $limit }; se conservan todas.
plain-import-usage = Indique el archivo o la carpeta que fusionar, por ejemplo /import asia.json.
plain-import-none = No hay archivos de sesión que fusionar en { $path }.
plain-merged = { $file } fusionado: { $new } nuevas, { $updated } actualizadas, { $deleted } eliminadas.
plain-merged-nothing = { $file } no aporta nada nuevo.
plain-not-merged = { $file } no fusionado: { $why }.
plain-not-merged-read-only = esta sesión es de solo lectura
plain-exported = { $files } exportados en { $dir }.
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

# end of plain
