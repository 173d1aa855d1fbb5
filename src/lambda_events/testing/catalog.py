"""One representative event per source identifier of `detect_event_source`, made by the factories: what
`lambda-events sample SOURCE` prints, and a ready set of events for tests that run over every source."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Optional

from lambda_events.testing import (
    amazon_mq,
    api_gateway,
    api_gateway_websocket,
    appsync,
    authorizers,
    cloudwatch,
    cognito,
    cognito_challenges,
    cognito_messages,
    cognito_tokens,
    conversations,
    databases,
    deployment,
    edge_and_email,
    eventbridge,
    http_endpoints,
    messaging,
    operations,
    s3,
    s3_object_lambda,
    streams,
    vpc_lattice,
    windows,
)
from lambda_events.testing._scenario import Seed

if TYPE_CHECKING:
    from lambda_events.helpers.detection import EventSource

__all__ = ["SAMPLE_FACTORIES", "sample_event"]

_Sample = Callable[[Seed, Optional[datetime]], object]

_ORDER = {"id": "order-1001", "status": "PLACED", "total": 42}


def _sample(factory: Callable[..., object], **arguments: object) -> _Sample:
    """A function `(seed, at)` that calls `factory` with a fresh copy of `arguments` (an event may hold an
    argument itself, as `eventbridge_event` holds its `detail`), `seed` and `at`."""
    return lambda seed, at: factory(**copy.deepcopy(arguments), seed=seed, at=at)


SAMPLE_FACTORIES: Mapping[EventSource, _Sample] = MappingProxyType(
    {
        "sqs": _sample(messaging.sqs_event, bodies=[_ORDER]),
        "sns": _sample(messaging.sns_event, messages=[_ORDER], subject="Order placed"),
        "s3": _sample(s3.s3_event, keys=["uploads/monthly report.csv"]),
        "ses": _sample(edge_and_email.ses_event),
        "dynamodb_stream": _sample(
            databases.dynamodb_stream_event, new_images=[{**_ORDER, "status": "SHIPPED"}], old_images=[_ORDER]
        ),
        "dynamodb_stream_time_window": _sample(windows.dynamodb_time_window_event),
        "kinesis_stream": _sample(streams.kinesis_event, data=[_ORDER]),
        "kinesis_stream_time_window": _sample(windows.kinesis_time_window_event),
        "kinesis_firehose": _sample(streams.firehose_event, data=[_ORDER]),
        "kafka": _sample(streams.kafka_event, values=[_ORDER], keys=[b"order-1001"]),
        "activemq": _sample(amazon_mq.activemq_event),
        "rabbitmq": _sample(amazon_mq.rabbitmq_event),
        "documentdb": _sample(databases.documentdb_event),
        "cloudwatch_logs": _sample(
            streams.cloudwatch_logs_event, messages=["START RequestId: 1", "Order order-1001 placed"]
        ),
        "eventbridge": _sample(eventbridge.eventbridge_event, detail=_ORDER),
        "scheduled": _sample(eventbridge.scheduled_event),
        "s3_eventbridge": _sample(eventbridge.s3_eventbridge_event),
        "cloudwatch_alarm": _sample(cloudwatch.cloudwatch_alarm_event),
        "cloudwatch_custom_widget": _sample(cloudwatch.cloudwatch_custom_widget_event, params={"region": "us-east-1"}),
        "s3_batch_operation": _sample(s3.s3_batch_operation_event),
        "s3_object_lambda": _sample(s3_object_lambda.s3_object_lambda_event),
        "secrets_manager_rotation": _sample(operations.secrets_manager_rotation_event),
        "config_rule": _sample(operations.config_rule_event),
        "cloudformation_custom_resource": _sample(
            deployment.cloudformation_custom_resource_event, properties={"BucketName": "example-bucket"}
        ),
        "codedeploy_lifecycle_hook": _sample(deployment.codedeploy_lifecycle_hook_event),
        "codepipeline_job": _sample(deployment.codepipeline_job_event, user_parameters={"environment": "staging"}),
        "connect_contact_flow": _sample(conversations.connect_contact_flow_event),
        "bedrock_agent": _sample(conversations.bedrock_agent_api_event, parameters={"claimId": "20"}),
        "iot_registry": _sample(operations.iot_registry_event),
        "lex_v2": _sample(conversations.lex_v2_event),
        "transfer_family_authorizer": _sample(authorizers.transfer_family_authorizer_event),
        "apigw_rest": _sample(api_gateway.api_gateway_proxy_event, method="POST", path="/orders", body=_ORDER),
        "apigw_http": _sample(
            api_gateway.api_gateway_proxy_event_v2, method="POST", path="/orders", body=_ORDER, route_key="POST /orders"
        ),
        "apigw_websocket": _sample(api_gateway_websocket.api_gateway_websocket_event),
        "apigw_rest_authorizer_token": _sample(authorizers.api_gateway_token_authorizer_event),
        "apigw_rest_authorizer_request": _sample(authorizers.api_gateway_request_authorizer_event),
        "apigw_websocket_authorizer": _sample(authorizers.api_gateway_websocket_authorizer_event),
        "apigw_http_authorizer": _sample(authorizers.api_gateway_authorizer_event_v2),
        "alb": _sample(http_endpoints.alb_event, method="POST", path="/orders", body=_ORDER),
        "function_url": _sample(http_endpoints.function_url_event, method="POST", path="/orders", body=_ORDER),
        "vpc_lattice_v1": _sample(vpc_lattice.vpc_lattice_event),
        "vpc_lattice_v2": _sample(vpc_lattice.vpc_lattice_event_v2),
        "cloudfront_request": _sample(edge_and_email.cloudfront_request_event),
        "cloudfront_response": _sample(edge_and_email.cloudfront_response_event),
        "appsync_resolver": _sample(appsync.appsync_resolver_event, arguments={"id": "post-1"}),
        "appsync_batch_resolver": _sample(appsync.appsync_batch_resolver_event),
        "appsync_resolver_template": _sample(appsync.appsync_resolver_template_event, arguments={"id": "post-1"}),
        "appsync_authorizer": _sample(appsync.appsync_authorizer_event),
        "appsync_events": _sample(appsync.appsync_events_event),
        "cognito_pre_sign_up": _sample(cognito.cognito_pre_sign_up_event),
        "cognito_post_confirmation": _sample(cognito.cognito_post_confirmation_event),
        "cognito_pre_authentication": _sample(cognito.cognito_pre_authentication_event),
        "cognito_post_authentication": _sample(cognito.cognito_post_authentication_event),
        "cognito_define_auth_challenge": _sample(cognito_challenges.cognito_define_auth_challenge_event),
        "cognito_create_auth_challenge": _sample(cognito_challenges.cognito_create_auth_challenge_event),
        "cognito_verify_auth_challenge_response": _sample(
            cognito_challenges.cognito_verify_auth_challenge_response_event
        ),
        "cognito_pre_token_generation": _sample(cognito_tokens.cognito_pre_token_generation_event),
        "cognito_pre_token_generation_v2": _sample(cognito_tokens.cognito_pre_token_generation_v2_event),
        "cognito_pre_token_generation_client_credentials": _sample(
            cognito_tokens.cognito_pre_token_generation_client_credentials_event
        ),
        "cognito_user_migration": _sample(cognito.cognito_user_migration_event),
        "cognito_custom_message": _sample(cognito_messages.cognito_custom_message_event),
        "cognito_custom_email_sender": _sample(cognito_messages.cognito_custom_email_sender_event),
        "cognito_custom_sms_sender": _sample(cognito_messages.cognito_custom_sms_sender_event),
    }
)
"""For each source identifier, a function `(seed, at)` that makes one representative event of that source."""


def sample_event(source: EventSource, *, seed: Seed = None, at: Optional[datetime] = None) -> object:
    """A representative event of `source` (an identifier of `detect_event_source`), made by its factory.

    Raises `KeyError` for an identifier that is not a source.
    """
    return SAMPLE_FACTORIES[source](seed, at)
