"""Every type guard narrows what detection recognised to its source's type, under both checkers (`TypeIs`,
PEP 742). The checks are generated from the registry, one per source."""

from __future__ import annotations

from typing_extensions import assert_type

# --- begin generated guard checks (scripts/generate_exports.py) ---
from lambda_events import (
    ALBEventDict,
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerRequestEventDict,
    APIGatewayAuthorizerTokenEventDict,
    APIGatewayAuthorizerWebSocketEventDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyEventV2Dict,
    APIGatewayWebSocketEventDict,
    AWSConfigRuleEventDict,
    ActiveMQEventDict,
    AppSyncAuthorizerEventDict,
    AppSyncBatchResolverEventDict,
    AppSyncEventsEventDict,
    AppSyncResolverEventDict,
    AppSyncResolverTemplateEventDict,
    AutoScalingTerminationPolicyEventDict,
    BedrockAgentEventDict,
    ClientVPNConnectionEventDict,
    CloudFormationCustomResourceEventDict,
    CloudFrontRequestEventDict,
    CloudFrontResponseEventDict,
    CloudWatchAlarmEventDict,
    CloudWatchDashboardCustomWidgetEventDict,
    CloudWatchLogsEventDict,
    CodeCommitEventDict,
    CodeDeployLifecycleHookEventDict,
    CodePipelineJobEventDict,
    ConnectContactFlowEventDict,
    CreateAuthChallengeTriggerEventDict,
    CustomEmailSenderTriggerEventDict,
    CustomMessageTriggerEventDict,
    CustomSMSSenderTriggerEventDict,
    DefineAuthChallengeTriggerEventDict,
    DocumentDBEventDict,
    DynamoDBStreamEventDict,
    DynamoDBStreamTimeWindowEventDict,
    EventBridgeEventDict,
    GroundTruthConsolidationEventDict,
    GroundTruthPreAnnotationEventDict,
    InboundFederationTriggerEventDict,
    IoTAuthorizerEventDict,
    IoTRegistryEventDict,
    IoTRuleErrorActionEventDict,
    KafkaEventDict,
    KinesisFirehoseEventDict,
    KinesisStreamEventDict,
    KinesisStreamTimeWindowEventDict,
    LambdaDestinationEventBridgeEventDict,
    LambdaDestinationRecordDict,
    LambdaFunctionUrlEventDict,
    LexV2EventDict,
    PostAuthenticationTriggerEventDict,
    PostConfirmationTriggerEventDict,
    PreAuthenticationTriggerEventDict,
    PreSignUpTriggerEventDict,
    PreTokenGenerationClientCredentialsTriggerEventDict,
    PreTokenGenerationTriggerEventDict,
    PreTokenGenerationV2TriggerEventDict,
    RabbitMQEventDict,
    S3BatchOperationEventDict,
    S3EventBridgeNotificationEventDict,
    S3EventDict,
    S3ObjectLambdaEventDict,
    SESEventDict,
    SNSEventDict,
    SQSEventDict,
    ScheduledEventDict,
    SecretsManagerEventDict,
    TransferFamilyAuthorizerEventDict,
    UserMigrationTriggerEventDict,
    VPCLatticeEventDict,
    VPCLatticeEventV2Dict,
    VerifyAuthChallengeResponseTriggerEventDict,
    WorkMailEventDict,
    is_alb_event,
    is_amazon_mq_activemq_event,
    is_amazon_mq_rabbitmq_event,
    is_api_gateway_authorizer_request_event,
    is_api_gateway_authorizer_token_event,
    is_api_gateway_authorizer_v2_event,
    is_api_gateway_authorizer_websocket_event,
    is_api_gateway_event,
    is_api_gateway_v2_event,
    is_api_gateway_websocket_event,
    is_appsync_authorizer_event,
    is_appsync_batch_resolver_event,
    is_appsync_events_event,
    is_appsync_resolver_event,
    is_appsync_resolver_template_event,
    is_autoscaling_event,
    is_aws_config_event,
    is_bedrock_agent_event,
    is_client_vpn_event,
    is_cloudformation_event,
    is_cloudfront_request_event,
    is_cloudfront_response_event,
    is_cloudwatch_alarm_event,
    is_cloudwatch_dashboard_event,
    is_cloudwatch_logs_event,
    is_codecommit_event,
    is_codedeploy_event,
    is_codepipeline_event,
    is_cognito_create_auth_challenge_event,
    is_cognito_custom_email_sender_event,
    is_cognito_custom_message_event,
    is_cognito_custom_sms_sender_event,
    is_cognito_define_auth_challenge_event,
    is_cognito_inbound_federation_event,
    is_cognito_post_authentication_event,
    is_cognito_post_confirmation_event,
    is_cognito_pre_authentication_event,
    is_cognito_pre_sign_up_event,
    is_cognito_pre_token_generation_client_credentials_event,
    is_cognito_pre_token_generation_event,
    is_cognito_pre_token_generation_v2_event,
    is_cognito_user_migration_event,
    is_cognito_verify_auth_challenge_response_event,
    is_connect_event,
    is_documentdb_event,
    is_dynamodb_event,
    is_dynamodb_time_window_event,
    is_eventbridge_event,
    is_eventbridge_scheduled_event,
    is_iot_authorizer_event,
    is_iot_registry_event,
    is_iot_rule_error_action_event,
    is_kafka_event,
    is_kinesis_event,
    is_kinesis_firehose_event,
    is_kinesis_time_window_event,
    is_lambda_destination_event,
    is_lambda_destination_eventbridge_event,
    is_lambda_function_url_event,
    is_lex_v2_event,
    is_s3_batch_operation_event,
    is_s3_event,
    is_s3_eventbridge_event,
    is_s3_object_lambda_event,
    is_sagemaker_ground_truth_consolidation_event,
    is_sagemaker_ground_truth_pre_annotation_event,
    is_secrets_manager_event,
    is_ses_event,
    is_sns_event,
    is_sqs_event,
    is_transfer_family_event,
    is_vpc_lattice_event,
    is_vpc_lattice_v2_event,
    is_workmail_event,
)


