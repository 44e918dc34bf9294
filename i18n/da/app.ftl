# Kindreds tekster på dansk. Samme nøgler som en/.

## Visninger

view-people = Personer
view-milestones = Mærkedage
view-journeys = Kunderejser
view-board = Tavle
view-insights = Indsigt
view-exercise = Øvelse

## Handlinger

action-new = Nyt arbejdsområde…
action-new-person = Ny person
action-open = Åbn…
action-open-path = Åbn fra sti…
action-import = Importér…
action-save = Gem
action-save-as = Gem som…
action-backups = Sikkerhedskopier…
action-undo = Fortryd
action-redo = Gentag
action-zoom-in = Zoom ind
action-zoom-out = Zoom ud
action-zoom-reset = Nulstil zoom
action-quit = Afslut

## Menuer

menu-file = Filer
menu-edit = Rediger
menu-view = Vis
menu-help = Hjælp
menu-open-recent = Åbn seneste
menu-no-recent = Ingen seneste filer
menu-export = Eksportér
menu-undo-named = Fortryd { $label }
menu-redo-named = Gentag { $label }
menu-theme = Tema
menu-language = Sprog
theme-system = Følg systemet
theme-light = Lyst
theme-dark = Mørkt
theme-high-contrast = Høj kontrast
menu-about = Om Kindred

## Eksport

export-csv = Personer som CSV…
export-vcf = Personer som vCard 3.0…
export-vcf4 = Personer som vCard 4.0…
export-ics = Mærkedage som iCalendar…
export-journey-md = Kunderejsen “{ $name }” som Markdown-uddeling…
export-journey-html = Kunderejsen “{ $name }” som HTML-uddeling…
export-journey-png = Kunderejsen “{ $name }” som PNG-billede…
export-journey-template = Kunderejsen “{ $name }” som skabelon…
export-person-md = “{ $name }” som Markdown…
export-person-json = “{ $name }” som JSON…
export-workspace-json = Arbejdsområdet som JSON…
export-workspace-copy = Kopi af arbejdsområdet…
export-done = Eksporteret til { $path }
export-failed = Kunne ikke eksportere: { $error }

## Stidialog

path-open = Åbn et arbejdsområde
path-save-as = Gem arbejdsområdet som
path-export = Eksportér: { $what }
path-import = Importér kontakter, et arbejdsområde eller en kunderejseskabelon
path-field-workspace = Sti til .kindred-filen
path-field-export = Sti til .{ $format }-filen
path-field-import = Sti til .vcf-, .csv-, .kindred- eller .kindred-journey-filen
filter-workspace = Kindred-arbejdsområde
filter-import = Kontakter, arbejdsområder og skabeloner

## Knapper

button-ok = OK
button-cancel = Annuller
button-close = Luk
button-show = Vis
button-dismiss = Luk
button-save = Gem
button-dont-save = Gem ikke
button-restore = Gendan
button-discard = Kassér

## Skallen

shell-no-workspace = Intet arbejdsområde er åbent.
shell-no-data-directory = Kindred kan ikke finde din datamappe.
shell-read-only = Skrivebeskyttet: { $reason }
shell-repair-ids = Giv dubletterne nye id'er…
repair-ids-title = Giv dubletterne nye id'er?
repair-ids-body = { $count ->
    [one] Én post har samme id som en anden.
   *[other] { $count } poster har samme id som en anden.
} Den første post med et id beholder det; de andre får nye. Intet andet i dem ændres.
repair-ids-links = Henvisninger til et delt id (en mærkedags slægtning, et korts fase og bane, en persons plads på en tavle, en hændelses eller idés fase) bliver ved den post, de fører til nu: den første med det id i samme person eller kunderejse.
repair-ids-undo = Det er ét trin, som Fortryd i menuen Rediger tager tilbage. Bagefter kan arbejdsområdet redigeres og gemmes.
repair-ids-step = Nye id'er til dubletter
repair-ids-confirm = Giv nye id'er
repair-ids-done = { $count ->
    [one] 1 post fik et nyt id.
   *[other] { $count } poster fik nye id'er.
} Gem for at beholde dem.
repair-ids-failed = Id'erne blev ikke fornyet: { $error }
shell-show-milestones = Vis mærkedage
shell-dismiss-reminder = Luk påmindelsen om mærkedage
shell-undone = Fortrudt: { $label }
shell-redone = Gentaget: { $label }
shell-new-workspace = Et nyt arbejdsområde: Gem vælger, hvor det gemmes.
shell-saved = Gemt.
shell-saving = Gemmer…
shell-saved-as = Gemt som { $path }
shell-autosave-failed = Ikke-gemt arbejde kunne ikke autogemmes: { $error }
shell-save-failed-rescued = { $error }. Dit ikke-gemte arbejde er bevaret i { $recovery } og tilbydes igen, næste gang arbejdsområdet åbnes.
shell-save-failed-memory-only = { $error }. Dit ikke-gemte arbejde kunne heller ikke skrives til gendannelsesfilen ({ $recovery }): det findes kun i hukommelsen. Brug Gem som… for at gemme det et andet sted, for eksempel på en anden disk.

