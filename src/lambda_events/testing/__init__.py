"""Typed test events: one factory per event source, each returning that source's TypedDict.

Use it from tests only; the runtime package never imports it. Every factory takes keyword arguments a test
author cares about (`sqs_event(bodies=[...], queue="orders")`), fills in the rest with realistic values (ids,
ARNs built from `region` and `account`, timestamps consistent with each other), and returns an event that
passes `find_event_problems` for its type and round-trips through the decoders (`kinesis_event(data=[b"x"])`
decodes back to `b"x"`).

Determinism: every factory takes `seed` (an `int`, or a `random.Random` shared by several calls) and `at` (a
timezone-aware `datetime`). Given both, a factory returns the same event on every run; without them, ids are
random and the time is now. `sample_event(source)` makes one event of any source `detect_event_source` knows.

    from lambda_events.testing import lambda_context, sqs_event

    def test_handler_reads_the_order() -> None:
        event = sqs_event(bodies=[{"order": 7}], queue="orders", seed=1)
        assert handler(event, lambda_context(seed=1)) == {"batchItemFailures": []}

`lambda_context(...)` makes the handler's second argument: a `FakeLambdaContext` that satisfies `LambdaContext`,
with the function's names and ARN, and a fixed time left (`get_remaining_time_in_millis()` never changes).
"""

