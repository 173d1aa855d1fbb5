"""Test events of Amazon GuardDuty (`aws.guardduty`): a finding about an EC2 instance."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, partition_of
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.guardduty import GuardDutyFindingEventDict

__all__ = ["guardduty_finding_event"]


def guardduty_finding_event(
    *,
    finding_type: str = "Recon:EC2/PortProbeUnprotectedPort",
    severity: float = 2.0,
    instance_id: Optional[str] = None,
    count: int = 1,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> GuardDutyFindingEventDict:
    """A finding of type `finding_type` about an EC2 instance (`instance_id`, a new id by default) that
    received `count` inbound connections from a remote address; `severity` from 1.0 to 10.0 (`ValueError`
    otherwise)."""
    value = cast("object", severity)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 1.0 <= value <= 10.0:
        raise ValueError(f"severity: expected a number from 1.0 to 10.0, got {severity!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = instance_id if instance_id is not None else f"i-{scene.hex(17)}"
    detector = scene.hex(32)
    finding = scene.hex(32)
    private_ip = f"10.0.{scene.rng.randrange(0, 255)}.{scene.rng.randrange(1, 255)}"
    private_dns = f"ip-{private_ip.replace('.', '-')}.ec2.internal"
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.guardduty",
        "detail-type": "GuardDuty Finding",
        "detail": {
            "schemaVersion": "2.0",
            "accountId": account,
            "region": region,
            "partition": partition_of(region),
            "id": finding,
            "arn": scene.arn("guardduty", f"detector/{detector}/finding/{finding}"),
            "type": finding_type,
            "resource": {
                "resourceType": "Instance",
                "instanceDetails": {
                    "instanceId": instance,
                    "instanceType": "t3.micro",
                    "instanceState": "running",
                    "availabilityZone": f"{region}a",
                    "imageId": f"ami-{scene.hex(17)}",
                    "imageDescription": "Amazon Linux 2023 AMI",
                    "launchTime": scene.iso(-7 * 86_400_000, fraction=False),
                    "productCodes": [],
                    "networkInterfaces": [
                        {
                            "networkInterfaceId": f"eni-{scene.hex(17)}",
                            "ipv6Addresses": [],
                            "privateDnsName": private_dns,
                            "privateIpAddress": private_ip,
                            "privateIpAddresses": [{"privateDnsName": private_dns, "privateIpAddress": private_ip}],
                            "securityGroups": [{"groupId": f"sg-{scene.hex(17)}", "groupName": "web"}],
                            "subnetId": f"subnet-{scene.hex(17)}",
                            "vpcId": f"vpc-{scene.hex(17)}",
                        }
                    ],
                    "tags": [{"key": "Name", "value": "web-1"}],
                },
            },
            "service": {
                "serviceName": "guardduty",
                "detectorId": detector,
                "action": {
                    "actionType": "NETWORK_CONNECTION",
                    "networkConnectionAction": {
                        "blocked": False,
                        "connectionDirection": "INBOUND",
                        "localPortDetails": {"port": 22, "portName": "SSH"},
                        "protocol": "TCP",
                        "remoteIpDetails": {
                            "ipAddressV4": scene.ip(),
                            "organization": {
                                "asn": "64496",
                                "asnOrg": "Example Networks",
                                "isp": "Example ISP",
                                "org": "Example Org",
                            },
                            "country": {"countryName": "Netherlands"},
                            "city": {"cityName": "Amsterdam"},
                            "geoLocation": {"lat": 52.37, "lon": 4.89},
                        },
                        "remotePortDetails": {"port": 50321, "portName": "Unknown"},
                    },
                },
                "resourceRole": "TARGET",
                "additionalInfo": {"value": "{}", "type": "default"},
                "eventFirstSeen": scene.iso(-3_600_000, fraction=False),
                "eventLastSeen": scene.iso(fraction=False),
                "archived": False,
                "count": count,
                "featureName": "FlowLogs",
            },
            "severity": severity,
            "createdAt": scene.iso(-3_600_000),
            "updatedAt": scene.iso(),
            "title": f"Unprotected port on EC2 instance {instance} is being probed.",
            "description": f"EC2 instance {instance} has an unprotected port which is being probed by a known "
            "malicious host.",
        },
    }
