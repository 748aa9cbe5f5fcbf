"""Scorers: pure functions that compare what came back with what a case expects. No I/O, no assistant imports."""
