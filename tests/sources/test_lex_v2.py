"""Amazon Lex V2 code hooks: the factories of `lambda_events.testing.lex_v2`
and the types of `lambda_events.types.lex_v2`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    fixtures_of,
    literal_values,
    names,
    texts,
)

CASES = [
    Case(
        factories.lex_v2_event,
        {
            "intent": names, "slots": st.none() | st.dictionaries(names, st.none() | texts, max_size=3),
            "invocation_source": st.sampled_from(["DialogCodeHook", "FulfillmentCodeHook"]),
        },
        "lex_v2",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_both_lex_code_hooks_have_a_fixture() -> None:
    sources = {fixture.raw()["invocationSource"] for fixture in fixtures_of("LexV2EventDict")}
    assert sources == literal_values("LexV2EventDict", "invocationSource")
