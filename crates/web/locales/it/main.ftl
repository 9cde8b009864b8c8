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
report-already-sent = Questa segnalazione è già stata inviata. Per segnalare un altro problema, scrivilo di nuovo qui sotto e invialo.
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
-text-too-short = Il testo è troppo corto: scrivi almeno { $min } caratteri.
error-too-short = Il testo è troppo corto.
error-too-short-2 = { -text-too-short(min: 2) }
error-too-short-3 = { -text-too-short(min: 3) }
error-too-short-5 = { -text-too-short(min: 5) }
error-too-short-20 = { -text-too-short(min: 20) }
error-too-short-30 = { -text-too-short(min: 30) }
error-control-characters = Il testo contiene caratteri non ammessi.
error-bidi-control = Il testo contiene caratteri che capovolgono la direzione della scrittura (come U+202E): toglili.
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
nav-media = Immagini
nav-author-profile = Profilo autore
nav-archive = Archivio
media-title = Libreria delle immagini
media-detail-title = Immagine
media-upload = Carica un'immagine
media-file = File
media-file-help = JPEG, PNG o WebP, al massimo { $megabytes } MB. I dati EXIF e la posizione GPS vengono rimossi; le versioni per schermi diversi si preparano in pochi secondi.
media-alt-it = Descrizione per chi non vede l'immagine (italiano)
media-alt-help = Obbligatoria prima che l'immagine compaia in un articolo pubblicato. Si può aggiungere anche dopo.
media-upload-button = Carica
media-library = Tutte le immagini
media-search = Cerca per nome, descrizione, didascalia o credito
media-search-button = Cerca
media-empty = Nessuna immagine trovata.
media-alt-missing = Manca la descrizione in italiano
media-choose = Usa questa immagine
media-choose-hint = Scegli un'immagine dalla libreria o caricane una nuova.
media-choose-cancel = Annulla
media-back = Torna alla libreria
media-dimensions = Dimensioni
media-variants = Versioni per schermi diversi
media-variants-pending = in preparazione
media-variants-ready = pronte
media-variants-failed = non riuscite: ricarica l'immagine
media-uploaded = Caricata il
media-used-in = Usata in
media-alt = Descrizione (testo alternativo)
media-alt-required = obbligatoria
media-caption = Didascalia
media-credit = Credito (autore o fonte)
media-licence = Licenza
media-credit-prefix = Foto:
media-error-type = Il file non è un'immagine JPEG, PNG o WebP (il tipo si riconosce dal contenuto, non dal nome).
media-error-pixels = L'immagine è troppo grande: al massimo 12.000 pixel per lato e 50 milioni di pixel in tutto.
media-error-damaged = L'immagine è danneggiata o incompleta: prova a esportarla di nuovo.
media-error-size = Il file supera il limite di { $megabytes } MB: riducilo o scegline un altro.
media-error-no-file = Scegli un file da caricare.
media-error-unknown = Questa immagine non è nella libreria.
media-error-alt-required = L'immagine in evidenza non ha ancora la descrizione in italiano: aggiungila nella libreria prima di pubblicare.
media-error-alt-required-published = Un articolo pubblicato mostra questa immagine: la descrizione in italiano non può restare vuota.
notice-media-uploaded = Immagine caricata.
licence-cc-by-4-0 = CC BY 4.0 (attribuzione)
licence-cc-by-sa-4-0 = CC BY-SA 4.0 (attribuzione, condividi allo stesso modo)
licence-cc-by-nc-4-0 = CC BY-NC 4.0 (attribuzione, non commerciale)
licence-cc0-1-0 = CC0 1.0 (nessun diritto riservato)
licence-pubblico-dominio = Pubblico dominio
licence-tutti-i-diritti-riservati = Tutti i diritti riservati (uso concesso)
field-authors = Firme
field-authors-help = Nell'ordine in cui compaiono sull'articolo.
field-author-place = Firma { $place }
error-authors-required = Serve almeno una firma, al massimo cinque.
error-authors-self = Non puoi togliere la tua firma: chiedi a un caporedattore.
featured-image = Immagine in evidenza
featured-edit-texts = Descrizione e didascalia
featured-remove = Togli l'immagine
featured-none = Nessuna immagine.
featured-choose = Scegli dalla libreria
share-title = Condividi
share-email = Email
share-whatsapp = WhatsApp
share-telegram = Telegram
share-facebook = Facebook
share-x = X
share-linkedin = LinkedIn
author-stories = Articoli
feed-atom = Feed Atom
feed-rss = Feed RSS
archive-title = Archivio
archive-empty = Nessun articolo pubblicato.
archive-count = { $count ->
    [one] un articolo
   *[other] { $count } articoli
}
month-1 = Gennaio
month-2 = Febbraio
month-3 = Marzo
month-4 = Aprile
month-5 = Maggio
month-6 = Giugno
month-7 = Luglio
month-8 = Agosto
month-9 = Settembre
month-10 = Ottobre
month-11 = Novembre
month-12 = Dicembre
author-profile-title = Il mio profilo autore
author-profile-intro = La foto e la biografia compaiono sulla tua pagina di autore, insieme ai tuoi articoli pubblicati.
author-profile-public = Vedi la pagina pubblica
author-photo = Foto
author-photo-remove = Togli la foto
author-photo-none = Nessuna foto.
author-bio = Biografia
nav-sections = Sezioni
nav-tags = Tag
sections-admin-title = Sezioni
sections-admin-intro = Le sezioni del magazine, nell'ordine in cui compaiono. Ogni nome si può tradurre; dove manca una traduzione si mostra il nome italiano.
sections-admin-new = Nuova sezione
tags-admin-title = Tag
tags-admin-intro = I tag nascono nell'editor degli articoli; qui se ne traducono i nomi. Dove manca una traduzione si mostra il nome italiano.
taxonomy-languages = Lingue
taxonomy-stories = Articoli
taxonomy-back = Torna all'elenco
field-description = Descrizione
field-position = Posizione
field-position-help = Le sezioni compaiono dalla posizione più bassa alla più alta.
error-section-taken = Esiste già una sezione con questo indirizzo.
error-position-invalid = Scrivi un numero da 0 a 1000.
notice-submission-kept = La sessione era scaduta, ma quello che avevi inviato è stato conservato: accedi di nuovo per completare.
kept-title = Testo conservato
kept-intro = Questo modulo è arrivato il { $when } dopo la fine della sessione. Controlla il testo e invialo di nuovo; resta qui per un giorno.
kept-send = Invia di nuovo
kept-discard = Scarta
dashboard-kept = Moduli conservati dopo una sessione scaduta
editor-autosave-found = C'è un testo salvato automaticamente il { $when }, più recente di quello salvato.
editor-autosave-restore = Mostralo nel modulo
editor-autosave-shown = Il modulo mostra il testo salvato automaticamente: controllalo e premi Salva per tenerlo.
editor-autosave-saved = Bozza salvata automaticamente alle %time%.
editor-autosave-failed = Salvataggio automatico non riuscito (sessione scaduta o rete assente): il testo resta in questo browser. Premi Salva quando puoi.
editor-autosave-local = Ripristina il testo non salvato rimasto in questo browser
editor-autosave-leave = Ci sono modifiche non salvate.
editor-toolbar = Formattazione
editor-tool-bold = Grassetto
editor-tool-italic = Corsivo
editor-tool-heading = Titoletto
editor-tool-link = Collegamento
editor-tool-list = Elenco
editor-tool-quote = Citazione
article-delete = Elimina
article-delete-title = Eliminare l'articolo?
article-delete-warning = L'articolo sparisce con tutte le sue traduzioni, le revisioni e i commenti. Una pubblicazione programmata viene annullata. L'operazione non si può annullare e resta nel registro.
article-delete-confirm = Elimina definitivamente
error-delete-published = Un articolo pubblicato va prima ritirato dal sito.
notice-article-deleted = Articolo eliminato.
editor-seo = Motori di ricerca e condivisione
field-seo-title = Titolo per i motori di ricerca
field-seo-title-help = Al massimo 70 caratteri. Vuoto: si usa il titolo.
field-seo-description = Descrizione per i motori di ricerca
field-seo-description-help = Al massimo 160 caratteri. Vuota: si usa il sommario.
nav-search = Cerca
search-title = Cerca
search-title-for = Risultati per «{ $query }»
search-label = Cosa cerchi?
search-button = Cerca
search-help = Anche più parole; tra virgolette una frase esatta, per esempio "corso serale".
search-intro = Cerca tra tutti gli articoli del magazine, nel testo oltre che nei titoli.
search-truncated = La ricerca era molto lunga: sono stati usati i primi 200 caratteri.
search-incomplete = L'indice di ricerca si sta costruendo: per qualche minuto alcuni risultati potrebbero mancare.
search-filters = Filtri:
search-remove-filter = Togli il filtro { $filter }
search-count = { $count ->
    [0] Nessun risultato
    [one] Un risultato
   *[other] { $count } risultati
}
search-none-title = Nessun articolo trovato
search-none-without-filters = Cerca senza filtri
search-none-spelling = Controlla come sono scritte le parole, oppure usane di meno o più generali.
search-none-archive = Sfoglia l'archivio per mese
search-edit = Apri nell'editor
search-refine = Affina la ricerca
search-facet-section = Sezione
search-facet-level = Livello
search-facet-comune = Comune
search-facet-tag = Tag
search-facet-lang = Lingua
search-facet-year = Anno
sections-admin-name-it = Nome in italiano

