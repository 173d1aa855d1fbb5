"""AWS Transfer Family identity providers: the factories of `lambda_events.testing.transfer_family`
and the types of `lambda_events.types.transfer_family`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    texts,
)

CASES = [
    Case(
        factories.transfer_family_event,
        {
            "username": names, "password": st.none() | texts,
            "protocol": st.sampled_from(["SFTP", "FTPS", "FTP", "AS2"]), "key_authentication": st.booleans(),
        },
        "transfer_family",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
