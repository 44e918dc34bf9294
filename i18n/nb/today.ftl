## Den daglige rytmen: dagsordenen (ops::agenda), I dag, oppfølginger, kontaktrytmer, påminnelser

agenda-contact-last = siste personlige kontakt { $date } (hver { $every }. dag)
agenda-contact-never = ingen personlig kontakt ennå (hver { $every }. dag)
agenda-count-tasks = { $count ->
    [one] 1 oppfølging
   *[other] { $count } oppfølginger
}
agenda-count-milestones = { $count ->
    [one] 1 merkedag
   *[other] { $count } merkedager
}
agenda-count-contacts = { $count ->
    [one] 1 person å holde kontakten med
   *[other] { $count } personer å holde kontakten med
}
agenda-nothing = Ingenting å gjøre i dag
agenda-heading-tasks = Oppfølginger
agenda-heading-milestones = Merkedager
agenda-heading-contacts = Hold kontakten
agenda-line = { $name }: { $text } ({ $when })
agenda-line-milestone = { $what } ({ $when })
agenda-line-round = { $what } — en rund dag ({ $when })
agenda-today = i dag
agenda-tomorrow = i morgen
agenda-in-days = om { $count } dager
agenda-days-overdue = { $count ->
    [one] 1 dag på overtid
   *[other] { $count } dager på overtid
}

## Kalenderstrømmen (interop::ics::feed)

feed-calendar-name = { $name }: merkedager og oppfølginger
feed-follow-up = { $name }: { $text }

## Filer som påminnelsene tar vare på (store)

feed-name-not-a-file-name = kalenderstrømmen trenger et filnavn uten mappe, for eksempel «kunder.ics»: den skrives ved siden av arbeidsområdet
feed-name-not-ics = navnet på kalenderstrømmen må slutte på «.ics», som kalendere ser etter
autostart-no-folder = det finnes ingen hjemmemappe å ta vare på påminnelsen ved innlogging i
autostart-unwritable-path = { $path } kan ikke angis i en innloggingsoppføring (stien har et linjeskift eller tegn som ikke er tekst)

## Skrivebordsvarsler (remind::notify)

notify-day = I dag i Kindred: { $summary }
notify-line = { $name }: { $text }
notify-more = og { $count } til
notify-task = Oppfølging: { $name }
notify-task-body = { $text } — { $when }
notify-contact = Hold kontakten med { $name }
notify-open = Åpne Kindred
notify-no-service = ingen varslingstjeneste svarte på sesjonsbussen; kjører det en skrivebordsøkt? ({ $detail })

## Felles ord (ops::names)

repeat-days = { $count ->
    [one] hver dag
   *[other] hver { $count }. dag
}
repeat-weeks = { $count ->
    [one] hver uke
   *[other] hver { $count }. uke
}
repeat-months = { $count ->
    [one] hver måned
   *[other] hver { $count }. måned
}

## Visningen I dag

view-today = I dag
action-add-follow-up = Legg til oppfølging…
today-heading = I dag · { $date }
today-heading-tasks = Oppfølginger ({ $count })
today-heading-milestones = Merkedager ({ $count })
today-heading-contacts = Hold kontakten ({ $count })
today-nothing = Ingenting å gjøre i dag: ingen oppfølging forfaller, ingen merkedag er nær, og alle har hørt fra deg nylig.
today-empty-1 = I dag viser hva som skal gjøres hver dag: oppfølgingene som forfaller, merkedagene innenfor påminnelsestiden sin og personene det er på tide å høre fra igjen.
today-empty-2 = Legg til personer, eller importer kontaktene dine for å begynne.
today-import-contacts = Importer kontakter…
today-open-hint = Åpne profilen
today-round = ★ rund
today-done = ✔ Gjort
today-done-name = Gjort: { $text } ({ $name })
today-done-label = Gjort: { $text } ({ $name })
today-congratulated = ✔ Gratulert
today-log-contact = ✆ Logg en kontakt
today-log-contact-name = Logg en personlig kontakt med { $name } i dag
today-log-contact-label = Logg en kontakt med { $name }
today-contact-note = I kontakt (logget fra I dag)
today-snooze-day = I morgen
today-snooze-week = Om en uke
today-snooze-hint = Utsett: den kommer igjen da
today-snooze-day-name = Utsett til i morgen: { $what }
today-snooze-week-name = Utsett en uke: { $what }
today-snoozed-day-label = Utsett til i morgen: { $what }
today-snoozed-week-label = Utsett en uke: { $what }
today-snoozed-task = { $name }: { $text }
today-snoozed-contact = kontakten med { $name }
today-open = Åpne
today-open-name = Åpne { $name }
today-write-to = Skriv til { $address }
today-call = Ring { $number }
today-add-title = Ny oppfølging:
today-add-person = Person
today-add-person-hint = Skriv et navn
today-add-what = Hva
today-add-what-hint = f.eks. send tilbudet
today-add-due = Forfaller
today-add-button = Legg til oppfølging
today-add-choose = Oppfølgingen er for denne personen
today-add-no-one = Ingen med det navnet.
today-added-label = Legg til en oppfølging for { $name }

