# To personer, ett arbeidsområde: sammenslåinger, konflikter, hvem endret hva.

sync-people-added = la til { $count ->
    [one] 1 person
   *[other] { $count } personer
}
sync-people-changed = endret { $count ->
    [one] 1 person
   *[other] { $count } personer
}
sync-people-removed = fjernet { $count ->
    [one] 1 person
   *[other] { $count } personer
}
sync-maps-added = la til { $count ->
    [one] 1 kundereise
   *[other] { $count } kundereiser
}
sync-maps-changed = endret { $count ->
    [one] 1 kundereise
   *[other] { $count } kundereiser
}
sync-maps-removed = fjernet { $count ->
    [one] 1 kundereise
   *[other] { $count } kundereiser
}
sync-other-changed = endret andre ting
sync-note-who = { $who } { $what }
sync-note = Den andre versjonen { $what }
sync-note-nothing = Ingenting nytt kom inn
sync-note-unknown-base = Slått sammen uten den felles versjonen: hver forskjell er tatt vare på som en konflikt
sync-note-conflicts = { $note }; { $count ->
    [one] 1 konflikt å se på
   *[other] { $count } konflikter å se på
}
sync-kind-person = en person
sync-kind-map = en kundereise
sync-kind-workspace = arbeidsområdet
sync-conflict-record = { $record }
sync-conflict-field = { $record }: { $field }
sync-value-deleted = (slettet)
sync-value-empty = (tom)
sync-copy-other-workspace = det er et annet arbeidsområde (ikke en kopi av dette), så det blir latt som det er
