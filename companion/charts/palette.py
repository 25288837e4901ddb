"""Mood and energy colours, Okabe–Ito blue and orange: plain strings for charts and window alike."""

# Colour-blind people tell these apart; each always comes with a second cue as well.
MOOD_ON_LIGHT = "#0072b2"
MOOD_ON_DARK = "#56b4e9"
ENERGY = "#e69f00"  # on light and dark backgrounds alike
