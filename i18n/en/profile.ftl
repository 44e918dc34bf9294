# Kindred's text: profile.

## The profile: empty states, header, knowledge

profile-no-people = No people yet. Add the first, or import them from your address book or a spreadsheet (vCard or CSV).
profile-select = Select a person in the list.
profile-import-contacts = Import contacts…
profile-add-first-person = Add the first person
profile-masked = Personal details are masked in present mode; leave present mode or switch the mask off to edit.
profile-no-organisation = no organisation
profile-key-account-mark = ★ key account
profile-knowledge = Knowledge { $percent } %
profile-missing = Missing:
profile-all-known = Every human fact on the list is known.
profile-fill-in = Fill this in
profile-photo-of = Photo of { $name }
profile-delete-person = Delete person…
profile-erase-person = Erase for good…
profile-erase-person-hint = Remove every trace of this person from the workspace and, if you ask, from its backups: for a person who asked to be forgotten
profile-nothing-yet = Nothing recorded yet.

## Section titles

profile-section-contact = Contact & organisation
profile-section-photo = Photo
profile-section-life = Life & family
profile-section-milestones = Milestones ({ $count })
profile-section-needs = Needs
profile-section-fit = Fit
profile-section-incidents = Critical incidents ({ $count })
profile-section-ideas = Ideas ({ $count })
profile-section-log = Interaction log ({ $count })

## Undo steps: what was edited ($owner is the possessive: "Mette's"; $name the name)

profile-this-person = this person
profile-this-persons = this person's
profile-edited-person = Edit { $name }
profile-added-person = Add { $name }
profile-edited-name = Edit { $owner } name
profile-edited-organisation = Edit { $owner } organisation
profile-edited-role = Edit { $owner } role
profile-edited-status = Edit { $owner } status
profile-edited-key-account = Edit { $owner } key account mark
profile-edited-purpose = Edit { $owner } reason for keeping their data
profile-edited-tags = Edit { $owner } tags
profile-edited-emails = Edit { $owner } e-mails
profile-edited-phones = Edit { $owner } phones
profile-edited-address = Edit { $owner } address
profile-edited-website = Edit { $owner } website
profile-edited-photo = Edit { $owner } photo
profile-edited-family = Edit { $owner } family
profile-edited-interests = Edit { $owner } interests
profile-edited-what-matters = Edit { $owner } what matters
profile-edited-proud-of = Edit { $owner } story to be proud of
profile-edited-preferences = Edit { $owner } preferences
profile-edited-notes = Edit { $owner } notes
profile-edited-milestones = Edit { $owner } milestones
profile-edited-needs = Edit { $owner } needs
profile-edited-fit = Edit { $owner } fit
profile-edited-incidents = Edit { $owner } critical incidents
profile-edited-ideas = Edit { $owner } ideas
profile-edited-log = Edit { $owner } interaction log

## Contact & organisation

profile-name = Name
profile-organisation = Organisation
profile-role = Role
profile-status = Status
profile-person-status = Status of this person
profile-status-reason = Reason
profile-status-reason-hint = why we parted ways
profile-key-account = Key account
profile-purpose = Why we keep this
profile-purpose-hint = what we keep their data for, e.g. regular customer, agreed to birthday greetings
profile-tags = Tags
profile-new-tag = New tag
profile-add-tag = Add tag
profile-remove-tag = Remove tag { $item }
profile-remove-tag-hint = Remove tag “{ $item }”
profile-emails = E-mails
profile-new-email = New e-mail
profile-new-email-label = New e-mail label
profile-add-email = Add e-mail
profile-email-n = E-mail { $n }
profile-email-label-n = Label of e-mail { $n }
profile-remove-email = Remove e-mail { $value }
profile-phones = Phones
profile-new-phone = New phone
profile-new-phone-label = New phone label
profile-add-phone = Add phone
profile-phone-n = Phone { $n }
profile-phone-label-n = Label of phone { $n }
profile-remove-phone = Remove phone { $value }
profile-label-hint = work, home, mobile
profile-label-work = work
profile-label-home = home
profile-label-mobile = mobile
profile-label-fax = fax
profile-label-home-fax = home fax
profile-label-work-fax = work fax
profile-label-main = main
profile-label-other = other
profile-label-pager = pager
profile-label-school = school
profile-label-car = car
profile-label-assistant = assistant
profile-address = Address
profile-website = Website

## Photo

profile-no-photo = No photo; the initials are shown instead.
profile-choose-photo = Choose photo…
profile-change-photo = Change photo…
profile-remove-photo = Remove photo
profile-photo-file = Photo file
profile-photo-file-hint = path to a PNG or JPEG
profile-use-photo = Use
profile-photo-filter = PNG or JPEG image
profile-photo-unreadable-file = { $path } cannot be read: { $error }
profile-photo-not-an-image = This is not a PNG or JPEG image
profile-photo-broken = The image cannot be read: { $error }
profile-photo-not-stored = The photo cannot be stored: { $error }
profile-photo-stored-unreadable = the stored photo cannot be read ({ $error })
profile-photo-damaged = the stored photo is damaged
profile-photo-too-big = The file is { $size } MB; photos up to { $limit } MB are accepted

## Life & family

