# Kindreds tekster: kunder som organisationer og relationer. Organisationerne bag personerne (visningen Organisationer
# og kundesiden), en persons organisation og rolle i den, forbindelser mellem personer, hvordan kunderne fandt os, og
# hvem der bringer os kunder.

view-accounts = Organisationer
palette-organisation = organisation
export-organisations-csv = Organisationer som CSV…
interop-format-organisations-csv = CSV med organisationer

## En persons rolle i en kunde

account-role-owner = Ejer
account-role-buyer = Indkøber
account-role-user = Bruger
account-role-bookkeeper = Bogholder

## Hvordan kunden fandt os

referral-unknown = Ukendt
referral-person = Anbefalet af nogen
referral-event = Ved et arrangement
referral-search = Fandt os ved at søge
referral-walk-in = Kom ind fra gaden
referral-other = På anden vis

## Forbindelser mellem personer: hvad den anden er for den, hvis profil det er

link-partner = Partner
link-parent = Forælder
link-child = Barn
link-colleague = Kollega
link-manager = Leder
link-report = Medarbejder
link-referred-by = Anbefalet af
link-referred = Anbefalede os til
link-friend = Ven
link-relative = Slægtning
link-own = Med dine egne ord…
link-own-unnamed = Forbundet

## Listen over organisationer

accounts-search = Søg
accounts-search-hint = organisation, mærke, en person i den…
accounts-status = Status
accounts-tag = Mærke
accounts-sort-by = Sortér efter
accounts-sort-name = Navn
accounts-sort-people = Personer
accounts-sort-value = Årlig værdi
accounts-sort-time = Brugt tid
accounts-sort-knowledge = Kendskab til personerne
accounts-low-knowledge-hint = Vi kender i gennemsnit under { $percent } % af de menneskelige fakta om dens personer
accounts-shown = { $shown } af { $count } organisationer
accounts-new-name = Navn på ny organisation
accounts-add = Tilføj organisation
accounts-added = Tilføj { $name }
accounts-people-count = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
accounts-hours = { $hours } t
accounts-masked = En kundes tal, noter og kontaktoplysninger er skjult i præsentationstilstand; afslut præsentationstilstand, eller slå privatlivsmasken fra, for at redigere.
accounts-none = Ingen organisationer endnu. De kommer med personerne: skriv en organisation på en profil, eller importér kontakter; eller tilføj en her.
accounts-select = Vælg en organisation på listen.

## Kundesiden

accounts-summary = { $people ->
    [one] 1 person
   *[other] { $people } personer
} · { $status }
accounts-knowledge = Vi kender dens personer { $percent } %
accounts-no-people = Ingen hører til denne organisation endnu.
accounts-merge = Slå sammen med…
accounts-delete = Slet organisation…
accounts-section-details = Oplysninger
accounts-section-fit = Kundens egnethed
accounts-section-milestones = Dens mærkedage ({ $count })
accounts-section-people = Personer ({ $count })
accounts-section-records = Opfølgninger ({ $follow_ups }), hændelser ({ $incidents }) og idéer ({ $ideas }) fra dens personer
accounts-section-boards = På tavlerne
accounts-edited = Rediger { $name }
accounts-field-name = Navn
accounts-field-status = Status
accounts-field-status-reason = Hvorfor
accounts-field-key-account = Nøglekunde
accounts-field-website = Websted
accounts-field-phone = Telefon
accounts-field-address = Adresse
accounts-field-tags = Mærker
accounts-field-notes = Noter
accounts-new-tag = Nyt mærke
accounts-add-tag = Tilføj mærke
accounts-remove-tag = Fjern mærket { $item }
accounts-add-milestone = Tilføj dag
accounts-milestone-label = Hvad det er (butikkens åbningsdag)
accounts-milestone-date = Dagen
accounts-milestone-yearly = Hvert år
accounts-milestone-customer-since = Kunde siden
accounts-milestone-day = En af deres dage
accounts-remove-milestone = Fjern { $what }
accounts-role-of = { $name }s rolle i kunden
accounts-add-person = Tilføj en person
accounts-add-person-hint = skriv et navn
accounts-add-named = Tilføj { $name } til kunden
accounts-added-person = Tilføj { $name } til { $account }
accounts-follow-ups = { $count ->
    [one] 1 åben opfølgning
   *[other] { $count } åbne opfølgninger
}
accounts-follow-up-no-day = ingen dag
accounts-incidents = { $count ->
    [one] 1 hændelse
   *[other] { $count } hændelser
}
accounts-ideas = { $count ->
    [one] 1 idé
   *[other] { $count } idéer
}
accounts-not-on-boards = Ingen af dens personer står på en tavle.
accounts-delete-title = Slet organisationen?
accounts-delete-body = { $name } fjernes fra arbejdsområdet. { $people ->
    [0] Ingen hører til den.
    [one] Dens ene person bliver, uden organisation.
   *[other] Dens { $people } personer bliver, uden organisation.
} Du kan fortryde det.
accounts-delete-confirm = Slet
accounts-deleted = Slet { $name }
accounts-merge-title = Slå sammen med { $name }
accounts-merge-body = Vælg den organisation, der er den samme som { $name }. Dens personer, mærker, dage, noter og tal kommer over til { $name }, som beholder sit navn; den anden forsvinder. Forbindelser mellem personer bliver, som de er. Du kan fortryde det.
accounts-merge-find = Find den anden organisation
accounts-merge-into = { $name } ({ $people ->
    [one] 1 person
   *[other] { $people } personer
})
accounts-merged = Slå { $name } sammen med { $into }

