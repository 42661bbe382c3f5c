"""Services over a case that call the domain engines: guidelines, stress runs, static base
case, pool import, rated items (no Qt)."""
