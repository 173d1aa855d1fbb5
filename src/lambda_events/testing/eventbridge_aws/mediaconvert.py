"""Test events of AWS Elemental MediaConvert (`aws.mediaconvert`): the status changes of a transcoding job."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.mediaconvert import (
        MediaConvertJobStateChangeDetailDict,
        MediaConvertJobStateChangeEventDict,
    )

__all__ = ["mediaconvert_job_state_change_event"]

JobStatus = Literal["PROGRESSING", "INPUT_INFORMATION", "STATUS_UPDATE", "COMPLETE", "CANCELED", "ERROR", "NEW_WARNING"]
"""The job statuses `mediaconvert_job_state_change_event` builds."""


def mediaconvert_job_state_change_event(
    *,
    status: JobStatus = "COMPLETE",
    input_uri: str = "s3://example-media/in/clip.mp4",
    output_uri: str = "s3://example-media/out/clip.mp4",
    user_metadata: Optional[dict[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> MediaConvertJobStateChangeEventDict:
    """A job transcoding `input_uri` to a 1280x720 `output_uri` reached `status`, with the keys the user
    guide lists for it: input details for `INPUT_INFORMATION`, progress for `STATUS_UPDATE`, output paths for
    `COMPLETE`, an error for `ERROR`, a warning for `NEW_WARNING`."""
    check_one_of("status", status, get_args(JobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    job_id = f"{scene.digits(13)}-{scene.lower_id(6)}"
    detail: MediaConvertJobStateChangeDetailDict = {
        "timestamp": scene.epoch_ms(),
        "accountId": account,
        "queue": scene.arn("mediaconvert", "queues/Default"),
        "jobId": job_id,
        "status": status,
        "userMetadata": dict(user_metadata or {}),
    }
    if status == "INPUT_INFORMATION":
        detail["inputDetails"] = [
            {
                "id": 1,
                "uri": input_uri,
                "video": [
                    {
                        "streamId": 1,
                        "width": 1920,
                        "height": 1080,
                        "frameRate": 29.97,
                        "sar": "1:1",
                        "bitDepth": 8,
                        "interlaceMode": "PROGRESSIVE",
                        "colorFormat": "YUV_420",
                        "standard": "UNSPECIFIED",
                        "fourCC": "avc1",
                    }
                ],
                "audio": [{"streamId": 2, "codec": "AAC", "channels": 2, "sampleRate": 48000, "language": "UND"}],
                "data": None,
            }
        ]
    elif status == "STATUS_UPDATE":
        detail["framesDecoded"] = 1800
        detail["jobProgress"] = {
            "phaseProgress": {
                "PROBING": {"status": "COMPLETE", "percentComplete": 100},
                "TRANSCODING": {"status": "PROGRESSING", "percentComplete": 42},
                "UPLOADING": {"status": "PENDING", "percentComplete": 0},
            },
            "jobPercentComplete": 45,
            "currentPhase": "TRANSCODING",
            "retryCount": 0,
        }
    elif status == "COMPLETE":
        detail["outputGroupDetails"] = [
            {
                "outputDetails": [
                    {
                        "outputFilePaths": [output_uri],
                        "durationInMs": 30030,
                        "videoDetails": {"widthInPx": 1280, "heightInPx": 720},
                    }
                ],
                "type": "FILE_GROUP",
            }
        ]
    elif status == "ERROR":
        detail["errorCode"] = 1030
        detail["errorMessage"] = f"Unable to open input file [{input_uri}]: [Failed probe/open: [Failed to read data]]"
    elif status == "NEW_WARNING":
        detail["warnings"] = [{"code": 230001, "count": 1}]
    return {
        **aws_event_envelope(scene, [scene.arn("mediaconvert", f"jobs/{job_id}")]),
        "source": "aws.mediaconvert",
        "detail-type": "MediaConvert Job State Change",
        "detail": detail,
    }
