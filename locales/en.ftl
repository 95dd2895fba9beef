# breakout — English.
# Every message of locales/en.ftl, with the same ids and arguments. Sections follow the
# code's modules; keep each message in its section.

## language

language-name = English
language-from-flag = --lang { $value }
language-from-env = { $var }={ $value }
language-from-system = the system's setting, { $value }
language-from-default = nothing asked for a language
language-chosen = { $name } ({ $from })
language-missing = { $name } ({ $from } asks for { $tag }, which has no catalog yet)

# A count of entries (plural rules by language).
entries-count =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
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

plain-flag-help = Plain mode for screen readers and braille displays: one line at a time, no full screen (also used when TERM=dumb or input is not a terminal).
plain-welcome = Plain mode. { $place } Type a line to capture it as a point, or /help for the commands.
plain-opened-read-only = Read-only: { $why }; you can look and list, nothing is saved.
plain-prompt = { $table } · Q{ $number } { $title }
plain-prompt-no-question = { $table } · no question
plain-where = Now at { $table }, { $question }, { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } here.
plain-question-label = question { $number }: { $title }
plain-no-question-label = no guiding question
plain-place = { $table }, Q{ $number }
plain-place-no-question = { $table }, no question
plain-q-short = Q{ $number }
plain-q-none = no question
plain-kind-point = Point
plain-point-added = Point { $number } added at { $place }.
plain-point-usage = Type the point after /new_point, or simply type it without a slash.
plain-entry-added = { $kind } { $number } added at { $place }.
plain-entry-added-under = { $kind } { $number } added under entry { $parent }.
plain-entry-usage = Name the kind and type the text, for example /new_entry quote We need data; /help lists the kinds.
plain-entry-text-usage = Type the text after the kind, for example /{ $slot } Ratify the convention.
plain-no-slot = The report has no kind of entry called { $name }; /help lists the kinds.
plain-parent-first = Add a { $parent } first: { $kind } entries go under one.
plain-unknown = There is no command /{ $command }; type /help for the list.
plain-read-only = Not changed: this session is read-only ({ $why }).
plain-refused = Not changed: { $why }.
plain-list = { $table } has { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }:
plain-list-line = { $number }. { $kind }, { $question }: { $text }
plain-list-line-under = { $number }. { $kind } under { $parent }, { $question }: { $text }
plain-list-empty = Nothing is captured at { $table } yet.
plain-no-number = There is no entry { $number } here: /list shows { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }.
plain-number-usage = Give the entry's number from /list, for example /delete 2.
plain-edit-usage = Give the number and the new text, for example /edit 2 New wording.
plain-edited = Entry { $number } changed.
plain-deleted = { $under ->
        [0] Entry { $number } deleted
        [one] Entry { $number } deleted, with the entry under it
       *[other] Entry { $number } deleted, with the { $under } entries under it
    }; /undo brings it back.
plain-nothing-to-undo = Nothing to undo.
plain-nothing-to-redo = Nothing to redo.
plain-undone = Undone; { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } here now.
plain-redone = Redone; { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } here now.
plain-no-agenda = This plan has no agenda, so there is no timer.
plain-timer-usage = Say /timer start or /timer pause.
plain-phase-usage = Say /phase next or /phase prev.
plain-timer-running = Timer running, phase { $number } of { $count }, { $phase }: { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } left.
plain-timer-paused = Timer paused, phase { $number } of { $count }, { $phase }: { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } left.
plain-timer-running-over = Timer running, phase { $number } of { $count }, { $phase }: { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } over time.
plain-timer-paused-over = Timer paused, phase { $number } of { $count }, { $phase }: { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } over time.
plain-no-table-number = There is no table { $number }; the plan has { $count ->
        [one] 1 table
       *[other] { $count } tables
    }.
plain-no-table = No table is called { $name }; /tables lists them.
plain-tables-ambiguous = Several tables begin with { $name }: { $tables }; type more of the name.
plain-no-question = There is no question { $name }; /questions lists the { $count }.
plain-tables = { $count ->
        [one] The plan has 1 table
       *[other] The plan has { $count } tables
    }; you are at { $current }:
