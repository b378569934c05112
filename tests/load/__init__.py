"""The load test (``make load``): many simulated desks as OS processes on one database server."""