# --- begin generated factory exports (scripts/generate_exports.py) ---
from lambda_events.testing.alb import (
    alb_event as alb_event,
)
from lambda_events.testing.amazon_mq import (
    amazon_mq_activemq_event as amazon_mq_activemq_event,
    amazon_mq_rabbitmq_event as amazon_mq_rabbitmq_event,
)
from lambda_events.testing.api_gateway import (
    api_gateway_event as api_gateway_event,
)
from lambda_events.testing.api_gateway_authorizer import (
    api_gateway_authorizer_request_event as api_gateway_authorizer_request_event,
    api_gateway_authorizer_token_event as api_gateway_authorizer_token_event,
    api_gateway_authorizer_v2_event as api_gateway_authorizer_v2_event,
    api_gateway_authorizer_websocket_event as api_gateway_authorizer_websocket_event,
)
from lambda_events.testing.api_gateway_v2 import (
    api_gateway_v2_event as api_gateway_v2_event,
)
from lambda_events.testing.api_gateway_websocket import (
    api_gateway_websocket_event as api_gateway_websocket_event,
)
from lambda_events.testing.appsync import (
    appsync_authorizer_event as appsync_authorizer_event,
    appsync_batch_resolver_event as appsync_batch_resolver_event,
    appsync_cognito_identity as appsync_cognito_identity,
    appsync_resolver_event as appsync_resolver_event,
    appsync_resolver_template_event as appsync_resolver_template_event,
)
from lambda_events.testing.appsync_events import (
    appsync_events_event as appsync_events_event,
)
from lambda_events.testing.autoscaling import (
    autoscaling_event as autoscaling_event,
)
from lambda_events.testing.aws_config import (
    aws_config_event as aws_config_event,
)
from lambda_events.testing.bedrock_agent import (
    bedrock_agent_event as bedrock_agent_event,
    bedrock_agent_function_event as bedrock_agent_function_event,
)
from lambda_events.testing.catalog import (
    SAMPLE_FACTORIES as SAMPLE_FACTORIES,
    sample_event as sample_event,
)
from lambda_events.testing.client_vpn import (
    client_vpn_event as client_vpn_event,
)
from lambda_events.testing.cloudformation import (
    cloudformation_cdk_is_complete_event as cloudformation_cdk_is_complete_event,
    cloudformation_cdk_on_event_event as cloudformation_cdk_on_event_event,
    cloudformation_event as cloudformation_event,
)
from lambda_events.testing.cloudfront import (
    cloudfront_request_event as cloudfront_request_event,
    cloudfront_response_event as cloudfront_response_event,
)
from lambda_events.testing.cloudwatch_alarm import (
    cloudwatch_alarm_event as cloudwatch_alarm_event,
)
from lambda_events.testing.cloudwatch_dashboard import (
    cloudwatch_dashboard_event as cloudwatch_dashboard_event,
)
from lambda_events.testing.cloudwatch_logs import (
    cloudwatch_logs_data as cloudwatch_logs_data,
    cloudwatch_logs_event as cloudwatch_logs_event,
)
from lambda_events.testing.codecommit import (
    codecommit_event as codecommit_event,
)
from lambda_events.testing.codedeploy import (
    codedeploy_event as codedeploy_event,
)
from lambda_events.testing.codepipeline import (
    codepipeline_event as codepipeline_event,
)
from lambda_events.testing.cognito import (
    cognito_create_auth_challenge_event as cognito_create_auth_challenge_event,
    cognito_custom_email_sender_event as cognito_custom_email_sender_event,
    cognito_custom_message_event as cognito_custom_message_event,
    cognito_custom_sms_sender_event as cognito_custom_sms_sender_event,
    cognito_define_auth_challenge_event as cognito_define_auth_challenge_event,
    cognito_inbound_federation_event as cognito_inbound_federation_event,
    cognito_post_authentication_event as cognito_post_authentication_event,
    cognito_post_confirmation_event as cognito_post_confirmation_event,
    cognito_pre_authentication_event as cognito_pre_authentication_event,
    cognito_pre_sign_up_event as cognito_pre_sign_up_event,
    cognito_pre_token_generation_client_credentials_event as cognito_pre_token_generation_client_credentials_event,
    cognito_pre_token_generation_event as cognito_pre_token_generation_event,
    cognito_pre_token_generation_v2_event as cognito_pre_token_generation_v2_event,
    cognito_user_migration_event as cognito_user_migration_event,
    cognito_verify_auth_challenge_response_event as cognito_verify_auth_challenge_response_event,
)
from lambda_events.testing.connect import (
    connect_event as connect_event,
)
from lambda_events.testing.context import (
    FakeCognitoIdentity as FakeCognitoIdentity,
    FakeLambdaContext as FakeLambdaContext,
    lambda_context as lambda_context,
)
from lambda_events.testing.documentdb import (
    documentdb_event as documentdb_event,
)
from lambda_events.testing.dynamodb import (
    dynamodb_event as dynamodb_event,
    dynamodb_record as dynamodb_record,
    dynamodb_time_window_event as dynamodb_time_window_event,
)
from lambda_events.testing.eventbridge import (
    eventbridge_event as eventbridge_event,
    eventbridge_scheduled_event as eventbridge_scheduled_event,
)
from lambda_events.testing.iot_authorizer import (
    iot_authorizer_event as iot_authorizer_event,
)
from lambda_events.testing.iot_registry import (
    iot_registry_event as iot_registry_event,
)
from lambda_events.testing.iot_rule import (
    iot_rule_error_action_event as iot_rule_error_action_event,
)
from lambda_events.testing.kafka import (
    kafka_event as kafka_event,
)
from lambda_events.testing.kinesis import (
    kinesis_event as kinesis_event,
    kinesis_time_window_event as kinesis_time_window_event,
)
from lambda_events.testing.kinesis_firehose import (
    kinesis_firehose_event as kinesis_firehose_event,
    kinesis_firehose_msk_event as kinesis_firehose_msk_event,
)
from lambda_events.testing.lambda_destination import (
    event_source_mapping_failure_record as event_source_mapping_failure_record,
    lambda_destination_event as lambda_destination_event,
    lambda_destination_eventbridge_event as lambda_destination_eventbridge_event,
)
from lambda_events.testing.lambda_function_url import (
    lambda_function_url_event as lambda_function_url_event,
)
from lambda_events.testing.lex_v2 import (
    lex_v2_event as lex_v2_event,
)
from lambda_events.testing.s3 import (
    s3_event as s3_event,
    s3_notification_key as s3_notification_key,
    s3_test_event as s3_test_event,
)
from lambda_events.testing.s3_batch_operation import (
    s3_batch_operation_event as s3_batch_operation_event,
)
from lambda_events.testing.s3_eventbridge import (
    s3_eventbridge_event as s3_eventbridge_event,
)
from lambda_events.testing.s3_object_lambda import (
    s3_object_lambda_event as s3_object_lambda_event,
)
from lambda_events.testing.sagemaker_ground_truth import (
    sagemaker_ground_truth_consolidation_event as sagemaker_ground_truth_consolidation_event,
    sagemaker_ground_truth_pre_annotation_event as sagemaker_ground_truth_pre_annotation_event,
)
from lambda_events.testing.secrets_manager import (
    secrets_manager_event as secrets_manager_event,
)
from lambda_events.testing.ses import (
    ses_event as ses_event,
)
from lambda_events.testing.sns import (
    sns_event as sns_event,
    sns_notification as sns_notification,
)
from lambda_events.testing.sqs import (
    sqs_event as sqs_event,
)
from lambda_events.testing.transfer_family import (
    transfer_family_event as transfer_family_event,
)
from lambda_events.testing.vpc_lattice import (
    vpc_lattice_event as vpc_lattice_event,
    vpc_lattice_v2_event as vpc_lattice_v2_event,
)
from lambda_events.testing.workmail import (
    workmail_event as workmail_event,
)

