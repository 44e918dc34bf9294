# Kindreds tekster: profilen.

## Profilen: tomme tilstander, overskrift, kjennskap

profile-no-people = Ingen personer ennå. Legg til den første, eller importer dem fra adresseboken eller et regneark (vCard eller CSV).
profile-select = Velg en person i listen.
profile-import-contacts = Importer kontakter…
profile-add-first-person = Legg til den første personen
profile-masked = Personlige opplysninger er skjult i presentasjonsmodus; avslutt presentasjonsmodus, eller slå av personvernmasken for å redigere.
profile-no-organisation = ingen organisasjon
profile-key-account-mark = ★ nøkkelkunde
profile-knowledge = Kjennskap { $percent } %
profile-missing = Mangler:
profile-all-known = Alle menneskelige fakta på listen er kjent.
profile-fill-in = Fyll ut
profile-photo-of = Bilde av { $name }
profile-delete-person = Slett person…
profile-erase-person = Slett for godt…
profile-erase-person-hint = Fjern alle spor av personen fra arbeidsområdet og, om du ønsker det, fra sikkerhetskopiene: for en person som har bedt om å bli glemt
profile-nothing-yet = Ingenting registrert ennå.

## Deler

profile-section-contact = Kontakt og organisasjon
profile-section-photo = Bilde
profile-section-life = Liv og familie
profile-section-milestones = Merkedager ({ $count })
profile-section-needs = Behov
profile-section-fit = Egnethet
profile-section-incidents = Kritiske hendelser ({ $count })
profile-section-ideas = Ideer ({ $count })
profile-section-log = Kontaktlogg ({ $count })

## Angretrinn: hva som ble redigert ($owner er eierform: «Mettes»; $name navnet)

profile-this-person = denne personen
profile-this-persons = denne personens
profile-edited-person = Rediger { $name }
profile-added-person = Legg til { $name }
profile-edited-name = Rediger { $owner } navn
profile-edited-organisation = Rediger { $owner } organisasjon
profile-edited-role = Rediger { $owner } rolle
profile-edited-status = Rediger { $owner } status
profile-edited-key-account = Rediger { $owner } merking som nøkkelkunde
profile-edited-purpose = Rediger { $owner } grunn til å lagre data
profile-edited-tags = Rediger { $owner } merker
profile-edited-emails = Rediger { $owner } e-poster
profile-edited-phones = Rediger { $owner } telefonnumre
profile-edited-address = Rediger { $owner } adresse
profile-edited-website = Rediger { $owner } nettsted
profile-edited-photo = Rediger { $owner } bilde
profile-edited-family = Rediger { $owner } familie
profile-edited-interests = Rediger { $owner } interesser
profile-edited-what-matters = Rediger det som betyr noe for { $name }
profile-edited-proud-of = Rediger det { $name } er stolt av
profile-edited-preferences = Rediger { $owner } preferanser
profile-edited-notes = Rediger { $owner } notater
profile-edited-milestones = Rediger { $owner } merkedager
profile-edited-needs = Rediger { $owner } behov
profile-edited-fit = Rediger { $owner } egnethet
profile-edited-incidents = Rediger { $owner } kritiske hendelser
profile-edited-ideas = Rediger { $owner } ideer
profile-edited-log = Rediger { $owner } kontaktlogg

## Kontakt og organisasjon

