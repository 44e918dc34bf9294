# Kindreds tekster: import og eksport (hva lesingen av en fil melder, kolonnevalget for CSV,
# utdelingene) og meldingene til det åpne dokumentet. Samme nøkler som en/.

## Formater

interop-format-png = PNG-bilde
interop-format-workspace = Kindred-arbeidsområde
interop-format-template = kundereisemal
interop-unknown-fields = felter som denne versjonen ikke kjenner, er utelatt: { $fields }
interop-export-only = filer i formatet { $format } kan eksporteres, men ikke importeres
interop-nothing-readable = ingenting i filen kunne importeres
interop-nothing-readable-because = ingenting i filen kunne importeres: { $source }: { $reason }
interop-export-needs-map = en eksport som { $format } gjelder én kundereise; oppgi hvilken

## Forhåndsvisningen av en import

interop-source-person = person { $number }
interop-map-already-here = kundereisen «{ $name }» finnes allerede, uendret

## Datoer som kan leses begge veier, og datoer som ikke er datoer

interop-day-first = dag først (d/m/åååå)
interop-month-first = måned først (m/d/åååå)
interop-dates-proven = datoer i «{ $column }» som kan leses begge veier, leses { $order }, slik kolonnens andre rader viser
interop-dates-outlook = datoer i «{ $column }» som kan leses begge veier, leses { $order }, slik Outlook skriver dem
interop-dates-language = datoer i «{ $column }» som kan leses begge veier, leses { $order } etter språket ({ $lang })
interop-dates-mixed = datoer i «{ $column }» som kan leses begge veier, leses { $order }: kolonnen blander begge rekkefølgene, så språket ({ $lang }) avgjør
interop-either-way = { $column } «{ $value }» kan leses begge veier; lest som { $date }
interop-not-a-date = { $column } «{ $value }» er ikke en dato; den er lagret i notatene

## CSV

interop-csv-empty = filen er tom
interop-csv-not-text = dette er ikke en tekstfil
interop-csv-no-header = første linje kan ikke leses som en rad med overskrifter
interop-csv-no-identity = ingen kolonne kunne gjenkjennes som navn, organisasjon eller e-post (overskriftene er: { $headers }); velg hva hver kolonne inneholder når du importerer i appen, så huskes valget
interop-csv-row = rad { $number }
interop-csv-unreadable-row = raden kan ikke leses: { $error }
interop-csv-too-many = filen har mer enn { $most } rader; Kindred importerer høyst { $most } om gangen, så del opp filen og importer den i deler
interop-csv-too-many-columns = den første linjen har { $count } kolonner; en kontaktliste har høyst { $most }, så dette ser ikke ut som en
interop-value-too-long = { $field }: verdien er på { $size } kB; verdier over 100 kB importeres ikke
interop-csv-read-as = lest som { $encoding }, skilt med { $separator }
interop-csv-commas = komma
interop-csv-semicolons = semikolon
interop-csv-tabs = tabulatorer
interop-csv-ignored = ignorerte kolonner: { $columns }
interop-csv-named-after-organisation = raden har ikke noe navn; den får organisasjonens navn
interop-csv-named-after-email = raden har ikke noe navn; den får e-postadressen som navn
interop-csv-no-name = raden har verken navn, organisasjon eller e-postadresse

## Hva en CSV-kolonne inneholder (kolonnevalget)

interop-field-ignore = (ignorer denne kolonnen)
interop-field-name = Fullt navn
interop-field-first-name = Fornavn
interop-field-middle-name = Mellomnavn
interop-field-last-name = Etternavn
interop-field-name-prefix = Tittel foran navnet (hr., dr.)
interop-field-name-suffix = Tillegg etter navnet
interop-field-nickname = Kallenavn
interop-field-organisation = Organisasjon
interop-field-department = Avdeling
interop-field-title = Stillingstittel
interop-field-email = E-post
interop-field-email-label = Etikett for neste e-post
interop-field-phone = Telefon
interop-field-phone-label = Etikett for neste telefon
interop-field-mobile-phone = Mobiltelefon
interop-field-work-phone = Jobbtelefon
interop-field-home-phone = Hjemmetelefon
interop-field-address = Adresse (hele)
interop-field-street = Gate
interop-field-city = Poststed
interop-field-postal-code = Postnummer
interop-field-region = Region eller delstat
interop-field-country = Land
interop-field-website = Nettsted
interop-field-birthday = Fødselsdag
interop-field-anniversary = Bryllupsdag
interop-field-customer-since = Kunde siden
interop-field-work-anniversary = Arbeidsjubileum
interop-field-event-label = Etikett for neste dato
interop-field-event-date = Dato (med etikett)
interop-field-other-dates = Andre datoer (etikett: dato)
interop-field-notes = Notater
interop-field-tags = Merker eller grupper
interop-field-spouse = Ektefelle
interop-field-children = Barn (navn)
interop-field-relation-label = Relasjon for neste familiemedlem
interop-field-relative = Familiemedlem
interop-field-family = Familie (Navn (relasjon, dato))
interop-field-status = Status
interop-field-key-account = Nøkkelkunde (ja/nei)

