# The whole customer lifecycle: phase history, the board's figures and swimlanes, the flow in
# Insights, the board's exports.

ids-place-phase-move = phase move { $record } of person { $number } ({ $name })
error-edit-no-phase-move = no change of phase with id { $id } (it was undone meanwhile)
erase-field-phase-history = why they moved on a board

## Templates and lanes

template-customer-lifecycle = Customer lifecycle
phase-unaware = Unaware
phase-aware = Aware
phase-considering = Considering
phase-buying = Buying
phase-using = Using
phase-loyal = Loyal
phase-ex-customer = Ex-customer
lane-trigger-points = Trigger points
journeys-add-lane-cards = Card lane
journeys-add-lane-touchpoints = Touchpoints lane (with why people moved)
journeys-add-lane-trigger-points = Trigger points lane (with why people moved)
journeys-add-lane-emotions = Emotion curve
journeys-add-lane-incidents = Critical incidents lane
journeys-add-lane-opportunities = Opportunities lane (with customers' ideas)
journeys-add-lane-label = Add lane { $name }
journeys-segment-tag = Segment tag
journeys-segment-tag-none = (none)
journeys-segment-tag-hint = The tag of the people this map is for: the board shows only them with one click, and Insights compares segments
journeys-segment-tag-label = Set the segment tag of { $name }
journeys-moved-by = “{ $what }” moved { $count ->
    [one] 1 person
   *[other] { $count } people
}
journeys-moved-more = …and other reasons that moved { $count ->
    [one] 1 person
   *[other] { $count } people
}
journeys-moved-count = Named when { $count ->
    [one] 1 person moved here
   *[other] { $count } people moved here
}

## Board

board-why-unknown = No reason given
board-why-trigger-point = Trigger point
board-why-save = Save why
board-why-log = Moved to { $phase } — { $kind }: { $text }
board-regroup-label = Move { $name } to another row
board-days = { $days } d
board-since = In { $phase } since { $date } ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
board-stalled = Stalled: more than { $days ->
    [one] 1 day
   *[other] { $days } days
} in { $phase }
board-column-value = Σ { $value }
board-column-median = median { $days } d
board-stall-limit-of = Stall limit of { $phase }: { $days ->
    [one] 1 day
   *[other] { $days } days
}
board-stall-no-limit-of = Stall limit of { $phase }: none
board-stall-hint = After how many days in this phase a card goes amber (a stalled customer)
board-stall-after = Stalled after
board-stall-days = days in this phase
board-stall-set = Set the limit
board-stall-none = No limit
board-stall-label = Set the stall limit of { $phase }
board-only-segment = Only { $segment }
board-only-segment-hint = Show only the people of this map's segment (its tag)
board-rows = Rows
board-rows-none = None
board-rows-tag = By tag
board-rows-status = By status
board-rows-key-account = Key accounts
board-row-no-tag = No tag
board-row-key-accounts = Key accounts
board-row-others = Others
board-export = Export board
board-export-csv = As CSV (a row a person)…
board-export-html = As an HTML page…
board-export-png = As a PNG picture…
export-board-csv = Board of “{ $name }” as CSV…
export-board-html = Board of “{ $name }” as an HTML page…
export-board-png = Board of “{ $name }” as a PNG picture…
export-board-file = { $name } board

## Insights: the flow of a map

insights-flow = Flow through a journey
insights-flow-explained = From the recorded moves on the board: who entered each phase per month, and what became of them.
insights-flow-none = No moves recorded on this map's board yet: the flow shows once people are moved between its phases.
insights-axis-entered = People who entered
insights-flow-entered = Entered
insights-flow-moved-on = Moved on
insights-flow-back = Went back
insights-flow-left = Left the board
insights-flow-median = Median time to move on
insights-flow-table = People who entered each phase per month as a table
insights-month = Month
insights-segments = Segments on { $name }
insights-segments-none = No segments to compare: give people tags, or name a map's segment as a tag in Journeys.
insights-segments-explained = Everyone, then each segment (the tags the maps name as their segment, else every tag): where they stand, how they move, what they are worth.
insights-segment = Segment
insights-segment-everyone = Everyone
insights-segment-placed = On the board
insights-segment-value = Yearly value

## Profile: the phase history

profile-section-phase-history = Phase history ({ $count })
profile-edited-phase-history = Edit { $owner } phase history
profile-history-empty = No moves on a board yet.
profile-history-move = { $journey }: from { $from } to { $to }
profile-history-entry = move { $n }
profile-history-kind-of = Kind of reason for { $what }
profile-history-why-of = Why of { $what }

## Exports

interop-format-board-csv = board as CSV
interop-format-board-html = board as an HTML page
interop-format-board-png = board as a PNG image
interop-board-title = Board of { $name }
interop-board-day = On { $date }: { $count ->
    [one] 1 person
   *[other] { $count } people
} in the workspace
interop-board-more = …and { $count } more
interop-person-phase-history = Phase history
interop-person-phase-move = { $date } { $journey }: { $from } → { $to }
