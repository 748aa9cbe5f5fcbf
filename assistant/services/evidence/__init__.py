"""Evidence that proves itself: the package manifest, its verification, and offline image-theft matching."""
