# Kindreds tekst: fejl ved filer — åbning, gemning, låse, kunderejseskabeloner — og ordene i
# den eksporterede kalender.

## Læsning af en arbejdsområdefil. Foran hver: filens navn, linje og kolonne ("shop.kindred:3:7: ").

error-file-empty = filen er tom
error-decode-version-zero = formatversion 0 findes ikke; det første format er 1
error-decode-newer-unreadable = skrevet af en nyere version af Kindred (format { $version }; denne version læser format { $reads }) og kan ikke læses af denne version: { $detail }
error-decode-not-utf8 = dette er ikke et Kindred-arbejdsområde: filen er ikke UTF-8-tekst
error-decode-binary = dette er ikke et Kindred-arbejdsområde: filen indeholder binære data
error-decode-no-version = dette er ikke et Kindred-arbejdsområde: filen mangler `format_version`
error-decode-version-colon = `format_version` skal efterfølges af `:` og et tal
error-decode-version-number = `format_version` skal være et helt tal
# $detail: fil-læserens egne ord, på engelsk.
error-decode-syntax = fejl i filens tekst: { $detail }
error-decode-too-deep = værdierne er indlejret dybere, end en Kindred-fil nogensinde gør (128 niveauer)
error-decode-more-unknown = { $count ->
    [one] 1 mere
   *[other] { $count } mere
}

## Hvorfor en fil åbnes skrivebeskyttet (efter "Skrivebeskyttet: ")

error-read-only-newer = filen er skrevet af en nyere version af Kindred (format { $version }; denne version læser format { $reads }); den er åbnet skrivebeskyttet, så intet i den går tabt
error-read-only-unknown-fields = filen har felter, som Kindred ikke kender: { $fields }; den er åbnet skrivebeskyttet, så de ikke går tabt
error-read-only-duplicate-ids = { $more ->
    [0] { $first }; det er åbnet skrivebeskyttet, så intet bliver gjort ved den forkerte
    [one] { $first }, og 1 post mere har samme id som en anden; det er åbnet skrivebeskyttet, så intet bliver gjort ved den forkerte
   *[other] { $first }, og { $more } poster mere har samme id som en anden; det er åbnet skrivebeskyttet, så intet bliver gjort ved den forkerte
}
error-read-only-duplicate-ids-masked = { $count ->
    [one] en post har samme id som en anden
   *[other] { $count } poster har samme id som en anden
}; det er åbnet skrivebeskyttet, så intet bliver gjort ved den forkerte

## Id'er, der bruges to gange: hvor, med nummeret i listen og det navn, man kender den ved

ids-shared = { $first } og { $second } har samme id { $id }
ids-no-name = uden navn
ids-place-person = person { $number } ({ $name })
ids-place-journey = kunderejse { $number } ({ $name })
ids-place-conflict = konflikt { $number } ({ $name })
ids-place-relative = slægtning { $record } hos person { $number } ({ $name })
ids-place-milestone = mærkedag { $record } hos person { $number } ({ $name })
ids-place-incident = kritisk hændelse { $record } hos person { $number } ({ $name })
ids-place-idea = idé { $record } hos person { $number } ({ $name })
ids-place-interaction = indførsel { $record } i kontaktloggen hos person { $number } ({ $name })
ids-place-follow-up = opfølgning { $record } hos person { $number } ({ $name })
ids-place-phase = fase { $record } på kunderejse { $number } ({ $name })
ids-place-lane = bane { $record } på kunderejse { $number } ({ $name })
ids-place-card = kort { $record } på kunderejse { $number } ({ $name })

## Filer

error-open-unreadable = { $path }: kan ikke læses: { $error }
error-file-too-large = filen er større end { $megabytes } MB
error-create-folder = { $path }: mappen kan ikke oprettes: { $error }
# Navnet på kopien af en andens version af et arbejdsområde; $time er 2026-11-22 14.05.00.
error-theirs-copy-name = { $name } (deres { $time })

## Hvad systemet melder om en fil ($code: systemets fejlnummer)

error-io-os = { $reason } (systemfejl { $code })
error-io-not-found = filen eller mappen findes ikke
error-io-permission-denied = adgang nægtet
error-io-already-exists = filen findes allerede
error-io-storage-full = disken er fuld
error-io-quota-exceeded = diskkvoten er brugt op
error-io-read-only-filesystem = disken er skrivebeskyttet
error-io-file-too-large = filen er for stor til disken
error-io-busy = filen er i brug af et andet program
error-io-is-a-directory = det er en mappe, ikke en fil
error-io-not-a-directory = en del af stien er ikke en mappe
error-io-invalid-filename = filnavnet er ikke tilladt her
error-io-timed-out = disken svarede ikke i tide

## Gemning. $step er et af trinnene herunder, $outcome et af udfaldene.

error-save-failed = { $path }: kunne ikke gemmes: { $step } mislykkedes: { $error } ({ $outcome })
error-save-step-create = oprettelsen af den midlertidige fil
error-save-step-write = skrivningen af den midlertidige fil
error-save-step-sync = overførslen af den midlertidige fil til disken
error-save-step-backup = sikkerhedskopieringen af den forrige version
error-save-step-rename = udskiftningen af filen med den nye version
error-save-step-sync-folder = overførslen af mappen til disken
error-save-unchanged = filen på disken er uændret
error-save-not-durable = den nye version er på plads, men overlever måske ikke et strømsvigt
error-in-the-way = { $path } står i vejen: det er ikke en fil, Kindred har efterladt, så Kindred hverken skriver gennem den eller sletter den; flyt den væk, og prøv igen
error-save-refused = { $path }: ikke gemt: { $reason } ({ $outcome })
error-save-too-large = filen ville fylde { $size } MB, mere end de { $most } MB, Kindred kan åbne igen
error-save-too-large-photos = filen ville fylde { $size } MB, mere end de { $most } MB, Kindred kan åbne igen; de største billeder er af { $photos }
error-save-photo = { $name } ({ $size } MB)

