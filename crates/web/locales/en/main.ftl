## AgorAL — English interface.
## Every message here must also exist in it, fr and ar.

digit-separator = ,

## Site frame
skip-to-content = Skip to main content
header-owner = Provincia di Alessandria · Immigration programme
site-tagline = Migration and inclusion in the Province of Alessandria
language-switcher = Language
nav-main = Main menu
nav-home = Home
nav-login = Sign in
nav-logout = Sign out
nav-back-office = Staff area
nav-dashboard = Dashboard
nav-users = Users
nav-organisations = Organisations
nav-pages = Pages
nav-problem-reports = Reports
nav-audit = Security log
nav-account = My account
nav-public-site = Public site
footer-programme-title = The programme
footer-programme-text = AgorAL is the platform of the immigration network of the Province of Alessandria, coordinated by the Prefettura: a magazine, a network of organisations, an observatory and a guide to services.
footer-licence-title = Content licence
footer-licence-text = Unless stated otherwise, content is published under the licence
footer-links-title = Useful links
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-legal = Legal notice
footer-report-problem = Report a problem
footer-last-updated-label = Last updated:
footer-last-updated = Last updated: { $date }

## Home
home-title = Migration and inclusion in the Province of Alessandria
home-intro = Stories of inclusion, news about immigration and reception, data from the Osservatorio and a guide to services for foreign nationals, in four languages.
home-figures-title = The province in figures
home-figures-comuni = municipalities
home-figures-population = residents on 1 January 2021
home-figures-organisations = organisations in the network
home-figures-source = Source: ISTAT, resident population on 1 January 2021 (CC BY licence).
home-about-title = What you will find here
home-cap-magazine = The magazine
home-cap-magazine-text = Stories of inclusion from the local area and news about immigration, reception and inclusion, from local to international level.
home-cap-services = Services
home-cap-services-text = Where to go for documents, health, school, work, housing and legal help, with opening hours and the languages spoken at the desk.
home-cap-data = Data
home-cap-data-text = Data from the inter-agency Osservatorio on the foreign population, with charts and maps of the municipalities.
home-cap-network = The network
home-cap-network-text = The Prefettura, Questura, municipalities, ASL, schools and voluntary sector send press releases and good practice to the editorial team.

## Pages
page-not-translated = This page has not been translated into your language yet, so we are showing it in Italian.
report-form-title = Write your report
report-page-url = Page where you found the problem
report-message = Description of the problem
report-email = Your email (optional)
report-email-help = Only if you want a reply: we will not use it for anything else.
report-submit = Send report
report-sent = Thank you: we have received your report.
report-already-sent = This report has already been sent. To report another problem, write it again below and send it.
form-leave-empty = Leave this field empty

## Forms
form-has-errors = There are errors in the form: please correct the fields marked.
form-save = Save
field-email = Email
field-password = Password
field-new-password = New password
field-confirm-password = Repeat the new password
field-current-password = Current password
field-display-name = Name
field-roles = Roles
field-organisation = Organisation
field-none = None
field-locale = Language of the staff area
field-name = Name
field-kind = Type
field-comune = Municipality
field-website = Website
field-network-member = Part of the network
field-title = Title
field-body-markdown = Text (Markdown)
field-language = Language
field-updated = Updated
field-totp-code = Code
password-rules = At least 12 characters. A phrase of several words is easy to remember and hard to guess.
yes = Yes
no = No
example-badge = example
pagination = Results pages
pagination-previous = Previous
pagination-next = Next

## Field errors
error-required = This field is required.
error-too-long = The text is too long.
-text-too-short = The text is too short: write at least { $min } characters.
error-too-short = The text is too short.
error-too-short-2 = { -text-too-short(min: 2) }
error-too-short-3 = { -text-too-short(min: 3) }
error-too-short-5 = { -text-too-short(min: 5) }
error-too-short-20 = { -text-too-short(min: 20) }
error-too-short-30 = { -text-too-short(min: 30) }
error-control-characters = The text contains characters that are not allowed.
error-bidi-control = The text contains characters that reverse the direction of writing (such as U+202E): remove them.
error-email-invalid = Enter a valid email address, like name@example.com.
error-email-taken = A user with this email already exists.
error-password-too-short = The password must be at least 12 characters long.
error-password-too-long = The password can be at most 256 characters long.
error-password-repetitive = The password cannot be a single repeated character.
error-password-mismatch = The two passwords do not match.
error-current-password = The current password is not correct.
error-roles-required = Choose at least one role.
error-own-admin-role = You cannot remove the administrator role from yourself.
error-choice-invalid = Choose one of the options given.
error-istat-invalid = Choose a municipality in the province.
error-url-invalid = Enter a full web address, starting with https://.
error-name-taken = An organisation with this name already exists.
error-too-fast = The form was sent too quickly. Check the details and send it again.

## Error pages
error-400-title = Invalid request
error-400-text = The request contains invalid data. Go back and try again.
error-403-title = Access not allowed
error-403-text = You do not have permission to see this page.
error-404-title = Page not found
error-404-text = The page you are looking for does not exist or has been moved.
error-405-text = This action is not available at this address.
error-408-text = The request took too long. Try again.
error-413-text = The data sent is too large.
error-429-text = Too many requests in a short time. Wait a few minutes and try again.
error-500-title = Server error
error-500-text = An unexpected error occurred. The problem has been recorded: try again shortly.
error-csrf-text = The form has expired or is not valid. Reload the page and send it again.
error-back-home = Back to the home page

## Sign in
login-title = Sign in to the staff area
login-submit = Sign in
login-forgot = Forgotten your password?
login-failed = Incorrect email or password.
login-throttled = Too many failed attempts. Wait a few minutes before trying again.
verify-title = Two-step verification
verify-intro = Enter the six-digit code shown by your authenticator app.
verify-recovery-help = Don't have your phone? Enter one of your recovery codes.
verify-submit = Verify
verify-cancel = Cancel and sign out
verify-failed = The code is not valid or has already been used.
forgot-title = Forgotten password
forgot-intro = Enter your account email: we will send you a link to choose a new password.
forgot-submit = Send the link
reset-title = Choose a new password
invitation-title = Activate your account
set-password-intro = Choose the password you will use to sign in.
set-password-submit = Save the password
token-invalid = The link is not valid, has expired or has already been used.
notice-password-changed = Password saved. You can now sign in.
notice-logged-out = You have signed out of the staff area.
notice-sessions-closed = Your other sessions have been closed.
notice-user-invited = Invitation sent.
notice-saved = Changes saved.
notice-reset-sent = If the address matches an account, you will shortly receive an email with the link.
notice-two-factor-disabled = Two-step verification turned off.
notice-two-factor-reset = Two-step verification switched off: the user will set it up again at the next login.

## Account
account-title = My account
account-profile = Profile
account-change-password = Change password
account-change-password-submit = Change password
account-two-factor = Two-step verification
account-two-factor-on = Two-step verification is on. Unused recovery codes: { $count }.
account-two-factor-off = Two-step verification is off.
account-two-factor-enable = Turn on two-step verification
account-two-factor-renew = Set up a new device
account-two-factor-disable = Turn off two-step verification
account-sessions = Open sessions
account-logout-everywhere = Sign out of all other devices
session-started = Started
session-last-seen = Last activity
session-address = Address
session-browser = Browser
session-this = this one
two-factor-title = Set up two-step verification
two-factor-required = Your role requires two-step verification: set it up to continue.
two-factor-step-app = Install an authenticator app (for example FreeOTP, Aegis or the one on your phone).
two-factor-step-scan = Scan this QR code with the app.
two-factor-qr-label = QR code for the authenticator app
two-factor-manual = Or enter this key by hand:
two-factor-step-code = Enter the six-digit code the app shows.
two-factor-confirm = Confirm
two-factor-enabled = Two-step verification turned on.
two-factor-recovery-title = Recovery codes
two-factor-recovery-text = Keep these codes somewhere safe: each one lets you sign in once if you lose your phone. We will not show them again.
two-factor-continue = Continue

## Roles and organisation types
role-administrator = Administrator
role-editor = Editor-in-chief
role-author = Editor
role-contributor = Network partner
role-analyst = Osservatorio analyst
role-operator = Operator
organisation-kind-prefettura = Prefettura
organisation-kind-questura = Questura
organisation-kind-comune = Municipality
organisation-kind-asl = ASL
organisation-kind-scuola = School or CPIA
organisation-kind-terzo-settore = Voluntary sector
organisation-kind-altro = Other

