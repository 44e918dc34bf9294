# Kindreds tekster: import og eksport (hvad læsningen af en fil melder, kolonnevalget for CSV,
# uddelingerne) og det åbne dokuments meddelelser. Samme nøgler som en/.

## Formater

interop-format-png = PNG-billede
interop-format-workspace = Kindred-arbejdsområde
interop-format-template = kunderejseskabelon
interop-unknown-fields = felter, som denne version ikke kender, er udeladt: { $fields }
interop-export-only = filer i formatet { $format } kan eksporteres, men ikke importeres
interop-nothing-readable = intet i filen kunne importeres
interop-nothing-readable-because = intet i filen kunne importeres: { $source }: { $reason }
interop-export-needs-map = en eksport som { $format } gælder én kunderejse; angiv hvilken

## En imports forhåndsvisning

interop-source-person = person { $number }
interop-map-already-here = kunderejsen “{ $name }” findes allerede, uændret

## Datoer, der kan læses begge veje, og datoer, der ikke er datoer

interop-day-first = dag først (d/m/åååå)
interop-month-first = måned først (m/d/åååå)
interop-dates-proven = datoer i “{ $column }”, der kan læses begge veje, læses { $order }, som kolonnens andre rækker viser
interop-dates-outlook = datoer i “{ $column }”, der kan læses begge veje, læses { $order }, sådan som Outlook skriver dem
interop-dates-language = datoer i “{ $column }”, der kan læses begge veje, læses { $order } efter sproget ({ $lang })
interop-dates-mixed = datoer i “{ $column }”, der kan læses begge veje, læses { $order }: kolonnen blander begge rækkefølger, så sproget ({ $lang }) afgør det
interop-either-way = { $column } “{ $value }” kan læses begge veje; læst som { $date }
interop-not-a-date = { $column } “{ $value }” er ikke en dato; den er gemt i noterne

## CSV

interop-csv-empty = filen er tom
interop-csv-not-text = dette er ikke en tekstfil
interop-csv-no-header = første linje kan ikke læses som en række med overskrifter
interop-csv-no-identity = ingen kolonne kunne genkendes som navn, organisation eller e-mail (overskrifterne er: { $headers }); vælg, hvad hver kolonne indeholder, når du importerer i appen, så huskes valget
interop-csv-row = række { $number }
interop-csv-unreadable-row = rækken kan ikke læses: { $error }
interop-csv-too-many = filen har mere end { $most } rækker; Kindred importerer højst { $most } ad gangen, så del filen op og importér den i dele
interop-csv-too-many-columns = den første linje har { $count } kolonner; en kontaktliste har højst { $most }, så det ligner ikke en
interop-value-too-long = { $field }: værdien fylder { $size } kB; værdier over 100 kB importeres ikke
interop-csv-read-as = læst som { $encoding }, adskilt af { $separator }
interop-csv-commas = kommaer
interop-csv-semicolons = semikoloner
interop-csv-tabs = tabulatorer
interop-csv-ignored = ignorerede kolonner: { $columns }
interop-csv-named-after-organisation = rækken har intet navn; den får organisationens navn
interop-csv-named-after-email = rækken har intet navn; den får e-mailadressen som navn
interop-csv-no-name = rækken har hverken navn, organisation eller e-mailadresse

## Hvad en CSV-kolonne indeholder (kolonnevalget)

interop-field-ignore = (ignorér denne kolonne)
interop-field-name = Fulde navn
interop-field-first-name = Fornavn
interop-field-middle-name = Mellemnavn
interop-field-last-name = Efternavn
interop-field-name-prefix = Titel før navnet (hr., dr.)
interop-field-name-suffix = Tilføjelse efter navnet
interop-field-nickname = Kaldenavn
interop-field-organisation = Organisation
interop-field-department = Afdeling
interop-field-title = Stillingsbetegnelse
interop-field-email = E-mail
interop-field-email-label = Etiket til næste e-mail
interop-field-phone = Telefon
interop-field-phone-label = Etiket til næste telefon
interop-field-mobile-phone = Mobiltelefon
interop-field-work-phone = Arbejdstelefon
interop-field-home-phone = Privattelefon
interop-field-address = Adresse (hele)
interop-field-street = Gade
interop-field-city = By
interop-field-postal-code = Postnummer
interop-field-region = Region eller delstat
interop-field-country = Land
interop-field-website = Hjemmeside
interop-field-birthday = Fødselsdag
interop-field-anniversary = Bryllupsdag
interop-field-customer-since = Kunde siden
interop-field-work-anniversary = Arbejdsjubilæum
interop-field-event-label = Etiket til næste dato
interop-field-event-date = Dato (med etiket)
interop-field-other-dates = Andre datoer (etiket: dato)
interop-field-notes = Noter
interop-field-tags = Mærker eller grupper
interop-field-spouse = Ægtefælle
interop-field-children = Børn (navne)
interop-field-relation-label = Relation til næste familiemedlem
interop-field-relative = Familiemedlem
interop-field-family = Familie (Navn (relation, dato))
interop-field-status = Status
interop-field-key-account = Nøglekunde (ja/nej)