## Servizi: categorie, destinatari, canali
service-category-documenti = Documenti e permesso di soggiorno
service-category-asilo = Asilo e protezione
service-category-salute = Salute
service-category-psicosociale = Supporto psicosociale
service-category-legale = Assistenza legale
service-category-italiano = Corsi di italiano
service-category-scuola = Scuola e istruzione
service-category-lavoro = Lavoro e formazione
service-category-casa = Casa
service-category-minori = Minori stranieri non accompagnati
service-category-donne = Donne e antiviolenza
service-category-tratta = Antitratta
service-category-ricongiungimento = Ricongiungimento familiare
service-category-cittadinanza = Cittadinanza
service-category-emergenze = Emergenze
target-group-tutti = Tutte le persone
target-group-richiedenti-asilo = Richiedenti asilo
target-group-titolari-protezione = Titolari di protezione
target-group-msna = Minori stranieri non accompagnati
target-group-donne = Donne
target-group-famiglie = Famiglie
target-group-lavoratori = Lavoratori e lavoratrici
target-group-studenti = Studenti
target-group-vittime-tratta = Vittime di tratta
service-channel-di-persona = Di persona
service-channel-telefono = Al telefono
service-channel-online = Online
service-warning-outside-province = Il punto sulla mappa è fuori dalla provincia di Alessandria: controlla che latitudine e longitudine non siano scambiate.
error-service-no-category = Scegli almeno una categoria.
error-service-language-twice = Questa lingua ha già i suoi testi.
error-service-sensitive-address = Un luogo protetto (centro di accoglienza, casa rifugio) si pubblica senza indirizzo: togli l'indirizzo o il segno «luogo protetto».
error-service-sensitive-point = Un luogo protetto non compare sulla mappa: togli le coordinate o il segno «luogo protetto».
error-language-unknown = Una delle lingue indicate non è nell'elenco: scegli il codice dall'elenco (per esempio ar, ti, wo).
error-coordinates-invalid = Scrivi latitudine e longitudine in gradi, come 44.9129 e 8.6153.
error-phone-characters = Un numero di telefono contiene solo cifre, spazi e il segno + iniziale.
error-phone-too-short = Il numero di telefono è troppo corto.
error-phone-too-long = Il numero di telefono è troppo lungo.
error-phone-prefix = Un numero italiano inizia con 0 (fisso), 3 (cellulare), 8 (numero verde) o 1 (numeri brevi); per un numero estero scrivi il prefisso con +.
error-phone-too-many = Al massimo 5 numeri di telefono.

## Orari: errori
schedule-text-too-long = Il testo degli orari è troppo lungo.
schedule-text-control-character = Il testo contiene caratteri non ammessi.
schedule-text-unknown-day = Non è un giorno della settimana (lun, mar, mer, gio, ven, sab, dom) né una data (2026-12-25).
schedule-text-invalid-date = Non è una data valida: scrivila come 2026-12-25.
schedule-text-missing-hours = Dopo il giorno o la data mancano gli orari, per esempio 09:00-12:30, oppure «chiuso».
schedule-text-invalid-range = Non è una fascia oraria: scrivila come 09:00-12:30.
schedule-text-invalid-time = Non è un'ora valida: scrivila come 09:00.
schedule-text-note-on-weekday = Le note si scrivono solo per le date (chiusure, festivi), non per i giorni della settimana.
schedule-text-closed-day-has-hours = Il giorno è indicato come chiuso ma ha anche degli orari.
schedule-error-too-many-ranges = Troppe fasce orarie nella settimana.
schedule-error-too-many-exceptions = Troppe date con orari speciali.
schedule-error-too-many-exception-ranges = Troppe fasce orarie in una data.
schedule-error-opens-at-end-of-day = Una fascia non può aprire a 24:00.
schedule-error-zero-length = La fascia apre e chiude alla stessa ora.
schedule-error-inverted = La fascia chiude prima di aprire: se prosegue dopo mezzanotte, scrivi +1 dopo l'ora di chiusura (22:00-02:00+1).
schedule-error-longer-than-a-day = Una fascia non può durare più di un giorno.
schedule-error-overlap = Questa fascia si sovrappone a un'altra dello stesso giorno.
schedule-error-duplicate-exception = Questa data compare due volte.
schedule-error-exception-without-hours = La data non ha orari: scrivi le fasce oppure «chiuso».
schedule-error-invalid-note = La nota non è valida.

## Servizi: pagine pubbliche
nav-services = Servizi
services-title = Dove rivolgersi
services-intro = Uffici, sportelli, corsi e servizi per le persone straniere in provincia di Alessandria, con le lingue parlate e gli orari.
services-filters = Filtra i servizi
services-filter-category = Di cosa hai bisogno
services-filter-comune = Comune
services-filter-group = Per chi
services-filter-language = Lingua parlata
services-filter-any = Tutti
services-filter-free = Solo gratuiti
services-filter-no-appointment = Senza appuntamento
services-filter-open-now = Aperti ora
services-filter-submit = Cerca servizi
services-filter-reset = Togli i filtri
services-filter-ignored = Un filtro dell'indirizzo non è valido ed è stato ignorato.
services-count = { $count ->
    [0] Nessun servizio
    [one] Un servizio
   *[other] { $count } servizi
}
services-none = Nessun servizio corrisponde ai filtri scelti: prova a toglierne qualcuno.
services-example = Esempio
services-example-note = Scheda di esempio: non descrive un ufficio reale.
services-languages = Lingue parlate
services-hours-none = Orari non indicati
services-free = Gratuito
services-not-free = A pagamento
services-appointment = Su appuntamento
services-no-appointment = Senza appuntamento
services-open-now = Aperto ora
services-closes-at = chiude alle { $time }
services-closed-now = Chiuso ora
services-opens-at = apre il { $when }
services-back = Tutti i servizi
services-not-translated = Questa scheda non è ancora tradotta nella tua lingua: è mostrata in italiano.
services-summary = In breve
services-categories = Di cosa si occupa
services-for-whom = Per chi
services-channels = Come contattarlo
services-cost-label = Costo
services-appointment-label = Appuntamento
services-description = Descrizione
services-who-for = A chi si rivolge
services-how-to-access = Come accedere
services-what-to-bring = Cosa portare
services-what-you-get = Cosa si ottiene
services-deadlines = Tempi e scadenze
services-conditions = Condizioni
services-cost = Quanto costa
services-where = Dove
services-address-protected = L'indirizzo non è pubblicato perché il luogo è protetto: contatta il servizio per sapere come arrivare.
services-contacts = Contatti
services-phone = Telefono
services-email = Email
services-website = Sito web
services-hours = Orari
services-hours-closed = Chiuso
services-hours-special = Date con orari speciali
services-verified = Informazioni verificate il { $date }
services-not-verified = Informazioni non ancora verificate
weekday-mo = Lunedì
weekday-tu = Martedì
weekday-we = Mercoledì
weekday-th = Giovedì
weekday-fr = Venerdì
weekday-sa = Sabato
weekday-su = Domenica

