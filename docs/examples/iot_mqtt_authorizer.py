"""An AWS IoT Core custom authorizer for MQTT user names and passwords: each
device may connect with its own client id and publish only under its own topic."""

import base64
import hmac

from lambda_events import IoTAuthorizerEventDict, IoTAuthorizerResponseDict

ACCOUNT_TOPICS = "arn:aws:iot:eu-west-1:123456789012"
PASSWORDS = {"sensor-17": b"device-password"}  # in real life: a secrets store


def handler(event: IoTAuthorizerEventDict, context: object) -> IoTAuthorizerResponseDict:
    mqtt = event.get("protocolData", {}).get("mqtt", {})
    client_id = mqtt.get("clientId", "")
    password = base64.b64decode(mqtt.get("password", ""))
    expected = PASSWORDS.get(client_id)
    allowed = expected is not None and hmac.compare_digest(password, expected)
    return {
        "isAuthenticated": allowed,
        "principalId": "".join(c for c in client_id if c.isalnum()) or "anonymous",
        "disconnectAfterInSeconds": 3600,
        "refreshAfterInSeconds": 600,
        "policyDocuments": [
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": "iot:Connect",
                        "Resource": f"{ACCOUNT_TOPICS}:client/{client_id}",
                    },
                    {
                        "Effect": "Allow",
                        "Action": "iot:Publish",
                        "Resource": f"{ACCOUNT_TOPICS}:topic/sensors/{client_id}/*",
                    },
                ],
            }
        ]
        if allowed
        else [],
    }
