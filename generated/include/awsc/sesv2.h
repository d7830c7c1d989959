/*
 * awsc/sesv2.h - Amazon Simple Email Service (SESv2, API 2019-09-27).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_SESV2_H
#define AWSC_SESV2_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_sesv2_service() to awsc_client_new(), or use
 * awsc_sesv2_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_sesv2_service(void);

static inline int awsc_sesv2_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_sesv2_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* AttachmentContentDisposition: members of this type are strings; parse them with
 * awsc_sesv2_attachment_content_disposition_parse(). Values newer than this model parse as
 * AWSC_SESV2_ATTACHMENT_CONTENT_DISPOSITION_UNKNOWN. */
enum awsc_sesv2_attachment_content_disposition {
    AWSC_SESV2_ATTACHMENT_CONTENT_DISPOSITION_UNKNOWN = 0,
    AWSC_SESV2_ATTACHMENT_CONTENT_DISPOSITION_ATTACHMENT = 1, /* ATTACHMENT */
    AWSC_SESV2_ATTACHMENT_CONTENT_DISPOSITION_INLINE = 2 /* INLINE */
};
AWSC_API enum awsc_sesv2_attachment_content_disposition awsc_sesv2_attachment_content_disposition_parse(const char *value);
AWSC_API const char *awsc_sesv2_attachment_content_disposition_str(enum awsc_sesv2_attachment_content_disposition value);

/* AttachmentContentTransferEncoding: members of this type are strings; parse them with
 * awsc_sesv2_attachment_content_transfer_encoding_parse(). Values newer than this model parse as
 * AWSC_SESV2_ATTACHMENT_CONTENT_TRANSFER_ENCODING_UNKNOWN. */
enum awsc_sesv2_attachment_content_transfer_encoding {
    AWSC_SESV2_ATTACHMENT_CONTENT_TRANSFER_ENCODING_UNKNOWN = 0,
    AWSC_SESV2_ATTACHMENT_CONTENT_TRANSFER_ENCODING_BASE64 = 1, /* BASE64 */
    AWSC_SESV2_ATTACHMENT_CONTENT_TRANSFER_ENCODING_QUOTED_PRINTABLE = 2, /* QUOTED_PRINTABLE */
    AWSC_SESV2_ATTACHMENT_CONTENT_TRANSFER_ENCODING_SEVEN_BIT = 3 /* SEVEN_BIT */
};
AWSC_API enum awsc_sesv2_attachment_content_transfer_encoding awsc_sesv2_attachment_content_transfer_encoding_parse(const char *value);
AWSC_API const char *awsc_sesv2_attachment_content_transfer_encoding_str(enum awsc_sesv2_attachment_content_transfer_encoding value);

/* BehaviorOnMxFailure: members of this type are strings; parse them with
 * awsc_sesv2_behavior_on_mx_failure_parse(). Values newer than this model parse as
 * AWSC_SESV2_BEHAVIOR_ON_MX_FAILURE_UNKNOWN. */
enum awsc_sesv2_behavior_on_mx_failure {
    AWSC_SESV2_BEHAVIOR_ON_MX_FAILURE_UNKNOWN = 0,
    AWSC_SESV2_BEHAVIOR_ON_MX_FAILURE_USE_DEFAULT_VALUE = 1, /* USE_DEFAULT_VALUE */
    AWSC_SESV2_BEHAVIOR_ON_MX_FAILURE_REJECT_MESSAGE = 2 /* REJECT_MESSAGE */
};
AWSC_API enum awsc_sesv2_behavior_on_mx_failure awsc_sesv2_behavior_on_mx_failure_parse(const char *value);
AWSC_API const char *awsc_sesv2_behavior_on_mx_failure_str(enum awsc_sesv2_behavior_on_mx_failure value);

/* BounceType: members of this type are strings; parse them with
 * awsc_sesv2_bounce_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_BOUNCE_TYPE_UNKNOWN. */
enum awsc_sesv2_bounce_type {
    AWSC_SESV2_BOUNCE_TYPE_UNKNOWN = 0,
    AWSC_SESV2_BOUNCE_TYPE_UNDETERMINED = 1, /* UNDETERMINED */
    AWSC_SESV2_BOUNCE_TYPE_TRANSIENT = 2, /* TRANSIENT */
    AWSC_SESV2_BOUNCE_TYPE_PERMANENT = 3 /* PERMANENT */
};
AWSC_API enum awsc_sesv2_bounce_type awsc_sesv2_bounce_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_bounce_type_str(enum awsc_sesv2_bounce_type value);

/* BulkEmailStatus: members of this type are strings; parse them with
 * awsc_sesv2_bulk_email_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_BULK_EMAIL_STATUS_UNKNOWN. */
enum awsc_sesv2_bulk_email_status {
    AWSC_SESV2_BULK_EMAIL_STATUS_UNKNOWN = 0,
    AWSC_SESV2_BULK_EMAIL_STATUS_SUCCESS = 1, /* SUCCESS */
    AWSC_SESV2_BULK_EMAIL_STATUS_MESSAGE_REJECTED = 2, /* MESSAGE_REJECTED */
    AWSC_SESV2_BULK_EMAIL_STATUS_MAIL_FROM_DOMAIN_NOT_VERIFIED = 3, /* MAIL_FROM_DOMAIN_NOT_VERIFIED */
    AWSC_SESV2_BULK_EMAIL_STATUS_CONFIGURATION_SET_NOT_FOUND = 4, /* CONFIGURATION_SET_NOT_FOUND */
    AWSC_SESV2_BULK_EMAIL_STATUS_TEMPLATE_NOT_FOUND = 5, /* TEMPLATE_NOT_FOUND */
    AWSC_SESV2_BULK_EMAIL_STATUS_ACCOUNT_SUSPENDED = 6, /* ACCOUNT_SUSPENDED */
    AWSC_SESV2_BULK_EMAIL_STATUS_ACCOUNT_THROTTLED = 7, /* ACCOUNT_THROTTLED */
    AWSC_SESV2_BULK_EMAIL_STATUS_ACCOUNT_DAILY_QUOTA_EXCEEDED = 8, /* ACCOUNT_DAILY_QUOTA_EXCEEDED */
    AWSC_SESV2_BULK_EMAIL_STATUS_INVALID_SENDING_POOL_NAME = 9, /* INVALID_SENDING_POOL_NAME */
    AWSC_SESV2_BULK_EMAIL_STATUS_ACCOUNT_SENDING_PAUSED = 10, /* ACCOUNT_SENDING_PAUSED */
    AWSC_SESV2_BULK_EMAIL_STATUS_CONFIGURATION_SET_SENDING_PAUSED = 11, /* CONFIGURATION_SET_SENDING_PAUSED */
    AWSC_SESV2_BULK_EMAIL_STATUS_INVALID_PARAMETER = 12, /* INVALID_PARAMETER */
    AWSC_SESV2_BULK_EMAIL_STATUS_TRANSIENT_FAILURE = 13, /* TRANSIENT_FAILURE */
    AWSC_SESV2_BULK_EMAIL_STATUS_FAILED = 14 /* FAILED */
};
AWSC_API enum awsc_sesv2_bulk_email_status awsc_sesv2_bulk_email_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_bulk_email_status_str(enum awsc_sesv2_bulk_email_status value);

/* ContactLanguage: members of this type are strings; parse them with
 * awsc_sesv2_contact_language_parse(). Values newer than this model parse as
 * AWSC_SESV2_CONTACT_LANGUAGE_UNKNOWN. */
enum awsc_sesv2_contact_language {
    AWSC_SESV2_CONTACT_LANGUAGE_UNKNOWN = 0,
    AWSC_SESV2_CONTACT_LANGUAGE_EN = 1, /* EN */
    AWSC_SESV2_CONTACT_LANGUAGE_JA = 2 /* JA */
};
AWSC_API enum awsc_sesv2_contact_language awsc_sesv2_contact_language_parse(const char *value);
AWSC_API const char *awsc_sesv2_contact_language_str(enum awsc_sesv2_contact_language value);

/* ContactListImportAction: members of this type are strings; parse them with
 * awsc_sesv2_contact_list_import_action_parse(). Values newer than this model parse as
 * AWSC_SESV2_CONTACT_LIST_IMPORT_ACTION_UNKNOWN. */
enum awsc_sesv2_contact_list_import_action {
    AWSC_SESV2_CONTACT_LIST_IMPORT_ACTION_UNKNOWN = 0,
    AWSC_SESV2_CONTACT_LIST_IMPORT_ACTION_DELETE = 1, /* DELETE */
    AWSC_SESV2_CONTACT_LIST_IMPORT_ACTION_PUT = 2 /* PUT */
};
AWSC_API enum awsc_sesv2_contact_list_import_action awsc_sesv2_contact_list_import_action_parse(const char *value);
AWSC_API const char *awsc_sesv2_contact_list_import_action_str(enum awsc_sesv2_contact_list_import_action value);

/* DataFormat: members of this type are strings; parse them with
 * awsc_sesv2_data_format_parse(). Values newer than this model parse as
 * AWSC_SESV2_DATA_FORMAT_UNKNOWN. */
enum awsc_sesv2_data_format {
    AWSC_SESV2_DATA_FORMAT_UNKNOWN = 0,
    AWSC_SESV2_DATA_FORMAT_CSV = 1, /* CSV */
    AWSC_SESV2_DATA_FORMAT_JSON = 2 /* JSON */
};
AWSC_API enum awsc_sesv2_data_format awsc_sesv2_data_format_parse(const char *value);
AWSC_API const char *awsc_sesv2_data_format_str(enum awsc_sesv2_data_format value);

/* DeliverabilityDashboardAccountStatus: members of this type are strings; parse them with
 * awsc_sesv2_deliverability_dashboard_account_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_DELIVERABILITY_DASHBOARD_ACCOUNT_STATUS_UNKNOWN. */
enum awsc_sesv2_deliverability_dashboard_account_status {
    AWSC_SESV2_DELIVERABILITY_DASHBOARD_ACCOUNT_STATUS_UNKNOWN = 0,
    AWSC_SESV2_DELIVERABILITY_DASHBOARD_ACCOUNT_STATUS_ACTIVE = 1, /* ACTIVE */
    AWSC_SESV2_DELIVERABILITY_DASHBOARD_ACCOUNT_STATUS_PENDING_EXPIRATION = 2, /* PENDING_EXPIRATION */
    AWSC_SESV2_DELIVERABILITY_DASHBOARD_ACCOUNT_STATUS_DISABLED = 3 /* DISABLED */
};
AWSC_API enum awsc_sesv2_deliverability_dashboard_account_status awsc_sesv2_deliverability_dashboard_account_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_deliverability_dashboard_account_status_str(enum awsc_sesv2_deliverability_dashboard_account_status value);

/* DeliverabilityTestStatus: members of this type are strings; parse them with
 * awsc_sesv2_deliverability_test_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_DELIVERABILITY_TEST_STATUS_UNKNOWN. */
enum awsc_sesv2_deliverability_test_status {
    AWSC_SESV2_DELIVERABILITY_TEST_STATUS_UNKNOWN = 0,
    AWSC_SESV2_DELIVERABILITY_TEST_STATUS_IN_PROGRESS = 1, /* IN_PROGRESS */
    AWSC_SESV2_DELIVERABILITY_TEST_STATUS_COMPLETED = 2 /* COMPLETED */
};
AWSC_API enum awsc_sesv2_deliverability_test_status awsc_sesv2_deliverability_test_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_deliverability_test_status_str(enum awsc_sesv2_deliverability_test_status value);

/* DeliveryEventType: members of this type are strings; parse them with
 * awsc_sesv2_delivery_event_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_DELIVERY_EVENT_TYPE_UNKNOWN. */
enum awsc_sesv2_delivery_event_type {
    AWSC_SESV2_DELIVERY_EVENT_TYPE_UNKNOWN = 0,
    AWSC_SESV2_DELIVERY_EVENT_TYPE_SEND = 1, /* SEND */
    AWSC_SESV2_DELIVERY_EVENT_TYPE_DELIVERY = 2, /* DELIVERY */
    AWSC_SESV2_DELIVERY_EVENT_TYPE_TRANSIENT_BOUNCE = 3, /* TRANSIENT_BOUNCE */
    AWSC_SESV2_DELIVERY_EVENT_TYPE_PERMANENT_BOUNCE = 4, /* PERMANENT_BOUNCE */
    AWSC_SESV2_DELIVERY_EVENT_TYPE_UNDETERMINED_BOUNCE = 5, /* UNDETERMINED_BOUNCE */
    AWSC_SESV2_DELIVERY_EVENT_TYPE_COMPLAINT = 6 /* COMPLAINT */
};
AWSC_API enum awsc_sesv2_delivery_event_type awsc_sesv2_delivery_event_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_delivery_event_type_str(enum awsc_sesv2_delivery_event_type value);

/* DimensionValueSource: members of this type are strings; parse them with
 * awsc_sesv2_dimension_value_source_parse(). Values newer than this model parse as
 * AWSC_SESV2_DIMENSION_VALUE_SOURCE_UNKNOWN. */
enum awsc_sesv2_dimension_value_source {
    AWSC_SESV2_DIMENSION_VALUE_SOURCE_UNKNOWN = 0,
    AWSC_SESV2_DIMENSION_VALUE_SOURCE_MESSAGE_TAG = 1, /* MESSAGE_TAG */
    AWSC_SESV2_DIMENSION_VALUE_SOURCE_EMAIL_HEADER = 2, /* EMAIL_HEADER */
    AWSC_SESV2_DIMENSION_VALUE_SOURCE_LINK_TAG = 3 /* LINK_TAG */
};
AWSC_API enum awsc_sesv2_dimension_value_source awsc_sesv2_dimension_value_source_parse(const char *value);
AWSC_API const char *awsc_sesv2_dimension_value_source_str(enum awsc_sesv2_dimension_value_source value);

/* DkimSigningAttributesOrigin: members of this type are strings; parse them with
 * awsc_sesv2_dkim_signing_attributes_origin_parse(). Values newer than this model parse as
 * AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_UNKNOWN. */
enum awsc_sesv2_dkim_signing_attributes_origin {
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_UNKNOWN = 0,
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES = 1, /* AWS_SES */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_EXTERNAL = 2, /* EXTERNAL */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AF_SOUTH_1 = 3, /* AWS_SES_AF_SOUTH_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_NORTH_1 = 4, /* AWS_SES_EU_NORTH_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_SOUTH_1 = 5, /* AWS_SES_AP_SOUTH_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_WEST_3 = 6, /* AWS_SES_EU_WEST_3 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_WEST_2 = 7, /* AWS_SES_EU_WEST_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_SOUTH_1 = 8, /* AWS_SES_EU_SOUTH_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_WEST_1 = 9, /* AWS_SES_EU_WEST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_NORTHEAST_3 = 10, /* AWS_SES_AP_NORTHEAST_3 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_NORTHEAST_2 = 11, /* AWS_SES_AP_NORTHEAST_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_ME_SOUTH_1 = 12, /* AWS_SES_ME_SOUTH_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_NORTHEAST_1 = 13, /* AWS_SES_AP_NORTHEAST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_IL_CENTRAL_1 = 14, /* AWS_SES_IL_CENTRAL_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_SA_EAST_1 = 15, /* AWS_SES_SA_EAST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_CA_CENTRAL_1 = 16, /* AWS_SES_CA_CENTRAL_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_SOUTHEAST_1 = 17, /* AWS_SES_AP_SOUTHEAST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_SOUTHEAST_2 = 18, /* AWS_SES_AP_SOUTHEAST_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_SOUTHEAST_3 = 19, /* AWS_SES_AP_SOUTHEAST_3 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_CENTRAL_1 = 20, /* AWS_SES_EU_CENTRAL_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_US_EAST_1 = 21, /* AWS_SES_US_EAST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_US_EAST_2 = 22, /* AWS_SES_US_EAST_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_US_WEST_1 = 23, /* AWS_SES_US_WEST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_US_WEST_2 = 24, /* AWS_SES_US_WEST_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_ME_CENTRAL_1 = 25, /* AWS_SES_ME_CENTRAL_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_SOUTH_2 = 26, /* AWS_SES_AP_SOUTH_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_EU_CENTRAL_2 = 27, /* AWS_SES_EU_CENTRAL_2 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_AP_SOUTHEAST_5 = 28, /* AWS_SES_AP_SOUTHEAST_5 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_CA_WEST_1 = 29, /* AWS_SES_CA_WEST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_US_GOV_EAST_1 = 30, /* AWS_SES_US_GOV_EAST_1 */
    AWSC_SESV2_DKIM_SIGNING_ATTRIBUTES_ORIGIN_AWS_SES_US_GOV_WEST_1 = 31 /* AWS_SES_US_GOV_WEST_1 */
};
AWSC_API enum awsc_sesv2_dkim_signing_attributes_origin awsc_sesv2_dkim_signing_attributes_origin_parse(const char *value);
AWSC_API const char *awsc_sesv2_dkim_signing_attributes_origin_str(enum awsc_sesv2_dkim_signing_attributes_origin value);

/* DkimSigningKeyLength: members of this type are strings; parse them with
 * awsc_sesv2_dkim_signing_key_length_parse(). Values newer than this model parse as
 * AWSC_SESV2_DKIM_SIGNING_KEY_LENGTH_UNKNOWN. */
enum awsc_sesv2_dkim_signing_key_length {
    AWSC_SESV2_DKIM_SIGNING_KEY_LENGTH_UNKNOWN = 0,
    AWSC_SESV2_DKIM_SIGNING_KEY_LENGTH_RSA_1024_BIT = 1, /* RSA_1024_BIT */
    AWSC_SESV2_DKIM_SIGNING_KEY_LENGTH_RSA_2048_BIT = 2 /* RSA_2048_BIT */
};
AWSC_API enum awsc_sesv2_dkim_signing_key_length awsc_sesv2_dkim_signing_key_length_parse(const char *value);
AWSC_API const char *awsc_sesv2_dkim_signing_key_length_str(enum awsc_sesv2_dkim_signing_key_length value);

/* DkimStatus: members of this type are strings; parse them with
 * awsc_sesv2_dkim_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_DKIM_STATUS_UNKNOWN. */
enum awsc_sesv2_dkim_status {
    AWSC_SESV2_DKIM_STATUS_UNKNOWN = 0,
    AWSC_SESV2_DKIM_STATUS_PENDING = 1, /* PENDING */
    AWSC_SESV2_DKIM_STATUS_SUCCESS = 2, /* SUCCESS */
    AWSC_SESV2_DKIM_STATUS_FAILED = 3, /* FAILED */
    AWSC_SESV2_DKIM_STATUS_TEMPORARY_FAILURE = 4, /* TEMPORARY_FAILURE */
    AWSC_SESV2_DKIM_STATUS_NOT_STARTED = 5 /* NOT_STARTED */
};
AWSC_API enum awsc_sesv2_dkim_status awsc_sesv2_dkim_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_dkim_status_str(enum awsc_sesv2_dkim_status value);

/* EmailAddressInsightsConfidenceVerdict: members of this type are strings; parse them with
 * awsc_sesv2_email_address_insights_confidence_verdict_parse(). Values newer than this model parse as
 * AWSC_SESV2_EMAIL_ADDRESS_INSIGHTS_CONFIDENCE_VERDICT_UNKNOWN. */
enum awsc_sesv2_email_address_insights_confidence_verdict {
    AWSC_SESV2_EMAIL_ADDRESS_INSIGHTS_CONFIDENCE_VERDICT_UNKNOWN = 0,
    AWSC_SESV2_EMAIL_ADDRESS_INSIGHTS_CONFIDENCE_VERDICT_LOW = 1, /* LOW */
    AWSC_SESV2_EMAIL_ADDRESS_INSIGHTS_CONFIDENCE_VERDICT_MEDIUM = 2, /* MEDIUM */
    AWSC_SESV2_EMAIL_ADDRESS_INSIGHTS_CONFIDENCE_VERDICT_HIGH = 3 /* HIGH */
};
AWSC_API enum awsc_sesv2_email_address_insights_confidence_verdict awsc_sesv2_email_address_insights_confidence_verdict_parse(const char *value);
AWSC_API const char *awsc_sesv2_email_address_insights_confidence_verdict_str(enum awsc_sesv2_email_address_insights_confidence_verdict value);

/* EngagementEventType: members of this type are strings; parse them with
 * awsc_sesv2_engagement_event_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_ENGAGEMENT_EVENT_TYPE_UNKNOWN. */
enum awsc_sesv2_engagement_event_type {
    AWSC_SESV2_ENGAGEMENT_EVENT_TYPE_UNKNOWN = 0,
    AWSC_SESV2_ENGAGEMENT_EVENT_TYPE_OPEN = 1, /* OPEN */
    AWSC_SESV2_ENGAGEMENT_EVENT_TYPE_CLICK = 2 /* CLICK */
};
AWSC_API enum awsc_sesv2_engagement_event_type awsc_sesv2_engagement_event_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_engagement_event_type_str(enum awsc_sesv2_engagement_event_type value);

/* EventType: members of this type are strings; parse them with
 * awsc_sesv2_event_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_EVENT_TYPE_UNKNOWN. */
enum awsc_sesv2_event_type {
    AWSC_SESV2_EVENT_TYPE_UNKNOWN = 0,
    AWSC_SESV2_EVENT_TYPE_SEND = 1, /* SEND */
    AWSC_SESV2_EVENT_TYPE_REJECT = 2, /* REJECT */
    AWSC_SESV2_EVENT_TYPE_BOUNCE = 3, /* BOUNCE */
    AWSC_SESV2_EVENT_TYPE_COMPLAINT = 4, /* COMPLAINT */
    AWSC_SESV2_EVENT_TYPE_DELIVERY = 5, /* DELIVERY */
    AWSC_SESV2_EVENT_TYPE_OPEN = 6, /* OPEN */
    AWSC_SESV2_EVENT_TYPE_CLICK = 7, /* CLICK */
    AWSC_SESV2_EVENT_TYPE_RENDERING_FAILURE = 8, /* RENDERING_FAILURE */
    AWSC_SESV2_EVENT_TYPE_DELIVERY_DELAY = 9, /* DELIVERY_DELAY */
    AWSC_SESV2_EVENT_TYPE_SUBSCRIPTION = 10 /* SUBSCRIPTION */
};
AWSC_API enum awsc_sesv2_event_type awsc_sesv2_event_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_event_type_str(enum awsc_sesv2_event_type value);

/* ExportSourceType: members of this type are strings; parse them with
 * awsc_sesv2_export_source_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_EXPORT_SOURCE_TYPE_UNKNOWN. */
enum awsc_sesv2_export_source_type {
    AWSC_SESV2_EXPORT_SOURCE_TYPE_UNKNOWN = 0,
    AWSC_SESV2_EXPORT_SOURCE_TYPE_METRICS_DATA = 1, /* METRICS_DATA */
    AWSC_SESV2_EXPORT_SOURCE_TYPE_MESSAGE_INSIGHTS = 2 /* MESSAGE_INSIGHTS */
};
AWSC_API enum awsc_sesv2_export_source_type awsc_sesv2_export_source_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_export_source_type_str(enum awsc_sesv2_export_source_type value);

/* FeatureStatus: members of this type are strings; parse them with
 * awsc_sesv2_feature_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_FEATURE_STATUS_UNKNOWN. */
enum awsc_sesv2_feature_status {
    AWSC_SESV2_FEATURE_STATUS_UNKNOWN = 0,
    AWSC_SESV2_FEATURE_STATUS_ENABLED = 1, /* ENABLED */
    AWSC_SESV2_FEATURE_STATUS_DISABLED = 2 /* DISABLED */
};
AWSC_API enum awsc_sesv2_feature_status awsc_sesv2_feature_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_feature_status_str(enum awsc_sesv2_feature_status value);

/* HttpsPolicy: members of this type are strings; parse them with
 * awsc_sesv2_https_policy_parse(). Values newer than this model parse as
 * AWSC_SESV2_HTTPS_POLICY_UNKNOWN. */
enum awsc_sesv2_https_policy {
    AWSC_SESV2_HTTPS_POLICY_UNKNOWN = 0,
    AWSC_SESV2_HTTPS_POLICY_REQUIRE = 1, /* REQUIRE */
    AWSC_SESV2_HTTPS_POLICY_REQUIRE_OPEN_ONLY = 2, /* REQUIRE_OPEN_ONLY */
    AWSC_SESV2_HTTPS_POLICY_OPTIONAL = 3 /* OPTIONAL */
};
AWSC_API enum awsc_sesv2_https_policy awsc_sesv2_https_policy_parse(const char *value);
AWSC_API const char *awsc_sesv2_https_policy_str(enum awsc_sesv2_https_policy value);

/* IdentityType: members of this type are strings; parse them with
 * awsc_sesv2_identity_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_IDENTITY_TYPE_UNKNOWN. */
enum awsc_sesv2_identity_type {
    AWSC_SESV2_IDENTITY_TYPE_UNKNOWN = 0,
    AWSC_SESV2_IDENTITY_TYPE_EMAIL_ADDRESS = 1, /* EMAIL_ADDRESS */
    AWSC_SESV2_IDENTITY_TYPE_DOMAIN = 2, /* DOMAIN */
    AWSC_SESV2_IDENTITY_TYPE_MANAGED_DOMAIN = 3 /* MANAGED_DOMAIN */
};
AWSC_API enum awsc_sesv2_identity_type awsc_sesv2_identity_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_identity_type_str(enum awsc_sesv2_identity_type value);

/* ImportDestinationType: members of this type are strings; parse them with
 * awsc_sesv2_import_destination_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_IMPORT_DESTINATION_TYPE_UNKNOWN. */
enum awsc_sesv2_import_destination_type {
    AWSC_SESV2_IMPORT_DESTINATION_TYPE_UNKNOWN = 0,
    AWSC_SESV2_IMPORT_DESTINATION_TYPE_SUPPRESSION_LIST = 1, /* SUPPRESSION_LIST */
    AWSC_SESV2_IMPORT_DESTINATION_TYPE_CONTACT_LIST = 2 /* CONTACT_LIST */
};
AWSC_API enum awsc_sesv2_import_destination_type awsc_sesv2_import_destination_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_import_destination_type_str(enum awsc_sesv2_import_destination_type value);

/* JobStatus: members of this type are strings; parse them with
 * awsc_sesv2_job_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_JOB_STATUS_UNKNOWN. */
enum awsc_sesv2_job_status {
    AWSC_SESV2_JOB_STATUS_UNKNOWN = 0,
    AWSC_SESV2_JOB_STATUS_CREATED = 1, /* CREATED */
    AWSC_SESV2_JOB_STATUS_PROCESSING = 2, /* PROCESSING */
    AWSC_SESV2_JOB_STATUS_COMPLETED = 3, /* COMPLETED */
    AWSC_SESV2_JOB_STATUS_FAILED = 4, /* FAILED */
    AWSC_SESV2_JOB_STATUS_CANCELLED = 5 /* CANCELLED */
};
AWSC_API enum awsc_sesv2_job_status awsc_sesv2_job_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_job_status_str(enum awsc_sesv2_job_status value);

/* ListRecommendationsFilterKey: members of this type are strings; parse them with
 * awsc_sesv2_list_recommendations_filter_key_parse(). Values newer than this model parse as
 * AWSC_SESV2_LIST_RECOMMENDATIONS_FILTER_KEY_UNKNOWN. */
enum awsc_sesv2_list_recommendations_filter_key {
    AWSC_SESV2_LIST_RECOMMENDATIONS_FILTER_KEY_UNKNOWN = 0,
    AWSC_SESV2_LIST_RECOMMENDATIONS_FILTER_KEY_TYPE = 1, /* TYPE */
    AWSC_SESV2_LIST_RECOMMENDATIONS_FILTER_KEY_IMPACT = 2, /* IMPACT */
    AWSC_SESV2_LIST_RECOMMENDATIONS_FILTER_KEY_STATUS = 3, /* STATUS */
    AWSC_SESV2_LIST_RECOMMENDATIONS_FILTER_KEY_RESOURCE_ARN = 4 /* RESOURCE_ARN */
};
AWSC_API enum awsc_sesv2_list_recommendations_filter_key awsc_sesv2_list_recommendations_filter_key_parse(const char *value);
AWSC_API const char *awsc_sesv2_list_recommendations_filter_key_str(enum awsc_sesv2_list_recommendations_filter_key value);

/* ListTenantResourcesFilterKey: members of this type are strings; parse them with
 * awsc_sesv2_list_tenant_resources_filter_key_parse(). Values newer than this model parse as
 * AWSC_SESV2_LIST_TENANT_RESOURCES_FILTER_KEY_UNKNOWN. */
enum awsc_sesv2_list_tenant_resources_filter_key {
    AWSC_SESV2_LIST_TENANT_RESOURCES_FILTER_KEY_UNKNOWN = 0,
    AWSC_SESV2_LIST_TENANT_RESOURCES_FILTER_KEY_RESOURCE_TYPE = 1 /* RESOURCE_TYPE */
};
AWSC_API enum awsc_sesv2_list_tenant_resources_filter_key awsc_sesv2_list_tenant_resources_filter_key_parse(const char *value);
AWSC_API const char *awsc_sesv2_list_tenant_resources_filter_key_str(enum awsc_sesv2_list_tenant_resources_filter_key value);

/* MailFromDomainStatus: members of this type are strings; parse them with
 * awsc_sesv2_mail_from_domain_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_MAIL_FROM_DOMAIN_STATUS_UNKNOWN. */
enum awsc_sesv2_mail_from_domain_status {
    AWSC_SESV2_MAIL_FROM_DOMAIN_STATUS_UNKNOWN = 0,
    AWSC_SESV2_MAIL_FROM_DOMAIN_STATUS_PENDING = 1, /* PENDING */
    AWSC_SESV2_MAIL_FROM_DOMAIN_STATUS_SUCCESS = 2, /* SUCCESS */
    AWSC_SESV2_MAIL_FROM_DOMAIN_STATUS_FAILED = 3, /* FAILED */
    AWSC_SESV2_MAIL_FROM_DOMAIN_STATUS_TEMPORARY_FAILURE = 4 /* TEMPORARY_FAILURE */
};
AWSC_API enum awsc_sesv2_mail_from_domain_status awsc_sesv2_mail_from_domain_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_mail_from_domain_status_str(enum awsc_sesv2_mail_from_domain_status value);

/* MailType: members of this type are strings; parse them with
 * awsc_sesv2_mail_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_MAIL_TYPE_UNKNOWN. */
enum awsc_sesv2_mail_type {
    AWSC_SESV2_MAIL_TYPE_UNKNOWN = 0,
    AWSC_SESV2_MAIL_TYPE_MARKETING = 1, /* MARKETING */
    AWSC_SESV2_MAIL_TYPE_TRANSACTIONAL = 2 /* TRANSACTIONAL */
};
AWSC_API enum awsc_sesv2_mail_type awsc_sesv2_mail_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_mail_type_str(enum awsc_sesv2_mail_type value);

/* Metric: members of this type are strings; parse them with
 * awsc_sesv2_metric_parse(). Values newer than this model parse as
 * AWSC_SESV2_METRIC_UNKNOWN. */
enum awsc_sesv2_metric {
    AWSC_SESV2_METRIC_UNKNOWN = 0,
    AWSC_SESV2_METRIC_SEND = 1, /* SEND */
    AWSC_SESV2_METRIC_COMPLAINT = 2, /* COMPLAINT */
    AWSC_SESV2_METRIC_PERMANENT_BOUNCE = 3, /* PERMANENT_BOUNCE */
    AWSC_SESV2_METRIC_TRANSIENT_BOUNCE = 4, /* TRANSIENT_BOUNCE */
    AWSC_SESV2_METRIC_OPEN = 5, /* OPEN */
    AWSC_SESV2_METRIC_CLICK = 6, /* CLICK */
    AWSC_SESV2_METRIC_DELIVERY = 7, /* DELIVERY */
    AWSC_SESV2_METRIC_DELIVERY_OPEN = 8, /* DELIVERY_OPEN */
    AWSC_SESV2_METRIC_DELIVERY_CLICK = 9, /* DELIVERY_CLICK */
    AWSC_SESV2_METRIC_DELIVERY_COMPLAINT = 10 /* DELIVERY_COMPLAINT */
};
AWSC_API enum awsc_sesv2_metric awsc_sesv2_metric_parse(const char *value);
AWSC_API const char *awsc_sesv2_metric_str(enum awsc_sesv2_metric value);

/* MetricAggregation: members of this type are strings; parse them with
 * awsc_sesv2_metric_aggregation_parse(). Values newer than this model parse as
 * AWSC_SESV2_METRIC_AGGREGATION_UNKNOWN. */
enum awsc_sesv2_metric_aggregation {
    AWSC_SESV2_METRIC_AGGREGATION_UNKNOWN = 0,
    AWSC_SESV2_METRIC_AGGREGATION_RATE = 1, /* RATE */
    AWSC_SESV2_METRIC_AGGREGATION_VOLUME = 2 /* VOLUME */
};
AWSC_API enum awsc_sesv2_metric_aggregation awsc_sesv2_metric_aggregation_parse(const char *value);
AWSC_API const char *awsc_sesv2_metric_aggregation_str(enum awsc_sesv2_metric_aggregation value);

/* MetricDimensionName: members of this type are strings; parse them with
 * awsc_sesv2_metric_dimension_name_parse(). Values newer than this model parse as
 * AWSC_SESV2_METRIC_DIMENSION_NAME_UNKNOWN. */
enum awsc_sesv2_metric_dimension_name {
    AWSC_SESV2_METRIC_DIMENSION_NAME_UNKNOWN = 0,
    AWSC_SESV2_METRIC_DIMENSION_NAME_EMAIL_IDENTITY = 1, /* EMAIL_IDENTITY */
    AWSC_SESV2_METRIC_DIMENSION_NAME_CONFIGURATION_SET = 2, /* CONFIGURATION_SET */
    AWSC_SESV2_METRIC_DIMENSION_NAME_ISP = 3 /* ISP */
};
AWSC_API enum awsc_sesv2_metric_dimension_name awsc_sesv2_metric_dimension_name_parse(const char *value);
AWSC_API const char *awsc_sesv2_metric_dimension_name_str(enum awsc_sesv2_metric_dimension_name value);

/* MetricNamespace: members of this type are strings; parse them with
 * awsc_sesv2_metric_namespace_parse(). Values newer than this model parse as
 * AWSC_SESV2_METRIC_NAMESPACE_UNKNOWN. */
enum awsc_sesv2_metric_namespace {
    AWSC_SESV2_METRIC_NAMESPACE_UNKNOWN = 0,
    AWSC_SESV2_METRIC_NAMESPACE_VDM = 1 /* VDM */
};
AWSC_API enum awsc_sesv2_metric_namespace awsc_sesv2_metric_namespace_parse(const char *value);
AWSC_API const char *awsc_sesv2_metric_namespace_str(enum awsc_sesv2_metric_namespace value);

/* PricingPlan: members of this type are strings; parse them with
 * awsc_sesv2_pricing_plan_parse(). Values newer than this model parse as
 * AWSC_SESV2_PRICING_PLAN_UNKNOWN. */
enum awsc_sesv2_pricing_plan {
    AWSC_SESV2_PRICING_PLAN_UNKNOWN = 0,
    AWSC_SESV2_PRICING_PLAN_NONE = 1, /* NONE */
    AWSC_SESV2_PRICING_PLAN_ESSENTIALS = 2, /* ESSENTIALS */
    AWSC_SESV2_PRICING_PLAN_PRO = 3, /* PRO */
    AWSC_SESV2_PRICING_PLAN_ENTERPRISE = 4 /* ENTERPRISE */
};
AWSC_API enum awsc_sesv2_pricing_plan awsc_sesv2_pricing_plan_parse(const char *value);
AWSC_API const char *awsc_sesv2_pricing_plan_str(enum awsc_sesv2_pricing_plan value);

/* QueryErrorCode: members of this type are strings; parse them with
 * awsc_sesv2_query_error_code_parse(). Values newer than this model parse as
 * AWSC_SESV2_QUERY_ERROR_CODE_UNKNOWN. */
enum awsc_sesv2_query_error_code {
    AWSC_SESV2_QUERY_ERROR_CODE_UNKNOWN = 0,
    AWSC_SESV2_QUERY_ERROR_CODE_INTERNAL_FAILURE = 1, /* INTERNAL_FAILURE */
    AWSC_SESV2_QUERY_ERROR_CODE_ACCESS_DENIED = 2 /* ACCESS_DENIED */
};
AWSC_API enum awsc_sesv2_query_error_code awsc_sesv2_query_error_code_parse(const char *value);
AWSC_API const char *awsc_sesv2_query_error_code_str(enum awsc_sesv2_query_error_code value);

/* RecommendationImpact: members of this type are strings; parse them with
 * awsc_sesv2_recommendation_impact_parse(). Values newer than this model parse as
 * AWSC_SESV2_RECOMMENDATION_IMPACT_UNKNOWN. */
enum awsc_sesv2_recommendation_impact {
    AWSC_SESV2_RECOMMENDATION_IMPACT_UNKNOWN = 0,
    AWSC_SESV2_RECOMMENDATION_IMPACT_LOW = 1, /* LOW */
    AWSC_SESV2_RECOMMENDATION_IMPACT_HIGH = 2 /* HIGH */
};
AWSC_API enum awsc_sesv2_recommendation_impact awsc_sesv2_recommendation_impact_parse(const char *value);
AWSC_API const char *awsc_sesv2_recommendation_impact_str(enum awsc_sesv2_recommendation_impact value);

/* RecommendationStatus: members of this type are strings; parse them with
 * awsc_sesv2_recommendation_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_RECOMMENDATION_STATUS_UNKNOWN. */
enum awsc_sesv2_recommendation_status {
    AWSC_SESV2_RECOMMENDATION_STATUS_UNKNOWN = 0,
    AWSC_SESV2_RECOMMENDATION_STATUS_OPEN = 1, /* OPEN */
    AWSC_SESV2_RECOMMENDATION_STATUS_FIXED = 2 /* FIXED */
};
AWSC_API enum awsc_sesv2_recommendation_status awsc_sesv2_recommendation_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_recommendation_status_str(enum awsc_sesv2_recommendation_status value);

/* RecommendationType: members of this type are strings; parse them with
 * awsc_sesv2_recommendation_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_RECOMMENDATION_TYPE_UNKNOWN. */
enum awsc_sesv2_recommendation_type {
    AWSC_SESV2_RECOMMENDATION_TYPE_UNKNOWN = 0,
    AWSC_SESV2_RECOMMENDATION_TYPE_DKIM = 1, /* DKIM */
    AWSC_SESV2_RECOMMENDATION_TYPE_DMARC = 2, /* DMARC */
    AWSC_SESV2_RECOMMENDATION_TYPE_SPF = 3, /* SPF */
    AWSC_SESV2_RECOMMENDATION_TYPE_BIMI = 4, /* BIMI */
    AWSC_SESV2_RECOMMENDATION_TYPE_COMPLAINT = 5, /* COMPLAINT */
    AWSC_SESV2_RECOMMENDATION_TYPE_BOUNCE = 6, /* BOUNCE */
    AWSC_SESV2_RECOMMENDATION_TYPE_FEEDBACK_3_P = 7, /* FEEDBACK_3P */
    AWSC_SESV2_RECOMMENDATION_TYPE_IP_LISTING = 8 /* IP_LISTING */
};
AWSC_API enum awsc_sesv2_recommendation_type awsc_sesv2_recommendation_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_recommendation_type_str(enum awsc_sesv2_recommendation_type value);

/* ReputationEntityFilterKey: members of this type are strings; parse them with
 * awsc_sesv2_reputation_entity_filter_key_parse(). Values newer than this model parse as
 * AWSC_SESV2_REPUTATION_ENTITY_FILTER_KEY_UNKNOWN. */
enum awsc_sesv2_reputation_entity_filter_key {
    AWSC_SESV2_REPUTATION_ENTITY_FILTER_KEY_UNKNOWN = 0,
    AWSC_SESV2_REPUTATION_ENTITY_FILTER_KEY_ENTITY_TYPE = 1, /* ENTITY_TYPE */
    AWSC_SESV2_REPUTATION_ENTITY_FILTER_KEY_REPUTATION_IMPACT = 2, /* REPUTATION_IMPACT */
    AWSC_SESV2_REPUTATION_ENTITY_FILTER_KEY_SENDING_STATUS = 3, /* SENDING_STATUS */
    AWSC_SESV2_REPUTATION_ENTITY_FILTER_KEY_ENTITY_REFERENCE_PREFIX = 4 /* ENTITY_REFERENCE_PREFIX */
};
AWSC_API enum awsc_sesv2_reputation_entity_filter_key awsc_sesv2_reputation_entity_filter_key_parse(const char *value);
AWSC_API const char *awsc_sesv2_reputation_entity_filter_key_str(enum awsc_sesv2_reputation_entity_filter_key value);

/* ReputationEntityType: members of this type are strings; parse them with
 * awsc_sesv2_reputation_entity_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_REPUTATION_ENTITY_TYPE_UNKNOWN. */
enum awsc_sesv2_reputation_entity_type {
    AWSC_SESV2_REPUTATION_ENTITY_TYPE_UNKNOWN = 0,
    AWSC_SESV2_REPUTATION_ENTITY_TYPE_RESOURCE = 1 /* RESOURCE */
};
AWSC_API enum awsc_sesv2_reputation_entity_type awsc_sesv2_reputation_entity_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_reputation_entity_type_str(enum awsc_sesv2_reputation_entity_type value);

/* ResourceType: members of this type are strings; parse them with
 * awsc_sesv2_resource_type_parse(). Values newer than this model parse as
 * AWSC_SESV2_RESOURCE_TYPE_UNKNOWN. */
enum awsc_sesv2_resource_type {
    AWSC_SESV2_RESOURCE_TYPE_UNKNOWN = 0,
    AWSC_SESV2_RESOURCE_TYPE_EMAIL_IDENTITY = 1, /* EMAIL_IDENTITY */
    AWSC_SESV2_RESOURCE_TYPE_CONFIGURATION_SET = 2, /* CONFIGURATION_SET */
    AWSC_SESV2_RESOURCE_TYPE_EMAIL_TEMPLATE = 3 /* EMAIL_TEMPLATE */
};
AWSC_API enum awsc_sesv2_resource_type awsc_sesv2_resource_type_parse(const char *value);
AWSC_API const char *awsc_sesv2_resource_type_str(enum awsc_sesv2_resource_type value);

/* ReviewStatus: members of this type are strings; parse them with
 * awsc_sesv2_review_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_REVIEW_STATUS_UNKNOWN. */
enum awsc_sesv2_review_status {
    AWSC_SESV2_REVIEW_STATUS_UNKNOWN = 0,
    AWSC_SESV2_REVIEW_STATUS_PENDING = 1, /* PENDING */
    AWSC_SESV2_REVIEW_STATUS_FAILED = 2, /* FAILED */
    AWSC_SESV2_REVIEW_STATUS_GRANTED = 3, /* GRANTED */
    AWSC_SESV2_REVIEW_STATUS_DENIED = 4 /* DENIED */
};
AWSC_API enum awsc_sesv2_review_status awsc_sesv2_review_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_review_status_str(enum awsc_sesv2_review_status value);

/* ScalingMode: members of this type are strings; parse them with
 * awsc_sesv2_scaling_mode_parse(). Values newer than this model parse as
 * AWSC_SESV2_SCALING_MODE_UNKNOWN. */
enum awsc_sesv2_scaling_mode {
    AWSC_SESV2_SCALING_MODE_UNKNOWN = 0,
    AWSC_SESV2_SCALING_MODE_STANDARD = 1, /* STANDARD */
    AWSC_SESV2_SCALING_MODE_MANAGED = 2 /* MANAGED */
};
AWSC_API enum awsc_sesv2_scaling_mode awsc_sesv2_scaling_mode_parse(const char *value);
AWSC_API const char *awsc_sesv2_scaling_mode_str(enum awsc_sesv2_scaling_mode value);

/* SendingStatus: members of this type are strings; parse them with
 * awsc_sesv2_sending_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_SENDING_STATUS_UNKNOWN. */
enum awsc_sesv2_sending_status {
    AWSC_SESV2_SENDING_STATUS_UNKNOWN = 0,
    AWSC_SESV2_SENDING_STATUS_ENABLED = 1, /* ENABLED */
    AWSC_SESV2_SENDING_STATUS_REINSTATED = 2, /* REINSTATED */
    AWSC_SESV2_SENDING_STATUS_DISABLED = 3 /* DISABLED */
};
AWSC_API enum awsc_sesv2_sending_status awsc_sesv2_sending_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_sending_status_str(enum awsc_sesv2_sending_status value);

/* Status: members of this type are strings; parse them with
 * awsc_sesv2_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_STATUS_UNKNOWN. */
enum awsc_sesv2_status {
    AWSC_SESV2_STATUS_UNKNOWN = 0,
    AWSC_SESV2_STATUS_CREATING = 1, /* CREATING */
    AWSC_SESV2_STATUS_READY = 2, /* READY */
    AWSC_SESV2_STATUS_FAILED = 3, /* FAILED */
    AWSC_SESV2_STATUS_DELETING = 4 /* DELETING */
};
AWSC_API enum awsc_sesv2_status awsc_sesv2_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_status_str(enum awsc_sesv2_status value);

/* SubscriptionStatus: members of this type are strings; parse them with
 * awsc_sesv2_subscription_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_SUBSCRIPTION_STATUS_UNKNOWN. */
enum awsc_sesv2_subscription_status {
    AWSC_SESV2_SUBSCRIPTION_STATUS_UNKNOWN = 0,
    AWSC_SESV2_SUBSCRIPTION_STATUS_OPT_IN = 1, /* OPT_IN */
    AWSC_SESV2_SUBSCRIPTION_STATUS_OPT_OUT = 2 /* OPT_OUT */
};
AWSC_API enum awsc_sesv2_subscription_status awsc_sesv2_subscription_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_subscription_status_str(enum awsc_sesv2_subscription_status value);

/* SuppressionConfidenceVerdictThreshold: members of this type are strings; parse them with
 * awsc_sesv2_suppression_confidence_verdict_threshold_parse(). Values newer than this model parse as
 * AWSC_SESV2_SUPPRESSION_CONFIDENCE_VERDICT_THRESHOLD_UNKNOWN. */
enum awsc_sesv2_suppression_confidence_verdict_threshold {
    AWSC_SESV2_SUPPRESSION_CONFIDENCE_VERDICT_THRESHOLD_UNKNOWN = 0,
    AWSC_SESV2_SUPPRESSION_CONFIDENCE_VERDICT_THRESHOLD_MEDIUM = 1, /* MEDIUM */
    AWSC_SESV2_SUPPRESSION_CONFIDENCE_VERDICT_THRESHOLD_HIGH = 2, /* HIGH */
    AWSC_SESV2_SUPPRESSION_CONFIDENCE_VERDICT_THRESHOLD_MANAGED = 3 /* MANAGED */
};
AWSC_API enum awsc_sesv2_suppression_confidence_verdict_threshold awsc_sesv2_suppression_confidence_verdict_threshold_parse(const char *value);
AWSC_API const char *awsc_sesv2_suppression_confidence_verdict_threshold_str(enum awsc_sesv2_suppression_confidence_verdict_threshold value);

/* SuppressionListImportAction: members of this type are strings; parse them with
 * awsc_sesv2_suppression_list_import_action_parse(). Values newer than this model parse as
 * AWSC_SESV2_SUPPRESSION_LIST_IMPORT_ACTION_UNKNOWN. */
enum awsc_sesv2_suppression_list_import_action {
    AWSC_SESV2_SUPPRESSION_LIST_IMPORT_ACTION_UNKNOWN = 0,
    AWSC_SESV2_SUPPRESSION_LIST_IMPORT_ACTION_DELETE = 1, /* DELETE */
    AWSC_SESV2_SUPPRESSION_LIST_IMPORT_ACTION_PUT = 2 /* PUT */
};
AWSC_API enum awsc_sesv2_suppression_list_import_action awsc_sesv2_suppression_list_import_action_parse(const char *value);
AWSC_API const char *awsc_sesv2_suppression_list_import_action_str(enum awsc_sesv2_suppression_list_import_action value);

/* SuppressionListReason: members of this type are strings; parse them with
 * awsc_sesv2_suppression_list_reason_parse(). Values newer than this model parse as
 * AWSC_SESV2_SUPPRESSION_LIST_REASON_UNKNOWN. */
enum awsc_sesv2_suppression_list_reason {
    AWSC_SESV2_SUPPRESSION_LIST_REASON_UNKNOWN = 0,
    AWSC_SESV2_SUPPRESSION_LIST_REASON_BOUNCE = 1, /* BOUNCE */
    AWSC_SESV2_SUPPRESSION_LIST_REASON_COMPLAINT = 2 /* COMPLAINT */
};
AWSC_API enum awsc_sesv2_suppression_list_reason awsc_sesv2_suppression_list_reason_parse(const char *value);
AWSC_API const char *awsc_sesv2_suppression_list_reason_str(enum awsc_sesv2_suppression_list_reason value);

/* SuppressionListScope: members of this type are strings; parse them with
 * awsc_sesv2_suppression_list_scope_parse(). Values newer than this model parse as
 * AWSC_SESV2_SUPPRESSION_LIST_SCOPE_UNKNOWN. */
enum awsc_sesv2_suppression_list_scope {
    AWSC_SESV2_SUPPRESSION_LIST_SCOPE_UNKNOWN = 0,
    AWSC_SESV2_SUPPRESSION_LIST_SCOPE_ACCOUNT = 1, /* ACCOUNT */
    AWSC_SESV2_SUPPRESSION_LIST_SCOPE_TENANT = 2 /* TENANT */
};
AWSC_API enum awsc_sesv2_suppression_list_scope awsc_sesv2_suppression_list_scope_parse(const char *value);
AWSC_API const char *awsc_sesv2_suppression_list_scope_str(enum awsc_sesv2_suppression_list_scope value);

/* TlsPolicy: members of this type are strings; parse them with
 * awsc_sesv2_tls_policy_parse(). Values newer than this model parse as
 * AWSC_SESV2_TLS_POLICY_UNKNOWN. */
enum awsc_sesv2_tls_policy {
    AWSC_SESV2_TLS_POLICY_UNKNOWN = 0,
    AWSC_SESV2_TLS_POLICY_REQUIRE = 1, /* REQUIRE */
    AWSC_SESV2_TLS_POLICY_OPTIONAL = 2 /* OPTIONAL */
};
AWSC_API enum awsc_sesv2_tls_policy awsc_sesv2_tls_policy_parse(const char *value);
AWSC_API const char *awsc_sesv2_tls_policy_str(enum awsc_sesv2_tls_policy value);

/* VerificationError: members of this type are strings; parse them with
 * awsc_sesv2_verification_error_parse(). Values newer than this model parse as
 * AWSC_SESV2_VERIFICATION_ERROR_UNKNOWN. */
enum awsc_sesv2_verification_error {
    AWSC_SESV2_VERIFICATION_ERROR_UNKNOWN = 0,
    AWSC_SESV2_VERIFICATION_ERROR_SERVICE_ERROR = 1, /* SERVICE_ERROR */
    AWSC_SESV2_VERIFICATION_ERROR_DNS_SERVER_ERROR = 2, /* DNS_SERVER_ERROR */
    AWSC_SESV2_VERIFICATION_ERROR_HOST_NOT_FOUND = 3, /* HOST_NOT_FOUND */
    AWSC_SESV2_VERIFICATION_ERROR_TYPE_NOT_FOUND = 4, /* TYPE_NOT_FOUND */
    AWSC_SESV2_VERIFICATION_ERROR_INVALID_VALUE = 5, /* INVALID_VALUE */
    AWSC_SESV2_VERIFICATION_ERROR_REPLICATION_ACCESS_DENIED = 6, /* REPLICATION_ACCESS_DENIED */
    AWSC_SESV2_VERIFICATION_ERROR_REPLICATION_PRIMARY_NOT_FOUND = 7, /* REPLICATION_PRIMARY_NOT_FOUND */
    AWSC_SESV2_VERIFICATION_ERROR_REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED = 8, /* REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED */
    AWSC_SESV2_VERIFICATION_ERROR_REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED = 9, /* REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED */
    AWSC_SESV2_VERIFICATION_ERROR_REPLICATION_PRIMARY_INVALID_REGION = 10 /* REPLICATION_PRIMARY_INVALID_REGION */
};
AWSC_API enum awsc_sesv2_verification_error awsc_sesv2_verification_error_parse(const char *value);
AWSC_API const char *awsc_sesv2_verification_error_str(enum awsc_sesv2_verification_error value);

/* VerificationStatus: members of this type are strings; parse them with
 * awsc_sesv2_verification_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_VERIFICATION_STATUS_UNKNOWN. */
enum awsc_sesv2_verification_status {
    AWSC_SESV2_VERIFICATION_STATUS_UNKNOWN = 0,
    AWSC_SESV2_VERIFICATION_STATUS_PENDING = 1, /* PENDING */
    AWSC_SESV2_VERIFICATION_STATUS_SUCCESS = 2, /* SUCCESS */
    AWSC_SESV2_VERIFICATION_STATUS_FAILED = 3, /* FAILED */
    AWSC_SESV2_VERIFICATION_STATUS_TEMPORARY_FAILURE = 4, /* TEMPORARY_FAILURE */
    AWSC_SESV2_VERIFICATION_STATUS_NOT_STARTED = 5 /* NOT_STARTED */
};
AWSC_API enum awsc_sesv2_verification_status awsc_sesv2_verification_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_verification_status_str(enum awsc_sesv2_verification_status value);

/* WarmupStatus: members of this type are strings; parse them with
 * awsc_sesv2_warmup_status_parse(). Values newer than this model parse as
 * AWSC_SESV2_WARMUP_STATUS_UNKNOWN. */
enum awsc_sesv2_warmup_status {
    AWSC_SESV2_WARMUP_STATUS_UNKNOWN = 0,
    AWSC_SESV2_WARMUP_STATUS_IN_PROGRESS = 1, /* IN_PROGRESS */
    AWSC_SESV2_WARMUP_STATUS_DONE = 2, /* DONE */
    AWSC_SESV2_WARMUP_STATUS_NOT_APPLICABLE = 3 /* NOT_APPLICABLE */
};
AWSC_API enum awsc_sesv2_warmup_status awsc_sesv2_warmup_status_parse(const char *value);
AWSC_API const char *awsc_sesv2_warmup_status_str(enum awsc_sesv2_warmup_status value);

/* ----------------------------------------------------------- structures */

struct awsc_sesv2_account_details;
struct awsc_sesv2_account_suspended_exception;
struct awsc_sesv2_already_exists_exception;
struct awsc_sesv2_archiving_options;
struct awsc_sesv2_attachment;
struct awsc_sesv2_bad_request_exception;
struct awsc_sesv2_batch_get_metric_data_query;
struct awsc_sesv2_batch_get_metric_data_input;
struct awsc_sesv2_batch_get_metric_data_output;
struct awsc_sesv2_blacklist_entry;
struct awsc_sesv2_body;
struct awsc_sesv2_bounce;
struct awsc_sesv2_bulk_email_content;
struct awsc_sesv2_bulk_email_entry;
struct awsc_sesv2_bulk_email_entry_result;
struct awsc_sesv2_cancel_export_job_input;
struct awsc_sesv2_cancel_export_job_output;
struct awsc_sesv2_cloud_watch_destination;
struct awsc_sesv2_cloud_watch_dimension_configuration;
struct awsc_sesv2_complaint;
struct awsc_sesv2_concurrent_modification_exception;
struct awsc_sesv2_conflict_exception;
struct awsc_sesv2_contact;
struct awsc_sesv2_contact_list;
struct awsc_sesv2_contact_list_destination;
struct awsc_sesv2_content;
struct awsc_sesv2_create_configuration_set_event_destination_input;
struct awsc_sesv2_create_configuration_set_event_destination_output;
struct awsc_sesv2_create_configuration_set_input;
struct awsc_sesv2_create_configuration_set_output;
struct awsc_sesv2_create_contact_list_input;
struct awsc_sesv2_create_contact_list_output;
struct awsc_sesv2_create_contact_input;
struct awsc_sesv2_create_contact_output;
struct awsc_sesv2_create_custom_verification_email_template_input;
struct awsc_sesv2_create_custom_verification_email_template_output;
struct awsc_sesv2_create_dedicated_ip_pool_input;
struct awsc_sesv2_create_dedicated_ip_pool_output;
struct awsc_sesv2_create_deliverability_test_report_input;
struct awsc_sesv2_create_deliverability_test_report_output;
struct awsc_sesv2_create_email_identity_policy_input;
struct awsc_sesv2_create_email_identity_policy_output;
struct awsc_sesv2_create_email_identity_input;
struct awsc_sesv2_create_email_identity_output;
struct awsc_sesv2_create_email_template_input;
struct awsc_sesv2_create_email_template_output;
struct awsc_sesv2_create_export_job_input;
struct awsc_sesv2_create_export_job_output;
struct awsc_sesv2_create_import_job_input;
struct awsc_sesv2_create_import_job_output;
struct awsc_sesv2_create_multi_region_endpoint_input;
struct awsc_sesv2_create_multi_region_endpoint_output;
struct awsc_sesv2_create_tenant_input;
struct awsc_sesv2_create_tenant_resource_association_input;
struct awsc_sesv2_create_tenant_resource_association_output;
struct awsc_sesv2_create_tenant_output;
struct awsc_sesv2_custom_verification_email_template_metadata;
struct awsc_sesv2_daily_volume;
struct awsc_sesv2_dashboard_attributes;
struct awsc_sesv2_dashboard_options;
struct awsc_sesv2_dedicated_ip;
struct awsc_sesv2_dedicated_ip_pool;
struct awsc_sesv2_delete_configuration_set_event_destination_input;
struct awsc_sesv2_delete_configuration_set_event_destination_output;
struct awsc_sesv2_delete_configuration_set_input;
struct awsc_sesv2_delete_configuration_set_output;
struct awsc_sesv2_delete_contact_list_input;
struct awsc_sesv2_delete_contact_list_output;
struct awsc_sesv2_delete_contact_input;
struct awsc_sesv2_delete_contact_output;
struct awsc_sesv2_delete_custom_verification_email_template_input;
struct awsc_sesv2_delete_custom_verification_email_template_output;
struct awsc_sesv2_delete_dedicated_ip_pool_input;
struct awsc_sesv2_delete_dedicated_ip_pool_output;
struct awsc_sesv2_delete_email_identity_policy_input;
struct awsc_sesv2_delete_email_identity_policy_output;
struct awsc_sesv2_delete_email_identity_input;
struct awsc_sesv2_delete_email_identity_output;
struct awsc_sesv2_delete_email_template_input;
struct awsc_sesv2_delete_email_template_output;
struct awsc_sesv2_delete_multi_region_endpoint_input;
struct awsc_sesv2_delete_multi_region_endpoint_output;
struct awsc_sesv2_delete_suppressed_destination_input;
struct awsc_sesv2_delete_suppressed_destination_output;
struct awsc_sesv2_delete_tenant_input;
struct awsc_sesv2_delete_tenant_resource_association_input;
struct awsc_sesv2_delete_tenant_resource_association_output;
struct awsc_sesv2_delete_tenant_output;
struct awsc_sesv2_deliverability_test_report;
struct awsc_sesv2_delivery_options;
struct awsc_sesv2_destination;
struct awsc_sesv2_details;
struct awsc_sesv2_dkim_attributes;
struct awsc_sesv2_dkim_signing_attributes;
struct awsc_sesv2_domain_deliverability_campaign;
struct awsc_sesv2_domain_deliverability_tracking_option;
struct awsc_sesv2_domain_isp_placement;
struct awsc_sesv2_email_address_insights_mailbox_evaluations;
struct awsc_sesv2_email_address_insights_verdict;
struct awsc_sesv2_email_content;
struct awsc_sesv2_email_insights;
struct awsc_sesv2_email_template_content;
struct awsc_sesv2_email_template_metadata;
struct awsc_sesv2_event_bridge_destination;
struct awsc_sesv2_event_destination;
struct awsc_sesv2_event_destination_definition;
struct awsc_sesv2_event_details;
struct awsc_sesv2_export_data_source;
struct awsc_sesv2_export_destination;
struct awsc_sesv2_export_job_summary;
struct awsc_sesv2_export_metric;
struct awsc_sesv2_export_statistics;
struct awsc_sesv2_failure_info;
struct awsc_sesv2_get_account_input;
struct awsc_sesv2_get_account_output;
struct awsc_sesv2_get_blacklist_reports_input;
struct awsc_sesv2_get_blacklist_reports_output;
struct awsc_sesv2_get_configuration_set_event_destinations_input;
struct awsc_sesv2_get_configuration_set_event_destinations_output;
struct awsc_sesv2_get_configuration_set_input;
struct awsc_sesv2_get_configuration_set_output;
struct awsc_sesv2_get_contact_list_input;
struct awsc_sesv2_get_contact_list_output;
struct awsc_sesv2_get_contact_input;
struct awsc_sesv2_get_contact_output;
struct awsc_sesv2_get_custom_verification_email_template_input;
struct awsc_sesv2_get_custom_verification_email_template_output;
struct awsc_sesv2_get_dedicated_ip_pool_input;
struct awsc_sesv2_get_dedicated_ip_pool_output;
struct awsc_sesv2_get_dedicated_ip_input;
struct awsc_sesv2_get_dedicated_ip_output;
struct awsc_sesv2_get_dedicated_ips_input;
struct awsc_sesv2_get_dedicated_ips_output;
struct awsc_sesv2_get_deliverability_dashboard_options_input;
struct awsc_sesv2_get_deliverability_dashboard_options_output;
struct awsc_sesv2_get_deliverability_test_report_input;
struct awsc_sesv2_get_deliverability_test_report_output;
struct awsc_sesv2_get_domain_deliverability_campaign_input;
struct awsc_sesv2_get_domain_deliverability_campaign_output;
struct awsc_sesv2_get_domain_statistics_report_input;
struct awsc_sesv2_get_domain_statistics_report_output;
struct awsc_sesv2_get_email_address_insights_input;
struct awsc_sesv2_get_email_address_insights_output;
struct awsc_sesv2_get_email_identity_policies_input;
struct awsc_sesv2_get_email_identity_policies_output;
struct awsc_sesv2_get_email_identity_input;
struct awsc_sesv2_get_email_identity_output;
struct awsc_sesv2_get_email_template_input;
struct awsc_sesv2_get_email_template_output;
struct awsc_sesv2_get_export_job_input;
struct awsc_sesv2_get_export_job_output;
struct awsc_sesv2_get_import_job_input;
struct awsc_sesv2_get_import_job_output;
struct awsc_sesv2_get_message_insights_input;
struct awsc_sesv2_get_message_insights_output;
struct awsc_sesv2_get_multi_region_endpoint_input;
struct awsc_sesv2_get_multi_region_endpoint_output;
struct awsc_sesv2_get_reputation_entity_input;
struct awsc_sesv2_get_reputation_entity_output;
struct awsc_sesv2_get_suppressed_destination_input;
struct awsc_sesv2_get_suppressed_destination_output;
struct awsc_sesv2_get_tenant_input;
struct awsc_sesv2_get_tenant_output;
struct awsc_sesv2_guardian_attributes;
struct awsc_sesv2_guardian_options;
struct awsc_sesv2_identity_info;
struct awsc_sesv2_import_data_source;
struct awsc_sesv2_import_destination;
struct awsc_sesv2_import_job_summary;
struct awsc_sesv2_inbox_placement_tracking_option;
struct awsc_sesv2_insights_event;
struct awsc_sesv2_internal_service_error_exception;
struct awsc_sesv2_invalid_next_token_exception;
struct awsc_sesv2_isp_placement;
struct awsc_sesv2_kinesis_firehose_destination;
struct awsc_sesv2_limit_exceeded_exception;
struct awsc_sesv2_list_configuration_sets_input;
struct awsc_sesv2_list_configuration_sets_output;
struct awsc_sesv2_list_contact_lists_input;
struct awsc_sesv2_list_contact_lists_output;
struct awsc_sesv2_list_contacts_filter;
struct awsc_sesv2_list_contacts_input;
struct awsc_sesv2_list_contacts_output;
struct awsc_sesv2_list_custom_verification_email_templates_input;
struct awsc_sesv2_list_custom_verification_email_templates_output;
struct awsc_sesv2_list_dedicated_ip_pools_input;
struct awsc_sesv2_list_dedicated_ip_pools_output;
struct awsc_sesv2_list_deliverability_test_reports_input;
struct awsc_sesv2_list_deliverability_test_reports_output;
struct awsc_sesv2_list_domain_deliverability_campaigns_input;
struct awsc_sesv2_list_domain_deliverability_campaigns_output;
struct awsc_sesv2_list_email_identities_input;
struct awsc_sesv2_list_email_identities_output;
struct awsc_sesv2_list_email_templates_input;
struct awsc_sesv2_list_email_templates_output;
struct awsc_sesv2_list_export_jobs_input;
struct awsc_sesv2_list_export_jobs_output;
struct awsc_sesv2_list_import_jobs_input;
struct awsc_sesv2_list_import_jobs_output;
struct awsc_sesv2_list_management_options;
struct awsc_sesv2_list_multi_region_endpoints_input;
struct awsc_sesv2_list_multi_region_endpoints_output;
struct awsc_sesv2_list_recommendations_input;
struct awsc_sesv2_list_recommendations_output;
struct awsc_sesv2_list_reputation_entities_input;
struct awsc_sesv2_list_reputation_entities_output;
struct awsc_sesv2_list_resource_tenants_input;
struct awsc_sesv2_list_resource_tenants_output;
struct awsc_sesv2_list_suppressed_destinations_input;
struct awsc_sesv2_list_suppressed_destinations_output;
struct awsc_sesv2_list_tags_for_resource_input;
struct awsc_sesv2_list_tags_for_resource_output;
struct awsc_sesv2_list_tenant_resources_input;
struct awsc_sesv2_list_tenant_resources_output;
struct awsc_sesv2_list_tenants_input;
struct awsc_sesv2_list_tenants_output;
struct awsc_sesv2_mail_from_attributes;
struct awsc_sesv2_mail_from_domain_not_verified_exception;
struct awsc_sesv2_mailbox_validation;
struct awsc_sesv2_message;
struct awsc_sesv2_message_header;
struct awsc_sesv2_message_insights_data_source;
struct awsc_sesv2_message_insights_filters;
struct awsc_sesv2_message_rejected;
struct awsc_sesv2_message_tag;
struct awsc_sesv2_metric_data_error;
struct awsc_sesv2_metric_data_result;
struct awsc_sesv2_metrics_data_source;
struct awsc_sesv2_multi_region_endpoint;
struct awsc_sesv2_not_found_exception;
struct awsc_sesv2_overall_volume;
struct awsc_sesv2_pinpoint_destination;
struct awsc_sesv2_placement_statistics;
struct awsc_sesv2_pricing_attributes;
struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input;
struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output;
struct awsc_sesv2_put_account_details_input;
struct awsc_sesv2_put_account_details_output;
struct awsc_sesv2_put_account_pricing_attributes_input;
struct awsc_sesv2_put_account_pricing_attributes_output;
struct awsc_sesv2_put_account_sending_attributes_input;
struct awsc_sesv2_put_account_sending_attributes_output;
struct awsc_sesv2_put_account_suppression_attributes_input;
struct awsc_sesv2_put_account_suppression_attributes_output;
struct awsc_sesv2_put_account_vdm_attributes_input;
struct awsc_sesv2_put_account_vdm_attributes_output;
struct awsc_sesv2_put_configuration_set_archiving_options_input;
struct awsc_sesv2_put_configuration_set_archiving_options_output;
struct awsc_sesv2_put_configuration_set_delivery_options_input;
struct awsc_sesv2_put_configuration_set_delivery_options_output;
struct awsc_sesv2_put_configuration_set_reputation_options_input;
struct awsc_sesv2_put_configuration_set_reputation_options_output;
struct awsc_sesv2_put_configuration_set_sending_options_input;
struct awsc_sesv2_put_configuration_set_sending_options_output;
struct awsc_sesv2_put_configuration_set_suppression_options_input;
struct awsc_sesv2_put_configuration_set_suppression_options_output;
struct awsc_sesv2_put_configuration_set_tracking_options_input;
struct awsc_sesv2_put_configuration_set_tracking_options_output;
struct awsc_sesv2_put_configuration_set_vdm_options_input;
struct awsc_sesv2_put_configuration_set_vdm_options_output;
struct awsc_sesv2_put_dedicated_ip_in_pool_input;
struct awsc_sesv2_put_dedicated_ip_in_pool_output;
struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input;
struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output;
struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input;
struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output;
struct awsc_sesv2_put_deliverability_dashboard_option_input;
struct awsc_sesv2_put_deliverability_dashboard_option_output;
struct awsc_sesv2_put_email_identity_configuration_set_attributes_input;
struct awsc_sesv2_put_email_identity_configuration_set_attributes_output;
struct awsc_sesv2_put_email_identity_dkim_attributes_input;
struct awsc_sesv2_put_email_identity_dkim_attributes_output;
struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input;
struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output;
struct awsc_sesv2_put_email_identity_feedback_attributes_input;
struct awsc_sesv2_put_email_identity_feedback_attributes_output;
struct awsc_sesv2_put_email_identity_mail_from_attributes_input;
struct awsc_sesv2_put_email_identity_mail_from_attributes_output;
struct awsc_sesv2_put_suppressed_destination_input;
struct awsc_sesv2_put_suppressed_destination_output;
struct awsc_sesv2_put_tenant_suppression_attributes_input;
struct awsc_sesv2_put_tenant_suppression_attributes_output;
struct awsc_sesv2_raw_message;
struct awsc_sesv2_recommendation;
struct awsc_sesv2_replacement_email_content;
struct awsc_sesv2_replacement_template;
struct awsc_sesv2_reputation_entity;
struct awsc_sesv2_reputation_options;
struct awsc_sesv2_resource_tenant_metadata;
struct awsc_sesv2_review_details;
struct awsc_sesv2_route;
struct awsc_sesv2_route_details;
struct awsc_sesv2_soa_record;
struct awsc_sesv2_send_bulk_email_input;
struct awsc_sesv2_send_bulk_email_output;
struct awsc_sesv2_send_custom_verification_email_input;
struct awsc_sesv2_send_custom_verification_email_output;
struct awsc_sesv2_send_email_input;
struct awsc_sesv2_send_email_output;
struct awsc_sesv2_send_quota;
struct awsc_sesv2_sending_options;
struct awsc_sesv2_sending_paused_exception;
struct awsc_sesv2_sns_destination;
struct awsc_sesv2_status_record;
struct awsc_sesv2_suppressed_destination;
struct awsc_sesv2_suppressed_destination_attributes;
struct awsc_sesv2_suppressed_destination_summary;
struct awsc_sesv2_suppression_attributes;
struct awsc_sesv2_suppression_condition_threshold;
struct awsc_sesv2_suppression_confidence_threshold;
struct awsc_sesv2_suppression_list_destination;
struct awsc_sesv2_suppression_options;
struct awsc_sesv2_suppression_validation_attributes;
struct awsc_sesv2_suppression_validation_options;
struct awsc_sesv2_tag;
struct awsc_sesv2_tag_resource_input;
struct awsc_sesv2_tag_resource_output;
struct awsc_sesv2_template;
struct awsc_sesv2_tenant;
struct awsc_sesv2_tenant_info;
struct awsc_sesv2_tenant_resource;
struct awsc_sesv2_tenant_suppression_attributes;
struct awsc_sesv2_test_render_email_template_input;
struct awsc_sesv2_test_render_email_template_output;
struct awsc_sesv2_too_many_requests_exception;
struct awsc_sesv2_topic;
struct awsc_sesv2_topic_filter;
struct awsc_sesv2_topic_preference;
struct awsc_sesv2_tracking_options;
struct awsc_sesv2_untag_resource_input;
struct awsc_sesv2_untag_resource_output;
struct awsc_sesv2_update_configuration_set_event_destination_input;
struct awsc_sesv2_update_configuration_set_event_destination_output;
struct awsc_sesv2_update_contact_list_input;
struct awsc_sesv2_update_contact_list_output;
struct awsc_sesv2_update_contact_input;
struct awsc_sesv2_update_contact_output;
struct awsc_sesv2_update_custom_verification_email_template_input;
struct awsc_sesv2_update_custom_verification_email_template_output;
struct awsc_sesv2_update_email_identity_policy_input;
struct awsc_sesv2_update_email_identity_policy_output;
struct awsc_sesv2_update_email_template_input;
struct awsc_sesv2_update_email_template_output;
struct awsc_sesv2_update_reputation_entity_customer_managed_status_input;
struct awsc_sesv2_update_reputation_entity_customer_managed_status_output;
struct awsc_sesv2_update_reputation_entity_policy_input;
struct awsc_sesv2_update_reputation_entity_policy_output;
struct awsc_sesv2_vdm_attributes;
struct awsc_sesv2_vdm_options;
struct awsc_sesv2_verification_info;
struct awsc_sesv2_volume_statistics;
struct awsc_sesv2_blacklist_report_entry;
struct awsc_sesv2_policy_map_entry;
struct awsc_sesv2_export_dimensions_entry;

/*
 * EmailAddressList: a list of EmailAddress.
 * Also the type of AdditionalContactEmailAddresses, BlacklistItemNames,
 * ConfigurationSetNameList, DnsTokenList, EmailAddressFilterList,
 * EmailSubjectFilterList, Esps, EventTypes, ExportDimensionValue, IpList,
 * IspFilterList, IspNameList, LastDeliveryEventList,
 * LastEngagementEventList, ListOfDedicatedIpPools, Regions,
 * SuppressionListReasons, TagKeyList.
 */
struct awsc_sesv2_email_address_list {
    const char **items;
    size_t count;
};

/* AttachmentList: a list of Attachment. */
struct awsc_sesv2_attachment_list {
    struct awsc_sesv2_attachment *items;
    size_t count;
};

/* BatchGetMetricDataQueries: a list of BatchGetMetricDataQuery. */
struct awsc_sesv2_batch_get_metric_data_queries {
    struct awsc_sesv2_batch_get_metric_data_query *items;
    size_t count;
};

/* BlacklistEntries: a list of BlacklistEntry. */
struct awsc_sesv2_blacklist_entries {
    struct awsc_sesv2_blacklist_entry *items;
    size_t count;
};

/* BulkEmailEntryList: a list of BulkEmailEntry. */
struct awsc_sesv2_bulk_email_entry_list {
    struct awsc_sesv2_bulk_email_entry *items;
    size_t count;
};

/* BulkEmailEntryResultList: a list of BulkEmailEntryResult. */
struct awsc_sesv2_bulk_email_entry_result_list {
    struct awsc_sesv2_bulk_email_entry_result *items;
    size_t count;
};

/* CloudWatchDimensionConfigurations: a list of CloudWatchDimensionConfiguration. */
struct awsc_sesv2_cloud_watch_dimension_configurations {
    struct awsc_sesv2_cloud_watch_dimension_configuration *items;
    size_t count;
};

/* CustomVerificationEmailTemplatesList: a list of CustomVerificationEmailTemplateMetadata. */
struct awsc_sesv2_custom_verification_email_templates_list {
    struct awsc_sesv2_custom_verification_email_template_metadata *items;
    size_t count;
};

/* DailyVolumes: a list of DailyVolume. */
struct awsc_sesv2_daily_volumes {
    struct awsc_sesv2_daily_volume *items;
    size_t count;
};

/* DedicatedIpList: a list of DedicatedIp. */
struct awsc_sesv2_dedicated_ip_list {
    struct awsc_sesv2_dedicated_ip *items;
    size_t count;
};

/* DeliverabilityTestReports: a list of DeliverabilityTestReport. */
struct awsc_sesv2_deliverability_test_reports {
    struct awsc_sesv2_deliverability_test_report *items;
    size_t count;
};

/* DomainDeliverabilityCampaignList: a list of DomainDeliverabilityCampaign. */
struct awsc_sesv2_domain_deliverability_campaign_list {
    struct awsc_sesv2_domain_deliverability_campaign *items;
    size_t count;
};

/* DomainDeliverabilityTrackingOptions: a list of DomainDeliverabilityTrackingOption. */
struct awsc_sesv2_domain_deliverability_tracking_options {
    struct awsc_sesv2_domain_deliverability_tracking_option *items;
    size_t count;
};

/* DomainIspPlacements: a list of DomainIspPlacement. */
struct awsc_sesv2_domain_isp_placements {
    struct awsc_sesv2_domain_isp_placement *items;
    size_t count;
};

/* EmailInsightsList: a list of EmailInsights. */
struct awsc_sesv2_email_insights_list {
    struct awsc_sesv2_email_insights *items;
    size_t count;
};

/* EmailTemplateMetadataList: a list of EmailTemplateMetadata. */
struct awsc_sesv2_email_template_metadata_list {
    struct awsc_sesv2_email_template_metadata *items;
    size_t count;
};

/* EventDestinations: a list of EventDestination. */
struct awsc_sesv2_event_destinations {
    struct awsc_sesv2_event_destination *items;
    size_t count;
};

/* ExportJobSummaryList: a list of ExportJobSummary. */
struct awsc_sesv2_export_job_summary_list {
    struct awsc_sesv2_export_job_summary *items;
    size_t count;
};

/* ExportMetrics: a list of ExportMetric. */
struct awsc_sesv2_export_metrics {
    struct awsc_sesv2_export_metric *items;
    size_t count;
};

/* IdentityInfoList: a list of IdentityInfo. */
struct awsc_sesv2_identity_info_list {
    struct awsc_sesv2_identity_info *items;
    size_t count;
};

/* ImportJobSummaryList: a list of ImportJobSummary. */
struct awsc_sesv2_import_job_summary_list {
    struct awsc_sesv2_import_job_summary *items;
    size_t count;
};

/* InsightsEvents: a list of InsightsEvent. */
struct awsc_sesv2_insights_events {
    struct awsc_sesv2_insights_event *items;
    size_t count;
};

/* IspPlacements: a list of IspPlacement. */
struct awsc_sesv2_isp_placements {
    struct awsc_sesv2_isp_placement *items;
    size_t count;
};

/* ListOfContactLists: a list of ContactList. */
struct awsc_sesv2_list_of_contact_lists {
    struct awsc_sesv2_contact_list *items;
    size_t count;
};

/* ListOfContacts: a list of Contact. */
struct awsc_sesv2_list_of_contacts {
    struct awsc_sesv2_contact *items;
    size_t count;
};

/* MessageHeaderList: a list of MessageHeader. */
struct awsc_sesv2_message_header_list {
    struct awsc_sesv2_message_header *items;
    size_t count;
};

/* MessageTagList: a list of MessageTag. */
struct awsc_sesv2_message_tag_list {
    struct awsc_sesv2_message_tag *items;
    size_t count;
};

/* MetricDataErrorList: a list of MetricDataError. */
struct awsc_sesv2_metric_data_error_list {
    struct awsc_sesv2_metric_data_error *items;
    size_t count;
};

/* MetricDataResultList: a list of MetricDataResult. */
struct awsc_sesv2_metric_data_result_list {
    struct awsc_sesv2_metric_data_result *items;
    size_t count;
};

/* MetricValueList: a list of Counter. */
struct awsc_sesv2_metric_value_list {
    int64_t *items;
    size_t count;
};

/* MultiRegionEndpoints: a list of MultiRegionEndpoint. */
struct awsc_sesv2_multi_region_endpoints {
    struct awsc_sesv2_multi_region_endpoint *items;
    size_t count;
};

/* RecommendationsList: a list of Recommendation. */
struct awsc_sesv2_recommendations_list {
    struct awsc_sesv2_recommendation *items;
    size_t count;
};

/* ReputationEntitiesList: a list of ReputationEntity. */
struct awsc_sesv2_reputation_entities_list {
    struct awsc_sesv2_reputation_entity *items;
    size_t count;
};

/* ResourceTenantMetadataList: a list of ResourceTenantMetadata. */
struct awsc_sesv2_resource_tenant_metadata_list {
    struct awsc_sesv2_resource_tenant_metadata *items;
    size_t count;
};

/* Routes: a list of Route. */
struct awsc_sesv2_routes {
    struct awsc_sesv2_route *items;
    size_t count;
};

/* RoutesDetails: a list of RouteDetails. */
struct awsc_sesv2_routes_details {
    struct awsc_sesv2_route_details *items;
    size_t count;
};

/* SuppressedDestinationSummaries: a list of SuppressedDestinationSummary. */
struct awsc_sesv2_suppressed_destination_summaries {
    struct awsc_sesv2_suppressed_destination_summary *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_sesv2_tag_list {
    struct awsc_sesv2_tag *items;
    size_t count;
};

/* TenantInfoList: a list of TenantInfo. */
struct awsc_sesv2_tenant_info_list {
    struct awsc_sesv2_tenant_info *items;
    size_t count;
};

/* TenantResourceList: a list of TenantResource. */
struct awsc_sesv2_tenant_resource_list {
    struct awsc_sesv2_tenant_resource *items;
    size_t count;
};

/* TimestampList: a list of Timestamp. */
struct awsc_sesv2_timestamp_list {
    struct awsc_timestamp *items;
    size_t count;
};

/* TopicPreferenceList: a list of TopicPreference. */
struct awsc_sesv2_topic_preference_list {
    struct awsc_sesv2_topic_preference *items;
    size_t count;
};

/* Topics: a list of Topic. */
struct awsc_sesv2_topics {
    struct awsc_sesv2_topic *items;
    size_t count;
};

/* BlacklistReport: a map from BlacklistItemName to BlacklistEntries. */
struct awsc_sesv2_blacklist_report {
    struct awsc_sesv2_blacklist_report_entry *entries;
    size_t count;
};

/*
 * PolicyMap: a map from PolicyName to Policy.
 * Also the type of Dimensions, ListRecommendationsFilter,
 * ListTenantResourcesFilter, ReputationEntityFilter.
 */
struct awsc_sesv2_policy_map {
    struct awsc_sesv2_policy_map_entry *entries;
    size_t count;
};

/* ExportDimensions: a map from MetricDimensionName to ExportDimensionValue. */
struct awsc_sesv2_export_dimensions {
    struct awsc_sesv2_export_dimensions_entry *entries;
    size_t count;
};

/*
 * An object that contains information about your account details.
 */
struct awsc_sesv2_account_details {
    /* MailType: The type of email your account is sending. The mail type can be
     * one of the following: MARKETING – Most of your sending traffic is to keep
     * your customers informed of your latest offering. One of enum
     * awsc_sesv2_mail_type's values (as its string). */
    const char *mail_type;
    /* WebsiteURL: The URL of your website. This information helps us better
     * understand the type of content that you plan to send. */
    const char *website_url;
    /* ContactLanguage: The language you would prefer for the case. The contact
     * language can be one of ENGLISH or JAPANESE . One of enum
     * awsc_sesv2_contact_language's values (as its string). */
    const char *contact_language;
    /* UseCaseDescription: A description of the types of email that you plan to
     * send. */
    const char *use_case_description;
    /* AdditionalContactEmailAddresses: Additional email addresses where updates
     * are sent about your account review process. */
    struct awsc_sesv2_email_address_list additional_contact_email_addresses;
    /* ReviewDetails: Information about the review of the latest details you
     * submitted. */
    struct awsc_sesv2_review_details *review_details;
};

/*
 * The message can't be sent because the account's ability to send email has
 * been permanently restricted.
 */
struct awsc_sesv2_account_suspended_exception {
    char unused_; /* no members */
};

/*
 * The resource specified in your request already exists.
 */
struct awsc_sesv2_already_exists_exception {
    char unused_; /* no members */
};

/*
 * Used to associate a configuration set with a MailManager archive.
 */
struct awsc_sesv2_archiving_options {
    /* ArchiveArn: The Amazon Resource Name (ARN) of the MailManager archive where
     * the Amazon SES API v2 will archive sent emails. */
    const char *archive_arn;
};

/*
 * Contains metadata and attachment raw content.
 */
struct awsc_sesv2_attachment {
    /* RawContent: The raw data of the attachment. It needs to be base64-encoded if
     * you are accessing Amazon SES directly through the HTTPS interface. Required. */
    struct awsc_blob raw_content;
    /* ContentDisposition: A standard descriptor indicating how the attachment
     * should be rendered in the email. Supported values: ATTACHMENT or INLINE .
     * One of enum awsc_sesv2_attachment_content_disposition's values (as its
     * string). */
    const char *content_disposition;
    /* FileName: The file name for the attachment as it will appear in the email.
     * Amazon SES restricts certain file extensions. Required. */
    const char *file_name;
    /* ContentDescription: A brief description of the attachment content. */
    const char *content_description;
    /* ContentId: Unique identifier for the attachment, used for referencing
     * attachments with INLINE disposition in HTML content. */
    const char *content_id;
    /* ContentTransferEncoding: Specifies how the attachment is encoded. Supported
     * values: BASE64 , QUOTED_PRINTABLE , SEVEN_BIT . One of enum
     * awsc_sesv2_attachment_content_transfer_encoding's values (as its string). */
    const char *content_transfer_encoding;
    /* ContentType: The MIME type of the attachment. Example: application/pdf ,
     * image/jpeg */
    const char *content_type;
};

/*
 * The input you provided is invalid.
 */
struct awsc_sesv2_bad_request_exception {
    char unused_; /* no members */
};

/*
 * Represents a single metric data query to include in a batch.
 */
struct awsc_sesv2_batch_get_metric_data_query {
    /* Id: The query identifier. Required. */
    const char *id;
    /* Namespace: The query namespace - e.g. VDM Required. One of enum
     * awsc_sesv2_metric_namespace's values (as its string). */
    const char *namespace_;
    /* Metric: The queried metric. This can be one of the following: SEND – Emails
     * sent eligible for tracking in the VDM dashboard. Required. One of enum
     * awsc_sesv2_metric's values (as its string). */
    const char *metric;
    /* Dimensions: An object that contains mapping between MetricDimensionName and
     * MetricDimensionValue to filter metrics by. */
    struct awsc_sesv2_policy_map dimensions;
    /* StartDate: Represents the start date for the query interval. Required. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: Represents the end date for the query interval. Required. */
    bool has_end_date;
    struct awsc_timestamp end_date;
};

/*
 * Represents a request to retrieve a batch of metric data.
 */
struct awsc_sesv2_batch_get_metric_data_input {
    /* Queries: A list of queries for metrics to be retrieved. Required. */
    struct awsc_sesv2_batch_get_metric_data_queries queries;
};

/*
 * Represents the result of processing your metric data batch request
 */
struct awsc_sesv2_batch_get_metric_data_output {
    /* Results: A list of successfully retrieved MetricDataResult . */
    struct awsc_sesv2_metric_data_result_list results;
    /* Errors: A list of MetricDataError encountered while processing your metric
     * data batch request. */
    struct awsc_sesv2_metric_data_error_list errors;
};

/*
 * An object that contains information about a blacklisting event that impacts
 * one of the dedicated IP addresses that is associated with your account.
 */
struct awsc_sesv2_blacklist_entry {
    /* RblName: The name of the blacklist that the IP address appears on. */
    const char *rbl_name;
    /* ListingTime: The time when the blacklisting event occurred. */
    bool has_listing_time;
    struct awsc_timestamp listing_time;
    /* Description: Additional information about the blacklisting event, as
     * provided by the blacklist maintainer. */
    const char *description;
};

/*
 * Represents the body of the email message.
 */
struct awsc_sesv2_body {
    /* Text: An object that represents the version of the message that is displayed
     * in email clients that don't support HTML, or clients where the recipient has
     * disabled HTML rendering. */
    struct awsc_sesv2_content *text;
    /* Html: An object that represents the version of the message that is displayed
     * in email clients that support HTML. HTML messages can include formatted
     * text, hyperlinks, images, and more. */
    struct awsc_sesv2_content *html;
};

/*
 * Information about a Bounce event.
 */
struct awsc_sesv2_bounce {
    /* BounceType: The type of the bounce, as determined by SES. Can be one of
     * UNDETERMINED , TRANSIENT , or PERMANENT One of enum awsc_sesv2_bounce_type's
     * values (as its string). */
    const char *bounce_type;
    /* BounceSubType: The subtype of the bounce, as determined by SES. */
    const char *bounce_sub_type;
    /* DiagnosticCode: The status code issued by the reporting Message Transfer
     * Authority (MTA). */
    const char *diagnostic_code;
};

/*
 * An object that contains the body of the message. You can specify a template
 * message.
 */
struct awsc_sesv2_bulk_email_content {
    /* Template: The template to use for the bulk email message. */
    struct awsc_sesv2_template *template_;
};

/* BulkEmailEntry */
struct awsc_sesv2_bulk_email_entry {
    /* Destination: Represents the destination of the message, consisting of To:,
     * CC:, and BCC: fields. Amazon SES does not support the SMTPUTF8 extension, as
     * described in RFC6531 . Required. */
    struct awsc_sesv2_destination *destination;
    /* ReplacementTags: A list of tags, in the form of name/value pairs, to apply
     * to an email that you send using the SendBulkTemplatedEmail operation. */
    struct awsc_sesv2_message_tag_list replacement_tags;
    /* ReplacementEmailContent: The ReplacementEmailContent associated with a
     * BulkEmailEntry . */
    struct awsc_sesv2_replacement_email_content *replacement_email_content;
    /* ReplacementHeaders: The list of message headers associated with the
     * BulkEmailEntry data type. */
    struct awsc_sesv2_message_header_list replacement_headers;
};

/*
 * The result of the SendBulkEmail operation of each specified BulkEmailEntry .
 */
struct awsc_sesv2_bulk_email_entry_result {
    /* Status: The status of a message sent using the SendBulkTemplatedEmail
     * operation. One of enum awsc_sesv2_bulk_email_status's values (as its
     * string). */
    const char *status;
    /* Error: A description of an error that prevented a message being sent using
     * the SendBulkTemplatedEmail operation. */
    const char *error;
    /* MessageId: The unique message identifier returned from the
     * SendBulkTemplatedEmail operation. */
    const char *message_id;
};

/*
 * Represents a request to cancel an export job using the export job ID.
 */
struct awsc_sesv2_cancel_export_job_input {
    /* JobId: The export job ID. Required. */
    const char *job_id;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_cancel_export_job_output {
    char unused_; /* no members */
};

/*
 * An object that defines an Amazon CloudWatch destination for email events.
 * You can use Amazon CloudWatch to monitor and gain insights on your email
 * sending metrics.
 */
struct awsc_sesv2_cloud_watch_destination {
    /* DimensionConfigurations: An array of objects that define the dimensions to
     * use when you send email events to Amazon CloudWatch. Required. */
    struct awsc_sesv2_cloud_watch_dimension_configurations dimension_configurations;
};

/*
 * An object that defines the dimension configuration to use when you send
 * email events to Amazon CloudWatch.
 */
struct awsc_sesv2_cloud_watch_dimension_configuration {
    /* DimensionName: The name of an Amazon CloudWatch dimension associated with an
     * email sending metric. Required. */
    const char *dimension_name;
    /* DimensionValueSource: The location where the Amazon SES API v2 finds the
     * value of a dimension to publish to Amazon CloudWatch. Required. One of enum
     * awsc_sesv2_dimension_value_source's values (as its string). */
    const char *dimension_value_source;
    /* DefaultDimensionValue: The default value of the dimension that is published
     * to Amazon CloudWatch if you don't provide the value of the dimension when
     * you send an email. Required. */
    const char *default_dimension_value;
};

/*
 * Information about a Complaint event.
 */
struct awsc_sesv2_complaint {
    /* ComplaintSubType: Can either be null or OnAccountSuppressionList . If the
     * value is OnAccountSuppressionList , SES accepted the message, but didn't
     * attempt to send it because it was on the account-level suppression ... */
    const char *complaint_sub_type;
    /* ComplaintFeedbackType: The value of the Feedback-Type field from the
     * feedback report received from the ISP. */
    const char *complaint_feedback_type;
};

/*
 * The resource is being modified by another operation or thread.
 */
struct awsc_sesv2_concurrent_modification_exception {
    char unused_; /* no members */
};

/*
 * If there is already an ongoing account details update under review.
 */
struct awsc_sesv2_conflict_exception {
    char unused_; /* no members */
};

/*
 * A contact is the end-user who is receiving the email.
 */
struct awsc_sesv2_contact {
    /* EmailAddress: The contact's email address. */
    const char *email_address;
    /* TopicPreferences: The contact's preference for being opted-in to or
     * opted-out of a topic. */
    struct awsc_sesv2_topic_preference_list topic_preferences;
    /* TopicDefaultPreferences: The default topic preferences applied to the
     * contact. */
    struct awsc_sesv2_topic_preference_list topic_default_preferences;
    /* UnsubscribeAll: A boolean value status noting if the contact is unsubscribed
     * from all contact list topics. */
    bool has_unsubscribe_all;
    bool unsubscribe_all;
    /* LastUpdatedTimestamp: A timestamp noting the last time the contact's
     * information was updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * A list that contains contacts that have subscribed to a particular topic or
 * topics.
 */
struct awsc_sesv2_contact_list {
    /* ContactListName: The name of the contact list. */
    const char *contact_list_name;
    /* LastUpdatedTimestamp: A timestamp noting the last time the contact list was
     * updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * An object that contains details about the action of a contact list.
 */
struct awsc_sesv2_contact_list_destination {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
    /* ContactListImportAction: >The type of action to perform on the addresses.
     * The following are the possible values: PUT: add the addresses to the contact
     * list. Required. One of enum awsc_sesv2_contact_list_import_action's values
     * (as its string). */
    const char *contact_list_import_action;
};

/*
 * An object that represents the content of the email, and optionally a
 * character set specification.
 */
struct awsc_sesv2_content {
    /* Data: The content of the message itself. Required. */
    const char *data;
    /* Charset: The character set for the content. Because of the constraints of
     * the SMTP protocol, Amazon SES uses 7-bit ASCII by default. */
    const char *charset;
};

/*
 * A request to add an event destination to a configuration set.
 */
struct awsc_sesv2_create_configuration_set_event_destination_input {
    /* ConfigurationSetName: The name of the configuration set . Required. */
    const char *configuration_set_name;
    /* EventDestinationName: A name that identifies the event destination within
     * the configuration set. Required. */
    const char *event_destination_name;
    /* EventDestination: An object that defines the event destination. Required. */
    struct awsc_sesv2_event_destination_definition *event_destination;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_configuration_set_event_destination_output {
    char unused_; /* no members */
};

/*
 * A request to create a configuration set.
 */
struct awsc_sesv2_create_configuration_set_input {
    /* ConfigurationSetName: The name of the configuration set. The name can
     * contain up to 64 alphanumeric characters, including letters, numbers,
     * hyphens (-) and underscores (_) only. Required. */
    const char *configuration_set_name;
    /* TrackingOptions: An object that defines the open and click tracking options
     * for emails that you send using the configuration set. */
    struct awsc_sesv2_tracking_options *tracking_options;
    /* DeliveryOptions: An object that defines the dedicated IP pool that is used
     * to send emails that you send using the configuration set. */
    struct awsc_sesv2_delivery_options *delivery_options;
    /* ReputationOptions: An object that defines whether or not Amazon SES collects
     * reputation metrics for the emails that you send that use the configuration
     * set. */
    struct awsc_sesv2_reputation_options *reputation_options;
    /* SendingOptions: An object that defines whether or not Amazon SES can send
     * email that you send using the configuration set. */
    struct awsc_sesv2_sending_options *sending_options;
    /* Tags: An array of objects that define the tags (keys and values) to
     * associate with the configuration set. */
    struct awsc_sesv2_tag_list tags;
    /* SuppressionOptions: An object that contains information about the
     * suppression list preferences for the configuration set. */
    struct awsc_sesv2_suppression_options *suppression_options;
    /* VdmOptions: An object that defines the VDM options for emails that you send
     * using the configuration set. */
    struct awsc_sesv2_vdm_options *vdm_options;
    /* ArchivingOptions: An object that defines the MailManager archiving options
     * for emails that you send using the configuration set. */
    struct awsc_sesv2_archiving_options *archiving_options;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_configuration_set_output {
    char unused_; /* no members */
};

/* CreateContactListRequest */
struct awsc_sesv2_create_contact_list_input {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
    /* Topics: An interest group, theme, or label within a list. A contact list can
     * have multiple topics. */
    struct awsc_sesv2_topics topics;
    /* Description: A description of what the contact list is about. */
    const char *description;
    /* Tags: The tags associated with a contact list. */
    struct awsc_sesv2_tag_list tags;
};

/* CreateContactListResponse */
struct awsc_sesv2_create_contact_list_output {
    char unused_; /* no members */
};

/* CreateContactRequest */
struct awsc_sesv2_create_contact_input {
    /* ContactListName: The name of the contact list to which the contact should be
     * added. Required. */
    const char *contact_list_name;
    /* EmailAddress: The contact's email address. Required. */
    const char *email_address;
    /* TopicPreferences: The contact's preferences for being opted-in to or
     * opted-out of topics. */
    struct awsc_sesv2_topic_preference_list topic_preferences;
    /* UnsubscribeAll: A boolean value status noting if the contact is unsubscribed
     * from all contact list topics. */
    bool has_unsubscribe_all;
    bool unsubscribe_all;
    /* AttributesData: The attribute data attached to a contact. */
    const char *attributes_data;
};

/* CreateContactResponse */
struct awsc_sesv2_create_contact_output {
    char unused_; /* no members */
};

/*
 * Represents a request to create a custom verification email template.
 */
struct awsc_sesv2_create_custom_verification_email_template_input {
    /* TemplateName: The name of the custom verification email template. Required. */
    const char *template_name;
    /* FromEmailAddress: The email address that the custom verification email is
     * sent from. Required. */
    const char *from_email_address;
    /* TemplateSubject: The subject line of the custom verification email.
     * Required. */
    const char *template_subject;
    /* TemplateContent: The content of the custom verification email. The total
     * size of the email must be less than 10 MB. The message body may contain
     * HTML, with some limitations. Required. */
    const char *template_content;
    /* Tags: An array of objects that define the tags (keys and values) to
     * associate with the custom verification email template. */
    struct awsc_sesv2_tag_list tags;
    /* SuccessRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is successfully verified. Required. */
    const char *success_redirection_url;
    /* FailureRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is not successfully verified. Required. */
    const char *failure_redirection_url;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_create_custom_verification_email_template_output {
    char unused_; /* no members */
};

/*
 * A request to create a new dedicated IP pool.
 */
struct awsc_sesv2_create_dedicated_ip_pool_input {
    /* PoolName: The name of the dedicated IP pool. Required. */
    const char *pool_name;
    /* Tags: An object that defines the tags (keys and values) that you want to
     * associate with the pool. */
    struct awsc_sesv2_tag_list tags;
    /* ScalingMode: The type of scaling mode. One of enum awsc_sesv2_scaling_mode's
     * values (as its string). */
    const char *scaling_mode;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_dedicated_ip_pool_output {
    char unused_; /* no members */
};

/*
 * A request to perform a predictive inbox placement test. Predictive inbox
 * placement tests can help you predict how your messages will be handled by
 * various email providers around the world.
 */
struct awsc_sesv2_create_deliverability_test_report_input {
    /* ReportName: A unique name that helps you to identify the predictive inbox
     * placement test when you retrieve the results. */
    const char *report_name;
    /* FromEmailAddress: The email address that the predictive inbox placement test
     * email was sent from. Required. */
    const char *from_email_address;
    /* Content: The HTML body of the message that you sent when you performed the
     * predictive inbox placement test. Required. */
    struct awsc_sesv2_email_content *content;
    /* Tags: An array of objects that define the tags (keys and values) that you
     * want to associate with the predictive inbox placement test. */
    struct awsc_sesv2_tag_list tags;
};

/*
 * Information about the predictive inbox placement test that you created.
 */
struct awsc_sesv2_create_deliverability_test_report_output {
    /* ReportId: A unique string that identifies the predictive inbox placement
     * test. Required. */
    const char *report_id;
    /* DeliverabilityTestStatus: The status of the predictive inbox placement test.
     * If the status is IN_PROGRESS , then the predictive inbox placement test is
     * currently running. Required. One of enum
     * awsc_sesv2_deliverability_test_status's values (as its string). */
    const char *deliverability_test_status;
};

/*
 * Represents a request to create a sending authorization policy for an
 * identity. Sending authorization is an Amazon SES feature that enables you to
 * authorize other senders to use your identities. For information, see the
 * Amazon SES Developer Guide .
 */
struct awsc_sesv2_create_email_identity_policy_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
    /* PolicyName: The name of the policy. The policy name cannot exceed 64
     * characters and can only include alphanumeric characters, dashes, and
     * underscores. Required. */
    const char *policy_name;
    /* Policy: The text of the policy in JSON format. The policy cannot exceed 4
     * KB. Required. */
    const char *policy;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_email_identity_policy_output {
    char unused_; /* no members */
};

/*
 * A request to begin the verification process for an email identity (an email
 * address or domain).
 */
struct awsc_sesv2_create_email_identity_input {
    /* EmailIdentity: The email address or domain to verify. Required. */
    const char *email_identity;
    /* Tags: An array of objects that define the tags (keys and values) to
     * associate with the email identity. */
    struct awsc_sesv2_tag_list tags;
    /* DkimSigningAttributes: If your request includes this object, Amazon SES
     * configures the identity to use Bring Your Own DKIM (BYODKIM) for DKIM
     * authentication purposes, or, configures the key length to be used for Easy
     * DKIM . */
    struct awsc_sesv2_dkim_signing_attributes *dkim_signing_attributes;
    /* ConfigurationSetName: The configuration set to use by default when sending
     * from this identity. Note that any configuration set defined in the email
     * sending request takes precedence. */
    const char *configuration_set_name;
};

/*
 * If the email identity is a domain, this object contains information about
 * the DKIM verification status for the domain.
 */
struct awsc_sesv2_create_email_identity_output {
    /* IdentityType: The email identity type. Note: the MANAGED_DOMAIN identity
     * type is not supported. One of enum awsc_sesv2_identity_type's values (as its
     * string). */
    const char *identity_type;
    /* VerifiedForSendingStatus: Specifies whether or not the identity is verified.
     * You can only send email from verified email addresses or domains. */
    bool has_verified_for_sending_status;
    bool verified_for_sending_status;
    /* DkimAttributes: An object that contains information about the DKIM
     * attributes for the identity. */
    struct awsc_sesv2_dkim_attributes *dkim_attributes;
};

/*
 * Represents a request to create an email template. For more information, see
 * the Amazon SES Developer Guide .
 */
struct awsc_sesv2_create_email_template_input {
    /* TemplateName: The name of the template. Required. */
    const char *template_name;
    /* TemplateContent: The content of the email template, composed of a subject
     * line, an HTML part, and a text-only part. Required. */
    struct awsc_sesv2_email_template_content *template_content;
    /* Tags: An array of objects that define the tags (keys and values) to
     * associate with the email template. */
    struct awsc_sesv2_tag_list tags;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_create_email_template_output {
    char unused_; /* no members */
};

/*
 * Represents a request to create an export job from a data source to a data
 * destination.
 */
struct awsc_sesv2_create_export_job_input {
    /* ExportDataSource: The data source for the export job. Required. */
    struct awsc_sesv2_export_data_source *export_data_source;
    /* ExportDestination: The destination for the export job. Required. */
    struct awsc_sesv2_export_destination *export_destination;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_export_job_output {
    /* JobId: A string that represents the export job ID. */
    const char *job_id;
};

/*
 * Represents a request to create an import job from a data source for a data
 * destination.
 */
struct awsc_sesv2_create_import_job_input {
    /* ImportDestination: The destination for the import job. Required. */
    struct awsc_sesv2_import_destination *import_destination;
    /* ImportDataSource: The data source for the import job. Required. */
    struct awsc_sesv2_import_data_source *import_data_source;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_import_job_output {
    /* JobId: A string that represents the import job ID. */
    const char *job_id;
};

/*
 * Represents a request to create a multi-region endpoint (global-endpoint).
 */
struct awsc_sesv2_create_multi_region_endpoint_input {
    /* EndpointName: The name of the multi-region endpoint (global-endpoint).
     * Required. */
    const char *endpoint_name;
    /* Details: Contains details of a multi-region endpoint (global-endpoint) being
     * created. Required. */
    struct awsc_sesv2_details *details;
    /* Tags: An array of objects that define the tags (keys and values) to
     * associate with the multi-region endpoint (global-endpoint). */
    struct awsc_sesv2_tag_list tags;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_create_multi_region_endpoint_output {
    /* Status: A status of the multi-region endpoint (global-endpoint) right after
     * the create request. CREATING – The resource is being provisioned. READY –
     * The resource is ready to use. One of enum awsc_sesv2_status's values (as its
     * string). */
    const char *status;
    /* EndpointId: The ID of the multi-region endpoint (global-endpoint). */
    const char *endpoint_id;
};

/*
 * Represents a request to create a tenant.
 */
struct awsc_sesv2_create_tenant_input {
    /* TenantName: The name of the tenant to create. The name can contain up to 64
     * alphanumeric characters, including letters, numbers, hyphens (-) and
     * underscores (_) only. Required. */
    const char *tenant_name;
    /* Tags: An array of objects that define the tags (keys and values) to
     * associate with the tenant */
    struct awsc_sesv2_tag_list tags;
    /* SuppressionAttributes: An object that contains information about the
     * suppression list preferences for the tenant. Use this to configure
     * tenant-level suppression at creation time. */
    struct awsc_sesv2_tenant_suppression_attributes *suppression_attributes;
};

/*
 * Represents a request to associate a resource with a tenant.
 */
struct awsc_sesv2_create_tenant_resource_association_input {
    /* TenantName: The name of the tenant to associate the resource with. Required. */
    const char *tenant_name;
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource to associate
     * with the tenant. Required. */
    const char *resource_arn;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_create_tenant_resource_association_output {
    char unused_; /* no members */
};

/*
 * Information about a newly created tenant.
 */
struct awsc_sesv2_create_tenant_output {
    /* TenantName: The name of the tenant. */
    const char *tenant_name;
    /* TenantId: A unique identifier for the tenant. */
    const char *tenant_id;
    /* TenantArn: The Amazon Resource Name (ARN) of the tenant. */
    const char *tenant_arn;
    /* CreatedTimestamp: The date and time when the tenant was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* Tags: An array of objects that define the tags (keys and values) associated
     * with the tenant. */
    struct awsc_sesv2_tag_list tags;
    /* SendingStatus: The status of email sending capability for the tenant. One of
     * enum awsc_sesv2_sending_status's values (as its string). */
    const char *sending_status;
    /* SuppressionAttributes: */
    struct awsc_sesv2_tenant_suppression_attributes *suppression_attributes;
};

/*
 * Contains information about a custom verification email template.
 */
struct awsc_sesv2_custom_verification_email_template_metadata {
    /* TemplateName: The name of the custom verification email template. */
    const char *template_name;
    /* FromEmailAddress: The email address that the custom verification email is
     * sent from. */
    const char *from_email_address;
    /* TemplateSubject: The subject line of the custom verification email. */
    const char *template_subject;
    /* SuccessRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is successfully verified. */
    const char *success_redirection_url;
    /* FailureRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is not successfully verified. */
    const char *failure_redirection_url;
};

/*
 * An object that contains information about the volume of email sent on each
 * day of the analysis period.
 */
struct awsc_sesv2_daily_volume {
    /* StartDate: The date that the DailyVolume metrics apply to, in Unix time. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* VolumeStatistics: An object that contains inbox placement metrics for a
     * specific day in the analysis period. */
    struct awsc_sesv2_volume_statistics *volume_statistics;
    /* DomainIspPlacements: An object that contains inbox placement metrics for a
     * specified day in the analysis period, broken out by the recipient's email
     * provider. */
    struct awsc_sesv2_domain_isp_placements domain_isp_placements;
};

/*
 * An object containing additional settings for your VDM configuration as
 * applicable to the Dashboard.
 */
struct awsc_sesv2_dashboard_attributes {
    /* EngagementMetrics: Specifies the status of your VDM engagement metrics
     * collection. Can be one of the following: ENABLED – Amazon SES enables
     * engagement metrics for your account. One of enum awsc_sesv2_feature_status's
     * values (as its string). */
    const char *engagement_metrics;
};

/*
 * An object containing additional settings for your VDM configuration as
 * applicable to the Dashboard.
 */
struct awsc_sesv2_dashboard_options {
    /* EngagementMetrics: Specifies the status of your VDM engagement metrics
     * collection. Can be one of the following: ENABLED – Amazon SES enables
     * engagement metrics for the configuration set. One of enum
     * awsc_sesv2_feature_status's values (as its string). */
    const char *engagement_metrics;
};

/*
 * Contains information about a dedicated IP address that is associated with
 * your Amazon SES account.
 */
struct awsc_sesv2_dedicated_ip {
    /* Ip: An IPv4 address. Required. */
    const char *ip;
    /* WarmupStatus: The warm-up status of a dedicated IP address. The status can
     * have one of the following values: IN_PROGRESS – The IP address isn't ready
     * to use because the dedicated IP warm-up process is ongoing. Required. One of
     * enum awsc_sesv2_warmup_status's values (as its string). */
    const char *warmup_status;
    /* WarmupPercentage: Indicates the progress of your dedicated IP warm-up: 0-100
     * – For standard dedicated IP addresses, this shows the warm-up completion
     * percentage. Required. */
    bool has_warmup_percentage;
    int32_t warmup_percentage;
    /* PoolName: The name of the dedicated IP pool that the IP address is
     * associated with. */
    const char *pool_name;
};

/*
 * Contains information about a dedicated IP pool.
 */
struct awsc_sesv2_dedicated_ip_pool {
    /* PoolName: The name of the dedicated IP pool. Required. */
    const char *pool_name;
    /* ScalingMode: The type of the dedicated IP pool. STANDARD – A dedicated IP
     * pool where you can control which IPs are part of the pool. Required. One of
     * enum awsc_sesv2_scaling_mode's values (as its string). */
    const char *scaling_mode;
};

/*
 * A request to delete an event destination from a configuration set.
 */
struct awsc_sesv2_delete_configuration_set_event_destination_input {
    /* ConfigurationSetName: The name of the configuration set that contains the
     * event destination to delete. Required. */
    const char *configuration_set_name;
    /* EventDestinationName: The name of the event destination to delete. Required. */
    const char *event_destination_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_configuration_set_event_destination_output {
    char unused_; /* no members */
};

/*
 * A request to delete a configuration set.
 */
struct awsc_sesv2_delete_configuration_set_input {
    /* ConfigurationSetName: The name of the configuration set. Required. */
    const char *configuration_set_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_configuration_set_output {
    char unused_; /* no members */
};

/* DeleteContactListRequest */
struct awsc_sesv2_delete_contact_list_input {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
};

/* DeleteContactListResponse */
struct awsc_sesv2_delete_contact_list_output {
    char unused_; /* no members */
};

/* DeleteContactRequest */
struct awsc_sesv2_delete_contact_input {
    /* ContactListName: The name of the contact list from which the contact should
     * be removed. Required. */
    const char *contact_list_name;
    /* EmailAddress: The contact's email address. Required. */
    const char *email_address;
};

/* DeleteContactResponse */
struct awsc_sesv2_delete_contact_output {
    char unused_; /* no members */
};

/*
 * Represents a request to delete an existing custom verification email
 * template.
 */
struct awsc_sesv2_delete_custom_verification_email_template_input {
    /* TemplateName: The name of the custom verification email template that you
     * want to delete. Required. */
    const char *template_name;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_delete_custom_verification_email_template_output {
    char unused_; /* no members */
};

/*
 * A request to delete a dedicated IP pool.
 */
struct awsc_sesv2_delete_dedicated_ip_pool_input {
    /* PoolName: The name of the dedicated IP pool that you want to delete.
     * Required. */
    const char *pool_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_dedicated_ip_pool_output {
    char unused_; /* no members */
};

/*
 * Represents a request to delete a sending authorization policy for an
 * identity. Sending authorization is an Amazon SES feature that enables you to
 * authorize other senders to use your identities. For information, see the
 * Amazon SES Developer Guide .
 */
struct awsc_sesv2_delete_email_identity_policy_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
    /* PolicyName: The name of the policy. The policy name cannot exceed 64
     * characters and can only include alphanumeric characters, dashes, and
     * underscores. Required. */
    const char *policy_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_email_identity_policy_output {
    char unused_; /* no members */
};

/*
 * A request to delete an existing email identity. When you delete an identity,
 * you lose the ability to send email from that identity. You can restore your
 * ability to send email by completing the verification process for the
 * identity again.
 */
struct awsc_sesv2_delete_email_identity_input {
    /* EmailIdentity: The identity (that is, the email address or domain) to
     * delete. Required. */
    const char *email_identity;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_email_identity_output {
    char unused_; /* no members */
};

/*
 * Represents a request to delete an email template. For more information, see
 * the Amazon SES Developer Guide .
 */
struct awsc_sesv2_delete_email_template_input {
    /* TemplateName: The name of the template to be deleted. Required. */
    const char *template_name;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_delete_email_template_output {
    char unused_; /* no members */
};

/*
 * Represents a request to delete a multi-region endpoint (global-endpoint).
 */
struct awsc_sesv2_delete_multi_region_endpoint_input {
    /* EndpointName: The name of the multi-region endpoint (global-endpoint) to be
     * deleted. Required. */
    const char *endpoint_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_multi_region_endpoint_output {
    /* Status: A status of the multi-region endpoint (global-endpoint) right after
     * the delete request. CREATING – The resource is being provisioned. READY –
     * The resource is ready to use. One of enum awsc_sesv2_status's values (as its
     * string). */
    const char *status;
};

/*
 * A request to remove an email address from the suppression list for your
 * account or for a specific tenant.
 */
struct awsc_sesv2_delete_suppressed_destination_input {
    /* EmailAddress: The suppressed email destination to remove from the
     * suppression list for your account or for the specified tenant. Required. */
    const char *email_address;
    /* TenantName: The name of the tenant whose suppression list you want to remove
     * the address from. If you omit this parameter, the address is removed from
     * the account-level suppression list. */
    const char *tenant_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_delete_suppressed_destination_output {
    char unused_; /* no members */
};

/*
 * Represents a request to delete a tenant.
 */
struct awsc_sesv2_delete_tenant_input {
    /* TenantName: The name of the tenant to delete. Required. */
    const char *tenant_name;
};

/*
 * Represents a request to delete an association between a tenant and a
 * resource.
 */
struct awsc_sesv2_delete_tenant_resource_association_input {
    /* TenantName: The name of the tenant to remove the resource association from.
     * Required. */
    const char *tenant_name;
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource to remove from
     * the tenant association. Required. */
    const char *resource_arn;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_delete_tenant_resource_association_output {
    char unused_; /* no members */
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_delete_tenant_output {
    char unused_; /* no members */
};

/*
 * An object that contains metadata related to a predictive inbox placement
 * test.
 */
struct awsc_sesv2_deliverability_test_report {
    /* ReportId: A unique string that identifies the predictive inbox placement
     * test. */
    const char *report_id;
    /* ReportName: A name that helps you identify a predictive inbox placement test
     * report. */
    const char *report_name;
    /* Subject: The subject line for an email that you submitted in a predictive
     * inbox placement test. */
    const char *subject;
    /* FromEmailAddress: The sender address that you specified for the predictive
     * inbox placement test. */
    const char *from_email_address;
    /* CreateDate: The date and time when the predictive inbox placement test was
     * created. */
    bool has_create_date;
    struct awsc_timestamp create_date;
    /* DeliverabilityTestStatus: The status of the predictive inbox placement test.
     * If the status is IN_PROGRESS , then the predictive inbox placement test is
     * currently running. One of enum awsc_sesv2_deliverability_test_status's
     * values (as its string). */
    const char *deliverability_test_status;
};

/*
 * Used to associate a configuration set with a dedicated IP pool.
 */
struct awsc_sesv2_delivery_options {
    /* TlsPolicy: Specifies whether messages that use the configuration set are
     * required to use Transport Layer Security (TLS). One of enum
     * awsc_sesv2_tls_policy's values (as its string). */
    const char *tls_policy;
    /* SendingPoolName: The name of the dedicated IP pool to associate with the
     * configuration set. */
    const char *sending_pool_name;
    /* MaxDeliverySeconds: The maximum amount of time, in seconds, that Amazon SES
     * API v2 will attempt delivery of email. */
    bool has_max_delivery_seconds;
    int64_t max_delivery_seconds;
};

/*
 * An object that describes the recipients for an email. Amazon SES does not
 * support the SMTPUTF8 extension, as described in RFC6531 . For this reason,
 * the local part of a destination email address (the part of the email address
 * that precedes the @ sign) may only contain 7-bit ASCII characters .
 */
struct awsc_sesv2_destination {
    /* ToAddresses: An array that contains the email addresses of the "To"
     * recipients for the email. */
    struct awsc_sesv2_email_address_list to_addresses;
    /* CcAddresses: An array that contains the email addresses of the "CC" (carbon
     * copy) recipients for the email. */
    struct awsc_sesv2_email_address_list cc_addresses;
    /* BccAddresses: An array that contains the email addresses of the "BCC" (blind
     * carbon copy) recipients for the email. */
    struct awsc_sesv2_email_address_list bcc_addresses;
};

/*
 * An object that contains configuration details of multi-region endpoint
 * (global-endpoint).
 */
struct awsc_sesv2_details {
    /* RoutesDetails: A list of route configuration details. Must contain exactly
     * one route configuration. Required. */
    struct awsc_sesv2_routes_details routes_details;
};

/*
 * An object that contains information about the DKIM authentication status for
 * an email identity.
 */
struct awsc_sesv2_dkim_attributes {
    /* SigningEnabled: If the value is true , then the messages that you send from
     * the identity are signed using DKIM. If the value is false , then the
     * messages that you send from the identity aren't DKIM-signed. */
    bool has_signing_enabled;
    bool signing_enabled;
    /* Status: Describes whether or not Amazon SES has successfully located the
     * DKIM records in the DNS records for the domain. One of enum
     * awsc_sesv2_dkim_status's values (as its string). */
    const char *status;
    /* Tokens: If you used Easy DKIM to configure DKIM authentication for the
     * domain, then this object contains a set of unique strings that you use to
     * create a set of CNAME records that you add to the DNS ... */
    struct awsc_sesv2_email_address_list tokens;
    /* SigningHostedZone: The hosted zone where Amazon SES publishes the DKIM
     * public key TXT records for this email identity. */
    const char *signing_hosted_zone;
    /* SigningAttributesOrigin: A string that indicates how DKIM was configured for
     * the identity. These are the possible values: AWS_SES – Indicates that DKIM
     * was configured for the identity by using Easy DKIM . One of enum
     * awsc_sesv2_dkim_signing_attributes_origin's values (as its string). */
    const char *signing_attributes_origin;
    /* NextSigningKeyLength: [Easy DKIM] The key length of the future DKIM key pair
     * to be generated. This can be changed at most once per day. One of enum
     * awsc_sesv2_dkim_signing_key_length's values (as its string). */
    const char *next_signing_key_length;
    /* CurrentSigningKeyLength: [Easy DKIM] The key length of the DKIM key pair in
     * use. One of enum awsc_sesv2_dkim_signing_key_length's values (as its
     * string). */
    const char *current_signing_key_length;
    /* LastKeyGenerationTimestamp: [Easy DKIM] The last time a key pair was
     * generated for this identity. */
    bool has_last_key_generation_timestamp;
    struct awsc_timestamp last_key_generation_timestamp;
};

/*
 * An object that contains configuration for Bring Your Own DKIM (BYODKIM), or,
 * for Easy DKIM
 */
struct awsc_sesv2_dkim_signing_attributes {
    /* DomainSigningSelector: [Bring Your Own DKIM] A string that's used to
     * identify a public key in the DNS configuration for a domain. */
    const char *domain_signing_selector;
    /* DomainSigningPrivateKey: [Bring Your Own DKIM] A private key that's used to
     * generate a DKIM signature. */
    const char *domain_signing_private_key;
    /* NextSigningKeyLength: [Easy DKIM] The key length of the future DKIM key pair
     * to be generated. This can be changed at most once per day. One of enum
     * awsc_sesv2_dkim_signing_key_length's values (as its string). */
    const char *next_signing_key_length;
    /* DomainSigningAttributesOrigin: The attribute to use for configuring DKIM for
     * the identity depends on the operation: For
     * PutEmailIdentityDkimSigningAttributes : None of the values are allowed - use
     * the SigningAttributesOrigin ... One of enum
     * awsc_sesv2_dkim_signing_attributes_origin's values (as its string). */
    const char *domain_signing_attributes_origin;
};

/*
 * An object that contains the deliverability data for a specific campaign.
 * This data is available for a campaign only if the campaign sent email by
 * using a domain that the Deliverability dashboard is enabled for (
 * PutDeliverabilityDashboardOption operation).
 */
struct awsc_sesv2_domain_deliverability_campaign {
    /* CampaignId: The unique identifier for the campaign. The Deliverability
     * dashboard automatically generates and assigns this identifier to a campaign. */
    const char *campaign_id;
    /* ImageUrl: The URL of an image that contains a snapshot of the email message
     * that was sent. */
    const char *image_url;
    /* Subject: The subject line, or title, of the email message. */
    const char *subject;
    /* FromAddress: The verified email address that the email message was sent
     * from. */
    const char *from_address;
    /* SendingIps: The IP addresses that were used to send the email message. */
    struct awsc_sesv2_email_address_list sending_ips;
    /* FirstSeenDateTime: The first time when the email message was delivered to
     * any recipient's inbox. This value can help you determine how long it took
     * for a campaign to deliver an email message. */
    bool has_first_seen_date_time;
    struct awsc_timestamp first_seen_date_time;
    /* LastSeenDateTime: The last time when the email message was delivered to any
     * recipient's inbox. This value can help you determine how long it took for a
     * campaign to deliver an email message. */
    bool has_last_seen_date_time;
    struct awsc_timestamp last_seen_date_time;
    /* InboxCount: The number of email messages that were delivered to recipients’
     * inboxes. */
    bool has_inbox_count;
    int64_t inbox_count;
    /* SpamCount: The number of email messages that were delivered to recipients'
     * spam or junk mail folders. */
    bool has_spam_count;
    int64_t spam_count;
    /* ReadRate: The percentage of email messages that were opened by recipients.
     * Due to technical limitations, this value only includes recipients who opened
     * the message by using an email client that supports images. */
    bool has_read_rate;
    double read_rate;
    /* DeleteRate: The percentage of email messages that were deleted by
     * recipients, without being opened first. */
    bool has_delete_rate;
    double delete_rate;
    /* ReadDeleteRate: The percentage of email messages that were opened and then
     * deleted by recipients. */
    bool has_read_delete_rate;
    double read_delete_rate;
    /* ProjectedVolume: The projected number of recipients that the email message
     * was sent to. */
    bool has_projected_volume;
    int64_t projected_volume;
    /* Esps: The major email providers who handled the email message. */
    struct awsc_sesv2_email_address_list esps;
};

/*
 * An object that contains information about the Deliverability dashboard
 * subscription for a verified domain that you use to send email and currently
 * has an active Deliverability dashboard subscription.
 */
struct awsc_sesv2_domain_deliverability_tracking_option {
    /* Domain: A verified domain that’s associated with your Amazon Web Services
     * account and currently has an active Deliverability dashboard subscription. */
    const char *domain;
    /* SubscriptionStartDate: The date when you enabled the Deliverability
     * dashboard for the domain. */
    bool has_subscription_start_date;
    struct awsc_timestamp subscription_start_date;
    /* InboxPlacementTrackingOption: An object that contains information about the
     * inbox placement data settings for the domain. */
    struct awsc_sesv2_inbox_placement_tracking_option *inbox_placement_tracking_option;
};

/*
 * An object that contains inbox placement data for email sent from one of your
 * email domains to a specific email provider.
 */
struct awsc_sesv2_domain_isp_placement {
    /* IspName: The name of the email provider that the inbox placement data
     * applies to. */
    const char *isp_name;
    /* InboxRawCount: The total number of messages that were sent from the selected
     * domain to the specified email provider that arrived in recipients' inboxes. */
    bool has_inbox_raw_count;
    int64_t inbox_raw_count;
    /* SpamRawCount: The total number of messages that were sent from the selected
     * domain to the specified email provider that arrived in recipients' spam or
     * junk mail folders. */
    bool has_spam_raw_count;
    int64_t spam_raw_count;
    /* InboxPercentage: The percentage of messages that were sent from the selected
     * domain to the specified email provider that arrived in recipients' inboxes. */
    bool has_inbox_percentage;
    double inbox_percentage;
    /* SpamPercentage: The percentage of messages that were sent from the selected
     * domain to the specified email provider that arrived in recipients' spam or
     * junk mail folders. */
    bool has_spam_percentage;
    double spam_percentage;
};

/*
 * Contains individual validation checks performed on an email address.
 */
struct awsc_sesv2_email_address_insights_mailbox_evaluations {
    /* HasValidSyntax: Checks that the email address follows proper RFC standards
     * and contains valid characters in the correct format. */
    struct awsc_sesv2_email_address_insights_verdict *has_valid_syntax;
    /* HasValidDnsRecords: Checks that the domain exists, has valid DNS records,
     * and is conﬁgured to receive email. */
    struct awsc_sesv2_email_address_insights_verdict *has_valid_dns_records;
    /* MailboxExists: Checks that the mailbox exists and can receive messages
     * without actually sending an email. */
    struct awsc_sesv2_email_address_insights_verdict *mailbox_exists;
    /* IsRoleAddress: Identiﬁes role-based addresses (such as admin@, support@, or
     * info@) that may have lower engagement rates. */
    struct awsc_sesv2_email_address_insights_verdict *is_role_address;
    /* IsDisposable: Checks disposable or temporary email addresses that could
     * negatively impact your sender reputation. */
    struct awsc_sesv2_email_address_insights_verdict *is_disposable;
    /* IsRandomInput: Checks if the input appears to be random text. */
    struct awsc_sesv2_email_address_insights_verdict *is_random_input;
};

/*
 * Contains the overall validation verdict for an email address.
 */
struct awsc_sesv2_email_address_insights_verdict {
    /* ConfidenceVerdict: The confidence level of the validation verdict. One of
     * enum awsc_sesv2_email_address_insights_confidence_verdict's values (as its
     * string). */
    const char *confidence_verdict;
};

/*
 * An object that defines the entire content of the email, including the
 * message headers, body content, and attachments. For a simple email message,
 * you specify the subject and provide both text and HTML versions of the
 * message body. You can also add attachments to simple and templated messages.
 */
struct awsc_sesv2_email_content {
    /* Simple: The simple email message. The message consists of a subject, message
     * body and attachments list. */
    struct awsc_sesv2_message *simple;
    /* Raw: The raw email message. The message has to meet the following criteria:
     * The message has to contain a header and a body, separated by one blank line. */
    struct awsc_sesv2_raw_message *raw;
    /* Template: The template to use for the email message. */
    struct awsc_sesv2_template *template_;
};

/*
 * An email's insights contain metadata and delivery information about a
 * specific email.
 */
struct awsc_sesv2_email_insights {
    /* Destination: The recipient of the email. */
    const char *destination;
    /* Isp: The recipient's ISP (e.g., Gmail , Yahoo , etc.). */
    const char *isp;
    /* Events: A list of events associated with the sent email. */
    struct awsc_sesv2_insights_events events;
};

/*
 * The content of the email, composed of a subject line, an HTML part, and a
 * text-only part.
 */
struct awsc_sesv2_email_template_content {
    /* Subject: The subject line of the email. */
    const char *subject;
    /* Text: The email body that will be visible to recipients whose email clients
     * do not display HTML. */
    const char *text;
    /* Html: The HTML body of the email. */
    const char *html;
};

/*
 * Contains information about an email template.
 */
struct awsc_sesv2_email_template_metadata {
    /* TemplateName: The name of the template. */
    const char *template_name;
    /* CreatedTimestamp: The time and date the template was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
};

/*
 * An object that defines an Amazon EventBridge destination for email events.
 * You can use Amazon EventBridge to send notifications when certain email
 * events occur.
 */
struct awsc_sesv2_event_bridge_destination {
    /* EventBusArn: The Amazon Resource Name (ARN) of the Amazon EventBridge bus to
     * publish email events to. Only the default bus is supported. Required. */
    const char *event_bus_arn;
};

/*
 * In the Amazon SES API v2, events include message sends, deliveries, opens,
 * clicks, bounces, complaints and delivery delays. Event destinations are
 * places that you can send information about these events to.
 */
struct awsc_sesv2_event_destination {
    /* Name: A name that identifies the event destination. Required. */
    const char *name;
    /* Enabled: If true , the event destination is enabled. When the event
     * destination is enabled, the specified event types are sent to the
     * destinations in this EventDestinationDefinition . */
    bool has_enabled;
    bool enabled;
    /* MatchingEventTypes: The types of events that Amazon SES sends to the
     * specified event destinations. SEND - The send request was successful and SES
     * will attempt to deliver the message to the recipient’s mail server.
     * Required. */
    struct awsc_sesv2_email_address_list matching_event_types;
    /* KinesisFirehoseDestination: An object that defines an Amazon Kinesis Data
     * Firehose destination for email events. You can use Amazon Kinesis Data
     * Firehose to stream data to other services, such as Amazon S3 and Amazon
     * Redshift. */
    struct awsc_sesv2_kinesis_firehose_destination *kinesis_firehose_destination;
    /* CloudWatchDestination: An object that defines an Amazon CloudWatch
     * destination for email events. You can use Amazon CloudWatch to monitor and
     * gain insights on your email sending metrics. */
    struct awsc_sesv2_cloud_watch_destination *cloud_watch_destination;
    /* SnsDestination: An object that defines an Amazon SNS destination for email
     * events. You can use Amazon SNS to send notifications when certain email
     * events occur. */
    struct awsc_sesv2_sns_destination *sns_destination;
    /* EventBridgeDestination: An object that defines an Amazon EventBridge
     * destination for email events. You can use Amazon EventBridge to send
     * notifications when certain email events occur. */
    struct awsc_sesv2_event_bridge_destination *event_bridge_destination;
    /* PinpointDestination: An object that defines an Amazon Pinpoint project
     * destination for email events. */
    struct awsc_sesv2_pinpoint_destination *pinpoint_destination;
};

/*
 * An object that defines the event destination. Specifically, it defines which
 * services receive events from emails sent using the configuration set that
 * the event destination is associated with. Also defines the types of events
 * that are sent to the event destination.
 */
struct awsc_sesv2_event_destination_definition {
    /* Enabled: If true , the event destination is enabled. When the event
     * destination is enabled, the specified event types are sent to the
     * destinations in this EventDestinationDefinition . */
    bool has_enabled;
    bool enabled;
    /* MatchingEventTypes: An array that specifies which events the Amazon SES API
     * v2 should send to the destinations in this EventDestinationDefinition . */
    struct awsc_sesv2_email_address_list matching_event_types;
    /* KinesisFirehoseDestination: An object that defines an Amazon Kinesis Data
     * Firehose destination for email events. You can use Amazon Kinesis Data
     * Firehose to stream data to other services, such as Amazon S3 and Amazon
     * Redshift. */
    struct awsc_sesv2_kinesis_firehose_destination *kinesis_firehose_destination;
    /* CloudWatchDestination: An object that defines an Amazon CloudWatch
     * destination for email events. You can use Amazon CloudWatch to monitor and
     * gain insights on your email sending metrics. */
    struct awsc_sesv2_cloud_watch_destination *cloud_watch_destination;
    /* SnsDestination: An object that defines an Amazon SNS destination for email
     * events. You can use Amazon SNS to send notifications when certain email
     * events occur. */
    struct awsc_sesv2_sns_destination *sns_destination;
    /* EventBridgeDestination: An object that defines an Amazon EventBridge
     * destination for email events. You can use Amazon EventBridge to send
     * notifications when certain email events occur. */
    struct awsc_sesv2_event_bridge_destination *event_bridge_destination;
    /* PinpointDestination: An object that defines an Amazon Pinpoint project
     * destination for email events. */
    struct awsc_sesv2_pinpoint_destination *pinpoint_destination;
};

/*
 * Contains a Bounce object if the event type is BOUNCE . Contains a Complaint
 * object if the event type is COMPLAINT .
 */
struct awsc_sesv2_event_details {
    /* Bounce: Information about a Bounce event. */
    struct awsc_sesv2_bounce *bounce;
    /* Complaint: Information about a Complaint event. */
    struct awsc_sesv2_complaint *complaint;
};

/*
 * An object that contains details about the data source of the export job. It
 * can only contain one of MetricsDataSource or MessageInsightsDataSource
 * object.
 */
struct awsc_sesv2_export_data_source {
    /* MetricsDataSource: */
    struct awsc_sesv2_metrics_data_source *metrics_data_source;
    /* MessageInsightsDataSource: */
    struct awsc_sesv2_message_insights_data_source *message_insights_data_source;
};

/*
 * An object that contains details about the destination of the export job.
 */
struct awsc_sesv2_export_destination {
    /* DataFormat: The data format of the final export job file, can be one of the
     * following: CSV - A comma-separated values file. JSON - A Json file.
     * Required. One of enum awsc_sesv2_data_format's values (as its string). */
    const char *data_format;
    /* S3Url: An Amazon S3 pre-signed URL that points to the generated export file. */
    const char *s3_url;
};

/*
 * A summary of the export job.
 */
struct awsc_sesv2_export_job_summary {
    /* JobId: The export job ID. */
    const char *job_id;
    /* ExportSourceType: The source type of the export job. One of enum
     * awsc_sesv2_export_source_type's values (as its string). */
    const char *export_source_type;
    /* JobStatus: The status of the export job. One of enum awsc_sesv2_job_status's
     * values (as its string). */
    const char *job_status;
    /* CreatedTimestamp: The timestamp of when the export job was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* CompletedTimestamp: The timestamp of when the export job was completed. */
    bool has_completed_timestamp;
    struct awsc_timestamp completed_timestamp;
};

/*
 * An object that contains a mapping between a Metric and MetricAggregation .
 */
struct awsc_sesv2_export_metric {
    /* Name:  One of enum awsc_sesv2_metric's values (as its string). */
    const char *name;
    /* Aggregation:  One of enum awsc_sesv2_metric_aggregation's values (as its
     * string). */
    const char *aggregation;
};

/*
 * Statistics about the execution of an export job.
 */
struct awsc_sesv2_export_statistics {
    /* ProcessedRecordsCount: The number of records that were processed to generate
     * the final export file. */
    bool has_processed_records_count;
    int32_t processed_records_count;
    /* ExportedRecordsCount: The number of records that were exported to the final
     * export file. */
    bool has_exported_records_count;
    int32_t exported_records_count;
};

/*
 * An object that contains the failure details about a job.
 */
struct awsc_sesv2_failure_info {
    /* FailedRecordsS3Url: An Amazon S3 pre-signed URL that contains all the failed
     * records and related information. */
    const char *failed_records_s3_url;
    /* ErrorMessage: A message about why the job failed. */
    const char *error_message;
};

/*
 * A request to obtain information about the email-sending capabilities of your
 * Amazon SES account.
 */
struct awsc_sesv2_get_account_input {
    char unused_; /* no members */
};

/*
 * A list of details about the email-sending capabilities of your Amazon SES
 * account in the current Amazon Web Services Region.
 */
struct awsc_sesv2_get_account_output {
    /* DedicatedIpAutoWarmupEnabled: Indicates whether or not the automatic warm-up
     * feature is enabled for dedicated IP addresses that are associated with your
     * account. */
    bool has_dedicated_ip_auto_warmup_enabled;
    bool dedicated_ip_auto_warmup_enabled;
    /* EnforcementStatus: The reputation status of your Amazon SES account. The
     * status can be one of the following: HEALTHY – There are no
     * reputation-related issues that currently impact your account. */
    const char *enforcement_status;
    /* ProductionAccessEnabled: Indicates whether or not your account has
     * production access in the current Amazon Web Services Region. */
    bool has_production_access_enabled;
    bool production_access_enabled;
    /* SendQuota: An object that contains information about the per-day and
     * per-second sending limits for your Amazon SES account in the current Amazon
     * Web Services Region. */
    struct awsc_sesv2_send_quota *send_quota;
    /* SendingEnabled: Indicates whether or not email sending is enabled for your
     * Amazon SES account in the current Amazon Web Services Region. */
    bool has_sending_enabled;
    bool sending_enabled;
    /* SuppressionAttributes: An object that contains information about the email
     * address suppression preferences for your account in the current Amazon Web
     * Services Region. */
    struct awsc_sesv2_suppression_attributes *suppression_attributes;
    /* Details: An object that defines your account details. */
    struct awsc_sesv2_account_details *details;
    /* VdmAttributes: The VDM attributes that apply to your Amazon SES account. */
    struct awsc_sesv2_vdm_attributes *vdm_attributes;
    /* PricingAttributes: The pricing attributes that apply to your Amazon SES
     * account, including the currently active pricing plan and any scheduled
     * change. */
    struct awsc_sesv2_pricing_attributes *pricing_attributes;
};

/*
 * A request to retrieve a list of the blacklists that your dedicated IP
 * addresses appear on.
 */
struct awsc_sesv2_get_blacklist_reports_input {
    /* BlacklistItemNames: A list of IP addresses that you want to retrieve
     * blacklist information about. You can only specify the dedicated IP addresses
     * that you use to send email using Amazon SES or Amazon Pinpoint. Required. */
    struct awsc_sesv2_email_address_list blacklist_item_names;
};

/*
 * An object that contains information about blacklist events.
 */
struct awsc_sesv2_get_blacklist_reports_output {
    /* BlacklistReport: An object that contains information about a blacklist that
     * one of your dedicated IP addresses appears on. Required. */
    struct awsc_sesv2_blacklist_report blacklist_report;
};

/*
 * A request to obtain information about the event destinations for a
 * configuration set.
 */
struct awsc_sesv2_get_configuration_set_event_destinations_input {
    /* ConfigurationSetName: The name of the configuration set that contains the
     * event destination. Required. */
    const char *configuration_set_name;
};

/*
 * Information about an event destination for a configuration set.
 */
struct awsc_sesv2_get_configuration_set_event_destinations_output {
    /* EventDestinations: An array that includes all of the events destinations
     * that have been configured for the configuration set. */
    struct awsc_sesv2_event_destinations event_destinations;
};

/*
 * A request to obtain information about a configuration set.
 */
struct awsc_sesv2_get_configuration_set_input {
    /* ConfigurationSetName: The name of the configuration set. Required. */
    const char *configuration_set_name;
};

/*
 * Information about a configuration set.
 */
struct awsc_sesv2_get_configuration_set_output {
    /* ConfigurationSetName: The name of the configuration set. */
    const char *configuration_set_name;
    /* TrackingOptions: An object that defines the open and click tracking options
     * for emails that you send using the configuration set. */
    struct awsc_sesv2_tracking_options *tracking_options;
    /* DeliveryOptions: An object that defines the dedicated IP pool that is used
     * to send emails that you send using the configuration set. */
    struct awsc_sesv2_delivery_options *delivery_options;
    /* ReputationOptions: An object that defines whether or not Amazon SES collects
     * reputation metrics for the emails that you send that use the configuration
     * set. */
    struct awsc_sesv2_reputation_options *reputation_options;
    /* SendingOptions: An object that defines whether or not Amazon SES can send
     * email that you send using the configuration set. */
    struct awsc_sesv2_sending_options *sending_options;
    /* Tags: An array of objects that define the tags (keys and values) that are
     * associated with the configuration set. */
    struct awsc_sesv2_tag_list tags;
    /* SuppressionOptions: An object that contains information about the
     * suppression list preferences for your account or for a specific tenant. */
    struct awsc_sesv2_suppression_options *suppression_options;
    /* VdmOptions: An object that contains information about the VDM preferences
     * for your configuration set. */
    struct awsc_sesv2_vdm_options *vdm_options;
    /* ArchivingOptions: An object that defines the MailManager archive where sent
     * emails are archived that you send using the configuration set. */
    struct awsc_sesv2_archiving_options *archiving_options;
};

/* GetContactListRequest */
struct awsc_sesv2_get_contact_list_input {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
};

/* GetContactListResponse */
struct awsc_sesv2_get_contact_list_output {
    /* ContactListName: The name of the contact list. */
    const char *contact_list_name;
    /* Topics: An interest group, theme, or label within a list. A contact list can
     * have multiple topics. */
    struct awsc_sesv2_topics topics;
    /* Description: A description of what the contact list is about. */
    const char *description;
    /* CreatedTimestamp: A timestamp noting when the contact list was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* LastUpdatedTimestamp: A timestamp noting the last time the contact list was
     * updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
    /* Tags: The tags associated with a contact list. */
    struct awsc_sesv2_tag_list tags;
};

/* GetContactRequest */
struct awsc_sesv2_get_contact_input {
    /* ContactListName: The name of the contact list to which the contact belongs.
     * Required. */
    const char *contact_list_name;
    /* EmailAddress: The contact's email address. Required. */
    const char *email_address;
};

/* GetContactResponse */
struct awsc_sesv2_get_contact_output {
    /* ContactListName: The name of the contact list to which the contact belongs. */
    const char *contact_list_name;
    /* EmailAddress: The contact's email address. */
    const char *email_address;
    /* TopicPreferences: The contact's preference for being opted-in to or
     * opted-out of a topic.> */
    struct awsc_sesv2_topic_preference_list topic_preferences;
    /* TopicDefaultPreferences: The default topic preferences applied to the
     * contact. */
    struct awsc_sesv2_topic_preference_list topic_default_preferences;
    /* UnsubscribeAll: A boolean value status noting if the contact is unsubscribed
     * from all contact list topics. */
    bool has_unsubscribe_all;
    bool unsubscribe_all;
    /* AttributesData: The attribute data attached to a contact. */
    const char *attributes_data;
    /* CreatedTimestamp: A timestamp noting when the contact was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* LastUpdatedTimestamp: A timestamp noting the last time the contact's
     * information was updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * Represents a request to retrieve an existing custom verification email
 * template.
 */
struct awsc_sesv2_get_custom_verification_email_template_input {
    /* TemplateName: The name of the custom verification email template that you
     * want to retrieve. Required. */
    const char *template_name;
};

/*
 * The following elements are returned by the service.
 */
struct awsc_sesv2_get_custom_verification_email_template_output {
    /* TemplateName: The name of the custom verification email template. */
    const char *template_name;
    /* FromEmailAddress: The email address that the custom verification email is
     * sent from. */
    const char *from_email_address;
    /* TemplateSubject: The subject line of the custom verification email. */
    const char *template_subject;
    /* TemplateContent: The content of the custom verification email. */
    const char *template_content;
    /* Tags: An array of objects that define the tags (keys and values) that are
     * associated with the custom verification email template. */
    struct awsc_sesv2_tag_list tags;
    /* SuccessRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is successfully verified. */
    const char *success_redirection_url;
    /* FailureRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is not successfully verified. */
    const char *failure_redirection_url;
};

/*
 * A request to obtain more information about a dedicated IP pool.
 */
struct awsc_sesv2_get_dedicated_ip_pool_input {
    /* PoolName: The name of the dedicated IP pool to retrieve. Required. */
    const char *pool_name;
};

/*
 * The following element is returned by the service.
 */
struct awsc_sesv2_get_dedicated_ip_pool_output {
    /* DedicatedIpPool: An object that contains information about a dedicated IP
     * pool. */
    struct awsc_sesv2_dedicated_ip_pool *dedicated_ip_pool;
};

/*
 * A request to obtain more information about a dedicated IP address.
 */
struct awsc_sesv2_get_dedicated_ip_input {
    /* Ip: The IP address that you want to obtain more information about. The value
     * you specify has to be a dedicated IP address that's assocaited with your
     * Amazon Web Services account. Required. */
    const char *ip;
};

/*
 * Information about a dedicated IP address.
 */
struct awsc_sesv2_get_dedicated_ip_output {
    /* DedicatedIp: An object that contains information about a dedicated IP
     * address. */
    struct awsc_sesv2_dedicated_ip *dedicated_ip;
};

/*
 * A request to obtain more information about dedicated IP pools.
 */
struct awsc_sesv2_get_dedicated_ips_input {
    /* PoolName: The name of the IP pool that the dedicated IP address is
     * associated with. */
    const char *pool_name;
    /* NextToken: A token returned from a previous call to GetDedicatedIps to
     * indicate the position of the dedicated IP pool in the list of IP pools. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * GetDedicatedIpsRequest . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * Information about the dedicated IP addresses that are associated with your
 * Amazon Web Services account.
 */
struct awsc_sesv2_get_dedicated_ips_output {
    /* DedicatedIps: A list of dedicated IP addresses that are associated with your
     * Amazon Web Services account. */
    struct awsc_sesv2_dedicated_ip_list dedicated_ips;
    /* NextToken: A token that indicates that there are additional dedicated IP
     * addresses to list. To view additional addresses, issue another request to
     * GetDedicatedIps , passing this token in the NextToken parameter. */
    const char *next_token;
};

/*
 * Retrieve information about the status of the Deliverability dashboard for
 * your Amazon Web Services account. When the Deliverability dashboard is
 * enabled, you gain access to reputation, deliverability, and other metrics
 * for your domains.
 */
struct awsc_sesv2_get_deliverability_dashboard_options_input {
    char unused_; /* no members */
};

/*
 * An object that shows the status of the Deliverability dashboard.
 */
struct awsc_sesv2_get_deliverability_dashboard_options_output {
    /* DashboardEnabled: Specifies whether the Deliverability dashboard is enabled.
     * If this value is true , the dashboard is enabled. Required. */
    bool has_dashboard_enabled;
    bool dashboard_enabled;
    /* SubscriptionExpiryDate: The date when your current subscription to the
     * Deliverability dashboard is scheduled to expire, if your subscription is
     * scheduled to expire at the end of the current calendar month. */
    bool has_subscription_expiry_date;
    struct awsc_timestamp subscription_expiry_date;
    /* AccountStatus: The current status of your Deliverability dashboard
     * subscription. If this value is PENDING_EXPIRATION , your subscription is
     * scheduled to expire at the end of the current calendar month. One of enum
     * awsc_sesv2_deliverability_dashboard_account_status's values (as its string). */
    const char *account_status;
    /* ActiveSubscribedDomains: An array of objects, one for each verified domain
     * that you use to send email and currently has an active Deliverability
     * dashboard subscription that isn’t scheduled to expire at the end of the
     * current ... */
    struct awsc_sesv2_domain_deliverability_tracking_options active_subscribed_domains;
    /* PendingExpirationSubscribedDomains: An array of objects, one for each
     * verified domain that you use to send email and currently has an active
     * Deliverability dashboard subscription that's scheduled to expire at the end
     * of the current ... */
    struct awsc_sesv2_domain_deliverability_tracking_options pending_expiration_subscribed_domains;
};

/*
 * A request to retrieve the results of a predictive inbox placement test.
 */
struct awsc_sesv2_get_deliverability_test_report_input {
    /* ReportId: A unique string that identifies the predictive inbox placement
     * test. Required. */
    const char *report_id;
};

/*
 * The results of the predictive inbox placement test.
 */
struct awsc_sesv2_get_deliverability_test_report_output {
    /* DeliverabilityTestReport: An object that contains the results of the
     * predictive inbox placement test. Required. */
    struct awsc_sesv2_deliverability_test_report *deliverability_test_report;
    /* OverallPlacement: An object that specifies how many test messages that were
     * sent during the predictive inbox placement test were delivered to
     * recipients' inboxes, how many were sent to recipients' spam folders, and ...
     * Required. */
    struct awsc_sesv2_placement_statistics *overall_placement;
    /* IspPlacements: An object that describes how the test email was handled by
     * several email providers, including Gmail, Hotmail, Yahoo, AOL, and others.
     * Required. */
    struct awsc_sesv2_isp_placements isp_placements;
    /* Message: An object that contains the message that you sent when you
     * performed this predictive inbox placement test. */
    const char *message;
    /* Tags: An array of objects that define the tags (keys and values) that are
     * associated with the predictive inbox placement test. */
    struct awsc_sesv2_tag_list tags;
};

/*
 * Retrieve all the deliverability data for a specific campaign. This data is
 * available for a campaign only if the campaign sent email by using a domain
 * that the Deliverability dashboard is enabled for (
 * PutDeliverabilityDashboardOption operation).
 */
struct awsc_sesv2_get_domain_deliverability_campaign_input {
    /* CampaignId: The unique identifier for the campaign. The Deliverability
     * dashboard automatically generates and assigns this identifier to a campaign.
     * Required. */
    const char *campaign_id;
};

/*
 * An object that contains all the deliverability data for a specific campaign.
 * This data is available for a campaign only if the campaign sent email by
 * using a domain that the Deliverability dashboard is enabled for.
 */
struct awsc_sesv2_get_domain_deliverability_campaign_output {
    /* DomainDeliverabilityCampaign: An object that contains the deliverability
     * data for the campaign. Required. */
    struct awsc_sesv2_domain_deliverability_campaign *domain_deliverability_campaign;
};

/*
 * A request to obtain deliverability metrics for a domain.
 */
struct awsc_sesv2_get_domain_statistics_report_input {
    /* Domain: The domain that you want to obtain deliverability metrics for.
     * Required. */
    const char *domain;
    /* StartDate: The first day (in Unix time) that you want to obtain domain
     * deliverability metrics for. Required. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: The last day (in Unix time) that you want to obtain domain
     * deliverability metrics for. The EndDate that you specify has to be less than
     * or equal to 30 days after the StartDate . Required. */
    bool has_end_date;
    struct awsc_timestamp end_date;
};

/*
 * An object that includes statistics that are related to the domain that you
 * specified.
 */
struct awsc_sesv2_get_domain_statistics_report_output {
    /* OverallVolume: An object that contains deliverability metrics for the domain
     * that you specified. The data in this object is a summary of all of the data
     * that was collected from the StartDate to the EndDate . Required. */
    struct awsc_sesv2_overall_volume *overall_volume;
    /* DailyVolumes: An object that contains deliverability metrics for the domain
     * that you specified. This object contains data for each day, starting on the
     * StartDate and ending on the EndDate . Required. */
    struct awsc_sesv2_daily_volumes daily_volumes;
};

/*
 * A request to return validation insights about an email address.
 */
struct awsc_sesv2_get_email_address_insights_input {
    /* EmailAddress: The email address to analyze for validation insights.
     * Required. */
    const char *email_address;
};

/*
 * Validation insights about an email address.
 */
struct awsc_sesv2_get_email_address_insights_output {
    /* MailboxValidation: Detailed validation results for the email address. */
    struct awsc_sesv2_mailbox_validation *mailbox_validation;
};

/*
 * A request to return the policies of an email identity.
 */
struct awsc_sesv2_get_email_identity_policies_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
};

/*
 * Identity policies associated with email identity.
 */
struct awsc_sesv2_get_email_identity_policies_output {
    /* Policies: A map of policy names to policies. */
    struct awsc_sesv2_policy_map policies;
};

/*
 * A request to return details about an email identity.
 */
struct awsc_sesv2_get_email_identity_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
};

/*
 * Details about an email identity.
 */
struct awsc_sesv2_get_email_identity_output {
    /* IdentityType: The email identity type. Note: the MANAGED_DOMAIN identity
     * type is not supported. One of enum awsc_sesv2_identity_type's values (as its
     * string). */
    const char *identity_type;
    /* FeedbackForwardingStatus: The feedback forwarding configuration for the
     * identity. */
    bool has_feedback_forwarding_status;
    bool feedback_forwarding_status;
    /* VerifiedForSendingStatus: Specifies whether or not the identity is verified.
     * You can only send email from verified email addresses or domains. */
    bool has_verified_for_sending_status;
    bool verified_for_sending_status;
    /* DkimAttributes: An object that contains information about the DKIM
     * attributes for the identity. */
    struct awsc_sesv2_dkim_attributes *dkim_attributes;
    /* MailFromAttributes: An object that contains information about the Mail-From
     * attributes for the email identity. */
    struct awsc_sesv2_mail_from_attributes *mail_from_attributes;
    /* Policies: A map of policy names to policies. */
    struct awsc_sesv2_policy_map policies;
    /* Tags: An array of objects that define the tags (keys and values) that are
     * associated with the email identity. */
    struct awsc_sesv2_tag_list tags;
    /* ConfigurationSetName: The configuration set used by default when sending
     * from this identity. */
    const char *configuration_set_name;
    /* VerificationStatus: The verification status of the identity. The status can
     * be one of the following: PENDING – The verification process was initiated,
     * but Amazon SES hasn't yet been able to verify the identity. One of enum
     * awsc_sesv2_verification_status's values (as its string). */
    const char *verification_status;
    /* VerificationInfo: An object that contains additional information about the
     * verification status for the identity. */
    struct awsc_sesv2_verification_info *verification_info;
};

/*
 * Represents a request to display the template object (which includes the
 * subject line, HTML part and text part) for the template you specify.
 */
struct awsc_sesv2_get_email_template_input {
    /* TemplateName: The name of the template. Required. */
    const char *template_name;
};

/*
 * The following element is returned by the service.
 */
struct awsc_sesv2_get_email_template_output {
    /* TemplateName: The name of the template. Required. */
    const char *template_name;
    /* TemplateContent: The content of the email template, composed of a subject
     * line, an HTML part, and a text-only part. Required. */
    struct awsc_sesv2_email_template_content *template_content;
    /* Tags: An array of objects that define the tags (keys and values) that are
     * associated with the email template. */
    struct awsc_sesv2_tag_list tags;
};

/*
 * Represents a request to retrieve information about an export job using the
 * export job ID.
 */
struct awsc_sesv2_get_export_job_input {
    /* JobId: The export job ID. Required. */
    const char *job_id;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_get_export_job_output {
    /* JobId: The export job ID. */
    const char *job_id;
    /* ExportSourceType: The type of source of the export job. One of enum
     * awsc_sesv2_export_source_type's values (as its string). */
    const char *export_source_type;
    /* JobStatus: The status of the export job. One of enum awsc_sesv2_job_status's
     * values (as its string). */
    const char *job_status;
    /* ExportDestination: The destination of the export job. */
    struct awsc_sesv2_export_destination *export_destination;
    /* ExportDataSource: The data source of the export job. */
    struct awsc_sesv2_export_data_source *export_data_source;
    /* CreatedTimestamp: The timestamp of when the export job was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* CompletedTimestamp: The timestamp of when the export job was completed. */
    bool has_completed_timestamp;
    struct awsc_timestamp completed_timestamp;
    /* FailureInfo: The failure details about an export job. */
    struct awsc_sesv2_failure_info *failure_info;
    /* Statistics: The statistics about the export job. */
    struct awsc_sesv2_export_statistics *statistics;
};

/*
 * Represents a request for information about an import job using the import
 * job ID.
 */
struct awsc_sesv2_get_import_job_input {
    /* JobId: The ID of the import job. Required. */
    const char *job_id;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_get_import_job_output {
    /* JobId: A string that represents the import job ID. */
    const char *job_id;
    /* ImportDestination: The destination of the import job. */
    struct awsc_sesv2_import_destination *import_destination;
    /* ImportDataSource: The data source of the import job. */
    struct awsc_sesv2_import_data_source *import_data_source;
    /* FailureInfo: The failure details about an import job. */
    struct awsc_sesv2_failure_info *failure_info;
    /* JobStatus: The status of the import job. One of enum awsc_sesv2_job_status's
     * values (as its string). */
    const char *job_status;
    /* CreatedTimestamp: The time stamp of when the import job was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* CompletedTimestamp: The time stamp of when the import job was completed. */
    bool has_completed_timestamp;
    struct awsc_timestamp completed_timestamp;
    /* ProcessedRecordsCount: The current number of records processed. */
    bool has_processed_records_count;
    int32_t processed_records_count;
    /* FailedRecordsCount: The number of records that failed processing because of
     * invalid input or other reasons. */
    bool has_failed_records_count;
    int32_t failed_records_count;
};

/*
 * A request to return information about a message.
 */
struct awsc_sesv2_get_message_insights_input {
    /* MessageId: A MessageId is a unique identifier for a message, and is returned
     * when sending emails through Amazon SES. Required. */
    const char *message_id;
};

/*
 * Information about a message.
 */
struct awsc_sesv2_get_message_insights_output {
    /* MessageId: A unique identifier for the message. */
    const char *message_id;
    /* FromEmailAddress: The from address used to send the message. */
    const char *from_email_address;
    /* Subject: The subject line of the message. */
    const char *subject;
    /* EmailTags: A list of tags, in the form of name/value pairs, that were
     * applied to the email you sent, along with Amazon SES Auto-Tags . */
    struct awsc_sesv2_message_tag_list email_tags;
    /* Insights: A set of insights associated with the message. */
    struct awsc_sesv2_email_insights_list insights;
};

/*
 * Represents a request to display the multi-region endpoint (global-endpoint).
 */
struct awsc_sesv2_get_multi_region_endpoint_input {
    /* EndpointName: The name of the multi-region endpoint (global-endpoint).
     * Required. */
    const char *endpoint_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_get_multi_region_endpoint_output {
    /* EndpointName: The name of the multi-region endpoint (global-endpoint). */
    const char *endpoint_name;
    /* EndpointId: The ID of the multi-region endpoint (global-endpoint). */
    const char *endpoint_id;
    /* Routes: Contains routes information for the multi-region endpoint
     * (global-endpoint). */
    struct awsc_sesv2_routes routes;
    /* Status: The status of the multi-region endpoint (global-endpoint). CREATING
     * – The resource is being provisioned. READY – The resource is ready to use.
     * FAILED – The resource failed to be provisioned. One of enum
     * awsc_sesv2_status's values (as its string). */
    const char *status;
    /* CreatedTimestamp: The time stamp of when the multi-region endpoint
     * (global-endpoint) was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* LastUpdatedTimestamp: The time stamp of when the multi-region endpoint
     * (global-endpoint) was last updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * Represents a request to retrieve information about a specific reputation
 * entity.
 */
struct awsc_sesv2_get_reputation_entity_input {
    /* ReputationEntityReference: The unique identifier for the reputation entity.
     * For resource-type entities, this is the Amazon Resource Name (ARN) of the
     * resource. Required. */
    const char *reputation_entity_reference;
    /* ReputationEntityType: The type of reputation entity. Currently, only
     * RESOURCE type entities are supported. Required. One of enum
     * awsc_sesv2_reputation_entity_type's values (as its string). */
    const char *reputation_entity_type;
};

/*
 * Information about the requested reputation entity.
 */
struct awsc_sesv2_get_reputation_entity_output {
    /* ReputationEntity: The reputation entity information, including status
     * records, policy configuration, and reputation impact. */
    struct awsc_sesv2_reputation_entity *reputation_entity;
};

/*
 * A request to retrieve information about an email address that's on the
 * suppression list for your account or for a specific tenant.
 */
struct awsc_sesv2_get_suppressed_destination_input {
    /* EmailAddress: The email address that's on the suppression list for your
     * account or for the specified tenant. Required. */
    const char *email_address;
    /* TenantName: The name of the tenant whose suppression list you want to query.
     * If you omit this parameter, the operation targets the account-level
     * suppression list. */
    const char *tenant_name;
};

/*
 * Information about the suppressed email address.
 */
struct awsc_sesv2_get_suppressed_destination_output {
    /* SuppressedDestination: An object containing information about the suppressed
     * email address. Required. */
    struct awsc_sesv2_suppressed_destination *suppressed_destination;
};

/*
 * Represents a request to get information about a specific tenant.
 */
struct awsc_sesv2_get_tenant_input {
    /* TenantName: The name of the tenant to retrieve information about. Required. */
    const char *tenant_name;
};

/*
 * Information about a specific tenant.
 */
struct awsc_sesv2_get_tenant_output {
    /* Tenant: A structure that contains details about the tenant. */
    struct awsc_sesv2_tenant *tenant;
};

/*
 * An object containing additional settings for your VDM configuration as
 * applicable to the Guardian.
 */
struct awsc_sesv2_guardian_attributes {
    /* OptimizedSharedDelivery: Specifies the status of your VDM optimized shared
     * delivery. Can be one of the following: ENABLED – Amazon SES enables
     * optimized shared delivery for your account. One of enum
     * awsc_sesv2_feature_status's values (as its string). */
    const char *optimized_shared_delivery;
};

/*
 * An object containing additional settings for your VDM configuration as
 * applicable to the Guardian.
 */
struct awsc_sesv2_guardian_options {
    /* OptimizedSharedDelivery: Specifies the status of your VDM optimized shared
     * delivery. Can be one of the following: ENABLED – Amazon SES enables
     * optimized shared delivery for the configuration set. One of enum
     * awsc_sesv2_feature_status's values (as its string). */
    const char *optimized_shared_delivery;
};

/*
 * Information about an email identity.
 */
struct awsc_sesv2_identity_info {
    /* IdentityType: The email identity type. Note: the MANAGED_DOMAIN type is not
     * supported for email identity types. One of enum awsc_sesv2_identity_type's
     * values (as its string). */
    const char *identity_type;
    /* IdentityName: The address or domain of the identity. */
    const char *identity_name;
    /* SendingEnabled: Indicates whether or not you can send email from the
     * identity. */
    bool has_sending_enabled;
    bool sending_enabled;
    /* VerificationStatus: The verification status of the identity. The status can
     * be one of the following: PENDING – The verification process was initiated,
     * but Amazon SES hasn't yet been able to verify the identity. One of enum
     * awsc_sesv2_verification_status's values (as its string). */
    const char *verification_status;
};

/*
 * An object that contains details about the data source of the import job.
 */
struct awsc_sesv2_import_data_source {
    /* S3Url: An Amazon S3 URL in the format s3:// <bucket_name> / <object> .
     * Required. */
    const char *s3_url;
    /* DataFormat: The data format of the import job's data source. Required. One
     * of enum awsc_sesv2_data_format's values (as its string). */
    const char *data_format;
};

/*
 * An object that contains details about the resource destination the import
 * job is going to target.
 */
struct awsc_sesv2_import_destination {
    /* SuppressionListDestination: An object that contains the action of the import
     * job towards suppression list. */
    struct awsc_sesv2_suppression_list_destination *suppression_list_destination;
    /* ContactListDestination: An object that contains the action of the import job
     * towards a contact list. */
    struct awsc_sesv2_contact_list_destination *contact_list_destination;
};

/*
 * A summary of the import job.
 */
struct awsc_sesv2_import_job_summary {
    /* JobId: */
    const char *job_id;
    /* ImportDestination: */
    struct awsc_sesv2_import_destination *import_destination;
    /* JobStatus:  One of enum awsc_sesv2_job_status's values (as its string). */
    const char *job_status;
    /* CreatedTimestamp: The date and time when the import job was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* ProcessedRecordsCount: The current number of records processed. */
    bool has_processed_records_count;
    int32_t processed_records_count;
    /* FailedRecordsCount: The number of records that failed processing because of
     * invalid input or other reasons. */
    bool has_failed_records_count;
    int32_t failed_records_count;
};

/*
 * An object that contains information about the inbox placement data settings
 * for a verified domain that’s associated with your Amazon Web Services
 * account. This data is available only if you enabled the Deliverability
 * dashboard for the domain.
 */
struct awsc_sesv2_inbox_placement_tracking_option {
    /* Global: Specifies whether inbox placement data is being tracked for the
     * domain. */
    bool has_global;
    bool global;
    /* TrackedIsps: An array of strings, one for each major email provider that the
     * inbox placement data applies to. */
    struct awsc_sesv2_email_address_list tracked_isps;
};

/*
 * An object containing details about a specific event.
 */
struct awsc_sesv2_insights_event {
    /* Timestamp: The timestamp of the event. */
    bool has_timestamp;
    struct awsc_timestamp timestamp;
    /* Type: The type of event: SEND - The send request was successful and SES will
     * attempt to deliver the message to the recipient’s mail server. One of enum
     * awsc_sesv2_event_type's values (as its string). */
    const char *type;
    /* Details: Details about bounce or complaint events. */
    struct awsc_sesv2_event_details *details;
};

/*
 * The request couldn't be processed because an error occurred with the Amazon
 * SES API v2.
 */
struct awsc_sesv2_internal_service_error_exception {
    char unused_; /* no members */
};

/*
 * The specified request includes an invalid or expired token.
 */
struct awsc_sesv2_invalid_next_token_exception {
    char unused_; /* no members */
};

/*
 * An object that describes how email sent during the predictive inbox
 * placement test was handled by a certain email provider.
 */
struct awsc_sesv2_isp_placement {
    /* IspName: The name of the email provider that the inbox placement data
     * applies to. */
    const char *isp_name;
    /* PlacementStatistics: An object that contains inbox placement metrics for a
     * specific email provider. */
    struct awsc_sesv2_placement_statistics *placement_statistics;
};

/*
 * An object that defines an Amazon Kinesis Data Firehose destination for email
 * events. You can use Amazon Kinesis Data Firehose to stream data to other
 * services, such as Amazon S3 and Amazon Redshift.
 */
struct awsc_sesv2_kinesis_firehose_destination {
    /* IamRoleArn: The Amazon Resource Name (ARN) of the IAM role that the Amazon
     * SES API v2 uses to send email events to the Amazon Kinesis Data Firehose
     * stream. Required. */
    const char *iam_role_arn;
    /* DeliveryStreamArn: The Amazon Resource Name (ARN) of the Amazon Kinesis Data
     * Firehose stream that the Amazon SES API v2 sends email events to. Required. */
    const char *delivery_stream_arn;
};

/*
 * There are too many instances of the specified resource type.
 */
struct awsc_sesv2_limit_exceeded_exception {
    char unused_; /* no members */
};

/*
 * A request to obtain a list of configuration sets for your Amazon SES account
 * in the current Amazon Web Services Region.
 */
struct awsc_sesv2_list_configuration_sets_input {
    /* NextToken: A token returned from a previous call to ListConfigurationSets to
     * indicate the position in the list of configuration sets. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListConfigurationSets . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * A list of configuration sets in your Amazon SES account in the current
 * Amazon Web Services Region.
 */
struct awsc_sesv2_list_configuration_sets_output {
    /* ConfigurationSets: An array that contains all of the configuration sets in
     * your Amazon SES account in the current Amazon Web Services Region. */
    struct awsc_sesv2_email_address_list configuration_sets;
    /* NextToken: A token that indicates that there are additional configuration
     * sets to list. */
    const char *next_token;
};

/* ListContactListsRequest */
struct awsc_sesv2_list_contact_lists_input {
    /* PageSize: Maximum number of contact lists to return at once. Use this
     * parameter to paginate results. If additional contact lists exist beyond the
     * specified limit, the NextToken element is sent in the response. */
    bool has_page_size;
    int32_t page_size;
    /* NextToken: A string token indicating that there might be additional contact
     * lists available to be listed. */
    const char *next_token;
};

/* ListContactListsResponse */
struct awsc_sesv2_list_contact_lists_output {
    /* ContactLists: The available contact lists. */
    struct awsc_sesv2_list_of_contact_lists contact_lists;
    /* NextToken: A string token indicating that there might be additional contact
     * lists available to be listed. */
    const char *next_token;
};

/*
 * A filter that can be applied to a list of contacts.
 */
struct awsc_sesv2_list_contacts_filter {
    /* FilteredStatus: The status by which you are filtering: OPT_IN or OPT_OUT .
     * One of enum awsc_sesv2_subscription_status's values (as its string). */
    const char *filtered_status;
    /* TopicFilter: Used for filtering by a specific topic preference. */
    struct awsc_sesv2_topic_filter *topic_filter;
};

/* ListContactsRequest */
struct awsc_sesv2_list_contacts_input {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
    /* Filter: A filter that can be applied to a list of contacts. */
    struct awsc_sesv2_list_contacts_filter *filter;
    /* PageSize: The number of contacts that may be returned at once, which is
     * dependent on if there are more or less contacts than the value of the
     * PageSize. Use this parameter to paginate results. */
    bool has_page_size;
    int32_t page_size;
    /* NextToken: A string token indicating that there might be additional contacts
     * available to be listed. */
    const char *next_token;
};

/* ListContactsResponse */
struct awsc_sesv2_list_contacts_output {
    /* Contacts: The contacts present in a specific contact list. */
    struct awsc_sesv2_list_of_contacts contacts;
    /* NextToken: A string token indicating that there might be additional contacts
     * available to be listed. */
    const char *next_token;
};

/*
 * Represents a request to list the existing custom verification email
 * templates for your account.
 */
struct awsc_sesv2_list_custom_verification_email_templates_input {
    /* NextToken: A token returned from a previous call to
     * ListCustomVerificationEmailTemplates to indicate the position in the list of
     * custom verification email templates. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListCustomVerificationEmailTemplates . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * The following elements are returned by the service.
 */
struct awsc_sesv2_list_custom_verification_email_templates_output {
    /* CustomVerificationEmailTemplates: A list of the custom verification email
     * templates that exist in your account. */
    struct awsc_sesv2_custom_verification_email_templates_list custom_verification_email_templates;
    /* NextToken: A token indicating that there are additional custom verification
     * email templates available to be listed. */
    const char *next_token;
};

/*
 * A request to obtain a list of dedicated IP pools.
 */
struct awsc_sesv2_list_dedicated_ip_pools_input {
    /* NextToken: A token returned from a previous call to ListDedicatedIpPools to
     * indicate the position in the list of dedicated IP pools. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListDedicatedIpPools . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * A list of dedicated IP pools.
 */
struct awsc_sesv2_list_dedicated_ip_pools_output {
    /* DedicatedIpPools: A list of all of the dedicated IP pools that are
     * associated with your Amazon Web Services account in the current Region. */
    struct awsc_sesv2_email_address_list dedicated_ip_pools;
    /* NextToken: A token that indicates that there are additional IP pools to
     * list. To view additional IP pools, issue another request to
     * ListDedicatedIpPools , passing this token in the NextToken parameter. */
    const char *next_token;
};

/*
 * A request to list all of the predictive inbox placement tests that you've
 * performed.
 */
struct awsc_sesv2_list_deliverability_test_reports_input {
    /* NextToken: A token returned from a previous call to
     * ListDeliverabilityTestReports to indicate the position in the list of
     * predictive inbox placement tests. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListDeliverabilityTestReports . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * A list of the predictive inbox placement test reports that are available for
 * your account, regardless of whether or not those tests are complete.
 */
struct awsc_sesv2_list_deliverability_test_reports_output {
    /* DeliverabilityTestReports: An object that contains a lists of predictive
     * inbox placement tests that you've performed. Required. */
    struct awsc_sesv2_deliverability_test_reports deliverability_test_reports;
    /* NextToken: A token that indicates that there are additional predictive inbox
     * placement tests to list. */
    const char *next_token;
};

/*
 * Retrieve deliverability data for all the campaigns that used a specific
 * domain to send email during a specified time range. This data is available
 * for a domain only if you enabled the Deliverability dashboard.
 */
struct awsc_sesv2_list_domain_deliverability_campaigns_input {
    /* StartDate: The first day that you want to obtain deliverability data for.
     * Required. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: The last day that you want to obtain deliverability data for. This
     * value has to be less than or equal to 30 days after the value of the
     * StartDate parameter. Required. */
    bool has_end_date;
    struct awsc_timestamp end_date;
    /* SubscribedDomain: The domain to obtain deliverability data for. Required. */
    const char *subscribed_domain;
    /* NextToken: A token that’s returned from a previous call to the
     * ListDomainDeliverabilityCampaigns operation. This token indicates the
     * position of a campaign in the list of campaigns. */
    const char *next_token;
    /* PageSize: The maximum number of results to include in response to a single
     * call to the ListDomainDeliverabilityCampaigns operation. */
    bool has_page_size;
    int32_t page_size;
};

/*
 * An array of objects that provide deliverability data for all the campaigns
 * that used a specific domain to send email during a specified time range.
 * This data is available for a domain only if you enabled the Deliverability
 * dashboard for the domain.
 */
struct awsc_sesv2_list_domain_deliverability_campaigns_output {
    /* DomainDeliverabilityCampaigns: An array of responses, one for each campaign
     * that used the domain to send email during the specified time range.
     * Required. */
    struct awsc_sesv2_domain_deliverability_campaign_list domain_deliverability_campaigns;
    /* NextToken: A token that’s returned from a previous call to the
     * ListDomainDeliverabilityCampaigns operation. This token indicates the
     * position of the campaign in the list of campaigns. */
    const char *next_token;
};

/*
 * A request to list all of the email identities associated with your Amazon
 * Web Services account. This list includes identities that you've already
 * verified, identities that are unverified, and identities that were verified
 * in the past, but are no longer verified.
 */
struct awsc_sesv2_list_email_identities_input {
    /* NextToken: A token returned from a previous call to ListEmailIdentities to
     * indicate the position in the list of identities. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListEmailIdentities . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * A list of all of the identities that you've attempted to verify, regardless
 * of whether or not those identities were successfully verified.
 */
struct awsc_sesv2_list_email_identities_output {
    /* EmailIdentities: An array that includes all of the email identities
     * associated with your Amazon Web Services account. */
    struct awsc_sesv2_identity_info_list email_identities;
    /* NextToken: A token that indicates that there are additional configuration
     * sets to list. */
    const char *next_token;
};

/*
 * Represents a request to list the email templates present in your Amazon SES
 * account in the current Amazon Web Services Region. For more information, see
 * the Amazon SES Developer Guide .
 */
struct awsc_sesv2_list_email_templates_input {
    /* NextToken: A token returned from a previous call to ListEmailTemplates to
     * indicate the position in the list of email templates. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListEmailTemplates . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * The following elements are returned by the service.
 */
struct awsc_sesv2_list_email_templates_output {
    /* TemplatesMetadata: An array the contains the name and creation time stamp
     * for each template in your Amazon SES account. */
    struct awsc_sesv2_email_template_metadata_list templates_metadata;
    /* NextToken: A token indicating that there are additional email templates
     * available to be listed. Pass this token to a subsequent ListEmailTemplates
     * call to retrieve the next 10 email templates. */
    const char *next_token;
};

/*
 * Represents a request to list all export jobs with filters.
 */
struct awsc_sesv2_list_export_jobs_input {
    /* NextToken: The pagination token returned from a previous call to
     * ListExportJobs to indicate the position in the list of export jobs. */
    const char *next_token;
    /* PageSize: Maximum number of export jobs to return at once. Use this
     * parameter to paginate results. If additional export jobs exist beyond the
     * specified limit, the NextToken element is sent in the response. */
    bool has_page_size;
    int32_t page_size;
    /* ExportSourceType: A value used to list export jobs that have a certain
     * ExportSourceType . One of enum awsc_sesv2_export_source_type's values (as
     * its string). */
    const char *export_source_type;
    /* JobStatus: A value used to list export jobs that have a certain JobStatus .
     * One of enum awsc_sesv2_job_status's values (as its string). */
    const char *job_status;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_list_export_jobs_output {
    /* ExportJobs: A list of the export job summaries. */
    struct awsc_sesv2_export_job_summary_list export_jobs;
    /* NextToken: A string token indicating that there might be additional export
     * jobs available to be listed. */
    const char *next_token;
};

/*
 * Represents a request to list all of the import jobs for a data destination
 * within the specified maximum number of import jobs.
 */
struct awsc_sesv2_list_import_jobs_input {
    /* ImportDestinationType: The destination of the import job, which can be used
     * to list import jobs that have a certain ImportDestinationType . One of enum
     * awsc_sesv2_import_destination_type's values (as its string). */
    const char *import_destination_type;
    /* NextToken: A string token indicating that there might be additional import
     * jobs available to be listed. */
    const char *next_token;
    /* PageSize: Maximum number of import jobs to return at once. Use this
     * parameter to paginate results. If additional import jobs exist beyond the
     * specified limit, the NextToken element is sent in the response. */
    bool has_page_size;
    int32_t page_size;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_list_import_jobs_output {
    /* ImportJobs: A list of the import job summaries. */
    struct awsc_sesv2_import_job_summary_list import_jobs;
    /* NextToken: A string token indicating that there might be additional import
     * jobs available to be listed. */
    const char *next_token;
};

/*
 * An object used to specify a list or topic to which an email belongs, which
 * will be used when a contact chooses to unsubscribe.
 */
struct awsc_sesv2_list_management_options {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
    /* TopicName: The name of the topic. */
    const char *topic_name;
};

/*
 * Represents a request to list all the multi-region endpoints
 * (global-endpoints) whose primary region is the AWS-Region where operation is
 * executed.
 */
struct awsc_sesv2_list_multi_region_endpoints_input {
    /* NextToken: A token returned from a previous call to ListMultiRegionEndpoints
     * to indicate the position in the list of multi-region endpoints
     * (global-endpoints). */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListMultiRegionEndpoints . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * The following elements are returned by the service.
 */
struct awsc_sesv2_list_multi_region_endpoints_output {
    /* MultiRegionEndpoints: An array that contains key multi-region endpoint
     * (global-endpoint) properties. */
    struct awsc_sesv2_multi_region_endpoints multi_region_endpoints;
    /* NextToken: A token indicating that there are additional multi-region
     * endpoints (global-endpoints) available to be listed. Pass this token to a
     * subsequent ListMultiRegionEndpoints call to retrieve the next page. */
    const char *next_token;
};

/*
 * Represents a request to list the existing recommendations for your account.
 */
struct awsc_sesv2_list_recommendations_input {
    /* Filter: Filters applied when retrieving recommendations. Can eiter be an
     * individual filter, or combinations of STATUS and IMPACT or STATUS and TYPE */
    struct awsc_sesv2_policy_map filter;
    /* NextToken: A token returned from a previous call to ListRecommendations to
     * indicate the position in the list of recommendations. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListRecommendations . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * Contains the response to your request to retrieve the list of
 * recommendations for your account.
 */
struct awsc_sesv2_list_recommendations_output {
    /* Recommendations: The recommendations applicable to your account. */
    struct awsc_sesv2_recommendations_list recommendations;
    /* NextToken: A string token indicating that there might be additional
     * recommendations available to be listed. */
    const char *next_token;
};

/*
 * Represents a request to list reputation entities with optional filtering.
 */
struct awsc_sesv2_list_reputation_entities_input {
    /* Filter: An object that contains filters to apply when listing reputation
     * entities. You can filter by entity type, reputation impact, sending status,
     * or entity reference prefix. */
    struct awsc_sesv2_policy_map filter;
    /* NextToken: A token returned from a previous call to ListReputationEntities
     * to indicate the position in the list of reputation entities. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListReputationEntities . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * A list of reputation entities in your account.
 */
struct awsc_sesv2_list_reputation_entities_output {
    /* ReputationEntities: An array that contains information about the reputation
     * entities in your account. */
    struct awsc_sesv2_reputation_entities_list reputation_entities;
    /* NextToken: A token that indicates that there are additional reputation
     * entities to list. */
    const char *next_token;
};

/*
 * Represents a request to list tenants associated with a specific resource.
 */
struct awsc_sesv2_list_resource_tenants_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource to list
     * associated tenants for. Required. */
    const char *resource_arn;
    /* PageSize: The number of results to show in a single call to
     * ListResourceTenants . */
    bool has_page_size;
    int32_t page_size;
    /* NextToken: A token returned from a previous call to ListResourceTenants to
     * indicate the position in the list of resource tenants. */
    const char *next_token;
};

/*
 * Information about tenants associated with a specific resource.
 */
struct awsc_sesv2_list_resource_tenants_output {
    /* ResourceTenants: An array that contains information about each tenant
     * associated with the resource. */
    struct awsc_sesv2_resource_tenant_metadata_list resource_tenants;
    /* NextToken: A token that indicates that there are additional tenants to list.
     * To view additional tenants, issue another request to ListResourceTenants ,
     * and pass this token in the NextToken parameter. */
    const char *next_token;
};

/*
 * A request to obtain a list of email destinations that are on the suppression
 * list for your account or for a specific tenant.
 */
struct awsc_sesv2_list_suppressed_destinations_input {
    /* TenantName: The name of the tenant whose suppression list you want to
     * retrieve. If you omit this parameter, the operation targets the
     * account-level suppression list. */
    const char *tenant_name;
    /* Reasons: The factors that caused the email address to be added to the
     * suppression list for your account or for a specific tenant. */
    struct awsc_sesv2_email_address_list reasons;
    /* StartDate: Used to filter the list of suppressed email destinations so that
     * it only includes addresses that were added to the list after a specific
     * date. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: Used to filter the list of suppressed email destinations so that it
     * only includes addresses that were added to the list before a specific date. */
    bool has_end_date;
    struct awsc_timestamp end_date;
    /* NextToken: A token returned from a previous call to
     * ListSuppressedDestinations to indicate the position in the list of
     * suppressed email addresses. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to
     * ListSuppressedDestinations . */
    bool has_page_size;
    int32_t page_size;
};

/*
 * A list of suppressed email addresses.
 */
struct awsc_sesv2_list_suppressed_destinations_output {
    /* SuppressedDestinationSummaries: A list of summaries, each containing a
     * summary for a suppressed email destination. */
    struct awsc_sesv2_suppressed_destination_summaries suppressed_destination_summaries;
    /* NextToken: A token that indicates that there are additional email addresses
     * on the suppression list for your account or for the specified tenant. */
    const char *next_token;
};

/* ListTagsForResourceRequest */
struct awsc_sesv2_list_tags_for_resource_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource that you want to
     * retrieve tag information for. Required. */
    const char *resource_arn;
};

/* ListTagsForResourceResponse */
struct awsc_sesv2_list_tags_for_resource_output {
    /* Tags: An array that lists all the tags that are associated with the
     * resource. Each tag consists of a required tag key ( Key ) and an associated
     * tag value ( Value ) Required. */
    struct awsc_sesv2_tag_list tags;
};

/*
 * Represents a request to list resources associated with a specific tenant.
 */
struct awsc_sesv2_list_tenant_resources_input {
    /* TenantName: The name of the tenant to list resources for. Required. */
    const char *tenant_name;
    /* Filter: A map of filter keys and values for filtering the list of tenant
     * resources. Currently, the only supported filter key is RESOURCE_TYPE . */
    struct awsc_sesv2_policy_map filter;
    /* PageSize: The number of results to show in a single call to
     * ListTenantResources . */
    bool has_page_size;
    int32_t page_size;
    /* NextToken: A token returned from a previous call to ListTenantResources to
     * indicate the position in the list of tenant resources. */
    const char *next_token;
};

/*
 * Information about resources associated with a specific tenant.
 */
struct awsc_sesv2_list_tenant_resources_output {
    /* TenantResources: An array that contains information about each resource
     * associated with the tenant. */
    struct awsc_sesv2_tenant_resource_list tenant_resources;
    /* NextToken: A token that indicates that there are additional resources to
     * list. To view additional resources, issue another request to
     * ListTenantResources , and pass this token in the NextToken parameter. */
    const char *next_token;
};

/*
 * Represents a request to list all tenants associated with your account in the
 * current Amazon Web Services Region.
 */
struct awsc_sesv2_list_tenants_input {
    /* NextToken: A token returned from a previous call to ListTenants to indicate
     * the position in the list of tenants. */
    const char *next_token;
    /* PageSize: The number of results to show in a single call to ListTenants . If
     * the number of results is larger than the number you specified in this
     * parameter, then the response includes a NextToken element, ... */
    bool has_page_size;
    int32_t page_size;
};

/*
 * Information about tenants associated with your account.
 */
struct awsc_sesv2_list_tenants_output {
    /* Tenants: An array that contains basic information about each tenant. */
    struct awsc_sesv2_tenant_info_list tenants;
    /* NextToken: A token that indicates that there are additional tenants to list.
     * To view additional tenants, issue another request to ListTenants , and pass
     * this token in the NextToken parameter. */
    const char *next_token;
};

/*
 * A list of attributes that are associated with a MAIL FROM domain.
 */
struct awsc_sesv2_mail_from_attributes {
    /* MailFromDomain: The name of a domain that an email identity uses as a custom
     * MAIL FROM domain. Required. */
    const char *mail_from_domain;
    /* MailFromDomainStatus: The status of the MAIL FROM domain. This status can
     * have the following values: PENDING – Amazon SES hasn't started searching for
     * the MX record yet. Required. One of enum
     * awsc_sesv2_mail_from_domain_status's values (as its string). */
    const char *mail_from_domain_status;
    /* BehaviorOnMxFailure: The action to take if the required MX record can't be
     * found when you send an email. When you set this value to USE_DEFAULT_VALUE ,
     * the mail is sent using amazonses.com as the MAIL FROM domain. Required. One
     * of enum awsc_sesv2_behavior_on_mx_failure's values (as its string). */
    const char *behavior_on_mx_failure;
};

/*
 * The message can't be sent because the sending domain isn't verified.
 */
struct awsc_sesv2_mail_from_domain_not_verified_exception {
    char unused_; /* no members */
};

/*
 * Contains detailed validation information about an email address.
 */
struct awsc_sesv2_mailbox_validation {
    /* IsValid: Overall validity assessment with a conﬁdence verdict. */
    struct awsc_sesv2_email_address_insights_verdict *is_valid;
    /* Evaluations: Specific validation checks performed on the email address. */
    struct awsc_sesv2_email_address_insights_mailbox_evaluations *evaluations;
};

/*
 * Represents the email message that you're sending. The Message object
 * consists of a subject line and a message body.
 */
struct awsc_sesv2_message {
    /* Subject: The subject line of the email. The subject line can only contain
     * 7-bit ASCII characters. Required. */
    struct awsc_sesv2_content *subject;
    /* Body: The body of the message. You can specify an HTML version of the
     * message, a text-only version of the message, or both. Required. */
    struct awsc_sesv2_body *body;
    /* Headers: The list of message headers that will be added to the email
     * message. */
    struct awsc_sesv2_message_header_list headers;
    /* Attachments: The List of attachments to include in your email. All
     * recipients will receive the same attachments. */
    struct awsc_sesv2_attachment_list attachments;
};

/*
 * Contains the name and value of a message header that you add to an email.
 */
struct awsc_sesv2_message_header {
    /* Name: The name of the message header. The message header name has to meet
     * the following criteria: Can contain any printable ASCII character (33 - 126)
     * except for colon (:). Required. */
    const char *name;
    /* Value: The value of the message header. The message header value has to meet
     * the following criteria: Can contain any printable ASCII character. Can
     * contain no more than 995 characters. Required. */
    const char *value;
};

/*
 * An object that contains filters applied when performing the Message Insights
 * export.
 */
struct awsc_sesv2_message_insights_data_source {
    /* StartDate: Represents the start date for the export interval as a timestamp.
     * The start date is inclusive. Required. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: Represents the end date for the export interval as a timestamp. The
     * end date is inclusive. Required. */
    bool has_end_date;
    struct awsc_timestamp end_date;
    /* Include: Filters for results to be included in the export file. */
    struct awsc_sesv2_message_insights_filters *include;
    /* Exclude: Filters for results to be excluded from the export file. */
    struct awsc_sesv2_message_insights_filters *exclude;
    /* MaxResults: The maximum number of results. */
    bool has_max_results;
    int32_t max_results;
};

/*
 * An object containing Message Insights filters.
 */
struct awsc_sesv2_message_insights_filters {
    /* FromEmailAddress: The from address used to send the message. */
    struct awsc_sesv2_email_address_list from_email_address;
    /* Destination: The recipient's email address. */
    struct awsc_sesv2_email_address_list destination;
    /* Subject: The subject line of the message. */
    struct awsc_sesv2_email_address_list subject;
    /* Isp: The recipient's ISP (e.g., Gmail , Yahoo , etc.). */
    struct awsc_sesv2_email_address_list isp;
    /* LastDeliveryEvent: The last delivery-related event for the email, where the
     * ordering is as follows: SEND < BOUNCE < DELIVERY < COMPLAINT . */
    struct awsc_sesv2_email_address_list last_delivery_event;
    /* LastEngagementEvent: The last engagement-related event for the email, where
     * the ordering is as follows: OPEN < CLICK . */
    struct awsc_sesv2_email_address_list last_engagement_event;
};

/*
 * The message can't be sent because it contains invalid content.
 */
struct awsc_sesv2_message_rejected {
    char unused_; /* no members */
};

/*
 * Contains the name and value of a tag that you apply to an email. You can use
 * message tags when you publish email sending events.
 */
struct awsc_sesv2_message_tag {
    /* Name: The name of the message tag. The message tag name has to meet the
     * following criteria: It can only contain ASCII letters (a–z, A–Z), numbers
     * (0–9), underscores (_), or dashes (-). Required. */
    const char *name;
    /* Value: The value of the message tag. The message tag value has to meet the
     * following criteria: It can only contain ASCII letters (a–z, A–Z), numbers
     * (0–9), underscores (_), or dashes (-). Required. */
    const char *value;
};

/*
 * An error corresponding to the unsuccessful processing of a single metric
 * data query.
 */
struct awsc_sesv2_metric_data_error {
    /* Id: The query identifier. */
    const char *id;
    /* Code: The query error code. Can be one of: INTERNAL_FAILURE – Amazon SES has
     * failed to process one of the queries. ACCESS_DENIED – You have insufficient
     * access to retrieve metrics based on the given query. One of enum
     * awsc_sesv2_query_error_code's values (as its string). */
    const char *code;
    /* Message: The error message associated with the current query error. */
    const char *message;
};

/*
 * The result of a single metric data query.
 */
struct awsc_sesv2_metric_data_result {
    /* Id: The query identifier. */
    const char *id;
    /* Timestamps: A list of timestamps for the metric data results. */
    struct awsc_sesv2_timestamp_list timestamps;
    /* Values: A list of values (cumulative / sum) for the metric data results. */
    struct awsc_sesv2_metric_value_list values;
};

/*
 * An object that contains details about the data source for the metrics
 * export.
 */
struct awsc_sesv2_metrics_data_source {
    /* Dimensions: An object that contains a mapping between a MetricDimensionName
     * and MetricDimensionValue to filter metrics by. Must contain a least 1
     * dimension but no more than 3 unique ones. Required. */
    struct awsc_sesv2_export_dimensions dimensions;
    /* Namespace: The metrics namespace - e.g., VDM . Required. One of enum
     * awsc_sesv2_metric_namespace's values (as its string). */
    const char *namespace_;
    /* Metrics: A list of ExportMetric objects to export. Required. */
    struct awsc_sesv2_export_metrics metrics;
    /* StartDate: Represents the start date for the export interval as a timestamp.
     * Required. */
    bool has_start_date;
    struct awsc_timestamp start_date;
    /* EndDate: Represents the end date for the export interval as a timestamp.
     * Required. */
    bool has_end_date;
    struct awsc_timestamp end_date;
};

/*
 * An object that contains multi-region endpoint (global-endpoint) properties.
 */
struct awsc_sesv2_multi_region_endpoint {
    /* EndpointName: The name of the multi-region endpoint (global-endpoint). */
    const char *endpoint_name;
    /* Status: The status of the multi-region endpoint (global-endpoint). CREATING
     * – The resource is being provisioned. READY – The resource is ready to use.
     * FAILED – The resource failed to be provisioned. One of enum
     * awsc_sesv2_status's values (as its string). */
    const char *status;
    /* EndpointId: The ID of the multi-region endpoint (global-endpoint). */
    const char *endpoint_id;
    /* Regions: Primary and secondary regions between which multi-region endpoint
     * splits sending traffic. */
    struct awsc_sesv2_email_address_list regions;
    /* CreatedTimestamp: The time stamp of when the multi-region endpoint
     * (global-endpoint) was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* LastUpdatedTimestamp: The time stamp of when the multi-region endpoint
     * (global-endpoint) was last updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * The resource you attempted to access doesn't exist.
 */
struct awsc_sesv2_not_found_exception {
    char unused_; /* no members */
};

/*
 * An object that contains information about email that was sent from the
 * selected domain.
 */
struct awsc_sesv2_overall_volume {
    /* VolumeStatistics: An object that contains information about the numbers of
     * messages that arrived in recipients' inboxes and junk mail folders. */
    struct awsc_sesv2_volume_statistics *volume_statistics;
    /* ReadRatePercent: The percentage of emails that were sent from the domain
     * that were read by their recipients. */
    bool has_read_rate_percent;
    double read_rate_percent;
    /* DomainIspPlacements: An object that contains inbox and junk mail placement
     * metrics for individual email providers. */
    struct awsc_sesv2_domain_isp_placements domain_isp_placements;
};

/*
 * An object that defines an Amazon Pinpoint project destination for email
 * events. You can send email event data to a Amazon Pinpoint project to view
 * metrics using the Transactional Messaging dashboards that are built in to
 * Amazon Pinpoint.
 */
struct awsc_sesv2_pinpoint_destination {
    /* ApplicationArn: The Amazon Resource Name (ARN) of the Amazon Pinpoint
     * project to send email events to. */
    const char *application_arn;
};

/*
 * An object that contains inbox placement data for an email provider.
 */
struct awsc_sesv2_placement_statistics {
    /* InboxPercentage: The percentage of emails that arrived in recipients'
     * inboxes during the predictive inbox placement test. */
    bool has_inbox_percentage;
    double inbox_percentage;
    /* SpamPercentage: The percentage of emails that arrived in recipients' spam or
     * junk mail folders during the predictive inbox placement test. */
    bool has_spam_percentage;
    double spam_percentage;
    /* MissingPercentage: The percentage of emails that didn't arrive in
     * recipients' inboxes at all during the predictive inbox placement test. */
    bool has_missing_percentage;
    double missing_percentage;
    /* SpfPercentage: The percentage of emails that were authenticated by using
     * Sender Policy Framework (SPF) during the predictive inbox placement test. */
    bool has_spf_percentage;
    double spf_percentage;
    /* DkimPercentage: The percentage of emails that were authenticated by using
     * DomainKeys Identified Mail (DKIM) during the predictive inbox placement
     * test. */
    bool has_dkim_percentage;
    double dkim_percentage;
};

/*
 * The pricing attributes that apply to your Amazon SES account, including the
 * currently active pricing plan and any scheduled change for the next billing
 * cycle.
 */
struct awsc_sesv2_pricing_attributes {
    /* CurrentPlan: The pricing plan that is currently active on your Amazon SES
     * account. One of enum awsc_sesv2_pricing_plan's values (as its string). */
    const char *current_plan;
    /* NextPlan: The pricing plan that will become active at the start of the next
     * billing cycle, if a scheduled change has been requested. This field is empty
     * when no scheduled change is pending. One of enum awsc_sesv2_pricing_plan's
     * values (as its string). */
    const char *next_plan;
};

/*
 * A request to enable or disable the automatic IP address warm-up feature.
 */
struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input {
    /* AutoWarmupEnabled: Enables or disables the automatic warm-up feature for
     * dedicated IP addresses that are associated with your Amazon SES account in
     * the current Amazon Web Services Region. */
    bool has_auto_warmup_enabled;
    bool auto_warmup_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to submit new account details.
 */
struct awsc_sesv2_put_account_details_input {
    /* MailType: The type of email your account will send. Required. One of enum
     * awsc_sesv2_mail_type's values (as its string). */
    const char *mail_type;
    /* WebsiteURL: The URL of your website. This information helps us better
     * understand the type of content that you plan to send. Required. */
    const char *website_url;
    /* ContactLanguage: The language you would prefer to be contacted with. One of
     * enum awsc_sesv2_contact_language's values (as its string). */
    const char *contact_language;
    /* UseCaseDescription: A description of the types of email that you plan to
     * send. */
    const char *use_case_description;
    /* AdditionalContactEmailAddresses: Additional email addresses that you would
     * like to be notified regarding Amazon SES matters. */
    struct awsc_sesv2_email_address_list additional_contact_email_addresses;
    /* ProductionAccessEnabled: Indicates whether or not your account should have
     * production access in the current Amazon Web Services Region. */
    bool has_production_access_enabled;
    bool production_access_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_account_details_output {
    char unused_; /* no members */
};

/*
 * A request to set the pricing plan for your Amazon SES account.
 */
struct awsc_sesv2_put_account_pricing_attributes_input {
    /* Plan: The pricing plan to apply to your Amazon SES account. Can be one of
     * the following: NONE – No pricing plan is applied; billing follows
     * per-feature pricing. Required. One of enum awsc_sesv2_pricing_plan's values
     * (as its string). */
    const char *plan;
};

/*
 * An HTTP 200 response if the request succeeds, or an error response if the
 * request fails.
 */
struct awsc_sesv2_put_account_pricing_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to change the ability of your account to send email.
 */
struct awsc_sesv2_put_account_sending_attributes_input {
    /* SendingEnabled: Enables or disables your account's ability to send email.
     * Set to true to enable email sending, or set to false to disable email
     * sending. */
    bool has_sending_enabled;
    bool sending_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_account_sending_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to change your account's suppression preferences.
 */
struct awsc_sesv2_put_account_suppression_attributes_input {
    /* SuppressedReasons: A list that contains the reasons that email addresses
     * will be automatically added to the suppression list for your account. */
    struct awsc_sesv2_email_address_list suppressed_reasons;
    /* ValidationAttributes: An object that contains additional suppression
     * attributes for your account. */
    struct awsc_sesv2_suppression_validation_attributes *validation_attributes;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_account_suppression_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to submit new account VDM attributes.
 */
struct awsc_sesv2_put_account_vdm_attributes_input {
    /* VdmAttributes: The VDM attributes that you wish to apply to your Amazon SES
     * account. Required. */
    struct awsc_sesv2_vdm_attributes *vdm_attributes;
};

/* PutAccountVdmAttributesResponse */
struct awsc_sesv2_put_account_vdm_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to associate a configuration set with a MailManager archive.
 */
struct awsc_sesv2_put_configuration_set_archiving_options_input {
    /* ConfigurationSetName: The name of the configuration set to associate with a
     * MailManager archive. Required. */
    const char *configuration_set_name;
    /* ArchiveArn: The Amazon Resource Name (ARN) of the MailManager archive that
     * the Amazon SES API v2 sends email to. */
    const char *archive_arn;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_archiving_options_output {
    char unused_; /* no members */
};

/*
 * A request to associate a configuration set with a dedicated IP pool.
 */
struct awsc_sesv2_put_configuration_set_delivery_options_input {
    /* ConfigurationSetName: The name of the configuration set to associate with a
     * dedicated IP pool. Required. */
    const char *configuration_set_name;
    /* TlsPolicy: Specifies whether messages that use the configuration set are
     * required to use Transport Layer Security (TLS). One of enum
     * awsc_sesv2_tls_policy's values (as its string). */
    const char *tls_policy;
    /* SendingPoolName: The name of the dedicated IP pool to associate with the
     * configuration set. */
    const char *sending_pool_name;
    /* MaxDeliverySeconds: The maximum amount of time, in seconds, that Amazon SES
     * API v2 will attempt delivery of email. */
    bool has_max_delivery_seconds;
    int64_t max_delivery_seconds;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_delivery_options_output {
    char unused_; /* no members */
};

/*
 * A request to enable or disable tracking of reputation metrics for a
 * configuration set.
 */
struct awsc_sesv2_put_configuration_set_reputation_options_input {
    /* ConfigurationSetName: The name of the configuration set. Required. */
    const char *configuration_set_name;
    /* ReputationMetricsEnabled: If true , tracking of reputation metrics is
     * enabled for the configuration set. If false , tracking of reputation metrics
     * is disabled for the configuration set. */
    bool has_reputation_metrics_enabled;
    bool reputation_metrics_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_reputation_options_output {
    char unused_; /* no members */
};

/*
 * A request to enable or disable the ability of Amazon SES to send emails that
 * use a specific configuration set.
 */
struct awsc_sesv2_put_configuration_set_sending_options_input {
    /* ConfigurationSetName: The name of the configuration set to enable or disable
     * email sending for. Required. */
    const char *configuration_set_name;
    /* SendingEnabled: If true , email sending is enabled for the configuration
     * set. If false , email sending is disabled for the configuration set. */
    bool has_sending_enabled;
    bool sending_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_sending_options_output {
    char unused_; /* no members */
};

/*
 * A request to change the suppression list preferences for a specific
 * configuration set.
 */
struct awsc_sesv2_put_configuration_set_suppression_options_input {
    /* ConfigurationSetName: The name of the configuration set to change the
     * suppression list preferences for. Required. */
    const char *configuration_set_name;
    /* SuppressionScope: The suppression scope for the configuration set. This
     * overrides the tenant or account suppression scope for emails sent using this
     * configuration set. One of enum awsc_sesv2_suppression_list_scope's values
     * (as its string). */
    const char *suppression_scope;
    /* SuppressedReasons: A list that contains the reasons that email addresses are
     * automatically added to the suppression list for your account or for a
     * specific tenant. */
    struct awsc_sesv2_email_address_list suppressed_reasons;
    /* ValidationOptions: An object that contains information about the email
     * address suppression preferences for the configuration set in the current
     * Amazon Web Services Region. */
    struct awsc_sesv2_suppression_validation_options *validation_options;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_suppression_options_output {
    char unused_; /* no members */
};

/*
 * A request to add a custom domain for tracking open and click events to a
 * configuration set.
 */
struct awsc_sesv2_put_configuration_set_tracking_options_input {
    /* ConfigurationSetName: The name of the configuration set. Required. */
    const char *configuration_set_name;
    /* CustomRedirectDomain: The domain to use to track open and click events. */
    const char *custom_redirect_domain;
    /* HttpsPolicy:  One of enum awsc_sesv2_https_policy's values (as its string). */
    const char *https_policy;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_tracking_options_output {
    char unused_; /* no members */
};

/*
 * A request to add specific VDM settings to a configuration set.
 */
struct awsc_sesv2_put_configuration_set_vdm_options_input {
    /* ConfigurationSetName: The name of the configuration set. Required. */
    const char *configuration_set_name;
    /* VdmOptions: The VDM options to apply to the configuration set. */
    struct awsc_sesv2_vdm_options *vdm_options;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_configuration_set_vdm_options_output {
    char unused_; /* no members */
};

/*
 * A request to move a dedicated IP address to a dedicated IP pool.
 */
struct awsc_sesv2_put_dedicated_ip_in_pool_input {
    /* Ip: The IP address that you want to move to the dedicated IP pool. The value
     * you specify has to be a dedicated IP address that's associated with your
     * Amazon Web Services account. Required. */
    const char *ip;
    /* DestinationPoolName: The name of the IP pool that you want to add the
     * dedicated IP address to. You have to specify an IP pool that already exists.
     * Required. */
    const char *destination_pool_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_dedicated_ip_in_pool_output {
    char unused_; /* no members */
};

/*
 * A request to convert a dedicated IP pool to a different scaling mode.
 */
struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input {
    /* PoolName: The name of the dedicated IP pool. Required. */
    const char *pool_name;
    /* ScalingMode: The scaling mode to apply to the dedicated IP pool. Changing
     * the scaling mode from MANAGED to STANDARD is not supported. Required. One of
     * enum awsc_sesv2_scaling_mode's values (as its string). */
    const char *scaling_mode;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to change the warm-up attributes for a dedicated IP address. This
 * operation is useful when you want to resume the warm-up process for an
 * existing IP address.
 */
struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input {
    /* Ip: The dedicated IP address that you want to update the warm-up attributes
     * for. Required. */
    const char *ip;
    /* WarmupPercentage: The warm-up percentage that you want to associate with the
     * dedicated IP address. Required. */
    bool has_warmup_percentage;
    int32_t warmup_percentage;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output {
    char unused_; /* no members */
};

/*
 * Enable or disable the Deliverability dashboard. When you enable the
 * Deliverability dashboard, you gain access to reputation, deliverability, and
 * other metrics for the domains that you use to send email using Amazon SES
 * API v2. You also gain the ability to perform predictive inbox placement
 * tests.
 */
struct awsc_sesv2_put_deliverability_dashboard_option_input {
    /* DashboardEnabled: Specifies whether to enable the Deliverability dashboard.
     * To enable the dashboard, set this value to true . Required. */
    bool has_dashboard_enabled;
    bool dashboard_enabled;
    /* SubscribedDomains: An array of objects, one for each verified domain that
     * you use to send email and enabled the Deliverability dashboard for. */
    struct awsc_sesv2_domain_deliverability_tracking_options subscribed_domains;
};

/*
 * A response that indicates whether the Deliverability dashboard is enabled.
 */
struct awsc_sesv2_put_deliverability_dashboard_option_output {
    char unused_; /* no members */
};

/*
 * A request to associate a configuration set with an email identity.
 */
struct awsc_sesv2_put_email_identity_configuration_set_attributes_input {
    /* EmailIdentity: The email address or domain to associate with a configuration
     * set. Required. */
    const char *email_identity;
    /* ConfigurationSetName: The configuration set to associate with an email
     * identity. */
    const char *configuration_set_name;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_put_email_identity_configuration_set_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to enable or disable DKIM signing of email that you send from an
 * email identity.
 */
struct awsc_sesv2_put_email_identity_dkim_attributes_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
    /* SigningEnabled: Sets the DKIM signing configuration for the identity. */
    bool has_signing_enabled;
    bool signing_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_email_identity_dkim_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to change the DKIM attributes for an email identity.
 */
struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
    /* SigningAttributesOrigin: The method to use to configure DKIM for the
     * identity. There are the following possible values: AWS_SES – Configure DKIM
     * for the identity by using Easy DKIM . Required. One of enum
     * awsc_sesv2_dkim_signing_attributes_origin's values (as its string). */
    const char *signing_attributes_origin;
    /* SigningAttributes: An object that contains information about the private key
     * and selector that you want to use to configure DKIM for the identity for
     * Bring Your Own DKIM (BYODKIM) for the identity, or, configures the ... */
    struct awsc_sesv2_dkim_signing_attributes *signing_attributes;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response.
 */
struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output {
    /* DkimStatus: The DKIM authentication status of the identity. Amazon SES
     * determines the authentication status by searching for specific records in
     * the DNS configuration for your domain. One of enum awsc_sesv2_dkim_status's
     * values (as its string). */
    const char *dkim_status;
    /* DkimTokens: If you used Easy DKIM to configure DKIM authentication for the
     * domain, then this object contains a set of unique strings that you use to
     * create a set of CNAME records that you add to the DNS ... */
    struct awsc_sesv2_email_address_list dkim_tokens;
    /* SigningHostedZone: The hosted zone where Amazon SES publishes the DKIM
     * public key TXT records for this email identity. */
    const char *signing_hosted_zone;
};

/*
 * A request to set the attributes that control how bounce and complaint events
 * are processed.
 */
struct awsc_sesv2_put_email_identity_feedback_attributes_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
    /* EmailForwardingEnabled: Sets the feedback forwarding configuration for the
     * identity. */
    bool has_email_forwarding_enabled;
    bool email_forwarding_enabled;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_email_identity_feedback_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to configure the custom MAIL FROM domain for a verified identity.
 */
struct awsc_sesv2_put_email_identity_mail_from_attributes_input {
    /* EmailIdentity: The verified email identity. Required. */
    const char *email_identity;
    /* MailFromDomain: The custom MAIL FROM domain that you want the verified
     * identity to use. The MAIL FROM domain must meet the following criteria: It
     * has to be a subdomain of the verified identity. */
    const char *mail_from_domain;
    /* BehaviorOnMxFailure: The action to take if the required MX record isn't
     * found when you send an email. When you set this value to UseDefaultValue ,
     * the mail is sent using amazonses.com as the MAIL FROM domain. One of enum
     * awsc_sesv2_behavior_on_mx_failure's values (as its string). */
    const char *behavior_on_mx_failure;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_email_identity_mail_from_attributes_output {
    char unused_; /* no members */
};

/*
 * A request to add an email destination to the suppression list for your
 * account or for a specific tenant.
 */
struct awsc_sesv2_put_suppressed_destination_input {
    /* EmailAddress: The email address that should be added to the suppression list
     * for your account or for the specified tenant. Required. */
    const char *email_address;
    /* Reason: The factors that should cause the email address to be added to the
     * suppression list for your account or for the specified tenant. Required. One
     * of enum awsc_sesv2_suppression_list_reason's values (as its string). */
    const char *reason;
    /* TenantName: The name of the tenant whose suppression list you want to add
     * the address to. If you omit this parameter, the address is added to the
     * account-level suppression list. */
    const char *tenant_name;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_put_suppressed_destination_output {
    char unused_; /* no members */
};

/*
 * A request to configure the suppression list preferences for a tenant.
 */
struct awsc_sesv2_put_tenant_suppression_attributes_input {
    /* TenantName: The name of the tenant to configure suppression list preferences
     * for. Required. */
    const char *tenant_name;
    /* SuppressedReasons: A list that contains the reasons that email addresses are
     * automatically added to the suppression list for the tenant. */
    struct awsc_sesv2_email_address_list suppressed_reasons;
    /* SuppressionScope: The suppression scope for the tenant. Specify TENANT to
     * use the tenant's own suppression list, or ACCOUNT to use the account-level
     * suppression list. One of enum awsc_sesv2_suppression_list_scope's values (as
     * its string). */
    const char *suppression_scope;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_put_tenant_suppression_attributes_output {
    char unused_; /* no members */
};

/*
 * Represents the raw content of an email message.
 */
struct awsc_sesv2_raw_message {
    /* Data: The raw email message. The message has to meet the following criteria:
     * The message has to contain a header and a body, separated by one blank line.
     * Required. */
    struct awsc_blob data;
};

/*
 * A recommendation generated for your account.
 */
struct awsc_sesv2_recommendation {
    /* ResourceArn: The resource affected by the recommendation, with values like
     * arn:aws:ses:us-east-1:123456789012:identity/example.com . */
    const char *resource_arn;
    /* Type: The recommendation type, with values like DKIM , SPF , DMARC , BIMI ,
     * or COMPLAINT . One of enum awsc_sesv2_recommendation_type's values (as its
     * string). */
    const char *type;
    /* Description: The recommendation description / disambiguator - e.g. DKIM1 and
     * DKIM2 are different recommendations about your DKIM setup. */
    const char *description;
    /* Status: The recommendation status, with values like OPEN or FIXED . One of
     * enum awsc_sesv2_recommendation_status's values (as its string). */
    const char *status;
    /* CreatedTimestamp: The first time this issue was encountered and the
     * recommendation was generated. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* LastUpdatedTimestamp: The last time the recommendation was updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
    /* Impact: The recommendation impact, with values like HIGH or LOW . One of
     * enum awsc_sesv2_recommendation_impact's values (as its string). */
    const char *impact;
};

/*
 * The ReplaceEmailContent object to be used for a specific BulkEmailEntry .
 * The ReplacementTemplate can be specified within this object.
 */
struct awsc_sesv2_replacement_email_content {
    /* ReplacementTemplate: The ReplacementTemplate associated with
     * ReplacementEmailContent . */
    struct awsc_sesv2_replacement_template *replacement_template;
};

/*
 * An object which contains ReplacementTemplateData to be used for a specific
 * BulkEmailEntry .
 */
struct awsc_sesv2_replacement_template {
    /* ReplacementTemplateData: A list of replacement values to apply to the
     * template. This parameter is a JSON object, typically consisting of key-value
     * pairs in which the keys correspond to replacement tags in the email
     * template. */
    const char *replacement_template_data;
};

/*
 * An object that contains information about a reputation entity, including its
 * reference, type, policy, status records, and reputation impact.
 */
struct awsc_sesv2_reputation_entity {
    /* ReputationEntityReference: The unique identifier for the reputation entity.
     * For resource-type entities, this is the Amazon Resource Name (ARN) of the
     * resource. */
    const char *reputation_entity_reference;
    /* ReputationEntityType: The type of reputation entity. Currently, only
     * RESOURCE type entities are supported. One of enum
     * awsc_sesv2_reputation_entity_type's values (as its string). */
    const char *reputation_entity_type;
    /* ReputationManagementPolicy: The Amazon Resource Name (ARN) of the reputation
     * management policy applied to this entity. This is an Amazon Web Services
     * Amazon SES-managed policy. */
    const char *reputation_management_policy;
    /* CustomerManagedStatus: The customer-managed status record for this
     * reputation entity, including the current status, cause description, and last
     * updated timestamp. */
    struct awsc_sesv2_status_record *customer_managed_status;
    /* AwsSesManagedStatus: The Amazon Web Services Amazon SES-managed status
     * record for this reputation entity, including the current status, cause
     * description, and last updated timestamp. */
    struct awsc_sesv2_status_record *aws_ses_managed_status;
    /* SendingStatusAggregate: The aggregate sending status that determines whether
     * the entity is allowed to send emails. This status is derived from both the
     * customer-managed and Amazon Web Services Amazon SES-managed statuses. One of
     * enum awsc_sesv2_sending_status's values (as its string). */
    const char *sending_status_aggregate;
    /* ReputationImpact: The reputation impact level for this entity, representing
     * the highest impact reputation finding currently active. Reputation findings
     * can be retrieved using the ListRecommendations operation. One of enum
     * awsc_sesv2_recommendation_impact's values (as its string). */
    const char *reputation_impact;
};

/*
 * Enable or disable collection of reputation metrics for emails that you send
 * using this configuration set in the current Amazon Web Services Region.
 */
struct awsc_sesv2_reputation_options {
    /* ReputationMetricsEnabled: If true , tracking of reputation metrics is
     * enabled for the configuration set. If false , tracking of reputation metrics
     * is disabled for the configuration set. */
    bool has_reputation_metrics_enabled;
    bool reputation_metrics_enabled;
    /* LastFreshStart: The date and time (in Unix time) when the reputation metrics
     * were last given a fresh start. */
    bool has_last_fresh_start;
    struct awsc_timestamp last_fresh_start;
};

/*
 * A structure that contains information about a tenant associated with a
 * resource.
 */
struct awsc_sesv2_resource_tenant_metadata {
    /* TenantName: The name of the tenant associated with the resource. */
    const char *tenant_name;
    /* TenantId: A unique identifier for the tenant associated with the resource. */
    const char *tenant_id;
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource. */
    const char *resource_arn;
    /* AssociatedTimestamp: The date and time when the resource was associated with
     * the tenant. */
    bool has_associated_timestamp;
    struct awsc_timestamp associated_timestamp;
};

/*
 * An object that contains information about your account details review.
 */
struct awsc_sesv2_review_details {
    /* Status: The status of the latest review of your account. The status can be
     * one of the following: PENDING – We have received your appeal and are in the
     * process of reviewing it. One of enum awsc_sesv2_review_status's values (as
     * its string). */
    const char *status;
    /* CaseId: The associated support center case ID (if any). */
    const char *case_id;
};

/*
 * An object which contains an AWS-Region and routing status.
 */
struct awsc_sesv2_route {
    /* Region: The name of an AWS-Region. Required. */
    const char *region;
};

/*
 * An object that contains route configuration. Includes secondary region name.
 */
struct awsc_sesv2_route_details {
    /* Region: The name of an AWS-Region to be a secondary region for the
     * multi-region endpoint (global-endpoint). Required. */
    const char *region;
};

/*
 * An object that contains information about the start of authority (SOA)
 * record associated with the identity.
 */
struct awsc_sesv2_soa_record {
    /* PrimaryNameServer: Primary name server specified in the SOA record. */
    const char *primary_name_server;
    /* AdminEmail: Administrative contact email from the SOA record. */
    const char *admin_email;
    /* SerialNumber: Serial number from the SOA record. */
    bool has_serial_number;
    int64_t serial_number;
};

/*
 * Represents a request to send email messages to multiple destinations using
 * Amazon SES. For more information, see the Amazon SES Developer Guide .
 */
struct awsc_sesv2_send_bulk_email_input {
    /* FromEmailAddress: The email address to use as the "From" address for the
     * email. The address that you specify has to be verified. */
    const char *from_email_address;
    /* FromEmailAddressIdentityArn: This parameter is used only for sending
     * authorization. It is the ARN of the identity that is associated with the
     * sending authorization policy that permits you to use the email address
     * specified in ... */
    const char *from_email_address_identity_arn;
    /* ReplyToAddresses: The "Reply-to" email addresses for the message. When the
     * recipient replies to the message, each Reply-to address receives the reply. */
    struct awsc_sesv2_email_address_list reply_to_addresses;
    /* FeedbackForwardingEmailAddress: The address that you want bounce and
     * complaint notifications to be sent to. */
    const char *feedback_forwarding_email_address;
    /* FeedbackForwardingEmailAddressIdentityArn: This parameter is used only for
     * sending authorization. It is the ARN of the identity that is associated with
     * the sending authorization policy that permits you to use the email address
     * specified in ... */
    const char *feedback_forwarding_email_address_identity_arn;
    /* DefaultEmailTags: A list of tags, in the form of name/value pairs, to apply
     * to an email that you send using the SendEmail operation. */
    struct awsc_sesv2_message_tag_list default_email_tags;
    /* DefaultContent: An object that contains the body of the message. You can
     * specify a template message. Required. */
    struct awsc_sesv2_bulk_email_content *default_content;
    /* BulkEmailEntries: The list of bulk email entry objects. Required. */
    struct awsc_sesv2_bulk_email_entry_list bulk_email_entries;
    /* ConfigurationSetName: The name of the configuration set to use when sending
     * the email. */
    const char *configuration_set_name;
    /* EndpointId: The ID of the multi-region endpoint (global-endpoint). */
    const char *endpoint_id;
    /* TenantName: The name of the tenant through which this bulk email will be
     * sent. The email sending operation will only succeed if all referenced
     * resources (identities, configuration sets, and templates) are ... */
    const char *tenant_name;
};

/*
 * The following data is returned in JSON format by the service.
 */
struct awsc_sesv2_send_bulk_email_output {
    /* BulkEmailEntryResults: One object per intended recipient. Check each
     * response object and retry any messages with a failure status. Required. */
    struct awsc_sesv2_bulk_email_entry_result_list bulk_email_entry_results;
};

/*
 * Represents a request to send a custom verification email to a specified
 * recipient.
 */
struct awsc_sesv2_send_custom_verification_email_input {
    /* EmailAddress: The email address to verify. Required. */
    const char *email_address;
    /* TemplateName: The name of the custom verification email template to use when
     * sending the verification email. Required. */
    const char *template_name;
    /* ConfigurationSetName: Name of a configuration set to use when sending the
     * verification email. */
    const char *configuration_set_name;
};

/*
 * The following element is returned by the service.
 */
struct awsc_sesv2_send_custom_verification_email_output {
    /* MessageId: The unique message identifier returned from the
     * SendCustomVerificationEmail operation. */
    const char *message_id;
};

/*
 * Represents a request to send a single formatted email using Amazon SES. For
 * more information, see the Amazon SES Developer Guide .
 */
struct awsc_sesv2_send_email_input {
    /* FromEmailAddress: The email address to use as the "From" address for the
     * email. The address that you specify has to be verified. */
    const char *from_email_address;
    /* FromEmailAddressIdentityArn: This parameter is used only for sending
     * authorization. It is the ARN of the identity that is associated with the
     * sending authorization policy that permits you to use the email address
     * specified in ... */
    const char *from_email_address_identity_arn;
    /* Destination: An object that contains the recipients of the email message. */
    struct awsc_sesv2_destination *destination;
    /* ReplyToAddresses: The "Reply-to" email addresses for the message. When the
     * recipient replies to the message, each Reply-to address receives the reply. */
    struct awsc_sesv2_email_address_list reply_to_addresses;
    /* FeedbackForwardingEmailAddress: The address that you want bounce and
     * complaint notifications to be sent to. */
    const char *feedback_forwarding_email_address;
    /* FeedbackForwardingEmailAddressIdentityArn: This parameter is used only for
     * sending authorization. It is the ARN of the identity that is associated with
     * the sending authorization policy that permits you to use the email address
     * specified in ... */
    const char *feedback_forwarding_email_address_identity_arn;
    /* Content: An object that contains the body of the message. You can send
     * either a Simple message, Raw message, or a Templated message. Required. */
    struct awsc_sesv2_email_content *content;
    /* EmailTags: A list of tags, in the form of name/value pairs, to apply to an
     * email that you send using the SendEmail operation. */
    struct awsc_sesv2_message_tag_list email_tags;
    /* ConfigurationSetName: The name of the configuration set to use when sending
     * the email. */
    const char *configuration_set_name;
    /* EndpointId: The ID of the multi-region endpoint (global-endpoint). */
    const char *endpoint_id;
    /* TenantName: The name of the tenant through which this email will be sent.
     * The email sending operation will only succeed if all referenced resources
     * (identities, configuration sets, and templates) are associated ... */
    const char *tenant_name;
    /* ListManagementOptions: An object used to specify a list or topic to which an
     * email belongs, which will be used when a contact chooses to unsubscribe. */
    struct awsc_sesv2_list_management_options *list_management_options;
};

/*
 * A unique message ID that you receive when an email is accepted for sending.
 */
struct awsc_sesv2_send_email_output {
    /* MessageId: A unique identifier for the message that is generated when the
     * message is accepted. It's possible for Amazon SES to accept a message
     * without sending it. */
    const char *message_id;
};

/*
 * An object that contains information about the per-day and per-second sending
 * limits for your Amazon SES account in the current Amazon Web Services
 * Region.
 */
struct awsc_sesv2_send_quota {
    /* Max24HourSend: The maximum number of emails that you can send in the current
     * Amazon Web Services Region over a 24-hour period. A value of -1 signifies an
     * unlimited quota. */
    bool has_max24_hour_send;
    double max24_hour_send;
    /* MaxSendRate: The maximum number of emails that you can send per second in
     * the current Amazon Web Services Region. */
    bool has_max_send_rate;
    double max_send_rate;
    /* SentLast24Hours: The number of emails sent from your Amazon SES account in
     * the current Amazon Web Services Region over the past 24 hours. */
    bool has_sent_last24_hours;
    double sent_last24_hours;
};

/*
 * Used to enable or disable email sending for messages that use this
 * configuration set in the current Amazon Web Services Region.
 */
struct awsc_sesv2_sending_options {
    /* SendingEnabled: If true , email sending is enabled for the configuration
     * set. If false , email sending is disabled for the configuration set. */
    bool has_sending_enabled;
    bool sending_enabled;
};

/*
 * The message can't be sent because the account's ability to send email is
 * currently paused.
 */
struct awsc_sesv2_sending_paused_exception {
    char unused_; /* no members */
};

/*
 * An object that defines an Amazon SNS destination for email events. You can
 * use Amazon SNS to send notifications when certain email events occur.
 */
struct awsc_sesv2_sns_destination {
    /* TopicArn: The Amazon Resource Name (ARN) of the Amazon SNS topic to publish
     * email events to. For more information about Amazon SNS topics, see the
     * Amazon SNS Developer Guide . Required. */
    const char *topic_arn;
};

/*
 * An object that contains status information for a reputation entity,
 * including the current status, cause description, and timestamp.
 */
struct awsc_sesv2_status_record {
    /* Status: The current sending status. This can be one of the following:
     * ENABLED – Sending is allowed. DISABLED – Sending is prevented. REINSTATED –
     * Sending is allowed even with active reputation findings. One of enum
     * awsc_sesv2_sending_status's values (as its string). */
    const char *status;
    /* Cause: A description of the reason for the current status, or null if no
     * specific cause is available. */
    const char *cause;
    /* LastUpdatedTimestamp: The timestamp when this status was last updated. */
    bool has_last_updated_timestamp;
    struct awsc_timestamp last_updated_timestamp;
};

/*
 * An object that contains information about an email address that is on the
 * suppression list for your account or for a specific tenant.
 */
struct awsc_sesv2_suppressed_destination {
    /* EmailAddress: The email address that is on the suppression list for your
     * account or for a specific tenant. Required. */
    const char *email_address;
    /* Reason: The reason that the address was added to the suppression list for
     * your account or for a specific tenant. Required. One of enum
     * awsc_sesv2_suppression_list_reason's values (as its string). */
    const char *reason;
    /* LastUpdateTime: The date and time when the suppressed destination was last
     * updated, shown in Unix time format. Required. */
    bool has_last_update_time;
    struct awsc_timestamp last_update_time;
    /* Attributes: An optional value that can contain additional information about
     * the reasons that the address was added to the suppression list for your
     * account or for a specific tenant. */
    struct awsc_sesv2_suppressed_destination_attributes *attributes;
    /* TenantName: The name of the tenant that the suppressed destination belongs
     * to. This field is present only when the suppressed destination is on a
     * tenant's suppression list. */
    const char *tenant_name;
};

/*
 * An object that contains additional attributes that are related an email
 * address that is on the suppression list for your account or for a specific
 * tenant.
 */
struct awsc_sesv2_suppressed_destination_attributes {
    /* MessageId: The unique identifier of the email message that caused the email
     * address to be added to the suppression list for your account or for a
     * specific tenant. */
    const char *message_id;
    /* FeedbackId: A unique identifier that's generated when an email address is
     * added to the suppression list for your account or for a specific tenant. */
    const char *feedback_id;
};

/*
 * A summary that describes the suppressed email address.
 */
struct awsc_sesv2_suppressed_destination_summary {
    /* EmailAddress: The email address that's on the suppression list for your
     * account or for a specific tenant. Required. */
    const char *email_address;
    /* Reason: The reason that the address was added to the suppression list for
     * your account or for a specific tenant. Required. One of enum
     * awsc_sesv2_suppression_list_reason's values (as its string). */
    const char *reason;
    /* LastUpdateTime: The date and time when the suppressed destination was last
     * updated, shown in Unix time format. Required. */
    bool has_last_update_time;
    struct awsc_timestamp last_update_time;
};

/*
 * An object that contains information about the email address suppression
 * preferences for your account in the current Amazon Web Services Region.
 */
struct awsc_sesv2_suppression_attributes {
    /* SuppressedReasons: A list that contains the reasons that email addresses
     * will be automatically added to the suppression list for your account. */
    struct awsc_sesv2_email_address_list suppressed_reasons;
    /* ValidationAttributes: */
    struct awsc_sesv2_suppression_validation_attributes *validation_attributes;
};

/*
 * Contains Auto Validation settings, allowing you to suppress sending to
 * specific destination(s) if they do not meet required threshold. For details
 * on Auto Validation, see Auto Validation .
 */
struct awsc_sesv2_suppression_condition_threshold {
    /* ConditionThresholdEnabled: Indicates whether Auto Validation is enabled for
     * suppression. Set to ENABLED to enable the Auto Validation feature, or set to
     * DISABLED to disable it. Required. One of enum awsc_sesv2_feature_status's
     * values (as its string). */
    const char *condition_threshold_enabled;
    /* OverallConfidenceThreshold: The overall confidence threshold used to
     * determine suppression decisions. */
    struct awsc_sesv2_suppression_confidence_threshold *overall_confidence_threshold;
};

/*
 * Contains the confidence threshold settings for Auto Validation.
 */
struct awsc_sesv2_suppression_confidence_threshold {
    /* ConfidenceVerdictThreshold: The confidence level threshold for suppression
     * decisions. Required. One of enum
     * awsc_sesv2_suppression_confidence_verdict_threshold's values (as its
     * string). */
    const char *confidence_verdict_threshold;
};

/*
 * An object that contains details about the action of suppression list.
 */
struct awsc_sesv2_suppression_list_destination {
    /* SuppressionListImportAction: The type of action to perform on the address.
     * The following are possible values: PUT: add the addresses to the suppression
     * list. If the record already exists, it will override it with the new value.
     * Required. One of enum awsc_sesv2_suppression_list_import_action's values (as
     * its string). */
    const char *suppression_list_import_action;
};

/*
 * An object that contains information about the suppression list preferences
 * for your account or for a specific tenant.
 */
struct awsc_sesv2_suppression_options {
    /* SuppressedReasons: A list that contains the reasons that email addresses are
     * automatically added to the suppression list for your account or for a
     * specific tenant. */
    struct awsc_sesv2_email_address_list suppressed_reasons;
    /* SuppressionScope: The suppression scope for the configuration set. This
     * overrides the tenant or account suppression scope for emails sent using this
     * configuration set. One of enum awsc_sesv2_suppression_list_scope's values
     * (as its string). */
    const char *suppression_scope;
    /* ValidationOptions: */
    struct awsc_sesv2_suppression_validation_options *validation_options;
};

/*
 * Structure containing validation attributes used for suppressing sending to
 * specific destination on account level.
 */
struct awsc_sesv2_suppression_validation_attributes {
    /* ConditionThreshold: Specifies the condition threshold settings for
     * account-level suppression. Required. */
    struct awsc_sesv2_suppression_condition_threshold *condition_threshold;
};

/*
 * Contains validation options for email address suppression.
 */
struct awsc_sesv2_suppression_validation_options {
    /* ConditionThreshold: Specifies the condition threshold settings for
     * suppression validation. Required. */
    struct awsc_sesv2_suppression_condition_threshold *condition_threshold;
};

/*
 * An object that defines the tags that are associated with a resource. A tag
 * is a label that you optionally define and associate with a resource. Tags
 * can help you categorize and manage resources in different ways, such as by
 * purpose, owner, environment, or other criteria.
 */
struct awsc_sesv2_tag {
    /* Key: One part of a key-value pair that defines a tag. The maximum length of
     * a tag key is 128 characters. The minimum length is 1 character. Required. */
    const char *key;
    /* Value: The optional part of a key-value pair that defines a tag. The maximum
     * length of a tag value is 256 characters. The minimum length is 0 characters.
     * Required. */
    const char *value;
};

/* TagResourceRequest */
struct awsc_sesv2_tag_resource_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource that you want to
     * add one or more tags to. Required. */
    const char *resource_arn;
    /* Tags: A list of the tags that you want to add to the resource. A tag
     * consists of a required tag key ( Key ) and an associated tag value ( Value
     * ). The maximum length of a tag key is 128 characters. Required. */
    struct awsc_sesv2_tag_list tags;
};

/* TagResourceResponse */
struct awsc_sesv2_tag_resource_output {
    char unused_; /* no members */
};

/*
 * An object that defines the email template to use for an email message, and
 * the values to use for any message variables in that template. An email
 * template is a type of message template that contains content that you want
 * to reuse in email messages that you send.
 */
struct awsc_sesv2_template {
    /* TemplateName: The name of the template. You will refer to this name when you
     * send email using the SendEmail or SendBulkEmail operations. */
    const char *template_name;
    /* TemplateArn: The Amazon Resource Name (ARN) of the template. */
    const char *template_arn;
    /* TemplateContent: The content of the template. Amazon SES supports only
     * simple substitions when you send email using the SendEmail or SendBulkEmail
     * operations and you provide the full template content in the request. */
    struct awsc_sesv2_email_template_content *template_content;
    /* TemplateData: An object that defines the values to use for message variables
     * in the template. This object is a set of key-value pairs. Each key defines a
     * message variable in the template. */
    const char *template_data;
    /* Headers: The list of message headers that will be added to the email
     * message. */
    struct awsc_sesv2_message_header_list headers;
    /* Attachments: The List of attachments to include in your email. All
     * recipients will receive the same attachments. */
    struct awsc_sesv2_attachment_list attachments;
};

/*
 * A structure that contains details about a tenant.
 */
struct awsc_sesv2_tenant {
    /* TenantName: The name of the tenant. */
    const char *tenant_name;
    /* TenantId: A unique identifier for the tenant. */
    const char *tenant_id;
    /* TenantArn: The Amazon Resource Name (ARN) of the tenant. */
    const char *tenant_arn;
    /* CreatedTimestamp: The date and time when the tenant was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
    /* Tags: An array of objects that define the tags (keys and values) associated
     * with the tenant. */
    struct awsc_sesv2_tag_list tags;
    /* SendingStatus: The status of sending capability for the tenant. One of enum
     * awsc_sesv2_sending_status's values (as its string). */
    const char *sending_status;
    /* SuppressionAttributes: An object that contains information about the
     * suppression list preferences for the tenant. */
    struct awsc_sesv2_tenant_suppression_attributes *suppression_attributes;
};

/*
 * A structure that contains basic information about a tenant.
 */
struct awsc_sesv2_tenant_info {
    /* TenantName: The name of the tenant. */
    const char *tenant_name;
    /* TenantId: A unique identifier for the tenant. */
    const char *tenant_id;
    /* TenantArn: The Amazon Resource Name (ARN) of the tenant. */
    const char *tenant_arn;
    /* CreatedTimestamp: The date and time when the tenant was created. */
    bool has_created_timestamp;
    struct awsc_timestamp created_timestamp;
};

/*
 * A structure that contains information about a resource associated with a
 * tenant.
 */
struct awsc_sesv2_tenant_resource {
    /* ResourceType: The type of resource associated with the tenant. Valid values
     * are EMAIL_IDENTITY , CONFIGURATION_SET , or EMAIL_TEMPLATE . One of enum
     * awsc_sesv2_resource_type's values (as its string). */
    const char *resource_type;
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource associated with
     * the tenant. */
    const char *resource_arn;
};

/*
 * An object that contains the suppression list preferences for a tenant.
 */
struct awsc_sesv2_tenant_suppression_attributes {
    /* SuppressedReasons: A list that contains the reasons that email addresses are
     * automatically added to the suppression list for the tenant. */
    struct awsc_sesv2_email_address_list suppressed_reasons;
    /* SuppressionScope: The suppression scope for the tenant. Can be one of the
     * following: TENANT – The tenant uses its own suppression list. ACCOUNT – The
     * tenant uses the account-level suppression list. One of enum
     * awsc_sesv2_suppression_list_scope's values (as its string). */
    const char *suppression_scope;
};

/*
 * >Represents a request to create a preview of the MIME content of an email
 * when provided with a template and a set of replacement data.
 */
struct awsc_sesv2_test_render_email_template_input {
    /* TemplateName: The name of the template. Required. */
    const char *template_name;
    /* TemplateData: A list of replacement values to apply to the template. This
     * parameter is a JSON object, typically consisting of key-value pairs in which
     * the keys correspond to replacement tags in the email template. Required. */
    const char *template_data;
};

/*
 * The following element is returned by the service.
 */
struct awsc_sesv2_test_render_email_template_output {
    /* RenderedTemplate: The complete MIME message rendered by applying the data in
     * the TemplateData parameter to the template specified in the TemplateName
     * parameter. Required. */
    const char *rendered_template;
};

/*
 * Too many requests have been made to the operation.
 */
struct awsc_sesv2_too_many_requests_exception {
    char unused_; /* no members */
};

/*
 * An interest group, theme, or label within a list. Lists can have multiple
 * topics.
 */
struct awsc_sesv2_topic {
    /* TopicName: The name of the topic. Required. */
    const char *topic_name;
    /* DisplayName: The name of the topic the contact will see. Required. */
    const char *display_name;
    /* Description: A description of what the topic is about, which the contact
     * will see. */
    const char *description;
    /* DefaultSubscriptionStatus: The default subscription status to be applied to
     * a contact if the contact has not noted their preference for subscribing to a
     * topic. Required. One of enum awsc_sesv2_subscription_status's values (as its
     * string). */
    const char *default_subscription_status;
};

/*
 * Used for filtering by a specific topic preference.
 */
struct awsc_sesv2_topic_filter {
    /* TopicName: The name of a topic on which you wish to apply the filter. */
    const char *topic_name;
    /* UseDefaultIfPreferenceUnavailable: Notes that the default subscription
     * status should be applied to a contact because the contact has not noted
     * their preference for subscribing to a topic. */
    bool has_use_default_if_preference_unavailable;
    bool use_default_if_preference_unavailable;
};

/*
 * The contact's preference for being opted-in to or opted-out of a topic.
 */
struct awsc_sesv2_topic_preference {
    /* TopicName: The name of the topic. Required. */
    const char *topic_name;
    /* SubscriptionStatus: The contact's subscription status to a topic which is
     * either OPT_IN or OPT_OUT . Required. One of enum
     * awsc_sesv2_subscription_status's values (as its string). */
    const char *subscription_status;
};

/*
 * An object that defines the tracking options for a configuration set. When
 * you use the Amazon SES API v2 to send an email, it contains an invisible
 * image that's used to track when recipients open your email.
 */
struct awsc_sesv2_tracking_options {
    /* CustomRedirectDomain: The domain to use for tracking open and click events.
     * Required. */
    const char *custom_redirect_domain;
    /* HttpsPolicy: The https policy to use for tracking open and click events. One
     * of enum awsc_sesv2_https_policy's values (as its string). */
    const char *https_policy;
};

/* UntagResourceRequest */
struct awsc_sesv2_untag_resource_input {
    /* ResourceArn: The Amazon Resource Name (ARN) of the resource that you want to
     * remove one or more tags from. Required. */
    const char *resource_arn;
    /* TagKeys: The tags (tag keys) that you want to remove from the resource. When
     * you specify a tag key, the action removes both that key and its associated
     * tag value. Required. */
    struct awsc_sesv2_email_address_list tag_keys;
};

/* UntagResourceResponse */
struct awsc_sesv2_untag_resource_output {
    char unused_; /* no members */
};

/*
 * A request to change the settings for an event destination for a
 * configuration set.
 */
struct awsc_sesv2_update_configuration_set_event_destination_input {
    /* ConfigurationSetName: The name of the configuration set that contains the
     * event destination to modify. Required. */
    const char *configuration_set_name;
    /* EventDestinationName: The name of the event destination. Required. */
    const char *event_destination_name;
    /* EventDestination: An object that defines the event destination. Required. */
    struct awsc_sesv2_event_destination_definition *event_destination;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_update_configuration_set_event_destination_output {
    char unused_; /* no members */
};

/* UpdateContactListRequest */
struct awsc_sesv2_update_contact_list_input {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
    /* Topics: An interest group, theme, or label within a list. A contact list can
     * have multiple topics. */
    struct awsc_sesv2_topics topics;
    /* Description: A description of what the contact list is about. */
    const char *description;
};

/* UpdateContactListResponse */
struct awsc_sesv2_update_contact_list_output {
    char unused_; /* no members */
};

/* UpdateContactRequest */
struct awsc_sesv2_update_contact_input {
    /* ContactListName: The name of the contact list. Required. */
    const char *contact_list_name;
    /* EmailAddress: The contact's email address. Required. */
    const char *email_address;
    /* TopicPreferences: The contact's preference for being opted-in to or
     * opted-out of a topic. */
    struct awsc_sesv2_topic_preference_list topic_preferences;
    /* UnsubscribeAll: A boolean value status noting if the contact is unsubscribed
     * from all contact list topics. */
    bool has_unsubscribe_all;
    bool unsubscribe_all;
    /* AttributesData: The attribute data attached to a contact. */
    const char *attributes_data;
};

/* UpdateContactResponse */
struct awsc_sesv2_update_contact_output {
    char unused_; /* no members */
};

/*
 * Represents a request to update an existing custom verification email
 * template.
 */
struct awsc_sesv2_update_custom_verification_email_template_input {
    /* TemplateName: The name of the custom verification email template that you
     * want to update. Required. */
    const char *template_name;
    /* FromEmailAddress: The email address that the custom verification email is
     * sent from. Required. */
    const char *from_email_address;
    /* TemplateSubject: The subject line of the custom verification email.
     * Required. */
    const char *template_subject;
    /* TemplateContent: The content of the custom verification email. The total
     * size of the email must be less than 10 MB. The message body may contain
     * HTML, with some limitations. Required. */
    const char *template_content;
    /* SuccessRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is successfully verified. Required. */
    const char *success_redirection_url;
    /* FailureRedirectionURL: The URL that the recipient of the verification email
     * is sent to if his or her address is not successfully verified. Required. */
    const char *failure_redirection_url;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_update_custom_verification_email_template_output {
    char unused_; /* no members */
};

/*
 * Represents a request to update a sending authorization policy for an
 * identity. Sending authorization is an Amazon SES feature that enables you to
 * authorize other senders to use your identities. For information, see the
 * Amazon SES Developer Guide .
 */
struct awsc_sesv2_update_email_identity_policy_input {
    /* EmailIdentity: The email identity. Required. */
    const char *email_identity;
    /* PolicyName: The name of the policy. The policy name cannot exceed 64
     * characters and can only include alphanumeric characters, dashes, and
     * underscores. Required. */
    const char *policy_name;
    /* Policy: The text of the policy in JSON format. The policy cannot exceed 4
     * KB. Required. */
    const char *policy;
};

/*
 * An HTTP 200 response if the request succeeds, or an error message if the
 * request fails.
 */
struct awsc_sesv2_update_email_identity_policy_output {
    char unused_; /* no members */
};

/*
 * Represents a request to update an email template. For more information, see
 * the Amazon SES Developer Guide .
 */
struct awsc_sesv2_update_email_template_input {
    /* TemplateName: The name of the template. Required. */
    const char *template_name;
    /* TemplateContent: The content of the email template, composed of a subject
     * line, an HTML part, and a text-only part. Required. */
    struct awsc_sesv2_email_template_content *template_content;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_update_email_template_output {
    char unused_; /* no members */
};

/*
 * Represents a request to update the customer-managed sending status for a
 * reputation entity.
 */
struct awsc_sesv2_update_reputation_entity_customer_managed_status_input {
    /* ReputationEntityType: The type of reputation entity. Currently, only
     * RESOURCE type entities are supported. Required. One of enum
     * awsc_sesv2_reputation_entity_type's values (as its string). */
    const char *reputation_entity_type;
    /* ReputationEntityReference: The unique identifier for the reputation entity.
     * For resource-type entities, this is the Amazon Resource Name (ARN) of the
     * resource. Required. */
    const char *reputation_entity_reference;
    /* SendingStatus: The new customer-managed sending status for the reputation
     * entity. This can be one of the following: ENABLED – Allow sending for this
     * entity. DISABLED – Prevent sending for this entity. Required. One of enum
     * awsc_sesv2_sending_status's values (as its string). */
    const char *sending_status;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_update_reputation_entity_customer_managed_status_output {
    char unused_; /* no members */
};

/*
 * Represents a request to update the reputation management policy for a
 * reputation entity.
 */
struct awsc_sesv2_update_reputation_entity_policy_input {
    /* ReputationEntityType: The type of reputation entity. Currently, only
     * RESOURCE type entities are supported. Required. One of enum
     * awsc_sesv2_reputation_entity_type's values (as its string). */
    const char *reputation_entity_type;
    /* ReputationEntityReference: The unique identifier for the reputation entity.
     * For resource-type entities, this is the Amazon Resource Name (ARN) of the
     * resource. Required. */
    const char *reputation_entity_reference;
    /* ReputationEntityPolicy: The Amazon Resource Name (ARN) of the reputation
     * management policy to apply to this entity. This is an Amazon Web Services
     * Amazon SES-managed policy. Required. */
    const char *reputation_entity_policy;
};

/*
 * If the action is successful, the service sends back an HTTP 200 response
 * with an empty HTTP body.
 */
struct awsc_sesv2_update_reputation_entity_policy_output {
    char unused_; /* no members */
};

/*
 * The VDM attributes that apply to your Amazon SES account.
 */
struct awsc_sesv2_vdm_attributes {
    /* VdmEnabled: Specifies the status of your VDM configuration. Can be one of
     * the following: ENABLED – Amazon SES enables VDM for your account. DISABLED –
     * Amazon SES disables VDM for your account. Required. One of enum
     * awsc_sesv2_feature_status's values (as its string). */
    const char *vdm_enabled;
    /* DashboardAttributes: Specifies additional settings for your VDM
     * configuration as applicable to the Dashboard. */
    struct awsc_sesv2_dashboard_attributes *dashboard_attributes;
    /* GuardianAttributes: Specifies additional settings for your VDM configuration
     * as applicable to the Guardian. */
    struct awsc_sesv2_guardian_attributes *guardian_attributes;
};

/*
 * An object that defines the VDM settings that apply to emails that you send
 * using the configuration set.
 */
struct awsc_sesv2_vdm_options {
    /* DashboardOptions: Specifies additional settings for your VDM configuration
     * as applicable to the Dashboard. */
    struct awsc_sesv2_dashboard_options *dashboard_options;
    /* GuardianOptions: Specifies additional settings for your VDM configuration as
     * applicable to the Guardian. */
    struct awsc_sesv2_guardian_options *guardian_options;
};

/*
 * An object that contains additional information about the verification status
 * for the identity.
 */
struct awsc_sesv2_verification_info {
    /* LastCheckedTimestamp: The last time a verification attempt was made for this
     * identity. */
    bool has_last_checked_timestamp;
    struct awsc_timestamp last_checked_timestamp;
    /* LastSuccessTimestamp: The last time a successful verification was made for
     * this identity. */
    bool has_last_success_timestamp;
    struct awsc_timestamp last_success_timestamp;
    /* ErrorType: Provides the reason for the failure describing why Amazon SES was
     * not able to successfully verify the identity. One of enum
     * awsc_sesv2_verification_error's values (as its string). */
    const char *error_type;
    /* SOARecord: An object that contains information about the start of authority
     * (SOA) record associated with the identity. */
    struct awsc_sesv2_soa_record *soa_record;
};

/*
 * An object that contains information about the amount of email that was
 * delivered to recipients.
 */
struct awsc_sesv2_volume_statistics {
    /* InboxRawCount: The total number of emails that arrived in recipients'
     * inboxes. */
    bool has_inbox_raw_count;
    int64_t inbox_raw_count;
    /* SpamRawCount: The total number of emails that arrived in recipients' spam or
     * junk mail folders. */
    bool has_spam_raw_count;
    int64_t spam_raw_count;
    /* ProjectedInbox: An estimate of the percentage of emails sent from the
     * current domain that will arrive in recipients' inboxes. */
    bool has_projected_inbox;
    int64_t projected_inbox;
    /* ProjectedSpam: An estimate of the percentage of emails sent from the current
     * domain that will arrive in recipients' spam or junk mail folders. */
    bool has_projected_spam;
    int64_t projected_spam;
};

struct awsc_sesv2_blacklist_report_entry {
    const char *key;
    struct awsc_sesv2_blacklist_entries value;
};

struct awsc_sesv2_policy_map_entry {
    const char *key;
    const char *value;
};

struct awsc_sesv2_export_dimensions_entry {
    const char *key;
    struct awsc_sesv2_email_address_list value;
};

/* ----------------------------------------------------------- operations */

/*
 * BatchGetMetricData
 * Retrieves batches of metric data collected based on your sending activity.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_INTERNAL_SERVICE_ERROR_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_batch_get_metric_data(struct awsc_client *client,
                                              const struct awsc_sesv2_batch_get_metric_data_input *input,
                                              struct awsc_sesv2_batch_get_metric_data_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_batch_get_metric_data_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_batch_get_metric_data_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_batch_get_metric_data_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_batch_get_metric_data_input *input,
                                                    awsc_sesv2_batch_get_metric_data_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * CancelExportJob
 * Cancels an export job.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_cancel_export_job(struct awsc_client *client,
                                          const struct awsc_sesv2_cancel_export_job_input *input,
                                          struct awsc_sesv2_cancel_export_job_output **output,
                                          struct awsc_error *err);
typedef void awsc_sesv2_cancel_export_job_cb(void *user_data,
                                             int status,
                                             struct awsc_sesv2_cancel_export_job_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_cancel_export_job_async(struct awsc_client *client,
                                                const struct awsc_sesv2_cancel_export_job_input *input,
                                                awsc_sesv2_cancel_export_job_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * CreateConfigurationSet
 * Create a configuration set. Configuration sets are groups of rules that you
 * can apply to the emails that you send. You apply a configuration set to an
 * email by specifying the name of the configuration set when you call the
 * Amazon SES API v2.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_configuration_set(struct awsc_client *client,
                                                 const struct awsc_sesv2_create_configuration_set_input *input,
                                                 struct awsc_sesv2_create_configuration_set_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sesv2_create_configuration_set_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sesv2_create_configuration_set_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_create_configuration_set_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_create_configuration_set_input *input,
                                                       awsc_sesv2_create_configuration_set_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * CreateConfigurationSetEventDestination
 * Create an event destination. Events include message sends, deliveries,
 * opens, clicks, bounces, and complaints. Event destinations are places that
 * you can send information about these events to.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_configuration_set_event_destination(struct awsc_client *client,
                                                                   const struct awsc_sesv2_create_configuration_set_event_destination_input *input,
                                                                   struct awsc_sesv2_create_configuration_set_event_destination_output **output,
                                                                   struct awsc_error *err);
typedef void awsc_sesv2_create_configuration_set_event_destination_cb(void *user_data,
                                                                      int status,
                                                                      struct awsc_sesv2_create_configuration_set_event_destination_output *output,
                                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_create_configuration_set_event_destination_async(struct awsc_client *client,
                                                                         const struct awsc_sesv2_create_configuration_set_event_destination_input *input,
                                                                         awsc_sesv2_create_configuration_set_event_destination_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);

/*
 * CreateContact
 * Creates a contact, which is an end-user who is receiving the email, and adds
 * them to a contact list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_contact(struct awsc_client *client,
                                       const struct awsc_sesv2_create_contact_input *input,
                                       struct awsc_sesv2_create_contact_output **output,
                                       struct awsc_error *err);
typedef void awsc_sesv2_create_contact_cb(void *user_data,
                                          int status,
                                          struct awsc_sesv2_create_contact_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_create_contact_async(struct awsc_client *client,
                                             const struct awsc_sesv2_create_contact_input *input,
                                             awsc_sesv2_create_contact_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * CreateContactList
 * Creates a contact list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_contact_list(struct awsc_client *client,
                                            const struct awsc_sesv2_create_contact_list_input *input,
                                            struct awsc_sesv2_create_contact_list_output **output,
                                            struct awsc_error *err);
typedef void awsc_sesv2_create_contact_list_cb(void *user_data,
                                               int status,
                                               struct awsc_sesv2_create_contact_list_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_create_contact_list_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_create_contact_list_input *input,
                                                  awsc_sesv2_create_contact_list_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * CreateCustomVerificationEmailTemplate
 * Creates a new custom verification email template.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_custom_verification_email_template(struct awsc_client *client,
                                                                  const struct awsc_sesv2_create_custom_verification_email_template_input *input,
                                                                  struct awsc_sesv2_create_custom_verification_email_template_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_sesv2_create_custom_verification_email_template_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_sesv2_create_custom_verification_email_template_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sesv2_create_custom_verification_email_template_async(struct awsc_client *client,
                                                                        const struct awsc_sesv2_create_custom_verification_email_template_input *input,
                                                                        awsc_sesv2_create_custom_verification_email_template_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * CreateDedicatedIpPool
 * Create a new pool of dedicated IP addresses. A pool can include one or more
 * dedicated IP addresses that are associated with your Amazon Web Services
 * account. You can associate a pool with a configuration set.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_dedicated_ip_pool(struct awsc_client *client,
                                                 const struct awsc_sesv2_create_dedicated_ip_pool_input *input,
                                                 struct awsc_sesv2_create_dedicated_ip_pool_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sesv2_create_dedicated_ip_pool_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sesv2_create_dedicated_ip_pool_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_create_dedicated_ip_pool_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_create_dedicated_ip_pool_input *input,
                                                       awsc_sesv2_create_dedicated_ip_pool_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * CreateDeliverabilityTestReport
 * Create a new predictive inbox placement test. Predictive inbox placement
 * tests can help you predict how your messages will be handled by various
 * email providers around the world.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ACCOUNT_SUSPENDED_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_MAIL_FROM_DOMAIN_NOT_VERIFIED_EXCEPTION,
 *   AWSC_SESV2_ERR_MESSAGE_REJECTED, AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_SENDING_PAUSED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_deliverability_test_report(struct awsc_client *client,
                                                          const struct awsc_sesv2_create_deliverability_test_report_input *input,
                                                          struct awsc_sesv2_create_deliverability_test_report_output **output,
                                                          struct awsc_error *err);
typedef void awsc_sesv2_create_deliverability_test_report_cb(void *user_data,
                                                             int status,
                                                             struct awsc_sesv2_create_deliverability_test_report_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_create_deliverability_test_report_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_create_deliverability_test_report_input *input,
                                                                awsc_sesv2_create_deliverability_test_report_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * CreateEmailIdentity
 * Starts the process of verifying an email identity. An identity is an email
 * address or domain that you use when you send email. Before you can use an
 * identity to send email, you first have to verify it.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_email_identity(struct awsc_client *client,
                                              const struct awsc_sesv2_create_email_identity_input *input,
                                              struct awsc_sesv2_create_email_identity_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_create_email_identity_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_create_email_identity_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_create_email_identity_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_create_email_identity_input *input,
                                                    awsc_sesv2_create_email_identity_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * CreateEmailIdentityPolicy
 * Creates the specified sending authorization policy for the given identity
 * (an email address or a domain). This API is for the identity owner only. If
 * you have not verified the identity, this API will return an error.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_email_identity_policy(struct awsc_client *client,
                                                     const struct awsc_sesv2_create_email_identity_policy_input *input,
                                                     struct awsc_sesv2_create_email_identity_policy_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_create_email_identity_policy_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_create_email_identity_policy_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_create_email_identity_policy_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_create_email_identity_policy_input *input,
                                                           awsc_sesv2_create_email_identity_policy_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * CreateEmailTemplate
 * Creates an email template. Email templates enable you to send personalized
 * email to one or more destinations in a single API operation. For more
 * information, see the Amazon SES Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_email_template(struct awsc_client *client,
                                              const struct awsc_sesv2_create_email_template_input *input,
                                              struct awsc_sesv2_create_email_template_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_create_email_template_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_create_email_template_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_create_email_template_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_create_email_template_input *input,
                                                    awsc_sesv2_create_email_template_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * CreateExportJob
 * Creates an export job for a data source and destination.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_export_job(struct awsc_client *client,
                                          const struct awsc_sesv2_create_export_job_input *input,
                                          struct awsc_sesv2_create_export_job_output **output,
                                          struct awsc_error *err);
typedef void awsc_sesv2_create_export_job_cb(void *user_data,
                                             int status,
                                             struct awsc_sesv2_create_export_job_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_create_export_job_async(struct awsc_client *client,
                                                const struct awsc_sesv2_create_export_job_input *input,
                                                awsc_sesv2_create_export_job_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * CreateImportJob
 * Creates an import job for a data destination.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_import_job(struct awsc_client *client,
                                          const struct awsc_sesv2_create_import_job_input *input,
                                          struct awsc_sesv2_create_import_job_output **output,
                                          struct awsc_error *err);
typedef void awsc_sesv2_create_import_job_cb(void *user_data,
                                             int status,
                                             struct awsc_sesv2_create_import_job_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_create_import_job_async(struct awsc_client *client,
                                                const struct awsc_sesv2_create_import_job_input *input,
                                                awsc_sesv2_create_import_job_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * CreateMultiRegionEndpoint
 * Creates a multi-region endpoint (global-endpoint).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_multi_region_endpoint(struct awsc_client *client,
                                                     const struct awsc_sesv2_create_multi_region_endpoint_input *input,
                                                     struct awsc_sesv2_create_multi_region_endpoint_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_create_multi_region_endpoint_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_create_multi_region_endpoint_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_create_multi_region_endpoint_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_create_multi_region_endpoint_input *input,
                                                           awsc_sesv2_create_multi_region_endpoint_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * CreateTenant
 * Create a tenant. Tenants are logical containers that group related SES
 * resources together. Each tenant can have its own set of resources like email
 * identities, configuration sets, and templates, along with reputation metrics
 * and sending status.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_tenant(struct awsc_client *client,
                                      const struct awsc_sesv2_create_tenant_input *input,
                                      struct awsc_sesv2_create_tenant_output **output,
                                      struct awsc_error *err);
typedef void awsc_sesv2_create_tenant_cb(void *user_data,
                                         int status,
                                         struct awsc_sesv2_create_tenant_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_sesv2_create_tenant_async(struct awsc_client *client,
                                            const struct awsc_sesv2_create_tenant_input *input,
                                            awsc_sesv2_create_tenant_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * CreateTenantResourceAssociation
 * Associate a resource with a tenant. Resources can be email identities,
 * configuration sets, or email templates. When you associate a resource with a
 * tenant, you can use that resource when sending emails on behalf of that
 * tenant.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_create_tenant_resource_association(struct awsc_client *client,
                                                           const struct awsc_sesv2_create_tenant_resource_association_input *input,
                                                           struct awsc_sesv2_create_tenant_resource_association_output **output,
                                                           struct awsc_error *err);
typedef void awsc_sesv2_create_tenant_resource_association_cb(void *user_data,
                                                              int status,
                                                              struct awsc_sesv2_create_tenant_resource_association_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_create_tenant_resource_association_async(struct awsc_client *client,
                                                                 const struct awsc_sesv2_create_tenant_resource_association_input *input,
                                                                 awsc_sesv2_create_tenant_resource_association_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * DeleteConfigurationSet
 * Delete an existing configuration set. Configuration sets are groups of rules
 * that you can apply to the emails you send. You apply a configuration set to
 * an email by including a reference to the configuration set in the headers of
 * the email.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_configuration_set(struct awsc_client *client,
                                                 const struct awsc_sesv2_delete_configuration_set_input *input,
                                                 struct awsc_sesv2_delete_configuration_set_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sesv2_delete_configuration_set_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sesv2_delete_configuration_set_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_configuration_set_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_delete_configuration_set_input *input,
                                                       awsc_sesv2_delete_configuration_set_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DeleteConfigurationSetEventDestination
 * Delete an event destination. Events include message sends, deliveries,
 * opens, clicks, bounces, and complaints. Event destinations are places that
 * you can send information about these events to.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_configuration_set_event_destination(struct awsc_client *client,
                                                                   const struct awsc_sesv2_delete_configuration_set_event_destination_input *input,
                                                                   struct awsc_sesv2_delete_configuration_set_event_destination_output **output,
                                                                   struct awsc_error *err);
typedef void awsc_sesv2_delete_configuration_set_event_destination_cb(void *user_data,
                                                                      int status,
                                                                      struct awsc_sesv2_delete_configuration_set_event_destination_output *output,
                                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_configuration_set_event_destination_async(struct awsc_client *client,
                                                                         const struct awsc_sesv2_delete_configuration_set_event_destination_input *input,
                                                                         awsc_sesv2_delete_configuration_set_event_destination_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);

/*
 * DeleteContact
 * Removes a contact from a contact list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_contact(struct awsc_client *client,
                                       const struct awsc_sesv2_delete_contact_input *input,
                                       struct awsc_sesv2_delete_contact_output **output,
                                       struct awsc_error *err);
typedef void awsc_sesv2_delete_contact_cb(void *user_data,
                                          int status,
                                          struct awsc_sesv2_delete_contact_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_contact_async(struct awsc_client *client,
                                             const struct awsc_sesv2_delete_contact_input *input,
                                             awsc_sesv2_delete_contact_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * DeleteContactList
 * Deletes a contact list and all of the contacts on that list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_contact_list(struct awsc_client *client,
                                            const struct awsc_sesv2_delete_contact_list_input *input,
                                            struct awsc_sesv2_delete_contact_list_output **output,
                                            struct awsc_error *err);
typedef void awsc_sesv2_delete_contact_list_cb(void *user_data,
                                               int status,
                                               struct awsc_sesv2_delete_contact_list_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_contact_list_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_delete_contact_list_input *input,
                                                  awsc_sesv2_delete_contact_list_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * DeleteCustomVerificationEmailTemplate
 * Deletes an existing custom verification email template.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_custom_verification_email_template(struct awsc_client *client,
                                                                  const struct awsc_sesv2_delete_custom_verification_email_template_input *input,
                                                                  struct awsc_sesv2_delete_custom_verification_email_template_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_sesv2_delete_custom_verification_email_template_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_sesv2_delete_custom_verification_email_template_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_custom_verification_email_template_async(struct awsc_client *client,
                                                                        const struct awsc_sesv2_delete_custom_verification_email_template_input *input,
                                                                        awsc_sesv2_delete_custom_verification_email_template_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * DeleteDedicatedIpPool
 * Delete a dedicated IP pool.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_dedicated_ip_pool(struct awsc_client *client,
                                                 const struct awsc_sesv2_delete_dedicated_ip_pool_input *input,
                                                 struct awsc_sesv2_delete_dedicated_ip_pool_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sesv2_delete_dedicated_ip_pool_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sesv2_delete_dedicated_ip_pool_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_dedicated_ip_pool_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_delete_dedicated_ip_pool_input *input,
                                                       awsc_sesv2_delete_dedicated_ip_pool_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * DeleteEmailIdentity
 * Deletes an email identity. An identity can be either an email address or a
 * domain name.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_email_identity(struct awsc_client *client,
                                              const struct awsc_sesv2_delete_email_identity_input *input,
                                              struct awsc_sesv2_delete_email_identity_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_delete_email_identity_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_delete_email_identity_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_email_identity_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_delete_email_identity_input *input,
                                                    awsc_sesv2_delete_email_identity_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DeleteEmailIdentityPolicy
 * Deletes the specified sending authorization policy for the given identity
 * (an email address or a domain). This API returns successfully even if a
 * policy with the specified name does not exist. This API is for the identity
 * owner only.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_email_identity_policy(struct awsc_client *client,
                                                     const struct awsc_sesv2_delete_email_identity_policy_input *input,
                                                     struct awsc_sesv2_delete_email_identity_policy_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_delete_email_identity_policy_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_delete_email_identity_policy_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_email_identity_policy_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_delete_email_identity_policy_input *input,
                                                           awsc_sesv2_delete_email_identity_policy_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DeleteEmailTemplate
 * Deletes an email template. You can execute this operation no more than once
 * per second.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_email_template(struct awsc_client *client,
                                              const struct awsc_sesv2_delete_email_template_input *input,
                                              struct awsc_sesv2_delete_email_template_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_delete_email_template_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_delete_email_template_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_email_template_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_delete_email_template_input *input,
                                                    awsc_sesv2_delete_email_template_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * DeleteMultiRegionEndpoint
 * Deletes a multi-region endpoint (global-endpoint).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_multi_region_endpoint(struct awsc_client *client,
                                                     const struct awsc_sesv2_delete_multi_region_endpoint_input *input,
                                                     struct awsc_sesv2_delete_multi_region_endpoint_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_delete_multi_region_endpoint_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_delete_multi_region_endpoint_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_multi_region_endpoint_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_delete_multi_region_endpoint_input *input,
                                                           awsc_sesv2_delete_multi_region_endpoint_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * DeleteSuppressedDestination
 * Removes an email address from the suppression list for your account or for a
 * specific tenant. To target a tenant's suppression list, specify the
 * TenantName parameter. If you omit TenantName , the address is removed from
 * the account-level suppression list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_suppressed_destination(struct awsc_client *client,
                                                      const struct awsc_sesv2_delete_suppressed_destination_input *input,
                                                      struct awsc_sesv2_delete_suppressed_destination_output **output,
                                                      struct awsc_error *err);
typedef void awsc_sesv2_delete_suppressed_destination_cb(void *user_data,
                                                         int status,
                                                         struct awsc_sesv2_delete_suppressed_destination_output *output,
                                                         struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_suppressed_destination_async(struct awsc_client *client,
                                                            const struct awsc_sesv2_delete_suppressed_destination_input *input,
                                                            awsc_sesv2_delete_suppressed_destination_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err);

/*
 * DeleteTenant
 * Delete an existing tenant. When you delete a tenant, its associations with
 * resources are removed, but the resources themselves are not deleted.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_tenant(struct awsc_client *client,
                                      const struct awsc_sesv2_delete_tenant_input *input,
                                      struct awsc_sesv2_delete_tenant_output **output,
                                      struct awsc_error *err);
typedef void awsc_sesv2_delete_tenant_cb(void *user_data,
                                         int status,
                                         struct awsc_sesv2_delete_tenant_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_tenant_async(struct awsc_client *client,
                                            const struct awsc_sesv2_delete_tenant_input *input,
                                            awsc_sesv2_delete_tenant_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * DeleteTenantResourceAssociation
 * Delete an association between a tenant and a resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_delete_tenant_resource_association(struct awsc_client *client,
                                                           const struct awsc_sesv2_delete_tenant_resource_association_input *input,
                                                           struct awsc_sesv2_delete_tenant_resource_association_output **output,
                                                           struct awsc_error *err);
typedef void awsc_sesv2_delete_tenant_resource_association_cb(void *user_data,
                                                              int status,
                                                              struct awsc_sesv2_delete_tenant_resource_association_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_delete_tenant_resource_association_async(struct awsc_client *client,
                                                                 const struct awsc_sesv2_delete_tenant_resource_association_input *input,
                                                                 awsc_sesv2_delete_tenant_resource_association_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * GetAccount
 * Obtain information about the email-sending status and capabilities of your
 * Amazon SES account in the current Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_account(struct awsc_client *client,
                                    const struct awsc_sesv2_get_account_input *input,
                                    struct awsc_sesv2_get_account_output **output,
                                    struct awsc_error *err);
typedef void awsc_sesv2_get_account_cb(void *user_data,
                                       int status,
                                       struct awsc_sesv2_get_account_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_sesv2_get_account_async(struct awsc_client *client,
                                          const struct awsc_sesv2_get_account_input *input,
                                          awsc_sesv2_get_account_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetBlacklistReports
 * Retrieve a list of the blacklists that your dedicated IP addresses appear
 * on.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_blacklist_reports(struct awsc_client *client,
                                              const struct awsc_sesv2_get_blacklist_reports_input *input,
                                              struct awsc_sesv2_get_blacklist_reports_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_get_blacklist_reports_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_get_blacklist_reports_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_get_blacklist_reports_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_blacklist_reports_input *input,
                                                    awsc_sesv2_get_blacklist_reports_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetConfigurationSet
 * Get information about an existing configuration set, including the dedicated
 * IP pool that it's associated with, whether or not it's enabled for sending
 * email, and more.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_configuration_set(struct awsc_client *client,
                                              const struct awsc_sesv2_get_configuration_set_input *input,
                                              struct awsc_sesv2_get_configuration_set_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_get_configuration_set_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_get_configuration_set_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_get_configuration_set_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_configuration_set_input *input,
                                                    awsc_sesv2_get_configuration_set_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetConfigurationSetEventDestinations
 * Retrieve a list of event destinations that are associated with a
 * configuration set.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_configuration_set_event_destinations(struct awsc_client *client,
                                                                 const struct awsc_sesv2_get_configuration_set_event_destinations_input *input,
                                                                 struct awsc_sesv2_get_configuration_set_event_destinations_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_sesv2_get_configuration_set_event_destinations_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_sesv2_get_configuration_set_event_destinations_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_get_configuration_set_event_destinations_async(struct awsc_client *client,
                                                                       const struct awsc_sesv2_get_configuration_set_event_destinations_input *input,
                                                                       awsc_sesv2_get_configuration_set_event_destinations_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * GetContact
 * Returns a contact from a contact list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_contact(struct awsc_client *client,
                                    const struct awsc_sesv2_get_contact_input *input,
                                    struct awsc_sesv2_get_contact_output **output,
                                    struct awsc_error *err);
typedef void awsc_sesv2_get_contact_cb(void *user_data,
                                       int status,
                                       struct awsc_sesv2_get_contact_output *output,
                                       struct awsc_error *err);
AWSC_API int awsc_sesv2_get_contact_async(struct awsc_client *client,
                                          const struct awsc_sesv2_get_contact_input *input,
                                          awsc_sesv2_get_contact_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err);

/*
 * GetContactList
 * Returns contact list metadata. It does not return any information about the
 * contacts present in the list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_contact_list(struct awsc_client *client,
                                         const struct awsc_sesv2_get_contact_list_input *input,
                                         struct awsc_sesv2_get_contact_list_output **output,
                                         struct awsc_error *err);
typedef void awsc_sesv2_get_contact_list_cb(void *user_data,
                                            int status,
                                            struct awsc_sesv2_get_contact_list_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_get_contact_list_async(struct awsc_client *client,
                                               const struct awsc_sesv2_get_contact_list_input *input,
                                               awsc_sesv2_get_contact_list_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetCustomVerificationEmailTemplate
 * Returns the custom email verification template for the template name you
 * specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_custom_verification_email_template(struct awsc_client *client,
                                                               const struct awsc_sesv2_get_custom_verification_email_template_input *input,
                                                               struct awsc_sesv2_get_custom_verification_email_template_output **output,
                                                               struct awsc_error *err);
typedef void awsc_sesv2_get_custom_verification_email_template_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_sesv2_get_custom_verification_email_template_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_sesv2_get_custom_verification_email_template_async(struct awsc_client *client,
                                                                     const struct awsc_sesv2_get_custom_verification_email_template_input *input,
                                                                     awsc_sesv2_get_custom_verification_email_template_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * GetDedicatedIp
 * Get information about a dedicated IP address, including the name of the
 * dedicated IP pool that it's associated with, as well information about the
 * automatic warm-up process for the address.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_dedicated_ip(struct awsc_client *client,
                                         const struct awsc_sesv2_get_dedicated_ip_input *input,
                                         struct awsc_sesv2_get_dedicated_ip_output **output,
                                         struct awsc_error *err);
typedef void awsc_sesv2_get_dedicated_ip_cb(void *user_data,
                                            int status,
                                            struct awsc_sesv2_get_dedicated_ip_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_get_dedicated_ip_async(struct awsc_client *client,
                                               const struct awsc_sesv2_get_dedicated_ip_input *input,
                                               awsc_sesv2_get_dedicated_ip_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * GetDedicatedIpPool
 * Retrieve information about the dedicated pool.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_dedicated_ip_pool(struct awsc_client *client,
                                              const struct awsc_sesv2_get_dedicated_ip_pool_input *input,
                                              struct awsc_sesv2_get_dedicated_ip_pool_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_get_dedicated_ip_pool_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_get_dedicated_ip_pool_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_get_dedicated_ip_pool_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_dedicated_ip_pool_input *input,
                                                    awsc_sesv2_get_dedicated_ip_pool_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetDedicatedIps
 * List the dedicated IP addresses that are associated with your Amazon Web
 * Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_dedicated_ips(struct awsc_client *client,
                                          const struct awsc_sesv2_get_dedicated_ips_input *input,
                                          struct awsc_sesv2_get_dedicated_ips_output **output,
                                          struct awsc_error *err);
typedef void awsc_sesv2_get_dedicated_ips_cb(void *user_data,
                                             int status,
                                             struct awsc_sesv2_get_dedicated_ips_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_get_dedicated_ips_async(struct awsc_client *client,
                                                const struct awsc_sesv2_get_dedicated_ips_input *input,
                                                awsc_sesv2_get_dedicated_ips_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetDeliverabilityDashboardOptions
 * Retrieve information about the status of the Deliverability dashboard for
 * your account. When the Deliverability dashboard is enabled, you gain access
 * to reputation, deliverability, and other metrics for the domains that you
 * use to send email.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_deliverability_dashboard_options(struct awsc_client *client,
                                                             const struct awsc_sesv2_get_deliverability_dashboard_options_input *input,
                                                             struct awsc_sesv2_get_deliverability_dashboard_options_output **output,
                                                             struct awsc_error *err);
typedef void awsc_sesv2_get_deliverability_dashboard_options_cb(void *user_data,
                                                                int status,
                                                                struct awsc_sesv2_get_deliverability_dashboard_options_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_sesv2_get_deliverability_dashboard_options_async(struct awsc_client *client,
                                                                   const struct awsc_sesv2_get_deliverability_dashboard_options_input *input,
                                                                   awsc_sesv2_get_deliverability_dashboard_options_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * GetDeliverabilityTestReport
 * Retrieve the results of a predictive inbox placement test.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_deliverability_test_report(struct awsc_client *client,
                                                       const struct awsc_sesv2_get_deliverability_test_report_input *input,
                                                       struct awsc_sesv2_get_deliverability_test_report_output **output,
                                                       struct awsc_error *err);
typedef void awsc_sesv2_get_deliverability_test_report_cb(void *user_data,
                                                          int status,
                                                          struct awsc_sesv2_get_deliverability_test_report_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_get_deliverability_test_report_async(struct awsc_client *client,
                                                             const struct awsc_sesv2_get_deliverability_test_report_input *input,
                                                             awsc_sesv2_get_deliverability_test_report_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * GetDomainDeliverabilityCampaign
 * Retrieve all the deliverability data for a specific campaign. This data is
 * available for a campaign only if the campaign sent email by using a domain
 * that the Deliverability dashboard is enabled for.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_domain_deliverability_campaign(struct awsc_client *client,
                                                           const struct awsc_sesv2_get_domain_deliverability_campaign_input *input,
                                                           struct awsc_sesv2_get_domain_deliverability_campaign_output **output,
                                                           struct awsc_error *err);
typedef void awsc_sesv2_get_domain_deliverability_campaign_cb(void *user_data,
                                                              int status,
                                                              struct awsc_sesv2_get_domain_deliverability_campaign_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_get_domain_deliverability_campaign_async(struct awsc_client *client,
                                                                 const struct awsc_sesv2_get_domain_deliverability_campaign_input *input,
                                                                 awsc_sesv2_get_domain_deliverability_campaign_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * GetDomainStatisticsReport
 * Retrieve inbox placement and engagement rates for the domains that you use
 * to send email.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_domain_statistics_report(struct awsc_client *client,
                                                     const struct awsc_sesv2_get_domain_statistics_report_input *input,
                                                     struct awsc_sesv2_get_domain_statistics_report_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_get_domain_statistics_report_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_get_domain_statistics_report_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_get_domain_statistics_report_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_get_domain_statistics_report_input *input,
                                                           awsc_sesv2_get_domain_statistics_report_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * GetEmailAddressInsights
 * Provides validation insights about a specific email address, including
 * syntax validation, DNS record checks, mailbox existence, and other
 * deliverability factors.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_email_address_insights(struct awsc_client *client,
                                                   const struct awsc_sesv2_get_email_address_insights_input *input,
                                                   struct awsc_sesv2_get_email_address_insights_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sesv2_get_email_address_insights_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sesv2_get_email_address_insights_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_get_email_address_insights_async(struct awsc_client *client,
                                                         const struct awsc_sesv2_get_email_address_insights_input *input,
                                                         awsc_sesv2_get_email_address_insights_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetEmailIdentity
 * Provides information about a specific identity, including the identity's
 * verification status, sending authorization policies, its DKIM authentication
 * status, and its custom Mail-From settings.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_email_identity(struct awsc_client *client,
                                           const struct awsc_sesv2_get_email_identity_input *input,
                                           struct awsc_sesv2_get_email_identity_output **output,
                                           struct awsc_error *err);
typedef void awsc_sesv2_get_email_identity_cb(void *user_data,
                                              int status,
                                              struct awsc_sesv2_get_email_identity_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_get_email_identity_async(struct awsc_client *client,
                                                 const struct awsc_sesv2_get_email_identity_input *input,
                                                 awsc_sesv2_get_email_identity_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetEmailIdentityPolicies
 * Returns the requested sending authorization policies for the given identity
 * (an email address or a domain). The policies are returned as a map of policy
 * names to policy contents. You can retrieve a maximum of 20 policies at a
 * time. This API is for the identity owner only.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_email_identity_policies(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_email_identity_policies_input *input,
                                                    struct awsc_sesv2_get_email_identity_policies_output **output,
                                                    struct awsc_error *err);
typedef void awsc_sesv2_get_email_identity_policies_cb(void *user_data,
                                                       int status,
                                                       struct awsc_sesv2_get_email_identity_policies_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_sesv2_get_email_identity_policies_async(struct awsc_client *client,
                                                          const struct awsc_sesv2_get_email_identity_policies_input *input,
                                                          awsc_sesv2_get_email_identity_policies_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * GetEmailTemplate
 * Displays the template object (which includes the subject line, HTML part and
 * text part) for the template you specify.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_email_template(struct awsc_client *client,
                                           const struct awsc_sesv2_get_email_template_input *input,
                                           struct awsc_sesv2_get_email_template_output **output,
                                           struct awsc_error *err);
typedef void awsc_sesv2_get_email_template_cb(void *user_data,
                                              int status,
                                              struct awsc_sesv2_get_email_template_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_get_email_template_async(struct awsc_client *client,
                                                 const struct awsc_sesv2_get_email_template_input *input,
                                                 awsc_sesv2_get_email_template_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetExportJob
 * Provides information about an export job.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_export_job(struct awsc_client *client,
                                       const struct awsc_sesv2_get_export_job_input *input,
                                       struct awsc_sesv2_get_export_job_output **output,
                                       struct awsc_error *err);
typedef void awsc_sesv2_get_export_job_cb(void *user_data,
                                          int status,
                                          struct awsc_sesv2_get_export_job_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_get_export_job_async(struct awsc_client *client,
                                             const struct awsc_sesv2_get_export_job_input *input,
                                             awsc_sesv2_get_export_job_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * GetImportJob
 * Provides information about an import job.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_import_job(struct awsc_client *client,
                                       const struct awsc_sesv2_get_import_job_input *input,
                                       struct awsc_sesv2_get_import_job_output **output,
                                       struct awsc_error *err);
typedef void awsc_sesv2_get_import_job_cb(void *user_data,
                                          int status,
                                          struct awsc_sesv2_get_import_job_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_get_import_job_async(struct awsc_client *client,
                                             const struct awsc_sesv2_get_import_job_input *input,
                                             awsc_sesv2_get_import_job_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * GetMessageInsights
 * Provides information about a specific message, including the from address,
 * the subject, the recipient address, email tags, as well as events associated
 * with the message.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_message_insights(struct awsc_client *client,
                                             const struct awsc_sesv2_get_message_insights_input *input,
                                             struct awsc_sesv2_get_message_insights_output **output,
                                             struct awsc_error *err);
typedef void awsc_sesv2_get_message_insights_cb(void *user_data,
                                                int status,
                                                struct awsc_sesv2_get_message_insights_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_sesv2_get_message_insights_async(struct awsc_client *client,
                                                   const struct awsc_sesv2_get_message_insights_input *input,
                                                   awsc_sesv2_get_message_insights_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * GetMultiRegionEndpoint
 * Displays the multi-region endpoint (global-endpoint) configuration.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_multi_region_endpoint(struct awsc_client *client,
                                                  const struct awsc_sesv2_get_multi_region_endpoint_input *input,
                                                  struct awsc_sesv2_get_multi_region_endpoint_output **output,
                                                  struct awsc_error *err);
typedef void awsc_sesv2_get_multi_region_endpoint_cb(void *user_data,
                                                     int status,
                                                     struct awsc_sesv2_get_multi_region_endpoint_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_sesv2_get_multi_region_endpoint_async(struct awsc_client *client,
                                                        const struct awsc_sesv2_get_multi_region_endpoint_input *input,
                                                        awsc_sesv2_get_multi_region_endpoint_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * GetReputationEntity
 * Retrieve information about a specific reputation entity, including its
 * reputation management policy, customer-managed status, Amazon Web Services
 * Amazon SES-managed status, and aggregate sending status.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_reputation_entity(struct awsc_client *client,
                                              const struct awsc_sesv2_get_reputation_entity_input *input,
                                              struct awsc_sesv2_get_reputation_entity_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_get_reputation_entity_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_get_reputation_entity_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_get_reputation_entity_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_get_reputation_entity_input *input,
                                                    awsc_sesv2_get_reputation_entity_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * GetSuppressedDestination
 * Retrieves information about a specific email address that's on the
 * suppression list for your account or for a specific tenant. To target a
 * tenant's suppression list, specify the TenantName parameter. If you omit
 * TenantName , the operation targets the account-level suppression list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_suppressed_destination(struct awsc_client *client,
                                                   const struct awsc_sesv2_get_suppressed_destination_input *input,
                                                   struct awsc_sesv2_get_suppressed_destination_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sesv2_get_suppressed_destination_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sesv2_get_suppressed_destination_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_get_suppressed_destination_async(struct awsc_client *client,
                                                         const struct awsc_sesv2_get_suppressed_destination_input *input,
                                                         awsc_sesv2_get_suppressed_destination_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetTenant
 * Get information about a specific tenant, including the tenant's name, ID,
 * ARN, creation timestamp, tags, sending status, and suppression attributes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_get_tenant(struct awsc_client *client,
                                   const struct awsc_sesv2_get_tenant_input *input,
                                   struct awsc_sesv2_get_tenant_output **output,
                                   struct awsc_error *err);
typedef void awsc_sesv2_get_tenant_cb(void *user_data,
                                      int status,
                                      struct awsc_sesv2_get_tenant_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_get_tenant_async(struct awsc_client *client,
                                         const struct awsc_sesv2_get_tenant_input *input,
                                         awsc_sesv2_get_tenant_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * ListConfigurationSets
 * List all of the configuration sets associated with your account in the
 * current region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_configuration_sets(struct awsc_client *client,
                                                const struct awsc_sesv2_list_configuration_sets_input *input,
                                                struct awsc_sesv2_list_configuration_sets_output **output,
                                                struct awsc_error *err);
typedef void awsc_sesv2_list_configuration_sets_cb(void *user_data,
                                                   int status,
                                                   struct awsc_sesv2_list_configuration_sets_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_sesv2_list_configuration_sets_async(struct awsc_client *client,
                                                      const struct awsc_sesv2_list_configuration_sets_input *input,
                                                      awsc_sesv2_list_configuration_sets_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ListContactLists
 * Lists all of the contact lists available.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_contact_lists(struct awsc_client *client,
                                           const struct awsc_sesv2_list_contact_lists_input *input,
                                           struct awsc_sesv2_list_contact_lists_output **output,
                                           struct awsc_error *err);
typedef void awsc_sesv2_list_contact_lists_cb(void *user_data,
                                              int status,
                                              struct awsc_sesv2_list_contact_lists_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_list_contact_lists_async(struct awsc_client *client,
                                                 const struct awsc_sesv2_list_contact_lists_input *input,
                                                 awsc_sesv2_list_contact_lists_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ListContacts
 * Lists the contacts present in a specific contact list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_contacts(struct awsc_client *client,
                                      const struct awsc_sesv2_list_contacts_input *input,
                                      struct awsc_sesv2_list_contacts_output **output,
                                      struct awsc_error *err);
typedef void awsc_sesv2_list_contacts_cb(void *user_data,
                                         int status,
                                         struct awsc_sesv2_list_contacts_output *output,
                                         struct awsc_error *err);
AWSC_API int awsc_sesv2_list_contacts_async(struct awsc_client *client,
                                            const struct awsc_sesv2_list_contacts_input *input,
                                            awsc_sesv2_list_contacts_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err);

/*
 * ListCustomVerificationEmailTemplates
 * Lists the existing custom verification email templates for your account in
 * the current Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_custom_verification_email_templates(struct awsc_client *client,
                                                                 const struct awsc_sesv2_list_custom_verification_email_templates_input *input,
                                                                 struct awsc_sesv2_list_custom_verification_email_templates_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_sesv2_list_custom_verification_email_templates_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_sesv2_list_custom_verification_email_templates_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_list_custom_verification_email_templates_async(struct awsc_client *client,
                                                                       const struct awsc_sesv2_list_custom_verification_email_templates_input *input,
                                                                       awsc_sesv2_list_custom_verification_email_templates_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * ListDedicatedIpPools
 * List all of the dedicated IP pools that exist in your Amazon Web Services
 * account in the current Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_dedicated_ip_pools(struct awsc_client *client,
                                                const struct awsc_sesv2_list_dedicated_ip_pools_input *input,
                                                struct awsc_sesv2_list_dedicated_ip_pools_output **output,
                                                struct awsc_error *err);
typedef void awsc_sesv2_list_dedicated_ip_pools_cb(void *user_data,
                                                   int status,
                                                   struct awsc_sesv2_list_dedicated_ip_pools_output *output,
                                                   struct awsc_error *err);
AWSC_API int awsc_sesv2_list_dedicated_ip_pools_async(struct awsc_client *client,
                                                      const struct awsc_sesv2_list_dedicated_ip_pools_input *input,
                                                      awsc_sesv2_list_dedicated_ip_pools_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err);

/*
 * ListDeliverabilityTestReports
 * Show a list of the predictive inbox placement tests that you've performed,
 * regardless of their statuses. For predictive inbox placement tests that are
 * complete, you can use the GetDeliverabilityTestReport operation to view the
 * results.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_deliverability_test_reports(struct awsc_client *client,
                                                         const struct awsc_sesv2_list_deliverability_test_reports_input *input,
                                                         struct awsc_sesv2_list_deliverability_test_reports_output **output,
                                                         struct awsc_error *err);
typedef void awsc_sesv2_list_deliverability_test_reports_cb(void *user_data,
                                                            int status,
                                                            struct awsc_sesv2_list_deliverability_test_reports_output *output,
                                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_list_deliverability_test_reports_async(struct awsc_client *client,
                                                               const struct awsc_sesv2_list_deliverability_test_reports_input *input,
                                                               awsc_sesv2_list_deliverability_test_reports_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err);

/*
 * ListDomainDeliverabilityCampaigns
 * Retrieve deliverability data for all the campaigns that used a specific
 * domain to send email during a specified time range. This data is available
 * for a domain only if you enabled the Deliverability dashboard for the
 * domain.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_domain_deliverability_campaigns(struct awsc_client *client,
                                                             const struct awsc_sesv2_list_domain_deliverability_campaigns_input *input,
                                                             struct awsc_sesv2_list_domain_deliverability_campaigns_output **output,
                                                             struct awsc_error *err);
typedef void awsc_sesv2_list_domain_deliverability_campaigns_cb(void *user_data,
                                                                int status,
                                                                struct awsc_sesv2_list_domain_deliverability_campaigns_output *output,
                                                                struct awsc_error *err);
AWSC_API int awsc_sesv2_list_domain_deliverability_campaigns_async(struct awsc_client *client,
                                                                   const struct awsc_sesv2_list_domain_deliverability_campaigns_input *input,
                                                                   awsc_sesv2_list_domain_deliverability_campaigns_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err);

/*
 * ListEmailIdentities
 * Returns a list of all of the email identities that are associated with your
 * Amazon Web Services account. An identity can be either an email address or a
 * domain. This operation returns identities that are verified as well as those
 * that aren't.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_email_identities(struct awsc_client *client,
                                              const struct awsc_sesv2_list_email_identities_input *input,
                                              struct awsc_sesv2_list_email_identities_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_list_email_identities_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_list_email_identities_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_list_email_identities_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_email_identities_input *input,
                                                    awsc_sesv2_list_email_identities_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListEmailTemplates
 * Lists the email templates present in your Amazon SES account in the current
 * Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_email_templates(struct awsc_client *client,
                                             const struct awsc_sesv2_list_email_templates_input *input,
                                             struct awsc_sesv2_list_email_templates_output **output,
                                             struct awsc_error *err);
typedef void awsc_sesv2_list_email_templates_cb(void *user_data,
                                                int status,
                                                struct awsc_sesv2_list_email_templates_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_sesv2_list_email_templates_async(struct awsc_client *client,
                                                   const struct awsc_sesv2_list_email_templates_input *input,
                                                   awsc_sesv2_list_email_templates_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListExportJobs
 * Lists all of the export jobs.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_export_jobs(struct awsc_client *client,
                                         const struct awsc_sesv2_list_export_jobs_input *input,
                                         struct awsc_sesv2_list_export_jobs_output **output,
                                         struct awsc_error *err);
typedef void awsc_sesv2_list_export_jobs_cb(void *user_data,
                                            int status,
                                            struct awsc_sesv2_list_export_jobs_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_list_export_jobs_async(struct awsc_client *client,
                                               const struct awsc_sesv2_list_export_jobs_input *input,
                                               awsc_sesv2_list_export_jobs_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ListImportJobs
 * Lists all of the import jobs.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_import_jobs(struct awsc_client *client,
                                         const struct awsc_sesv2_list_import_jobs_input *input,
                                         struct awsc_sesv2_list_import_jobs_output **output,
                                         struct awsc_error *err);
typedef void awsc_sesv2_list_import_jobs_cb(void *user_data,
                                            int status,
                                            struct awsc_sesv2_list_import_jobs_output *output,
                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_list_import_jobs_async(struct awsc_client *client,
                                               const struct awsc_sesv2_list_import_jobs_input *input,
                                               awsc_sesv2_list_import_jobs_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err);

/*
 * ListMultiRegionEndpoints
 * List the multi-region endpoints (global-endpoints).
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_multi_region_endpoints(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                                    struct awsc_sesv2_list_multi_region_endpoints_output **output,
                                                    struct awsc_error *err);
typedef void awsc_sesv2_list_multi_region_endpoints_cb(void *user_data,
                                                       int status,
                                                       struct awsc_sesv2_list_multi_region_endpoints_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_sesv2_list_multi_region_endpoints_async(struct awsc_client *client,
                                                          const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                                          awsc_sesv2_list_multi_region_endpoints_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * ListRecommendations
 * Lists the recommendations present in your Amazon SES account in the current
 * Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_recommendations(struct awsc_client *client,
                                             const struct awsc_sesv2_list_recommendations_input *input,
                                             struct awsc_sesv2_list_recommendations_output **output,
                                             struct awsc_error *err);
typedef void awsc_sesv2_list_recommendations_cb(void *user_data,
                                                int status,
                                                struct awsc_sesv2_list_recommendations_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_sesv2_list_recommendations_async(struct awsc_client *client,
                                                   const struct awsc_sesv2_list_recommendations_input *input,
                                                   awsc_sesv2_list_recommendations_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/*
 * ListReputationEntities
 * List reputation entities in your Amazon SES account in the current Amazon
 * Web Services Region. You can filter the results by entity type, reputation
 * impact, sending status, or entity reference prefix.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_reputation_entities(struct awsc_client *client,
                                                 const struct awsc_sesv2_list_reputation_entities_input *input,
                                                 struct awsc_sesv2_list_reputation_entities_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sesv2_list_reputation_entities_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sesv2_list_reputation_entities_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_list_reputation_entities_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_list_reputation_entities_input *input,
                                                       awsc_sesv2_list_reputation_entities_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * ListResourceTenants
 * List all tenants associated with a specific resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_resource_tenants(struct awsc_client *client,
                                              const struct awsc_sesv2_list_resource_tenants_input *input,
                                              struct awsc_sesv2_list_resource_tenants_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_list_resource_tenants_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_list_resource_tenants_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_list_resource_tenants_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_resource_tenants_input *input,
                                                    awsc_sesv2_list_resource_tenants_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListSuppressedDestinations
 * Retrieves a list of email addresses that are on the suppression list for
 * your account or for a specific tenant. To target a tenant's suppression
 * list, specify the TenantName parameter. If you omit TenantName , the
 * operation targets the account-level suppression list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_INVALID_NEXT_TOKEN_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_suppressed_destinations(struct awsc_client *client,
                                                     const struct awsc_sesv2_list_suppressed_destinations_input *input,
                                                     struct awsc_sesv2_list_suppressed_destinations_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_list_suppressed_destinations_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_list_suppressed_destinations_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_list_suppressed_destinations_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_list_suppressed_destinations_input *input,
                                                           awsc_sesv2_list_suppressed_destinations_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * ListTagsForResource
 * Retrieve a list of the tags (keys and values) that are associated with a
 * specified resource. A tag is a label that you optionally define and
 * associate with a resource. Each tag consists of a required tag key and an
 * optional associated tag value .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_tags_for_resource(struct awsc_client *client,
                                               const struct awsc_sesv2_list_tags_for_resource_input *input,
                                               struct awsc_sesv2_list_tags_for_resource_output **output,
                                               struct awsc_error *err);
typedef void awsc_sesv2_list_tags_for_resource_cb(void *user_data,
                                                  int status,
                                                  struct awsc_sesv2_list_tags_for_resource_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tags_for_resource_async(struct awsc_client *client,
                                                     const struct awsc_sesv2_list_tags_for_resource_input *input,
                                                     awsc_sesv2_list_tags_for_resource_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * ListTenantResources
 * List all resources associated with a specific tenant.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_tenant_resources(struct awsc_client *client,
                                              const struct awsc_sesv2_list_tenant_resources_input *input,
                                              struct awsc_sesv2_list_tenant_resources_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_list_tenant_resources_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_list_tenant_resources_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenant_resources_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_list_tenant_resources_input *input,
                                                    awsc_sesv2_list_tenant_resources_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * ListTenants
 * List all tenants associated with your account in the current Amazon Web
 * Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_list_tenants(struct awsc_client *client,
                                     const struct awsc_sesv2_list_tenants_input *input,
                                     struct awsc_sesv2_list_tenants_output **output,
                                     struct awsc_error *err);
typedef void awsc_sesv2_list_tenants_cb(void *user_data,
                                        int status,
                                        struct awsc_sesv2_list_tenants_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenants_async(struct awsc_client *client,
                                           const struct awsc_sesv2_list_tenants_input *input,
                                           awsc_sesv2_list_tenants_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * PutAccountDedicatedIpWarmupAttributes
 * Enable or disable the automatic warm-up feature for dedicated IP addresses.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_account_dedicated_ip_warmup_attributes(struct awsc_client *client,
                                                                   const struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input *input,
                                                                   struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output **output,
                                                                   struct awsc_error *err);
typedef void awsc_sesv2_put_account_dedicated_ip_warmup_attributes_cb(void *user_data,
                                                                      int status,
                                                                      struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output *output,
                                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_put_account_dedicated_ip_warmup_attributes_async(struct awsc_client *client,
                                                                         const struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input *input,
                                                                         awsc_sesv2_put_account_dedicated_ip_warmup_attributes_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);

/*
 * PutAccountDetails
 * Update your Amazon SES account details.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION, AWSC_SESV2_ERR_CONFLICT_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_account_details(struct awsc_client *client,
                                            const struct awsc_sesv2_put_account_details_input *input,
                                            struct awsc_sesv2_put_account_details_output **output,
                                            struct awsc_error *err);
typedef void awsc_sesv2_put_account_details_cb(void *user_data,
                                               int status,
                                               struct awsc_sesv2_put_account_details_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_put_account_details_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_put_account_details_input *input,
                                                  awsc_sesv2_put_account_details_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * PutAccountPricingAttributes
 * Set the pricing plan for your Amazon SES account. Use this operation to
 * choose a billing plan that packages multiple Amazon SES features at a single
 * rate.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION, AWSC_SESV2_ERR_CONFLICT_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_account_pricing_attributes(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_account_pricing_attributes_input *input,
                                                       struct awsc_sesv2_put_account_pricing_attributes_output **output,
                                                       struct awsc_error *err);
typedef void awsc_sesv2_put_account_pricing_attributes_cb(void *user_data,
                                                          int status,
                                                          struct awsc_sesv2_put_account_pricing_attributes_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_put_account_pricing_attributes_async(struct awsc_client *client,
                                                             const struct awsc_sesv2_put_account_pricing_attributes_input *input,
                                                             awsc_sesv2_put_account_pricing_attributes_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * PutAccountSendingAttributes
 * Enable or disable the ability of your account to send email.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_account_sending_attributes(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_account_sending_attributes_input *input,
                                                       struct awsc_sesv2_put_account_sending_attributes_output **output,
                                                       struct awsc_error *err);
typedef void awsc_sesv2_put_account_sending_attributes_cb(void *user_data,
                                                          int status,
                                                          struct awsc_sesv2_put_account_sending_attributes_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_put_account_sending_attributes_async(struct awsc_client *client,
                                                             const struct awsc_sesv2_put_account_sending_attributes_input *input,
                                                             awsc_sesv2_put_account_sending_attributes_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * PutAccountSuppressionAttributes
 * Change the settings for the account-level suppression list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_account_suppression_attributes(struct awsc_client *client,
                                                           const struct awsc_sesv2_put_account_suppression_attributes_input *input,
                                                           struct awsc_sesv2_put_account_suppression_attributes_output **output,
                                                           struct awsc_error *err);
typedef void awsc_sesv2_put_account_suppression_attributes_cb(void *user_data,
                                                              int status,
                                                              struct awsc_sesv2_put_account_suppression_attributes_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_put_account_suppression_attributes_async(struct awsc_client *client,
                                                                 const struct awsc_sesv2_put_account_suppression_attributes_input *input,
                                                                 awsc_sesv2_put_account_suppression_attributes_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * PutAccountVdmAttributes
 * Update your Amazon SES account VDM attributes.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_account_vdm_attributes(struct awsc_client *client,
                                                   const struct awsc_sesv2_put_account_vdm_attributes_input *input,
                                                   struct awsc_sesv2_put_account_vdm_attributes_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sesv2_put_account_vdm_attributes_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sesv2_put_account_vdm_attributes_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_put_account_vdm_attributes_async(struct awsc_client *client,
                                                         const struct awsc_sesv2_put_account_vdm_attributes_input *input,
                                                         awsc_sesv2_put_account_vdm_attributes_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * PutConfigurationSetArchivingOptions
 * Associate the configuration set with a MailManager archive. When you send
 * email using the SendEmail or SendBulkEmail operations the message as it will
 * be given to the receiving SMTP server will be archived, along with the
 * recipient information.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_archiving_options(struct awsc_client *client,
                                                                const struct awsc_sesv2_put_configuration_set_archiving_options_input *input,
                                                                struct awsc_sesv2_put_configuration_set_archiving_options_output **output,
                                                                struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_archiving_options_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_sesv2_put_configuration_set_archiving_options_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_archiving_options_async(struct awsc_client *client,
                                                                      const struct awsc_sesv2_put_configuration_set_archiving_options_input *input,
                                                                      awsc_sesv2_put_configuration_set_archiving_options_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * PutConfigurationSetDeliveryOptions
 * Associate a configuration set with a dedicated IP pool. You can use
 * dedicated IP pools to create groups of dedicated IP addresses for sending
 * specific types of email.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_delivery_options(struct awsc_client *client,
                                                               const struct awsc_sesv2_put_configuration_set_delivery_options_input *input,
                                                               struct awsc_sesv2_put_configuration_set_delivery_options_output **output,
                                                               struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_delivery_options_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_sesv2_put_configuration_set_delivery_options_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_delivery_options_async(struct awsc_client *client,
                                                                     const struct awsc_sesv2_put_configuration_set_delivery_options_input *input,
                                                                     awsc_sesv2_put_configuration_set_delivery_options_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * PutConfigurationSetReputationOptions
 * Enable or disable collection of reputation metrics for emails that you send
 * using a particular configuration set in a specific Amazon Web Services
 * Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_reputation_options(struct awsc_client *client,
                                                                 const struct awsc_sesv2_put_configuration_set_reputation_options_input *input,
                                                                 struct awsc_sesv2_put_configuration_set_reputation_options_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_reputation_options_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_sesv2_put_configuration_set_reputation_options_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_reputation_options_async(struct awsc_client *client,
                                                                       const struct awsc_sesv2_put_configuration_set_reputation_options_input *input,
                                                                       awsc_sesv2_put_configuration_set_reputation_options_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * PutConfigurationSetSendingOptions
 * Enable or disable email sending for messages that use a particular
 * configuration set in a specific Amazon Web Services Region.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_sending_options(struct awsc_client *client,
                                                              const struct awsc_sesv2_put_configuration_set_sending_options_input *input,
                                                              struct awsc_sesv2_put_configuration_set_sending_options_output **output,
                                                              struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_sending_options_cb(void *user_data,
                                                                 int status,
                                                                 struct awsc_sesv2_put_configuration_set_sending_options_output *output,
                                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_sending_options_async(struct awsc_client *client,
                                                                    const struct awsc_sesv2_put_configuration_set_sending_options_input *input,
                                                                    awsc_sesv2_put_configuration_set_sending_options_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);

/*
 * PutConfigurationSetSuppressionOptions
 * Specify the suppression list preferences for a configuration set. You can
 * also use this operation to specify a SuppressionScope to override the
 * suppression scope of the tenant or account for emails sent using this
 * configuration set.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_suppression_options(struct awsc_client *client,
                                                                  const struct awsc_sesv2_put_configuration_set_suppression_options_input *input,
                                                                  struct awsc_sesv2_put_configuration_set_suppression_options_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_suppression_options_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_sesv2_put_configuration_set_suppression_options_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_suppression_options_async(struct awsc_client *client,
                                                                        const struct awsc_sesv2_put_configuration_set_suppression_options_input *input,
                                                                        awsc_sesv2_put_configuration_set_suppression_options_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * PutConfigurationSetTrackingOptions
 * Specify a custom domain to use for open and click tracking elements in email
 * that you send.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_tracking_options(struct awsc_client *client,
                                                               const struct awsc_sesv2_put_configuration_set_tracking_options_input *input,
                                                               struct awsc_sesv2_put_configuration_set_tracking_options_output **output,
                                                               struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_tracking_options_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_sesv2_put_configuration_set_tracking_options_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_tracking_options_async(struct awsc_client *client,
                                                                     const struct awsc_sesv2_put_configuration_set_tracking_options_input *input,
                                                                     awsc_sesv2_put_configuration_set_tracking_options_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * PutConfigurationSetVdmOptions
 * Specify VDM preferences for email that you send using the configuration set.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_configuration_set_vdm_options(struct awsc_client *client,
                                                          const struct awsc_sesv2_put_configuration_set_vdm_options_input *input,
                                                          struct awsc_sesv2_put_configuration_set_vdm_options_output **output,
                                                          struct awsc_error *err);
typedef void awsc_sesv2_put_configuration_set_vdm_options_cb(void *user_data,
                                                             int status,
                                                             struct awsc_sesv2_put_configuration_set_vdm_options_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_put_configuration_set_vdm_options_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_put_configuration_set_vdm_options_input *input,
                                                                awsc_sesv2_put_configuration_set_vdm_options_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * PutDedicatedIpInPool
 * Move a dedicated IP address to an existing dedicated IP pool. The dedicated
 * IP address that you specify must already exist, and must be associated with
 * your Amazon Web Services account.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_dedicated_ip_in_pool(struct awsc_client *client,
                                                 const struct awsc_sesv2_put_dedicated_ip_in_pool_input *input,
                                                 struct awsc_sesv2_put_dedicated_ip_in_pool_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sesv2_put_dedicated_ip_in_pool_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sesv2_put_dedicated_ip_in_pool_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_put_dedicated_ip_in_pool_async(struct awsc_client *client,
                                                       const struct awsc_sesv2_put_dedicated_ip_in_pool_input *input,
                                                       awsc_sesv2_put_dedicated_ip_in_pool_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * PutDedicatedIpPoolScalingAttributes
 * Used to convert a dedicated IP pool to a different scaling mode. MANAGED
 * pools cannot be converted to STANDARD scaling mode.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_dedicated_ip_pool_scaling_attributes(struct awsc_client *client,
                                                                 const struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input *input,
                                                                 struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output **output,
                                                                 struct awsc_error *err);
typedef void awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_cb(void *user_data,
                                                                    int status,
                                                                    struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output *output,
                                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_async(struct awsc_client *client,
                                                                       const struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input *input,
                                                                       awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err);

/*
 * PutDedicatedIpWarmupAttributes
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_dedicated_ip_warmup_attributes(struct awsc_client *client,
                                                           const struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input *input,
                                                           struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output **output,
                                                           struct awsc_error *err);
typedef void awsc_sesv2_put_dedicated_ip_warmup_attributes_cb(void *user_data,
                                                              int status,
                                                              struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_put_dedicated_ip_warmup_attributes_async(struct awsc_client *client,
                                                                 const struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input *input,
                                                                 awsc_sesv2_put_dedicated_ip_warmup_attributes_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * PutDeliverabilityDashboardOption
 * Enable or disable the Deliverability dashboard. When you enable the
 * Deliverability dashboard, you gain access to reputation, deliverability, and
 * other metrics for the domains that you use to send email. You also gain the
 * ability to perform predictive inbox placement tests.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_deliverability_dashboard_option(struct awsc_client *client,
                                                            const struct awsc_sesv2_put_deliverability_dashboard_option_input *input,
                                                            struct awsc_sesv2_put_deliverability_dashboard_option_output **output,
                                                            struct awsc_error *err);
typedef void awsc_sesv2_put_deliverability_dashboard_option_cb(void *user_data,
                                                               int status,
                                                               struct awsc_sesv2_put_deliverability_dashboard_option_output *output,
                                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_put_deliverability_dashboard_option_async(struct awsc_client *client,
                                                                  const struct awsc_sesv2_put_deliverability_dashboard_option_input *input,
                                                                  awsc_sesv2_put_deliverability_dashboard_option_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err);

/*
 * PutEmailIdentityConfigurationSetAttributes
 * Used to associate a configuration set with an email identity.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_email_identity_configuration_set_attributes(struct awsc_client *client,
                                                                        const struct awsc_sesv2_put_email_identity_configuration_set_attributes_input *input,
                                                                        struct awsc_sesv2_put_email_identity_configuration_set_attributes_output **output,
                                                                        struct awsc_error *err);
typedef void awsc_sesv2_put_email_identity_configuration_set_attributes_cb(void *user_data,
                                                                           int status,
                                                                           struct awsc_sesv2_put_email_identity_configuration_set_attributes_output *output,
                                                                           struct awsc_error *err);
AWSC_API int awsc_sesv2_put_email_identity_configuration_set_attributes_async(struct awsc_client *client,
                                                                              const struct awsc_sesv2_put_email_identity_configuration_set_attributes_input *input,
                                                                              awsc_sesv2_put_email_identity_configuration_set_attributes_cb *cb,
                                                                              void *user_data,
                                                                              struct awsc_error *err);

/*
 * PutEmailIdentityDkimAttributes
 * Used to enable or disable DKIM authentication for an email identity.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_email_identity_dkim_attributes(struct awsc_client *client,
                                                           const struct awsc_sesv2_put_email_identity_dkim_attributes_input *input,
                                                           struct awsc_sesv2_put_email_identity_dkim_attributes_output **output,
                                                           struct awsc_error *err);
typedef void awsc_sesv2_put_email_identity_dkim_attributes_cb(void *user_data,
                                                              int status,
                                                              struct awsc_sesv2_put_email_identity_dkim_attributes_output *output,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_put_email_identity_dkim_attributes_async(struct awsc_client *client,
                                                                 const struct awsc_sesv2_put_email_identity_dkim_attributes_input *input,
                                                                 awsc_sesv2_put_email_identity_dkim_attributes_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);

/*
 * PutEmailIdentityDkimSigningAttributes
 * Used to configure or change the DKIM authentication settings for an email
 * domain identity. You can use this operation to do any of the following:
 * Update the signing attributes for an identity that uses Bring Your Own DKIM
 * (BYODKIM). Update the key length that should be used for Easy DKIM.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_email_identity_dkim_signing_attributes(struct awsc_client *client,
                                                                   const struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input *input,
                                                                   struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output **output,
                                                                   struct awsc_error *err);
typedef void awsc_sesv2_put_email_identity_dkim_signing_attributes_cb(void *user_data,
                                                                      int status,
                                                                      struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output *output,
                                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_put_email_identity_dkim_signing_attributes_async(struct awsc_client *client,
                                                                         const struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input *input,
                                                                         awsc_sesv2_put_email_identity_dkim_signing_attributes_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);

/*
 * PutEmailIdentityFeedbackAttributes
 * Used to enable or disable feedback forwarding for an identity. This setting
 * determines what happens when an identity is used to send an email that
 * results in a bounce or complaint event.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_email_identity_feedback_attributes(struct awsc_client *client,
                                                               const struct awsc_sesv2_put_email_identity_feedback_attributes_input *input,
                                                               struct awsc_sesv2_put_email_identity_feedback_attributes_output **output,
                                                               struct awsc_error *err);
typedef void awsc_sesv2_put_email_identity_feedback_attributes_cb(void *user_data,
                                                                  int status,
                                                                  struct awsc_sesv2_put_email_identity_feedback_attributes_output *output,
                                                                  struct awsc_error *err);
AWSC_API int awsc_sesv2_put_email_identity_feedback_attributes_async(struct awsc_client *client,
                                                                     const struct awsc_sesv2_put_email_identity_feedback_attributes_input *input,
                                                                     awsc_sesv2_put_email_identity_feedback_attributes_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);

/*
 * PutEmailIdentityMailFromAttributes
 * Used to enable or disable the custom Mail-From domain configuration for an
 * email identity.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_email_identity_mail_from_attributes(struct awsc_client *client,
                                                                const struct awsc_sesv2_put_email_identity_mail_from_attributes_input *input,
                                                                struct awsc_sesv2_put_email_identity_mail_from_attributes_output **output,
                                                                struct awsc_error *err);
typedef void awsc_sesv2_put_email_identity_mail_from_attributes_cb(void *user_data,
                                                                   int status,
                                                                   struct awsc_sesv2_put_email_identity_mail_from_attributes_output *output,
                                                                   struct awsc_error *err);
AWSC_API int awsc_sesv2_put_email_identity_mail_from_attributes_async(struct awsc_client *client,
                                                                      const struct awsc_sesv2_put_email_identity_mail_from_attributes_input *input,
                                                                      awsc_sesv2_put_email_identity_mail_from_attributes_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err);

/*
 * PutSuppressedDestination
 * Adds an email address to the suppression list for your account or for a
 * specific tenant. To target a tenant's suppression list, specify the
 * TenantName parameter. If you omit TenantName , the address is added to the
 * account-level suppression list.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_suppressed_destination(struct awsc_client *client,
                                                   const struct awsc_sesv2_put_suppressed_destination_input *input,
                                                   struct awsc_sesv2_put_suppressed_destination_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sesv2_put_suppressed_destination_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sesv2_put_suppressed_destination_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_put_suppressed_destination_async(struct awsc_client *client,
                                                         const struct awsc_sesv2_put_suppressed_destination_input *input,
                                                         awsc_sesv2_put_suppressed_destination_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * PutTenantSuppressionAttributes
 * Configure the suppression list preferences for a tenant. Use this operation
 * to enable or disable tenant-level suppression, or to change the suppressed
 * reasons for a tenant.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_put_tenant_suppression_attributes(struct awsc_client *client,
                                                          const struct awsc_sesv2_put_tenant_suppression_attributes_input *input,
                                                          struct awsc_sesv2_put_tenant_suppression_attributes_output **output,
                                                          struct awsc_error *err);
typedef void awsc_sesv2_put_tenant_suppression_attributes_cb(void *user_data,
                                                             int status,
                                                             struct awsc_sesv2_put_tenant_suppression_attributes_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_put_tenant_suppression_attributes_async(struct awsc_client *client,
                                                                const struct awsc_sesv2_put_tenant_suppression_attributes_input *input,
                                                                awsc_sesv2_put_tenant_suppression_attributes_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * SendBulkEmail
 * Composes an email message to multiple destinations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ACCOUNT_SUSPENDED_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_MAIL_FROM_DOMAIN_NOT_VERIFIED_EXCEPTION,
 *   AWSC_SESV2_ERR_MESSAGE_REJECTED, AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_SENDING_PAUSED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_send_bulk_email(struct awsc_client *client,
                                        const struct awsc_sesv2_send_bulk_email_input *input,
                                        struct awsc_sesv2_send_bulk_email_output **output,
                                        struct awsc_error *err);
typedef void awsc_sesv2_send_bulk_email_cb(void *user_data,
                                           int status,
                                           struct awsc_sesv2_send_bulk_email_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_sesv2_send_bulk_email_async(struct awsc_client *client,
                                              const struct awsc_sesv2_send_bulk_email_input *input,
                                              awsc_sesv2_send_bulk_email_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * SendCustomVerificationEmail
 * Adds an email address to the list of identities for your Amazon SES account
 * in the current Amazon Web Services Region and attempts to verify it. As a
 * result of executing this operation, a customized verification email is sent
 * to the specified address.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_MAIL_FROM_DOMAIN_NOT_VERIFIED_EXCEPTION,
 *   AWSC_SESV2_ERR_MESSAGE_REJECTED, AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_SENDING_PAUSED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_send_custom_verification_email(struct awsc_client *client,
                                                       const struct awsc_sesv2_send_custom_verification_email_input *input,
                                                       struct awsc_sesv2_send_custom_verification_email_output **output,
                                                       struct awsc_error *err);
typedef void awsc_sesv2_send_custom_verification_email_cb(void *user_data,
                                                          int status,
                                                          struct awsc_sesv2_send_custom_verification_email_output *output,
                                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_send_custom_verification_email_async(struct awsc_client *client,
                                                             const struct awsc_sesv2_send_custom_verification_email_input *input,
                                                             awsc_sesv2_send_custom_verification_email_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err);

/*
 * SendEmail
 * Sends an email message. You can use the Amazon SES API v2 to send the
 * following types of messages: Simple – A standard email message. When you
 * create this type of message, you specify the sender, the recipient, and the
 * message body, and Amazon SES assembles the message for you.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_ACCOUNT_SUSPENDED_EXCEPTION,
 *   AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION,
 *   AWSC_SESV2_ERR_MAIL_FROM_DOMAIN_NOT_VERIFIED_EXCEPTION,
 *   AWSC_SESV2_ERR_MESSAGE_REJECTED, AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_SENDING_PAUSED_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_send_email(struct awsc_client *client,
                                   const struct awsc_sesv2_send_email_input *input,
                                   struct awsc_sesv2_send_email_output **output,
                                   struct awsc_error *err);
typedef void awsc_sesv2_send_email_cb(void *user_data,
                                      int status,
                                      struct awsc_sesv2_send_email_output *output,
                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_send_email_async(struct awsc_client *client,
                                         const struct awsc_sesv2_send_email_input *input,
                                         awsc_sesv2_send_email_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err);

/*
 * TagResource
 * Add one or more tags (keys and values) to a specified resource. A tag is a
 * label that you optionally define and associate with a resource. Tags can
 * help you categorize and manage resources in different ways, such as by
 * purpose, owner, environment, or other criteria.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_tag_resource(struct awsc_client *client,
                                     const struct awsc_sesv2_tag_resource_input *input,
                                     struct awsc_sesv2_tag_resource_output **output,
                                     struct awsc_error *err);
typedef void awsc_sesv2_tag_resource_cb(void *user_data,
                                        int status,
                                        struct awsc_sesv2_tag_resource_output *output,
                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_tag_resource_async(struct awsc_client *client,
                                           const struct awsc_sesv2_tag_resource_input *input,
                                           awsc_sesv2_tag_resource_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/*
 * TestRenderEmailTemplate
 * Creates a preview of the MIME content of an email when provided with a
 * template and a set of replacement data.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_test_render_email_template(struct awsc_client *client,
                                                   const struct awsc_sesv2_test_render_email_template_input *input,
                                                   struct awsc_sesv2_test_render_email_template_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sesv2_test_render_email_template_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sesv2_test_render_email_template_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_test_render_email_template_async(struct awsc_client *client,
                                                         const struct awsc_sesv2_test_render_email_template_input *input,
                                                         awsc_sesv2_test_render_email_template_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * UntagResource
 * Remove one or more tags (keys and values) from a specified resource.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_untag_resource(struct awsc_client *client,
                                       const struct awsc_sesv2_untag_resource_input *input,
                                       struct awsc_sesv2_untag_resource_output **output,
                                       struct awsc_error *err);
typedef void awsc_sesv2_untag_resource_cb(void *user_data,
                                          int status,
                                          struct awsc_sesv2_untag_resource_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_untag_resource_async(struct awsc_client *client,
                                             const struct awsc_sesv2_untag_resource_input *input,
                                             awsc_sesv2_untag_resource_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * UpdateConfigurationSetEventDestination
 * Update the configuration of an event destination for a configuration set.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_configuration_set_event_destination(struct awsc_client *client,
                                                                   const struct awsc_sesv2_update_configuration_set_event_destination_input *input,
                                                                   struct awsc_sesv2_update_configuration_set_event_destination_output **output,
                                                                   struct awsc_error *err);
typedef void awsc_sesv2_update_configuration_set_event_destination_cb(void *user_data,
                                                                      int status,
                                                                      struct awsc_sesv2_update_configuration_set_event_destination_output *output,
                                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_update_configuration_set_event_destination_async(struct awsc_client *client,
                                                                         const struct awsc_sesv2_update_configuration_set_event_destination_input *input,
                                                                         awsc_sesv2_update_configuration_set_event_destination_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err);

/*
 * UpdateContact
 * Updates a contact's preferences for a list. You must specify all existing
 * topic preferences in the TopicPreferences object, not just the ones that
 * need updating; otherwise, all your existing preferences will be removed.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_contact(struct awsc_client *client,
                                       const struct awsc_sesv2_update_contact_input *input,
                                       struct awsc_sesv2_update_contact_output **output,
                                       struct awsc_error *err);
typedef void awsc_sesv2_update_contact_cb(void *user_data,
                                          int status,
                                          struct awsc_sesv2_update_contact_output *output,
                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_update_contact_async(struct awsc_client *client,
                                             const struct awsc_sesv2_update_contact_input *input,
                                             awsc_sesv2_update_contact_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err);

/*
 * UpdateContactList
 * Updates contact list metadata. This operation does a complete replacement.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_contact_list(struct awsc_client *client,
                                            const struct awsc_sesv2_update_contact_list_input *input,
                                            struct awsc_sesv2_update_contact_list_output **output,
                                            struct awsc_error *err);
typedef void awsc_sesv2_update_contact_list_cb(void *user_data,
                                               int status,
                                               struct awsc_sesv2_update_contact_list_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_update_contact_list_async(struct awsc_client *client,
                                                  const struct awsc_sesv2_update_contact_list_input *input,
                                                  awsc_sesv2_update_contact_list_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * UpdateCustomVerificationEmailTemplate
 * Updates an existing custom verification email template.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_custom_verification_email_template(struct awsc_client *client,
                                                                  const struct awsc_sesv2_update_custom_verification_email_template_input *input,
                                                                  struct awsc_sesv2_update_custom_verification_email_template_output **output,
                                                                  struct awsc_error *err);
typedef void awsc_sesv2_update_custom_verification_email_template_cb(void *user_data,
                                                                     int status,
                                                                     struct awsc_sesv2_update_custom_verification_email_template_output *output,
                                                                     struct awsc_error *err);
AWSC_API int awsc_sesv2_update_custom_verification_email_template_async(struct awsc_client *client,
                                                                        const struct awsc_sesv2_update_custom_verification_email_template_input *input,
                                                                        awsc_sesv2_update_custom_verification_email_template_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err);

/*
 * UpdateEmailIdentityPolicy
 * Updates the specified sending authorization policy for the given identity
 * (an email address or a domain). This API returns successfully even if a
 * policy with the specified name does not exist. This API is for the identity
 * owner only.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_email_identity_policy(struct awsc_client *client,
                                                     const struct awsc_sesv2_update_email_identity_policy_input *input,
                                                     struct awsc_sesv2_update_email_identity_policy_output **output,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_update_email_identity_policy_cb(void *user_data,
                                                        int status,
                                                        struct awsc_sesv2_update_email_identity_policy_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_update_email_identity_policy_async(struct awsc_client *client,
                                                           const struct awsc_sesv2_update_email_identity_policy_input *input,
                                                           awsc_sesv2_update_email_identity_policy_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * UpdateEmailTemplate
 * Updates an email template. Email templates enable you to send personalized
 * email to one or more destinations in a single API operation. For more
 * information, see the Amazon SES Developer Guide .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION,
 *   AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_email_template(struct awsc_client *client,
                                              const struct awsc_sesv2_update_email_template_input *input,
                                              struct awsc_sesv2_update_email_template_output **output,
                                              struct awsc_error *err);
typedef void awsc_sesv2_update_email_template_cb(void *user_data,
                                                 int status,
                                                 struct awsc_sesv2_update_email_template_output *output,
                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_update_email_template_async(struct awsc_client *client,
                                                    const struct awsc_sesv2_update_email_template_input *input,
                                                    awsc_sesv2_update_email_template_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err);

/*
 * UpdateReputationEntityCustomerManagedStatus
 * Update the customer-managed sending status for a reputation entity. This
 * allows you to enable, disable, or reinstate sending for the entity.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION, AWSC_SESV2_ERR_CONFLICT_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_reputation_entity_customer_managed_status(struct awsc_client *client,
                                                                         const struct awsc_sesv2_update_reputation_entity_customer_managed_status_input *input,
                                                                         struct awsc_sesv2_update_reputation_entity_customer_managed_status_output **output,
                                                                         struct awsc_error *err);
typedef void awsc_sesv2_update_reputation_entity_customer_managed_status_cb(void *user_data,
                                                                            int status,
                                                                            struct awsc_sesv2_update_reputation_entity_customer_managed_status_output *output,
                                                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_update_reputation_entity_customer_managed_status_async(struct awsc_client *client,
                                                                               const struct awsc_sesv2_update_reputation_entity_customer_managed_status_input *input,
                                                                               awsc_sesv2_update_reputation_entity_customer_managed_status_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err);

/*
 * UpdateReputationEntityPolicy
 * Update the reputation management policy for a reputation entity. The policy
 * determines how the entity responds to reputation findings, such as
 * automatically pausing sending when certain thresholds are exceeded.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION, AWSC_SESV2_ERR_CONFLICT_EXCEPTION,
 *   AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION
 */
AWSC_API int awsc_sesv2_update_reputation_entity_policy(struct awsc_client *client,
                                                        const struct awsc_sesv2_update_reputation_entity_policy_input *input,
                                                        struct awsc_sesv2_update_reputation_entity_policy_output **output,
                                                        struct awsc_error *err);
typedef void awsc_sesv2_update_reputation_entity_policy_cb(void *user_data,
                                                           int status,
                                                           struct awsc_sesv2_update_reputation_entity_policy_output *output,
                                                           struct awsc_error *err);
AWSC_API int awsc_sesv2_update_reputation_entity_policy_async(struct awsc_client *client,
                                                              const struct awsc_sesv2_update_reputation_entity_policy_input *input,
                                                              awsc_sesv2_update_reputation_entity_policy_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of SESv2, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (sesv2_tables.c). */
struct awsc__sesv2_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[5];
    uint16_t input_tokens[5];
    awsc_ref expr_refs[10];
#endif
    struct awsc_jmespath exprs[6];
    struct awsc_jmespath_node nodes[6];
    char strings[190];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_sesv2_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* ListMultiRegionEndpoints: tokens NextToken; results MultiRegionEndpoints. */
AWSC_API int awsc_sesv2_list_multi_region_endpoints_paginate(struct awsc_client *client,
                                                             const struct awsc_sesv2_list_multi_region_endpoints_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_list_multi_region_endpoints_next_page(struct awsc_pager *pager,
                                                              struct awsc_sesv2_list_multi_region_endpoints_output **page,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_list_multi_region_endpoints_next_page_async(struct awsc_pager *pager,
                                                                    awsc_sesv2_list_multi_region_endpoints_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
typedef void awsc_sesv2_list_multi_region_endpoints_item_cb(void *user_data,
                                                            int status,
                                                            const struct awsc_sesv2_multi_region_endpoint *item,
                                                            struct awsc_error *err);
AWSC_API int awsc_sesv2_list_multi_region_endpoints_next_item(struct awsc_pager *pager,
                                                              const struct awsc_sesv2_multi_region_endpoint **item,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_list_multi_region_endpoints_next_item_async(struct awsc_pager *pager,
                                                                    awsc_sesv2_list_multi_region_endpoints_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err);
AWSC_API int awsc_sesv2_list_multi_region_endpoints_collect(struct awsc_pager *pager,
                                                            struct awsc_sesv2_list_multi_region_endpoints_output **output,
                                                            struct awsc_error *err);

/* ListReputationEntities: tokens NextToken; results ReputationEntities. */
AWSC_API int awsc_sesv2_list_reputation_entities_paginate(struct awsc_client *client,
                                                          const struct awsc_sesv2_list_reputation_entities_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err);
AWSC_API int awsc_sesv2_list_reputation_entities_next_page(struct awsc_pager *pager,
                                                           struct awsc_sesv2_list_reputation_entities_output **page,
                                                           struct awsc_error *err);
AWSC_API int awsc_sesv2_list_reputation_entities_next_page_async(struct awsc_pager *pager,
                                                                 awsc_sesv2_list_reputation_entities_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
typedef void awsc_sesv2_list_reputation_entities_item_cb(void *user_data,
                                                         int status,
                                                         const struct awsc_sesv2_reputation_entity *item,
                                                         struct awsc_error *err);
AWSC_API int awsc_sesv2_list_reputation_entities_next_item(struct awsc_pager *pager,
                                                           const struct awsc_sesv2_reputation_entity **item,
                                                           struct awsc_error *err);
AWSC_API int awsc_sesv2_list_reputation_entities_next_item_async(struct awsc_pager *pager,
                                                                 awsc_sesv2_list_reputation_entities_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err);
AWSC_API int awsc_sesv2_list_reputation_entities_collect(struct awsc_pager *pager,
                                                         struct awsc_sesv2_list_reputation_entities_output **output,
                                                         struct awsc_error *err);

/* ListResourceTenants: tokens NextToken; results ResourceTenants. */
AWSC_API int awsc_sesv2_list_resource_tenants_paginate(struct awsc_client *client,
                                                       const struct awsc_sesv2_list_resource_tenants_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err);
AWSC_API int awsc_sesv2_list_resource_tenants_next_page(struct awsc_pager *pager,
                                                        struct awsc_sesv2_list_resource_tenants_output **page,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_list_resource_tenants_next_page_async(struct awsc_pager *pager,
                                                              awsc_sesv2_list_resource_tenants_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
typedef void awsc_sesv2_list_resource_tenants_item_cb(void *user_data,
                                                      int status,
                                                      const struct awsc_sesv2_resource_tenant_metadata *item,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_list_resource_tenants_next_item(struct awsc_pager *pager,
                                                        const struct awsc_sesv2_resource_tenant_metadata **item,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_list_resource_tenants_next_item_async(struct awsc_pager *pager,
                                                              awsc_sesv2_list_resource_tenants_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_list_resource_tenants_collect(struct awsc_pager *pager,
                                                      struct awsc_sesv2_list_resource_tenants_output **output,
                                                      struct awsc_error *err);

/* ListTenantResources: tokens NextToken; results TenantResources. */
AWSC_API int awsc_sesv2_list_tenant_resources_paginate(struct awsc_client *client,
                                                       const struct awsc_sesv2_list_tenant_resources_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenant_resources_next_page(struct awsc_pager *pager,
                                                        struct awsc_sesv2_list_tenant_resources_output **page,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenant_resources_next_page_async(struct awsc_pager *pager,
                                                              awsc_sesv2_list_tenant_resources_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
typedef void awsc_sesv2_list_tenant_resources_item_cb(void *user_data,
                                                      int status,
                                                      const struct awsc_sesv2_tenant_resource *item,
                                                      struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenant_resources_next_item(struct awsc_pager *pager,
                                                        const struct awsc_sesv2_tenant_resource **item,
                                                        struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenant_resources_next_item_async(struct awsc_pager *pager,
                                                              awsc_sesv2_list_tenant_resources_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenant_resources_collect(struct awsc_pager *pager,
                                                      struct awsc_sesv2_list_tenant_resources_output **output,
                                                      struct awsc_error *err);

/* ListTenants: tokens NextToken; results Tenants. */
AWSC_API int awsc_sesv2_list_tenants_paginate(struct awsc_client *client,
                                              const struct awsc_sesv2_list_tenants_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenants_next_page(struct awsc_pager *pager,
                                               struct awsc_sesv2_list_tenants_output **page,
                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenants_next_page_async(struct awsc_pager *pager,
                                                     awsc_sesv2_list_tenants_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
typedef void awsc_sesv2_list_tenants_item_cb(void *user_data,
                                             int status,
                                             const struct awsc_sesv2_tenant_info *item,
                                             struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenants_next_item(struct awsc_pager *pager,
                                               const struct awsc_sesv2_tenant_info **item,
                                               struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenants_next_item_async(struct awsc_pager *pager,
                                                     awsc_sesv2_list_tenants_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);
AWSC_API int awsc_sesv2_list_tenants_collect(struct awsc_pager *pager,
                                             struct awsc_sesv2_list_tenants_output **output,
                                             struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* --------------------------------------------------------------- errors */

#define AWSC_SESV2_ERR_ACCOUNT_SUSPENDED_EXCEPTION "AccountSuspendedException"
#define AWSC_SESV2_ERR_ALREADY_EXISTS_EXCEPTION "AlreadyExistsException"
#define AWSC_SESV2_ERR_BAD_REQUEST_EXCEPTION "BadRequestException"
#define AWSC_SESV2_ERR_CONCURRENT_MODIFICATION_EXCEPTION "ConcurrentModificationException"
#define AWSC_SESV2_ERR_CONFLICT_EXCEPTION "ConflictException"
#define AWSC_SESV2_ERR_INTERNAL_SERVICE_ERROR_EXCEPTION "InternalServiceErrorException"
#define AWSC_SESV2_ERR_INVALID_NEXT_TOKEN_EXCEPTION "InvalidNextTokenException"
#define AWSC_SESV2_ERR_LIMIT_EXCEEDED_EXCEPTION "LimitExceededException"
#define AWSC_SESV2_ERR_MAIL_FROM_DOMAIN_NOT_VERIFIED_EXCEPTION "MailFromDomainNotVerifiedException"
#define AWSC_SESV2_ERR_MESSAGE_REJECTED "MessageRejected"
#define AWSC_SESV2_ERR_NOT_FOUND_EXCEPTION "NotFoundException"
#define AWSC_SESV2_ERR_SENDING_PAUSED_EXCEPTION "SendingPausedException"
#define AWSC_SESV2_ERR_TOO_MANY_REQUESTS_EXCEPTION "TooManyRequestsException"

#ifdef __cplusplus
}
#endif
#endif
