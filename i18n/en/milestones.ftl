# Kindred's text: milestones.

## The kinds of milestone, as a filter names them

milestones-what-birthday = Birthday
milestones-what-anniversary = Wedding anniversary
milestones-what-customer-since = Customer since
milestones-what-work-anniversary = Work anniversary
milestones-what-family-birthday = Family birthday
milestones-what-life-event = Life event
milestones-what-custom = Custom

## The headings of the Milestones view and of `kindred upcoming`

milestones-bucket-today = Today
milestones-bucket-this-week = This week
milestones-bucket-this-month = This month
milestones-bucket-later = Later

## The sentences. $owner is a name made possessive in code ("Mette's"; Danish and Norwegian
## "Mettes", "Lars'"); $relation a lower-case relation word below.

milestones-unnamed-person = Unnamed person
milestones-turns = { $name } turns { $count }
milestones-has-birthday = { $name } has a birthday
milestones-birthday = { $owner } birthday
milestones-wedding-anniversary = { $owner } wedding anniversary
milestones-work-anniversary = { $owner } work anniversary
# "Mette Kjærgaard — 10 years as a customer": $what is one of the short texts below.
milestones-name-dash = { $name } — { $what }
# "Mette Kjærgaard: The new canteen opens": $what is the milestone's own words or a short text.
milestones-name-colon = { $name }: { $what }
milestones-relative = { $owner } { $relation }
milestones-relative-named = { $relative } ({ $owner } { $relation })

## The same without the person's name, as the People list's next-milestone column shows them

milestones-short-turns = turns { $count }
milestones-short-birthday = birthday
milestones-short-label-turns = { $label } (turns { $count })
milestones-short-married = { $count ->
    [one] 1 year married
   *[other] { $count } years married
}
milestones-short-married-half = 12½ years married
milestones-short-wedding-anniversary = wedding anniversary
milestones-short-customer-years = { $count ->
    [one] 1 year as a customer
   *[other] { $count } years as a customer
}
milestones-short-customer-anniversary = anniversary as a customer
milestones-short-work-years = { $count ->
    [one] 1 year at work
   *[other] { $count } years at work
}
milestones-short-work-anniversary = work anniversary
milestones-short-life-event = a life event
milestones-short-custom = a milestone

## Relations inside a sentence ("Mette's daughter")

milestones-relation-partner = partner
milestones-relation-spouse = spouse
milestones-relation-child = child
milestones-relation-daughter = daughter
milestones-relation-son = son
milestones-relation-parent = parent
milestones-relation-mother = mother
milestones-relation-father = father
milestones-relation-sibling = sibling
milestones-relation-grandchild = grandchild
milestones-relation-friend = friend
milestones-relation-relative = relative

## The Milestones view

milestones-heading = Coming up in the next 12 months
milestones-search = Search milestones
milestones-search-hint = name or what
milestones-round-only = Round milestones only
milestones-leap-day = 29 February in other years
milestones-leap-day-changed = Celebrate 29 February on { $day } in other years
milestones-round = ★ round
milestones-congratulate = Congratulated
milestones-congratulate-hint = Log a personal contact today
milestones-congratulated = ✔ congratulated
# The note a congratulation is logged with; the view recognises it again by it.
milestones-congratulation-note = Congratulated: { $what }
milestones-congratulated-person = Congratulated { $name }
milestones-nothing = Nothing
milestones-no-match = No milestones match.
milestones-open = Open the profile
milestones-tomorrow = { $date } (tomorrow)
milestones-in-days = { $date } (in { $count ->
    [one] 1 day
   *[other] { $count } days
})

## The start-up banner

milestones-banner-today = Today: { $what }
milestones-banner-today-more = Today: { $what } and { $count } more today
milestones-banner-soon = Coming up: { $what } ({ $date })
milestones-banner-rest = { $count } more in their reminder window

## kindred upcoming

milestones-nothing-ahead = { $count ->
    [0] Nothing today.
    [1] Nothing today or tomorrow.
   *[other] Nothing in the next { $count } days.
}