loading-title = Åbner { $file }…
loading-people = { $count ->
    [one] 1 person læst
   *[other] { $count } personer læst
}
loading-lost = Arbejdsområdet kunne ikke læses: læsningen stoppede, før den var færdig.
# A view whose figures are being counted a slice of people each frame.
view-counting = Tæller… { $done } af { $total } personer
# Beside figures shown while newer ones are counted.
view-updating = Opdaterer…

## Velkomst

welcome-title = Velkommen til Kindred
welcome-line-1 = Kend dine kunder som mennesker: deres familier, mærkedage og det, der betyder noget for dem,
welcome-line-2 = de rejser, de tager med dig, og hvor hver af dem står.
welcome-kept-in = Dit arbejdsområde gemmes i { $path }
welcome-empty = Start med et tomt arbejdsområde
welcome-sample = Start med eksempel-arbejdsområdet
welcome-sample-failed = Eksempel-arbejdsområdet kunne ikke læses: { $error }

## Dialoger

unsaved-title = Gem dine ændringer?
unsaved-body = Dette arbejdsområde har ændringer, der ikke er gemt.
recovery-title = Gendan ikke-gemt arbejde?
recovery-body = Kindred blev lukket, før dine seneste ændringer blev gemt. De blev bevaret ({ $written }). Vil du gendanne dem, eller kassere dem og beholde arbejdsområdet, som det blev gemt?
recovery-restored = Ikke-gemt arbejde er gendannet. Gem for at beholde det.
recovery-failed = Det ikke-gemte arbejde kunne ikke gendannes: { $error }
recovery-autosaved = gemt automatisk
recovery-autosaved-at = gemt automatisk { $date } kl. { $time }
backups-title = Sikkerhedskopier af arbejdsområdet
backups-body = Kindred gemmer de seneste fem gemte versioner af arbejdsområdet, sikkerhedskopi 1 er den nyeste. Gendanner du en, erstatter den det åbne som ikke-gemt arbejde; når du gemmer, bevares den version, den erstattede, som sikkerhedskopi 1, så intet går tabt.
backups-none = Der er endnu ingen sikkerhedskopier: der gemmes en, hver gang arbejdsområdet gemmes.
backups-saved-at = gemt { $date } kl. { $time }
backups-time-unknown = gemt på et ukendt tidspunkt
backups-entry = Sikkerhedskopi { $number }: { $saved }, { $people ->
    [one] 1 person
   *[other] { $people } personer
}, { $kilobytes } KB
backups-restore = Gendan sikkerhedskopi { $number }
backups-unreadable = Sikkerhedskopi { $number } ({ $saved }) kan ikke gendannes: { $reason }
backups-restored = Sikkerhedskopi { $number } er gendannet som ikke-gemt arbejde. Gem for at beholde den; den version, den erstattede, bliver sikkerhedskopi 1.
backups-restore-failed = Sikkerhedskopi { $number } kunne ikke gendannes: { $error }
locked-title = Arbejdsområdet er åbent et andet sted
locked-body = Det er åbent i Kindred hos { $holder }.
locked-foreign = Hvis det program ikke længere kører (en computer, der blev slukket, for eksempel), så overtag låsen. Hvis det kører, mister to personer, der redigerer samme fil, hinandens arbejde.
locked-here = Det er åbnet skrivebeskyttet her. Luk det dér for at redigere det her.
locked-take-over = Overtag låsen
locked-open-read-only = Åbn skrivebeskyttet
locked-take-over-failed = Låsen kunne ikke overtages.
locked-take-over-error = Låsen kunne ikke overtages: { $error }
changed-title = Filen er ændret på disken
changed-body = Nogen eller noget (et synkroniseringsværktøj, en anden computer) har gemt arbejdsområdet, efter du åbnede det. Gemmer du nu, overskrives deres version.
changed-reload = Genindlæs deres (drop mine ændringer)
changed-keep-mine = Behold min, og gem deres som en kopi
changed-compare = Sammenlign…
changed-reloaded = Versionen på disken er genindlæst.
changed-copy-failed = Deres version kunne ikke kopieres, så intet blev gemt: { $error }
changed-kept = Gemt. Deres version er bevaret som { $path }
changed-unreadable = Deres version kan ikke læses: { $error }
compare-title = Din version sammenlignet med deres
compare-reload = Genindlæs deres
compare-same = De to versioner har de samme personer og kunderejser.
compare-name = Arbejdsområdets navn er forskelligt.
compare-people-mine = Personer kun i din ({ $count })
compare-people-theirs = Personer kun i deres ({ $count })
compare-people-changed = Ændrede personer ({ $count })
compare-maps-mine = Kunderejser kun i din ({ $count })
compare-maps-theirs = Kunderejser kun i deres ({ $count })
compare-maps-changed = Ændrede kunderejser ({ $count })
about-version = Version { $version }
about-tagline = Kend dine kunder som mennesker.
failed-title = Arbejdsområdet kunne ikke åbnes
failed-unchanged = Filen er ikke blevet ændret.

