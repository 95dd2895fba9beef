# breakout — Français.
# Every message of locales/en.ftl, with the same ids and arguments. Sections follow the
# code's modules; keep each message in its section.

## language

language-name = Français
language-from-flag = --lang { $value }
language-from-config = { $file }
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
cli-plan-title = { $event }, session { $number } : { $title }
cli-describe-plan = plan de session { $id } ({ $title }) : { $tables ->
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
cli-describe-session = fichier de session du plan { $id } ({ $title }) : { $items ->
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
cli-export-same-file = { $path } : c'est le fichier de session lui-même ; choisissez une autre sortie
cli-wrote = { $path } écrit
cli-stdout-failed = impossible d'écrire sur la sortie standard : { $error }
cli-export-note = remarque : { $warning } (tous sont inclus ; le rapporteur en écarte dans la vue du rapport)
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
cli-no-such-table = le plan n'a pas de table { $table } ; ses tables sont : { $tables }
cli-watch-not-folder = { $path } : ce n'est pas un dossier ; --watch demande le dossier où arrivent les fichiers des tables
cli-created = { $path } créé à partir du plan donné ({ $title }).
cli-created-default = { $path } créé à partir du plan intégré par défaut ({ $title }).
cli-temps-removed = { $count ->
        [one] { $count } fichier temporaire laissé par un enregistrement interrompu a été supprimé.
       *[other] { $count } fichiers temporaires laissés par un enregistrement interrompu ont été supprimés.
    }
cli-plain-failed = le mode texte n'a pas pu démarrer : { $error }
cli-terminal-failed = le terminal a échoué : { $error }
cli-closed-read-only = { $path } fermé (lecture seule : rien n'a été enregistré).
cli-saved = { $path } enregistré ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }).
cli-no-data-folder = impossible de trouver votre dossier de données (HOME est-il défini ?) ; indiquez plutôt le FICHIER de session à ouvrir
cli-cannot-create-folder = { $path } : impossible de créer le dossier : { $error }
cli-too-many-files = { $path } : trop de fichiers de session pour cette minute
cli-merge-nothing = rien à fusionner
cli-merge-in-use = { $path } : utilisé par un autre breakout ; rien n'a été fusionné. Fermez-le là-bas et fusionnez à nouveau, ou importez les fichiers dans ce breakout (I)
cli-merge-in-use-by = { $path } : utilisé par un autre breakout ({ $holder }) ; rien n'a été fusionné. Fermez-le là-bas et fusionnez à nouveau, ou importez les fichiers dans ce breakout (I)
cli-merge-not-valid = la session fusionnée n'est pas valide : { $problem }
cli-merged = { $files ->
        [one] { $files } fichier fusionné
       *[other] { $files } fichiers fusionnés
    } dans { $path } : { $summary }. Elle contient maintenant { $entries ->
        [one] { $entries } élément
       *[other] { $entries } éléments
    }.

# --help. Headings are followed by a colon that clap adds (French ends them with a space:
# « Options : »).
cli-help-usage = Utilisation :
cli-help-heading-arguments = Arguments{" "}
cli-help-heading-options = Options{" "}
cli-help-heading-commands = Commandes{" "}
cli-help-command-name = COMMANDE
# Names of values in --help and in its usage line: <FILE>, [OPTIONS].
cli-help-value-options = OPTIONS
cli-help-value-file = FICHIER
cli-help-value-files = FICHIERS
cli-help-value-plan = PLAN
cli-help-value-id = ID
cli-help-value-dir = DOSSIER
cli-help-value-code = CODE
cli-help-value-theme = THÈME
cli-help-value-format = FORMAT
cli-help-value-out = SORTIE
cli-help-value-kind = TYPE
cli-help-arg-help = Afficher l'aide
cli-help-arg-help-more = Afficher l'aide (plus de détails avec '--help')
cli-help-arg-help-summary = Afficher l'aide (résumé avec '-h')
cli-help-arg-version = Afficher la version
cli-help-arg-lang = Langue de l'interface (en, fr, es, …) ; sinon selon LC_ALL, LC_MESSAGES, LANG ou le réglage du système
cli-help-about = Mener une session en petit groupe et rédiger son rapport de rapporteur, hors ligne.
cli-help-long-about =
    Mener une session en petit groupe et rédiger son rapport de rapporteur, hors ligne.

    Avec FICHIER, ouvre ce fichier de session, en le créant à partir du plan s'il n'existe pas. Sans FICHIER, crée un nouveau fichier de session daté dans votre dossier de données et indique où.
cli-help-arg-file = Fichier de session à ouvrir (créé à partir du plan s'il n'existe pas)
cli-help-arg-plan = Plan d'une nouvelle session : un fichier de plan, ou l'id d'un plan intégré (voir `breakout plans`)
cli-help-arg-read_only = Ouvrir sans prendre le verrou de la session ; rien n'est enregistré
cli-help-arg-table = Cet ordinateur saisit une seule table : les nouveaux éléments en portent la marque et l'écran la met en avant (un id de table du plan, p. ex. `asia`)
cli-help-arg-watch = Fusionner les fichiers des tables dès qu'ils apparaissent ou changent dans ce dossier (un dossier partagé ou synchronisé, ou une clé USB)
cli-help-arg-plain = Mode texte pour lecteurs d'écran et plages braille : une ligne à la fois, sans plein écran (aussi quand TERM=dumb ou quand l'entrée n'est pas un terminal)
cli-help-arg-theme = Apparence de l'écran : default, ou high-contrast (blanc sur noir, gras et souligné au lieu des couleurs) ; NO_COLOR est respecté dans les deux
cli-help-validate-about = Vérifier un plan, un modèle de rapport ou un fichier de session ; affiche un résumé, ou chaque problème
cli-help-validate-arg-file = Le fichier à vérifier
cli-help-export-about = Écrire une session dans un autre format
cli-help-export-arg-file = Le fichier de session
cli-help-export-arg-format = Format de sortie : md (le rapport en Markdown), txt (le rapport en texte brut, disposé comme le formulaire), docx (le rapport en document Word) ou json (le fichier de session lui-même)
cli-help-export-arg-output = Où écrire. Sans cette option, les formats texte vont sur la sortie standard ; un document Word va à côté du fichier de session
cli-help-export-arg-layout = Une mise en page minijinja à utiliser à la place de celle intégrée (md et txt)
cli-help-merge-about = Fusionner en un seul les fichiers de session de plusieurs ordinateurs, sans doublons ni pertes
cli-help-merge-arg-files = Fichiers de session à fusionner (fichiers des ordinateurs des tables, fusions précédentes, …)
cli-help-merge-arg-output = Le fichier de session fusionné ; s'il existe, il est fusionné lui aussi, jamais écrasé
cli-help-schema-about = Afficher le schéma JSON d'un type de fichier, pour vérifier plans et modèles dans un éditeur
cli-help-schema-arg-kind = Quel type de fichier : plan, template (modèle) ou session
cli-help-plans-about = Lister les plans et modèles intégrés, et ceux trouvés dans un dossier
cli-help-plans-arg-dir = Dossier où chercher (et dans ses sous-dossiers directs) ; sessions par défaut
cli-help-help-about = Afficher ce message ou l'aide des sous-commandes données

cli-help-arg-projector = Ouvrir FICHIER en lecture seule dans la vue projecteur, pour une seconde fenêtre au mur : elle suit le fichier à mesure qu'un autre breakout l'enregistre
cli-read-only-projector = une fenêtre de projecteur : elle suit le fichier et n'enregistre rien
cli-help-arg-config = Le fichier de configuration à lire au lieu de config.toml dans votre dossier de configuration (aussi BREAKOUT_CONFIG)
cli-help-config-about = Afficher où est le fichier de configuration, ou un fichier de configuration complet par défaut
cli-help-config-arg-default = Afficher un fichier de configuration complet et commenté : chaque réglage à sa valeur par défaut, chaque commande avec ses touches
cli-config-exists = { $path }
cli-config-missing = { $path } (absent : chaque réglage est à sa valeur par défaut ; `breakout config --default` affiche un fichier pour commencer)
cli-config-no-folder = Ce système n'a pas de dossier de configuration : indiquez un fichier avec --config FICHIER ou BREAKOUT_CONFIG.
cli-not-a-session = { $name } n'est pas une commande de breakout, et aucun fichier ne porte ce nom ; le nom d'un nouveau fichier de session doit finir par .json (comme { $example }). Rien n'a été créé.
cli-did-you-mean = vouliez-vous dire « { $command } » ?
cli-try-help = Pour les commandes et options, essayez 'breakout --help'.
cli-help-completions-about = Afficher un script de complétion pour un shell (bash, zsh, fish, powershell, elvish)
cli-help-completions-arg-shell = Le shell : bash, zsh, fish, powershell ou elvish
cli-help-value-shell = SHELL
cli-help-man-about = Afficher la page de manuel (roff), pour man -l - ou un dossier de pages de manuel
cli-help-heading-examples = Exemples{" "}
cli-help-heading-exit-codes = Codes de sortie{" "}
cli-help-example-open = Ouvrir un fichier de session, en le créant à partir du plan intégré par défaut s'il n'existe pas
cli-help-example-table = L'ordinateur d'une table : saisit la table « asia » du plan
cli-help-example-watch = Le rapporteur : fusionne les fichiers des tables dès qu'ils arrivent dans un dossier partagé ou sur une clé USB
cli-help-example-projector = Une seconde fenêtre pour le mur : suit geneva.json à mesure que la fenêtre du rapporteur l'enregistre
cli-help-example-export = Écrire le rapport en document Word à côté du fichier de session (geneva.docx)
cli-help-example-merge = Fusionner en une seule session les fichiers des ordinateurs des tables, sans doublons ni pertes
cli-help-exit-0 = Succès (aussi pour --help et --version)
cli-help-exit-1 = Une erreur, expliquée sur la sortie d'erreur : un fichier illisible ou impossible à écrire, un enregistrement qui a échoué, un fichier que digest a ignoré
cli-help-exit-2 = Une erreur d'utilisation : option ou commande inconnue, argument manquant, nouveau fichier dont le nom ne finit pas par .json
cli-help-exit-101 = breakout s'est arrêté sur un bogue ; les notes ont d'abord été enregistrées, et le message nomme le fichier et le journal

cli-help-digest-about = Rassembler les messages prioritaires (ou d'autres rubriques) retenus par les sessions pour leurs rapports en une synthèse pour la présidence, session par session
cli-help-digest-arg-files = Fichiers de session, de tous plans et modèles
cli-help-digest-arg-format = Format de sortie : md, txt, docx ou json (par défaut selon l'extension de SORTIE, sinon md)
cli-help-digest-arg-output = Où écrire ; la sortie standard s'il est omis
cli-help-digest-arg-slots = Rassembler ces rubriques (identifiants séparés par des virgules) au lieu de celles que les modèles marquent pour la synthèse
cli-help-example-digest = La synthèse pour la présidence : les messages prioritaires retenus par chaque session, dans l'ordre des sessions, en document Word
cli-digest-skipped = ignoré : { $error }
cli-digest-no-marked-slot = { $path } : son modèle ne marque aucune rubrique pour la synthèse, rien n'en est repris (choisissez des rubriques avec --slots ID,...)
cli-digest-no-named-slot = { $path } : son modèle n'a aucune des rubriques { $slots }, rien n'en est repris
cli-digest-nothing = aucun fichier de session n'a pu être lu ; rien n'a été écrit
cli-digest-none-marked = aucun modèle des séances ne marque de rubrique pour la synthèse ; rien n’a été écrit. Nommez les rubriques avec --slots ID,...
cli-digest-none-named = aucune séance n’a de rubrique { $slots } ; rien n’a été écrit
cli-digest-some-skipped = { $count ->
        [one] { $count } fichier sur { $total } a été ignoré (voir ci-dessus) ; la synthèse reprend les autres
       *[other] { $count } fichiers sur { $total } ont été ignorés (voir ci-dessus) ; la synthèse reprend les autres
    }
cli-digest-docx-terminal = un document Word ne peut pas s'afficher dans le terminal : écrivez-le dans un fichier avec -o SORTIE (par ex. -o synthese.docx)
cli-digest-same-file = { $path } : c'est l'un des fichiers de session ; choisissez une autre sortie
cli-digest-failed = impossible de produire la synthèse : { $error } ; rien n'a été écrit

# end of cli

## storage

storage-kind-plan = plan de session
storage-kind-template = modèle de rapport
storage-kind-session = fichier de session
storage-no-such-file = { $path } : fichier introuvable
storage-permission-denied = { $path } : permission refusée ; vérifiez le propriétaire et les droits du fichier
storage-not-utf8 = { $path } : le fichier n'est pas du texte UTF-8 ({ $error })
storage-cannot-read = { $path } : lecture impossible : { $error }
storage-empty = { $path } : le fichier est vide. Il a été laissé tel quel ; si c'est un fichier de session, sa sauvegarde { $path }.bak contient peut-être la dernière bonne copie
storage-syntax = { $path }:{ $line }:{ $column } : JSON non valide : { $problem }. Le fichier a été laissé tel quel
storage-no-format = { $path } : pas un fichier breakout : il n'a pas de champ "format" (attendu : "breakout-plan", "breakout-template" ou "breakout-session")
storage-not-breakout = { $path } : pas un fichier breakout : "format" vaut { $found } (attendu : "breakout-plan", "breakout-template" ou "breakout-session")
storage-holds-list = { $path } : pas un fichier breakout : il contient une liste ([…]), pas une session, un plan ou un modèle breakout (ce sont des objets, {"{"}…{"}"}). Le fichier a été laissé tel quel
storage-holds-text = { $path } : pas un fichier breakout : il contient un seul texte entre guillemets, pas une session, un plan ou un modèle breakout (ce sont des objets, {"{"}…{"}"}). Le fichier a été laissé tel quel
storage-holds-number = { $path } : pas un fichier breakout : il contient un nombre, pas une session, un plan ou un modèle breakout (ce sont des objets, {"{"}…{"}"}). Le fichier a été laissé tel quel
storage-holds-boolean = { $path } : pas un fichier breakout : il contient true ou false, pas une session, un plan ou un modèle breakout (ce sont des objets, {"{"}…{"}"}). Le fichier a été laissé tel quel
storage-holds-null = { $path } : pas un fichier breakout : il contient null, pas une session, un plan ou un modèle breakout (ce sont des objets, {"{"}…{"}"}). Le fichier a été laissé tel quel
storage-wrong-kind = { $path } : c'est un { $found }, pas un { $expected }
storage-wrong-kind-plan = { $path } : c'est un { $found }, pas un { $expected }. Pour commencer une nouvelle session à partir de ce plan, lancez : breakout --plan { $command }
storage-wrong-kind-session = { $path } : c'est un { $found }, pas un { $expected }. Pour ouvrir cette session, lancez : breakout { $command }
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
storage-good-backup = Sa sauvegarde { $backup } est l'enregistrement précédent et se lit correctement ({ $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }). Pour la consulter : breakout --read-only { $open }. Pour reprendre à partir d'elle, mettez { $path } de côté et copiez la sauvegarde à sa place (cp { $open } { $target }), puis rouvrez { $path }.
storage-disk-full = { $path } : le disque est plein ; libérez de la place (les notes sont en sécurité en mémoire et seront enregistrées dès qu'il y aura de la place)
storage-save-read-only = { $path } : impossible d'écrire dans ce dossier ({ $error }) ; les notes sont en sécurité en mémoire : enregistrez-les dans un autre dossier
storage-save-failed = { $path } : enregistrement impossible : { $error }
storage-encode = impossible d'encoder la session : { $error }
storage-session-read-only = { $path } : ouvert en lecture seule, les modifications ne sont donc pas enregistrées ici
storage-in-use = { $path } : cette session est déjà ouverte dans un autre breakout. Fermez-la là-bas, ou ouvrez celle-ci en lecture seule
storage-in-use-by = { $path } : cette session est déjà ouverte dans un autre breakout ({ $holder }). Fermez-la là-bas, ou ouvrez celle-ci en lecture seule
storage-lock-failed = { $path } : impossible de verrouiller la session : { $error }
storage-no-folder = { $path } : le dossier n'existe pas ; créez-le d'abord ou choisissez un autre chemin
storage-create-failed = { $path } : impossible de créer le fichier de session : { $error }
storage-save-as-not-json = { $path } : le nom d'un fichier de session doit finir par .json (ou indiquez un dossier, la session y garde son nom)
storage-save-as-same = { $path } : la session est déjà enregistrée là
storage-save-as-exists = { $path } : un autre fichier s'y trouve déjà et a été laissé tel quel ; choisissez un autre nom ou un autre dossier
storage-autosave-not-started = impossible de démarrer l'enregistrement automatique
storage-autosave-stopped = l'enregistrement automatique s'est arrêté
storage-incomplete = pas un fichier de session breakout complet (est-il encore en cours de copie ?)
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
model-template-mismatch = le plan utilise le modèle { $plan } mais la session contient { $session }
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
model-merge-different-plans = ces sessions viennent de plans différents ({ $ours } et { $theirs }) ; seules les sessions d'un même plan peuvent être fusionnées
model-merge-plan-changed = les deux sessions utilisent le plan { $id }, mais son contenu diffère entre elles (le plan a-t-il été modifié sur un ordinateur ?) ; démarrez les sessions à partir du même fichier de plan pour les fusionner
model-merge-template-changed = les deux sessions utilisent le modèle de rapport { $id }, mais son contenu diffère entre elles ; démarrez les sessions à partir du même modèle pour les fusionner
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
# Event dates in a report header: "8 December 2016 to 10 December 2016".
model-dates = du { $start } au { $end }

model-bad-date = { $field } : { $value } n’est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2026-12-08
# A month's name in a date written out ("8 December 2026"); $month is 1–12.
model-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
# A date written out in a report: "8 December 2026".
model-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
model-key-reserved = la touche { $key } est déjà utilisée par l’application ; choisissez-en une qui ne soit pas parmi { $reserved }
model-caption-placeholder = { $found } n’est pas un emplacement qu’une légende peut utiliser ; utilisez { "{n}" } (le numéro de l’entrée) ou { "{table}" } (sa table)
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
export-encode = impossible d'encoder la session : { $error }

# La synthèse pour la présidence (breakout digest), dans la langue de l'interface.
export-digest-title = { $what } de { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
export-digest-entries = Éléments
export-digest-and = { $first } et { $last }
export-digest-session = Session { $number } : { $title }

# A ranked-per-table slot's heading for the entries that came from no table.
export-no-table = Hors des tables
export-over-limit-table = { $count } { $what } ({ $table }) : le formulaire en permet { $limit } par table
export-over-limit-no-table = { $count } { $what } hors des tables : le formulaire en permet { $limit } par table
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
tui-header-start-timer = { $key } lance le minuteur
tui-header-table-laptop = portable de table : { $table }
tui-header-last-arrival = dernier : { $file } { $time }
# After a label ("Target: …"); French puts a space before the colon.
tui-label-sep = { " : " }
tui-footer-report-entry = rubrique
tui-questions-title = Questions directrices
tui-question-heading = Q{ $number } { $title }
tui-no-question = Aucune question directrice
tui-no-table = aucune table
tui-nothing-yet = rien pour l'instant : { $key } ajoute un point
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
tui-mode-tables = Aller à une table
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
tui-command-choose_table = n'importe quelle table, dans une liste
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
tui-command-tables-select_next = table suivante
tui-command-tables-select_prev = table précédente
tui-command-tables-confirm = y aller
tui-command-tables-close = annuler
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
tui-aims-phase-question = — question { $number } : { $question }
tui-aims-phase-now = (en cours)
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
tui-edit-approval = Space : accepte d'être nommé·e (sinon « anonyme »)
tui-edit-speaker = Intervenant·e
tui-edit-speaker-hint = nommé·e dans le rapport seulement avec son accord
tui-edit-organisation = Organisation
tui-search-title = Chercher dans toutes les tables
tui-search-placeholder = tapez pour chercher dans toutes les tables
tui-search-nothing = Aucune entrée ne contient cela
tui-tables-title = Aller à la table
tui-tables-placeholder = tapez son numéro ou une partie de son nom
tui-tables-none = Aucune table ne correspond
tui-tabs-more-left = ‹ { $count } de plus
tui-tabs-more-right = { $count } de plus ›
tui-message-more = … ({ $key } l'affiche en entier)
tui-file-message = Dernier message :
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
tui-exported = Exporté dans { $folder } : { $files }
tui-exported-cut = Exporté dans { $folder } : { $files } ({ $key } montre où)
tui-export-notes = . { $count ->
    [one] Remarque
   *[other] Remarques
} (à vous de décider) : { $notes }
tui-export-failed = Échec de l'export : { $error }
tui-export-not-started = écriture du rapport impossible : { $error }
tui-mouse-on = Souris activée : cliquez une table ou une entrée (M : sélection de texte)
tui-mouse-off = Souris désactivée : sélection de texte possible
tui-select-first = Sélectionnez d'abord une entrée (j/k ou ↑/↓)
tui-nothing-selected = Rien de sélectionné : { $key } pour un nouveau point
tui-deleted =
    { $count ->
        [0] Supprimé (u le rétablit)
        [one] Supprimé, avec l'entrée en dessous (u les rétablit)
       *[other] Supprimé, avec les { $count } entrées en dessous (u les rétablit)
    }
tui-moves-with-parent = Cette entrée suit celle dont elle dépend
tui-no-table-further = Il n'y a pas d'autre table dans ce sens
tui-moved-to = Déplacé vers { $table }
tui-now-point = Désormais un point de discussion
tui-now-slot =
    { $article ->
       *[other] Désormais : { $kind }
    }
tui-select-parent-first = Sélectionnez d'abord : { $parent } (les « { $kind } » vont dessous)
tui-empty-removed = Entrée vide retirée ({ $key } la rétablit)
tui-over-limit = { $count } { $kind } dans le rapport : le formulaire en permet { $limit } ; { $key } pour choisir
tui-over-limit-under = { $count } { $kind } dans le rapport sous cette entrée : le formulaire en permet { $limit } ; { $key } pour choisir
tui-over-limit-table = { $count } { $kind } de { $table } dans le rapport : le formulaire en permet { $limit } par table ; { $key } pour choisir
tui-over-limit-no-table = { $count } { $kind } hors des tables dans le rapport : le formulaire en permet { $limit } par table ; { $key } pour choisir
tui-over-limit-report = { $count } { $kind } dans le rapport : le formulaire en permet { $limit }
tui-nothing-to-undo = Rien à annuler
tui-nothing-to-redo = Rien à rétablir
tui-undone = Annulé — { $what }
tui-redone = Rétabli — { $what }
tui-merge-refused = { $file } : non fusionné : { $reason }
tui-merge-read-only = { $file } : non fusionné : session en lecture seule
tui-merged = { $file } fusionné : { $report }
tui-merged-nothing-new = { $file } : rien de nouveau ({ $report })
tui-opened =
    { $count ->
        [one] { $file } ouvert : { $count } entrée
       *[other] { $file } ouvert : { $count } entrées
    }
tui-opened-last-change =
    { $count ->
        [one] { $file } ouvert : { $count } entrée (modifié à { $time })
       *[other] { $file } ouvert : { $count } entrées (modifié à { $time })
    }
tui-quit-blocked = Non enregistré ; { $key } écrit une copie de secours, ou corrigez d'abord : { $reason }
# After the screen closes.
tui-last-save-failed = le dernier enregistrement a échoué : { $error }
tui-rescue-written = impossible d'enregistrer dans { $path } ({ $error }) ; une copie de secours est dans { $rescue }
tui-rescue-failed = impossible d'enregistrer dans { $path } ({ $error }), ni d'écrire une copie de secours : les dernières modifications sont perdues

tui-read-only-refused = Lecture seule : cette fenêtre ne peut pas modifier la session
tui-follow-gone = { $file } a disparu (supprimé ou déplacé) : la dernière version lue reste affichée
tui-follow-unreadable = { $file } est illisible pour l'instant : la dernière version lue reste affichée. { $reason }
tui-follow-back = { $file } est de retour : sa dernière version est affichée
tui-projector-hint-read-only = P ou Esc : écran principal · Tab : table · ← → : question
tui-file-config = Configuration :
tui-config-problems = { $count ->
        [one] Le fichier de configuration a un problème ; ce qu'il règle garde sa valeur par défaut ({ $key } le montre).
       *[other] Le fichier de configuration a { $count } problèmes ; ce qu'ils règlent garde sa valeur par défaut ({ $key } les montre).
    }
tui-command-suspend = suspendre : retour au shell ; fg revient
tui-suspend-unavailable = La suspension ({ $suspend }) n'est pas disponible sur ce système ; quittez plutôt avec { $key }.
tui-title = breakout : { $file } · { $session }
tui-panic-saved = breakout s'est arrêté à cause d'un bogue (le message ci-dessus). Vos notes sont enregistrées dans { $path }.
tui-panic-read-only = breakout s'est arrêté à cause d'un bogue (le message ci-dessus). { $path } était ouvert en lecture seule et n'a pas changé.
tui-panic-log = Le journal est { $log } : envoyez-le, avec le message ci-dessus, à qui assure le support de breakout.
tui-panic-no-log = Aucun journal n'a été écrit (le dossier de données n'est pas accessible en écriture) ; envoyez le message ci-dessus à qui assure le support de breakout.

tui-mode-save-as = Enregistrer dans un autre dossier
tui-command-save_as = enregistrer désormais dans un autre dossier (quand celui-ci n'est plus accessible en écriture ou que le disque est plein)
tui-command-save_as-confirm = enregistrer là
tui-command-save_as-close = annuler
tui-save-as-title = Enregistrer désormais dans un autre dossier
tui-save-as-placeholder = un dossier, ou un nom de fichier finissant par .json
tui-save-as-note = Enter y enregistre la session et continue d'y enregistrer (un dossier garde le nom du fichier) · Esc annule
tui-save-as-saving = Enregistrement dans { $path }…
tui-save-as-done = Enregistré sous { $path } ; désormais chaque modification y est enregistrée.
tui-save-as-failed = Pas enregistré là, l'enregistrement continue à l'ancien endroit : { $error }
tui-save-failed-elsewhere = ✗ échec de l'enregistrement ({ $key } : enregistrer ailleurs) : { $error }
tui-file-save-elsewhere = Appuyez sur { $key } pour enregistrer désormais dans un autre dossier.
tui-changed-on-disk = { $file } a changé sur le disque (un autre ordinateur) : fusionné, { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $deleted ->
        [one] { $deleted } supprimée
       *[other] { $deleted } supprimées
    }
tui-disk-version-kept = La version de { $file } sur le disque ne peut pas être fusionnée : elle est gardée dans { $copy } et cette session a été enregistrée à sa place ({ $reason })
tui-phase-now = Phase { $number } : { $phase }
tui-phase-question = Phase { $number } : { $phase } — question { $question } : { $title }
tui-edit-date-format = AAAA-MM-JJ
tui-edit-date-hint = { $hint } ({ $format })
tui-edit-bad-date-quit = { $error } — Ctrl-C à nouveau pour quitter sans cette date
tui-edit-bad-date-close = { $error } — { $key } à nouveau pour sortir sans cette date
tui-item-over-limit = [hors limite]
tui-report-per-table = { $limit } au plus par table
tui-report-over-table = { $table } : { $count } sur { $limit } au plus
tui-report-over-per-table = Limite par table dépassée : { $tables }
tui-command-join_lines = joindre les lignes coupées en paragraphes (texte collé d'un PDF ou d'un courriel)
tui-paste-has-breaks = Collé avec ses retours à la ligne : { $key } joint les lignes coupées en paragraphes
tui-lines-joined = { $count ->
        [one] Lignes jointes : 1 retour à la ligne en moins ({ $key } annule)
       *[other] Lignes jointes : { $count } retours à la ligne en moins ({ $key } annule)
    }
tui-nothing-to-join = Aucune ligne coupée à joindre : lignes vides et éléments de liste gardent leur retour
tui-edit-parent = { $kind } { $number }
tui-edit-new-under = Nouveau : { $kind } sous { $parent } : { $text }
tui-edit-edit-under = Modifier : { $kind } sous { $parent } : { $text }
tui-what-new = ajout : { $kind } « { $text } »
tui-what-deleted = suppression : { $kind } « { $text } »
tui-what-edited = modification : { $kind } « { $text } »
tui-what-sorted = classement en { $kind } : « { $text } »
tui-what-moved-to = déplacement vers { $place } : { $kind } « { $text } »
tui-what-moved = déplacement : { $kind } « { $text } »
tui-what-no-table = aucune table
tui-what-header = en-tête : { $field }
tui-what-picked = inclusion au rapport : { $kind } « { $text } »
tui-what-unpicked = retrait du rapport : { $kind } « { $text } »
tui-what-reordered = ordre du rapport : { $kind } « { $text } »
tui-what-more = { $what } et { $count } de plus
tui-what-point = point
tui-what-unknown = la dernière modification
tui-file-exported = Fichiers du rapport :
# end of tui

## plain

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
        [0] Supprimé : { $entry }
        [one] Supprimé : { $entry }, avec l'entrée placée dessous
       *[other] Supprimé : { $entry }, avec les { $under } entrées placées dessous
    } ; /undo la rétablit.
plain-nothing-to-undo = Rien à annuler.
plain-nothing-to-redo = Rien à rétablir.
plain-undone = Annulé : { $what } ; { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } ici maintenant.
plain-redone = Rétabli : { $what } ; { $count ->
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
plain-over-limit = Remarque : { $count } { $kind } vont à présent dans le rapport, et le formulaire en prévoit { $limit } ; toutes sont gardées.
plain-over-limit-under = Remarque : { $count } { $kind } sous cette entrée vont dans le rapport, et le formulaire en prévoit { $limit } ; /unpick N en écarte une.
plain-over-limit-table = Remarque : { $count } { $kind } de { $table } vont dans le rapport, et le formulaire en prévoit { $limit } par table ; toutes sont gardées.
plain-over-limit-no-table = Remarque : { $count } { $kind } hors des tables vont dans le rapport, et le formulaire en prévoit { $limit } par table ; toutes sont gardées.
plain-import-usage = Indiquez le fichier ou le dossier à fusionner, par exemple /import asia.json.
plain-import-none = Aucun fichier de session à fusionner dans { $path }.
plain-merged = { $file } fusionné : { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $deleted ->
        [one] { $deleted } supprimée
       *[other] { $deleted } supprimées
    }.
plain-merged-nothing = { $file } n'apporte rien de nouveau.
plain-not-merged = { $file } non fusionné : { $why }.
plain-not-merged-read-only = cette session est en lecture seule
plain-exported = { $count ->
        [one] Exporté dans { $dir } : { $files }.
       *[other] Exportés dans { $dir } : { $files }.
    }
plain-export-notes = { $count ->
    [one] Remarque
   *[other] Remarques
} (à vous de décider) : { $notes }.
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
plain-help-field = field N NOM VALEUR : remplir un champ de l'entrée N (destinataire, orateur, organisation, consentement oui ou non ; /fields N les nomme) ; - comme VALEUR le vide
plain-help-fields = fields N : les champs de l'entrée N et leurs valeurs
plain-help-header = header [NOM VALEUR] : l'en-tête du rapport (rapporteur, session…), ou remplir un de ses champs
plain-help-report = report : ce qui entre dans le rapport, type par type, dans l'ordre, et ce qui est laissé de côté
plain-help-pick = pick N : mettre l'entrée N dans le rapport, à la fin de son type
plain-help-unpick = unpick N : laisser l'entrée N hors du rapport
plain-help-move = move N POS : placer l'entrée N en position POS de son type dans le rapport
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
plain-help-slash = /TEXTE : un point qui commence par une barre oblique
plain-entry-named = { $kind } { $number }, « { $text } »
plain-what-add = ajout de { $entry }
plain-what-edit = modification de { $entry }
plain-what-delete = suppression de { $entry }
plain-what-field = champ { $field } de { $entry }
plain-what-header = champ { $field } de l'en-tête
plain-what-pick = ajout de { $entry } au rapport
plain-what-unpick = retrait de { $entry } du rapport
plain-what-move = déplacement de { $entry } dans le rapport
plain-field-speaker = Orateur
plain-field-organisation = Organisation
plain-field-consent = Consentement à être nommé
plain-yes = oui
plain-no = non
plain-empty = (vide)
plain-no-fields = { $entry } n'a pas d'autre champ que son texte.
plain-field-usage = Donnez le numéro de l'entrée, le champ et la valeur, par exemple /field 2 target Gouvernements nationaux ; /fields 2 liste les champs.
plain-no-field = { $entry } n'a pas de champ { $name } ; ses champs sont { $fields }.
plain-yes-no-usage = Répondez oui ou non, par exemple /field 5 consent oui.
plain-field-set = Le champ { $field } de { $entry } vaut maintenant « { $value } ».
plain-field-cleared = Le champ { $field } de { $entry } est maintenant vide.
plain-consent-yes = { $entry } : l'orateur accepte d'être nommé, le rapport le nomme.
plain-consent-no = { $entry } : pas de consentement enregistré, le rapport dit anonyme.
plain-fields = { $entry } a { $count ->
        [one] 1 champ
       *[other] { $count } champs
    } :
plain-field-line = { $label } ({ $id }) : { $value }
plain-no-header = Ce formulaire de rapport n'a pas d'en-tête.
plain-header = L'en-tête du rapport a { $count ->
        [one] 1 champ
       *[other] { $count } champs
    } ; remplissez-en un avec /header NOM VALEUR :
plain-header-line = { $number }. { $label } ({ $id }) : { $value }
plain-no-header-field = L'en-tête du rapport n'a pas de champ { $name } ; ses champs sont { $fields }.
plain-header-value = { $label } : { $value }.
plain-header-set = { $label } vaut maintenant « { $value } ».
plain-ref-here = entrée { $number }, « { $text } »
plain-ref-there = { $table } entrée { $number }, « { $text } »
plain-report = Le rapport, type par type et dans l'ordre (numéros d'entrée tels que /list les donne à { $table } ; les entrées d'autres tables nomment leur table) :
plain-report-empty = Rien n'est encore saisi pour le rapport.
plain-report-slot = { $kind } : { $count } dans le rapport.
plain-report-slot-limit = { $kind } : { $count } dans le rapport ; le formulaire en permet { $limit }.
plain-report-slot-over = { $kind } : { $count } dans le rapport ; le formulaire en permet { $limit }, donc { $over } de trop.
plain-report-picked = Vous les choisissez avec /pick, /unpick et /move.
plain-report-all = Toutes entrent, dans l'ordre de saisie.
plain-report-in = { $position }. { $entry }
plain-report-out = Hors du rapport : { $entry }
plain-not-pickable = { $entry } entre d'office dans le rapport ; seules les entrées de type { $kinds } sont choisies.
plain-in-report = { $kind } { $number } est maintenant numéro { $position } sur { $count } dans le rapport.
plain-in-report-limit = { $kind } { $number } est maintenant numéro { $position } sur { $count } dans le rapport (le formulaire en permet { $limit }).
plain-in-report-over = { $kind } { $number } est maintenant numéro { $position } sur { $count } dans le rapport (le formulaire en permet { $limit }, donc { $over } de trop).
plain-unpicked = { $kind } { $number } : hors du rapport ; { $count } dans le rapport.
plain-move-usage = Donnez le numéro de l'entrée et sa nouvelle position, par exemple /move 3 1.
plain-move-not-in = { $entry } est hors du rapport ; /pick { $number } l'y met d'abord.

plain-follow-new = { $count ->
        [one] { $count } nouvelle entrée venue du fichier.
       *[other] { $count } nouvelles entrées venues du fichier.
    }
plain-follow-gone = { $file } a disparu (supprimé ou déplacé) ; la dernière version lue reste ici.
plain-follow-unreadable = { $file } est illisible pour l'instant ; la dernière version lue reste ici. { $why }
plain-follow-back = { $file } est de retour ; voici sa dernière version.
plain-help-save_as = save_as CHEMIN : enregistrer désormais dans un autre dossier (ou un fichier .json), quand celui-ci n'est plus accessible en écriture ou que le disque est plein
plain-save-as-usage = Indiquez le dossier (ou le fichier .json) où enregistrer, par exemple /save-as /media/usb.
plain-saved-as = Enregistré sous { $file } ; désormais chaque modification y est enregistrée.
plain-save-as-failed = Pas enregistré là, l'enregistrement continue à l'ancien endroit : { $why }
plain-save-failing-elsewhere = Impossible d'enregistrer ({ $why }) ; vos notes sont conservées et l'enregistrement est retenté. /save-as DOSSIER les enregistre désormais dans un autre dossier.
plain-changed-on-disk = { $file } a changé sur le disque (un autre ordinateur) : fusionné, { $new ->
        [one] { $new } nouvelle
       *[other] { $new } nouvelles
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $deleted ->
        [one] { $deleted } supprimée
       *[other] { $deleted } supprimées
    }.
plain-disk-version-kept = La version de { $file } sur le disque ne peut pas être fusionnée : elle est gardée dans { $copy } et cette session a été enregistrée à sa place ({ $why }).
plain-phase-question = La question { $number } est maintenant la question en cours : { $title }
plain-field-text = texte
plain-empty-date = (vide ; une date, écrite AAAA-MM-JJ)
plain-report-under-in = {"  "}{ $kind } { $position } : { $entry }
plain-report-under-out = {"  "}{ $kind } hors du rapport : { $entry }
# end of plain

## config

# A problem in the user's config file: "config.toml:7: [keys] new_pont: no command has this name".
config-problem = { $file }:{ $line }: { $key } : { $what }
config-problem-line = { $file }:{ $line }: { $what }
config-problem-file = { $file } : { $what }
config-did-you-mean = { $text } (vouliez-vous dire { $guess } ?)
config-unreadable = illisible ({ $error }) ; chaque réglage garde sa valeur par défaut
config-toml = TOML non valide : { $error }
config-unknown-setting = ce réglage n'existe pas
config-expected-text = devrait être un texte entre guillemets
config-expected-boolean = devrait être true ou false
config-expected-keys = devrait être une touche entre guillemets ou une liste de touches, comme "a" ou ["q", "ctrl-q"]
config-expected-table = devrait être une table, comme [theme]
config-unknown-language = aucun catalogue pour cette langue ; il y a { $available }
config-unknown-look = apparence inconnue ; il y a { $looks }
config-unknown-colour = pas une couleur : donnez un nom comme red ou light-blue, ou #rrggbb
config-unknown-command = aucune commande ne porte ce nom
config-needs-argument = cette commande demande un nombre ou un nom après elle, comme "{ $example }"
config-unknown-mode = aucun mode ne porte ce nom ; il y a { $modes }
config-unknown-key = { $key } n'est pas une touche (les touches s'écrivent a, K, Enter, Tab, Space, ctrl-x, alt-x, F5, PgUp, up)
config-ctrl-c = Ctrl-C enregistre et quitte toujours ; choisissez une autre touche
config-not-bound = cette commande n'a ici aucune touche à remplacer
config-clash = { $key } fait déjà { $other } dans { $mode } ; cette commande garde ses touches par défaut
config-problems-note = Ce qui était faux garde sa valeur par défaut ; le reste du fichier s'applique. `breakout config --default` affiche tous les réglages.

# `breakout config --default`: the comments of a complete default config file.
config-default-intro = Configuration de breakout, chaque réglage à sa valeur par défaut. Placez ce fichier dans { $path } (ou indiquez-en un avec --config FICHIER ou BREAKOUT_CONFIG) et changez ce que vous voulez ; un réglage absent garde sa valeur par défaut.
config-default-language = La langue de l'interface : en, fr ou es. --lang l'emporte sur elle ; elle l'emporte sur LC_ALL, LC_MESSAGES et LANG.
config-default-mouse = Si la souris est active au démarrage (M l'active et la désactive ; désactivée, le terminal peut sélectionner du texte).
config-default-theme = L'apparence de l'écran : "default" ou "high-contrast" (--theme l'emporte). Les couleurs sont celles de l'apparence par défaut : un nom (black, red, green, yellow, blue, magenta, cyan, gray, dark-gray, light-red, light-green, light-yellow, light-blue, light-magenta, light-cyan, white) ou "#rrggbb". Le contraste élevé n'a pas de couleurs.
config-default-role-heading = titres de l'aide, des questions et du rapport
config-default-role-slot = le type d'une entrée (Recommandation, Citation…)
config-default-role-ok = « enregistré », et les messages de réussite
config-default-role-warning = avertissements : limite dépassée, fenêtre en lecture seule
config-default-role-error = erreurs : un enregistrement qui a échoué
config-default-role-key = touches du pied de page et de l'aide
config-default-keys = Touches, par les noms de commande que montre l'aide (?) : une touche ou une liste. Une touche est un caractère (a, K, +) ou un nom : Enter, Tab, Shift-Tab, Esc, Space, Backspace, Del, Home, End, PgUp, PgDn, up, down, left, right, F1 … F12, précédé de ctrl- ou alt- (ctrl-q, alt-Enter). Une commande donnée ici reçoit ces touches dans chaque mode qui l'a, à la place de ses touches par défaut ; une touche fait une seule chose par mode.
config-default-mode = Touches de ce mode seulement ({ $mode }), pour les commandes dont les touches changent d'un mode à l'autre.
config-default-slots = Le modèle de rapport donne une touche à chacune de ses rubriques (new_entry RUBRIQUE) ; changez-la avec l'identifiant de la rubrique, par exemple :
config-default-no-keys = Commandes choisies d'un clic ou dans une liste, sans touche : { $names }

# end of config
