/*
 * awsc/sns.h - Amazon Simple Notification Service (SNS, API 2010-03-31).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_SNS_H
#define AWSC_SNS_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_sns_service() to awsc_client_new(), or use
 * awsc_sns_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_sns_service(void);

static inline int awsc_sns_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_sns_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* LanguageCodeString: members of this type are strings; parse them with
 * awsc_sns_language_code_string_parse(). Values newer than this model parse as
 * AWSC_SNS_LANGUAGE_CODE_STRING_UNKNOWN. */
enum awsc_sns_language_code_string {
    AWSC_SNS_LANGUAGE_CODE_STRING_UNKNOWN = 0,
    AWSC_SNS_LANGUAGE_CODE_STRING_EN_US = 1, /* en-US */
    AWSC_SNS_LANGUAGE_CODE_STRING_EN_GB = 2, /* en-GB */
    AWSC_SNS_LANGUAGE_CODE_STRING_ES_419 = 3, /* es-419 */
    AWSC_SNS_LANGUAGE_CODE_STRING_ES_ES = 4, /* es-ES */
    AWSC_SNS_LANGUAGE_CODE_STRING_DE_DE = 5, /* de-DE */
    AWSC_SNS_LANGUAGE_CODE_STRING_FR_CA = 6, /* fr-CA */
    AWSC_SNS_LANGUAGE_CODE_STRING_FR_FR = 7, /* fr-FR */
    AWSC_SNS_LANGUAGE_CODE_STRING_IT_IT = 8, /* it-IT */
    AWSC_SNS_LANGUAGE_CODE_STRING_JA_JP = 9, /* ja-JP */
    AWSC_SNS_LANGUAGE_CODE_STRING_PT_BR = 10, /* pt-BR */
    AWSC_SNS_LANGUAGE_CODE_STRING_KR_KR = 11, /* kr-KR */
    AWSC_SNS_LANGUAGE_CODE_STRING_ZH_CN = 12, /* zh-CN */
    AWSC_SNS_LANGUAGE_CODE_STRING_ZH_TW = 13 /* zh-TW */
};
AWSC_API enum awsc_sns_language_code_string awsc_sns_language_code_string_parse(const char *value);
AWSC_API const char *awsc_sns_language_code_string_str(enum awsc_sns_language_code_string value);

/* NumberCapability: members of this type are strings; parse them with
 * awsc_sns_number_capability_parse(). Values newer than this model parse as
 * AWSC_SNS_NUMBER_CAPABILITY_UNKNOWN. */
enum awsc_sns_number_capability {
    AWSC_SNS_NUMBER_CAPABILITY_UNKNOWN = 0,
    AWSC_SNS_NUMBER_CAPABILITY_SMS = 1, /* SMS */
    AWSC_SNS_NUMBER_CAPABILITY_MMS = 2, /* MMS */
    AWSC_SNS_NUMBER_CAPABILITY_VOICE = 3 /* VOICE */
};
AWSC_API enum awsc_sns_number_capability awsc_sns_number_capability_parse(const char *value);
AWSC_API const char *awsc_sns_number_capability_str(enum awsc_sns_number_capability value);

/* RouteType: members of this type are strings; parse them with
 * awsc_sns_route_type_parse(). Values newer than this model parse as
 * AWSC_SNS_ROUTE_TYPE_UNKNOWN. */
enum awsc_sns_route_type {
    AWSC_SNS_ROUTE_TYPE_UNKNOWN = 0,
    AWSC_SNS_ROUTE_TYPE_TRANSACTIONAL = 1, /* Transactional */
    AWSC_SNS_ROUTE_TYPE_PROMOTIONAL = 2, /* Promotional */
    AWSC_SNS_ROUTE_TYPE_PREMIUM = 3 /* Premium */
};
AWSC_API enum awsc_sns_route_type awsc_sns_route_type_parse(const char *value);
AWSC_API const char *awsc_sns_route_type_str(enum awsc_sns_route_type value);

/* SMSSandboxPhoneNumberVerificationStatus: members of this type are strings; parse them with
 * awsc_sns_sms_sandbox_phone_number_verification_status_parse(). Values newer than this model parse as
 * AWSC_SNS_SMSSANDBOX_PHONE_NUMBER_VERIFICATION_STATUS_UNKNOWN. */
enum awsc_sns_sms_sandbox_phone_number_verification_status {
    AWSC_SNS_SMSSANDBOX_PHONE_NUMBER_VERIFICATION_STATUS_UNKNOWN = 0,
    AWSC_SNS_SMSSANDBOX_PHONE_NUMBER_VERIFICATION_STATUS_PENDING = 1, /* Pending */
    AWSC_SNS_SMSSANDBOX_PHONE_NUMBER_VERIFICATION_STATUS_VERIFIED = 2 /* Verified */
};
AWSC_API enum awsc_sns_sms_sandbox_phone_number_verification_status awsc_sns_sms_sandbox_phone_number_verification_status_parse(const char *value);
AWSC_API const char *awsc_sns_sms_sandbox_phone_number_verification_status_str(enum awsc_sns_sms_sandbox_phone_number_verification_status value);

/* ----------------------------------------------------------- structures */

struct awsc_sns_add_permission_input;
struct awsc_sns_authorization_error_exception;
struct awsc_sns_batch_entry_ids_not_distinct_exception;
struct awsc_sns_batch_request_too_long_exception;
struct awsc_sns_batch_result_error_entry;
struct awsc_sns_check_if_phone_number_is_opted_out_input;
struct awsc_sns_check_if_phone_number_is_opted_out_output;
struct awsc_sns_concurrent_access_exception;
struct awsc_sns_confirm_subscription_input;
struct awsc_sns_confirm_subscription_output;
struct awsc_sns_create_platform_endpoint_output;
struct awsc_sns_create_platform_application_input;
struct awsc_sns_create_platform_application_output;
struct awsc_sns_create_platform_endpoint_input;
struct awsc_sns_create_sms_sandbox_phone_number_input;
struct awsc_sns_create_sms_sandbox_phone_number_output;
struct awsc_sns_create_topic_input;
struct awsc_sns_create_topic_output;
struct awsc_sns_delete_endpoint_input;
struct awsc_sns_delete_platform_application_input;
struct awsc_sns_delete_sms_sandbox_phone_number_input;
struct awsc_sns_delete_sms_sandbox_phone_number_output;
struct awsc_sns_delete_topic_input;
struct awsc_sns_empty_batch_request_exception;
struct awsc_sns_endpoint;
struct awsc_sns_endpoint_disabled_exception;
struct awsc_sns_filter_policy_limit_exceeded_exception;
struct awsc_sns_get_data_protection_policy_input;
struct awsc_sns_get_data_protection_policy_output;
struct awsc_sns_get_endpoint_attributes_input;
struct awsc_sns_get_endpoint_attributes_output;
struct awsc_sns_get_platform_application_attributes_input;
struct awsc_sns_get_platform_application_attributes_output;
struct awsc_sns_get_sms_attributes_input;
struct awsc_sns_get_sms_attributes_output;
struct awsc_sns_get_sms_sandbox_account_status_input;
struct awsc_sns_get_sms_sandbox_account_status_output;
struct awsc_sns_get_subscription_attributes_input;
struct awsc_sns_get_subscription_attributes_output;
struct awsc_sns_get_topic_attributes_input;
struct awsc_sns_get_topic_attributes_output;
struct awsc_sns_internal_error_exception;
struct awsc_sns_invalid_batch_entry_id_exception;
struct awsc_sns_invalid_parameter_exception;
struct awsc_sns_invalid_parameter_value_exception;
struct awsc_sns_invalid_security_exception;
struct awsc_sns_invalid_state_exception;
struct awsc_sns_kms_access_denied_exception;
struct awsc_sns_kms_disabled_exception;
struct awsc_sns_kms_invalid_state_exception;
struct awsc_sns_kms_not_found_exception;
struct awsc_sns_kms_opt_in_required;
struct awsc_sns_kms_throttling_exception;
struct awsc_sns_list_endpoints_by_platform_application_input;
struct awsc_sns_list_endpoints_by_platform_application_output;
struct awsc_sns_list_origination_numbers_input;
struct awsc_sns_list_origination_numbers_output;
struct awsc_sns_list_phone_numbers_opted_out_input;
struct awsc_sns_list_phone_numbers_opted_out_output;
struct awsc_sns_list_platform_applications_input;
struct awsc_sns_list_platform_applications_output;
struct awsc_sns_list_sms_sandbox_phone_numbers_input;
struct awsc_sns_list_sms_sandbox_phone_numbers_output;
struct awsc_sns_list_subscriptions_by_topic_input;
struct awsc_sns_list_subscriptions_by_topic_output;
struct awsc_sns_list_subscriptions_input;
struct awsc_sns_list_subscriptions_output;
struct awsc_sns_list_tags_for_resource_input;
struct awsc_sns_list_tags_for_resource_output;
struct awsc_sns_list_topics_input;
struct awsc_sns_list_topics_output;
struct awsc_sns_message_attribute_value;
struct awsc_sns_not_found_exception;
struct awsc_sns_opt_in_phone_number_input;
struct awsc_sns_opt_in_phone_number_output;
struct awsc_sns_opted_out_exception;
struct awsc_sns_phone_number_information;
struct awsc_sns_platform_application;
struct awsc_sns_platform_application_disabled_exception;
struct awsc_sns_publish_batch_input;
struct awsc_sns_publish_batch_request_entry;
struct awsc_sns_publish_batch_output;
struct awsc_sns_publish_batch_result_entry;
struct awsc_sns_publish_input;
struct awsc_sns_publish_output;
struct awsc_sns_put_data_protection_policy_input;
struct awsc_sns_remove_permission_input;
struct awsc_sns_replay_limit_exceeded_exception;
struct awsc_sns_resource_not_found_exception;
struct awsc_sns_sms_sandbox_phone_number;
struct awsc_sns_set_endpoint_attributes_input;
struct awsc_sns_set_platform_application_attributes_input;
struct awsc_sns_set_sms_attributes_input;
struct awsc_sns_set_sms_attributes_output;
struct awsc_sns_set_subscription_attributes_input;
struct awsc_sns_set_topic_attributes_input;
struct awsc_sns_stale_tag_exception;
struct awsc_sns_subscribe_input;
struct awsc_sns_subscribe_output;
struct awsc_sns_subscription;
struct awsc_sns_subscription_limit_exceeded_exception;
struct awsc_sns_tag;
struct awsc_sns_tag_limit_exceeded_exception;
struct awsc_sns_tag_policy_exception;
struct awsc_sns_tag_resource_input;
struct awsc_sns_tag_resource_output;
struct awsc_sns_throttled_exception;
struct awsc_sns_too_many_entries_in_batch_request_exception;
struct awsc_sns_topic;
struct awsc_sns_topic_limit_exceeded_exception;
struct awsc_sns_unsubscribe_input;
struct awsc_sns_untag_resource_input;
struct awsc_sns_untag_resource_output;
struct awsc_sns_user_error_exception;
struct awsc_sns_validation_exception;
struct awsc_sns_verification_exception;
struct awsc_sns_verify_sms_sandbox_phone_number_input;
struct awsc_sns_verify_sms_sandbox_phone_number_output;
struct awsc_sns_topic_attributes_map_entry;
struct awsc_sns_message_attribute_map_entry;

/*
 * TagKeyList: a list of TagKey.
 * Also the type of ActionsList, DelegatesList, ListString,
 * NumberCapabilityList, PhoneNumberList.
 */
struct awsc_sns_tag_key_list {
    const char **items;
    size_t count;
};

/* BatchResultErrorEntryList: a list of BatchResultErrorEntry. */
struct awsc_sns_batch_result_error_entry_list {
    struct awsc_sns_batch_result_error_entry *items;
    size_t count;
};

/* ListOfEndpoints: a list of Endpoint. */
struct awsc_sns_list_of_endpoints {
    struct awsc_sns_endpoint *items;
    size_t count;
};

