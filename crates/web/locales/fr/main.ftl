## AgorAL — interface en français.
## Chaque message ici doit aussi exister en it, en et ar.

digit-separator =  

## Cadre du site
skip-to-content = Aller au contenu principal
header-owner = Provincia di Alessandria · Programme immigration
site-tagline = Migrations et inclusion dans la province d'Alessandria
language-switcher = Langue
nav-main = Menu principal
nav-home = Accueil
nav-login = Se connecter
nav-logout = Se déconnecter
nav-back-office = Espace réservé
nav-dashboard = Tableau de bord
nav-users = Utilisateurs
nav-organisations = Organisations
nav-pages = Pages
nav-problem-reports = Signalements
nav-audit = Journal de sécurité
nav-account = Mon compte
nav-public-site = Site public
footer-programme-title = Le programme
footer-programme-text = AgorAL est la plateforme du réseau pour l'immigration de la Province d'Alessandria, coordonné par la Prefettura : un magazine, un réseau d'organismes, un observatoire et un guide des services.
footer-licence-title = Licence des contenus
footer-licence-text = Sauf indication contraire, les contenus sont publiés sous licence
footer-links-title = Liens utiles
footer-accessibility = Déclaration d'accessibilité
footer-privacy = Politique de confidentialité
footer-legal = Mentions légales
footer-report-problem = Signaler un problème
footer-last-updated-label = Dernière mise à jour :
footer-last-updated = Dernière mise à jour : { $date }

## Accueil
home-title = Migrations et inclusion dans la province d'Alessandria
home-intro = Des histoires d'inclusion, des actualités sur l'immigration et l'accueil, les données de l'Osservatorio et un guide des services pour les personnes étrangères, en quatre langues.
home-figures-title = La province en chiffres
home-figures-comuni = communes
home-figures-population = habitants au 1er janvier 2021
home-figures-organisations = organismes dans le réseau
home-figures-source = Source : ISTAT, population résidente au 1er janvier 2021 (licence CC BY).
home-about-title = Ce que vous trouverez ici
home-cap-magazine = Le magazine
home-cap-magazine-text = Des histoires d'inclusion du territoire et des actualités sur l'immigration, l'accueil et l'inclusion, du niveau local au niveau international.
home-cap-services = Les services
home-cap-services-text = Où s'adresser pour les papiers, la santé, l'école, le travail, le logement et l'aide juridique, avec les horaires et les langues parlées au guichet.
home-cap-data = Les données
home-cap-data-text = Les données de l'Osservatorio interinstitutionnel sur la présence étrangère, avec des graphiques et des cartes des communes.
home-cap-network = Le réseau
home-cap-network-text = La Prefettura, la Questura, les communes, l'ASL, les écoles et le secteur associatif envoient des communiqués et des bonnes pratiques à la rédaction.

## Pages
page-not-translated = Cette page n'est pas encore traduite dans votre langue : nous l'affichons en italien.
report-form-title = Écrivez votre signalement
report-page-url = Page où vous avez trouvé le problème
report-message = Description du problème
report-email = Votre adresse e-mail (facultative)
report-email-help = Seulement si vous souhaitez une réponse : nous ne l'utiliserons pour rien d'autre.
report-submit = Envoyer le signalement
report-sent = Merci : nous avons bien reçu votre signalement.
report-already-sent = Ce signalement a déjà été envoyé. Pour signaler un autre problème, écrivez-le à nouveau ci-dessous et envoyez-le.
form-leave-empty = Laissez ce champ vide

## Formulaires
form-has-errors = Le formulaire contient des erreurs : corrigez les champs indiqués.
form-save = Enregistrer
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-confirm-password = Répétez le nouveau mot de passe
field-current-password = Mot de passe actuel
field-display-name = Nom
field-roles = Rôles
field-organisation = Organisation
field-none = Aucune
field-locale = Langue de l'espace réservé
field-name = Nom
field-kind = Type
field-comune = Commune
field-website = Site web
field-network-member = Fait partie du réseau
field-title = Titre
field-body-markdown = Texte (Markdown)
field-language = Langue
field-updated = Mise à jour
field-totp-code = Code
password-rules = Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
yes = Oui
no = Non
example-badge = exemple
pagination = Pages de résultats
pagination-previous = Précédents
pagination-next = Suivants

## Erreurs des champs
error-required = Champ obligatoire.
error-too-long = Le texte est trop long.
-text-too-short = Le texte est trop court : écrivez au moins { $min } caractères.
error-too-short = Le texte est trop court.
error-too-short-2 = { -text-too-short(min: 2) }
error-too-short-3 = { -text-too-short(min: 3) }
error-too-short-5 = { -text-too-short(min: 5) }
error-too-short-20 = { -text-too-short(min: 20) }
error-too-short-30 = { -text-too-short(min: 30) }
error-control-characters = Le texte contient des caractères non autorisés.
error-bidi-control = Le texte contient des caractères qui inversent le sens de l’écriture (comme U+202E) : retirez-les.
error-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.
error-email-taken = Un utilisateur avec cette adresse e-mail existe déjà.
error-password-too-short = Le mot de passe doit comporter au moins 12 caractères.
error-password-too-long = Le mot de passe peut comporter au maximum 256 caractères.
error-password-repetitive = Le mot de passe ne peut pas être un seul caractère répété.
error-password-mismatch = Les deux mots de passe ne correspondent pas.
error-current-password = Le mot de passe actuel n'est pas correct.
error-roles-required = Choisissez au moins un rôle.
error-own-admin-role = Vous ne pouvez pas vous retirer vous-même le rôle d'administrateur.
error-choice-invalid = Choisissez l'une des options proposées.
error-istat-invalid = Choisissez une commune de la province.
error-url-invalid = Saisissez une adresse web complète, commençant par https://.
error-name-taken = Une organisation portant ce nom existe déjà.
error-too-fast = Le formulaire a été envoyé trop rapidement. Vérifiez les données et envoyez-le à nouveau.

## Pages d'erreur
error-400-title = Requête non valide
error-400-text = La requête contient des données non valides. Revenez en arrière et réessayez.
error-403-title = Accès non autorisé
error-403-text = Vous n'avez pas l'autorisation de voir cette page.
error-404-title = Page introuvable
error-404-text = La page que vous cherchez n'existe pas ou a été déplacée.
error-405-text = Cette opération n'est pas disponible à cette adresse.
error-408-text = La requête a pris trop de temps. Réessayez.
error-413-text = Les données envoyées sont trop volumineuses.
error-429-text = Trop de requêtes en peu de temps. Attendez quelques minutes et réessayez.
error-500-title = Erreur du serveur
error-500-text = Une erreur inattendue s'est produite. Le problème a été enregistré : réessayez dans un instant.
error-csrf-text = Le formulaire a expiré ou n'est pas valide. Rechargez la page et envoyez-le à nouveau.
error-back-home = Retour à l'accueil

## Connexion
login-title = Se connecter à l'espace réservé
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-failed = Adresse e-mail ou mot de passe incorrect.
login-throttled = Trop de tentatives échouées. Attendez quelques minutes avant de réessayer.
verify-title = Validation en deux étapes
verify-intro = Saisissez le code à six chiffres affiché par l'application d'authentification.
verify-recovery-help = Vous n'avez pas votre téléphone ? Saisissez l'un des codes de récupération.
verify-submit = Valider
verify-cancel = Annuler et se déconnecter
verify-failed = Le code n'est pas valide ou a déjà été utilisé.
forgot-title = Mot de passe oublié
forgot-intro = Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
reset-title = Choisissez un nouveau mot de passe
invitation-title = Activez votre compte
set-password-intro = Choisissez le mot de passe avec lequel vous vous connecterez.
set-password-submit = Enregistrer le mot de passe
token-invalid = Le lien n'est pas valide, a expiré ou a déjà été utilisé.
notice-password-changed = Mot de passe enregistré. Vous pouvez maintenant vous connecter.
notice-logged-out = Vous êtes déconnecté de l'espace réservé.
notice-sessions-closed = Les autres sessions ont été fermées.
notice-user-invited = Invitation envoyée.
notice-saved = Modifications enregistrées.
notice-reset-sent = Si l'adresse correspond à un compte, vous recevrez sous peu un e-mail avec le lien.
notice-two-factor-disabled = Validation en deux étapes désactivée.
notice-two-factor-reset = Vérification en deux étapes désactivée : l’utilisateur la configurera de nouveau à la prochaine connexion.

## Compte
account-title = Mon compte
account-profile = Profil
account-change-password = Changer le mot de passe
account-change-password-submit = Changer le mot de passe
account-two-factor = Validation en deux étapes
account-two-factor-on = La validation en deux étapes est activée. Codes de récupération non utilisés : { $count }.
account-two-factor-off = La validation en deux étapes n'est pas activée.
account-two-factor-enable = Activer la validation en deux étapes
account-two-factor-renew = Configurer un nouvel appareil
account-two-factor-disable = Désactiver la validation en deux étapes
account-sessions = Sessions ouvertes
account-logout-everywhere = Se déconnecter de tous les autres appareils
session-started = Début
session-last-seen = Dernière activité
session-address = Adresse
session-browser = Navigateur
session-this = celle-ci
two-factor-title = Configurer la validation en deux étapes
two-factor-required = Votre rôle exige la validation en deux étapes : configurez-la pour continuer.
two-factor-step-app = Installez une application d'authentification (par exemple FreeOTP, Aegis ou celle de votre téléphone).
two-factor-step-scan = Scannez ce code QR avec l'application.
two-factor-qr-label = Code QR pour l'application d'authentification
two-factor-manual = Ou saisissez cette clé à la main :
two-factor-step-code = Saisissez le code à six chiffres affiché par l'application.
two-factor-confirm = Confirmer
two-factor-enabled = Validation en deux étapes activée.
two-factor-recovery-title = Codes de récupération
two-factor-recovery-text = Conservez ces codes en lieu sûr : chacun vous permet de vous connecter une fois si vous perdez votre téléphone. Nous ne les afficherons plus.
two-factor-continue = Continuer

## Rôles et types d'organisation
role-administrator = Administrateur
role-editor = Rédacteur en chef
role-author = Rédacteur
role-contributor = Partenaire du réseau
role-analyst = Analyste de l'Osservatorio
role-operator = Opérateur
organisation-kind-prefettura = Prefettura
organisation-kind-questura = Questura
organisation-kind-comune = Commune
organisation-kind-asl = ASL
organisation-kind-scuola = École ou CPIA
organisation-kind-terzo-settore = Secteur associatif
organisation-kind-altro = Autre

