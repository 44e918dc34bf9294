# Kindreds tekster på norsk bokmål. Samme nøkler som en/.

## Visninger

view-people = Personer
view-milestones = Merkedager
view-journeys = Kundereiser
view-board = Tavle
view-insights = Innsikt
view-exercise = Øvelse

## Handlinger

action-new = Nytt arbeidsområde…
action-new-person = Ny person
action-open = Åpne…
action-open-path = Åpne fra sti…
action-import = Importer…
action-save = Lagre
action-save-as = Lagre som…
action-backups = Sikkerhetskopier…
action-undo = Angre
action-redo = Gjør om
action-zoom-in = Zoom inn
action-zoom-out = Zoom ut
action-zoom-reset = Tilbakestill zoom
action-quit = Avslutt

## Menyer

menu-file = Fil
menu-edit = Rediger
menu-view = Vis
menu-help = Hjelp
menu-open-recent = Åpne nylige
menu-no-recent = Ingen nylige filer
menu-export = Eksporter
menu-undo-named = Angre { $label }
menu-redo-named = Gjør om { $label }
menu-theme = Tema
menu-language = Språk
theme-system = Følg systemet
theme-light = Lyst
theme-dark = Mørkt
theme-high-contrast = Høy kontrast
menu-about = Om Kindred

## Eksport

export-csv = Personer som CSV…
export-vcf = Personer som vCard 3.0…
export-vcf4 = Personer som vCard 4.0…
export-ics = Merkedager som iCalendar…
export-journey-md = Kundereisen «{ $name }» som Markdown-utdeling…
export-journey-html = Kundereisen «{ $name }» som HTML-utdeling…
export-journey-png = Kundereisen «{ $name }» som PNG-bilde…
export-journey-template = Kundereisen «{ $name }» som mal…
export-person-md = «{ $name }» som Markdown…
export-person-json = «{ $name }» som JSON…
export-workspace-json = Arbeidsområdet som JSON…
export-workspace-copy = Kopi av arbeidsområdet…
export-done = Eksportert til { $path }
export-failed = Kunne ikke eksportere: { $error }

## Stidialog

path-open = Åpne et arbeidsområde
path-save-as = Lagre arbeidsområdet som
path-export = Eksporter: { $what }
path-import = Importer kontakter, et arbeidsområde eller en kundereisemal
path-field-workspace = Sti til .kindred-filen
path-field-export = Sti til .{ $format }-filen
path-field-import = Sti til .vcf-, .csv-, .kindred- eller .kindred-journey-filen
filter-workspace = Kindred-arbeidsområde
filter-import = Kontakter, arbeidsområder og maler

## Knapper

button-ok = OK
button-cancel = Avbryt
button-close = Lukk
button-show = Vis
button-dismiss = Lukk
button-save = Lagre
button-dont-save = Ikke lagre
button-restore = Gjenopprett
button-discard = Forkast

## Skallet

shell-no-workspace = Ingen arbeidsområder er åpne.
shell-no-data-directory = Kindred finner ikke datamappen din.
shell-read-only = Skrivebeskyttet: { $reason }
shell-repair-ids = Gi duplikatene nye id-er…
repair-ids-title = Gi duplikatene nye id-er?
repair-ids-body = { $count ->
    [one] Én post har samme id som en annen.
   *[other] { $count } poster har samme id som en annen.
} Den første posten med en id beholder den; de andre får nye. Ingenting annet i dem endres.
repair-ids-links = Henvisninger til en delt id (en merkedags slektning, et korts fase og bane, en persons plass på en tavle, en hendelses eller idés fase) blir værende hos posten de fører til nå: den første med den id-en i samme person eller kundereise.
repair-ids-undo = Det er ett steg, som Angre i Rediger-menyen tar tilbake. Etterpå kan arbeidsområdet redigeres og lagres.
repair-ids-step = Nye id-er for duplikater
repair-ids-confirm = Gi nye id-er
repair-ids-done = { $count ->
    [one] 1 post fikk en ny id.
   *[other] { $count } poster fikk nye id-er.
} Lagre for å beholde dem.
repair-ids-failed = Id-ene ble ikke fornyet: { $error }
shell-show-milestones = Vis merkedager
shell-dismiss-reminder = Lukk påminnelsen om merkedager
shell-undone = Angret: { $label }
shell-redone = Gjort om: { $label }
shell-new-workspace = Et nytt arbeidsområde: Lagre velger hvor det lagres.
shell-saved = Lagret.
shell-saving = Lagrer…
shell-saved-as = Lagret som { $path }
shell-autosave-failed = Ulagret arbeid kunne ikke autolagres: { $error }
shell-save-failed-rescued = { $error }. Det ulagrede arbeidet ditt er tatt vare på i { $recovery } og tilbys igjen neste gang arbeidsområdet åpnes.
shell-save-failed-memory-only = { $error }. Det ulagrede arbeidet ditt kunne heller ikke skrives til gjenopprettingsfilen ({ $recovery }): det finnes bare i minnet. Bruk Lagre som… for å lagre det et annet sted, for eksempel på en annen disk.

