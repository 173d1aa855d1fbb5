"""A synchronous outbound WorkMail rule: a message whose subject says "confidential" is bounced for the
recipients outside the company and delivered to the others."""

from lambda_events import WorkMailActionDict, WorkMailEventDict, WorkMailSyncResponseDict

COMPANY_DOMAIN = "@example.com"


def handler(event: WorkMailEventDict, context: object) -> WorkMailSyncResponseDict:
    actions: list[WorkMailActionDict] = []
    if "confidential" in event["subject"].lower():
        outside = [
            recipient["address"]
            for recipient in event["envelope"]["recipients"]
            if not recipient["address"].endswith(COMPANY_DOMAIN)
        ]
        if outside:
            message = "Confidential messages may not be sent outside the company."
            actions.append({"action": {"type": "BOUNCE", "parameters": {"bounceMessage": message}}, "recipients": outside})
    actions.append({"action": {"type": "DEFAULT"}, "allRecipients": True})
    return {"actions": actions}
