"""Every code example of Powertools' "Event Source Data Classes" documentation, written with lambda-events.

One module per example, named after Powertools' file (`examples/event_sources/src/<name>.py` in
aws-powertools/powertools-lambda-python). Each does what that example does, in the same order and with the
same names; the only changes are the imports, `event.x` read as `event["x"]` (or through one of our
helpers), the data class wrapping line dropped, and the annotations `mypy --strict` asks for (Powertools'
comments are not carried over: each module and function says what it does in its docstring). Anything else
that differs is listed under "Differences" in the module's docstring. `tests/test_powertools_examples.py`
runs each one on real events and checks the list is complete.
"""
