"""Reusable pieces of the pages: error guard, highlighted text, findings, goals, exports."""
