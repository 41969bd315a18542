"""What visitors may see: the one rule every public surface applies (pages.py)."""