## Låsen: hvem der har et arbejdsområde åbent

error-lock-holder = { $user } på { $host } (proces { $pid }) siden { $since }
error-lock-since = { $date } kl. { $time }
error-lock-someone = en ukendt bruger
error-lock-held = det er åbent i Kindred hos { $holder }
error-lock-unknown-holder = et ukendt program ({ $reason })
error-lock-cannot-write = arbejdsområdets låsefil kan ikke skrives ({ $error })
error-lock-damaged = { $path }: låsefilen er beskadiget ({ $error }); hvis intet Kindred har arbejdsområdet åbent, på denne eller en anden computer, så slet { $path } og åbn arbejdsområdet igen
error-lock-cannot-take-over = { $path }: låsen fra et program, der ikke kører længere, kan ikke overtages sikkert her ({ $error }); hvis intet Kindred har arbejdsområdet åbent, så slet { $path } og åbn arbejdsområdet igen
error-lock-keeps-changing = låsefilen blev ændret igen og igen, mens Kindred forsøgte at overtage den; prøv igen om lidt
error-lock-unreadable = { $path }: låsefilen kan ikke læses ({ $error })
error-lock-is-link = det er et symbolsk link, ikke en fil

## Kunderejseskabeloner

error-template-at = linje { $line }, kolonne { $column }: { $message }
error-template-not-text = filen er ikke UTF-8-tekst
error-template-newer = skabelonen er skrevet af en nyere version af Kindred (skabelonformat { $version }; denne version læser format { $reads })
error-template-no-phases = kunderejsen har ingen faser
error-template-too-large = skabelonen har mere end { $most } faser, baner og kort tilsammen; Kindred læser højst { $most }
error-workspace-too-large = filen fylder { $size } MB, mere end de { $most } MB, et arbejdsområde kan fylde
error-template-no-name = kunderejsen har intet navn
error-template-emotion = fase { $number } ({ $name }): vurderingen { $score } ligger uden for −2 til +2
error-template-card-phase = kort { $number } (“{ $text }”) ligger i fase { $phase }, men kunderejsen har { $count ->
    [one] 1 fase
   *[other] { $count } faser
}
error-template-card-lane = kort { $number } (“{ $text }”) ligger i bane { $lane }, men kunderejsen har { $count ->
    [one] 1 bane
   *[other] { $count } baner
}
error-template-card-emotions = kort { $number } (“{ $text }”) ligger i følelsesbanen, hvor der ikke kan ligge kort

## Ændringer, der ikke passer til arbejdsområdet (sjældne: dataene er ændret imens)

error-edit-no-person = ingen person med id { $id }
error-edit-no-journey = ingen kunderejse med id { $id }
error-edit-duplicate-person = der findes allerede en person med id { $id }
error-edit-duplicate-journey = der findes allerede en kunderejse med id { $id }
error-edit-no-card = intet kort med id { $id } på denne kunderejse
error-edit-no-phase = ingen fase med id { $id } på denne kunderejse
error-edit-no-lane = ingen bane med id { $id } på denne kunderejse
error-edit-not-card-lane = banen { $id } viser følelseskurven, ikke kort
error-edit-shared-person = to personer har id { $id }, så det siger ikke, hvem der menes
error-edit-shared-journey = to kunderejser har id { $id }, så det siger ikke, hvilken der menes
error-edit-no-person-at = der er ingen person nummer { $number }
error-edit-no-journey-at = der er ingen kunderejse nummer { $number }
error-edit-no-place = arbejdsområdet har ikke længere det sted, valget skal ind ({ $place })

## Sandsynlige dubletter: ét par pr. linje

error-duplicate-pair = { $first } · { $first_org }  og  { $second } · { $second_org } — { $reason }

## Den eksporterede kalender (.ics): kalenderens navn og hver begivenheds titel.
## $owner er et navn i ejefald ("Mettes", "Lars'"), $relation et slægtskabsord ("datter").

error-ics-calendar-name = { $name }: mærkedage
error-ics-summary = { $name }: { $what }
error-ics-relative-birthday = { $relative } ({ $owner } { $relation }): fødselsdag
error-ics-birthday = fødselsdag
error-ics-wedding-anniversary = bryllupsdag
error-ics-work-anniversary = arbejdsjubilæum
error-ics-customer-anniversary = årsdag som kunde
error-ics-family-birthday = fødselsdag i familien
error-ics-milestone = mærkedag
error-ics-year-unknown = Året kendes ikke.
error-crypt-needs-passphrase = arbejdsområdet er krypteret: det skal bruge sin adgangsfrase
error-crypt-wrong-passphrase = adgangsfrasen åbner ikke dette arbejdsområde (filen er uændret)
error-crypt-not-passphrase = filen er krypteret til nøgler, ikke med en adgangsfrase; Kindred åbner kun arbejdsområder krypteret med en adgangsfrase
error-crypt-too-hard = adgangsfrasens arbejdsfaktor er { $found }; Kindred åbner filer op til { $most } for at holde hukommelsesforbruget nede
error-crypt-damaged = den krypterede fil er beskadiget eller ufuldstændig ({ $detail })
error-export-onto-source = { $path } er det arbejdsområde, der er åbent; eksportér til en anden fil
error-export-onto-workspace = { $path } er et Kindred-arbejdsområde; en eksport erstatter ikke et, så vælg en anden fil
error-export-unreadable = { $path }: kan ikke se, om det er det åbne arbejdsområde: { $error }
