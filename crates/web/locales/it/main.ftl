## AgorAL — interfaccia in italiano (lingua di riferimento).
## Ogni messaggio qui deve esistere anche in en, fr e ar.

digit-separator = .

## Cornice del sito
skip-to-content = Vai al contenuto principale
header-owner = Provincia di Alessandria · Programma immigrazione
site-tagline = Migrazioni e inclusione in provincia di Alessandria
language-switcher = Lingua
nav-main = Menu principale
nav-home = Home
nav-login = Accedi
nav-logout = Esci
nav-back-office = Area riservata
nav-dashboard = Scrivania
nav-users = Utenti
nav-organisations = Organizzazioni
nav-pages = Pagine
nav-problem-reports = Segnalazioni
nav-audit = Registro di sicurezza
nav-account = Il mio account
nav-public-site = Sito pubblico
footer-programme-title = Il programma
footer-programme-text = AgorAL è la piattaforma della rete per l'immigrazione della Provincia di Alessandria, coordinata dalla Prefettura: un magazine, una rete di enti, un osservatorio e una guida ai servizi.
footer-licence-title = Licenza dei contenuti
footer-licence-text = Salvo dove indicato, i contenuti sono pubblicati con licenza
footer-links-title = Collegamenti utili
footer-accessibility = Dichiarazione di accessibilità
footer-privacy = Informativa sulla privacy
footer-legal = Note legali
footer-report-problem = Segnala un problema
footer-last-updated-label = Ultimo aggiornamento:
footer-last-updated = Ultimo aggiornamento: { $date }

## Home
home-title = Migrazioni e inclusione in provincia di Alessandria
home-intro = Storie di inclusione, notizie su immigrazione e accoglienza, dati dell'Osservatorio e una guida ai servizi per le persone straniere, in quattro lingue.
home-figures-title = La provincia in cifre
home-figures-comuni = comuni
home-figures-population = residenti al 1° gennaio 2021
home-figures-organisations = enti nella rete
home-figures-source = Fonte: ISTAT, popolazione residente al 1° gennaio 2021 (licenza CC BY).
home-about-title = Che cosa trovi qui
home-cap-magazine = Il magazine
home-cap-magazine-text = Storie di inclusione dal territorio e notizie su immigrazione, accoglienza e inclusione, dal livello locale a quello internazionale.
home-cap-services = I servizi
home-cap-services-text = Dove rivolgersi per documenti, salute, scuola, lavoro, casa e assistenza legale, con orari e lingue parlate allo sportello.
home-cap-data = I dati
home-cap-data-text = I dati dell'Osservatorio interistituzionale sulla presenza straniera, con grafici e mappe dei comuni.
home-cap-network = La rete
home-cap-network-text = Prefettura, Questura, Comuni, ASL, scuole e terzo settore inviano comunicati e buone pratiche alla redazione.

## Pagine
page-not-translated = Questa pagina non è ancora tradotta nella tua lingua: la mostriamo in italiano.
report-form-title = Scrivi la tua segnalazione
report-page-url = Pagina in cui hai trovato il problema
report-message = Descrizione del problema
report-email = La tua email (facoltativa)
report-email-help = Solo se vuoi una risposta: non la useremo per altro.
report-submit = Invia la segnalazione
report-sent = Grazie: abbiamo ricevuto la tua segnalazione.
form-leave-empty = Lascia vuoto questo campo

## Moduli
form-has-errors = Il modulo contiene errori: correggi i campi indicati.
form-save = Salva
field-email = Email
field-password = Password
field-new-password = Nuova password
field-confirm-password = Ripeti la nuova password
field-current-password = Password attuale
field-display-name = Nome
field-roles = Ruoli
field-organisation = Organizzazione
field-none = Nessuna
field-locale = Lingua dell'area riservata
field-name = Nome
field-kind = Tipo
field-comune = Comune
field-website = Sito web
field-network-member = Fa parte della rete
field-title = Titolo
field-body-markdown = Testo (Markdown)
field-language = Lingua
field-updated = Aggiornata
field-totp-code = Codice
password-rules = Almeno 12 caratteri. Una frase di più parole è facile da ricordare e difficile da indovinare.
yes = Sì
no = No
example-badge = esempio
pagination = Pagine dei risultati
pagination-previous = Precedenti
pagination-next = Successivi

