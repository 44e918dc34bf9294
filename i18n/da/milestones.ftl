# Kindred's text: milestones.

## The kinds of milestone, as a filter names them

milestones-what-birthday = Fødselsdag
milestones-what-anniversary = Bryllupsdag
milestones-what-customer-since = Kunde siden
milestones-what-work-anniversary = Arbejdsjubilæum
milestones-what-family-birthday = Fødselsdag i familien
milestones-what-life-event = Livsbegivenhed
milestones-what-custom = Anden mærkedag

## The headings of the Milestones view and of `kindred upcoming`

milestones-bucket-today = I dag
milestones-bucket-this-week = Denne uge
milestones-bucket-this-month = Denne måned
milestones-bucket-later = Senere

## The sentences. $owner is a name made possessive in code ("Mettes", "Lars'");
## $relation a lower-case relation word below.

milestones-unnamed-person = Unavngiven person
milestones-turns = { $name } fylder { $count }
milestones-has-birthday = { $name } har fødselsdag
milestones-birthday = { $owner } fødselsdag
milestones-wedding-anniversary = { $owner } bryllupsdag
milestones-work-anniversary = { $owner } arbejdsjubilæum
milestones-name-dash = { $name } — { $what }
milestones-name-colon = { $name }: { $what }
milestones-relative = { $owner } { $relation }
milestones-relative-named = { $relative } ({ $owner } { $relation })

## The same without the person's name, as the People list's next-milestone column shows them

milestones-short-turns = fylder { $count }
milestones-short-birthday = fødselsdag
milestones-short-label-turns = { $label } (fylder { $count })
milestones-short-married = gift i { $count } år
milestones-short-married-half = gift i 12½ år (kobberbryllup)
milestones-short-wedding-anniversary = bryllupsdag
milestones-short-customer-years = { $count } år som kunde
milestones-short-customer-anniversary = årsdag som kunde
milestones-short-work-years = { $count } år på jobbet
milestones-short-work-anniversary = arbejdsjubilæum
milestones-short-life-event = en livsbegivenhed
milestones-short-custom = en mærkedag

## Relations inside a sentence ("Mettes datter")

milestones-relation-partner = partner
milestones-relation-spouse = ægtefælle
milestones-relation-child = barn
milestones-relation-daughter = datter
milestones-relation-son = søn
milestones-relation-parent = forælder
milestones-relation-mother = mor
milestones-relation-father = far
milestones-relation-sibling = søskende
milestones-relation-grandchild = barnebarn
milestones-relation-friend = ven
milestones-relation-relative = slægtning

## The Milestones view

milestones-heading = Mærkedage de næste 12 måneder
milestones-search = Søg i mærkedage
milestones-search-hint = navn eller hvad
milestones-round-only = Kun runde mærkedage
milestones-leap-day = 29. februar uden for skudår
milestones-leap-day-changed = Fejr 29. februar den { $day } uden for skudår
milestones-round = ★ rund
milestones-congratulate = Ønsket tillykke
milestones-congratulate-hint = Log en personlig kontakt i dag
milestones-congratulated = ✔ ønsket tillykke
milestones-congratulation-note = Ønsket tillykke: { $what }
milestones-congratulated-person = Ønskede { $name } tillykke
milestones-nothing = Intet
milestones-no-match = Ingen mærkedage passer.
milestones-open = Åbn profilen
milestones-tomorrow = { $date } (i morgen)
milestones-in-days = { $date } (om { $count ->
    [one] 1 dag
   *[other] { $count } dage
})

## The start-up banner

milestones-banner-today = I dag: { $what }
milestones-banner-today-more = I dag: { $what } og { $count } til
milestones-banner-soon = Snart: { $what } ({ $date })
milestones-banner-rest = { $count } mere inden for påmindelsestiden

## kindred upcoming

milestones-nothing-ahead = { $count ->
    [0] Intet i dag.
    [1] Intet i dag eller i morgen.
   *[other] Intet de næste { $count } dage.
}
