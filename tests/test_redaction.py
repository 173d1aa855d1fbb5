"""`redact`: every secret of every fixture is replaced, nothing else changes, and the input stays untouched.

`SECRETS` is the independent account of where each fixture keeps its secrets, written by reading the
fixtures: a JSON path whose strings are all secret, or a URL and the names of its secret query parameters.
A fixture not listed has no secret and must come back unchanged.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Union, cast

import pytest

from lambda_events import SENSITIVE, find_event_problems, redact
from lambda_events.testing import (
    alb_event,
    api_gateway_event,
    cloudfront_request_event,
    cognito_user_migration_event,
    lambda_function_url_event,
    s3_object_lambda_event,
)
from tests.fixture_catalog import Fixture, all_fixtures, parse_json_path, resolve_parent

UrlSecret = tuple[str, tuple[str, ...]]
"""A URL (or query string) at a path, with the names of its query parameters whose values are secret."""

SECRETS: dict[str, list[Union[str, UrlSecret]]] = {
    "iotAuthorizerHttpToken.json": [
        "$.token",
        '$.protocolData.http.headers["x-amz-customauthorizer-signature"]',
        "$.protocolData.http.headers.devicetoken",
    ],
    "iotAuthorizerMqtt.json": ["$.protocolData.mqtt.password"],
    "cognitoInboundFederationOidc.json": ["$.request.attributes.tokenResponse", "$.request.attributes.idToken"],
    "TransferFamilyAuthorizer.json": ["$.password"],
    "albMultiValueResponse.json": ['$.multiValueHeaders["Set-Cookie"]'],
    "apiGatewayAuthorizerRequestEvent.json": [
        "$.identitySource",
        "$.authorizationToken",
        "$.requestContext.identity.apiKey",
    ],
    "apiGatewayAuthorizerResponse.json": ["$.context", "$.usageIdentifierKey"],
    "apiGatewayAuthorizerResponseV2Simple.json": ["$.context"],
    "apiGatewayAuthorizerRestRequestEvent.json": ["$.requestContext.identity.apiKey"],
    "apiGatewayAuthorizerTokenEvent.json": ["$.authorizationToken"],
    "apiGatewayAuthorizerV2Event.json": ["$.identitySource", "$.cookies", "$.headers.Authorization"],
    "apiGatewayAuthorizerWebSocketEvent.json": ["$.headers.Authorization", "$.multiValueHeaders.Authorization"],
    "apiGatewayProxyEventCognitoAuthorizer.json": ["$.headers.Authorization", "$.multiValueHeaders.Authorization"],
    "apiGatewayProxyEventConsoleTest.json": ["$.requestContext.identity.apiKey"],
    "apiGatewayProxyEventIamAuth.json": ["$.headers.Authorization", "$.multiValueHeaders.Authorization"],
    "apiGatewayProxyEventLambdaAuthorizer.json": [
        "$.headers.Authorization",
        "$.multiValueHeaders.Authorization",
        "$.requestContext.authorizer.tenantId",
        "$.requestContext.authorizer.role",
    ],
    "apiGatewayProxyResponse.json": ['$.multiValueHeaders["Set-Cookie"]'],
    "apiGatewayProxyResponseV2.json": ["$.cookies"],
    "apiGatewayProxyV2Event.json": ["$.cookies"],
    "apiGatewayProxyV2EventPathTrailingSlash.json": ["$.cookies"],
    "apiGatewayProxyV2Event_GET.json": ["$.cookies"],
    "apiGatewayProxyV2IamEvent.json": ["$.cookies"],
    "apiGatewayProxyV2JwtNullScopesEvent.json": ["$.headers.authorization"],
    "apiGatewayProxyV2LambdaAuthorizerEvent.json": ["$.cookies", "$.requestContext.authorizer.lambda"],
    "apiGatewayProxyV2LambdaAuthorizerOnlyEvent.json": [
        "$.cookies",
        "$.headers.authorization",
        "$.requestContext.authorizer.lambda",
    ],
    "apiGatewayProxyV2NoAuthorizerEvent.json": ["$.cookies"],
    "apiGatewayProxyV2OtherGetEvent.json": ["$.cookies"],
    "apiGatewayProxyV2SchemaMiddlwareInvalidEvent.json": ["$.cookies"],
    "apiGatewayProxyV2SchemaMiddlwareValidEvent.json": ["$.cookies"],
    "apiGatewayWebSocketConnectWithAuthorizer.json": [
        "$.queryStringParameters.token",
        "$.multiValueQueryStringParameters.token",
        "$.requestContext.authorizer.room",
    ],
    "appSyncAuthorizerEvent.json": ["$.authorizationToken"],
    "appSyncAuthorizerHeadersEvent.json": ["$.authorizationToken", "$.requestHeaders.authorization"],
    "appSyncAuthorizerResponse.json": ["$.resolverContext"],
    "appSyncDirectResolver.json": ["$.request.headers.authorization"],
    "appSyncEventsLambdaAuthEvent.json": ["$.identity.handlerContext"],
    "appSyncIdentityApiKeyEvent.json": ['$.request.headers["x-api-key"]'],
    "appSyncIdentityLambdaEvent.json": ["$.identity.resolverContext"],
    "appSyncResolverEvent.json": ["$.request.headers.authorization"],
    "awsConfigRuleConfigurationChanged.json": ["$.resultToken"],
    "awsConfigRuleOversizedConfiguration.json": ["$.resultToken"],
    "awsConfigRuleScheduled.json": ["$.resultToken"],
    "cloudFrontViewerResponseEvent.json": [
        '$.Records[0].cf.response.headers["set-cookie"][0].value',
        '$.Records[0].cf.response.headers["set-cookie"][1].value',
    ],
    "cloudformationCustomResourceCreateServiceTimeout.json": [("$.ResponseURL", ("X-Amz-Signature",))],
    "codePipelineEvent.json": ['$["CodePipeline.job"].data.artifactCredentials'],
    "codePipelineEventData.json": ['$["CodePipeline.job"].data.artifactCredentials'],
    "codePipelineEventEmptyUserParameters.json": ['$["CodePipeline.job"].data.artifactCredentials'],
    "codePipelineEventWithEncryptionKey.json": ['$["CodePipeline.job"].data.artifactCredentials'],
    "cognitoCreateAuthChallengeResponseEvent.json": ["$.response.privateChallengeParameters"],
    "cognitoCustomEmailSenderAccountTakeOverEvent.json": ["$.request.userAttributes.FEEDBACK_TOKEN"],
    "cognitoCustomEmailSenderAdminCreateUserEvent.json": ["$.request.code"],
    "cognitoCustomEmailSenderAuthenticationEvent.json": ["$.request.code"],
    "cognitoCustomEmailSenderEvent.json": ["$.request.code"],
    "cognitoCustomEmailSenderForgotPasswordEvent.json": ["$.request.code"],
    "cognitoCustomEmailSenderResendCodeEvent.json": ["$.request.code"],
    "cognitoCustomEmailSenderUpdateUserAttributeEvent.json": ["$.request.code"],
    "cognitoCustomEmailSenderVerifyUserAttributeEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderAdminCreateUserEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderAuthenticationEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderForgotPasswordEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderResendCodeEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderUpdateUserAttributeEvent.json": ["$.request.code"],
    "cognitoCustomSMSSenderVerifyUserAttributeEvent.json": ["$.request.code"],
    "cognitoUserMigrationEvent.json": ["$.request.password"],
    "cognitoUserMigrationResponseEvent.json": ["$.request.password"],
    "cognitoVerifyAuthChallengeNullAnswerEvent.json": [
        "$.request.privateChallengeParameters",
        "$.request.challengeAnswer",
    ],
    "cognitoVerifyAuthChallengeResponseEvent.json": [
        "$.request.privateChallengeParameters",
        "$.request.challengeAnswer",
    ],
    "lambdaFunctionUrlEventPathTrailingSlash.json": ["$.cookies"],
    "lambdaFunctionUrlIAMEvent.json": ["$.cookies"],
    "lambdaFunctionUrlResponse.json": ["$.cookies"],
    "s3ObjectEventIAMUser.json": [
        ("$.getObjectContext.inputS3Url", ("X-Amz-Security-Token",)),
        "$.getObjectContext.outputToken",
    ],
    "s3ObjectEventTempCredentials.json": [
        ("$.getObjectContext.inputS3Url", ("X-Amz-Security-Token",)),
        "$.getObjectContext.outputToken",
    ],
    "s3ObjectLambdaHeadObjectEvent.json": [("$.headObjectContext.inputS3Url", ("X-Amz-Security-Token",))],
    "s3ObjectLambdaListObjectsEvent.json": [("$.listObjectsContext.inputS3Url", ("X-Amz-Security-Token",))],
    "s3ObjectLambdaListObjectsV2Event.json": [("$.listObjectsV2Context.inputS3Url", ("X-Amz-Security-Token",))],
    "secretsManagerEvent.json": ["$.ClientRequestToken"],
    "secretsManagerEventRotationToken.json": ["$.ClientRequestToken", "$.RotationToken"],
    "vpcLatticeResponse.json": ['$.headers["Set-cookie"]'],
}

FIXTURES = all_fixtures()


def _strings(value: object) -> list[str]:
    """Every non-empty string inside `value`."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        return [text for item in cast("dict[str, object]", value).values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in cast("list[object]", value) for text in _strings(item)]
    return []