loading-title = Åpner { $file }…
loading-people = { $count ->
    [one] 1 person lest
   *[other] { $count } personer lest
}
loading-lost = Arbeidsområdet kunne ikke leses: lesingen stoppet før den var ferdig.
# A view whose figures are being counted a slice of people each frame.
view-counting = Teller… { $done } av { $total } personer
# Beside figures shown while newer ones are counted.
view-updating = Oppdaterer…

## Velkommen

welcome-title = Velkommen til Kindred
welcome-line-1 = Kjenn kundene dine som mennesker: familiene deres, merkedagene og det som betyr noe for dem,
welcome-line-2 = reisene de tar med deg, og hvor hver av dem står.
welcome-kept-in = Arbeidsområdet ditt lagres i { $path }
welcome-empty = Start med et tomt arbeidsområde
welcome-sample = Start med eksempelarbeidsområdet
welcome-sample-failed = Eksempelarbeidsområdet kunne ikke leses: { $error }

## Dialoger

unsaved-title = Lagre endringene?
unsaved-body = Dette arbeidsområdet har endringer som ikke er lagret.
recovery-title = Gjenopprette ulagret arbeid?
recovery-body = Kindred ble lukket før de siste endringene dine ble lagret. De ble tatt vare på ({ $written }). Vil du gjenopprette dem, eller forkaste dem og beholde arbeidsområdet slik det ble lagret?
recovery-restored = Ulagret arbeid er gjenopprettet. Lagre for å beholde det.
recovery-failed = Det ulagrede arbeidet kunne ikke gjenopprettes: { $error }
recovery-autosaved = lagret automatisk
recovery-autosaved-at = lagret automatisk { $date } kl. { $time }
backups-title = Sikkerhetskopier av arbeidsområdet
backups-body = Kindred tar vare på de fem siste lagrede versjonene av arbeidsområdet, sikkerhetskopi 1 er den nyeste. Gjenoppretter du en, erstatter den det som er åpent, som ulagret arbeid; når du lagrer, beholdes versjonen den erstattet, som sikkerhetskopi 1, så ingenting går tapt.
backups-none = Det finnes ingen sikkerhetskopier ennå: det lages en hver gang arbeidsområdet lagres.
backups-saved-at = lagret { $date } kl. { $time }
backups-time-unknown = lagret på et ukjent tidspunkt
backups-entry = Sikkerhetskopi { $number }: { $saved }, { $people ->
    [one] 1 person
   *[other] { $people } personer
}, { $kilobytes } KB
backups-restore = Gjenopprett sikkerhetskopi { $number }
backups-unreadable = Sikkerhetskopi { $number } ({ $saved }) kan ikke gjenopprettes: { $reason }
backups-restored = Sikkerhetskopi { $number } er gjenopprettet som ulagret arbeid. Lagre for å beholde den; versjonen den erstattet, blir sikkerhetskopi 1.
backups-restore-failed = Sikkerhetskopi { $number } kunne ikke gjenopprettes: { $error }
locked-title = Arbeidsområdet er åpent et annet sted
locked-body = Det er åpent i Kindred hos { $holder }.
locked-foreign = Hvis det programmet ikke lenger kjører (en datamaskin som ble slått av, for eksempel), overta låsen. Hvis det kjører, mister to personer som redigerer samme fil hverandres arbeid.
locked-here = Det er åpnet skrivebeskyttet her. Lukk det der for å redigere det her.
locked-take-over = Overta låsen
locked-open-read-only = Åpne skrivebeskyttet
locked-take-over-failed = Låsen kunne ikke overtas.
locked-take-over-error = Låsen kunne ikke overtas: { $error }
changed-title = Filen er endret på disken
changed-body = Noen eller noe (et synkroniseringsverktøy, en annen datamaskin) har lagret arbeidsområdet etter at du åpnet det. Lagrer du nå, overskrives deres versjon.
changed-reload = Last inn deres på nytt (forkast mine endringer)
changed-keep-mine = Behold min, og lagre deres som en kopi
changed-compare = Sammenlign…
changed-reloaded = Versjonen på disken er lastet inn på nytt.
changed-copy-failed = Deres versjon kunne ikke kopieres, så ingenting ble lagret: { $error }
changed-kept = Lagret. Deres versjon er tatt vare på som { $path }
changed-unreadable = Deres versjon kan ikke leses: { $error }
compare-title = Din versjon sammenlignet med deres
compare-reload = Last inn deres på nytt
compare-same = De to versjonene har de samme personene og kundereisene.
compare-name = Navnet på arbeidsområdet er forskjellig.
compare-people-mine = Personer bare i din ({ $count })
compare-people-theirs = Personer bare i deres ({ $count })
compare-people-changed = Endrede personer ({ $count })
compare-maps-mine = Kundereiser bare i din ({ $count })
compare-maps-theirs = Kundereiser bare i deres ({ $count })
compare-maps-changed = Endrede kundereiser ({ $count })
about-version = Versjon { $version }
about-tagline = Kjenn kundene dine som mennesker.
failed-title = Arbeidsområdet kunne ikke åpnes
failed-unchanged = Filen er ikke endret.