## Servizi: redazione
services-desk-title = Servizi
services-desk-empty = Nessun servizio ancora: aggiungi il primo.
services-desk-verified = Verificato
services-desk-never = mai
services-desk-public = Vedi la scheda pubblica
services-new-title = Nuovo servizio
services-edit-title = Modifica il servizio
services-field-name = Nome del servizio
services-field-sensitive = Luogo protetto (centro di accoglienza, casa rifugio)
services-field-sensitive-short = Protetto
services-field-sensitive-help = Un luogo protetto si pubblica senza indirizzo e non compare sulla mappa.
services-field-address = Indirizzo
services-field-lat = Latitudine
services-field-lon = Longitudine
services-field-organisation = Ente che gestisce il servizio
services-field-phones = Telefoni
services-field-phones-help = Uno per riga, come si scrivono: 0131 123456, +39 348 1234567, 1522.
services-field-hours-help = Una riga per giorno o data: «lun 09:00-12:30, 14:00-17:00», «ven 22:00-02:00+1» se si chiude dopo mezzanotte, «2026-12-25 chiuso [festivita]». Tra parentesi quadre, il motivo di una data: festivita, chiusura, estate, formazione, sciopero, elezioni, campagna-rinnovi. Vuoto: orari non indicati.
services-hours-line = Riga
services-texts-in = Testi in { $language }
services-duplicate = Esiste già un servizio con lo stesso nome allo stesso indirizzo nello stesso comune: non è stato salvato nulla.
services-duplicate-open = Apri il servizio esistente
services-confirm-outside = Le coordinate sono giuste: salva comunque
services-verify = Confermo che le informazioni sono ancora corrette
notice-service-verified = Verifica registrata.
services-download = Tutto l'elenco come dati aperti (CC BY 4.0):
services-back-to-first = Questa pagina dell'elenco è vuota: torna alla prima.

field-trusted = Fonte affidabile
field-trusted-help = Le modifiche dei suoi collaboratori ai servizi sono pubblicate senza l'approvazione della redazione.

## Institutional feeds of an organisation
feeds-title = Feed RSS e Atom
feeds-intro = I comunicati pubblicati in questi feed arrivano da soli nella coda dei contributi della redazione. Ogni feed è controllato all'intervallo indicato; dopo un errore i controlli si diradano fino a uno al giorno.
feeds-none = Nessun feed per questa organizzazione.
feeds-address = Indirizzo del feed
feeds-address-help = Un indirizzo http:// o https:// di un feed RSS o Atom, senza nome utente né password.
feeds-last-status = Ultimo esito
feeds-last-check = Ultimo controllo
feeds-last-success = Ultimo controllo riuscito
feeds-items-received = Comunicati ricevuti
feeds-next-check = Prossimo controllo
feeds-private-badge = indirizzi interni consentiti
feeds-detail = Dettaglio tecnico:
feeds-failures = { $count } controlli falliti di seguito.
feeds-interval = Intervallo (minuti, da 5 a 10080)
feeds-allow-private = Consenti indirizzi interni (rete privata, questa macchina)
feeds-allow-private-help = Solo per un server di feed dentro la rete dell'ente: senza questa scelta il sistema rifiuta di collegarsi a indirizzi privati, locali o riservati, anche quando ci si arriva con un rinvio.
feeds-check-now = Controlla ora
feeds-remove = Rimuovi
feeds-add = Aggiungi un feed
feeds-back = Torna alla scheda dell'organizzazione
feed-status-never = Non ancora controllato.
feed-status-ok = Letto correttamente.
feed-status-too-many-items = Letto correttamente, ma il feed elenca { $detail } comunicati: sono stati presi solo i 100 più recenti, gli altri sono stati ignorati.
feed-status-not-modified = Nessuna novità dall'ultimo controllo (il server ha risposto «non modificato»).
feed-status-http-error = Il server ha risposto con un errore: l'indirizzo potrebbe essere cambiato o il sito non funzionare.
feed-status-too-large = Il feed è troppo grande: la lettura è stata interrotta al limite consentito e nulla è stato ricevuto.
feed-status-timeout = Il server non ha risposto in tempo: nulla è stato ricevuto, si riproverà più tardi.
feed-status-connection-failed = Impossibile raggiungere il server (nome sconosciuto, connessione rifiutata o certificato non valido).
feed-status-blocked-address = Collegamento bloccato: l'indirizzo, o un rinvio del server, porta a un indirizzo interno (rete privata o questa macchina). Un amministratore può consentirlo solo per un server interno dell'ente.
feed-status-bad-redirect = Il server rinvia a un indirizzo non valido o che non è http/https: il rinvio non è stato seguito.
feed-status-too-many-redirects = Il server rinvia da un indirizzo all'altro troppe volte: il feed non è stato letto.
feed-status-invalid-xml = Il contenuto non è XML valido: nulla è stato ricevuto e lo stato precedente del feed è stato mantenuto.
feed-status-not-a-feed = L'indirizzo restituisce una pagina web o un altro documento, non un feed RSS o Atom.
feed-status-receive-failed = Il feed è stato letto ma i comunicati non sono stati registrati per un errore interno: si riproverà al prossimo controllo.
feed-error-url-too-long = L'indirizzo è troppo lungo (al massimo 2000 caratteri).
feed-error-url-invalid = Scrivi un indirizzo completo, per esempio https://www.ente.it/feed.xml.
feed-error-url-scheme = Sono accettati solo indirizzi http:// e https:// (non file://, ftp:// o altri).
feed-error-url-credentials = L'indirizzo non deve contenere nome utente o password.
feed-error-url-private = L'indirizzo porta a una rete privata o a questa macchina: è accettato solo se un amministratore consente gli indirizzi interni.
feed-error-interval = L'intervallo va da 5 minuti a 10080 (una settimana).
feed-error-duplicate = Questa organizzazione ha già questo feed.
feed-error-needs-private = L'indirizzo di questo feed è interno: non si può togliere il permesso senza cambiare indirizzo.
notice-service-change-sent = Modifica inviata: la redazione la controllerà prima di pubblicarla.
notice-service-change-approved = Modifica approvata e pubblicata.
notice-service-change-rejected = Modifica respinta: il collaboratore riceverà il motivo per email.
notice-service-change-gone = Questa modifica era già stata decisa.
services-no-organisation = Il tuo account non è collegato a nessuna organizzazione, quindi non puoi aggiornare servizi. Chiedi a un amministratore di collegarlo.
services-desk-provider = Servizi di { $organisation }.
services-desk-trusted = Le tue modifiche sono pubblicate subito.
services-desk-moderated = Le tue modifiche sono pubblicate dopo il controllo della redazione.
services-changes-waiting = Modifiche da approvare: { $count }
services-change-pending = In attesa di approvazione
services-change-approved = Approvata
services-change-rejected = Respinta
services-my-changes = Le tue modifiche
services-change-sent = Inviata il
services-change-status = Stato
services-change-new = nuovo servizio
services-editing-pending = Stai modificando la tua proposta in attesa di approvazione: inviandola di nuovo la sostituisci.
services-moderated-help = Le modifiche che invii saranno pubblicate dopo il controllo della redazione.
services-change-waiting-here = Un collaboratore ha proposto una modifica a questo servizio.
services-change-open = Vedi la modifica
services-send-change = Invia alla redazione
services-changes-title = Modifiche proposte ai servizi
services-changes-none = Nessuna modifica in attesa.
services-change-by = Proposta da
services-change-title = Modifica proposta
services-change-reason = Motivo del rifiuto
services-change-reason-help = Il collaboratore lo riceverà per email.
services-change-record = Apri la scheda attuale
services-change-new-help = È la proposta di un nuovo servizio.
services-change-invalid = La proposta non può essere salvata così com'è:
services-change-diff = Che cosa cambia
services-change-no-difference = La proposta è uguale alla scheda attuale.
services-change-field = Campo
services-change-before = Ora
services-change-after = Proposto
services-change-removed = tolto
services-change-added = aggiunto
services-change-approve = Approva e pubblica
services-change-reject = Respingi
mail-change-approved-subject = Modifica pubblicata: { $service }
mail-change-approved-body =
    Ciao { $name },

    la redazione ha approvato la tua modifica a «{ $service }», che ora è pubblicata.

    I tuoi servizi: { $link }
mail-change-rejected-subject = Modifica non pubblicata: { $service }
mail-change-rejected-body =
    Ciao { $name },

    la redazione non ha pubblicato la tua modifica a «{ $service }», per questo motivo:

    { $reason }

    Puoi correggerla e inviarla di nuovo: { $link }

