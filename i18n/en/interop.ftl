# Kindred's text: interop. Importing and exporting (what the reader of a file reports, the
# CSV column picker, the handouts) and the open document's messages. Every key here exists in
# da/ and nb/ too.

## Formats

interop-format-png = PNG image
interop-format-workspace = Kindred workspace
interop-format-template = journey map template
interop-unknown-fields = fields this version does not know are left out: { $fields }
interop-export-only = { $format } files can be exported, not imported
interop-nothing-readable = nothing in it could be imported
interop-nothing-readable-because = nothing in it could be imported: { $source }: { $reason }
interop-export-needs-map = a { $format } export is of one journey map; say which

## An import's preview

interop-source-person = person { $number }
interop-map-already-here = the journey map "{ $name }" is already here, unchanged

## Dates that could be read either way, and dates that are none

interop-day-first = day first (d/m/yyyy)
interop-month-first = month first (m/d/yyyy)
interop-dates-proven = dates in "{ $column }" that could be read either way are read { $order }, as other rows of the column prove
interop-dates-outlook = dates in "{ $column }" that could be read either way are read { $order }, as Outlook writes them
interop-dates-language = dates in "{ $column }" that could be read either way are read { $order }, by the language ({ $lang })
interop-dates-mixed = dates in "{ $column }" that could be read either way are read { $order }: the column mixes both orders, so by the language ({ $lang })
interop-either-way = { $column } "{ $value }" could be read either way; read as { $date }
interop-not-a-date = { $column } "{ $value }" is not a date; it is kept in the notes

## CSV

interop-csv-empty = the file is empty
interop-csv-not-text = this is not a text file
interop-csv-no-header = the first line cannot be read as a header row
interop-csv-no-identity = no column could be recognised as a name, organisation or e-mail (the headers are: { $headers }); choose what each column holds when importing in the app, and the choice is remembered
interop-csv-row = row { $number }
interop-csv-unreadable-row = the row cannot be read: { $error }
interop-csv-too-many = the file has more than { $most } rows; Kindred imports at most { $most } at a time, so split the file and import it in parts
interop-csv-too-many-columns = the first line has { $count } columns; a contact list has at most { $most }, so this does not look like one
interop-value-too-long = { $field }: the value is { $size } kB long; values over 100 kB are not imported
interop-csv-read-as = read as { $encoding }, separated by { $separator }
interop-csv-commas = commas
interop-csv-semicolons = semicolons
interop-csv-tabs = tabs
interop-csv-ignored = columns ignored: { $columns }
interop-csv-named-after-organisation = the row has no name; it is named after its organisation
interop-csv-named-after-email = the row has no name; it is named after its e-mail address
interop-csv-no-name = the row has no name, organisation or e-mail address

## What a CSV column holds (the column picker)

interop-field-ignore = (ignore this column)
interop-field-name = Full name
interop-field-first-name = First name
interop-field-middle-name = Middle name
interop-field-last-name = Last name
interop-field-name-prefix = Name prefix (Mr, Dr)
interop-field-name-suffix = Name suffix
interop-field-nickname = Nickname
interop-field-organisation = Organisation
interop-field-department = Department
interop-field-title = Job title
interop-field-email = E-mail
interop-field-email-label = Label of the next e-mail
interop-field-phone = Phone
interop-field-phone-label = Label of the next phone
interop-field-mobile-phone = Mobile phone
interop-field-work-phone = Work phone
interop-field-home-phone = Home phone
interop-field-address = Address (whole)
interop-field-street = Street
interop-field-city = City
interop-field-postal-code = Postal code
interop-field-region = Region or state
interop-field-country = Country
interop-field-website = Website
interop-field-birthday = Birthday
interop-field-anniversary = Wedding anniversary
interop-field-customer-since = Customer since
interop-field-work-anniversary = Work anniversary
interop-field-event-label = Label of the next date
interop-field-event-date = Date (labelled)
interop-field-other-dates = Other dates (label: date)
interop-field-notes = Notes
interop-field-tags = Tags or groups
interop-field-spouse = Spouse
interop-field-children = Children (names)
interop-field-relation-label = Relation of the next relative
interop-field-relative = Relative
interop-field-family = Family (Name (relation, date))
interop-field-status = Status
interop-field-key-account = Key account (yes/no)