## Espace réservé
dashboard-title = Tableau de bord
dashboard-welcome = Bienvenue, { $name }.
dashboard-your-roles = Vos rôles
dashboard-unsent-mail = e-mails en attente d'envoi
users-title = Utilisateurs
users-invite = Inviter un utilisateur
users-invite-submit = Envoyer l'invitation
users-edit-title = Modifier l'utilisateur
users-state = État
users-active = actif
users-invited = invité
users-disabled = désactivé
users-two-factor = deux étapes
users-last-login = Dernière connexion
users-actions = Actions
users-send-reset = Envoyer un lien de réinitialisation du mot de passe
users-disable = Désactiver l'utilisateur
users-enable = Réactiver l'utilisateur
users-reset-two-factor = Désactiver la vérification en deux étapes (téléphone perdu)
organisations-title = Organisations
organisations-new = Nouvelle organisation
organisations-edit-title = Modifier l'organisation
pages-title = Pages
pages-edit-title = Modifier la page
pages-view-public = Voir la page publique
audit-title = Journal de sécurité
audit-when = Quand
audit-action = Événement
audit-actor = Qui
audit-subject = Concernant
audit-detail = Détails
problem-reports-title = Signalements des lecteurs
problem-reports-none = Aucun signalement.

## E-mail
mail-reset-subject = AgorAL : réinitialisez votre mot de passe
mail-reset-body =
    Bonjour { $name },

    pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure qui suit :

    { $link }

    Si vous n'avez pas demandé la réinitialisation de votre mot de passe, ignorez ce message.
mail-invitation-subject = AgorAL : vous avez été invité
mail-invitation-body =
    Bonjour { $name },

    { $inviter } vous a invité dans l'espace réservé d'AgorAL. Pour activer votre compte et choisir votre mot de passe, ouvrez ce lien dans les sept jours :

    { $link }

## Sauvegardes et tâches longues
nav-backups = Sauvegardes
backups-title = Sauvegardes
backups-intro = Une sauvegarde contient la base de données et les fichiers multimédias dans une seule archive, cohérente même pendant l’utilisation du site. Elle se restaure avec la commande agoral restore.
backups-create = Faire une sauvegarde maintenant
backups-recent = Sauvegardes récentes
backups-files = Archives disponibles
backups-file = Fichier
backups-size = Taille
backups-none = Aucune archive pour l’instant.
backups-download = Télécharger l’archive
job-title = Progression
job-progress-label = Progression
job-state-waiting = En attente de démarrage.
job-state-running = En cours.
job-state-done = Terminé.
job-state-failed = Échec après toutes les tentatives : l’erreur a été enregistrée.
job-refresh = Actualiser l’état