services-stale-badge = Da verificare
services-stale-note = Queste informazioni non sono state confermate di recente e potrebbero non essere aggiornate: prima di andare, telefona o controlla il sito del servizio.
services-confirm-title = Conferma della scheda
services-confirm-intro = Controlla i dati principali del servizio. Se sono ancora corretti, premi il pulsante: la scheda risulterà verificata oggi.
services-confirm-button = Sì, le informazioni sono ancora corrette
services-confirm-change = Qualcosa è cambiato?
services-confirm-edit = Correggi la scheda
services-confirm-done = Grazie: la scheda risulta verificata oggi.
services-confirm-invalid = Questo collegamento non è valido o è scaduto (vale 30 giorni e una sola volta). Puoi sempre confermare o correggere la scheda dall'area riservata.
services-confirm-login = Accedi all'area riservata
mail-stale-subject = È ancora tutto corretto? { $service }
mail-stale-body =
    Ciao { $name },

    la scheda «{ $service }» nella guida ai servizi non è stata confermata dal { $date }. Chi la legge deve poter contare su orari e recapiti aggiornati.

    Se è ancora tutto corretto, apri questo collegamento e premi il pulsante (vale 30 giorni):
    { $confirm }

    Se qualcosa è cambiato, correggi la scheda:
    { $edit }

editor-body-help = Testo in Markdown. Per inserire la scheda di un servizio («dove rivolgersi») scrivi su una riga da sola [[servizio 12]], con il numero che trovi nell'indirizzo della scheda.
error-service-card-missing = Il testo cita un servizio che non esiste: controlla i numeri in [[servizio …]].
services-card-label = Dove rivolgersi
services-card-more = Orari, documenti e contatti

map-attribution = Confini dei comuni: ISTAT, openpolis (CC BY 4.0)
services-see-map = Vedi sulla mappa
services-map-title = Mappa dei servizi
services-map-intro = I servizi sulla mappa della provincia di Alessandria. Sotto la mappa trovi gli stessi servizi elencati per comune.
services-map-to-list = Cambia i filtri nell'elenco
services-map-desc = Mappa della provincia di Alessandria con { $count } servizi. Un cerchio pieno segna l'indirizzo di un servizio, un cerchio vuoto solo il suo comune, un numero più servizi vicini. Gli stessi servizi sono elencati per comune sotto la mappa.
services-map-group = { $count } servizi
services-map-group-comune = { $comune }: { $count } servizi
services-map-legend-exact = indirizzo del servizio
services-map-legend-comune = solo il comune
services-map-legend-group = più servizi vicini
services-map-hidden = { $count ->
        [one] Un luogo protetto (centro di accoglienza, casa rifugio) non è mostrato sulla mappa: lo trovi nell'elenco.
       *[other] { $count } luoghi protetti (centri di accoglienza, case rifugio) non sono mostrati sulla mappa: li trovi nell'elenco.
    }
services-map-by-comune = Servizi per comune
services-map-comune-only = indirizzo non sulla mappa
services-map-small-title = Posizione: { $comune }
services-map-small-exact = Mappa della provincia di Alessandria con il comune del servizio evidenziato e un cerchio all'indirizzo del servizio.
services-map-small-comune = Mappa della provincia di Alessandria con il comune del servizio evidenziato.
services-map-small-protected = Mappa della provincia di Alessandria con il comune evidenziato; l'indirizzo di un luogo protetto non è mostrato.

schedule-note-festivita = festività
schedule-note-chiusura = chiusura straordinaria
schedule-note-estate = orario estivo
schedule-note-formazione = formazione del personale
schedule-note-sciopero = sciopero
schedule-note-elezioni = elezioni
schedule-note-campagna-rinnovi = apertura straordinaria per i rinnovi
service-warning-other-comune = Il punto sulla mappa è nel comune di { $found }, non in quello del servizio ({ $comune }): controlla le coordinate o il comune.
services-desk-stale-only = Solo le schede da verificare

services-accessibility = Accessibilità del luogo
service-accessibility-senza-gradini = Ingresso senza gradini
service-accessibility-ascensore = Ascensore
service-accessibility-bagno-accessibile = Bagno accessibile
service-accessibility-parcheggio-riservato = Parcheggio riservato a persone con disabilità
service-accessibility-anello-magnetico = Anello magnetico per apparecchi acustici
service-accessibility-interprete-lis = Interprete LIS su richiesta
service-accessibility-percorso-tattile = Percorso tattile per persone cieche
services-field-province-wide = Serve tutta la provincia
services-field-areas = Altri comuni serviti
services-field-areas-help = Oltre al comune della sede. Tieni premuto Ctrl (o Cmd) per sceglierne più di uno.
services-field-contact-name = Referente
services-field-contact-title = Ruolo del referente
services-serves-province = Serve tutta la provincia di Alessandria.
services-serves-also = Serve anche:
services-contact-person = Referente

services-search-label = Cerca nei servizi
services-search-help = Per esempio: permesso di soggiorno, corso di italiano, dentista. Si cerca in tutte le lingue.
services-taxonomy-description = Le categorie della guida ai servizi per persone migranti della provincia di Alessandria.
search-services-title = Servizi che corrispondono
search-services-all = { $count ->
        [one] Il servizio nella guida ai servizi
       *[other] Tutti i { $count } servizi nella guida ai servizi
    }

