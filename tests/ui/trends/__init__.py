"""Tests of the Trends page."""