## Staff area
dashboard-title = Dashboard
dashboard-welcome = Welcome, { $name }.
dashboard-your-roles = Your roles
dashboard-unsent-mail = emails waiting to be sent
users-title = Users
users-invite = Invite a user
users-invite-submit = Send the invitation
users-edit-title = Edit user
users-state = Status
users-active = active
users-invited = invited
users-disabled = disabled
users-two-factor = two-step
users-last-login = Last sign-in
users-actions = Actions
users-send-reset = Send a password reset link
users-disable = Disable user
users-enable = Re-enable user
users-reset-two-factor = Switch off two-step verification (lost phone)
organisations-title = Organisations
organisations-new = New organisation
organisations-edit-title = Edit organisation
pages-title = Pages
pages-edit-title = Edit page
pages-view-public = View the public page
audit-title = Security log
audit-when = When
audit-action = Event
audit-actor = Who
audit-subject = Affecting
audit-detail = Details
problem-reports-title = Reports from readers
problem-reports-none = No reports.

## Email
mail-reset-subject = AgorAL: reset your password
mail-reset-body =
    Hello { $name },

    to choose a new password, open this link within one hour:

    { $link }

    If you did not ask to reset your password, ignore this message.
mail-invitation-subject = AgorAL: you have been invited
mail-invitation-body =
    Hello { $name },

    { $inviter } has invited you to the AgorAL staff area. To activate your account and choose your password, open this link within seven days:

    { $link }

## Backups and long jobs
nav-backups = Backups
backups-title = Backups
backups-intro = A backup holds the database and the media files in one archive, consistent even while the site is in use. It can be restored with the agoral restore command.
backups-create = Make a backup now
backups-recent = Recent backups
backups-files = Available archives
backups-file = File
backups-size = Size
backups-none = No archives yet.
backups-download = Download the archive
job-title = Progress
job-progress-label = Progress
job-state-waiting = Waiting to start.
job-state-running = In progress.
job-state-done = Finished.
job-state-failed = Failed after every attempt: the error was logged.
job-refresh = Refresh the status

## Magazine
level-locale = Local
level-regionale = Regional
level-nazionale = National
level-internazionale = International
article-state-draft = Draft
article-state-in-review = In review
article-state-approved = Approved
article-state-scheduled = Scheduled
article-state-published = Published
article-state-archived = Archived
error-slug-invalid = The address must contain at least one letter or digit.
error-transition-state = This step is not possible in the article's current state.
error-transition-role = Your role does not allow this step.
error-schedule-past = Choose a date and time in the future.
error-comment-required = Write a comment explaining what to change.
nav-desk = Newsroom
home-latest-title = Latest stories
home-sections-title = Sections
articles-none = No stories yet.
articles-level-filter = Filter by level
articles-all-levels = All levels
article-not-translated = This story is not translated into your language yet: it is shown in Italian.
article-by = By
article-published = Published
article-updated = updated
article-reading-time = { $minutes } min read
article-source = Source:
article-comuni = Municipalities:
article-translations = Read in other languages
article-related = Related stories
comune-intro = Stories from this municipality, home to { $population } residents (ISTAT, 1 January 2021).
desk-title = Newsroom: stories
article-new-title = New story
article-create = Create the draft
article-state = Status
article-when = Date
article-view-public = View the public page
field-slug = Address (slug)
field-slug-help = Leave empty to make it from the title. Lower-case letters, digits and hyphens only.
field-standfirst = Standfirst
field-section = Section
field-level = Level
field-comuni = Municipalities
field-comuni-help = Hold Ctrl (or Cmd) to choose more than one.
editor-title = Edit story
editor-languages = Languages of the story
editor-missing = to translate
editor-their-version = The version saved by someone else
editor-preview = Preview
workflow-title = Workflow
workflow-comment = Comment for the team
workflow-when = Publication date and time (Italian time)
workflow-submit = Submit for review
workflow-request-changes = Request changes
workflow-approve = Approve
workflow-schedule = Schedule
workflow-unschedule = Unschedule
workflow-publish = Publish now
workflow-unpublish = Unpublish
workflow-archive = Archive
workflow-restore = Republish
workflow-history = History of the story
revisions-title = Revisions
revisions-back = Back to the editor
revisions-current = current
revisions-compare = Compare
revisions-restore = Restore
revisions-diff = Differences from the current version
revisions-old = Chosen revision
revisions-new = Current version
revisions-removed = removed
revisions-added = added
error-slug-taken = Another story already uses this address.
error-edit-conflict = Someone else saved this story while you were editing it. Your text is still in the form; the saved version is shown above: compare them and save again.
error-schedule-invalid = Enter a valid publication date and time.
feed-author = AgorAL editorial team
dashboard-my-drafts = My drafts
dashboard-in-review = Waiting for review
dashboard-scheduled = Scheduled
dashboard-published = Recently published
dashboard-empty = Nothing here.
pages-new-title = New page
field-tags = Tags
field-tags-help = Separated by commas, for example: work, women, Casale. New tags are created.
error-tags-invalid = At most 20 tags, each up to 60 characters, with at least one letter.
article-tags = Tags:
tag-intro = All the stories with this tag.
home-levels-title = From the province to the world
nav-media = Images
nav-author-profile = Author profile
nav-archive = Archive
media-title = Image library
media-detail-title = Image
media-upload = Upload an image
media-file = File
media-file-help = JPEG, PNG or WebP, at most { $megabytes } MB. EXIF data and GPS location are removed; versions for different screens are ready in a few seconds.
media-alt-it = Description for people who cannot see the image (Italian)
media-alt-help = Required before the image appears in a published story. It can be added later.
media-upload-button = Upload
media-library = All images
media-search = Search by name, description, caption or credit
media-search-button = Search
media-empty = No images found.
media-alt-missing = Italian description missing
media-choose = Use this image
media-choose-hint = Choose an image from the library or upload a new one.
media-choose-cancel = Cancel
media-back = Back to the library
media-dimensions = Size
media-variants = Versions for different screens
media-variants-pending = being prepared
media-variants-ready = ready
media-variants-failed = failed: upload the image again
media-uploaded = Uploaded on
media-used-in = Used in
media-alt = Description (alternative text)
media-alt-required = required
media-caption = Caption
media-credit = Credit (author or source)
media-licence = Licence
media-credit-prefix = Photo:
media-error-type = The file is not a JPEG, PNG or WebP image (the type is recognised from the content, not the name).
media-error-pixels = The image is too large: at most 12,000 pixels per side and 50 million pixels in all.
media-error-damaged = The image is damaged or incomplete: try exporting it again.
media-error-size = The file is over the limit of { $megabytes } MB: make it smaller or choose another.
media-error-no-file = Choose a file to upload.
media-error-unknown = This image is not in the library.
media-error-alt-required = The featured image has no Italian description yet: add one in the library before publishing.
media-error-alt-required-published = A published story shows this image: the Italian description cannot be empty.
notice-media-uploaded = Image uploaded.
licence-cc-by-4-0 = CC BY 4.0 (attribution)
licence-cc-by-sa-4-0 = CC BY-SA 4.0 (attribution, share alike)
licence-cc-by-nc-4-0 = CC BY-NC 4.0 (attribution, non-commercial)
licence-cc0-1-0 = CC0 1.0 (no rights reserved)
licence-pubblico-dominio = Public domain
licence-tutti-i-diritti-riservati = All rights reserved (use granted)
field-authors = Bylines
field-authors-help = In the order they appear on the story.
field-author-place = Byline { $place }
error-authors-required = At least one byline is needed, five at most.
error-authors-self = You cannot remove your own byline: ask an editor.
featured-image = Featured image
featured-edit-texts = Description and caption
featured-remove = Remove the image
featured-none = No image.
featured-choose = Choose from the library
share-title = Share
share-email = Email
share-whatsapp = WhatsApp
share-telegram = Telegram
share-facebook = Facebook
share-x = X
share-linkedin = LinkedIn
author-stories = Stories
feed-atom = Atom feed
feed-rss = RSS feed
archive-title = Archive
archive-empty = No published stories.
archive-count = { $count ->
    [one] one story
   *[other] { $count } stories
}
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
author-profile-title = My author profile
author-profile-intro = Your photo and bio appear on your author page, with your published stories.
author-profile-public = See the public page
author-photo = Photo
author-photo-remove = Remove the photo
author-photo-none = No photo.
author-bio = Bio
nav-sections = Sections
nav-tags = Tags
sections-admin-title = Sections
sections-admin-intro = The magazine's sections, in the order they appear. Every name can be translated; where a translation is missing the Italian name is shown.
sections-admin-new = New section
tags-admin-title = Tags
tags-admin-intro = Tags are created in the story editor; their names are translated here. Where a translation is missing the Italian name is shown.
taxonomy-languages = Languages
taxonomy-stories = Stories
taxonomy-back = Back to the list
field-description = Description
field-position = Position
field-position-help = Sections appear from the lowest position to the highest.
error-section-taken = A section with this address already exists.
error-position-invalid = Write a number from 0 to 1000.
notice-submission-kept = Your session had expired, but what you sent was kept: log in again to finish.
kept-title = Text kept
kept-intro = This form arrived on { $when }, after your session ended. Check the text and send it again; it stays here for a day.
kept-send = Send again
kept-discard = Discard
dashboard-kept = Forms kept after an expired session
editor-autosave-found = There is a text saved automatically on { $when }, newer than the saved one.
editor-autosave-restore = Show it in the form
editor-autosave-shown = The form shows the automatically saved text: check it and press Save to keep it.
editor-autosave-saved = Draft saved automatically at %time%.
editor-autosave-failed = Automatic save failed (session expired or no network): the text stays in this browser. Press Save when you can.
editor-autosave-local = Restore the unsaved text left in this browser
editor-autosave-leave = There are unsaved changes.
editor-toolbar = Formatting
editor-tool-bold = Bold
editor-tool-italic = Italic
editor-tool-heading = Subheading
editor-tool-link = Link
editor-tool-list = List
editor-tool-quote = Quote
article-delete = Delete
article-delete-title = Delete the story?
article-delete-warning = The story goes with all its translations, revisions and comments. A scheduled publication is cancelled. This cannot be undone and is recorded in the log.
article-delete-confirm = Delete for good
error-delete-published = A published story must be withdrawn from the site first.
notice-article-deleted = Story deleted.
editor-seo = Search engines and sharing
field-seo-title = Title for search engines
field-seo-title-help = At most 70 characters. Empty: the title is used.
field-seo-description = Description for search engines
field-seo-description-help = At most 160 characters. Empty: the standfirst is used.
nav-search = Search
search-title = Search
search-title-for = Results for “{ $query }”
search-label = What are you looking for?
search-button = Search
search-help = Several words are fine; put an exact phrase in quotes, for example "evening course".
search-intro = Search every story of the magazine, in the text as well as in the titles.
search-truncated = The search was very long: its first 200 characters were used.
search-incomplete = The search index is being built: for a few minutes some results may be missing.
search-filters = Filters:
search-remove-filter = Remove the filter { $filter }
search-count = { $count ->
    [0] No results
    [one] One result
   *[other] { $count } results
}
search-none-title = No story found
search-none-without-filters = Search without filters
search-none-spelling = Check how the words are spelt, or use fewer or more general ones.
search-none-archive = Browse the archive by month
search-edit = Open in the editor
search-refine = Refine the search
search-facet-section = Section
search-facet-level = Level
search-facet-comune = Comune
search-facet-tag = Tag
search-facet-lang = Language
search-facet-year = Year
sections-admin-name-it = Name in Italian

