"""The Qt wizard: shows and edits the report; holds no rules of its own."""