## Import

import-title = Importer { $file }
import-reading = Leser { $path } som { $format }…
import-reading-any = Leser { $path }…
import-progress = { $done } av { $total }
import-seconds = { $seconds } s
import-nothing = Ingenting ble importert: { $error }
import-unchanged = Arbeidsområdet er uendret.
import-mapping-help = Velg hva hver kolonne inneholder. Valget huskes for filer med disse kolonnene.
import-mapping-ready = { $mapped } av { $columns } kolonner blir lest.
import-mapping-needed = Knytt minst én kolonne til et navn, en organisasjon eller en e-post.
import-continue = Fortsett
import-columns = Kolonner…
import-columns-hint = Velg hva hver kolonne inneholder
import-column = Kolonne
import-first-row = Første rad
import-holds = Inneholder
import-column-holds = Kolonnen { $name } inneholder
import-column-unnamed = (kolonne { $count })
import-read-as = Lest som { $format }.
import-summary = { $new } nye, { $updated } oppdatert, { $unchanged } uendret, { $skipped } hoppet over
import-summary-maps = { $new } nye, { $updated } oppdatert, { $unchanged } uendret, { $skipped } hoppet over, { $maps } kundereise(r) lagt til
import-note = Merk: { $note }
import-adds-map = Legger til kundereisen «{ $name }»
import-some-skipped = { $count ->
    [one] 1 del kan ikke importeres; resten kan. Årsaken står i listen.
   *[other] { $count } deler kan ikke importeres; resten kan. Årsakene står i listen.
}
import-outcome-new = Ny
import-outcome-updated = Oppdatert
import-outcome-unchanged = Uendret
import-outcome-skipped = Hoppet over: { $reason }
import-nothing-to-import = Ingenting å importere
import-maps = { $count ->
    [one] Importer 1 kundereise
   *[other] Importer { $count } kundereiser
}
import-changes-adds = legger til { $adds }
import-changes-keeps = beholder { $keeps }
import-changes-both = legger til { $adds }; beholder { $keeps }
import-add = { $count ->
    [one] Legg til 1 person
   *[other] Legg til { $count } personer
}
import-update = { $count ->
    [one] Oppdater 1 person
   *[other] Oppdater { $count } personer
}
import-add-update = { $new ->
    [one] Legg til 1 person
   *[other] Legg til { $new } personer
}, oppdater { $updated }
import-field-name = navn
import-field-organisation = organisasjon
import-field-role = rolle
import-field-email = e-post
import-field-phone = telefon
import-field-address = adresse
import-field-website = nettsted
import-field-photo = bilde
import-field-tags = merker
import-field-key-account = nøkkelkunde
import-field-purpose = hvorfor vi lagrer dette
import-field-status-reason = statusårsak
import-field-family = familie
import-field-interests = interesser
import-field-birthday = bursdag
import-field-milestones = merkedager
import-field-what-matters = hva som betyr noe
import-field-proud-of = stolt av
import-field-preferences = preferanser
import-field-notes = notater
import-field-needs = behov
import-field-fit = egnethet
import-field-incidents = hendelser
import-field-ideas = ideer
import-field-log = kontaktlogg
import-field-journeys = kundereiser
import-read-only = Åpne et arbeidsområde du kan redigere for å importere til det.
import-done = Importert: { $summary }. Angre tar hele importen tilbake.
import-failed = Importen mislyktes og endret ingenting: { $error }
import-drop-hint = Slipp for å importere: vCard, CSV, et arbeidsområde eller en kundereisemal
import-busy = En import er allerede åpen; fullfør den før du slipper en ny fil.
import-several-dropped = { $count } filer ble sluppet; den første importeres. Slipp de andre én om gangen.
import-stopped = lesingen av filen stoppet uventet
import-thread-failed = filen kunne ikke leses: { $error }

