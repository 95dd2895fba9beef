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
