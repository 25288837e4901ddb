"""Widgets and helpers shared by several pages: translation, messages, scale and tag pickers."""
