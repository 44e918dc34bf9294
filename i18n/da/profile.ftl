# Kindreds tekster: profilen.

## Profilen: tomme tilstande, overskrift, kendskab

profile-no-people = Ingen personer endnu. Tilføj den første, eller importér dem fra din adressebog eller et regneark (vCard eller CSV).
profile-select = Vælg en person på listen.
profile-import-contacts = Importér kontakter…
profile-add-first-person = Tilføj den første person
profile-masked = Personlige oplysninger er skjult i præsentationstilstand; forlad præsentationstilstand, eller slå privatlivsmasken fra for at redigere.
profile-no-organisation = ingen organisation
profile-key-account-mark = ★ nøglekunde
profile-knowledge = Kendskab { $percent } %
profile-missing = Mangler:
profile-all-known = Alle menneskelige fakta på listen er kendt.
profile-fill-in = Udfyld det
profile-photo-of = Foto af { $name }
profile-delete-person = Slet person…
profile-erase-person = Slet for altid…
profile-erase-person-hint = Fjern alle spor af personen fra arbejdsområdet og, hvis du ønsker det, fra sikkerhedskopierne: til en person, der har bedt om at blive glemt
profile-nothing-yet = Intet registreret endnu.

## Afsnit

profile-section-contact = Kontakt og organisation
profile-section-photo = Foto
profile-section-life = Liv og familie
profile-section-milestones = Mærkedage ({ $count })
profile-section-needs = Behov
profile-section-fit = Egnethed
profile-section-incidents = Kritiske hændelser ({ $count })
profile-section-ideas = Idéer ({ $count })
profile-section-log = Kontaktlog ({ $count })

## Fortryd-trin: hvad der blev redigeret ($owner er ejefald: “Mettes”; $name navnet)

profile-this-person = denne person
profile-this-persons = denne persons
profile-edited-person = Rediger { $name }
profile-added-person = Tilføj { $name }
profile-edited-name = Rediger { $owner } navn
profile-edited-organisation = Rediger { $owner } organisation
profile-edited-role = Rediger { $owner } rolle
profile-edited-status = Rediger { $owner } status
profile-edited-key-account = Rediger { $owner } markering som nøglekunde
profile-edited-purpose = Rediger { $owner } grund til at gemme data
profile-edited-tags = Rediger { $owner } mærker
profile-edited-emails = Rediger { $owner } e-mails
profile-edited-phones = Rediger { $owner } telefonnumre
profile-edited-address = Rediger { $owner } adresse
profile-edited-website = Rediger { $owner } hjemmeside
profile-edited-photo = Rediger { $owner } foto
profile-edited-family = Rediger { $owner } familie
profile-edited-interests = Rediger { $owner } interesser
profile-edited-what-matters = Rediger det, der betyder noget for { $name }
profile-edited-proud-of = Rediger det, { $name } er stolt af
profile-edited-preferences = Rediger { $owner } præferencer
profile-edited-notes = Rediger { $owner } noter
profile-edited-milestones = Rediger { $owner } mærkedage
profile-edited-needs = Rediger { $owner } behov
profile-edited-fit = Rediger { $owner } egnethed
profile-edited-incidents = Rediger { $owner } kritiske hændelser
profile-edited-ideas = Rediger { $owner } idéer
profile-edited-log = Rediger { $owner } kontaktlog

## Kontakt og organisation

