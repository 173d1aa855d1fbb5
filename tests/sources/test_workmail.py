"""Amazon WorkMail email flow rules: the factories of `lambda_events.testing.workmail`
and the types of `lambda_events.types.workmail`."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import Case, factory_test, names, texts

addresses = names.map(lambda name: f"{name}@example.com")

CASES = [
    Case(
        factories.workmail_event,
        {
            "sender": addresses, "recipients": st.lists(addresses, max_size=4), "subject": texts,
            "direction": st.sampled_from(["INBOUND", "OUTBOUND"]), "truncated": st.booleans(),
        },
        "workmail",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_the_subject_is_cut_and_a_truncated_summary_has_no_recipients() -> None:
    event = factories.workmail_event(subject="x" * 300, truncated=True, seed=1)
    assert len(event["subject"]) == 256 and event["envelope"]["recipients"] == []


@pytest.mark.parametrize(("arguments", "message"), [({"direction": "SIDEWAYS"}, "direction"), ({"sender": "jane"}, "email")])
def test_bad_arguments_are_refused(arguments: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factories.workmail_event(**arguments)  # type: ignore[arg-type]
