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

# The main screen: header, tabs, panes, footer.
tui-too-small = Fenêtre trop petite ({ $width }×{ $height }). Agrandissez-la à au moins { $min_width }×{ $min_height } ; rien n'est perdu.
tui-save-read-only = LECTURE SEULE
tui-save-failed = ✗ échec de l'enregistrement : { $error }
tui-save-saving = ● enregistrement…
tui-save-saved-at = ✓ enregistré { $time }
tui-save-saved = ✓ enregistré
tui-timer-no-agenda = Pas d'ordre du jour dans ce plan
tui-timer-left = reste { $time }
tui-timer-over = { $time } de dépassement
tui-header-start-timer = s lance le minuteur
tui-header-table-laptop = portable de table : { $table }
tui-header-last-arrival = dernier : { $file } { $time }
tui-footer-report-entry = rubrique
tui-questions-title = Questions directrices
tui-question-heading = Q{ $number } { $title }
tui-no-question = Aucune question directrice
tui-no-table = aucune table
tui-nothing-yet = rien pour l'instant : n ajoute un point
tui-discussion-points = Points de discussion
tui-discussion-point = Point de discussion
tui-point = Point
tui-entries = entrées
tui-items-by-question = Par question
tui-items-by-kind = Par type
tui-item-empty = (vide)
tui-item-said-by = Propos de
tui-item-approved = { $who } (accepte d'être nommé·e)
tui-item-not-approved = { $anonymous } (sans accord : { $who } n'est pas nommé·e)
# Help: headings, then each command's words. What comes before a ":" is the footer's part.
tui-help-title = Aide
tui-mode-normal = Écran principal
tui-mode-edit = Pendant la saisie d'une entrée
tui-mode-search = Recherche
tui-mode-pick = Choix dans une liste
tui-mode-import = Fusion d'un fichier
tui-mode-report = Vue du rapport
tui-mode-panel = Panneaux d'aide, d'objectifs et de fichier
tui-mode-projector = Vue projecteur
tui-group-capture = Saisie
tui-group-capture-report = Saisie dans le formulaire du rapport
tui-group-move = Se déplacer
tui-group-arrange = Organiser
tui-group-session = Session
tui-help-go-to-table = aller à la table par son numéro
tui-help-shadowed = Touches du modèle déjà prises ci-dessus (utilisez + pour les saisir) :
tui-help-saved = Chaque modification est enregistrée en une seconde.
tui-help-limits = Les limites du formulaire avertissent ; elles ne bloquent jamais.
tui-keys-undo-typing = annuler / rétablir la frappe
tui-keys-word-move = mot précédent / suivant
tui-slot-under-selected = { $slot } (sous l'entrée « { $parent } » sélectionnée)
tui-slot-under-any = { $slot } (sous une entrée « { $parent } »)
tui-command-new_point = noter : un nouveau point
tui-command-edit = modifier
tui-command-new_entry_of_kind = nouvelle entrée de tout type (choisie dans une liste)
tui-command-sort_into = classer le point sélectionné dans une rubrique du rapport
tui-command-next_table = table suivante
tui-command-prev_table = table précédente
tui-command-select_next = entrée suivante
tui-command-select_prev = entrée précédente
tui-command-select_first = première entrée
tui-command-select_last = dernière entrée
tui-command-next_question = question directrice suivante
tui-command-prev_question = question directrice précédente
tui-command-search = chercher
tui-command-move_up = monter l'entrée
tui-command-move_down = descendre l'entrée
tui-command-move_to_prev_question = déplacer l'entrée vers la question précédente
tui-command-move_to_next_question = déplacer l'entrée vers la question suivante
tui-command-move_to_prev_table = déplacer l'entrée vers la table précédente
tui-command-move_to_next_table = déplacer l'entrée vers la table suivante
tui-command-delete = supprimer
tui-command-undo = annuler
tui-command-redo = rétablir
tui-command-redraw = redessiner tout l'écran
tui-command-toggle_grouping = grouper par question / par type
tui-command-timer_toggle = lancer / suspendre le minuteur
tui-command-next_phase = étape suivante de l'ordre du jour
tui-command-prev_phase = étape précédente de l'ordre du jour
tui-command-projector = vue projecteur
tui-command-report = rapport : choisir ce qui y figure, remplir l'en-tête
tui-command-export = exporter le rapport (Markdown, texte, Word) à côté du fichier de session
tui-command-import = fusionner le fichier d'un portable de table (ou un dossier de fichiers)
tui-command-aims = objectifs et documents de référence
tui-command-file_info = fichier de session et état de l'enregistrement
tui-command-toggle_mouse = souris activée / désactivée
tui-command-help = aide
tui-command-quit = quitter
tui-command-go_to_table = table par son numéro
tui-command-done = fini : l'entrée est gardée
tui-command-new_line = nouvelle ligne
tui-command-next_field = champ suivant
tui-command-edit-close = fini, gardé : rien de ce qui est tapé ne se perd
tui-command-prev_field = champ précédent
tui-command-toggle_approval = sur « accord » : nommer ou non l'intervenant·e
tui-command-search-select_next = choisir : le résultat suivant
tui-command-search-select_prev = résultat précédent
tui-command-search-confirm = y aller
tui-command-search-close = fermer
tui-command-pick-select_next = choix suivant
tui-command-pick-select_prev = choix précédent
tui-command-pick-confirm = choisir (ou taper sa touche)
tui-command-pick-close = annuler
tui-command-import-confirm = fusionner
tui-command-import-close = annuler
tui-command-scroll_down = défiler : vers le bas
tui-command-scroll_up = défiler : vers le haut
tui-command-page_down = page suivante
tui-command-page_up = page précédente
tui-command-panel-close = fermer : toute autre touche aussi
tui-command-projector-next_question = question suivante
tui-command-projector-prev_question = question précédente
tui-command-projector-close = retour à l'écran principal
tui-command-report-select_next = choisir : la ligne suivante
tui-command-report-select_prev = ligne précédente
tui-command-report-select_first = première ligne
tui-command-report-select_last = dernière ligne
tui-command-toggle_pick = oui / non : mettre l'entrée dans le rapport ou l'en retirer
tui-command-report-move_up = ordre : plus tôt dans le rapport
tui-command-report-move_down = ordre : plus tard dans le rapport
tui-command-report-edit = modifier : l'entrée ou le champ d'en-tête
tui-command-report-export = exporter : les fichiers du rapport à côté de la session
tui-command-report-close = retour : à l'écran principal
# Aims and the session file panel (F).
tui-aims-title = Objectifs, ordre du jour et documents de référence
tui-aims-heading = Objectifs de la session
tui-aims-agenda = Ordre du jour ({ $minutes } minutes)
tui-aims-phase = { $title } — { $minutes } min
tui-aims-source = Source : { $source }
tui-file-title = Fichier de session
tui-file-path = Fichier :
tui-file-backup = Copie :
tui-file-lock = Verrou :
tui-file-saving = Enregistrement :
tui-file-language = Langue :
tui-file-save-failed = ✗ échec : { $error }
tui-file-last-saved = Dernier enregistrement à { $time } le { $date }
tui-file-entries =
    { $count ->
        [one] { $count } entrée ; chaque modification est enregistrée en une seconde environ.
       *[other] { $count } entrées ; chaque modification est enregistrée en une seconde environ.
    }
tui-file-entries-read-only =
    { $count ->
        [one] { $count } entrée ; lecture seule : rien n'est enregistré depuis cette fenêtre.
       *[other] { $count } entrées ; lecture seule : rien n'est enregistré depuis cette fenêtre.
    }
tui-read-only = Lecture seule : { $reason }
# Dialogs: typing, search, lists, merging in.
tui-edit-no-question = sans question
tui-edit-question = Q{ $number }
tui-edit-new = Nouveau : { $kind }
tui-edit-edit = Modifier : { $kind }
tui-edit-type-here = tapez ici
tui-edit-tab-to-fill = (Tab pour remplir)
tui-edit-approval = l'intervenant·e accepte d'être nommé·e (Space bascule ; sinon « anonyme »)
tui-edit-speaker = Intervenant·e
tui-edit-speaker-hint = nommé·e dans le rapport seulement avec son accord
tui-edit-organisation = Organisation
tui-search-title = Chercher dans toutes les tables
tui-search-placeholder = tapez pour chercher dans toutes les tables
tui-search-nothing = Aucune entrée ne contient cela
tui-pick-new-kind = Nouvelle entrée de quel type ?
tui-pick-sort-into = Classer l'entrée dans…
tui-pick-under-which = Sous laquelle ?
tui-pick-point = Point de discussion (hors rapport)
tui-pick-no-parent = Pas encore de « { $kind } » sous laquelle la placer
tui-import-title = Fusionner le fichier d'un portable de table
tui-import-placeholder = chemin d'un fichier de session, ou d'un dossier de fichiers
tui-import-note = Enter fusionne (rien n'est perdu ni dupliqué) · Esc annule
tui-import-reading = Lecture de { $path }…
tui-import-not-started = impossible de commencer la lecture : { $error }
tui-projector-hint = P ou Esc : retour · Tab : table · ← → : question · s : minuteur
# The report view.
tui-report-title = Rapport · Space oui/non · K/J ordre · Enter modifier · E export · Esc retour
tui-report-enter-to-fill = (Enter pour remplir)
tui-report-from = (De { $origin })
tui-report-over = { $count } { $kind } — le formulaire en permet { $limit } ; à vous de choisir
tui-report-up-to = { $count } sur { $limit } au plus
tui-report-nothing-yet = rien de saisi pour l'instant
tui-report-nothing-yet-key = rien de saisi pour l'instant ({ $key } sur l'écran principal)
tui-report-over-under = { $count } { $kind } : le formulaire en permet { $limit }
tui-report-left-out = hors du rapport (Space en met un) : { $count }
# Messages in the status line.
tui-exporting = Export du rapport…
tui-exported = { $files } exporté(s) à côté de la session (F montre où)
tui-export-failed = Échec de l'export : { $error }
tui-export-not-started = impossible de commencer l'écriture du rapport : { $error }
tui-mouse-on = Souris activée : cliquez une table ou une entrée (M la désactive pour sélectionner du texte)
tui-mouse-off = Souris désactivée : le terminal sélectionne à nouveau le texte
tui-select-first = Sélectionnez d'abord une entrée (j/k ou ↑/↓)
tui-nothing-selected = Rien de sélectionné : n commence un nouveau point
tui-deleted =
    { $count ->
        [0] Supprimé (u le rétablit)
        [one] Supprimé, avec l'entrée en dessous (u les rétablit)
       *[other] Supprimé, avec les { $count } entrées en dessous (u les rétablit)
    }
tui-moves-with-parent = Cette entrée se déplace avec celle à laquelle elle est rattachée
tui-no-table-further = Il n'y a pas d'autre table dans ce sens
tui-moved-to = Déplacé vers { $table }
tui-now-point = Désormais un point de discussion
tui-now-slot =
    { $article ->
       *[other] Désormais : { $kind }
    }
tui-select-parent-first = Sélectionnez d'abord : { $parent } (les entrées « { $kind } » s'y rattachent)
tui-empty-removed = Entrée vide retirée (u la rétablit)
tui-over-limit = { $count } { $kind } : le formulaire du rapport en permet { $limit } ; R choisit lesquelles y figurent
tui-over-limit-under = { $count } { $kind } sous cette entrée : le formulaire du rapport en permet { $limit }. Tout est gardé ; supprimez ou déplacez celles qui ne doivent pas y figurer
tui-over-limit-report = { $count } { $kind } dans le rapport : le formulaire en permet { $limit }
tui-nothing-to-undo = Rien à annuler
tui-nothing-to-redo = Rien à rétablir
tui-undone = Annulé
tui-redone = Rétabli
tui-merge-refused = { $file } : non fusionné : { $reason }
tui-merge-read-only = { $file } : non fusionné : cette session est en lecture seule
tui-merged = { $file } fusionné : { $report }
tui-merged-nothing-new = { $file } : rien de nouveau ({ $report })
tui-opened =
    { $count ->
        [one] { $file } ouvert : { $count } entrée
       *[other] { $file } ouvert : { $count } entrées
    }
tui-opened-last-change =
    { $count ->
        [one] { $file } ouvert : { $count } entrée, dernière modification à { $time }
       *[other] { $file } ouvert : { $count } entrées, dernière modification à { $time }
    }
tui-quit-blocked = Impossible d'enregistrer : { $reason }. Libérez de l'espace ou réparez le dossier, puis q à nouveau ; q écrit maintenant une copie de secours dans votre dossier de données
# After the screen closes.
tui-last-save-failed = le dernier enregistrement a échoué : { $error }
tui-rescue-written = impossible d'enregistrer dans { $path } ({ $error }) ; une copie de secours est dans { $rescue }
tui-rescue-failed = impossible d'enregistrer dans { $path } ({ $error }), ni d'écrire une copie de secours : les dernières modifications sont perdues

# end of tui

## plain

plain-flag-help = Mode texte pour lecteurs d'écran et plages braille : une ligne à la fois, sans plein écran (aussi quand TERM=dumb ou quand l'entrée n'est pas un terminal).
plain-welcome = Mode texte. { $place } Tapez une ligne pour la noter comme point, ou /help pour les commandes.
plain-opened-read-only = Lecture seule : { $why } ; vous pouvez consulter et lister, rien n'est enregistré.
plain-prompt = { $table } · Q{ $number } { $title }
plain-prompt-no-question = { $table } · sans question
plain-where = Vous êtes à { $table }, { $question }, { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } ici.
plain-question-label = question { $number } : { $title }
plain-no-question-label = sans question directrice
plain-place = { $table }, Q{ $number }
plain-place-no-question = { $table }, sans question
plain-q-short = Q{ $number }
plain-q-none = sans question
plain-kind-point = Point
plain-point-added = Point { $number } ajouté à { $place }.
plain-point-usage = Tapez le point après /new_point, ou tapez-le simplement sans barre oblique.
plain-entry-added = { $kind } { $number } ajouté(e) à { $place }.
plain-entry-added-under = { $kind } { $number } ajouté(e) sous l'entrée { $parent }.
plain-entry-usage = Indiquez le type puis le texte, par exemple /new_entry quote Il nous faut des données ; /help liste les types.
plain-entry-text-usage = Tapez le texte après le type, par exemple /{ $slot } Ratifier la convention.
plain-no-slot = Le rapport n'a pas de type d'entrée appelé { $name } ; /help liste les types.
plain-parent-first = Ajoutez d'abord une entrée « { $parent } » : les entrées « { $kind } » se placent sous l'une d'elles.
plain-unknown = La commande /{ $command } n'existe pas ; tapez /help pour la liste.
plain-read-only = Rien n'est modifié : cette session est en lecture seule ({ $why }).
plain-refused = Rien n'est modifié : { $why }.
plain-list = { $table } compte { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } :
plain-list-line = { $number }. { $kind }, { $question } : { $text }
plain-list-line-under = { $number }. { $kind } sous { $parent }, { $question } : { $text }
plain-list-empty = Rien n'est encore noté à { $table }.
plain-no-number = Il n'y a pas d'entrée { $number } ici : /list en montre { $count }.
plain-number-usage = Donnez le numéro de l'entrée dans /list, par exemple /delete 2.
plain-edit-usage = Donnez le numéro et le nouveau texte, par exemple /edit 2 Nouvelle formulation.
plain-edited = Entrée { $number } modifiée.
plain-deleted = { $under ->
        [0] Entrée { $number } supprimée
        [one] Entrée { $number } supprimée, avec l'entrée placée dessous
       *[other] Entrée { $number } supprimée, avec les { $under } entrées placées dessous
    } ; /undo la rétablit.
plain-nothing-to-undo = Rien à annuler.
plain-nothing-to-redo = Rien à rétablir.
plain-undone = Annulé ; { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } ici maintenant.
plain-redone = Rétabli ; { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } ici maintenant.
plain-no-agenda = Ce plan n'a pas d'ordre du jour, donc pas de minuteur.
plain-timer-usage = Dites /timer start ou /timer pause.
plain-phase-usage = Dites /phase next ou /phase prev.
plain-timer-running = Minuteur en marche, étape { $number } sur { $count }, { $phase } : { $minutes ->
        [one] { $minutes } minute restante
       *[other] { $minutes } minutes restantes
    }.
plain-timer-paused = Minuteur en pause, étape { $number } sur { $count }, { $phase } : { $minutes ->
        [one] { $minutes } minute restante
       *[other] { $minutes } minutes restantes
    }.
plain-timer-running-over = Minuteur en marche, étape { $number } sur { $count }, { $phase } : { $minutes ->
        [one] { $minutes } minute de dépassement
       *[other] { $minutes } minutes de dépassement
    }.
plain-timer-paused-over = Minuteur en pause, étape { $number } sur { $count }, { $phase } : { $minutes ->
        [one] { $minutes } minute de dépassement
       *[other] { $minutes } minutes de dépassement
    }.
plain-no-table-number = Il n'y a pas de table { $number } ; le plan en compte { $count }.
plain-no-table = Aucune table ne s'appelle { $name } ; /tables les liste.
plain-tables-ambiguous = Plusieurs tables commencent par { $name } : { $tables } ; tapez davantage du nom.
plain-no-question = Il n'y a pas de question { $name } ; /questions liste les { $count }.
plain-tables = { $count ->
        [one] Le plan compte { $count } table
       *[other] Le plan compte { $count } tables
    } ; vous êtes à { $current } :
plain-table-line = { $number }. { $name } ({ $id }), { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }
plain-questions = { $count ->
        [one] { $count } question directrice
       *[other] { $count } questions directrices
    } ; la question en cours est { $current } :
plain-question-line = { $number }. { $title } : { $text }
plain-no-questions = Ce plan n'a pas de questions directrices.
plain-over-limit = Remarque : { $count } { $kind } à présent, et le formulaire du rapport en prévoit { $limit } ; toutes sont gardées.
plain-over-limit-under = Remarque : { $count } { $kind } sous cette entrée à présent, et le formulaire du rapport en prévoit { $limit } ; toutes sont gardées.
plain-import-usage = Indiquez le fichier ou le dossier à fusionner, par exemple /import asia.json.
plain-import-none = Aucun fichier de session à fusionner dans { $path }.
plain-merged = { $file } fusionné : { $new } nouvelles, { $updated } mises à jour, { $deleted } supprimées.
plain-merged-nothing = { $file } n'apporte rien de nouveau.
plain-not-merged = { $file } non fusionné : { $why }.
plain-not-merged-read-only = cette session est en lecture seule
plain-exported = { $files } exportés dans { $dir }.
plain-export-failed = L'export a échoué : { $why }.
plain-save-failing = Impossible d'enregistrer ({ $why }) ; vos notes sont gardées et l'enregistrement est retenté.
plain-save-works-again = L'enregistrement fonctionne de nouveau ; tout est enregistré.
plain-quit-blocked = Impossible d'enregistrer ({ $why }) ; libérez de la place ou réparez le dossier puis /quit de nouveau, ou /quit tout de suite pour écrire une copie de secours.
plain-saved = { $file } enregistré ({ $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }).
plain-closed-read-only = { $file } fermé ; il était en lecture seule, rien n'a été enregistré.
plain-last-save-failed = le dernier enregistrement a échoué : { $why }
plain-rescued = impossible d'enregistrer dans { $file } ({ $why }) ; une copie de secours se trouve dans { $rescue }
plain-lost = impossible d'enregistrer dans { $file } ({ $why }), ni d'écrire une copie de secours : les dernières modifications sont perdues
plain-info-file = Fichier { $file }
plain-info-saved = enregistré à { $time }
plain-info-saving = enregistrement en cours
plain-info-unchanged = rien n'a encore changé
plain-info-nothing-saved = rien n'est enregistré
plain-info-save-failed = non enregistré : { $why } (gardé en mémoire, l'enregistrement est retenté)
plain-info-locked = ce breakout détient le verrou
plain-info-read-only = lecture seule : { $why }
plain-info-watching = fusion des fichiers arrivant dans { $dir }
plain-info-language = langue { $language }
plain-help = Tapez une ligne pour la noter comme point à la table et à la question en cours ; les commandes commencent par une barre oblique :
plain-help-aliases = {" "}(aussi { $aliases })
plain-help-new_point = new_point TEXTE : un point qui commence comme une commande
plain-help-new_entry = new_entry TYPE TEXTE : une entrée d'un des types ci-dessous ; /TYPE TEXTE marche aussi
plain-help-list = list : les entrées de cette table, numérotées
plain-help-edit = edit N TEXTE : nouveau texte pour l'entrée N
plain-help-delete = delete N : supprimer l'entrée N et ce qui est placé dessous
plain-help-undo = undo : annuler la dernière modification
plain-help-redo = redo : rétablir ce qui a été annulé
plain-help-go_to_table = go_to_table TABLE : aller à une table par numéro, identifiant ou nom
plain-help-tables = tables : les tables du plan
plain-help-next_table = next_table : la table suivante
plain-help-prev_table = prev_table : la table précédente
plain-help-go_to_question = go_to_question N : passer à la question N (none pour aucune question)
plain-help-questions = questions : les questions directrices
plain-help-next_question = next_question : la question suivante
plain-help-prev_question = prev_question : la question précédente
plain-help-timer_toggle = timer_toggle start|pause : lancer ou mettre en pause le minuteur
plain-help-next_phase = next_phase : l'étape suivante de l'ordre du jour ; /phase prev revient en arrière
plain-help-prev_phase = prev_phase : l'étape précédente de l'ordre du jour
plain-help-export = export : écrire le rapport (md, txt, docx) à côté du fichier de session
plain-help-import = import CHEMIN : fusionner un fichier de session, ou un dossier de fichiers
plain-help-file_info = file_info : le fichier, l'enregistrement, le verrou et la langue
plain-help-help = help : cette liste
plain-help-quit = quit : enregistrer et quitter (la fin de l'entrée fait de même)
plain-help-slots = Types d'entrée, pour /new_entry TYPE TEXTE ou /TYPE TEXTE (le début d'un identifiant suffit, comme /rec) :
plain-help-slot = { $id } (touche { $key }) : { $label }
plain-help-slot-no-key = { $id } : { $label }
plain-help-slot-under = , se place sous la dernière entrée « { $parent } »

# end of plain
