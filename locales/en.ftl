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

# The main screen: header, tabs, panes, footer.
tui-too-small = Window too small ({ $width }×{ $height }). Make it at least { $min_width }×{ $min_height }; nothing is lost.
tui-save-read-only = READ-ONLY
tui-save-failed = ✗ save failed: { $error }
tui-save-saving = ● saving…
tui-save-saved-at = ✓ saved { $time }
tui-save-saved = ✓ saved
tui-timer-no-agenda = No agenda in this plan
tui-timer-left = { $time } left
tui-timer-over = { $time } over
tui-header-start-timer = s starts the timer
tui-header-table-laptop = table laptop: { $table }
tui-header-last-arrival = last: { $file } { $time }
tui-footer-report-entry = report entry
tui-questions-title = Guiding questions
tui-question-heading = Q{ $number } { $title }
tui-no-question = No guiding question
tui-no-table = no table
tui-nothing-yet = nothing yet: press n to add a point
tui-discussion-points = Discussion points
tui-discussion-point = Discussion point
tui-point = Point
tui-entries = entries
tui-items-by-question = By question
tui-items-by-kind = By kind
tui-item-empty = (empty)
tui-item-said-by = Said by
tui-item-approved = { $who } (approved to be named)
tui-item-not-approved = { $anonymous } (not approved: { $who } is not named)
# Help: headings, then each command's words. What comes before a ":" is the footer's part.
tui-help-title = Help
tui-mode-normal = Main screen
tui-mode-edit = While typing an entry
tui-mode-search = Search
tui-mode-pick = Choosing from a list
tui-mode-import = Merging in a file
tui-mode-report = Report view
tui-mode-panel = Help, aims and file panels
tui-mode-projector = Projector view
tui-group-capture = Capture
tui-group-capture-report = Capture into the report form
tui-group-move = Move around
tui-group-arrange = Arrange
tui-group-session = Session
tui-help-go-to-table = go to table by number
tui-help-shadowed = Template keys taken by the keys above (use + to capture these):
tui-help-saved = Every change is saved within a second.
tui-help-limits = Limits of the report form warn; they never stop you.
tui-keys-undo-typing = undo / redo typing
tui-keys-word-move = word left / right
tui-slot-under-selected = { $slot } (under the selected { $parent })
tui-slot-under-any = { $slot } (under a { $parent })
tui-command-new_point = new point
tui-command-edit = edit
tui-command-new_entry_of_kind = new entry of any kind (pick from a list)
tui-command-sort_into = sort the selected point into a report slot
tui-command-next_table = next table
tui-command-prev_table = previous table
tui-command-select_next = next entry
tui-command-select_prev = previous entry
tui-command-select_first = first entry
tui-command-select_last = last entry
tui-command-next_question = next guiding question
tui-command-prev_question = previous guiding question
tui-command-search = search
tui-command-move_up = move the entry up
tui-command-move_down = move the entry down
tui-command-move_to_prev_question = move the entry to the previous question
tui-command-move_to_next_question = move the entry to the next question
tui-command-move_to_prev_table = move the entry to the previous table
tui-command-move_to_next_table = move the entry to the next table
tui-command-delete = delete
tui-command-undo = undo
tui-command-redo = redo
tui-command-redraw = redraw the whole screen
tui-command-toggle_grouping = group by question / by kind
tui-command-timer_toggle = start / pause the timer
tui-command-next_phase = next agenda phase
tui-command-prev_phase = previous agenda phase
tui-command-projector = projector view
tui-command-report = report view: pick what goes in, set the header
tui-command-export = export the report (Markdown, text, Word) beside the session file
tui-command-import = merge in a table laptop's file (or a folder of them)
tui-command-aims = aims and reference material
tui-command-file_info = session file and save state
tui-command-toggle_mouse = mouse on / off
tui-command-help = help
tui-command-quit = quit
tui-command-go_to_table = table by number
tui-command-done = done: the entry is kept
tui-command-new_line = new line
tui-command-next_field = next field
tui-command-edit-close = done, kept: nothing typed is lost
tui-command-prev_field = previous field
tui-command-toggle_approval = on “approved”: toggle approval to name the speaker
tui-command-search-select_next = choose: the next result
tui-command-search-select_prev = previous result
tui-command-search-confirm = go to it
tui-command-search-close = close
tui-command-pick-select_next = next choice
tui-command-pick-select_prev = previous choice
tui-command-pick-confirm = pick (or press its key)
tui-command-pick-close = cancel
tui-command-import-confirm = merge in
tui-command-import-close = cancel
tui-command-scroll_down = scroll: down
tui-command-scroll_up = scroll: up
tui-command-page_down = page down
tui-command-page_up = page up
tui-command-panel-close = close: so does any other key
tui-command-projector-next_question = next question
tui-command-projector-prev_question = previous question
tui-command-projector-close = back to the main screen
tui-command-report-select_next = choose: the next line
tui-command-report-select_prev = previous line
tui-command-report-select_first = first line
tui-command-report-select_last = last line
tui-command-toggle_pick = in / out: put the entry into the report or take it out
tui-command-report-move_up = order: earlier in the report
tui-command-report-move_down = order: later in the report
tui-command-report-edit = edit: the entry or header field
tui-command-report-export = export: the report files beside the session
tui-command-report-close = back: to the main screen
# Aims and the session file panel (F).
tui-aims-title = Aims, agenda and reference material
tui-aims-heading = Aims of the session
tui-aims-agenda = Agenda ({ $minutes } minutes)
tui-aims-phase = { $title } — { $minutes } min
tui-aims-source = Source: { $source }
tui-file-title = Session file
tui-file-path = File:
tui-file-backup = Backup:
tui-file-lock = Lock:
tui-file-saving = Saving:
tui-file-language = Language:
tui-file-save-failed = ✗ failed: { $error }
tui-file-last-saved = Last saved at { $time } on { $date }
tui-file-entries =
    { $count ->
        [one] { $count } entry; every change is saved within about a second.
       *[other] { $count } entries; every change is saved within about a second.
    }