## Oppfølginger og kontaktrytmen i profilen

profile-section-follow-ups = Oppfølginger ({ $count } åpne)
profile-section-follow-ups-overdue = Oppfølginger ({ $count } åpne, { $overdue } på overtid)
profile-add-follow-up = Legg til oppfølging
profile-follow-up-n = oppfølging { $n }
profile-new-follow-up = ny oppfølging
profile-follow-up-needs-text = Skriv hva som skal gjøres
profile-follow-up-done-of = Gjort: { $text }
profile-follow-up-done-on = gjort { $date }
profile-follow-up-overdue = ⏰ på overtid
profile-due-of = Forfallsdag for { $what }
profile-repeat-of = Gjentakelse av { $what }
profile-repeat-every-of = Hvor ofte { $what } gjentas
profile-every = hver { $count }.
profile-repeat-none = Én gang
profile-repeat-days = { $count ->
    [one] dag
   *[other] dag
}
profile-repeat-weeks = { $count ->
    [one] uke
   *[other] uke
}
profile-repeat-months = { $count ->
    [one] måned
   *[other] måned
}
profile-rhythm = Hold kontakten
profile-rhythm-by-kind-days = Som for deres slag: hver { $count }. dag
profile-rhythm-by-kind-never = Som for deres slag: aldri
profile-rhythm-own = Med et antall dagers mellomrom
profile-rhythm-never = Aldri
profile-rhythm-days = Dager mellom personlige kontakter
profile-rhythm-last = siste personlige kontakt { $date }
profile-edited-follow-ups = Rediger { $owner } oppfølginger
profile-edited-rhythm = Rediger { $owner } kontaktrytme
people-overdue-badge = { $count ->
    [one] 1 oppfølging på overtid
   *[other] { $count } oppfølginger på overtid
}

## Etter en flytting på tavlen

board-next-question = Hva skjer nå med { $name }?
board-next-hint = f.eks. ring om tilbudet
board-next-due = Forfaller
board-add-follow-up = Legg til oppfølging

## Innstillinger

settings-reminders = Påminnelser
settings-remind-at-login = Minn meg på det når jeg logger inn
settings-remind-at-login-hint = Viser dagens oppfølginger, merkedager og personer å holde kontakten med som et skrivebordsvarsel når du logger inn, også når Kindred er lukket. Én gang om dagen.
settings-login-reminds-other = Påminnelsen ved innlogging gjelder { $path }.
settings-rhythm-key-accounts = Hold kontakten med nøkkelkunder hver
settings-rhythm-customers = Hold kontakten med kunder hver
settings-rhythm-prospects = Hold kontakten med emner hver
settings-rhythm-hint = Etter så mange dager uten personlig kontakt vises personen i I dag; 0 er aldri. Tidligere kunder og personer dere har takket nei til, vises aldri; en person kan ha sin egen rytme.
settings-rhythm-label = Endre hvor ofte dere holder kontakten
settings-calendar-feed = Kalenderfil
settings-calendar-feed-hint = En fil ved siden av arbeidsområdet som hver lagring skriver på nytt med merkedagene og de daterte oppfølgingene: en kalender på telefonen eller datamaskinen som abonnerer på den, holder følge. Tom for ingen.
settings-calendar-feed-label = Endre kalenderfilen
shell-remind-at-login-on = Du blir minnet på { $file } når du logger inn.
shell-remind-at-login-off = Ingen påminnelse ved innlogging.
shell-remind-at-login-unsaved = Lagre arbeidsområdet først: påminnelsen ved innlogging trenger filen.
shell-remind-at-login-failed = Påminnelsen ved innlogging ble ikke endret: { $error }
shell-saved-feed-failed = Lagret, men kalenderfilen ble ikke skrevet: { $error }
