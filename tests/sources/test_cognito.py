"""Amazon Cognito user pool triggers: the factories of `lambda_events.testing.cognito`
and the types of `lambda_events.types.cognito`."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    find_event_problems,
)
from lambda_events import testing as factories
from lambda_events.testing import cognito as cognito_factories
from tests.fixture_catalog import all_fixtures
from tests.support import (
    Case,
    challenge_results,
    factory_test,
    fixtures_of,
    literal_values,
    names,
    string_maps,
    texts,
)

CASES = [
    Case(
        factories.cognito_pre_sign_up_event,
        {
            "trigger_source": (
                st.sampled_from(["PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider"])
            ),
            "user_name": st.none() | names, "user_attributes": string_maps, "validation_data": string_maps,
            "client_metadata": string_maps,
        },
        "cognito_pre_sign_up",
    ),
    Case(
        factories.cognito_post_confirmation_event,
        {
            "user_attributes": string_maps, "client_metadata": string_maps,
        },
        "cognito_post_confirmation",
    ),
    Case(factories.cognito_pre_authentication_event, {"validation_data": string_maps}, "cognito_pre_authentication"),
    Case(
        factories.cognito_post_authentication_event,
        {
            "new_device_used": st.booleans(),
        },
        "cognito_post_authentication",
    ),
    Case(
        factories.cognito_define_auth_challenge_event,
        {
            "session": st.lists(challenge_results, max_size=3),
        },
        "cognito_define_auth_challenge",
    ),
    Case(
        factories.cognito_create_auth_challenge_event,
        {
            "challenge_name": st.sampled_from(["CUSTOM_CHALLENGE", "SMS_MFA"]),
        },
        "cognito_create_auth_challenge",
    ),
    Case(
        factories.cognito_verify_auth_challenge_response_event,
        {
            "answer": texts, "expected": string_maps,
        },
        "cognito_verify_auth_challenge_response",
    ),
    Case(
        factories.cognito_pre_token_generation_event,
        {
            "groups": st.lists(names, max_size=3), "client_metadata": string_maps,
        },
        "cognito_pre_token_generation",
    ),
    Case(
        factories.cognito_pre_token_generation_v2_event,
        {
            "groups": st.lists(names, max_size=3), "scopes": st.lists(names, max_size=3),
            "version": st.sampled_from(["2", "3"]),
        },
        "cognito_pre_token_generation_v2",
    ),
    Case(
        factories.cognito_pre_token_generation_client_credentials_event,
        {
            "scopes": st.lists(names, max_size=3), "client_metadata": string_maps,
        },
        "cognito_pre_token_generation_client_credentials",
    ),
    Case(
        factories.cognito_user_migration_event,
        {
            "trigger_source": st.sampled_from(["UserMigration_Authentication", "UserMigration_ForgotPassword"]),
            "user_name": names, "password": st.none() | texts,
        },
        "cognito_user_migration",
    ),
    Case(
        factories.cognito_custom_message_event,
        {
            "trigger_source": st.sampled_from(typing.get_args(cognito_factories.CustomMessageSource)),
        },
        "cognito_custom_message",
    ),
    Case(
        factories.cognito_custom_email_sender_event,
        {
            "trigger_source": (
                st.sampled_from(["CustomEmailSender_SignUp", "CustomEmailSender_AccountTakeOverNotification"])
            ),
            "code": st.none() | texts,
        },
        "cognito_custom_email_sender",
    ),
    Case(factories.cognito_custom_sms_sender_event, {"code": st.none() | texts}, "cognito_custom_sms_sender"),
    Case(
        factories.cognito_inbound_federation_event,
        {
            "provider_type": st.sampled_from(["OIDC", "SAML", "Facebook", "Google", "SignInWithApple", "LoginWithAmazon"]),
            "provider_name": st.none() | names,
            "claims": st.none() | st.dictionaries(names, texts | st.integers() | st.booleans(), max_size=3),
        },
        "cognito_inbound_federation",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


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


def test_an_unknown_trigger_source_is_rejected() -> None:
    event = pre_sign_up_event()
    event["triggerSource"] = "PreSignUp_Import"
    assert find_event_problems(event, lambda_events.PreSignUpTriggerEventDict) != []
