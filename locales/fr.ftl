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

# Generic: a file and what is said about it.
cli-path-says = { $path } : { $text }
cli-valid = { $path } : valide, { $summary }
cli-plan-title = { $event }, séance { $number } : { $title }
cli-describe-plan = plan de séance { $id } ({ $title }) : { $tables ->
        [one] { $tables } table
       *[other] { $tables } tables
    }, { $questions ->
        [one] { $questions } question directrice
       *[other] { $questions } questions directrices
    }, { $phases ->
        [one] { $phases } phase d'ordre du jour
       *[other] { $phases } phases d'ordre du jour
    } ({ $minutes } min) ; modèle de rapport { $template } ({ $source })
cli-describe-template = modèle de rapport { $id } ({ $title }) : { $fields ->
        [one] { $fields } champ d'en-tête
       *[other] { $fields } champs d'en-tête
    }, { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    }, { $slots ->
        [one] { $slots } rubrique
       *[other] { $slots } rubriques
    }
cli-describe-session = fichier de séance du plan { $id } ({ $title }) : { $items ->
        [one] { $items } élément
       *[other] { $items } éléments
    }{ $deleted ->
        [0] {""}
        [one] {" "}({ $deleted } supprimé)
       *[other] {" "}({ $deleted } supprimés)
    }, dernière modification { $changed }
cli-layout-unreadable = { $path } : impossible de lire la mise en page : { $error }
cli-layout-wrong-format = --layout ne s'applique qu'à --format md et txt
cli-export-failed = { $path } : { $error } ; rien n'a été écrit
cli-export-same-file = { $path } : c'est le fichier de séance lui-même ; choisissez une autre sortie
cli-wrote = { $path } écrit
cli-stdout-failed = impossible d'écrire sur la sortie standard : { $error }
cli-export-note = remarque : { $warning } (le rapporteur décide ; tout ce qui a été saisi est inclus)
cli-export-language = remarque : le modèle demande la langue { $code }, pour laquelle breakout n'a pas de catalogue ; les mots propres au rapport sont en anglais (langues disponibles : { $available })
cli-export-disk-full = { $path } : le disque est plein ; rien n'a été écrit
cli-export-read-only = { $path } : impossible d'écrire dans ce dossier (en lecture seule, ou pas à vous) ; rien n'a été écrit
cli-export-no-folder = { $path } : le dossier n'existe pas ; rien n'a été écrit
cli-export-io = { $path } : écriture impossible ({ $error }) ; rien n'a été écrit
cli-plans-builtin = Plans intégrés (à utiliser avec --plan ID) :
cli-plans-builtin-templates = Modèles de rapport intégrés :
cli-plans-error = erreur : { $error }
cli-plans-none = Aucun plan ni modèle dans { $dir }.
cli-plans-in = Dans { $dir } (utilisez un plan avec --plan CHEMIN) :
cli-plans-plan = { $path }  plan { $id } : { $title }
cli-plans-template = { $path }  modèle { $id } : { $title }
cli-plans-not-valid = { $path }  NON VALIDE : { $error }
cli-read-only-needs-file = --read-only demande le FICHIER à ouvrir
cli-read-only-flag = ouvert avec --read-only ; rien n'est enregistré
cli-read-only-in-use = ouvert dans un autre breakout
cli-read-only-in-use-by = ouvert dans un autre breakout ({ $holder })
cli-read-only-folder = le dossier n'est pas accessible en écriture
cli-read-only-why = Lecture seule : { $why }
cli-no-such-table = le plan n'a pas de table { $table } ; ses tables sont : { $tables }
cli-watch-not-folder = { $path } : ce n'est pas un dossier ; --watch demande le dossier où arrivent les fichiers des tables
cli-created = { $path } créé à partir du plan donné ({ $title }).
cli-created-default = { $path } créé à partir du plan intégré par défaut ({ $title }).
cli-temps-removed = { $count ->
        [one] { $count } fichier temporaire laissé par un enregistrement interrompu a été supprimé.
       *[other] { $count } fichiers temporaires laissés par un enregistrement interrompu ont été supprimés.
    }
