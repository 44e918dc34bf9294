# Kindred's text: interop.