## Personer

people-search = Søk
people-search-hint = navn, organisasjon, merke, interesse…  Ctrl+F
people-status = Status
people-any-status = Alle statuser
people-tag = Merke
people-any-tag = Alle merker
people-key-accounts = Nøkkelkunder
people-low-knowledge = Lav kjennskap
people-low-knowledge-hint = Under { $percent } % av de menneskelige faktaene kjent
people-no-recent-contact = Ingen personlig kontakt på { $count } dager
people-sort-by = Sorter etter
people-descending = Synkende
people-add-person = Legg til person
people-new-person = Ny person
people-find-duplicates = Finn duplikater
people-shown = { $shown } av { $count } personer
people-selected = { $count } valgt
people-add-tag = Legg til merke…
people-tag-to-add = Merke som skal legges til
people-add-tag-now = Legg til merke på de valgte
people-remove-tag = Fjern merke…
people-tag-to-remove = Merke som skal fjernes
people-remove-tag-now = Fjern merke fra de valgte
people-set-status = Sett status
people-set-status-of = { $count ->
    [one] Sett status for 1 person
   *[other] Sett status for { $count } personer
}
people-delete-many = Slett…
people-copy = Kopier navn og e-poster
people-copied = { $count ->
    [one] 1 person er kopiert til utklippstavlen.
   *[other] { $count } personer er kopiert til utklippstavlen.
}
people-tagged = { $count ->
    [one] Gi 1 person merket «{ $tag }»
   *[other] Gi { $count } personer merket «{ $tag }»
}
people-untagged = { $count ->
    [one] Fjern merket «{ $tag }» fra 1 person
   *[other] Fjern merket «{ $tag }» fra { $count } personer
}
people-merge = Slå sammen…
people-clear-selection = Fjern valget
people-delete = Slett
people-delete-many-title = { $count ->
    [one] Slette 1 person?
   *[other] Slette { $count } personer?
}
people-delete-many-body = De og alt som er kjent om dem, blir slettet. Angre henter dem tilbake.
people-delete-many-label = { $count ->
    [one] Slett 1 person
   *[other] Slett { $count } personer
}
people-delete-title = Slette denne personen?
people-delete-body = { $name } og alt som er kjent om vedkommende, blir slettet. Angre henter det tilbake.
people-delete-label = Slett { $name }
people-duplicates-title = Sannsynlige duplikater
people-duplicates-count = { $count ->
    [one] 1 par. Sammenslåing beholder alle fakta fra begge.
   *[other] { $count } par. Sammenslåing beholder alle fakta fra begge.
}
people-no-duplicates = Fant ingen sannsynlige duplikater.
people-merge-title = Slå sammen to personer
people-merge-body = Velg hvem som skal beholdes. Alle fakta om den andre legges til; ingenting går tapt.
people-merge-label = Slå { $name } sammen med { $into }
people-keep-left = Behold venstre
people-keep-right = Behold høyre
people-summary-organisation = Organisasjon: { $value }
people-summary-role = Rolle: { $value }
people-summary-status = Status: { $value }
people-summary-status-key = Status: { $value } · ★ nøkkelkunde
people-summary-email = E-post: { $value }
people-summary-phone = Telefon: { $value }
people-summary-tags = Merker: { $value }
people-summary-life = { $family } familie · { $interests } interesser · { $milestones } merkedager
people-summary-log = { $interactions } kontakter · { $incidents } hendelser · { $ideas } ideer
sort-name = Navn
sort-organisation = Organisasjon
sort-knowledge = Kjennskap
sort-last-contact = Siste kontakt
sort-next-milestone = Neste merkedag
status-prospect = Emne
status-customer = Kunde
status-former-customer = Tidligere kunde
status-declined = Valgt bort av oss