## Import

import-title = Importér { $file }
import-reading = Læser { $path } som { $format }…
import-reading-any = Læser { $path }…
import-progress = { $done } af { $total }
import-seconds = { $seconds } s
import-nothing = Intet blev importeret: { $error }
import-unchanged = Arbejdsområdet er uændret.
import-mapping-help = Vælg, hvad hver kolonne indeholder. Valget huskes for filer med disse kolonner.
import-mapping-ready = { $mapped } af { $columns } kolonner bliver læst.
import-mapping-needed = Knyt mindst én kolonne til et navn, en organisation eller en e-mail.
import-continue = Fortsæt
import-columns = Kolonner…
import-columns-hint = Vælg, hvad hver kolonne indeholder
import-column = Kolonne
import-first-row = Første række
import-holds = Indeholder
import-column-holds = Kolonnen { $name } indeholder
import-column-unnamed = (kolonne { $count })
import-read-as = Læst som { $format }.
import-summary = { $new } nye, { $updated } opdateret, { $unchanged } uændret, { $skipped } sprunget over
import-summary-maps = { $new } nye, { $updated } opdateret, { $unchanged } uændret, { $skipped } sprunget over, { $maps } kunderejse(r) tilføjet
import-note = Bemærk: { $note }
import-adds-map = Tilføjer kunderejsen “{ $name }”
import-some-skipped = { $count ->
    [one] 1 del kan ikke importeres; resten kan. Årsagen står i listen.
   *[other] { $count } dele kan ikke importeres; resten kan. Årsagerne står i listen.
}
import-outcome-new = Ny
import-outcome-updated = Opdateret
import-outcome-unchanged = Uændret
import-outcome-skipped = Sprunget over: { $reason }
import-nothing-to-import = Intet at importere
import-maps = { $count ->
    [one] Importér 1 kunderejse
   *[other] Importér { $count } kunderejser
}
import-changes-adds = tilføjer { $adds }
import-changes-keeps = beholder { $keeps }
import-changes-both = tilføjer { $adds }; beholder { $keeps }
import-add = { $count ->
    [one] Tilføj 1 person
   *[other] Tilføj { $count } personer
}
import-update = { $count ->
    [one] Opdatér 1 person
   *[other] Opdatér { $count } personer
}
import-add-update = { $new ->
    [one] Tilføj 1 person
   *[other] Tilføj { $new } personer
}, opdatér { $updated }
import-field-name = navn
import-field-organisation = organisation
import-field-role = rolle
import-field-email = e-mail
import-field-phone = telefon
import-field-address = adresse
import-field-website = hjemmeside
import-field-photo = foto
import-field-tags = mærker
import-field-key-account = nøglekunde
import-field-purpose = hvorfor vi gemmer dette
import-field-status-reason = statusårsag
import-field-family = familie
import-field-interests = interesser
import-field-birthday = fødselsdag
import-field-milestones = mærkedage
import-field-what-matters = hvad der betyder noget
import-field-proud-of = stolt af
import-field-preferences = præferencer
import-field-notes = noter
import-field-needs = behov
import-field-fit = egnethed
import-field-incidents = hændelser
import-field-ideas = idéer
import-field-log = kontaktlog
import-field-journeys = kunderejser
import-read-only = Åbn et arbejdsområde, du kan redigere, for at importere til det.
import-done = Importeret: { $summary }. Fortryd tager hele importen tilbage.
import-failed = Importen mislykkedes og ændrede intet: { $error }
import-drop-hint = Slip for at importere: vCard, CSV, et arbejdsområde eller en kunderejseskabelon
import-busy = En import er allerede åben; gør den færdig, før du slipper en ny fil.
import-several-dropped = { $count } filer blev sluppet; den første importeres. Slip de andre én ad gangen.
import-stopped = læsningen af filen stoppede uventet
import-thread-failed = filen kunne ikke læses: { $error }

