# Kindred's text: milestones.