## En persons organisation, på profilen

profile-organisation-hint = skriv et navn; organisationer med det navn bliver foreslået
profile-organisation-pick = Brug organisationen { $name }
profile-organisation-new = en ny organisation: { $name }
profile-open-account = Åbn kunden
profile-account-role = Rolle i kunden
profile-account-role-unknown = Ikke oplyst
profile-account-role-other = Med deres egne ord…
profile-account-role-words = Deres rolle, med ord
profile-edited-account-role = Rediger { $owner } rolle i kunden
profile-fit-of-account = Egnetheden gælder hele kunden, { $name }: dens personer deler den.

## Forbindelser, og hvordan de fandt os, på profilen

profile-section-links = Forbindelser, og hvordan de fandt os ({ $count })
profile-referral = Hvordan de fandt os
profile-referral-detail = Arrangementet, søgningen, navnet
profile-edited-referral = Rediger, hvordan { $name } fandt os
profile-links = Forbundne personer
profile-no-links = Ingen forbundet endnu.
profile-link-gone = (en, der ikke længere er i arbejdsområdet)
profile-open-person = Åbn profilen for { $name }
profile-remove-link = Fjern forbindelsen til { $name }
profile-unlinked = Fjern forbindelsen mellem { $first } og { $second }
profile-add-link = Forbind med nogen…
profile-link-kind = Hvem er
profile-link-choose = Vælg…
profile-link-of = for personen:
profile-link-person = En person i arbejdsområdet
profile-link-pick = Forbind med { $name }
profile-link-their-word = Hvad de er for denne person (gudmor)
profile-link-my-word = Hvad { $name } er for dem (guddatter)
profile-link-add = Forbind
profile-link-exists = De to er allerede forbundet sådan.
profile-linked = Forbind { $first } og { $second }

## En slægtning, der bliver en person for sig

profile-relative-make-person = Gør til person
profile-relative-make-person-named = Gør { $name } til en person for sig
profile-relative-make-person-hint = En profil for sig, med sin fødselsdag, forbundet med denne person
profile-relative-open = Åbn
profile-relative-open-named = Åbn profilen for { $name }
profile-made-person = Gør { $name } til en person

## Personlisten grupperet efter organisation

people-group-by-organisation = Gruppér efter organisation
people-group = { $name } ({ $count })
people-group-none = Uden organisation ({ $count })

## Indsigt: hvem bringer os kunder

insights-referrers = Hvem bringer os kunder
insights-no-referrers = Ingen har anbefalet os til en kunde endnu. Forbind en kunde med den, der sendte dem (“Anbefalet af”), på kundens profil.
insights-referrers-intro = Kunderne fortæller gode historier om os: dem, der har anbefalet os til flest kunder, og den årlige værdi af de kunder.
insights-referrers-head = Person · anbefalede kunder · deres årlige værdi
insights-referred-customers = { $count ->
    [one] 1 kunde
   *[other] { $count } kunder
}

## At slette en person for altid

erase-gone-links = { $count ->
    [one] deres forbindelse til en anden person
   *[other] deres { $count } forbindelser til andre personer
}
erase-mention-organisation = organisationen { $name }, dens noter
erase-field-referral = hvordan de fandt os

## Eksport og sammenlægning

interop-merge-referral = hvordan de fandt os
interop-person-account-role = Rolle i kunden
interop-person-referral = Hvordan de fandt os
interop-person-link-gone = en, der ikke længere er i arbejdsområdet
interop-person-fit-of = Kundens egnethed

## Id'er, der bruges to gange, og ændringer, der ikke længere passer

ids-place-organisation = organisation { $number } ({ $name })
ids-place-organisation-milestone = dag { $record } hos organisation { $number } ({ $name })
ids-place-link = forbindelse { $number } mellem personer
error-edit-no-organisation = ingen organisation med id { $id }
error-edit-duplicate-organisation = der findes allerede en organisation med id { $id }
error-edit-shared-organisation = to organisationer har id { $id }, så det siger ikke, hvilken der menes
error-edit-no-organisation-at = der er ingen organisation nummer { $number }
error-edit-no-link = ingen forbindelse mellem personer med id { $id }
error-edit-duplicate-link = der findes allerede en forbindelse med id { $id }
error-edit-shared-link = to forbindelser har id { $id }, så det siger ikke, hvilken der menes
error-edit-no-link-at = der er ingen forbindelse nummer { $number }

## Overgangen til organisationer (format 2), skrevet i en organisations noter

migration-also-written = Også skrevet som:
migration-fit-disagreed = Personernes egnethed var ikke enig; beslut igen. Hvad hver især sagde:
migration-fit-said = { $name }: erkendt behov { $need }, drivkraft { $driver }, beslutning { $decision }