## Services: categories, target groups, channels
service-category-documenti = Documents and residence permits
service-category-asilo = Asylum and protection
service-category-salute = Health
service-category-psicosociale = Psychosocial support
service-category-legale = Legal aid
service-category-italiano = Italian language courses
service-category-scuola = School and education
service-category-lavoro = Work and training
service-category-casa = Housing
service-category-minori = Unaccompanied minors
service-category-donne = Women and anti-violence
service-category-tratta = Anti-trafficking
service-category-ricongiungimento = Family reunification
service-category-cittadinanza = Citizenship
service-category-emergenze = Emergencies
target-group-tutti = Everyone
target-group-richiedenti-asilo = Asylum seekers
target-group-titolari-protezione = Holders of protection
target-group-msna = Unaccompanied minors
target-group-donne = Women
target-group-famiglie = Families
target-group-lavoratori = Workers
target-group-studenti = Students
target-group-vittime-tratta = Victims of trafficking
service-channel-di-persona = In person
service-channel-telefono = By phone
service-channel-online = Online
service-warning-outside-province = The point on the map is outside the province of Alessandria: check that latitude and longitude are not swapped.
error-service-no-category = Choose at least one category.
error-service-language-twice = This language already has its texts.
error-service-sensitive-address = A protected place (reception centre, shelter) is published without an address: remove the address or the "protected place" mark.
error-service-sensitive-point = A protected place does not appear on the map: remove the coordinates or the "protected place" mark.
error-language-unknown = One of the languages is not in the list: choose its code from the list (for example ar, ti, wo).
error-coordinates-invalid = Write latitude and longitude in degrees, like 44.9129 and 8.6153.
error-phone-characters = A phone number has only digits, spaces and a leading +.
error-phone-too-short = The phone number is too short.
error-phone-too-long = The phone number is too long.
error-phone-prefix = An Italian number starts with 0 (landline), 3 (mobile), 8 (toll-free) or 1 (short numbers); for a foreign number write the country code with +.
error-phone-too-many = At most 5 phone numbers.

## Opening hours: errors
schedule-text-too-long = The opening hours text is too long.
schedule-text-control-character = The text contains characters that are not allowed.
schedule-text-unknown-day = This is neither a day of the week (mon, tue, wed, thu, fri, sat, sun) nor a date (2026-12-25).
schedule-text-invalid-date = This is not a valid date: write it like 2026-12-25.
schedule-text-missing-hours = The hours are missing after the day or date, for example 09:00-12:30, or "closed".
schedule-text-invalid-range = This is not a time range: write it like 09:00-12:30.
schedule-text-invalid-time = This is not a valid time: write it like 09:00.
schedule-text-note-on-weekday = Notes are only for dates (closures, holidays), not for days of the week.
schedule-text-closed-day-has-hours = The day is marked closed but also has hours.
schedule-error-too-many-ranges = Too many time ranges in the week.
schedule-error-too-many-exceptions = Too many dates with special hours.
schedule-error-too-many-exception-ranges = Too many time ranges on one date.
schedule-error-opens-at-end-of-day = A range cannot open at 24:00.
schedule-error-zero-length = The range opens and closes at the same time.
schedule-error-inverted = The range closes before it opens: if it goes on past midnight, write +1 after the closing time (22:00-02:00+1).
schedule-error-longer-than-a-day = A range cannot last more than a day.
schedule-error-overlap = This range overlaps another on the same day.
schedule-error-duplicate-exception = This date appears twice.
schedule-error-exception-without-hours = The date has no hours: write the ranges or "closed".
schedule-error-invalid-note = The note is not valid.

## Services: public pages
nav-services = Services
services-title = Where to go
services-intro = Offices, help desks, courses and services for foreign nationals in the province of Alessandria, with the languages spoken and the opening hours.
services-filters = Filter the services
services-filter-category = What you need
services-filter-comune = Municipality
services-filter-group = For whom
services-filter-language = Language spoken
services-filter-any = All
services-filter-free = Free only
services-filter-no-appointment = No appointment needed
services-filter-open-now = Open now
services-filter-submit = Find services
services-filter-reset = Remove the filters
services-filter-ignored = A filter in the address is not valid and was ignored.
services-count = { $count ->
    [0] No services
    [one] One service
   *[other] { $count } services
}
services-none = No service matches the chosen filters: try removing some.
services-example = Example
services-example-note = Example record: it does not describe a real office.
services-languages = Languages spoken
services-hours-none = Hours not given
services-free = Free
services-not-free = Not free
services-appointment = By appointment
services-no-appointment = No appointment needed
services-open-now = Open now
services-closes-at = closes at { $time }
services-closed-now = Closed now
services-opens-at = opens on { $when }
services-back = All services
services-not-translated = This record is not translated into your language yet: it is shown in Italian.
services-summary = In short
services-categories = What it deals with
services-for-whom = For whom
services-channels = How to reach it
services-cost-label = Cost
services-appointment-label = Appointment
services-description = Description
services-who-for = Who it is for
services-how-to-access = How to access it
services-what-to-bring = What to bring
services-what-you-get = What you get
services-deadlines = Times and deadlines
services-conditions = Conditions
services-cost = What it costs
services-where = Where
services-address-protected = The address is not published because the place is protected: contact the service to find out how to get there.
services-contacts = Contacts
services-phone = Phone
services-email = Email
services-website = Website
services-hours = Opening hours
services-hours-closed = Closed
services-hours-special = Dates with special hours
services-verified = Information checked on { $date }
services-not-verified = Information not checked yet
weekday-mo = Monday
weekday-tu = Tuesday
weekday-we = Wednesday
weekday-th = Thursday
weekday-fr = Friday
weekday-sa = Saturday
weekday-su = Sunday

