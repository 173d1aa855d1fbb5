"""Coverage of the AppSync, Cognito, Lex V2 and CloudFront fixtures, and the strictness of those types.

Every documented variant must be proven by at least one fixture: each Cognito trigger source, each AppSync
caller identity (and the API key's `null`), each Lambda@Edge trigger and each Lex code hook. The strict
checker must also reject what a handler could get wrong in a response.
"""

from __future__ import annotations

import typing
from typing import Any

import pytest

import lambda_events
from lambda_events import find_event_problems
from tests.fixture_catalog import Fixture, all_fixtures


def fixtures_of(*type_names: str) -> list[Fixture]:
    """The fixtures mapped to any of the given types."""
    return [fixture for fixture in all_fixtures() if fixture.type_name in type_names]


def literal_values(type_name: str, key: str) -> set[str]:
    """The values of the `Literal` annotation of `key` in the TypedDict `type_name`."""
    hints = typing.get_type_hints(getattr(lambda_events, type_name))
    return set(typing.get_args(hints[key]))


COGNITO_TRIGGER_TYPES = [
    typed_dict.__name__ for typed_dict in typing.get_args(lambda_events.CognitoUserPoolTriggerEventDict)
]


@pytest.mark.parametrize("type_name", COGNITO_TRIGGER_TYPES)
def test_every_cognito_trigger_source_has_a_fixture(type_name: str) -> None:
    sources = {fixture.raw()["triggerSource"] for fixture in fixtures_of(type_name)}
    assert literal_values(type_name, "triggerSource") - sources == set()


def test_cognito_trigger_sources_are_disjoint_except_between_pre_token_versions() -> None:
    """`triggerSource` names exactly one trigger, so comparing it narrows the union."""
    owners: dict[str, set[str]] = {}
    for type_name in COGNITO_TRIGGER_TYPES:
        for source in literal_values(type_name, "triggerSource"):
            owners.setdefault(source, set()).add(type_name)
    shared = {source: names for source, names in owners.items() if len(names) > 1}
    versions = {"PreTokenGenerationTriggerEventDict", "PreTokenGenerationV2TriggerEventDict"}
    assert shared and all(names == versions for names in shared.values())


def test_every_appsync_identity_kind_has_a_fixture() -> None:
    resolver_events: list[Any] = []
    for fixture in fixtures_of("AppSyncResolverEventDict", "AppSyncResolverTemplateEventDict"):
        resolver_events.append(fixture.raw())
    for fixture in fixtures_of("AppSyncBatchResolverEventDict"):
        resolver_events.extend(fixture.raw())
    identities = [event["identity"] for event in resolver_events]
    assert None in identities
    for identity_type in typing.get_args(lambda_events.AppSyncIdentityDict):
        assert any(
            identity is not None and find_event_problems(identity, identity_type) == [] for identity in identities
        ), identity_type.__name__


def test_every_appsync_events_identity_kind_and_operation_has_a_fixture() -> None:
    events = [fixture.raw() for fixture in fixtures_of("AppSyncEventsEventDict")]
    assert {event["info"]["operation"] for event in events} == {"PUBLISH", "SUBSCRIBE"}
    identities = [event["identity"] for event in events]
    assert None in identities
    for identity_type in typing.get_args(lambda_events.AppSyncEventsIdentityDict):
        if identity_type is lambda_events.AppSyncIdentityOIDCDict:
            continue  # same keys as the GraphQL OIDC identity, proven there
        assert any(
            identity is not None and find_event_problems(identity, identity_type) == [] for identity in identities
        ), identity_type.__name__


def test_every_lambda_at_edge_trigger_and_origin_kind_has_a_fixture() -> None:
    request_events = [fixture.raw() for fixture in fixtures_of("CloudFrontRequestEventDict")]
    response_events = [fixture.raw() for fixture in fixtures_of("CloudFrontResponseEventDict")]
    event_types = {event["Records"][0]["cf"]["config"]["eventType"] for event in request_events + response_events}
    assert event_types == {"viewer-request", "origin-request", "viewer-response", "origin-response"}
    origins = {
        kind for event in request_events for kind in event["Records"][0]["cf"]["request"].get("origin", {})
    }
    assert origins == {"custom", "s3"}


def test_both_lex_code_hooks_have_a_fixture() -> None:
    sources = {fixture.raw()["invocationSource"] for fixture in fixtures_of("LexV2EventDict")}
    assert sources == literal_values("LexV2EventDict", "invocationSource")


def pre_sign_up_event() -> dict[str, Any]:
    """A copy of the shared pre sign-up sample."""
    event: dict[str, Any] = next(
        fixture.event() for fixture in all_fixtures() if fixture.name == "cognitoPreSignUpEvent.json"
    )
    return event


def test_a_misspelt_response_key_is_rejected() -> None:
    event = pre_sign_up_event()
    event["response"]["autoConfirmUsers"] = True
    problems = find_event_problems(event, lambda_events.PreSignUpTriggerEventDict)
    assert [str(problem) for problem in problems] == [
        "$.response.autoConfirmUsers: key not declared by PreSignUpResponseDict"
    ]


def test_a_response_of_another_trigger_is_rejected_by_the_union() -> None:
    event = pre_sign_up_event()
    event["response"]["autoConfirmUser"] = True
    assert find_event_problems(event, lambda_events.CognitoUserPoolTriggerEventDict) == []
    event["triggerSource"] = "PostAuthentication_Authentication"
    event["request"]["newDeviceUsed"] = False
    assert find_event_problems(event, lambda_events.CognitoUserPoolTriggerEventDict) != []


def test_an_unknown_trigger_source_is_rejected_only_when_asked_for_the_closed_set() -> None:
    """Cognito adds trigger sources over time: `triggerSource` is an open set (`OPEN_LITERAL`)."""
    event = pre_sign_up_event()
    event["triggerSource"] = "PreSignUp_Import"
    assert find_event_problems(event, lambda_events.PreSignUpTriggerEventDict) == []
    assert find_event_problems(event, lambda_events.PreSignUpTriggerEventDict, closed_literals=True) != []
