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
sync-kind-workspace = the workspace
sync-conflict-record = { $record }
sync-conflict-field = { $record }: { $field }
sync-value-deleted = (deleted)
sync-value-empty = (empty)
sync-copy-other-workspace = it is another workspace (not a copy of this one), so it is left as it is