## Services: back office
services-desk-title = Services
services-desk-empty = No services yet: add the first one.
services-desk-verified = Checked
services-desk-never = never
services-desk-public = See the public page
services-new-title = New service
services-edit-title = Edit the service
services-field-name = Name of the service
services-field-sensitive = Protected place (reception centre, shelter)
services-field-sensitive-short = Protected
services-field-sensitive-help = A protected place is published without an address and does not appear on the map.
services-field-address = Address
services-field-lat = Latitude
services-field-lon = Longitude
services-field-organisation = Body that runs the service
services-field-phones = Phone numbers
services-field-phones-help = One per line, as usually written: 0131 123456, +39 348 1234567, 1522.
services-field-hours-help = One line per day or date: "lun 09:00-12:30, 14:00-17:00", "ven 22:00-02:00+1" when closing after midnight, "2026-12-25 chiuso [festivita]". In square brackets, the reason for a date: festivita, chiusura, estate, formazione, sciopero, elezioni, campagna-rinnovi. Empty: hours not given.
services-hours-line = Line
services-texts-in = Texts in { $language }
services-duplicate = A service with the same name at the same address in the same municipality already exists: nothing was saved.
services-duplicate-open = Open the existing service
services-confirm-outside = The coordinates are right: save anyway
services-verify = I confirm the information is still correct
notice-service-verified = Check recorded.
services-download = The whole directory as open data (CC BY 4.0):
services-back-to-first = This page of the list is empty: go back to the first one.

field-trusted = Trusted source
field-trusted-help = Changes its contributors make to services are published without the editors' approval.

## Institutional feeds of an organisation
feeds-title = RSS and Atom feeds
feeds-intro = Press releases published in these feeds reach the editors' intake queue by themselves. Each feed is checked at the interval given; after an error the checks are spaced out, down to one a day.
feeds-none = No feed for this organisation.
feeds-address = Feed address
feeds-address-help = An http:// or https:// address of an RSS or Atom feed, without user name or password.
feeds-last-status = Last result
feeds-last-check = Last check
feeds-last-success = Last successful check
feeds-items-received = Releases received
feeds-next-check = Next check
feeds-private-badge = internal addresses allowed
feeds-detail = Technical detail:
feeds-failures = { $count } failed checks in a row.
feeds-interval = Interval (minutes, 5 to 10080)
feeds-allow-private = Allow internal addresses (private network, this machine)
feeds-allow-private-help = Only for a feed server inside the organisation's network: without this the system refuses to connect to private, local or reserved addresses, even when a redirect leads there.
feeds-check-now = Check now
feeds-remove = Remove
feeds-add = Add a feed
feeds-back = Back to the organisation
feed-status-never = Not checked yet.
feed-status-ok = Read successfully.
feed-status-too-many-items = Read successfully, but the feed lists { $detail } releases: only the 100 most recent were taken, the others were ignored.
feed-status-not-modified = Nothing new since the last check (the server answered "not modified").
feed-status-http-error = The server answered with an error: the address may have changed or the site may be down.
feed-status-too-large = The feed is too large: reading stopped at the allowed limit and nothing was received.
feed-status-timeout = The server did not answer in time: nothing was received, it will be tried again later.
feed-status-connection-failed = The server could not be reached (unknown name, connection refused or invalid certificate).
feed-status-blocked-address = Connection blocked: the address, or a redirect from the server, leads to an internal address (private network or this machine). An administrator can allow it only for an internal server of the organisation.
feed-status-bad-redirect = The server redirects to an invalid or non-http(s) address: the redirect was not followed.
feed-status-too-many-redirects = The server redirects from one address to another too many times: the feed was not read.
feed-status-invalid-xml = The content is not valid XML: nothing was received and the feed's previous state was kept.
feed-status-not-a-feed = The address returns a web page or another document, not an RSS or Atom feed.
feed-status-receive-failed = The feed was read but the releases were not recorded because of an internal error: it will be tried again at the next check.
feed-error-url-too-long = The address is too long (2000 characters at most).
feed-error-url-invalid = Enter a full address, for example https://www.example.org/feed.xml.
feed-error-url-scheme = Only http:// and https:// addresses are accepted (not file://, ftp:// or others).
feed-error-url-credentials = The address must not contain a user name or password.
feed-error-url-private = The address leads to a private network or to this machine: it is accepted only if an administrator allows internal addresses.
feed-error-interval = The interval goes from 5 minutes to 10080 (one week).
feed-error-duplicate = This organisation already has this feed.
feed-error-needs-private = This feed's address is internal: the permission cannot be removed without changing the address.
notice-service-change-sent = Change sent: the editors will check it before it is published.
notice-service-change-approved = Change approved and published.
notice-service-change-rejected = Change rejected: the contributor will receive the reason by email.
notice-service-change-gone = This change had already been decided.
services-no-organisation = Your account is not linked to any organisation, so you cannot update services. Ask an administrator to link it.
services-desk-provider = Services of { $organisation }.
services-desk-trusted = Your changes are published at once.
services-desk-moderated = Your changes are published after the editors have checked them.
services-changes-waiting = Changes to approve: { $count }
services-change-pending = Waiting for approval
services-change-approved = Approved
services-change-rejected = Rejected
services-my-changes = Your changes
services-change-sent = Sent on
services-change-status = Status
services-change-new = new service
services-editing-pending = You are editing your proposal that is waiting for approval: sending it again replaces it.
services-moderated-help = The changes you send will be published after the editors have checked them.
services-change-waiting-here = A contributor has proposed a change to this service.
services-change-open = See the change
services-send-change = Send to the editors
services-changes-title = Proposed changes to services
services-changes-none = No change is waiting.
services-change-by = Proposed by
services-change-title = Proposed change
services-change-reason = Reason for rejecting
services-change-reason-help = The contributor will receive it by email.
services-change-record = Open the current record
services-change-new-help = This is a proposal for a new service.
services-change-invalid = The proposal cannot be saved as it is:
services-change-diff = What changes
services-change-no-difference = The proposal is the same as the current record.
services-change-field = Field
services-change-before = Now
services-change-after = Proposed
services-change-removed = removed
services-change-added = added
services-change-approve = Approve and publish
services-change-reject = Reject
mail-change-approved-subject = Change published: { $service }
mail-change-approved-body =
    Hello { $name },

    the editors approved your change to "{ $service }", which is now published.

    Your services: { $link }
mail-change-rejected-subject = Change not published: { $service }
mail-change-rejected-body =
    Hello { $name },

    the editors did not publish your change to "{ $service }", for this reason:

    { $reason }

    You can correct it and send it again: { $link }

services-stale-badge = To be checked
services-stale-note = This information has not been confirmed recently and may be out of date: before you go, call or check the service's website.
services-confirm-title = Confirm the record
services-confirm-intro = Check the main details of the service. If they are still correct, press the button: the record will show as checked today.
services-confirm-button = Yes, the information is still correct
services-confirm-change = Has something changed?
services-confirm-edit = Correct the record
services-confirm-done = Thank you: the record shows as checked today.
services-confirm-invalid = This link is not valid or has expired (it works once, for 30 days). You can always confirm or correct the record in the staff area.
services-confirm-login = Log in to the staff area
mail-stale-subject = Is everything still correct? { $service }
mail-stale-body =
    Hello { $name },

    the record "{ $service }" in the services guide has not been confirmed since { $date }. Readers need to rely on up-to-date hours and contacts.

    If everything is still correct, open this link and press the button (it works for 30 days):
    { $confirm }

    If something has changed, correct the record:
    { $edit }

editor-body-help = Text in Markdown. To place a service's card ("where to go"), write [[servizio 12]] on a line of its own, with the number from the address of the service's page.
error-service-card-missing = The text cites a service that does not exist: check the numbers in [[servizio …]].
services-card-label = Where to go
services-card-more = Hours, documents and contacts

