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
error-control-characters = Le texte contient des caractères non autorisés.
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