## vCard

interop-vcard-none = filen indeholder intet vCard (ingen linje med BEGIN:VCARD)
interop-vcard-card = kort { $number } (linje { $line })
interop-vcard-line = linje { $number }
interop-vcard-cut-off = kortet er ufuldstændigt (intet END:VCARD); det, der står i det, er læst
interop-vcard-line-too-long = linjen er { $size } MB lang; linjer over 16 MB læses ikke
interop-vcard-value-too-long = en værdi fortsætter over mere end 16 MB; den er ikke læst
interop-vcard-not-a-line = ikke en vCard-linje (mangler `:`): { $text }
interop-vcard-stray-lines = { $count ->
    [one] 1 linje uden for et kort blev ignoreret
   *[other] { $count } linjer uden for et kort blev ignoreret
}
interop-vcard-more-lines-source = flere linjer
interop-vcard-more-lines = { $count ->
    [one] 1 linje mere kunne heller ikke læses
   *[other] { $count } linjer mere kunne heller ikke læses
}
interop-vcard-card-cut = kortet har mere end { $most } linjer; de sidste { $count } er ikke læst
interop-vcard-too-many = filen indeholder mere end { $most } kort; Kindred importerer højst { $most } ad gangen, så del filen op og importér den i dele
interop-vcard-birthday-not-a-date = linje { $line }: fødselsdagen “{ $value }” er ikke en dato; den er gemt i noterne
interop-vcard-not-a-date = linje { $line }: “{ $value }” er ikke en dato; den er gemt i noterne
interop-vcard-photo-dropped = linje { $line }: billedet blev ikke gemt: { $reason }
interop-photo-not-base64 = en data-URI, der ikke er base64
interop-photo-link = det er et link ({ $link }), ikke et billede
interop-photo-too-large = det er større end { $size } MB
interop-photo-damaged = base64-teksten er beskadiget
interop-photo-not-image = det er ikke et PNG- eller JPEG-billede
interop-vcard-named-after-organisation = kortet har intet navn (FN eller N); det får organisationens navn
interop-vcard-named-after-email = kortet har intet navn (FN eller N); det får e-mailadressen som navn
interop-vcard-no-name = kortet har hverken navn (FN eller N), organisation eller e-mailadresse

## Skrevet ind i en person ved import eller sammenfletning (på det sprog, der gælder i øjeblikket)

interop-note-goes-by = Kaldes { $nickname }
interop-note-birthday = Fødselsdag: { $value }
interop-note-anniversary = Bryllupsdag: { $value }
interop-note-related = Relation ({ $relation }): { $value }
interop-milestone-other = Andet
interop-relation-relative = slægtning
interop-also-recorded = Også registreret: { $field }: { $value }
interop-also-birthday = Også registreret: fødselsdag for { $name }: { $date }
interop-merge-name = navn
interop-merge-organisation = organisation
interop-merge-role = rolle
interop-merge-address = adresse
interop-merge-website = hjemmeside
interop-merge-status-reason = begrundelse for status
interop-merge-purpose = hvorfor vi gemmer oplysningerne
interop-merge-what-matters = hvad der betyder noget
interop-merge-proud-of = stolt af
interop-merge-preferences = præferencer
interop-merge-stated-need = udtrykt behov
interop-merge-motivation = motivation
interop-merge-challenge = hvordan vi udfordrede behovet
interop-merge-agreed-solution = aftalt løsning
interop-merge-decision-reason = begrundelse for beslutningen om egnethed
interop-merge-status = status
interop-merge-yearly-value = årlig værdi
interop-merge-decision = beslutning om egnethed

## Hvorfor to personer ligner én

interop-duplicate-same-email = samme e-mail ({ $email })
interop-duplicate-same-name = samme navn
interop-duplicate-similar-name = lignende navn

