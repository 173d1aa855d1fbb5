"""An SES receipt rule action (RequestResponse) that stops the rule set for suspicious mail."""

from __future__ import annotations

from lambda_events import LambdaContext, SESEventDict, SESLambdaResponseDict


def handler(event: SESEventDict, context: LambdaContext) -> SESLambdaResponseDict:
    """Stop processing mail that fails the spam, virus, SPF
    or DKIM check; let the next actions run otherwise."""
    receipt = event["Records"][0]["ses"]["receipt"]
    verdicts = [
        receipt["spamVerdict"],
        receipt["virusVerdict"],
        receipt["spfVerdict"],
        receipt["dkimVerdict"],
    ]
    if any(verdict["status"] == "FAIL" for verdict in verdicts):
        return {"disposition": "STOP_RULE_SET"}
    return {"disposition": "CONTINUE"}
