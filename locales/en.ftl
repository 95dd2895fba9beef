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

# end of export

## tui

# end of tui

## plain

# end of plain