## vCard

interop-vcard-none = filen inneholder ikke noe vCard (ingen linje med BEGIN:VCARD)
interop-vcard-card = kort { $number } (linje { $line })
interop-vcard-line = linje { $number }
interop-vcard-cut-off = kortet er ufullstendig (ingen END:VCARD); det som står i det, er lest
interop-vcard-line-too-long = linjen er { $size } MB lang; linjer over 16 MB leses ikke
interop-vcard-value-too-long = en verdi fortsetter over mer enn 16 MB; den er ikke lest
interop-vcard-not-a-line = ikke en vCard-linje (mangler `:`): { $text }
interop-vcard-stray-lines = { $count ->
    [one] 1 linje utenfor et kort ble ignorert
   *[other] { $count } linjer utenfor et kort ble ignorert
}
interop-vcard-more-lines-source = flere linjer
interop-vcard-more-lines = { $count ->
    [one] 1 linje til kunne heller ikke leses
   *[other] { $count } linjer til kunne heller ikke leses
}
interop-vcard-card-cut = kortet har mer enn { $most } linjer; de siste { $count } ble ikke lest
interop-vcard-too-many = filen inneholder mer enn { $most } kort; Kindred importerer høyst { $most } om gangen, så del opp filen og importer den i deler
interop-vcard-birthday-not-a-date = linje { $line }: fødselsdagen «{ $value }» er ikke en dato; den er lagret i notatene
interop-vcard-not-a-date = linje { $line }: «{ $value }» er ikke en dato; den er lagret i notatene
interop-vcard-photo-dropped = linje { $line }: bildet ble ikke beholdt: { $reason }
interop-photo-not-base64 = en data-URI som ikke er base64
interop-photo-link = det er en lenke ({ $link }), ikke et bilde
interop-photo-too-large = det er større enn { $size } MB
interop-photo-damaged = base64-teksten er skadet
interop-photo-not-image = det er ikke et PNG- eller JPEG-bilde
interop-vcard-named-after-organisation = kortet har ikke noe navn (FN eller N); det får organisasjonens navn
interop-vcard-named-after-email = kortet har ikke noe navn (FN eller N); det får e-postadressen som navn
interop-vcard-no-name = kortet har verken navn (FN eller N), organisasjon eller e-postadresse

## Skrevet inn i en person ved import eller sammenslåing (på språket som gjelder i øyeblikket)

interop-note-goes-by = Kalles { $nickname }
interop-note-birthday = Fødselsdag: { $value }
interop-note-anniversary = Bryllupsdag: { $value }
interop-note-related = Relasjon ({ $relation }): { $value }
interop-milestone-other = Annet
interop-relation-relative = slektning
interop-also-recorded = Også registrert: { $field }: { $value }
interop-also-birthday = Også registrert: fødselsdagen til { $name }: { $date }
interop-merge-name = navn
interop-merge-organisation = organisasjon
interop-merge-role = rolle
interop-merge-address = adresse
interop-merge-website = nettsted
interop-merge-status-reason = begrunnelse for status
interop-merge-purpose = hvorfor vi lagrer opplysningene
interop-merge-what-matters = hva som betyr noe
interop-merge-proud-of = stolt av
interop-merge-preferences = preferanser
interop-merge-stated-need = uttrykt behov
interop-merge-motivation = motivasjon
interop-merge-challenge = hvordan vi utfordret behovet
interop-merge-agreed-solution = avtalt løsning
interop-merge-decision-reason = begrunnelse for beslutningen om egnethet
interop-merge-status = status
interop-merge-yearly-value = årlig verdi
interop-merge-decision = beslutning om egnethet

## Hvorfor to personer ser ut som én

interop-duplicate-same-email = samme e-post ({ $email })
interop-duplicate-same-name = samme navn
interop-duplicate-similar-name = lignende navn

## Utdelinger av kundereiser

