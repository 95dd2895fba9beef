# breakout — Français.
# Every message of locales/en.ftl, with the same ids and arguments. Sections follow the
# code's modules; keep each message in its section.

## language

language-name = Français
language-from-flag = --lang { $value }
language-from-env = { $var }={ $value }
language-from-system = réglage du système, { $value }
language-from-default = aucune langue demandée
language-chosen = { $name } ({ $from })
language-missing = { $name } ({ $from } demande { $tag }, qui n'a pas encore de catalogue)

# A count of entries (plural rules by language).
entries-count =
    { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
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

# end of plain
