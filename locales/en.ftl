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