## Kundereiser: prikkavstemning

journeys-dot-voting = Prikkavstemning
journeys-dot-voting-hint = På: et klikk på et kort gir en prikk, et høyreklikk fjerner en; kortene flytter seg ikke
journeys-votes-total = { $count ->
    [one] 1 prikk
   *[other] { $count } prikker
}
journeys-clear-votes = Nullstill stemmer
journeys-clear-votes-label = Nullstill stemmene på { $name }
journeys-vote-label = Prikkstemme
journeys-unvote-label = Fjern en prikk
journeys-card-with-votes = { $text } — { $count ->
    [one] 1 stemme
   *[other] { $count } stemmer
}

## Presentasjonsmodus

action-present = Presentasjonsmodus
present-mask-on = 🔒 Personvernmaske på
present-mask-off = Personvernmaske av
present-mask-hint = Når den er på, skjules kontaktopplysninger, familie, alder, notater, loggen, detaljer om hendelser og alt vi har vurdert om en person (egnethet, beslutning, begrunnelse for status, hvorfor vi lagrer opplysningene)
present-timer = Nedtelling
present-minutes = { $count ->
    [one] 1 minutt
   *[other] { $count } minutter
}
present-minutes-short = { $count } min
present-time-left = Tid igjen: { $time }
present-start = Start
present-pause = Pause
present-reset = Nullstill
present-time-up = Tiden er ute
present-leave = Avslutt
present-leave-hint = Avslutt presentasjonsmodus (Esc eller F5)
present-not-while-masked = Ikke mens personvernmasken er på: slå den av for å endre personer.

## Innstillinger

action-settings = Innstillinger…
settings-title = Innstillinger
settings-app = Denne datamaskinen
settings-zoom = Zoom
settings-workspace = Dette arbeidsområdet
settings-name = Navn
settings-name-label = Gi arbeidsområdet nytt navn
settings-currency = Valuta
settings-currency-hint = Koden på tre bokstaver som årlige verdier er i (DKK, NOK, EUR)
settings-currency-label = Bytt valuta
settings-leap-day = 29. februar i andre år
settings-february-28 = 28. februar
settings-march-1 = 1. mars
settings-present = Presentasjonsmodus
settings-initials = Vis personer med initialene sine
settings-workspace-label = Endre arbeidsområdets innstillinger
settings-no-workspace = Åpne et arbeidsområde du kan redigere for å endre innstillingene.
settings-remind = Påminnelse før en merkedag
settings-remind-hint = Nye merkedager får en påminnelse så mange dager før; den kan endres for hver merkedag i profilen.
settings-days-suffix = { " " }dager
settings-family-remind = Påminnelse før en slektnings bursdag
settings-retention = Gå gjennom tidligere kunders data
settings-retention-off = Aldri
settings-retention-months = { $count ->
    [one] etter 1 måned uten kontakt
   *[other] etter { $count } måneder uten kontakt
}
settings-retention-hint = Tidligere kunder og personer vi har takket nei til, dukker opp under Merkedager til gjennomgang når det ikke har vært kontakt så lenge: behold dataene deres, eller slett dem.

## Kommandopalett