## vCard

interop-vcard-none = no vCard in it (no line says BEGIN:VCARD)
interop-vcard-card = card { $number } (line { $line })
interop-vcard-line = line { $number }
interop-vcard-cut-off = the card is cut off (no END:VCARD); what it holds was read
interop-vcard-line-too-long = the line is { $size } MB long; lines over 16 MB are not read
interop-vcard-value-too-long = a value runs on for more than 16 MB; it was not read
interop-vcard-not-a-line = not a vCard line (no `:`): { $text }
interop-vcard-stray-lines = { $count ->
    [one] 1 line outside any card was ignored
   *[other] { $count } lines outside any card were ignored
}
interop-vcard-more-lines-source = more lines
interop-vcard-more-lines = { $count ->
    [one] 1 more line could not be read either
   *[other] { $count } more lines could not be read either
}
interop-vcard-card-cut = the card has more than { $most } lines; the last { $count } were not read
interop-vcard-too-many = the file holds more than { $most } cards; Kindred imports at most { $most } at a time, so split the file and import it in parts
interop-vcard-birthday-not-a-date = line { $line }: the birthday "{ $value }" is not a date; it is kept in the notes
interop-vcard-not-a-date = line { $line }: "{ $value }" is not a date; it is kept in the notes
interop-vcard-photo-dropped = line { $line }: the photo was not kept: { $reason }
interop-photo-not-base64 = a data URI that is not base64
interop-photo-link = it is a link ({ $link }), not an image
interop-photo-too-large = it is larger than { $size } MB
interop-photo-damaged = its base64 text is damaged
interop-photo-not-image = it is not a PNG or JPEG image
interop-vcard-named-after-organisation = the card has no name (FN or N); it is named after its organisation
interop-vcard-named-after-email = the card has no name (FN or N); it is named after its e-mail address
interop-vcard-no-name = the card has no name (FN or N), organisation or e-mail address

## Written into a person by an import or a merge (in the language of the moment)

interop-note-goes-by = Goes by { $nickname }
interop-note-birthday = Birthday: { $value }
interop-note-anniversary = Anniversary: { $value }
interop-note-related = Related ({ $relation }): { $value }
interop-milestone-other = Other
interop-relation-relative = relative
interop-also-recorded = Also recorded: { $field }: { $value }
interop-also-birthday = Also recorded: the birthday of { $name }: { $date }
interop-merge-name = name
interop-merge-organisation = organisation
interop-merge-role = role
interop-merge-address = address
interop-merge-website = website
interop-merge-status-reason = status reason
interop-merge-purpose = why we keep their data
interop-merge-what-matters = what matters
interop-merge-proud-of = proud of
interop-merge-preferences = preferences
interop-merge-stated-need = stated need
interop-merge-motivation = motivation
interop-merge-challenge = how we challenged the need
interop-merge-agreed-solution = agreed solution
interop-merge-decision-reason = fit decision reason
interop-merge-status = status
interop-merge-yearly-value = yearly value
interop-merge-decision = fit decision

## Why two people look like one

interop-duplicate-same-email = same e-mail ({ $email })
interop-duplicate-same-name = same name
interop-duplicate-similar-name = similar name

## Journey map handouts