profile-name = Navn
profile-organisation = Organisation
profile-role = Rolle
profile-status = Status
profile-person-status = Status for denne person
profile-status-reason = Årsag
profile-status-reason-hint = hvorfor vi gik hver til sit
profile-key-account = Nøglekunde
profile-purpose = Hvorfor vi gemmer dette
profile-purpose-hint = hvad vi bruger oplysningerne til, fx fast kunde, ønsker fødselsdagshilsner
profile-tags = Mærker
profile-new-tag = Nyt mærke
profile-add-tag = Tilføj mærke
profile-remove-tag = Fjern mærket { $item }
profile-remove-tag-hint = Fjern mærket “{ $item }”
profile-emails = E-mails
profile-new-email = Ny e-mail
profile-new-email-label = Etiket for ny e-mail
profile-add-email = Tilføj e-mail
profile-email-n = E-mail { $n }
profile-email-label-n = Etiket for e-mail { $n }
profile-remove-email = Fjern e-mailen { $value }
profile-phones = Telefonnumre
profile-new-phone = Nyt telefonnummer
profile-new-phone-label = Etiket for nyt telefonnummer
profile-add-phone = Tilføj telefonnummer
profile-phone-n = Telefonnummer { $n }
profile-phone-label-n = Etiket for telefonnummer { $n }
profile-remove-phone = Fjern telefonnummeret { $value }
profile-label-hint = arbejde, privat, mobil
profile-label-work = arbejde
profile-label-home = privat
profile-label-mobile = mobil
profile-label-fax = fax
profile-label-home-fax = privat fax
profile-label-work-fax = arbejdsfax
profile-label-main = hovednummer
profile-label-other = andet
profile-label-pager = personsøger
profile-label-school = skole
profile-label-car = bil
profile-label-assistant = assistent
profile-address = Adresse
profile-website = Hjemmeside

## Foto

profile-no-photo = Intet foto; initialerne vises i stedet.
profile-choose-photo = Vælg foto…
profile-change-photo = Skift foto…
profile-remove-photo = Fjern foto
profile-photo-file = Fotofil
profile-photo-file-hint = sti til en PNG- eller JPEG-fil
profile-use-photo = Brug
profile-photo-filter = PNG- eller JPEG-billede
profile-photo-unreadable-file = { $path } kan ikke læses: { $error }
profile-photo-not-an-image = Dette er ikke et PNG- eller JPEG-billede
profile-photo-broken = Billedet kan ikke læses: { $error }
profile-photo-not-stored = Fotoet kan ikke gemmes: { $error }
profile-photo-stored-unreadable = det gemte foto kan ikke læses ({ $error })
profile-photo-damaged = det gemte foto er beskadiget
profile-photo-too-big = Filen fylder { $size } MB; der tages imod fotos på op til { $limit } MB

## Liv og familie

profile-family = Familie
profile-add-relative = Tilføj slægtning
profile-relative-needs-name = Skriv slægtningens navn
profile-relative-name = Slægtningens navn
profile-relative-relation = Slægtningens relation
profile-relative-birthday = Slægtningens fødselsdag
profile-relative-name-n = Navn på slægtning { $n }
profile-relative-relation-n = Relation for slægtning { $n }
profile-relative-birthday-n = Fødselsdag for slægtning { $n }
profile-remove-relative = Fjern slægtningen { $name }
profile-in-words = { $what } med egne ord
profile-relation-other-choice = Andet…
profile-relation-partner = Partner
profile-relation-spouse = Ægtefælle
profile-relation-child = Barn
profile-relation-daughter = Datter
profile-relation-son = Søn
profile-relation-parent = Forælder
profile-relation-mother = Mor
profile-relation-father = Far
profile-relation-sibling = Søskende
profile-relation-grandchild = Barnebarn
profile-relation-friend = Ven
profile-relation-other = Andet
profile-interests = Interesser
profile-new-interest = Ny interesse
profile-add-interest = Tilføj interesse
profile-remove-interest = Fjern interessen { $item }
profile-remove-interest-hint = Fjern interessen “{ $item }”
profile-what-matters = Hvad der betyder noget for dem
profile-proud-of = Stolt af
profile-preferences = Præferencer
profile-notes = Noter

## Mærkedage

profile-add-milestone = Tilføj mærkedag
profile-milestone-needs-date = Angiv mærkedagens dato
profile-once-needs-year = En enkeltstående begivenhed skal have et årstal
profile-no-relative = (ingen slægtning)
profile-milestone-n = mærkedag { $n }
profile-new-milestone = ny mærkedag
profile-kind-of = Type for { $what }
profile-label-of = Betegnelse for { $what }
profile-date-of = Dato for { $what }
profile-recurrence-of = Gentagelse for { $what }
profile-reminder-of = Påmindelse for { $what }
profile-relative-of = Slægtning for { $what }
profile-remove = Fjern { $what }
profile-milestone-what-hint = hvad det er
profile-milestone-label-hint = betegnelse (valgfrit)
profile-remind = påmind
profile-days-ahead = { $count ->
    [one] dag før
   *[other] dage før
}
profile-yearly = hvert år
profile-once = én gang
profile-kind-birthday = Fødselsdag
profile-kind-work-anniversary = Arbejdsjubilæum
profile-kind-customer-since = Kunde siden
profile-kind-wedding-anniversary = Bryllupsdag
profile-kind-family-birthday = Slægtnings fødselsdag
profile-kind-life-event = Livsbegivenhed
profile-kind-custom = Andet

