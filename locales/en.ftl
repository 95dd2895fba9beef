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

# Generic: a file and what is said about it.
cli-path-says = { $path }: { $text }
cli-valid = { $path }: valid { $summary }
cli-plan-title = { $event }, session { $number }: { $title }
cli-describe-plan = session plan { $id } ({ $title }): { $tables ->
        [one] { $tables } table
       *[other] { $tables } tables
    }, { $questions ->
        [one] { $questions } guiding question
       *[other] { $questions } guiding questions
    }, { $phases ->
        [one] { $phases } agenda phase
       *[other] { $phases } agenda phases
    } ({ $minutes } min); report template { $template } ({ $source })
cli-describe-template = report template { $id } ({ $title }): { $fields ->
        [one] { $fields } header field
       *[other] { $fields } header fields
    }, { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    }, { $slots ->
        [one] { $slots } slot
       *[other] { $slots } slots
    }
cli-describe-session = session file of plan { $id } ({ $title }): { $items ->
        [one] { $items } item
       *[other] { $items } items
    }{ $deleted ->
        [0] {""}
       *[other] {" "}({ $deleted } deleted)
    }, last changed { $changed }
cli-layout-unreadable = { $path }: cannot read the layout: { $error }
cli-layout-wrong-format = --layout applies to --format md and txt only
cli-export-failed = { $path }: { $error }; nothing was written
cli-export-same-file = { $path }: that is the session file itself; choose another output
cli-wrote = Wrote { $path }
cli-stdout-failed = could not write to standard output: { $error }
cli-export-note = note: { $warning } (the rapporteur decides; everything captured is included)
cli-export-language = note: the template asks for language { $code }, which breakout has no catalog for; the report's own words are in English (languages available: { $available })
cli-export-disk-full = { $path }: the disk is full; nothing was written
cli-export-read-only = { $path }: cannot write in this folder (read-only, or not yours); nothing was written
cli-export-no-folder = { $path }: the folder does not exist; nothing was written
cli-export-io = { $path }: could not write ({ $error }); nothing was written
cli-plans-builtin = Built-in plans (use with --plan ID):
cli-plans-builtin-templates = Built-in report templates:
cli-plans-error = error: { $error }
cli-plans-none = No plans or templates in { $dir }.
cli-plans-in = In { $dir } (use a plan with --plan PATH):
cli-plans-plan = { $path }  plan { $id }: { $title }
cli-plans-template = { $path }  template { $id }: { $title }
cli-plans-not-valid = { $path }  NOT VALID: { $error }
cli-read-only-needs-file = --read-only needs the FILE to open
cli-read-only-flag = opened with --read-only; nothing is saved
cli-read-only-in-use = open in another breakout
cli-read-only-in-use-by = open in another breakout ({ $holder })
cli-read-only-folder = the folder cannot be written
cli-read-only-why = Read-only: { $why }
cli-no-such-table = the plan has no table { $table }; its tables are: { $tables }
cli-watch-not-folder = { $path }: not a folder; --watch needs the folder the table files arrive in
cli-created = Created { $path } from the given plan ({ $title }).
cli-created-default = Created { $path } from the built-in default plan ({ $title }).
cli-temps-removed = { $count ->
        [one] Removed { $count } temporary file left by an interrupted save.
       *[other] Removed { $count } temporary files left by an interrupted save.
    }
cli-not-a-terminal = Not a terminal: run breakout in a terminal to use the live screen.
cli-terminal-failed = the terminal failed: { $error }
cli-closed-read-only = Closed { $path } (read-only: nothing was saved).
cli-saved = Saved { $path } ({ $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }).
cli-no-data-folder = cannot find your data folder (is HOME set?); give the session FILE to open instead
cli-cannot-create-folder = { $path }: cannot create the folder: { $error }
cli-too-many-files = { $path }: too many session files for this minute
cli-merge-nothing = nothing to merge
cli-merge-in-use = { $path }: in use by another breakout; nothing was merged. Close it there and merge again, or import the files in that breakout (I)
cli-merge-in-use-by = { $path }: in use by another breakout ({ $holder }); nothing was merged. Close it there and merge again, or import the files in that breakout (I)
cli-merge-not-valid = the merged session is not valid: { $problem }
cli-merged = Merged { $files ->
        [one] { $files } file
       *[other] { $files } files
    } into { $path }: { $summary }. It now holds { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }.

# --help. Headings are followed by a colon that clap adds.
cli-help-usage = Usage:
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-heading-commands = Commands
cli-help-command-name = COMMAND
cli-help-arg-help = Print help
cli-help-arg-help-more = Print help (see more with '--help')
cli-help-arg-help-summary = Print help (see a summary with '-h')
cli-help-arg-version = Print version
cli-help-arg-lang = Language of the interface (en, fr, es, …); otherwise from LC_ALL, LC_MESSAGES, LANG or the system's setting
cli-help-about = Run a live breakout session and write its rapporteur report, offline.
cli-help-long-about =
    Run a live breakout session and write its rapporteur report, offline.

    With FILE, opens that session file, creating it from the plan when it does not exist. Without FILE, creates a new dated session file in your data folder and says where.