plain-table-line = { $number }. { $name } ({ $id }), { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }
plain-questions = { $count ->
        [one] 1 guiding question
       *[other] { $count } guiding questions
    }; the current one is { $current }:
plain-question-line = { $number }. { $title }: { $text }
plain-no-questions = This plan has no guiding questions.
plain-over-limit = Note: { $count } { $kind } now, and the report form allows { $limit }; all are kept.
plain-over-limit-under = Note: { $count } { $kind } under that entry now, and the report form allows { $limit }; all are kept.
plain-import-usage = Name the file or folder to merge, for example /import asia.json.
plain-import-none = No session files to merge in { $path }.
plain-merged = Merged { $file }: { $new } new, { $updated } updated, { $deleted } deleted.
plain-merged-nothing = { $file } brought nothing new.
plain-not-merged = { $file } not merged: { $why }.
plain-not-merged-read-only = this session is read-only
plain-exported = Exported { $files } in { $dir }.
plain-export-failed = Export failed: { $why }.
plain-save-failing = Could not save ({ $why }); your notes are kept and saving is retried.
plain-save-works-again = Saving works again; everything is saved.
plain-quit-blocked = Could not save ({ $why }); free some space or fix the folder and /quit again, or /quit now to write a rescue copy.
plain-saved = Saved { $file } ({ $count ->
        [one] 1 entry
       *[other] { $count } entries
    }).
plain-closed-read-only = Closed { $file }; it was read-only, so nothing was saved.
plain-last-save-failed = the last save failed: { $why }
plain-rescued = could not save to { $file } ({ $why }); a rescue copy is in { $rescue }
plain-lost = could not save to { $file } ({ $why }), nor write a rescue copy: the last changes are lost
plain-info-file = File { $file }
plain-info-saved = saved at { $time }
plain-info-saving = saving
plain-info-unchanged = nothing changed yet
plain-info-nothing-saved = nothing is saved
plain-info-save-failed = not saved: { $why } (kept in memory, saving is retried)
plain-info-locked = this breakout holds the lock
plain-info-read-only = read-only: { $why }
plain-info-watching = merging files arriving in { $dir }
plain-info-language = language { $language }
plain-help = Type a line to capture it as a point at the current table and question; commands start with a slash:
plain-help-aliases = {" "}(also { $aliases })
plain-help-new_point = new_point TEXT: a point that starts like a command
plain-help-new_entry = new_entry KIND TEXT: an entry of a kind below; /KIND TEXT works too
plain-help-list = list: this table's entries, numbered
plain-help-edit = edit N TEXT: new text for entry N
plain-help-delete = delete N: delete entry N and what hangs under it
plain-help-undo = undo: undo the last change
plain-help-redo = redo: redo what was undone
plain-help-go_to_table = go_to_table TABLE: go to a table by number, id or name
plain-help-tables = tables: the plan's tables
plain-help-next_table = next_table: the next table
plain-help-prev_table = prev_table: the previous table
plain-help-go_to_question = go_to_question N: make question N current (none for no question)
plain-help-questions = questions: the guiding questions
plain-help-next_question = next_question: the next question
plain-help-prev_question = prev_question: the previous question
plain-help-timer_toggle = timer_toggle start|pause: start or pause the agenda timer
plain-help-next_phase = next_phase: the agenda's next phase; /phase prev goes back
plain-help-prev_phase = prev_phase: the agenda's previous phase
plain-help-export = export: write the report (md, txt, docx) beside the session file
plain-help-import = import PATH: merge a session file, or a folder of them
plain-help-file_info = file_info: the file, saving, the lock and the language
plain-help-help = help: this list
plain-help-quit = quit: save and leave (end of input does the same)
plain-help-slots = Kinds of entry, for /new_entry KIND TEXT or /KIND TEXT (the start of an id works too, such as /rec):
plain-help-slot = { $id } (key { $key }): { $label }
plain-help-slot-no-key = { $id }: { $label }
plain-help-slot-under = , goes under the latest { $parent }

# end of plain
