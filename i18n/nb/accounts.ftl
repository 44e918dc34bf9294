# Kindreds tekster: kunder som organisasjoner og relasjoner. Organisasjonene bak personene (visningen Organisasjoner
# og kundesiden), en persons organisasjon og rolle i den, forbindelser mellom personer, hvordan kundene fant oss, og
# hvem som bringer oss kunder.

view-accounts = Organisasjoner
palette-organisation = organisasjon
export-organisations-csv = Organisasjoner som CSV…
interop-format-organisations-csv = CSV med organisasjoner

## En persons rolle i en kunde

account-role-owner = Eier
account-role-buyer = Innkjøper
account-role-user = Bruker
account-role-bookkeeper = Regnskapsfører

## Hvordan kunden fant oss

referral-unknown = Ukjent
referral-person = Anbefalt av noen
referral-event = På et arrangement
referral-search = Fant oss ved å søke
referral-walk-in = Kom innom
referral-other = På annen måte

## Forbindelser mellom personer: hva den andre er for den som eier profilen

link-partner = Partner
link-parent = Forelder
link-child = Barn
link-colleague = Kollega
link-manager = Leder
link-report = Medarbeider
link-referred-by = Anbefalt av
link-referred = Anbefalte oss til
link-friend = Venn
link-relative = Slektning
link-own = Med dine egne ord…
link-own-unnamed = Forbundet

## Listen over organisasjoner

accounts-search = Søk
accounts-search-hint = organisasjon, merke, en person i den…
accounts-status = Status
accounts-tag = Merke
accounts-sort-by = Sorter etter
accounts-sort-name = Navn
accounts-sort-people = Personer
accounts-sort-value = Årlig verdi
accounts-sort-time = Brukt tid
accounts-sort-knowledge = Kjennskap til personene
accounts-low-knowledge-hint = Vi kjenner i snitt under { $percent } % av de menneskelige faktaene om personene dens
accounts-shown = { $shown } av { $count } organisasjoner
accounts-new-name = Navn på ny organisasjon
accounts-add = Legg til organisasjon
accounts-added = Legg til { $name }
accounts-people-count = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
accounts-hours = { $hours } t
accounts-masked = En kundes tall, notater og kontaktopplysninger er skjult i presentasjonsmodus; avslutt presentasjonsmodus, eller slå av personvernmasken, for å redigere.
accounts-none = Ingen organisasjoner ennå. De kommer med personene: skriv en organisasjon på en profil, eller importer kontakter; eller legg til en her.
accounts-select = Velg en organisasjon i listen.

## Kundesiden

accounts-summary = { $people ->
    [one] 1 person
   *[other] { $people } personer
} · { $status }
accounts-knowledge = Vi kjenner personene dens { $percent } %
accounts-no-people = Ingen hører til denne organisasjonen ennå.
accounts-merge = Slå sammen med…
accounts-delete = Slett organisasjon…
accounts-section-details = Opplysninger
accounts-section-fit = Kundens egnethet
accounts-section-milestones = Dens merkedager ({ $count })
accounts-section-people = Personer ({ $count })
accounts-section-records = Oppfølginger ({ $follow_ups }), hendelser ({ $incidents }) og ideer ({ $ideas }) fra personene dens
accounts-section-boards = På tavlene
accounts-edited = Rediger { $name }
accounts-field-name = Navn
accounts-field-status = Status
accounts-field-status-reason = Hvorfor
accounts-field-key-account = Nøkkelkunde
accounts-field-website = Nettsted
accounts-field-phone = Telefon
accounts-field-address = Adresse
accounts-field-tags = Merker
accounts-field-notes = Notater
accounts-new-tag = Nytt merke
accounts-add-tag = Legg til merke
accounts-remove-tag = Fjern merket { $item }
accounts-add-milestone = Legg til dag
accounts-milestone-label = Hva det er (butikkens åpningsdag)
accounts-milestone-date = Dagen
accounts-milestone-yearly = Hvert år
accounts-milestone-customer-since = Kunde siden
accounts-milestone-day = En av dagene deres
accounts-remove-milestone = Fjern { $what }
accounts-role-of = Rollen til { $name } i kunden
accounts-add-person = Legg til en person
accounts-add-person-hint = skriv et navn
accounts-add-named = Legg { $name } til kunden
accounts-added-person = Legg { $name } til { $account }
accounts-follow-ups = { $count ->
    [one] 1 åpen oppfølging
   *[other] { $count } åpne oppfølginger
}
accounts-follow-up-no-day = ingen dag
accounts-incidents = { $count ->
    [one] 1 hendelse
   *[other] { $count } hendelser
}
accounts-ideas = { $count ->
    [one] 1 idé
   *[other] { $count } ideer
}
accounts-not-on-boards = Ingen av personene dens står på en tavle.
accounts-delete-title = Slette organisasjonen?
accounts-delete-body = { $name } tas ut av arbeidsområdet. { $people ->
    [0] Ingen hører til den.
    [one] Den ene personen dens blir, uten organisasjon.
   *[other] De { $people } personene dens blir, uten organisasjon.
} Du kan angre det.
accounts-delete-confirm = Slett
accounts-deleted = Slett { $name }
accounts-merge-title = Slå sammen med { $name }
accounts-merge-body = Velg organisasjonen som er den samme som { $name }. Personene, merkene, dagene, notatene og tallene dens går over til { $name }, som beholder navnet sitt; den andre forsvinner. Forbindelser mellom personer blir som de er. Du kan angre det.
accounts-merge-find = Finn den andre organisasjonen
accounts-merge-into = { $name } ({ $people ->
    [one] 1 person
   *[other] { $people } personer
})
accounts-merged = Slå { $name } sammen med { $into }

