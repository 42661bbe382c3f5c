"""Qt item models that adapt the case's domain objects for views."""
