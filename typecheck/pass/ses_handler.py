"""An SES receipt rule function (invoked with RequestResponse) that stops spam and routes the rest."""

from __future__ import annotations

from lambda_events import SESEventDict, SESLambdaResponseDict, SESReceivedNotificationDict


def handler(event: SESEventDict, context: object) -> SESLambdaResponseDict:
    """Stop the rule set for messages that fail a check; let the other rules run otherwise."""
    for record in event["Records"]:
        receipt = record["ses"]["receipt"]
        verdicts = [receipt["spamVerdict"], receipt["virusVerdict"], receipt["spfVerdict"], receipt["dkimVerdict"]]
        if "dmarcVerdict" in receipt and receipt.get("dmarcPolicy") == "reject":
            verdicts.append(receipt["dmarcVerdict"])
        if any(verdict["status"] == "FAIL" for verdict in verdicts):
            headers = record["ses"]["mail"]["commonHeaders"]
            print(f"dropping {headers.get('subject', '(no subject)')} from {headers['from']}")
            return {"disposition": "STOP_RULE_SET"}
        action = receipt["action"]
        if action["type"] == "Lambda":
            print(f"invoked as {action['functionArn']} ({action['invocationType']})")
    return {"disposition": "CONTINUE"}


def on_notification(notification: SESReceivedNotificationDict) -> str:
    """Find a received email from the SES notification an S3 or SNS action published."""
    action = notification["receipt"]["action"]
    if action["type"] == "S3":
        return f"s3://{action['bucketName']}/{action['objectKey']}"
    if action["type"] == "SNS":
        return notification.get("content", "")[:100]
    return notification["mail"]["messageId"]
