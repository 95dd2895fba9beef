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

storage-kind-plan = plan de séance
storage-kind-template = modèle de rapport
storage-kind-session = fichier de séance
storage-no-such-file = { $path } : fichier introuvable
storage-permission-denied = { $path } : permission refusée ; vérifiez le propriétaire et les droits du fichier
storage-not-utf8 = { $path } : le fichier n'est pas du texte UTF-8 ({ $error })
storage-cannot-read = { $path } : lecture impossible : { $error }
storage-empty = { $path } : le fichier est vide. Il a été laissé tel quel ; si c'est un fichier de séance, sa sauvegarde { $path }.bak contient peut-être la dernière bonne copie
storage-syntax = { $path }:{ $line }:{ $column } : JSON non valide : { $problem }. Le fichier a été laissé tel quel
storage-no-format = { $path } : pas un fichier breakout : il n'a pas de champ "format" (attendu : "breakout-plan", "breakout-template" ou "breakout-session")
storage-not-breakout = { $path } : pas un fichier breakout : "format" vaut { $found } (attendu : "breakout-plan", "breakout-template" ou "breakout-session")
storage-wrong-kind = { $path } : c'est un { $found }, pas un { $expected }
storage-wrong-kind-plan = { $path } : c'est un { $found }, pas un { $expected }. Pour commencer une nouvelle séance à partir de ce plan, lancez : breakout --plan { $command }
storage-wrong-kind-session = { $path } : c'est un { $found }, pas un { $expected }. Pour ouvrir cette séance, lancez : breakout { $command }
storage-wrong-kind-template = { $path } : c'est un { $found }, pas un { $expected }. Un modèle de rapport s'utilise via un plan qui le nomme dans son champ "template"
storage-newer = { $path } : ce { $kind } est au format version { $found }, écrit par un breakout plus récent ; celui-ci lit jusqu'à la version { $supported }. Mettez breakout à jour pour l'ouvrir. Le fichier a été laissé tel quel
storage-schema = { $path }:{ $line }:{ $column } : { $field } : { $problem }
storage-invalid = { $path } : ce { $kind } a { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
storage-template-not-found = { $path } : le plan utilise le modèle de rapport { $id }, qui n'est pas intégré et n'a été trouvé ni dans
storage-syntax-key = un nom de champ entre guillemets doubles était attendu : y a-t-il une virgule avant un {"}"} fermant, ou un nom entre apostrophes ?
storage-syntax-trailing-comma = une virgule avant un ] ou {"}"} fermant : supprimez-la
storage-syntax-missing-comma = { $message } (manque-t-il une virgule juste avant ?)
storage-syntax-control = un saut de ligne ou caractère de contrôle entre guillemets : écrivez un saut de ligne \n
storage-syntax-escape = un échappement inconnu après une barre oblique inverse : écrivez une barre oblique inverse \\
storage-expected-found = attendu : { $expected } ; trouvé : { $found }
storage-expected-list = attendu : { $expected } ; trouvé : une liste ([…]) de { $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }
storage-bad-time = date ou heure non valide ({ $message }) ; écrivez une date comme "2016-12-08" et une date avec heure comme "2016-12-08T09:30:00Z"
storage-bad-unicode = le texte n'est pas de l'UTF-8 valide ; enregistrez le fichier en UTF-8
storage-json-text = du texte entre guillemets
storage-json-list = une liste ([…])
storage-json-object = un objet ({"{"}…{"}"})
storage-json-boolean = true ou false
storage-json-integer = un nombre entier
storage-json-count = un nombre entier, 0 ou plus
storage-json-uuid = un id entre guillemets (un UUID)
storage-json-time = une date et une heure entre guillemets, comme "2016-12-08T09:30:00Z"
storage-found-number = le nombre { $number }
storage-found-text = le texte { $text }
storage-utf16 = le fichier est enregistré en UTF-16 ; enregistrez-le en UTF-8
storage-top-level = (premier niveau)
storage-cut-short = le fichier se termine trop tôt (il a peut-être été tronqué)
storage-disk-full = { $path } : le disque est plein ; libérez de la place (les notes sont en sécurité en mémoire et seront enregistrées dès qu'il y aura de la place)
storage-save-read-only = { $path } : impossible d'écrire dans ce dossier ({ $error }) ; les notes sont en sécurité en mémoire : enregistrez-les dans un autre dossier
storage-save-failed = { $path } : enregistrement impossible : { $error }
storage-encode = impossible d'encoder la séance : { $error }
storage-session-read-only = { $path } : ouvert en lecture seule, les modifications ne sont donc pas enregistrées ici
storage-in-use = { $path } : cette séance est déjà ouverte dans un autre breakout. Fermez-la là-bas, ou ouvrez celle-ci en lecture seule
storage-in-use-by = { $path } : cette séance est déjà ouverte dans un autre breakout ({ $holder }). Fermez-la là-bas, ou ouvrez celle-ci en lecture seule
storage-lock-failed = { $path } : impossible de verrouiller la séance : { $error }
storage-no-folder = { $path } : le dossier n'existe pas ; créez-le d'abord ou choisissez un autre chemin
storage-create-failed = { $path } : impossible de créer le fichier de séance : { $error }
storage-autosave-not-started = impossible de démarrer l'enregistrement automatique
storage-autosave-stopped = l'enregistrement automatique s'est arrêté
storage-incomplete = pas un fichier de séance breakout complet (est-il encore en cours de copie ?)
storage-built-in = intégré

# end of storage

## model

model-empty = ne doit pas être vide
model-bad-id = l'id { $id } doit compter de 1 à 64 caractères parmi lettres minuscules, chiffres, '-', '_' ou '.'
model-plan-id = l'id de plan { $id } doit compter de 1 à 64 caractères parmi lettres minuscules, chiffres, '-', '_' ou '.'
model-template-id = l'id de modèle { $id } doit compter de 1 à 64 caractères parmi lettres minuscules, chiffres, '-', '_' ou '.'
model-duplicate-id = id { $id } en double
model-version-zero = doit valoir au moins 1
model-version-newer = la version { $found } a été écrite par un breakout plus récent ; celui-ci lit jusqu'à la version { $supported }. Mettez breakout à jour pour l'ouvrir
model-event-ends-before = l'événement se termine avant de commencer
model-no-questions = un plan demande au moins une question directrice
model-no-tables = un plan demande au moins une table
model-minutes = doit être compris entre 1 et 1440 minutes
model-no-table-id = aucune table d'id { $id } dans "tables"
model-no-sections = un modèle demande au moins une section
model-no-slots = une section demande au moins une rubrique
model-duplicate-slot = id de rubrique { $id } en double (aussi en { $first })
model-key-one-char = doit être un seul caractère visible
model-key-used = la touche { $key } est déjà utilisée par { $first }
model-limit = doit valoir au moins 1 (omettez-la pour ne pas limiter)
model-no-slot-id = aucune rubrique d'id { $id }
model-slot-under-itself = une rubrique ne peut pas dépendre d'elle-même
model-nested-too-deep = la rubrique { $id } dépend elle-même d'une autre rubrique ; un seul niveau d'imbrication est permis
model-pick-nested = les éléments placés sous un autre élément vont dans le rapport avec lui ; "pick" ne vaut que pour les rubriques de premier niveau
model-bad-language = { $code } n'est pas un code de langue ; écrivez-en un comme "en", "fr" ou "es-MX"
model-discussion-point = Point de discussion
model-template-mismatch = le plan utilise le modèle { $plan } mais la séance contient { $session }
model-no-phase = le plan n'a pas de phase d'ordre du jour numéro { $number }
model-no-header-field-here = le modèle n'a pas ce champ d'en-tête
model-not-picked-slot = les éléments de cette rubrique ne sont pas sélectionnés
model-no-slot-here = le modèle n'a pas cette rubrique
model-no-slot = le modèle de rapport n'a pas de rubrique { $id }
model-no-table = le plan n'a pas de table { $id }
model-no-question = le plan n'a pas de question directrice { $id }
model-no-entry = aucun élément d'id { $id }
model-parent-required = les éléments « { $child } » vont sous un élément « { $parent } » : choisissez d'abord celui-ci
model-no-parent-allowed = les éléments « { $child } » ne vont pas sous un autre élément
model-wrong-parent = les éléments « { $child } » vont sous un élément « { $parent } », et celui-ci n'en est pas un
model-no-field = les éléments « { $slot } » n'ont pas de champ { $field }
model-no-attribution = seuls les éléments d'une rubrique avec une règle d'attribution enregistrent un intervenant
model-no-header-field = le modèle de rapport n'a pas de champ d'en-tête { $id }
model-has-children = Des éléments dépendent de celui-ci : déplacez-les ou supprimez-les d'abord
model-not-picked = l'élément { $id } n'est pas d'un type que le rapporteur sélectionne pour le rapport
model-merge-different-plans = ces séances viennent de plans différents ({ $ours } et { $theirs }) ; seules les séances d'un même plan peuvent être fusionnées
model-merge-plan-changed = les deux séances utilisent le plan { $id }, mais son contenu diffère entre elles (le plan a-t-il été modifié sur un ordinateur ?) ; démarrez les séances à partir du même fichier de plan pour les fusionner
model-merge-template-changed = les deux séances utilisent le modèle de rapport { $id }, mais son contenu diffère entre elles ; démarrez les séances à partir du même modèle pour les fusionner
model-merge-report = { $new ->
        [one] { $new } nouveau
       *[other] { $new } nouveaux
    }, { $updated ->
        [one] { $updated } mis à jour
       *[other] { $updated } mis à jour
    }, { $deleted ->
        [one] { $deleted } supprimé
       *[other] { $deleted } supprimés
    }{ $conflicts ->
        [0] {""}
        [one] , { $conflicts } modifié des deux côtés (le plus récent gardé)
       *[other] , { $conflicts } modifiés des deux côtés (le plus récent gardé)
    }{ $other ->
        [0] {""}
        [one] , { $other } changement d'en-tête, de sélection ou de minuteur
       *[other] , { $other } changements d'en-tête, de sélection ou de minuteur
    }, { $unchanged } déjà à jour
# Event dates in a report header: "2016-12-08 to 2016-12-10".
model-dates = du { $start } au { $end }

# end of model

## export

# In the template's language: the words a report adds itself.
export-none-chosen = Rien n'a encore été retenu pour le rapport.
export-nothing-captured = Rien n'a été saisi.
export-none-captured = Aucun élément saisi.
# A recommendation's table of origin: "From Asia Group".
export-from = Origine : { $origin }
# In the interface's language.
export-over-limit = { $count } { $what } : le formulaire en permet { $limit }
export-over-limit-under = { $count } { $what } sous { $under } : le formulaire en permet { $limit }
export-layout-error-line = mise en page, ligne { $line } : { $error }
export-layout-error = mise en page : { $error }
export-docx-failed = impossible de produire le document Word : { $error }
export-encode = impossible d'encoder la séance : { $error }

# end of export

## tui

# end of tui

## plain

# end of plain
