# Personvern: slett en person for godt, arbeidsområdets passordfrase.

action-passphrase = Passordfrase…
document-refused-read-only = Ikke utført: arbeidsområdet er skrivebeskyttet: { $reason }.
document-refused-changed = Ikke utført: noen andre har endret filen siden den ble åpnet. Lagre eller last inn på nytt først (Fil → Lagre viser deres versjon).
erase-refused-missing = Personen er ikke lenger i arbeidsområdet.
erase-refused-shared = Ikke gjort: en annen person har samme id, så Kindred kan ikke se hvem av dem som skal slettes.

erase-title = Slette { $name } for godt?
erase-what-goes = Alt Kindred har om personen, forsvinner: profilen, familien, merkedager, behov og match, kritiske hendelser, ideer, kontaktloggen og plassene på alle tavler.
erase-no-undo = Det kan ikke angres: angrehistorikken tømmes (den ville inneholde personen), og arbeidsområdet lagres med en gang.
erase-from-backups = Slett også personen fra sikkerhetskopiene ved siden av arbeidsområdet
erase-mentions-before = { $count ->
    [one] Personens navn eller e-postadresse nevnes ett annet sted; den teksten tilhører en annen og blir stående til du endrer den:
   *[other] Personens navn eller e-postadresse nevnes { $count } andre steder; den teksten tilhører andre og blir stående til du endrer den:
}
erase-confirm = Slett for godt
erase-working = Lagrer arbeidsområdet uten personen…
erase-done-title = { $name } er slettet
erase-gone-heading = Borte fra:
erase-gone-workspace = arbeidsområdet som er åpent i Kindred, og angrehistorikken
erase-gone-file = arbeidsområdets fil på disken
erase-gone-backups = { $count ->
    [one] én sikkerhetskopi
   *[other] { $count } sikkerhetskopier
}
erase-remains-heading = Fortsatt igjen:
erase-remains-not-saved = arbeidsområdets fil på disken: den kunne ikke lagres ({ $error }); lagre igjen for å slette personen fra den
erase-remains-backups = { $count ->
    [one] sikkerhetskopien ved siden av arbeidsområdet, til fem nye lagringer erstatter den
   *[other] de { $count } sikkerhetskopiene ved siden av arbeidsområdet, til fem nye lagringer erstatter dem
}
erase-remains-failed = { $path }: ikke skrevet om ({ $reason }); slett den hvis det betyr noe
erase-remains-copy = { $path }: en annen kopi av arbeidsområdet i samme mappe, ikke rørt
erase-remains-mentions = { $count ->
    [one] én omtale i andres opplysninger (nedenfor)
   *[other] { $count } omtaler i andres opplysninger (nedenfor)
}
erase-remains-outside = filer som er eksportert tidligere (CSV, vCard, kalendere, utdelingsark), og kopier Kindred ikke kan nå: andre datamaskiner, en synkroniseringstjenestes historikk, e-post
erase-mention-person = { $name }, { $field }
erase-mention-card = et kort på { $map }
erase-field-family = familie
erase-field-what-matters = hva som betyr noe
erase-field-proud-of = stolt av
erase-field-preferences = preferanser
erase-field-notes = notater
erase-field-status-reason = årsak til status
erase-field-purpose = hvorfor vi lagrer dette
erase-field-needs = behov
erase-field-fit-reason = beslutning om match
erase-field-incident = en kritisk hendelse
erase-field-idea = en idé
erase-field-interaction = kontaktloggen
erase-field-follow-up = oppfølgingene
erase-field-milestone = en merkedag

passphrase-title = Passordfrase
passphrase-is-plain = Arbeidsområdet er ikke kryptert.
passphrase-is-encrypted = Arbeidsområdet er kryptert med en passordfrase.
passphrase-explained = Et kryptert arbeidsområde, sikkerhetskopiene og gjenopprettingsfilen kan bare åpnes med passordfrasen. Filen er i age-formatet, så standardverktøyet age (age -d) også kan dekryptere den.
passphrase-forget-warning = Glemmes passordfrasen, kan ingen åpne arbeidsområdet igjen. Oppbevar den et trygt sted.
passphrase-new = Ny passordfrase
passphrase-repeat = Gjenta den
passphrase-encrypt = Krypter
passphrase-change = Bytt passordfrase
passphrase-remove = Slutt å kryptere
passphrase-too-short = En passordfrase har minst { $chars } tegn.
passphrase-mismatch = De to passordfrasene er ulike.
passphrase-working = Lagrer arbeidsområdet og skriver om sikkerhetskopiene…
passphrase-done-encrypted = Arbeidsområdet er lagret kryptert.
passphrase-done-plain = Arbeidsområdet er lagret uten kryptering.
passphrase-done-backups = { $count ->
    [one] Én sikkerhetskopi ble skrevet om slik at den passer.
   *[other] { $count } sikkerhetskopier ble skrevet om slik at de passer.
}
passphrase-backup-failed = { $path }: ikke skrevet om ({ $reason })
passphrase-not-opened = Arbeidsområdet ble ikke åpnet: det er kryptert, og ingen passordfrase ble gitt.

unlock-title = { $file } er kryptert
unlock-explained = Skriv passordfrasen for å åpne det. Ingenting skrives før det er åpnet.
unlock-passphrase = Passordfrase
unlock-open = Åpne
