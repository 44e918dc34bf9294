# Kindreds tekst: feil ved filer — åpning, lagring, låser, kundereisemaler — og ordene i den
# eksporterte kalenderen.

## Lesing av en arbeidsområdefil. Foran hver: filens navn, linje og kolonne ("shop.kindred:3:7: ").

error-file-empty = filen er tom
error-decode-version-zero = formatversjon 0 finnes ikke; det første formatet er 1
error-decode-newer-unreadable = skrevet av en nyere versjon av Kindred (format { $version }; denne versjonen leser format { $reads }) og kan ikke leses av denne versjonen: { $detail }
error-decode-not-utf8 = dette er ikke et Kindred-arbeidsområde: filen er ikke UTF-8-tekst
error-decode-binary = dette er ikke et Kindred-arbeidsområde: filen inneholder binærdata
error-decode-no-version = dette er ikke et Kindred-arbeidsområde: filen mangler `format_version`
error-decode-version-colon = `format_version` må følges av `:` og et tall
error-decode-version-number = `format_version` må være et heltall
# $detail: fil-leserens egne ord, på engelsk.
error-decode-syntax = feil i filens tekst: { $detail }
error-decode-too-deep = verdiene er nøstet dypere enn en Kindred-fil noen gang gjør (128 nivåer)
error-decode-more-unknown = { $count ->
    [one] 1 til
   *[other] { $count } til
}

## Hvorfor en fil åpnes skrivebeskyttet (etter "Skrivebeskyttet: ")

error-read-only-newer = filen er skrevet av en nyere versjon av Kindred (format { $version }; denne versjonen leser format { $reads }); den er åpnet skrivebeskyttet, slik at ingenting i den går tapt
error-read-only-unknown-fields = filen har felter som Kindred ikke kjenner: { $fields }; den er åpnet skrivebeskyttet, slik at de ikke går tapt
error-read-only-duplicate-ids = { $more ->
    [0] { $first }; det er åpnet skrivebeskyttet, så ingenting blir gjort med feil post
    [one] { $first }, og 1 post til har samme id som en annen; det er åpnet skrivebeskyttet, så ingenting blir gjort med feil post
   *[other] { $first }, og { $more } poster til har samme id som en annen; det er åpnet skrivebeskyttet, så ingenting blir gjort med feil post
}
error-read-only-duplicate-ids-masked = { $count ->
    [one] en post har samme id som en annen
   *[other] { $count } poster har samme id som en annen
}; det er åpnet skrivebeskyttet, så ingenting blir gjort med feil post

## Id-er som brukes to ganger: hvor, med nummeret i listen og navnet man kjenner den ved

ids-shared = { $first } og { $second } har samme id { $id }
ids-no-name = uten navn
ids-place-person = person { $number } ({ $name })
ids-place-journey = kundereise { $number } ({ $name })
ids-place-conflict = konflikt { $number } ({ $name })
ids-place-relative = slektning { $record } hos person { $number } ({ $name })
ids-place-milestone = merkedag { $record } hos person { $number } ({ $name })
ids-place-incident = kritisk hendelse { $record } hos person { $number } ({ $name })
ids-place-idea = idé { $record } hos person { $number } ({ $name })
ids-place-interaction = oppføring { $record } i kontaktloggen hos person { $number } ({ $name })
ids-place-follow-up = oppfølging { $record } hos person { $number } ({ $name })
ids-place-phase = fase { $record } på kundereise { $number } ({ $name })
ids-place-lane = bane { $record } på kundereise { $number } ({ $name })
ids-place-card = kort { $record } på kundereise { $number } ({ $name })

## Filer

error-open-unreadable = { $path }: kan ikke leses: { $error }
error-file-too-large = filen er større enn { $megabytes } MB
error-create-folder = { $path }: mappen kan ikke opprettes: { $error }
# Navnet på kopien av noen andres versjon av et arbeidsområde; $time er 2026-11-22 14.05.00.
error-theirs-copy-name = { $name } (deres { $time })

## Hva systemet melder om en fil ($code: systemets feilnummer)

error-io-os = { $reason } (systemfeil { $code })
error-io-not-found = filen eller mappen finnes ikke
error-io-permission-denied = ingen tilgang
error-io-already-exists = filen finnes allerede
error-io-storage-full = disken er full
error-io-quota-exceeded = diskkvoten er brukt opp
error-io-read-only-filesystem = disken er skrivebeskyttet
error-io-file-too-large = filen er for stor for disken
error-io-busy = filen er i bruk av et annet program
error-io-is-a-directory = det er en mappe, ikke en fil
error-io-not-a-directory = en del av stien er ikke en mappe
error-io-invalid-filename = filnavnet er ikke tillatt her
error-io-timed-out = disken svarte ikke i tide

## Lagring. $step er ett av trinnene nedenfor, $outcome ett av utfallene.

error-save-failed = { $path }: kunne ikke lagres: { $step } mislyktes: { $error } ({ $outcome })
error-save-step-create = opprettingen av den midlertidige filen
error-save-step-write = skrivingen av den midlertidige filen
error-save-step-sync = overføringen av den midlertidige filen til disken
error-save-step-backup = sikkerhetskopieringen av forrige versjon
error-save-step-rename = utskiftingen av filen med den nye versjonen
error-save-step-sync-folder = overføringen av mappen til disken
error-save-unchanged = filen på disken er uendret
error-save-not-durable = den nye versjonen er på plass, men overlever kanskje ikke et strømbrudd
error-in-the-way = { $path } står i veien: det er ikke en fil Kindred har etterlatt, så Kindred verken skriver gjennom den eller sletter den; flytt den bort, og prøv igjen
error-save-refused = { $path }: ikke lagret: { $reason } ({ $outcome })
error-save-too-large = filen ville bli på { $size } MB, mer enn de { $most } MB Kindred kan åpne igjen
error-save-too-large-photos = filen ville bli på { $size } MB, mer enn de { $most } MB Kindred kan åpne igjen; de største bildene er av { $photos }
error-save-photo = { $name } ({ $size } MB)