cli-not-a-terminal = Pas de terminal : lancez breakout dans un terminal pour utiliser l'écran en direct.
cli-terminal-failed = le terminal a échoué : { $error }
cli-closed-read-only = { $path } fermé (lecture seule : rien n'a été enregistré).
cli-saved = { $path } enregistré ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }).
cli-no-data-folder = impossible de trouver votre dossier de données (HOME est-il défini ?) ; indiquez plutôt le FICHIER de séance à ouvrir
cli-cannot-create-folder = { $path } : impossible de créer le dossier : { $error }
cli-too-many-files = { $path } : trop de fichiers de séance pour cette minute
cli-merge-nothing = rien à fusionner
cli-merge-in-use = { $path } : utilisé par un autre breakout ; rien n'a été fusionné. Fermez-le là-bas et fusionnez à nouveau, ou importez les fichiers dans ce breakout (I)
cli-merge-in-use-by = { $path } : utilisé par un autre breakout ({ $holder }) ; rien n'a été fusionné. Fermez-le là-bas et fusionnez à nouveau, ou importez les fichiers dans ce breakout (I)
cli-merge-not-valid = la séance fusionnée n'est pas valide : { $problem }
cli-merged = { $files ->
        [one] { $files } fichier fusionné
       *[other] { $files } fichiers fusionnés
    } dans { $path } : { $summary }. Elle contient maintenant { $entries ->
        [one] { $entries } élément
       *[other] { $entries } éléments
    }.

# --help. Headings are followed by a colon that clap adds.
cli-help-usage = Utilisation :
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-heading-commands = Commandes
cli-help-command-name = COMMANDE
cli-help-arg-help = Afficher l'aide
cli-help-arg-help-more = Afficher l'aide (plus de détails avec '--help')
cli-help-arg-help-summary = Afficher l'aide (résumé avec '-h')
cli-help-arg-version = Afficher la version
cli-help-arg-lang = Langue de l'interface (en, fr, es, …) ; sinon selon LC_ALL, LC_MESSAGES, LANG ou le réglage du système
cli-help-about = Mener une séance en petit groupe et rédiger son rapport de rapporteur, hors ligne.
cli-help-long-about =
    Mener une séance en petit groupe et rédiger son rapport de rapporteur, hors ligne.

    Avec FICHIER, ouvre ce fichier de séance, en le créant à partir du plan s'il n'existe pas. Sans FICHIER, crée un nouveau fichier de séance daté dans votre dossier de données et indique où.
cli-help-arg-file = Fichier de séance à ouvrir (créé à partir du plan s'il n'existe pas)
cli-help-arg-plan = Plan d'une nouvelle séance : un fichier de plan, ou l'id d'un plan intégré (voir `breakout plans`)
cli-help-arg-read_only = Ouvrir sans prendre le verrou de la séance ; rien n'est enregistré
cli-help-arg-table = Cet ordinateur saisit une seule table : les nouveaux éléments en portent la marque et l'écran la met en avant (un id de table du plan, p. ex. `asia`)
cli-help-arg-watch = Fusionner les fichiers des tables dès qu'ils apparaissent ou changent dans ce dossier (un dossier partagé ou synchronisé, ou une clé USB)
cli-help-validate-about = Vérifier un plan, un modèle de rapport ou un fichier de séance ; affiche un résumé, ou chaque problème
cli-help-validate-arg-file = Le fichier à vérifier
cli-help-export-about = Écrire une séance dans un autre format
cli-help-export-arg-file = Le fichier de séance
cli-help-export-arg-format = Format de sortie : md (le rapport en Markdown), txt (le rapport en texte brut, disposé comme le formulaire), docx (le rapport en document Word) ou json (le fichier de séance lui-même)
cli-help-export-arg-output = Où écrire. Sans cette option, les formats texte vont sur la sortie standard ; un document Word va à côté du fichier de séance
cli-help-export-arg-layout = Une mise en page minijinja à utiliser à la place de celle intégrée (md et txt)
cli-help-merge-about = Fusionner en un seul les fichiers de séance de plusieurs ordinateurs, sans doublons ni pertes
cli-help-merge-arg-files = Fichiers de séance à fusionner (fichiers des ordinateurs des tables, fusions précédentes, …)
cli-help-merge-arg-output = Le fichier de séance fusionné ; s'il existe, il est fusionné lui aussi, jamais écrasé
cli-help-schema-about = Afficher le schéma JSON d'un type de fichier, pour vérifier plans et modèles dans un éditeur
cli-help-schema-arg-kind = Quel type de fichier : plan, template (modèle) ou session (séance)
cli-help-plans-about = Lister les plans et modèles intégrés, et ceux trouvés dans un dossier
cli-help-plans-arg-dir = Dossier où chercher (et dans ses sous-dossiers directs) ; sessions par défaut
cli-help-help-about = Afficher ce message ou l'aide des sous-commandes données

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
