"""`redact`: every secret of every fixture is replaced, nothing else changes, and the input stays untouched.

`SECRETS` is the independent account of where each fixture keeps its secrets, written by reading the
fixtures: a JSON path whose strings are all secret, a URL and the names of its secret query parameters, or a
string holding JSON and the path of the secret inside it. A fixture not listed has no secret and must come
back unchanged.

The property tests (`tests/test_redaction_planted.py`) plant generated secrets into every fixture.
"""

from __future__ import annotations

import base64
import binascii
import copy
import gzip
import io
import json
from typing import Any, Union, cast

import pytest

from lambda_events import SENSITIVE, find_event_problems, redact
from lambda_events._cli.main import run
from lambda_events.testing import (
    alb_event,
    api_gateway_event,
    cloudfront_request_event,
    cognito_user_migration_event,
    lambda_function_url_event,
    s3_object_lambda_event,
)
from tests.fixture_catalog import Fixture, all_fixtures, event_named, fixture_named, parse_json_path, resolve_parent

UrlSecret = tuple[str, tuple[str, ...]]
"""A URL (or query string) at a path, with the names of its query parameters whose values are secret."""
EmbeddedSecret = tuple[str, str]
"""A string holding JSON at a path, and the path inside that JSON whose strings are all secret."""

SECRETS: dict[str, list[Union[str, UrlSecret, EmbeddedSecret]]] = {
    "iotAuthorizerHttpToken.json": [
        "$.token",
        '$.protocolData.http.headers["x-amz-customauthorizer-signature"]',
        "$.protocolData.http.headers.devicetoken",
    ],
    "iotAuthorizerMqtt.json": ["$.protocolData.mqtt.password"],
    "cognitoInboundFederationOidc.json": ["$.request.attributes.tokenResponse", "$.request.attributes.idToken"],
    "aws-api-call-via-cloudtrail-256.json": ["$.detail.userIdentity.accessKeyId", "$.detail.sessionCredentialFromConsole"],
    "aws-api-call-via-cloudtrail-316.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-317.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-322.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-323.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-324.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-357.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-460.json": ["$.detail.userIdentity.accessKeyId"],
    "aws-api-call-via-cloudtrail-461.json": ["$.detail.userIdentity.accessKeyId", "$.detail.requestParameters.ClientRequestToken"],
    "aws-api-call-via-cloudtrail-aws-service.json": ["$.detail.responseElements.credentials"],
    "aws-api-call-via-cloudtrail-iam-user-denied.json": ["$.detail.userIdentity.accessKeyId"],
    "ec2-instance-launch-lifecycle-action-34.json": ["$.detail.LifecycleActionToken"],
    "ec2-instance-launch-lifecycle-action-warm-pool.json": ["$.detail.LifecycleActionToken"],
    "ec2-instance-terminate-lifecycle-action-35.json": ["$.detail.LifecycleActionToken"],
    "ec2-instance-terminate-lifecycle-action-documented.json": ["$.detail.LifecycleActionToken"],
    "guardduty-finding-aws-api-call.json": ["$.detail.resource.accessKeyDetails"],
    "trusted-advisor-check-item-refresh-notification-432.json": ['$.detail.check-item-detail["Password Policy"]'],
    "TransferFamilyAuthorizer.json": ["$.password"],
    "albMultiValueResponse.json": ['$.multiValueHeaders["Set-Cookie"]'],
    "apiGatewayAuthorizerRequestEvent.json": [
        "$.identitySource",
        "$.authorizationToken",
        "$.requestContext.identity.apiKey",
    ],
    "apiGatewayAuthorizerResponse.json": ["$.context", "$.usageIdentifierKey"],
    "apiGatewayAuthorizerResponseV2Simple.json": ["$.context"],
    "apiGatewayAuthorizerRequestEventDocumented.json": ["$.requestContext.identity.apiKey"],
    "apiGatewayAuthorizerRestRequestEvent.json": ["$.requestContext.identity.apiKey"],
    "apiGatewayAuthorizerTokenEvent.json": ["$.authorizationToken"],
    "apiGatewayAuthorizerV2Event.json": ["$.identitySource", "$.cookies", "$.headers.Authorization"],
    "apiGatewayAuthorizerWebSocketEvent.json": ["$.headers.Authorization", "$.multiValueHeaders.Authorization"],
    "apiGatewayProxyEventCognitoAuthorizer.json": ["$.headers.Authorization", "$.multiValueHeaders.Authorization"],
    "apiGatewayProxyV2JwtIdTokenEvent.json": ["$.headers.authorization"],
    "apiGatewayProxyEventConsoleTest.json": ["$.requestContext.identity.apiKey", "$.requestContext.identity.accessKey"],
    "apiGatewayProxyEventNullExtendedRequestId.json": [
        "$.requestContext.identity.apiKey",
        "$.requestContext.identity.accessKey",
    ],
    "apiGatewayProxyEventOlderForm.json": ["$.requestContext.identity.apiKey", "$.requestContext.identity.accessKey"],
    "apiGatewayProxyEventIamAuth.json": [
        "$.headers.Authorization",
        "$.multiValueHeaders.Authorization",
        "$.requestContext.identity.accessKey",
    ],
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
    "apiGatewayProxyV2IamEvent.json": ["$.cookies", "$.requestContext.authorizer.iam.accessKey"],
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
    "cloudformationCustomResourceCreateNoServiceToken.json": [("$.ResponseURL", ("X-Amz-Signature",))],
    "codePipelineEvent.json": [
        '$["CodePipeline.job"].data.artifactCredentials',
        '$["CodePipeline.job"].data.continuationToken',
    ],
    "codePipelineEventData.json": ['$["CodePipeline.job"].data.artifactCredentials'],
    "codePipelineEventEmptyUserParameters.json": ['$["CodePipeline.job"].data.artifactCredentials'],
    "codePipelineEventWithEncryptionKey.json": [
        '$["CodePipeline.job"].data.artifactCredentials',
        '$["CodePipeline.job"].data.continuationToken',
    ],
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
    "lambdaFunctionUrlEventPathTrailingSlash.json": ["$.cookies", "$.requestContext.authorizer.iam.accessKey"],
    "lambdaFunctionUrlIAMEvent.json": ["$.cookies", "$.requestContext.authorizer.iam.accessKey"],
    "lambdaFunctionUrlIAMEventOlderForm.json": ["$.cookies", "$.requestContext.authorizer.iam.accessKey"],
    "lambdaFunctionUrlResponse.json": ["$.cookies"],
    "s3ObjectEventIAMUser.json": [
        ("$.getObjectContext.inputS3Url", ("X-Amz-Security-Token",)),
        "$.getObjectContext.outputToken",
        "$.userIdentity.accessKeyId",
    ],
    "s3ObjectEventTempCredentials.json": [
        ("$.getObjectContext.inputS3Url", ("X-Amz-Security-Token",)),
        "$.getObjectContext.outputToken",
        "$.userIdentity.accessKeyId",
    ],
    "s3ObjectLambdaHeadObjectEvent.json": [
        ("$.headObjectContext.inputS3Url", ("X-Amz-Security-Token",)),
        "$.userIdentity.accessKeyId",
    ],
    "s3ObjectLambdaListObjectsEvent.json": [
        ("$.listObjectsContext.inputS3Url", ("X-Amz-Security-Token",)),
        "$.userIdentity.accessKeyId",
    ],
    "s3ObjectLambdaListObjectsV2Event.json": [
        ("$.listObjectsV2Context.inputS3Url", ("X-Amz-Security-Token",)),
        "$.userIdentity.accessKeyId",
    ],
    "secretsManagerEvent.json": ["$.ClientRequestToken"],
    "secretsManagerEventRotationToken.json": ["$.ClientRequestToken", "$.RotationToken"],
    # DKIM-Signature: a name/value header pair whose name is secret-like (`*signature*`).
    "sesEvent.json": ["$.Records[0].ses.mail.headers[2].value"],
    "sesEventNoDateHeader.json": ["$.Records[0].ses.mail.headers[2].value"],
    "snsEvent.json": ["$.Records[0].Sns.Signature"],
    "snsEventNoSubject.json": ["$.Records[0].Sns.Signature"],
    # The SNS notification inside the SQS body is parsed: its signature is replaced, the body written again.
    "snsSqsEvent.json": [("$.Records[0].body", "$.Signature")],
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
        json_path, detail = entry if isinstance(entry, tuple) else (entry, None)
        parent, key = resolve_parent(expected, json_path)
        if detail is None:
            secrets.extend(_strings(parent[key]))
            parent[key] = _blanked(parent[key])
        elif isinstance(detail, str):
            embedded = json.loads(parent[key])
            inner_parent, inner_key = resolve_parent(embedded, detail)
            secrets.extend(_strings(inner_parent[inner_key]))
            inner_parent[inner_key] = _blanked(inner_parent[inner_key])
            parent[key] = json.dumps(embedded, ensure_ascii=False)
        else:
            parent[key], removed = _without_parameters(parent[key], detail)
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
    assert redacted.get("multiValueHeaders") == {
        "AUTHORIZATION": [SENSITIVE],
        "x-API-key": [SENSITIVE],
        "Cookie": [SENSITIVE, SENSITIVE],
        "Accept": ["*/*"],
    }


def test_load_balancer_authentication_headers_are_redacted() -> None:
    headers = {
        "x-amzn-oidc-accesstoken": "eyJ0a2VuIn0",
        "x-amzn-oidc-data": "eyJkYXRhIn0",
        "x-amzn-oidc-identity": "u-1",
    }
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
    shared = {"token": "t", "page": "1"}
    cyclic: dict[str, Any] = {"a": shared, "b": shared, "headers": {"x-auth-token": "t"}}
    cyclic["self"] = cyclic
    copied = redact(cyclic)
    # A container is copied once per context (its key and its parent's key): the copy's cycle closes one
    # level down.
    assert copied["self"]["self"]["self"] is copied["self"]["self"]
    assert copied["a"] == copied["b"] == {"token": SENSITIVE, "page": "1"}
    assert copied["headers"] == copied["self"]["headers"] == {"x-auth-token": SENSITIVE}


def test_lists_are_redacted_item_by_item_and_tuples_become_lists() -> None:
    assert redact([{"password": "a"}, ({"identitySource": ("x", "y")},)]) == [
        {"password": SENSITIVE},
        [{"identitySource": [SENSITIVE, SENSITIVE]}],
    ]


# --- issue 14, section 1: each input that leaked or was over-redacted -------------------------------------


def _leaks(output: object, *secrets: str) -> list[str]:
    """The secrets found in `output` serialised, also read back from base64 and Kafka header bytes."""
    text = json.dumps(output, ensure_ascii=False)
    readings = [text, *(_base64_text(item) for item in _strings(output)), *_byte_texts(output)]
    return [secret for secret in secrets if any(secret in reading for reading in readings)]


def _base64_text(value: str) -> str:
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return ""
    return (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8", errors="replace")


def _byte_texts(value: object) -> list[str]:
    if isinstance(value, list):
        items = cast("list[object]", value)
        if items and all(type(item) is int for item in items):
            return [bytes(cast("list[int]", items)).decode("utf-8", errors="replace")]
        return [text for item in items for text in _byte_texts(item)]
    if isinstance(value, dict):
        return [text for item in cast("dict[str, object]", value).values() for text in _byte_texts(item)]
    return []


def test_a_map_with_name_and_value_next_to_real_keys_is_no_pair() -> None:
    event = {"version": "2.0", "headers": {"name": "n", "value": "v", "authorization": "Bearer SECRET1"}}
    assert redact(event)["headers"] == {"name": "n", "value": "v", "authorization": SENSITIVE}
    query = {"queryStringParameters": {"key": "k", "value": "v", "access_token": "SECRET2"}}
    assert redact(query)["queryStringParameters"]["access_token"] == SENSITIVE


def test_presigned_parameters_in_query_maps() -> None:
    names = ["X-Amz-Signature", "Signature", "X-Amz-Credential", "X-Amz-Security-Token", "AWSAccessKeyId"]
    event = {
        "queryStringParameters": {name: f"S{index}" for index, name in enumerate(names)} | {"page": "2"},
        "multiValueQueryStringParameters": {name: [f"M{index}"] for index, name in enumerate(names)},
    }
    redacted = redact(event)
    assert redacted["queryStringParameters"] == dict.fromkeys(names, SENSITIVE) | {"page": "2"}
    assert redacted["multiValueQueryStringParameters"] == {name: [SENSITIVE] for name in names}


def test_kafka_header_bytes_are_redacted() -> None:
    event = event_named("kafkaEventMsk.json")
    record = next(iter(event["records"].values()))[0]
    record["headers"] = [
        {"authorization": list(b"Bearer KAFKASECRET1")},
        {"X-Forwarded": list(b"Bearer KAFKASECRET2")},
        {"traceparent": list(b"00-abc-01")},
    ]
    headers = next(iter(redact(event)["records"].values()))[0]["headers"]
    assert headers == [
        {"authorization": list(SENSITIVE.encode())},
        {"X-Forwarded": list(f"Bearer {SENSITIVE}".encode())},
        {"traceparent": list(b"00-abc-01")},
    ]
    assert find_event_problems(redact(event), fixture_named("kafkaEventMsk.json").expected_type) == []


def test_passwords_in_urls_and_presigned_urls_in_any_header() -> None:
    event = event_named("cloudformationCustomResourceCreate.json")
    event["ResponseURL"] = "https://admin:hunter2@example.com/callback"
    event["ResourceProperties"]["DatabaseUrl"] = "postgres://app:Secr3tPw@db.internal:5432/app"
    assert redact(event)["ResponseURL"] == f"https://{SENSITIVE}@example.com/callback"
    assert redact(event)["ResourceProperties"]["DatabaseUrl"] == f"postgres://{SENSITIVE}@db.internal:5432/app"
    presigned = (
        "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abcdef0123&X-Amz-Expires=60"
    )
    request = event_named("apiGatewayProxyEvent.json")
    request["headers"]["Referer"] = presigned
    request["multiValueHeaders"]["Referer"] = [presigned]
    redacted = redact(request)
    expected = presigned.replace("abcdef0123", SENSITIVE)
    assert redacted["headers"]["Referer"] == expected and redacted["multiValueHeaders"]["Referer"] == [expected]


def test_secret_named_message_attributes() -> None:
    sqs = event_named("sqsEventMessageAttributes.json")
    sqs["Records"][0]["messageAttributes"]["apiToken"] = {
        "stringValue": "SQSSECRET",
        "stringListValues": [],
        "binaryListValues": [],
        "dataType": "String",
    }
    redacted = redact(sqs)
    attributes = redacted["Records"][0]["messageAttributes"]
    assert attributes["apiToken"]["stringValue"] == SENSITIVE and attributes["apiToken"]["dataType"] == "String"
    assert attributes["Tenant"]["stringValue"] == "acme"
    assert find_event_problems(redacted, fixture_named("sqsEventMessageAttributes.json").expected_type) == []
    sns = event_named("snsEvent.json")
    sns["Records"][0]["Sns"]["MessageAttributes"] = {"accessToken": {"Type": "String", "Value": "SNSSECRET"}}
    redacted_sns = redact(sns)
    attribute = redacted_sns["Records"][0]["Sns"]["MessageAttributes"]["accessToken"]
    assert attribute == {"Type": "String", "Value": SENSITIVE}
    assert find_event_problems(redacted_sns, fixture_named("snsEvent.json").expected_type) == []


def test_bedrock_agent_parameters_and_request_body_properties() -> None:
    event = event_named("bedrockAgentPostEvent.json")
    event["parameters"] = [
        {"name": "apiKey", "type": "string", "value": "BEDROCK1"},
        {"name": "city", "type": "string", "value": "Paris"},
    ]
    properties = event["requestBody"]["content"]["application/json"]["properties"]
    properties.append({"name": "client_secret", "type": "string", "value": "BEDROCK2"})
    redacted = redact(event)
    assert redacted["parameters"] == [
        {"name": "apiKey", "type": "string", "value": SENSITIVE},
        {"name": "city", "type": "string", "value": "Paris"},
    ]
    assert redacted["requestBody"]["content"]["application/json"]["properties"][-1]["value"] == SENSITIVE
    assert redacted["requestBody"]["content"]["application/json"]["properties"][0] == properties[0]


SECRET_NAMED = {
    "dbPassword": "P1",
    "apiToken": "P2",
    "client_secret": "P3",
    "access_token": "P4",
    "api_key": "P5",
    "refresh_token": "P6",
    "privateKey": "P7",
}


def test_secret_names_anywhere_in_a_detail_and_in_decoded_payloads() -> None:
    bridge = event_named("eventBridgeEvent.json")
    bridge["detail"] = {"config": dict(SECRET_NAMED), "authorizer": {"name": "kept"}}
    expected = {"config": dict.fromkeys(SECRET_NAMED, SENSITIVE), "authorizer": {"name": "kept"}}
    assert redact(bridge)["detail"] == expected
    payload = json.dumps({"order": 7, **SECRET_NAMED})
    sqs = event_named("sqsEvent.json")
    sqs["Records"][0]["body"] = payload
    kinesis = event_named("kinesisStreamEvent.json")
    kinesis["Records"][0]["kinesis"]["data"] = base64.b64encode(payload.encode()).decode()
    kafka = event_named("kafkaEventMsk.json")
    next(iter(kafka["records"].values()))[0]["value"] = base64.b64encode(gzip.compress(payload.encode())).decode()
    http = event_named("apiGatewayProxyEvent.json")
    http["body"] = base64.b64encode(payload.encode()).decode()
    http["isBase64Encoded"] = True
    for event in (sqs, kinesis, kafka, http):
        redacted = redact(event)
        assert not _leaks(redacted, *SECRET_NAMED.values()), event
        assert "order" in json.dumps(redacted) or any('"order": 7' in _base64_text(text) for text in _strings(redacted))
    assert json.loads(redact(sqs)["Records"][0]["body"]) == {"order": 7, **dict.fromkeys(SECRET_NAMED, SENSITIVE)}
    # Not decoded, base64 data is kept; JSON text is still read as text (`"name": "value"` members).
    assert redact(kinesis, decode_payloads=False) == kinesis
    assert redact(sqs, decode_payloads=False)["Records"][0]["body"] == json.dumps(
        {"order": 7, **dict.fromkeys(SECRET_NAMED, SENSITIVE)}
    )


def test_the_callers_access_key_id() -> None:
    event = event_named("s3ObjectLambdaHeadObjectEvent.json")
    assert redact(event)["userIdentity"]["accessKeyId"] == SENSITIVE


def test_over_redaction_is_gone() -> None:
    event = event_named("apiGatewayProxyEvent.json")
    event["headers"]["Access-Control-Allow-Credentials"] = "true"
    event["queryStringParameters"] = {"tokenizer": "standard"}
    assert redact(event)["headers"]["Access-Control-Allow-Credentials"] == "true"
    assert redact(event)["queryStringParameters"] == {"tokenizer": "standard"}
    bridge = event_named("eventBridgeEvent.json")
    bridge["detail"] = {"authorizer": {"name": "orders", "type": "TOKEN"}}
    assert redact(bridge) == bridge


def test_undecodable_gzip_payload_is_replaced() -> None:
    corrupt = base64.b64encode(gzip.compress(b'{"password": "x"}')[:-12]).decode()
    assert redact({"data": corrupt}) == {"data": SENSITIVE}


def test_deep_json_payload_falls_back_to_text_rules() -> None:
    body = "[" * 100_000 + '{"password": "DEEPSECRET"}' + "]" * 100_000
    assert "DEEPSECRET" not in redact({"body": body})["body"]


def test_payloads_deeper_than_the_limit_are_not_shown() -> None:
    inner = json.dumps({"password": "DEEP1"})
    for _ in range(12):
        inner = json.dumps({"body": base64.b64encode(inner.encode()).decode()})
    layer: Any = redact({"body": inner})["body"]
    layers = 0
    while layer != SENSITIVE:  # unwrap the copy: JSON, then base64, ... until the replaced layer
        assert "DEEP1" not in layer
        body = json.loads(layer)["body"]
        layer = body if body == SENSITIVE else base64.b64decode(body).decode()
        layers += 1
    assert layers <= 8


def test_bytes_under_secret_names() -> None:
    assert redact({"password": b"x", "data": b"kept", "empty": {"token": b""}}) == {
        "password": SENSITIVE.encode(),
        "data": b"kept",
        "empty": {"token": b""},
    }


def test_long_runs_cost_one_scan() -> None:
    """Pathological strings for the text patterns finish (each would take hours were a pattern quadratic)."""
    runs = ("a" * 200_000 + ":", "a." * 100_000 + "://", "eyJ" * 70_000 + "=", "token" * 40_000 + " x", "%3D" * 70_000)
    for text in runs:
        assert redact({"note": text})["note"].startswith(text[:10])


def test_extra_keys_must_be_names() -> None:
    with pytest.raises(TypeError, match="single string"):
        redact({"ssn": "1"}, extra_keys="ssn")
    with pytest.raises(TypeError, match="hold strings"):
        redact({"ssn": "1"}, extra_keys=[1])  # type: ignore[list-item]
    assert redact({"Tax-ID": "1", "tax_id": "2"}, extra_keys=["taxId"]) == {"Tax-ID": SENSITIVE, "tax_id": SENSITIVE}


# --- the command line's output -------------------------------------------------------------------------


def _inspect(event: Any, *args: str) -> str:
    out = io.StringIO()
    run(["inspect", "-", *args], io.BytesIO(json.dumps(event).encode()), out)
    return out.getvalue()


def test_the_command_lines_output_shows_no_secret() -> None:
    payload = json.dumps({"order": 7, **SECRET_NAMED})
    kafka = event_named("kafkaEventMsk.json")
    record = next(iter(kafka["records"].values()))[0]
    record["headers"] = [{"authorization": list(b"Bearer KAFKA1")}, {"trace": list(b"token=KAFKA2")}]
    record["value"] = base64.b64encode(payload.encode()).decode()
    sqs = event_named("sqsEvent.json")
    sqs["Records"][0]["body"] = payload
    bridge = event_named("eventBridgeEvent.json")
    bridge["detail"] = dict(SECRET_NAMED)
    kinesis = event_named("kinesisStreamEvent.json")
    kinesis["Records"][0]["kinesis"]["data"] = base64.b64encode(payload.encode()).decode()
    logs = event_named("cloudWatchLogEvent.json")
    log_event = {"id": "1", "timestamp": 1, "message": "login password=P1"}
    document = {"messageType": "DATA_MESSAGE", "logEvents": [log_event]}
    logs["awslogs"]["data"] = base64.b64encode(gzip.compress(json.dumps(document).encode())).decode()
    for event in (kafka, sqs, bridge, kinesis, logs):
        for args in ((), ("--json",)):
            output = _inspect(event, *args)
            assert not _leaks(output, "KAFKA1", "KAFKA2", *SECRET_NAMED.values()), output
    assert "KAFKA1" in _inspect(kafka, "--no-redact")
