## Den daglige rytme: dagsordenen (ops::agenda), I dag, opfølgninger, kontaktrytmer, påmindelser

agenda-contact-last = sidste personlige kontakt { $date } (hver { $every }. dag)
agenda-contact-never = ingen personlig kontakt endnu (hver { $every }. dag)
agenda-count-tasks = { $count ->
    [one] 1 opfølgning
   *[other] { $count } opfølgninger
}
agenda-count-milestones = { $count ->
    [one] 1 mærkedag
   *[other] { $count } mærkedage
}
agenda-count-contacts = { $count ->
    [one] 1 person at holde kontakten med
   *[other] { $count } personer at holde kontakten med
}
agenda-nothing = Intet at gøre i dag
agenda-heading-tasks = Opfølgninger
agenda-heading-milestones = Mærkedage
agenda-heading-contacts = Hold kontakten
agenda-line = { $name }: { $text } ({ $when })
agenda-line-milestone = { $what } ({ $when })
agenda-line-round = { $what } — en rund dag ({ $when })
agenda-today = i dag
agenda-tomorrow = i morgen
agenda-in-days = om { $count } dage
agenda-days-overdue = { $count ->
    [one] 1 dag over tiden
   *[other] { $count } dage over tiden
}

## Kalenderfeedet (interop::ics::feed)

feed-calendar-name = { $name }: mærkedage og opfølgninger
feed-follow-up = { $name }: { $text }

## Filer som påmindelserne gemmer (store)

feed-name-not-a-file-name = kalenderfeedet skal have et filnavn uden mappe, fx “kunder.ics”: det skrives ved siden af arbejdsområdet
feed-name-not-ics = kalenderfeedets navn skal ende på “.ics”, som kalendere leder efter
autostart-no-folder = der er ingen hjemmemappe at gemme påmindelsen ved login i
autostart-unwritable-path = { $path } kan ikke angives i en login-post (stien indeholder et linjeskift eller tegn, der ikke er tekst)

## Skrivebordsbeskeder (remind::notify)

notify-day = I dag i Kindred: { $summary }
notify-line = { $name }: { $text }
notify-more = og { $count } mere
notify-task = Opfølgning: { $name }
notify-task-body = { $text } — { $when }
notify-contact = Hold kontakten med { $name }
notify-open = Åbn Kindred
notify-no-service = ingen beskedtjeneste svarede på sessionsbussen; kører der en skrivebordssession? ({ $detail })

## Fælles ord (ops::names)

repeat-days = { $count ->
    [one] hver dag
   *[other] hver { $count }. dag
}
repeat-weeks = { $count ->
    [one] hver uge
   *[other] hver { $count }. uge
}
repeat-months = { $count ->
    [one] hver måned
   *[other] hver { $count }. måned
}

## Visningen I dag

view-today = I dag
action-add-follow-up = Tilføj opfølgning…
today-heading = I dag · { $date }
today-heading-tasks = Opfølgninger ({ $count })
today-heading-milestones = Mærkedage ({ $count })
today-heading-contacts = Hold kontakten ({ $count })
today-nothing = Intet at gøre i dag: ingen opfølgning forfalder, ingen mærkedag er nær, og alle har hørt fra dig for nylig.
today-empty-1 = I dag viser, hvad der skal gøres hver dag: de opfølgninger, der forfalder, mærkedagene inden for deres påmindelsestid og de personer, det er tid til at høre fra igen.
today-empty-2 = Tilføj personer, eller importér dine kontakter for at begynde.
today-import-contacts = Importér kontakter…
today-open-hint = Åbn profilen
today-round = ★ rund
today-done = ✔ Klaret
today-done-name = Klaret: { $text } ({ $name })
today-done-label = Klaret: { $text } ({ $name })
today-congratulated = ✔ Ønsket tillykke
today-log-contact = ✆ Log en kontakt
today-log-contact-name = Log en personlig kontakt med { $name } i dag
today-log-contact-label = Log en kontakt med { $name }
today-contact-note = I kontakt (logget fra I dag)
today-snooze-day = I morgen
today-snooze-week = Om en uge
today-snooze-hint = Udsæt: den kommer igen til den tid
today-snooze-day-name = Udsæt til i morgen: { $what }
today-snooze-week-name = Udsæt en uge: { $what }
today-snoozed-day-label = Udsæt til i morgen: { $what }
today-snoozed-week-label = Udsæt en uge: { $what }
today-snoozed-task = { $name }: { $text }
today-snoozed-contact = kontakten med { $name }
today-open = Åbn
today-open-name = Åbn { $name }
today-write-to = Skriv til { $address }
today-call = Ring til { $number }
today-add-title = Ny opfølgning:
today-add-person = Person
today-add-person-hint = Skriv et navn
today-add-what = Hvad
today-add-what-hint = fx send tilbuddet
today-add-due = Forfalder
today-add-button = Tilføj opfølgning
today-add-choose = Opfølgningen er for denne person
today-add-no-one = Ingen med det navn.
today-added-label = Tilføj en opfølgning for { $name }

