"""Test events of Amazon Transcribe (`aws.transcribe`): transcription jobs, language identification, Call
Analytics jobs and custom vocabularies."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.eventbridge.aws.transcribe import TranscribeJobStatus
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.transcribe import (
        TranscribeCallAnalyticsJobStateChangeEventDict,
        TranscribeJobStateChangeEventDict,
        TranscribeLanguageIdentificationStateChangeEventDict,
        TranscribeVocabularyStateChangeDetailDict,
        TranscribeVocabularyStateChangeEventDict,
    )

__all__ = [
    "transcribe_call_analytics_job_state_change_event",
    "transcribe_job_state_change_event",
    "transcribe_language_identification_state_change_event",
    "transcribe_vocabulary_state_change_event",
]

IdentificationStatus = Literal["COMPLETED", "FAILED"]
"""The outcomes of language identification."""
VocabularyState = Literal["PENDING", "READY", "FAILED"]
"""The states of a custom vocabulary."""


def transcribe_job_state_change_event(
    *,
    job_name: str = "support-call-0001",
    status: TranscribeJobStatus = "COMPLETED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TranscribeJobStateChangeEventDict:
    """The transcription job `job_name` entered `status` (`QUEUED`, `IN_PROGRESS`, `COMPLETED`, `FAILED`)."""
    check_one_of("status", status, get_args(TranscribeJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.transcribe",
        "detail-type": "Transcribe Job State Change",
        "detail": {"TranscriptionJobName": job_name, "TranscriptionJobStatus": status},
    }


def transcribe_language_identification_state_change_event(
    *,
    job_name: str = "support-call-0001",
    status: IdentificationStatus = "COMPLETED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TranscribeLanguageIdentificationStateChangeEventDict:
    """Language identification for the transcription job `job_name` `COMPLETED` or `FAILED`."""
    check_one_of("status", status, get_args(IdentificationStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.transcribe",
        "detail-type": "Language Identification State Change",
        "detail": {"JobType": "TranscriptionJob", "JobName": job_name, "LanguageIdentificationStatus": status},
    }


def transcribe_call_analytics_job_state_change_event(
    *,
    job_name: str = "support-call-0001",
    status: TranscribeJobStatus = "COMPLETED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TranscribeCallAnalyticsJobStateChangeEventDict:
    """The Call Analytics job `job_name` entered `status`."""
    check_one_of("status", status, get_args(TranscribeJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.transcribe",
        "detail-type": "Call Analytics Job State Change",
        "detail": {"JobName": job_name, "JobStatus": status},
    }


def transcribe_vocabulary_state_change_event(
    *,
    vocabulary_name: str = "product-names",
    state: VocabularyState = "READY",
    failure_reason: str = "The vocabulary file contains a phrase longer than 256 characters.",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TranscribeVocabularyStateChangeEventDict:
    """The custom vocabulary `vocabulary_name` entered `state`; `failure_reason` is sent only for `FAILED`."""
    check_one_of("state", state, get_args(VocabularyState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: TranscribeVocabularyStateChangeDetailDict = {"VocabularyName": vocabulary_name, "VocabularyState": state}
    if state == "FAILED":
        detail["FailureReason"] = failure_reason
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.transcribe",
        "detail-type": "Vocabulary State Change",
        "detail": detail,
    }