## Osservatorio
observatory-title = Osservatorio sull'immigrazione
observatory-intro = I dati sull'immigrazione in provincia di Alessandria, aggiornati e aperti: cifre chiave, grafici, mappe e dataset da scaricare e riutilizzare.
observatory-key-figures = Cifre chiave
observatory-trend = { $change } rispetto al periodo precedente
observatory-source = Fonte
observatory-see-chart = Vedi il grafico
observatory-see-data = Vedi i dati
observatory-show-table = Mostra i dati in tabella
observatory-all-datasets = Tutti i dataset ({ $n })
observatory-catalogue = Catalogo open data (DCAT-AP_IT)
observatory-catalogue-title = Catalogo dei dati dell'Osservatorio sull'immigrazione della provincia di Alessandria
observatory-catalogue-description = Dataset aperti sull'immigrazione in provincia di Alessandria: residenti stranieri, permessi di soggiorno, accoglienza, popolazione dei comuni.
observatory-publisher-name = Osservatorio Interistituzionale sull'immigrazione della provincia di Alessandria
observatory-datasets-title = Dataset
observatory-all-themes = Tutti i temi
observatory-no-datasets = Nessun dataset pubblicato.
observatory-rows-count = { $n } righe
observatory-rows = righe
observatory-modified = Aggiornato il
observatory-issued = Pubblicato il
observatory-province = Provincia di Alessandria
observatory-download-csv = Scarica i dati (CSV)
observatory-download-json = Scarica i dati (JSON)
observatory-sample = Prime righe
observatory-sample-caption = Le prime { $n } righe della versione corrente
observatory-versions = Versioni
observatory-version = Versione
observatory-version-n = Versione { $n }
observatory-current = corrente
observatory-rows-added = { $n } righe aggiunte
observatory-rows-removed = { $n } righe tolte
observatory-column-added = colonna aggiunta: { $column }
observatory-column-removed = colonna tolta: { $column }
observatory-no-changes = Nessuna differenza dalla versione precedente
observatory-charts-title = Grafici
observatory-embed = Incorpora il grafico
observatory-embed-help = Codice da copiare in un'altra pagina web
observatory-shortcode-help = Codice da scrivere in un articolo della rivista
observatory-admin-title = Osservatorio: dati e grafici
observatory-no-charts = Nessun grafico.
observatory-not-published = non pubblicato
observatory-published = Pubblicato
observatory-dataset-new = Nuovo dataset
observatory-dataset-edit = Modifica il dataset
observatory-metadata = Descrizione (DCAT-AP_IT)
observatory-field-title = Titolo
observatory-field-description = Descrizione
observatory-field-keywords = Parole chiave, separate da virgole
observatory-field-slug = Indirizzo (lasciato vuoto, si ricava dal titolo)
observatory-field-publisher = Editore
observatory-field-rights-holder = Titolare dei dati
observatory-same-as-publisher = Lo stesso editore
observatory-field-themes = Temi
observatory-field-licence = Licenza
observatory-field-frequency = Frequenza di aggiornamento
observatory-field-temporal = Periodo coperto
observatory-field-from = Dal
observatory-field-to = Al
observatory-field-spatial = Territorio (codici ISTAT)
observatory-field-spatial-help = 006 per l'intera provincia, oppure i codici dei comuni separati da spazi (per esempio 006003 006039).
observatory-field-contact-name = Punto di contatto
observatory-field-contact-email = Email del punto di contatto
observatory-field-source = Fonte (indirizzo web)
observatory-field-attribution = Attribuzione da citare
observatory-field-published = Pubblicato sul sito e nel catalogo
observatory-slug-taken = Un altro dataset o grafico usa già questo indirizzo.
observatory-public-page = Pagina pubblica
observatory-upload-title = Carica una nuova versione
observatory-upload-help = File CSV (separato da virgole, punti e virgola o tabulazioni, UTF-8 o Latin-1) o XLSX, fino a { $mb } MB. Prima dell'importazione vedrai un'anteprima da correggere.
observatory-upload-file = File
observatory-upload-submit = Carica e vedi l'anteprima
observatory-upload-refused = File non caricato
observatory-upload-nothing-written = Non è stato salvato nulla: la versione attuale del dataset resta quella di prima.
observatory-pending-uploads = File caricati e non ancora importati
observatory-pending-open = apri l'anteprima per importarlo o scartarlo
observatory-back-to-dataset = Torna al dataset
observatory-preview-title = Anteprima dell'importazione
observatory-sheet = Foglio
observatory-read-settings = Come leggere il file
observatory-delimiter = Separatore
observatory-delimiter-comma = Virgola
observatory-delimiter-semicolon = Punto e virgola
observatory-delimiter-tab = Tabulazione
observatory-encoding = Codifica
observatory-decimal = Separatore dei decimali
observatory-decimal-comma = Virgola (1.234,5)
observatory-decimal-point = Punto (1,234.5)
observatory-header-row = Righe prima dell'intestazione
observatory-preview-rows = Le prime { $n } righe lette così. Controlla il tipo di ogni colonna.
observatory-column-type = Tipo della colonna
observatory-version-note = Che cosa cambia in questa versione (facoltativo)
observatory-preview-again = Aggiorna l'anteprima
observatory-import = Importa
observatory-discard = Annulla e cancella il file
observatory-rows-so-far = { $n } righe importate
observatory-import-done = Importazione completata: { $n } righe. Questa è ora la versione corrente.
observatory-import-failed = Importazione non riuscita: non è stato salvato nulla di questa versione.
observatory-previous-kept = La versione precedente resta quella pubblicata.
observatory-compared-with = Rispetto alla versione { $n }
observatory-columns = Colonne
observatory-status-importing = in importazione
observatory-status-ready = pronta
observatory-status-failed = non riuscita
observatory-chart-new = Nuovo grafico
observatory-chart-edit = Modifica il grafico
observatory-chart-dataset = Dataset
observatory-chart-kind = Tipo di grafico
observatory-chart-choose-dataset = Scegli il dataset e poi le sue colonne.
observatory-chart-columns = Mostra le colonne
observatory-chart-category = Categorie (asse orizzontale, etichette o comuni)
observatory-chart-values = Valori da rappresentare
observatory-chart-series = Dividi in serie secondo la colonna
observatory-chart-filters = Filtri
observatory-chart-filters-help = Una riga per filtro: COLONNA=valore, più valori separati da |. Per esempio REF_AREA=ITC18
observatory-chart-dashboard = Posizione nel cruscotto della provincia
observatory-chart-dashboard-help = Da 1 a 99; vuoto se il grafico non va nel cruscotto.
observatory-chart-preview = Anteprima
observatory-chart-categories = { $n } categorie
chart-kind-line = Linee
chart-kind-bar = Barre affiancate
chart-kind-stacked-bar = Barre sovrapposte
chart-kind-ranking = Classifica (barre orizzontali)
chart-kind-table = Tabella
chart-kind-map = Mappa dei comuni
chart-no-data = dato non disponibile
chart-error-filter = Scrivi i filtri come COLONNA=valore, uno per riga (al massimo 20).
chart-error-position = Scrivi un numero da 1 a 99.
chart-map-needs-code = La mappa ha bisogno di una colonna di codici ISTAT dei comuni come categorie.
chart-spec-unknown-column = Il dataset non ha questa colonna.
chart-spec-not-numeric = Questa colonna non contiene numeri: scegli una colonna numerica per i valori.
chart-spec-no-values = Scegli almeno una colonna di valori.
chart-spec-series-many-values = Per dividere in serie scegli una sola colonna di valori.
chart-spec-too-many-series = Troppe serie (più di 12): aggiungi un filtro.
chart-spec-too-many-categories = Troppe categorie: aggiungi un filtro.
chart-spec-no-rows = Nessuna riga corrisponde ai filtri.
import-at-line = riga { $line }
import-at-column = colonna «{ $column }»
import-at-value = valore «{ $value }»
import-error-file-missing = Il file caricato non c'è più: caricalo di nuovo.
import-error-header-row = Scrivi un numero di righe da 0 a 50.
import-error-no-file = Scegli un file da caricare.
import-error-sample = Le prime righe non si leggono con i tipi scelti: correggi il tipo della colonna.
import-error-storage = Il file non si è potuto salvare sul server. Riprova più tardi.
import-error-too-large = Il file è più grande del massimo consentito ({ $size }): riducilo (per esempio dividendolo in più file) e caricalo di nuovo.
import-error-quota = Puoi tenere al massimo { $files } file caricati e non ancora importati, { $size } in tutto: ne hai { $count } ({ $used }). Importali o scartali dalla loro anteprima, elencata qui sotto, poi carica di nuovo questo file.
table-error-no-rows = Il file non contiene righe di dati.
error-date-invalid = Scrivi una data valida (AAAA-MM-GG).
error-date-order = La data finale deve venire dopo quella iniziale.

nav-observatory = Osservatorio

error-chart-missing = Il testo cita un grafico che non esiste o non è pubblicato: controlla gli indirizzi in [[grafico …]].

## Open data vocabularies (EU themes, frequencies, licences)
dcat-theme-agri = Agricoltura, pesca, silvicoltura e prodotti alimentari
dcat-theme-econ = Economia e finanze
dcat-theme-educ = Istruzione, cultura e sport
dcat-theme-ener = Energia
dcat-theme-envi = Ambiente
dcat-theme-gove = Governo e settore pubblico
dcat-theme-heal = Salute
dcat-theme-intr = Tematiche internazionali
dcat-theme-just = Giustizia, sistema giuridico e sicurezza pubblica
dcat-theme-regi = Regioni e città
dcat-theme-soci = Popolazione e società
dcat-theme-tech = Scienza e tecnologia
dcat-theme-tran = Trasporti
dcat-frequency-triennial = Triennale
dcat-frequency-biennial = Biennale
dcat-frequency-annual = Annuale
dcat-frequency-annual-2 = Semestrale
dcat-frequency-annual-3 = Tre volte all'anno
dcat-frequency-quarterly = Trimestrale
dcat-frequency-bimonthly = Bimestrale
dcat-frequency-monthly = Mensile
dcat-frequency-monthly-2 = Bimensile
dcat-frequency-monthly-3 = Tre volte al mese
dcat-frequency-biweekly = Quindicinale
dcat-frequency-weekly = Settimanale
dcat-frequency-daily = Quotidiano
dcat-frequency-update-cont = In continuo aggiornamento
dcat-frequency-cont = Continuo
dcat-frequency-irreg = Irregolare
dcat-frequency-unknown = Sconosciuto
dcat-frequency-other = Altro
dcat-frequency-never = Mai
dcat-licence-cc-by-4-0 = Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)
dcat-licence-cc-by-3-0-it = Creative Commons Attribuzione 3.0 Italia (CC BY 3.0 IT)
dcat-licence-cc-by-sa-4-0 = Creative Commons Attribuzione - Condividi allo stesso modo 4.0 Internazionale (CC BY-SA 4.0)
dcat-licence-cc0-1-0 = Creative Commons CC0 1.0 Universale - Dedicazione al pubblico dominio (CC0 1.0)
dcat-licence-odbl-1-0 = Open Data Commons Open Database License 1.0 (ODbL)
dcat-licence-odc-by-1-0 = Open Data Commons Attribution License 1.0 (ODC-By)
dcat-licence-iodl-2-0 = Italian Open Data License 2.0 (IODL 2.0)

search-data-title = Dati dell'Osservatorio
search-data-dataset = dataset
search-data-chart = grafico
search-data-report = rapporto

chart-error-no-data = Il grafico non ha valori da mostrare.
chart-error-too-many-series = Troppe serie: al massimo 12.
chart-error-too-many-points = Troppi valori: al massimo 100.000.
chart-error-too-many-categories = Troppe categorie per un grafico a colonne: al massimo 300. Scegli la classifica o aggiungi un filtro.
chart-error-series-length = Ogni serie deve avere un valore per ogni categoria.
chart-error-ranking-series = Una classifica mostra una sola serie.
chart-desc-many-points = Ogni linea ha { $points } punti: i singoli valori sono nella tabella dei dati.

