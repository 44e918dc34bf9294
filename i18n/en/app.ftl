# Kindred's text in English: the shell and the views. Every key here exists in da/ and nb/ too (a test checks),
# and every key is used by the code. Sentence case; "…" where a dialog follows.

## Views

view-people = People
view-milestones = Milestones
view-journeys = Journeys
view-board = Board
view-insights = Insights
view-exercise = Exercise

## Actions (menus and shortcuts)

action-new = New workspace…
action-new-person = New person
action-open = Open…
action-open-path = Open by path…
action-import = Import…
action-save = Save
action-save-as = Save as…
action-backups = Backups…
action-undo = Undo
action-redo = Redo
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-zoom-reset = Reset zoom
action-quit = Quit

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-export = Export
menu-undo-named = Undo { $label }
menu-redo-named = Redo { $label }
menu-theme = Theme
menu-language = Language
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
menu-about = About Kindred

## Export targets

export-csv = People as CSV…
export-vcf = People as vCard 3.0…
export-vcf4 = People as vCard 4.0…
export-ics = Milestones as iCalendar…
export-journey-md = Journey map “{ $name }” as a Markdown handout…
export-journey-html = Journey map “{ $name }” as an HTML handout…
export-journey-png = Journey map “{ $name }” as a PNG picture…
export-journey-template = Journey map “{ $name }” as a template…
export-person-md = “{ $name }” as Markdown…
export-person-json = “{ $name }” as JSON…
export-workspace-json = Workspace as JSON…
export-workspace-copy = Workspace copy…
export-done = Exported to { $path }
export-failed = Could not export: { $error }

## The path dialog and native dialogs

path-open = Open a workspace
path-save-as = Save the workspace as
path-export = Export: { $what }
path-import = Import contacts, a workspace or a journey template
path-field-workspace = Path of the .kindred file
path-field-export = Path of the .{ $format } file
path-field-import = Path of the .vcf, .csv, .kindred or .kindred-journey file
filter-workspace = Kindred workspace
filter-import = Contacts, workspaces and templates

## Common buttons

button-ok = OK
button-cancel = Cancel
button-close = Close
button-show = Show
button-dismiss = Dismiss
button-save = Save
button-dont-save = Don't save
button-restore = Restore
button-discard = Discard

## The shell