interop-handout-segment = Segment: { $segment }
interop-handout-phases = { $count ->
    [one] 1 fase
   *[other] { $count } faser
}: { $names }
interop-handout-votes = ({ $count ->
    [one] 1 stemme
   *[other] { $count } stemmer
})
interop-handout-incidents = { $count ->
    [one] 1 kritisk hendelse registrert hos personer
   *[other] { $count } kritiske hendelser registrert hos personer
}
interop-handout-ideas = { $count ->
    [one] 1 idé fra kundene
   *[other] { $count } ideer fra kundene
}
interop-handout-emotion-curve = Følelseskurve
interop-emotion-very-positive = svært positiv
interop-emotion-positive = positiv
interop-emotion-neutral = nøytral
interop-emotion-negative = negativ
interop-emotion-very-negative = svært negativ
interop-emotion-not-scored = ikke vurdert
interop-png-cannot-draw = bildet kan ikke tegnes: { $error }
interop-png-no-size = bildet har ingen størrelse
interop-png-too-large = et bilde på { $width }×{ $height } er for stort til å tegnes
interop-png-cannot-encode = bildet kan ikke kodes som PNG: { $error }
interop-png-too-many-pixels = bildet av "{ $name }" ville blitt { $width }×{ $height } piksler selv i minste størrelse; et PNG-bilde har høyst { $most } millioner piksler: eksporter kundereisen som HTML eller Markdown i stedet
interop-map-too-large = kundereisen "{ $name }" har { $phases } faser og { $lanes } baner, { $cells } felt; et utdelingsark, et bilde eller en mal har høyst { $most } felt
interop-map-too-many-cards = kundereisen "{ $name }" har { $cards } kort; et utdelingsark, et bilde eller en mal har høyst { $most }

## Alt om én person (Markdown)

interop-person-intro = Hva arbeidsområdet «{ $workspace }» inneholder om denne personen per { $date }.
interop-person-details = Opplysninger
interop-person-organisation = Organisasjon
interop-person-title = Stilling
interop-person-status = Status
interop-person-why = Begrunnelse
interop-person-key-account = Nøkkelkunde
interop-person-yes = ja
interop-person-tags = Merker
interop-person-email = E-post
interop-person-phone = Telefon
interop-person-labelled = { $field } ({ $label })
interop-person-address = Adresse
interop-person-website = Nettsted
interop-person-photo = Bilde
interop-person-photo-stored = et bilde er lagret
interop-person-life = Livet
interop-person-family = Familie
interop-person-relative = { $name } ({ $relation })
interop-person-relative-born = { $name } ({ $relation }, født { $date })
interop-person-interests = Interesser
interop-person-what-matters = Hva som betyr noe
interop-person-proud-of = Stolt av
interop-person-preferences = Preferanser
interop-person-notes = Notater
interop-person-milestones = Merkedager
interop-person-once = { $date }, én gang
interop-person-needs = Behov og egnethet
interop-person-stated-need = Uttrykt behov
interop-person-motivation = Motivasjon
interop-person-challenge = Hvordan vi utfordret det
interop-person-agreed-solution = Avtalt løsning
interop-person-need-recognised = Erkjent behov
interop-person-driver = Drivkraft
interop-person-minutes = Minutter brukt
interop-person-yearly-value = Årlig verdi
interop-person-decision = Beslutning
interop-person-incidents = Kritiske hendelser
interop-person-incident = { $date } ({ $valence }): forventet: { $expected }; skjedde: { $happened }; vår reaksjon: { $response }
interop-person-incident-in = { $date } ({ $valence }, { $journey }): forventet: { $expected }; skjedde: { $happened }; vår reaksjon: { $response }
interop-person-resolved = løst
interop-person-ideas = Ideer
interop-person-interactions = Kontakter
interop-person-interaction = { $date } { $channel }, { $minutes } min: { $note }
interop-person-boards = På fasetavler
interop-milestone-birthday = Fødselsdag
interop-milestone-work-anniversary = Arbeidsjubileum
interop-milestone-customer-since = Kunde siden
interop-milestone-wedding-anniversary = Bryllupsdag
interop-milestone-family-birthday = Fødselsdag i familien
interop-milestone-life-event = Livshendelse
interop-channel-meeting = Møte
interop-channel-phone = Telefon
interop-channel-email = E-post
interop-channel-message = Melding
interop-channel-visit = Besøk
interop-channel-event = Arrangement
interop-channel-other = Annet

## Det åpne arbeidsområdet (vindustittelen og meldinger)

interop-document-untitled = Uten navn
interop-document-read-only-mark = (skrivebeskyttet)
interop-document-held = { $path }: et annet program har filen åpen
interop-document-cannot-lock = { $path }: kan ikke låses: { $error }
interop-document-read-only = Arbeidsområdet er skrivebeskyttet: { $reason }
interop-document-not-saved = Ikke lagret: arbeidsområdet er skrivebeskyttet: { $reason }. Bruk Lagre som… for å beholde en kopi.
interop-document-cannot-check = { $path }: filen kan ikke kontrolleres før lagring: { $error }
interop-document-no-file-yet = arbeidsområdet har ingen fil ennå
interop-document-open-by = { $path }: er åpen i Kindred hos { $holder }
interop-document-no-file = arbeidsområdet har ingen fil
interop-document-write-lost = skrivingen stoppet før den var ferdig; filen på disken er som før