profile-family = Family
profile-add-relative = Add relative
profile-relative-needs-name = Give the relative's name
profile-relative-name = Relative's name
profile-relative-relation = Relative's relation
profile-relative-birthday = Relative's birthday
profile-relative-name-n = Name of relative { $n }
profile-relative-relation-n = Relation of relative { $n }
profile-relative-birthday-n = Birthday of relative { $n }
profile-remove-relative = Remove relative { $name }
profile-in-words = { $what } in words
profile-relation-other-choice = Other…
profile-relation-partner = Partner
profile-relation-spouse = Spouse
profile-relation-child = Child
profile-relation-daughter = Daughter
profile-relation-son = Son
profile-relation-parent = Parent
profile-relation-mother = Mother
profile-relation-father = Father
profile-relation-sibling = Sibling
profile-relation-grandchild = Grandchild
profile-relation-friend = Friend
profile-relation-other = Other
profile-interests = Interests
profile-new-interest = New interest
profile-add-interest = Add interest
profile-remove-interest = Remove interest { $item }
profile-remove-interest-hint = Remove interest “{ $item }”
profile-what-matters = What matters to them
profile-proud-of = Proud of
profile-preferences = Preferences
profile-notes = Notes

## Milestones

profile-add-milestone = Add milestone
profile-milestone-needs-date = Give the milestone's date
profile-once-needs-year = A one-off event needs its year
profile-no-relative = (no relative)
profile-milestone-n = milestone { $n }
profile-new-milestone = new milestone
profile-kind-of = Kind of { $what }
profile-label-of = Label of { $what }
profile-date-of = Date of { $what }
profile-recurrence-of = Recurrence of { $what }
profile-reminder-of = Reminder of { $what }
profile-relative-of = Relative of { $what }
profile-remove = Remove { $what }
profile-milestone-what-hint = what it is
profile-milestone-label-hint = label (optional)
profile-remind = remind
profile-days-ahead = { $count ->
    [one] day ahead
   *[other] days ahead
}
profile-yearly = yearly
profile-once = once
profile-kind-birthday = Birthday
profile-kind-work-anniversary = Work anniversary
profile-kind-customer-since = Customer since
profile-kind-wedding-anniversary = Wedding anniversary
profile-kind-family-birthday = Relative's birthday
profile-kind-life-event = Life event
profile-kind-custom = Other

## Needs and fit

profile-stated = Stated need
profile-motivation = Motivation behind it
profile-challenge = How we challenged it
profile-solution = Agreed solution
profile-need-recognised = Need recognised
profile-driver = Driver
profile-minutes-spent = Time spent
profile-minutes = min
profile-hours = ({ $hours } hours)
profile-yearly-value = Yearly value
profile-yearly-value-is = Yearly value: { $value }
profile-decision = Decision
profile-decision-reason = Reason for the decision

## Critical incidents

profile-add-incident = Add incident
profile-incident-n = incident { $n }
profile-new-incident = new incident
profile-date = Date
profile-where-in-journey = Where in the journey
profile-touchpoint = Touchpoint
profile-touchpoint-of = Touchpoint of { $what }
profile-than-expected = Than expected
profile-valence-of = Better or worse, { $what }
profile-better = Better
profile-worse = Worse
profile-expected = Expected
profile-expected-of = Expected, { $what }
profile-happened = What happened
profile-happened-of = What happened, { $what }
profile-response = Our response
profile-response-of = Our response, { $what }
profile-resolved = Resolved
profile-resolved-of = Resolved, { $what }
profile-no-journey = (no journey)
profile-no-phase = (no phase)
profile-missing-journey = (deleted journey)
profile-journey-of = Journey of { $what }
profile-phase-of = Phase of { $what }

## Ideas

profile-add-idea = Add idea
profile-idea-needs-text = Write the idea
profile-idea-n = idea { $n }
profile-new-idea = new idea
profile-text-of = Text of { $what }
profile-status-of = Status of { $what }

## Interaction log

profile-add-entry = Add entry
profile-entry-n = entry { $n }
profile-new-entry = new entry
profile-channel-of = Channel of { $what }
profile-personal = Personal
profile-personal-of = Personal, { $what }
profile-minutes-of = Minutes of { $what }
profile-note-of = Note of { $what }
profile-channel-meeting = Meeting
profile-channel-phone = Phone
profile-channel-email = E-mail
profile-channel-message = Message
profile-channel-visit = Visit
profile-channel-event = Event
profile-channel-other = Other

## Money

profile-amount-invalid = “{ $text }” is not a whole amount (for example { $example })
profile-amount-too-large = “{ $text }” is too large

## The date field and its calendar

profile-date-hint = YYYY-MM-DD
profile-date-hint-no-year = YYYY-MM-DD or 24 Dec
profile-date-needed = Enter a date
profile-date-needs-year = Give the year too (YYYY-MM-DD)
profile-date-not-a-date = “{ $text }” is not a date: type { $forms }
profile-date-ambiguous = “{ $text }” could be { $first } or { $second }: type --MM-DD or D.M.
profile-date-no-month = There is no month { $month }
profile-date-no-day-zero = There is no day 0
profile-date-no-such-day = { $date } does not exist
profile-date-not-leap-year = { $date } does not exist: { $year } is not a leap year
profile-calendar-of = Calendar: { $name }
profile-calendar-previous = Previous month
profile-calendar-next = Next month
profile-calendar-month = Month
profile-calendar-year = Year
profile-calendar-no-year = No year
profile-calendar-clear = Clear
profile-weekday-1 = Mo
profile-weekday-2 = Tu
profile-weekday-3 = We
profile-weekday-4 = Th
profile-weekday-5 = Fr
profile-weekday-6 = Sa
profile-weekday-7 = Su
