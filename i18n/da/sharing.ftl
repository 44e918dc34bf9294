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
sync-organisations-added = tilføjede { $count ->
    [one] 1 organisation
   *[other] { $count } organisationer
}
sync-organisations-changed = ændrede { $count ->
    [one] 1 organisation
   *[other] { $count } organisationer
}
sync-organisations-removed = fjernede { $count ->
    [one] 1 organisation
   *[other] { $count } organisationer
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
sync-kind-organisation = en organisation
sync-kind-link = en forbindelse mellem to personer
sync-link-between = forbindelsen mellem { $from } og { $to }
sync-kind-workspace = arbejdsområdet
sync-conflict-record = { $record }
sync-conflict-field = { $record }: { $field }
sync-value-deleted = (slettet)
sync-value-empty = (tom)
sync-copy-other-workspace = det er et andet arbejdsområde (ikke en kopi af dette), så det bliver ladt som det er
sync-someone = Nogen
sync-changed-today = ændret af { $who } i dag
sync-changed-yesterday = ændret af { $who } i går
sync-changed-on = ændret af { $who } { $day }
sync-monday = mandag
sync-tuesday = tirsdag
sync-wednesday = onsdag
sync-thursday = torsdag
sync-friday = fredag
sync-saturday = lørdag
sync-sunday = søndag
merge-failed = En anden version af arbejdsområdet kunne ikke flettes: { $reason }
merge-step = Fletning: { $note }
action-conflicts = Konflikter …
conflicts-title = { $count ->
    [one] 1 konflikt
   *[other] { $count } konflikter
}
conflicts-body = Begge versioner har ændret disse forskelligt. Værdien, der er beholdt indtil videre, står til venstre; vælg den, der skal beholdes.
conflicts-here = Beholdt her
conflicts-there = Den anden version
conflicts-keep-value = Behold »{ $value }«
conflicts-take-value = Tag »{ $value }«
conflicts-keep = Behold denne
conflicts-take = Tag denne
conflicts-step = Valg i en konflikt: { $what }
conflicts-banner = { $count ->
    [one] Fletningen med en anden version efterlod 1 konflikt.
   *[other] Fletningen med en anden version efterlod { $count } konflikter.
}
conflicts-look = Se på dem …
settings-user-name = Dit navn
settings-user-name-hint = Det, dine ændringer mærkes med, så de andre kan se, hvem der ændrede hvad. Tomt: din kontos navn.
shared-open-elsewhere = Også åbent i Kindred hos { $holder }. Det, der gemmes dér, flettes med dit arbejde her.
