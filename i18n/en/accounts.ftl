# Kindred's text in English: accounts and relationships. The organisations behind people (the Accounts view
# and the account page), a person's organisation and part in it, links between people, how customers came to us,
# and who brings us customers. Every key here exists in da/ and nb/ too.

view-accounts = Accounts
palette-organisation = organisation
export-organisations-csv = Organisations as CSV…
interop-format-organisations-csv = CSV of organisations

## A person's part in an account

account-role-owner = Owner
account-role-buyer = Buyer
account-role-user = User
account-role-bookkeeper = Bookkeeper

## How a customer came to us

referral-unknown = Not known
referral-person = Referred by someone
referral-event = At an event
referral-search = Found us by searching
referral-walk-in = Walked in
referral-other = Another way

## Links between people: what the other person is to the one whose profile it is

link-partner = Partner
link-parent = Parent
link-child = Child
link-colleague = Colleague
link-manager = Manager
link-report = Direct report
link-referred-by = Referred by
link-referred = Referred
link-friend = Friend
link-relative = Relative
link-own = In your own words…
link-own-unnamed = Linked

## The Accounts list

accounts-search = Search
accounts-search-hint = organisation, tag, a person in it…
accounts-status = Status
accounts-tag = Tag
accounts-sort-by = Sort by
accounts-sort-name = Name
accounts-sort-people = People
accounts-sort-value = Yearly value
accounts-sort-time = Time spent
accounts-sort-knowledge = Knowledge of its people
accounts-low-knowledge-hint = We know its people below { $percent } % of the human facts, on average
accounts-shown = { $shown } of { $count } organisations
accounts-new-name = New organisation's name
accounts-add = Add organisation
accounts-added = Add { $name }
accounts-people-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
accounts-hours = { $hours } h
accounts-masked = An account's figures, notes and contact details are hidden in present mode; leave present mode, or turn the privacy mask off, to edit.
accounts-none = No organisations yet. They come with the people: type an organisation on a profile, or import contacts; or add one here.
accounts-select = Select an organisation in the list.

## The account page