map-attribution = Boundaries of the comuni: ISTAT, openpolis (CC BY 4.0)
services-see-map = See on the map
services-map-title = Map of services
services-map-intro = The services on the map of the province of Alessandria. Below the map you find the same services listed by comune.
services-map-to-list = Change the filters in the list
services-map-desc = Map of the province of Alessandria with { $count } services. A filled circle marks a service's address, a hollow circle only its comune, a number several services close together. The same services are listed by comune below the map.
services-map-group = { $count } services
services-map-group-comune = { $comune }: { $count } services
services-map-legend-exact = address of the service
services-map-legend-comune = comune only
services-map-legend-group = several services close together
services-map-hidden = { $count ->
        [one] One protected place (reception centre, shelter) is not shown on the map: you find it in the list.
       *[other] { $count } protected places (reception centres, shelters) are not shown on the map: you find them in the list.
    }
services-map-by-comune = Services by comune
services-map-comune-only = address not on the map
services-map-small-title = Location: { $comune }
services-map-small-exact = Map of the province of Alessandria with the service's comune highlighted and a circle at the service's address.
services-map-small-comune = Map of the province of Alessandria with the service's comune highlighted.
services-map-small-protected = Map of the province of Alessandria with the comune highlighted; the address of a protected place is not shown.

schedule-note-festivita = public holiday
schedule-note-chiusura = extraordinary closure
schedule-note-estate = summer hours
schedule-note-formazione = staff training
schedule-note-sciopero = strike
schedule-note-elezioni = elections
schedule-note-campagna-rinnovi = extra opening for renewals
service-warning-other-comune = The point on the map is in the comune of { $found }, not in the service's ({ $comune }): check the coordinates or the comune.
services-desk-stale-only = Only records to check

services-accessibility = Accessibility of the place
service-accessibility-senza-gradini = Step-free entrance
service-accessibility-ascensore = Lift
service-accessibility-bagno-accessibile = Accessible toilet
service-accessibility-parcheggio-riservato = Parking for people with disabilities
service-accessibility-anello-magnetico = Hearing loop
service-accessibility-interprete-lis = Italian Sign Language interpreter on request
service-accessibility-percorso-tattile = Tactile paving for blind people
services-field-province-wide = Serves the whole province
services-field-areas = Other comuni served
services-field-areas-help = Besides the comune where it is based. Hold Ctrl (or Cmd) to choose more than one.
services-field-contact-name = Contact person
services-field-contact-title = Role of the contact person
services-serves-province = Serves the whole province of Alessandria.
services-serves-also = Also serves:
services-contact-person = Contact person

services-search-label = Search the services
services-search-help = For example: residence permit, Italian course, dentist. All languages are searched.
services-taxonomy-description = The categories of the guide to services for migrants in the province of Alessandria.
search-services-title = Matching services
search-services-all = { $count ->
        [one] The service in the services guide
       *[other] All { $count } services in the services guide
    }

## Osservatorio
observatory-title = Immigration observatory
observatory-intro = Data on immigration in the province of Alessandria, up to date and open: key figures, charts, maps and datasets to download and reuse.
observatory-key-figures = Key figures
observatory-trend = { $change } on the previous period
observatory-source = Source
observatory-see-chart = See the chart
observatory-see-data = See the data
observatory-show-table = Show the data as a table
observatory-all-datasets = All datasets ({ $n })
observatory-catalogue = Open data catalogue (DCAT-AP_IT)
observatory-catalogue-title = Data catalogue of the Immigration Observatory of the province of Alessandria
observatory-catalogue-description = Open datasets on immigration in the province of Alessandria: foreign residents, residence permits, reception, population of the comuni.
observatory-publisher-name = Inter-institutional Immigration Observatory of the province of Alessandria
observatory-datasets-title = Datasets
observatory-all-themes = All themes
observatory-no-datasets = No dataset published.
observatory-rows-count = { $n } rows
observatory-rows = rows
observatory-modified = Updated on
observatory-issued = Published on
observatory-province = Province of Alessandria
observatory-download-csv = Download the data (CSV)
observatory-download-json = Download the data (JSON)
observatory-sample = First rows
observatory-sample-caption = The first { $n } rows of the current version
observatory-versions = Versions
observatory-version = Version
observatory-version-n = Version { $n }
observatory-current = current
observatory-rows-added = { $n } rows added
observatory-rows-removed = { $n } rows removed
observatory-column-added = column added: { $column }
observatory-column-removed = column removed: { $column }
observatory-no-changes = No difference from the previous version
observatory-charts-title = Charts
observatory-embed = Embed the chart
observatory-embed-help = Code to paste into another web page
observatory-shortcode-help = Code to write in a magazine story
observatory-admin-title = Observatory: data and charts
observatory-no-charts = No chart.
observatory-not-published = not published
observatory-published = Published
observatory-dataset-new = New dataset
observatory-dataset-edit = Edit the dataset
observatory-metadata = Description (DCAT-AP_IT)
observatory-field-title = Title
observatory-field-description = Description
observatory-field-keywords = Keywords, separated by commas
observatory-field-slug = Address (left empty, made from the title)
observatory-field-publisher = Publisher
observatory-field-rights-holder = Rights holder
observatory-same-as-publisher = The same as the publisher
observatory-field-themes = Themes
observatory-field-licence = Licence
observatory-field-frequency = Update frequency
observatory-field-temporal = Period covered
observatory-field-from = From
observatory-field-to = To
observatory-field-spatial = Area (ISTAT codes)
observatory-field-spatial-help = 006 for the whole province, or the codes of comuni separated by spaces (for example 006003 006039).
observatory-field-contact-name = Contact point
observatory-field-contact-email = Contact point's email
observatory-field-source = Source (web address)
observatory-field-attribution = Attribution to cite
observatory-field-published = Published on the site and in the catalogue
observatory-slug-taken = Another dataset or chart already uses this address.
observatory-public-page = Public page
observatory-upload-title = Upload a new version
observatory-upload-help = CSV file (separated by commas, semicolons or tabs, UTF-8 or Latin-1) or XLSX, up to { $mb } MB. Before the import you will see a preview to correct.
observatory-upload-file = File
observatory-upload-submit = Upload and see the preview
observatory-upload-refused = File not uploaded
observatory-upload-nothing-written = Nothing was saved: the dataset's current version stays as it was.
observatory-pending-uploads = Files uploaded and not yet imported
observatory-pending-open = open the preview to import or discard it
observatory-back-to-dataset = Back to the dataset
observatory-preview-title = Import preview
observatory-sheet = Sheet
observatory-read-settings = How to read the file
observatory-delimiter = Separator
observatory-delimiter-comma = Comma
observatory-delimiter-semicolon = Semicolon
observatory-delimiter-tab = Tab
observatory-encoding = Encoding
observatory-decimal = Decimal separator
observatory-decimal-comma = Comma (1.234,5)
observatory-decimal-point = Point (1,234.5)
observatory-header-row = Lines before the header
observatory-preview-rows = The first { $n } rows read this way. Check the type of each column.
observatory-column-type = Type of the column
observatory-version-note = What changes in this version (optional)
observatory-preview-again = Update the preview
observatory-import = Import
observatory-discard = Cancel and delete the file
observatory-rows-so-far = { $n } rows imported
observatory-import-done = Import complete: { $n } rows. This is now the current version.
observatory-import-failed = Import failed: nothing of this version was saved.
observatory-previous-kept = The previous version stays the published one.
observatory-compared-with = Compared with version { $n }
observatory-columns = Columns
observatory-status-importing = importing
observatory-status-ready = ready
observatory-status-failed = failed
observatory-chart-new = New chart
observatory-chart-edit = Edit the chart
observatory-chart-dataset = Dataset
observatory-chart-kind = Kind of chart
observatory-chart-choose-dataset = Choose the dataset, then its columns.
observatory-chart-columns = Show the columns
observatory-chart-category = Categories (horizontal axis, labels or comuni)
observatory-chart-values = Values to draw
observatory-chart-series = Split into series by the column
observatory-chart-filters = Filters
observatory-chart-filters-help = One line per filter: COLUMN=value, several values separated by |. For example REF_AREA=ITC18
observatory-chart-dashboard = Position on the province dashboard
observatory-chart-dashboard-help = From 1 to 99; empty if the chart is not on the dashboard.
observatory-chart-preview = Preview
observatory-chart-categories = { $n } categories
chart-kind-line = Lines
chart-kind-bar = Grouped bars
chart-kind-stacked-bar = Stacked bars
chart-kind-ranking = Ranking (horizontal bars)
chart-kind-table = Table
chart-kind-map = Map of the comuni
chart-no-data = no data
chart-error-filter = Write the filters as COLUMN=value, one per line (at most 20).
chart-error-position = Write a number from 1 to 99.
chart-map-needs-code = The map needs a column of ISTAT comune codes as categories.
chart-spec-unknown-column = The dataset has no such column.
chart-spec-not-numeric = This column holds no numbers: choose a numeric column for the values.
chart-spec-no-values = Choose at least one column of values.
chart-spec-series-many-values = To split into series, choose a single column of values.
chart-spec-too-many-series = Too many series (more than 12): add a filter.
chart-spec-too-many-categories = Too many categories: add a filter.
chart-spec-no-rows = No row matches the filters.
import-at-line = line { $line }
import-at-column = column “{ $column }”
import-at-value = value “{ $value }”
import-error-file-missing = The uploaded file is gone: upload it again.
import-error-header-row = Write a number of lines from 0 to 50.
import-error-no-file = Choose a file to upload.
import-error-sample = The first rows do not read with the chosen types: correct the column's type.
import-error-storage = The file could not be saved on the server. Try again later.
import-error-too-large = The file is larger than the maximum allowed ({ $size }): make it smaller (for example by splitting it into several files) and upload it again.
import-error-quota = You may keep at most { $files } files uploaded and not yet imported, { $size } in all: you have { $count } ({ $used }). Import or discard them from their preview, listed below, then upload this file again.
table-error-no-rows = The file holds no data rows.
error-date-invalid = Write a valid date (YYYY-MM-DD).
error-date-order = The end date must come after the start date.

