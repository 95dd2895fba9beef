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

# end of plain