## Personer

people-search = Søg
people-search-hint = navn, organisation, mærke, interesse…  Ctrl+F
people-status = Status
people-any-status = Alle statusser
people-tag = Mærke
people-any-tag = Alle mærker
people-key-accounts = Nøglekunder
people-low-knowledge = Lavt kendskab
people-low-knowledge-hint = Under { $percent } % af de menneskelige fakta kendt
people-no-recent-contact = Ingen personlig kontakt i { $count } dage
people-sort-by = Sortér efter
people-descending = Faldende
people-add-person = Tilføj person
people-new-person = Ny person
people-find-duplicates = Find dubletter
people-shown = { $shown } af { $count } personer
people-selected = { $count } valgt
people-add-tag = Tilføj mærke…
people-tag-to-add = Mærke at tilføje
people-add-tag-now = Tilføj mærke til de valgte
people-remove-tag = Fjern mærke…
people-tag-to-remove = Mærke at fjerne
people-remove-tag-now = Fjern mærke fra de valgte
people-set-status = Sæt status
people-set-status-of = { $count ->
    [one] Sæt status for 1 person
   *[other] Sæt status for { $count } personer
}
people-delete-many = Slet…
people-copy = Kopiér navne og e-mails
people-copied = { $count ->
    [one] 1 person er kopieret til udklipsholderen.
   *[other] { $count } personer er kopieret til udklipsholderen.
}
people-tagged = { $count ->
    [one] Giv 1 person mærket “{ $tag }”
   *[other] Giv { $count } personer mærket “{ $tag }”
}
people-untagged = { $count ->
    [one] Fjern mærket “{ $tag }” fra 1 person
   *[other] Fjern mærket “{ $tag }” fra { $count } personer
}
people-merge = Flet…
people-clear-selection = Ryd valget
people-delete = Slet
people-delete-many-title = { $count ->
    [one] Slet 1 person?
   *[other] Slet { $count } personer?
}
people-delete-many-body = De og alt, hvad der vides om dem, bliver slettet. Fortryd bringer dem tilbage.
people-delete-many-label = { $count ->
    [one] Slet 1 person
   *[other] Slet { $count } personer
}
people-delete-title = Slet denne person?
people-delete-body = { $name } og alt, hvad der vides om vedkommende, bliver slettet. Fortryd bringer det tilbage.
people-delete-label = Slet { $name }
people-duplicates-title = Sandsynlige dubletter
people-duplicates-count = { $count ->
    [one] 1 par. Sammenfletning bevarer alle fakta fra begge.
   *[other] { $count } par. Sammenfletning bevarer alle fakta fra begge.
}
people-no-duplicates = Ingen sandsynlige dubletter fundet.
people-merge-title = Flet to personer
people-merge-body = Vælg, hvem der skal beholdes. Alle fakta om den anden føjes til; intet går tabt.
people-merge-label = Flet { $name } ind i { $into }
people-keep-left = Behold venstre
people-keep-right = Behold højre
people-summary-organisation = Organisation: { $value }
people-summary-role = Rolle: { $value }
people-summary-status = Status: { $value }
people-summary-status-key = Status: { $value } · ★ nøglekunde
people-summary-email = E-mail: { $value }
people-summary-phone = Telefon: { $value }
people-summary-tags = Mærker: { $value }
people-summary-life = { $family } familie · { $interests } interesser · { $milestones } mærkedage
people-summary-log = { $interactions } kontakter · { $incidents } hændelser · { $ideas } idéer
sort-name = Navn
sort-organisation = Organisation
sort-knowledge = Kendskab
sort-last-contact = Seneste kontakt
sort-next-milestone = Næste mærkedag
status-prospect = Emne
status-customer = Kunde
status-former-customer = Tidligere kunde
status-declined = Fravalgt af os