## Låsen: hvem som har et arbeidsområde åpent

error-lock-holder = { $user } på { $host } (prosess { $pid }) siden { $since }
error-lock-since = { $date } kl. { $time }
error-lock-someone = en ukjent bruker
error-lock-held = det er åpent i Kindred hos { $holder }
error-lock-unknown-holder = et ukjent program ({ $reason })
error-lock-cannot-write = arbeidsområdets låsefil kan ikke skrives ({ $error })
error-lock-damaged = { $path }: låsefilen er skadet ({ $error }); hvis ingen Kindred har arbeidsområdet åpent, på denne eller en annen datamaskin, slett { $path } og åpne arbeidsområdet igjen
error-lock-cannot-take-over = { $path }: låsen fra et program som ikke kjører lenger, kan ikke overtas trygt her ({ $error }); hvis ingen Kindred har arbeidsområdet åpent, slett { $path } og åpne arbeidsområdet igjen
error-lock-keeps-changing = låsefilen ble endret igjen og igjen mens Kindred prøvde å overta den; prøv igjen om litt
error-lock-unreadable = { $path }: låsefilen kan ikke leses ({ $error })
error-lock-is-link = det er en symbolsk lenke, ikke en fil

## Kundereisemaler

error-template-at = linje { $line }, kolonne { $column }: { $message }
error-template-not-text = filen er ikke UTF-8-tekst
error-template-newer = malen er skrevet av en nyere versjon av Kindred (malformat { $version }; denne versjonen leser format { $reads })
error-template-no-phases = kundereisen har ingen faser
error-template-too-large = malen har mer enn { $most } faser, baner og kort til sammen; Kindred leser høyst { $most }
error-workspace-too-large = filen er på { $size } MB, mer enn de { $most } MB et arbeidsområde kan være
error-template-no-name = kundereisen har ikke noe navn
error-template-emotion = fase { $number } ({ $name }): vurderingen { $score } ligger utenfor −2 til +2
error-template-card-phase = kort { $number } («{ $text }») ligger i fase { $phase }, men kundereisen har { $count ->
    [one] 1 fase
   *[other] { $count } faser
}
error-template-card-lane = kort { $number } («{ $text }») ligger i bane { $lane }, men kundereisen har { $count ->
    [one] 1 bane
   *[other] { $count } baner
}
error-template-card-emotions = kort { $number } («{ $text }») ligger i følelsesbanen, der det ikke kan ligge kort

## Endringer som ikke passer til arbeidsområdet (sjeldne: dataene er endret i mellomtiden)

error-edit-no-person = ingen person med id { $id }
error-edit-no-journey = ingen kundereise med id { $id }
error-edit-duplicate-person = det finnes allerede en person med id { $id }
error-edit-duplicate-journey = det finnes allerede en kundereise med id { $id }
error-edit-no-card = ikke noe kort med id { $id } på denne kundereisen
error-edit-no-phase = ingen fase med id { $id } på denne kundereisen
error-edit-no-lane = ingen bane med id { $id } på denne kundereisen
error-edit-not-card-lane = banen { $id } viser følelseskurven, ikke kort
error-edit-shared-person = to personer har id { $id }, så den sier ikke hvem som menes
error-edit-shared-journey = to kundereiser har id { $id }, så den sier ikke hvilken som menes
error-edit-no-person-at = det finnes ingen person nummer { $number }
error-edit-no-journey-at = det finnes ingen kundereise nummer { $number }
error-edit-no-place = arbeidsområdet har ikke lenger stedet valget skal inn ({ $place })

## Sannsynlige duplikater: ett par per linje

error-duplicate-pair = { $first } · { $first_org }  og  { $second } · { $second_org } — { $reason }

## Den eksporterte kalenderen (.ics): kalenderens navn og tittelen på hver hendelse.
## $owner er et navn i genitiv ("Mettes", "Lars'"), $relation et slektskapsord ("datter").

error-ics-calendar-name = { $name }: merkedager
error-ics-summary = { $name }: { $what }
error-ics-relative-birthday = { $relative } ({ $owner } { $relation }): bursdag
error-ics-birthday = bursdag
error-ics-wedding-anniversary = bryllupsdag
error-ics-work-anniversary = jobbjubileum
error-ics-customer-anniversary = årsdag som kunde
error-ics-family-birthday = bursdag i familien
error-ics-milestone = merkedag
error-ics-year-unknown = Året er ikke kjent.
error-crypt-needs-passphrase = arbeidsområdet er kryptert: det trenger passordfrasen sin
error-crypt-wrong-passphrase = passordfrasen åpner ikke dette arbeidsområdet (filen er uendret)
error-crypt-not-passphrase = filen er kryptert til nøkler, ikke med en passordfrase; Kindred åpner bare arbeidsområder kryptert med en passordfrase
error-crypt-too-hard = passordfrasens arbeidsfaktor er { $found }; Kindred åpner filer opp til { $most } for å holde minnebruken nede
error-crypt-damaged = den krypterte filen er skadet eller ufullstendig ({ $detail })
error-export-onto-source = { $path } er arbeidsområdet som er åpent; eksporter til en annen fil
error-export-onto-workspace = { $path } er et Kindred-arbeidsområde; en eksport erstatter ikke et, så velg en annen fil
error-export-unreadable = { $path }: kan ikke se om det er det åpne arbeidsområdet: { $error }
