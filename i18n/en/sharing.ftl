# Two people, one workspace: merges, conflicts, who changed what.

sync-people-added = added { $count ->
    [one] 1 person
   *[other] { $count } people
}
sync-people-changed = changed { $count ->
    [one] 1 person
   *[other] { $count } people
}
sync-people-removed = removed { $count ->
    [one] 1 person
   *[other] { $count } people
}
sync-maps-added = added { $count ->
    [one] 1 map
   *[other] { $count } maps
}
sync-maps-changed = changed { $count ->
    [one] 1 map
   *[other] { $count } maps
}
sync-maps-removed = removed { $count ->
    [one] 1 map
   *[other] { $count } maps
}
sync-organisations-added = added { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
sync-organisations-changed = changed { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
sync-organisations-removed = removed { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
sync-other-changed = changed other things
sync-note-who = { $who } { $what }
sync-note = The other version { $what }
sync-note-nothing = Nothing new came in
sync-note-unknown-base = Merged without the common version: every difference is kept as a conflict
sync-note-conflicts = { $note }; { $count ->
    [one] 1 conflict to look at
   *[other] { $count } conflicts to look at
}
sync-kind-person = a person
sync-kind-map = a journey map
sync-kind-organisation = an organisation
sync-kind-link = a link between two people
sync-link-between = the link between { $from } and { $to }
sync-kind-workspace = the workspace
sync-conflict-record = { $record }
sync-conflict-field = { $record }: { $field }
sync-value-deleted = (deleted)
sync-value-empty = (empty)
sync-copy-other-workspace = it is another workspace (not a copy of this one), so it is left as it is
sync-someone = Someone
sync-changed-today = changed by { $who } today
sync-changed-yesterday = changed by { $who } yesterday
sync-changed-on = changed by { $who } on { $day }
sync-monday = Monday
sync-tuesday = Tuesday
sync-wednesday = Wednesday
sync-thursday = Thursday
sync-friday = Friday
sync-saturday = Saturday
sync-sunday = Sunday
merge-failed = Another version of the workspace could not be merged: { $reason }
merge-step = Merge: { $note }
action-conflicts = Conflicts…
conflicts-title = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}
conflicts-body = Both versions changed these differently. The value kept so far is on the left; choose the one to keep.
conflicts-here = Kept here
conflicts-there = The other version
conflicts-keep-value = Keep “{ $value }”
conflicts-take-value = Take “{ $value }”
conflicts-keep = Keep this
conflicts-take = Take this
conflicts-step = Choice in a conflict: { $what }
conflicts-banner = { $count ->
    [one] Merging with another version left 1 conflict.
   *[other] Merging with another version left { $count } conflicts.
}
conflicts-look = Look at them…
settings-user-name = Your name
settings-user-name-hint = What your changes are marked with, so that the others see who changed what. Empty: your account's name.
shared-open-elsewhere = Also open in Kindred by { $holder }. What is saved there is merged with your work here.
