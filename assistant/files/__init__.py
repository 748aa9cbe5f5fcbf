"""Reading people's files safely: limits on size, expansion, pages and characters."""
