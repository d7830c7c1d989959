/*
 * sns_shapes.c - shape descriptors of SNS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sns.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sns_tag_key_list, count) == offsetof(struct awsc_list_view, count), "TagKeyList");
_Static_assert(offsetof(struct awsc_sns_batch_result_error_entry_list, count) == offsetof(struct awsc_list_view, count), "BatchResultErrorEntryList");
_Static_assert(offsetof(struct awsc_sns_list_of_endpoints, count) == offsetof(struct awsc_list_view, count), "ListOfEndpoints");
_Static_assert(offsetof(struct awsc_sns_list_of_platform_applications, count) == offsetof(struct awsc_list_view, count), "ListOfPlatformApplications");
_Static_assert(offsetof(struct awsc_sns_phone_number_information_list, count) == offsetof(struct awsc_list_view, count), "PhoneNumberInformationList");
_Static_assert(offsetof(struct awsc_sns_publish_batch_request_entry_list, count) == offsetof(struct awsc_list_view, count), "PublishBatchRequestEntryList");
_Static_assert(offsetof(struct awsc_sns_publish_batch_result_entry_list, count) == offsetof(struct awsc_list_view, count), "PublishBatchResultEntryList");
_Static_assert(offsetof(struct awsc_sns_sms_sandbox_phone_number_list, count) == offsetof(struct awsc_list_view, count), "SMSSandboxPhoneNumberList");
_Static_assert(offsetof(struct awsc_sns_subscriptions_list, count) == offsetof(struct awsc_list_view, count), "SubscriptionsList");
_Static_assert(offsetof(struct awsc_sns_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_sns_topics_list, count) == offsetof(struct awsc_list_view, count), "TopicsList");
_Static_assert(offsetof(struct awsc_sns_topic_attributes_map, count) == offsetof(struct awsc_map_view, count), "TopicAttributesMap");
_Static_assert(offsetof(struct awsc_sns_message_attribute_map, count) == offsetof(struct awsc_map_view, count), "MessageAttributeMap");

static const struct awsc_shape s_ActionsList;
extern const struct awsc_shape awsc__sns_AddPermissionInput;
static const struct awsc_shape s_AmazonResourceName;
extern const struct awsc_shape awsc__sns_AuthorizationErrorException;
extern const struct awsc_shape awsc__sns_BatchEntryIdsNotDistinctException;
extern const struct awsc_shape awsc__sns_BatchRequestTooLongException;
static const struct awsc_shape s_BatchResultErrorEntry;
static const struct awsc_shape s_BatchResultErrorEntryList;
static const struct awsc_shape s_Binary;
extern const struct awsc_shape awsc__sns_CheckIfPhoneNumberIsOptedOutInput;
extern const struct awsc_shape awsc__sns_CheckIfPhoneNumberIsOptedOutResponse;
extern const struct awsc_shape awsc__sns_ConcurrentAccessException;
extern const struct awsc_shape awsc__sns_ConfirmSubscriptionInput;
extern const struct awsc_shape awsc__sns_ConfirmSubscriptionResponse;
extern const struct awsc_shape awsc__sns_CreateEndpointResponse;
extern const struct awsc_shape awsc__sns_CreatePlatformApplicationInput;
extern const struct awsc_shape awsc__sns_CreatePlatformApplicationResponse;
extern const struct awsc_shape awsc__sns_CreatePlatformEndpointInput;
extern const struct awsc_shape awsc__sns_CreateSMSSandboxPhoneNumberInput;
extern const struct awsc_shape awsc__sns_CreateSMSSandboxPhoneNumberResult;
extern const struct awsc_shape awsc__sns_CreateTopicInput;
extern const struct awsc_shape awsc__sns_CreateTopicResponse;
static const struct awsc_shape s_DelegatesList;
extern const struct awsc_shape awsc__sns_DeleteEndpointInput;
extern const struct awsc_shape awsc__sns_DeletePlatformApplicationInput;
extern const struct awsc_shape awsc__sns_DeleteSMSSandboxPhoneNumberInput;
extern const struct awsc_shape awsc__sns_DeleteSMSSandboxPhoneNumberResult;
extern const struct awsc_shape awsc__sns_DeleteTopicInput;
extern const struct awsc_shape awsc__sns_EmptyBatchRequestException;
static const struct awsc_shape s_Endpoint;
extern const struct awsc_shape awsc__sns_EndpointDisabledException;
extern const struct awsc_shape awsc__sns_FilterPolicyLimitExceededException;
extern const struct awsc_shape awsc__sns_GetDataProtectionPolicyInput;
extern const struct awsc_shape awsc__sns_GetDataProtectionPolicyResponse;
extern const struct awsc_shape awsc__sns_GetEndpointAttributesInput;
extern const struct awsc_shape awsc__sns_GetEndpointAttributesResponse;
extern const struct awsc_shape awsc__sns_GetPlatformApplicationAttributesInput;
extern const struct awsc_shape awsc__sns_GetPlatformApplicationAttributesResponse;
extern const struct awsc_shape awsc__sns_GetSMSAttributesInput;
extern const struct awsc_shape awsc__sns_GetSMSAttributesResponse;
extern const struct awsc_shape awsc__sns_GetSMSSandboxAccountStatusInput;
extern const struct awsc_shape awsc__sns_GetSMSSandboxAccountStatusResult;
extern const struct awsc_shape awsc__sns_GetSubscriptionAttributesInput;
extern const struct awsc_shape awsc__sns_GetSubscriptionAttributesResponse;
extern const struct awsc_shape awsc__sns_GetTopicAttributesInput;
extern const struct awsc_shape awsc__sns_GetTopicAttributesResponse;
extern const struct awsc_shape awsc__sns_InternalErrorException;
extern const struct awsc_shape awsc__sns_InvalidBatchEntryIdException;
extern const struct awsc_shape awsc__sns_InvalidParameterException;
extern const struct awsc_shape awsc__sns_InvalidParameterValueException;
extern const struct awsc_shape awsc__sns_InvalidSecurityException;
extern const struct awsc_shape awsc__sns_InvalidStateException;
static const struct awsc_shape s_Iso2CountryCode;
extern const struct awsc_shape awsc__sns_KMSAccessDeniedException;
extern const struct awsc_shape awsc__sns_KMSDisabledException;
extern const struct awsc_shape awsc__sns_KMSInvalidStateException;
extern const struct awsc_shape awsc__sns_KMSNotFoundException;
extern const struct awsc_shape awsc__sns_KMSOptInRequired;
extern const struct awsc_shape awsc__sns_KMSThrottlingException;
static const struct awsc_shape s_LanguageCodeString;
extern const struct awsc_shape awsc__sns_ListEndpointsByPlatformApplicationInput;
extern const struct awsc_shape awsc__sns_ListEndpointsByPlatformApplicationResponse;
static const struct awsc_shape s_ListOfEndpoints;
static const struct awsc_shape s_ListOfPlatformApplications;
extern const struct awsc_shape awsc__sns_ListOriginationNumbersRequest;
extern const struct awsc_shape awsc__sns_ListOriginationNumbersResult;
extern const struct awsc_shape awsc__sns_ListPhoneNumbersOptedOutInput;
extern const struct awsc_shape awsc__sns_ListPhoneNumbersOptedOutResponse;
extern const struct awsc_shape awsc__sns_ListPlatformApplicationsInput;
extern const struct awsc_shape awsc__sns_ListPlatformApplicationsResponse;
extern const struct awsc_shape awsc__sns_ListSMSSandboxPhoneNumbersInput;
extern const struct awsc_shape awsc__sns_ListSMSSandboxPhoneNumbersResult;
static const struct awsc_shape s_ListString;
extern const struct awsc_shape awsc__sns_ListSubscriptionsByTopicInput;
extern const struct awsc_shape awsc__sns_ListSubscriptionsByTopicResponse;
extern const struct awsc_shape awsc__sns_ListSubscriptionsInput;
extern const struct awsc_shape awsc__sns_ListSubscriptionsResponse;
extern const struct awsc_shape awsc__sns_ListTagsForResourceRequest;
extern const struct awsc_shape awsc__sns_ListTagsForResourceResponse;
extern const struct awsc_shape awsc__sns_ListTopicsInput;
extern const struct awsc_shape awsc__sns_ListTopicsResponse;
static const struct awsc_shape s_MapStringToString;
static const struct awsc_shape s_MaxItems;
static const struct awsc_shape s_MaxItemsListOriginationNumbers;
static const struct awsc_shape s_MessageAttributeMap;
static const struct awsc_shape s_MessageAttributeValue;
extern const struct awsc_shape awsc__sns_NotFoundException;
static const struct awsc_shape s_NumberCapability;
static const struct awsc_shape s_NumberCapabilityList;
static const struct awsc_shape s_OTPCode;
extern const struct awsc_shape awsc__sns_OptInPhoneNumberInput;
extern const struct awsc_shape awsc__sns_OptInPhoneNumberResponse;
extern const struct awsc_shape awsc__sns_OptedOutException;
static const struct awsc_shape s_PhoneNumber;
static const struct awsc_shape s_PhoneNumberInformation;
static const struct awsc_shape s_PhoneNumberInformationList;
static const struct awsc_shape s_PhoneNumberList;
static const struct awsc_shape s_PhoneNumberString;
static const struct awsc_shape s_PlatformApplication;
extern const struct awsc_shape awsc__sns_PlatformApplicationDisabledException;
extern const struct awsc_shape awsc__sns_PublishBatchInput;
static const struct awsc_shape s_PublishBatchRequestEntry;
static const struct awsc_shape s_PublishBatchRequestEntryList;
extern const struct awsc_shape awsc__sns_PublishBatchResponse;
static const struct awsc_shape s_PublishBatchResultEntry;
static const struct awsc_shape s_PublishBatchResultEntryList;
extern const struct awsc_shape awsc__sns_PublishInput;
extern const struct awsc_shape awsc__sns_PublishResponse;
extern const struct awsc_shape awsc__sns_PutDataProtectionPolicyInput;
extern const struct awsc_shape awsc__sns_RemovePermissionInput;
extern const struct awsc_shape awsc__sns_ReplayLimitExceededException;
extern const struct awsc_shape awsc__sns_ResourceNotFoundException;
static const struct awsc_shape s_RouteType;
static const struct awsc_shape s_SMSSandboxPhoneNumber;
static const struct awsc_shape s_SMSSandboxPhoneNumberList;
static const struct awsc_shape s_SMSSandboxPhoneNumberVerificationStatus;
extern const struct awsc_shape awsc__sns_SetEndpointAttributesInput;
extern const struct awsc_shape awsc__sns_SetPlatformApplicationAttributesInput;
extern const struct awsc_shape awsc__sns_SetSMSAttributesInput;
extern const struct awsc_shape awsc__sns_SetSMSAttributesResponse;
extern const struct awsc_shape awsc__sns_SetSubscriptionAttributesInput;
extern const struct awsc_shape awsc__sns_SetTopicAttributesInput;
extern const struct awsc_shape awsc__sns_StaleTagException;
static const struct awsc_shape s_String;
extern const struct awsc_shape awsc__sns_SubscribeInput;
extern const struct awsc_shape awsc__sns_SubscribeResponse;
static const struct awsc_shape s_Subscription;
static const struct awsc_shape s_SubscriptionAttributesMap;
extern const struct awsc_shape awsc__sns_SubscriptionLimitExceededException;
static const struct awsc_shape s_SubscriptionsList;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
extern const struct awsc_shape awsc__sns_TagLimitExceededException;
static const struct awsc_shape s_TagList;
extern const struct awsc_shape awsc__sns_TagPolicyException;
extern const struct awsc_shape awsc__sns_TagResourceRequest;
extern const struct awsc_shape awsc__sns_TagResourceResponse;
static const struct awsc_shape s_TagValue;
extern const struct awsc_shape awsc__sns_ThrottledException;
static const struct awsc_shape s_Timestamp;
extern const struct awsc_shape awsc__sns_TooManyEntriesInBatchRequestException;
static const struct awsc_shape s_Topic;
static const struct awsc_shape s_TopicAttributesMap;
extern const struct awsc_shape awsc__sns_TopicLimitExceededException;
static const struct awsc_shape s_TopicsList;
extern const struct awsc_shape awsc__sns_UnsubscribeInput;
extern const struct awsc_shape awsc__sns_UntagResourceRequest;
extern const struct awsc_shape awsc__sns_UntagResourceResponse;
extern const struct awsc_shape awsc__sns_UserErrorException;
extern const struct awsc_shape awsc__sns_ValidationException;
extern const struct awsc_shape awsc__sns_VerificationException;
extern const struct awsc_shape awsc__sns_VerifySMSSandboxPhoneNumberInput;
extern const struct awsc_shape awsc__sns_VerifySMSSandboxPhoneNumberResult;
static const struct awsc_shape s_account;
static const struct awsc_shape s_action;
static const struct awsc_shape s_attributeName;
static const struct awsc_shape s_attributeValue;
static const struct awsc_shape s_authenticateOnUnsubscribe;
static const struct awsc_shape s_boolean;
static const struct awsc_shape s_delegate;
static const struct awsc_shape s_endpoint;
static const struct awsc_shape s_label;
static const struct awsc_shape s_message;
static const struct awsc_shape s_messageId;
static const struct awsc_shape s_messageStructure;
static const struct awsc_shape s_nextToken;
static const struct awsc_shape s_protocol;
static const struct awsc_shape s_string;
static const struct awsc_shape s_subject;
static const struct awsc_shape s_subscriptionARN;
static const struct awsc_shape s_token;
static const struct awsc_shape s_topicARN;
static const struct awsc_shape s_topicName;

/* one after the other, each ending with its NUL */
static const char s_LanguageCodeString_values[] =
    "en-US\0"
    "en-GB\0"
    "es-419\0"
    "es-ES\0"
    "de-DE\0"
    "fr-CA\0"
    "fr-FR\0"
    "it-IT\0"
    "ja-JP\0"
    "pt-BR\0"
    "kr-KR\0"
    "zh-CN\0"
    "zh-TW\0";

