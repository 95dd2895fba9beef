# breakout — English.
# Every message of locales/en.ftl, with the same ids and arguments. Sections follow the
# code's modules; keep each message in its section.

## language

language-name = English
language-from-flag = --lang { $value }
language-from-config = { $file }
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
cli-export-note = note: { $warning } (all of these are included; the rapporteur leaves some out in the report view)
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
cli-no-such-table = the plan has no table { $table }; its tables are: { $tables }
cli-watch-not-folder = { $path }: not a folder; --watch needs the folder the table files arrive in
cli-created = Created { $path } from the given plan ({ $title }).
cli-created-default = Created { $path } from the built-in default plan ({ $title }).
cli-temps-removed = { $count ->
        [one] Removed { $count } temporary file left by an interrupted save.
       *[other] Removed { $count } temporary files left by an interrupted save.
    }
cli-plain-failed = plain mode could not start: { $error }
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

# --help. Headings are followed by a colon that clap adds (French ends them with a space:
# « Options : »).
cli-help-usage = Usage:
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-heading-commands = Commands
cli-help-command-name = COMMAND
# Names of values in --help and in its usage line: <FILE>, [OPTIONS].
cli-help-value-options = OPTIONS
cli-help-value-file = FILE
cli-help-value-files = FILES
cli-help-value-plan = PLAN
cli-help-value-id = ID
cli-help-value-dir = DIR
cli-help-value-code = CODE
cli-help-value-theme = THEME
cli-help-value-format = FORMAT
cli-help-value-out = OUT
cli-help-value-kind = KIND
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
cli-help-arg-plain = Plain mode for screen readers and braille displays: one line at a time, no full screen (also used when TERM=dumb or input is not a terminal)
cli-help-arg-theme = How the screen looks: default, or high-contrast (white on black, bold and underline instead of colours); NO_COLOR is honoured in both
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

cli-help-arg-projector = Open FILE read-only in the projector view, for a second window on the wall: it follows the file as another breakout saves it
cli-read-only-projector = a projector window: it follows the file and saves nothing
cli-help-arg-config = The config file to read instead of config.toml in your config folder (also BREAKOUT_CONFIG)
cli-help-config-about = Print where the config file is, or a complete default config file
cli-help-config-arg-default = Print a complete, commented config file: every setting at its default, every command with its keys
cli-config-exists = { $path }
cli-config-missing = { $path } (not there: every setting is at its default; `breakout config --default` prints a file to start from)
cli-config-no-folder = This system has no config folder: name a config file with --config FILE or BREAKOUT_CONFIG.
cli-not-a-session = { $name } is not a breakout command, and there is no file of that name; a new session file's name must end in .json (as in { $example }). Nothing was created.
cli-did-you-mean = did you mean '{ $command }'?
cli-try-help = For the commands and options, try 'breakout --help'.
cli-help-completions-about = Print a completion script for a shell (bash, zsh, fish, powershell, elvish)
cli-help-completions-arg-shell = The shell: bash, zsh, fish, powershell or elvish
cli-help-value-shell = SHELL
cli-help-man-about = Print the manual page (roff), for man -l - or a man folder
cli-help-heading-examples = Examples
cli-help-heading-exit-codes = Exit codes
cli-help-example-open = Open a session file, creating it from the built-in default plan if it does not exist
cli-help-example-table = A table laptop: captures the table "asia" of the plan
cli-help-example-watch = The rapporteur: merges the table files as they arrive in a shared folder or on a USB stick
cli-help-example-projector = A second window for the wall: follows geneva.json as the rapporteur's window saves it
cli-help-example-export = Write the report as a Word document beside the session file (geneva.docx)
cli-help-example-merge = Merge the table laptops' files into one session, without duplicates or losses
cli-help-exit-0 = Success (also for --help and --version)
cli-help-exit-1 = An error, explained on standard error: a file that cannot be read or written, a save that failed, a file that digest skipped
cli-help-exit-2 = A usage error: an unknown option or command, a missing argument, a new file whose name does not end in .json
cli-help-exit-101 = breakout stopped on a bug; the notes were saved first, and the message names the file and the log