nav-observatory = Observatory

error-chart-missing = The text cites a chart that does not exist or is not published: check the addresses in [[grafico …]].

## Open data vocabularies (EU themes, frequencies, licences)
dcat-theme-agri = Agriculture, fisheries, forestry and food
dcat-theme-econ = Economy and finance
dcat-theme-educ = Education, culture and sport
dcat-theme-ener = Energy
dcat-theme-envi = Environment
dcat-theme-gove = Government and public sector
dcat-theme-heal = Health
dcat-theme-intr = International issues
dcat-theme-just = Justice, legal system and public safety
dcat-theme-regi = Regions and cities
dcat-theme-soci = Population and society
dcat-theme-tech = Science and technology
dcat-theme-tran = Transport
dcat-frequency-triennial = Triennial
dcat-frequency-biennial = Biennial
dcat-frequency-annual = Annual
dcat-frequency-annual-2 = Semiannual
dcat-frequency-annual-3 = Three times a year
dcat-frequency-quarterly = Quarterly
dcat-frequency-bimonthly = Bimonthly
dcat-frequency-monthly = Monthly
dcat-frequency-monthly-2 = Semimonthly
dcat-frequency-monthly-3 = Three times a month
dcat-frequency-biweekly = Biweekly
dcat-frequency-weekly = Weekly
dcat-frequency-daily = Daily
dcat-frequency-update-cont = Continuously updated
dcat-frequency-cont = Continuous
dcat-frequency-irreg = Irregular
dcat-frequency-unknown = Unknown
dcat-frequency-other = Other
dcat-frequency-never = Never
dcat-licence-cc-by-4-0 = Creative Commons Attribution 4.0 International (CC BY 4.0)
dcat-licence-cc-by-3-0-it = Creative Commons Attribution 3.0 Italy (CC BY 3.0 IT)
dcat-licence-cc-by-sa-4-0 = Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)
dcat-licence-cc0-1-0 = Creative Commons CC0 1.0 Universal - Public Domain Dedication (CC0 1.0)
dcat-licence-odbl-1-0 = Open Data Commons Open Database License 1.0 (ODbL)
dcat-licence-odc-by-1-0 = Open Data Commons Attribution License 1.0 (ODC-By)
dcat-licence-iodl-2-0 = Italian Open Data License 2.0 (IODL 2.0)

search-data-title = Observatory data
search-data-dataset = dataset
search-data-chart = chart
search-data-report = report

chart-error-no-data = The chart has no values to show.
chart-error-too-many-series = Too many series: 12 at most.
chart-error-too-many-points = Too many values: 100,000 at most.
chart-error-too-many-categories = Too many categories for a column chart: 300 at most. Choose a ranking or add a filter.
chart-error-series-length = Every series needs one value per category.
chart-error-ranking-series = A ranking shows a single series.
chart-desc-many-points = Each line has { $points } points: individual values are in the data table.

table-error-empty = The file is empty.
table-error-html = The file is a web page, not a table. Download the CSV or XLSX file again.
table-error-binary = The file is not CSV text. For an Excel sheet use the XLSX format.
table-error-utf16 = The file is UTF-16: save it as UTF-8 CSV.
table-error-encoding = The file has characters that are invalid in the chosen encoding: try Windows-1252 (Latin-1).
table-error-no-header = No header line with the column names was found.
table-error-too-many-columns = The table has more than 500 columns.
table-error-duplicate-column = Two columns have the same name.
table-error-cell-too-long = The cell is longer than 10,000 characters.
table-error-settings = The reading settings are not valid. Reload the preview.
table-error-not-xlsx = The file is not a valid XLSX workbook.
table-error-xlsx-too-large = The workbook is too large once uncompressed.
table-error-no-such-sheet = The chosen sheet does not exist.
table-error-xlsx-read = The worksheet could not be read.
table-error-ragged = The row's number of cells does not match the header.
table-error-header-mismatch = The header does not have the expected number of columns.
table-error-unclosed-quote = A quotation mark is opened and never closed.
table-error-read = The file could not be read.
table-error-not-number = The value is not a number.
table-error-not-integer = The value is not a whole number.
table-error-not-year = The value is not a four-digit year.
table-error-not-date = The value is not a valid date (YYYY-MM-DD or DD/MM/YYYY).
table-error-not-istat-code = The value is not a six-digit ISTAT code.
table-note-windows-1252 = The file is not UTF-8: it was read as Windows-1252 (Latin-1).
table-note-partial = The preview is based on the first part of the file.
table-note-title-skipped = The title lines above the header were skipped.
table-note-footer-skipped = The notes at the foot of the table (source, notes) were skipped.
table-note-ragged-rows = Some rows have a different number of cells from the header.
table-note-columns-named = Columns without a name were named colonna_N.
table-note-empty-columns-dropped = Empty trailing columns without a name were removed.
table-note-no-data = The file has a header but no data rows.
table-type-integer = Whole number
table-type-decimal = Decimal number
table-type-year = Year
table-type-date = Date
table-type-istat-code = ISTAT code
table-type-text = Text

observatory-row-problems = These rows do not read with the chosen settings: correct the column type or the file before importing.

table-error-unknown-comune = No comune of the province has this ISTAT code.

## Osservatorio: reports
report-list-title = Reports
report-admin-title = Observatory: reports
report-none = No reports.
report-new = New report
report-edit = Edit the report
report-field-abstract = Abstract
report-field-authors = Authors
report-field-date = Publication date
report-field-datasets = Datasets used in the report
report-field-published = Published on the site
report-field-file = PDF file
report-field-replace-file = Replace the PDF file (optional)
report-field-file-help = A PDF file, up to { $mb } MB. If the form has errors, the file must be chosen again.
report-current-file = Current file
report-pages = { $n ->
        [one] { $n } page
       *[other] { $n } pages
    }
report-no-text = No text could be read from the PDF (a scan, a protected or damaged file): the site search will find the report by its title and abstract only.
notice-report-no-text = Report saved, but no text could be read from the PDF: the site search will find it by its title and abstract only.
report-download = Download the report (PDF)
report-datasets-title = Data used in the report
report-slug-taken = Another report already uses this address.
report-error-not-pdf = The file is not a PDF: upload the report as a PDF.
report-error-damaged = The file looks like a PDF but cannot be opened. Export it to PDF again and retry.
report-error-too-large = The file is larger than the maximum allowed.
report-error-no-file = Choose the report's PDF file.