## Kunderejser: prikafstemning

journeys-dot-voting = Prikafstemning
journeys-dot-voting-hint = Til: et klik på et kort giver en prik, et højreklik fjerner en; kortene flytter sig ikke
journeys-votes-total = { $count ->
    [one] 1 prik
   *[other] { $count } prikker
}
journeys-clear-votes = Nulstil stemmer
journeys-clear-votes-label = Nulstil stemmerne på { $name }
journeys-vote-label = Prikstemme
journeys-unvote-label = Fjern en prik
journeys-card-with-votes = { $text } — { $count ->
    [one] 1 stemme
   *[other] { $count } stemmer
}

## Præsentationstilstand

action-present = Præsentationstilstand
present-mask-on = 🔒 Privatlivsmaske til
present-mask-off = Privatlivsmaske fra
present-mask-hint = Når den er til, skjules kontaktoplysninger, familie, alder, noter, loggen, detaljer om hændelser og alt, hvad vi har vurderet om en person (egnethed, beslutning, begrundelse for status, hvorfor vi gemmer oplysningerne)
present-timer = Nedtælling
present-minutes = { $count ->
    [one] 1 minut
   *[other] { $count } minutter
}
present-minutes-short = { $count } min
present-time-left = Tid tilbage: { $time }
present-start = Start
present-pause = Pause
present-reset = Nulstil
present-time-up = Tiden er gået
present-leave = Afslut
present-leave-hint = Forlad præsentationstilstand (Esc eller F5)
present-not-while-masked = Ikke mens privatlivsmasken er til: slå den fra for at ændre personer.

## Indstillinger

action-settings = Indstillinger…
settings-title = Indstillinger
settings-app = Denne computer
settings-zoom = Zoom
settings-workspace = Dette arbejdsområde
settings-name = Navn
settings-name-label = Omdøb arbejdsområdet
settings-currency = Valuta
settings-currency-hint = Koden på tre bogstaver, som årlige værdier er i (DKK, NOK, EUR)
settings-currency-label = Skift valuta
settings-leap-day = 29. februar i andre år
settings-february-28 = 28. februar
settings-march-1 = 1. marts
settings-present = Præsentationstilstand
settings-initials = Vis personer med deres initialer
settings-workspace-label = Skift arbejdsområdets indstillinger
settings-no-workspace = Åbn et arbejdsområde, du kan redigere, for at ændre dets indstillinger.
settings-remind = Påmindelse før en mærkedag
settings-remind-hint = Nye mærkedage får en påmindelse så mange dage før; den kan ændres for hver mærkedag i profilen.
settings-days-suffix = { " " }dage
settings-family-remind = Påmindelse før en slægtnings fødselsdag
settings-retention = Gennemgå tidligere kunders data
settings-retention-off = Aldrig
settings-retention-months = { $count ->
    [one] efter 1 måned uden kontakt
   *[other] efter { $count } måneder uden kontakt
}
settings-retention-hint = Tidligere kunder og personer, vi har takket nej til, dukker op under Mærkedage til gennemgang, når der ikke har været kontakt så længe: behold deres data, eller slet dem.

