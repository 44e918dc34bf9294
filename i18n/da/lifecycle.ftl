# Hele kundelivscyklussen: fasehistorik, tavlens tal og baner, flowet i Indsigt, tavlens eksport.

ids-place-phase-move = faseskift { $record } hos person { $number } ({ $name })
error-edit-no-phase-move = intet faseskift med id { $id } (det er fortrudt i mellemtiden)
erase-field-phase-history = hvorfor de flyttede på en tavle

## Skabeloner og baner

template-customer-lifecycle = Kundelivscyklus
phase-unaware = Kender os ikke
phase-aware = Kender os
phase-considering = Overvejer
phase-buying = Køber
phase-using = Bruger
phase-loyal = Loyal
phase-ex-customer = Tidligere kunde
lane-trigger-points = Triggerpunkter
journeys-add-lane-cards = Bane med kort
journeys-add-lane-touchpoints = Bane med berøringspunkter (og hvorfor folk flyttede)
journeys-add-lane-trigger-points = Bane med triggerpunkter (og hvorfor folk flyttede)
journeys-add-lane-emotions = Følelseskurve
journeys-add-lane-incidents = Bane med kritiske hændelser
journeys-add-lane-opportunities = Bane med muligheder (og kundernes idéer)
journeys-add-lane-label = Tilføj banen { $name }
journeys-segment-tag = Segmentets mærke
journeys-segment-tag-none = (intet)
journeys-segment-tag-hint = Mærket på de personer, kunderejsen er for: tavlen viser kun dem med ét klik, og Indsigt sammenligner segmenter
journeys-segment-tag-label = Sæt segmentets mærke for { $name }
journeys-moved-by = “{ $what }” flyttede { $count ->
    [one] 1 person
   *[other] { $count } personer
}
journeys-moved-more = …og andre årsager, der flyttede { $count ->
    [one] 1 person
   *[other] { $count } personer
}
journeys-moved-count = Nævnt, da { $count ->
    [one] 1 person flyttede hertil
   *[other] { $count } personer flyttede hertil
}

## Tavle

board-why-unknown = Ingen årsag angivet
board-why-trigger-point = Triggerpunkt
board-why-save = Gem hvorfor
board-why-log = Flyttet til { $phase } — { $kind }: { $text }
board-regroup-label = Flyt { $name } til en anden række
board-days = { $days } d
board-since = I { $phase } siden { $date } ({ $days ->
    [one] 1 dag
   *[other] { $days } dage
})
board-stalled = Gået i stå: mere end { $days ->
    [one] 1 dag
   *[other] { $days } dage
} i { $phase }
board-column-value = Σ { $value }
board-column-median = median { $days } d
board-stall-limit-of = Grænse for stilstand i { $phase }: { $days ->
    [one] 1 dag
   *[other] { $days } dage
}
board-stall-no-limit-of = Grænse for stilstand i { $phase }: ingen
board-stall-hint = Efter hvor mange dage i denne fase et kort bliver ravgult (en kunde, der er gået i stå)
board-stall-after = Gået i stå efter
board-stall-days = dage i denne fase
board-stall-set = Sæt grænsen
board-stall-none = Ingen grænse
board-stall-label = Sæt grænsen for stilstand i { $phase }
board-only-segment = Kun { $segment }
board-only-segment-hint = Vis kun personerne i kunderejsens segment (dets mærke)
board-rows = Rækker
board-rows-none = Ingen
board-rows-tag = Efter mærke
board-rows-status = Efter status
board-rows-key-account = Nøglekunder
board-row-no-tag = Intet mærke
board-row-key-accounts = Nøglekunder
board-row-others = Andre
board-export = Eksportér tavlen
board-export-csv = Som CSV (en række pr. person)…
board-export-html = Som HTML-side…
board-export-png = Som PNG-billede…
export-board-csv = Tavlen for “{ $name }” som CSV…
export-board-html = Tavlen for “{ $name }” som HTML-side…
export-board-png = Tavlen for “{ $name }” som PNG-billede…
export-board-file = { $name } tavle

## Indsigt: flowet i en kunderejse

insights-flow = Flowet gennem en kunderejse
insights-flow-explained = Ud fra de registrerede flytninger på tavlen: hvem der kom ind i hver fase pr. måned, og hvad der blev af dem.
insights-flow-none = Ingen flytninger registreret på denne kunderejses tavle endnu: flowet vises, når personer flyttes mellem dens faser.
insights-axis-entered = Personer, der kom ind
insights-flow-entered = Kom ind
insights-flow-moved-on = Gik videre
insights-flow-back = Gik tilbage
insights-flow-left = Forlod tavlen
insights-flow-median = Mediantid til at gå videre
insights-flow-table = Personer, der kom ind i hver fase pr. måned, som tabel
insights-month = Måned
insights-segments = Segmenter i { $name }
insights-segments-none = Ingen segmenter at sammenligne: giv personer mærker, eller angiv en kunderejses segment som mærke under Kunderejser.
insights-segments-explained = Alle, derefter hvert segment (de mærker, kunderejserne angiver som segment, ellers alle mærker): hvor de står, hvordan de bevæger sig, og hvad de er værd.
insights-segment = Segment
insights-segment-everyone = Alle
insights-segment-placed = På tavlen
insights-segment-value = Årlig værdi

## Profil: fasehistorikken

profile-section-phase-history = Fasehistorik ({ $count })
profile-edited-phase-history = Rediger { $owner } fasehistorik
profile-history-empty = Ingen flytninger på en tavle endnu.
profile-history-move = { $journey }: fra { $from } til { $to }
profile-history-entry = flytning { $n }
profile-history-kind-of = Slags årsag til { $what }
profile-history-why-of = Hvorfor ved { $what }

## Eksport

interop-format-board-csv = tavle som CSV
interop-format-board-html = tavle som HTML-side
interop-format-board-png = tavle som PNG-billede
interop-board-title = Tavlen for { $name }
interop-board-day = Den { $date }: { $count ->
    [one] 1 person
   *[other] { $count } personer
} i arbejdsområdet
interop-board-more = …og { $count } mere
interop-person-phase-history = Fasehistorik
interop-person-phase-move = { $date } { $journey }: { $from } → { $to }