def _blanked(value: object) -> object:
    """`value` with every non-empty string replaced, the way the test expects a secret to look."""
    if isinstance(value, str):
        return SENSITIVE if value else value
    if isinstance(value, dict):
        return {key: _blanked(item) for key, item in cast("dict[str, object]", value).items()}
    if isinstance(value, list):
        return [_blanked(item) for item in cast("list[object]", value)]
    return value


def _without_parameters(url: str, names: tuple[str, ...]) -> tuple[str, list[str]]:
    """The URL with the values of the named query parameters replaced, and those values."""
    head, _, query = url.partition("?")
    kept: list[str] = []
    removed: list[str] = []
    for parameter in query.split("&"):
        name, _, value = parameter.partition("=")
        if name in names:
            kept.append(f"{name}={SENSITIVE}")
            removed.append(value)
        else:
            kept.append(parameter)
    return f"{head}?{'&'.join(kept)}", removed


def expected_and_secrets(fixture: Fixture) -> tuple[Any, list[str]]:
    """What `redact` must return for the fixture, and the secret strings it holds."""
    expected = fixture.raw()
    secrets: list[str] = []
    for entry in SECRETS.get(fixture.name, []):
        json_path, parameters = entry if isinstance(entry, tuple) else (entry, None)
        parent, key = resolve_parent(expected, json_path)
        if parameters is None:
            secrets.extend(_strings(parent[key]))
            parent[key] = _blanked(parent[key])
        else:
            parent[key], removed = _without_parameters(parent[key], parameters)
            secrets.extend(removed)
    return expected, secrets