action-palette = Kommandopalett…
palette-title = Finn en kommando, en person, en kundereise eller et kort
palette-hint = Skriv for å søke; piltastene og Enter, eller klikk
palette-nothing = Ingenting passer.
palette-person = person
palette-journey = kundereise
palette-card = kort på { $map }
palette-not-in-present-mode = Ikke i presentasjonsmodus: avslutt den først (Esc).

## Øvelsen: hvor godt kjenner du kundene dine?

exercise-title = Hvor godt kjenner du kundene dine?
exercise-score = { $known } av { $cells } fakta kjent
exercise-workspace-score = Arbeidsområdets kjennskap: { $percent } %
exercise-nobody = Merk noen personer som nøkkelkunder (eller kunder) for å spille.
exercise-help = Spør salen om ett faktum om gangen. Et klikk på et spørsmålstegn tar imot det salen vet; en hake betyr at arbeidsområdet allerede vet det.
exercise-person = Person
exercise-cell = { $name }: { $fact }
exercise-known = { $what } — kjent
exercise-unknown = { $what } — ikke kjent ennå
exercise-unknown-hint = Klikk for å legge til det salen vet
exercise-question = Hva vet salen om { $name }: { $fact }?
exercise-day-hint = en dag: 4.12. eller 1976-12-04
exercise-add = Legg til
exercise-learnt-label = Lært om { $name }: { $fact }
fact-birthday = Fødselsdag
fact-family = Familie
fact-interests = Interesser
fact-what-matters = Hva som betyr noe
fact-proud-of = Stolt av
fact-preferences = Preferanser
fact-needs = Behovet deres
fact-contact = Nylig personlig kontakt

## Tavle

board-no-maps = Arbeidsområdet har ingen kundereiser ennå: en tavle viser personer i fasene til en av dem.
board-journey = Kundereise
board-not-placed = Ikke plassert
board-tag = Merke eller segment
board-key-only = Bare nøkkelkunder
board-hint = Dra en person til en annen fase eller plass · klikk, og bruk Ctrl+piler · Enter åpner
board-why-question = Hvorfor flyttet { $name } til { $phase }?
board-why-kind = Type årsak
board-why-touchpoint = Kontaktpunkt
board-why-driver = Drivkraft
board-why-barrier = Barriere
board-why-text = Hva som flyttet dem
board-why-hint = f.eks. et smaksbesøk
board-skip = Hopp over
board-why-label = Logg hvorfor { $name } flyttet
board-move-label = Flytt { $name } til { $phase }
board-milestone-soon = innen 14 dager
board-open-incidents = { $count ->
    [one] 1 uløst hendelse som var verre enn ventet
   *[other] { $count } uløste hendelser som var verre enn ventet
}
fit-let-go = Vi har bestemt oss for å gi slipp på dem
fit-no-need = De ser ikke behovet vi dekker
fit-time-no-value = Ti timer eller mer brukt, og ingen årlig verdi
fit-price-only = Kjøper bare på pris, og ingen verdi registrert

## Innsikt

