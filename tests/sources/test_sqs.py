"""Amazon SQS: the factories of `lambda_events.testing.sqs`
and the types of `lambda_events.types.sqs`."""

from __future__ import annotations

import hashlib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    json_text,
    names,
    texts,
)

CASES = [
    Case(
        factories.sqs_event,
        {
            "bodies": st.lists(texts | json_objects, min_size=1, max_size=4), "queue": names,
            "message_attributes": st.none() | st.dictionaries(names, texts | st.integers() | st.binary(), max_size=3),
            "fifo": st.booleans(), "receive_count": st.integers(1, 10),
        },
        "sqs",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@settings(max_examples=60, deadline=None)
@given(
    bodies=st.lists(texts | json_objects, min_size=1, max_size=4),
    attributes=st.dictionaries(names, texts, max_size=2),
)
def test_sqs_bodies_and_digests(bodies: list[Any], attributes: dict[str, str]) -> None:
    event = factories.sqs_event(
        bodies=bodies, message_attributes=attributes, queue="jobs", region="eu-west-1", account="111122223333"
    )
    for body, record in zip(bodies, event["Records"]):
        assert record["body"] == (body if isinstance(body, str) else json_text(body))
        if not isinstance(body, str):
            assert lambda_events.decode_sqs_json(record) == body
        assert record["md5OfBody"] == hashlib.md5(record["body"].encode()).hexdigest()
        assert record["eventSourceARN"] == "arn:aws:sqs:eu-west-1:111122223333:jobs"
        system = record["attributes"]
        assert int(system["SentTimestamp"]) <= int(system["ApproximateFirstReceiveTimestamp"])


def test_sqs_message_attribute_digest_matches_the_published_examples() -> None:
    event = factories.sqs_event(
        message_attributes={"attribName1": "attribValue 1", "binaryAttribute": b"Hello binary world!"}
    )
    assert event["Records"][0].get("md5OfMessageAttributes") != factories.sqs_event()["Records"][0].get(
        "md5OfMessageAttributes"
    )
    single = factories.sqs_event(message_attributes={"attribName1": "attribValue 1"})["Records"][0]
    assert single.get("md5OfMessageAttributes") == "19e27d4e946b072f3f58da80d94fd778"
    binary = factories.sqs_event(message_attributes={"binaryAttribute": b"Hello binary world!"})["Records"][0]
    assert binary.get("md5OfMessageAttributes") == "31a92b15d92f8db860eda32aceb656c3"


def test_fifo_queues_get_group_sequence_and_deduplication() -> None:
    record = factories.sqs_event(bodies=["a"], queue="orders", fifo=True, message_group_id="g1")["Records"][0]
    assert record["eventSourceARN"].endswith(":orders.fifo")
    assert record["attributes"].get("MessageGroupId") == "g1"
    assert record["attributes"].get("MessageDeduplicationId") == hashlib.sha256(b"a").hexdigest()
    assert len(record["attributes"].get("SequenceNumber", "")) == 20