/* ListOfPlatformApplications: a list of PlatformApplication. */
struct awsc_sns_list_of_platform_applications {
    struct awsc_sns_platform_application *items;
    size_t count;
};

/* PhoneNumberInformationList: a list of PhoneNumberInformation. */
struct awsc_sns_phone_number_information_list {
    struct awsc_sns_phone_number_information *items;
    size_t count;
};

/* PublishBatchRequestEntryList: a list of PublishBatchRequestEntry. */
struct awsc_sns_publish_batch_request_entry_list {
    struct awsc_sns_publish_batch_request_entry *items;
    size_t count;
};

/* PublishBatchResultEntryList: a list of PublishBatchResultEntry. */
struct awsc_sns_publish_batch_result_entry_list {
    struct awsc_sns_publish_batch_result_entry *items;
    size_t count;
};

/* SMSSandboxPhoneNumberList: a list of SMSSandboxPhoneNumber. */
struct awsc_sns_sms_sandbox_phone_number_list {
    struct awsc_sns_sms_sandbox_phone_number *items;
    size_t count;
};

/* SubscriptionsList: a list of Subscription. */
struct awsc_sns_subscriptions_list {
    struct awsc_sns_subscription *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_sns_tag_list {
    struct awsc_sns_tag *items;
    size_t count;
};

/* TopicsList: a list of Topic. */
struct awsc_sns_topics_list {
    struct awsc_sns_topic *items;
    size_t count;
};

/*
 * TopicAttributesMap: a map from attributeName to attributeValue.
 * Also the type of MapStringToString, SubscriptionAttributesMap.
 */
struct awsc_sns_topic_attributes_map {
    struct awsc_sns_topic_attributes_map_entry *entries;
    size_t count;
};

/* MessageAttributeMap: a map from String to MessageAttributeValue. */
struct awsc_sns_message_attribute_map {
    struct awsc_sns_message_attribute_map_entry *entries;
    size_t count;
};

/* AddPermissionInput */
struct awsc_sns_add_permission_input {
    /* TopicArn: The ARN of the topic whose access control policy you wish to
     * modify. Required. */
    const char *topic_arn;
    /* Label: A unique identifier for the new policy statement. Required. */
    const char *label;
    /* AWSAccountId: The Amazon Web Services account IDs of the users (principals)
     * who will be given access to the specified actions. Required. */
    struct awsc_sns_tag_key_list aws_account_id;
    /* ActionName: The action you want to allow for the specified principal(s).
     * Required. */
    struct awsc_sns_tag_key_list action_name;
};

/*
 * Indicates that the user has been denied access to the requested resource.
 */
struct awsc_sns_authorization_error_exception {
    /* message: */
    const char *message;
};

/*
 * Two or more batch entries in the request have the same Id .
 */
struct awsc_sns_batch_entry_ids_not_distinct_exception {
    /* message: */
    const char *message;
};

/*
 * The length of all the batch messages put together is more than the limit.
 */
struct awsc_sns_batch_request_too_long_exception {
    /* message: */
    const char *message;
};

/*
 * Gives a detailed description of failed messages in the batch.
 */
struct awsc_sns_batch_result_error_entry {
    /* Id: The Id of an entry in a batch request Required. */
    const char *id;
    /* Code: An error code representing why the action failed on this entry.
     * Required. */
    const char *code;
    /* Message: A message explaining why the action failed on this entry. */
    const char *message;
    /* SenderFault: Specifies whether the error happened due to the caller of the
     * batch API action. Required. */
    bool has_sender_fault;
    bool sender_fault;
};

/*
 * The input for the CheckIfPhoneNumberIsOptedOut action.
 */
struct awsc_sns_check_if_phone_number_is_opted_out_input {
    /* phoneNumber: The phone number for which you want to check the opt out
     * status. Required. */
    const char *phone_number;
};

/*
 * The response from the CheckIfPhoneNumberIsOptedOut action.
 */
struct awsc_sns_check_if_phone_number_is_opted_out_output {
    /* isOptedOut: Indicates whether the phone number is opted out: true – The
     * phone number is opted out, meaning you cannot publish SMS messages to it. */
    bool has_is_opted_out;
    bool is_opted_out;
};

/*
 * Can't perform multiple operations on a tag simultaneously. Perform the
 * operations sequentially.
 */
struct awsc_sns_concurrent_access_exception {
    /* message: */
    const char *message;
};

/*
 * Input for ConfirmSubscription action.
 */
struct awsc_sns_confirm_subscription_input {
    /* TopicArn: The ARN of the topic for which you wish to confirm a subscription.
     * Required. */
    const char *topic_arn;
    /* Token: Short-lived token sent to an endpoint during the Subscribe action.
     * Required. */
    const char *token;
    /* AuthenticateOnUnsubscribe: Disallows unauthenticated unsubscribes of the
     * subscription. If the value of this parameter is true and the request has an
     * Amazon Web Services signature, then only the topic owner and the
     * subscription ... */
    const char *authenticate_on_unsubscribe;
};

/*
 * Response for ConfirmSubscriptions action.
 */
struct awsc_sns_confirm_subscription_output {
    /* SubscriptionArn: The ARN of the created subscription. */
    const char *subscription_arn;
};

/*
 * Response from CreateEndpoint action.
 */
struct awsc_sns_create_platform_endpoint_output {
    /* EndpointArn: EndpointArn returned from CreateEndpoint action. */
    const char *endpoint_arn;
};

/*
 * Input for CreatePlatformApplication action.
 */
struct awsc_sns_create_platform_application_input {
    /* Name: Application names must be made up of only uppercase and lowercase
     * ASCII letters, numbers, underscores, hyphens, and periods, and must be
     * between 1 and 256 characters long. Required. */
    const char *name;
    /* Platform: The following platforms are supported: ADM (Amazon Device
     * Messaging), APNS (Apple Push Notification Service), APNS_SANDBOX, and GCM
     * (Firebase Cloud Messaging). Required. */
    const char *platform;
    /* Attributes: For a list of attributes, see SetPlatformApplicationAttributes .
     * Required. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Response from CreatePlatformApplication action.
 */
struct awsc_sns_create_platform_application_output {
    /* PlatformApplicationArn: PlatformApplicationArn is returned. */
    const char *platform_application_arn;
};

/*
 * Input for CreatePlatformEndpoint action.
 */
struct awsc_sns_create_platform_endpoint_input {
    /* PlatformApplicationArn: PlatformApplicationArn returned from
     * CreatePlatformApplication is used to create a an endpoint. Required. */
    const char *platform_application_arn;
    /* Token: Unique identifier created by the notification service for an app on a
     * device. The specific name for Token will vary, depending on which
     * notification service is being used. Required. */
    const char *token;
    /* CustomUserData: Arbitrary user data to associate with the endpoint. Amazon
     * SNS does not use this data. The data must be in UTF-8 format and less than
     * 2KB. */
    const char *custom_user_data;
    /* Attributes: For a list of attributes, see SetEndpointAttributes . */
    struct awsc_sns_topic_attributes_map attributes;
};

/* CreateSMSSandboxPhoneNumberInput */
struct awsc_sns_create_sms_sandbox_phone_number_input {
    /* PhoneNumber: The destination phone number to verify. On verification, Amazon
     * SNS adds this phone number to the list of verified phone numbers that you
     * can send SMS messages to. Required. */
    const char *phone_number;
    /* LanguageCode: The language to use for sending the OTP. The default value is
     * en-US . One of enum awsc_sns_language_code_string's values (as its string). */
    const char *language_code;
};

/* CreateSMSSandboxPhoneNumberResult */
struct awsc_sns_create_sms_sandbox_phone_number_output {
    char unused_; /* no members */
};

/*
 * Input for CreateTopic action.
 */
struct awsc_sns_create_topic_input {
    /* Name: The name of the topic you want to create. Required. */
    const char *name;
    /* Attributes: A map of attributes with their corresponding values. */
    struct awsc_sns_topic_attributes_map attributes;
    /* Tags: The list of tags to add to a new topic. To be able to tag a topic on
     * creation, you must have the sns:CreateTopic and sns:TagResource permissions. */
    struct awsc_sns_tag_list tags;
    /* DataProtectionPolicy: The body of the policy document you want to use for
     * this topic. */
    const char *data_protection_policy;
};

/*
 * Response from CreateTopic action.
 */
struct awsc_sns_create_topic_output {
    /* TopicArn: The Amazon Resource Name (ARN) assigned to the created topic. */
    const char *topic_arn;
};

/*
 * Input for DeleteEndpoint action.
 */
struct awsc_sns_delete_endpoint_input {
    /* EndpointArn: EndpointArn of endpoint to delete. Required. */
    const char *endpoint_arn;
};

/*
 * Input for DeletePlatformApplication action.
 */
struct awsc_sns_delete_platform_application_input {
    /* PlatformApplicationArn: PlatformApplicationArn of platform application
     * object to delete. Required. */
    const char *platform_application_arn;
};

/* DeleteSMSSandboxPhoneNumberInput */
struct awsc_sns_delete_sms_sandbox_phone_number_input {
    /* PhoneNumber: The destination phone number to delete. Required. */
    const char *phone_number;
};

/* DeleteSMSSandboxPhoneNumberResult */
struct awsc_sns_delete_sms_sandbox_phone_number_output {
    char unused_; /* no members */
};

/* DeleteTopicInput */
struct awsc_sns_delete_topic_input {
    /* TopicArn: The ARN of the topic you want to delete. Required. */
    const char *topic_arn;
};

/*
 * The batch request doesn't contain any entries.
 */
struct awsc_sns_empty_batch_request_exception {
    /* message: */
    const char *message;
};

/*
 * The endpoint for mobile app and device.
 */
struct awsc_sns_endpoint {
    /* EndpointArn: The EndpointArn for mobile app and device. */
    const char *endpoint_arn;
    /* Attributes: Attributes for endpoint. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Exception error indicating endpoint disabled.
 */
struct awsc_sns_endpoint_disabled_exception {
    /* message: Message for endpoint disabled. */
    const char *message;
};

/*
 * Indicates that the number of filter polices in your Amazon Web Services
 * account exceeds the limit. To add more filter polices, submit an Amazon SNS
 * Limit Increase case in the Amazon Web Services Support Center.
 */
struct awsc_sns_filter_policy_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/* GetDataProtectionPolicyInput */
struct awsc_sns_get_data_protection_policy_input {
    /* ResourceArn: The ARN of the topic whose DataProtectionPolicy you want to
     * get. Required. */
    const char *resource_arn;
};

/* GetDataProtectionPolicyResponse */
struct awsc_sns_get_data_protection_policy_output {
    /* DataProtectionPolicy: Retrieves the DataProtectionPolicy in JSON string
     * format. */
    const char *data_protection_policy;
};

/*
 * Input for GetEndpointAttributes action.
 */
struct awsc_sns_get_endpoint_attributes_input {
    /* EndpointArn: EndpointArn for GetEndpointAttributes input. Required. */
    const char *endpoint_arn;
};

/*
 * Response from GetEndpointAttributes of the EndpointArn .
 */
struct awsc_sns_get_endpoint_attributes_output {
    /* Attributes: Attributes include the following: CustomUserData – arbitrary
     * user data to associate with the endpoint. Amazon SNS does not use this data.
     * The data must be in UTF-8 format and less than 2KB. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Input for GetPlatformApplicationAttributes action.
 */
struct awsc_sns_get_platform_application_attributes_input {
    /* PlatformApplicationArn: PlatformApplicationArn for
     * GetPlatformApplicationAttributesInput. Required. */
    const char *platform_application_arn;
};

/*
 * Response for GetPlatformApplicationAttributes action.
 */
struct awsc_sns_get_platform_application_attributes_output {
    /* Attributes: Attributes include the following: AppleCertificateExpiryDate –
     * The expiry date of the SSL certificate used to configure certificate-based
     * authentication. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * The input for the GetSMSAttributes request.
 */
struct awsc_sns_get_sms_attributes_input {
    /* attributes: A list of the individual attribute names, such as
     * MonthlySpendLimit , for which you want values. */
    struct awsc_sns_tag_key_list attributes;
};

/*
 * The response from the GetSMSAttributes request.
 */
struct awsc_sns_get_sms_attributes_output {
    /* attributes: The SMS attribute names and their values. */
    struct awsc_sns_topic_attributes_map attributes;
};

/* GetSMSSandboxAccountStatusInput */
struct awsc_sns_get_sms_sandbox_account_status_input {
    char unused_; /* no members */
};

/* GetSMSSandboxAccountStatusResult */
struct awsc_sns_get_sms_sandbox_account_status_output {
    /* IsInSandbox: Indicates whether the calling Amazon Web Services account is in
     * the SMS sandbox. Required. */
    bool has_is_in_sandbox;
    bool is_in_sandbox;
};

/*
 * Input for GetSubscriptionAttributes.
 */
struct awsc_sns_get_subscription_attributes_input {
    /* SubscriptionArn: The ARN of the subscription whose properties you want to
     * get. Required. */
    const char *subscription_arn;
};

/*
 * Response for GetSubscriptionAttributes action.
 */
struct awsc_sns_get_subscription_attributes_output {
    /* Attributes: A map of the subscription's attributes. Attributes in this map
     * include the following: ConfirmationWasAuthenticated – true if the
     * subscription confirmation request was authenticated. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Input for GetTopicAttributes action.
 */
struct awsc_sns_get_topic_attributes_input {
    /* TopicArn: The ARN of the topic whose properties you want to get. Required. */
    const char *topic_arn;
};

/*
 * Response for GetTopicAttributes action.
 */
struct awsc_sns_get_topic_attributes_output {
    /* Attributes: A map of the topic's attributes. Attributes in this map include
     * the following: DeliveryPolicy – The JSON serialization of the topic's
     * delivery policy. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Indicates an internal service error.
 */
struct awsc_sns_internal_error_exception {
    /* message: */
    const char *message;
};

/*
 * The Id of a batch entry in a batch request doesn't abide by the
 * specification.
 */
struct awsc_sns_invalid_batch_entry_id_exception {
    /* message: */
    const char *message;
};

/*
 * Indicates that a request parameter does not comply with the associated
 * constraints.
 */
struct awsc_sns_invalid_parameter_exception {
    /* message: */
    const char *message;
};

/*
 * Indicates that a request parameter does not comply with the associated
 * constraints.
 */
struct awsc_sns_invalid_parameter_value_exception {
    /* message: The parameter of an entry in a request doesn't abide by the
     * specification. */
    const char *message;
};

/*
 * The credential signature isn't valid. You must use an HTTPS endpoint and
 * sign your request using Signature Version 4.
 */
struct awsc_sns_invalid_security_exception {
    /* message: */
    const char *message;
};

/*
 * Indicates that the specified state is not a valid state for an event source.
 */
struct awsc_sns_invalid_state_exception {
    /* message: */
    const char *message;
};

/*
 * The ciphertext references a key that doesn't exist or that you don't have
 * access to.
 */
struct awsc_sns_kms_access_denied_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the specified Amazon Web Services KMS key
 * isn't enabled.
 */
struct awsc_sns_kms_disabled_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the state of the specified resource isn't
 * valid for this request. For more information, see Key states of Amazon Web
 * Services KMS keys in the Key Management Service Developer Guide .
 */
struct awsc_sns_kms_invalid_state_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the specified entity or resource can't be
 * found.
 */
struct awsc_sns_kms_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * The Amazon Web Services access key ID needs a subscription for the service.
 */
struct awsc_sns_kms_opt_in_required {
    /* message: */
    const char *message;
};

/*
 * The request was denied due to request throttling. For more information about
 * throttling, see Limits in the Key Management Service Developer Guide.
 */
struct awsc_sns_kms_throttling_exception {
    /* message: */
    const char *message;
};

/*
 * Input for ListEndpointsByPlatformApplication action.
 */
struct awsc_sns_list_endpoints_by_platform_application_input {
    /* PlatformApplicationArn: PlatformApplicationArn for
     * ListEndpointsByPlatformApplicationInput action. Required. */
    const char *platform_application_arn;
    /* NextToken: NextToken string is used when calling
     * ListEndpointsByPlatformApplication action to retrieve additional records
     * that are available after the first page results. */
    const char *next_token;
};

/*
 * Response for ListEndpointsByPlatformApplication action.
 */
struct awsc_sns_list_endpoints_by_platform_application_output {
    /* Endpoints: Endpoints returned for ListEndpointsByPlatformApplication action. */
    struct awsc_sns_list_of_endpoints endpoints;
    /* NextToken: NextToken string is returned when calling
     * ListEndpointsByPlatformApplication action if additional records are
     * available after the first page results. */
    const char *next_token;
};

/* ListOriginationNumbersRequest */
struct awsc_sns_list_origination_numbers_input {
    /* NextToken: Token that the previous ListOriginationNumbers request returns. */
    const char *next_token;
    /* MaxResults: The maximum number of origination numbers to return. */
    bool has_max_results;
    int32_t max_results;
};

/* ListOriginationNumbersResult */
struct awsc_sns_list_origination_numbers_output {
    /* NextToken: A NextToken string is returned when you call the
     * ListOriginationNumbers operation if additional pages of records are
     * available. */
    const char *next_token;
    /* PhoneNumbers: A list of the calling account's verified and pending
     * origination numbers. */
    struct awsc_sns_phone_number_information_list phone_numbers;
};

/*
 * The input for the ListPhoneNumbersOptedOut action.
 */
struct awsc_sns_list_phone_numbers_opted_out_input {
    /* nextToken: A NextToken string is used when you call the
     * ListPhoneNumbersOptedOut action to retrieve additional records that are
     * available after the first page of results. */
    const char *next_token;
};

/*
 * The response from the ListPhoneNumbersOptedOut action.
 */
struct awsc_sns_list_phone_numbers_opted_out_output {
    /* phoneNumbers: A list of phone numbers that are opted out of receiving SMS
     * messages. The list is paginated, and each page can contain up to 100 phone
     * numbers. */
    struct awsc_sns_tag_key_list phone_numbers;
    /* nextToken: A NextToken string is returned when you call the
     * ListPhoneNumbersOptedOut action if additional records are available after
     * the first page of results. */
    const char *next_token;
};

/*
 * Input for ListPlatformApplications action.
 */
struct awsc_sns_list_platform_applications_input {
    /* NextToken: NextToken string is used when calling ListPlatformApplications
     * action to retrieve additional records that are available after the first
     * page results. */
    const char *next_token;
};

/*
 * Response for ListPlatformApplications action.
 */
struct awsc_sns_list_platform_applications_output {
    /* PlatformApplications: Platform applications returned when calling
     * ListPlatformApplications action. */
    struct awsc_sns_list_of_platform_applications platform_applications;
    /* NextToken: NextToken string is returned when calling
     * ListPlatformApplications action if additional records are available after
     * the first page results. */
    const char *next_token;
};

/* ListSMSSandboxPhoneNumbersInput */
struct awsc_sns_list_sms_sandbox_phone_numbers_input {
    /* NextToken: Token that the previous ListSMSSandboxPhoneNumbersInput request
     * returns. */
    const char *next_token;
    /* MaxResults: The maximum number of phone numbers to return. */
    bool has_max_results;
    int32_t max_results;
};

/* ListSMSSandboxPhoneNumbersResult */
struct awsc_sns_list_sms_sandbox_phone_numbers_output {
    /* PhoneNumbers: A list of the calling account's pending and verified phone
     * numbers. Required. */
    struct awsc_sns_sms_sandbox_phone_number_list phone_numbers;
    /* NextToken: A NextToken string is returned when you call the
     * ListSMSSandboxPhoneNumbersInput operation if additional pages of records are
     * available. */
    const char *next_token;
};

/*
 * Input for ListSubscriptionsByTopic action.
 */
struct awsc_sns_list_subscriptions_by_topic_input {
    /* TopicArn: The ARN of the topic for which you wish to find subscriptions.
     * Required. */
    const char *topic_arn;
    /* NextToken: Token returned by the previous ListSubscriptionsByTopic request. */
    const char *next_token;
};

/*
 * Response for ListSubscriptionsByTopic action.
 */
struct awsc_sns_list_subscriptions_by_topic_output {
    /* Subscriptions: A list of subscriptions. */
    struct awsc_sns_subscriptions_list subscriptions;
    /* NextToken: Token to pass along to the next ListSubscriptionsByTopic request.
     * This element is returned if there are more subscriptions to retrieve. */
    const char *next_token;
};

/*
 * Input for ListSubscriptions action.
 */
struct awsc_sns_list_subscriptions_input {
    /* NextToken: Token returned by the previous ListSubscriptions request. */
    const char *next_token;
};

/*
 * Response for ListSubscriptions action
 */
struct awsc_sns_list_subscriptions_output {
    /* Subscriptions: A list of subscriptions. */
    struct awsc_sns_subscriptions_list subscriptions;
    /* NextToken: Token to pass along to the next ListSubscriptions request. This
     * element is returned if there are more subscriptions to retrieve. */
    const char *next_token;
};

/* ListTagsForResourceRequest */
struct awsc_sns_list_tags_for_resource_input {
    /* ResourceArn: The ARN of the topic for which to list tags. Required. */
    const char *resource_arn;
};

/* ListTagsForResourceResponse */
struct awsc_sns_list_tags_for_resource_output {
    /* Tags: The tags associated with the specified topic. */
    struct awsc_sns_tag_list tags;
};

/* ListTopicsInput */
struct awsc_sns_list_topics_input {
    /* NextToken: Token returned by the previous ListTopics request. */
    const char *next_token;
};

/*
 * Response for ListTopics action.
 */
struct awsc_sns_list_topics_output {
    /* Topics: A list of topic ARNs. */
    struct awsc_sns_topics_list topics;
    /* NextToken: Token to pass along to the next ListTopics request. This element
     * is returned if there are additional topics to retrieve. */
    const char *next_token;
};

/*
 * The user-specified message attribute value. For string data types, the value
 * attribute has the same restrictions on the content as the message body. For
 * more information, see Publish .
 */
struct awsc_sns_message_attribute_value {
    /* DataType: Amazon SNS supports the following logical data types: String,
     * String.Array, Number, and Binary. For more information, see Message
     * Attribute Data Types . Required. */
    const char *data_type;
    /* StringValue: Strings are Unicode with UTF8 binary encoding. For a list of
     * code values, see ASCII Printable Characters . */
    const char *string_value;
    /* BinaryValue: Binary type attributes can store any binary data, for example,
     * compressed data, encrypted data, or images. */
    struct awsc_blob binary_value;
};

/*
 * Indicates that the requested resource does not exist.
 */
struct awsc_sns_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Input for the OptInPhoneNumber action.
 */
struct awsc_sns_opt_in_phone_number_input {
    /* phoneNumber: The phone number to opt in. Use E.164 format. Required. */
    const char *phone_number;
};

/*
 * The response for the OptInPhoneNumber action.
 */
struct awsc_sns_opt_in_phone_number_output {
    char unused_; /* no members */
};

/*
 * Indicates that the specified phone number opted out of receiving SMS
 * messages from your Amazon Web Services account. You can't send SMS messages
 * to phone numbers that opt out.
 */
struct awsc_sns_opted_out_exception {
    /* message: */
    const char *message;
};

/*
 * A list of phone numbers and their metadata.
 */
struct awsc_sns_phone_number_information {
    /* CreatedAt: The date and time when the phone number was created. */
    bool has_created_at;
    struct awsc_timestamp created_at;
    /* PhoneNumber: The phone number. */
    const char *phone_number;
    /* Status: The status of the phone number. */
    const char *status;
    /* Iso2CountryCode: The two-character code for the country or region, in ISO
     * 3166-1 alpha-2 format. */
    const char *iso2_country_code;
    /* RouteType: The list of supported routes. One of enum awsc_sns_route_type's
     * values (as its string). */
    const char *route_type;
    /* NumberCapabilities: The capabilities of each phone number. */
    struct awsc_sns_tag_key_list number_capabilities;
};

/*
 * Platform application object.
 */
struct awsc_sns_platform_application {
    /* PlatformApplicationArn: PlatformApplicationArn for platform application
     * object. */
    const char *platform_application_arn;
    /* Attributes: Attributes for platform application object. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Exception error indicating platform application disabled.
 */
struct awsc_sns_platform_application_disabled_exception {
    /* message: Message for platform application disabled. */
    const char *message;
};

/* PublishBatchInput */
struct awsc_sns_publish_batch_input {
    /* TopicArn: The Amazon resource name (ARN) of the topic you want to batch
     * publish to. Required. */
    const char *topic_arn;
    /* PublishBatchRequestEntries: A list of PublishBatch request entries to be
     * sent to the SNS topic. Required. */
    struct awsc_sns_publish_batch_request_entry_list publish_batch_request_entries;
};

/*
 * Contains the details of a single Amazon SNS message along with an Id that
 * identifies a message within the batch.
 */
struct awsc_sns_publish_batch_request_entry {
    /* Id: An identifier for the message in this batch. The Ids of a batch request
     * must be unique within a request. Required. */
    const char *id;
    /* Message: The body of the message. Required. */
    const char *message;
    /* Subject: The subject of the batch message. */
    const char *subject;
    /* MessageStructure: Set MessageStructure to json if you want to send a
     * different message for each protocol. */
    const char *message_structure;
    /* MessageAttributes: Each message attribute consists of a Name , Type , and
     * Value . For more information, see Amazon SNS message attributes in the
     * Amazon SNS Developer Guide. */
    struct awsc_sns_message_attribute_map message_attributes;
    /* MessageDeduplicationId: This parameter applies only to FIFO
     * (first-in-first-out) topics. This parameter applies only to FIFO
     * (first-in-first-out) topics. */
    const char *message_deduplication_id;
    /* MessageGroupId: FIFO topics: The tag that specifies that a message belongs
     * to a specific message group. */
    const char *message_group_id;
};

/* PublishBatchResponse */
struct awsc_sns_publish_batch_output {
    /* Successful: A list of successful PublishBatch responses. */
    struct awsc_sns_publish_batch_result_entry_list successful;
    /* Failed: A list of failed PublishBatch responses. */
    struct awsc_sns_batch_result_error_entry_list failed;
};

/*
 * Encloses data related to a successful message in a batch request for topic.
 */
struct awsc_sns_publish_batch_result_entry {
    /* Id: The Id of an entry in a batch request. */
    const char *id;
    /* MessageId: An identifier for the message. */
    const char *message_id;
    /* SequenceNumber: This parameter applies only to FIFO (first-in-first-out)
     * topics. */
    const char *sequence_number;
};

/*
 * Input for Publish action.
 */
struct awsc_sns_publish_input {
    /* TopicArn: The topic you want to publish to. If you don't specify a value for
     * the TopicArn parameter, you must specify a value for the PhoneNumber or
     * TargetArn parameters. */
    const char *topic_arn;
    /* TargetArn: If you don't specify a value for the TargetArn parameter, you
     * must specify a value for the PhoneNumber or TopicArn parameters. */
    const char *target_arn;
    /* PhoneNumber: The phone number to which you want to deliver an SMS message.
     * Use E.164 format. */
    const char *phone_number;
    /* Message: The message you want to send. If you are publishing to a topic and
     * you want to send the same message to all transport protocols, include the
     * text of the message as a String value. Required. */
    const char *message;
    /* Subject: Optional parameter to be used as the "Subject" line when the
     * message is delivered to email endpoints. */
    const char *subject;
    /* MessageStructure: Set MessageStructure to json if you want to send a
     * different message for each protocol. */
    const char *message_structure;
    /* MessageAttributes: Message attributes for Publish action. */
    struct awsc_sns_message_attribute_map message_attributes;
    /* MessageDeduplicationId: This parameter applies only to FIFO
     * (first-in-first-out) topics. The MessageDeduplicationId can contain up to
     * 128 alphanumeric characters (a-z, A-Z, 0-9) and punctuation ... */
    const char *message_deduplication_id;
    /* MessageGroupId: The MessageGroupId can contain up to 128 alphanumeric
     * characters (a-z, A-Z, 0-9) and punctuation
     * (!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~) . */
    const char *message_group_id;
};

/*
 * Response for Publish action.
 */
struct awsc_sns_publish_output {
    /* MessageId: Unique identifier assigned to the published message. */
    const char *message_id;
    /* SequenceNumber: This response element applies only to FIFO
     * (first-in-first-out) topics. */
    const char *sequence_number;
};

/* PutDataProtectionPolicyInput */
struct awsc_sns_put_data_protection_policy_input {
    /* ResourceArn: The ARN of the topic whose DataProtectionPolicy you want to add
     * or update. Required. */
    const char *resource_arn;
    /* DataProtectionPolicy: The JSON serialization of the topic's
     * DataProtectionPolicy . Required. */
    const char *data_protection_policy;
};

/*
 * Input for RemovePermission action.
 */
struct awsc_sns_remove_permission_input {
    /* TopicArn: The ARN of the topic whose access control policy you wish to
     * modify. Required. */
    const char *topic_arn;
    /* Label: The unique label of the statement you want to remove. Required. */
    const char *label;
};

/*
 * Indicates that the request parameter has exceeded the maximum number of
 * concurrent message replays.
 */
struct awsc_sns_replay_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * Can’t perform the action on the specified resource. Make sure that the
 * resource exists.
 */
struct awsc_sns_resource_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * A verified or pending destination phone number in the SMS sandbox.
 */
struct awsc_sns_sms_sandbox_phone_number {
    /* PhoneNumber: The destination phone number. */
    const char *phone_number;
    /* Status: The destination phone number's verification status. One of enum
     * awsc_sns_sms_sandbox_phone_number_verification_status's values (as its
     * string). */
    const char *status;
};

/*
 * Input for SetEndpointAttributes action.
 */
struct awsc_sns_set_endpoint_attributes_input {
    /* EndpointArn: EndpointArn used for SetEndpointAttributes action. Required. */
    const char *endpoint_arn;
    /* Attributes: A map of the endpoint attributes. Attributes in this map include
     * the following: CustomUserData – arbitrary user data to associate with the
     * endpoint. Amazon SNS does not use this data. Required. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * Input for SetPlatformApplicationAttributes action.
 */
struct awsc_sns_set_platform_application_attributes_input {
    /* PlatformApplicationArn: PlatformApplicationArn for
     * SetPlatformApplicationAttributes action. Required. */
    const char *platform_application_arn;
    /* Attributes: A map of the platform application attributes. Attributes in this
     * map include the following: PlatformCredential – The credential received from
     * the notification service. Required. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * The input for the SetSMSAttributes action.
 */
struct awsc_sns_set_sms_attributes_input {
    /* attributes: The default settings for sending SMS messages from your Amazon
     * Web Services account. You can set values for the following attribute names:
     * Required. */
    struct awsc_sns_topic_attributes_map attributes;
};

/*
 * The response for the SetSMSAttributes action.
 */
struct awsc_sns_set_sms_attributes_output {
    char unused_; /* no members */
};

/*
 * Input for SetSubscriptionAttributes action.
 */
struct awsc_sns_set_subscription_attributes_input {
    /* SubscriptionArn: The ARN of the subscription to modify. Required. */
    const char *subscription_arn;
    /* AttributeName: A map of attributes with their corresponding values.
     * Required. */
    const char *attribute_name;
    /* AttributeValue: The new value for the attribute in JSON format. */
    const char *attribute_value;
};

/*
 * Input for SetTopicAttributes action.
 */
struct awsc_sns_set_topic_attributes_input {
    /* TopicArn: The ARN of the topic to modify. Required. */
    const char *topic_arn;
    /* AttributeName: A map of attributes with their corresponding values.
     * Required. */
    const char *attribute_name;
    /* AttributeValue: The new value for the attribute. */
    const char *attribute_value;
};

/*
 * A tag has been added to a resource with the same ARN as a deleted resource.
 * Wait a short while and then retry the operation.
 */
struct awsc_sns_stale_tag_exception {
    /* message: */
    const char *message;
};

/*
 * Input for Subscribe action.
 */
struct awsc_sns_subscribe_input {
    /* TopicArn: The ARN of the topic you want to subscribe to. Required. */
    const char *topic_arn;
    /* Protocol: The protocol that you want to use. Supported protocols include:
     * http – delivery of JSON-encoded message via HTTP POST https – delivery of
     * JSON-encoded message via HTTPS POST email – delivery of ... Required. */
    const char *protocol;
    /* Endpoint: The endpoint that you want to receive notifications. Endpoints
     * vary by protocol: For the http protocol, the (public) endpoint is a URL
     * beginning with http:// . */
    const char *endpoint;
    /* Attributes: A map of attributes with their corresponding values. */
    struct awsc_sns_topic_attributes_map attributes;
    /* ReturnSubscriptionArn: Sets whether the response from the Subscribe request
     * includes the subscription ARN, even if the subscription is not yet
     * confirmed. */
    bool has_return_subscription_arn;
    bool return_subscription_arn;
};

/*
 * Response for Subscribe action.
 */
struct awsc_sns_subscribe_output {
    /* SubscriptionArn: The ARN of the subscription if it is confirmed, or the
     * string "pending confirmation" if the subscription requires confirmation. */
    const char *subscription_arn;
};

/*
 * A wrapper type for the attributes of an Amazon SNS subscription.
 */
struct awsc_sns_subscription {
    /* SubscriptionArn: The subscription's ARN. */
    const char *subscription_arn;
    /* Owner: The subscription's owner. */
    const char *owner;
    /* Protocol: The subscription's protocol. */
    const char *protocol;
    /* Endpoint: The subscription's endpoint (format depends on the protocol). */
    const char *endpoint;
    /* TopicArn: The ARN of the subscription's topic. */
    const char *topic_arn;
};

/*
 * Indicates that the customer already owns the maximum allowed number of
 * subscriptions.
 */
struct awsc_sns_subscription_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * The list of tags to be added to the specified topic.
 */
struct awsc_sns_tag {
    /* Key: The required key portion of the tag. Required. */
    const char *key;
    /* Value: The optional value portion of the tag. Required. */
    const char *value;
};

/*
 * Can't add more than 50 tags to a topic.
 */
struct awsc_sns_tag_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * The request doesn't comply with the IAM tag policy. Correct your request and
 * then retry it.
 */
struct awsc_sns_tag_policy_exception {
    /* message: */
    const char *message;
};

/* TagResourceRequest */
struct awsc_sns_tag_resource_input {
    /* ResourceArn: The ARN of the topic to which to add tags. Required. */
    const char *resource_arn;
    /* Tags: The tags to be added to the specified topic. A tag consists of a
     * required key and an optional value. Required. */
    struct awsc_sns_tag_list tags;
};

/* TagResourceResponse */
struct awsc_sns_tag_resource_output {
    char unused_; /* no members */
};

/*
 * Indicates that the rate at which requests have been submitted for this
 * action exceeds the limit for your Amazon Web Services account.
 */
struct awsc_sns_throttled_exception {
    /* message: Throttled request. */
    const char *message;
};

/*
 * The batch request contains more entries than permissible (more than 10).
 */
struct awsc_sns_too_many_entries_in_batch_request_exception {
    /* message: */
    const char *message;
};

/*
 * A wrapper type for the topic's Amazon Resource Name (ARN). To retrieve a
 * topic's attributes, use GetTopicAttributes .
 */
struct awsc_sns_topic {
    /* TopicArn: The topic's ARN. */
    const char *topic_arn;
};

/*
 * Indicates that the customer already owns the maximum allowed number of
 * topics.
 */
struct awsc_sns_topic_limit_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * Input for Unsubscribe action.
 */
struct awsc_sns_unsubscribe_input {
    /* SubscriptionArn: The ARN of the subscription to be deleted. Required. */
    const char *subscription_arn;
};

/* UntagResourceRequest */
struct awsc_sns_untag_resource_input {
    /* ResourceArn: The ARN of the topic from which to remove tags. Required. */
    const char *resource_arn;
    /* TagKeys: The list of tag keys to remove from the specified topic. Required. */
    struct awsc_sns_tag_key_list tag_keys;
};

/* UntagResourceResponse */
struct awsc_sns_untag_resource_output {
    char unused_; /* no members */
};

/*
 * Indicates that a request parameter does not comply with the associated
 * constraints.
 */
struct awsc_sns_user_error_exception {
    /* message: */
    const char *message;
};

/*
 * Indicates that a parameter in the request is invalid.
 */
struct awsc_sns_validation_exception {
    /* Message:  Required. */
    const char *message;
};

/*
 * Indicates that the one-time password (OTP) used for verification is invalid.
 */
struct awsc_sns_verification_exception {
    /* Message:  Required. */
    const char *message;
    /* Status: The status of the verification error. Required. */
    const char *status;
};

/* VerifySMSSandboxPhoneNumberInput */
struct awsc_sns_verify_sms_sandbox_phone_number_input {
    /* PhoneNumber: The destination phone number to verify. Required. */
    const char *phone_number;
    /* OneTimePassword: The OTP sent to the destination number from the
     * CreateSMSSandBoxPhoneNumber call. Required. */
    const char *one_time_password;
};

/*
 * The destination phone number's verification status.
 */
struct awsc_sns_verify_sms_sandbox_phone_number_output {
    char unused_; /* no members */
};

struct awsc_sns_topic_attributes_map_entry {
    const char *key;
    const char *value;
};

struct awsc_sns_message_attribute_map_entry {
    const char *key;
    struct awsc_sns_message_attribute_value value;
};

/* ----------------------------------------------------------- operations */

/*
 * AddPermission
 * Adds a statement to a topic's access control policy, granting access for the
 * specified Amazon Web Services accounts to the specified actions.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_add_permission(struct awsc_client *client,
                                     const struct awsc_sns_add_permission_input *input,
                                     struct awsc_error *err);
typedef void awsc_sns_add_permission_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sns_add_permission_async(struct awsc_client *client,
                                           const struct awsc_sns_add_permission_input *input,
                                           awsc_sns_add_permission_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * CheckIfPhoneNumberIsOptedOut
 * Accepts a phone number and indicates whether the phone holder has opted out
 * of receiving SMS messages from your Amazon Web Services account. You cannot
 * send SMS messages to a number that is opted out.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_check_if_phone_number_is_opted_out(struct awsc_client *client,
                                                         const struct awsc_sns_check_if_phone_number_is_opted_out_input *input,
                                                         struct awsc_sns_check_if_phone_number_is_opted_out_output **output,
                                                         struct awsc_error *err);
typedef void awsc_sns_check_if_phone_number_is_opted_out_cb(void *user_data,
                                                            int status,
                                                            struct awsc_sns_check_if_phone_number_is_opted_out_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_sns_check_if_phone_number_is_opted_out_async(struct awsc_client *client,
                                                               const struct awsc_sns_check_if_phone_number_is_opted_out_input *input,
                                                               awsc_sns_check_if_phone_number_is_opted_out_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * ConfirmSubscription
 * Verifies an endpoint owner's intent to receive messages by validating the
 * token sent to the endpoint by an earlier Subscribe action. If the token is
 * valid, the action creates a new subscription and returns its Amazon Resource
 * Name (ARN).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_REPLAY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_sns_confirm_subscription(struct awsc_client *client,
                                           const struct awsc_sns_confirm_subscription_input *input,
                                           struct awsc_sns_confirm_subscription_output **output,
                                           struct awsc_error *err);
typedef void awsc_sns_confirm_subscription_cb(void *user_data,
                                              int status,
                                              struct awsc_sns_confirm_subscription_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sns_confirm_subscription_async(struct awsc_client *client,
                                                 const struct awsc_sns_confirm_subscription_input *input,
                                                 awsc_sns_confirm_subscription_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * CreatePlatformApplication
 * Creates a platform application object for one of the supported push
 * notification services, such as APNS and GCM (Firebase Cloud Messaging), to
 * which devices and mobile apps may register.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_sns_create_platform_application(struct awsc_client *client,
                                                  const struct awsc_sns_create_platform_application_input *input,
                                                  struct awsc_sns_create_platform_application_output **output,
                                                  struct awsc_error *err);
typedef void awsc_sns_create_platform_application_cb(void *user_data,
                                                     int status,
                                                     struct awsc_sns_create_platform_application_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_sns_create_platform_application_async(struct awsc_client *client,
                                                        const struct awsc_sns_create_platform_application_input *input,
                                                        awsc_sns_create_platform_application_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * CreatePlatformEndpoint
 * Creates an endpoint for a device and mobile app on one of the supported push
 * notification services, such as GCM (Firebase Cloud Messaging) and APNS.
 * CreatePlatformEndpoint requires the PlatformApplicationArn that is returned
 * from CreatePlatformApplication .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_create_platform_endpoint(struct awsc_client *client,
                                               const struct awsc_sns_create_platform_endpoint_input *input,
                                               struct awsc_sns_create_platform_endpoint_output **output,
                                               struct awsc_error *err);
typedef void awsc_sns_create_platform_endpoint_cb(void *user_data,
                                                  int status,
                                                  struct awsc_sns_create_platform_endpoint_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_sns_create_platform_endpoint_async(struct awsc_client *client,
                                                     const struct awsc_sns_create_platform_endpoint_input *input,
                                                     awsc_sns_create_platform_endpoint_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * CreateSMSSandboxPhoneNumber
 * Adds a destination phone number to an Amazon Web Services account in the SMS
 * sandbox and sends a one-time password (OTP) to that phone number.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_OPTED_OUT_EXCEPTION, AWSC_SNS_ERR_THROTTLED_EXCEPTION,
 *   AWSC_SNS_ERR_USER_ERROR_EXCEPTION
 */
AWSC_API int awsc_sns_create_sms_sandbox_phone_number(struct awsc_client *client,
                                                      const struct awsc_sns_create_sms_sandbox_phone_number_input *input,
                                                      struct awsc_sns_create_sms_sandbox_phone_number_output **output,
                                                      struct awsc_error *err);
typedef void awsc_sns_create_sms_sandbox_phone_number_cb(void *user_data,
                                                         int status,
                                                         struct awsc_sns_create_sms_sandbox_phone_number_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_create_sms_sandbox_phone_number_async(struct awsc_client *client,
                                                            const struct awsc_sns_create_sms_sandbox_phone_number_input *input,
                                                            awsc_sns_create_sms_sandbox_phone_number_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * CreateTopic
 * Creates a topic to which notifications can be published. Users can create at
 * most 100,000 standard topics (at most 1,000 FIFO topics). For more
 * information, see Creating an Amazon SNS topic in the Amazon SNS Developer
 * Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_CONCURRENT_ACCESS_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_STALE_TAG_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_POLICY_EXCEPTION,
 *   AWSC_SNS_ERR_TOPIC_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_sns_create_topic(struct awsc_client *client,
                                   const struct awsc_sns_create_topic_input *input,
                                   struct awsc_sns_create_topic_output **output,
                                   struct awsc_error *err);
typedef void awsc_sns_create_topic_cb(void *user_data,
                                      int status,
                                      struct awsc_sns_create_topic_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_sns_create_topic_async(struct awsc_client *client,
                                         const struct awsc_sns_create_topic_input *input,
                                         awsc_sns_create_topic_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * DeleteEndpoint
 * Deletes the endpoint for a device and mobile app from Amazon SNS. This
 * action is idempotent. For more information, see Using Amazon SNS Mobile Push
 * Notifications .
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_sns_delete_endpoint(struct awsc_client *client,
                                      const struct awsc_sns_delete_endpoint_input *input,
                                      struct awsc_error *err);
typedef void awsc_sns_delete_endpoint_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sns_delete_endpoint_async(struct awsc_client *client,
                                            const struct awsc_sns_delete_endpoint_input *input,
                                            awsc_sns_delete_endpoint_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * DeletePlatformApplication
 * Deletes a platform application object for one of the supported push
 * notification services, such as APNS and GCM (Firebase Cloud Messaging). For
 * more information, see Using Amazon SNS Mobile Push Notifications .
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_sns_delete_platform_application(struct awsc_client *client,
                                                  const struct awsc_sns_delete_platform_application_input *input,
                                                  struct awsc_error *err);
typedef void awsc_sns_delete_platform_application_cb(void *user_data,
                                                     int status,
                                                     struct awsc_error *err);
AWSC_API int awsc_sns_delete_platform_application_async(struct awsc_client *client,
                                                        const struct awsc_sns_delete_platform_application_input *input,
                                                        awsc_sns_delete_platform_application_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * DeleteSMSSandboxPhoneNumber
 * Deletes an Amazon Web Services account's verified or pending phone number
 * from the SMS sandbox.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION, AWSC_SNS_ERR_USER_ERROR_EXCEPTION
 */
AWSC_API int awsc_sns_delete_sms_sandbox_phone_number(struct awsc_client *client,
                                                      const struct awsc_sns_delete_sms_sandbox_phone_number_input *input,
                                                      struct awsc_sns_delete_sms_sandbox_phone_number_output **output,
                                                      struct awsc_error *err);
typedef void awsc_sns_delete_sms_sandbox_phone_number_cb(void *user_data,
                                                         int status,
                                                         struct awsc_sns_delete_sms_sandbox_phone_number_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_delete_sms_sandbox_phone_number_async(struct awsc_client *client,
                                                            const struct awsc_sns_delete_sms_sandbox_phone_number_input *input,
                                                            awsc_sns_delete_sms_sandbox_phone_number_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * DeleteTopic
 * Deletes a topic and all its subscriptions. Deleting a topic might prevent
 * some messages previously sent to the topic from being delivered to
 * subscribers. This action is idempotent, so deleting a topic that does not
 * exist does not result in an error.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_CONCURRENT_ACCESS_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_STATE_EXCEPTION, AWSC_SNS_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_STALE_TAG_EXCEPTION, AWSC_SNS_ERR_TAG_POLICY_EXCEPTION
 */
AWSC_API int awsc_sns_delete_topic(struct awsc_client *client,
                                   const struct awsc_sns_delete_topic_input *input,
                                   struct awsc_error *err);
typedef void awsc_sns_delete_topic_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sns_delete_topic_async(struct awsc_client *client,
                                         const struct awsc_sns_delete_topic_input *input,
                                         awsc_sns_delete_topic_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * GetDataProtectionPolicy
 * Retrieves the specified inline DataProtectionPolicy document that is stored
 * in the specified Amazon SNS topic.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_get_data_protection_policy(struct awsc_client *client,
                                                 const struct awsc_sns_get_data_protection_policy_input *input,
                                                 struct awsc_sns_get_data_protection_policy_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sns_get_data_protection_policy_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sns_get_data_protection_policy_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sns_get_data_protection_policy_async(struct awsc_client *client,
                                                       const struct awsc_sns_get_data_protection_policy_input *input,
                                                       awsc_sns_get_data_protection_policy_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetEndpointAttributes
 * Retrieves the endpoint attributes for a device on one of the supported push
 * notification services, such as GCM (Firebase Cloud Messaging) and APNS. For
 * more information, see Using Amazon SNS Mobile Push Notifications .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_get_endpoint_attributes(struct awsc_client *client,
                                              const struct awsc_sns_get_endpoint_attributes_input *input,
                                              struct awsc_sns_get_endpoint_attributes_output **output,
                                              struct awsc_error *err);
typedef void awsc_sns_get_endpoint_attributes_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sns_get_endpoint_attributes_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sns_get_endpoint_attributes_async(struct awsc_client *client,
                                                    const struct awsc_sns_get_endpoint_attributes_input *input,
                                                    awsc_sns_get_endpoint_attributes_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetPlatformApplicationAttributes
 * Retrieves the attributes of the platform application object for the
 * supported push notification services, such as APNS and GCM (Firebase Cloud
 * Messaging). For more information, see Using Amazon SNS Mobile Push
 * Notifications .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_get_platform_application_attributes(struct awsc_client *client,
                                                          const struct awsc_sns_get_platform_application_attributes_input *input,
                                                          struct awsc_sns_get_platform_application_attributes_output **output,
                                                          struct awsc_error *err);
typedef void awsc_sns_get_platform_application_attributes_cb(void *user_data,
                                                             int status,
                                                             struct awsc_sns_get_platform_application_attributes_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_sns_get_platform_application_attributes_async(struct awsc_client *client,
                                                                const struct awsc_sns_get_platform_application_attributes_input *input,
                                                                awsc_sns_get_platform_application_attributes_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * GetSMSAttributes
 * Returns the settings for sending SMS messages from your Amazon Web Services
 * account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_get_sms_attributes(struct awsc_client *client,
                                         const struct awsc_sns_get_sms_attributes_input *input,
                                         struct awsc_sns_get_sms_attributes_output **output,
                                         struct awsc_error *err);
typedef void awsc_sns_get_sms_attributes_cb(void *user_data,
                                            int status,
                                            struct awsc_sns_get_sms_attributes_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sns_get_sms_attributes_async(struct awsc_client *client,
                                               const struct awsc_sns_get_sms_attributes_input *input,
                                               awsc_sns_get_sms_attributes_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetSMSSandboxAccountStatus
 * Retrieves the SMS sandbox status for the calling Amazon Web Services account
 * in the target Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION, AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_get_sms_sandbox_account_status(struct awsc_client *client,
                                                     const struct awsc_sns_get_sms_sandbox_account_status_input *input,
                                                     struct awsc_sns_get_sms_sandbox_account_status_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sns_get_sms_sandbox_account_status_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sns_get_sms_sandbox_account_status_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sns_get_sms_sandbox_account_status_async(struct awsc_client *client,
                                                           const struct awsc_sns_get_sms_sandbox_account_status_input *input,
                                                           awsc_sns_get_sms_sandbox_account_status_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetSubscriptionAttributes
 * Returns all of the properties of a subscription.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_get_subscription_attributes(struct awsc_client *client,
                                                  const struct awsc_sns_get_subscription_attributes_input *input,
                                                  struct awsc_sns_get_subscription_attributes_output **output,
                                                  struct awsc_error *err);
typedef void awsc_sns_get_subscription_attributes_cb(void *user_data,
                                                     int status,
                                                     struct awsc_sns_get_subscription_attributes_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_sns_get_subscription_attributes_async(struct awsc_client *client,
                                                        const struct awsc_sns_get_subscription_attributes_input *input,
                                                        awsc_sns_get_subscription_attributes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetTopicAttributes
 * Returns all of the properties of a topic. Topic properties returned might
 * differ based on the authorization of the user.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_get_topic_attributes(struct awsc_client *client,
                                           const struct awsc_sns_get_topic_attributes_input *input,
                                           struct awsc_sns_get_topic_attributes_output **output,
                                           struct awsc_error *err);
typedef void awsc_sns_get_topic_attributes_cb(void *user_data,
                                              int status,
                                              struct awsc_sns_get_topic_attributes_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sns_get_topic_attributes_async(struct awsc_client *client,
                                                 const struct awsc_sns_get_topic_attributes_input *input,
                                                 awsc_sns_get_topic_attributes_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListEndpointsByPlatformApplication
 * Lists the endpoints and endpoint attributes for devices in a supported push
 * notification service, such as GCM (Firebase Cloud Messaging) and APNS. The
 * results for ListEndpointsByPlatformApplication are paginated and return a
 * limited list of endpoints, up to 100.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_list_endpoints_by_platform_application(struct awsc_client *client,
                                                             const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                             struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                             struct awsc_error *err);
typedef void awsc_sns_list_endpoints_by_platform_application_cb(void *user_data,
                                                                int status,
                                                                struct awsc_sns_list_endpoints_by_platform_application_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_sns_list_endpoints_by_platform_application_async(struct awsc_client *client,
                                                                   const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                                   awsc_sns_list_endpoints_by_platform_application_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * ListOriginationNumbers
 * Lists the calling Amazon Web Services account's dedicated origination
 * numbers and their metadata. For more information about origination numbers,
 * see Origination numbers in the Amazon SNS Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION, AWSC_SNS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_sns_list_origination_numbers(struct awsc_client *client,
                                               const struct awsc_sns_list_origination_numbers_input *input,
                                               struct awsc_sns_list_origination_numbers_output **output,
                                               struct awsc_error *err);
typedef void awsc_sns_list_origination_numbers_cb(void *user_data,
                                                  int status,
                                                  struct awsc_sns_list_origination_numbers_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_sns_list_origination_numbers_async(struct awsc_client *client,
                                                     const struct awsc_sns_list_origination_numbers_input *input,
                                                     awsc_sns_list_origination_numbers_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ListPhoneNumbersOptedOut
 * Returns a list of phone numbers that are opted out, meaning you cannot send
 * SMS messages to them.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_list_phone_numbers_opted_out(struct awsc_client *client,
                                                   const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                   struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sns_list_phone_numbers_opted_out_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sns_list_phone_numbers_opted_out_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sns_list_phone_numbers_opted_out_async(struct awsc_client *client,
                                                         const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                         awsc_sns_list_phone_numbers_opted_out_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * ListPlatformApplications
 * Lists the platform application objects for the supported push notification
 * services, such as APNS and GCM (Firebase Cloud Messaging). The results for
 * ListPlatformApplications are paginated and return a limited list of
 * applications, up to 100.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_sns_list_platform_applications(struct awsc_client *client,
                                                 const struct awsc_sns_list_platform_applications_input *input,
                                                 struct awsc_sns_list_platform_applications_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sns_list_platform_applications_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sns_list_platform_applications_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sns_list_platform_applications_async(struct awsc_client *client,
                                                       const struct awsc_sns_list_platform_applications_input *input,
                                                       awsc_sns_list_platform_applications_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ListSMSSandboxPhoneNumbers
 * Lists the calling Amazon Web Services account's current verified and pending
 * destination phone numbers in the SMS sandbox.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers(struct awsc_client *client,
                                                     const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                     struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sns_list_sms_sandbox_phone_numbers_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sns_list_sms_sandbox_phone_numbers_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_async(struct awsc_client *client,
                                                           const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                           awsc_sns_list_sms_sandbox_phone_numbers_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListSubscriptions
 * Returns a list of the requester's subscriptions. Each call returns a limited
 * list of subscriptions, up to 100. If there are more subscriptions, a
 * NextToken is also returned. Use the NextToken parameter in a new
 * ListSubscriptions call to get further results.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_sns_list_subscriptions(struct awsc_client *client,
                                         const struct awsc_sns_list_subscriptions_input *input,
                                         struct awsc_sns_list_subscriptions_output **output,
                                         struct awsc_error *err);
typedef void awsc_sns_list_subscriptions_cb(void *user_data,
                                            int status,
                                            struct awsc_sns_list_subscriptions_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_async(struct awsc_client *client,
                                               const struct awsc_sns_list_subscriptions_input *input,
                                               awsc_sns_list_subscriptions_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ListSubscriptionsByTopic
 * Returns a list of the subscriptions to a specific topic. Each call returns a
 * limited list of subscriptions, up to 100. If there are more subscriptions, a
 * NextToken is also returned. Use the NextToken parameter in a new
 * ListSubscriptionsByTopic call to get further results.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_list_subscriptions_by_topic(struct awsc_client *client,
                                                  const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                                  struct awsc_sns_list_subscriptions_by_topic_output **output,
                                                  struct awsc_error *err);
typedef void awsc_sns_list_subscriptions_by_topic_cb(void *user_data,
                                                     int status,
                                                     struct awsc_sns_list_subscriptions_by_topic_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_by_topic_async(struct awsc_client *client,
                                                        const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                                        awsc_sns_list_subscriptions_by_topic_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * ListTagsForResource
 * List all tags added to the specified Amazon SNS topic. For an overview, see
 * Amazon SNS Tags in the Amazon Simple Notification Service Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_CONCURRENT_ACCESS_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_POLICY_EXCEPTION
 */
AWSC_API int awsc_sns_list_tags_for_resource(struct awsc_client *client,
                                             const struct awsc_sns_list_tags_for_resource_input *input,
                                             struct awsc_sns_list_tags_for_resource_output **output,
                                             struct awsc_error *err);
typedef void awsc_sns_list_tags_for_resource_cb(void *user_data,
                                                int status,
                                                struct awsc_sns_list_tags_for_resource_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_sns_list_tags_for_resource_async(struct awsc_client *client,
                                                   const struct awsc_sns_list_tags_for_resource_input *input,
                                                   awsc_sns_list_tags_for_resource_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListTopics
 * Returns a list of the requester's topics. Each call returns a limited list
 * of topics, up to 100. If there are more topics, a NextToken is also
 * returned. Use the NextToken parameter in a new ListTopics call to get
 * further results.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION
 */
AWSC_API int awsc_sns_list_topics(struct awsc_client *client,
                                  const struct awsc_sns_list_topics_input *input,
                                  struct awsc_sns_list_topics_output **output,
                                  struct awsc_error *err);
typedef void awsc_sns_list_topics_cb(void *user_data,
                                     int status,
                                     struct awsc_sns_list_topics_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_sns_list_topics_async(struct awsc_client *client,
                                        const struct awsc_sns_list_topics_input *input,
                                        awsc_sns_list_topics_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * OptInPhoneNumber
 * Use this request to opt in a phone number that is opted out, which enables
 * you to resume sending SMS messages to the number.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_opt_in_phone_number(struct awsc_client *client,
                                          const struct awsc_sns_opt_in_phone_number_input *input,
                                          struct awsc_sns_opt_in_phone_number_output **output,
                                          struct awsc_error *err);
typedef void awsc_sns_opt_in_phone_number_cb(void *user_data,
                                             int status,
                                             struct awsc_sns_opt_in_phone_number_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sns_opt_in_phone_number_async(struct awsc_client *client,
                                                const struct awsc_sns_opt_in_phone_number_input *input,
                                                awsc_sns_opt_in_phone_number_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * Publish
 * Sends a message to an Amazon SNS topic, a text message (SMS message)
 * directly to a phone number, or a message to a mobile platform endpoint (when
 * you specify the TargetArn ).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_ENDPOINT_DISABLED_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_SNS_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_SNS_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_SNS_ERR_KMSNOT_FOUND_EXCEPTION, AWSC_SNS_ERR_KMSOPT_IN_REQUIRED,
 *   AWSC_SNS_ERR_KMSTHROTTLING_EXCEPTION, AWSC_SNS_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_PLATFORM_APPLICATION_DISABLED_EXCEPTION,
 *   AWSC_SNS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_sns_publish(struct awsc_client *client,
                              const struct awsc_sns_publish_input *input,
                              struct awsc_sns_publish_output **output,
                              struct awsc_error *err);
typedef void awsc_sns_publish_cb(void *user_data,
                                 int status,
                                 struct awsc_sns_publish_output *output,
                                 struct awsc_error *err);
AWSC_API int awsc_sns_publish_async(struct awsc_client *client,
                                    const struct awsc_sns_publish_input *input,
                                    awsc_sns_publish_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err);

/*
 * PublishBatch
 * Publishes up to 10 messages to the specified topic in a single batch. This
 * is a batch version of the Publish API. If you try to send more than 10
 * messages in a single batch request, you will receive a
 * TooManyEntriesInBatchRequest exception.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_BATCH_ENTRY_IDS_NOT_DISTINCT_EXCEPTION,
 *   AWSC_SNS_ERR_BATCH_REQUEST_TOO_LONG_EXCEPTION,
 *   AWSC_SNS_ERR_EMPTY_BATCH_REQUEST_EXCEPTION,
 *   AWSC_SNS_ERR_ENDPOINT_DISABLED_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_BATCH_ENTRY_ID_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_VALUE_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_KMSACCESS_DENIED_EXCEPTION,
 *   AWSC_SNS_ERR_KMSDISABLED_EXCEPTION,
 *   AWSC_SNS_ERR_KMSINVALID_STATE_EXCEPTION,
 *   AWSC_SNS_ERR_KMSNOT_FOUND_EXCEPTION, AWSC_SNS_ERR_KMSOPT_IN_REQUIRED,
 *   AWSC_SNS_ERR_KMSTHROTTLING_EXCEPTION, AWSC_SNS_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_PLATFORM_APPLICATION_DISABLED_EXCEPTION,
 *   AWSC_SNS_ERR_TOO_MANY_ENTRIES_IN_BATCH_REQUEST_EXCEPTION,
 *   AWSC_SNS_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_sns_publish_batch(struct awsc_client *client,
                                    const struct awsc_sns_publish_batch_input *input,
                                    struct awsc_sns_publish_batch_output **output,
                                    struct awsc_error *err);
typedef void awsc_sns_publish_batch_cb(void *user_data,
                                       int status,
                                       struct awsc_sns_publish_batch_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_sns_publish_batch_async(struct awsc_client *client,
                                          const struct awsc_sns_publish_batch_input *input,
                                          awsc_sns_publish_batch_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * PutDataProtectionPolicy
 * Adds or updates an inline policy document that is stored in the specified
 * Amazon SNS topic.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_put_data_protection_policy(struct awsc_client *client,
                                                 const struct awsc_sns_put_data_protection_policy_input *input,
                                                 struct awsc_error *err);
typedef void awsc_sns_put_data_protection_policy_cb(void *user_data,
                                                    int status,
                                                    struct awsc_error *err);
AWSC_API int awsc_sns_put_data_protection_policy_async(struct awsc_client *client,
                                                       const struct awsc_sns_put_data_protection_policy_input *input,
                                                       awsc_sns_put_data_protection_policy_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * RemovePermission
 * Removes a statement from a topic's access control policy. To remove the
 * ability to change topic permissions, you must deny permissions to the
 * AddPermission , RemovePermission , and SetTopicAttributes actions in your
 * IAM policy.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_remove_permission(struct awsc_client *client,
                                        const struct awsc_sns_remove_permission_input *input,
                                        struct awsc_error *err);
typedef void awsc_sns_remove_permission_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sns_remove_permission_async(struct awsc_client *client,
                                              const struct awsc_sns_remove_permission_input *input,
                                              awsc_sns_remove_permission_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * SetEndpointAttributes
 * Sets the attributes for an endpoint for a device on one of the supported
 * push notification services, such as GCM (Firebase Cloud Messaging) and APNS.
 * For more information, see Using Amazon SNS Mobile Push Notifications .
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_set_endpoint_attributes(struct awsc_client *client,
                                              const struct awsc_sns_set_endpoint_attributes_input *input,
                                              struct awsc_error *err);
typedef void awsc_sns_set_endpoint_attributes_cb(void *user_data,
                                                 int status,
                                                 struct awsc_error *err);
AWSC_API int awsc_sns_set_endpoint_attributes_async(struct awsc_client *client,
                                                    const struct awsc_sns_set_endpoint_attributes_input *input,
                                                    awsc_sns_set_endpoint_attributes_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * SetPlatformApplicationAttributes
 * Sets the attributes of the platform application object for the supported
 * push notification services, such as APNS and GCM (Firebase Cloud Messaging).
 * For more information, see Using Amazon SNS Mobile Push Notifications .
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_set_platform_application_attributes(struct awsc_client *client,
                                                          const struct awsc_sns_set_platform_application_attributes_input *input,
                                                          struct awsc_error *err);
typedef void awsc_sns_set_platform_application_attributes_cb(void *user_data,
                                                             int status,
                                                             struct awsc_error *err);
AWSC_API int awsc_sns_set_platform_application_attributes_async(struct awsc_client *client,
                                                                const struct awsc_sns_set_platform_application_attributes_input *input,
                                                                awsc_sns_set_platform_application_attributes_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * SetSMSAttributes
 * Use this request to set the default settings for sending SMS messages and
 * receiving daily SMS usage reports.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION
 */
AWSC_API int awsc_sns_set_sms_attributes(struct awsc_client *client,
                                         const struct awsc_sns_set_sms_attributes_input *input,
                                         struct awsc_sns_set_sms_attributes_output **output,
                                         struct awsc_error *err);
typedef void awsc_sns_set_sms_attributes_cb(void *user_data,
                                            int status,
                                            struct awsc_sns_set_sms_attributes_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sns_set_sms_attributes_async(struct awsc_client *client,
                                               const struct awsc_sns_set_sms_attributes_input *input,
                                               awsc_sns_set_sms_attributes_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * SetSubscriptionAttributes
 * Allows a subscription owner to set an attribute of the subscription to a new
 * value.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_REPLAY_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_sns_set_subscription_attributes(struct awsc_client *client,
                                                  const struct awsc_sns_set_subscription_attributes_input *input,
                                                  struct awsc_error *err);
typedef void awsc_sns_set_subscription_attributes_cb(void *user_data,
                                                     int status,
                                                     struct awsc_error *err);
AWSC_API int awsc_sns_set_subscription_attributes_async(struct awsc_client *client,
                                                        const struct awsc_sns_set_subscription_attributes_input *input,
                                                        awsc_sns_set_subscription_attributes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * SetTopicAttributes
 * Allows a topic owner to set an attribute of the topic to a new value. To
 * remove the ability to change topic permissions, you must deny permissions to
 * the AddPermission , RemovePermission , and SetTopicAttributes actions in
 * your IAM policy.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_set_topic_attributes(struct awsc_client *client,
                                           const struct awsc_sns_set_topic_attributes_input *input,
                                           struct awsc_error *err);
typedef void awsc_sns_set_topic_attributes_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sns_set_topic_attributes_async(struct awsc_client *client,
                                                 const struct awsc_sns_set_topic_attributes_input *input,
                                                 awsc_sns_set_topic_attributes_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * Subscribe
 * Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is
 * HTTP/S or email, or if the endpoint and the topic are not in the same Amazon
 * Web Services account, the endpoint owner must run the ConfirmSubscription
 * action to confirm the subscription.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_REPLAY_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION
 */
AWSC_API int awsc_sns_subscribe(struct awsc_client *client,
                                const struct awsc_sns_subscribe_input *input,
                                struct awsc_sns_subscribe_output **output,
                                struct awsc_error *err);
typedef void awsc_sns_subscribe_cb(void *user_data,
                                   int status,
                                   struct awsc_sns_subscribe_output *output,
                                   struct awsc_error *err);
AWSC_API int awsc_sns_subscribe_async(struct awsc_client *client,
                                      const struct awsc_sns_subscribe_input *input,
                                      awsc_sns_subscribe_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err);

/*
 * TagResource
 * Add tags to the specified Amazon SNS topic. For an overview, see Amazon SNS
 * Tags in the Amazon SNS Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_CONCURRENT_ACCESS_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_STALE_TAG_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_POLICY_EXCEPTION
 */
AWSC_API int awsc_sns_tag_resource(struct awsc_client *client,
                                   const struct awsc_sns_tag_resource_input *input,
                                   struct awsc_sns_tag_resource_output **output,
                                   struct awsc_error *err);
typedef void awsc_sns_tag_resource_cb(void *user_data,
                                      int status,
                                      struct awsc_sns_tag_resource_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_sns_tag_resource_async(struct awsc_client *client,
                                         const struct awsc_sns_tag_resource_input *input,
                                         awsc_sns_tag_resource_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * Unsubscribe
 * Deletes a subscription. If the subscription requires authentication for
 * deletion, only the owner of the subscription or the topic's owner can
 * unsubscribe, and an Amazon Web Services signature is required.
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION,
 *   AWSC_SNS_ERR_NOT_FOUND_EXCEPTION
 */
AWSC_API int awsc_sns_unsubscribe(struct awsc_client *client,
                                  const struct awsc_sns_unsubscribe_input *input,
                                  struct awsc_error *err);
typedef void awsc_sns_unsubscribe_cb(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_sns_unsubscribe_async(struct awsc_client *client,
                                        const struct awsc_sns_unsubscribe_input *input,
                                        awsc_sns_unsubscribe_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * UntagResource
 * Remove tags from the specified Amazon SNS topic. For an overview, see Amazon
 * SNS Tags in the Amazon SNS Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_CONCURRENT_ACCESS_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_STALE_TAG_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SNS_ERR_TAG_POLICY_EXCEPTION
 */
AWSC_API int awsc_sns_untag_resource(struct awsc_client *client,
                                     const struct awsc_sns_untag_resource_input *input,
                                     struct awsc_sns_untag_resource_output **output,
                                     struct awsc_error *err);
typedef void awsc_sns_untag_resource_cb(void *user_data,
                                        int status,
                                        struct awsc_sns_untag_resource_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_sns_untag_resource_async(struct awsc_client *client,
                                           const struct awsc_sns_untag_resource_input *input,
                                           awsc_sns_untag_resource_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * VerifySMSSandboxPhoneNumber
 * Verifies a destination phone number with a one-time password (OTP) for the
 * calling Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION,
 *   AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION,
 *   AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_SNS_ERR_THROTTLED_EXCEPTION, AWSC_SNS_ERR_VERIFICATION_EXCEPTION
 */
AWSC_API int awsc_sns_verify_sms_sandbox_phone_number(struct awsc_client *client,
                                                      const struct awsc_sns_verify_sms_sandbox_phone_number_input *input,
                                                      struct awsc_sns_verify_sms_sandbox_phone_number_output **output,
                                                      struct awsc_error *err);
typedef void awsc_sns_verify_sms_sandbox_phone_number_cb(void *user_data,
                                                         int status,
                                                         struct awsc_sns_verify_sms_sandbox_phone_number_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_verify_sms_sandbox_phone_number_async(struct awsc_client *client,
                                                            const struct awsc_sns_verify_sms_sandbox_phone_number_input *input,
                                                            awsc_sns_verify_sms_sandbox_phone_number_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of SNS, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (sns_tables.c). */
struct awsc__sns_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[8];
    uint16_t input_tokens[8];
    awsc_ref expr_refs[16];
#endif
    struct awsc_jmespath exprs[10];
    struct awsc_jmespath_node nodes[10];
    char strings[287];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_sns_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* ListEndpointsByPlatformApplication: tokens NextToken; results Endpoints. */
AWSC_API int awsc_sns_list_endpoints_by_platform_application_paginate(struct awsc_client *client,
                                                                      const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err);
AWSC_API int awsc_sns_list_endpoints_by_platform_application_next_page(struct awsc_pager *pager,
                                                                       struct awsc_sns_list_endpoints_by_platform_application_output **page,
                                                                       struct awsc_error *err);
AWSC_API int awsc_sns_list_endpoints_by_platform_application_next_page_async(struct awsc_pager *pager,
                                                                             awsc_sns_list_endpoints_by_platform_application_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
typedef void awsc_sns_list_endpoints_by_platform_application_item_cb(void *user_data,
                                                                     int status,
                                                                     const struct awsc_sns_endpoint *item,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sns_list_endpoints_by_platform_application_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_sns_endpoint **item,
                                                                       struct awsc_error *err);
AWSC_API int awsc_sns_list_endpoints_by_platform_application_next_item_async(struct awsc_pager *pager,
                                                                             awsc_sns_list_endpoints_by_platform_application_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err);
AWSC_API int awsc_sns_list_endpoints_by_platform_application_collect(struct awsc_pager *pager,
                                                                     struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                                     struct awsc_error *err);

/* ListOriginationNumbers: tokens NextToken; results PhoneNumbers. */
AWSC_API int awsc_sns_list_origination_numbers_paginate(struct awsc_client *client,
                                                        const struct awsc_sns_list_origination_numbers_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err);
AWSC_API int awsc_sns_list_origination_numbers_next_page(struct awsc_pager *pager,
                                                         struct awsc_sns_list_origination_numbers_output **page,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_list_origination_numbers_next_page_async(struct awsc_pager *pager,
                                                               awsc_sns_list_origination_numbers_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
typedef void awsc_sns_list_origination_numbers_item_cb(void *user_data,
                                                       int status,
                                                       const struct awsc_sns_phone_number_information *item,
                                                       struct awsc_error *err);
AWSC_API int awsc_sns_list_origination_numbers_next_item(struct awsc_pager *pager,
                                                         const struct awsc_sns_phone_number_information **item,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_list_origination_numbers_next_item_async(struct awsc_pager *pager,
                                                               awsc_sns_list_origination_numbers_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);
AWSC_API int awsc_sns_list_origination_numbers_collect(struct awsc_pager *pager,
                                                       struct awsc_sns_list_origination_numbers_output **output,
                                                       struct awsc_error *err);

/* ListPhoneNumbersOptedOut: tokens nextToken; results phoneNumbers. */
AWSC_API int awsc_sns_list_phone_numbers_opted_out_paginate(struct awsc_client *client,
                                                            const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err);
AWSC_API int awsc_sns_list_phone_numbers_opted_out_next_page(struct awsc_pager *pager,
                                                             struct awsc_sns_list_phone_numbers_opted_out_output **page,
                                                             struct awsc_error *err);
AWSC_API int awsc_sns_list_phone_numbers_opted_out_next_page_async(struct awsc_pager *pager,
                                                                   awsc_sns_list_phone_numbers_opted_out_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
typedef void awsc_sns_list_phone_numbers_opted_out_item_cb(void *user_data,
                                                           int status,
                                                           const char *item,
                                                           struct awsc_error *err);
AWSC_API int awsc_sns_list_phone_numbers_opted_out_next_item(struct awsc_pager *pager,
                                                             const char **item,
                                                             struct awsc_error *err);
AWSC_API int awsc_sns_list_phone_numbers_opted_out_next_item_async(struct awsc_pager *pager,
                                                                   awsc_sns_list_phone_numbers_opted_out_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);
AWSC_API int awsc_sns_list_phone_numbers_opted_out_collect(struct awsc_pager *pager,
                                                           struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                                           struct awsc_error *err);

/* ListPlatformApplications: tokens NextToken; results PlatformApplications. */
AWSC_API int awsc_sns_list_platform_applications_paginate(struct awsc_client *client,
                                                          const struct awsc_sns_list_platform_applications_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err);
AWSC_API int awsc_sns_list_platform_applications_next_page(struct awsc_pager *pager,
                                                           struct awsc_sns_list_platform_applications_output **page,
                                                           struct awsc_error *err);
AWSC_API int awsc_sns_list_platform_applications_next_page_async(struct awsc_pager *pager,
                                                                 awsc_sns_list_platform_applications_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
typedef void awsc_sns_list_platform_applications_item_cb(void *user_data,
                                                         int status,
                                                         const struct awsc_sns_platform_application *item,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_list_platform_applications_next_item(struct awsc_pager *pager,
                                                           const struct awsc_sns_platform_application **item,
                                                           struct awsc_error *err);
AWSC_API int awsc_sns_list_platform_applications_next_item_async(struct awsc_pager *pager,
                                                                 awsc_sns_list_platform_applications_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
AWSC_API int awsc_sns_list_platform_applications_collect(struct awsc_pager *pager,
                                                         struct awsc_sns_list_platform_applications_output **output,
                                                         struct awsc_error *err);

/* ListSMSSandboxPhoneNumbers: tokens NextToken; results PhoneNumbers. */
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_paginate(struct awsc_client *client,
                                                              const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err);
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_next_page(struct awsc_pager *pager,
                                                               struct awsc_sns_list_sms_sandbox_phone_numbers_output **page,
                                                               struct awsc_error *err);
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_next_page_async(struct awsc_pager *pager,
                                                                     awsc_sns_list_sms_sandbox_phone_numbers_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
typedef void awsc_sns_list_sms_sandbox_phone_numbers_item_cb(void *user_data,
                                                             int status,
                                                             const struct awsc_sns_sms_sandbox_phone_number *item,
                                                             struct awsc_error *err);
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_next_item(struct awsc_pager *pager,
                                                               const struct awsc_sns_sms_sandbox_phone_number **item,
                                                               struct awsc_error *err);
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_next_item_async(struct awsc_pager *pager,
                                                                     awsc_sns_list_sms_sandbox_phone_numbers_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sns_list_sms_sandbox_phone_numbers_collect(struct awsc_pager *pager,
                                                             struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                                             struct awsc_error *err);

/* ListSubscriptions: tokens NextToken; results Subscriptions. */
AWSC_API int awsc_sns_list_subscriptions_paginate(struct awsc_client *client,
                                                  const struct awsc_sns_list_subscriptions_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_next_page(struct awsc_pager *pager,
                                                   struct awsc_sns_list_subscriptions_output **page,
                                                   struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_next_page_async(struct awsc_pager *pager,
                                                         awsc_sns_list_subscriptions_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
typedef void awsc_sns_list_subscriptions_item_cb(void *user_data,
                                                 int status,
                                                 const struct awsc_sns_subscription *item,
                                                 struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_next_item(struct awsc_pager *pager,
                                                   const struct awsc_sns_subscription **item,
                                                   struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_next_item_async(struct awsc_pager *pager,
                                                         awsc_sns_list_subscriptions_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_collect(struct awsc_pager *pager,
                                                 struct awsc_sns_list_subscriptions_output **output,
                                                 struct awsc_error *err);

/* ListSubscriptionsByTopic: tokens NextToken; results Subscriptions. */
AWSC_API int awsc_sns_list_subscriptions_by_topic_paginate(struct awsc_client *client,
                                                           const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_by_topic_next_page(struct awsc_pager *pager,
                                                            struct awsc_sns_list_subscriptions_by_topic_output **page,
                                                            struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_by_topic_next_page_async(struct awsc_pager *pager,
                                                                  awsc_sns_list_subscriptions_by_topic_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
typedef void awsc_sns_list_subscriptions_by_topic_item_cb(void *user_data,
                                                          int status,
                                                          const struct awsc_sns_subscription *item,
                                                          struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_by_topic_next_item(struct awsc_pager *pager,
                                                            const struct awsc_sns_subscription **item,
                                                            struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_by_topic_next_item_async(struct awsc_pager *pager,
                                                                  awsc_sns_list_subscriptions_by_topic_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);
AWSC_API int awsc_sns_list_subscriptions_by_topic_collect(struct awsc_pager *pager,
                                                          struct awsc_sns_list_subscriptions_by_topic_output **output,
                                                          struct awsc_error *err);

/* ListTopics: tokens NextToken; results Topics. */
AWSC_API int awsc_sns_list_topics_paginate(struct awsc_client *client,
                                           const struct awsc_sns_list_topics_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err);
AWSC_API int awsc_sns_list_topics_next_page(struct awsc_pager *pager,
                                            struct awsc_sns_list_topics_output **page,
                                            struct awsc_error *err);
AWSC_API int awsc_sns_list_topics_next_page_async(struct awsc_pager *pager,
                                                  awsc_sns_list_topics_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
typedef void awsc_sns_list_topics_item_cb(void *user_data,
                                          int status,
                                          const struct awsc_sns_topic *item,
                                          struct awsc_error *err);
AWSC_API int awsc_sns_list_topics_next_item(struct awsc_pager *pager,
                                            const struct awsc_sns_topic **item,
                                            struct awsc_error *err);
AWSC_API int awsc_sns_list_topics_next_item_async(struct awsc_pager *pager,
                                                  awsc_sns_list_topics_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);
AWSC_API int awsc_sns_list_topics_collect(struct awsc_pager *pager,
                                          struct awsc_sns_list_topics_output **output,
                                          struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* --------------------------------------------------------------- errors */

#define AWSC_SNS_ERR_AUTHORIZATION_ERROR_EXCEPTION "AuthorizationError"
#define AWSC_SNS_ERR_BATCH_ENTRY_IDS_NOT_DISTINCT_EXCEPTION "BatchEntryIdsNotDistinct"
#define AWSC_SNS_ERR_BATCH_REQUEST_TOO_LONG_EXCEPTION "BatchRequestTooLong"
#define AWSC_SNS_ERR_CONCURRENT_ACCESS_EXCEPTION "ConcurrentAccess"
#define AWSC_SNS_ERR_EMPTY_BATCH_REQUEST_EXCEPTION "EmptyBatchRequest"
#define AWSC_SNS_ERR_ENDPOINT_DISABLED_EXCEPTION "EndpointDisabled"
#define AWSC_SNS_ERR_FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION "FilterPolicyLimitExceeded"
#define AWSC_SNS_ERR_INTERNAL_ERROR_EXCEPTION "InternalError"
#define AWSC_SNS_ERR_INVALID_BATCH_ENTRY_ID_EXCEPTION "InvalidBatchEntryId"
#define AWSC_SNS_ERR_INVALID_PARAMETER_EXCEPTION "InvalidParameter"
#define AWSC_SNS_ERR_INVALID_SECURITY_EXCEPTION "InvalidSecurity"
#define AWSC_SNS_ERR_INVALID_STATE_EXCEPTION "InvalidState"
#define AWSC_SNS_ERR_KMSACCESS_DENIED_EXCEPTION "KMSAccessDenied"
#define AWSC_SNS_ERR_KMSDISABLED_EXCEPTION "KMSDisabled"
#define AWSC_SNS_ERR_KMSINVALID_STATE_EXCEPTION "KMSInvalidState"
#define AWSC_SNS_ERR_KMSNOT_FOUND_EXCEPTION "KMSNotFound"
#define AWSC_SNS_ERR_KMSOPT_IN_REQUIRED "KMSOptInRequired"
#define AWSC_SNS_ERR_KMSTHROTTLING_EXCEPTION "KMSThrottling"
#define AWSC_SNS_ERR_NOT_FOUND_EXCEPTION "NotFound"
#define AWSC_SNS_ERR_OPTED_OUT_EXCEPTION "OptedOut"
#define AWSC_SNS_ERR_INVALID_PARAMETER_VALUE_EXCEPTION "ParameterValueInvalid"
#define AWSC_SNS_ERR_PLATFORM_APPLICATION_DISABLED_EXCEPTION "PlatformApplicationDisabled"
#define AWSC_SNS_ERR_REPLAY_LIMIT_EXCEEDED_EXCEPTION "ReplayLimitExceeded"
#define AWSC_SNS_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFound"
#define AWSC_SNS_ERR_STALE_TAG_EXCEPTION "StaleTag"
#define AWSC_SNS_ERR_SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION "SubscriptionLimitExceeded"
#define AWSC_SNS_ERR_TAG_LIMIT_EXCEEDED_EXCEPTION "TagLimitExceeded"
#define AWSC_SNS_ERR_TAG_POLICY_EXCEPTION "TagPolicy"
#define AWSC_SNS_ERR_THROTTLED_EXCEPTION "Throttled"
#define AWSC_SNS_ERR_TOO_MANY_ENTRIES_IN_BATCH_REQUEST_EXCEPTION "TooManyEntriesInBatchRequest"
#define AWSC_SNS_ERR_TOPIC_LIMIT_EXCEEDED_EXCEPTION "TopicLimitExceeded"
#define AWSC_SNS_ERR_USER_ERROR_EXCEPTION "UserError"
#define AWSC_SNS_ERR_VALIDATION_EXCEPTION "ValidationException"
#define AWSC_SNS_ERR_VERIFICATION_EXCEPTION "VerificationException"

#ifdef __cplusplus
}
#endif
#endif