insights-heading = Innsikt
insights-knowledge = Hvor godt kjenner vi kundene våre?
insights-no-people = Ingen personer ennå: tallene kommer når arbeidsområdet har personer.
insights-share = Andelen av { $facts } menneskelige fakta vi kjenner, over alle { $count } personer.
insights-distribution = Fordeling av kjennskap
insights-distribution-table = Fordelingen som tabell
insights-axis-score = Kjennskap (%)
insights-axis-people = Personer
insights-score = Kjennskap
insights-key-accounts = Nøkkelkunder, laveste kjennskap først
insights-key-accounts-table = Nøkkelkunder som tabell
insights-key-accounts-head = Nøkkelkunde · kjennskap · manglende fakta
insights-nothing-missing = ingenting mangler
insights-no-key-accounts = Ingen nøkkelkunder merket.
insights-no-contact = Ingen personlig kontakt på { $days } dager ({ $count })
insights-no-contact-table = Personer uten personlig kontakt som tabell
insights-no-contact-none = Alle vi betjener, har hatt personlig kontakt de siste 90 dagene.
insights-last-contact = siste personlige kontakt: { $date }
insights-never = aldri
insights-open-profile = Åpne profilen
insights-fit = Ikke alle kunder er gode kunder
insights-fit-explained = Brukt tid mot årlig verdi. Uthevet: mer tid enn medianen, mindre verdi enn medianen og ikke erkjent behov (nei eller ukjent).
insights-median = Median: { $hours } timer og { $value }. { $flagged } av { $count } uthevet. Klikk på en prikk for å åpne personen.
insights-axis-hours = Brukt tid (timer)
insights-axis-value = Årlig verdi ({ $currency })
insights-fit-table = Tid og verdi som tabell
insights-fit-head = Person · status · timer · årlig verdi · erkjent behov
insights-fit-none = Ingen årlige verdier registrert ennå (delen Egnethet i en profil).
insights-need = behov: { $need }
insights-flagged = mye tid, liten verdi
insights-customers = Kunder
insights-dot = { $count } personer: { $names }
insights-incidents = Kritiske hendelser per fase
insights-incidents-table = Hendelser per fase som tabell
insights-axis-incidents = Hendelser
insights-phase = Fase
insights-no-journeys = Ingen kundereiser ennå.
insights-not-placed = Ikke plassert i en fase
insights-better = Bedre enn ventet
insights-worse = Verre enn ventet
insights-unresolved = Et glimt av misnøye, ubesvart ({ $count })
insights-unresolved-none = Alle hendelser som var verre enn ventet, er løst.
insights-unresolved-masked = Hvem de er, er skjult i presentasjonsmodus.
insights-ideas = Ideer fra kundene
insights-ideas-none = Ingen ideer registrert ennå.
need-yes = Ja
need-partly = Delvis
need-no = Nei
need-unknown = Ukjent
idea-new = Ny
idea-considering = Vurderes
idea-planned = Planlagt
idea-done = Gjennomført
idea-declined = Avslått
driver-value = Verdi
driver-price = Pris
driver-speed = Hastighet
driver-unknown = Ukjent
decision-undecided = Ikke bestemt
decision-keep = Behold
decision-let-go = Gi slipp

## Kundereiser

journeys-no-maps = Arbeidsområdet har ingen kundereiser ennå. Start en fra en mal:
journeys-map = Kundereise
journeys-new-map = Ny kundereise
journeys-duplicate = Dupliser
journeys-delete-map = Slett kundereise
journeys-export = Eksporter mal…
journeys-import = Importer mal…
journeys-name = Navn
journeys-segment = For
journeys-segment-hint = segment eller produkt
journeys-card-text = Kortets tekst
journeys-edit = Rediger
journeys-colour-of = Farge: { $colour }
journeys-delete-card = Slett kort
journeys-rename = Gi nytt navn
journeys-phase-name = Fasens navn
journeys-lane-name = Banens navn
journeys-add-phase = Legg til en fase
journeys-add-lane = Legg til en bane
journeys-delete-phase = Slett fase
journeys-delete-lane = Slett bane
journeys-new-phase = Ny fase
journeys-new-lane = Ny bane
journeys-clear-emotion = Fjern vurderingen
journeys-card-hint = Ctrl+piler flytter det · Enter redigerer · Delete fjerner
journeys-phase-hint = Ctrl+venstre/høyre flytter den · F2 gir nytt navn
journeys-phase-cards = { $hint } · { $count ->
    [one] 1 kort
   *[other] { $count } kort
}
journeys-lane-hint = Ctrl+opp/ned flytter den · F2 gir nytt navn
journeys-grid-hint = Dobbeltklikk på en celle eller bruk dens + for å legge til et kort · dra kort, fase- og baneoverskrifter for å flytte dem
journeys-read-only = Skrivebeskyttet: kundereisen kan ses, ikke endres.
journeys-incident-better = Bedre: { $name } — { $what }
journeys-incident-worse = Verre: { $name } — { $what }
journeys-incidents-more = …og { $count } til ({ $better } bedre, { $worse } verre i alt)
journeys-ideas-more = { $count ->
    [one] …og 1 idé til
   *[other] …og { $count } idéer til
}
journeys-incidents-count = { $count ->
    [one] 1 hendelse: { $better } bedre, { $worse } verre
   *[other] { $count } hendelser: { $better } bedre, { $worse } verre
}
journeys-ideas-count = { $count ->
    [one] 1 idé
   *[other] { $count } idéer
}
journeys-copy-name = { $name } (kopi)
journeys-duplicate-label = Dupliser kundereisen { $name }
journeys-delete-map-label = Slett kundereisen { $name }
journeys-new-map-label = Ny kundereise { $name }
journeys-rename-map-label = Gi kundereisen { $name } nytt navn
journeys-move-card-label = Flytt kort
journeys-edit-card-label = Rediger kort
journeys-add-card-label = Legg til kort
journeys-rename-phase-label = Gi fasen nytt navn
journeys-rename-lane-label = Gi banen nytt navn
journeys-move-phase-label = Flytt fasen { $name }
journeys-move-lane-label = Flytt banen { $name }
journeys-colour-label = Farg kortet { $colour }
journeys-delete-phase-label = Slett fasen { $name }
journeys-delete-lane-label = Slett banen { $name }
journeys-where = { $lane } i { $phase }
journeys-cell = Celle { $where }
journeys-add-card-to = Legg til et kort i { $where }
journeys-emotion-in = Følelse i { $phase }
journeys-set-emotion-label = Sett følelsen i { $phase }
colour-yellow = Gul
colour-blue = Blå
colour-green = Grønn
colour-pink = Rosa
colour-orange = Oransje
colour-grey = Grå

