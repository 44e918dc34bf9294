# Kalender- og kontaktservere (CalDAV, CardDAV): synkroniseringen, innstillingene og hva den melder.

sync-error-unauthorized = { $url }: serveren avviste brukernavnet eller passordet ({ $status } { $reason })
sync-error-forbidden = { $url }: serveren tillater ikke denne brukeren å gjøre det ({ $status } { $reason })
sync-error-not-found = { $url }: det er ingenting på denne adressen ({ $status } { $reason })
sync-error-refused = { $url }: serveren avviste ({ $status } { $reason })
sync-error-unreachable = { $url }: serveren kunne ikke nås: { $reason }
sync-error-garbled = { $url }: svaret fra serveren kunne ikke leses: { $reason }
sync-error-bad-url = «{ $url }» er ikke en serveradresse; skriv en som https://dav.example.com
sync-too-many-redirects = den sender forespørselen videre for mange ganger
sync-host-not-found = ingen server har det navnet
sync-timeout = den svarte ikke i tide
sync-connection-refused = ingenting svarer på den adressen og porten
sync-not-a-calendar = det er ikke en kalender som tar imot hendelser
sync-too-many-cards = adresseboken har mer enn { $most } endrede kort
sync-no-principal = den sier ikke hvem brukeren er
sync-push-summary = { $created } opprettet, { $updated } oppdatert, { $deleted } slettet, { $unchanged } uendret
sync-push-left-alone = { $summary }; { $count } latt være, siden en hendelse fra et annet program har samme navn
