"""Pages of a person's own account: not cached, never indexed."""
