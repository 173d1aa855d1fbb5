"""One function attached to several Cognito triggers:
`triggerSource` narrows the union to the right event."""

from __future__ import annotations

from lambda_events import CognitoUserPoolTriggerEventDict, LambdaContext

BLOCKED_USERS = {"mallory"}


def handler(
    event: CognitoUserPoolTriggerEventDict, context: LambdaContext
) -> CognitoUserPoolTriggerEventDict:
    """Auto-confirm sign-ups, refuse blocked users at
    sign-in, and word the password-reset message."""
    if event["triggerSource"] == "PreSignUp_SignUp":
        # Here the checker knows `event` is a PreSignUpTriggerEventDict: `autoConfirmUser` is one of
        # its keys.
        event["response"]["autoConfirmUser"] = True
    elif event["triggerSource"] == "PreAuthentication_Authentication":
        if event["userName"] in BLOCKED_USERS:
            raise PermissionError("this account is blocked")  # Cognito refuses the sign-in
    elif event["triggerSource"] == "CustomMessage_ForgotPassword":
        # a placeholder that Cognito replaces with the code
        code = event["request"]["codeParameter"]
        event["response"]["emailSubject"] = "Your password reset code"
        event["response"]["emailMessage"] = f"Use {code} to choose a new password."
    return event
