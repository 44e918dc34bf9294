# Calendar and contacts servers (CalDAV, CardDAV): the sync, its settings and what it reports.

sync-error-unauthorized = { $url }: the server refused the user name or password ({ $status } { $reason })
sync-error-forbidden = { $url }: the server does not allow this user to do that ({ $status } { $reason })
sync-error-not-found = { $url }: there is nothing at this address ({ $status } { $reason })
sync-error-refused = { $url }: the server refused ({ $status } { $reason })
sync-error-unreachable = { $url }: the server could not be reached: { $reason }
sync-error-garbled = { $url }: the server's answer could not be read: { $reason }
sync-error-bad-url = “{ $url }” is not a server address; give one such as https://dav.example.com
sync-too-many-redirects = it sends the request on too many times
sync-host-not-found = no server has that name
sync-timeout = it did not answer in time
sync-connection-refused = nothing answers at that address and port
sync-not-a-calendar = it is not a calendar that takes events
sync-too-many-cards = the address book has more than { $most } changed cards
sync-no-principal = it does not say who the user is
sync-push-summary = { $created } created, { $updated } updated, { $deleted } deleted, { $unchanged } unchanged
sync-push-left-alone = { $summary }; { $count } left alone, as another program's event has the same name