profile-name = Navn
profile-organisation = Organisasjon
profile-role = Rolle
profile-status = Status
profile-person-status = Status for denne personen
profile-status-reason = Årsak
profile-status-reason-hint = hvorfor vi gikk hver vår vei
profile-key-account = Nøkkelkunde
profile-purpose = Hvorfor vi lagrer dette
profile-purpose-hint = hva vi bruker opplysningene til, f.eks. fast kunde, ønsker bursdagshilsener
profile-tags = Merker
profile-new-tag = Nytt merke
profile-add-tag = Legg til merke
profile-remove-tag = Fjern merket { $item }
profile-remove-tag-hint = Fjern merket «{ $item }»
profile-emails = E-poster
profile-new-email = Ny e-post
profile-new-email-label = Etikett for ny e-post
profile-add-email = Legg til e-post
profile-email-n = E-post { $n }
profile-email-label-n = Etikett for e-post { $n }
profile-remove-email = Fjern e-posten { $value }
profile-phones = Telefonnumre
profile-new-phone = Nytt telefonnummer
profile-new-phone-label = Etikett for nytt telefonnummer
profile-add-phone = Legg til telefonnummer
profile-phone-n = Telefonnummer { $n }
profile-phone-label-n = Etikett for telefonnummer { $n }
profile-remove-phone = Fjern telefonnummeret { $value }
profile-label-hint = jobb, privat, mobil
profile-label-work = jobb
profile-label-home = privat
profile-label-mobile = mobil
profile-label-fax = faks
profile-label-home-fax = privat faks
profile-label-work-fax = jobbfaks
profile-label-main = hovednummer
profile-label-other = annet
profile-label-pager = personsøker
profile-label-school = skole
profile-label-car = bil
profile-label-assistant = assistent
profile-address = Adresse
profile-website = Nettsted

## Bilde

profile-no-photo = Ikke noe bilde; initialene vises i stedet.
profile-choose-photo = Velg bilde…
profile-change-photo = Bytt bilde…
profile-remove-photo = Fjern bilde
profile-photo-file = Bildefil
profile-photo-file-hint = sti til en PNG- eller JPEG-fil
profile-use-photo = Bruk
profile-photo-filter = PNG- eller JPEG-bilde
profile-photo-unreadable-file = { $path } kan ikke leses: { $error }
profile-photo-not-an-image = Dette er ikke et PNG- eller JPEG-bilde
profile-photo-broken = Bildet kan ikke leses: { $error }
profile-photo-not-stored = Bildet kan ikke lagres: { $error }
profile-photo-stored-unreadable = det lagrede bildet kan ikke leses ({ $error })
profile-photo-damaged = det lagrede bildet er skadet
profile-photo-too-big = Filen er på { $size } MB; bilder på opptil { $limit } MB godtas

## Liv og familie

profile-family = Familie
profile-add-relative = Legg til slektning
profile-relative-needs-name = Skriv inn slektningens navn
profile-relative-name = Slektningens navn
profile-relative-relation = Slektningens relasjon
profile-relative-birthday = Slektningens fødselsdag
profile-relative-name-n = Navn på slektning { $n }
profile-relative-relation-n = Relasjon for slektning { $n }
profile-relative-birthday-n = Fødselsdag for slektning { $n }
profile-remove-relative = Fjern slektningen { $name }
profile-in-words = { $what } med egne ord
profile-relation-other-choice = Annet…
profile-relation-partner = Partner
profile-relation-spouse = Ektefelle
profile-relation-child = Barn
profile-relation-daughter = Datter
profile-relation-son = Sønn
profile-relation-parent = Forelder
profile-relation-mother = Mor
profile-relation-father = Far
profile-relation-sibling = Søsken
profile-relation-grandchild = Barnebarn
profile-relation-friend = Venn
profile-relation-other = Annet
profile-interests = Interesser
profile-new-interest = Ny interesse
profile-add-interest = Legg til interesse
profile-remove-interest = Fjern interessen { $item }
profile-remove-interest-hint = Fjern interessen «{ $item }»
profile-what-matters = Hva som betyr noe for dem
profile-proud-of = Stolt av
profile-preferences = Preferanser
profile-notes = Notater

## Merkedager

profile-add-milestone = Legg til merkedag
profile-milestone-needs-date = Oppgi merkedagens dato
profile-once-needs-year = En engangshendelse må ha et årstall
profile-no-relative = (ingen slektning)
profile-milestone-n = merkedag { $n }
profile-new-milestone = ny merkedag
profile-kind-of = Type for { $what }
profile-label-of = Betegnelse for { $what }
profile-date-of = Dato for { $what }
profile-recurrence-of = Gjentakelse for { $what }
profile-reminder-of = Påminnelse for { $what }
profile-relative-of = Slektning for { $what }
profile-remove = Fjern { $what }
profile-milestone-what-hint = hva det er
profile-milestone-label-hint = betegnelse (valgfritt)
profile-remind = påminn
profile-days-ahead = { $count ->
    [one] dag før
   *[other] dager før
}
profile-yearly = hvert år
profile-once = én gang
profile-kind-birthday = Fødselsdag
profile-kind-work-anniversary = Jobbjubileum
profile-kind-customer-since = Kunde siden
profile-kind-wedding-anniversary = Bryllupsdag
profile-kind-family-birthday = Slektnings fødselsdag
profile-kind-life-event = Livshendelse
profile-kind-custom = Annet

