"""One function for the findings of GuardDuty, Security Hub and Amazon Inspector: each is told apart
by `source`, and only the serious ones become an alert."""

from __future__ import annotations

from typing import Union

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.guardduty import GuardDutyFindingEventDict
from lambda_events.eventbridge.aws.inspector2 import Inspector2FindingEventDict
from lambda_events.eventbridge.aws.securityhub import SecurityHubFindingsImportedEventDict

FindingEventDict = Union[
    GuardDutyFindingEventDict, SecurityHubFindingsImportedEventDict, Inspector2FindingEventDict
]
"""Every event the rule sends: its pattern is
`"source": ["aws.guardduty", "aws.securityhub", "aws.inspector2"]`."""


def handler(event: FindingEventDict, context: LambdaContext) -> list[str]:
    """One alert line per high or critical finding; nothing for the others."""
    if event["source"] == "aws.guardduty":
        threat = event["detail"]
        # GuardDuty's severity is a number: 7.0 to 8.9 is high, 9.0 and above critical.
        if threat["severity"] < 7:
            return []
        return [f"GuardDuty {threat['type']} in {threat['region']}: {threat['title']}"]
    if event["source"] == "aws.securityhub":
        alerts: list[str] = []
        for finding in event["detail"]["findings"]:
            label = finding["Severity"].get(
                "Label"
            )  # absent when the provider set only `Normalized`
            if finding["RecordState"] == "ACTIVE" and label in ("HIGH", "CRITICAL"):
                alerts.append(
                    f"Security Hub {label}: {finding['Title']} ({finding['Resources'][0]['Id']})"
                )
        return alerts
    vulnerability = event["detail"]
    if vulnerability["severity"] not in ("HIGH", "CRITICAL") or vulnerability["status"] != "ACTIVE":
        return []
    resources = ", ".join(resource["id"] for resource in vulnerability["resources"])
    return [f"Inspector {vulnerability['severity']}: {vulnerability['title']} on {resources}"]