def every_guard_narrows(event: object) -> None:
    if is_sqs_event(event):
        assert_type(event, SQSEventDict)
    if is_sns_event(event):
        assert_type(event, SNSEventDict)
    if is_kinesis_event(event):
        assert_type(event, KinesisStreamEventDict)
    if is_kinesis_time_window_event(event):
        assert_type(event, KinesisStreamTimeWindowEventDict)
    if is_kinesis_firehose_event(event):
        assert_type(event, KinesisFirehoseEventDict)
    if is_dynamodb_event(event):
        assert_type(event, DynamoDBStreamEventDict)
    if is_dynamodb_time_window_event(event):
        assert_type(event, DynamoDBStreamTimeWindowEventDict)
    if is_kafka_event(event):
        assert_type(event, KafkaEventDict)
    if is_amazon_mq_activemq_event(event):
        assert_type(event, ActiveMQEventDict)
    if is_amazon_mq_rabbitmq_event(event):
        assert_type(event, RabbitMQEventDict)
    if is_documentdb_event(event):
        assert_type(event, DocumentDBEventDict)
    if is_cloudwatch_logs_event(event):
        assert_type(event, CloudWatchLogsEventDict)
    if is_s3_event(event):
        assert_type(event, S3EventDict)
    if is_s3_eventbridge_event(event):
        assert_type(event, S3EventBridgeNotificationEventDict)
    if is_s3_batch_operation_event(event):
        assert_type(event, S3BatchOperationEventDict)
    if is_s3_object_lambda_event(event):
        assert_type(event, S3ObjectLambdaEventDict)
    if is_api_gateway_event(event):
        assert_type(event, APIGatewayProxyEventDict)
    if is_api_gateway_v2_event(event):
        assert_type(event, APIGatewayProxyEventV2Dict)
    if is_api_gateway_websocket_event(event):
        assert_type(event, APIGatewayWebSocketEventDict)
    if is_alb_event(event):
        assert_type(event, ALBEventDict)
    if is_lambda_function_url_event(event):
        assert_type(event, LambdaFunctionUrlEventDict)
    if is_vpc_lattice_event(event):
        assert_type(event, VPCLatticeEventDict)
    if is_vpc_lattice_v2_event(event):
        assert_type(event, VPCLatticeEventV2Dict)
    if is_cloudfront_request_event(event):
        assert_type(event, CloudFrontRequestEventDict)
    if is_cloudfront_response_event(event):
        assert_type(event, CloudFrontResponseEventDict)
    if is_appsync_resolver_event(event):
        assert_type(event, AppSyncResolverEventDict)
    if is_appsync_batch_resolver_event(event):
        assert_type(event, AppSyncBatchResolverEventDict)
    if is_appsync_resolver_template_event(event):
        assert_type(event, AppSyncResolverTemplateEventDict)
    if is_appsync_authorizer_event(event):
        assert_type(event, AppSyncAuthorizerEventDict)
    if is_appsync_events_event(event):
        assert_type(event, AppSyncEventsEventDict)
    if is_api_gateway_authorizer_token_event(event):
        assert_type(event, APIGatewayAuthorizerTokenEventDict)
    if is_api_gateway_authorizer_request_event(event):
        assert_type(event, APIGatewayAuthorizerRequestEventDict)
    if is_api_gateway_authorizer_websocket_event(event):
        assert_type(event, APIGatewayAuthorizerWebSocketEventDict)
    if is_api_gateway_authorizer_v2_event(event):
        assert_type(event, APIGatewayAuthorizerEventV2Dict)
    if is_cognito_pre_sign_up_event(event):
        assert_type(event, PreSignUpTriggerEventDict)
    if is_cognito_post_confirmation_event(event):
        assert_type(event, PostConfirmationTriggerEventDict)
    if is_cognito_pre_authentication_event(event):
        assert_type(event, PreAuthenticationTriggerEventDict)
    if is_cognito_post_authentication_event(event):
        assert_type(event, PostAuthenticationTriggerEventDict)
    if is_cognito_define_auth_challenge_event(event):
        assert_type(event, DefineAuthChallengeTriggerEventDict)
    if is_cognito_create_auth_challenge_event(event):
        assert_type(event, CreateAuthChallengeTriggerEventDict)
    if is_cognito_verify_auth_challenge_response_event(event):
        assert_type(event, VerifyAuthChallengeResponseTriggerEventDict)
    if is_cognito_pre_token_generation_event(event):
        assert_type(event, PreTokenGenerationTriggerEventDict)
    if is_cognito_pre_token_generation_v2_event(event):
        assert_type(event, PreTokenGenerationV2TriggerEventDict)
    if is_cognito_pre_token_generation_client_credentials_event(event):
        assert_type(event, PreTokenGenerationClientCredentialsTriggerEventDict)
    if is_cognito_user_migration_event(event):
        assert_type(event, UserMigrationTriggerEventDict)
    if is_cognito_custom_message_event(event):
        assert_type(event, CustomMessageTriggerEventDict)
    if is_cognito_custom_email_sender_event(event):
        assert_type(event, CustomEmailSenderTriggerEventDict)
    if is_cognito_custom_sms_sender_event(event):
        assert_type(event, CustomSMSSenderTriggerEventDict)
    if is_cognito_inbound_federation_event(event):
        assert_type(event, InboundFederationTriggerEventDict)
    if is_iot_authorizer_event(event):
        assert_type(event, IoTAuthorizerEventDict)
    if is_client_vpn_event(event):
        assert_type(event, ClientVPNConnectionEventDict)
    if is_transfer_family_event(event):
        assert_type(event, TransferFamilyAuthorizerEventDict)
    if is_eventbridge_event(event):
        assert_type(event, EventBridgeEventDict)
    if is_eventbridge_scheduled_event(event):
        assert_type(event, ScheduledEventDict)
    if is_cloudwatch_alarm_event(event):
        assert_type(event, CloudWatchAlarmEventDict)
    if is_cloudwatch_dashboard_event(event):
        assert_type(event, CloudWatchDashboardCustomWidgetEventDict)
    if is_aws_config_event(event):
        assert_type(event, AWSConfigRuleEventDict)
    if is_cloudformation_event(event):
        assert_type(event, CloudFormationCustomResourceEventDict)
    if is_codedeploy_event(event):
        assert_type(event, CodeDeployLifecycleHookEventDict)
    if is_autoscaling_event(event):
        assert_type(event, AutoScalingTerminationPolicyEventDict)
    if is_codecommit_event(event):
        assert_type(event, CodeCommitEventDict)
    if is_codepipeline_event(event):
        assert_type(event, CodePipelineJobEventDict)
    if is_secrets_manager_event(event):
        assert_type(event, SecretsManagerEventDict)
    if is_lambda_destination_event(event):
        assert_type(event, LambdaDestinationRecordDict)
    if is_lambda_destination_eventbridge_event(event):
        assert_type(event, LambdaDestinationEventBridgeEventDict)
    if is_iot_rule_error_action_event(event):
        assert_type(event, IoTRuleErrorActionEventDict)
    if is_iot_registry_event(event):
        assert_type(event, IoTRegistryEventDict)
    if is_lex_v2_event(event):
        assert_type(event, LexV2EventDict)
    if is_bedrock_agent_event(event):
        assert_type(event, BedrockAgentEventDict)
    if is_connect_event(event):
        assert_type(event, ConnectContactFlowEventDict)
    if is_ses_event(event):
        assert_type(event, SESEventDict)
    if is_workmail_event(event):
        assert_type(event, WorkMailEventDict)
    if is_sagemaker_ground_truth_pre_annotation_event(event):
        assert_type(event, GroundTruthPreAnnotationEventDict)
    if is_sagemaker_ground_truth_consolidation_event(event):
        assert_type(event, GroundTruthConsolidationEventDict)
# --- end generated guard checks ---
