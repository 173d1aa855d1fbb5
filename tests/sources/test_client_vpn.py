"""AWS Client VPN connect handlers: the factories of `lambda_events.testing.client_vpn`
and the types of `lambda_events.types.client_vpn`."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import Case, factory_test, names, texts

CASES = [
    Case(
        factories.client_vpn_event,
        {
            "authentication": st.sampled_from(["certificate", "user"]), "username": names,
            "groups": st.none() | texts, "platform": names, "aws_client": st.booleans(),
        },
        "client_vpn",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_a_certificate_connection_has_a_common_name_and_no_user() -> None:
    event = factories.client_vpn_event(authentication="certificate", groups=None, aws_client=False, seed=1)
    assert event["common-name"].endswith(".vpn.example.com")
    assert event["username"] == "" and event.get("aws-client-version") == "" and "groups" not in event


def test_an_unknown_authentication_is_refused() -> None:
    with pytest.raises(ValueError, match="authentication"):
        factories.client_vpn_event(authentication="password")  # type: ignore[arg-type]