table-error-empty = Il file è vuoto.
table-error-html = Il file è una pagina web, non una tabella. Scarica di nuovo il file CSV o XLSX.
table-error-binary = Il file non è un testo CSV. Per un foglio Excel usa il formato XLSX.
table-error-utf16 = Il file è in UTF-16: salvalo come CSV UTF-8.
table-error-encoding = Il file contiene caratteri non validi per la codifica scelta: prova Windows-1252 (Latin-1).
table-error-no-header = Non trovo la riga di intestazione con i nomi delle colonne.
table-error-too-many-columns = La tabella ha più di 500 colonne.
table-error-duplicate-column = Due colonne hanno lo stesso nome.
table-error-cell-too-long = La cella supera i 10.000 caratteri.
table-error-settings = Le impostazioni di lettura non sono valide. Ricarica l'anteprima.
table-error-not-xlsx = Il file non è una cartella di lavoro XLSX valida.
table-error-xlsx-too-large = La cartella di lavoro è troppo grande una volta decompressa.
table-error-no-such-sheet = Il foglio scelto non esiste.
table-error-xlsx-read = Non riesco a leggere il foglio di lavoro.
table-error-ragged = Il numero di celle della riga non corrisponde all'intestazione.
table-error-header-mismatch = L'intestazione non ha il numero di colonne atteso.
table-error-unclosed-quote = Una virgoletta aperta non viene mai chiusa.
table-error-read = Errore nella lettura del file.
table-error-not-number = Il valore non è un numero.
table-error-not-integer = Il valore non è un numero intero.
table-error-not-year = Il valore non è un anno di quattro cifre.
table-error-not-date = Il valore non è una data valida (AAAA-MM-GG o GG/MM/AAAA).
table-error-not-istat-code = Il valore non è un codice ISTAT di sei cifre.
table-note-windows-1252 = Il file non è in UTF-8: è stato letto come Windows-1252 (Latin-1).
table-note-partial = L'anteprima si basa sulla prima parte del file.
table-note-title-skipped = Le righe di titolo sopra l'intestazione sono state saltate.
table-note-footer-skipped = Le note in fondo alla tabella (fonte, note) sono state saltate.
table-note-ragged-rows = Alcune righe hanno un numero di celle diverso dall'intestazione.
table-note-columns-named = Le colonne senza nome sono state chiamate colonna_N.
table-note-empty-columns-dropped = Le colonne finali vuote e senza nome sono state tolte.
table-note-no-data = Il file ha l'intestazione ma nessuna riga di dati.
table-type-integer = Numero intero
table-type-decimal = Numero decimale
table-type-year = Anno
table-type-date = Data
table-type-istat-code = Codice ISTAT
table-type-text = Testo

observatory-row-problems = Queste righe non si leggono con le impostazioni scelte: correggi il tipo della colonna o il file prima di importare.

table-error-unknown-comune = Nessun comune della provincia ha questo codice ISTAT.

## Osservatorio: rapporti
report-list-title = Rapporti
report-admin-title = Osservatorio: rapporti
report-none = Nessun rapporto.
report-new = Nuovo rapporto
report-edit = Modifica il rapporto
report-field-abstract = Sintesi
report-field-authors = Autori
report-field-date = Data di pubblicazione
report-field-datasets = Dataset usati nel rapporto
report-field-published = Pubblicato sul sito
report-field-file = File PDF
report-field-replace-file = Sostituisci il file PDF (facoltativo)
report-field-file-help = Un file PDF, fino a { $mb } MB. Se il modulo ha errori, il file va scelto di nuovo.
report-current-file = File attuale
report-pages = { $n ->
        [one] { $n } pagina
       *[other] { $n } pagine
    }
report-no-text = Dal PDF non si è potuto leggere alcun testo (una scansione, un file protetto o danneggiato): la ricerca del sito troverà il rapporto solo per titolo e sintesi.
notice-report-no-text = Rapporto salvato, ma dal PDF non si è potuto leggere alcun testo: la ricerca del sito lo troverà solo per titolo e sintesi.
report-download = Scarica il rapporto (PDF)
report-datasets-title = Dati usati nel rapporto
report-slug-taken = Un altro rapporto usa già questo indirizzo.
report-error-not-pdf = Il file non è un PDF: carica il rapporto in formato PDF.
report-error-damaged = Il file sembra un PDF ma non si riesce ad aprirlo. Esportalo di nuovo in PDF e riprova.
report-error-too-large = Il file è più grande del massimo consentito.
report-error-no-file = Scegli il file PDF del rapporto.

observatory-share = { $percent } % della popolazione residente ({ $period })
observatory-chart-share = Quota su un totale (facoltativo)
observatory-chart-share-help = Per mostrare nel cruscotto il valore come quota, per esempio gli stranieri sulla popolazione: il dataset del totale, la sua colonna da sommare e la categoria di questo grafico a cui il totale si riferisce (lo stesso anno).
observatory-chart-share-dataset = Dataset del totale
observatory-chart-share-value = Colonna da sommare
observatory-chart-share-category = Categoria (anno)
chart-error-share-incomplete = Per la quota servono il dataset, la colonna e la categoria.
chart-error-share-category = Il grafico non ha un valore per questa categoria.
chart-error-share-dataset = Il dataset del totale non è pubblicato o non ha dati.
chart-error-share-column = Quella colonna del dataset del totale non contiene numeri (o somma a zero).

## Intake queue: codes
intake-channel-partner = Account partner
intake-channel-feed = Feed istituzionale
intake-channel-mail = Casella di posta
intake-channel-public = Modulo pubblico
intake-kind-comunicato = Comunicato stampa
intake-kind-buona_pratica = Buona pratica
intake-status-to_verify = Da verificare
intake-status-new = Nuovo
intake-status-taken = In lavorazione
intake-status-published = Pubblicato
intake-status-accepted = Accettata
intake-status-rejected = Respinto
intake-status-duplicate = Doppione
intake-status-withdrawn = Ritirato
intake-attachment-empty = il file è vuoto
intake-attachment-too-large = il file supera la dimensione massima
intake-attachment-too-many = troppi allegati: se ne conservano al massimo 20
intake-attachment-not-allowed = tipo di file non ammesso (sono ammessi PDF, immagini JPEG, PNG e WebP, documenti Word, Excel, PowerPoint, OpenDocument, RTF e testo)
intake-attachment-mismatch = il contenuto del file non corrisponde al nome (per esempio un .pdf che non è un PDF)
intake-attachment-damaged = il file sembra un PDF ma non si apre (forse è incompleto o danneggiato): esportalo di nuovo in PDF e allegalo
intake-error-too-many-comuni = Indica al massimo 20 comuni: per tutta la provincia non indicarne nessuno.
intake-error-embargo-past = L'embargo è già passato: lascia il campo vuoto per pubblicare subito o scegli una data futura.
intake-error-embargo-far = L'embargo può durare al massimo un anno.
intake-error-period = Scrivi il mese come AAAA-MM (per esempio 2025-09).
intake-error-period-order = La fine viene prima dell'inizio.
intake-error-targets = Scegli almeno un destinatario.
intake-error-privacy = Per inviare la segnalazione devi dichiarare di aver letto l'informativa sulla privacy.
error-datetime-invalid = Scrivi data e ora come GG/MM/AAAA OO:MM.
organisation-contact-error-reach = Indica almeno un'email o un telefono.
organisation-sender-error-invalid = Scrivi un indirizzo email (stampa@prefettura.it) o un dominio (prefettura.it).
mail-intake-new-subject = [AgorAL] { $kind }: { $title }
mail-intake-to-verify-subject = [AgorAL] Da verificare — { $kind }: { $title }
mail-intake-new-body =
    È arrivato un nuovo elemento nella coda della redazione.

    { $kind } — { $channel }
    { $title }

    Aprilo qui: { $link }
mail-intake-digest-subject = [AgorAL] { $count } nuovi arrivi in redazione
mail-intake-digest-body =
    Ecco gli elementi arrivati nella coda della redazione dall'ultimo riepilogo ({ $count }):

    { $items }

    Tutta la coda: { $link }
mail-intake-status-subject = [AgorAL] Aggiornamento: { $title }
mail-intake-status-body =
    Il tuo invio «{ $title }» è ora: { $status }.
    { $reason }

    Puoi seguirlo qui: { $link }

    La redazione di AgorAL

