"""AWS CodeCommit triggers: the factories of `lambda_events.testing.codecommit`
and the types of `lambda_events.types.codecommit`."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import Case, factory_test, names, texts

CASES = [
    Case(
        factories.codecommit_event,
        {
            "references": st.dictionaries(
                names.map(lambda name: f"refs/heads/{name}"),
                st.sampled_from(["updated", "created", "deleted"]),
                min_size=1,
                max_size=3,
            ),
            "repository": names, "trigger": names, "custom_data": st.none() | texts, "test": st.booleans(),
        },
        "codecommit",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_changes_become_flags_and_the_test_notification_is_named() -> None:
    event = factories.codecommit_event(
        references={"refs/heads/a": "created", "refs/tags/v1": "deleted", "refs/heads/b": "updated"}, test=True
    )
    record = event["Records"][0]
    assert [sorted(reference) for reference in record["codecommit"]["references"]] == [
        ["commit", "created", "ref"],
        ["commit", "deleted", "ref"],
        ["commit", "ref"],
    ]
    assert record["eventName"] == "TriggerEventTest" and "customData" not in record


@pytest.mark.parametrize(
    ("references", "message"),
    [({}, "at least one"), ({"main": "updated"}, "full reference name"), ({"refs/heads/a": "merged"}, "change")],
)
def test_bad_references_are_refused(references: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factories.codecommit_event(references=references)  # type: ignore[arg-type]