## Magazine
level-locale = Local
level-regionale = Régional
level-nazionale = National
level-internazionale = International
article-state-draft = Brouillon
article-state-in-review = En relecture
article-state-approved = Approuvé
article-state-scheduled = Programmé
article-state-published = Publié
article-state-archived = Archivé
error-slug-invalid = L’adresse doit contenir au moins une lettre ou un chiffre.
error-transition-state = Cette étape n’est pas possible dans l’état actuel de l’article.
error-transition-role = Votre rôle ne permet pas cette étape.
error-schedule-past = Choisissez une date et une heure futures.
error-comment-required = Écrivez un commentaire pour expliquer ce qu’il faut changer.
nav-desk = Rédaction
home-latest-title = Derniers articles
home-sections-title = Rubriques
articles-none = Aucun article pour l’instant.
articles-level-filter = Filtrer par niveau
articles-all-levels = Tous les niveaux
article-not-translated = Cet article n’est pas encore traduit dans votre langue : il est affiché en italien.
article-by = Par
article-published = Publié le
article-updated = mis à jour le
article-reading-time = { $minutes } min de lecture
article-source = Source :
article-comuni = Communes :
article-translations = Lire dans d’autres langues
article-related = Articles liés
comune-intro = Articles de la commune, qui compte { $population } habitants (ISTAT, 1er janvier 2021).
desk-title = Rédaction : articles
article-new-title = Nouvel article
article-create = Créer le brouillon
article-state = État
article-when = Date
article-view-public = Voir la page publique
field-slug = Adresse (slug)
field-slug-help = Laissez vide pour le tirer du titre. Lettres minuscules, chiffres et tirets uniquement.
field-standfirst = Chapeau
field-section = Rubrique
field-level = Niveau
field-comuni = Communes
field-comuni-help = Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.
editor-title = Modifier l’article
editor-languages = Langues de l’article
editor-missing = à traduire
editor-their-version = La version enregistrée par une autre personne
editor-preview = Aperçu
workflow-title = Étapes
workflow-comment = Commentaire pour la rédaction
workflow-when = Date et heure de publication (heure italienne)
workflow-submit = Envoyer en relecture
workflow-request-changes = Demander des modifications
workflow-approve = Approuver
workflow-schedule = Programmer
workflow-unschedule = Annuler la programmation
workflow-publish = Publier maintenant
workflow-unpublish = Retirer du site
workflow-archive = Archiver
workflow-restore = Republier
workflow-history = Historique de l’article
revisions-title = Révisions
revisions-back = Retour à l’éditeur
revisions-current = actuelle
revisions-compare = Comparer
revisions-restore = Restaurer
revisions-diff = Différences avec la version actuelle
revisions-old = Révision choisie
revisions-new = Version actuelle
revisions-removed = supprimé
revisions-added = ajouté
error-slug-taken = Un autre article utilise déjà cette adresse.
error-edit-conflict = Quelqu’un d’autre a enregistré cet article pendant que vous le modifiiez. Votre texte est toujours dans le formulaire ; la version enregistrée est affichée ci-dessus : comparez-les et enregistrez à nouveau.
error-schedule-invalid = Indiquez une date et une heure de publication valides.
feed-author = Rédaction d’AgorAL
dashboard-my-drafts = Mes brouillons
dashboard-in-review = En attente de relecture
dashboard-scheduled = Programmés
dashboard-published = Publiés récemment
dashboard-empty = Rien ici.
pages-new-title = Nouvelle page
field-tags = Mots-clés
field-tags-help = Séparés par des virgules, par exemple : travail, femmes, Casale. Les nouveaux mots-clés sont créés.
error-tags-invalid = Au plus 20 mots-clés, de 60 caractères au maximum chacun, avec au moins une lettre.
article-tags = Mots-clés :
tag-intro = Tous les articles avec ce mot-clé.
home-levels-title = De la province au monde
nav-media = Images
nav-author-profile = Profil d'auteur
nav-archive = Archives
media-title = Photothèque
media-detail-title = Image
media-upload = Téléverser une image
media-file = Fichier
media-file-help = JPEG, PNG ou WebP, { $megabytes } Mo au maximum. Les données EXIF et la position GPS sont supprimées ; les versions pour les différents écrans sont prêtes en quelques secondes.
media-alt-it = Description pour les personnes qui ne voient pas l'image (italien)
media-alt-help = Obligatoire avant que l'image n'apparaisse dans un article publié. Elle peut être ajoutée plus tard.
media-upload-button = Téléverser
media-library = Toutes les images
media-search = Rechercher par nom, description, légende ou crédit
media-search-button = Rechercher
media-empty = Aucune image trouvée.
media-alt-missing = Description en italien manquante
media-choose = Utiliser cette image
media-choose-hint = Choisissez une image de la photothèque ou téléversez-en une nouvelle.
media-choose-cancel = Annuler
media-back = Retour à la photothèque
media-dimensions = Dimensions
media-variants = Versions pour les différents écrans
media-variants-pending = en préparation
media-variants-ready = prêtes
media-variants-failed = échec : téléversez l'image à nouveau
media-uploaded = Téléversée le
media-used-in = Utilisée dans
media-alt = Description (texte alternatif)
media-alt-required = obligatoire
media-caption = Légende
media-credit = Crédit (auteur ou source)
media-licence = Licence
media-credit-prefix = Photo :
media-error-type = Le fichier n'est pas une image JPEG, PNG ou WebP (le type est reconnu d'après le contenu, pas le nom).
media-error-pixels = L'image est trop grande : 12 000 pixels par côté et 50 millions de pixels au total au maximum.
media-error-damaged = L'image est endommagée ou incomplète : essayez de l'exporter à nouveau.
media-error-size = Le fichier dépasse la limite de { $megabytes } Mo : réduisez-le ou choisissez-en un autre.
media-error-no-file = Choisissez un fichier à téléverser.
media-error-unknown = Cette image n'est pas dans la photothèque.
media-error-alt-required = L'image à la une n'a pas encore de description en italien : ajoutez-la dans la photothèque avant de publier.
media-error-alt-required-published = Un article publié montre cette image : la description en italien ne peut pas rester vide.
notice-media-uploaded = Image téléversée.
licence-cc-by-4-0 = CC BY 4.0 (attribution)
licence-cc-by-sa-4-0 = CC BY-SA 4.0 (attribution, partage dans les mêmes conditions)
licence-cc-by-nc-4-0 = CC BY-NC 4.0 (attribution, pas d'utilisation commerciale)
licence-cc0-1-0 = CC0 1.0 (aucun droit réservé)
licence-pubblico-dominio = Domaine public
licence-tutti-i-diritti-riservati = Tous droits réservés (utilisation autorisée)
field-authors = Signatures
field-authors-help = Dans l'ordre où elles apparaissent sur l'article.
field-author-place = Signature { $place }
error-authors-required = Il faut au moins une signature, cinq au maximum.
error-authors-self = Vous ne pouvez pas retirer votre propre signature : demandez à un rédacteur en chef.
featured-image = Image à la une
featured-edit-texts = Description et légende
featured-remove = Retirer l'image
featured-none = Aucune image.
featured-choose = Choisir dans la photothèque
share-title = Partager
share-email = E-mail
share-whatsapp = WhatsApp
share-telegram = Telegram
share-facebook = Facebook
share-x = X
share-linkedin = LinkedIn
author-stories = Articles
feed-atom = Flux Atom
feed-rss = Flux RSS
archive-title = Archives
archive-empty = Aucun article publié.
archive-count = { $count ->
    [one] un article
   *[other] { $count } articles
}
month-1 = Janvier
month-2 = Février
month-3 = Mars
month-4 = Avril
month-5 = Mai
month-6 = Juin
month-7 = Juillet
month-8 = Août
month-9 = Septembre
month-10 = Octobre
month-11 = Novembre
month-12 = Décembre
author-profile-title = Mon profil d'auteur
author-profile-intro = Votre photo et votre biographie apparaissent sur votre page d'auteur, avec vos articles publiés.
author-profile-public = Voir la page publique
author-photo = Photo
author-photo-remove = Retirer la photo
author-photo-none = Aucune photo.
author-bio = Biographie
nav-sections = Rubriques
nav-tags = Mots-clés
sections-admin-title = Rubriques
sections-admin-intro = Les rubriques du magazine, dans l'ordre où elles apparaissent. Chaque nom peut être traduit ; si une traduction manque, le nom italien est affiché.
sections-admin-new = Nouvelle rubrique
tags-admin-title = Mots-clés
tags-admin-intro = Les mots-clés sont créés dans l'éditeur d'articles ; leurs noms se traduisent ici. Si une traduction manque, le nom italien est affiché.
taxonomy-languages = Langues
taxonomy-stories = Articles
taxonomy-back = Retour à la liste
field-description = Description
field-position = Position
field-position-help = Les rubriques apparaissent de la position la plus basse à la plus haute.
error-section-taken = Une rubrique avec cette adresse existe déjà.
error-position-invalid = Écrivez un nombre de 0 à 1000.
notice-submission-kept = Votre session avait expiré, mais ce que vous avez envoyé a été conservé : reconnectez-vous pour terminer.
kept-title = Texte conservé
kept-intro = Ce formulaire est arrivé le { $when }, après la fin de votre session. Vérifiez le texte et envoyez-le à nouveau ; il reste ici un jour.
kept-send = Envoyer à nouveau
kept-discard = Abandonner
dashboard-kept = Formulaires conservés après une session expirée
editor-autosave-found = Un texte enregistré automatiquement le { $when } est plus récent que le texte enregistré.
editor-autosave-restore = L'afficher dans le formulaire
editor-autosave-shown = Le formulaire affiche le texte enregistré automatiquement : vérifiez-le et appuyez sur Enregistrer pour le garder.
editor-autosave-saved = Brouillon enregistré automatiquement à %time%.
editor-autosave-failed = L'enregistrement automatique a échoué (session expirée ou pas de réseau) : le texte reste dans ce navigateur. Appuyez sur Enregistrer dès que possible.
editor-autosave-local = Restaurer le texte non enregistré resté dans ce navigateur
editor-autosave-leave = Des modifications ne sont pas enregistrées.
editor-toolbar = Mise en forme
editor-tool-bold = Gras
editor-tool-italic = Italique
editor-tool-heading = Intertitre
editor-tool-link = Lien
editor-tool-list = Liste
editor-tool-quote = Citation
article-delete = Supprimer
article-delete-title = Supprimer l'article ?
article-delete-warning = L'article disparaît avec toutes ses traductions, révisions et commentaires. Une publication programmée est annulée. L'opération est irréversible et reste dans le journal.
article-delete-confirm = Supprimer définitivement
error-delete-published = Un article publié doit d'abord être retiré du site.
notice-article-deleted = Article supprimé.
editor-seo = Moteurs de recherche et partage
field-seo-title = Titre pour les moteurs de recherche
field-seo-title-help = 70 caractères au maximum. Vide : le titre est utilisé.
field-seo-description = Description pour les moteurs de recherche
field-seo-description-help = 160 caractères au maximum. Vide : le chapeau est utilisé.
nav-search = Rechercher
search-title = Rechercher
search-title-for = Résultats pour « { $query } »
search-label = Que cherchez-vous ?
search-button = Rechercher
search-help = Plusieurs mots sont possibles ; entre guillemets une phrase exacte, par exemple "cours du soir".
search-intro = Cherchez dans tous les articles du magazine, dans le texte comme dans les titres.
search-truncated = La recherche était très longue : ses 200 premiers caractères ont été utilisés.
search-incomplete = L'index de recherche est en cours de construction : pendant quelques minutes, certains résultats peuvent manquer.
search-filters = Filtres :
search-remove-filter = Retirer le filtre { $filter }
search-count = { $count ->
    [0] Aucun résultat
    [one] Un résultat
   *[other] { $count } résultats
}
search-none-title = Aucun article trouvé
search-none-without-filters = Rechercher sans filtres
search-none-spelling = Vérifiez l'orthographe des mots, ou utilisez-en moins ou de plus généraux.
search-none-archive = Parcourir les archives par mois
search-edit = Ouvrir dans l'éditeur
search-refine = Affiner la recherche
search-facet-section = Rubrique
search-facet-level = Niveau
search-facet-comune = Commune
search-facet-tag = Mot-clé
search-facet-lang = Langue
search-facet-year = Année
sections-admin-name-it = Nom en italien

## Services : catégories, publics, canaux
service-category-documenti = Documents et titre de séjour
service-category-asilo = Asile et protection
service-category-salute = Santé
service-category-psicosociale = Soutien psychosocial
service-category-legale = Aide juridique
service-category-italiano = Cours d'italien
service-category-scuola = École et éducation
service-category-lavoro = Travail et formation
service-category-casa = Logement
service-category-minori = Mineurs non accompagnés
service-category-donne = Femmes et lutte contre les violences
service-category-tratta = Lutte contre la traite
service-category-ricongiungimento = Regroupement familial
service-category-cittadinanza = Citoyenneté
service-category-emergenze = Urgences
target-group-tutti = Tout le monde
target-group-richiedenti-asilo = Demandeurs d'asile
target-group-titolari-protezione = Bénéficiaires d'une protection
target-group-msna = Mineurs non accompagnés
target-group-donne = Femmes
target-group-famiglie = Familles
target-group-lavoratori = Travailleurs et travailleuses
target-group-studenti = Étudiants
target-group-vittime-tratta = Victimes de la traite
service-channel-di-persona = En personne
service-channel-telefono = Par téléphone
service-channel-online = En ligne
service-warning-outside-province = Le point sur la carte est hors de la province d'Alessandria : vérifiez que la latitude et la longitude ne sont pas inversées.
error-service-no-category = Choisissez au moins une catégorie.
error-service-language-twice = Cette langue a déjà ses textes.
error-service-sensitive-address = Un lieu protégé (centre d'accueil, foyer) est publié sans adresse : retirez l'adresse ou la mention « lieu protégé ».
error-service-sensitive-point = Un lieu protégé n'apparaît pas sur la carte : retirez les coordonnées ou la mention « lieu protégé ».
error-language-unknown = Une des langues n'est pas dans la liste : choisissez son code dans la liste (par exemple ar, ti, wo).
error-coordinates-invalid = Écrivez la latitude et la longitude en degrés, comme 44.9129 et 8.6153.
error-phone-characters = Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début.
error-phone-too-short = Le numéro de téléphone est trop court.
error-phone-too-long = Le numéro de téléphone est trop long.
error-phone-prefix = Un numéro italien commence par 0 (fixe), 3 (mobile), 8 (numéro vert) ou 1 (numéros courts) ; pour un numéro étranger, écrivez l'indicatif avec +.
error-phone-too-many = 5 numéros de téléphone au maximum.

## Horaires : erreurs
schedule-text-too-long = Le texte des horaires est trop long.
schedule-text-control-character = Le texte contient des caractères non autorisés.
schedule-text-unknown-day = Ce n'est ni un jour de la semaine (lun, mar, mer, gio, ven, sab, dom) ni une date (2026-12-25).
schedule-text-invalid-date = Ce n'est pas une date valide : écrivez-la comme 2026-12-25.
schedule-text-missing-hours = Les horaires manquent après le jour ou la date, par exemple 09:00-12:30, ou « chiuso ».
schedule-text-invalid-range = Ce n'est pas une plage horaire : écrivez-la comme 09:00-12:30.
schedule-text-invalid-time = Ce n'est pas une heure valide : écrivez-la comme 09:00.
schedule-text-note-on-weekday = Les notes sont réservées aux dates (fermetures, jours fériés), pas aux jours de la semaine.
schedule-text-closed-day-has-hours = Le jour est indiqué fermé mais a aussi des horaires.
schedule-error-too-many-ranges = Trop de plages horaires dans la semaine.
schedule-error-too-many-exceptions = Trop de dates aux horaires particuliers.
schedule-error-too-many-exception-ranges = Trop de plages horaires pour une date.
schedule-error-opens-at-end-of-day = Une plage ne peut pas ouvrir à 24:00.
schedule-error-zero-length = La plage ouvre et ferme à la même heure.
schedule-error-inverted = La plage ferme avant d'ouvrir : si elle continue après minuit, écrivez +1 après l'heure de fermeture (22:00-02:00+1).
schedule-error-longer-than-a-day = Une plage ne peut pas durer plus d'un jour.
schedule-error-overlap = Cette plage chevauche une autre plage du même jour.
schedule-error-duplicate-exception = Cette date apparaît deux fois.
schedule-error-exception-without-hours = La date n'a pas d'horaires : écrivez les plages ou « chiuso ».
schedule-error-invalid-note = La note n'est pas valide.

## Services : pages publiques
nav-services = Services
services-title = Où s'adresser
services-intro = Bureaux, guichets, cours et services pour les personnes étrangères dans la province d'Alessandria, avec les langues parlées et les horaires.
services-filters = Filtrer les services
services-filter-category = Ce dont vous avez besoin
services-filter-comune = Commune
services-filter-group = Pour qui
services-filter-language = Langue parlée
services-filter-any = Tous
services-filter-free = Gratuits seulement
services-filter-no-appointment = Sans rendez-vous
services-filter-open-now = Ouverts maintenant
services-filter-submit = Chercher des services
services-filter-reset = Retirer les filtres
services-filter-ignored = Un filtre de l'adresse n'est pas valide et a été ignoré.
services-count = { $count ->
    [0] Aucun service
    [one] Un service
   *[other] { $count } services
}
services-none = Aucun service ne correspond aux filtres choisis : essayez d'en retirer.
services-example = Exemple
services-example-note = Fiche d'exemple : elle ne décrit pas un bureau réel.
services-languages = Langues parlées
services-hours-none = Horaires non indiqués
services-free = Gratuit
services-not-free = Payant
services-appointment = Sur rendez-vous
services-no-appointment = Sans rendez-vous
services-open-now = Ouvert maintenant
services-closes-at = ferme à { $time }
services-closed-now = Fermé maintenant
services-opens-at = ouvre le { $when }
services-back = Tous les services
services-not-translated = Cette fiche n'est pas encore traduite dans votre langue : elle est affichée en italien.
services-summary = En bref
services-categories = De quoi il s'occupe
services-for-whom = Pour qui
services-channels = Comment le joindre
services-cost-label = Coût
services-appointment-label = Rendez-vous
services-description = Description
services-who-for = À qui il s'adresse
services-how-to-access = Comment y accéder
services-what-to-bring = Quoi apporter
services-what-you-get = Ce que l'on obtient
services-deadlines = Délais et échéances
services-conditions = Conditions
services-cost = Combien ça coûte
services-where = Où
services-address-protected = L'adresse n'est pas publiée car le lieu est protégé : contactez le service pour savoir comment y aller.
services-contacts = Contacts
services-phone = Téléphone
services-email = E-mail
services-website = Site web
services-hours = Horaires
services-hours-closed = Fermé
services-hours-special = Dates aux horaires particuliers
services-verified = Informations vérifiées le { $date }
services-not-verified = Informations pas encore vérifiées
weekday-mo = Lundi
weekday-tu = Mardi
weekday-we = Mercredi
weekday-th = Jeudi
weekday-fr = Vendredi
weekday-sa = Samedi
weekday-su = Dimanche

## Services : rédaction
services-desk-title = Services
services-desk-empty = Aucun service pour l'instant : ajoutez le premier.
services-desk-verified = Vérifié
services-desk-never = jamais
services-desk-public = Voir la fiche publique
services-new-title = Nouveau service
services-edit-title = Modifier le service
services-field-name = Nom du service
services-field-sensitive = Lieu protégé (centre d'accueil, foyer)
services-field-sensitive-short = Protégé
services-field-sensitive-help = Un lieu protégé est publié sans adresse et n'apparaît pas sur la carte.
services-field-address = Adresse
services-field-lat = Latitude
services-field-lon = Longitude
services-field-organisation = Organisme qui gère le service
services-field-phones = Téléphones
services-field-phones-help = Un par ligne, comme on les écrit : 0131 123456, +39 348 1234567, 1522.
services-field-hours-help = Une ligne par jour ou par date : « lun 09:00-12:30, 14:00-17:00 », « ven 22:00-02:00+1 » si l'on ferme après minuit, « 2026-12-25 chiuso [festivita] ». Entre crochets, le motif d'une date : festivita, chiusura, estate, formazione, sciopero, elezioni, campagna-rinnovi. Vide : horaires non indiqués.
services-hours-line = Ligne
services-texts-in = Textes en { $language }
services-duplicate = Un service avec le même nom à la même adresse dans la même commune existe déjà : rien n'a été enregistré.
services-duplicate-open = Ouvrir le service existant
services-confirm-outside = Les coordonnées sont justes : enregistrer quand même
services-verify = Je confirme que les informations sont toujours correctes
notice-service-verified = Vérification enregistrée.
services-download = Tout l'annuaire en données ouvertes (CC BY 4.0) :
services-back-to-first = Cette page de la liste est vide : revenez à la première.

field-trusted = Source fiable
field-trusted-help = Les modifications que ses contributeurs apportent aux services sont publiées sans l'approbation de la rédaction.

## Institutional feeds of an organisation
feeds-title = Flux RSS et Atom
feeds-intro = Les communiqués publiés dans ces flux arrivent d'eux-mêmes dans la file des contributions de la rédaction. Chaque flux est vérifié à l'intervalle indiqué ; après une erreur, les vérifications s'espacent jusqu'à une par jour.
feeds-none = Aucun flux pour cette organisation.
feeds-address = Adresse du flux
feeds-address-help = Une adresse http:// ou https:// d'un flux RSS ou Atom, sans nom d'utilisateur ni mot de passe.
feeds-last-status = Dernier résultat
feeds-last-check = Dernière vérification
feeds-last-success = Dernière vérification réussie
feeds-items-received = Communiqués reçus
feeds-next-check = Prochaine vérification
feeds-private-badge = adresses internes autorisées
feeds-detail = Détail technique :
feeds-failures = { $count } vérifications échouées d'affilée.
feeds-interval = Intervalle (minutes, de 5 à 10080)
feeds-allow-private = Autoriser les adresses internes (réseau privé, cette machine)
feeds-allow-private-help = Seulement pour un serveur de flux à l'intérieur du réseau de l'organisme : sans ce choix, le système refuse de se connecter à des adresses privées, locales ou réservées, même lorsqu'une redirection y mène.
feeds-check-now = Vérifier maintenant
feeds-remove = Supprimer
feeds-add = Ajouter un flux
feeds-back = Retour à la fiche de l'organisation
feed-status-never = Pas encore vérifié.
feed-status-ok = Lu correctement.
feed-status-too-many-items = Lu correctement, mais le flux contient { $detail } communiqués : seuls les 100 plus récents ont été pris, les autres ont été ignorés.
feed-status-not-modified = Rien de nouveau depuis la dernière vérification (le serveur a répondu « non modifié »).
feed-status-http-error = Le serveur a répondu par une erreur : l'adresse a peut-être changé ou le site ne fonctionne pas.
feed-status-too-large = Le flux est trop volumineux : la lecture s'est arrêtée à la limite autorisée et rien n'a été reçu.
feed-status-timeout = Le serveur n'a pas répondu à temps : rien n'a été reçu, un nouvel essai aura lieu plus tard.
feed-status-connection-failed = Impossible de joindre le serveur (nom inconnu, connexion refusée ou certificat non valide).
feed-status-blocked-address = Connexion bloquée : l'adresse, ou une redirection du serveur, mène à une adresse interne (réseau privé ou cette machine). Un administrateur ne peut l'autoriser que pour un serveur interne de l'organisme.
feed-status-bad-redirect = Le serveur redirige vers une adresse non valide ou qui n'est pas http/https : la redirection n'a pas été suivie.
feed-status-too-many-redirects = Le serveur redirige d'une adresse à l'autre trop de fois : le flux n'a pas été lu.
feed-status-invalid-xml = Le contenu n'est pas du XML valide : rien n'a été reçu et l'état précédent du flux a été conservé.
feed-status-not-a-feed = L'adresse renvoie une page web ou un autre document, pas un flux RSS ou Atom.
feed-status-receive-failed = Le flux a été lu mais les communiqués n'ont pas été enregistrés à cause d'une erreur interne : un nouvel essai aura lieu à la prochaine vérification.
feed-error-url-too-long = L'adresse est trop longue (2000 caractères au plus).
feed-error-url-invalid = Saisissez une adresse complète, par exemple https://www.organisme.fr/flux.xml.
feed-error-url-scheme = Seules les adresses http:// et https:// sont acceptées (pas file://, ftp:// ni d'autres).
feed-error-url-credentials = L'adresse ne doit contenir ni nom d'utilisateur ni mot de passe.
feed-error-url-private = L'adresse mène à un réseau privé ou à cette machine : elle n'est acceptée que si un administrateur autorise les adresses internes.
feed-error-interval = L'intervalle va de 5 minutes à 10080 (une semaine).
feed-error-duplicate = Cette organisation a déjà ce flux.
feed-error-needs-private = L'adresse de ce flux est interne : l'autorisation ne peut pas être retirée sans changer d'adresse.
notice-service-change-sent = Modification envoyée : la rédaction la vérifiera avant de la publier.
notice-service-change-approved = Modification approuvée et publiée.
notice-service-change-rejected = Modification refusée : le contributeur recevra le motif par courriel.
notice-service-change-gone = Cette modification avait déjà été traitée.
services-no-organisation = Votre compte n'est lié à aucune organisation : vous ne pouvez donc pas mettre à jour de services. Demandez à un administrateur de le lier.
services-desk-provider = Services de { $organisation }.
services-desk-trusted = Vos modifications sont publiées immédiatement.
services-desk-moderated = Vos modifications sont publiées après vérification par la rédaction.
services-changes-waiting = Modifications à approuver : { $count }
services-change-pending = En attente d'approbation
services-change-approved = Approuvée
services-change-rejected = Refusée
services-my-changes = Vos modifications
services-change-sent = Envoyée le
services-change-status = État
services-change-new = nouveau service
services-editing-pending = Vous modifiez votre proposition en attente d'approbation : l'envoyer à nouveau la remplace.
services-moderated-help = Les modifications que vous envoyez seront publiées après vérification par la rédaction.
services-change-waiting-here = Un contributeur a proposé une modification de ce service.
services-change-open = Voir la modification
services-send-change = Envoyer à la rédaction
services-changes-title = Modifications proposées aux services
services-changes-none = Aucune modification en attente.
services-change-by = Proposée par
services-change-title = Modification proposée
services-change-reason = Motif du refus
services-change-reason-help = Le contributeur le recevra par courriel.
services-change-record = Ouvrir la fiche actuelle
services-change-new-help = Il s'agit de la proposition d'un nouveau service.
services-change-invalid = La proposition ne peut pas être enregistrée telle quelle :
services-change-diff = Ce qui change
services-change-no-difference = La proposition est identique à la fiche actuelle.
services-change-field = Champ
services-change-before = Actuellement
services-change-after = Proposé
services-change-removed = retiré
services-change-added = ajouté
services-change-approve = Approuver et publier
services-change-reject = Refuser
mail-change-approved-subject = Modification publiée : { $service }
mail-change-approved-body =
    Bonjour { $name },

    la rédaction a approuvé votre modification de « { $service } », qui est maintenant publiée.

    Vos services : { $link }
mail-change-rejected-subject = Modification non publiée : { $service }
mail-change-rejected-body =
    Bonjour { $name },

    la rédaction n'a pas publié votre modification de « { $service } », pour le motif suivant :

    { $reason }

    Vous pouvez la corriger et l'envoyer à nouveau : { $link }

services-stale-badge = À vérifier
services-stale-note = Ces informations n'ont pas été confirmées récemment et peuvent ne plus être à jour : avant de vous déplacer, appelez ou consultez le site du service.
services-confirm-title = Confirmation de la fiche
services-confirm-intro = Vérifiez les principales informations du service. Si elles sont toujours exactes, appuyez sur le bouton : la fiche apparaîtra comme vérifiée aujourd'hui.
services-confirm-button = Oui, les informations sont toujours exactes
services-confirm-change = Quelque chose a changé ?
services-confirm-edit = Corriger la fiche
services-confirm-done = Merci : la fiche apparaît comme vérifiée aujourd'hui.
services-confirm-invalid = Ce lien n'est pas valide ou a expiré (il fonctionne une seule fois, pendant 30 jours). Vous pouvez toujours confirmer ou corriger la fiche depuis l'espace réservé.
services-confirm-login = Accéder à l'espace réservé
mail-stale-subject = Tout est-il toujours exact ? { $service }
mail-stale-body =
    Bonjour { $name },

    la fiche « { $service } » du guide des services n'a pas été confirmée depuis le { $date }. Les lecteurs doivent pouvoir compter sur des horaires et des coordonnées à jour.

    Si tout est toujours exact, ouvrez ce lien et appuyez sur le bouton (il fonctionne pendant 30 jours) :
    { $confirm }

    Si quelque chose a changé, corrigez la fiche :
    { $edit }

editor-body-help = Texte en Markdown. Pour insérer la fiche d'un service (« où s'adresser »), écrivez [[servizio 12]] sur une ligne à part, avec le numéro qui figure dans l'adresse de la fiche.
error-service-card-missing = Le texte cite un service qui n'existe pas : vérifiez les numéros dans [[servizio …]].
services-card-label = Où s'adresser
services-card-more = Horaires, documents et contacts

map-attribution = Limites des communes : ISTAT, openpolis (CC BY 4.0)
services-see-map = Voir sur la carte
services-map-title = Carte des services
services-map-intro = Les services sur la carte de la province d'Alessandria. Sous la carte, vous trouverez les mêmes services classés par commune.
services-map-to-list = Modifier les filtres dans la liste
services-map-desc = Carte de la province d'Alessandria avec { $count } services. Un cercle plein indique l'adresse d'un service, un cercle vide seulement sa commune, un nombre plusieurs services proches. Les mêmes services sont listés par commune sous la carte.
services-map-group = { $count } services
services-map-group-comune = { $comune } : { $count } services
services-map-legend-exact = adresse du service
services-map-legend-comune = commune seulement
services-map-legend-group = plusieurs services proches
services-map-hidden = { $count ->
        [one] Un lieu protégé (centre d'accueil, refuge) n'est pas montré sur la carte : vous le trouverez dans la liste.
       *[other] { $count } lieux protégés (centres d'accueil, refuges) ne sont pas montrés sur la carte : vous les trouverez dans la liste.
    }
services-map-by-comune = Services par commune
services-map-comune-only = adresse absente de la carte
services-map-small-title = Emplacement : { $comune }
services-map-small-exact = Carte de la province d'Alessandria avec la commune du service mise en évidence et un cercle à l'adresse du service.
services-map-small-comune = Carte de la province d'Alessandria avec la commune du service mise en évidence.
services-map-small-protected = Carte de la province d'Alessandria avec la commune mise en évidence ; l'adresse d'un lieu protégé n'est pas montrée.

schedule-note-festivita = jour férié
schedule-note-chiusura = fermeture exceptionnelle
schedule-note-estate = horaires d'été
schedule-note-formazione = formation du personnel
schedule-note-sciopero = grève
schedule-note-elezioni = élections
schedule-note-campagna-rinnovi = ouverture exceptionnelle pour les renouvellements
service-warning-other-comune = Le point sur la carte se trouve dans la commune de { $found }, pas dans celle du service ({ $comune }) : vérifiez les coordonnées ou la commune.
services-desk-stale-only = Seulement les fiches à vérifier

services-accessibility = Accessibilité du lieu
service-accessibility-senza-gradini = Entrée sans marche
service-accessibility-ascensore = Ascenseur
service-accessibility-bagno-accessibile = Toilettes accessibles
service-accessibility-parcheggio-riservato = Stationnement réservé aux personnes handicapées
service-accessibility-anello-magnetico = Boucle magnétique pour appareils auditifs
service-accessibility-interprete-lis = Interprète en langue des signes italienne sur demande
service-accessibility-percorso-tattile = Bandes podotactiles pour les personnes aveugles
services-field-province-wide = Dessert toute la province
services-field-areas = Autres communes desservies
services-field-areas-help = En plus de la commune du siège. Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.
services-field-contact-name = Personne de contact
services-field-contact-title = Fonction de la personne de contact
services-serves-province = Dessert toute la province d'Alessandria.
services-serves-also = Dessert aussi :
services-contact-person = Personne de contact

services-search-label = Chercher dans les services
services-search-help = Par exemple : titre de séjour, cours d'italien, dentiste. La recherche porte sur toutes les langues.
services-taxonomy-description = Les catégories du guide des services pour les personnes migrantes de la province d'Alessandria.
search-services-title = Services correspondants
search-services-all = { $count ->
        [one] Le service dans le guide des services
       *[other] Les { $count } services dans le guide des services
    }

## Osservatorio
observatory-title = Observatoire de l'immigration
observatory-intro = Les données sur l'immigration dans la province d'Alexandrie, à jour et ouvertes : chiffres clés, graphiques, cartes et jeux de données à télécharger et réutiliser.
observatory-key-figures = Chiffres clés
observatory-trend = { $change } par rapport à la période précédente
observatory-source = Source
observatory-see-chart = Voir le graphique
observatory-see-data = Voir les données
observatory-show-table = Afficher les données en tableau
observatory-all-datasets = Tous les jeux de données ({ $n })
observatory-catalogue = Catalogue de données ouvertes (DCAT-AP_IT)
observatory-catalogue-title = Catalogue des données de l'Observatoire de l'immigration de la province d'Alexandrie
observatory-catalogue-description = Jeux de données ouverts sur l'immigration dans la province d'Alexandrie : résidents étrangers, titres de séjour, accueil, population des communes.
observatory-publisher-name = Observatoire interinstitutionnel de l'immigration de la province d'Alexandrie
observatory-datasets-title = Jeux de données
observatory-all-themes = Tous les thèmes
observatory-no-datasets = Aucun jeu de données publié.
observatory-rows-count = { $n } lignes
observatory-rows = lignes
observatory-modified = Mis à jour le
observatory-issued = Publié le
observatory-province = Province d'Alexandrie
observatory-download-csv = Télécharger les données (CSV)
observatory-download-json = Télécharger les données (JSON)
observatory-sample = Premières lignes
observatory-sample-caption = Les { $n } premières lignes de la version actuelle
observatory-versions = Versions
observatory-version = Version
observatory-version-n = Version { $n }
observatory-current = actuelle
observatory-rows-added = { $n } lignes ajoutées
observatory-rows-removed = { $n } lignes supprimées
observatory-column-added = colonne ajoutée : { $column }
observatory-column-removed = colonne supprimée : { $column }
observatory-no-changes = Aucune différence avec la version précédente
observatory-charts-title = Graphiques
observatory-embed = Intégrer le graphique
observatory-embed-help = Code à coller dans une autre page web
observatory-shortcode-help = Code à écrire dans un article du magazine
observatory-admin-title = Observatoire : données et graphiques
observatory-no-charts = Aucun graphique.
observatory-not-published = non publié
observatory-published = Publié
observatory-dataset-new = Nouveau jeu de données
observatory-dataset-edit = Modifier le jeu de données
observatory-metadata = Description (DCAT-AP_IT)
observatory-field-title = Titre
observatory-field-description = Description
observatory-field-keywords = Mots-clés, séparés par des virgules
observatory-field-slug = Adresse (vide : tirée du titre)
observatory-field-publisher = Éditeur
observatory-field-rights-holder = Titulaire des droits
observatory-same-as-publisher = Le même que l'éditeur
observatory-field-themes = Thèmes
observatory-field-licence = Licence
observatory-field-frequency = Fréquence de mise à jour
observatory-field-temporal = Période couverte
observatory-field-from = Du
observatory-field-to = Au
observatory-field-spatial = Territoire (codes ISTAT)
observatory-field-spatial-help = 006 pour toute la province, ou les codes des communes séparés par des espaces (par exemple 006003 006039).
observatory-field-contact-name = Point de contact
observatory-field-contact-email = E-mail du point de contact
observatory-field-source = Source (adresse web)
observatory-field-attribution = Attribution à citer
observatory-field-published = Publié sur le site et dans le catalogue
observatory-slug-taken = Un autre jeu de données ou graphique utilise déjà cette adresse.
observatory-public-page = Page publique
observatory-upload-title = Charger une nouvelle version
observatory-upload-help = Fichier CSV (séparé par des virgules, des points-virgules ou des tabulations, UTF-8 ou Latin-1) ou XLSX, jusqu'à { $mb } Mo. Avant l'importation, vous verrez un aperçu à corriger.
observatory-upload-file = Fichier
observatory-upload-submit = Charger et voir l'aperçu
observatory-upload-refused = Fichier non chargé
observatory-upload-nothing-written = Rien n'a été enregistré : la version actuelle du jeu de données reste la même.
observatory-pending-uploads = Fichiers chargés et pas encore importés
observatory-pending-open = ouvrez l’aperçu pour l’importer ou l’écarter
observatory-back-to-dataset = Retour au jeu de données
observatory-preview-title = Aperçu de l'importation
observatory-sheet = Feuille
observatory-read-settings = Comment lire le fichier
observatory-delimiter = Séparateur
observatory-delimiter-comma = Virgule
observatory-delimiter-semicolon = Point-virgule
observatory-delimiter-tab = Tabulation
observatory-encoding = Encodage
observatory-decimal = Séparateur décimal
observatory-decimal-comma = Virgule (1.234,5)
observatory-decimal-point = Point (1,234.5)
observatory-header-row = Lignes avant l'en-tête
observatory-preview-rows = Les { $n } premières lignes lues ainsi. Vérifiez le type de chaque colonne.
observatory-column-type = Type de la colonne
observatory-version-note = Ce qui change dans cette version (facultatif)
observatory-preview-again = Mettre à jour l'aperçu
observatory-import = Importer
observatory-discard = Annuler et supprimer le fichier
observatory-rows-so-far = { $n } lignes importées
observatory-import-done = Importation terminée : { $n } lignes. C'est maintenant la version actuelle.
observatory-import-failed = Échec de l'importation : rien de cette version n'a été enregistré.
observatory-previous-kept = La version précédente reste celle qui est publiée.
observatory-compared-with = Par rapport à la version { $n }
observatory-columns = Colonnes
observatory-status-importing = importation en cours
observatory-status-ready = prête
observatory-status-failed = échouée
observatory-chart-new = Nouveau graphique
observatory-chart-edit = Modifier le graphique
observatory-chart-dataset = Jeu de données
observatory-chart-kind = Type de graphique
observatory-chart-choose-dataset = Choisissez le jeu de données, puis ses colonnes.
observatory-chart-columns = Afficher les colonnes
observatory-chart-category = Catégories (axe horizontal, étiquettes ou communes)
observatory-chart-values = Valeurs à représenter
observatory-chart-series = Répartir en séries selon la colonne
observatory-chart-filters = Filtres
observatory-chart-filters-help = Une ligne par filtre : COLONNE=valeur, plusieurs valeurs séparées par |. Par exemple REF_AREA=ITC18
observatory-chart-dashboard = Position sur le tableau de bord de la province
observatory-chart-dashboard-help = De 1 à 99 ; vide si le graphique n'est pas sur le tableau de bord.
observatory-chart-preview = Aperçu
observatory-chart-categories = { $n } catégories
chart-kind-line = Courbes
chart-kind-bar = Barres groupées
chart-kind-stacked-bar = Barres empilées
chart-kind-ranking = Classement (barres horizontales)
chart-kind-table = Tableau
chart-kind-map = Carte des communes
chart-no-data = donnée non disponible
chart-error-filter = Écrivez les filtres sous la forme COLONNE=valeur, un par ligne (20 au plus).
chart-error-position = Écrivez un nombre de 1 à 99.
chart-map-needs-code = La carte a besoin d'une colonne de codes ISTAT des communes comme catégories.
chart-spec-unknown-column = Le jeu de données n'a pas cette colonne.
chart-spec-not-numeric = Cette colonne ne contient pas de nombres : choisissez une colonne numérique pour les valeurs.
chart-spec-no-values = Choisissez au moins une colonne de valeurs.
chart-spec-series-many-values = Pour répartir en séries, choisissez une seule colonne de valeurs.
chart-spec-too-many-series = Trop de séries (plus de 12) : ajoutez un filtre.
chart-spec-too-many-categories = Trop de catégories : ajoutez un filtre.
chart-spec-no-rows = Aucune ligne ne correspond aux filtres.
import-at-line = ligne { $line }
import-at-column = colonne « { $column } »
import-at-value = valeur « { $value } »
import-error-file-missing = Le fichier chargé n'existe plus : chargez-le de nouveau.
import-error-header-row = Écrivez un nombre de lignes de 0 à 50.
import-error-no-file = Choisissez un fichier à charger.
import-error-sample = Les premières lignes ne se lisent pas avec les types choisis : corrigez le type de la colonne.
import-error-storage = Le fichier n'a pas pu être enregistré sur le serveur. Réessayez plus tard.
import-error-too-large = Le fichier dépasse la taille maximale autorisée ({ $size }) : réduisez-le (par exemple en le divisant en plusieurs fichiers) et chargez-le de nouveau.
import-error-quota = Vous pouvez garder au plus { $files } fichiers chargés et pas encore importés, { $size } au total : vous en avez { $count } ({ $used }). Importez-les ou écartez-les depuis leur aperçu, listé ci-dessous, puis chargez de nouveau ce fichier.
table-error-no-rows = Le fichier ne contient aucune ligne de données.
error-date-invalid = Écrivez une date valide (AAAA-MM-JJ).
error-date-order = La date de fin doit venir après la date de début.

nav-observatory = Observatoire

error-chart-missing = Le texte cite un graphique qui n'existe pas ou n'est pas publié : vérifiez les adresses dans [[grafico …]].

## Open data vocabularies (EU themes, frequencies, licences)
dcat-theme-agri = Agriculture, pêche, sylviculture et alimentation
dcat-theme-econ = Économie et finances
dcat-theme-educ = Éducation, culture et sport
dcat-theme-ener = Énergie
dcat-theme-envi = Environnement
dcat-theme-gove = Gouvernement et secteur public
dcat-theme-heal = Santé
dcat-theme-intr = Questions internationales
dcat-theme-just = Justice, système juridique et sécurité publique
dcat-theme-regi = Régions et villes
dcat-theme-soci = Population et société
dcat-theme-tech = Science et technologie
dcat-theme-tran = Transports
dcat-frequency-triennial = Triennal
dcat-frequency-biennial = Biennal
dcat-frequency-annual = Annuel
dcat-frequency-annual-2 = Semestriel
dcat-frequency-annual-3 = Trois fois par an
dcat-frequency-quarterly = Trimestriel
dcat-frequency-bimonthly = Bimestriel
dcat-frequency-monthly = Mensuel
dcat-frequency-monthly-2 = Bimensuel
dcat-frequency-monthly-3 = Trois fois par mois
dcat-frequency-biweekly = Tous les quinze jours
dcat-frequency-weekly = Hebdomadaire
dcat-frequency-daily = Quotidien
dcat-frequency-update-cont = Mise à jour continuelle
dcat-frequency-cont = Continuel
dcat-frequency-irreg = Irrégulier
dcat-frequency-unknown = Inconnu
dcat-frequency-other = Autre
dcat-frequency-never = Jamais
dcat-licence-cc-by-4-0 = Creative Commons Attribution 4.0 International (CC BY 4.0)
dcat-licence-cc-by-3-0-it = Creative Commons Attribution 3.0 Italie (CC BY 3.0 IT)
dcat-licence-cc-by-sa-4-0 = Creative Commons Attribution - Partage dans les mêmes conditions 4.0 International (CC BY-SA 4.0)
dcat-licence-cc0-1-0 = Creative Commons CC0 1.0 Universel - Transfert dans le domaine public (CC0 1.0)
dcat-licence-odbl-1-0 = Licence ouverte de bases de données Open Data Commons 1.0 (ODbL)
dcat-licence-odc-by-1-0 = Licence d'attribution Open Data Commons 1.0 (ODC-By)
dcat-licence-iodl-2-0 = Licence italienne pour les données ouvertes 2.0 (IODL 2.0)

search-data-title = Données de l'Observatoire
search-data-dataset = jeu de données
search-data-chart = graphique
search-data-report = rapport

chart-error-no-data = Le graphique n'a aucune valeur à montrer.
chart-error-too-many-series = Trop de séries : 12 au plus.
chart-error-too-many-points = Trop de valeurs : 100 000 au plus.
chart-error-too-many-categories = Trop de catégories pour un graphique en colonnes : 300 au plus. Choisissez un classement ou ajoutez un filtre.
chart-error-series-length = Chaque série doit avoir une valeur par catégorie.
chart-error-ranking-series = Un classement ne montre qu'une seule série.
chart-desc-many-points = Chaque courbe a { $points } points : les valeurs une à une sont dans le tableau des données.

table-error-empty = Le fichier est vide.
table-error-html = Le fichier est une page web, pas un tableau. Téléchargez de nouveau le fichier CSV ou XLSX.
table-error-binary = Le fichier n'est pas un texte CSV. Pour une feuille Excel, utilisez le format XLSX.
table-error-utf16 = Le fichier est en UTF-16 : enregistrez-le en CSV UTF-8.
table-error-encoding = Le fichier contient des caractères non valides pour l'encodage choisi : essayez Windows-1252 (Latin-1).
table-error-no-header = Aucune ligne d'en-tête avec les noms des colonnes n'a été trouvée.
table-error-too-many-columns = Le tableau a plus de 500 colonnes.
table-error-duplicate-column = Deux colonnes ont le même nom.
table-error-cell-too-long = La cellule dépasse 10 000 caractères.
table-error-settings = Les paramètres de lecture ne sont pas valides. Rechargez l'aperçu.
table-error-not-xlsx = Le fichier n'est pas un classeur XLSX valide.
table-error-xlsx-too-large = Le classeur est trop volumineux une fois décompressé.
table-error-no-such-sheet = La feuille choisie n'existe pas.
table-error-xlsx-read = La feuille de calcul n'a pas pu être lue.
table-error-ragged = Le nombre de cellules de la ligne ne correspond pas à l'en-tête.
table-error-header-mismatch = L'en-tête n'a pas le nombre de colonnes attendu.
table-error-unclosed-quote = Un guillemet est ouvert et jamais fermé.
table-error-read = Le fichier n'a pas pu être lu.
table-error-not-number = La valeur n'est pas un nombre.
table-error-not-integer = La valeur n'est pas un nombre entier.
table-error-not-year = La valeur n'est pas une année à quatre chiffres.
table-error-not-date = La valeur n'est pas une date valide (AAAA-MM-JJ ou JJ/MM/AAAA).
table-error-not-istat-code = La valeur n'est pas un code ISTAT à six chiffres.
table-note-windows-1252 = Le fichier n'est pas en UTF-8 : il a été lu comme Windows-1252 (Latin-1).
table-note-partial = L'aperçu repose sur la première partie du fichier.
table-note-title-skipped = Les lignes de titre au-dessus de l'en-tête ont été ignorées.
table-note-footer-skipped = Les notes en bas du tableau (source, notes) ont été ignorées.
table-note-ragged-rows = Certaines lignes ont un nombre de cellules différent de l'en-tête.
table-note-columns-named = Les colonnes sans nom ont été nommées colonna_N.
table-note-empty-columns-dropped = Les colonnes finales vides et sans nom ont été supprimées.
table-note-no-data = Le fichier a un en-tête mais aucune ligne de données.
table-type-integer = Nombre entier
table-type-decimal = Nombre décimal
table-type-year = Année
table-type-date = Date
table-type-istat-code = Code ISTAT
table-type-text = Texte

observatory-row-problems = Ces lignes ne se lisent pas avec les paramètres choisis : corrigez le type de la colonne ou le fichier avant d'importer.

table-error-unknown-comune = Aucune commune de la province n'a ce code ISTAT.

## Osservatorio: rapports
report-list-title = Rapports
report-admin-title = Observatoire : rapports
report-none = Aucun rapport.
report-new = Nouveau rapport
report-edit = Modifier le rapport
report-field-abstract = Résumé
report-field-authors = Auteurs
report-field-date = Date de publication
report-field-datasets = Jeux de données utilisés dans le rapport
report-field-published = Publié sur le site
report-field-file = Fichier PDF
report-field-replace-file = Remplacer le fichier PDF (facultatif)
report-field-file-help = Un fichier PDF, jusqu'à { $mb } Mo. Si le formulaire contient des erreurs, il faut choisir à nouveau le fichier.
report-current-file = Fichier actuel
report-pages = { $n ->
        [one] { $n } page
       *[other] { $n } pages
    }
report-no-text = Aucun texte n'a pu être lu dans le PDF (une numérisation, un fichier protégé ou endommagé) : la recherche du site trouvera le rapport seulement par son titre et son résumé.
notice-report-no-text = Rapport enregistré, mais aucun texte n'a pu être lu dans le PDF : la recherche du site le trouvera seulement par son titre et son résumé.
report-download = Télécharger le rapport (PDF)
report-datasets-title = Données utilisées dans le rapport
report-slug-taken = Un autre rapport utilise déjà cette adresse.
report-error-not-pdf = Le fichier n'est pas un PDF : chargez le rapport au format PDF.
report-error-damaged = Le fichier ressemble à un PDF mais ne peut pas être ouvert. Exportez-le de nouveau en PDF et réessayez.
report-error-too-large = Le fichier dépasse la taille maximale autorisée.
report-error-no-file = Choisissez le fichier PDF du rapport.

observatory-share = { $percent } % de la population résidente ({ $period })
observatory-chart-share = Part d'un total (facultatif)
observatory-chart-share-help = Pour montrer la valeur comme une part sur le tableau de bord, par exemple les étrangers dans la population : le jeu de données du total, sa colonne à additionner et la catégorie de ce graphique à laquelle le total se rapporte (la même année).
observatory-chart-share-dataset = Jeu de données du total
observatory-chart-share-value = Colonne à additionner
observatory-chart-share-category = Catégorie (année)
chart-error-share-incomplete = Une part demande le jeu de données, la colonne et la catégorie.
chart-error-share-category = Le graphique n'a pas de valeur pour cette catégorie.
chart-error-share-dataset = Le jeu de données du total n'est pas publié ou n'a pas de données.
chart-error-share-column = Cette colonne du jeu de données du total ne contient pas de nombres (ou sa somme est nulle).

## Intake queue: codes
intake-channel-partner = Compte partenaire
intake-channel-feed = Flux institutionnel
intake-channel-mail = Boîte aux lettres
intake-channel-public = Formulaire public
intake-kind-comunicato = Communiqué de presse
intake-kind-buona_pratica = Bonne pratique
intake-status-to_verify = À vérifier
intake-status-new = Nouveau
intake-status-taken = En cours
intake-status-published = Publié
intake-status-accepted = Acceptée
intake-status-rejected = Refusé
intake-status-duplicate = Doublon
intake-status-withdrawn = Retiré
intake-attachment-empty = le fichier est vide
intake-attachment-too-large = le fichier dépasse la taille maximale
intake-attachment-too-many = trop de pièces jointes : 20 au maximum sont conservées
intake-attachment-not-allowed = type de fichier non admis (sont admis les PDF, les images JPEG, PNG et WebP, les documents Word, Excel, PowerPoint, OpenDocument, RTF et texte)
intake-attachment-mismatch = le contenu du fichier ne correspond pas à son nom (par exemple un .pdf qui n'est pas un PDF)
intake-attachment-damaged = le fichier ressemble à un PDF mais ne s’ouvre pas (peut-être incomplet ou endommagé) : exportez-le de nouveau en PDF et joignez-le
intake-error-too-many-comuni = Indiquez au plus 20 communes : pour toute la province, n'en indiquez aucune.
intake-error-embargo-past = L'embargo est déjà passé : laissez le champ vide pour publier tout de suite ou choisissez une date future.
intake-error-embargo-far = Un embargo peut durer au plus un an.
intake-error-period = Écrivez le mois sous la forme AAAA-MM (par exemple 2025-09).
intake-error-period-order = La fin précède le début.
intake-error-targets = Choisissez au moins un public.
intake-error-privacy = Pour envoyer le signalement, vous devez déclarer avoir lu la notice de confidentialité.
error-datetime-invalid = Écrivez la date et l'heure sous la forme JJ/MM/AAAA HH:MM.
organisation-contact-error-reach = Indiquez au moins un e-mail ou un téléphone.
organisation-sender-error-invalid = Écrivez une adresse e-mail (presse@prefettura.it) ou un domaine (prefettura.it).
mail-intake-new-subject = [AgorAL] { $kind } : { $title }
mail-intake-to-verify-subject = [AgorAL] À vérifier — { $kind } : { $title }
mail-intake-new-body =
    Un nouvel élément est arrivé dans la file de la rédaction.

    { $kind } — { $channel }
    { $title }

    Ouvrez-le ici : { $link }
mail-intake-digest-subject = [AgorAL] { $count } nouveaux éléments pour la rédaction
mail-intake-digest-body =
    Voici les éléments arrivés dans la file de la rédaction depuis le dernier récapitulatif ({ $count }) :

    { $items }

    Toute la file : { $link }
mail-intake-status-subject = [AgorAL] Mise à jour : { $title }
mail-intake-status-body =
    Votre envoi « { $title } » est maintenant : { $status }.
    { $reason }

    Suivez-le ici : { $link }

    La rédaction d'AgorAL

## Good practices: the public form, the status link, the public list
mail-intake-status-own-link = le lien personnel de l'e-mail de confirmation
nav-good-practices = Bonnes pratiques
footer-report-good-practice = Signaler une bonne pratique
good-practice-form-title = Signaler une bonne pratique
good-practice-form-intro = Vous connaissez une expérience d'accueil ou d'inclusion qui fonctionne, dans une commune de la province d'Alexandrie ? Racontez-la-nous : la rédaction la lit et, si elle l'accepte, l'ajoute à la liste publique des bonnes pratiques.
good-practice-section-what = La pratique
good-practice-field-title = Titre
good-practice-field-description = Description
good-practice-field-description-help = Ce qui est fait, comment, avec qui. Au moins 30 caractères ; séparez les paragraphes par une ligne vide.
good-practice-field-outcome = Résultats (facultatif)
good-practice-section-where = Où et qui
good-practice-field-comune = Commune
good-practice-choose-comune = Choisissez une commune
good-practice-field-runner = Qui la réalise (organisme ou association)
good-practice-field-targets = À qui elle s'adresse
good-practice-field-period-start = À partir du mois (facultatif)
good-practice-field-period-end = Jusqu'au mois (facultatif)
good-practice-field-period-help = Écrivez le mois sous la forme AAAA-MM, par exemple 2025-09.
good-practice-field-link = Site web
good-practice-section-photos = Photos (facultatives)
good-practice-field-photos = Jusqu'à { $max } photos
good-practice-field-photos-help = JPEG, PNG ou WebP, { $mb } Mo au maximum chacune. Le lieu, la date et l'appareil sont retirés des photos avant leur conservation.
good-practice-field-photos-consent = Je déclare que les personnes reconnaissables sur les photos ont accepté leur publication. Sans cette déclaration, les photos ne sont pas publiées.
good-practice-section-contact = Vos coordonnées
good-practice-field-contact-name = Nom (facultatif)
good-practice-field-contact-email = E-mail
good-practice-field-contact-email-help = Nous vous envoyons ici un lien personnel pour suivre votre signalement et, si vous le souhaitez, le retirer.
good-practice-field-privacy = J'ai lu la politique de confidentialité et j'accepte le traitement de mes données pour ce signalement.
good-practice-retention-note = Vos coordonnées sont effacées 12 mois après la clôture du signalement.
good-practice-submit = Envoyer le signalement
good-practice-error-photos = Certaines photos n'ont pas été acceptées :
good-practice-photo-too-many = on peut envoyer au maximum { $max } photos
good-practice-photo-not-image = ce n'est pas une photo (les images JPEG, PNG et WebP sont acceptées)
good-practice-photos-again = Les photos ne sont pas conservées quand le formulaire revient : choisissez-les de nouveau avant d'envoyer.
good-practice-sent = Merci : votre signalement est arrivé à la rédaction.
good-practice-sent-mail = Nous vous avons envoyé un e-mail avec un lien personnel pour en suivre l'état. Si vous ne le trouvez pas, regardez aussi dans les courriers indésirables.
good-practice-send-another = Signaler une autre bonne pratique
good-practice-mail-subject = [AgorAL] Nous avons reçu votre bonne pratique : { $title }
good-practice-mail-body =
    Merci de nous avoir signalé « { $title } ».

    La rédaction la lira au plus vite. Avec ce lien personnel, vous pouvez en suivre l'état et, si vous le souhaitez, la retirer :
    { $link }

    Ne transférez pas ce message : toute personne qui a le lien peut retirer le signalement.

    La rédaction d'AgorAL
good-practice-status-title = Votre signalement
good-practice-status-unknown = Ce lien ne correspond à aucun signalement. Vérifiez que vous l'avez copié en entier depuis l'e-mail ; les liens des signalements clos depuis plus de 12 mois ne sont plus valables.
good-practice-status-label = État
good-practice-status-received = Reçu le
good-practice-status-updated = Dernière mise à jour
good-practice-status-closed = Clos le
good-practice-status-reason = Motif indiqué par la rédaction
good-practice-status-keep-link = Conservez l'e-mail avec ce lien : c'est le seul moyen de revenir sur cette page.
good-practice-withdraw-title = Retirer le signalement
good-practice-withdraw-intro = Si vous le retirez, la rédaction ne l'utilisera pas et les photos envoyées sont effacées.
good-practice-withdraw-accepted = La pratique figure dans la liste publique des bonnes pratiques : si vous la retirez, elle sort de la liste et les photos envoyées sont effacées.
good-practice-withdraw-confirm = Oui, je veux retirer ce signalement
good-practice-withdraw-button = Retirer le signalement
good-practice-withdraw-confirm-needed = Cochez la case pour confirmer le retrait.
good-practice-withdrawn = Le signalement a été retiré.
good-practices-title = Bonnes pratiques
good-practices-intro = Des expériences d'accueil et d'inclusion dans les communes de la province d'Alexandrie, signalées par le territoire et vérifiées par la rédaction.
good-practices-report-link = Signaler une bonne pratique
good-practices-count = { $count ->
    [0] Aucune bonne pratique
    [one] Une bonne pratique
   *[other] { $count } bonnes pratiques
}
good-practices-none = Aucune bonne pratique ne correspond à la recherche.
good-practices-counts-download = Le nombre de bonnes pratiques par commune et par public :
good-practices-back = Toutes les bonnes pratiques
good-practice-runner = Réalisée par
good-practice-period = Période
good-practice-since = depuis { $start }
good-practice-accepted-on = Dans la liste depuis le
good-practice-photo-alt = Photo { $n } de la bonne pratique « { $title } »

## A person's data on request
nav-person-data = Données personnelles
person-data-title = Données personnelles sur demande
person-data-intro = Quand une personne demande quelles données la concernant nous conservons, ou leur effacement, cherchez ici son adresse e-mail : vous voyez les signalements et communiqués envoyés avec cette adresse, les contacts des organisations, les signalements de problèmes sur le site, les e-mails que nous lui avons écrits et les comptes du personnel.
person-data-look-up = Chercher
person-data-held = Ce que nous conservons
person-data-nothing = Aucune donnée conservée avec cette adresse.
person-data-items = Envois à la rédaction
person-data-kind = Type
person-data-title-column = Titre
person-data-sender = Expéditeur
person-data-contacts = Contacts des organisations
person-data-accounts = Comptes du personnel
person-data-export = Tout télécharger (JSON)
person-data-erase-title = Effacer les données
person-data-erase-what = L'effacement retire le nom, l'e-mail et le téléphone de l'expéditeur de chaque envoi fait avec cette adresse (les textes restent : ce sont les communiqués et les pratiques des organisations), et supprime les contacts des organisations avec cette adresse, les signalements de problèmes sur le site laissés avec cette adresse et les e-mails que nous lui avons écrits (y compris ceux qui ne sont pas encore partis).
person-data-erase-not = Ne sont pas effacés : les comptes du personnel (désactivez-les depuis la page Utilisateurs) et les photos des bonnes pratiques déjà publiées avec le consentement déclaré (elles se retirent avec le lien personnel ou en le demandant à la rédaction).
person-data-erase-confirm = Je confirme : la personne a demandé l'effacement de ses données
person-data-erase = Effacer les données
person-data-confirm-needed = Cochez la case pour confirmer l'effacement.
person-data-erased = Les données de cette adresse ont été effacées.
## Intake queue: pages
intake-queue-title = Arrivées à la rédaction
intake-filters = Filtres de la file
intake-filter-open = À traiter (nouveaux et en cours)
intake-filter-all = Tous
intake-filter-any = Tous
intake-filter-from = Arrivés depuis le
intake-filter-to = Arrivés jusqu'au
intake-filter-apply = Filtrer
intake-filter-reset = Retirer les filtres
intake-filter-bad = Certains filtres de l'adresse n'étaient pas valides et ont été ignorés.
intake-count = { $count ->
    [one] Un élément
   *[other] { $count } éléments
}
intake-empty = Aucun élément ne correspond aux filtres.
intake-field-title = Titre
intake-field-body = Texte
intake-field-kind = Type
intake-field-channel = Canal
intake-field-status = État
intake-field-organisation = Organisation
intake-field-received = Arrivé
intake-field-assigned = Attribué à
intake-field-sender = Expéditeur
intake-field-source-date = date de la source
intake-field-comuni = Communes
intake-field-comuni-help = Maintenez Ctrl (ou Cmd) pour en choisir plusieurs. Pour toute la province, n'en choisissez aucune.
intake-field-lang = Langue
intake-field-link = Lien
intake-field-story = Article
intake-field-runner = Qui la réalise
intake-field-targets = Publics
intake-field-period = Période
intake-field-period-start = Début (mois)
intake-field-period-end = Fin (mois)
intake-field-outcome = Résultats
intake-field-photos-consent = Les personnes reconnaissables sur les photos ont accepté leur publication
intake-field-contact = Contact pour la rédaction
intake-field-phone = Téléphone
intake-trusted = Source fiable
intake-anonymised = données de l'expéditeur effacées (conservation expirée ou sur demande)
intake-embargo = Embargo
intake-embargo-help = Facultatif. Date et heure (heure italienne) avant lesquelles rien ne peut être publié.
intake-embargo-holds = toujours en vigueur : impossible de publier avant
intake-open-story = Ouvrir l'article
intake-original-text = Texte original
intake-attachments = Pièces jointes
intake-attachments-help = PDF, images, documents Word, Excel, PowerPoint, OpenDocument, RTF ou texte
intake-choose-files-again = Par sécurité, les fichiers ne sont pas conservés quand le formulaire contient des erreurs : choisissez-les à nouveau.
intake-actions = Actions
intake-to-verify-help = L'expéditeur n'est pas vérifié. Vérifiez que le message vient bien de l'organisation avant de le mettre dans la file.
intake-action-verify = Vérifié : mettre dans la file
intake-action-draft = Créer un brouillon d'article
intake-action-publish = Publier comme communiqué de presse
intake-action-publish-at-embargo = Programmer le communiqué à la fin de l'embargo
intake-action-accept = Accepter comme bonne pratique
intake-publish-needs-trust = Seuls les communiqués d'une source fiable sont publiés tels quels ; les autres deviennent un brouillon à revoir.
intake-action-assign-to = Attribuer à
intake-nobody = Personne
intake-action-assign = Attribuer
intake-action-duplicate-of = Doublon de l'élément n°
intake-action-duplicate = Marquer comme doublon
intake-action-reject-reason = Motif du refus (envoyé à l'expéditeur)
intake-action-reject = Refuser
intake-history = Historique
intake-action-note = Note interne
intake-action-add-note = Ajouter la note
intake-event-received = arrivé
intake-event-verified = expéditeur vérifié
intake-event-assigned = attribué
intake-event-note = note
intake-event-rejected = refusé
intake-event-duplicate = marqué comme doublon
intake-event-accepted = accepté comme bonne pratique
intake-event-drafted = brouillon d'article créé
intake-event-published = publié
intake-event-edited = modifié par l'expéditeur
intake-event-body-cut = texte trop long, raccourci
intake-event-attachment-refused = pièce jointe non conservée
intake-event-withdrawn = retiré par l'expéditeur
intake-notice-sent = Envoyé à la rédaction. Ici vous pouvez suivre son état et le modifier tant que la rédaction ne l'a pas pris en charge.
intake-notice-verified = L'expéditeur est vérifié et l'élément est dans la file.
intake-notice-assigned = Attribution enregistrée.
intake-notice-note = Note ajoutée.
intake-notice-rejected = Refusé ; l'expéditeur reçoit le motif.
intake-notice-duplicate = Marqué comme doublon.
intake-notice-accepted = Bonne pratique acceptée : elle est maintenant dans la liste publique.
intake-error-gone = Quelqu'un d'autre a déjà agi sur cet élément entre-temps : rechargez la page.
intake-error-not-trusted = Seuls les communiqués d'une source fiable sont publiés sans relecture.
intake-error-story-text = Impossible de créer l'article à partir de ce texte : créez un brouillon à la main.
intake-error-duplicate-of = Indiquez le numéro d'un autre élément de la file.
intake-error-embargoed = Cet article vient d'un communiqué sous embargo : il ne peut pas être publié avant la fin de l'embargo.
intake-error-taken = La rédaction a pris en charge cet envoi : il ne peut plus être modifié.
intake-error-too-many-files = Vous pouvez joindre au plus 10 fichiers.
intake-error-files-refused = Certains fichiers n'ont pas été acceptés : voir ci-dessous.
intake-form-has-errors = Le formulaire contient des erreurs : corrigez les champs signalés.
intake-partner-title = Mes envois à la rédaction
intake-partner-new-title = Nouvel envoi à la rédaction
intake-partner-edit-title = Envoi à la rédaction
intake-partner-intro = Communiqués de presse et bonnes pratiques envoyés au nom de { $organisation }.
intake-partner-as = Vous envoyez au nom de { $organisation }.
intake-partner-none = Vous n'avez encore rien envoyé.
intake-partner-taken = La rédaction a pris en charge cet envoi : il ne peut plus être modifié.
intake-partner-no-organisation = Votre compte n'est lié à aucune organisation : demandez à un administrateur de le lier.
intake-practice-fields = Seulement pour une bonne pratique
intake-practice-fields-help = Si vous envoyez une bonne pratique, indiquez où elle a lieu, qui la réalise et pour qui.
intake-send = Envoyer à la rédaction
article-source-release = Source : { $source }, communiqué du { $date }
article-source-practice = Source : { $source }, signalement du { $date }

## Organisations: network
organisation-add = Ajouter
organisation-remove = Supprimer
organisation-network-link = Contacts, adresses d'envoi et contributions
organisation-public-page = Page publique
organisation-trusted-help = Ses communiqués peuvent être publiés tels quels en une seule étape.
organisation-untrusted-help = Ce n'est pas une source fiable : ses communiqués deviennent des brouillons à revoir. Cela se change dans la fiche de l'organisation.
organisation-senders = Adresses d'envoi
organisation-senders-help = Le courrier venant de ces adresses, ou de tout un domaine, est attribué à l'organisation. Le courrier d'adresses non vérifiées reste « à vérifier ».
organisation-senders-none = Aucune adresse d'envoi.
organisation-sender-new = Adresse e-mail ou domaine
organisation-sender-verified = vérifiée
organisation-sender-unverified = non vérifiée
organisation-sender-verify = Marquer comme vérifiée
organisation-sender-verified-now = Je l'ai vérifiée (par exemple en appelant le bureau)
organisation-sender-error-taken = Cette adresse ou ce domaine est déjà enregistré.
organisation-contacts = Contacts
organisation-contacts-none = Aucun contact.
organisation-contact-new = Nouveau contact
organisation-contact-role = Fonction
organisation-contact-notes = Notes
organisation-contact-consent = Consentement
organisation-contact-consent-label = A accepté d'être contacté par la rédaction
organisation-contributions = Contributions publiées
organisation-contributions-none = Aucune contribution publiée pour l'instant.
organisation-public-stories = D'après ses communications
organisation-public-stories-none = Aucun article pour l'instant.
organisation-public-services = Ses services
organisation-public-services-none = Aucun service dans l'annuaire.
## The intake's mailbox (IMAP)
mailbox-title = Boîte aux lettres des communiqués
mailbox-no-subject = Message sans objet de { $sender }
mailbox-unreadable-title = Message électronique illisible
mailbox-never-checked = jamais
mailbox-status-line = Boîte { $mailbox } : dernière vérification { $when }, { $status } ; { $count ->
        [one] un message reçu
       *[other] { $count } messages reçus
    }.
mailbox-status-never = pas encore vérifiée
mailbox-status-ok = lue jusqu'au dernier message
mailbox-status-unreachable = serveur injoignable
mailbox-status-login-refused = nom d'utilisateur ou mot de passe refusé
mailbox-status-folder-missing = dossier introuvable
mailbox-status-failed = interrompue par une erreur : elle reprend au premier message non enregistré
intake-event-sender-unverified = expéditeur non vérifié : le serveur de messagerie ne confirme pas que le message vient vraiment de cette adresse
intake-event-mail-incomplete = message illisible en partie : comparez-le avec l'original dans la boîte
intake-event-mail-unreadable = message illisible : le texte est le début du message tel qu'il est arrivé
intake-event-mail-too-large = message trop volumineux pour être téléchargé, resté dans la boîte : seuls ses en-têtes sont ici (taille et limite en octets)
intake-event-mail-attachments-left-out = autres pièces jointes non lues (combien)

account-intake-notify = Avis des arrivées à la rédaction
account-intake-notify-immediate = Un e-mail pour chaque nouvelle arrivée
account-intake-notify-digest = Un récapitulatif par jour
account-intake-notify-never = Aucun e-mail

mail-intake-withdrawn-subject = [AgorAL] Retiré par l’expéditeur — { $kind } : { $title }
mail-intake-withdrawn-body =
    L’expéditeur a retiré cet élément de la file de la rédaction.

    { $kind }
    { $title }

    Il n’y a rien d’autre à faire ; sa fiche reste ici : { $link }

person-data-reports = Signalements de problèmes sur le site
person-data-mails = E-mails que nous lui avons écrits
person-data-mail-unsent = pas encore envoyé