## Errori dei campi
error-required = Campo obbligatorio.
error-too-long = Il testo è troppo lungo.
error-control-characters = Il testo contiene caratteri non ammessi.
error-email-invalid = Scrivi un indirizzo email valido, come nome@esempio.it.
error-email-taken = Esiste già un utente con questa email.
error-password-too-short = La password deve avere almeno 12 caratteri.
error-password-too-long = La password può avere al massimo 256 caratteri.
error-password-repetitive = La password non può essere un solo carattere ripetuto.
error-password-mismatch = Le due password non coincidono.
error-current-password = La password attuale non è corretta.
error-roles-required = Scegli almeno un ruolo.
error-own-admin-role = Non puoi togliere a te stesso il ruolo di amministratore.
error-choice-invalid = Scegli una delle opzioni proposte.
error-istat-invalid = Scegli un comune della provincia.
error-url-invalid = Scrivi un indirizzo web completo, che inizi con https://.
error-name-taken = Esiste già un'organizzazione con questo nome.
error-too-fast = Il modulo è stato inviato troppo in fretta. Controlla i dati e invialo di nuovo.

## Pagine di errore
error-400-title = Richiesta non valida
error-400-text = La richiesta contiene dati non validi. Torna indietro e riprova.
error-403-title = Accesso non consentito
error-403-text = Non hai i permessi per vedere questa pagina.
error-404-title = Pagina non trovata
error-404-text = La pagina che cerchi non esiste o è stata spostata.
error-405-text = Questa operazione non è disponibile a questo indirizzo.
error-408-text = La richiesta ha impiegato troppo tempo. Riprova.
error-413-text = I dati inviati sono troppo grandi.
error-429-text = Troppe richieste in poco tempo. Attendi qualche minuto e riprova.
error-500-title = Errore del server
error-500-text = Si è verificato un errore imprevisto. Il problema è stato registrato: riprova tra poco.
error-csrf-text = Il modulo è scaduto o non è valido. Ricarica la pagina e invialo di nuovo.
error-back-home = Torna alla home

## Accesso
login-title = Accedi all'area riservata
login-submit = Accedi
login-forgot = Hai dimenticato la password?
login-failed = Email o password non corretti.
login-throttled = Troppi tentativi non riusciti. Attendi qualche minuto prima di riprovare.
verify-title = Verifica in due passaggi
verify-intro = Scrivi il codice di sei cifre mostrato dall'app di autenticazione.
verify-recovery-help = Non hai il telefono? Scrivi uno dei codici di recupero.
verify-submit = Verifica
verify-cancel = Annulla e esci
verify-failed = Il codice non è valido o è già stato usato.
forgot-title = Password dimenticata
forgot-intro = Scrivi l'email del tuo account: ti invieremo un collegamento per scegliere una nuova password.
forgot-submit = Invia il collegamento
reset-title = Scegli una nuova password
invitation-title = Attiva il tuo account
set-password-intro = Scegli la password con cui accederai.
set-password-submit = Salva la password
token-invalid = Il collegamento non è valido, è scaduto o è già stato usato.
notice-password-changed = Password salvata. Ora puoi accedere.
notice-logged-out = Sei uscito dall'area riservata.
notice-sessions-closed = Le altre sessioni sono state chiuse.
notice-user-invited = Invito inviato.
notice-saved = Modifiche salvate.
notice-reset-sent = Se l'indirizzo corrisponde a un account, riceverai a breve un'email con il collegamento.
notice-two-factor-disabled = Verifica in due passaggi disattivata.
notice-two-factor-reset = Verifica in due passaggi disattivata: l'utente la configurerà di nuovo al prossimo accesso.

