"""Runtime helpers: decoders for nested payloads and builders for responses, one module per concern.

Import names from `lambda_events` itself: it loads a module here only when one of its names is first used.
"""
