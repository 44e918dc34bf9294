# Kindred's text: errors of files — opening, saving, locks, journey templates.
