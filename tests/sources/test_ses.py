"""Amazon SES email receiving: the factories of `lambda_events.testing.ses`
and the types of `lambda_events.types.ses`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    texts,
)

CASES = [
    Case(
        factories.ses_event,
        {
            "sender": names, "recipients": st.lists(names, min_size=1, max_size=3), "subject": texts,
        },
        "ses",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
