"""Tests of the Boundaries page."""
