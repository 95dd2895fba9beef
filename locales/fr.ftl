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