## Opfølgninger og kontaktrytmen i profilen

profile-section-follow-ups = Opfølgninger ({ $count } åbne)
profile-section-follow-ups-overdue = Opfølgninger ({ $count } åbne, { $overdue } over tiden)
profile-add-follow-up = Tilføj opfølgning
profile-follow-up-n = opfølgning { $n }
profile-new-follow-up = ny opfølgning
profile-follow-up-needs-text = Skriv, hvad der skal gøres
profile-follow-up-done-of = Klaret: { $text }
profile-follow-up-done-on = klaret { $date }
profile-follow-up-overdue = ⏰ over tiden
profile-due-of = Forfaldsdag for { $what }
profile-repeat-of = Gentagelse af { $what }
profile-repeat-every-of = Hvor ofte { $what } gentages
profile-every = hver { $count }.
profile-repeat-none = Én gang
profile-repeat-days = { $count ->
    [one] dag
   *[other] dag
}
profile-repeat-weeks = { $count ->
    [one] uge
   *[other] uge
}
profile-repeat-months = { $count ->
    [one] måned
   *[other] måned
}
profile-rhythm = Hold kontakten
profile-rhythm-by-kind-days = Som for deres slags: hver { $count }. dag
profile-rhythm-by-kind-never = Som for deres slags: aldrig
profile-rhythm-own = Med et antal dages mellemrum
profile-rhythm-never = Aldrig
profile-rhythm-days = Dage mellem personlige kontakter
profile-rhythm-last = sidste personlige kontakt { $date }
profile-edited-follow-ups = Rediger { $owner } opfølgninger
profile-edited-rhythm = Rediger { $owner } kontaktrytme
people-overdue-badge = { $count ->
    [one] 1 opfølgning over tiden
   *[other] { $count } opfølgninger over tiden
}

## Efter en flytning på tavlen

board-next-question = Hvad sker der nu med { $name }?
board-next-hint = fx ring om tilbuddet
board-next-due = Forfalder
board-add-follow-up = Tilføj opfølgning

## Indstillinger

settings-reminders = Påmindelser
settings-remind-at-login = Påmind mig, når jeg logger ind
settings-remind-at-login-hint = Viser dagens opfølgninger, mærkedage og personer at holde kontakten med som en skrivebordsbesked, når du logger ind, også når Kindred er lukket. Én gang om dagen.
settings-login-reminds-other = Påmindelsen ved login gælder { $path }.
settings-rhythm-key-accounts = Hold kontakten med nøglekunder hver
settings-rhythm-customers = Hold kontakten med kunder hver
settings-rhythm-prospects = Hold kontakten med emner hver
settings-rhythm-hint = Efter så mange dage uden personlig kontakt vises personen i I dag; 0 er aldrig. Tidligere kunder og personer, I har takket nej til, vises aldrig; en person kan have sin egen rytme.
settings-rhythm-label = Skift, hvor ofte I holder kontakten
settings-calendar-feed = Kalenderfil
settings-calendar-feed-hint = En fil ved siden af arbejdsområdet, som hver gemning skriver igen med mærkedagene og de daterede opfølgninger: en kalender på telefonen eller computeren, der abonnerer på den, følger med. Tom for ingen.
settings-calendar-feed-label = Skift kalenderfilen
shell-remind-at-login-on = Du bliver mindet om { $file }, når du logger ind.
shell-remind-at-login-off = Ingen påmindelse ved login.
shell-remind-at-login-unsaved = Gem arbejdsområdet først: påmindelsen ved login skal bruge dets fil.
shell-remind-at-login-failed = Påmindelsen ved login blev ikke ændret: { $error }
shell-saved-feed-failed = Gemt, men kalenderfilen blev ikke skrevet: { $error }
