"""Live Oracle suite: runs only where ``HMS_TEST_ORACLE_URL`` names a reachable Oracle 19c/23ai schema."""