## Kommandopalet

action-palette = Kommandopalet…
palette-title = Find en kommando, en person, en kunderejse eller et kort
palette-hint = Skriv for at søge; piletasterne og Enter, eller klik
palette-nothing = Intet passer.
palette-person = person
palette-journey = kunderejse
palette-card = kort på { $map }
palette-not-in-present-mode = Ikke i præsentationstilstand: forlad den først (Esc).

## Øvelsen: hvor godt kender du dine kunder?

exercise-title = Hvor godt kender du dine kunder?
exercise-score = { $known } af { $cells } fakta kendt
exercise-workspace-score = Arbejdsområdets kendskab: { $percent } %
exercise-nobody = Markér nogle personer som nøglekunder (eller kunder) for at spille.
exercise-help = Spørg salen om ét faktum ad gangen. Et klik på et spørgsmålstegn tager imod, hvad salen ved; et flueben betyder, at arbejdsområdet allerede ved det.
exercise-person = Person
exercise-cell = { $name }: { $fact }
exercise-known = { $what } — kendt
exercise-unknown = { $what } — endnu ikke kendt
exercise-unknown-hint = Klik for at tilføje, hvad salen ved
exercise-question = Hvad ved salen om { $name }: { $fact }?
exercise-day-hint = en dag: 4.12. eller 1976-12-04
exercise-add = Tilføj
exercise-learnt-label = Lært om { $name }: { $fact }
fact-birthday = Fødselsdag
fact-family = Familie
fact-interests = Interesser
fact-what-matters = Hvad der betyder noget
fact-proud-of = Stolt af
fact-preferences = Præferencer
fact-needs = Deres behov
fact-contact = Nylig personlig kontakt

## Tavle

board-no-maps = Arbejdsområdet har endnu ingen kunderejser: en tavle viser personer i faserne af en af dem.
board-journey = Kunderejse
board-not-placed = Ikke placeret
board-tag = Mærke eller segment
board-key-only = Kun nøglekunder
board-hint = Træk en person til en anden fase eller plads · klik, og brug Ctrl+pile · Enter åbner
board-why-question = Hvorfor flyttede { $name } til { $phase }?
board-why-kind = Slags årsag
board-why-touchpoint = Berøringspunkt
board-why-driver = Drivkraft
board-why-barrier = Barriere
board-why-text = Hvad flyttede dem
board-why-hint = fx et smagsbesøg
board-skip = Spring over
board-why-label = Log hvorfor { $name } flyttede
board-move-label = Flyt { $name } til { $phase }
board-milestone-soon = inden for 14 dage
board-open-incidents = { $count ->
    [one] 1 uløst hændelse, der var værre end ventet
   *[other] { $count } uløste hændelser, der var værre end ventet
}
fit-let-go = Vi har besluttet at give slip på dem
fit-no-need = De ser ikke det behov, vi dækker
fit-time-no-value = Ti timer eller mere brugt og ingen årlig værdi
fit-price-only = Køber alene på pris, og ingen værdi registreret

## Indsigt

