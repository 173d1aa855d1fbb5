"""Header and query parameter lookups: the same answers as a straightforward scan, without scanning.

A lookup tries the name as given, then its lower-case and capitalised forms (dictionary lookups), and scans
the names only when those miss, so looking up every header of a request costs time linear in its size.
Hypothesis compares every lookup with a reference that simply scans every name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Optional, Union
from urllib.parse import quote, unquote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lambda_events import (
    EventDecodeError,
    get_all_headers,
    get_header,
    get_multi_value_header,
    get_multi_value_query_parameter,
    get_query_parameter,
)

# --- references: the plain definitions, scanning every name -------------------------------------------------

HeaderValue = Union[None, str, list[str]]


def last_text(value: HeaderValue) -> Optional[str]:
    """A value as the helpers read it: a string, the last of a list, `None` for `null` or `[]`."""
    if isinstance(value, list):
        return value[-1] if value else None
    return value


def capitalised(name: str) -> str:
    """`content-type` as `Content-Type`: the first letter of each word in upper case, the rest in lower."""
    return name.title()


def reference_header(headers: Mapping[str, HeaderValue], name: str) -> Optional[str]:
    """Among the entries whose name equals `name` ignoring case (and whose value is not `null`): the one
    spelled exactly as asked, else in lower case, else capitalised, else the first."""
    matches = {key: value for key, value in headers.items() if key.lower() == name.lower() and value is not None}
    for spelling in (name, name.lower(), capitalised(name)):
        if spelling in matches:
            return last_text(matches[spelling])
    return last_text(next(iter(matches.values()))) if matches else None


def reference_multi_value_header(headers: Mapping[str, list[str]], name: str) -> list[str]:
    """Every value of every entry whose name equals `name` ignoring case, in order."""
    return [text for key, values in headers.items() if key.lower() == name.lower() for text in values]


def reference_alb_parameter(parameters: Mapping[str, list[str]], name: str) -> list[str]:
    """The decoded values of the first parameter whose decoded name is `name`."""
    for key, values in parameters.items():
        if unquote_plus(key) == name:
            return [unquote_plus(value) for value in values]
    return []


# --- generated requests ----------------------------------------------------------------------------------

BASE_NAMES = ["Accept", "content-type", "X-Amz-Trace-Id", "x-forwarded-FOR", "X-ID", "user-agent"]


def spellings_of(name: str) -> list[str]:
    """A name as given, in lower and upper case, capitalised, and in two mixtures."""
    mixed = "".join(char.upper() if index % 2 else char.lower() for index, char in enumerate(name))
    return [name, name.lower(), name.upper(), capitalised(name), mixed, mixed.swapcase()]


SPELLINGS = sorted({spelling for name in BASE_NAMES for spelling in spellings_of(name)})
header_names = st.sampled_from(SPELLINGS)


def in_some_case(data: st.DataObject, name: str) -> str:
    """`name` in one of its spellings."""
    return data.draw(st.sampled_from(spellings_of(name)))


values = st.one_of(st.none(), st.text(max_size=3), st.lists(st.text(max_size=3), max_size=3))


@settings(deadline=None)  # a loaded machine must not fail a test of answers, not of speed
@given(st.data(), st.dictionaries(header_names, values, max_size=8))
def test_get_header_agrees_with_a_scan(data: st.DataObject, headers: dict[str, HeaderValue]) -> None:
    """Also where one name comes in several spellings (`Accept` and `accept`)."""
    names = [*headers, "absent-name"]
    name = in_some_case(data, data.draw(st.sampled_from(names)))
    expected = reference_header(headers, name)
    shapes: list[dict[str, Any]] = [
        {"headers": headers},
        {"headers": None, "multiValueHeaders": headers},
        {"request": {"headers": headers}},
    ]
    for event in shapes:
        assert get_header(event, name) == expected
        assert get_header(event, name, "default") == ("default" if expected is None else expected)


@settings(deadline=None)  # a loaded machine must not fail a test of answers, not of speed
@given(st.data(), st.dictionaries(header_names, st.lists(st.text(max_size=3), max_size=3), max_size=8))
def test_get_multi_value_header_agrees_with_a_scan(data: st.DataObject, headers: dict[str, list[str]]) -> None:
    """Every spelling's values, in order: nothing is lost."""
    name = in_some_case(data, data.draw(st.sampled_from([*headers, "absent-name"])))
    assert get_multi_value_header({"multiValueHeaders": headers}, name) == reference_multi_value_header(headers, name)


@settings(deadline=None)  # a loaded machine must not fail a test of answers, not of speed
@given(
    st.dictionaries(header_names, st.one_of(st.none(), st.text(alphabet="a, \"", max_size=5)), max_size=8),
    st.sampled_from([{}, {"version": "2.0"}]),
    st.booleans(),
)
def test_get_all_headers_is_every_lookup_at_once(
    headers: dict[str, Optional[str]], shape: dict[str, str], multi_value: bool
) -> None:
    """The table holds, for each lower-case name, what `get_multi_value_header` returns for it, and no more."""
    if multi_value:
        event: dict[str, Any] = {"multiValueHeaders": {key: [value] if value else value for key, value in headers.items()}}
    else:
        event = {**shape, "headers": headers}
    table = get_all_headers(event)
    names = {key.lower() for key in headers}
    assert set(table) <= names
    for lower_name in names:
        assert table.get(lower_name, []) == get_multi_value_header(event, lower_name)


