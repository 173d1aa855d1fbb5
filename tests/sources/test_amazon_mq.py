"""Amazon MQ (ActiveMQ and RabbitMQ): the factories of `lambda_events.testing.amazon_mq`
and the types of `lambda_events.types.amazon_mq`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    payloads,
    string_maps,
)

CASES = [
    Case(
        factories.amazon_mq_activemq_event,
        {
            "messages": st.lists(payloads, min_size=1, max_size=3), "queue": names, "properties": string_maps,
        },
        "amazon_mq_activemq",
    ),
    Case(
        factories.amazon_mq_rabbitmq_event,
        {
            "messages": st.lists(payloads, min_size=1, max_size=3), "queue": names, "virtual_host": names,
            "headers": string_maps, "content_type": st.none() | names,
        },
        "amazon_mq_rabbitmq",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