shell-no-workspace = No workspace is open.
shell-no-data-directory = Kindred cannot find your data directory.
shell-read-only = Read-only: { $reason }
shell-repair-ids = Give the duplicates new ids…
repair-ids-title = Give the duplicates new ids?
repair-ids-body = { $count ->
    [one] One record shares its id with another.
   *[other] { $count } records share their id with another.
} The first record with an id keeps it; the others get new ones. Nothing else in them changes.
repair-ids-links = Links to a shared id (a milestone's relative, a card's phase and lane, a person's place on a board, an incident's or idea's phase) stay with the record they lead to now: the first with that id in the same person or map.
repair-ids-undo = It is one step, which Undo in the Edit menu takes back. Afterwards the workspace can be edited and saved.
repair-ids-step = New ids for duplicates
repair-ids-confirm = Give new ids
repair-ids-done = { $count ->
    [one] 1 record got a new id.
   *[other] { $count } records got new ids.
} Save to keep them.
repair-ids-failed = The ids were not renewed: { $error }
shell-show-milestones = Show milestones
shell-dismiss-reminder = Dismiss the milestone reminder
shell-undone = Undone: { $label }
shell-redone = Redone: { $label }
shell-new-workspace = A new workspace: Save chooses where it is kept.
shell-saved = Saved.
shell-saving = Saving…
shell-saved-as = Saved as { $path }
shell-autosave-failed = Unsaved work could not be autosaved: { $error }
shell-save-failed-rescued = { $error }. Your unsaved work is kept in { $recovery } and is offered back when this workspace is opened again.
shell-save-failed-memory-only = { $error }. Your unsaved work could not be written to the recovery file either ({ $recovery }): it is only in memory. Use Save as… to save it somewhere else, on another disk for instance.

loading-title = Opening { $file }…
loading-people = { $count ->
    [one] 1 person read
   *[other] { $count } people read
}
loading-lost = The workspace could not be read: the reading stopped before it ended.
# A view whose figures are being counted a slice of people each frame.
view-counting = Counting… { $done } of { $total } people
# Beside figures shown while newer ones are counted.
view-updating = Updating…

## Welcome

welcome-title = Welcome to Kindred
welcome-line-1 = Know your customers as people: their families, milestones and what matters to them,
welcome-line-2 = the journeys they travel with you, and where each of them stands.
welcome-kept-in = Your workspace will be kept in { $path }
welcome-empty = Start with an empty workspace
welcome-sample = Start with the sample workspace
welcome-sample-failed = The sample workspace could not be read: { $error }

## Dialogs

unsaved-title = Save your changes?
unsaved-body = This workspace has changes that are not saved.
recovery-title = Restore unsaved work?
recovery-body = Kindred was closed before your last changes were saved. They were kept ({ $written }). Restore them, or discard them and keep the workspace as it was saved?
recovery-restored = Unsaved work restored. Save to keep it.
recovery-failed = The unsaved work could not be restored: { $error }
recovery-autosaved = autosaved
recovery-autosaved-at = autosaved { $date } at { $time }
backups-title = Backups of this workspace
backups-body = Kindred keeps the last five saved versions of this workspace, backup 1 the newest. Restoring one replaces what is open as unsaved work; when you save it, the version it replaced is kept as backup 1, so nothing is lost.
backups-none = There are no backups yet: one is kept each time the workspace is saved.
backups-saved-at = saved { $date } at { $time }
backups-time-unknown = saved at an unknown time
backups-entry = Backup { $number }: { $saved }, { $people ->
    [one] 1 person
   *[other] { $people } people
}, { $kilobytes } KB
backups-restore = Restore backup { $number }
backups-unreadable = Backup { $number } ({ $saved }) cannot be restored: { $reason }
backups-restored = Backup { $number } restored as unsaved work. Save to keep it; the version it replaced becomes backup 1.
backups-restore-failed = Backup { $number } could not be restored: { $error }
locked-title = This workspace is open elsewhere
locked-body = It is open in Kindred by { $holder }.
locked-foreign = If that program is no longer running (a computer that was switched off, say), take the lock over. If it is running, two people editing one file lose each other's work.
locked-here = It is open read-only here. Close it there to edit it here.
locked-take-over = Take over the lock
locked-open-read-only = Open read-only
locked-take-over-failed = The lock could not be taken over.
locked-take-over-error = The lock could not be taken over: { $error }
changed-title = The file changed on disk
changed-body = Someone or something (a sync tool, another computer) saved this workspace after you opened it. Saving now would overwrite their version.
changed-reload = Reload theirs (drop my changes)
changed-keep-mine = Keep mine, and save theirs as a copy
changed-compare = Compare…
changed-reloaded = Reloaded the version on disk.
changed-copy-failed = Their version could not be copied, so nothing was saved: { $error }
changed-kept = Saved. Their version is kept as { $path }
changed-unreadable = Their version cannot be read: { $error }
compare-title = Your version compared with theirs
compare-reload = Reload theirs
compare-same = The two versions hold the same people and journey maps.
compare-name = The workspace's name differs.
compare-people-mine = People only in yours ({ $count })
compare-people-theirs = People only in theirs ({ $count })
compare-people-changed = People changed ({ $count })
compare-maps-mine = Journey maps only in yours ({ $count })
compare-maps-theirs = Journey maps only in theirs ({ $count })
compare-maps-changed = Journey maps changed ({ $count })
about-version = Version { $version }
about-tagline = Know your customers as people.
failed-title = This workspace could not be opened
failed-unchanged = The file has not been changed.

## Import

import-title = Import { $file }
import-reading = Reading { $path } as { $format }…
import-reading-any = Reading { $path }…
import-progress = { $done } of { $total }
import-seconds = { $seconds } s
import-nothing = Nothing was imported: { $error }
import-unchanged = The workspace is unchanged.
import-mapping-help = Choose what each column holds. The choice is remembered for files with these columns.
import-mapping-ready = { $mapped } of { $columns } columns will be read.
import-mapping-needed = Map at least one column to a name, organisation or e-mail.
import-continue = Continue
import-columns = Columns…
import-columns-hint = Choose what each column holds
import-column = Column
import-first-row = First row
import-holds = Holds
import-column-holds = Column { $name } holds
import-column-unnamed = (column { $count })
import-read-as = Read as { $format }.
import-summary = { $new } new, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
import-summary-maps = { $new } new, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped, { $maps } journey map(s) added
import-note = Note: { $note }
import-adds-map = Adds the journey map “{ $name }”
import-some-skipped = { $count ->
    [one] 1 part cannot be imported; the rest can. The reason is in the list.
   *[other] { $count } parts cannot be imported; the rest can. The reasons are in the list.
}
import-outcome-new = New
import-outcome-updated = Updated
import-outcome-unchanged = Unchanged
import-outcome-skipped = Skipped: { $reason }
import-nothing-to-import = Nothing to import
import-maps = { $count ->
    [one] Import 1 journey map
   *[other] Import { $count } journey maps
}
import-changes-adds = adds { $adds }
import-changes-keeps = keeps { $keeps }
import-changes-both = adds { $adds }; keeps { $keeps }
import-add = { $count ->
    [one] Add 1 person
   *[other] Add { $count } people
}
import-update = { $count ->
    [one] Update 1 person
   *[other] Update { $count } people
}
import-add-update = { $new ->
    [one] Add 1 person
   *[other] Add { $new } people
}, update { $updated }
import-field-name = name
import-field-organisation = organisation
import-field-role = role
import-field-email = e-mail
import-field-phone = phone
import-field-address = address
import-field-website = website
import-field-photo = photo
import-field-tags = tags
import-field-key-account = key account
import-field-purpose = why we keep this
import-field-status-reason = status reason
import-field-family = family
import-field-interests = interests
import-field-birthday = birthday
import-field-milestones = milestones
import-field-what-matters = what matters
import-field-proud-of = proud of
import-field-preferences = preferences
import-field-notes = notes
import-field-needs = needs
import-field-fit = fit
import-field-incidents = incidents
import-field-ideas = ideas
import-field-log = interaction log
import-field-journeys = journeys
import-read-only = Open a workspace you can edit to import into it.
import-done = Imported: { $summary }. Undo takes the whole import back.
import-failed = The import failed and changed nothing: { $error }
import-drop-hint = Drop to import: vCard, CSV, a workspace or a journey template
import-busy = An import is already open; finish it before dropping another file.
import-several-dropped = { $count } files were dropped; importing the first. Drop the others one at a time.
import-stopped = reading the file stopped unexpectedly
import-thread-failed = the file could not be read: { $error }

## People

people-search = Search
people-search-hint = name, organisation, tag, interest…  Ctrl+F
people-status = Status
people-any-status = Any status
people-tag = Tag
people-any-tag = Any tag
people-key-accounts = Key accounts
people-low-knowledge = Low knowledge
people-low-knowledge-hint = Below { $percent } % of the human facts known
people-no-recent-contact = No personal contact for { $count } days
people-sort-by = Sort by
people-descending = Descending
people-add-person = Add person
people-new-person = New person
people-find-duplicates = Find duplicates
people-shown = { $shown } of { $count } people
people-selected = { $count } selected
people-add-tag = Add tag…
people-tag-to-add = Tag to add
people-add-tag-now = Add tag to selected
people-remove-tag = Remove tag…
people-tag-to-remove = Tag to remove
people-remove-tag-now = Remove tag from selected
people-set-status = Set status
people-set-status-of = { $count ->
    [one] Set status of 1 person
   *[other] Set status of { $count } people
}
people-delete-many = Delete…
people-copy = Copy names and e-mails
people-copied = { $count ->
    [one] Copied 1 person to the clipboard.
   *[other] Copied { $count } people to the clipboard.
}
people-tagged = { $count ->
    [one] Tag 1 person “{ $tag }”
   *[other] Tag { $count } people “{ $tag }”
}
people-untagged = { $count ->
    [one] Remove tag “{ $tag }” from 1 person
   *[other] Remove tag “{ $tag }” from { $count } people
}
people-merge = Merge…
people-clear-selection = Clear selection
people-delete = Delete
people-delete-many-title = { $count ->
    [one] Delete 1 person?
   *[other] Delete { $count } people?
}
people-delete-many-body = They and everything known about them will be deleted. Undo brings them back.
people-delete-many-label = { $count ->
    [one] Delete 1 person
   *[other] Delete { $count } people
}
people-delete-title = Delete this person?
people-delete-body = { $name } and everything known about them will be deleted. Undo brings them back.
people-delete-label = Delete { $name }
people-duplicates-title = Likely duplicates
people-duplicates-count = { $count ->
    [one] 1 pair. Merging keeps every fact of both.
   *[other] { $count } pairs. Merging keeps every fact of both.
}
people-no-duplicates = No likely duplicates found.
people-merge-title = Merge two people
people-merge-body = Choose whom to keep. Every fact of the other is added to them; nothing is lost.
people-merge-label = Merge { $name } into { $into }
people-keep-left = Keep left
people-keep-right = Keep right
people-summary-organisation = Organisation: { $value }
people-summary-role = Role: { $value }
people-summary-status = Status: { $value }
people-summary-status-key = Status: { $value } · ★ key account
people-summary-email = E-mail: { $value }
people-summary-phone = Phone: { $value }
people-summary-tags = Tags: { $value }
people-summary-life = { $family } family · { $interests } interests · { $milestones } milestones
people-summary-log = { $interactions } interactions · { $incidents } incidents · { $ideas } ideas
sort-name = Name
sort-organisation = Organisation
sort-knowledge = Knowledge
sort-last-contact = Last contact
sort-next-milestone = Next milestone
status-prospect = Prospect
status-customer = Customer
status-former-customer = Former customer
status-declined = Declined by us

## Journeys: dot voting

journeys-dot-voting = Dot voting
journeys-dot-voting-hint = On: a click on a card adds a dot, a right-click takes one away; cards do not move
journeys-votes-total = { $count ->
    [one] 1 dot
   *[other] { $count } dots
}
journeys-clear-votes = Clear votes
journeys-clear-votes-label = Clear the votes on { $name }
journeys-vote-label = Dot vote
journeys-unvote-label = Take a dot away
journeys-card-with-votes = { $text } — { $count ->
    [one] 1 vote
   *[other] { $count } votes
}

## Present mode

action-present = Present mode
present-mask-on = 🔒 Privacy mask on
present-mask-off = Privacy mask off
present-mask-hint = While on, contact details, family, ages, notes, the log, incident details and every judgement of a person (fit, decision, status reason, why we keep their data) are hidden
present-timer = Timer
present-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
present-minutes-short = { $count } min
present-time-left = Time left: { $time }
present-start = Start
present-pause = Pause
present-reset = Reset
present-time-up = Time's up
present-leave = Leave
present-leave-hint = Leave present mode (Esc or F5)
present-not-while-masked = Not while the privacy mask is on: turn it off to change people.

## Settings

action-settings = Settings…
settings-title = Settings
settings-app = This computer
settings-zoom = Zoom
settings-workspace = This workspace
settings-name = Name
settings-name-label = Rename the workspace
settings-currency = Currency
settings-currency-hint = The three-letter code yearly values are in (DKK, NOK, EUR)
settings-currency-label = Change the currency
settings-leap-day = 29 February in other years
settings-february-28 = 28 February
settings-march-1 = 1 March
settings-present = Present mode
settings-initials = Show people by their initials
settings-workspace-label = Change the workspace's settings
settings-no-workspace = Open a workspace you can edit to change its settings.
settings-remind = Remind before a milestone
settings-remind-hint = New milestones remind this many days ahead; each milestone can change its own in the profile.
settings-days-suffix = { " " }days
settings-family-remind = Remind before a relative's birthday
settings-retention = Review former customers' data
settings-retention-off = Never
settings-retention-months = { $count ->
    [one] after 1 month without contact
   *[other] after { $count } months without contact
}
settings-retention-hint = Former customers and people we declined come up in Milestones for review once they have had no contact this long: keep their data, or erase it.

## Command palette

action-palette = Command palette…
palette-title = Find a command, a person, a journey map or a card
palette-hint = Type to search; the arrow keys and Enter, or click
palette-nothing = Nothing matches.
palette-person = person
palette-journey = journey map
palette-card = card on { $map }
palette-not-in-present-mode = Not in present mode: leave it first (Esc).

## The exercise: how well do you know your customers?

exercise-title = How well do you know your customers?
exercise-score = { $known } of { $cells } facts known
exercise-workspace-score = Workspace knowledge score: { $percent } %
exercise-nobody = Mark some people as key accounts (or customers) to play.
exercise-help = Ask the room one fact at a time. A click on a question mark takes what the room knows; a tick means the workspace knows it already.
exercise-person = Person
exercise-cell = { $name }: { $fact }
exercise-known = { $what } — known
exercise-unknown = { $what } — not known yet
exercise-unknown-hint = Click to add what the room knows
exercise-question = What does the room know about { $name }: { $fact }?
exercise-day-hint = a day: 4.12. or 1976-12-04
exercise-add = Add
exercise-learnt-label = Learnt { $name }: { $fact }
fact-birthday = Birthday
fact-family = Family
fact-interests = Interests
fact-what-matters = What matters
fact-proud-of = Proud of
fact-preferences = Preferences
fact-needs = Their need
fact-contact = Recent personal contact

## Board

board-no-maps = This workspace has no journey maps yet: a board shows people in the phases of one.
board-journey = Journey
board-not-placed = Not placed
board-tag = Tag or segment
board-key-only = Key accounts only
board-hint = Drag a person to another phase or place · click, then Ctrl+arrows · Enter opens
board-why-question = Why did { $name } move to { $phase }?
board-why-kind = Kind of reason
board-why-touchpoint = Touchpoint
board-why-driver = Driver
board-why-barrier = Barrier
board-why-text = What moved them
board-why-hint = e.g. a tasting visit
board-skip = Skip
board-why-label = Log why { $name } moved
board-move-label = Move { $name } to { $phase }
board-milestone-soon = within 14 days
board-open-incidents = { $count ->
    [one] 1 unresolved incident worse than expected
   *[other] { $count } unresolved incidents worse than expected
}
fit-let-go = We decided to let them go
fit-no-need = They do not see the need we meet
fit-time-no-value = Ten hours or more spent, and no yearly value
fit-price-only = Buys on price alone, and no value recorded

## Insights

insights-heading = Insights
insights-knowledge = How well do we know our customers?
insights-no-people = No people yet: the scores appear when the workspace has people.
insights-share = The share of { $facts } human facts we know, over all { $count } people.
insights-distribution = Knowledge score distribution
insights-distribution-table = Score distribution as a table
insights-axis-score = Knowledge score (%)
insights-axis-people = People
insights-score = Score
insights-key-accounts = Key accounts, lowest score first
insights-key-accounts-table = Key accounts as a table
insights-key-accounts-head = Key account · score · missing facts
insights-nothing-missing = nothing missing
insights-no-key-accounts = No key accounts marked.
insights-no-contact = No personal contact for { $days } days ({ $count })
insights-no-contact-table = People without a personal contact as a table
insights-no-contact-none = Everyone we serve has had a personal contact in the last 90 days.
insights-last-contact = last personal contact: { $date }
insights-never = never
insights-open-profile = Open the profile
insights-fit = Not every customer is a good customer
insights-fit-explained = Time spent against yearly value. Highlighted: more time than the median, less value than the median, and no need recognised (no or unknown).
insights-median = Median: { $hours } hours and { $value }. { $flagged } of { $count } highlighted. Click a dot to open the person.
insights-axis-hours = Time spent (hours)
insights-axis-value = Yearly value ({ $currency })
insights-fit-table = Time and value as a table
insights-fit-head = Person · status · hours · yearly value · need recognised
insights-fit-none = No yearly values recorded yet (Fit section of a profile).
insights-need = need: { $need }
insights-flagged = much time, little value
insights-customers = Customers
insights-dot = { $count } people: { $names }
insights-incidents = Critical incidents per journey phase
insights-incidents-table = Incidents per phase as a table
insights-axis-incidents = Incidents
insights-phase = Phase
insights-no-journeys = No journey maps yet.
insights-not-placed = Not placed in a phase
insights-better = Better than expected
insights-worse = Worse than expected
insights-unresolved = A flicker of discontent, left unanswered ({ $count })
insights-unresolved-none = Every incident worse than expected has been resolved.
insights-unresolved-masked = Who they are is hidden in present mode.
insights-ideas = Ideas from customers
insights-ideas-none = No ideas recorded yet.
need-yes = Yes
need-partly = Partly
need-no = No
need-unknown = Unknown
idea-new = New
idea-considering = Considering
idea-planned = Planned
idea-done = Done
idea-declined = Declined
driver-value = Value
driver-price = Price
driver-speed = Speed
driver-unknown = Unknown
decision-undecided = Undecided
decision-keep = Keep
decision-let-go = Let go

## Journeys

journeys-no-maps = This workspace has no journey maps yet. Start one from a template:
journeys-map = Journey map
journeys-new-map = New map
journeys-duplicate = Duplicate
journeys-delete-map = Delete map
journeys-export = Export template…
journeys-import = Import template…
journeys-name = Name
journeys-segment = For
journeys-segment-hint = segment or product
journeys-card-text = Card text
journeys-edit = Edit
journeys-colour-of = Colour: { $colour }
journeys-delete-card = Delete card
journeys-rename = Rename
journeys-phase-name = Phase name
journeys-lane-name = Lane name
journeys-add-phase = Add a phase
journeys-add-lane = Add a lane
journeys-delete-phase = Delete phase
journeys-delete-lane = Delete lane
journeys-new-phase = New phase
journeys-new-lane = New lane
journeys-clear-emotion = Clear the score
journeys-card-hint = Ctrl+arrows move it · Enter edits · Delete removes
journeys-phase-hint = Ctrl+Left/Right move it · F2 renames
journeys-phase-cards = { $hint } · { $count ->
    [one] 1 card
   *[other] { $count } cards
}
journeys-lane-hint = Ctrl+Up/Down move it · F2 renames
journeys-grid-hint = Double-click a cell or use its + to add a card · drag cards, phase and lane headers to move them
journeys-read-only = Read-only: the map can be looked at, not changed.
journeys-incident-better = Better: { $name } — { $what }
journeys-incident-worse = Worse: { $name } — { $what }
journeys-incidents-more = …and { $count } more ({ $better } better, { $worse } worse in all)
journeys-ideas-more = { $count ->
    [one] …and 1 more idea
   *[other] …and { $count } more ideas
}
journeys-incidents-count = { $count ->
    [one] 1 incident: { $better } better, { $worse } worse
   *[other] { $count } incidents: { $better } better, { $worse } worse
}
journeys-ideas-count = { $count ->
    [one] 1 idea
   *[other] { $count } ideas
}
journeys-copy-name = { $name } (copy)
journeys-duplicate-label = Duplicate map { $name }
journeys-delete-map-label = Delete map { $name }
journeys-new-map-label = New map { $name }
journeys-rename-map-label = Rename map { $name }
journeys-move-card-label = Move card
journeys-edit-card-label = Edit card
journeys-add-card-label = Add card
journeys-rename-phase-label = Rename phase
journeys-rename-lane-label = Rename lane
journeys-move-phase-label = Move phase { $name }
journeys-move-lane-label = Move lane { $name }
journeys-colour-label = Colour card { $colour }
journeys-delete-phase-label = Delete phase { $name }
journeys-delete-lane-label = Delete lane { $name }
journeys-where = { $lane } in { $phase }
journeys-cell = Cell { $where }
journeys-add-card-to = Add a card to { $where }
journeys-emotion-in = Emotion in { $phase }
journeys-set-emotion-label = Set emotion in { $phase }
colour-yellow = Yellow
colour-blue = Blue
colour-green = Green
colour-pink = Pink
colour-orange = Orange
colour-grey = Grey

## Journey map templates (names given when a map is created)

template-customer-journey = Customer journey
template-sales-process = Sales process
template-blank = Blank
phase-awareness = Awareness
phase-consideration = Consideration
phase-purchase = Purchase
phase-loyalty = Loyalty
phase-build-trust = Build trust
phase-uncover-needs = Uncover needs
phase-choose-solution = Choose & confirm solution
phase-interest = Interest & desire
phase-close = Close
phase-customer-care = Customer care
phase-numbered = Phase { $count }
lane-actions = Customer actions & thoughts
lane-touchpoints = Touchpoints
lane-drivers = Drivers
lane-barriers = Barriers
lane-emotions = Emotions
lane-incidents = Critical incidents
lane-message = Our message
lane-opportunities = Opportunities

## The retention review (at the top of Milestones)

review-heading = { $count ->
    [one] Time to review: 1 person
   *[other] Time to review: { $count } people
}
review-explained = { $months ->
    [one] Former customers and people we declined, with no contact or review for 1 month. Keep their data, or open them to erase it.
   *[other] Former customers and people we declined, with no contact or review for { $months } months. Keep their data, or open them to erase it.
}
review-unnamed = Unnamed person
review-open = Open the profile
review-last-contact = last contact { $date }
review-no-contact = never in contact
review-keep = Keep
review-keep-hint = We still need their data: ask again after the same time
review-keep-label = Keep { $name }'s data
review-erase = Erase…
review-erase-hint = We no longer need their data: erase the person for good
review-erase-label = Erase { $name } for good
review-no-purpose = no reason noted for keeping the data

## Dates (in the language's own format; `i18n::date_*` put them together)

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
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-day-month-short = { $day } { $month }
date-short = { $weekday } { $day } { $month }
date-short-year = { $day } { $month } { $year }