parameter_names = st.text(alphabet="ab +%é&=", min_size=1, max_size=4)


parameter_values = st.lists(st.text(alphabet="xy +é", max_size=3), min_size=1, max_size=3)


@settings(deadline=None)  # a loaded machine must not fail a test of answers, not of speed
@given(st.data(), st.dictionaries(parameter_names, parameter_values, max_size=6))
def test_alb_query_lookups_agree_with_a_scan(data: st.DataObject, decoded: dict[str, list[str]]) -> None:
    """ALB sends names and values URL-encoded: each parameter here is encoded one way or another."""
    parameters: dict[str, list[str]] = {}
    for name, texts in decoded.items():
        plain = "%" not in name and "+" not in name and data.draw(st.booleans())
        parameters[name if plain else quote(name, safe="")] = [quote(text) for text in texts]
    name = data.draw(st.sampled_from([*decoded, "absent"]))
    expected = reference_alb_parameter(parameters, name)
    alb: dict[str, Any] = {"requestContext": {"elb": {"targetGroupArn": "arn"}}}
    multi_value: dict[str, Any] = {**alb, "multiValueQueryStringParameters": parameters}
    assert get_multi_value_query_parameter(multi_value, name) == expected
    last_values = {key: values[-1] for key, values in parameters.items()}
    single_value: dict[str, Any] = {**alb, "queryStringParameters": last_values}
    assert get_query_parameter(single_value, name) == (expected[-1] if expected else None)


# --- precedence where a name has several spellings or encodings -----------------------------------------


def test_the_exact_spelling_wins_then_lower_case_then_capitalised_then_the_first() -> None:
    headers = {"ACCEPT": "upper", "Accept": "capitalised", "accept": "lower", "aCCept": "mixed"}
    assert get_header({"headers": headers}, "aCCept") == "mixed"
    assert get_header({"headers": headers}, "AcCePt") == "lower"
    del headers["accept"]
    assert get_header({"headers": headers}, "AcCePt") == "capitalised"
    del headers["Accept"]
    assert get_header({"headers": headers}, "AcCePt") == "upper"
    assert get_multi_value_header({"multiValueHeaders": {"ACCEPT": ["a"], "accept": ["b"]}}, "Accept") == ["a", "b"]


def test_a_name_that_is_not_a_string_is_no_header_of_a_lookup_and_an_error_for_the_table() -> None:
    event: dict[str, Any] = {"headers": {1: "one", "Accept": "a"}}
    assert get_header(event, "x-absent") is None
    assert get_multi_value_header(event, "accept") == ["a"]
    with pytest.raises(EventDecodeError, match=r"headers: expected string names, got an? int"):
        get_all_headers(event)


def test_an_alb_name_that_needs_no_decoding_is_looked_up_as_it_is() -> None:
    parameters = {"p%61ge": "1", "page": "2", "a%20b": "3"}
    alb: dict[str, Any] = {"requestContext": {"elb": {}}, "queryStringParameters": parameters}
    assert get_query_parameter(alb, "page") == "2"
    assert get_query_parameter(alb, "a b") == "3"


# --- no scan where a lookup can go straight to the entry ---------------------------------------------------


class CountingMapping(Mapping[str, Any]):
    """A read-only mapping that counts how often its names are walked."""

    def __init__(self, items: dict[str, Any]) -> None:
        self.entries = items
        self.walks = 0

    def __getitem__(self, key: str) -> Any:
        return self.entries[key]

    def __iter__(self) -> Iterator[str]:
        self.walks += 1
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def test_looking_up_every_header_walks_the_names_only_for_unusual_spellings() -> None:
    headers = CountingMapping({f"X-Custom-Header-{index}": f"value {index}" for index in range(1000)})
    headers.entries.update({"content-type": "application/json", "x-AMZ-odd": "odd"})
    event = {"headers": headers}
    for name in headers.entries:
        assert get_header(event, name.lower()) == headers.entries[name]
        assert get_header(event, name.upper()) == headers.entries[name]
    assert headers.walks == 2  # `x-AMZ-odd`, in neither lower case nor capitalised: one scan per lookup
    assert get_header(event, "Authorization") is None
    assert headers.walks == 3  # an absent header: one scan


def test_alb_parameters_are_not_decoded_one_by_one_when_the_name_is_there() -> None:
    parameters = CountingMapping({f"p{index}": f"v{index}" for index in range(100)})
    event: dict[str, Any] = {"requestContext": {"elb": {}}, "queryStringParameters": parameters}
    assert [get_query_parameter(event, f"p{index}") for index in range(100)] == [f"v{index}" for index in range(100)]
    assert parameters.walks == 0