interop-handout-segment = Segment: { $segment }
interop-handout-phases = { $count ->
    [one] 1 phase
   *[other] { $count } phases
}: { $names }
interop-handout-votes = ({ $count ->
    [one] 1 vote
   *[other] { $count } votes
})
interop-handout-incidents = { $count ->
    [one] 1 critical incident logged by people
   *[other] { $count } critical incidents logged by people
}
interop-handout-ideas = { $count ->
    [one] 1 idea from customers
   *[other] { $count } ideas from customers
}
interop-handout-emotion-curve = Emotion curve
interop-emotion-very-positive = very positive
interop-emotion-positive = positive
interop-emotion-neutral = neutral
interop-emotion-negative = negative
interop-emotion-very-negative = very negative
interop-emotion-not-scored = not scored
interop-png-cannot-draw = the picture cannot be drawn: { $error }
interop-png-no-size = the picture has no size
interop-png-too-large = a { $width }×{ $height } picture is too large to draw
interop-png-cannot-encode = the picture cannot be encoded as PNG: { $error }
interop-png-too-many-pixels = the picture of "{ $name }" would be { $width }×{ $height } pixels even at its smallest size; a PNG holds at most { $most } million pixels: export the map as HTML or Markdown instead
interop-map-too-large = the journey map "{ $name }" has { $phases } phases and { $lanes } lanes, { $cells } cells; a handout, picture or template holds at most { $most } cells
interop-map-too-many-cards = the journey map "{ $name }" has { $cards } cards; a handout, picture or template holds at most { $most }

## Everything about one person (Markdown)

interop-person-intro = What the workspace "{ $workspace }" holds about this person, as of { $date }.
interop-person-details = Details
interop-person-organisation = Organisation
interop-person-title = Title
interop-person-status = Status
interop-person-why = Why
interop-person-key-account = Key account
interop-person-yes = yes
interop-person-tags = Tags
interop-person-email = E-mail
interop-person-phone = Phone
interop-person-labelled = { $field } ({ $label })
interop-person-address = Address
interop-person-website = Website
interop-person-photo = Photo
interop-person-photo-stored = a photo is stored
interop-person-life = Life
interop-person-family = Family
interop-person-relative = { $name } ({ $relation })
interop-person-relative-born = { $name } ({ $relation }, born { $date })
interop-person-interests = Interests
interop-person-what-matters = What matters
interop-person-proud-of = Proud of
interop-person-preferences = Preferences
interop-person-notes = Notes
interop-person-milestones = Milestones
interop-person-once = { $date }, once
interop-person-needs = Needs and fit
interop-person-stated-need = Stated need
interop-person-motivation = Motivation
interop-person-challenge = How we challenged it
interop-person-agreed-solution = Agreed solution
interop-person-need-recognised = Need recognised
interop-person-driver = Driver
interop-person-minutes = Minutes spent
interop-person-yearly-value = Yearly value
interop-person-decision = Decision
interop-person-incidents = Critical incidents
interop-person-incident = { $date } ({ $valence }): expected { $expected }; happened { $happened }; our response { $response }
interop-person-incident-in = { $date } ({ $valence }, { $journey }): expected { $expected }; happened { $happened }; our response { $response }
interop-person-resolved = resolved
interop-person-ideas = Ideas
interop-person-interactions = Interactions
interop-person-interaction = { $date } { $channel }, { $minutes } min: { $note }
interop-person-boards = On phase boards
interop-milestone-birthday = Birthday
interop-milestone-work-anniversary = Work anniversary
interop-milestone-customer-since = Customer since
interop-milestone-wedding-anniversary = Wedding anniversary
interop-milestone-family-birthday = Birthday in the family
interop-milestone-life-event = Life event
interop-channel-meeting = Meeting
interop-channel-phone = Phone
interop-channel-email = E-mail
interop-channel-message = Message
interop-channel-visit = Visit
interop-channel-event = Event
interop-channel-other = Other

## The open workspace (window title and messages)

interop-document-untitled = Untitled
interop-document-read-only-mark = (read-only)
interop-document-held = { $path }: another program has this file open
interop-document-cannot-lock = { $path }: cannot lock: { $error }
interop-document-read-only = This workspace is read-only: { $reason }
interop-document-not-saved = Not saved: this workspace is read-only: { $reason }. Use Save as… to keep a copy.
interop-document-cannot-check = { $path }: cannot check the file before saving: { $error }
interop-document-no-file-yet = the workspace has no file yet
interop-document-open-by = { $path }: is open in Kindred by { $holder }
interop-document-no-file = the workspace has no file
interop-document-write-lost = the writing stopped before it ended; the file on disk is as it was
