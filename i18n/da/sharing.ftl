# To personer, ét arbejdsområde: fletninger, konflikter, hvem ændrede hvad.

sync-people-added = tilføjede { $count ->
    [one] 1 person
   *[other] { $count } personer
}
sync-people-changed = ændrede { $count ->
    [one] 1 person
   *[other] { $count } personer
}
sync-people-removed = fjernede { $count ->
    [one] 1 person
   *[other] { $count } personer
}
sync-maps-added = tilføjede { $count ->
    [one] 1 kunderejse
   *[other] { $count } kunderejser
}
sync-maps-changed = ændrede { $count ->
    [one] 1 kunderejse
   *[other] { $count } kunderejser
}
sync-maps-removed = fjernede { $count ->
    [one] 1 kunderejse
   *[other] { $count } kunderejser
}
sync-other-changed = ændrede andre ting
sync-note-who = { $who } { $what }
sync-note = Den anden version { $what }
sync-note-nothing = Intet nyt kom ind
sync-note-unknown-base = Flettet uden den fælles version: hver forskel er gemt som en konflikt
sync-note-conflicts = { $note }; { $count ->
    [one] 1 konflikt at se på
   *[other] { $count } konflikter at se på
}
sync-kind-person = en person
sync-kind-map = en kunderejse
sync-kind-workspace = arbejdsområdet
sync-conflict-record = { $record }
sync-conflict-field = { $record }: { $field }
sync-value-deleted = (slettet)
sync-value-empty = (tom)
sync-copy-other-workspace = det er et andet arbejdsområde (ikke en kopi af dette), så det bliver ladt som det er
