"""One module per event source, each defining that source's TypedDicts.

Import names from `lambda_events` itself: it loads a module here only when one of its names is first used.
"""
