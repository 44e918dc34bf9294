# Hele kundelivssyklusen: fasehistorikk, tavlens tall og baner, flyten i Innsikt, tavlens eksport.

ids-place-phase-move = faseskifte { $record } hos person { $number } ({ $name })
error-edit-no-phase-move = ikke noe faseskifte med id { $id } (det er angret i mellomtiden)
erase-field-phase-history = hvorfor de flyttet på en tavle

## Maler og baner

template-customer-lifecycle = Kundelivssyklus
phase-unaware = Kjenner oss ikke
phase-aware = Kjenner oss
phase-considering = Vurderer
phase-buying = Kjøper
phase-using = Bruker
phase-loyal = Lojal
phase-ex-customer = Tidligere kunde
lane-trigger-points = Triggerpunkter
journeys-add-lane-cards = Bane med kort
journeys-add-lane-touchpoints = Bane med kontaktpunkter (og hvorfor folk flyttet)
journeys-add-lane-trigger-points = Bane med triggerpunkter (og hvorfor folk flyttet)
journeys-add-lane-emotions = Følelseskurve
journeys-add-lane-incidents = Bane med kritiske hendelser
journeys-add-lane-opportunities = Bane med muligheter (og kundenes ideer)
journeys-add-lane-label = Legg til banen { $name }
journeys-segment-tag = Segmentets merke
journeys-segment-tag-none = (ingen)
journeys-segment-tag-hint = Merket på personene kundereisen er for: tavlen viser bare dem med ett klikk, og Innsikt sammenligner segmenter
journeys-segment-tag-label = Angi segmentets merke for { $name }
journeys-moved-by = «{ $what }» flyttet { $count ->
    [one] 1 person
   *[other] { $count } personer
}
journeys-moved-more = …og andre årsaker som flyttet { $count ->
    [one] 1 person
   *[other] { $count } personer
}
journeys-moved-count = Nevnt da { $count ->
    [one] 1 person flyttet hit
   *[other] { $count } personer flyttet hit
}

## Tavle

board-why-unknown = Ingen årsak oppgitt
board-why-trigger-point = Triggerpunkt
board-why-save = Lagre hvorfor
board-why-log = Flyttet til { $phase } — { $kind }: { $text }
board-regroup-label = Flytt { $name } til en annen rad
board-days = { $days } d
board-since = I { $phase } siden { $date } ({ $days ->
    [one] 1 dag
   *[other] { $days } dager
})
board-stalled = Stått stille: mer enn { $days ->
    [one] 1 dag
   *[other] { $days } dager
} i { $phase }
board-column-value = Σ { $value }
board-column-median = median { $days } d
board-stall-limit-of = Grense for stillstand i { $phase }: { $days ->
    [one] 1 dag
   *[other] { $days } dager
}
board-stall-no-limit-of = Grense for stillstand i { $phase }: ingen
board-stall-hint = Etter hvor mange dager i denne fasen et kort blir ravgult (en kunde som har stått stille)
board-stall-after = Stått stille etter
board-stall-days = dager i denne fasen
board-stall-set = Angi grensen
board-stall-none = Ingen grense
board-stall-label = Angi grensen for stillstand i { $phase }
board-only-segment = Bare { $segment }
board-only-segment-hint = Vis bare personene i kundereisens segment (merket)
board-rows = Rader
board-rows-none = Ingen
board-rows-tag = Etter merke
board-rows-status = Etter status
board-rows-key-account = Nøkkelkunder
board-row-no-tag = Uten merke
board-row-key-accounts = Nøkkelkunder
board-row-others = Andre
board-export = Eksporter tavlen
board-export-csv = Som CSV (en rad per person)…
board-export-html = Som HTML-side…
board-export-png = Som PNG-bilde…
export-board-csv = Tavlen for «{ $name }» som CSV…
export-board-html = Tavlen for «{ $name }» som HTML-side…
export-board-png = Tavlen for «{ $name }» som PNG-bilde…
export-board-file = { $name } tavle

## Innsikt: flyten i en kundereise

insights-flow = Flyten gjennom en kundereise
insights-flow-explained = Ut fra de registrerte flyttingene på tavlen: hvem som kom inn i hver fase per måned, og hva som ble av dem.
insights-flow-none = Ingen flyttinger registrert på denne kundereisens tavle ennå: flyten vises når personer flyttes mellom fasene.
insights-axis-entered = Personer som kom inn
insights-flow-entered = Kom inn
insights-flow-moved-on = Gikk videre
insights-flow-back = Gikk tilbake
insights-flow-left = Forlot tavlen
insights-flow-median = Mediantid til å gå videre
insights-flow-table = Personer som kom inn i hver fase per måned, som tabell
insights-month = Måned
insights-segments = Segmenter i { $name }
insights-segments-none = Ingen segmenter å sammenligne: gi personer merker, eller angi en kundereises segment som merke under Kundereiser.
insights-segments-explained = Alle, deretter hvert segment (merkene kundereisene angir som segment, ellers alle merker): hvor de står, hvordan de beveger seg, og hva de er verdt.
insights-segment = Segment
insights-segment-everyone = Alle
insights-segment-placed = På tavlen
insights-segment-value = Årlig verdi

## Profil: fasehistorikken

profile-section-phase-history = Fasehistorikk ({ $count })
profile-edited-phase-history = Rediger { $owner } fasehistorikk
profile-history-empty = Ingen flyttinger på en tavle ennå.
profile-history-move = { $journey }: fra { $from } til { $to }
profile-history-entry = flytting { $n }
profile-history-kind-of = Type årsak til { $what }
profile-history-why-of = Hvorfor ved { $what }

## Eksport

interop-format-board-csv = tavle som CSV
interop-format-board-html = tavle som HTML-side
interop-format-board-png = tavle som PNG-bilde
interop-board-title = Tavlen for { $name }
interop-board-day = { $date }: { $count ->
    [one] 1 person
   *[other] { $count } personer
} i arbeidsområdet
interop-board-more = …og { $count } til
interop-person-phase-history = Fasehistorikk
interop-person-phase-move = { $date } { $journey }: { $from } → { $to }