## En persons organisasjon, på profilen

profile-organisation-hint = skriv et navn; organisasjoner med det navnet blir foreslått
profile-organisation-pick = Bruk organisasjonen { $name }
profile-organisation-new = en ny organisasjon: { $name }
profile-open-account = Åpne kunden
profile-account-role = Rolle i kunden
profile-account-role-unknown = Ikke oppgitt
profile-account-role-other = Med deres egne ord…
profile-account-role-words = Rollen deres, med ord
profile-edited-account-role = Rediger { $owner } rolle i kunden
profile-fit-of-account = Egnetheten gjelder hele kunden, { $name }: personene dens deler den.

## Forbindelser, og hvordan de fant oss, på profilen

profile-section-links = Forbindelser, og hvordan de fant oss ({ $count })
profile-referral = Hvordan de fant oss
profile-referral-detail = Arrangementet, søket, navnet
profile-edited-referral = Rediger hvordan { $name } fant oss
profile-links = Forbundne personer
profile-no-links = Ingen forbundet ennå.
profile-link-gone = (en som ikke lenger er i arbeidsområdet)
profile-open-person = Åpne profilen til { $name }
profile-remove-link = Fjern forbindelsen til { $name }
profile-unlinked = Fjern forbindelsen mellom { $first } og { $second }
profile-add-link = Forbind med noen…
profile-link-kind = Hvem er
profile-link-choose = Velg…
profile-link-of = for personen:
profile-link-person = En person i arbeidsområdet
profile-link-pick = Forbind med { $name }
profile-link-their-word = Hva de er for denne personen (gudmor)
profile-link-my-word = Hva { $name } er for dem (guddatter)
profile-link-add = Forbind
profile-link-exists = De to er allerede forbundet slik.
profile-linked = Forbind { $first } og { $second }

## En slektning som blir en egen person

profile-relative-make-person = Gjør til person
profile-relative-make-person-named = Gjør { $name } til en egen person
profile-relative-make-person-hint = En egen profil, med bursdagen, forbundet med denne personen
profile-relative-open = Åpne
profile-relative-open-named = Åpne profilen til { $name }
profile-made-person = Gjør { $name } til en person

## Personlisten gruppert etter organisasjon

people-group-by-organisation = Grupper etter organisasjon
people-group = { $name } ({ $count })
people-group-none = Uten organisasjon ({ $count })

## Innsikt: hvem som bringer oss kunder

insights-referrers = Hvem som bringer oss kunder
insights-no-referrers = Ingen har anbefalt oss til en kunde ennå. Forbind en kunde med den som sendte dem («Anbefalt av») på kundens profil.
insights-referrers-intro = Kundene forteller gode historier om oss: de som har anbefalt oss til flest kunder, og den årlige verdien av de kundene.
insights-referrers-head = Person · anbefalte kunder · deres årlige verdi
insights-referred-customers = { $count ->
    [one] 1 kunde
   *[other] { $count } kunder
}

## Å slette en person for godt

erase-gone-links = { $count ->
    [one] forbindelsen deres til en annen person
   *[other] de { $count } forbindelsene deres til andre personer
}
erase-mention-organisation = organisasjonen { $name }, notatene dens
erase-field-referral = hvordan de fant oss

## Eksport og sammenslåing

interop-merge-referral = hvordan de fant oss
interop-person-account-role = Rolle i kunden
interop-person-referral = Hvordan de fant oss
interop-person-link-gone = en som ikke lenger er i arbeidsområdet
interop-person-fit-of = Kundens egnethet

## Id-er som brukes to ganger, og endringer som ikke lenger passer

ids-place-organisation = organisasjon { $number } ({ $name })
ids-place-organisation-milestone = dag { $record } hos organisasjon { $number } ({ $name })
ids-place-link = forbindelse { $number } mellom personer
error-edit-no-organisation = ingen organisasjon med id { $id }
error-edit-duplicate-organisation = det finnes allerede en organisasjon med id { $id }
error-edit-shared-organisation = to organisasjoner har id { $id }, så den sier ikke hvilken som menes
error-edit-no-organisation-at = det finnes ingen organisasjon nummer { $number }
error-edit-no-link = ingen forbindelse mellom personer med id { $id }
error-edit-duplicate-link = det finnes allerede en forbindelse med id { $id }
error-edit-shared-link = to forbindelser har id { $id }, så den sier ikke hvilken som menes
error-edit-no-link-at = det finnes ingen forbindelse nummer { $number }

## Overgangen til organisasjoner (format 2), skrevet i en organisasjons notater

migration-also-written = Også skrevet som:
migration-fit-disagreed = Personenes egnethet var ikke enig; bestem på nytt. Hva hver enkelt sa:
migration-fit-said = { $name }: erkjent behov { $need }, drivkraft { $driver }, beslutning { $decision }