## Behov og egnethed

profile-stated = Udtalt behov
profile-motivation = Motivationen bag
profile-challenge = Hvordan vi udfordrede det
profile-solution = Aftalt løsning
profile-need-recognised = Erkendt behov
profile-driver = Drivkraft
profile-minutes-spent = Brugt tid
profile-minutes = min
profile-hours = ({ $hours } timer)
profile-yearly-value = Årlig værdi
profile-yearly-value-is = Årlig værdi: { $value }
profile-decision = Beslutning
profile-decision-reason = Begrundelse for beslutningen

## Kritiske hændelser

profile-add-incident = Tilføj hændelse
profile-incident-n = hændelse { $n }
profile-new-incident = ny hændelse
profile-date = Dato
profile-where-in-journey = Hvor på kunderejsen
profile-touchpoint = Berøringspunkt
profile-touchpoint-of = Berøringspunkt for { $what }
profile-than-expected = I forhold til forventet
profile-valence-of = Bedre eller værre, { $what }
profile-better = Bedre
profile-worse = Værre
profile-expected = Forventet
profile-expected-of = Forventet, { $what }
profile-happened = Hvad der skete
profile-happened-of = Hvad der skete, { $what }
profile-response = Vores reaktion
profile-response-of = Vores reaktion, { $what }
profile-resolved = Løst
profile-resolved-of = Løst, { $what }
profile-no-journey = (ingen kunderejse)
profile-no-phase = (ingen fase)
profile-missing-journey = (slettet kunderejse)
profile-journey-of = Kunderejse for { $what }
profile-phase-of = Fase for { $what }

## Idéer

profile-add-idea = Tilføj idé
profile-idea-needs-text = Skriv idéen
profile-idea-n = idé { $n }
profile-new-idea = ny idé
profile-text-of = Tekst for { $what }
profile-status-of = Status for { $what }

## Kontaktlog

profile-add-entry = Tilføj kontakt
profile-entry-n = kontakt { $n }
profile-new-entry = ny kontakt
profile-channel-of = Kanal for { $what }
profile-personal = Personlig
profile-personal-of = Personlig, { $what }
profile-minutes-of = Minutter for { $what }
profile-note-of = Note til { $what }
profile-channel-meeting = Møde
profile-channel-phone = Telefon
profile-channel-email = E-mail
profile-channel-message = Besked
profile-channel-visit = Besøg
profile-channel-event = Arrangement
profile-channel-other = Andet

## Beløb

profile-amount-invalid = “{ $text }” er ikke et helt beløb (for eksempel { $example })
profile-amount-too-large = “{ $text }” er et for stort beløb

## Datofeltet og kalenderen

profile-date-hint = DD.MM.ÅÅÅÅ
profile-date-hint-no-year = DD.MM.ÅÅÅÅ eller 24. dec.
profile-date-needed = Skriv en dato
profile-date-needs-year = Angiv også året (DD.MM.ÅÅÅÅ)
profile-date-not-a-date = “{ $text }” er ikke en dato: skriv { $forms }
profile-date-ambiguous = “{ $text }” kan være { $first } eller { $second }: skriv D.M. eller --MM-DD
profile-date-no-month = Der er ingen måned { $month }
profile-date-no-day-zero = Der er ingen dag 0
profile-date-no-such-day = { $date } findes ikke
profile-date-not-leap-year = { $date } findes ikke: { $year } er ikke et skudår
profile-calendar-of = Kalender: { $name }
profile-calendar-previous = Forrige måned
profile-calendar-next = Næste måned
profile-calendar-month = Måned
profile-calendar-year = År
profile-calendar-no-year = Uden år
profile-calendar-clear = Ryd
profile-weekday-1 = ma
profile-weekday-2 = ti
profile-weekday-3 = on
profile-weekday-4 = to
profile-weekday-5 = fr
profile-weekday-6 = lø
profile-weekday-7 = sø
