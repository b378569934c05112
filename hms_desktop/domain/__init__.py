"""Pure rules of the clinic: no Qt, no SQLAlchemy."""
