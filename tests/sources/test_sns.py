"""Amazon SNS: the factories of `lambda_events.testing.sns`
and the types of `lambda_events.types.sns`."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
    texts,
)

CASES = [
    Case(
        factories.sns_event,
        {
            "messages": st.lists(texts | json_objects, min_size=1, max_size=2), "topic": names,
            "subject": st.none() | texts,
            "message_attributes": (
                st.none() | st.dictionaries(names, texts | st.integers() | st.binary() | st.lists(texts), max_size=3)
            ),
        },
        "sns",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@settings(max_examples=60, deadline=None)
@given(message=texts | json_objects, keys=st.lists(texts.filter(bool), min_size=1, max_size=3))
def test_sns_and_s3_envelopes_inside_sqs_decode_back(message: Any, keys: list[str]) -> None:
    notification = factories.sns_notification(message=message, topic="alerts", subject="Hi")
    record = factories.sqs_event(bodies=[notification])["Records"][0]
    assert lambda_events.decode_sqs_sns_message(record) == notification
    s3 = factories.s3_event(keys=keys, bucket="uploads")
    through_sns = factories.sqs_event(bodies=[factories.sns_notification(message=s3)])["Records"][0]
    assert lambda_events.decode_sqs_sns_s3_event(through_sns) == s3
    assert lambda_events.decode_sqs_s3_event(factories.sqs_event(bodies=[s3])["Records"][0]) == s3
    test_message = factories.sqs_event(bodies=[factories.s3_test_event()])["Records"][0]
    assert lambda_events.decode_sqs_s3_event(test_message) is None
    assert [lambda_events.s3_object_key(record) for record in s3["Records"]] == keys
    sns = factories.sns_event(messages=[s3])["Records"][0]
    assert lambda_events.decode_sns_s3_event(sns) == s3