## Good practices: the public form, the status link, the public list
mail-intake-status-own-link = il link personale dell'email di conferma
nav-good-practices = Buone pratiche
footer-report-good-practice = Segnala una buona pratica
good-practice-form-title = Segnala una buona pratica
good-practice-form-intro = Un'esperienza di accoglienza o di inclusione che funziona, in un comune della provincia di Alessandria? Raccontacela: la redazione la legge e, se la accetta, la aggiunge all'elenco pubblico delle buone pratiche.
good-practice-section-what = La pratica
good-practice-field-title = Titolo
good-practice-field-description = Descrizione
good-practice-field-description-help = Che cosa si fa, come, con chi. Almeno 30 caratteri; separa i paragrafi con una riga vuota.
good-practice-field-outcome = Risultati (facoltativo)
good-practice-section-where = Dove e chi
good-practice-field-comune = Comune
good-practice-choose-comune = Scegli un comune
good-practice-field-runner = Chi la realizza (ente o associazione)
good-practice-field-targets = A chi si rivolge
good-practice-field-period-start = Dal mese (facoltativo)
good-practice-field-period-end = Al mese (facoltativo)
good-practice-field-period-help = Scrivi il mese come AAAA-MM, per esempio 2025-09.
good-practice-field-link = Sito web
good-practice-section-photos = Foto (facoltative)
good-practice-field-photos = Fino a { $max } foto
good-practice-field-photos-help = JPEG, PNG o WebP, al massimo { $mb } MB ciascuna. Luogo, data e apparecchio vengono tolti dalle foto prima di conservarle.
good-practice-field-photos-consent = Dichiaro che le persone riconoscibili nelle foto hanno acconsentito alla loro pubblicazione. Senza questa dichiarazione le foto non vengono pubblicate.
good-practice-section-contact = I tuoi contatti
good-practice-field-contact-name = Nome (facoltativo)
good-practice-field-contact-email = Email
good-practice-field-contact-email-help = Ti mandiamo qui un link personale per seguire la segnalazione e, se vuoi, ritirarla.
good-practice-field-privacy = Ho letto l'informativa sulla privacy e acconsento al trattamento dei miei dati per questa segnalazione.
good-practice-retention-note = I tuoi contatti vengono cancellati 12 mesi dopo la chiusura della segnalazione.
good-practice-submit = Invia la segnalazione
good-practice-error-photos = Alcune foto non sono state accettate:
good-practice-photo-too-many = si possono inviare al massimo { $max } foto
good-practice-photo-not-image = non è una foto (sono ammesse immagini JPEG, PNG e WebP)
good-practice-photos-again = Le foto non vengono conservate quando il modulo torna indietro: sceglile di nuovo prima di inviare.
good-practice-sent = Grazie: la tua segnalazione è arrivata alla redazione.
good-practice-sent-mail = Ti abbiamo mandato un'email con il link personale per seguirne lo stato. Se non la trovi, guarda anche nella posta indesiderata.
good-practice-send-another = Segnala un'altra buona pratica
good-practice-mail-subject = [AgorAL] Abbiamo ricevuto la tua buona pratica: { $title }
good-practice-mail-body =
    Grazie per averci segnalato «{ $title }».

    La redazione la leggerà al più presto. Da questo link personale puoi seguirne lo stato e, se vuoi, ritirarla:
    { $link }

    Non inoltrare questo messaggio: chi ha il link può ritirare la segnalazione.

    La redazione di AgorAL
good-practice-status-title = La tua segnalazione
good-practice-status-unknown = Questo link non corrisponde a nessuna segnalazione. Controlla di averlo copiato per intero dall'email; i link delle segnalazioni chiuse da più di 12 mesi non sono più validi.
good-practice-status-label = Stato
good-practice-status-received = Ricevuta il
good-practice-status-updated = Ultimo aggiornamento
good-practice-status-closed = Chiusa il
good-practice-status-reason = Motivo indicato dalla redazione
good-practice-status-keep-link = Conserva l'email con questo link: è l'unico modo per tornare su questa pagina.
good-practice-withdraw-title = Ritirare la segnalazione
good-practice-withdraw-intro = Se la ritiri, la redazione non la userà e le foto inviate vengono cancellate.
good-practice-withdraw-accepted = La pratica è nell'elenco pubblico delle buone pratiche: se la ritiri, esce dall'elenco e le foto inviate vengono cancellate.
good-practice-withdraw-confirm = Sì, voglio ritirare questa segnalazione
good-practice-withdraw-button = Ritira la segnalazione
good-practice-withdraw-confirm-needed = Spunta la casella per confermare il ritiro.
good-practice-withdrawn = La segnalazione è stata ritirata.
good-practices-title = Buone pratiche
good-practices-intro = Esperienze di accoglienza e di inclusione nei comuni della provincia di Alessandria, segnalate dal territorio e verificate dalla redazione.
good-practices-report-link = Segnala una buona pratica
good-practices-count = { $count ->
    [0] Nessuna buona pratica
    [one] Una buona pratica
   *[other] { $count } buone pratiche
}
good-practices-none = Nessuna buona pratica corrisponde alla ricerca.
good-practices-counts-download = Il numero di buone pratiche per comune e per destinatari:
good-practices-back = Tutte le buone pratiche
good-practice-runner = Chi la realizza
good-practice-period = Periodo
good-practice-since = dal { $start }
good-practice-accepted-on = Nell'elenco dal
good-practice-photo-alt = Foto { $n } della buona pratica «{ $title }»