insights-heading = Indsigt
insights-knowledge = Hvor godt kender vi vores kunder?
insights-no-people = Ingen personer endnu: tallene kommer, når arbejdsområdet har personer.
insights-share = Andelen af { $facts } menneskelige fakta, vi kender, over alle { $count } personer.
insights-distribution = Fordeling af kendskab
insights-distribution-table = Fordelingen som tabel
insights-axis-score = Kendskab (%)
insights-axis-people = Personer
insights-score = Kendskab
insights-key-accounts = Nøglekunder, laveste kendskab først
insights-key-accounts-table = Nøglekunder som tabel
insights-key-accounts-head = Nøglekunde · kendskab · manglende fakta
insights-nothing-missing = intet mangler
insights-no-key-accounts = Ingen nøglekunder markeret.
insights-no-contact = Ingen personlig kontakt i { $days } dage ({ $count })
insights-no-contact-table = Personer uden personlig kontakt som tabel
insights-no-contact-none = Alle, vi betjener, har haft personlig kontakt inden for de sidste 90 dage.
insights-last-contact = seneste personlige kontakt: { $date }
insights-never = aldrig
insights-open-profile = Åbn profilen
insights-fit = Ikke alle kunder er gode kunder
insights-fit-explained = Tid brugt mod årlig værdi. Fremhævet: mere tid end medianen, mindre værdi end medianen og intet erkendt behov (nej eller ukendt).
insights-median = Median: { $hours } timer og { $value }. { $flagged } af { $count } fremhævet. Klik på en prik for at åbne personen.
insights-axis-hours = Brugt tid (timer)
insights-axis-value = Årlig værdi ({ $currency })
insights-fit-table = Tid og værdi som tabel
insights-fit-head = Person · status · timer · årlig værdi · erkendt behov
insights-fit-none = Ingen årlige værdier registreret endnu (afsnittet Egnethed i en profil).
insights-need = behov: { $need }
insights-flagged = meget tid, lille værdi
insights-customers = Kunder
insights-dot = { $count } personer: { $names }
insights-incidents = Kritiske hændelser pr. fase
insights-incidents-table = Hændelser pr. fase som tabel
insights-axis-incidents = Hændelser
insights-phase = Fase
insights-no-journeys = Ingen kunderejser endnu.
insights-not-placed = Ikke placeret i en fase
insights-better = Bedre end ventet
insights-worse = Værre end ventet
insights-unresolved = Et glimt af utilfredshed, ubesvaret ({ $count })
insights-unresolved-none = Alle hændelser, der var værre end ventet, er løst.
insights-unresolved-masked = Hvem de er, er skjult i præsentationstilstand.
insights-ideas = Idéer fra kunderne
insights-ideas-none = Ingen idéer registreret endnu.
need-yes = Ja
need-partly = Delvist
need-no = Nej
need-unknown = Ukendt
idea-new = Ny
idea-considering = Overvejes
idea-planned = Planlagt
idea-done = Gennemført
idea-declined = Afvist
driver-value = Værdi
driver-price = Pris
driver-speed = Hastighed
driver-unknown = Ukendt
decision-undecided = Ikke besluttet
decision-keep = Behold
decision-let-go = Giv slip

## Kunderejser

