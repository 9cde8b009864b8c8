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
error-control-characters = The text contains characters that are not allowed.
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