cli-help-digest-about = Gather the priority messages (or other slots) that sessions picked for their reports into one digest for the Chair, session by session
cli-help-digest-arg-files = Session files, of any plans and templates
cli-help-digest-arg-format = Output format: md, txt, docx or json (by default OUT's extension, else md)
cli-help-digest-arg-output = Where to write; standard output when omitted
cli-help-digest-arg-slots = Gather these slots (ids, separated by commas) instead of those the templates mark for the digest
cli-help-example-digest = The Chair's digest: the priority messages every session picked, in session order, as a Word document
cli-digest-skipped = skipped: { $error }
cli-digest-no-marked-slot = { $path }: its template marks no slot for the digest, so nothing comes from it (choose slots with --slots ID,...)
cli-digest-no-named-slot = { $path }: its template has none of the slots { $slots }, so nothing comes from it
cli-digest-nothing = no session file could be read; nothing was written
cli-digest-none-marked = no session's template marks a slot for the digest; nothing was written. Name the slots with --slots ID,...
cli-digest-none-named = no session has a slot { $slots }; nothing was written
cli-digest-some-skipped = { $count ->
        [one] { $count } file of { $total } was skipped (see above); the digest holds the others
       *[other] { $count } files of { $total } were skipped (see above); the digest holds the others
    }
cli-digest-docx-terminal = a Word document cannot be shown in the terminal: write it to a file with -o OUT (e.g. -o digest.docx)
cli-digest-same-file = { $path }: that is one of the session files; choose another output
cli-digest-failed = could not make the digest: { $error }; nothing was written

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
storage-holds-list = { $path }: not a breakout file: it holds a list ([…]), not a breakout session, plan or template (those are objects, {"{"}…{"}"}). The file was left as it is
storage-holds-text = { $path }: not a breakout file: it holds a single text in quotes, not a breakout session, plan or template (those are objects, {"{"}…{"}"}). The file was left as it is
storage-holds-number = { $path }: not a breakout file: it holds a number, not a breakout session, plan or template (those are objects, {"{"}…{"}"}). The file was left as it is
storage-holds-boolean = { $path }: not a breakout file: it holds true or false, not a breakout session, plan or template (those are objects, {"{"}…{"}"}). The file was left as it is
storage-holds-null = { $path }: not a breakout file: it holds null, not a breakout session, plan or template (those are objects, {"{"}…{"}"}). The file was left as it is
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
storage-good-backup = Its backup { $backup } is the save before and reads correctly ({ $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }). To look at it: breakout --read-only { $open }. To carry on from it, move { $path } aside and copy the backup in its place (cp { $open } { $target }), then open { $path } again.
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
storage-save-as-not-json = { $path }: a session file's name must end in .json (or give a folder, and the session keeps its name there)
storage-save-as-same = { $path }: the session is already saved there
storage-save-as-exists = { $path }: another file is already there and was left as it is; choose another name or folder
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
# Event dates in a report header: "8 December 2016 to 10 December 2016".
model-dates = { $start } to { $end }

model-bad-date = { $field }: { $value } is not a date; write it as YYYY-MM-DD, e.g. 2026-12-08
# A month's name in a date written out ("8 December 2026"); $month is 1–12.
model-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
# A date written out in a report: "8 December 2026".
model-date = { $day } { $month } { $year }
model-key-reserved = key { $key } is one the app itself uses; choose one that is not among { $reserved }
model-caption-placeholder = { $found } is not a placeholder a caption can use; use { "{n}" } (the entry's number) or { "{table}" } (its table)
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

# The Chair's digest (breakout digest), in the interface's language.
export-digest-title = { $what } from { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
export-digest-entries = Entries
export-digest-and = { $first } and { $last }
export-digest-session = Session { $number }: { $title }

# A ranked-per-table slot's heading for the entries that came from no table.
export-no-table = Not from a table
export-over-limit-table = { $count } { $what } from { $table }: the form allows { $limit } from each table
export-over-limit-no-table = { $count } { $what } from no table: the form allows { $limit } from each table
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
tui-header-start-timer = { $key } starts the timer
tui-header-table-laptop = table laptop: { $table }
tui-header-last-arrival = last: { $file } { $time }
# After a label ("Target: …"); French puts a space before the colon.
tui-label-sep = { ": " }
tui-footer-report-entry = report entry
tui-questions-title = Guiding questions
tui-question-heading = Q{ $number } { $title }
tui-no-question = No guiding question
tui-no-table = no table
tui-nothing-yet = nothing yet: press { $key } to add a point
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
tui-mode-tables = Going to a table
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
tui-command-choose_table = any table, from a list
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
tui-command-tables-select_next = next table
tui-command-tables-select_prev = previous table
tui-command-tables-confirm = go there
tui-command-tables-close = cancel
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
tui-aims-phase-question = — question { $number }: { $question }
tui-aims-phase-now = (now)
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
tui-edit-approval = Space: agreed to be named (else “anonymous”)
tui-edit-speaker = Speaker
tui-edit-speaker-hint = named in the report only with their approval
tui-edit-organisation = Organisation
tui-search-title = Search all tables
tui-search-placeholder = type to search every table
tui-search-nothing = No entry contains that
tui-tables-title = Go to table
tui-tables-placeholder = type its number or part of its name
tui-tables-none = No table matches that
tui-tabs-more-left = ‹ { $count } more
tui-tabs-more-right = { $count } more ›
tui-message-more = … ({ $key } shows it all)
tui-file-message = Last message:
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
tui-exported = Exported to { $folder }: { $files }
tui-exported-cut = Exported to { $folder }: { $files } ({ $key } shows where)
tui-export-notes = . { $count ->
    [one] Note
   *[other] Notes
} (you decide): { $notes }
tui-export-failed = Export failed: { $error }
tui-export-not-started = could not start writing the report: { $error }
tui-mouse-on = Mouse on: click a table or an entry (M turns it off to select text)
tui-mouse-off = Mouse off: the terminal selects text again
tui-select-first = Select an entry first (j/k or ↑/↓)
tui-nothing-selected = Nothing selected: { $key } starts a new point
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
tui-empty-removed = Empty entry removed ({ $key } brings it back)
tui-over-limit = { $count } { $kind } in the report: the form allows { $limit }; { $key } chooses which go in
tui-over-limit-under = { $count } { $kind } in the report under this entry: the form allows { $limit }; { $key } chooses which go in
tui-over-limit-table = { $count } { $kind } from { $table } in the report: the form allows { $limit } per table; { $key } chooses which go in
tui-over-limit-no-table = { $count } { $kind } from no table in the report: the form allows { $limit } per table; { $key } chooses which go in
tui-over-limit-report = { $count } { $kind } in the report: the form allows { $limit }
tui-nothing-to-undo = Nothing to undo
tui-nothing-to-redo = Nothing to redo
tui-undone = Undone: { $what }
tui-redone = Redone: { $what }
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
tui-quit-blocked = Not saved; { $key } again writes a rescue copy, or fix this first: { $reason }
# After the screen closes.
tui-last-save-failed = the last save failed: { $error }
tui-rescue-written = could not save to { $path } ({ $error }); a rescue copy is in { $rescue }
tui-rescue-failed = could not save to { $path } ({ $error }), nor write a rescue copy: the last changes are lost

tui-read-only-refused = Read-only: this window cannot change the session
tui-follow-gone = { $file } is gone (deleted or moved): showing the last version read
tui-follow-unreadable = { $file } cannot be read now: showing the last version read. { $reason }
tui-follow-back = { $file } is back: showing its latest version
tui-projector-hint-read-only = P or Esc: main screen · Tab: table · ← →: question
tui-file-config = Config file:
tui-config-problems = { $count ->
        [one] The config file has a problem; what it sets keeps its default ({ $key } shows it).
       *[other] The config file has { $count } problems; what they set keeps its default ({ $key } shows them).
    }
tui-command-suspend = suspend: back to the shell; fg returns
tui-suspend-unavailable = Suspending ({ $suspend }) is not available on this system; quit with { $key } instead.
tui-title = breakout: { $file } · { $session }
tui-panic-saved = breakout stopped because of a bug (the message above). Your notes are saved in { $path }.
tui-panic-read-only = breakout stopped because of a bug (the message above). { $path } was open read-only and is unchanged.
tui-panic-log = The log is { $log }: please send it with the message above to whoever supports breakout.
tui-panic-no-log = No log was written (the data folder could not be written); please send the message above to whoever supports breakout.

tui-mode-save-as = Saving in another folder
tui-command-save_as = save in another folder from now on (when this one cannot be written or the disk is full)
tui-command-save_as-confirm = save there
tui-command-save_as-close = cancel
tui-save-as-title = Save in another folder from now on
tui-save-as-placeholder = a folder, or a file name ending in .json
tui-save-as-note = Enter saves the session there and goes on saving there (a folder keeps the file's name) · Esc cancels
tui-save-as-saving = Saving in { $path }…
tui-save-as-done = Saved as { $path }; from now on every change is saved there.
tui-save-as-failed = Not saved there, still saving where it was: { $error }
tui-save-failed-elsewhere = ✗ save failed ({ $key }: save in another folder): { $error }
tui-file-save-elsewhere = Press { $key } to save in another folder from now on.
tui-changed-on-disk = { $file } changed on disk (another laptop): merged in { $new } new, { $updated } updated, { $deleted } deleted
tui-disk-version-kept = { $file } on disk could not be merged: it is kept as { $copy }, and this session was saved in its place ({ $reason })
tui-phase-now = Phase { $number }: { $phase }
tui-phase-question = Phase { $number }: { $phase } — question { $question }: { $title }
tui-edit-date-format = YYYY-MM-DD
tui-edit-date-hint = { $hint } ({ $format })
tui-edit-bad-date-quit = { $error } — Ctrl-C again leaves without this date
tui-edit-bad-date-close = { $error } — { $key } again leaves without this date
tui-item-over-limit = [over limit]
tui-report-per-table = up to { $limit } per table
tui-report-over-table = { $table }: { $count } of up to { $limit }
tui-report-over-per-table = Past the limit per table: { $tables }
tui-command-join_lines = join wrapped lines into paragraphs (text pasted from a PDF or an email)
tui-paste-has-breaks = Pasted with its line breaks: { $key } joins wrapped lines into paragraphs
tui-lines-joined = { $count ->
        [one] Wrapped lines joined: 1 line break fewer ({ $key } takes it back)
       *[other] Wrapped lines joined: { $count } line breaks fewer ({ $key } takes it back)
    }
tui-nothing-to-join = No wrapped lines to join: blank lines and list items keep their breaks
tui-edit-parent = { $kind } { $number }
tui-edit-new-under = New { $kind } under { $parent }: { $text }
tui-edit-edit-under = Edit { $kind } under { $parent }: { $text }
tui-what-new = new { $kind } “{ $text }”
tui-what-deleted = deleted { $kind } “{ $text }”
tui-what-edited = edited { $kind } “{ $text }”
tui-what-sorted = sorted into { $kind }: “{ $text }”
tui-what-moved-to = moved { $kind } “{ $text }” to { $place }
tui-what-moved = moved { $kind } “{ $text }”
tui-what-no-table = no table
tui-what-header = the header's { $field }
tui-what-picked = put { $kind } “{ $text }” into the report
tui-what-unpicked = left { $kind } “{ $text }” out of the report
tui-what-reordered = reordered { $kind } “{ $text }” in the report
tui-what-more = { $what } and { $count } more
tui-what-point = point
tui-what-unknown = the last change
tui-file-exported = Report files:
# end of tui

## plain

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
        [0] Deleted { $entry }
        [one] Deleted { $entry }, with the entry under it
       *[other] Deleted { $entry }, with the { $under } entries under it
    }; /undo brings it back.
plain-nothing-to-undo = Nothing to undo.
plain-nothing-to-redo = Nothing to redo.
plain-undone = Undid { $what }; { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } here now.
plain-redone = Redid { $what }; { $count ->
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
plain-over-limit = Note: { $count } { $kind } now go into the report, and the form allows { $limit }; all are kept.
plain-over-limit-under = Note: { $count } { $kind } under that entry go into the report, and the form allows { $limit }; /unpick N leaves one out.
plain-over-limit-table = Note: { $count } { $kind } from { $table } go into the report, and the form allows { $limit } from each table; all are kept.
plain-over-limit-no-table = Note: { $count } { $kind } from no table go into the report, and the form allows { $limit } from each table; all are kept.
plain-import-usage = Name the file or folder to merge, for example /import asia.json.
plain-import-none = No session files to merge in { $path }.
plain-merged = Merged { $file }: { $new } new, { $updated } updated, { $deleted } deleted.
plain-merged-nothing = { $file } brought nothing new.
plain-not-merged = { $file } not merged: { $why }.
plain-not-merged-read-only = this session is read-only
plain-exported = { $count ->
        [one] Exported to { $dir }: { $files }.
       *[other] Exported to { $dir }: { $files }.
    }
plain-export-notes = { $count ->
    [one] Note
   *[other] Notes
} (you decide): { $notes }.
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
plain-help-field = field N NAME VALUE: set a field of entry N (its target, speaker, organisation, consent yes or no; /fields N names them); - as VALUE clears it
plain-help-fields = fields N: entry N's fields and their values
plain-help-header = header [NAME VALUE]: the report header (rapporteur, session…), or set one field of it
plain-help-report = report: what goes into the report, kind by kind, in order, and what is left out
plain-help-pick = pick N: put entry N into the report, at the end of its kind
plain-help-unpick = unpick N: leave entry N out of the report
plain-help-move = move N POS: put entry N at position POS of its kind in the report
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
plain-help-slash = /TEXT: a point that starts with a slash
plain-entry-named = { $kind } { $number }, “{ $text }”
plain-what-add = adding { $entry }
plain-what-edit = editing { $entry }
plain-what-delete = deleting { $entry }
plain-what-field = setting the { $field } of { $entry }
plain-what-header = setting the header's { $field }
plain-what-pick = putting { $entry } into the report
plain-what-unpick = leaving { $entry } out of the report
plain-what-move = moving { $entry } in the report
plain-field-speaker = Speaker
plain-field-organisation = Organisation
plain-field-consent = Consent to be named
plain-yes = yes
plain-no = no
plain-empty = (empty)
plain-no-fields = { $entry } has no fields besides its text.
plain-field-usage = Give the entry's number, the field and the value, for example /field 2 target National governments; /fields 2 lists the fields.
plain-no-field = { $entry } has no field { $name }; its fields are { $fields }.
plain-yes-no-usage = Say yes or no, for example /field 5 consent yes.
plain-field-set = The { $field } of { $entry } is now “{ $value }”.
plain-field-cleared = The { $field } of { $entry } is now empty.
plain-consent-yes = { $entry }: the speaker agreed to be named, so the report names them.
plain-consent-no = { $entry }: no consent recorded, so the report says anonymous.
plain-fields = { $entry } has { $count ->
        [one] 1 field
       *[other] { $count } fields
    }:
plain-field-line = { $label } ({ $id }): { $value }
plain-no-header = This report form has no header fields.
plain-header = The report header has { $count ->
        [one] 1 field
       *[other] { $count } fields
    }; set one with /header NAME VALUE:
plain-header-line = { $number }. { $label } ({ $id }): { $value }
plain-no-header-field = The report header has no field { $name }; its fields are { $fields }.
plain-header-value = { $label }: { $value }.
plain-header-set = { $label } is now “{ $value }”.
plain-ref-here = entry { $number }, “{ $text }”
plain-ref-there = { $table } entry { $number }, “{ $text }”
plain-report = The report, kind by kind and in order (entry numbers as /list gives them at { $table }; entries of other tables name their table):
plain-report-empty = Nothing is captured for the report yet.
plain-report-slot = { $kind }: { $count } going in.
plain-report-slot-limit = { $kind }: { $count } going in; the form allows { $limit }.
plain-report-slot-over = { $kind }: { $count } going in; the form allows { $limit }, so { $over } too many.
plain-report-picked = You choose them with /pick, /unpick and /move.
plain-report-all = All go in, in the order captured.
plain-report-in = { $position }. { $entry }
plain-report-out = Left out: { $entry }
plain-not-pickable = { $entry } goes into the report by itself; only { $kinds } are picked.
plain-in-report = { $kind } { $number } is now number { $position } of { $count } in the report.
plain-in-report-limit = { $kind } { $number } is now number { $position } of { $count } in the report (the form allows { $limit }).
plain-in-report-over = { $kind } { $number } is now number { $position } of { $count } in the report (the form allows { $limit }, so { $over } too many).
plain-unpicked = { $kind } { $number } is left out of the report; { $count } going in.
plain-move-usage = Give the entry's number and its new position, for example /move 3 1.
plain-move-not-in = { $entry } is left out of the report; /pick { $number } puts it in first.

plain-follow-new = { $count ->
        [one] { $count } new entry from the file.
       *[other] { $count } new entries from the file.
    }
plain-follow-gone = { $file } is gone (deleted or moved); the last version read stays here.
plain-follow-unreadable = { $file } cannot be read now; the last version read stays here. { $why }
plain-follow-back = { $file } is back; this is its latest version.
plain-help-save_as = save_as PATH: save in another folder (or a .json file) from now on, when this one cannot be written or the disk is full
plain-save-as-usage = Name the folder (or .json file) to save in, for example /save-as /media/usb.
plain-saved-as = Saved as { $file }; from now on every change is saved there.
plain-save-as-failed = Not saved there, still saving where it was: { $why }
plain-save-failing-elsewhere = Could not save ({ $why }); your notes are kept and saving is retried. /save-as FOLDER saves them in another folder from now on.
plain-changed-on-disk = { $file } changed on disk (another laptop): merged in { $new } new, { $updated } updated, { $deleted } deleted.
plain-disk-version-kept = { $file } on disk could not be merged: it is kept as { $copy }, and this session was saved in its place ({ $why }).
plain-phase-question = Question { $number } is now current: { $title }
plain-field-text = text
plain-empty-date = (empty; a date, written YYYY-MM-DD)
plain-report-under-in = {"  "}{ $kind } { $position }: { $entry }
plain-report-under-out = {"  "}{ $kind } left out: { $entry }
# end of plain

## config

# A problem in the user's config file: "config.toml:7: [keys] new_pont: no command has this name".
config-problem = { $file }:{ $line }: { $key }: { $what }
config-problem-line = { $file }:{ $line }: { $what }
config-problem-file = { $file }: { $what }
config-did-you-mean = { $text } (did you mean { $guess }?)
config-unreadable = cannot be read ({ $error }); every setting keeps its default
config-toml = not valid TOML: { $error }
config-unknown-setting = there is no such setting
config-expected-text = should be text in quotes
config-expected-boolean = should be true or false
config-expected-keys = should be a key in quotes or a list of keys, such as "a" or ["q", "ctrl-q"]
config-expected-table = should be a table, such as [theme]
config-unknown-language = there is no catalog for this language; there are { $available }
config-unknown-look = not a look; there are { $looks }
config-unknown-colour = not a colour: give a name such as red or light-blue, or #rrggbb
config-unknown-command = no command has this name
config-needs-argument = this command needs a number or a name after it, such as "{ $example }"
config-unknown-mode = no mode has this name; there are { $modes }
config-unknown-key = { $key } is not a key (keys are written a, K, Enter, Tab, Space, ctrl-x, alt-x, F5, PgUp, up)
config-ctrl-c = Ctrl-C always saves and quits; choose another key
config-not-bound = this command has no keys here to replace
config-clash = { $key } already does { $other } in { $mode }; this command keeps its default keys
config-problems-note = What was wrong keeps its default; the rest of the file applies. `breakout config --default` prints every setting.

# `breakout config --default`: the comments of a complete default config file.
config-default-intro = breakout's configuration, with every setting at its default. Put it in { $path } (or name a file with --config FILE or BREAKOUT_CONFIG) and change what you want; a setting left out keeps its default.
config-default-language = The interface language: en, fr or es. --lang wins over it; it wins over LC_ALL, LC_MESSAGES and LANG.
config-default-mouse = Whether the mouse starts on (M turns it on and off; off lets the terminal select text).
config-default-theme = How the screen looks: "default" or "high-contrast" (--theme wins over it). The colours are the default look's: a name (black, red, green, yellow, blue, magenta, cyan, gray, dark-gray, light-red, light-green, light-yellow, light-blue, light-magenta, light-cyan, white) or "#rrggbb". High contrast has no colours.
config-default-role-heading = headings in help, the questions and the report view
config-default-role-slot = the kind of an entry (Recommendation, Quote, …)
config-default-role-ok = "saved", and messages that something went well
config-default-role-warning = warnings: a limit passed, a read-only window
config-default-role-error = errors: a save that failed
config-default-role-key = keys in the footer and in help
config-default-keys = Keys, by the command names help (?) shows: one key or a list. A key is a character (a, K, +) or a name: Enter, Tab, Shift-Tab, Esc, Space, Backspace, Del, Home, End, PgUp, PgDn, up, down, left, right, F1 … F12, with ctrl- or alt- before (ctrl-q, alt-Enter). A command here gets these keys in every mode that has it, instead of its defaults; a key may do one thing per mode.
config-default-mode = Keys of this mode only ({ $mode }), for commands whose keys differ from mode to mode.
config-default-slots = The report template gives each of its slots a key (new_entry SLOT); change one with its slot's id, such as:
config-default-no-keys = Commands chosen by a click or from a list, with no key: { $names }

# end of config
