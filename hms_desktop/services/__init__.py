"""Use cases. Each public method is one unit of work: it checks the permission, does the work,
writes the audit row and returns frozen DTOs. No Qt here."""