observatory-share = { $percent } % of the resident population ({ $period })
observatory-chart-share = Share of a total (optional)
observatory-chart-share-help = To show the value on the dashboard as a share, for example foreign residents of the population: the dataset of the total, its column to add up, and the category of this chart the total refers to (the same year).
observatory-chart-share-dataset = Dataset of the total
observatory-chart-share-value = Column to add up
observatory-chart-share-category = Category (year)
chart-error-share-incomplete = A share needs the dataset, the column and the category.
chart-error-share-category = The chart has no value for this category.
chart-error-share-dataset = The dataset of the total is not published or has no data.
chart-error-share-column = That column of the total's dataset holds no numbers (or adds up to zero).

## Intake queue: codes
intake-channel-partner = Partner account
intake-channel-feed = Institutional feed
intake-channel-mail = Mailbox
intake-channel-public = Public form
intake-kind-comunicato = Press release
intake-kind-buona_pratica = Good practice
intake-status-to_verify = To verify
intake-status-new = New
intake-status-taken = In progress
intake-status-published = Published
intake-status-accepted = Accepted
intake-status-rejected = Rejected
intake-status-duplicate = Duplicate
intake-status-withdrawn = Withdrawn
intake-attachment-empty = the file is empty
intake-attachment-too-large = the file is larger than allowed
intake-attachment-too-many = too many attachments: at most 20 are kept
intake-attachment-not-allowed = file type not allowed (PDF, JPEG, PNG and WebP images, Word, Excel, PowerPoint, OpenDocument, RTF and text documents are accepted)
intake-attachment-mismatch = the file's content does not match its name (for example a .pdf that is not a PDF)
intake-attachment-damaged = the file looks like a PDF but does not open (perhaps incomplete or damaged): export it to PDF again and attach it
intake-error-too-many-comuni = Name at most 20 comuni: for the whole province, name none.
intake-error-embargo-past = The embargo has already passed: leave the field empty to publish now, or choose a future date.
intake-error-embargo-far = An embargo can last at most one year.
intake-error-period = Write the month as YYYY-MM (for example 2025-09).
intake-error-period-order = The end comes before the start.
intake-error-targets = Choose at least one target group.
intake-error-privacy = To send the report you must confirm that you have read the privacy notice.
error-datetime-invalid = Write the date and time as DD/MM/YYYY HH:MM.
organisation-contact-error-reach = Give at least an email or a phone number.
organisation-sender-error-invalid = Write an email address (press@prefettura.it) or a domain (prefettura.it).
mail-intake-new-subject = [AgorAL] { $kind }: { $title }
mail-intake-to-verify-subject = [AgorAL] To verify — { $kind }: { $title }
mail-intake-new-body =
    A new item has arrived in the editorial queue.

    { $kind } — { $channel }
    { $title }

    Open it here: { $link }
mail-intake-digest-subject = [AgorAL] { $count } new items for the editorial team
mail-intake-digest-body =
    These items reached the editorial queue since the last digest ({ $count }):

    { $items }

    The whole queue: { $link }
mail-intake-status-subject = [AgorAL] Update: { $title }
mail-intake-status-body =
    Your submission “{ $title }” is now: { $status }.
    { $reason }

    Follow it here: { $link }

    The AgorAL editorial team

## Good practices: the public form, the status link, the public list
mail-intake-status-own-link = the personal link in the confirmation email
nav-good-practices = Good practices
footer-report-good-practice = Report a good practice
good-practice-form-title = Report a good practice
good-practice-form-intro = Do you know of a reception or inclusion project that works, in a comune of the province of Alessandria? Tell us about it: the editorial team reads it and, if it accepts it, adds it to the public list of good practices.
good-practice-section-what = The practice
good-practice-field-title = Title
good-practice-field-description = Description
good-practice-field-description-help = What is done, how, and with whom. At least 30 characters; separate paragraphs with a blank line.
good-practice-field-outcome = Results (optional)
good-practice-section-where = Where and who
good-practice-field-comune = Comune
good-practice-choose-comune = Choose a comune
good-practice-field-runner = Who runs it (organisation or association)
good-practice-field-targets = Who it is for
good-practice-field-period-start = From month (optional)
good-practice-field-period-end = To month (optional)
good-practice-field-period-help = Write the month as YYYY-MM, for example 2025-09.
good-practice-field-link = Website
good-practice-section-photos = Photos (optional)
good-practice-field-photos = Up to { $max } photos
good-practice-field-photos-help = JPEG, PNG or WebP, at most { $mb } MB each. Place, date and device are removed from the photos before they are stored.
good-practice-field-photos-consent = I declare that the people who can be recognised in the photos agreed to their publication. Without this declaration the photos are not published.
good-practice-section-contact = Your contact details
good-practice-field-contact-name = Name (optional)
good-practice-field-contact-email = Email
good-practice-field-contact-email-help = We send a personal link here, to follow your report and withdraw it if you wish.
good-practice-field-privacy = I have read the privacy notice and agree to my data being processed for this report.
good-practice-retention-note = Your contact details are deleted 12 months after the report is closed.
good-practice-submit = Send the report
good-practice-error-photos = Some photos were not accepted:
good-practice-photo-too-many = at most { $max } photos can be sent
good-practice-photo-not-image = not a photo (JPEG, PNG and WebP images are accepted)
good-practice-photos-again = Photos are not kept when the form comes back: choose them again before sending.
good-practice-sent = Thank you: your report has reached the editorial team.
good-practice-sent-mail = We have sent you an email with a personal link to follow its status. If you cannot find it, look in your spam folder too.
good-practice-send-another = Report another good practice
good-practice-mail-subject = [AgorAL] We received your good practice: { $title }
good-practice-mail-body =
    Thank you for telling us about “{ $title }”.

    The editorial team will read it soon. With this personal link you can follow its status and withdraw it if you wish:
    { $link }

    Do not forward this message: whoever has the link can withdraw the report.

    The AgorAL editorial team
good-practice-status-title = Your report
good-practice-status-unknown = This link does not match any report. Check that you copied all of it from the email; links of reports closed more than 12 months ago are no longer valid.
good-practice-status-label = Status
good-practice-status-received = Received on
good-practice-status-updated = Last updated
good-practice-status-closed = Closed on
good-practice-status-reason = Reason given by the editorial team
good-practice-status-keep-link = Keep the email with this link: it is the only way back to this page.
good-practice-withdraw-title = Withdraw the report
good-practice-withdraw-intro = If you withdraw it, the editorial team will not use it and the photos you sent are deleted.
good-practice-withdraw-accepted = The practice is on the public list of good practices: if you withdraw it, it leaves the list and the photos you sent are deleted.
good-practice-withdraw-confirm = Yes, I want to withdraw this report
good-practice-withdraw-button = Withdraw the report
good-practice-withdraw-confirm-needed = Tick the box to confirm the withdrawal.
good-practice-withdrawn = The report has been withdrawn.
good-practices-title = Good practices
good-practices-intro = Reception and inclusion projects in the comuni of the province of Alessandria, reported by people on the ground and checked by the editorial team.
good-practices-report-link = Report a good practice
good-practices-count = { $count ->
    [0] No good practices
    [one] One good practice
   *[other] { $count } good practices
}
good-practices-none = No good practice matches the search.
good-practices-counts-download = The number of good practices per comune and per target group:
good-practices-back = All good practices
good-practice-runner = Run by
good-practice-period = Period
good-practice-since = since { $start }
good-practice-accepted-on = On the list since
good-practice-photo-alt = Photo { $n } of the good practice “{ $title }”