## Account
account-title = Il mio account
account-profile = Profilo
account-change-password = Cambia password
account-change-password-submit = Cambia password
account-two-factor = Verifica in due passaggi
account-two-factor-on = La verifica in due passaggi è attiva. Codici di recupero non usati: { $count }.
account-two-factor-off = La verifica in due passaggi non è attiva.
account-two-factor-enable = Attiva la verifica in due passaggi
account-two-factor-renew = Configura un nuovo dispositivo
account-two-factor-disable = Disattiva la verifica in due passaggi
account-sessions = Sessioni aperte
account-logout-everywhere = Esci da tutti gli altri dispositivi
session-started = Iniziata
session-last-seen = Ultima attività
session-address = Indirizzo
session-browser = Browser
session-this = questa
two-factor-title = Configura la verifica in due passaggi
two-factor-required = Il tuo ruolo richiede la verifica in due passaggi: configurala per continuare.
two-factor-step-app = Installa un'app di autenticazione (per esempio FreeOTP, Aegis o quella del tuo telefono).
two-factor-step-scan = Inquadra questo codice QR con l'app.
two-factor-qr-label = Codice QR per l'app di autenticazione
two-factor-manual = Oppure inserisci a mano questa chiave:
two-factor-step-code = Scrivi il codice di sei cifre che l'app mostra.
two-factor-confirm = Conferma
two-factor-enabled = Verifica in due passaggi attivata.
two-factor-recovery-title = Codici di recupero
two-factor-recovery-text = Conserva questi codici in un luogo sicuro: ognuno ti permette di accedere una volta se perdi il telefono. Non li mostreremo più.
two-factor-continue = Continua

## Ruoli e tipi di organizzazione
role-administrator = Amministratore
role-editor = Caporedattore
role-author = Redattore
role-contributor = Partner della rete
role-analyst = Analista dell'Osservatorio
role-operator = Operatore
organisation-kind-prefettura = Prefettura
organisation-kind-questura = Questura
organisation-kind-comune = Comune
organisation-kind-asl = ASL
organisation-kind-scuola = Scuola o CPIA
organisation-kind-terzo-settore = Terzo settore
organisation-kind-altro = Altro

## Area riservata
dashboard-title = Scrivania
dashboard-welcome = Benvenuto, { $name }.
dashboard-your-roles = I tuoi ruoli
dashboard-unsent-mail = email in attesa di invio
users-title = Utenti
users-invite = Invita un utente
users-invite-submit = Invia l'invito
users-edit-title = Modifica utente
users-state = Stato
users-active = attivo
users-invited = invitato
users-disabled = disattivato
users-two-factor = due passaggi
users-last-login = Ultimo accesso
users-actions = Azioni
users-send-reset = Invia un collegamento per reimpostare la password
users-disable = Disattiva l'utente
users-enable = Riattiva l'utente
users-reset-two-factor = Disattiva la verifica in due passaggi (telefono perso)
organisations-title = Organizzazioni
organisations-new = Nuova organizzazione
organisations-edit-title = Modifica organizzazione
pages-title = Pagine
pages-edit-title = Modifica pagina
pages-view-public = Vedi la pagina pubblica
audit-title = Registro di sicurezza
audit-when = Quando
audit-action = Evento
audit-actor = Chi
audit-subject = Su chi
audit-detail = Dettagli
problem-reports-title = Segnalazioni dei lettori
problem-reports-none = Nessuna segnalazione.

## Email
mail-reset-subject = AgorAL: reimposta la password
mail-reset-body =
    Ciao { $name },

    per scegliere una nuova password apri questo collegamento entro un'ora:

    { $link }

    Se non hai chiesto tu di reimpostare la password, ignora questo messaggio.
mail-invitation-subject = AgorAL: sei stato invitato
mail-invitation-body =
    Ciao { $name },

    { $inviter } ti ha invitato nell'area riservata di AgorAL. Per attivare l'account e scegliere la password apri questo collegamento entro sette giorni:

    { $link }

## Backup e lavori lunghi
nav-backups = Backup
backups-title = Backup
backups-intro = Un backup contiene il database e i file multimediali in un unico archivio, coerente anche mentre il sito è in uso. Si può ripristinare con il comando agoral restore.
backups-create = Crea un backup ora
backups-recent = Backup recenti
backups-files = Archivi disponibili
backups-file = File
backups-size = Dimensione
backups-none = Nessun archivio ancora.
backups-download = Scarica l'archivio
job-title = Avanzamento
job-progress-label = Avanzamento
job-state-waiting = In attesa di iniziare.
job-state-running = In corso.
job-state-done = Completato.
job-state-failed = Non riuscito dopo tutti i tentativi: l'errore è stato registrato.
job-refresh = Aggiorna lo stato

