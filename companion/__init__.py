"""Companion: a local-only wellness and recovery notebook kept in an encrypted store."""

__version__ = "0.1.0"
