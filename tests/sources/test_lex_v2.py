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
            "transcriptions": st.lists(texts, max_size=3),
        },
        "lex_v2",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_both_lex_code_hooks_have_a_fixture() -> None:
    sources = {fixture.raw()["invocationSource"] for fixture in fixtures_of("LexV2EventDict")}
    assert sources == literal_values("LexV2EventDict", "invocationSource")


def test_spoken_input_resolves_slots_without_an_interpreted_value() -> None:
    event = factories.lex_v2_event(slots={"City": "Paris"}, transcriptions=["to paris", "two paris"], seed=1)
    assert event["inputMode"] == "Speech"
    first = event.get("transcriptions", [])[0]
    assert first.get("resolvedSlots", {})["City"]["value"] == {"originalValue": "Paris", "resolvedValues": ["Paris"]}
    spoken = [fixture.raw() for fixture in fixtures_of("LexV2EventDict") if fixture.raw()["inputMode"] == "Speech"]
    slots = [slot for event in spoken for item in event["transcriptions"] for slot in item.get("resolvedSlots", {}).values()]
    assert slots and any("interpretedValue" not in slot["value"] for slot in slots)
