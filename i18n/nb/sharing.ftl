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
sync-organisations-added = la til { $count ->
    [one] 1 organisasjon
   *[other] { $count } organisasjoner
}
sync-organisations-changed = endret { $count ->
    [one] 1 organisasjon
   *[other] { $count } organisasjoner
}
sync-organisations-removed = fjernet { $count ->
    [one] 1 organisasjon
   *[other] { $count } organisasjoner
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
sync-kind-organisation = en organisasjon
sync-kind-link = en forbindelse mellom to personer
sync-link-between = forbindelsen mellom { $from } og { $to }
sync-kind-workspace = arbeidsområdet
sync-conflict-record = { $record }
sync-conflict-field = { $record }: { $field }
sync-value-deleted = (slettet)
sync-value-empty = (tom)
sync-copy-other-workspace = det er et annet arbeidsområde (ikke en kopi av dette), så det blir latt som det er
sync-someone = Noen
sync-changed-today = endret av { $who } i dag
sync-changed-yesterday = endret av { $who } i går
sync-changed-on = endret av { $who } { $day }
sync-monday = mandag
sync-tuesday = tirsdag
sync-wednesday = onsdag
sync-thursday = torsdag
sync-friday = fredag
sync-saturday = lørdag
sync-sunday = søndag
merge-failed = En annen versjon av arbeidsområdet kunne ikke slås sammen: { $reason }
merge-step = Sammenslåing: { $note }
action-conflicts = Konflikter …
conflicts-title = { $count ->
    [one] 1 konflikt
   *[other] { $count } konflikter
}
conflicts-body = Begge versjonene har endret disse ulikt. Verdien som er beholdt så langt, står til venstre; velg den som skal beholdes.
conflicts-here = Beholdt her
conflicts-there = Den andre versjonen
conflicts-keep-value = Behold «{ $value }»
conflicts-take-value = Ta «{ $value }»
conflicts-keep = Behold denne
conflicts-take = Ta denne
conflicts-step = Valg i en konflikt: { $what }
conflicts-banner = { $count ->
    [one] Sammenslåingen med en annen versjon etterlot 1 konflikt.
   *[other] Sammenslåingen med en annen versjon etterlot { $count } konflikter.
}
conflicts-look = Se på dem …
settings-user-name = Navnet ditt
settings-user-name-hint = Det endringene dine merkes med, så de andre ser hvem som endret hva. Tomt: kontonavnet ditt.
shared-open-elsewhere = Også åpent i Kindred hos { $holder }. Det som lagres der, slås sammen med arbeidet ditt her.