## Maler for kundereiser

template-customer-journey = Kundereise
template-sales-process = Salgsprosess
template-blank = Tom
phase-awareness = Oppmerksomhet
phase-consideration = Vurdering
phase-purchase = Kjøp
phase-loyalty = Lojalitet
phase-build-trust = Bygg tillit
phase-uncover-needs = Avdekk behov
phase-choose-solution = Velg og bekreft løsning
phase-interest = Interesse og lyst
phase-close = Avslutt salget
phase-customer-care = Kundepleie
phase-numbered = Fase { $count }
lane-actions = Kundens handlinger og tanker
lane-touchpoints = Kontaktpunkter
lane-drivers = Drivkrefter
lane-barriers = Barrierer
lane-emotions = Følelser
lane-incidents = Kritiske hendelser
lane-message = Vårt budskap
lane-opportunities = Muligheter

## Gjennomgang av lagrede data (øverst under Merkedager)

review-heading = { $count ->
    [one] Tid for gjennomgang: 1 person
   *[other] Tid for gjennomgang: { $count } personer
}
review-explained = { $months ->
    [one] Tidligere kunder og personer vi har takket nei til, uten kontakt eller gjennomgang på 1 måned. Behold dataene deres, eller åpne dem for å slette dem.
   *[other] Tidligere kunder og personer vi har takket nei til, uten kontakt eller gjennomgang på { $months } måneder. Behold dataene deres, eller åpne dem for å slette dem.
}
review-unnamed = Person uten navn
review-open = Åpne profilen
review-last-contact = siste kontakt { $date }
review-no-contact = aldri hatt kontakt
review-keep = Behold
review-keep-hint = Vi trenger fortsatt dataene deres: spør igjen etter like lang tid
review-keep-label = Behold data om { $name }
review-erase = Slett…
review-erase-hint = Vi trenger ikke lenger opplysningene: slett personen for godt
review-erase-label = Slett { $name } for godt
review-no-purpose = ingen grunn notert for å lagre opplysningene

## Dates (in the language's own format; `i18n::date_*` put them together)

month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
month-short-1 = jan.
month-short-2 = feb.
month-short-3 = mar.
month-short-4 = apr.
month-short-5 = mai
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = aug.
month-short-9 = sep.
month-short-10 = okt.
month-short-11 = nov.
month-short-12 = des.
weekday-short-1 = man.
weekday-short-2 = tir.
weekday-short-3 = ons.
weekday-short-4 = tor.
weekday-short-5 = fre.
weekday-short-6 = lør.
weekday-short-7 = søn.
date-long = { $day }. { $month } { $year }
date-day-month = { $day }. { $month }
date-day-month-short = { $day }. { $month }
date-short = { $weekday } { $day }. { $month }
date-short-year = { $day }. { $month } { $year }