def test_every_listed_fixture_exists_and_every_path_holds_a_secret() -> None:
    names = {fixture.name for fixture in FIXTURES}
    assert set(SECRETS) <= names
    for fixture in FIXTURES:
        for entry in SECRETS.get(fixture.name, []):
            parse_json_path(entry[0] if isinstance(entry, tuple) else entry)
        assert bool(expected_and_secrets(fixture)[1]) == (fixture.name in SECRETS), fixture.name


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_redact_replaces_exactly_the_secrets(fixture: Fixture) -> None:
    event = fixture.raw()
    original = copy.deepcopy(event)
    expected, secrets = expected_and_secrets(fixture)
    redacted = redact(event)
    assert redacted == expected
    assert event == original, "the input was changed"
    # A secret may also be written, not as a secret, elsewhere in the event (a query parameter copied into an
    # authorizer's context): only a value found nowhere outside the secrets must be gone.
    kept = _strings(expected)
    output = _strings(redacted)
    survivors = [
        secret
        for secret in secrets
        if any(secret in text for text in output) and not any(secret in text for text in kept)
    ]
    assert not survivors, f"secrets left in the output: {survivors}"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_redacted_events_still_match_their_type(fixture: Fixture) -> None:
    assert find_event_problems(redact(fixture.event()), fixture.expected_type) == []


def test_extra_keys_are_matched_in_any_case_anywhere() -> None:
    event = {"detail": {"Customer": {"SSN": "123-45-6789", "name": "Jane"}}, "ssn": "987-65-4321"}
    assert redact(event, extra_keys=["ssn"]) == {
        "detail": {"Customer": {"SSN": SENSITIVE, "name": "Jane"}},
        "ssn": SENSITIVE,
    }
    assert redact(event) == event