## Uddelinger af kunderejser

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
    [one] 1 kritisk hændelse registreret hos personer
   *[other] { $count } kritiske hændelser registreret hos personer
}
interop-handout-ideas = { $count ->
    [one] 1 idé fra kunderne
   *[other] { $count } idéer fra kunderne
}
interop-handout-emotion-curve = Følelseskurve
interop-emotion-very-positive = meget positiv
interop-emotion-positive = positiv
interop-emotion-neutral = neutral
interop-emotion-negative = negativ
interop-emotion-very-negative = meget negativ
interop-emotion-not-scored = ikke vurderet
interop-png-cannot-draw = billedet kan ikke tegnes: { $error }
interop-png-no-size = billedet har ingen størrelse
interop-png-too-large = et billede på { $width }×{ $height } er for stort til at blive tegnet
interop-png-cannot-encode = billedet kan ikke kodes som PNG: { $error }
interop-png-too-many-pixels = billedet af "{ $name }" ville fylde { $width }×{ $height } pixels selv i den mindste størrelse; et PNG-billede har højst { $most } millioner pixels: eksportér kunderejsen som HTML eller Markdown i stedet
interop-map-too-large = kunderejsen "{ $name }" har { $phases } faser og { $lanes } baner, { $cells } felter; en uddeling, et billede eller en skabelon har højst { $most } felter
interop-map-too-many-cards = kunderejsen "{ $name }" har { $cards } kort; en uddeling, et billede eller en skabelon har højst { $most }

## Alt om én person (Markdown)

interop-person-intro = Hvad arbejdsområdet “{ $workspace }” indeholder om denne person pr. { $date }.
interop-person-details = Oplysninger
interop-person-organisation = Organisation
interop-person-title = Stilling
interop-person-status = Status
interop-person-why = Begrundelse
interop-person-key-account = Nøglekunde
interop-person-yes = ja
interop-person-tags = Mærker
interop-person-email = E-mail
interop-person-phone = Telefon
interop-person-labelled = { $field } ({ $label })
interop-person-address = Adresse
interop-person-website = Hjemmeside
interop-person-photo = Billede
interop-person-photo-stored = der er gemt et billede
interop-person-life = Livet
interop-person-family = Familie
interop-person-relative = { $name } ({ $relation })
interop-person-relative-born = { $name } ({ $relation }, født { $date })
interop-person-interests = Interesser
interop-person-what-matters = Hvad der betyder noget
interop-person-proud-of = Stolt af
interop-person-preferences = Præferencer
interop-person-notes = Noter
interop-person-milestones = Mærkedage
interop-person-once = { $date }, én gang
interop-person-needs = Behov og egnethed
interop-person-stated-need = Udtrykt behov
interop-person-motivation = Motivation
interop-person-challenge = Hvordan vi udfordrede det
interop-person-agreed-solution = Aftalt løsning
interop-person-need-recognised = Erkendt behov
interop-person-driver = Drivkraft
interop-person-minutes = Minutter brugt
interop-person-yearly-value = Årlig værdi
interop-person-decision = Beslutning
interop-person-incidents = Kritiske hændelser
interop-person-incident = { $date } ({ $valence }): forventet: { $expected }; skete: { $happened }; vores reaktion: { $response }
interop-person-incident-in = { $date } ({ $valence }, { $journey }): forventet: { $expected }; skete: { $happened }; vores reaktion: { $response }
interop-person-resolved = løst
interop-person-ideas = Idéer
interop-person-interactions = Kontakter
interop-person-interaction = { $date } { $channel }, { $minutes } min: { $note }
interop-person-boards = På fasetavler
interop-milestone-birthday = Fødselsdag
interop-milestone-work-anniversary = Arbejdsjubilæum
interop-milestone-customer-since = Kunde siden
interop-milestone-wedding-anniversary = Bryllupsdag
interop-milestone-family-birthday = Fødselsdag i familien
interop-milestone-life-event = Livsbegivenhed
interop-channel-meeting = Møde
interop-channel-phone = Telefon
interop-channel-email = E-mail
interop-channel-message = Besked
interop-channel-visit = Besøg
interop-channel-event = Arrangement
interop-channel-other = Andet

## Det åbne arbejdsområde (vinduets titel og meddelelser)

interop-document-untitled = Unavngivet
interop-document-read-only-mark = (skrivebeskyttet)
interop-document-held = { $path }: et andet program har filen åben
interop-document-cannot-lock = { $path }: kan ikke låses: { $error }
interop-document-read-only = Arbejdsområdet er skrivebeskyttet: { $reason }
interop-document-not-saved = Ikke gemt: arbejdsområdet er skrivebeskyttet: { $reason }. Brug Gem som… for at beholde en kopi.
interop-document-cannot-check = { $path }: filen kan ikke kontrolleres før gemning: { $error }
interop-document-no-file-yet = arbejdsområdet har endnu ingen fil
interop-document-open-by = { $path }: er åben i Kindred hos { $holder }
interop-document-no-file = arbejdsområdet har ingen fil
interop-document-write-lost = skrivningen stoppede, før den var færdig; filen på disken er som før
