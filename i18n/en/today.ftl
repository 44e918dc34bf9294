## The daily loop: the agenda (ops::agenda), the Today view, follow-ups, rhythms, reminders

agenda-contact-last = last personal contact { $date } (every { $every } days)
agenda-contact-never = no personal contact yet (every { $every } days)
agenda-count-tasks = { $count ->
    [one] 1 follow-up
   *[other] { $count } follow-ups
}
agenda-count-milestones = { $count ->
    [one] 1 milestone
   *[other] { $count } milestones
}
agenda-count-contacts = { $count ->
    [one] 1 person to keep in touch with
   *[other] { $count } people to keep in touch with
}
agenda-nothing = Nothing to do today
agenda-heading-tasks = Follow-ups
agenda-heading-milestones = Milestones
agenda-heading-contacts = Keep in touch
agenda-line = { $name }: { $text } ({ $when })
agenda-line-milestone = { $what } ({ $when })
agenda-line-round = { $what } — a round one ({ $when })
agenda-today = today
agenda-tomorrow = tomorrow
agenda-in-days = in { $count } days
agenda-days-overdue = { $count ->
    [one] 1 day overdue
   *[other] { $count } days overdue
}

## The calendar feed (interop::ics::feed)

feed-calendar-name = { $name }: milestones and follow-ups
feed-follow-up = { $name }: { $text }

## Files the reminders keep (store)

feed-name-not-a-file-name = the calendar feed needs a file name without a folder, such as “customers.ics”: it is written beside the workspace
feed-name-not-ics = the calendar feed's name must end in “.ics”, which calendars look for
autostart-no-folder = there is no home folder to keep the login reminder in
autostart-unwritable-path = { $path } cannot be named in a login entry (it holds a line break or characters that are not text)

## Desktop notifications (remind::notify)

notify-day = Today in Kindred: { $summary }
notify-line = { $name }: { $text }
notify-more = and { $count } more
notify-task = Follow-up: { $name }
notify-task-body = { $text } — { $when }
notify-contact = Keep in touch with { $name }
notify-open = Open Kindred
notify-no-service = no desktop notification service answered on the session bus; is a desktop session running? ({ $detail })

## Shared words (ops::names)

repeat-days = { $count ->
    [one] every day
   *[other] every { $count } days
}
repeat-weeks = { $count ->
    [one] every week
   *[other] every { $count } weeks
}
repeat-months = { $count ->
    [one] every month
   *[other] every { $count } months
}

## The Today view

view-today = Today
action-add-follow-up = Add follow-up…
today-heading = Today · { $date }
today-heading-tasks = Follow-ups ({ $count })
today-heading-milestones = Milestones ({ $count })
today-heading-contacts = Keep in touch ({ $count })
today-nothing = Nothing to do today: no follow-up is due, no milestone is near, and everyone has heard from you lately.
today-empty-1 = Today will show what to do each day: the follow-ups that are due, the milestones inside their reminder windows, and the people it is time to be in touch with again.
today-empty-2 = Add people, or import your contacts to begin.
today-import-contacts = Import contacts…
today-open-hint = Open the profile
today-round = ★ round
today-done = ✔ Done
today-done-name = Done: { $text } ({ $name })
today-done-label = Done: { $text } ({ $name })
today-congratulated = ✔ Congratulated
today-log-contact = ✆ Log a contact
today-log-contact-name = Log a personal contact with { $name } today
today-log-contact-label = Log a contact with { $name }
today-contact-note = In touch (logged from Today)
today-snooze-day = Tomorrow
today-snooze-week = In a week
today-snooze-hint = Snooze: it comes up again then
today-snooze-day-name = Snooze until tomorrow: { $what }
today-snooze-week-name = Snooze for a week: { $what }
today-snoozed-day-label = Snooze until tomorrow: { $what }
today-snoozed-week-label = Snooze for a week: { $what }
today-snoozed-task = { $name }: { $text }
today-snoozed-contact = the contact with { $name }
today-open = Open
today-open-name = Open { $name }
today-write-to = Write to { $address }
today-call = Call { $number }
today-add-title = New follow-up:
today-add-person = Person
today-add-person-hint = Type a name
today-add-what = What
today-add-what-hint = e.g. send the offer
today-add-due = Due
today-add-button = Add follow-up
today-add-choose = The follow-up is for this person
today-add-no-one = No one by that name.
today-added-label = Add a follow-up for { $name }

## Follow-ups and the rhythm in the profile

profile-section-follow-ups = Follow-ups ({ $count } open)
profile-section-follow-ups-overdue = Follow-ups ({ $count } open, { $overdue } overdue)
profile-add-follow-up = Add follow-up
profile-follow-up-n = follow-up { $n }
profile-new-follow-up = new follow-up
profile-follow-up-needs-text = Write what is to be done
profile-follow-up-done-of = Done: { $text }
profile-follow-up-done-on = done { $date }
profile-follow-up-overdue = ⏰ overdue
profile-due-of = Due day of { $what }
profile-repeat-of = Repeat of { $what }
profile-repeat-every-of = How often { $what } repeats
profile-every = every { $count }
profile-repeat-none = Once
profile-repeat-days = { $count ->
    [one] day
   *[other] days
}
profile-repeat-weeks = { $count ->
    [one] week
   *[other] weeks
}
profile-repeat-months = { $count ->
    [one] month
   *[other] months
}
profile-rhythm = Keep in touch
profile-rhythm-by-kind-days = As their kind: every { $count } days
profile-rhythm-by-kind-never = As their kind: never
profile-rhythm-own = Every so many days
profile-rhythm-never = Never
profile-rhythm-days = Days between personal contacts
profile-rhythm-last = last personal contact { $date }
profile-edited-follow-ups = Edit { $owner } follow-ups
profile-edited-rhythm = Edit { $owner } rhythm
people-overdue-badge = { $count ->
    [one] 1 follow-up overdue
   *[other] { $count } follow-ups overdue
}

## After a move on the board

board-next-question = What happens next with { $name }?
board-next-hint = e.g. call about the offer
board-next-due = Due
board-add-follow-up = Add follow-up

## Settings

settings-reminders = Reminders
settings-remind-at-login = Remind me when I log in
settings-remind-at-login-hint = Shows today's follow-ups, milestones and people to keep in touch with as a desktop notification when you log in, also when Kindred is closed. Once a day.
settings-login-reminds-other = The login reminder is for { $path }.
settings-rhythm-key-accounts = Keep in touch with key accounts every
settings-rhythm-customers = Keep in touch with customers every
settings-rhythm-prospects = Keep in touch with prospects every
settings-rhythm-hint = After this many days without a personal contact, someone shows in Today; 0 is never. Former customers and people you declined never do; a person can have a rhythm of their own.
settings-rhythm-label = Change how often to keep in touch
settings-calendar-feed = Calendar file
settings-calendar-feed-hint = A file beside the workspace that every save rewrites with the milestones and the dated follow-ups: a phone or desktop calendar subscribed to it keeps up. Empty for none.
settings-calendar-feed-label = Change the calendar file
shell-remind-at-login-on = You will be reminded of { $file } when you log in.
shell-remind-at-login-off = No reminder at login.
shell-remind-at-login-unsaved = Save the workspace first: the reminder at login needs its file.
shell-remind-at-login-failed = The reminder at login was not changed: { $error }
shell-saved-feed-failed = Saved, but the calendar file was not written: { $error }