## Behov og egnethet

profile-stated = Uttalt behov
profile-motivation = Motivasjonen bak
profile-challenge = Hvordan vi utfordret det
profile-solution = Avtalt løsning
profile-need-recognised = Erkjent behov
profile-driver = Drivkraft
profile-minutes-spent = Brukt tid
profile-minutes = min
profile-hours = ({ $hours } timer)
profile-yearly-value = Årlig verdi
profile-yearly-value-is = Årlig verdi: { $value }
profile-decision = Beslutning
profile-decision-reason = Begrunnelse for beslutningen

## Kritiske hendelser

profile-add-incident = Legg til hendelse
profile-incident-n = hendelse { $n }
profile-new-incident = ny hendelse
profile-date = Dato
profile-where-in-journey = Hvor på kundereisen
profile-touchpoint = Kontaktpunkt
profile-touchpoint-of = Kontaktpunkt for { $what }
profile-than-expected = Sammenlignet med forventet
profile-valence-of = Bedre eller verre, { $what }
profile-better = Bedre
profile-worse = Verre
profile-expected = Forventet
profile-expected-of = Forventet, { $what }
profile-happened = Hva som skjedde
profile-happened-of = Hva som skjedde, { $what }
profile-response = Vår reaksjon
profile-response-of = Vår reaksjon, { $what }
profile-resolved = Løst
profile-resolved-of = Løst, { $what }
profile-no-journey = (ingen kundereise)
profile-no-phase = (ingen fase)
profile-missing-journey = (slettet kundereise)
profile-journey-of = Kundereise for { $what }
profile-phase-of = Fase for { $what }

## Ideer

profile-add-idea = Legg til idé
profile-idea-needs-text = Skriv ideen
profile-idea-n = idé { $n }
profile-new-idea = ny idé
profile-text-of = Tekst for { $what }
profile-status-of = Status for { $what }

## Kontaktlogg

profile-add-entry = Legg til kontakt
profile-entry-n = kontakt { $n }
profile-new-entry = ny kontakt
profile-channel-of = Kanal for { $what }
profile-personal = Personlig
profile-personal-of = Personlig, { $what }
profile-minutes-of = Minutter for { $what }
profile-note-of = Notat til { $what }
profile-channel-meeting = Møte
profile-channel-phone = Telefon
profile-channel-email = E-post
profile-channel-message = Melding
profile-channel-visit = Besøk
profile-channel-event = Arrangement
profile-channel-other = Annet

## Beløp

profile-amount-invalid = «{ $text }» er ikke et helt beløp (for eksempel { $example })
profile-amount-too-large = «{ $text }» er et for stort beløp

## Datofeltet og kalenderen

profile-date-hint = DD.MM.ÅÅÅÅ
profile-date-hint-no-year = DD.MM.ÅÅÅÅ eller 24. des.
profile-date-needed = Skriv inn en dato
profile-date-needs-year = Oppgi året også (DD.MM.ÅÅÅÅ)
profile-date-not-a-date = «{ $text }» er ikke en dato: skriv { $forms }
profile-date-ambiguous = «{ $text }» kan være { $first } eller { $second }: skriv D.M. eller --MM-DD
profile-date-no-month = Det finnes ingen måned { $month }
profile-date-no-day-zero = Det finnes ingen dag 0
profile-date-no-such-day = { $date } finnes ikke
profile-date-not-leap-year = { $date } finnes ikke: { $year } er ikke et skuddår
profile-calendar-of = Kalender: { $name }
profile-calendar-previous = Forrige måned
profile-calendar-next = Neste måned
profile-calendar-month = Måned
profile-calendar-year = År
profile-calendar-no-year = Uten år
profile-calendar-clear = Tøm
profile-weekday-1 = ma
profile-weekday-2 = ti
profile-weekday-3 = on
profile-weekday-4 = to
profile-weekday-5 = fr
profile-weekday-6 = lø
profile-weekday-7 = sø