__all__ = [
    "FakeCognitoIdentity",
    "FakeLambdaContext",
    "SAMPLE_FACTORIES",
    "alb_event",
    "amazon_mq_activemq_event",
    "amazon_mq_rabbitmq_event",
    "api_gateway_authorizer_request_event",
    "api_gateway_authorizer_token_event",
    "api_gateway_authorizer_v2_event",
    "api_gateway_authorizer_websocket_event",
    "api_gateway_event",
    "api_gateway_v2_event",
    "api_gateway_websocket_event",
    "appsync_authorizer_event",
    "appsync_batch_resolver_event",
    "appsync_cognito_identity",
    "appsync_events_event",
    "appsync_resolver_event",
    "appsync_resolver_template_event",
    "autoscaling_event",
    "aws_config_event",
    "bedrock_agent_event",
    "bedrock_agent_function_event",
    "client_vpn_event",
    "cloudformation_cdk_is_complete_event",
    "cloudformation_cdk_on_event_event",
    "cloudformation_event",
    "cloudfront_request_event",
    "cloudfront_response_event",
    "cloudwatch_alarm_event",
    "cloudwatch_dashboard_event",
    "cloudwatch_logs_data",
    "cloudwatch_logs_event",
    "codecommit_event",
    "codedeploy_event",
    "codepipeline_event",
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_inbound_federation_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_client_credentials_event",
    "cognito_pre_token_generation_event",
    "cognito_pre_token_generation_v2_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_response_event",
    "connect_event",
    "documentdb_event",
    "dynamodb_event",
    "dynamodb_record",
    "dynamodb_time_window_event",
    "event_source_mapping_failure_record",
    "eventbridge_event",
    "eventbridge_scheduled_event",
    "iot_authorizer_event",
    "iot_registry_event",
    "iot_rule_error_action_event",
    "kafka_event",
    "kinesis_event",
    "kinesis_firehose_event",
    "kinesis_firehose_msk_event",
    "kinesis_time_window_event",
    "lambda_context",
    "lambda_destination_event",
    "lambda_destination_eventbridge_event",
    "lambda_function_url_event",
    "lex_v2_event",
    "s3_batch_operation_event",
    "s3_event",
    "s3_eventbridge_event",
    "s3_notification_key",
    "s3_object_lambda_event",
    "s3_test_event",
    "sagemaker_ground_truth_consolidation_event",
    "sagemaker_ground_truth_pre_annotation_event",
    "sample_event",
    "secrets_manager_event",
    "ses_event",
    "sns_event",
    "sns_notification",
    "sqs_event",
    "transfer_family_event",
    "vpc_lattice_event",
    "vpc_lattice_v2_event",
    "workmail_event",
]
# --- end generated factory exports ---
