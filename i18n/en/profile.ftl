# Kindred's text: profile.