## A person's data on request
nav-person-data = Personal data
person-data-title = Personal data on request
person-data-intro = When a person asks which of their data we hold, or asks us to delete them, look up their email address here: you see the reports and press releases sent with that address, the organisations' contacts, the reports of problems with the site, the emails we wrote to them and the staff accounts.
person-data-look-up = Look up
person-data-held = What we hold
person-data-nothing = No data held under this address.
person-data-items = Sent to the editorial team
person-data-kind = Type
person-data-title-column = Title
person-data-sender = Sender
person-data-contacts = Organisations' contacts
person-data-accounts = Staff accounts
person-data-export = Download everything (JSON)
person-data-erase-title = Erase the data
person-data-erase-what = Erasing removes the sender's name, email and phone from everything sent with this address (the texts stay: they are the organisations' press releases and practices), and deletes the organisations' contacts with this address, the reports of problems with the site left with this address and the emails we wrote to it (including those not sent yet).
person-data-erase-not = Not erased: staff accounts (disable them from the Users page) and the photos of good practices already published with the declared consent (withdrawn through the personal link or by asking the editorial team).
person-data-erase-confirm = I confirm: the person asked for their data to be erased
person-data-erase = Erase the data
person-data-confirm-needed = Tick the box to confirm the erasure.
person-data-erased = The data of this address have been erased.
## Intake queue: pages
intake-queue-title = Editorial intake
intake-filters = Queue filters
intake-filter-open = To work on (new and in progress)
intake-filter-all = All
intake-filter-any = Any
intake-filter-from = Received from
intake-filter-to = Received until
intake-filter-apply = Filter
intake-filter-reset = Clear filters
intake-filter-bad = Some filters in the address were not valid and were ignored.
intake-count = { $count ->
    [one] One item
   *[other] { $count } items
}
intake-empty = No item matches the filters.
intake-field-title = Title
intake-field-body = Text
intake-field-kind = Type
intake-field-channel = Channel
intake-field-status = Status
intake-field-organisation = Organisation
intake-field-received = Received
intake-field-assigned = Assigned to
intake-field-sender = Sender
intake-field-source-date = source date
intake-field-comuni = Comuni
intake-field-comuni-help = Hold Ctrl (or Cmd) to choose more than one. For the whole province, choose none.
intake-field-lang = Language
intake-field-link = Link
intake-field-story = Story
intake-field-runner = Who runs it
intake-field-targets = Target groups
intake-field-period = Period
intake-field-period-start = Start (month)
intake-field-period-end = End (month)
intake-field-outcome = Outcomes
intake-field-photos-consent = People who can be recognised in the photos agreed to their publication
intake-field-contact = Contact for the editorial team
intake-field-phone = Phone
intake-trusted = Trusted source
intake-anonymised = sender's data erased (retention expired or on request)
intake-embargo = Embargo
intake-embargo-help = Optional. Date and time (Italian time) before which nothing may be published.
intake-embargo-holds = still in force: it cannot be published before
intake-open-story = Open the story
intake-original-text = Original text
intake-attachments = Attachments
intake-attachments-help = PDF, images, Word, Excel, PowerPoint, OpenDocument, RTF or text documents
intake-choose-files-again = For safety, files are not kept when the form has errors: choose them again.
intake-actions = Actions
intake-to-verify-help = The sender is not verified. Check that the message really comes from the organisation before putting it in the queue.
intake-action-verify = Verified: put in the queue
intake-action-draft = Make a draft story
intake-action-publish = Publish as a press release
intake-action-publish-at-embargo = Schedule the press release for the end of the embargo
intake-action-accept = Accept as a good practice
intake-publish-needs-trust = Only press releases from a trusted source are published as they are; the others become a draft to review.
intake-action-assign-to = Assign to
intake-nobody = Nobody
intake-action-assign = Assign
intake-action-duplicate-of = Duplicate of item no.
intake-action-duplicate = Mark as duplicate
intake-action-reject-reason = Reason for rejecting (sent to the sender)
intake-action-reject = Reject
intake-history = History
intake-action-note = Internal note
intake-action-add-note = Add the note
intake-event-received = received
intake-event-verified = sender verified
intake-event-assigned = assigned
intake-event-note = note
intake-event-rejected = rejected
intake-event-duplicate = marked as duplicate
intake-event-accepted = accepted as a good practice
intake-event-drafted = draft story made
intake-event-published = published
intake-event-edited = edited by the sender
intake-event-body-cut = text too long, shortened
intake-event-attachment-refused = attachment not kept
intake-event-withdrawn = withdrawn by the sender
intake-notice-sent = Sent to the editorial team. Here you can follow its status and edit it until the team takes it on.
intake-notice-verified = The sender is verified and the item is in the queue.
intake-notice-assigned = Assignment saved.
intake-notice-note = Note added.
intake-notice-rejected = Rejected; the sender receives the reason.
intake-notice-duplicate = Marked as duplicate.
intake-notice-accepted = Good practice accepted: it is now in the public list.
intake-error-gone = Someone else has acted on this item in the meantime: reload the page.
intake-error-not-trusted = Only press releases from a trusted source are published without review.
intake-error-story-text = A story could not be made from this text: make a draft by hand.
intake-error-duplicate-of = Give the number of another item of the queue.
intake-error-embargoed = This story comes from a press release under embargo: it cannot be published before the embargo ends.
intake-error-taken = The editorial team has taken this submission on: it can no longer be changed.
intake-error-too-many-files = You can attach at most 10 files.
intake-error-files-refused = Some files were not accepted: see below.
intake-form-has-errors = The form has errors: correct the fields marked.
intake-partner-title = My submissions to the editorial team
intake-partner-new-title = New submission to the editorial team
intake-partner-edit-title = Submission to the editorial team
intake-partner-intro = Press releases and good practices sent on behalf of { $organisation }.
intake-partner-as = You are sending on behalf of { $organisation }.
intake-partner-none = You have not sent anything yet.
intake-partner-taken = The editorial team has taken this submission on: it can no longer be changed.
intake-partner-no-organisation = Your account is not linked to an organisation: ask an administrator to link it.
intake-practice-fields = Only for a good practice
intake-practice-fields-help = If you are sending a good practice, say where it takes place, who runs it and whom it is for.
intake-send = Send to the editorial team
article-source-release = Source: { $source }, press release of { $date }
article-source-practice = Source: { $source }, report of { $date }

## Organisations: network
organisation-add = Add
organisation-remove = Remove
organisation-network-link = Contacts, sender addresses and contributions
organisation-public-page = Public page
organisation-trusted-help = Its press releases can be published as they are in one step.
organisation-untrusted-help = Not a trusted source: its press releases become drafts to review. This is changed on the organisation's record.
organisation-senders = Sender addresses
organisation-senders-help = Mail from these addresses, or from a whole domain, is credited to the organisation. Mail from addresses that are not verified stays "to verify".
organisation-senders-none = No sender address.
organisation-sender-new = Email address or domain
organisation-sender-verified = verified
organisation-sender-unverified = not verified
organisation-sender-verify = Mark as verified
organisation-sender-verified-now = I have verified it (for example by calling the office)
organisation-sender-error-taken = This address or domain is already registered.
organisation-contacts = Contacts
organisation-contacts-none = No contact.
organisation-contact-new = New contact
organisation-contact-role = Role
organisation-contact-notes = Notes
organisation-contact-consent = Consent
organisation-contact-consent-label = Agreed to be contacted by the editorial team
organisation-contributions = Published contributions
organisation-contributions-none = No published contribution yet.
organisation-public-stories = From its releases
organisation-public-stories-none = No story yet.
organisation-public-services = Its services
organisation-public-services-none = No service in the directory.
## The intake's mailbox (IMAP)
mailbox-title = Press release mailbox
mailbox-no-subject = Message without a subject from { $sender }
mailbox-unreadable-title = Unreadable mail message
mailbox-never-checked = never
mailbox-status-line = Mailbox { $mailbox }: last checked { $when }, { $status }; { $count ->
        [one] one message received
       *[other] { $count } messages received
    }.
mailbox-status-never = not checked yet
mailbox-status-ok = read up to the last message
mailbox-status-unreachable = server unreachable
mailbox-status-login-refused = user name or password refused
mailbox-status-folder-missing = folder not found
mailbox-status-failed = stopped by an error: it resumes from the first message not saved
intake-event-sender-unverified = sender not verified: the mail server does not confirm that the message really comes from this address
intake-event-mail-incomplete = message not readable in full: compare it with the original in the mailbox
intake-event-mail-unreadable = unreadable message: the text is the beginning of the message as it arrived
intake-event-mail-too-large = message too large to download, left in the mailbox: only its headers are here (size and limit in bytes)
intake-event-mail-attachments-left-out = more attachments not read (how many)

account-intake-notify = Notices of new items for the editorial team
account-intake-notify-immediate = One email for each new item
account-intake-notify-digest = One digest a day
account-intake-notify-never = No email

mail-intake-withdrawn-subject = [AgorAL] Withdrawn by the sender — { $kind }: { $title }
mail-intake-withdrawn-body =
    The sender has withdrawn this item from the editorial queue.

    { $kind }
    { $title }

    Nothing more needs doing; its record stays here: { $link }

person-data-reports = Reports of problems with the site
person-data-mails = Emails we wrote to them
person-data-mail-unsent = not sent yet