## Magazine
level-locale = Locale
level-regionale = Regionale
level-nazionale = Nazionale
level-internazionale = Internazionale
article-state-draft = Bozza
article-state-in-review = In revisione
article-state-approved = Approvato
article-state-scheduled = Programmato
article-state-published = Pubblicato
article-state-archived = Archiviato
error-slug-invalid = L'indirizzo deve contenere almeno una lettera o una cifra.
error-transition-state = Questo passaggio non è possibile nello stato attuale dell'articolo.
error-transition-role = Il tuo ruolo non permette questo passaggio.
error-schedule-past = Scegli una data e un'ora future.
error-comment-required = Scrivi un commento per spiegare che cosa cambiare.
nav-desk = Redazione
home-latest-title = Le ultime storie
home-sections-title = Sezioni
articles-none = Nessun articolo per ora.
articles-level-filter = Filtra per livello
articles-all-levels = Tutti i livelli
article-not-translated = Questo articolo non è ancora tradotto nella tua lingua: lo mostriamo in italiano.
article-by = Di
article-published = Pubblicato il
article-updated = aggiornato il
article-reading-time = { $minutes } min di lettura
article-source = Fonte:
article-comuni = Comuni:
article-translations = Leggi in altre lingue
article-related = Storie collegate
comune-intro = Storie dal comune, che conta { $population } residenti (ISTAT, 1° gennaio 2021).
desk-title = Redazione: articoli
article-new-title = Nuovo articolo
article-create = Crea la bozza
article-state = Stato
article-when = Data
article-view-public = Vedi la pagina pubblica
field-slug = Indirizzo (slug)
field-slug-help = Lascia vuoto per ricavarlo dal titolo. Solo lettere minuscole, cifre e trattini.
field-standfirst = Sommario
field-section = Sezione
field-level = Livello
field-comuni = Comuni
field-comuni-help = Tieni premuto Ctrl (o Cmd) per sceglierne più di uno.
editor-title = Modifica articolo
editor-languages = Lingue dell'articolo
editor-missing = da tradurre
editor-their-version = La versione salvata da un'altra persona
editor-preview = Anteprima
workflow-title = Passaggi
workflow-comment = Commento per la redazione
workflow-when = Data e ora di pubblicazione (ora italiana)
workflow-submit = Invia in revisione
workflow-request-changes = Chiedi modifiche
workflow-approve = Approva
workflow-schedule = Programma
workflow-unschedule = Annulla la programmazione
workflow-publish = Pubblica ora
workflow-unpublish = Ritira dal sito
workflow-archive = Archivia
workflow-restore = Ripubblica
workflow-history = Storia dell'articolo
revisions-title = Revisioni
revisions-back = Torna all'editor
revisions-current = attuale
revisions-compare = Confronta
revisions-restore = Ripristina
revisions-diff = Differenze con la versione attuale
revisions-old = Revisione scelta
revisions-new = Versione attuale
revisions-removed = tolto
revisions-added = aggiunto
error-slug-taken = Un altro articolo usa già questo indirizzo.
error-edit-conflict = Qualcun altro ha salvato questo articolo mentre lo modificavi. Il tuo testo è ancora nel modulo; la versione salvata è qui sopra: confrontale e salva di nuovo.
error-schedule-invalid = Scrivi una data e un'ora valide per la pubblicazione.
feed-author = Redazione di AgorAL
dashboard-my-drafts = Le mie bozze
dashboard-in-review = In attesa di revisione
dashboard-scheduled = Programmati
dashboard-published = Pubblicati di recente
dashboard-empty = Niente qui.
pages-new-title = Nuova pagina
field-tags = Tag
field-tags-help = Separati da virgole, per esempio: lavoro, donne, Casale. I nuovi tag vengono creati.
error-tags-invalid = Al massimo 20 tag, ciascuno di 60 caratteri al più, con almeno una lettera.
article-tags = Tag:
tag-intro = Tutte le storie con questo tag.
home-levels-title = Dal territorio al mondo