cli-help-arg-file = Session file to open (created from the plan when it does not exist)
cli-help-arg-plan = Plan for a new session: a plan file, or the id of a built-in plan (see `breakout plans`)
cli-help-arg-read_only = Open without taking the session's lock; nothing is saved
cli-help-arg-table = This laptop captures one table: new entries are tagged with it and the screen leads with it (a table id from the plan, e.g. `asia`)
cli-help-arg-watch = Merge in table files as they appear or change in this folder (a shared or synced folder, or a USB stick)
cli-help-validate-about = Check a plan, report template or session file; prints a summary, or every problem
cli-help-validate-arg-file = The file to check
cli-help-export-about = Write a session in another format
cli-help-export-arg-file = The session file
cli-help-export-arg-format = Output format: md (the report in Markdown), txt (the report as plain text, laid out like the form), docx (the report as a Word document) or json (the session file itself)
cli-help-export-arg-output = Where to write. Text formats go to standard output when omitted; a Word document goes beside the session file
cli-help-export-arg-layout = A minijinja layout to use instead of the built-in one (md and txt)
cli-help-merge-about = Merge session files from several laptops into one, without duplicates or losses
cli-help-merge-arg-files = Session files to merge (table laptops' files, earlier merges, …)
cli-help-merge-arg-output = The merged session file; if it exists, it is merged in too, never overwritten
cli-help-schema-about = Print the JSON Schema of a file kind, for checking plans and templates in an editor
cli-help-schema-arg-kind = Which kind of file: plan, template or session
cli-help-plans-about = List the built-in plans and templates, and those found in a folder
cli-help-plans-arg-dir = Folder to look in (and in its direct sub-folders); sessions by default
cli-help-help-about = Print this message or the help of the given subcommand(s)

# end of cli

## storage

storage-kind-plan = session plan
storage-kind-template = report template
storage-kind-session = session file
storage-no-such-file = { $path }: no such file
storage-permission-denied = { $path }: permission denied; check the file's owner and mode
storage-not-utf8 = { $path }: the file is not UTF-8 text ({ $error })
storage-cannot-read = { $path }: cannot read: { $error }
storage-empty = { $path }: the file is empty. It was left as it is; if it is a session file, its backup { $path }.bak may hold the last good copy
storage-syntax = { $path }:{ $line }:{ $column }: not valid JSON: { $problem }. The file was left as it is
storage-no-format = { $path }: not a breakout file: it has no "format" field (expected "breakout-plan", "breakout-template" or "breakout-session")
storage-not-breakout = { $path }: not a breakout file: "format" is { $found } (expected "breakout-plan", "breakout-template" or "breakout-session")
storage-wrong-kind = { $path }: this is a { $found }, not a { $expected }
storage-wrong-kind-plan = { $path }: this is a { $found }, not a { $expected }. To start a new session from this plan, run: breakout --plan { $command }
storage-wrong-kind-session = { $path }: this is a { $found }, not a { $expected }. To open this session, run: breakout { $command }
storage-wrong-kind-template = { $path }: this is a { $found }, not a { $expected }. A report template is used through a plan that names it in its "template" field
storage-newer = { $path }: this { $kind } has format version { $found }, written by a newer breakout; this one reads up to version { $supported }. Update breakout to open it. The file was left as it is
storage-schema = { $path }:{ $line }:{ $column }: { $field }: { $problem }
storage-invalid = { $path }: this { $kind } has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
storage-template-not-found = { $path }: the plan uses report template { $id }, which is not built in and was not found in
storage-syntax-key = a field name in double quotes was expected: is there a comma before a closing {"}"}, or a name in single quotes?
storage-syntax-trailing-comma = a comma before a closing ] or {"}"}: remove it
storage-syntax-missing-comma = { $message } (is a comma missing just before this?)
storage-syntax-control = a line break or control character inside quotes: write a line break as \n
storage-syntax-escape = an unknown escape after a backslash: write a backslash as \\
storage-expected-found = expected { $expected }, found { $found }
storage-expected-list = expected { $expected }, found a list ([…]) of { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
storage-bad-time = not a valid date or time ({ $message }); write a date as "2016-12-08" and a date and time as "2016-12-08T09:30:00Z"
storage-bad-unicode = the text is not valid UTF-8; save the file as UTF-8
storage-json-text = text in quotes
storage-json-list = a list ([…])
storage-json-object = an object ({"{"}…{"}"})
storage-json-boolean = true or false
storage-json-integer = a whole number
storage-json-count = a whole number, 0 or more
storage-json-uuid = an id in quotes (a UUID)
storage-json-time = a date and time in quotes, such as "2016-12-08T09:30:00Z"
storage-found-number = the number { $number }
storage-found-text = the text { $text }
storage-utf16 = the file is saved as UTF-16; save it as UTF-8
storage-top-level = (top level)
storage-cut-short = the file ends too early (it may have been cut short)
storage-disk-full = { $path }: the disk is full; free some space (the notes are safe in memory and will be saved as soon as there is room)
storage-save-read-only = { $path }: cannot write in this folder ({ $error }); the notes are safe in memory: save them to another folder
storage-save-failed = { $path }: could not save: { $error }
storage-encode = could not encode the session: { $error }
storage-session-read-only = { $path }: opened read-only, so changes are not saved here
storage-in-use = { $path }: this session is already open in another breakout. Close it there, or open this one read-only
storage-in-use-by = { $path }: this session is already open in another breakout ({ $holder }). Close it there, or open this one read-only
storage-lock-failed = { $path }: cannot lock the session: { $error }
storage-no-folder = { $path }: the folder does not exist; create it first or choose another path
storage-create-failed = { $path }: could not create the session file: { $error }
storage-autosave-not-started = could not start the autosave thread
storage-autosave-stopped = the autosave thread has stopped
storage-incomplete = not a complete breakout session file (is it still being copied?)
storage-built-in = built in

# end of storage

## model

model-empty = must not be empty
model-bad-id = id { $id } must be 1-64 characters of lower-case letters, digits, '-', '_' or '.'
model-plan-id = plan id { $id } must be 1-64 characters of lower-case letters, digits, '-', '_' or '.'
model-template-id = template id { $id } must be 1-64 characters of lower-case letters, digits, '-', '_' or '.'
model-duplicate-id = duplicate id { $id }
model-version-zero = must be at least 1
model-version-newer = version { $found } was written by a newer breakout; this one reads up to version { $supported }. Update breakout to open it
model-event-ends-before = the event ends before it starts
model-no-questions = a plan needs at least one guiding question
model-no-tables = a plan needs at least one table
model-minutes = must be between 1 and 1440 minutes
model-no-table-id = no table with id { $id } in "tables"
model-no-sections = a template needs at least one section
model-no-slots = a section needs at least one slot
model-duplicate-slot = duplicate slot id { $id } (also at { $first })
model-key-one-char = must be a single visible character
model-key-used = key { $key } is already used by { $first }
model-limit = must be at least 1 (omit it for no limit)
model-no-slot-id = no slot with id { $id }
model-slot-under-itself = a slot cannot hang under itself
model-nested-too-deep = slot { $id } itself hangs under another slot; only one level of nesting is allowed
model-pick-nested = entries under another entry go into the report with it; "pick" is only for top-level slots
model-bad-language = { $code } is not a language code; write one such as "en", "fr" or "es-MX"
model-discussion-point = Discussion point
model-template-mismatch = the plan uses template { $plan } but the session holds { $session }
model-no-phase = the plan has no agenda phase number { $number }
model-no-header-field-here = the template has no such header field
model-not-picked-slot = entries of this slot are not picked
model-no-slot-here = the template has no such slot
model-no-slot = the report template has no slot { $id }
model-no-table = the plan has no table { $id }
model-no-question = the plan has no guiding question { $id }
model-no-entry = no entry with id { $id }
model-parent-required = { $child } entries go under a { $parent }: choose the { $parent } first
model-no-parent-allowed = { $child } entries do not go under another entry
model-wrong-parent = { $child } entries go under a { $parent }, and that entry is not one
model-no-field = { $slot } entries have no field { $field }
model-no-attribution = only entries of a slot with an attribution rule record a speaker
model-no-header-field = the report template has no header field { $id }
model-has-children = Entries hang under this one: move or delete them first
model-not-picked = entry { $id } is not of a kind the rapporteur picks for the report
model-merge-different-plans = these sessions come from different plans ({ $ours } and { $theirs }); only sessions of the same plan can be merged
model-merge-plan-changed = both sessions use plan { $id }, but its content differs between them (was the plan edited on one laptop?); start the sessions from the same plan file to merge them
model-merge-template-changed = both sessions use report template { $id }, but its content differs between them; start the sessions from the same template to merge them
model-merge-report = { $new } new, { $updated } updated, { $deleted } deleted{ $conflicts ->
        [0] {""}
       *[other] , { $conflicts } changed on both sides (newer kept)
    }{ $other ->
        [0] {""}
        [one] , { $other } header/pick/timer change
       *[other] , { $other } header/pick/timer changes
    }, { $unchanged } already up to date
# Event dates in a report header: "2016-12-08 to 2016-12-10".
model-dates = { $start } to { $end }

# end of model

## export

# In the template's language: the words a report adds itself.
export-none-chosen = None chosen for the report yet.
export-nothing-captured = Nothing captured.
export-none-captured = None captured.
# A recommendation's table of origin: "From Asia Group".
export-from = From { $origin }
# In the interface's language.
export-over-limit = { $count } { $what }: the form allows { $limit }
export-over-limit-under = { $count } { $what } under { $under }: the form allows { $limit }
export-layout-error-line = layout line { $line }: { $error }
export-layout-error = layout: { $error }
export-docx-failed = could not build the Word document: { $error }
export-encode = could not encode the session: { $error }

# end of export

## tui

# end of tui

## plain

# end of plain