def test_headers_of_any_case_and_form_are_redacted() -> None:
    event = api_gateway_event(
        headers={"AUTHORIZATION": "Bearer a", "x-API-key": "k", "Cookie": ["a=1", "b=2"], "Accept": "*/*"}, seed=1
    )
    redacted = redact(event)
    assert redacted["headers"] == {
        "AUTHORIZATION": SENSITIVE,
        "x-API-key": SENSITIVE,
        "Cookie": SENSITIVE,
        "Accept": "*/*",
    }
    assert redacted["multiValueHeaders"] == {
        "AUTHORIZATION": [SENSITIVE],
        "x-API-key": [SENSITIVE],
        "Cookie": [SENSITIVE, SENSITIVE],
        "Accept": ["*/*"],
    }


def test_load_balancer_authentication_headers_are_redacted() -> None:
    headers = {"x-amzn-oidc-accesstoken": "eyJ0a2VuIn0", "x-amzn-oidc-data": "eyJkYXRhIn0", "x-amzn-oidc-identity": "u-1"}
    redacted = redact(alb_event(multi_value=True, headers=headers, seed=1))["multiValueHeaders"]
    assert redacted == {
        "x-amzn-oidc-accesstoken": [SENSITIVE],
        "x-amzn-oidc-data": [SENSITIVE],
        "x-amzn-oidc-identity": ["u-1"],
    }


def test_cloudfront_header_pairs_keep_their_names() -> None:
    event = cloudfront_request_event(headers={"Authorization": "Basic dXNlcjpwYXNz", "Host": "example.com"}, seed=1)
    headers = redact(event)["Records"][0]["cf"]["request"]["headers"]
    assert headers["authorization"] == [{"key": "Authorization", "value": SENSITIVE}]
    assert headers["host"] == [{"key": "Host", "value": "example.com"}]


def test_query_strings_and_presigned_urls_keep_their_other_parameters() -> None:
    event = lambda_function_url_event(query={"page": "2", "access_token": "abc123"}, cookies=["session=s3cr3t"], seed=1)
    redacted = redact(event)
    assert redacted["rawQueryString"] == f"page=2&access_token={SENSITIVE}"
    assert redacted.get("queryStringParameters") == {"page": "2", "access_token": SENSITIVE}
    assert redacted.get("cookies") == [SENSITIVE]
    url = redact(s3_object_lambda_event(seed=1))["getObjectContext"]["inputS3Url"]
    assert f"X-Amz-Signature={SENSITIVE}" in url and f"X-Amz-Security-Token={SENSITIVE}" in url
    assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in url and url.startswith("https://example-ap-")


def test_factory_secrets_do_not_survive() -> None:
    event = cognito_user_migration_event(password="correct horse battery staple", seed=1)
    assert redact(event)["request"].get("password") == SENSITIVE
    assert "correct horse" not in json.dumps(redact(event))


def test_empty_strings_numbers_and_booleans_stay() -> None:
    event = {"headers": {"x-api-key": ""}, "context": {"count": 3, "admin": True, "note": None}, "isAuthorized": True}
    assert redact(event) == event


def test_deep_nesting_and_shared_or_cyclic_containers() -> None:
    deep: dict[str, Any] = {"password": "p"}
    for _ in range(100_000):
        deep = {"nested": deep}
    redacted = redact(deep)
    for _ in range(100_000):
        redacted = redacted["nested"]
    assert redacted == {"password": SENSITIVE}
    shared = {"token": "t"}
    cyclic: dict[str, Any] = {"a": shared, "b": shared, "headers": {"x-auth-token": "t"}}
    cyclic["self"] = cyclic
    copied = redact(cyclic)
    assert copied["self"]["self"] is copied["self"]
    assert copied["a"] == copied["b"] == {"token": "t"}
    assert copied["headers"] == copied["self"]["headers"] == {"x-auth-token": SENSITIVE}


def test_lists_are_redacted_item_by_item_and_tuples_become_lists() -> None:
    assert redact([{"password": "a"}, ({"identitySource": ("x", "y")},)]) == [
        {"password": SENSITIVE},
        [{"identitySource": [SENSITIVE, SENSITIVE]}],
    ]