## A person's data on request
nav-person-data = Dati personali
person-data-title = Dati personali su richiesta
person-data-intro = Quando una persona chiede quali suoi dati conserviamo, o di cancellarli, cerca qui il suo indirizzo email: vedi le segnalazioni e i comunicati inviati con quell'indirizzo, i contatti delle organizzazioni, le segnalazioni di problemi sul sito, le email che le abbiamo scritto e gli account dello staff.
person-data-look-up = Cerca
person-data-held = Che cosa conserviamo
person-data-nothing = Nessun dato conservato con questo indirizzo.
person-data-items = Invii alla redazione
person-data-kind = Tipo
person-data-title-column = Titolo
person-data-sender = Mittente
person-data-contacts = Contatti delle organizzazioni
person-data-accounts = Account dello staff
person-data-export = Scarica tutto (JSON)
person-data-erase-title = Cancellare i dati
person-data-erase-what = La cancellazione toglie nome, email e telefono del mittente da ogni invio fatto con questo indirizzo (i testi restano: sono comunicati e pratiche delle organizzazioni), elimina i contatti delle organizzazioni con questo indirizzo, le segnalazioni di problemi sul sito lasciate con questo indirizzo e le email che gli abbiamo scritto (anche quelle ancora da spedire).
person-data-erase-not = Non vengono cancellati: gli account dello staff (disattivali dalla pagina Utenti) e le foto delle buone pratiche già pubblicate con il consenso dichiarato (si ritirano con il link personale o chiedendo alla redazione).
person-data-erase-confirm = Confermo: la persona ha chiesto la cancellazione dei suoi dati
person-data-erase = Cancella i dati
person-data-confirm-needed = Spunta la casella per confermare la cancellazione.
person-data-erased = I dati di questo indirizzo sono stati cancellati.
## Intake queue: pages
intake-queue-title = Arrivi in redazione
intake-filters = Filtri della coda
intake-filter-open = Da lavorare (nuovi e in lavorazione)
intake-filter-all = Tutti
intake-filter-any = Qualsiasi
intake-filter-from = Arrivati dal
intake-filter-to = Arrivati fino al
intake-filter-apply = Filtra
intake-filter-reset = Togli i filtri
intake-filter-bad = Alcuni filtri dell'indirizzo non sono validi e sono stati ignorati.
intake-count = { $count ->
    [one] Un elemento
   *[other] { $count } elementi
}
intake-empty = Nessun elemento corrisponde ai filtri.
intake-field-title = Titolo
intake-field-body = Testo
intake-field-kind = Tipo
intake-field-channel = Canale
intake-field-status = Stato
intake-field-organisation = Organizzazione
intake-field-received = Arrivato
intake-field-assigned = Assegnato a
intake-field-sender = Mittente
intake-field-source-date = data della fonte
intake-field-comuni = Comuni
intake-field-comuni-help = Tieni premuto Ctrl (o Cmd) per sceglierne più di uno. Per tutta la provincia non sceglierne nessuno.
intake-field-lang = Lingua
intake-field-link = Collegamento
intake-field-story = Articolo
intake-field-runner = Chi la realizza
intake-field-targets = Destinatari
intake-field-period = Periodo
intake-field-period-start = Inizio (mese)
intake-field-period-end = Fine (mese)
intake-field-outcome = Risultati
intake-field-photos-consent = Le persone riconoscibili nelle foto hanno acconsentito alla pubblicazione
intake-field-contact = Contatto per la redazione
intake-field-phone = Telefono
intake-trusted = Fonte affidabile
intake-anonymised = dati del mittente cancellati (conservazione scaduta o richiesta)
intake-embargo = Embargo
intake-embargo-help = Facoltativo. Data e ora (ora italiana) prima delle quali nulla può essere pubblicato.
intake-embargo-holds = ancora in vigore: non si può pubblicare prima
intake-open-story = Apri l'articolo
intake-original-text = Testo originale
intake-attachments = Allegati
intake-attachments-help = PDF, immagini, documenti Word, Excel, PowerPoint, OpenDocument, RTF o testo
intake-choose-files-again = Per sicurezza i file non vengono conservati quando il modulo ha errori: sceglili di nuovo.
intake-actions = Azioni
intake-to-verify-help = Il mittente non è verificato. Controlla che il messaggio venga davvero dall'organizzazione prima di metterlo in coda.
intake-action-verify = Verificato: metti in coda
intake-action-draft = Crea una bozza di articolo
intake-action-publish = Pubblica come comunicato stampa
intake-action-publish-at-embargo = Programma il comunicato alla fine dell'embargo
intake-action-accept = Accetta come buona pratica
intake-publish-needs-trust = Solo i comunicati di una fonte affidabile si pubblicano così come sono; gli altri diventano una bozza da rivedere.
intake-action-assign-to = Assegna a
intake-nobody = Nessuno
intake-action-assign = Assegna
intake-action-duplicate-of = Doppione dell'elemento n.
intake-action-duplicate = Segna come doppione
intake-action-reject-reason = Motivo del rifiuto (viene inviato al mittente)
intake-action-reject = Respingi
intake-history = Storia
intake-action-note = Nota interna
intake-action-add-note = Aggiungi la nota
intake-event-received = arrivato
intake-event-verified = mittente verificato
intake-event-assigned = assegnato
intake-event-note = nota
intake-event-rejected = respinto
intake-event-duplicate = segnato come doppione
intake-event-accepted = accettato come buona pratica
intake-event-drafted = bozza di articolo creata
intake-event-published = pubblicato
intake-event-edited = modificato dal mittente
intake-event-body-cut = testo troppo lungo, accorciato
intake-event-attachment-refused = allegato non conservato
intake-event-withdrawn = ritirato dal mittente
intake-notice-sent = Inviato alla redazione. Qui puoi seguirne lo stato e modificarlo finché la redazione non lo prende in carico.
intake-notice-verified = Il mittente è verificato e l'elemento è in coda.
intake-notice-assigned = Assegnazione salvata.
intake-notice-note = Nota aggiunta.
intake-notice-rejected = Respinto; il mittente riceve il motivo.
intake-notice-duplicate = Segnato come doppione.
intake-notice-accepted = Buona pratica accettata: ora è nell'elenco pubblico.
intake-error-gone = Nel frattempo qualcun altro ha già agito su questo elemento: ricarica la pagina.
intake-error-not-trusted = Solo i comunicati di una fonte affidabile si pubblicano senza revisione.
intake-error-story-text = Non è stato possibile creare l'articolo da questo testo: crea una bozza a mano.
intake-error-duplicate-of = Indica il numero di un altro elemento della coda.
intake-error-embargoed = Questo articolo viene da un comunicato sotto embargo: non si può pubblicare prima della fine dell'embargo.
intake-error-taken = La redazione ha già preso in carico questo invio: non si può più modificare.
intake-error-too-many-files = Puoi allegare al massimo 10 file.
intake-error-files-refused = Alcuni file non sono stati accettati: vedi sotto.
intake-form-has-errors = Il modulo contiene errori: correggi i campi segnalati.
intake-partner-title = I miei invii alla redazione
intake-partner-new-title = Nuovo invio alla redazione
intake-partner-edit-title = Invio alla redazione
intake-partner-intro = Comunicati stampa e buone pratiche inviati a nome di { $organisation }.
intake-partner-as = Invii a nome di { $organisation }.
intake-partner-none = Non hai ancora inviato nulla.
intake-partner-taken = La redazione ha preso in carico questo invio: non si può più modificare.
intake-partner-no-organisation = Il tuo account non è collegato a un'organizzazione: chiedi a un amministratore di collegarlo.
intake-practice-fields = Solo per una buona pratica
intake-practice-fields-help = Se invii una buona pratica, indica dove si svolge, chi la realizza e per chi.
intake-send = Invia alla redazione
article-source-release = Fonte: { $source }, comunicato del { $date }
article-source-practice = Fonte: { $source }, segnalazione del { $date }

## Organisations: network
organisation-add = Aggiungi
organisation-remove = Elimina
organisation-network-link = Contatti, indirizzi di invio e contributi
organisation-public-page = Pagina pubblica
organisation-trusted-help = I suoi comunicati si possono pubblicare così come sono con un solo passaggio.
organisation-untrusted-help = Non è una fonte affidabile: i suoi comunicati diventano bozze da rivedere. Si cambia nella scheda dell'organizzazione.
organisation-senders = Indirizzi di invio
organisation-senders-help = La posta da questi indirizzi, o da tutto un dominio, è attribuita all'organizzazione. La posta da indirizzi non verificati resta "da verificare".
organisation-senders-none = Nessun indirizzo di invio.
organisation-sender-new = Indirizzo email o dominio
organisation-sender-verified = verificato
organisation-sender-unverified = non verificato
organisation-sender-verify = Segna come verificato
organisation-sender-verified-now = L'ho verificato (per esempio con una telefonata all'ufficio)
organisation-sender-error-taken = Questo indirizzo o dominio è già registrato.
organisation-contacts = Contatti
organisation-contacts-none = Nessun contatto.
organisation-contact-new = Nuovo contatto
organisation-contact-role = Ruolo
organisation-contact-notes = Note
organisation-contact-consent = Consenso
organisation-contact-consent-label = Ha acconsentito a essere contattato dalla redazione
organisation-contributions = Contributi pubblicati
organisation-contributions-none = Ancora nessun contributo pubblicato.
organisation-public-stories = Dalle sue comunicazioni
organisation-public-stories-none = Ancora nessun articolo.
organisation-public-services = I suoi servizi
organisation-public-services-none = Nessun servizio nell'elenco.
## The intake's mailbox (IMAP)
mailbox-title = Casella dei comunicati
mailbox-no-subject = Messaggio senza oggetto da { $sender }
mailbox-unreadable-title = Messaggio di posta illeggibile
mailbox-never-checked = mai
mailbox-status-line = Casella { $mailbox }: ultimo controllo { $when }, { $status }; { $count ->
        [one] un messaggio ricevuto
       *[other] { $count } messaggi ricevuti
    }.
mailbox-status-never = non ancora controllata
mailbox-status-ok = letta fino all'ultimo messaggio
mailbox-status-unreachable = server non raggiungibile
mailbox-status-login-refused = nome utente o password rifiutati
mailbox-status-folder-missing = cartella non trovata
mailbox-status-failed = interrotta per un errore: riprende dal primo messaggio non salvato
intake-event-sender-unverified = mittente non verificato: il server di posta non conferma che il messaggio venga davvero da questo indirizzo
intake-event-mail-incomplete = messaggio non leggibile per intero: confrontalo con l'originale nella casella
intake-event-mail-unreadable = messaggio illeggibile: il testo è l'inizio del messaggio così come è arrivato
intake-event-mail-too-large = messaggio troppo grande per essere scaricato, rimasto nella casella: qui ci sono solo le intestazioni (dimensione e limite in byte)
intake-event-mail-attachments-left-out = altri allegati non letti (quanti)

account-intake-notify = Avvisi sugli arrivi in redazione
account-intake-notify-immediate = Una email per ogni nuovo arrivo
account-intake-notify-digest = Un riepilogo al giorno
account-intake-notify-never = Nessuna email

mail-intake-withdrawn-subject = [AgorAL] Ritirato dal mittente — { $kind }: { $title }
mail-intake-withdrawn-body =
    Chi l'aveva inviato ha ritirato questo elemento della coda della redazione.

    { $kind }
    { $title }

    Non serve fare altro; la sua scheda resta qui: { $link }

person-data-reports = Segnalazioni di problemi sul sito
person-data-mails = Email che le abbiamo scritto
person-data-mail-unsent = ancora da spedire
