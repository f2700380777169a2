"""Bundled data (schemas and resources), mapped here from the top-level folders at install time."""
