# Kindred's text: milestones.

## The kinds of milestone, as a filter names them

milestones-what-birthday = Bursdag
milestones-what-anniversary = Bryllupsdag
milestones-what-customer-since = Kunde siden
milestones-what-work-anniversary = Jobbjubileum
milestones-what-family-birthday = Bursdag i familien
milestones-what-life-event = Livshendelse
milestones-what-custom = Annen merkedag

## The headings of the Milestones view and of `kindred upcoming`

milestones-bucket-today = I dag
milestones-bucket-this-week = Denne uken
milestones-bucket-this-month = Denne måneden
milestones-bucket-later = Senere

## The sentences. $owner is a name made possessive in code ("Mettes", "Lars'");
## $relation a lower-case relation word below.

milestones-unnamed-person = Person uten navn
milestones-turns = { $name } fyller { $count }
milestones-has-birthday = { $name } har bursdag
milestones-birthday = { $owner } bursdag
milestones-wedding-anniversary = { $owner } bryllupsdag
milestones-work-anniversary = { $owner } jobbjubileum
milestones-name-dash = { $name } — { $what }
milestones-name-colon = { $name }: { $what }
milestones-relative = { $owner } { $relation }
milestones-relative-named = { $relative } ({ $owner } { $relation })

## The same without the person's name, as the People list's next-milestone column shows them

milestones-short-turns = fyller { $count }
milestones-short-birthday = bursdag
milestones-short-label-turns = { $label } (fyller { $count })
milestones-short-married = gift i { $count } år
milestones-short-married-half = gift i 12½ år (kobberbryllup)
milestones-short-wedding-anniversary = bryllupsdag
milestones-short-customer-years = { $count } år som kunde
milestones-short-customer-anniversary = årsdag som kunde
milestones-short-work-years = { $count } år i jobben
milestones-short-work-anniversary = jobbjubileum
milestones-short-life-event = en livshendelse
milestones-short-custom = en merkedag

## Relations inside a sentence ("Mettes datter")

milestones-relation-partner = partner
milestones-relation-spouse = ektefelle
milestones-relation-child = barn
milestones-relation-daughter = datter
milestones-relation-son = sønn
milestones-relation-parent = forelder
milestones-relation-mother = mor
milestones-relation-father = far
milestones-relation-sibling = søsken
milestones-relation-grandchild = barnebarn
milestones-relation-friend = venn
milestones-relation-relative = slektning

## The Milestones view

milestones-heading = Merkedager de neste 12 månedene
milestones-search = Søk i merkedager
milestones-search-hint = navn eller hva
milestones-round-only = Bare runde merkedager
milestones-leap-day = 29. februar utenom skuddår
milestones-leap-day-changed = Feir 29. februar den { $day } utenom skuddår
milestones-round = ★ rund
milestones-congratulate = Gratulert
milestones-congratulate-hint = Logg en personlig kontakt i dag
milestones-congratulated = ✔ gratulert
milestones-congratulation-note = Gratulert: { $what }
milestones-congratulated-person = Gratulerte { $name }
milestones-nothing = Ingenting
milestones-no-match = Ingen merkedager passer.
milestones-open = Åpne profilen
milestones-tomorrow = { $date } (i morgen)
milestones-in-days = { $date } (om { $count ->
    [one] 1 dag
   *[other] { $count } dager
})

## The start-up banner

milestones-banner-today = I dag: { $what }
milestones-banner-today-more = I dag: { $what } og { $count } til
milestones-banner-soon = Snart: { $what } ({ $date })
milestones-banner-rest = { $count } til innenfor påminnelsestiden

## kindred upcoming

milestones-nothing-ahead = { $count ->
    [0] Ingenting i dag.
    [1] Ingenting i dag eller i morgen.
   *[other] Ingenting de neste { $count } dagene.
}