accounts-summary = { $people ->
    [one] 1 person
   *[other] { $people } people
} · { $status }
accounts-knowledge = We know its people { $percent } %
accounts-no-people = No one in this organisation yet.
accounts-merge = Merge with…
accounts-delete = Delete organisation…
accounts-section-details = Details
accounts-section-fit = Fit of the account
accounts-section-milestones = Its days ({ $count })
accounts-section-people = People ({ $count })
accounts-section-records = Follow-ups ({ $follow_ups }), incidents ({ $incidents }) and ideas ({ $ideas }) of its people
accounts-section-boards = On the boards
accounts-edited = Edit { $name }
accounts-field-name = Name
accounts-field-status = Status
accounts-field-status-reason = Why
accounts-field-key-account = Key account
accounts-field-website = Website
accounts-field-phone = Phone
accounts-field-address = Address
accounts-field-tags = Tags
accounts-field-notes = Notes
accounts-new-tag = New tag
accounts-add-tag = Add tag
accounts-remove-tag = Remove the tag { $item }
accounts-add-milestone = Add day
accounts-milestone-label = What it is (the shop's opening day)
accounts-milestone-date = The day
accounts-milestone-yearly = Every year
accounts-milestone-customer-since = Customer since
accounts-milestone-day = A day of theirs
accounts-remove-milestone = Remove { $what }
accounts-role-of = { $name }'s part in the account
accounts-add-person = Add a person
accounts-add-person-hint = type a name
accounts-add-named = Add { $name } to the account
accounts-added-person = Add { $name } to { $account }
accounts-follow-ups = { $count ->
    [one] 1 open follow-up
   *[other] { $count } open follow-ups
}
accounts-follow-up-no-day = no day
accounts-incidents = { $count ->
    [one] 1 incident
   *[other] { $count } incidents
}
accounts-ideas = { $count ->
    [one] 1 idea
   *[other] { $count } ideas
}
accounts-not-on-boards = None of its people is on a board.
accounts-delete-title = Delete the organisation?
accounts-delete-body = { $name } is taken out of the workspace. { $people ->
    [0] No one belongs to it.
    [one] Its one person stays, without an organisation.
   *[other] Its { $people } people stay, without an organisation.
} You can undo this.
accounts-delete-confirm = Delete
accounts-deleted = Delete { $name }
accounts-merge-title = Merge with { $name }
accounts-merge-body = Pick the organisation that is the same as { $name }. Its people, tags, days, notes and figures join { $name }, which keeps its name; the other one goes. Links between people stay as they are. You can undo this.
accounts-merge-find = Find the other organisation
accounts-merge-into = { $name } ({ $people ->
    [one] 1 person
   *[other] { $people } people
})
accounts-merged = Merge { $name } into { $into }

## A person's organisation, on the profile

profile-organisation-hint = type a name; organisations of that name are offered
profile-organisation-pick = Use the organisation { $name }
profile-organisation-new = a new organisation: { $name }
profile-open-account = Open the account
profile-account-role = Part in the account
profile-account-role-unknown = Not said
profile-account-role-other = In their own words…
profile-account-role-words = Their part, in words
profile-edited-account-role = Edit { $owner } part in the account
profile-fit-of-account = The fit belongs to the whole account, { $name }: its people share it.

## Links and how they came to us, on the profile

profile-section-links = Links and how they came to us ({ $count })
profile-referral = How they came to us
profile-referral-detail = The event, the search, the name
profile-edited-referral = Edit how { $name } came to us
profile-links = Linked people
profile-no-links = No one linked yet.
profile-link-gone = (someone no longer in the workspace)
profile-open-person = Open { $name }'s profile
profile-remove-link = Remove the link to { $name }
profile-unlinked = Unlink { $first } and { $second }
profile-add-link = Link someone…
profile-link-kind = Who is
profile-link-choose = Choose…
profile-link-of = to them:
profile-link-person = A person in the workspace
profile-link-pick = Link { $name }
profile-link-their-word = What they are to this person (godmother)
profile-link-my-word = What { $name } is to them (goddaughter)
profile-link-add = Link
profile-link-exists = These two are linked so already.
profile-linked = Link { $first } and { $second }

## A relative who becomes a person of their own

profile-relative-make-person = Make a person
profile-relative-make-person-named = Make { $name } a person of their own
profile-relative-make-person-hint = A profile of their own, with their birthday, linked to this person
profile-relative-open = Open
profile-relative-open-named = Open { $name }'s profile
profile-made-person = Make { $name } a person

## The People list grouped by organisation

people-group-by-organisation = Group by organisation
people-group = { $name } ({ $count })
people-group-none = Without an organisation ({ $count })

## Insights: who brings us customers

insights-referrers = Who brings us customers
insights-no-referrers = No one has referred a customer yet. Link a customer to the person who sent them (“Referred by”) on their profile.
insights-referrers-intro = The customers tell good stories about us: those who referred the most customers, and the yearly value of those customers' accounts.
insights-referrers-head = Person · customers referred · their yearly value
insights-referred-customers = { $count ->
    [one] 1 customer
   *[other] { $count } customers
}

## Erasing a person

erase-gone-links = { $count ->
    [one] their link to another person
   *[other] their { $count } links to other people
}
erase-mention-organisation = the organisation { $name }, its notes
erase-field-referral = how they came to us

## Exports and merges

interop-merge-referral = how they came to us
interop-person-account-role = Part in the account
interop-person-referral = How they came to us
interop-person-link-gone = someone no longer in the workspace
interop-person-fit-of = Fit of the account

## Ids held twice, and edits that no longer fit

ids-place-organisation = organisation { $number } ({ $name })
ids-place-organisation-milestone = day { $record } of organisation { $number } ({ $name })
ids-place-link = link { $number } between people
error-edit-no-organisation = no organisation with id { $id }
error-edit-duplicate-organisation = an organisation with id { $id } is already there
error-edit-shared-organisation = two organisations have the id { $id }, so it cannot say which is meant
error-edit-no-organisation-at = there is no organisation number { $number }
error-edit-no-link = no link between people with id { $id }
error-edit-duplicate-link = a link with id { $id } is already there
error-edit-shared-link = two links have the id { $id }, so it cannot say which is meant
error-edit-no-link-at = there is no link number { $number }

## The move to organisations (format 2), written into an organisation's notes

migration-also-written = Also written as:
migration-fit-disagreed = Its people's fit did not agree; decide again. What each said:
migration-fit-said = { $name }: need recognised { $need }, driver { $driver }, decision { $decision }
