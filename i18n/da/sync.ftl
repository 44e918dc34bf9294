# Kalender- og kontaktservere (CalDAV, CardDAV): synkroniseringen, dens indstillinger og hvad den melder.

sync-error-unauthorized = { $url }: serveren afviste brugernavnet eller adgangskoden ({ $status } { $reason })
sync-error-forbidden = { $url }: serveren tillader ikke denne bruger at gøre det ({ $status } { $reason })
sync-error-not-found = { $url }: der er intet på denne adresse ({ $status } { $reason })
sync-error-refused = { $url }: serveren afviste ({ $status } { $reason })
sync-error-unreachable = { $url }: serveren kunne ikke nås: { $reason }
sync-error-garbled = { $url }: serverens svar kunne ikke læses: { $reason }
sync-error-bad-url = “{ $url }” er ikke en serveradresse; skriv en som https://dav.example.com
sync-too-many-redirects = den sender forespørgslen videre for mange gange
sync-host-not-found = ingen server har det navn
sync-timeout = den svarede ikke i tide
sync-connection-refused = intet svarer på den adresse og port
sync-not-a-calendar = det er ikke en kalender, der tager begivenheder
sync-too-many-cards = adressebogen har mere end { $most } ændrede kort
sync-no-principal = den siger ikke, hvem brugeren er
sync-push-summary = { $created } oprettet, { $updated } opdateret, { $deleted } slettet, { $unchanged } uændret
sync-push-left-alone = { $summary }; { $count } ladt i fred, da et andet programs begivenhed har samme navn
