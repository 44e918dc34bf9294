# Privatliv: slet en person for altid, arbejdsområdets adgangsfrase.

action-passphrase = Adgangsfrase…
document-refused-read-only = Ikke udført: arbejdsområdet er skrivebeskyttet: { $reason }.
document-refused-changed = Ikke udført: en anden har ændret filen, siden den blev åbnet. Gem eller genindlæs først (Filer → Gem viser deres version).
erase-refused-missing = Personen er ikke længere i arbejdsområdet.
erase-refused-shared = Ikke gjort: en anden person har samme id, så Kindred kan ikke se, hvem af dem der skal slettes.

erase-title = Slet { $name } for altid?
erase-what-goes = Alt, hvad Kindred har om personen, forsvinder: profilen, familien, mærkedage, behov og match, kritiske hændelser, idéer, kontaktloggen og pladserne på alle tavler.
erase-no-undo = Det kan ikke fortrydes: fortrydelseshistorikken ryddes (den ville rumme personen), og arbejdsområdet gemmes med det samme.
erase-from-backups = Slet også personen fra sikkerhedskopierne ved siden af arbejdsområdet
erase-mentions-before = { $count ->
    [one] Personens navn eller e-mailadresse nævnes ét andet sted; den tekst hører til en anden og bliver stående, til du ændrer den:
   *[other] Personens navn eller e-mailadresse nævnes { $count } andre steder; den tekst hører til andre og bliver stående, til du ændrer den:
}
erase-confirm = Slet for altid
erase-working = Gemmer arbejdsområdet uden personen…
erase-done-title = { $name } er slettet
erase-gone-heading = Væk fra:
erase-gone-workspace = arbejdsområdet, der er åbent i Kindred, og dets fortrydelseshistorik
erase-gone-file = arbejdsområdets fil på disken
erase-gone-backups = { $count ->
    [one] én sikkerhedskopi
   *[other] { $count } sikkerhedskopier
}
erase-remains-heading = Stadig tilbage:
erase-remains-not-saved = arbejdsområdets fil på disken: den kunne ikke gemmes ({ $error }); gem igen for at slette personen fra den
erase-remains-backups = { $count ->
    [one] sikkerhedskopien ved siden af arbejdsområdet, indtil fem nye gemninger erstatter den
   *[other] de { $count } sikkerhedskopier ved siden af arbejdsområdet, indtil fem nye gemninger erstatter dem
}
erase-remains-failed = { $path }: ikke omskrevet ({ $reason }); slet den, hvis det betyder noget
erase-remains-copy = { $path }: en anden kopi af arbejdsområdet i samme mappe, ikke rørt
erase-remains-mentions = { $count ->
    [one] én omtale i andres oplysninger (nedenfor)
   *[other] { $count } omtaler i andres oplysninger (nedenfor)
}
erase-remains-outside = filer, der er eksporteret tidligere (CSV, vCard, kalendere, uddelingsark), og kopier, Kindred ikke kan nå: andre computere, en synkroniseringstjenestes historik, e-mail
erase-mention-person = { $name }, { $field }
erase-mention-card = et kort på { $map }
erase-field-family = familie
erase-field-what-matters = hvad betyder noget
erase-field-proud-of = stolt af
erase-field-preferences = præferencer
erase-field-notes = noter
erase-field-status-reason = årsag til status
erase-field-purpose = hvorfor vi gemmer dette
erase-field-needs = behov
erase-field-fit-reason = beslutning om match
erase-field-incident = en kritisk hændelse
erase-field-idea = en idé
erase-field-interaction = kontaktloggen
erase-field-follow-up = opfølgningerne
erase-field-milestone = en mærkedag

passphrase-title = Adgangsfrase
passphrase-is-plain = Arbejdsområdet er ikke krypteret.
passphrase-is-encrypted = Arbejdsområdet er krypteret med en adgangsfrase.
passphrase-explained = Et krypteret arbejdsområde, dets sikkerhedskopier og dets gendannelsesfil kan kun åbnes med adgangsfrasen. Filen er i age-formatet, så standardværktøjet age (age -d) også kan dekryptere den.
passphrase-forget-warning = Glemmes adgangsfrasen, kan ingen åbne arbejdsområdet igen. Gem den et sikkert sted.
passphrase-new = Ny adgangsfrase
passphrase-repeat = Gentag den
passphrase-encrypt = Kryptér
passphrase-change = Skift adgangsfrase
passphrase-remove = Stop kryptering
passphrase-too-short = En adgangsfrase har mindst { $chars } tegn.
passphrase-mismatch = De to adgangsfraser er forskellige.
passphrase-working = Gemmer arbejdsområdet og omskriver sikkerhedskopierne…
passphrase-done-encrypted = Arbejdsområdet er gemt krypteret.
passphrase-done-plain = Arbejdsområdet er gemt uden kryptering.
passphrase-done-backups = { $count ->
    [one] Én sikkerhedskopi blev omskrevet, så den passer.
   *[other] { $count } sikkerhedskopier blev omskrevet, så de passer.
}
passphrase-backup-failed = { $path }: ikke omskrevet ({ $reason })
passphrase-not-opened = Arbejdsområdet blev ikke åbnet: det er krypteret, og der blev ikke givet nogen adgangsfrase.

unlock-title = { $file } er krypteret
unlock-explained = Skriv adgangsfrasen for at åbne det. Intet skrives, før det er åbnet.
unlock-passphrase = Adgangsfrase
unlock-open = Åbn
