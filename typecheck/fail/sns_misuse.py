"""Misuses of the SNS types that both checkers must reject."""

from lambda_events import SNSMessageDict


def subject_may_be_null(message: SNSMessageDict) -> str:
    return message["Subject"].upper()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def lambda_form_uses_lower_case_url(message: SNSMessageDict) -> str:
    return message["UnsubscribeURL"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def attribute_types_are_closed(message: SNSMessageDict) -> bool:
    return message["MessageAttributes"]["a"]["Type"] == "Text"  # expect-error: mypy[comparison-overlap] pyright[reportUnnecessaryComparison]