tui-file-entries-read-only =
    { $count ->
        [one] { $count } entry; read-only: nothing is saved from this window.
       *[other] { $count } entries; read-only: nothing is saved from this window.
    }
tui-read-only = Read-only: { $reason }
# Dialogs: typing, search, lists, merging in.
tui-edit-no-question = no question
tui-edit-question = Q{ $number }
tui-edit-new = New { $kind }
tui-edit-edit = Edit { $kind }
tui-edit-type-here = type here
tui-edit-tab-to-fill = (Tab to fill in)
tui-edit-approval = the speaker agreed to be named (Space toggles; otherwise “anonymous”)
tui-edit-speaker = Speaker
tui-edit-speaker-hint = named in the report only with their approval
tui-edit-organisation = Organisation
tui-search-title = Search all tables
tui-search-placeholder = type to search every table
tui-search-nothing = No entry contains that
tui-pick-new-kind = New entry of which kind?
tui-pick-sort-into = Sort the entry into…
tui-pick-under-which = Under which one?
tui-pick-point = Discussion point (not in the report)
tui-pick-no-parent = There is no { $kind } to put it under yet
tui-import-title = Merge in a table laptop's file
tui-import-placeholder = path of a session file, or a folder of them
tui-import-note = Enter merges (nothing is lost or duplicated) · Esc cancels
tui-import-reading = Reading { $path }…
tui-import-not-started = could not start reading: { $error }
tui-projector-hint = P or Esc: back · Tab: table · ← →: question · s: timer
# The report view.
tui-report-title = Report · Space in/out · K/J order · Enter edit · E export · Esc back
tui-report-enter-to-fill = (Enter to fill in)
tui-report-from = (From { $origin })
tui-report-over = { $count } { $kind } — the form allows { $limit }; you decide which go in
tui-report-up-to = { $count } of up to { $limit }
tui-report-nothing-yet = nothing captured yet
tui-report-nothing-yet-key = nothing captured yet (press { $key } on the main screen)
tui-report-over-under = { $count } { $kind }: the form allows { $limit }
tui-report-left-out = not in the report (Space puts one in): { $count }
# Messages in the status line.
tui-exporting = Exporting the report…
tui-exported = Exported { $files } beside the session (F shows where)
tui-export-failed = Export failed: { $error }
tui-export-not-started = could not start writing the report: { $error }
tui-mouse-on = Mouse on: click a table or an entry (M turns it off to select text)
tui-mouse-off = Mouse off: the terminal selects text again
tui-select-first = Select an entry first (j/k or ↑/↓)
tui-nothing-selected = Nothing selected: n starts a new point
tui-deleted =
    { $count ->
        [0] Deleted (u brings it back)
        [one] Deleted, with the entry under it (u brings them back)
       *[other] Deleted, with the { $count } entries under it (u brings them back)
    }
tui-moves-with-parent = This entry moves with the one it hangs under
tui-no-table-further = There is no table further that way
tui-moved-to = Moved to { $table }
tui-now-point = Now a discussion point
tui-now-slot = Now { $article } { $kind }
tui-select-parent-first = Select a { $parent } first: { $kind } entries go under one
tui-empty-removed = Empty entry removed (u brings it back)
tui-over-limit = { $count } { $kind }: the report form allows { $limit }; R chooses which go in
tui-over-limit-under = { $count } { $kind } under this entry: the report form allows { $limit }. All are kept; delete or move the ones that should not go in
tui-over-limit-report = { $count } { $kind } in the report: the form allows { $limit }
tui-nothing-to-undo = Nothing to undo
tui-nothing-to-redo = Nothing to redo
tui-undone = Undone
tui-redone = Redone
tui-merge-refused = { $file }: not merged: { $reason }
tui-merge-read-only = { $file }: not merged: this session is read-only
tui-merged = Merged { $file }: { $report }
tui-merged-nothing-new = { $file }: nothing new ({ $report })
tui-opened =
    { $count ->
        [one] Opened { $file }: { $count } entry
       *[other] Opened { $file }: { $count } entries
    }
tui-opened-last-change =
    { $count ->
        [one] Opened { $file }: { $count } entry, last change at { $time }
       *[other] Opened { $file }: { $count } entries, last change at { $time }
    }
tui-quit-blocked = Could not save: { $reason }. Free space or fix the folder, then q again; q now writes a rescue copy in your data folder
# After the screen closes.
tui-last-save-failed = the last save failed: { $error }
tui-rescue-written = could not save to { $path } ({ $error }); a rescue copy is in { $rescue }
tui-rescue-failed = could not save to { $path } ({ $error }), nor write a rescue copy: the last changes are lost

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
