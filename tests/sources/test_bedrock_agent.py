"""Amazon Bedrock agents: the factories of `lambda_events.testing.bedrock_agent`
and the types of `lambda_events.types.bedrock_agent`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    agent_values,
    factory_test,
    methods,
    names,
    paths,
    texts,
)

CASES = [
    Case(
        factories.bedrock_agent_event,
        {
            "api_path": paths, "method": methods,
            "parameters": st.none() | st.dictionaries(names, agent_values, max_size=3),
            "body": st.none() | st.dictionaries(names, texts, max_size=3), "input_text": texts,
        },
        "bedrock_agent",
    ),
    Case(
        factories.bedrock_agent_function_event,
        {
            "function": names, "parameters": st.none() | st.dictionaries(names, texts | st.integers(), max_size=3),
        },
        "bedrock_agent",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