journeys-no-maps = Arbejdsområdet har endnu ingen kunderejser. Start en fra en skabelon:
journeys-map = Kunderejse
journeys-new-map = Ny kunderejse
journeys-duplicate = Dupliker
journeys-delete-map = Slet kunderejse
journeys-export = Eksportér skabelon…
journeys-import = Importér skabelon…
journeys-name = Navn
journeys-segment = For
journeys-segment-hint = segment eller produkt
journeys-card-text = Kortets tekst
journeys-edit = Rediger
journeys-colour-of = Farve: { $colour }
journeys-delete-card = Slet kort
journeys-rename = Omdøb
journeys-phase-name = Fasens navn
journeys-lane-name = Banens navn
journeys-add-phase = Tilføj en fase
journeys-add-lane = Tilføj en bane
journeys-delete-phase = Slet fase
journeys-delete-lane = Slet bane
journeys-new-phase = Ny fase
journeys-new-lane = Ny bane
journeys-clear-emotion = Ryd vurderingen
journeys-card-hint = Ctrl+pile flytter det · Enter redigerer · Delete fjerner
journeys-phase-hint = Ctrl+venstre/højre flytter den · F2 omdøber
journeys-phase-cards = { $hint } · { $count ->
    [one] 1 kort
   *[other] { $count } kort
}
journeys-lane-hint = Ctrl+op/ned flytter den · F2 omdøber
journeys-grid-hint = Dobbeltklik på en celle eller brug dens + for at tilføje et kort · træk kort, fase- og baneoverskrifter for at flytte dem
journeys-read-only = Skrivebeskyttet: kunderejsen kan ses, ikke ændres.
journeys-incident-better = Bedre: { $name } — { $what }
journeys-incident-worse = Værre: { $name } — { $what }
journeys-incidents-more = …og { $count } mere ({ $better } bedre, { $worse } værre i alt)
journeys-ideas-more = { $count ->
    [one] …og 1 idé mere
   *[other] …og { $count } idéer mere
}
journeys-incidents-count = { $count ->
    [one] 1 hændelse: { $better } bedre, { $worse } værre
   *[other] { $count } hændelser: { $better } bedre, { $worse } værre
}
journeys-ideas-count = { $count ->
    [one] 1 idé
   *[other] { $count } idéer
}
journeys-copy-name = { $name } (kopi)
journeys-duplicate-label = Dupliker kunderejsen { $name }
journeys-delete-map-label = Slet kunderejsen { $name }
journeys-new-map-label = Ny kunderejse { $name }
journeys-rename-map-label = Omdøb kunderejsen { $name }
journeys-move-card-label = Flyt kort
journeys-edit-card-label = Rediger kort
journeys-add-card-label = Tilføj kort
journeys-rename-phase-label = Omdøb fase
journeys-rename-lane-label = Omdøb bane
journeys-move-phase-label = Flyt fasen { $name }
journeys-move-lane-label = Flyt banen { $name }
journeys-colour-label = Farv kortet { $colour }
journeys-delete-phase-label = Slet fasen { $name }
journeys-delete-lane-label = Slet banen { $name }
journeys-where = { $lane } i { $phase }
journeys-cell = Celle { $where }
journeys-add-card-to = Tilføj et kort til { $where }
journeys-emotion-in = Følelse i { $phase }
journeys-set-emotion-label = Sæt følelsen i { $phase }
colour-yellow = Gul
colour-blue = Blå
colour-green = Grøn
colour-pink = Lyserød
colour-orange = Orange
colour-grey = Grå

## Skabeloner for kunderejser

template-customer-journey = Kunderejse
template-sales-process = Salgsproces
template-blank = Tom
phase-awareness = Opmærksomhed
phase-consideration = Overvejelse
phase-purchase = Køb
phase-loyalty = Loyalitet
phase-build-trust = Opbyg tillid
phase-uncover-needs = Afdæk behov
phase-choose-solution = Vælg og bekræft løsning
phase-interest = Interesse og lyst
phase-close = Luk handlen
phase-customer-care = Kundepleje
phase-numbered = Fase { $count }
lane-actions = Kundens handlinger og tanker
lane-touchpoints = Berøringspunkter
lane-drivers = Drivkræfter
lane-barriers = Barrierer
lane-emotions = Følelser
lane-incidents = Kritiske hændelser
lane-message = Vores budskab
lane-opportunities = Muligheder

## Gennemgang af gemte data (øverst under Mærkedage)

review-heading = { $count ->
    [one] Tid til gennemgang: 1 person
   *[other] Tid til gennemgang: { $count } personer
}
review-explained = { $months ->
    [one] Tidligere kunder og personer, vi har takket nej til, uden kontakt eller gennemgang i 1 måned. Behold deres data, eller åbn dem for at slette dem.
   *[other] Tidligere kunder og personer, vi har takket nej til, uden kontakt eller gennemgang i { $months } måneder. Behold deres data, eller åbn dem for at slette dem.
}
review-unnamed = Unavngiven person
review-open = Åbn profilen
review-last-contact = sidste kontakt { $date }
review-no-contact = aldrig haft kontakt
review-keep = Behold
review-keep-hint = Vi har stadig brug for deres data: spørg igen efter samme tid
review-keep-label = Behold data om { $name }
review-erase = Slet…
review-erase-hint = Vi har ikke længere brug for oplysningerne: slet personen for altid
review-erase-label = Slet { $name } for altid
review-no-purpose = ingen grund noteret til at gemme oplysningerne

## Dates (in the language's own format; `i18n::date_*` put them together)

month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
month-short-1 = jan.
month-short-2 = feb.
month-short-3 = mar.
month-short-4 = apr.
month-short-5 = maj
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = aug.
month-short-9 = sep.
month-short-10 = okt.
month-short-11 = nov.
month-short-12 = dec.
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
