"""Misuses of the SES types that both checkers must reject."""

from lambda_events import SESEventDict, SESLambdaResponseDict, SESReceiptDict


def narrow_the_action_before_reading_it(receipt: SESReceiptDict) -> str:
    return receipt["action"]["functionArn"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def disposition_is_a_closed_set() -> SESLambdaResponseDict:
    return {"disposition": "STOP"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def from_is_a_list(event: SESEventDict) -> str:
    return event["Records"][0]["ses"]["mail"]["commonHeaders"]["from"].lower()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]


def verdict_is_a_closed_set(receipt: SESReceiptDict) -> None:
    receipt["spamVerdict"]["status"] = "SPAM"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