enum awsc_sns_language_code_string awsc_sns_language_code_string_parse(const char *value)
{
    return (enum awsc_sns_language_code_string)awsc_enum_parse(s_LanguageCodeString_values, 13, value);
}

const char *awsc_sns_language_code_string_str(enum awsc_sns_language_code_string value)
{
    return awsc_enum_str(s_LanguageCodeString_values, 13, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_NumberCapability_values[] =
    "SMS\0"
    "MMS\0"
    "VOICE\0";

enum awsc_sns_number_capability awsc_sns_number_capability_parse(const char *value)
{
    return (enum awsc_sns_number_capability)awsc_enum_parse(s_NumberCapability_values, 3, value);
}

const char *awsc_sns_number_capability_str(enum awsc_sns_number_capability value)
{
    return awsc_enum_str(s_NumberCapability_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RouteType_values[] =
    "Transactional\0"
    "Promotional\0"
    "Premium\0";

enum awsc_sns_route_type awsc_sns_route_type_parse(const char *value)
{
    return (enum awsc_sns_route_type)awsc_enum_parse(s_RouteType_values, 3, value);
}

const char *awsc_sns_route_type_str(enum awsc_sns_route_type value)
{
    return awsc_enum_str(s_RouteType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SMSSandboxPhoneNumberVerificationStatus_values[] =
    "Pending\0"
    "Verified\0";

enum awsc_sns_sms_sandbox_phone_number_verification_status awsc_sns_sms_sandbox_phone_number_verification_status_parse(const char *value)
{
    return (enum awsc_sns_sms_sandbox_phone_number_verification_status)awsc_enum_parse(s_SMSSandboxPhoneNumberVerificationStatus_values, 2, value);
}

const char *awsc_sns_sms_sandbox_phone_number_verification_status_str(enum awsc_sns_sms_sandbox_phone_number_verification_status value)
{
    return awsc_enum_str(s_SMSSandboxPhoneNumberVerificationStatus_values, 2, (int)value);
}

static const struct awsc_xml_refs s_MessageAttributeMap_xml_refs = { .item_name = "Value", .key_name = "Name", };
static const struct awsc_range s_AmazonResourceName_range = { true, true, 1, 1011 };
static const struct awsc_range s_Iso2CountryCode_range = { false, true, 0, 2 };
static const struct awsc_range s_MaxItems_range = { true, true, 1, 100 };
static const struct awsc_range s_MaxItemsListOriginationNumbers_range = { true, true, 1, 30 };
static const struct awsc_range s_OTPCode_range = { true, true, 5, 8 };
static const struct awsc_range s_PhoneNumberString_range = { false, true, 0, 20 };
static const struct awsc_range s_TagKey_range = { true, true, 1, 128 };
static const struct awsc_range s_TagValue_range = { true, true, 0, 256 };

static const struct awsc_member awsc__sns_AddPermissionInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_add_permission_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Label", &s_label, offsetof(struct awsc_sns_add_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AWSAccountId", &s_DelegatesList, offsetof(struct awsc_sns_add_permission_input, aws_account_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionName", &s_ActionsList, offsetof(struct awsc_sns_add_permission_input, action_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_AddPermissionInput_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__sns_AuthorizationErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_authorization_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_AuthorizationErrorException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_BatchEntryIdsNotDistinctException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_batch_entry_ids_not_distinct_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_BatchEntryIdsNotDistinctException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_BatchRequestTooLongException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_batch_request_too_long_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_BatchRequestTooLongException_by_wire_name[] = { 0 };

static const struct awsc_member s_BatchResultErrorEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sns_batch_result_error_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_String, offsetof(struct awsc_sns_batch_result_error_entry, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_String, offsetof(struct awsc_sns_batch_result_error_entry, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SenderFault", &s_boolean, offsetof(struct awsc_sns_batch_result_error_entry, sender_fault), offsetof(struct awsc_sns_batch_result_error_entry, has_sender_fault), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BatchResultErrorEntry_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__sns_CheckIfPhoneNumberIsOptedOutInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"phoneNumber", &s_PhoneNumber, offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CheckIfPhoneNumberIsOptedOutInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_CheckIfPhoneNumberIsOptedOutResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"isOptedOut", &s_boolean, offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_output, is_opted_out), offsetof(struct awsc_sns_check_if_phone_number_is_opted_out_output, has_is_opted_out), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CheckIfPhoneNumberIsOptedOutResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ConcurrentAccessException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_concurrent_access_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ConcurrentAccessException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ConfirmSubscriptionInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_confirm_subscription_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Token", &s_token, offsetof(struct awsc_sns_confirm_subscription_input, token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthenticateOnUnsubscribe", &s_authenticateOnUnsubscribe, offsetof(struct awsc_sns_confirm_subscription_input, authenticate_on_unsubscribe), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ConfirmSubscriptionInput_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sns_ConfirmSubscriptionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscriptionArn", &s_subscriptionARN, offsetof(struct awsc_sns_confirm_subscription_output, subscription_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ConfirmSubscriptionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_CreateEndpointResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointArn", &s_String, offsetof(struct awsc_sns_create_platform_endpoint_output, endpoint_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreateEndpointResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_CreatePlatformApplicationInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_String, offsetof(struct awsc_sns_create_platform_application_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Platform", &s_String, offsetof(struct awsc_sns_create_platform_application_input, platform), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_create_platform_application_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreatePlatformApplicationInput_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sns_CreatePlatformApplicationResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_create_platform_application_output, platform_application_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreatePlatformApplicationResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_CreatePlatformEndpointInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_create_platform_endpoint_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Token", &s_String, offsetof(struct awsc_sns_create_platform_endpoint_input, token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CustomUserData", &s_String, offsetof(struct awsc_sns_create_platform_endpoint_input, custom_user_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_create_platform_endpoint_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreatePlatformEndpointInput_by_wire_name[] = { 3, 2, 0, 1 };

static const struct awsc_member awsc__sns_CreateSMSSandboxPhoneNumberInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PhoneNumber", &s_PhoneNumberString, offsetof(struct awsc_sns_create_sms_sandbox_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LanguageCode", &s_LanguageCodeString, offsetof(struct awsc_sns_create_sms_sandbox_phone_number_input, language_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreateSMSSandboxPhoneNumberInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_CreateTopicInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_topicName, offsetof(struct awsc_sns_create_topic_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_TopicAttributesMap, offsetof(struct awsc_sns_create_topic_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sns_create_topic_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DataProtectionPolicy", &s_attributeValue, offsetof(struct awsc_sns_create_topic_input, data_protection_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreateTopicInput_by_wire_name[] = { 1, 3, 0, 2 };

static const struct awsc_member awsc__sns_CreateTopicResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_create_topic_output, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_CreateTopicResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_DeleteEndpointInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointArn", &s_String, offsetof(struct awsc_sns_delete_endpoint_input, endpoint_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_DeleteEndpointInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_DeletePlatformApplicationInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_delete_platform_application_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_DeletePlatformApplicationInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_DeleteSMSSandboxPhoneNumberInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PhoneNumber", &s_PhoneNumberString, offsetof(struct awsc_sns_delete_sms_sandbox_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_DeleteSMSSandboxPhoneNumberInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_DeleteTopicInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_delete_topic_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_DeleteTopicInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_EmptyBatchRequestException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_empty_batch_request_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_EmptyBatchRequestException_by_wire_name[] = { 0 };

static const struct awsc_member s_Endpoint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointArn", &s_String, offsetof(struct awsc_sns_endpoint, endpoint_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_endpoint, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Endpoint_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_EndpointDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_endpoint_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_EndpointDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_FilterPolicyLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_filter_policy_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_FilterPolicyLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetDataProtectionPolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_topicARN, offsetof(struct awsc_sns_get_data_protection_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetDataProtectionPolicyInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetDataProtectionPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DataProtectionPolicy", &s_attributeValue, offsetof(struct awsc_sns_get_data_protection_policy_output, data_protection_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetDataProtectionPolicyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetEndpointAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointArn", &s_String, offsetof(struct awsc_sns_get_endpoint_attributes_input, endpoint_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetEndpointAttributesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetEndpointAttributesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_get_endpoint_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetEndpointAttributesResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetPlatformApplicationAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_get_platform_application_attributes_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetPlatformApplicationAttributesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetPlatformApplicationAttributesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_get_platform_application_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetPlatformApplicationAttributesResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetSMSAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"attributes", &s_ListString, offsetof(struct awsc_sns_get_sms_attributes_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetSMSAttributesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetSMSAttributesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"attributes", &s_MapStringToString, offsetof(struct awsc_sns_get_sms_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetSMSAttributesResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetSMSSandboxAccountStatusResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsInSandbox", &s_boolean, offsetof(struct awsc_sns_get_sms_sandbox_account_status_output, is_in_sandbox), offsetof(struct awsc_sns_get_sms_sandbox_account_status_output, has_is_in_sandbox), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetSMSSandboxAccountStatusResult_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetSubscriptionAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscriptionArn", &s_subscriptionARN, offsetof(struct awsc_sns_get_subscription_attributes_input, subscription_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetSubscriptionAttributesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetSubscriptionAttributesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_SubscriptionAttributesMap, offsetof(struct awsc_sns_get_subscription_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetSubscriptionAttributesResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetTopicAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_get_topic_attributes_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetTopicAttributesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_GetTopicAttributesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Attributes", &s_TopicAttributesMap, offsetof(struct awsc_sns_get_topic_attributes_output, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_GetTopicAttributesResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_InternalErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_internal_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_InternalErrorException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_InvalidBatchEntryIdException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_invalid_batch_entry_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_InvalidBatchEntryIdException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_InvalidParameterException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_invalid_parameter_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_InvalidParameterException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_InvalidParameterValueException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_InvalidParameterValueException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_InvalidSecurityException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_invalid_security_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_InvalidSecurityException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_InvalidStateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_InvalidStateException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_KMSAccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_KMSAccessDeniedException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_KMSDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_KMSDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_KMSInvalidStateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_KMSInvalidStateException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_KMSNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_KMSNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_KMSOptInRequired_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_kms_opt_in_required, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_KMSOptInRequired_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_KMSThrottlingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_kms_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_KMSThrottlingException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListEndpointsByPlatformApplicationInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_list_endpoints_by_platform_application_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_String, offsetof(struct awsc_sns_list_endpoints_by_platform_application_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListEndpointsByPlatformApplicationInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListEndpointsByPlatformApplicationResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Endpoints", &s_ListOfEndpoints, offsetof(struct awsc_sns_list_endpoints_by_platform_application_output, endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_String, offsetof(struct awsc_sns_list_endpoints_by_platform_application_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListEndpointsByPlatformApplicationResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_ListOriginationNumbersRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_origination_numbers_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_MaxItemsListOriginationNumbers, offsetof(struct awsc_sns_list_origination_numbers_input, max_results), offsetof(struct awsc_sns_list_origination_numbers_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListOriginationNumbersRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListOriginationNumbersResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_origination_numbers_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PhoneNumbers", &s_PhoneNumberInformationList, offsetof(struct awsc_sns_list_origination_numbers_output, phone_numbers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListOriginationNumbersResult_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_ListPhoneNumbersOptedOutInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"nextToken", &s_string, offsetof(struct awsc_sns_list_phone_numbers_opted_out_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListPhoneNumbersOptedOutInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListPhoneNumbersOptedOutResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"phoneNumbers", &s_PhoneNumberList, offsetof(struct awsc_sns_list_phone_numbers_opted_out_output, phone_numbers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"nextToken", &s_string, offsetof(struct awsc_sns_list_phone_numbers_opted_out_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListPhoneNumbersOptedOutResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListPlatformApplicationsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_String, offsetof(struct awsc_sns_list_platform_applications_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListPlatformApplicationsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListPlatformApplicationsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplications", &s_ListOfPlatformApplications, offsetof(struct awsc_sns_list_platform_applications_output, platform_applications), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_String, offsetof(struct awsc_sns_list_platform_applications_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListPlatformApplicationsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListSMSSandboxPhoneNumbersInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_MaxItems, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, max_results), offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_input, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListSMSSandboxPhoneNumbersInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListSMSSandboxPhoneNumbersResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PhoneNumbers", &s_SMSSandboxPhoneNumberList, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_output, phone_numbers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_string, offsetof(struct awsc_sns_list_sms_sandbox_phone_numbers_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListSMSSandboxPhoneNumbersResult_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListSubscriptionsByTopicInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_list_subscriptions_by_topic_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_subscriptions_by_topic_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListSubscriptionsByTopicInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListSubscriptionsByTopicResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Subscriptions", &s_SubscriptionsList, offsetof(struct awsc_sns_list_subscriptions_by_topic_output, subscriptions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_subscriptions_by_topic_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListSubscriptionsByTopicResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListSubscriptionsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_subscriptions_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListSubscriptionsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListSubscriptionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Subscriptions", &s_SubscriptionsList, offsetof(struct awsc_sns_list_subscriptions_output, subscriptions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_subscriptions_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListSubscriptionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ListTagsForResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sns_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListTagsForResourceRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListTagsForResourceResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagList, offsetof(struct awsc_sns_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListTagsForResourceResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListTopicsInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_topics_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListTopicsInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ListTopicsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Topics", &s_TopicsList, offsetof(struct awsc_sns_list_topics_output, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_nextToken, offsetof(struct awsc_sns_list_topics_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ListTopicsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MessageAttributeValue_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DataType", &s_String, offsetof(struct awsc_sns_message_attribute_value, data_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StringValue", &s_String, offsetof(struct awsc_sns_message_attribute_value, string_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BinaryValue", &s_Binary, offsetof(struct awsc_sns_message_attribute_value, binary_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageAttributeValue_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sns_NotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_NotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_OptInPhoneNumberInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"phoneNumber", &s_PhoneNumber, offsetof(struct awsc_sns_opt_in_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_OptInPhoneNumberInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_OptedOutException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_opted_out_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_OptedOutException_by_wire_name[] = { 0 };

static const struct awsc_member s_PhoneNumberInformation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CreatedAt", &s_Timestamp, offsetof(struct awsc_sns_phone_number_information, created_at), offsetof(struct awsc_sns_phone_number_information, has_created_at), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PhoneNumber", &s_PhoneNumber, offsetof(struct awsc_sns_phone_number_information, phone_number), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_String, offsetof(struct awsc_sns_phone_number_information, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Iso2CountryCode", &s_Iso2CountryCode, offsetof(struct awsc_sns_phone_number_information, iso2_country_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RouteType", &s_RouteType, offsetof(struct awsc_sns_phone_number_information, route_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NumberCapabilities", &s_NumberCapabilityList, offsetof(struct awsc_sns_phone_number_information, number_capabilities), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PhoneNumberInformation_by_wire_name[] = { 0, 3, 5, 1, 4, 2 };

static const struct awsc_member s_PlatformApplication_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_platform_application, platform_application_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_platform_application, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PlatformApplication_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_PlatformApplicationDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_platform_application_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_PlatformApplicationDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_PublishBatchInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_publish_batch_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PublishBatchRequestEntries", &s_PublishBatchRequestEntryList, offsetof(struct awsc_sns_publish_batch_input, publish_batch_request_entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_PublishBatchInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_PublishBatchRequestEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sns_publish_batch_request_entry, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_message, offsetof(struct awsc_sns_publish_batch_request_entry, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_subject, offsetof(struct awsc_sns_publish_batch_request_entry, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageStructure", &s_messageStructure, offsetof(struct awsc_sns_publish_batch_request_entry, message_structure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageAttributes", &s_MessageAttributeMap, offsetof(struct awsc_sns_publish_batch_request_entry, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageDeduplicationId", &s_String, offsetof(struct awsc_sns_publish_batch_request_entry, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageGroupId", &s_String, offsetof(struct awsc_sns_publish_batch_request_entry, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PublishBatchRequestEntry_by_wire_name[] = { 0, 1, 4, 5, 6, 3, 2 };

static const struct awsc_member awsc__sns_PublishBatchResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Successful", &s_PublishBatchResultEntryList, offsetof(struct awsc_sns_publish_batch_output, successful), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Failed", &s_BatchResultErrorEntryList, offsetof(struct awsc_sns_publish_batch_output, failed), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_PublishBatchResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_PublishBatchResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_String, offsetof(struct awsc_sns_publish_batch_result_entry, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageId", &s_messageId, offsetof(struct awsc_sns_publish_batch_result_entry, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumber", &s_String, offsetof(struct awsc_sns_publish_batch_result_entry, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PublishBatchResultEntry_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sns_PublishInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_publish_input, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TargetArn", &s_String, offsetof(struct awsc_sns_publish_input, target_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PhoneNumber", &s_PhoneNumber, offsetof(struct awsc_sns_publish_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_message, offsetof(struct awsc_sns_publish_input, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_subject, offsetof(struct awsc_sns_publish_input, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageStructure", &s_messageStructure, offsetof(struct awsc_sns_publish_input, message_structure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageAttributes", &s_MessageAttributeMap, offsetof(struct awsc_sns_publish_input, message_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageDeduplicationId", &s_String, offsetof(struct awsc_sns_publish_input, message_deduplication_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageGroupId", &s_String, offsetof(struct awsc_sns_publish_input, message_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_PublishInput_by_wire_name[] = { 3, 6, 7, 8, 5, 2, 4, 1, 0 };

static const struct awsc_member awsc__sns_PublishResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_messageId, offsetof(struct awsc_sns_publish_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SequenceNumber", &s_String, offsetof(struct awsc_sns_publish_output, sequence_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_PublishResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_PutDataProtectionPolicyInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_topicARN, offsetof(struct awsc_sns_put_data_protection_policy_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DataProtectionPolicy", &s_attributeValue, offsetof(struct awsc_sns_put_data_protection_policy_input, data_protection_policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_PutDataProtectionPolicyInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_RemovePermissionInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_remove_permission_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Label", &s_label, offsetof(struct awsc_sns_remove_permission_input, label), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_RemovePermissionInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_ReplayLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_replay_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ReplayLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ResourceNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_SMSSandboxPhoneNumber_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PhoneNumber", &s_PhoneNumberString, offsetof(struct awsc_sns_sms_sandbox_phone_number, phone_number), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_SMSSandboxPhoneNumberVerificationStatus, offsetof(struct awsc_sns_sms_sandbox_phone_number, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SMSSandboxPhoneNumber_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_SetEndpointAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointArn", &s_String, offsetof(struct awsc_sns_set_endpoint_attributes_input, endpoint_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_set_endpoint_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SetEndpointAttributesInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_SetPlatformApplicationAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PlatformApplicationArn", &s_String, offsetof(struct awsc_sns_set_platform_application_attributes_input, platform_application_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_MapStringToString, offsetof(struct awsc_sns_set_platform_application_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SetPlatformApplicationAttributesInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sns_SetSMSAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"attributes", &s_MapStringToString, offsetof(struct awsc_sns_set_sms_attributes_input, attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SetSMSAttributesInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_SetSubscriptionAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscriptionArn", &s_subscriptionARN, offsetof(struct awsc_sns_set_subscription_attributes_input, subscription_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeName", &s_attributeName, offsetof(struct awsc_sns_set_subscription_attributes_input, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeValue", &s_attributeValue, offsetof(struct awsc_sns_set_subscription_attributes_input, attribute_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SetSubscriptionAttributesInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__sns_SetTopicAttributesInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_set_topic_attributes_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeName", &s_attributeName, offsetof(struct awsc_sns_set_topic_attributes_input, attribute_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributeValue", &s_attributeValue, offsetof(struct awsc_sns_set_topic_attributes_input, attribute_value), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SetTopicAttributesInput_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__sns_StaleTagException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_stale_tag_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_StaleTagException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_SubscribeInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_subscribe_input, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Protocol", &s_protocol, offsetof(struct awsc_sns_subscribe_input, protocol), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Endpoint", &s_endpoint, offsetof(struct awsc_sns_subscribe_input, endpoint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_SubscriptionAttributesMap, offsetof(struct awsc_sns_subscribe_input, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReturnSubscriptionArn", &s_boolean, offsetof(struct awsc_sns_subscribe_input, return_subscription_arn), offsetof(struct awsc_sns_subscribe_input, has_return_subscription_arn), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SubscribeInput_by_wire_name[] = { 3, 2, 1, 4, 0 };

static const struct awsc_member awsc__sns_SubscribeResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscriptionArn", &s_subscriptionARN, offsetof(struct awsc_sns_subscribe_output, subscription_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SubscribeResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_Subscription_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscriptionArn", &s_subscriptionARN, offsetof(struct awsc_sns_subscription, subscription_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Owner", &s_account, offsetof(struct awsc_sns_subscription, owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Protocol", &s_protocol, offsetof(struct awsc_sns_subscription, protocol), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Endpoint", &s_endpoint, offsetof(struct awsc_sns_subscription, endpoint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_subscription, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Subscription_by_wire_name[] = { 3, 1, 2, 0, 4 };

static const struct awsc_member awsc__sns_SubscriptionLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_subscription_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_SubscriptionLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_TagKey, offsetof(struct awsc_sns_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_TagValue, offsetof(struct awsc_sns_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_TagLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_tag_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_TagLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_TagPolicyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_tag_policy_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_TagPolicyException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_TagResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sns_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sns_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_TagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_ThrottledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_throttled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ThrottledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_TooManyEntriesInBatchRequestException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_too_many_entries_in_batch_request_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_TooManyEntriesInBatchRequestException_by_wire_name[] = { 0 };

static const struct awsc_member s_Topic_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_topicARN, offsetof(struct awsc_sns_topic, topic_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Topic_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_TopicLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_topic_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_TopicLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_UnsubscribeInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SubscriptionArn", &s_subscriptionARN, offsetof(struct awsc_sns_unsubscribe_input, subscription_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_UnsubscribeInput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_UntagResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sns_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_sns_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_UntagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_UserErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_string, offsetof(struct awsc_sns_user_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_UserErrorException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_ValidationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_string, offsetof(struct awsc_sns_validation_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_ValidationException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sns_VerificationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_string, offsetof(struct awsc_sns_verification_exception, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_string, offsetof(struct awsc_sns_verification_exception, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_VerificationException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sns_VerifySMSSandboxPhoneNumberInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PhoneNumber", &s_PhoneNumberString, offsetof(struct awsc_sns_verify_sms_sandbox_phone_number_input, phone_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OneTimePassword", &s_OTPCode, offsetof(struct awsc_sns_verify_sms_sandbox_phone_number_input, one_time_password), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sns_VerifySMSSandboxPhoneNumberInput_by_wire_name[] = { 1, 0 };

static const struct awsc_shape s_ActionsList = {
    .name = "ActionsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_key_list),
    .item = &s_action,
};

const struct awsc_shape awsc__sns_AddPermissionInput = {
    .name = "AddPermissionInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_add_permission_input),
    .members = awsc__sns_AddPermissionInput_members,
    .member_count = 4,
    .by_wire_name = awsc__sns_AddPermissionInput_by_wire_name,
};

static const struct awsc_shape s_AmazonResourceName = {
    .name = "AmazonResourceName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AmazonResourceName_range,
};

const struct awsc_shape awsc__sns_AuthorizationErrorException = {
    .name = "AuthorizationErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_authorization_error_exception),
    .members = awsc__sns_AuthorizationErrorException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_AuthorizationErrorException_by_wire_name,
    .error_code = "AuthorizationError",
    .http_status = 403,
};

const struct awsc_shape awsc__sns_BatchEntryIdsNotDistinctException = {
    .name = "BatchEntryIdsNotDistinctException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_batch_entry_ids_not_distinct_exception),
    .members = awsc__sns_BatchEntryIdsNotDistinctException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_BatchEntryIdsNotDistinctException_by_wire_name,
    .error_code = "BatchEntryIdsNotDistinct",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_BatchRequestTooLongException = {
    .name = "BatchRequestTooLongException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_batch_request_too_long_exception),
    .members = awsc__sns_BatchRequestTooLongException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_BatchRequestTooLongException_by_wire_name,
    .error_code = "BatchRequestTooLong",
    .http_status = 400,
};

static const struct awsc_shape s_BatchResultErrorEntry = {
    .name = "BatchResultErrorEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_batch_result_error_entry),
    .members = s_BatchResultErrorEntry_members,
    .member_count = 4,
    .by_wire_name = s_BatchResultErrorEntry_by_wire_name,
};

static const struct awsc_shape s_BatchResultErrorEntryList = {
    .name = "BatchResultErrorEntryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_batch_result_error_entry_list),
    .item = &s_BatchResultErrorEntry,
};

static const struct awsc_shape s_Binary = {
    .name = "Binary",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

const struct awsc_shape awsc__sns_CheckIfPhoneNumberIsOptedOutInput = {
    .name = "CheckIfPhoneNumberIsOptedOutInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_check_if_phone_number_is_opted_out_input),
    .members = awsc__sns_CheckIfPhoneNumberIsOptedOutInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_CheckIfPhoneNumberIsOptedOutInput_by_wire_name,
};

const struct awsc_shape awsc__sns_CheckIfPhoneNumberIsOptedOutResponse = {
    .name = "CheckIfPhoneNumberIsOptedOutResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_check_if_phone_number_is_opted_out_output),
    .members = awsc__sns_CheckIfPhoneNumberIsOptedOutResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_CheckIfPhoneNumberIsOptedOutResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_ConcurrentAccessException = {
    .name = "ConcurrentAccessException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_concurrent_access_exception),
    .members = awsc__sns_ConcurrentAccessException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ConcurrentAccessException_by_wire_name,
    .error_code = "ConcurrentAccess",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_ConfirmSubscriptionInput = {
    .name = "ConfirmSubscriptionInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_confirm_subscription_input),
    .members = awsc__sns_ConfirmSubscriptionInput_members,
    .member_count = 3,
    .by_wire_name = awsc__sns_ConfirmSubscriptionInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ConfirmSubscriptionResponse = {
    .name = "ConfirmSubscriptionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_confirm_subscription_output),
    .members = awsc__sns_ConfirmSubscriptionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ConfirmSubscriptionResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_CreateEndpointResponse = {
    .name = "CreateEndpointResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_platform_endpoint_output),
    .members = awsc__sns_CreateEndpointResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_CreateEndpointResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_CreatePlatformApplicationInput = {
    .name = "CreatePlatformApplicationInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_platform_application_input),
    .members = awsc__sns_CreatePlatformApplicationInput_members,
    .member_count = 3,
    .by_wire_name = awsc__sns_CreatePlatformApplicationInput_by_wire_name,
};

const struct awsc_shape awsc__sns_CreatePlatformApplicationResponse = {
    .name = "CreatePlatformApplicationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_platform_application_output),
    .members = awsc__sns_CreatePlatformApplicationResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_CreatePlatformApplicationResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_CreatePlatformEndpointInput = {
    .name = "CreatePlatformEndpointInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_platform_endpoint_input),
    .members = awsc__sns_CreatePlatformEndpointInput_members,
    .member_count = 4,
    .by_wire_name = awsc__sns_CreatePlatformEndpointInput_by_wire_name,
};

const struct awsc_shape awsc__sns_CreateSMSSandboxPhoneNumberInput = {
    .name = "CreateSMSSandboxPhoneNumberInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_sms_sandbox_phone_number_input),
    .members = awsc__sns_CreateSMSSandboxPhoneNumberInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_CreateSMSSandboxPhoneNumberInput_by_wire_name,
};

const struct awsc_shape awsc__sns_CreateSMSSandboxPhoneNumberResult = {
    .name = "CreateSMSSandboxPhoneNumberResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_sms_sandbox_phone_number_output),
};

const struct awsc_shape awsc__sns_CreateTopicInput = {
    .name = "CreateTopicInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_topic_input),
    .members = awsc__sns_CreateTopicInput_members,
    .member_count = 4,
    .by_wire_name = awsc__sns_CreateTopicInput_by_wire_name,
};

const struct awsc_shape awsc__sns_CreateTopicResponse = {
    .name = "CreateTopicResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_create_topic_output),
    .members = awsc__sns_CreateTopicResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_CreateTopicResponse_by_wire_name,
};

static const struct awsc_shape s_DelegatesList = {
    .name = "DelegatesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_key_list),
    .item = &s_delegate,
};

const struct awsc_shape awsc__sns_DeleteEndpointInput = {
    .name = "DeleteEndpointInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_delete_endpoint_input),
    .members = awsc__sns_DeleteEndpointInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_DeleteEndpointInput_by_wire_name,
};

const struct awsc_shape awsc__sns_DeletePlatformApplicationInput = {
    .name = "DeletePlatformApplicationInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_delete_platform_application_input),
    .members = awsc__sns_DeletePlatformApplicationInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_DeletePlatformApplicationInput_by_wire_name,
};

const struct awsc_shape awsc__sns_DeleteSMSSandboxPhoneNumberInput = {
    .name = "DeleteSMSSandboxPhoneNumberInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_delete_sms_sandbox_phone_number_input),
    .members = awsc__sns_DeleteSMSSandboxPhoneNumberInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_DeleteSMSSandboxPhoneNumberInput_by_wire_name,
};

const struct awsc_shape awsc__sns_DeleteSMSSandboxPhoneNumberResult = {
    .name = "DeleteSMSSandboxPhoneNumberResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_delete_sms_sandbox_phone_number_output),
};

const struct awsc_shape awsc__sns_DeleteTopicInput = {
    .name = "DeleteTopicInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_delete_topic_input),
    .members = awsc__sns_DeleteTopicInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_DeleteTopicInput_by_wire_name,
};

const struct awsc_shape awsc__sns_EmptyBatchRequestException = {
    .name = "EmptyBatchRequestException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_empty_batch_request_exception),
    .members = awsc__sns_EmptyBatchRequestException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_EmptyBatchRequestException_by_wire_name,
    .error_code = "EmptyBatchRequest",
    .http_status = 400,
};

static const struct awsc_shape s_Endpoint = {
    .name = "Endpoint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_endpoint),
    .members = s_Endpoint_members,
    .member_count = 2,
    .by_wire_name = s_Endpoint_by_wire_name,
};

const struct awsc_shape awsc__sns_EndpointDisabledException = {
    .name = "EndpointDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_endpoint_disabled_exception),
    .members = awsc__sns_EndpointDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_EndpointDisabledException_by_wire_name,
    .error_code = "EndpointDisabled",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_FilterPolicyLimitExceededException = {
    .name = "FilterPolicyLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_filter_policy_limit_exceeded_exception),
    .members = awsc__sns_FilterPolicyLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_FilterPolicyLimitExceededException_by_wire_name,
    .error_code = "FilterPolicyLimitExceeded",
    .http_status = 403,
};

const struct awsc_shape awsc__sns_GetDataProtectionPolicyInput = {
    .name = "GetDataProtectionPolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_data_protection_policy_input),
    .members = awsc__sns_GetDataProtectionPolicyInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetDataProtectionPolicyInput_by_wire_name,
};

const struct awsc_shape awsc__sns_GetDataProtectionPolicyResponse = {
    .name = "GetDataProtectionPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_data_protection_policy_output),
    .members = awsc__sns_GetDataProtectionPolicyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetDataProtectionPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_GetEndpointAttributesInput = {
    .name = "GetEndpointAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_endpoint_attributes_input),
    .members = awsc__sns_GetEndpointAttributesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetEndpointAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_GetEndpointAttributesResponse = {
    .name = "GetEndpointAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_endpoint_attributes_output),
    .members = awsc__sns_GetEndpointAttributesResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetEndpointAttributesResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_GetPlatformApplicationAttributesInput = {
    .name = "GetPlatformApplicationAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_platform_application_attributes_input),
    .members = awsc__sns_GetPlatformApplicationAttributesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetPlatformApplicationAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_GetPlatformApplicationAttributesResponse = {
    .name = "GetPlatformApplicationAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_platform_application_attributes_output),
    .members = awsc__sns_GetPlatformApplicationAttributesResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetPlatformApplicationAttributesResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_GetSMSAttributesInput = {
    .name = "GetSMSAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_sms_attributes_input),
    .members = awsc__sns_GetSMSAttributesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetSMSAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_GetSMSAttributesResponse = {
    .name = "GetSMSAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_sms_attributes_output),
    .members = awsc__sns_GetSMSAttributesResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetSMSAttributesResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_GetSMSSandboxAccountStatusInput = {
    .name = "GetSMSSandboxAccountStatusInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_sms_sandbox_account_status_input),
};

const struct awsc_shape awsc__sns_GetSMSSandboxAccountStatusResult = {
    .name = "GetSMSSandboxAccountStatusResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_sms_sandbox_account_status_output),
    .members = awsc__sns_GetSMSSandboxAccountStatusResult_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetSMSSandboxAccountStatusResult_by_wire_name,
};

const struct awsc_shape awsc__sns_GetSubscriptionAttributesInput = {
    .name = "GetSubscriptionAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_subscription_attributes_input),
    .members = awsc__sns_GetSubscriptionAttributesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetSubscriptionAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_GetSubscriptionAttributesResponse = {
    .name = "GetSubscriptionAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_subscription_attributes_output),
    .members = awsc__sns_GetSubscriptionAttributesResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetSubscriptionAttributesResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_GetTopicAttributesInput = {
    .name = "GetTopicAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_topic_attributes_input),
    .members = awsc__sns_GetTopicAttributesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetTopicAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_GetTopicAttributesResponse = {
    .name = "GetTopicAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_get_topic_attributes_output),
    .members = awsc__sns_GetTopicAttributesResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_GetTopicAttributesResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_InternalErrorException = {
    .name = "InternalErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sns_internal_error_exception),
    .members = awsc__sns_InternalErrorException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_InternalErrorException_by_wire_name,
    .error_code = "InternalError",
    .http_status = 500,
};

const struct awsc_shape awsc__sns_InvalidBatchEntryIdException = {
    .name = "InvalidBatchEntryIdException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_invalid_batch_entry_id_exception),
    .members = awsc__sns_InvalidBatchEntryIdException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_InvalidBatchEntryIdException_by_wire_name,
    .error_code = "InvalidBatchEntryId",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_InvalidParameterException = {
    .name = "InvalidParameterException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_invalid_parameter_exception),
    .members = awsc__sns_InvalidParameterException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_InvalidParameterException_by_wire_name,
    .error_code = "InvalidParameter",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_InvalidParameterValueException = {
    .name = "InvalidParameterValueException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_invalid_parameter_value_exception),
    .members = awsc__sns_InvalidParameterValueException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_InvalidParameterValueException_by_wire_name,
    .error_code = "ParameterValueInvalid",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_InvalidSecurityException = {
    .name = "InvalidSecurityException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_invalid_security_exception),
    .members = awsc__sns_InvalidSecurityException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_InvalidSecurityException_by_wire_name,
    .error_code = "InvalidSecurity",
    .http_status = 403,
};

const struct awsc_shape awsc__sns_InvalidStateException = {
    .name = "InvalidStateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_invalid_state_exception),
    .members = awsc__sns_InvalidStateException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_InvalidStateException_by_wire_name,
    .error_code = "InvalidState",
    .http_status = 400,
};

static const struct awsc_shape s_Iso2CountryCode = {
    .name = "Iso2CountryCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Iso2CountryCode_range,
};

const struct awsc_shape awsc__sns_KMSAccessDeniedException = {
    .name = "KMSAccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_kms_access_denied_exception),
    .members = awsc__sns_KMSAccessDeniedException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_KMSAccessDeniedException_by_wire_name,
    .error_code = "KMSAccessDenied",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_KMSDisabledException = {
    .name = "KMSDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_kms_disabled_exception),
    .members = awsc__sns_KMSDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_KMSDisabledException_by_wire_name,
    .error_code = "KMSDisabled",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_KMSInvalidStateException = {
    .name = "KMSInvalidStateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_kms_invalid_state_exception),
    .members = awsc__sns_KMSInvalidStateException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_KMSInvalidStateException_by_wire_name,
    .error_code = "KMSInvalidState",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_KMSNotFoundException = {
    .name = "KMSNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_kms_not_found_exception),
    .members = awsc__sns_KMSNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_KMSNotFoundException_by_wire_name,
    .error_code = "KMSNotFound",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_KMSOptInRequired = {
    .name = "KMSOptInRequired",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_kms_opt_in_required),
    .members = awsc__sns_KMSOptInRequired_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_KMSOptInRequired_by_wire_name,
    .error_code = "KMSOptInRequired",
    .http_status = 403,
};

const struct awsc_shape awsc__sns_KMSThrottlingException = {
    .name = "KMSThrottlingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_kms_throttling_exception),
    .members = awsc__sns_KMSThrottlingException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_KMSThrottlingException_by_wire_name,
    .error_code = "KMSThrottling",
    .http_status = 400,
};

static const struct awsc_shape s_LanguageCodeString = {
    .name = "LanguageCodeString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_LanguageCodeString_values,
    .enum_count = 13,
};

const struct awsc_shape awsc__sns_ListEndpointsByPlatformApplicationInput = {
    .name = "ListEndpointsByPlatformApplicationInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_endpoints_by_platform_application_input),
    .members = awsc__sns_ListEndpointsByPlatformApplicationInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListEndpointsByPlatformApplicationInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListEndpointsByPlatformApplicationResponse = {
    .name = "ListEndpointsByPlatformApplicationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_endpoints_by_platform_application_output),
    .members = awsc__sns_ListEndpointsByPlatformApplicationResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListEndpointsByPlatformApplicationResponse_by_wire_name,
};

static const struct awsc_shape s_ListOfEndpoints = {
    .name = "ListOfEndpoints",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_list_of_endpoints),
    .item = &s_Endpoint,
};

static const struct awsc_shape s_ListOfPlatformApplications = {
    .name = "ListOfPlatformApplications",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_list_of_platform_applications),
    .item = &s_PlatformApplication,
};

const struct awsc_shape awsc__sns_ListOriginationNumbersRequest = {
    .name = "ListOriginationNumbersRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_origination_numbers_input),
    .members = awsc__sns_ListOriginationNumbersRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListOriginationNumbersRequest_by_wire_name,
};

const struct awsc_shape awsc__sns_ListOriginationNumbersResult = {
    .name = "ListOriginationNumbersResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_origination_numbers_output),
    .members = awsc__sns_ListOriginationNumbersResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListOriginationNumbersResult_by_wire_name,
};

const struct awsc_shape awsc__sns_ListPhoneNumbersOptedOutInput = {
    .name = "ListPhoneNumbersOptedOutInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_phone_numbers_opted_out_input),
    .members = awsc__sns_ListPhoneNumbersOptedOutInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ListPhoneNumbersOptedOutInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListPhoneNumbersOptedOutResponse = {
    .name = "ListPhoneNumbersOptedOutResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_phone_numbers_opted_out_output),
    .members = awsc__sns_ListPhoneNumbersOptedOutResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListPhoneNumbersOptedOutResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_ListPlatformApplicationsInput = {
    .name = "ListPlatformApplicationsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_platform_applications_input),
    .members = awsc__sns_ListPlatformApplicationsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ListPlatformApplicationsInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListPlatformApplicationsResponse = {
    .name = "ListPlatformApplicationsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_platform_applications_output),
    .members = awsc__sns_ListPlatformApplicationsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListPlatformApplicationsResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_ListSMSSandboxPhoneNumbersInput = {
    .name = "ListSMSSandboxPhoneNumbersInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_sms_sandbox_phone_numbers_input),
    .members = awsc__sns_ListSMSSandboxPhoneNumbersInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListSMSSandboxPhoneNumbersInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListSMSSandboxPhoneNumbersResult = {
    .name = "ListSMSSandboxPhoneNumbersResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_sms_sandbox_phone_numbers_output),
    .members = awsc__sns_ListSMSSandboxPhoneNumbersResult_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListSMSSandboxPhoneNumbersResult_by_wire_name,
};

static const struct awsc_shape s_ListString = {
    .name = "ListString",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_key_list),
    .item = &s_String,
};

const struct awsc_shape awsc__sns_ListSubscriptionsByTopicInput = {
    .name = "ListSubscriptionsByTopicInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_subscriptions_by_topic_input),
    .members = awsc__sns_ListSubscriptionsByTopicInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListSubscriptionsByTopicInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListSubscriptionsByTopicResponse = {
    .name = "ListSubscriptionsByTopicResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_subscriptions_by_topic_output),
    .members = awsc__sns_ListSubscriptionsByTopicResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListSubscriptionsByTopicResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_ListSubscriptionsInput = {
    .name = "ListSubscriptionsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_subscriptions_input),
    .members = awsc__sns_ListSubscriptionsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ListSubscriptionsInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListSubscriptionsResponse = {
    .name = "ListSubscriptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_subscriptions_output),
    .members = awsc__sns_ListSubscriptionsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListSubscriptionsResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_ListTagsForResourceRequest = {
    .name = "ListTagsForResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_tags_for_resource_input),
    .members = awsc__sns_ListTagsForResourceRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ListTagsForResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__sns_ListTagsForResourceResponse = {
    .name = "ListTagsForResourceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_tags_for_resource_output),
    .members = awsc__sns_ListTagsForResourceResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ListTagsForResourceResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_ListTopicsInput = {
    .name = "ListTopicsInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_topics_input),
    .members = awsc__sns_ListTopicsInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ListTopicsInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ListTopicsResponse = {
    .name = "ListTopicsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_list_topics_output),
    .members = awsc__sns_ListTopicsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_ListTopicsResponse_by_wire_name,
};

static const struct awsc_shape s_MapStringToString = {
    .name = "MapStringToString",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sns_topic_attributes_map),
    .item = &s_String,
    .key = &s_String,
    .value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
    .entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
};

static const struct awsc_shape s_MaxItems = {
    .name = "MaxItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxItems_range,
};

static const struct awsc_shape s_MaxItemsListOriginationNumbers = {
    .name = "MaxItemsListOriginationNumbers",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxItemsListOriginationNumbers_range,
};

static const struct awsc_shape s_MessageAttributeMap = {
    .name = "MessageAttributeMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sns_message_attribute_map),
    .item = &s_MessageAttributeValue,
    .xml_refs = &s_MessageAttributeMap_xml_refs,
    .key = &s_String,
    .value_offset = offsetof(struct awsc_sns_message_attribute_map_entry, value),
    .entry_size = sizeof(struct awsc_sns_message_attribute_map_entry),
};

static const struct awsc_shape s_MessageAttributeValue = {
    .name = "MessageAttributeValue",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_message_attribute_value),
    .members = s_MessageAttributeValue_members,
    .member_count = 3,
    .by_wire_name = s_MessageAttributeValue_by_wire_name,
};

const struct awsc_shape awsc__sns_NotFoundException = {
    .name = "NotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_not_found_exception),
    .members = awsc__sns_NotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_NotFoundException_by_wire_name,
    .error_code = "NotFound",
    .http_status = 404,
};

static const struct awsc_shape s_NumberCapability = {
    .name = "NumberCapability",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_NumberCapability_values,
    .enum_count = 3,
};

static const struct awsc_shape s_NumberCapabilityList = {
    .name = "NumberCapabilityList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_key_list),
    .item = &s_NumberCapability,
};

static const struct awsc_shape s_OTPCode = {
    .name = "OTPCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OTPCode_range,
};

const struct awsc_shape awsc__sns_OptInPhoneNumberInput = {
    .name = "OptInPhoneNumberInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_opt_in_phone_number_input),
    .members = awsc__sns_OptInPhoneNumberInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_OptInPhoneNumberInput_by_wire_name,
};

const struct awsc_shape awsc__sns_OptInPhoneNumberResponse = {
    .name = "OptInPhoneNumberResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_opt_in_phone_number_output),
};

const struct awsc_shape awsc__sns_OptedOutException = {
    .name = "OptedOutException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_opted_out_exception),
    .members = awsc__sns_OptedOutException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_OptedOutException_by_wire_name,
    .error_code = "OptedOut",
    .http_status = 400,
};

static const struct awsc_shape s_PhoneNumber = {
    .name = "PhoneNumber",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_PhoneNumberInformation = {
    .name = "PhoneNumberInformation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_phone_number_information),
    .members = s_PhoneNumberInformation_members,
    .member_count = 6,
    .by_wire_name = s_PhoneNumberInformation_by_wire_name,
};

static const struct awsc_shape s_PhoneNumberInformationList = {
    .name = "PhoneNumberInformationList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_phone_number_information_list),
    .item = &s_PhoneNumberInformation,
};

static const struct awsc_shape s_PhoneNumberList = {
    .name = "PhoneNumberList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_key_list),
    .item = &s_PhoneNumber,
};

static const struct awsc_shape s_PhoneNumberString = {
    .name = "PhoneNumberString",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_PhoneNumberString_range,
};

static const struct awsc_shape s_PlatformApplication = {
    .name = "PlatformApplication",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_platform_application),
    .members = s_PlatformApplication_members,
    .member_count = 2,
    .by_wire_name = s_PlatformApplication_by_wire_name,
};

const struct awsc_shape awsc__sns_PlatformApplicationDisabledException = {
    .name = "PlatformApplicationDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_platform_application_disabled_exception),
    .members = awsc__sns_PlatformApplicationDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_PlatformApplicationDisabledException_by_wire_name,
    .error_code = "PlatformApplicationDisabled",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_PublishBatchInput = {
    .name = "PublishBatchInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_publish_batch_input),
    .members = awsc__sns_PublishBatchInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_PublishBatchInput_by_wire_name,
};

static const struct awsc_shape s_PublishBatchRequestEntry = {
    .name = "PublishBatchRequestEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_publish_batch_request_entry),
    .members = s_PublishBatchRequestEntry_members,
    .member_count = 7,
    .by_wire_name = s_PublishBatchRequestEntry_by_wire_name,
};

static const struct awsc_shape s_PublishBatchRequestEntryList = {
    .name = "PublishBatchRequestEntryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_publish_batch_request_entry_list),
    .item = &s_PublishBatchRequestEntry,
};

const struct awsc_shape awsc__sns_PublishBatchResponse = {
    .name = "PublishBatchResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_publish_batch_output),
    .members = awsc__sns_PublishBatchResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_PublishBatchResponse_by_wire_name,
};

static const struct awsc_shape s_PublishBatchResultEntry = {
    .name = "PublishBatchResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_publish_batch_result_entry),
    .members = s_PublishBatchResultEntry_members,
    .member_count = 3,
    .by_wire_name = s_PublishBatchResultEntry_by_wire_name,
};

static const struct awsc_shape s_PublishBatchResultEntryList = {
    .name = "PublishBatchResultEntryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_publish_batch_result_entry_list),
    .item = &s_PublishBatchResultEntry,
};

const struct awsc_shape awsc__sns_PublishInput = {
    .name = "PublishInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_publish_input),
    .members = awsc__sns_PublishInput_members,
    .member_count = 9,
    .by_wire_name = awsc__sns_PublishInput_by_wire_name,
};

const struct awsc_shape awsc__sns_PublishResponse = {
    .name = "PublishResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_publish_output),
    .members = awsc__sns_PublishResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_PublishResponse_by_wire_name,
};

const struct awsc_shape awsc__sns_PutDataProtectionPolicyInput = {
    .name = "PutDataProtectionPolicyInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_put_data_protection_policy_input),
    .members = awsc__sns_PutDataProtectionPolicyInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_PutDataProtectionPolicyInput_by_wire_name,
};

const struct awsc_shape awsc__sns_RemovePermissionInput = {
    .name = "RemovePermissionInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_remove_permission_input),
    .members = awsc__sns_RemovePermissionInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_RemovePermissionInput_by_wire_name,
};

const struct awsc_shape awsc__sns_ReplayLimitExceededException = {
    .name = "ReplayLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_replay_limit_exceeded_exception),
    .members = awsc__sns_ReplayLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ReplayLimitExceededException_by_wire_name,
    .error_code = "ReplayLimitExceeded",
    .http_status = 403,
};

const struct awsc_shape awsc__sns_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_resource_not_found_exception),
    .members = awsc__sns_ResourceNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFound",
    .http_status = 404,
};

static const struct awsc_shape s_RouteType = {
    .name = "RouteType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RouteType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_SMSSandboxPhoneNumber = {
    .name = "SMSSandboxPhoneNumber",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_sms_sandbox_phone_number),
    .members = s_SMSSandboxPhoneNumber_members,
    .member_count = 2,
    .by_wire_name = s_SMSSandboxPhoneNumber_by_wire_name,
};

static const struct awsc_shape s_SMSSandboxPhoneNumberList = {
    .name = "SMSSandboxPhoneNumberList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_sms_sandbox_phone_number_list),
    .item = &s_SMSSandboxPhoneNumber,
};

static const struct awsc_shape s_SMSSandboxPhoneNumberVerificationStatus = {
    .name = "SMSSandboxPhoneNumberVerificationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SMSSandboxPhoneNumberVerificationStatus_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__sns_SetEndpointAttributesInput = {
    .name = "SetEndpointAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_set_endpoint_attributes_input),
    .members = awsc__sns_SetEndpointAttributesInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_SetEndpointAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_SetPlatformApplicationAttributesInput = {
    .name = "SetPlatformApplicationAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_set_platform_application_attributes_input),
    .members = awsc__sns_SetPlatformApplicationAttributesInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_SetPlatformApplicationAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_SetSMSAttributesInput = {
    .name = "SetSMSAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_set_sms_attributes_input),
    .members = awsc__sns_SetSMSAttributesInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_SetSMSAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_SetSMSAttributesResponse = {
    .name = "SetSMSAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_set_sms_attributes_output),
};

const struct awsc_shape awsc__sns_SetSubscriptionAttributesInput = {
    .name = "SetSubscriptionAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_set_subscription_attributes_input),
    .members = awsc__sns_SetSubscriptionAttributesInput_members,
    .member_count = 3,
    .by_wire_name = awsc__sns_SetSubscriptionAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_SetTopicAttributesInput = {
    .name = "SetTopicAttributesInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_set_topic_attributes_input),
    .members = awsc__sns_SetTopicAttributesInput_members,
    .member_count = 3,
    .by_wire_name = awsc__sns_SetTopicAttributesInput_by_wire_name,
};

const struct awsc_shape awsc__sns_StaleTagException = {
    .name = "StaleTagException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_stale_tag_exception),
    .members = awsc__sns_StaleTagException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_StaleTagException_by_wire_name,
    .error_code = "StaleTag",
    .http_status = 400,
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sns_SubscribeInput = {
    .name = "SubscribeInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_subscribe_input),
    .members = awsc__sns_SubscribeInput_members,
    .member_count = 5,
    .by_wire_name = awsc__sns_SubscribeInput_by_wire_name,
};

const struct awsc_shape awsc__sns_SubscribeResponse = {
    .name = "SubscribeResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_subscribe_output),
    .members = awsc__sns_SubscribeResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_SubscribeResponse_by_wire_name,
};

static const struct awsc_shape s_Subscription = {
    .name = "Subscription",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_subscription),
    .members = s_Subscription_members,
    .member_count = 5,
    .by_wire_name = s_Subscription_by_wire_name,
};

static const struct awsc_shape s_SubscriptionAttributesMap = {
    .name = "SubscriptionAttributesMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sns_topic_attributes_map),
    .item = &s_attributeValue,
    .key = &s_attributeName,
    .value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
    .entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
};

const struct awsc_shape awsc__sns_SubscriptionLimitExceededException = {
    .name = "SubscriptionLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_subscription_limit_exceeded_exception),
    .members = awsc__sns_SubscriptionLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_SubscriptionLimitExceededException_by_wire_name,
    .error_code = "SubscriptionLimitExceeded",
    .http_status = 403,
};

static const struct awsc_shape s_SubscriptionsList = {
    .name = "SubscriptionsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_subscriptions_list),
    .item = &s_Subscription,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagKey_range,
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_key_list),
    .item = &s_TagKey,
};

const struct awsc_shape awsc__sns_TagLimitExceededException = {
    .name = "TagLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_tag_limit_exceeded_exception),
    .members = awsc__sns_TagLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_TagLimitExceededException_by_wire_name,
    .error_code = "TagLimitExceeded",
    .http_status = 400,
};

static const struct awsc_shape s_TagList = {
    .name = "TagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_tag_list),
    .item = &s_Tag,
};

const struct awsc_shape awsc__sns_TagPolicyException = {
    .name = "TagPolicyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_tag_policy_exception),
    .members = awsc__sns_TagPolicyException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_TagPolicyException_by_wire_name,
    .error_code = "TagPolicy",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_TagResourceRequest = {
    .name = "TagResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_tag_resource_input),
    .members = awsc__sns_TagResourceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_TagResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__sns_TagResourceResponse = {
    .name = "TagResourceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_tag_resource_output),
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagValue_range,
};

const struct awsc_shape awsc__sns_ThrottledException = {
    .name = "ThrottledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_throttled_exception),
    .members = awsc__sns_ThrottledException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ThrottledException_by_wire_name,
    .error_code = "Throttled",
    .http_status = 429,
};

static const struct awsc_shape s_Timestamp = {
    .name = "Timestamp",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

const struct awsc_shape awsc__sns_TooManyEntriesInBatchRequestException = {
    .name = "TooManyEntriesInBatchRequestException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_too_many_entries_in_batch_request_exception),
    .members = awsc__sns_TooManyEntriesInBatchRequestException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_TooManyEntriesInBatchRequestException_by_wire_name,
    .error_code = "TooManyEntriesInBatchRequest",
    .http_status = 400,
};

static const struct awsc_shape s_Topic = {
    .name = "Topic",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_topic),
    .members = s_Topic_members,
    .member_count = 1,
    .by_wire_name = s_Topic_by_wire_name,
};

static const struct awsc_shape s_TopicAttributesMap = {
    .name = "TopicAttributesMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sns_topic_attributes_map),
    .item = &s_attributeValue,
    .key = &s_attributeName,
    .value_offset = offsetof(struct awsc_sns_topic_attributes_map_entry, value),
    .entry_size = sizeof(struct awsc_sns_topic_attributes_map_entry),
};

const struct awsc_shape awsc__sns_TopicLimitExceededException = {
    .name = "TopicLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_topic_limit_exceeded_exception),
    .members = awsc__sns_TopicLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_TopicLimitExceededException_by_wire_name,
    .error_code = "TopicLimitExceeded",
    .http_status = 403,
};

static const struct awsc_shape s_TopicsList = {
    .name = "TopicsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sns_topics_list),
    .item = &s_Topic,
};

const struct awsc_shape awsc__sns_UnsubscribeInput = {
    .name = "UnsubscribeInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_unsubscribe_input),
    .members = awsc__sns_UnsubscribeInput_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_UnsubscribeInput_by_wire_name,
};

const struct awsc_shape awsc__sns_UntagResourceRequest = {
    .name = "UntagResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_untag_resource_input),
    .members = awsc__sns_UntagResourceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_UntagResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__sns_UntagResourceResponse = {
    .name = "UntagResourceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_untag_resource_output),
};

const struct awsc_shape awsc__sns_UserErrorException = {
    .name = "UserErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_user_error_exception),
    .members = awsc__sns_UserErrorException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_UserErrorException_by_wire_name,
    .error_code = "UserError",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_ValidationException = {
    .name = "ValidationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sns_validation_exception),
    .members = awsc__sns_ValidationException_members,
    .member_count = 1,
    .by_wire_name = awsc__sns_ValidationException_by_wire_name,
    .error_code = "ValidationException",
    .http_status = 400,
};

const struct awsc_shape awsc__sns_VerificationException = {
    .name = "VerificationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sns_verification_exception),
    .members = awsc__sns_VerificationException_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_VerificationException_by_wire_name,
    .error_code = "VerificationException",
    .http_status = 0,
};

const struct awsc_shape awsc__sns_VerifySMSSandboxPhoneNumberInput = {
    .name = "VerifySMSSandboxPhoneNumberInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_verify_sms_sandbox_phone_number_input),
    .members = awsc__sns_VerifySMSSandboxPhoneNumberInput_members,
    .member_count = 2,
    .by_wire_name = awsc__sns_VerifySMSSandboxPhoneNumberInput_by_wire_name,
};

const struct awsc_shape awsc__sns_VerifySMSSandboxPhoneNumberResult = {
    .name = "VerifySMSSandboxPhoneNumberResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sns_verify_sms_sandbox_phone_number_output),
};

static const struct awsc_shape s_account = {
    .name = "account",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_action = {
    .name = "action",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_attributeName = {
    .name = "attributeName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_attributeValue = {
    .name = "attributeValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_authenticateOnUnsubscribe = {
    .name = "authenticateOnUnsubscribe",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_boolean = {
    .name = "boolean",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_delegate = {
    .name = "delegate",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_endpoint = {
    .name = "endpoint",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_label = {
    .name = "label",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_message = {
    .name = "message",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_messageId = {
    .name = "messageId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_messageStructure = {
    .name = "messageStructure",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_nextToken = {
    .name = "nextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_protocol = {
    .name = "protocol",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_string = {
    .name = "string",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_subject = {
    .name = "subject",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_subscriptionARN = {
    .name = "subscriptionARN",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_token = {
    .name = "token",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_topicARN = {
    .name = "topicARN",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_topicName = {
    .name = "topicName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};
