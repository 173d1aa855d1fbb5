"""Misuses of the Cognito trigger types that both checkers must reject."""

from lambda_events import (
    CognitoUserPoolTriggerEventDict,
    CustomEmailSenderTriggerEventDict,
    DefineAuthChallengeTriggerEventDict,
    PreSignUpTriggerEventDict,
    PreTokenGenerationTriggerEventDict,
)


def misspelt_response_key(event: PreSignUpTriggerEventDict) -> None:
    event["response"]["autoConfirmUsers"] = True  # expect-error: mypy[typeddict-unknown-key] pyright[reportGeneralTypeIssues]


def flag_is_a_boolean(event: PreSignUpTriggerEventDict) -> None:
    event["response"]["autoConfirmUser"] = "yes"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def trigger_source_is_a_closed_set(event: PreSignUpTriggerEventDict) -> None:
    event["triggerSource"] = "PreSignUp_Import"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def challenge_name_is_a_closed_set(event: DefineAuthChallengeTriggerEventDict) -> None:
    event["response"]["challengeName"] = "CAPTCHA"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def session_holds_challenge_results(event: DefineAuthChallengeTriggerEventDict) -> bool:
    return event["request"]["session"][-1]["result"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def preferred_role_may_be_null(event: PreTokenGenerationTriggerEventDict) -> list[str]:
    return event["request"]["groupConfiguration"]["preferredRole"].split(":")  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def code_is_null_for_takeover_notices(event: CustomEmailSenderTriggerEventDict) -> bytes:
    return event["request"]["code"].encode()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def pre_sign_up_key_on_another_trigger(event: CognitoUserPoolTriggerEventDict) -> None:
    if event["triggerSource"] == "PostAuthentication_Authentication":
        event["response"]["autoConfirmUser"] = True  # expect-error: mypy[typeddict-unknown-key] pyright[reportGeneralTypeIssues]


def v1_claims_are_strings(event: PreTokenGenerationTriggerEventDict) -> None:
    event["response"]["claimsOverrideDetails"] = {"claimsToAddOrOverride": {"seats": 25}}  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
