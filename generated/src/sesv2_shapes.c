/*
 * sesv2_shapes.c - shape descriptors of SESv2.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sesv2.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sesv2_email_address_list, count) == offsetof(struct awsc_list_view, count), "EmailAddressList");
_Static_assert(offsetof(struct awsc_sesv2_attachment_list, count) == offsetof(struct awsc_list_view, count), "AttachmentList");
_Static_assert(offsetof(struct awsc_sesv2_batch_get_metric_data_queries, count) == offsetof(struct awsc_list_view, count), "BatchGetMetricDataQueries");
_Static_assert(offsetof(struct awsc_sesv2_blacklist_entries, count) == offsetof(struct awsc_list_view, count), "BlacklistEntries");
_Static_assert(offsetof(struct awsc_sesv2_bulk_email_entry_list, count) == offsetof(struct awsc_list_view, count), "BulkEmailEntryList");
_Static_assert(offsetof(struct awsc_sesv2_bulk_email_entry_result_list, count) == offsetof(struct awsc_list_view, count), "BulkEmailEntryResultList");
_Static_assert(offsetof(struct awsc_sesv2_cloud_watch_dimension_configurations, count) == offsetof(struct awsc_list_view, count), "CloudWatchDimensionConfigurations");
_Static_assert(offsetof(struct awsc_sesv2_custom_verification_email_templates_list, count) == offsetof(struct awsc_list_view, count), "CustomVerificationEmailTemplatesList");
_Static_assert(offsetof(struct awsc_sesv2_daily_volumes, count) == offsetof(struct awsc_list_view, count), "DailyVolumes");
_Static_assert(offsetof(struct awsc_sesv2_dedicated_ip_list, count) == offsetof(struct awsc_list_view, count), "DedicatedIpList");
_Static_assert(offsetof(struct awsc_sesv2_deliverability_test_reports, count) == offsetof(struct awsc_list_view, count), "DeliverabilityTestReports");
_Static_assert(offsetof(struct awsc_sesv2_domain_deliverability_campaign_list, count) == offsetof(struct awsc_list_view, count), "DomainDeliverabilityCampaignList");
_Static_assert(offsetof(struct awsc_sesv2_domain_deliverability_tracking_options, count) == offsetof(struct awsc_list_view, count), "DomainDeliverabilityTrackingOptions");
_Static_assert(offsetof(struct awsc_sesv2_domain_isp_placements, count) == offsetof(struct awsc_list_view, count), "DomainIspPlacements");
_Static_assert(offsetof(struct awsc_sesv2_email_insights_list, count) == offsetof(struct awsc_list_view, count), "EmailInsightsList");
_Static_assert(offsetof(struct awsc_sesv2_email_template_metadata_list, count) == offsetof(struct awsc_list_view, count), "EmailTemplateMetadataList");
_Static_assert(offsetof(struct awsc_sesv2_event_destinations, count) == offsetof(struct awsc_list_view, count), "EventDestinations");
_Static_assert(offsetof(struct awsc_sesv2_export_job_summary_list, count) == offsetof(struct awsc_list_view, count), "ExportJobSummaryList");
_Static_assert(offsetof(struct awsc_sesv2_export_metrics, count) == offsetof(struct awsc_list_view, count), "ExportMetrics");
_Static_assert(offsetof(struct awsc_sesv2_identity_info_list, count) == offsetof(struct awsc_list_view, count), "IdentityInfoList");
_Static_assert(offsetof(struct awsc_sesv2_import_job_summary_list, count) == offsetof(struct awsc_list_view, count), "ImportJobSummaryList");
_Static_assert(offsetof(struct awsc_sesv2_insights_events, count) == offsetof(struct awsc_list_view, count), "InsightsEvents");
_Static_assert(offsetof(struct awsc_sesv2_isp_placements, count) == offsetof(struct awsc_list_view, count), "IspPlacements");
_Static_assert(offsetof(struct awsc_sesv2_list_of_contact_lists, count) == offsetof(struct awsc_list_view, count), "ListOfContactLists");
_Static_assert(offsetof(struct awsc_sesv2_list_of_contacts, count) == offsetof(struct awsc_list_view, count), "ListOfContacts");
_Static_assert(offsetof(struct awsc_sesv2_message_header_list, count) == offsetof(struct awsc_list_view, count), "MessageHeaderList");
_Static_assert(offsetof(struct awsc_sesv2_message_tag_list, count) == offsetof(struct awsc_list_view, count), "MessageTagList");
_Static_assert(offsetof(struct awsc_sesv2_metric_data_error_list, count) == offsetof(struct awsc_list_view, count), "MetricDataErrorList");
_Static_assert(offsetof(struct awsc_sesv2_metric_data_result_list, count) == offsetof(struct awsc_list_view, count), "MetricDataResultList");
_Static_assert(offsetof(struct awsc_sesv2_metric_value_list, count) == offsetof(struct awsc_list_view, count), "MetricValueList");
_Static_assert(offsetof(struct awsc_sesv2_multi_region_endpoints, count) == offsetof(struct awsc_list_view, count), "MultiRegionEndpoints");
_Static_assert(offsetof(struct awsc_sesv2_recommendations_list, count) == offsetof(struct awsc_list_view, count), "RecommendationsList");
_Static_assert(offsetof(struct awsc_sesv2_reputation_entities_list, count) == offsetof(struct awsc_list_view, count), "ReputationEntitiesList");
_Static_assert(offsetof(struct awsc_sesv2_resource_tenant_metadata_list, count) == offsetof(struct awsc_list_view, count), "ResourceTenantMetadataList");
_Static_assert(offsetof(struct awsc_sesv2_routes, count) == offsetof(struct awsc_list_view, count), "Routes");
_Static_assert(offsetof(struct awsc_sesv2_routes_details, count) == offsetof(struct awsc_list_view, count), "RoutesDetails");
_Static_assert(offsetof(struct awsc_sesv2_suppressed_destination_summaries, count) == offsetof(struct awsc_list_view, count), "SuppressedDestinationSummaries");
_Static_assert(offsetof(struct awsc_sesv2_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_sesv2_tenant_info_list, count) == offsetof(struct awsc_list_view, count), "TenantInfoList");
_Static_assert(offsetof(struct awsc_sesv2_tenant_resource_list, count) == offsetof(struct awsc_list_view, count), "TenantResourceList");
_Static_assert(offsetof(struct awsc_sesv2_timestamp_list, count) == offsetof(struct awsc_list_view, count), "TimestampList");
_Static_assert(offsetof(struct awsc_sesv2_topic_preference_list, count) == offsetof(struct awsc_list_view, count), "TopicPreferenceList");
_Static_assert(offsetof(struct awsc_sesv2_topics, count) == offsetof(struct awsc_list_view, count), "Topics");
_Static_assert(offsetof(struct awsc_sesv2_blacklist_report, count) == offsetof(struct awsc_map_view, count), "BlacklistReport");
_Static_assert(offsetof(struct awsc_sesv2_policy_map, count) == offsetof(struct awsc_map_view, count), "PolicyMap");
_Static_assert(offsetof(struct awsc_sesv2_export_dimensions, count) == offsetof(struct awsc_map_view, count), "ExportDimensions");

static const struct awsc_shape s_AccountDetails;
extern const struct awsc_shape awsc__sesv2_AccountSuspendedException;
static const struct awsc_shape s_AdditionalContactEmailAddress;
static const struct awsc_shape s_AdditionalContactEmailAddresses;
static const struct awsc_shape s_AdminEmail;
extern const struct awsc_shape awsc__sesv2_AlreadyExistsException;
static const struct awsc_shape s_AmazonResourceName;
static const struct awsc_shape s_ArchiveArn;
static const struct awsc_shape s_ArchivingOptions;
static const struct awsc_shape s_Attachment;
static const struct awsc_shape s_AttachmentContentDescription;
static const struct awsc_shape s_AttachmentContentDisposition;
static const struct awsc_shape s_AttachmentContentId;
static const struct awsc_shape s_AttachmentContentTransferEncoding;
static const struct awsc_shape s_AttachmentContentType;
static const struct awsc_shape s_AttachmentFileName;
static const struct awsc_shape s_AttachmentList;
static const struct awsc_shape s_AttributesData;
extern const struct awsc_shape awsc__sesv2_BadRequestException;
static const struct awsc_shape s_BatchGetMetricDataQueries;
static const struct awsc_shape s_BatchGetMetricDataQuery;
extern const struct awsc_shape awsc__sesv2_BatchGetMetricDataRequest;
extern const struct awsc_shape awsc__sesv2_BatchGetMetricDataResponse;
static const struct awsc_shape s_BehaviorOnMxFailure;
static const struct awsc_shape s_BlacklistEntries;
static const struct awsc_shape s_BlacklistEntry;
static const struct awsc_shape s_BlacklistItemName;
static const struct awsc_shape s_BlacklistItemNames;
static const struct awsc_shape s_BlacklistReport;
static const struct awsc_shape s_BlacklistingDescription;
static const struct awsc_shape s_Body;
static const struct awsc_shape s_Bounce;
static const struct awsc_shape s_BounceSubType;
static const struct awsc_shape s_BounceType;
static const struct awsc_shape s_BulkEmailContent;
static const struct awsc_shape s_BulkEmailEntry;
static const struct awsc_shape s_BulkEmailEntryList;
static const struct awsc_shape s_BulkEmailEntryResult;
static const struct awsc_shape s_BulkEmailEntryResultList;
static const struct awsc_shape s_BulkEmailStatus;
static const struct awsc_shape s_CampaignId;
extern const struct awsc_shape awsc__sesv2_CancelExportJobRequest;
extern const struct awsc_shape awsc__sesv2_CancelExportJobResponse;
static const struct awsc_shape s_CaseId;
static const struct awsc_shape s_Charset;
static const struct awsc_shape s_CloudWatchDestination;
static const struct awsc_shape s_CloudWatchDimensionConfiguration;
static const struct awsc_shape s_CloudWatchDimensionConfigurations;
static const struct awsc_shape s_Complaint;
static const struct awsc_shape s_ComplaintFeedbackType;
static const struct awsc_shape s_ComplaintSubType;
extern const struct awsc_shape awsc__sesv2_ConcurrentModificationException;
static const struct awsc_shape s_ConfigurationSetName;
static const struct awsc_shape s_ConfigurationSetNameList;
extern const struct awsc_shape awsc__sesv2_ConflictException;
static const struct awsc_shape s_Contact;
static const struct awsc_shape s_ContactLanguage;
static const struct awsc_shape s_ContactList;
static const struct awsc_shape s_ContactListDestination;
static const struct awsc_shape s_ContactListImportAction;
static const struct awsc_shape s_ContactListName;
static const struct awsc_shape s_Content;
static const struct awsc_shape s_Counter;
extern const struct awsc_shape awsc__sesv2_CreateConfigurationSetEventDestinationRequest;
extern const struct awsc_shape awsc__sesv2_CreateConfigurationSetEventDestinationResponse;
extern const struct awsc_shape awsc__sesv2_CreateConfigurationSetRequest;
extern const struct awsc_shape awsc__sesv2_CreateConfigurationSetResponse;
extern const struct awsc_shape awsc__sesv2_CreateContactListRequest;
extern const struct awsc_shape awsc__sesv2_CreateContactListResponse;
extern const struct awsc_shape awsc__sesv2_CreateContactRequest;
extern const struct awsc_shape awsc__sesv2_CreateContactResponse;
extern const struct awsc_shape awsc__sesv2_CreateCustomVerificationEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_CreateCustomVerificationEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_CreateDedicatedIpPoolRequest;
extern const struct awsc_shape awsc__sesv2_CreateDedicatedIpPoolResponse;
extern const struct awsc_shape awsc__sesv2_CreateDeliverabilityTestReportRequest;
extern const struct awsc_shape awsc__sesv2_CreateDeliverabilityTestReportResponse;
extern const struct awsc_shape awsc__sesv2_CreateEmailIdentityPolicyRequest;
extern const struct awsc_shape awsc__sesv2_CreateEmailIdentityPolicyResponse;
extern const struct awsc_shape awsc__sesv2_CreateEmailIdentityRequest;
extern const struct awsc_shape awsc__sesv2_CreateEmailIdentityResponse;
extern const struct awsc_shape awsc__sesv2_CreateEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_CreateEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_CreateExportJobRequest;
extern const struct awsc_shape awsc__sesv2_CreateExportJobResponse;
extern const struct awsc_shape awsc__sesv2_CreateImportJobRequest;
extern const struct awsc_shape awsc__sesv2_CreateImportJobResponse;
extern const struct awsc_shape awsc__sesv2_CreateMultiRegionEndpointRequest;
extern const struct awsc_shape awsc__sesv2_CreateMultiRegionEndpointResponse;
extern const struct awsc_shape awsc__sesv2_CreateTenantRequest;
extern const struct awsc_shape awsc__sesv2_CreateTenantResourceAssociationRequest;
extern const struct awsc_shape awsc__sesv2_CreateTenantResourceAssociationResponse;
extern const struct awsc_shape awsc__sesv2_CreateTenantResponse;
static const struct awsc_shape s_CustomRedirectDomain;
static const struct awsc_shape s_CustomVerificationEmailTemplateMetadata;
static const struct awsc_shape s_CustomVerificationEmailTemplatesList;
static const struct awsc_shape s_DailyVolume;
static const struct awsc_shape s_DailyVolumes;
static const struct awsc_shape s_DashboardAttributes;
static const struct awsc_shape s_DashboardOptions;
static const struct awsc_shape s_DataFormat;
static const struct awsc_shape s_DedicatedIp;
static const struct awsc_shape s_DedicatedIpList;
static const struct awsc_shape s_DedicatedIpPool;
static const struct awsc_shape s_DefaultDimensionValue;
extern const struct awsc_shape awsc__sesv2_DeleteConfigurationSetEventDestinationRequest;
extern const struct awsc_shape awsc__sesv2_DeleteConfigurationSetEventDestinationResponse;
extern const struct awsc_shape awsc__sesv2_DeleteConfigurationSetRequest;
extern const struct awsc_shape awsc__sesv2_DeleteConfigurationSetResponse;
extern const struct awsc_shape awsc__sesv2_DeleteContactListRequest;
extern const struct awsc_shape awsc__sesv2_DeleteContactListResponse;
extern const struct awsc_shape awsc__sesv2_DeleteContactRequest;
extern const struct awsc_shape awsc__sesv2_DeleteContactResponse;
extern const struct awsc_shape awsc__sesv2_DeleteCustomVerificationEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_DeleteCustomVerificationEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_DeleteDedicatedIpPoolRequest;
extern const struct awsc_shape awsc__sesv2_DeleteDedicatedIpPoolResponse;
extern const struct awsc_shape awsc__sesv2_DeleteEmailIdentityPolicyRequest;
extern const struct awsc_shape awsc__sesv2_DeleteEmailIdentityPolicyResponse;
extern const struct awsc_shape awsc__sesv2_DeleteEmailIdentityRequest;
extern const struct awsc_shape awsc__sesv2_DeleteEmailIdentityResponse;
extern const struct awsc_shape awsc__sesv2_DeleteEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_DeleteEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_DeleteMultiRegionEndpointRequest;
extern const struct awsc_shape awsc__sesv2_DeleteMultiRegionEndpointResponse;
extern const struct awsc_shape awsc__sesv2_DeleteSuppressedDestinationRequest;
extern const struct awsc_shape awsc__sesv2_DeleteSuppressedDestinationResponse;
extern const struct awsc_shape awsc__sesv2_DeleteTenantRequest;
extern const struct awsc_shape awsc__sesv2_DeleteTenantResourceAssociationRequest;
extern const struct awsc_shape awsc__sesv2_DeleteTenantResourceAssociationResponse;
extern const struct awsc_shape awsc__sesv2_DeleteTenantResponse;
static const struct awsc_shape s_DeliverabilityDashboardAccountStatus;
static const struct awsc_shape s_DeliverabilityTestReport;
static const struct awsc_shape s_DeliverabilityTestReports;
static const struct awsc_shape s_DeliverabilityTestStatus;
static const struct awsc_shape s_DeliverabilityTestSubject;
static const struct awsc_shape s_DeliveryEventType;
static const struct awsc_shape s_DeliveryOptions;
static const struct awsc_shape s_Description;
static const struct awsc_shape s_Destination;
static const struct awsc_shape s_Details;
static const struct awsc_shape s_DiagnosticCode;
static const struct awsc_shape s_DimensionName;
static const struct awsc_shape s_DimensionValueSource;
static const struct awsc_shape s_Dimensions;
static const struct awsc_shape s_DisplayName;
static const struct awsc_shape s_DkimAttributes;
static const struct awsc_shape s_DkimSigningAttributes;
static const struct awsc_shape s_DkimSigningAttributesOrigin;
static const struct awsc_shape s_DkimSigningKeyLength;
static const struct awsc_shape s_DkimStatus;
static const struct awsc_shape s_DnsToken;
static const struct awsc_shape s_DnsTokenList;
static const struct awsc_shape s_Domain;
static const struct awsc_shape s_DomainDeliverabilityCampaign;
static const struct awsc_shape s_DomainDeliverabilityCampaignList;
static const struct awsc_shape s_DomainDeliverabilityTrackingOption;
static const struct awsc_shape s_DomainDeliverabilityTrackingOptions;
static const struct awsc_shape s_DomainIspPlacement;
static const struct awsc_shape s_DomainIspPlacements;
static const struct awsc_shape s_EmailAddress;
static const struct awsc_shape s_EmailAddressFilterList;
static const struct awsc_shape s_EmailAddressInsightsConfidenceVerdict;
static const struct awsc_shape s_EmailAddressInsightsMailboxEvaluations;
static const struct awsc_shape s_EmailAddressInsightsVerdict;
static const struct awsc_shape s_EmailAddressList;
static const struct awsc_shape s_EmailContent;
static const struct awsc_shape s_EmailInsights;
static const struct awsc_shape s_EmailInsightsList;
static const struct awsc_shape s_EmailSubject;
static const struct awsc_shape s_EmailSubjectFilterList;
static const struct awsc_shape s_EmailTemplateContent;
static const struct awsc_shape s_EmailTemplateData;
static const struct awsc_shape s_EmailTemplateHtml;
static const struct awsc_shape s_EmailTemplateMetadata;
static const struct awsc_shape s_EmailTemplateMetadataList;
static const struct awsc_shape s_EmailTemplateName;
static const struct awsc_shape s_EmailTemplateSubject;
static const struct awsc_shape s_EmailTemplateText;
static const struct awsc_shape s_Enabled;
static const struct awsc_shape s_EnabledWrapper;
static const struct awsc_shape s_EndpointId;
static const struct awsc_shape s_EndpointName;
static const struct awsc_shape s_EngagementEventType;
static const struct awsc_shape s_ErrorMessage;
static const struct awsc_shape s_Esp;
static const struct awsc_shape s_Esps;
static const struct awsc_shape s_EventBridgeDestination;
static const struct awsc_shape s_EventDestination;
static const struct awsc_shape s_EventDestinationDefinition;
static const struct awsc_shape s_EventDestinationName;
static const struct awsc_shape s_EventDestinations;
static const struct awsc_shape s_EventDetails;
static const struct awsc_shape s_EventType;
static const struct awsc_shape s_EventTypes;
static const struct awsc_shape s_ExportDataSource;
static const struct awsc_shape s_ExportDestination;
static const struct awsc_shape s_ExportDimensionValue;
static const struct awsc_shape s_ExportDimensions;
static const struct awsc_shape s_ExportJobSummary;
static const struct awsc_shape s_ExportJobSummaryList;
static const struct awsc_shape s_ExportMetric;
static const struct awsc_shape s_ExportMetrics;
static const struct awsc_shape s_ExportSourceType;
static const struct awsc_shape s_ExportStatistics;
static const struct awsc_shape s_ExportedRecordsCount;
static const struct awsc_shape s_FailedRecordsCount;
static const struct awsc_shape s_FailedRecordsS3Url;
static const struct awsc_shape s_FailureInfo;
static const struct awsc_shape s_FailureRedirectionURL;
static const struct awsc_shape s_FeatureStatus;
static const struct awsc_shape s_FeedbackId;
static const struct awsc_shape s_GeneralEnforcementStatus;
extern const struct awsc_shape awsc__sesv2_GetAccountRequest;
extern const struct awsc_shape awsc__sesv2_GetAccountResponse;
extern const struct awsc_shape awsc__sesv2_GetBlacklistReportsRequest;
extern const struct awsc_shape awsc__sesv2_GetBlacklistReportsResponse;
extern const struct awsc_shape awsc__sesv2_GetConfigurationSetEventDestinationsRequest;
extern const struct awsc_shape awsc__sesv2_GetConfigurationSetEventDestinationsResponse;
extern const struct awsc_shape awsc__sesv2_GetConfigurationSetRequest;
extern const struct awsc_shape awsc__sesv2_GetConfigurationSetResponse;
extern const struct awsc_shape awsc__sesv2_GetContactListRequest;
extern const struct awsc_shape awsc__sesv2_GetContactListResponse;
extern const struct awsc_shape awsc__sesv2_GetContactRequest;
extern const struct awsc_shape awsc__sesv2_GetContactResponse;
extern const struct awsc_shape awsc__sesv2_GetCustomVerificationEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_GetCustomVerificationEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_GetDedicatedIpPoolRequest;
extern const struct awsc_shape awsc__sesv2_GetDedicatedIpPoolResponse;
extern const struct awsc_shape awsc__sesv2_GetDedicatedIpRequest;
extern const struct awsc_shape awsc__sesv2_GetDedicatedIpResponse;
extern const struct awsc_shape awsc__sesv2_GetDedicatedIpsRequest;
extern const struct awsc_shape awsc__sesv2_GetDedicatedIpsResponse;
extern const struct awsc_shape awsc__sesv2_GetDeliverabilityDashboardOptionsRequest;
extern const struct awsc_shape awsc__sesv2_GetDeliverabilityDashboardOptionsResponse;
extern const struct awsc_shape awsc__sesv2_GetDeliverabilityTestReportRequest;
extern const struct awsc_shape awsc__sesv2_GetDeliverabilityTestReportResponse;
extern const struct awsc_shape awsc__sesv2_GetDomainDeliverabilityCampaignRequest;
extern const struct awsc_shape awsc__sesv2_GetDomainDeliverabilityCampaignResponse;
extern const struct awsc_shape awsc__sesv2_GetDomainStatisticsReportRequest;
extern const struct awsc_shape awsc__sesv2_GetDomainStatisticsReportResponse;
extern const struct awsc_shape awsc__sesv2_GetEmailAddressInsightsRequest;
extern const struct awsc_shape awsc__sesv2_GetEmailAddressInsightsResponse;
extern const struct awsc_shape awsc__sesv2_GetEmailIdentityPoliciesRequest;
extern const struct awsc_shape awsc__sesv2_GetEmailIdentityPoliciesResponse;
extern const struct awsc_shape awsc__sesv2_GetEmailIdentityRequest;
extern const struct awsc_shape awsc__sesv2_GetEmailIdentityResponse;
extern const struct awsc_shape awsc__sesv2_GetEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_GetEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_GetExportJobRequest;
extern const struct awsc_shape awsc__sesv2_GetExportJobResponse;
extern const struct awsc_shape awsc__sesv2_GetImportJobRequest;
extern const struct awsc_shape awsc__sesv2_GetImportJobResponse;
extern const struct awsc_shape awsc__sesv2_GetMessageInsightsRequest;
extern const struct awsc_shape awsc__sesv2_GetMessageInsightsResponse;
extern const struct awsc_shape awsc__sesv2_GetMultiRegionEndpointRequest;
extern const struct awsc_shape awsc__sesv2_GetMultiRegionEndpointResponse;
extern const struct awsc_shape awsc__sesv2_GetReputationEntityRequest;
extern const struct awsc_shape awsc__sesv2_GetReputationEntityResponse;
extern const struct awsc_shape awsc__sesv2_GetSuppressedDestinationRequest;
extern const struct awsc_shape awsc__sesv2_GetSuppressedDestinationResponse;
extern const struct awsc_shape awsc__sesv2_GetTenantRequest;
extern const struct awsc_shape awsc__sesv2_GetTenantResponse;
static const struct awsc_shape s_GuardianAttributes;
static const struct awsc_shape s_GuardianOptions;
static const struct awsc_shape s_HostedZone;
static const struct awsc_shape s_HttpsPolicy;
static const struct awsc_shape s_Identity;
static const struct awsc_shape s_IdentityInfo;
static const struct awsc_shape s_IdentityInfoList;
static const struct awsc_shape s_IdentityType;
static const struct awsc_shape s_ImageUrl;
static const struct awsc_shape s_ImportDataSource;
static const struct awsc_shape s_ImportDestination;
static const struct awsc_shape s_ImportDestinationType;
static const struct awsc_shape s_ImportJobSummary;
static const struct awsc_shape s_ImportJobSummaryList;
static const struct awsc_shape s_InboxPlacementTrackingOption;
static const struct awsc_shape s_InsightsEmailAddress;
static const struct awsc_shape s_InsightsEvent;
static const struct awsc_shape s_InsightsEvents;
extern const struct awsc_shape awsc__sesv2_InternalServiceErrorException;
extern const struct awsc_shape awsc__sesv2_InvalidNextTokenException;
static const struct awsc_shape s_Ip;
static const struct awsc_shape s_IpList;
static const struct awsc_shape s_Isp;
static const struct awsc_shape s_IspFilterList;
static const struct awsc_shape s_IspName;
static const struct awsc_shape s_IspNameList;
static const struct awsc_shape s_IspPlacement;
static const struct awsc_shape s_IspPlacements;
static const struct awsc_shape s_JobId;
static const struct awsc_shape s_JobStatus;
static const struct awsc_shape s_KinesisFirehoseDestination;
static const struct awsc_shape s_LastDeliveryEventList;
static const struct awsc_shape s_LastEngagementEventList;
static const struct awsc_shape s_LastFreshStart;
extern const struct awsc_shape awsc__sesv2_LimitExceededException;
extern const struct awsc_shape awsc__sesv2_ListConfigurationSetsRequest;
extern const struct awsc_shape awsc__sesv2_ListConfigurationSetsResponse;
extern const struct awsc_shape awsc__sesv2_ListContactListsRequest;
extern const struct awsc_shape awsc__sesv2_ListContactListsResponse;
static const struct awsc_shape s_ListContactsFilter;
extern const struct awsc_shape awsc__sesv2_ListContactsRequest;
extern const struct awsc_shape awsc__sesv2_ListContactsResponse;
extern const struct awsc_shape awsc__sesv2_ListCustomVerificationEmailTemplatesRequest;
extern const struct awsc_shape awsc__sesv2_ListCustomVerificationEmailTemplatesResponse;
extern const struct awsc_shape awsc__sesv2_ListDedicatedIpPoolsRequest;
extern const struct awsc_shape awsc__sesv2_ListDedicatedIpPoolsResponse;
extern const struct awsc_shape awsc__sesv2_ListDeliverabilityTestReportsRequest;
extern const struct awsc_shape awsc__sesv2_ListDeliverabilityTestReportsResponse;
extern const struct awsc_shape awsc__sesv2_ListDomainDeliverabilityCampaignsRequest;
extern const struct awsc_shape awsc__sesv2_ListDomainDeliverabilityCampaignsResponse;
extern const struct awsc_shape awsc__sesv2_ListEmailIdentitiesRequest;
extern const struct awsc_shape awsc__sesv2_ListEmailIdentitiesResponse;
extern const struct awsc_shape awsc__sesv2_ListEmailTemplatesRequest;
extern const struct awsc_shape awsc__sesv2_ListEmailTemplatesResponse;
extern const struct awsc_shape awsc__sesv2_ListExportJobsRequest;
extern const struct awsc_shape awsc__sesv2_ListExportJobsResponse;
extern const struct awsc_shape awsc__sesv2_ListImportJobsRequest;
extern const struct awsc_shape awsc__sesv2_ListImportJobsResponse;
static const struct awsc_shape s_ListManagementOptions;
extern const struct awsc_shape awsc__sesv2_ListMultiRegionEndpointsRequest;
extern const struct awsc_shape awsc__sesv2_ListMultiRegionEndpointsResponse;
static const struct awsc_shape s_ListOfContactLists;
static const struct awsc_shape s_ListOfContacts;
static const struct awsc_shape s_ListOfDedicatedIpPools;
static const struct awsc_shape s_ListRecommendationFilterValue;
static const struct awsc_shape s_ListRecommendationsFilter;
static const struct awsc_shape s_ListRecommendationsFilterKey;
extern const struct awsc_shape awsc__sesv2_ListRecommendationsRequest;
extern const struct awsc_shape awsc__sesv2_ListRecommendationsResponse;
extern const struct awsc_shape awsc__sesv2_ListReputationEntitiesRequest;
extern const struct awsc_shape awsc__sesv2_ListReputationEntitiesResponse;
extern const struct awsc_shape awsc__sesv2_ListResourceTenantsRequest;
extern const struct awsc_shape awsc__sesv2_ListResourceTenantsResponse;
extern const struct awsc_shape awsc__sesv2_ListSuppressedDestinationsRequest;
extern const struct awsc_shape awsc__sesv2_ListSuppressedDestinationsResponse;
extern const struct awsc_shape awsc__sesv2_ListTagsForResourceRequest;
extern const struct awsc_shape awsc__sesv2_ListTagsForResourceResponse;
static const struct awsc_shape s_ListTenantResourcesFilter;
static const struct awsc_shape s_ListTenantResourcesFilterKey;
static const struct awsc_shape s_ListTenantResourcesFilterValue;
extern const struct awsc_shape awsc__sesv2_ListTenantResourcesRequest;
extern const struct awsc_shape awsc__sesv2_ListTenantResourcesResponse;
extern const struct awsc_shape awsc__sesv2_ListTenantsRequest;
extern const struct awsc_shape awsc__sesv2_ListTenantsResponse;
static const struct awsc_shape s_MailFromAttributes;
static const struct awsc_shape s_MailFromDomainName;
extern const struct awsc_shape awsc__sesv2_MailFromDomainNotVerifiedException;
static const struct awsc_shape s_MailFromDomainStatus;
static const struct awsc_shape s_MailType;
static const struct awsc_shape s_MailboxValidation;
static const struct awsc_shape s_Max24HourSend;
static const struct awsc_shape s_MaxDeliverySeconds;
static const struct awsc_shape s_MaxItems;
static const struct awsc_shape s_MaxSendRate;
static const struct awsc_shape s_Message;
static const struct awsc_shape s_MessageContent;
static const struct awsc_shape s_MessageData;
static const struct awsc_shape s_MessageHeader;
static const struct awsc_shape s_MessageHeaderList;
static const struct awsc_shape s_MessageHeaderName;
static const struct awsc_shape s_MessageHeaderValue;
static const struct awsc_shape s_MessageInsightsDataSource;
static const struct awsc_shape s_MessageInsightsExportMaxResults;
static const struct awsc_shape s_MessageInsightsFilters;
extern const struct awsc_shape awsc__sesv2_MessageRejected;
static const struct awsc_shape s_MessageTag;
static const struct awsc_shape s_MessageTagList;
static const struct awsc_shape s_MessageTagName;
static const struct awsc_shape s_MessageTagValue;
static const struct awsc_shape s_Metric;
static const struct awsc_shape s_MetricAggregation;
static const struct awsc_shape s_MetricDataError;
static const struct awsc_shape s_MetricDataErrorList;
static const struct awsc_shape s_MetricDataResult;
static const struct awsc_shape s_MetricDataResultList;
static const struct awsc_shape s_MetricDimensionName;
static const struct awsc_shape s_MetricDimensionValue;
static const struct awsc_shape s_MetricNamespace;
static const struct awsc_shape s_MetricValueList;
static const struct awsc_shape s_MetricsDataSource;
static const struct awsc_shape s_MultiRegionEndpoint;
static const struct awsc_shape s_MultiRegionEndpoints;
static const struct awsc_shape s_NextToken;
static const struct awsc_shape s_NextTokenV2;
extern const struct awsc_shape awsc__sesv2_NotFoundException;
static const struct awsc_shape s_OutboundMessageId;
static const struct awsc_shape s_OverallVolume;
static const struct awsc_shape s_PageSizeV2;
static const struct awsc_shape s_Percentage;
static const struct awsc_shape s_Percentage100Wrapper;
static const struct awsc_shape s_PinpointDestination;
static const struct awsc_shape s_PlacementStatistics;
static const struct awsc_shape s_Policy;
static const struct awsc_shape s_PolicyMap;
static const struct awsc_shape s_PolicyName;
static const struct awsc_shape s_PoolName;
static const struct awsc_shape s_PricingAttributes;
static const struct awsc_shape s_PricingPlan;
static const struct awsc_shape s_PrimaryNameServer;
static const struct awsc_shape s_PrivateKey;
static const struct awsc_shape s_ProcessedRecordsCount;
extern const struct awsc_shape awsc__sesv2_PutAccountDedicatedIpWarmupAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutAccountDedicatedIpWarmupAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutAccountDetailsRequest;
extern const struct awsc_shape awsc__sesv2_PutAccountDetailsResponse;
extern const struct awsc_shape awsc__sesv2_PutAccountPricingAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutAccountPricingAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutAccountSendingAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutAccountSendingAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutAccountSuppressionAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutAccountSuppressionAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutAccountVdmAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutAccountVdmAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetArchivingOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetArchivingOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetDeliveryOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetDeliveryOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetReputationOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetReputationOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetSendingOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetSendingOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetSuppressionOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetSuppressionOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetTrackingOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetTrackingOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetVdmOptionsRequest;
extern const struct awsc_shape awsc__sesv2_PutConfigurationSetVdmOptionsResponse;
extern const struct awsc_shape awsc__sesv2_PutDedicatedIpInPoolRequest;
extern const struct awsc_shape awsc__sesv2_PutDedicatedIpInPoolResponse;
extern const struct awsc_shape awsc__sesv2_PutDedicatedIpPoolScalingAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutDedicatedIpPoolScalingAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutDedicatedIpWarmupAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutDedicatedIpWarmupAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutDeliverabilityDashboardOptionRequest;
extern const struct awsc_shape awsc__sesv2_PutDeliverabilityDashboardOptionResponse;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityConfigurationSetAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityConfigurationSetAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimSigningAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimSigningAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityFeedbackAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityFeedbackAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityMailFromAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutEmailIdentityMailFromAttributesResponse;
extern const struct awsc_shape awsc__sesv2_PutSuppressedDestinationRequest;
extern const struct awsc_shape awsc__sesv2_PutSuppressedDestinationResponse;
extern const struct awsc_shape awsc__sesv2_PutTenantSuppressionAttributesRequest;
extern const struct awsc_shape awsc__sesv2_PutTenantSuppressionAttributesResponse;
static const struct awsc_shape s_QueryErrorCode;
static const struct awsc_shape s_QueryErrorMessage;
static const struct awsc_shape s_QueryIdentifier;
static const struct awsc_shape s_RawAttachmentData;
static const struct awsc_shape s_RawMessage;
static const struct awsc_shape s_RawMessageData;
static const struct awsc_shape s_RblName;
static const struct awsc_shape s_Recommendation;
static const struct awsc_shape s_RecommendationDescription;
static const struct awsc_shape s_RecommendationImpact;
static const struct awsc_shape s_RecommendationStatus;
static const struct awsc_shape s_RecommendationType;
static const struct awsc_shape s_RecommendationsList;
static const struct awsc_shape s_Region;
static const struct awsc_shape s_Regions;
static const struct awsc_shape s_RenderedEmailTemplate;
static const struct awsc_shape s_ReplacementEmailContent;
static const struct awsc_shape s_ReplacementTemplate;
static const struct awsc_shape s_ReportId;
static const struct awsc_shape s_ReportName;
static const struct awsc_shape s_ReputationEntitiesList;
static const struct awsc_shape s_ReputationEntity;
static const struct awsc_shape s_ReputationEntityFilter;
static const struct awsc_shape s_ReputationEntityFilterKey;
static const struct awsc_shape s_ReputationEntityFilterValue;
static const struct awsc_shape s_ReputationEntityReference;
static const struct awsc_shape s_ReputationEntityType;
static const struct awsc_shape s_ReputationOptions;
static const struct awsc_shape s_ResourceTenantMetadata;
static const struct awsc_shape s_ResourceTenantMetadataList;
static const struct awsc_shape s_ResourceType;
static const struct awsc_shape s_ReviewDetails;
static const struct awsc_shape s_ReviewStatus;
static const struct awsc_shape s_Route;
static const struct awsc_shape s_RouteDetails;
static const struct awsc_shape s_Routes;
static const struct awsc_shape s_RoutesDetails;
static const struct awsc_shape s_S3Url;
static const struct awsc_shape s_SOARecord;
static const struct awsc_shape s_ScalingMode;
static const struct awsc_shape s_Selector;
extern const struct awsc_shape awsc__sesv2_SendBulkEmailRequest;
extern const struct awsc_shape awsc__sesv2_SendBulkEmailResponse;
extern const struct awsc_shape awsc__sesv2_SendCustomVerificationEmailRequest;
extern const struct awsc_shape awsc__sesv2_SendCustomVerificationEmailResponse;
extern const struct awsc_shape awsc__sesv2_SendEmailRequest;
extern const struct awsc_shape awsc__sesv2_SendEmailResponse;
static const struct awsc_shape s_SendQuota;
static const struct awsc_shape s_SendingOptions;
extern const struct awsc_shape awsc__sesv2_SendingPausedException;
static const struct awsc_shape s_SendingPoolName;
static const struct awsc_shape s_SendingStatus;
static const struct awsc_shape s_SentLast24Hours;
static const struct awsc_shape s_SerialNumber;
static const struct awsc_shape s_SnsDestination;
static const struct awsc_shape s_Status;
static const struct awsc_shape s_StatusCause;
static const struct awsc_shape s_StatusRecord;
static const struct awsc_shape s_Subject;
static const struct awsc_shape s_SubscriptionStatus;
static const struct awsc_shape s_SuccessRedirectionURL;
static const struct awsc_shape s_SuppressedDestination;
static const struct awsc_shape s_SuppressedDestinationAttributes;
static const struct awsc_shape s_SuppressedDestinationSummaries;
static const struct awsc_shape s_SuppressedDestinationSummary;
static const struct awsc_shape s_SuppressionAttributes;
static const struct awsc_shape s_SuppressionConditionThreshold;
static const struct awsc_shape s_SuppressionConfidenceThreshold;
static const struct awsc_shape s_SuppressionConfidenceVerdictThreshold;
static const struct awsc_shape s_SuppressionListDestination;
static const struct awsc_shape s_SuppressionListImportAction;
static const struct awsc_shape s_SuppressionListReason;
static const struct awsc_shape s_SuppressionListReasons;
static const struct awsc_shape s_SuppressionListScope;
static const struct awsc_shape s_SuppressionOptions;
static const struct awsc_shape s_SuppressionValidationAttributes;
static const struct awsc_shape s_SuppressionValidationOptions;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagKeyList;
static const struct awsc_shape s_TagList;
extern const struct awsc_shape awsc__sesv2_TagResourceRequest;
extern const struct awsc_shape awsc__sesv2_TagResourceResponse;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_Template;
static const struct awsc_shape s_TemplateContent;
static const struct awsc_shape s_Tenant;
static const struct awsc_shape s_TenantId;
static const struct awsc_shape s_TenantInfo;
static const struct awsc_shape s_TenantInfoList;
static const struct awsc_shape s_TenantName;
static const struct awsc_shape s_TenantResource;
static const struct awsc_shape s_TenantResourceList;
static const struct awsc_shape s_TenantSuppressionAttributes;
extern const struct awsc_shape awsc__sesv2_TestRenderEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_TestRenderEmailTemplateResponse;
static const struct awsc_shape s_Timestamp;
static const struct awsc_shape s_TimestampList;
static const struct awsc_shape s_TlsPolicy;
extern const struct awsc_shape awsc__sesv2_TooManyRequestsException;
static const struct awsc_shape s_Topic;
static const struct awsc_shape s_TopicFilter;
static const struct awsc_shape s_TopicName;
static const struct awsc_shape s_TopicPreference;
static const struct awsc_shape s_TopicPreferenceList;
static const struct awsc_shape s_Topics;
static const struct awsc_shape s_TrackingOptions;
static const struct awsc_shape s_UnsubscribeAll;
extern const struct awsc_shape awsc__sesv2_UntagResourceRequest;
extern const struct awsc_shape awsc__sesv2_UntagResourceResponse;
extern const struct awsc_shape awsc__sesv2_UpdateConfigurationSetEventDestinationRequest;
extern const struct awsc_shape awsc__sesv2_UpdateConfigurationSetEventDestinationResponse;
extern const struct awsc_shape awsc__sesv2_UpdateContactListRequest;
extern const struct awsc_shape awsc__sesv2_UpdateContactListResponse;
extern const struct awsc_shape awsc__sesv2_UpdateContactRequest;
extern const struct awsc_shape awsc__sesv2_UpdateContactResponse;
extern const struct awsc_shape awsc__sesv2_UpdateCustomVerificationEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_UpdateCustomVerificationEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_UpdateEmailIdentityPolicyRequest;
extern const struct awsc_shape awsc__sesv2_UpdateEmailIdentityPolicyResponse;
extern const struct awsc_shape awsc__sesv2_UpdateEmailTemplateRequest;
extern const struct awsc_shape awsc__sesv2_UpdateEmailTemplateResponse;
extern const struct awsc_shape awsc__sesv2_UpdateReputationEntityCustomerManagedStatusRequest;
extern const struct awsc_shape awsc__sesv2_UpdateReputationEntityCustomerManagedStatusResponse;
extern const struct awsc_shape awsc__sesv2_UpdateReputationEntityPolicyRequest;
extern const struct awsc_shape awsc__sesv2_UpdateReputationEntityPolicyResponse;
static const struct awsc_shape s_UseCaseDescription;
static const struct awsc_shape s_UseDefaultIfPreferenceUnavailable;
static const struct awsc_shape s_VdmAttributes;
static const struct awsc_shape s_VdmOptions;
static const struct awsc_shape s_VerificationError;
static const struct awsc_shape s_VerificationInfo;
static const struct awsc_shape s_VerificationStatus;
static const struct awsc_shape s_Volume;
static const struct awsc_shape s_VolumeStatistics;
static const struct awsc_shape s_WarmupStatus;
static const struct awsc_shape s_WebsiteURL;

/* one after the other, each ending with its NUL */
static const char s_AttachmentContentDisposition_values[] =
    "ATTACHMENT\0"
    "INLINE\0";

enum awsc_sesv2_attachment_content_disposition awsc_sesv2_attachment_content_disposition_parse(const char *value)
{
    return (enum awsc_sesv2_attachment_content_disposition)awsc_enum_parse(s_AttachmentContentDisposition_values, 2, value);
}

const char *awsc_sesv2_attachment_content_disposition_str(enum awsc_sesv2_attachment_content_disposition value)
{
    return awsc_enum_str(s_AttachmentContentDisposition_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AttachmentContentTransferEncoding_values[] =
    "BASE64\0"
    "QUOTED_PRINTABLE\0"
    "SEVEN_BIT\0";

enum awsc_sesv2_attachment_content_transfer_encoding awsc_sesv2_attachment_content_transfer_encoding_parse(const char *value)
{
    return (enum awsc_sesv2_attachment_content_transfer_encoding)awsc_enum_parse(s_AttachmentContentTransferEncoding_values, 3, value);
}

const char *awsc_sesv2_attachment_content_transfer_encoding_str(enum awsc_sesv2_attachment_content_transfer_encoding value)
{
    return awsc_enum_str(s_AttachmentContentTransferEncoding_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BehaviorOnMxFailure_values[] =
    "USE_DEFAULT_VALUE\0"
    "REJECT_MESSAGE\0";

enum awsc_sesv2_behavior_on_mx_failure awsc_sesv2_behavior_on_mx_failure_parse(const char *value)
{
    return (enum awsc_sesv2_behavior_on_mx_failure)awsc_enum_parse(s_BehaviorOnMxFailure_values, 2, value);
}

const char *awsc_sesv2_behavior_on_mx_failure_str(enum awsc_sesv2_behavior_on_mx_failure value)
{
    return awsc_enum_str(s_BehaviorOnMxFailure_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BounceType_values[] =
    "UNDETERMINED\0"
    "TRANSIENT\0"
    "PERMANENT\0";

enum awsc_sesv2_bounce_type awsc_sesv2_bounce_type_parse(const char *value)
{
    return (enum awsc_sesv2_bounce_type)awsc_enum_parse(s_BounceType_values, 3, value);
}

const char *awsc_sesv2_bounce_type_str(enum awsc_sesv2_bounce_type value)
{
    return awsc_enum_str(s_BounceType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_BulkEmailStatus_values[] =
    "SUCCESS\0"
    "MESSAGE_REJECTED\0"
    "MAIL_FROM_DOMAIN_NOT_VERIFIED\0"
    "CONFIGURATION_SET_NOT_FOUND\0"
    "TEMPLATE_NOT_FOUND\0"
    "ACCOUNT_SUSPENDED\0"
    "ACCOUNT_THROTTLED\0"
    "ACCOUNT_DAILY_QUOTA_EXCEEDED\0"
    "INVALID_SENDING_POOL_NAME\0"
    "ACCOUNT_SENDING_PAUSED\0"
    "CONFIGURATION_SET_SENDING_PAUSED\0"
    "INVALID_PARAMETER\0"
    "TRANSIENT_FAILURE\0"
    "FAILED\0";

enum awsc_sesv2_bulk_email_status awsc_sesv2_bulk_email_status_parse(const char *value)
{
    return (enum awsc_sesv2_bulk_email_status)awsc_enum_parse(s_BulkEmailStatus_values, 14, value);
}

const char *awsc_sesv2_bulk_email_status_str(enum awsc_sesv2_bulk_email_status value)
{
    return awsc_enum_str(s_BulkEmailStatus_values, 14, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContactLanguage_values[] =
    "EN\0"
    "JA\0";

enum awsc_sesv2_contact_language awsc_sesv2_contact_language_parse(const char *value)
{
    return (enum awsc_sesv2_contact_language)awsc_enum_parse(s_ContactLanguage_values, 2, value);
}

const char *awsc_sesv2_contact_language_str(enum awsc_sesv2_contact_language value)
{
    return awsc_enum_str(s_ContactLanguage_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContactListImportAction_values[] =
    "DELETE\0"
    "PUT\0";

enum awsc_sesv2_contact_list_import_action awsc_sesv2_contact_list_import_action_parse(const char *value)
{
    return (enum awsc_sesv2_contact_list_import_action)awsc_enum_parse(s_ContactListImportAction_values, 2, value);
}

const char *awsc_sesv2_contact_list_import_action_str(enum awsc_sesv2_contact_list_import_action value)
{
    return awsc_enum_str(s_ContactListImportAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DataFormat_values[] =
    "CSV\0"
    "JSON\0";

enum awsc_sesv2_data_format awsc_sesv2_data_format_parse(const char *value)
{
    return (enum awsc_sesv2_data_format)awsc_enum_parse(s_DataFormat_values, 2, value);
}

const char *awsc_sesv2_data_format_str(enum awsc_sesv2_data_format value)
{
    return awsc_enum_str(s_DataFormat_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DeliverabilityDashboardAccountStatus_values[] =
    "ACTIVE\0"
    "PENDING_EXPIRATION\0"
    "DISABLED\0";

enum awsc_sesv2_deliverability_dashboard_account_status awsc_sesv2_deliverability_dashboard_account_status_parse(const char *value)
{
    return (enum awsc_sesv2_deliverability_dashboard_account_status)awsc_enum_parse(s_DeliverabilityDashboardAccountStatus_values, 3, value);
}

const char *awsc_sesv2_deliverability_dashboard_account_status_str(enum awsc_sesv2_deliverability_dashboard_account_status value)
{
    return awsc_enum_str(s_DeliverabilityDashboardAccountStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DeliverabilityTestStatus_values[] =
    "IN_PROGRESS\0"
    "COMPLETED\0";

enum awsc_sesv2_deliverability_test_status awsc_sesv2_deliverability_test_status_parse(const char *value)
{
    return (enum awsc_sesv2_deliverability_test_status)awsc_enum_parse(s_DeliverabilityTestStatus_values, 2, value);
}

const char *awsc_sesv2_deliverability_test_status_str(enum awsc_sesv2_deliverability_test_status value)
{
    return awsc_enum_str(s_DeliverabilityTestStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DeliveryEventType_values[] =
    "SEND\0"
    "DELIVERY\0"
    "TRANSIENT_BOUNCE\0"
    "PERMANENT_BOUNCE\0"
    "UNDETERMINED_BOUNCE\0"
    "COMPLAINT\0";

enum awsc_sesv2_delivery_event_type awsc_sesv2_delivery_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_delivery_event_type)awsc_enum_parse(s_DeliveryEventType_values, 6, value);
}

const char *awsc_sesv2_delivery_event_type_str(enum awsc_sesv2_delivery_event_type value)
{
    return awsc_enum_str(s_DeliveryEventType_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DimensionValueSource_values[] =
    "MESSAGE_TAG\0"
    "EMAIL_HEADER\0"
    "LINK_TAG\0";

enum awsc_sesv2_dimension_value_source awsc_sesv2_dimension_value_source_parse(const char *value)
{
    return (enum awsc_sesv2_dimension_value_source)awsc_enum_parse(s_DimensionValueSource_values, 3, value);
}

const char *awsc_sesv2_dimension_value_source_str(enum awsc_sesv2_dimension_value_source value)
{
    return awsc_enum_str(s_DimensionValueSource_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DkimSigningAttributesOrigin_values[] =
    "AWS_SES\0"
    "EXTERNAL\0"
    "AWS_SES_AF_SOUTH_1\0"
    "AWS_SES_EU_NORTH_1\0"
    "AWS_SES_AP_SOUTH_1\0"
    "AWS_SES_EU_WEST_3\0"
    "AWS_SES_EU_WEST_2\0"
    "AWS_SES_EU_SOUTH_1\0"
    "AWS_SES_EU_WEST_1\0"
    "AWS_SES_AP_NORTHEAST_3\0"
    "AWS_SES_AP_NORTHEAST_2\0"
    "AWS_SES_ME_SOUTH_1\0"
    "AWS_SES_AP_NORTHEAST_1\0"
    "AWS_SES_IL_CENTRAL_1\0"
    "AWS_SES_SA_EAST_1\0"
    "AWS_SES_CA_CENTRAL_1\0"
    "AWS_SES_AP_SOUTHEAST_1\0"
    "AWS_SES_AP_SOUTHEAST_2\0"
    "AWS_SES_AP_SOUTHEAST_3\0"
    "AWS_SES_EU_CENTRAL_1\0"
    "AWS_SES_US_EAST_1\0"
    "AWS_SES_US_EAST_2\0"
    "AWS_SES_US_WEST_1\0"
    "AWS_SES_US_WEST_2\0"
    "AWS_SES_ME_CENTRAL_1\0"
    "AWS_SES_AP_SOUTH_2\0"
    "AWS_SES_EU_CENTRAL_2\0"
    "AWS_SES_AP_SOUTHEAST_5\0"
    "AWS_SES_CA_WEST_1\0"
    "AWS_SES_US_GOV_EAST_1\0"
    "AWS_SES_US_GOV_WEST_1\0";

enum awsc_sesv2_dkim_signing_attributes_origin awsc_sesv2_dkim_signing_attributes_origin_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_signing_attributes_origin)awsc_enum_parse(s_DkimSigningAttributesOrigin_values, 31, value);
}

const char *awsc_sesv2_dkim_signing_attributes_origin_str(enum awsc_sesv2_dkim_signing_attributes_origin value)
{
    return awsc_enum_str(s_DkimSigningAttributesOrigin_values, 31, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DkimSigningKeyLength_values[] =
    "RSA_1024_BIT\0"
    "RSA_2048_BIT\0";

enum awsc_sesv2_dkim_signing_key_length awsc_sesv2_dkim_signing_key_length_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_signing_key_length)awsc_enum_parse(s_DkimSigningKeyLength_values, 2, value);
}

const char *awsc_sesv2_dkim_signing_key_length_str(enum awsc_sesv2_dkim_signing_key_length value)
{
    return awsc_enum_str(s_DkimSigningKeyLength_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DkimStatus_values[] =
    "PENDING\0"
    "SUCCESS\0"
    "FAILED\0"
    "TEMPORARY_FAILURE\0"
    "NOT_STARTED\0";

enum awsc_sesv2_dkim_status awsc_sesv2_dkim_status_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_status)awsc_enum_parse(s_DkimStatus_values, 5, value);
}

const char *awsc_sesv2_dkim_status_str(enum awsc_sesv2_dkim_status value)
{
    return awsc_enum_str(s_DkimStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EmailAddressInsightsConfidenceVerdict_values[] =
    "LOW\0"
    "MEDIUM\0"
    "HIGH\0";

enum awsc_sesv2_email_address_insights_confidence_verdict awsc_sesv2_email_address_insights_confidence_verdict_parse(const char *value)
{
    return (enum awsc_sesv2_email_address_insights_confidence_verdict)awsc_enum_parse(s_EmailAddressInsightsConfidenceVerdict_values, 3, value);
}

const char *awsc_sesv2_email_address_insights_confidence_verdict_str(enum awsc_sesv2_email_address_insights_confidence_verdict value)
{
    return awsc_enum_str(s_EmailAddressInsightsConfidenceVerdict_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EngagementEventType_values[] =
    "OPEN\0"
    "CLICK\0";

enum awsc_sesv2_engagement_event_type awsc_sesv2_engagement_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_engagement_event_type)awsc_enum_parse(s_EngagementEventType_values, 2, value);
}

const char *awsc_sesv2_engagement_event_type_str(enum awsc_sesv2_engagement_event_type value)
{
    return awsc_enum_str(s_EngagementEventType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EventType_values[] =
    "SEND\0"
    "REJECT\0"
    "BOUNCE\0"
    "COMPLAINT\0"
    "DELIVERY\0"
    "OPEN\0"
    "CLICK\0"
    "RENDERING_FAILURE\0"
    "DELIVERY_DELAY\0"
    "SUBSCRIPTION\0";

enum awsc_sesv2_event_type awsc_sesv2_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_event_type)awsc_enum_parse(s_EventType_values, 10, value);
}

const char *awsc_sesv2_event_type_str(enum awsc_sesv2_event_type value)
{
    return awsc_enum_str(s_EventType_values, 10, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ExportSourceType_values[] =
    "METRICS_DATA\0"
    "MESSAGE_INSIGHTS\0";

enum awsc_sesv2_export_source_type awsc_sesv2_export_source_type_parse(const char *value)
{
    return (enum awsc_sesv2_export_source_type)awsc_enum_parse(s_ExportSourceType_values, 2, value);
}

const char *awsc_sesv2_export_source_type_str(enum awsc_sesv2_export_source_type value)
{
    return awsc_enum_str(s_ExportSourceType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FeatureStatus_values[] =
    "ENABLED\0"
    "DISABLED\0";

enum awsc_sesv2_feature_status awsc_sesv2_feature_status_parse(const char *value)
{
    return (enum awsc_sesv2_feature_status)awsc_enum_parse(s_FeatureStatus_values, 2, value);
}

const char *awsc_sesv2_feature_status_str(enum awsc_sesv2_feature_status value)
{
    return awsc_enum_str(s_FeatureStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_HttpsPolicy_values[] =
    "REQUIRE\0"
    "REQUIRE_OPEN_ONLY\0"
    "OPTIONAL\0";

enum awsc_sesv2_https_policy awsc_sesv2_https_policy_parse(const char *value)
{
    return (enum awsc_sesv2_https_policy)awsc_enum_parse(s_HttpsPolicy_values, 3, value);
}

const char *awsc_sesv2_https_policy_str(enum awsc_sesv2_https_policy value)
{
    return awsc_enum_str(s_HttpsPolicy_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_IdentityType_values[] =
    "EMAIL_ADDRESS\0"
    "DOMAIN\0"
    "MANAGED_DOMAIN\0";

enum awsc_sesv2_identity_type awsc_sesv2_identity_type_parse(const char *value)
{
    return (enum awsc_sesv2_identity_type)awsc_enum_parse(s_IdentityType_values, 3, value);
}

const char *awsc_sesv2_identity_type_str(enum awsc_sesv2_identity_type value)
{
    return awsc_enum_str(s_IdentityType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ImportDestinationType_values[] =
    "SUPPRESSION_LIST\0"
    "CONTACT_LIST\0";

enum awsc_sesv2_import_destination_type awsc_sesv2_import_destination_type_parse(const char *value)
{
    return (enum awsc_sesv2_import_destination_type)awsc_enum_parse(s_ImportDestinationType_values, 2, value);
}

const char *awsc_sesv2_import_destination_type_str(enum awsc_sesv2_import_destination_type value)
{
    return awsc_enum_str(s_ImportDestinationType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_JobStatus_values[] =
    "CREATED\0"
    "PROCESSING\0"
    "COMPLETED\0"
    "FAILED\0"
    "CANCELLED\0";

enum awsc_sesv2_job_status awsc_sesv2_job_status_parse(const char *value)
{
    return (enum awsc_sesv2_job_status)awsc_enum_parse(s_JobStatus_values, 5, value);
}

const char *awsc_sesv2_job_status_str(enum awsc_sesv2_job_status value)
{
    return awsc_enum_str(s_JobStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ListRecommendationsFilterKey_values[] =
    "TYPE\0"
    "IMPACT\0"
    "STATUS\0"
    "RESOURCE_ARN\0";

enum awsc_sesv2_list_recommendations_filter_key awsc_sesv2_list_recommendations_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_list_recommendations_filter_key)awsc_enum_parse(s_ListRecommendationsFilterKey_values, 4, value);
}

const char *awsc_sesv2_list_recommendations_filter_key_str(enum awsc_sesv2_list_recommendations_filter_key value)
{
    return awsc_enum_str(s_ListRecommendationsFilterKey_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ListTenantResourcesFilterKey_values[] =
    "RESOURCE_TYPE\0";

enum awsc_sesv2_list_tenant_resources_filter_key awsc_sesv2_list_tenant_resources_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_list_tenant_resources_filter_key)awsc_enum_parse(s_ListTenantResourcesFilterKey_values, 1, value);
}

const char *awsc_sesv2_list_tenant_resources_filter_key_str(enum awsc_sesv2_list_tenant_resources_filter_key value)
{
    return awsc_enum_str(s_ListTenantResourcesFilterKey_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MailFromDomainStatus_values[] =
    "PENDING\0"
    "SUCCESS\0"
    "FAILED\0"
    "TEMPORARY_FAILURE\0";

enum awsc_sesv2_mail_from_domain_status awsc_sesv2_mail_from_domain_status_parse(const char *value)
{
    return (enum awsc_sesv2_mail_from_domain_status)awsc_enum_parse(s_MailFromDomainStatus_values, 4, value);
}

const char *awsc_sesv2_mail_from_domain_status_str(enum awsc_sesv2_mail_from_domain_status value)
{
    return awsc_enum_str(s_MailFromDomainStatus_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MailType_values[] =
    "MARKETING\0"
    "TRANSACTIONAL\0";

enum awsc_sesv2_mail_type awsc_sesv2_mail_type_parse(const char *value)
{
    return (enum awsc_sesv2_mail_type)awsc_enum_parse(s_MailType_values, 2, value);
}

const char *awsc_sesv2_mail_type_str(enum awsc_sesv2_mail_type value)
{
    return awsc_enum_str(s_MailType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Metric_values[] =
    "SEND\0"
    "COMPLAINT\0"
    "PERMANENT_BOUNCE\0"
    "TRANSIENT_BOUNCE\0"
    "OPEN\0"
    "CLICK\0"
    "DELIVERY\0"
    "DELIVERY_OPEN\0"
    "DELIVERY_CLICK\0"
    "DELIVERY_COMPLAINT\0";

enum awsc_sesv2_metric awsc_sesv2_metric_parse(const char *value)
{
    return (enum awsc_sesv2_metric)awsc_enum_parse(s_Metric_values, 10, value);
}

const char *awsc_sesv2_metric_str(enum awsc_sesv2_metric value)
{
    return awsc_enum_str(s_Metric_values, 10, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetricAggregation_values[] =
    "RATE\0"
    "VOLUME\0";

enum awsc_sesv2_metric_aggregation awsc_sesv2_metric_aggregation_parse(const char *value)
{
    return (enum awsc_sesv2_metric_aggregation)awsc_enum_parse(s_MetricAggregation_values, 2, value);
}

const char *awsc_sesv2_metric_aggregation_str(enum awsc_sesv2_metric_aggregation value)
{
    return awsc_enum_str(s_MetricAggregation_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetricDimensionName_values[] =
    "EMAIL_IDENTITY\0"
    "CONFIGURATION_SET\0"
    "ISP\0";

enum awsc_sesv2_metric_dimension_name awsc_sesv2_metric_dimension_name_parse(const char *value)
{
    return (enum awsc_sesv2_metric_dimension_name)awsc_enum_parse(s_MetricDimensionName_values, 3, value);
}

const char *awsc_sesv2_metric_dimension_name_str(enum awsc_sesv2_metric_dimension_name value)
{
    return awsc_enum_str(s_MetricDimensionName_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_MetricNamespace_values[] =
    "VDM\0";

enum awsc_sesv2_metric_namespace awsc_sesv2_metric_namespace_parse(const char *value)
{
    return (enum awsc_sesv2_metric_namespace)awsc_enum_parse(s_MetricNamespace_values, 1, value);
}

const char *awsc_sesv2_metric_namespace_str(enum awsc_sesv2_metric_namespace value)
{
    return awsc_enum_str(s_MetricNamespace_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PricingPlan_values[] =
    "NONE\0"
    "ESSENTIALS\0"
    "PRO\0"
    "ENTERPRISE\0";

enum awsc_sesv2_pricing_plan awsc_sesv2_pricing_plan_parse(const char *value)
{
    return (enum awsc_sesv2_pricing_plan)awsc_enum_parse(s_PricingPlan_values, 4, value);
}

const char *awsc_sesv2_pricing_plan_str(enum awsc_sesv2_pricing_plan value)
{
    return awsc_enum_str(s_PricingPlan_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_QueryErrorCode_values[] =
    "INTERNAL_FAILURE\0"
    "ACCESS_DENIED\0";

enum awsc_sesv2_query_error_code awsc_sesv2_query_error_code_parse(const char *value)
{
    return (enum awsc_sesv2_query_error_code)awsc_enum_parse(s_QueryErrorCode_values, 2, value);
}

const char *awsc_sesv2_query_error_code_str(enum awsc_sesv2_query_error_code value)
{
    return awsc_enum_str(s_QueryErrorCode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RecommendationImpact_values[] =
    "LOW\0"
    "HIGH\0";

enum awsc_sesv2_recommendation_impact awsc_sesv2_recommendation_impact_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_impact)awsc_enum_parse(s_RecommendationImpact_values, 2, value);
}

const char *awsc_sesv2_recommendation_impact_str(enum awsc_sesv2_recommendation_impact value)
{
    return awsc_enum_str(s_RecommendationImpact_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RecommendationStatus_values[] =
    "OPEN\0"
    "FIXED\0";

enum awsc_sesv2_recommendation_status awsc_sesv2_recommendation_status_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_status)awsc_enum_parse(s_RecommendationStatus_values, 2, value);
}

const char *awsc_sesv2_recommendation_status_str(enum awsc_sesv2_recommendation_status value)
{
    return awsc_enum_str(s_RecommendationStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_RecommendationType_values[] =
    "DKIM\0"
    "DMARC\0"
    "SPF\0"
    "BIMI\0"
    "COMPLAINT\0"
    "BOUNCE\0"
    "FEEDBACK_3P\0"
    "IP_LISTING\0";

enum awsc_sesv2_recommendation_type awsc_sesv2_recommendation_type_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_type)awsc_enum_parse(s_RecommendationType_values, 8, value);
}

const char *awsc_sesv2_recommendation_type_str(enum awsc_sesv2_recommendation_type value)
{
    return awsc_enum_str(s_RecommendationType_values, 8, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReputationEntityFilterKey_values[] =
    "ENTITY_TYPE\0"
    "REPUTATION_IMPACT\0"
    "SENDING_STATUS\0"
    "ENTITY_REFERENCE_PREFIX\0";

enum awsc_sesv2_reputation_entity_filter_key awsc_sesv2_reputation_entity_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_reputation_entity_filter_key)awsc_enum_parse(s_ReputationEntityFilterKey_values, 4, value);
}

const char *awsc_sesv2_reputation_entity_filter_key_str(enum awsc_sesv2_reputation_entity_filter_key value)
{
    return awsc_enum_str(s_ReputationEntityFilterKey_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReputationEntityType_values[] =
    "RESOURCE\0";

enum awsc_sesv2_reputation_entity_type awsc_sesv2_reputation_entity_type_parse(const char *value)
{
    return (enum awsc_sesv2_reputation_entity_type)awsc_enum_parse(s_ReputationEntityType_values, 1, value);
}

const char *awsc_sesv2_reputation_entity_type_str(enum awsc_sesv2_reputation_entity_type value)
{
    return awsc_enum_str(s_ReputationEntityType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ResourceType_values[] =
    "EMAIL_IDENTITY\0"
    "CONFIGURATION_SET\0"
    "EMAIL_TEMPLATE\0";

enum awsc_sesv2_resource_type awsc_sesv2_resource_type_parse(const char *value)
{
    return (enum awsc_sesv2_resource_type)awsc_enum_parse(s_ResourceType_values, 3, value);
}

const char *awsc_sesv2_resource_type_str(enum awsc_sesv2_resource_type value)
{
    return awsc_enum_str(s_ResourceType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReviewStatus_values[] =
    "PENDING\0"
    "FAILED\0"
    "GRANTED\0"
    "DENIED\0";

enum awsc_sesv2_review_status awsc_sesv2_review_status_parse(const char *value)
{
    return (enum awsc_sesv2_review_status)awsc_enum_parse(s_ReviewStatus_values, 4, value);
}

const char *awsc_sesv2_review_status_str(enum awsc_sesv2_review_status value)
{
    return awsc_enum_str(s_ReviewStatus_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ScalingMode_values[] =
    "STANDARD\0"
    "MANAGED\0";

enum awsc_sesv2_scaling_mode awsc_sesv2_scaling_mode_parse(const char *value)
{
    return (enum awsc_sesv2_scaling_mode)awsc_enum_parse(s_ScalingMode_values, 2, value);
}

const char *awsc_sesv2_scaling_mode_str(enum awsc_sesv2_scaling_mode value)
{
    return awsc_enum_str(s_ScalingMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SendingStatus_values[] =
    "ENABLED\0"
    "REINSTATED\0"
    "DISABLED\0";

enum awsc_sesv2_sending_status awsc_sesv2_sending_status_parse(const char *value)
{
    return (enum awsc_sesv2_sending_status)awsc_enum_parse(s_SendingStatus_values, 3, value);
}

const char *awsc_sesv2_sending_status_str(enum awsc_sesv2_sending_status value)
{
    return awsc_enum_str(s_SendingStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Status_values[] =
    "CREATING\0"
    "READY\0"
    "FAILED\0"
    "DELETING\0";

enum awsc_sesv2_status awsc_sesv2_status_parse(const char *value)
{
    return (enum awsc_sesv2_status)awsc_enum_parse(s_Status_values, 4, value);
}

const char *awsc_sesv2_status_str(enum awsc_sesv2_status value)
{
    return awsc_enum_str(s_Status_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SubscriptionStatus_values[] =
    "OPT_IN\0"
    "OPT_OUT\0";

enum awsc_sesv2_subscription_status awsc_sesv2_subscription_status_parse(const char *value)
{
    return (enum awsc_sesv2_subscription_status)awsc_enum_parse(s_SubscriptionStatus_values, 2, value);
}

const char *awsc_sesv2_subscription_status_str(enum awsc_sesv2_subscription_status value)
{
    return awsc_enum_str(s_SubscriptionStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SuppressionConfidenceVerdictThreshold_values[] =
    "MEDIUM\0"
    "HIGH\0"
    "MANAGED\0";

enum awsc_sesv2_suppression_confidence_verdict_threshold awsc_sesv2_suppression_confidence_verdict_threshold_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_confidence_verdict_threshold)awsc_enum_parse(s_SuppressionConfidenceVerdictThreshold_values, 3, value);
}

const char *awsc_sesv2_suppression_confidence_verdict_threshold_str(enum awsc_sesv2_suppression_confidence_verdict_threshold value)
{
    return awsc_enum_str(s_SuppressionConfidenceVerdictThreshold_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SuppressionListImportAction_values[] =
    "DELETE\0"
    "PUT\0";

enum awsc_sesv2_suppression_list_import_action awsc_sesv2_suppression_list_import_action_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_import_action)awsc_enum_parse(s_SuppressionListImportAction_values, 2, value);
}

const char *awsc_sesv2_suppression_list_import_action_str(enum awsc_sesv2_suppression_list_import_action value)
{
    return awsc_enum_str(s_SuppressionListImportAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SuppressionListReason_values[] =
    "BOUNCE\0"
    "COMPLAINT\0";

enum awsc_sesv2_suppression_list_reason awsc_sesv2_suppression_list_reason_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_reason)awsc_enum_parse(s_SuppressionListReason_values, 2, value);
}

const char *awsc_sesv2_suppression_list_reason_str(enum awsc_sesv2_suppression_list_reason value)
{
    return awsc_enum_str(s_SuppressionListReason_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SuppressionListScope_values[] =
    "ACCOUNT\0"
    "TENANT\0";

enum awsc_sesv2_suppression_list_scope awsc_sesv2_suppression_list_scope_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_scope)awsc_enum_parse(s_SuppressionListScope_values, 2, value);
}

const char *awsc_sesv2_suppression_list_scope_str(enum awsc_sesv2_suppression_list_scope value)
{
    return awsc_enum_str(s_SuppressionListScope_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_TlsPolicy_values[] =
    "REQUIRE\0"
    "OPTIONAL\0";

enum awsc_sesv2_tls_policy awsc_sesv2_tls_policy_parse(const char *value)
{
    return (enum awsc_sesv2_tls_policy)awsc_enum_parse(s_TlsPolicy_values, 2, value);
}

const char *awsc_sesv2_tls_policy_str(enum awsc_sesv2_tls_policy value)
{
    return awsc_enum_str(s_TlsPolicy_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_VerificationError_values[] =
    "SERVICE_ERROR\0"
    "DNS_SERVER_ERROR\0"
    "HOST_NOT_FOUND\0"
    "TYPE_NOT_FOUND\0"
    "INVALID_VALUE\0"
    "REPLICATION_ACCESS_DENIED\0"
    "REPLICATION_PRIMARY_NOT_FOUND\0"
    "REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED\0"
    "REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED\0"
    "REPLICATION_PRIMARY_INVALID_REGION\0";

enum awsc_sesv2_verification_error awsc_sesv2_verification_error_parse(const char *value)
{
    return (enum awsc_sesv2_verification_error)awsc_enum_parse(s_VerificationError_values, 10, value);
}

const char *awsc_sesv2_verification_error_str(enum awsc_sesv2_verification_error value)
{
    return awsc_enum_str(s_VerificationError_values, 10, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_VerificationStatus_values[] =
    "PENDING\0"
    "SUCCESS\0"
    "FAILED\0"
    "TEMPORARY_FAILURE\0"
    "NOT_STARTED\0";

enum awsc_sesv2_verification_status awsc_sesv2_verification_status_parse(const char *value)
{
    return (enum awsc_sesv2_verification_status)awsc_enum_parse(s_VerificationStatus_values, 5, value);
}

const char *awsc_sesv2_verification_status_str(enum awsc_sesv2_verification_status value)
{
    return awsc_enum_str(s_VerificationStatus_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_WarmupStatus_values[] =
    "IN_PROGRESS\0"
    "DONE\0"
    "NOT_APPLICABLE\0";

enum awsc_sesv2_warmup_status awsc_sesv2_warmup_status_parse(const char *value)
{
    return (enum awsc_sesv2_warmup_status)awsc_enum_parse(s_WarmupStatus_values, 3, value);
}

const char *awsc_sesv2_warmup_status_str(enum awsc_sesv2_warmup_status value)
{
    return awsc_enum_str(s_WarmupStatus_values, 3, (int)value);
}

static const struct awsc_range s_AdditionalContactEmailAddress_range = { true, true, 6, 254 };
static const struct awsc_range s_AdditionalContactEmailAddresses_range = { true, true, 1, 4 };
static const struct awsc_range s_AmazonResourceName_range = { true, false, 1, 0 };
static const struct awsc_range s_ArchiveArn_range = { true, true, 20, 1011 };
static const struct awsc_range s_AttachmentContentDescription_range = { false, true, 0, 1000 };
static const struct awsc_range s_AttachmentContentId_range = { true, true, 1, 78 };
static const struct awsc_range s_AttachmentContentType_range = { true, true, 1, 78 };
static const struct awsc_range s_AttachmentFileName_range = { false, true, 0, 255 };
static const struct awsc_range s_BatchGetMetricDataQueries_range = { true, true, 1, 10 };
static const struct awsc_range s_Dimensions_range = { true, true, 1, 3 };
static const struct awsc_range s_EmailAddressFilterList_range = { false, true, 0, 5 };
static const struct awsc_range s_EmailSubject_range = { true, true, 1, 998 };
static const struct awsc_range s_EmailSubjectFilterList_range = { false, true, 0, 1 };
static const struct awsc_range s_EmailTemplateData_range = { false, true, 0, 262144 };
static const struct awsc_range s_EmailTemplateName_range = { true, false, 1, 0 };
static const struct awsc_range s_EndpointName_range = { true, true, 1, 64 };
static const struct awsc_range s_ExportDimensionValue_range = { true, true, 1, 10 };
static const struct awsc_range s_ExportDimensions_range = { true, true, 1, 3 };
static const struct awsc_range s_ExportMetrics_range = { true, true, 1, 10 };
static const struct awsc_range s_Identity_range = { true, false, 1, 0 };
static const struct awsc_range s_InsightsEmailAddress_range = { true, true, 1, 320 };
static const struct awsc_range s_IspFilterList_range = { false, true, 0, 5 };
static const struct awsc_range s_JobId_range = { true, false, 1, 0 };
static const struct awsc_range s_LastDeliveryEventList_range = { false, true, 0, 5 };
static const struct awsc_range s_LastEngagementEventList_range = { false, true, 0, 2 };
static const struct awsc_range s_ListRecommendationFilterValue_range = { true, true, 1, 512 };
static const struct awsc_range s_ListRecommendationsFilter_range = { true, true, 1, 2 };
static const struct awsc_range s_ListTenantResourcesFilterValue_range = { true, true, 1, 512 };
static const struct awsc_range s_MaxDeliverySeconds_range = { true, true, 300, 50400 };
static const struct awsc_range s_MessageHeaderList_range = { true, true, 0, 15 };
static const struct awsc_range s_MessageHeaderName_range = { true, true, 1, 126 };
static const struct awsc_range s_MessageHeaderValue_range = { true, true, 1, 995 };
static const struct awsc_range s_MessageInsightsExportMaxResults_range = { true, true, 1, 10000 };
static const struct awsc_range s_NextTokenV2_range = { true, true, 1, 5000 };
static const struct awsc_range s_PageSizeV2_range = { true, true, 1, 1000 };
static const struct awsc_range s_Policy_range = { true, false, 1, 0 };
static const struct awsc_range s_PolicyName_range = { true, true, 1, 64 };
static const struct awsc_range s_PrivateKey_range = { true, true, 1, 20480 };
static const struct awsc_range s_QueryIdentifier_range = { true, true, 1, 255 };
static const struct awsc_range s_ReputationEntityFilterValue_range = { true, true, 1, 512 };
static const struct awsc_range s_ReputationEntityReference_range = { true, false, 1, 0 };
static const struct awsc_range s_Selector_range = { true, true, 1, 63 };
static const struct awsc_range s_StatusCause_range = { true, true, 1, 512 };
static const struct awsc_range s_TenantName_range = { true, false, 1, 0 };
static const struct awsc_range s_UseCaseDescription_range = { false, true, 0, 5000 };
static const struct awsc_range s_WebsiteURL_range = { true, true, 1, 1000 };

static const struct awsc_member s_AccountDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MailType", &s_MailType, offsetof(struct awsc_sesv2_account_details, mail_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WebsiteURL", &s_WebsiteURL, offsetof(struct awsc_sesv2_account_details, website_url), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContactLanguage", &s_ContactLanguage, offsetof(struct awsc_sesv2_account_details, contact_language), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UseCaseDescription", &s_UseCaseDescription, offsetof(struct awsc_sesv2_account_details, use_case_description), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AdditionalContactEmailAddresses", &s_AdditionalContactEmailAddresses, offsetof(struct awsc_sesv2_account_details, additional_contact_email_addresses), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReviewDetails", &s_ReviewDetails, offsetof(struct awsc_sesv2_account_details, review_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccountDetails_by_wire_name[] = { 4, 2, 0, 5, 3, 1 };

static const struct awsc_member s_ArchivingOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ArchiveArn", &s_ArchiveArn, offsetof(struct awsc_sesv2_archiving_options, archive_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ArchivingOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_Attachment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RawContent", &s_RawAttachmentData, offsetof(struct awsc_sesv2_attachment, raw_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentDisposition", &s_AttachmentContentDisposition, offsetof(struct awsc_sesv2_attachment, content_disposition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FileName", &s_AttachmentFileName, offsetof(struct awsc_sesv2_attachment, file_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentDescription", &s_AttachmentContentDescription, offsetof(struct awsc_sesv2_attachment, content_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentId", &s_AttachmentContentId, offsetof(struct awsc_sesv2_attachment, content_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentTransferEncoding", &s_AttachmentContentTransferEncoding, offsetof(struct awsc_sesv2_attachment, content_transfer_encoding), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContentType", &s_AttachmentContentType, offsetof(struct awsc_sesv2_attachment, content_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Attachment_by_wire_name[] = { 3, 1, 4, 5, 6, 2, 0 };

static const struct awsc_member s_BatchGetMetricDataQuery_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_QueryIdentifier, offsetof(struct awsc_sesv2_batch_get_metric_data_query, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_MetricNamespace, offsetof(struct awsc_sesv2_batch_get_metric_data_query, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Metric", &s_Metric, offsetof(struct awsc_sesv2_batch_get_metric_data_query, metric), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Dimensions", &s_Dimensions, offsetof(struct awsc_sesv2_batch_get_metric_data_query, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_batch_get_metric_data_query, start_date), offsetof(struct awsc_sesv2_batch_get_metric_data_query, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_sesv2_batch_get_metric_data_query, end_date), offsetof(struct awsc_sesv2_batch_get_metric_data_query, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BatchGetMetricDataQuery_by_wire_name[] = { 3, 5, 0, 2, 1, 4 };

static const struct awsc_member awsc__sesv2_BatchGetMetricDataRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Queries", &s_BatchGetMetricDataQueries, offsetof(struct awsc_sesv2_batch_get_metric_data_input, queries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_BatchGetMetricDataRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_BatchGetMetricDataResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Results", &s_MetricDataResultList, offsetof(struct awsc_sesv2_batch_get_metric_data_output, results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Errors", &s_MetricDataErrorList, offsetof(struct awsc_sesv2_batch_get_metric_data_output, errors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_BatchGetMetricDataResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_BlacklistEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RblName", &s_RblName, offsetof(struct awsc_sesv2_blacklist_entry, rbl_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ListingTime", &s_Timestamp, offsetof(struct awsc_sesv2_blacklist_entry, listing_time), offsetof(struct awsc_sesv2_blacklist_entry, has_listing_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_BlacklistingDescription, offsetof(struct awsc_sesv2_blacklist_entry, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BlacklistEntry_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_Body_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Text", &s_Content, offsetof(struct awsc_sesv2_body, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Html", &s_Content, offsetof(struct awsc_sesv2_body, html), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Body_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Bounce_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BounceType", &s_BounceType, offsetof(struct awsc_sesv2_bounce, bounce_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BounceSubType", &s_BounceSubType, offsetof(struct awsc_sesv2_bounce, bounce_sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DiagnosticCode", &s_DiagnosticCode, offsetof(struct awsc_sesv2_bounce, diagnostic_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Bounce_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_BulkEmailContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Template", &s_Template, offsetof(struct awsc_sesv2_bulk_email_content, template_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BulkEmailContent_by_wire_name[] = { 0 };

static const struct awsc_member s_BulkEmailEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Destination", &s_Destination, offsetof(struct awsc_sesv2_bulk_email_entry, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplacementTags", &s_MessageTagList, offsetof(struct awsc_sesv2_bulk_email_entry, replacement_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplacementEmailContent", &s_ReplacementEmailContent, offsetof(struct awsc_sesv2_bulk_email_entry, replacement_email_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplacementHeaders", &s_MessageHeaderList, offsetof(struct awsc_sesv2_bulk_email_entry, replacement_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BulkEmailEntry_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member s_BulkEmailEntryResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_BulkEmailStatus, offsetof(struct awsc_sesv2_bulk_email_entry_result, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorMessage, offsetof(struct awsc_sesv2_bulk_email_entry_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageId", &s_OutboundMessageId, offsetof(struct awsc_sesv2_bulk_email_entry_result, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BulkEmailEntryResult_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__sesv2_CancelExportJobRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_cancel_export_job_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CancelExportJobRequest_by_wire_name[] = { 0 };

static const struct awsc_member s_CloudWatchDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DimensionConfigurations", &s_CloudWatchDimensionConfigurations, offsetof(struct awsc_sesv2_cloud_watch_destination, dimension_configurations), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CloudWatchDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_CloudWatchDimensionConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DimensionName", &s_DimensionName, offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, dimension_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DimensionValueSource", &s_DimensionValueSource, offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, dimension_value_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DefaultDimensionValue", &s_DefaultDimensionValue, offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, default_dimension_value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CloudWatchDimensionConfiguration_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_Complaint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ComplaintSubType", &s_ComplaintSubType, offsetof(struct awsc_sesv2_complaint, complaint_sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ComplaintFeedbackType", &s_ComplaintFeedbackType, offsetof(struct awsc_sesv2_complaint, complaint_feedback_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Complaint_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Contact_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_contact, email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicPreferences", &s_TopicPreferenceList, offsetof(struct awsc_sesv2_contact, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicDefaultPreferences", &s_TopicPreferenceList, offsetof(struct awsc_sesv2_contact, topic_default_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UnsubscribeAll", &s_UnsubscribeAll, offsetof(struct awsc_sesv2_contact, unsubscribe_all), offsetof(struct awsc_sesv2_contact, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_contact, last_updated_timestamp), offsetof(struct awsc_sesv2_contact, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Contact_by_wire_name[] = { 0, 4, 2, 1, 3 };

static const struct awsc_member s_ContactList_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_contact_list, contact_list_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_contact_list, last_updated_timestamp), offsetof(struct awsc_sesv2_contact_list, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContactList_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ContactListDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_contact_list_destination, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContactListImportAction", &s_ContactListImportAction, offsetof(struct awsc_sesv2_contact_list_destination, contact_list_import_action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContactListDestination_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Content_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Data", &s_MessageData, offsetof(struct awsc_sesv2_content, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Charset", &s_Charset, offsetof(struct awsc_sesv2_content, charset), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Content_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_CreateConfigurationSetEventDestinationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EventDestinationName", &s_EventDestinationName, offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, event_destination_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventDestination", &s_EventDestinationDefinition, offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, event_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateConfigurationSetEventDestinationRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_CreateConfigurationSetRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_create_configuration_set_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TrackingOptions", &s_TrackingOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, tracking_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeliveryOptions", &s_DeliveryOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, delivery_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReputationOptions", &s_ReputationOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, reputation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingOptions", &s_SendingOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, sending_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_configuration_set_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionOptions", &s_SuppressionOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, suppression_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VdmOptions", &s_VdmOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, vdm_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ArchivingOptions", &s_ArchivingOptions, offsetof(struct awsc_sesv2_create_configuration_set_input, archiving_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateConfigurationSetRequest_by_wire_name[] = { 8, 0, 2, 3, 4, 6, 5, 1, 7 };

static const struct awsc_member awsc__sesv2_CreateContactListRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_create_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Topics", &s_Topics, offsetof(struct awsc_sesv2_create_contact_list_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_sesv2_create_contact_list_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_contact_list_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateContactListRequest_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__sesv2_CreateContactRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_create_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_create_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicPreferences", &s_TopicPreferenceList, offsetof(struct awsc_sesv2_create_contact_input, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UnsubscribeAll", &s_UnsubscribeAll, offsetof(struct awsc_sesv2_create_contact_input, unsubscribe_all), offsetof(struct awsc_sesv2_create_contact_input, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesData", &s_AttributesData, offsetof(struct awsc_sesv2_create_contact_input, attributes_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateContactRequest_by_wire_name[] = { 4, 0, 1, 2, 3 };

static const struct awsc_member awsc__sesv2_CreateCustomVerificationEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateSubject", &s_EmailTemplateSubject, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_subject), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_TemplateContent, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuccessRedirectionURL", &s_SuccessRedirectionURL, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, success_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureRedirectionURL", &s_FailureRedirectionURL, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, failure_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateCustomVerificationEmailTemplateRequest_by_wire_name[] = { 6, 1, 5, 4, 3, 0, 2 };

static const struct awsc_member awsc__sesv2_CreateDedicatedIpPoolRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingMode", &s_ScalingMode, offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, scaling_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateDedicatedIpPoolRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_CreateDeliverabilityTestReportRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReportName", &s_ReportName, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, report_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Content", &s_EmailContent, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateDeliverabilityTestReportRequest_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member awsc__sesv2_CreateDeliverabilityTestReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReportId", &s_ReportId, offsetof(struct awsc_sesv2_create_deliverability_test_report_output, report_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeliverabilityTestStatus", &s_DeliverabilityTestStatus, offsetof(struct awsc_sesv2_create_deliverability_test_report_output, deliverability_test_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateDeliverabilityTestReportResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_CreateEmailIdentityPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_create_email_identity_policy_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_PolicyName, offsetof(struct awsc_sesv2_create_email_identity_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_Policy, offsetof(struct awsc_sesv2_create_email_identity_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateEmailIdentityPolicyRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_CreateEmailIdentityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_create_email_identity_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_email_identity_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DkimSigningAttributes", &s_DkimSigningAttributes, offsetof(struct awsc_sesv2_create_email_identity_input, dkim_signing_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_create_email_identity_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateEmailIdentityRequest_by_wire_name[] = { 3, 2, 0, 1 };

static const struct awsc_member awsc__sesv2_CreateEmailIdentityResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IdentityType", &s_IdentityType, offsetof(struct awsc_sesv2_create_email_identity_output, identity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VerifiedForSendingStatus", &s_Enabled, offsetof(struct awsc_sesv2_create_email_identity_output, verified_for_sending_status), offsetof(struct awsc_sesv2_create_email_identity_output, has_verified_for_sending_status), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DkimAttributes", &s_DkimAttributes, offsetof(struct awsc_sesv2_create_email_identity_output, dkim_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateEmailIdentityResponse_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sesv2_CreateEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_create_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_EmailTemplateContent, offsetof(struct awsc_sesv2_create_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_email_template_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateEmailTemplateRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sesv2_CreateExportJobRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportDataSource", &s_ExportDataSource, offsetof(struct awsc_sesv2_create_export_job_input, export_data_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportDestination", &s_ExportDestination, offsetof(struct awsc_sesv2_create_export_job_input, export_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateExportJobRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_CreateExportJobResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_create_export_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateExportJobResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_CreateImportJobRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportDestination", &s_ImportDestination, offsetof(struct awsc_sesv2_create_import_job_input, import_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportDataSource", &s_ImportDataSource, offsetof(struct awsc_sesv2_create_import_job_input, import_data_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateImportJobRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_CreateImportJobResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_create_import_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateImportJobResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_CreateMultiRegionEndpointRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointName", &s_EndpointName, offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, endpoint_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Details", &s_Details, offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateMultiRegionEndpointRequest_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__sesv2_CreateMultiRegionEndpointResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_Status, offsetof(struct awsc_sesv2_create_multi_region_endpoint_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndpointId", &s_EndpointId, offsetof(struct awsc_sesv2_create_multi_region_endpoint_output, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateMultiRegionEndpointResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_CreateTenantRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_create_tenant_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_tenant_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionAttributes", &s_TenantSuppressionAttributes, offsetof(struct awsc_sesv2_create_tenant_input, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateTenantRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sesv2_CreateTenantResourceAssociationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_create_tenant_resource_association_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_create_tenant_resource_association_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateTenantResourceAssociationRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_CreateTenantResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_create_tenant_output, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId", &s_TenantId, offsetof(struct awsc_sesv2_create_tenant_output, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_create_tenant_output, tenant_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_create_tenant_output, created_timestamp), offsetof(struct awsc_sesv2_create_tenant_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_create_tenant_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingStatus", &s_SendingStatus, offsetof(struct awsc_sesv2_create_tenant_output, sending_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionAttributes", &s_TenantSuppressionAttributes, offsetof(struct awsc_sesv2_create_tenant_output, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_CreateTenantResponse_by_wire_name[] = { 3, 5, 6, 4, 2, 1, 0 };

static const struct awsc_member s_CustomVerificationEmailTemplateMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateSubject", &s_EmailTemplateSubject, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, template_subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuccessRedirectionURL", &s_SuccessRedirectionURL, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, success_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureRedirectionURL", &s_FailureRedirectionURL, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, failure_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CustomVerificationEmailTemplateMetadata_by_wire_name[] = { 4, 1, 3, 0, 2 };

static const struct awsc_member s_DailyVolume_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_daily_volume, start_date), offsetof(struct awsc_sesv2_daily_volume, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VolumeStatistics", &s_VolumeStatistics, offsetof(struct awsc_sesv2_daily_volume, volume_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DomainIspPlacements", &s_DomainIspPlacements, offsetof(struct awsc_sesv2_daily_volume, domain_isp_placements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DailyVolume_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_DashboardAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EngagementMetrics", &s_FeatureStatus, offsetof(struct awsc_sesv2_dashboard_attributes, engagement_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DashboardAttributes_by_wire_name[] = { 0 };

static const struct awsc_member s_DashboardOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EngagementMetrics", &s_FeatureStatus, offsetof(struct awsc_sesv2_dashboard_options, engagement_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DashboardOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_DedicatedIp_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Ip", &s_Ip, offsetof(struct awsc_sesv2_dedicated_ip, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmupStatus", &s_WarmupStatus, offsetof(struct awsc_sesv2_dedicated_ip, warmup_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WarmupPercentage", &s_Percentage100Wrapper, offsetof(struct awsc_sesv2_dedicated_ip, warmup_percentage), offsetof(struct awsc_sesv2_dedicated_ip, has_warmup_percentage), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_dedicated_ip, pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DedicatedIp_by_wire_name[] = { 0, 3, 2, 1 };

static const struct awsc_member s_DedicatedIpPool_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_dedicated_ip_pool, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ScalingMode", &s_ScalingMode, offsetof(struct awsc_sesv2_dedicated_ip_pool, scaling_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DedicatedIpPool_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_DeleteConfigurationSetEventDestinationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_delete_configuration_set_event_destination_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EventDestinationName", &s_EventDestinationName, offsetof(struct awsc_sesv2_delete_configuration_set_event_destination_input, event_destination_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteConfigurationSetEventDestinationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_DeleteConfigurationSetRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_delete_configuration_set_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteConfigurationSetRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteContactListRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_delete_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteContactListRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteContactRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_delete_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_delete_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteContactRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_DeleteCustomVerificationEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_delete_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteCustomVerificationEmailTemplateRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteDedicatedIpPoolRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_delete_dedicated_ip_pool_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteDedicatedIpPoolRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteEmailIdentityPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_delete_email_identity_policy_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_PolicyName, offsetof(struct awsc_sesv2_delete_email_identity_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteEmailIdentityPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_DeleteEmailIdentityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_delete_email_identity_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteEmailIdentityRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_delete_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteEmailTemplateRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteMultiRegionEndpointRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointName", &s_EndpointName, offsetof(struct awsc_sesv2_delete_multi_region_endpoint_input, endpoint_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteMultiRegionEndpointRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteMultiRegionEndpointResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_Status, offsetof(struct awsc_sesv2_delete_multi_region_endpoint_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteMultiRegionEndpointResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteSuppressedDestinationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_delete_suppressed_destination_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_delete_suppressed_destination_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteSuppressedDestinationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_DeleteTenantRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_delete_tenant_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteTenantRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_DeleteTenantResourceAssociationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_delete_tenant_resource_association_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_delete_tenant_resource_association_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_DeleteTenantResourceAssociationRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_DeliverabilityTestReport_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReportId", &s_ReportId, offsetof(struct awsc_sesv2_deliverability_test_report, report_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReportName", &s_ReportName, offsetof(struct awsc_sesv2_deliverability_test_report, report_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_DeliverabilityTestSubject, offsetof(struct awsc_sesv2_deliverability_test_report, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_deliverability_test_report, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_Timestamp, offsetof(struct awsc_sesv2_deliverability_test_report, create_date), offsetof(struct awsc_sesv2_deliverability_test_report, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeliverabilityTestStatus", &s_DeliverabilityTestStatus, offsetof(struct awsc_sesv2_deliverability_test_report, deliverability_test_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeliverabilityTestReport_by_wire_name[] = { 4, 5, 3, 0, 1, 2 };

static const struct awsc_member s_DeliveryOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TlsPolicy", &s_TlsPolicy, offsetof(struct awsc_sesv2_delivery_options, tls_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingPoolName", &s_PoolName, offsetof(struct awsc_sesv2_delivery_options, sending_pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxDeliverySeconds", &s_MaxDeliverySeconds, offsetof(struct awsc_sesv2_delivery_options, max_delivery_seconds), offsetof(struct awsc_sesv2_delivery_options, has_max_delivery_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeliveryOptions_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_Destination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ToAddresses", &s_EmailAddressList, offsetof(struct awsc_sesv2_destination, to_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CcAddresses", &s_EmailAddressList, offsetof(struct awsc_sesv2_destination, cc_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BccAddresses", &s_EmailAddressList, offsetof(struct awsc_sesv2_destination, bcc_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Destination_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_Details_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoutesDetails", &s_RoutesDetails, offsetof(struct awsc_sesv2_details, routes_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Details_by_wire_name[] = { 0 };

static const struct awsc_member s_DkimAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SigningEnabled", &s_Enabled, offsetof(struct awsc_sesv2_dkim_attributes, signing_enabled), offsetof(struct awsc_sesv2_dkim_attributes, has_signing_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_DkimStatus, offsetof(struct awsc_sesv2_dkim_attributes, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tokens", &s_DnsTokenList, offsetof(struct awsc_sesv2_dkim_attributes, tokens), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningHostedZone", &s_HostedZone, offsetof(struct awsc_sesv2_dkim_attributes, signing_hosted_zone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningAttributesOrigin", &s_DkimSigningAttributesOrigin, offsetof(struct awsc_sesv2_dkim_attributes, signing_attributes_origin), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextSigningKeyLength", &s_DkimSigningKeyLength, offsetof(struct awsc_sesv2_dkim_attributes, next_signing_key_length), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CurrentSigningKeyLength", &s_DkimSigningKeyLength, offsetof(struct awsc_sesv2_dkim_attributes, current_signing_key_length), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastKeyGenerationTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_dkim_attributes, last_key_generation_timestamp), offsetof(struct awsc_sesv2_dkim_attributes, has_last_key_generation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DkimAttributes_by_wire_name[] = { 6, 7, 5, 4, 0, 3, 1, 2 };

static const struct awsc_member s_DkimSigningAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DomainSigningSelector", &s_Selector, offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_selector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DomainSigningPrivateKey", &s_PrivateKey, offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_private_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextSigningKeyLength", &s_DkimSigningKeyLength, offsetof(struct awsc_sesv2_dkim_signing_attributes, next_signing_key_length), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DomainSigningAttributesOrigin", &s_DkimSigningAttributesOrigin, offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_attributes_origin), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DkimSigningAttributes_by_wire_name[] = { 3, 1, 0, 2 };

static const struct awsc_member s_DomainDeliverabilityCampaign_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CampaignId", &s_CampaignId, offsetof(struct awsc_sesv2_domain_deliverability_campaign, campaign_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImageUrl", &s_ImageUrl, offsetof(struct awsc_sesv2_domain_deliverability_campaign, image_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_Subject, offsetof(struct awsc_sesv2_domain_deliverability_campaign, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromAddress", &s_Identity, offsetof(struct awsc_sesv2_domain_deliverability_campaign, from_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingIps", &s_IpList, offsetof(struct awsc_sesv2_domain_deliverability_campaign, sending_ips), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FirstSeenDateTime", &s_Timestamp, offsetof(struct awsc_sesv2_domain_deliverability_campaign, first_seen_date_time), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_first_seen_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastSeenDateTime", &s_Timestamp, offsetof(struct awsc_sesv2_domain_deliverability_campaign, last_seen_date_time), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_last_seen_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InboxCount", &s_Volume, offsetof(struct awsc_sesv2_domain_deliverability_campaign, inbox_count), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_inbox_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SpamCount", &s_Volume, offsetof(struct awsc_sesv2_domain_deliverability_campaign, spam_count), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_spam_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReadRate", &s_Percentage, offsetof(struct awsc_sesv2_domain_deliverability_campaign, read_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_read_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeleteRate", &s_Percentage, offsetof(struct awsc_sesv2_domain_deliverability_campaign, delete_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_delete_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReadDeleteRate", &s_Percentage, offsetof(struct awsc_sesv2_domain_deliverability_campaign, read_delete_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_read_delete_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectedVolume", &s_Volume, offsetof(struct awsc_sesv2_domain_deliverability_campaign, projected_volume), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_projected_volume), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Esps", &s_Esps, offsetof(struct awsc_sesv2_domain_deliverability_campaign, esps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DomainDeliverabilityCampaign_by_wire_name[] = { 0, 10, 13, 5, 3, 1, 7, 6, 12, 11, 9, 4, 8, 2 };

static const struct awsc_member s_DomainDeliverabilityTrackingOption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Domain", &s_Domain, offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubscriptionStartDate", &s_Timestamp, offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, subscription_start_date), offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, has_subscription_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InboxPlacementTrackingOption", &s_InboxPlacementTrackingOption, offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, inbox_placement_tracking_option), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DomainDeliverabilityTrackingOption_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_DomainIspPlacement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IspName", &s_IspName, offsetof(struct awsc_sesv2_domain_isp_placement, isp_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InboxRawCount", &s_Volume, offsetof(struct awsc_sesv2_domain_isp_placement, inbox_raw_count), offsetof(struct awsc_sesv2_domain_isp_placement, has_inbox_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SpamRawCount", &s_Volume, offsetof(struct awsc_sesv2_domain_isp_placement, spam_raw_count), offsetof(struct awsc_sesv2_domain_isp_placement, has_spam_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InboxPercentage", &s_Percentage, offsetof(struct awsc_sesv2_domain_isp_placement, inbox_percentage), offsetof(struct awsc_sesv2_domain_isp_placement, has_inbox_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SpamPercentage", &s_Percentage, offsetof(struct awsc_sesv2_domain_isp_placement, spam_percentage), offsetof(struct awsc_sesv2_domain_isp_placement, has_spam_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DomainIspPlacement_by_wire_name[] = { 3, 1, 0, 4, 2 };

static const struct awsc_member s_EmailAddressInsightsMailboxEvaluations_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"HasValidSyntax", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, has_valid_syntax), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HasValidDnsRecords", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, has_valid_dns_records), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MailboxExists", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, mailbox_exists), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsRoleAddress", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_role_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsDisposable", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_disposable), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsRandomInput", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_random_input), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EmailAddressInsightsMailboxEvaluations_by_wire_name[] = { 1, 0, 4, 5, 3, 2 };

static const struct awsc_member s_EmailAddressInsightsVerdict_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfidenceVerdict", &s_EmailAddressInsightsConfidenceVerdict, offsetof(struct awsc_sesv2_email_address_insights_verdict, confidence_verdict), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EmailAddressInsightsVerdict_by_wire_name[] = { 0 };

static const struct awsc_member s_EmailContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Simple", &s_Message, offsetof(struct awsc_sesv2_email_content, simple), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Raw", &s_RawMessage, offsetof(struct awsc_sesv2_email_content, raw), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Template", &s_Template, offsetof(struct awsc_sesv2_email_content, template_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EmailContent_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_EmailInsights_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Destination", &s_InsightsEmailAddress, offsetof(struct awsc_sesv2_email_insights, destination), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Isp", &s_Isp, offsetof(struct awsc_sesv2_email_insights, isp), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Events", &s_InsightsEvents, offsetof(struct awsc_sesv2_email_insights, events), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EmailInsights_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_EmailTemplateContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Subject", &s_EmailTemplateSubject, offsetof(struct awsc_sesv2_email_template_content, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Text", &s_EmailTemplateText, offsetof(struct awsc_sesv2_email_template_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Html", &s_EmailTemplateHtml, offsetof(struct awsc_sesv2_email_template_content, html), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EmailTemplateContent_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_EmailTemplateMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_email_template_metadata, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_email_template_metadata, created_timestamp), offsetof(struct awsc_sesv2_email_template_metadata, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EmailTemplateMetadata_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_EventBridgeDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EventBusArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_event_bridge_destination, event_bus_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventBridgeDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_EventDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_EventDestinationName, offsetof(struct awsc_sesv2_event_destination, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Enabled", &s_Enabled, offsetof(struct awsc_sesv2_event_destination, enabled), offsetof(struct awsc_sesv2_event_destination, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MatchingEventTypes", &s_EventTypes, offsetof(struct awsc_sesv2_event_destination, matching_event_types), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KinesisFirehoseDestination", &s_KinesisFirehoseDestination, offsetof(struct awsc_sesv2_event_destination, kinesis_firehose_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CloudWatchDestination", &s_CloudWatchDestination, offsetof(struct awsc_sesv2_event_destination, cloud_watch_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SnsDestination", &s_SnsDestination, offsetof(struct awsc_sesv2_event_destination, sns_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventBridgeDestination", &s_EventBridgeDestination, offsetof(struct awsc_sesv2_event_destination, event_bridge_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PinpointDestination", &s_PinpointDestination, offsetof(struct awsc_sesv2_event_destination, pinpoint_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventDestination_by_wire_name[] = { 4, 1, 6, 3, 2, 0, 7, 5 };

static const struct awsc_member s_EventDestinationDefinition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Enabled", &s_Enabled, offsetof(struct awsc_sesv2_event_destination_definition, enabled), offsetof(struct awsc_sesv2_event_destination_definition, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MatchingEventTypes", &s_EventTypes, offsetof(struct awsc_sesv2_event_destination_definition, matching_event_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"KinesisFirehoseDestination", &s_KinesisFirehoseDestination, offsetof(struct awsc_sesv2_event_destination_definition, kinesis_firehose_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CloudWatchDestination", &s_CloudWatchDestination, offsetof(struct awsc_sesv2_event_destination_definition, cloud_watch_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SnsDestination", &s_SnsDestination, offsetof(struct awsc_sesv2_event_destination_definition, sns_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EventBridgeDestination", &s_EventBridgeDestination, offsetof(struct awsc_sesv2_event_destination_definition, event_bridge_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PinpointDestination", &s_PinpointDestination, offsetof(struct awsc_sesv2_event_destination_definition, pinpoint_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventDestinationDefinition_by_wire_name[] = { 3, 0, 5, 2, 1, 6, 4 };

static const struct awsc_member s_EventDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Bounce", &s_Bounce, offsetof(struct awsc_sesv2_event_details, bounce), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Complaint", &s_Complaint, offsetof(struct awsc_sesv2_event_details, complaint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EventDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ExportDataSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MetricsDataSource", &s_MetricsDataSource, offsetof(struct awsc_sesv2_export_data_source, metrics_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MessageInsightsDataSource", &s_MessageInsightsDataSource, offsetof(struct awsc_sesv2_export_data_source, message_insights_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportDataSource_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ExportDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DataFormat", &s_DataFormat, offsetof(struct awsc_sesv2_export_destination, data_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"S3Url", &s_S3Url, offsetof(struct awsc_sesv2_export_destination, s3_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportDestination_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ExportJobSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_export_job_summary, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportSourceType", &s_ExportSourceType, offsetof(struct awsc_sesv2_export_job_summary, export_source_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobStatus", &s_JobStatus, offsetof(struct awsc_sesv2_export_job_summary, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_export_job_summary, created_timestamp), offsetof(struct awsc_sesv2_export_job_summary, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompletedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_export_job_summary, completed_timestamp), offsetof(struct awsc_sesv2_export_job_summary, has_completed_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportJobSummary_by_wire_name[] = { 4, 3, 1, 0, 2 };

static const struct awsc_member s_ExportMetric_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_Metric, offsetof(struct awsc_sesv2_export_metric, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Aggregation", &s_MetricAggregation, offsetof(struct awsc_sesv2_export_metric, aggregation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportMetric_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ExportStatistics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ProcessedRecordsCount", &s_ProcessedRecordsCount, offsetof(struct awsc_sesv2_export_statistics, processed_records_count), offsetof(struct awsc_sesv2_export_statistics, has_processed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportedRecordsCount", &s_ExportedRecordsCount, offsetof(struct awsc_sesv2_export_statistics, exported_records_count), offsetof(struct awsc_sesv2_export_statistics, has_exported_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ExportStatistics_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_FailureInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FailedRecordsS3Url", &s_FailedRecordsS3Url, offsetof(struct awsc_sesv2_failure_info, failed_records_s3_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorMessage", &s_ErrorMessage, offsetof(struct awsc_sesv2_failure_info, error_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FailureInfo_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_GetAccountResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DedicatedIpAutoWarmupEnabled", &s_Enabled, offsetof(struct awsc_sesv2_get_account_output, dedicated_ip_auto_warmup_enabled), offsetof(struct awsc_sesv2_get_account_output, has_dedicated_ip_auto_warmup_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnforcementStatus", &s_GeneralEnforcementStatus, offsetof(struct awsc_sesv2_get_account_output, enforcement_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProductionAccessEnabled", &s_Enabled, offsetof(struct awsc_sesv2_get_account_output, production_access_enabled), offsetof(struct awsc_sesv2_get_account_output, has_production_access_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendQuota", &s_SendQuota, offsetof(struct awsc_sesv2_get_account_output, send_quota), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingEnabled", &s_Enabled, offsetof(struct awsc_sesv2_get_account_output, sending_enabled), offsetof(struct awsc_sesv2_get_account_output, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionAttributes", &s_SuppressionAttributes, offsetof(struct awsc_sesv2_get_account_output, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Details", &s_AccountDetails, offsetof(struct awsc_sesv2_get_account_output, details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VdmAttributes", &s_VdmAttributes, offsetof(struct awsc_sesv2_get_account_output, vdm_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PricingAttributes", &s_PricingAttributes, offsetof(struct awsc_sesv2_get_account_output, pricing_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetAccountResponse_by_wire_name[] = { 0, 6, 1, 8, 2, 3, 4, 5, 7 };

static const struct awsc_member awsc__sesv2_GetBlacklistReportsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BlacklistItemNames", &s_BlacklistItemNames, offsetof(struct awsc_sesv2_get_blacklist_reports_input, blacklist_item_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetBlacklistReportsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetBlacklistReportsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BlacklistReport", &s_BlacklistReport, offsetof(struct awsc_sesv2_get_blacklist_reports_output, blacklist_report), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetBlacklistReportsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetConfigurationSetEventDestinationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_get_configuration_set_event_destinations_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetConfigurationSetEventDestinationsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetConfigurationSetEventDestinationsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EventDestinations", &s_EventDestinations, offsetof(struct awsc_sesv2_get_configuration_set_event_destinations_output, event_destinations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetConfigurationSetEventDestinationsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetConfigurationSetRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_get_configuration_set_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetConfigurationSetRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetConfigurationSetResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_get_configuration_set_output, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TrackingOptions", &s_TrackingOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, tracking_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeliveryOptions", &s_DeliveryOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, delivery_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReputationOptions", &s_ReputationOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, reputation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingOptions", &s_SendingOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, sending_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_get_configuration_set_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionOptions", &s_SuppressionOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, suppression_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VdmOptions", &s_VdmOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, vdm_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ArchivingOptions", &s_ArchivingOptions, offsetof(struct awsc_sesv2_get_configuration_set_output, archiving_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetConfigurationSetResponse_by_wire_name[] = { 8, 0, 2, 3, 4, 6, 5, 1, 7 };

static const struct awsc_member awsc__sesv2_GetContactListRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_get_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetContactListRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetContactListResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_get_contact_list_output, contact_list_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Topics", &s_Topics, offsetof(struct awsc_sesv2_get_contact_list_output, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_sesv2_get_contact_list_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_contact_list_output, created_timestamp), offsetof(struct awsc_sesv2_get_contact_list_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_contact_list_output, last_updated_timestamp), offsetof(struct awsc_sesv2_get_contact_list_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_get_contact_list_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetContactListResponse_by_wire_name[] = { 0, 3, 2, 4, 5, 1 };

static const struct awsc_member awsc__sesv2_GetContactRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_get_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_get_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetContactRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_GetContactResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_get_contact_output, contact_list_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_get_contact_output, email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicPreferences", &s_TopicPreferenceList, offsetof(struct awsc_sesv2_get_contact_output, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicDefaultPreferences", &s_TopicPreferenceList, offsetof(struct awsc_sesv2_get_contact_output, topic_default_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UnsubscribeAll", &s_UnsubscribeAll, offsetof(struct awsc_sesv2_get_contact_output, unsubscribe_all), offsetof(struct awsc_sesv2_get_contact_output, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesData", &s_AttributesData, offsetof(struct awsc_sesv2_get_contact_output, attributes_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_contact_output, created_timestamp), offsetof(struct awsc_sesv2_get_contact_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_contact_output, last_updated_timestamp), offsetof(struct awsc_sesv2_get_contact_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetContactResponse_by_wire_name[] = { 5, 0, 6, 1, 7, 3, 2, 4 };

static const struct awsc_member awsc__sesv2_GetCustomVerificationEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_get_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetCustomVerificationEmailTemplateRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetCustomVerificationEmailTemplateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateSubject", &s_EmailTemplateSubject, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_TemplateContent, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuccessRedirectionURL", &s_SuccessRedirectionURL, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, success_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureRedirectionURL", &s_FailureRedirectionURL, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, failure_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetCustomVerificationEmailTemplateResponse_by_wire_name[] = { 6, 1, 5, 4, 3, 0, 2 };

static const struct awsc_member awsc__sesv2_GetDedicatedIpPoolRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_get_dedicated_ip_pool_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDedicatedIpPoolRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDedicatedIpPoolResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DedicatedIpPool", &s_DedicatedIpPool, offsetof(struct awsc_sesv2_get_dedicated_ip_pool_output, dedicated_ip_pool), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDedicatedIpPoolResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDedicatedIpRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Ip\0" "IP", &s_Ip, offsetof(struct awsc_sesv2_get_dedicated_ip_input, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDedicatedIpRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDedicatedIpResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DedicatedIp", &s_DedicatedIp, offsetof(struct awsc_sesv2_get_dedicated_ip_output, dedicated_ip), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDedicatedIpResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDedicatedIpsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_get_dedicated_ips_input, pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_get_dedicated_ips_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_get_dedicated_ips_input, page_size), offsetof(struct awsc_sesv2_get_dedicated_ips_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDedicatedIpsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__sesv2_GetDedicatedIpsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DedicatedIps", &s_DedicatedIpList, offsetof(struct awsc_sesv2_get_dedicated_ips_output, dedicated_ips), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_get_dedicated_ips_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDedicatedIpsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_GetDeliverabilityDashboardOptionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardEnabled", &s_Enabled, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, dashboard_enabled), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, has_dashboard_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubscriptionExpiryDate", &s_Timestamp, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, subscription_expiry_date), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, has_subscription_expiry_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccountStatus", &s_DeliverabilityDashboardAccountStatus, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, account_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActiveSubscribedDomains", &s_DomainDeliverabilityTrackingOptions, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, active_subscribed_domains), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PendingExpirationSubscribedDomains", &s_DomainDeliverabilityTrackingOptions, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, pending_expiration_subscribed_domains), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDeliverabilityDashboardOptionsResponse_by_wire_name[] = { 2, 3, 0, 4, 1 };

static const struct awsc_member awsc__sesv2_GetDeliverabilityTestReportRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReportId", &s_ReportId, offsetof(struct awsc_sesv2_get_deliverability_test_report_input, report_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDeliverabilityTestReportRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDeliverabilityTestReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeliverabilityTestReport", &s_DeliverabilityTestReport, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, deliverability_test_report), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OverallPlacement", &s_PlacementStatistics, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, overall_placement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IspPlacements", &s_IspPlacements, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, isp_placements), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_MessageContent, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDeliverabilityTestReportResponse_by_wire_name[] = { 0, 2, 3, 1, 4 };

static const struct awsc_member awsc__sesv2_GetDomainDeliverabilityCampaignRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CampaignId", &s_CampaignId, offsetof(struct awsc_sesv2_get_domain_deliverability_campaign_input, campaign_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDomainDeliverabilityCampaignRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDomainDeliverabilityCampaignResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DomainDeliverabilityCampaign", &s_DomainDeliverabilityCampaign, offsetof(struct awsc_sesv2_get_domain_deliverability_campaign_output, domain_deliverability_campaign), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDomainDeliverabilityCampaignResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetDomainStatisticsReportRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Domain", &s_Identity, offsetof(struct awsc_sesv2_get_domain_statistics_report_input, domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_get_domain_statistics_report_input, start_date), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_sesv2_get_domain_statistics_report_input, end_date), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDomainStatisticsReportRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_GetDomainStatisticsReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OverallVolume", &s_OverallVolume, offsetof(struct awsc_sesv2_get_domain_statistics_report_output, overall_volume), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DailyVolumes", &s_DailyVolumes, offsetof(struct awsc_sesv2_get_domain_statistics_report_output, daily_volumes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetDomainStatisticsReportResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_GetEmailAddressInsightsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_get_email_address_insights_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailAddressInsightsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetEmailAddressInsightsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MailboxValidation", &s_MailboxValidation, offsetof(struct awsc_sesv2_get_email_address_insights_output, mailbox_validation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailAddressInsightsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetEmailIdentityPoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_get_email_identity_policies_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailIdentityPoliciesRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetEmailIdentityPoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policies", &s_PolicyMap, offsetof(struct awsc_sesv2_get_email_identity_policies_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailIdentityPoliciesResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetEmailIdentityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_get_email_identity_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailIdentityRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetEmailIdentityResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IdentityType", &s_IdentityType, offsetof(struct awsc_sesv2_get_email_identity_output, identity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FeedbackForwardingStatus", &s_Enabled, offsetof(struct awsc_sesv2_get_email_identity_output, feedback_forwarding_status), offsetof(struct awsc_sesv2_get_email_identity_output, has_feedback_forwarding_status), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VerifiedForSendingStatus", &s_Enabled, offsetof(struct awsc_sesv2_get_email_identity_output, verified_for_sending_status), offsetof(struct awsc_sesv2_get_email_identity_output, has_verified_for_sending_status), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DkimAttributes", &s_DkimAttributes, offsetof(struct awsc_sesv2_get_email_identity_output, dkim_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MailFromAttributes", &s_MailFromAttributes, offsetof(struct awsc_sesv2_get_email_identity_output, mail_from_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policies", &s_PolicyMap, offsetof(struct awsc_sesv2_get_email_identity_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_get_email_identity_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_get_email_identity_output, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VerificationStatus", &s_VerificationStatus, offsetof(struct awsc_sesv2_get_email_identity_output, verification_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VerificationInfo", &s_VerificationInfo, offsetof(struct awsc_sesv2_get_email_identity_output, verification_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailIdentityResponse_by_wire_name[] = { 7, 3, 1, 0, 4, 5, 6, 9, 8, 2 };

static const struct awsc_member awsc__sesv2_GetEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_get_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailTemplateRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetEmailTemplateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_get_email_template_output, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_EmailTemplateContent, offsetof(struct awsc_sesv2_get_email_template_output, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_get_email_template_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetEmailTemplateResponse_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sesv2_GetExportJobRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_get_export_job_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetExportJobRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetExportJobResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_get_export_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportSourceType", &s_ExportSourceType, offsetof(struct awsc_sesv2_get_export_job_output, export_source_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobStatus", &s_JobStatus, offsetof(struct awsc_sesv2_get_export_job_output, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportDestination", &s_ExportDestination, offsetof(struct awsc_sesv2_get_export_job_output, export_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportDataSource", &s_ExportDataSource, offsetof(struct awsc_sesv2_get_export_job_output, export_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_export_job_output, created_timestamp), offsetof(struct awsc_sesv2_get_export_job_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompletedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_export_job_output, completed_timestamp), offsetof(struct awsc_sesv2_get_export_job_output, has_completed_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureInfo", &s_FailureInfo, offsetof(struct awsc_sesv2_get_export_job_output, failure_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Statistics", &s_ExportStatistics, offsetof(struct awsc_sesv2_get_export_job_output, statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetExportJobResponse_by_wire_name[] = { 6, 5, 4, 3, 1, 7, 0, 2, 8 };

static const struct awsc_member awsc__sesv2_GetImportJobRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_get_import_job_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetImportJobRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetImportJobResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_get_import_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportDestination", &s_ImportDestination, offsetof(struct awsc_sesv2_get_import_job_output, import_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportDataSource", &s_ImportDataSource, offsetof(struct awsc_sesv2_get_import_job_output, import_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureInfo", &s_FailureInfo, offsetof(struct awsc_sesv2_get_import_job_output, failure_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobStatus", &s_JobStatus, offsetof(struct awsc_sesv2_get_import_job_output, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_import_job_output, created_timestamp), offsetof(struct awsc_sesv2_get_import_job_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CompletedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_import_job_output, completed_timestamp), offsetof(struct awsc_sesv2_get_import_job_output, has_completed_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProcessedRecordsCount", &s_ProcessedRecordsCount, offsetof(struct awsc_sesv2_get_import_job_output, processed_records_count), offsetof(struct awsc_sesv2_get_import_job_output, has_processed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailedRecordsCount", &s_FailedRecordsCount, offsetof(struct awsc_sesv2_get_import_job_output, failed_records_count), offsetof(struct awsc_sesv2_get_import_job_output, has_failed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetImportJobResponse_by_wire_name[] = { 6, 5, 8, 3, 2, 1, 0, 4, 7 };

static const struct awsc_member awsc__sesv2_GetMessageInsightsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_OutboundMessageId, offsetof(struct awsc_sesv2_get_message_insights_input, message_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetMessageInsightsRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetMessageInsightsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_OutboundMessageId, offsetof(struct awsc_sesv2_get_message_insights_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_InsightsEmailAddress, offsetof(struct awsc_sesv2_get_message_insights_output, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_EmailSubject, offsetof(struct awsc_sesv2_get_message_insights_output, subject), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EmailTags", &s_MessageTagList, offsetof(struct awsc_sesv2_get_message_insights_output, email_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Insights", &s_EmailInsightsList, offsetof(struct awsc_sesv2_get_message_insights_output, insights), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetMessageInsightsResponse_by_wire_name[] = { 3, 1, 4, 0, 2 };

static const struct awsc_member awsc__sesv2_GetMultiRegionEndpointRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointName", &s_EndpointName, offsetof(struct awsc_sesv2_get_multi_region_endpoint_input, endpoint_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetMultiRegionEndpointRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetMultiRegionEndpointResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointName", &s_EndpointName, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, endpoint_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndpointId", &s_EndpointId, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Routes", &s_Routes, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, routes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_Status, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, created_timestamp), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, last_updated_timestamp), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetMultiRegionEndpointResponse_by_wire_name[] = { 4, 1, 0, 5, 2, 3 };

static const struct awsc_member awsc__sesv2_GetReputationEntityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationEntityReference", &s_ReputationEntityReference, offsetof(struct awsc_sesv2_get_reputation_entity_input, reputation_entity_reference), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ReputationEntityType", &s_ReputationEntityType, offsetof(struct awsc_sesv2_get_reputation_entity_input, reputation_entity_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetReputationEntityRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_GetReputationEntityResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationEntity", &s_ReputationEntity, offsetof(struct awsc_sesv2_get_reputation_entity_output, reputation_entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetReputationEntityResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetSuppressedDestinationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_get_suppressed_destination_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_get_suppressed_destination_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetSuppressedDestinationRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_GetSuppressedDestinationResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressedDestination", &s_SuppressedDestination, offsetof(struct awsc_sesv2_get_suppressed_destination_output, suppressed_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetSuppressedDestinationResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetTenantRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_get_tenant_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetTenantRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_GetTenantResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tenant", &s_Tenant, offsetof(struct awsc_sesv2_get_tenant_output, tenant), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_GetTenantResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardianAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OptimizedSharedDelivery", &s_FeatureStatus, offsetof(struct awsc_sesv2_guardian_attributes, optimized_shared_delivery), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardianAttributes_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardianOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OptimizedSharedDelivery", &s_FeatureStatus, offsetof(struct awsc_sesv2_guardian_options, optimized_shared_delivery), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardianOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_IdentityInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IdentityType", &s_IdentityType, offsetof(struct awsc_sesv2_identity_info, identity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IdentityName", &s_Identity, offsetof(struct awsc_sesv2_identity_info, identity_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingEnabled", &s_Enabled, offsetof(struct awsc_sesv2_identity_info, sending_enabled), offsetof(struct awsc_sesv2_identity_info, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VerificationStatus", &s_VerificationStatus, offsetof(struct awsc_sesv2_identity_info, verification_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IdentityInfo_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member s_ImportDataSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"S3Url", &s_S3Url, offsetof(struct awsc_sesv2_import_data_source, s3_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DataFormat", &s_DataFormat, offsetof(struct awsc_sesv2_import_data_source, data_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImportDataSource_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ImportDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressionListDestination", &s_SuppressionListDestination, offsetof(struct awsc_sesv2_import_destination, suppression_list_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContactListDestination", &s_ContactListDestination, offsetof(struct awsc_sesv2_import_destination, contact_list_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImportDestination_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ImportJobSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_JobId, offsetof(struct awsc_sesv2_import_job_summary, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ImportDestination", &s_ImportDestination, offsetof(struct awsc_sesv2_import_job_summary, import_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobStatus", &s_JobStatus, offsetof(struct awsc_sesv2_import_job_summary, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_import_job_summary, created_timestamp), offsetof(struct awsc_sesv2_import_job_summary, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProcessedRecordsCount", &s_ProcessedRecordsCount, offsetof(struct awsc_sesv2_import_job_summary, processed_records_count), offsetof(struct awsc_sesv2_import_job_summary, has_processed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailedRecordsCount", &s_FailedRecordsCount, offsetof(struct awsc_sesv2_import_job_summary, failed_records_count), offsetof(struct awsc_sesv2_import_job_summary, has_failed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImportJobSummary_by_wire_name[] = { 3, 5, 1, 0, 2, 4 };

static const struct awsc_member s_InboxPlacementTrackingOption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Global", &s_Enabled, offsetof(struct awsc_sesv2_inbox_placement_tracking_option, global), offsetof(struct awsc_sesv2_inbox_placement_tracking_option, has_global), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TrackedIsps", &s_IspNameList, offsetof(struct awsc_sesv2_inbox_placement_tracking_option, tracked_isps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InboxPlacementTrackingOption_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_InsightsEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Timestamp", &s_Timestamp, offsetof(struct awsc_sesv2_insights_event, timestamp), offsetof(struct awsc_sesv2_insights_event, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_EventType, offsetof(struct awsc_sesv2_insights_event, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Details", &s_EventDetails, offsetof(struct awsc_sesv2_insights_event, details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InsightsEvent_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_IspPlacement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IspName", &s_IspName, offsetof(struct awsc_sesv2_isp_placement, isp_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PlacementStatistics", &s_PlacementStatistics, offsetof(struct awsc_sesv2_isp_placement, placement_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_IspPlacement_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_KinesisFirehoseDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IamRoleArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_kinesis_firehose_destination, iam_role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DeliveryStreamArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_kinesis_firehose_destination, delivery_stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_KinesisFirehoseDestination_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListConfigurationSetsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_configuration_sets_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_configuration_sets_input, page_size), offsetof(struct awsc_sesv2_list_configuration_sets_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListConfigurationSetsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListConfigurationSetsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSets", &s_ConfigurationSetNameList, offsetof(struct awsc_sesv2_list_configuration_sets_output, configuration_sets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_configuration_sets_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListConfigurationSetsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListContactListsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_contact_lists_input, page_size), offsetof(struct awsc_sesv2_list_contact_lists_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_contact_lists_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListContactListsRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListContactListsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactLists", &s_ListOfContactLists, offsetof(struct awsc_sesv2_list_contact_lists_output, contact_lists), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_contact_lists_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListContactListsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ListContactsFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FilteredStatus", &s_SubscriptionStatus, offsetof(struct awsc_sesv2_list_contacts_filter, filtered_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicFilter", &s_TopicFilter, offsetof(struct awsc_sesv2_list_contacts_filter, topic_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ListContactsFilter_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListContactsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_list_contacts_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_ListContactsFilter, offsetof(struct awsc_sesv2_list_contacts_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_contacts_input, page_size), offsetof(struct awsc_sesv2_list_contacts_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_contacts_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListContactsRequest_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member awsc__sesv2_ListContactsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Contacts", &s_ListOfContacts, offsetof(struct awsc_sesv2_list_contacts_output, contacts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_contacts_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListContactsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListCustomVerificationEmailTemplatesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, page_size), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListCustomVerificationEmailTemplatesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListCustomVerificationEmailTemplatesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CustomVerificationEmailTemplates", &s_CustomVerificationEmailTemplatesList, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_output, custom_verification_email_templates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListCustomVerificationEmailTemplatesResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListDedicatedIpPoolsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, page_size), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListDedicatedIpPoolsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListDedicatedIpPoolsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DedicatedIpPools", &s_ListOfDedicatedIpPools, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_output, dedicated_ip_pools), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListDedicatedIpPoolsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListDeliverabilityTestReportsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, page_size), offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListDeliverabilityTestReportsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListDeliverabilityTestReportsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeliverabilityTestReports", &s_DeliverabilityTestReports, offsetof(struct awsc_sesv2_list_deliverability_test_reports_output, deliverability_test_reports), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_deliverability_test_reports_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListDeliverabilityTestReportsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListDomainDeliverabilityCampaignsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, start_date), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, end_date), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"SubscribedDomain", &s_Domain, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, subscribed_domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, page_size), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListDomainDeliverabilityCampaignsRequest_by_wire_name[] = { 1, 3, 4, 0, 2 };

static const struct awsc_member awsc__sesv2_ListDomainDeliverabilityCampaignsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DomainDeliverabilityCampaigns", &s_DomainDeliverabilityCampaignList, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_output, domain_deliverability_campaigns), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListDomainDeliverabilityCampaignsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListEmailIdentitiesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_email_identities_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_email_identities_input, page_size), offsetof(struct awsc_sesv2_list_email_identities_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListEmailIdentitiesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListEmailIdentitiesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentities", &s_IdentityInfoList, offsetof(struct awsc_sesv2_list_email_identities_output, email_identities), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_email_identities_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListEmailIdentitiesResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListEmailTemplatesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_email_templates_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_email_templates_input, page_size), offsetof(struct awsc_sesv2_list_email_templates_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListEmailTemplatesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListEmailTemplatesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplatesMetadata", &s_EmailTemplateMetadataList, offsetof(struct awsc_sesv2_list_email_templates_output, templates_metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_email_templates_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListEmailTemplatesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListExportJobsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_export_jobs_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_export_jobs_input, page_size), offsetof(struct awsc_sesv2_list_export_jobs_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExportSourceType", &s_ExportSourceType, offsetof(struct awsc_sesv2_list_export_jobs_input, export_source_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobStatus", &s_JobStatus, offsetof(struct awsc_sesv2_list_export_jobs_input, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListExportJobsRequest_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member awsc__sesv2_ListExportJobsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ExportJobs", &s_ExportJobSummaryList, offsetof(struct awsc_sesv2_list_export_jobs_output, export_jobs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_export_jobs_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListExportJobsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListImportJobsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportDestinationType", &s_ImportDestinationType, offsetof(struct awsc_sesv2_list_import_jobs_input, import_destination_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_import_jobs_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_import_jobs_input, page_size), offsetof(struct awsc_sesv2_list_import_jobs_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListImportJobsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sesv2_ListImportJobsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ImportJobs", &s_ImportJobSummaryList, offsetof(struct awsc_sesv2_list_import_jobs_output, import_jobs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_import_jobs_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListImportJobsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ListManagementOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_list_management_options, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TopicName", &s_TopicName, offsetof(struct awsc_sesv2_list_management_options, topic_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ListManagementOptions_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListMultiRegionEndpointsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextTokenV2, offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_PageSizeV2, offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, page_size), offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListMultiRegionEndpointsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListMultiRegionEndpointsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MultiRegionEndpoints", &s_MultiRegionEndpoints, offsetof(struct awsc_sesv2_list_multi_region_endpoints_output, multi_region_endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextTokenV2, offsetof(struct awsc_sesv2_list_multi_region_endpoints_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListMultiRegionEndpointsResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListRecommendationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Filter", &s_ListRecommendationsFilter, offsetof(struct awsc_sesv2_list_recommendations_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_recommendations_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_recommendations_input, page_size), offsetof(struct awsc_sesv2_list_recommendations_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListRecommendationsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sesv2_ListRecommendationsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Recommendations", &s_RecommendationsList, offsetof(struct awsc_sesv2_list_recommendations_output, recommendations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_recommendations_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListRecommendationsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListReputationEntitiesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Filter", &s_ReputationEntityFilter, offsetof(struct awsc_sesv2_list_reputation_entities_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_reputation_entities_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_reputation_entities_input, page_size), offsetof(struct awsc_sesv2_list_reputation_entities_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListReputationEntitiesRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sesv2_ListReputationEntitiesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationEntities", &s_ReputationEntitiesList, offsetof(struct awsc_sesv2_list_reputation_entities_output, reputation_entities), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_reputation_entities_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListReputationEntitiesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListResourceTenantsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_list_resource_tenants_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_resource_tenants_input, page_size), offsetof(struct awsc_sesv2_list_resource_tenants_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_resource_tenants_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListResourceTenantsRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__sesv2_ListResourceTenantsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceTenants", &s_ResourceTenantMetadataList, offsetof(struct awsc_sesv2_list_resource_tenants_output, resource_tenants), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_resource_tenants_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListResourceTenantsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListSuppressedDestinationsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"Reasons\0" "Reason", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, reasons), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, start_date), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, has_start_date), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, end_date), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, has_end_date), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, page_size), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListSuppressedDestinationsRequest_by_wire_name[] = { 3, 4, 5, 1, 2, 0 };

static const struct awsc_member awsc__sesv2_ListSuppressedDestinationsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressedDestinationSummaries", &s_SuppressedDestinationSummaries, offsetof(struct awsc_sesv2_list_suppressed_destinations_output, suppressed_destination_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_suppressed_destinations_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListSuppressedDestinationsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListTagsForResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListTagsForResourceRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_ListTagsForResourceResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListTagsForResourceResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_ListTenantResourcesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_list_tenant_resources_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Filter", &s_ListTenantResourcesFilter, offsetof(struct awsc_sesv2_list_tenant_resources_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_tenant_resources_input, page_size), offsetof(struct awsc_sesv2_list_tenant_resources_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_tenant_resources_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListTenantResourcesRequest_by_wire_name[] = { 1, 3, 2, 0 };

static const struct awsc_member awsc__sesv2_ListTenantResourcesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantResources", &s_TenantResourceList, offsetof(struct awsc_sesv2_list_tenant_resources_output, tenant_resources), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_tenant_resources_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListTenantResourcesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_ListTenantsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_tenants_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PageSize", &s_MaxItems, offsetof(struct awsc_sesv2_list_tenants_input, page_size), offsetof(struct awsc_sesv2_list_tenants_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListTenantsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_ListTenantsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tenants", &s_TenantInfoList, offsetof(struct awsc_sesv2_list_tenants_output, tenants), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextToken", &s_NextToken, offsetof(struct awsc_sesv2_list_tenants_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_ListTenantsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MailFromAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MailFromDomain", &s_MailFromDomainName, offsetof(struct awsc_sesv2_mail_from_attributes, mail_from_domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MailFromDomainStatus", &s_MailFromDomainStatus, offsetof(struct awsc_sesv2_mail_from_attributes, mail_from_domain_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BehaviorOnMxFailure", &s_BehaviorOnMxFailure, offsetof(struct awsc_sesv2_mail_from_attributes, behavior_on_mx_failure), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MailFromAttributes_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_MailboxValidation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IsValid", &s_EmailAddressInsightsVerdict, offsetof(struct awsc_sesv2_mailbox_validation, is_valid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Evaluations", &s_EmailAddressInsightsMailboxEvaluations, offsetof(struct awsc_sesv2_mailbox_validation, evaluations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MailboxValidation_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Message_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Subject", &s_Content, offsetof(struct awsc_sesv2_message, subject), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Body", &s_Body, offsetof(struct awsc_sesv2_message, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Headers", &s_MessageHeaderList, offsetof(struct awsc_sesv2_message, headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attachments", &s_AttachmentList, offsetof(struct awsc_sesv2_message, attachments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Message_by_wire_name[] = { 3, 1, 2, 0 };

static const struct awsc_member s_MessageHeader_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_MessageHeaderName, offsetof(struct awsc_sesv2_message_header, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_MessageHeaderValue, offsetof(struct awsc_sesv2_message_header, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageHeader_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_MessageInsightsDataSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_message_insights_data_source, start_date), offsetof(struct awsc_sesv2_message_insights_data_source, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_sesv2_message_insights_data_source, end_date), offsetof(struct awsc_sesv2_message_insights_data_source, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Include", &s_MessageInsightsFilters, offsetof(struct awsc_sesv2_message_insights_data_source, include), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Exclude", &s_MessageInsightsFilters, offsetof(struct awsc_sesv2_message_insights_data_source, exclude), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxResults", &s_MessageInsightsExportMaxResults, offsetof(struct awsc_sesv2_message_insights_data_source, max_results), offsetof(struct awsc_sesv2_message_insights_data_source, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageInsightsDataSource_by_wire_name[] = { 1, 3, 2, 4, 0 };

static const struct awsc_member s_MessageInsightsFilters_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FromEmailAddress", &s_EmailAddressFilterList, offsetof(struct awsc_sesv2_message_insights_filters, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Destination", &s_EmailAddressFilterList, offsetof(struct awsc_sesv2_message_insights_filters, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_EmailSubjectFilterList, offsetof(struct awsc_sesv2_message_insights_filters, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Isp", &s_IspFilterList, offsetof(struct awsc_sesv2_message_insights_filters, isp), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastDeliveryEvent", &s_LastDeliveryEventList, offsetof(struct awsc_sesv2_message_insights_filters, last_delivery_event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastEngagementEvent", &s_LastEngagementEventList, offsetof(struct awsc_sesv2_message_insights_filters, last_engagement_event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageInsightsFilters_by_wire_name[] = { 1, 0, 3, 4, 5, 2 };

static const struct awsc_member s_MessageTag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_MessageTagName, offsetof(struct awsc_sesv2_message_tag, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_MessageTagValue, offsetof(struct awsc_sesv2_message_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageTag_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_MetricDataError_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_QueryIdentifier, offsetof(struct awsc_sesv2_metric_data_error, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_QueryErrorCode, offsetof(struct awsc_sesv2_metric_data_error, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Message", &s_QueryErrorMessage, offsetof(struct awsc_sesv2_metric_data_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricDataError_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_MetricDataResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Id", &s_QueryIdentifier, offsetof(struct awsc_sesv2_metric_data_result, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamps", &s_TimestampList, offsetof(struct awsc_sesv2_metric_data_result, timestamps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Values", &s_MetricValueList, offsetof(struct awsc_sesv2_metric_data_result, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricDataResult_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_MetricsDataSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Dimensions", &s_ExportDimensions, offsetof(struct awsc_sesv2_metrics_data_source, dimensions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Namespace", &s_MetricNamespace, offsetof(struct awsc_sesv2_metrics_data_source, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Metrics", &s_ExportMetrics, offsetof(struct awsc_sesv2_metrics_data_source, metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartDate", &s_Timestamp, offsetof(struct awsc_sesv2_metrics_data_source, start_date), offsetof(struct awsc_sesv2_metrics_data_source, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndDate", &s_Timestamp, offsetof(struct awsc_sesv2_metrics_data_source, end_date), offsetof(struct awsc_sesv2_metrics_data_source, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MetricsDataSource_by_wire_name[] = { 0, 4, 2, 1, 3 };

static const struct awsc_member s_MultiRegionEndpoint_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EndpointName", &s_EndpointName, offsetof(struct awsc_sesv2_multi_region_endpoint, endpoint_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_Status, offsetof(struct awsc_sesv2_multi_region_endpoint, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndpointId", &s_EndpointId, offsetof(struct awsc_sesv2_multi_region_endpoint, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Regions", &s_Regions, offsetof(struct awsc_sesv2_multi_region_endpoint, regions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_multi_region_endpoint, created_timestamp), offsetof(struct awsc_sesv2_multi_region_endpoint, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_multi_region_endpoint, last_updated_timestamp), offsetof(struct awsc_sesv2_multi_region_endpoint, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MultiRegionEndpoint_by_wire_name[] = { 4, 2, 0, 5, 3, 1 };

static const struct awsc_member s_OverallVolume_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VolumeStatistics", &s_VolumeStatistics, offsetof(struct awsc_sesv2_overall_volume, volume_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReadRatePercent", &s_Percentage, offsetof(struct awsc_sesv2_overall_volume, read_rate_percent), offsetof(struct awsc_sesv2_overall_volume, has_read_rate_percent), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DomainIspPlacements", &s_DomainIspPlacements, offsetof(struct awsc_sesv2_overall_volume, domain_isp_placements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OverallVolume_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_PinpointDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ApplicationArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_pinpoint_destination, application_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PinpointDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_PlacementStatistics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InboxPercentage", &s_Percentage, offsetof(struct awsc_sesv2_placement_statistics, inbox_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_inbox_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SpamPercentage", &s_Percentage, offsetof(struct awsc_sesv2_placement_statistics, spam_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_spam_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MissingPercentage", &s_Percentage, offsetof(struct awsc_sesv2_placement_statistics, missing_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_missing_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SpfPercentage", &s_Percentage, offsetof(struct awsc_sesv2_placement_statistics, spf_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_spf_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DkimPercentage", &s_Percentage, offsetof(struct awsc_sesv2_placement_statistics, dkim_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_dkim_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PlacementStatistics_by_wire_name[] = { 4, 0, 2, 1, 3 };

static const struct awsc_member s_PricingAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CurrentPlan", &s_PricingPlan, offsetof(struct awsc_sesv2_pricing_attributes, current_plan), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NextPlan", &s_PricingPlan, offsetof(struct awsc_sesv2_pricing_attributes, next_plan), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PricingAttributes_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutAccountDedicatedIpWarmupAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AutoWarmupEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input, auto_warmup_enabled), offsetof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input, has_auto_warmup_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutAccountDedicatedIpWarmupAttributesRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_PutAccountDetailsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MailType", &s_MailType, offsetof(struct awsc_sesv2_put_account_details_input, mail_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WebsiteURL", &s_WebsiteURL, offsetof(struct awsc_sesv2_put_account_details_input, website_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContactLanguage", &s_ContactLanguage, offsetof(struct awsc_sesv2_put_account_details_input, contact_language), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UseCaseDescription", &s_UseCaseDescription, offsetof(struct awsc_sesv2_put_account_details_input, use_case_description), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AdditionalContactEmailAddresses", &s_AdditionalContactEmailAddresses, offsetof(struct awsc_sesv2_put_account_details_input, additional_contact_email_addresses), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProductionAccessEnabled", &s_EnabledWrapper, offsetof(struct awsc_sesv2_put_account_details_input, production_access_enabled), offsetof(struct awsc_sesv2_put_account_details_input, has_production_access_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutAccountDetailsRequest_by_wire_name[] = { 4, 2, 0, 5, 3, 1 };

static const struct awsc_member awsc__sesv2_PutAccountPricingAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Plan", &s_PricingPlan, offsetof(struct awsc_sesv2_put_account_pricing_attributes_input, plan), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutAccountPricingAttributesRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_PutAccountSendingAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SendingEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_account_sending_attributes_input, sending_enabled), offsetof(struct awsc_sesv2_put_account_sending_attributes_input, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutAccountSendingAttributesRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_PutAccountSuppressionAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressedReasons", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_put_account_suppression_attributes_input, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ValidationAttributes", &s_SuppressionValidationAttributes, offsetof(struct awsc_sesv2_put_account_suppression_attributes_input, validation_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutAccountSuppressionAttributesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutAccountVdmAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VdmAttributes", &s_VdmAttributes, offsetof(struct awsc_sesv2_put_account_vdm_attributes_input, vdm_attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutAccountVdmAttributesRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetArchivingOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_archiving_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ArchiveArn", &s_ArchiveArn, offsetof(struct awsc_sesv2_put_configuration_set_archiving_options_input, archive_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetArchivingOptionsRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetDeliveryOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TlsPolicy", &s_TlsPolicy, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, tls_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingPoolName", &s_SendingPoolName, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, sending_pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxDeliverySeconds", &s_MaxDeliverySeconds, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, max_delivery_seconds), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, has_max_delivery_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetDeliveryOptionsRequest_by_wire_name[] = { 0, 3, 2, 1 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetReputationOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ReputationMetricsEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, reputation_metrics_enabled), offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, has_reputation_metrics_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetReputationOptionsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetSendingOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"SendingEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, sending_enabled), offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetSendingOptionsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetSuppressionOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"SuppressionScope", &s_SuppressionListScope, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressedReasons", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ValidationOptions", &s_SuppressionValidationOptions, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, validation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetSuppressionOptionsRequest_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetTrackingOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"CustomRedirectDomain", &s_CustomRedirectDomain, offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, custom_redirect_domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HttpsPolicy", &s_HttpsPolicy, offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, https_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetTrackingOptionsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sesv2_PutConfigurationSetVdmOptionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_configuration_set_vdm_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"VdmOptions", &s_VdmOptions, offsetof(struct awsc_sesv2_put_configuration_set_vdm_options_input, vdm_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutConfigurationSetVdmOptionsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutDedicatedIpInPoolRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Ip\0" "IP", &s_Ip, offsetof(struct awsc_sesv2_put_dedicated_ip_in_pool_input, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"DestinationPoolName", &s_PoolName, offsetof(struct awsc_sesv2_put_dedicated_ip_in_pool_input, destination_pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutDedicatedIpInPoolRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_PutDedicatedIpPoolScalingAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoolName", &s_PoolName, offsetof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ScalingMode", &s_ScalingMode, offsetof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input, scaling_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutDedicatedIpPoolScalingAttributesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutDedicatedIpWarmupAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Ip\0" "IP", &s_Ip, offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"WarmupPercentage", &s_Percentage100Wrapper, offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, warmup_percentage), offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, has_warmup_percentage), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutDedicatedIpWarmupAttributesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutDeliverabilityDashboardOptionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, dashboard_enabled), offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, has_dashboard_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubscribedDomains", &s_DomainDeliverabilityTrackingOptions, offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, subscribed_domains), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutDeliverabilityDashboardOptionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutEmailIdentityConfigurationSetAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutEmailIdentityConfigurationSetAttributesRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_PutEmailIdentityDkimAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"SigningEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, signing_enabled), offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, has_signing_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutEmailIdentityDkimAttributesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_PutEmailIdentityDkimSigningAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"SigningAttributesOrigin", &s_DkimSigningAttributesOrigin, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, signing_attributes_origin), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningAttributes", &s_DkimSigningAttributes, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, signing_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutEmailIdentityDkimSigningAttributesRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_PutEmailIdentityDkimSigningAttributesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DkimStatus", &s_DkimStatus, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, dkim_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DkimTokens", &s_DnsTokenList, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, dkim_tokens), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningHostedZone", &s_HostedZone, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, signing_hosted_zone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutEmailIdentityDkimSigningAttributesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sesv2_PutEmailIdentityFeedbackAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EmailForwardingEnabled", &s_Enabled, offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_forwarding_enabled), offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, has_email_forwarding_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutEmailIdentityFeedbackAttributesRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_PutEmailIdentityMailFromAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"MailFromDomain", &s_MailFromDomainName, offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, mail_from_domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BehaviorOnMxFailure", &s_BehaviorOnMxFailure, offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, behavior_on_mx_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutEmailIdentityMailFromAttributesRequest_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sesv2_PutSuppressedDestinationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_put_suppressed_destination_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Reason", &s_SuppressionListReason, offsetof(struct awsc_sesv2_put_suppressed_destination_input, reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_put_suppressed_destination_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutSuppressedDestinationRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sesv2_PutTenantSuppressionAttributesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressedReasons", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionScope", &s_SuppressionListScope, offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_PutTenantSuppressionAttributesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_RawMessage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Data", &s_RawMessageData, offsetof(struct awsc_sesv2_raw_message, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RawMessage_by_wire_name[] = { 0 };

static const struct awsc_member s_Recommendation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_recommendation, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_RecommendationType, offsetof(struct awsc_sesv2_recommendation, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_RecommendationDescription, offsetof(struct awsc_sesv2_recommendation, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_RecommendationStatus, offsetof(struct awsc_sesv2_recommendation, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_recommendation, created_timestamp), offsetof(struct awsc_sesv2_recommendation, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_recommendation, last_updated_timestamp), offsetof(struct awsc_sesv2_recommendation, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Impact", &s_RecommendationImpact, offsetof(struct awsc_sesv2_recommendation, impact), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Recommendation_by_wire_name[] = { 4, 2, 6, 5, 0, 3, 1 };

static const struct awsc_member s_ReplacementEmailContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplacementTemplate", &s_ReplacementTemplate, offsetof(struct awsc_sesv2_replacement_email_content, replacement_template), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplacementEmailContent_by_wire_name[] = { 0 };

static const struct awsc_member s_ReplacementTemplate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReplacementTemplateData", &s_EmailTemplateData, offsetof(struct awsc_sesv2_replacement_template, replacement_template_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReplacementTemplate_by_wire_name[] = { 0 };

static const struct awsc_member s_ReputationEntity_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationEntityReference", &s_ReputationEntityReference, offsetof(struct awsc_sesv2_reputation_entity, reputation_entity_reference), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReputationEntityType", &s_ReputationEntityType, offsetof(struct awsc_sesv2_reputation_entity, reputation_entity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReputationManagementPolicy", &s_AmazonResourceName, offsetof(struct awsc_sesv2_reputation_entity, reputation_management_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CustomerManagedStatus", &s_StatusRecord, offsetof(struct awsc_sesv2_reputation_entity, customer_managed_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AwsSesManagedStatus", &s_StatusRecord, offsetof(struct awsc_sesv2_reputation_entity, aws_ses_managed_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingStatusAggregate", &s_SendingStatus, offsetof(struct awsc_sesv2_reputation_entity, sending_status_aggregate), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReputationImpact", &s_RecommendationImpact, offsetof(struct awsc_sesv2_reputation_entity, reputation_impact), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReputationEntity_by_wire_name[] = { 4, 3, 0, 1, 6, 2, 5 };

static const struct awsc_member s_ReputationOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationMetricsEnabled", &s_Enabled, offsetof(struct awsc_sesv2_reputation_options, reputation_metrics_enabled), offsetof(struct awsc_sesv2_reputation_options, has_reputation_metrics_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastFreshStart", &s_LastFreshStart, offsetof(struct awsc_sesv2_reputation_options, last_fresh_start), offsetof(struct awsc_sesv2_reputation_options, has_last_fresh_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReputationOptions_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ResourceTenantMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_resource_tenant_metadata, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId", &s_TenantId, offsetof(struct awsc_sesv2_resource_tenant_metadata, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_resource_tenant_metadata, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssociatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_resource_tenant_metadata, associated_timestamp), offsetof(struct awsc_sesv2_resource_tenant_metadata, has_associated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ResourceTenantMetadata_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member s_ReviewDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_ReviewStatus, offsetof(struct awsc_sesv2_review_details, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CaseId", &s_CaseId, offsetof(struct awsc_sesv2_review_details, case_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReviewDetails_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Route_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Region", &s_Region, offsetof(struct awsc_sesv2_route, region), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Route_by_wire_name[] = { 0 };

static const struct awsc_member s_RouteDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Region", &s_Region, offsetof(struct awsc_sesv2_route_details, region), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RouteDetails_by_wire_name[] = { 0 };

static const struct awsc_member s_SOARecord_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PrimaryNameServer", &s_PrimaryNameServer, offsetof(struct awsc_sesv2_soa_record, primary_name_server), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AdminEmail", &s_AdminEmail, offsetof(struct awsc_sesv2_soa_record, admin_email), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_SerialNumber, offsetof(struct awsc_sesv2_soa_record, serial_number), offsetof(struct awsc_sesv2_soa_record, has_serial_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SOARecord_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__sesv2_SendBulkEmailRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_send_bulk_email_input, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddressIdentityArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_send_bulk_email_input, from_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplyToAddresses", &s_EmailAddressList, offsetof(struct awsc_sesv2_send_bulk_email_input, reply_to_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FeedbackForwardingEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_send_bulk_email_input, feedback_forwarding_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FeedbackForwardingEmailAddressIdentityArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_send_bulk_email_input, feedback_forwarding_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DefaultEmailTags", &s_MessageTagList, offsetof(struct awsc_sesv2_send_bulk_email_input, default_email_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DefaultContent", &s_BulkEmailContent, offsetof(struct awsc_sesv2_send_bulk_email_input, default_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"BulkEmailEntries", &s_BulkEmailEntryList, offsetof(struct awsc_sesv2_send_bulk_email_input, bulk_email_entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_send_bulk_email_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndpointId", &s_EndpointId, offsetof(struct awsc_sesv2_send_bulk_email_input, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_send_bulk_email_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_SendBulkEmailRequest_by_wire_name[] = { 7, 8, 6, 5, 9, 3, 4, 0, 1, 2, 10 };

static const struct awsc_member awsc__sesv2_SendBulkEmailResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"BulkEmailEntryResults", &s_BulkEmailEntryResultList, offsetof(struct awsc_sesv2_send_bulk_email_output, bulk_email_entry_results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_SendBulkEmailResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_SendCustomVerificationEmailRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_send_custom_verification_email_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_send_custom_verification_email_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_send_custom_verification_email_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_SendCustomVerificationEmailRequest_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sesv2_SendCustomVerificationEmailResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_OutboundMessageId, offsetof(struct awsc_sesv2_send_custom_verification_email_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_SendCustomVerificationEmailResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sesv2_SendEmailRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_send_email_input, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddressIdentityArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_send_email_input, from_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Destination", &s_Destination, offsetof(struct awsc_sesv2_send_email_input, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReplyToAddresses", &s_EmailAddressList, offsetof(struct awsc_sesv2_send_email_input, reply_to_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FeedbackForwardingEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_send_email_input, feedback_forwarding_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FeedbackForwardingEmailAddressIdentityArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_send_email_input, feedback_forwarding_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Content", &s_EmailContent, offsetof(struct awsc_sesv2_send_email_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EmailTags", &s_MessageTagList, offsetof(struct awsc_sesv2_send_email_input, email_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_send_email_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndpointId", &s_EndpointId, offsetof(struct awsc_sesv2_send_email_input, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_send_email_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ListManagementOptions", &s_ListManagementOptions, offsetof(struct awsc_sesv2_send_email_input, list_management_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_SendEmailRequest_by_wire_name[] = { 8, 6, 2, 7, 9, 4, 5, 0, 1, 11, 3, 10 };

static const struct awsc_member awsc__sesv2_SendEmailResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_OutboundMessageId, offsetof(struct awsc_sesv2_send_email_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_SendEmailResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_SendQuota_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Max24HourSend", &s_Max24HourSend, offsetof(struct awsc_sesv2_send_quota, max24_hour_send), offsetof(struct awsc_sesv2_send_quota, has_max24_hour_send), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxSendRate", &s_MaxSendRate, offsetof(struct awsc_sesv2_send_quota, max_send_rate), offsetof(struct awsc_sesv2_send_quota, has_max_send_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SentLast24Hours", &s_SentLast24Hours, offsetof(struct awsc_sesv2_send_quota, sent_last24_hours), offsetof(struct awsc_sesv2_send_quota, has_sent_last24_hours), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SendQuota_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_SendingOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SendingEnabled", &s_Enabled, offsetof(struct awsc_sesv2_sending_options, sending_enabled), offsetof(struct awsc_sesv2_sending_options, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SendingOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_SnsDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_sns_destination, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SnsDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_StatusRecord_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_SendingStatus, offsetof(struct awsc_sesv2_status_record, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Cause", &s_StatusCause, offsetof(struct awsc_sesv2_status_record, cause), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_status_record, last_updated_timestamp), offsetof(struct awsc_sesv2_status_record, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_StatusRecord_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_SuppressedDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_suppressed_destination, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Reason", &s_SuppressionListReason, offsetof(struct awsc_sesv2_suppressed_destination, reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateTime", &s_Timestamp, offsetof(struct awsc_sesv2_suppressed_destination, last_update_time), offsetof(struct awsc_sesv2_suppressed_destination, has_last_update_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attributes", &s_SuppressedDestinationAttributes, offsetof(struct awsc_sesv2_suppressed_destination, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_suppressed_destination, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressedDestination_by_wire_name[] = { 3, 0, 2, 1, 4 };

static const struct awsc_member s_SuppressedDestinationAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MessageId", &s_OutboundMessageId, offsetof(struct awsc_sesv2_suppressed_destination_attributes, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FeedbackId", &s_FeedbackId, offsetof(struct awsc_sesv2_suppressed_destination_attributes, feedback_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressedDestinationAttributes_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SuppressedDestinationSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_suppressed_destination_summary, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Reason", &s_SuppressionListReason, offsetof(struct awsc_sesv2_suppressed_destination_summary, reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastUpdateTime", &s_Timestamp, offsetof(struct awsc_sesv2_suppressed_destination_summary, last_update_time), offsetof(struct awsc_sesv2_suppressed_destination_summary, has_last_update_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressedDestinationSummary_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_SuppressionAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressedReasons", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_suppression_attributes, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ValidationAttributes", &s_SuppressionValidationAttributes, offsetof(struct awsc_sesv2_suppression_attributes, validation_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionAttributes_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SuppressionConditionThreshold_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConditionThresholdEnabled", &s_FeatureStatus, offsetof(struct awsc_sesv2_suppression_condition_threshold, condition_threshold_enabled), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OverallConfidenceThreshold", &s_SuppressionConfidenceThreshold, offsetof(struct awsc_sesv2_suppression_condition_threshold, overall_confidence_threshold), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionConditionThreshold_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SuppressionConfidenceThreshold_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfidenceVerdictThreshold", &s_SuppressionConfidenceVerdictThreshold, offsetof(struct awsc_sesv2_suppression_confidence_threshold, confidence_verdict_threshold), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionConfidenceThreshold_by_wire_name[] = { 0 };

static const struct awsc_member s_SuppressionListDestination_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressionListImportAction", &s_SuppressionListImportAction, offsetof(struct awsc_sesv2_suppression_list_destination, suppression_list_import_action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionListDestination_by_wire_name[] = { 0 };

static const struct awsc_member s_SuppressionOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressedReasons", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_suppression_options, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionScope", &s_SuppressionListScope, offsetof(struct awsc_sesv2_suppression_options, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ValidationOptions", &s_SuppressionValidationOptions, offsetof(struct awsc_sesv2_suppression_options, validation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionOptions_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_SuppressionValidationAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConditionThreshold", &s_SuppressionConditionThreshold, offsetof(struct awsc_sesv2_suppression_validation_attributes, condition_threshold), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionValidationAttributes_by_wire_name[] = { 0 };

static const struct awsc_member s_SuppressionValidationOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConditionThreshold", &s_SuppressionConditionThreshold, offsetof(struct awsc_sesv2_suppression_validation_options, condition_threshold), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SuppressionValidationOptions_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_TagKey, offsetof(struct awsc_sesv2_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_TagValue, offsetof(struct awsc_sesv2_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_TagResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_TagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_Template_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_template, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_template, template_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_EmailTemplateContent, offsetof(struct awsc_sesv2_template, template_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateData", &s_EmailTemplateData, offsetof(struct awsc_sesv2_template, template_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Headers", &s_MessageHeaderList, offsetof(struct awsc_sesv2_template, headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Attachments", &s_AttachmentList, offsetof(struct awsc_sesv2_template, attachments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Template_by_wire_name[] = { 5, 4, 1, 2, 3, 0 };

static const struct awsc_member s_Tenant_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_tenant, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId", &s_TenantId, offsetof(struct awsc_sesv2_tenant, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_tenant, tenant_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_tenant, created_timestamp), offsetof(struct awsc_sesv2_tenant, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_TagList, offsetof(struct awsc_sesv2_tenant, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SendingStatus", &s_SendingStatus, offsetof(struct awsc_sesv2_tenant, sending_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionAttributes", &s_TenantSuppressionAttributes, offsetof(struct awsc_sesv2_tenant, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tenant_by_wire_name[] = { 3, 5, 6, 4, 2, 1, 0 };

static const struct awsc_member s_TenantInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TenantName", &s_TenantName, offsetof(struct awsc_sesv2_tenant_info, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantId", &s_TenantId, offsetof(struct awsc_sesv2_tenant_info, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TenantArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_tenant_info, tenant_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreatedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_tenant_info, created_timestamp), offsetof(struct awsc_sesv2_tenant_info, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TenantInfo_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member s_TenantResource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceType", &s_ResourceType, offsetof(struct awsc_sesv2_tenant_resource, resource_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_tenant_resource, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TenantResource_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TenantSuppressionAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SuppressedReasons", &s_SuppressionListReasons, offsetof(struct awsc_sesv2_tenant_suppression_attributes, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuppressionScope", &s_SuppressionListScope, offsetof(struct awsc_sesv2_tenant_suppression_attributes, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TenantSuppressionAttributes_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_TestRenderEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_test_render_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TemplateData", &s_EmailTemplateData, offsetof(struct awsc_sesv2_test_render_email_template_input, template_data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_TestRenderEmailTemplateRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_TestRenderEmailTemplateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RenderedTemplate", &s_RenderedEmailTemplate, offsetof(struct awsc_sesv2_test_render_email_template_output, rendered_template), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_TestRenderEmailTemplateResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_Topic_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicName", &s_TopicName, offsetof(struct awsc_sesv2_topic, topic_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DisplayName", &s_DisplayName, offsetof(struct awsc_sesv2_topic, display_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_sesv2_topic, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DefaultSubscriptionStatus", &s_SubscriptionStatus, offsetof(struct awsc_sesv2_topic, default_subscription_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Topic_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member s_TopicFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicName", &s_TopicName, offsetof(struct awsc_sesv2_topic_filter, topic_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UseDefaultIfPreferenceUnavailable", &s_UseDefaultIfPreferenceUnavailable, offsetof(struct awsc_sesv2_topic_filter, use_default_if_preference_unavailable), offsetof(struct awsc_sesv2_topic_filter, has_use_default_if_preference_unavailable), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TopicFilter_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_TopicPreference_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TopicName", &s_TopicName, offsetof(struct awsc_sesv2_topic_preference, topic_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubscriptionStatus", &s_SubscriptionStatus, offsetof(struct awsc_sesv2_topic_preference, subscription_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TopicPreference_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TrackingOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CustomRedirectDomain", &s_CustomRedirectDomain, offsetof(struct awsc_sesv2_tracking_options, custom_redirect_domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HttpsPolicy", &s_HttpsPolicy, offsetof(struct awsc_sesv2_tracking_options, https_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TrackingOptions_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_UntagResourceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ResourceArn", &s_AmazonResourceName, offsetof(struct awsc_sesv2_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_TagKeyList, offsetof(struct awsc_sesv2_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UntagResourceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__sesv2_UpdateConfigurationSetEventDestinationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConfigurationSetName", &s_ConfigurationSetName, offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EventDestinationName", &s_EventDestinationName, offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, event_destination_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EventDestination", &s_EventDestinationDefinition, offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, event_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateConfigurationSetEventDestinationRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_UpdateContactListRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_update_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Topics", &s_Topics, offsetof(struct awsc_sesv2_update_contact_list_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_Description, offsetof(struct awsc_sesv2_update_contact_list_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateContactListRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_UpdateContactRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContactListName", &s_ContactListName, offsetof(struct awsc_sesv2_update_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"EmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_update_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TopicPreferences", &s_TopicPreferenceList, offsetof(struct awsc_sesv2_update_contact_input, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UnsubscribeAll", &s_UnsubscribeAll, offsetof(struct awsc_sesv2_update_contact_input, unsubscribe_all), offsetof(struct awsc_sesv2_update_contact_input, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttributesData", &s_AttributesData, offsetof(struct awsc_sesv2_update_contact_input, attributes_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateContactRequest_by_wire_name[] = { 4, 0, 1, 2, 3 };

static const struct awsc_member awsc__sesv2_UpdateCustomVerificationEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"FromEmailAddress", &s_EmailAddress, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateSubject", &s_EmailTemplateSubject, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_subject), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_TemplateContent, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SuccessRedirectionURL", &s_SuccessRedirectionURL, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, success_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FailureRedirectionURL", &s_FailureRedirectionURL, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, failure_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateCustomVerificationEmailTemplateRequest_by_wire_name[] = { 5, 1, 4, 3, 0, 2 };

static const struct awsc_member awsc__sesv2_UpdateEmailIdentityPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EmailIdentity", &s_Identity, offsetof(struct awsc_sesv2_update_email_identity_policy_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_PolicyName, offsetof(struct awsc_sesv2_update_email_identity_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_Policy, offsetof(struct awsc_sesv2_update_email_identity_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateEmailIdentityPolicyRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__sesv2_UpdateEmailTemplateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TemplateName", &s_EmailTemplateName, offsetof(struct awsc_sesv2_update_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"TemplateContent", &s_EmailTemplateContent, offsetof(struct awsc_sesv2_update_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateEmailTemplateRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sesv2_UpdateReputationEntityCustomerManagedStatusRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationEntityType", &s_ReputationEntityType, offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, reputation_entity_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ReputationEntityReference", &s_ReputationEntityReference, offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, reputation_entity_reference), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"SendingStatus", &s_SendingStatus, offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, sending_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateReputationEntityCustomerManagedStatusRequest_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__sesv2_UpdateReputationEntityPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ReputationEntityType", &s_ReputationEntityType, offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ReputationEntityReference", &s_ReputationEntityReference, offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_reference), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"ReputationEntityPolicy", &s_AmazonResourceName, offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sesv2_UpdateReputationEntityPolicyRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_VdmAttributes_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VdmEnabled", &s_FeatureStatus, offsetof(struct awsc_sesv2_vdm_attributes, vdm_enabled), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DashboardAttributes", &s_DashboardAttributes, offsetof(struct awsc_sesv2_vdm_attributes, dashboard_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GuardianAttributes", &s_GuardianAttributes, offsetof(struct awsc_sesv2_vdm_attributes, guardian_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VdmAttributes_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_VdmOptions_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DashboardOptions", &s_DashboardOptions, offsetof(struct awsc_sesv2_vdm_options, dashboard_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GuardianOptions", &s_GuardianOptions, offsetof(struct awsc_sesv2_vdm_options, guardian_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VdmOptions_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_VerificationInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LastCheckedTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_verification_info, last_checked_timestamp), offsetof(struct awsc_sesv2_verification_info, has_last_checked_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastSuccessTimestamp", &s_Timestamp, offsetof(struct awsc_sesv2_verification_info, last_success_timestamp), offsetof(struct awsc_sesv2_verification_info, has_last_success_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorType", &s_VerificationError, offsetof(struct awsc_sesv2_verification_info, error_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SOARecord", &s_SOARecord, offsetof(struct awsc_sesv2_verification_info, soa_record), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VerificationInfo_by_wire_name[] = { 2, 0, 1, 3 };

static const struct awsc_member s_VolumeStatistics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InboxRawCount", &s_Volume, offsetof(struct awsc_sesv2_volume_statistics, inbox_raw_count), offsetof(struct awsc_sesv2_volume_statistics, has_inbox_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SpamRawCount", &s_Volume, offsetof(struct awsc_sesv2_volume_statistics, spam_raw_count), offsetof(struct awsc_sesv2_volume_statistics, has_spam_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectedInbox", &s_Volume, offsetof(struct awsc_sesv2_volume_statistics, projected_inbox), offsetof(struct awsc_sesv2_volume_statistics, has_projected_inbox), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProjectedSpam", &s_Volume, offsetof(struct awsc_sesv2_volume_statistics, projected_spam), offsetof(struct awsc_sesv2_volume_statistics, has_projected_spam), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VolumeStatistics_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_shape s_AccountDetails = {
    .name = "AccountDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_account_details),
    .members = s_AccountDetails_members,
    .member_count = 6,
    .by_wire_name = s_AccountDetails_by_wire_name,
};

const struct awsc_shape awsc__sesv2_AccountSuspendedException = {
    .name = "AccountSuspendedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_account_suspended_exception),
    .error_code = "AccountSuspendedException",
    .http_status = 400,
};

static const struct awsc_shape s_AdditionalContactEmailAddress = {
    .name = "AdditionalContactEmailAddress",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_AdditionalContactEmailAddress_range,
};

static const struct awsc_shape s_AdditionalContactEmailAddresses = {
    .name = "AdditionalContactEmailAddresses",
    .type = AWSC_SHAPE_LIST,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_AdditionalContactEmailAddresses_range,
    .item = &s_AdditionalContactEmailAddress,
};

static const struct awsc_shape s_AdminEmail = {
    .name = "AdminEmail",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_AlreadyExistsException = {
    .name = "AlreadyExistsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_already_exists_exception),
    .error_code = "AlreadyExistsException",
    .http_status = 400,
};

static const struct awsc_shape s_AmazonResourceName = {
    .name = "AmazonResourceName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AmazonResourceName_range,
};

static const struct awsc_shape s_ArchiveArn = {
    .name = "ArchiveArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ArchiveArn_range,
};

static const struct awsc_shape s_ArchivingOptions = {
    .name = "ArchivingOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_archiving_options),
    .members = s_ArchivingOptions_members,
    .member_count = 1,
    .by_wire_name = s_ArchivingOptions_by_wire_name,
};

static const struct awsc_shape s_Attachment = {
    .name = "Attachment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_attachment),
    .members = s_Attachment_members,
    .member_count = 7,
    .by_wire_name = s_Attachment_by_wire_name,
};

static const struct awsc_shape s_AttachmentContentDescription = {
    .name = "AttachmentContentDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttachmentContentDescription_range,
};

static const struct awsc_shape s_AttachmentContentDisposition = {
    .name = "AttachmentContentDisposition",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AttachmentContentDisposition_values,
    .enum_count = 2,
};

static const struct awsc_shape s_AttachmentContentId = {
    .name = "AttachmentContentId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttachmentContentId_range,
};

static const struct awsc_shape s_AttachmentContentTransferEncoding = {
    .name = "AttachmentContentTransferEncoding",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AttachmentContentTransferEncoding_values,
    .enum_count = 3,
};

static const struct awsc_shape s_AttachmentContentType = {
    .name = "AttachmentContentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttachmentContentType_range,
};

static const struct awsc_shape s_AttachmentFileName = {
    .name = "AttachmentFileName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttachmentFileName_range,
};

static const struct awsc_shape s_AttachmentList = {
    .name = "AttachmentList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_attachment_list),
    .item = &s_Attachment,
};

static const struct awsc_shape s_AttributesData = {
    .name = "AttributesData",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_BadRequestException = {
    .name = "BadRequestException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_bad_request_exception),
    .error_code = "BadRequestException",
    .http_status = 400,
};

static const struct awsc_shape s_BatchGetMetricDataQueries = {
    .name = "BatchGetMetricDataQueries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_batch_get_metric_data_queries),
    .range = &s_BatchGetMetricDataQueries_range,
    .item = &s_BatchGetMetricDataQuery,
};

static const struct awsc_shape s_BatchGetMetricDataQuery = {
    .name = "BatchGetMetricDataQuery",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_batch_get_metric_data_query),
    .members = s_BatchGetMetricDataQuery_members,
    .member_count = 6,
    .by_wire_name = s_BatchGetMetricDataQuery_by_wire_name,
};

const struct awsc_shape awsc__sesv2_BatchGetMetricDataRequest = {
    .name = "BatchGetMetricDataRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_batch_get_metric_data_input),
    .members = awsc__sesv2_BatchGetMetricDataRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_BatchGetMetricDataRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_BatchGetMetricDataResponse = {
    .name = "BatchGetMetricDataResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_batch_get_metric_data_output),
    .members = awsc__sesv2_BatchGetMetricDataResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_BatchGetMetricDataResponse_by_wire_name,
};

static const struct awsc_shape s_BehaviorOnMxFailure = {
    .name = "BehaviorOnMxFailure",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BehaviorOnMxFailure_values,
    .enum_count = 2,
};

static const struct awsc_shape s_BlacklistEntries = {
    .name = "BlacklistEntries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_blacklist_entries),
    .item = &s_BlacklistEntry,
};

static const struct awsc_shape s_BlacklistEntry = {
    .name = "BlacklistEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_blacklist_entry),
    .members = s_BlacklistEntry_members,
    .member_count = 3,
    .by_wire_name = s_BlacklistEntry_by_wire_name,
};

static const struct awsc_shape s_BlacklistItemName = {
    .name = "BlacklistItemName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BlacklistItemNames = {
    .name = "BlacklistItemNames",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_BlacklistItemName,
};

static const struct awsc_shape s_BlacklistReport = {
    .name = "BlacklistReport",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_blacklist_report),
    .item = &s_BlacklistEntries,
    .key = &s_BlacklistItemName,
    .value_offset = offsetof(struct awsc_sesv2_blacklist_report_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_blacklist_report_entry),
};

static const struct awsc_shape s_BlacklistingDescription = {
    .name = "BlacklistingDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Body = {
    .name = "Body",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_body),
    .members = s_Body_members,
    .member_count = 2,
    .by_wire_name = s_Body_by_wire_name,
};

static const struct awsc_shape s_Bounce = {
    .name = "Bounce",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_bounce),
    .members = s_Bounce_members,
    .member_count = 3,
    .by_wire_name = s_Bounce_by_wire_name,
};

static const struct awsc_shape s_BounceSubType = {
    .name = "BounceSubType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_BounceType = {
    .name = "BounceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BounceType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_BulkEmailContent = {
    .name = "BulkEmailContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_bulk_email_content),
    .members = s_BulkEmailContent_members,
    .member_count = 1,
    .by_wire_name = s_BulkEmailContent_by_wire_name,
};

static const struct awsc_shape s_BulkEmailEntry = {
    .name = "BulkEmailEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_bulk_email_entry),
    .members = s_BulkEmailEntry_members,
    .member_count = 4,
    .by_wire_name = s_BulkEmailEntry_by_wire_name,
};

static const struct awsc_shape s_BulkEmailEntryList = {
    .name = "BulkEmailEntryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_bulk_email_entry_list),
    .item = &s_BulkEmailEntry,
};

static const struct awsc_shape s_BulkEmailEntryResult = {
    .name = "BulkEmailEntryResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_bulk_email_entry_result),
    .members = s_BulkEmailEntryResult_members,
    .member_count = 3,
    .by_wire_name = s_BulkEmailEntryResult_by_wire_name,
};

static const struct awsc_shape s_BulkEmailEntryResultList = {
    .name = "BulkEmailEntryResultList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_bulk_email_entry_result_list),
    .item = &s_BulkEmailEntryResult,
};

static const struct awsc_shape s_BulkEmailStatus = {
    .name = "BulkEmailStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_BulkEmailStatus_values,
    .enum_count = 14,
};

static const struct awsc_shape s_CampaignId = {
    .name = "CampaignId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_CancelExportJobRequest = {
    .name = "CancelExportJobRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_cancel_export_job_input),
    .members = awsc__sesv2_CancelExportJobRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_CancelExportJobRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CancelExportJobResponse = {
    .name = "CancelExportJobResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_cancel_export_job_output),
};

static const struct awsc_shape s_CaseId = {
    .name = "CaseId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Charset = {
    .name = "Charset",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CloudWatchDestination = {
    .name = "CloudWatchDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_cloud_watch_destination),
    .members = s_CloudWatchDestination_members,
    .member_count = 1,
    .by_wire_name = s_CloudWatchDestination_by_wire_name,
};

static const struct awsc_shape s_CloudWatchDimensionConfiguration = {
    .name = "CloudWatchDimensionConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_cloud_watch_dimension_configuration),
    .members = s_CloudWatchDimensionConfiguration_members,
    .member_count = 3,
    .by_wire_name = s_CloudWatchDimensionConfiguration_by_wire_name,
};

static const struct awsc_shape s_CloudWatchDimensionConfigurations = {
    .name = "CloudWatchDimensionConfigurations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_cloud_watch_dimension_configurations),
    .item = &s_CloudWatchDimensionConfiguration,
};

static const struct awsc_shape s_Complaint = {
    .name = "Complaint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_complaint),
    .members = s_Complaint_members,
    .member_count = 2,
    .by_wire_name = s_Complaint_by_wire_name,
};

static const struct awsc_shape s_ComplaintFeedbackType = {
    .name = "ComplaintFeedbackType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ComplaintSubType = {
    .name = "ComplaintSubType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_ConcurrentModificationException = {
    .name = "ConcurrentModificationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_concurrent_modification_exception),
    .error_code = "ConcurrentModificationException",
    .http_status = 500,
};

static const struct awsc_shape s_ConfigurationSetName = {
    .name = "ConfigurationSetName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ConfigurationSetNameList = {
    .name = "ConfigurationSetNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_ConfigurationSetName,
};

const struct awsc_shape awsc__sesv2_ConflictException = {
    .name = "ConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_conflict_exception),
    .error_code = "ConflictException",
    .http_status = 409,
};

static const struct awsc_shape s_Contact = {
    .name = "Contact",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_contact),
    .members = s_Contact_members,
    .member_count = 5,
    .by_wire_name = s_Contact_by_wire_name,
};

static const struct awsc_shape s_ContactLanguage = {
    .name = "ContactLanguage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContactLanguage_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ContactList = {
    .name = "ContactList",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_contact_list),
    .members = s_ContactList_members,
    .member_count = 2,
    .by_wire_name = s_ContactList_by_wire_name,
};

static const struct awsc_shape s_ContactListDestination = {
    .name = "ContactListDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_contact_list_destination),
    .members = s_ContactListDestination_members,
    .member_count = 2,
    .by_wire_name = s_ContactListDestination_by_wire_name,
};

static const struct awsc_shape s_ContactListImportAction = {
    .name = "ContactListImportAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContactListImportAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ContactListName = {
    .name = "ContactListName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Content = {
    .name = "Content",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_content),
    .members = s_Content_members,
    .member_count = 2,
    .by_wire_name = s_Content_by_wire_name,
};

static const struct awsc_shape s_Counter = {
    .name = "Counter",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

const struct awsc_shape awsc__sesv2_CreateConfigurationSetEventDestinationRequest = {
    .name = "CreateConfigurationSetEventDestinationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_configuration_set_event_destination_input),
    .members = awsc__sesv2_CreateConfigurationSetEventDestinationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateConfigurationSetEventDestinationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateConfigurationSetEventDestinationResponse = {
    .name = "CreateConfigurationSetEventDestinationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_configuration_set_event_destination_output),
};

const struct awsc_shape awsc__sesv2_CreateConfigurationSetRequest = {
    .name = "CreateConfigurationSetRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_configuration_set_input),
    .members = awsc__sesv2_CreateConfigurationSetRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__sesv2_CreateConfigurationSetRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateConfigurationSetResponse = {
    .name = "CreateConfigurationSetResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_configuration_set_output),
};

const struct awsc_shape awsc__sesv2_CreateContactListRequest = {
    .name = "CreateContactListRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_contact_list_input),
    .members = awsc__sesv2_CreateContactListRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_CreateContactListRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateContactListResponse = {
    .name = "CreateContactListResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_contact_list_output),
};

const struct awsc_shape awsc__sesv2_CreateContactRequest = {
    .name = "CreateContactRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_contact_input),
    .members = awsc__sesv2_CreateContactRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__sesv2_CreateContactRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateContactResponse = {
    .name = "CreateContactResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_contact_output),
};

const struct awsc_shape awsc__sesv2_CreateCustomVerificationEmailTemplateRequest = {
    .name = "CreateCustomVerificationEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_custom_verification_email_template_input),
    .members = awsc__sesv2_CreateCustomVerificationEmailTemplateRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__sesv2_CreateCustomVerificationEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateCustomVerificationEmailTemplateResponse = {
    .name = "CreateCustomVerificationEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_custom_verification_email_template_output),
};

const struct awsc_shape awsc__sesv2_CreateDedicatedIpPoolRequest = {
    .name = "CreateDedicatedIpPoolRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_dedicated_ip_pool_input),
    .members = awsc__sesv2_CreateDedicatedIpPoolRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateDedicatedIpPoolRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateDedicatedIpPoolResponse = {
    .name = "CreateDedicatedIpPoolResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_dedicated_ip_pool_output),
};

const struct awsc_shape awsc__sesv2_CreateDeliverabilityTestReportRequest = {
    .name = "CreateDeliverabilityTestReportRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_deliverability_test_report_input),
    .members = awsc__sesv2_CreateDeliverabilityTestReportRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_CreateDeliverabilityTestReportRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateDeliverabilityTestReportResponse = {
    .name = "CreateDeliverabilityTestReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_deliverability_test_report_output),
    .members = awsc__sesv2_CreateDeliverabilityTestReportResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_CreateDeliverabilityTestReportResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateEmailIdentityPolicyRequest = {
    .name = "CreateEmailIdentityPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_email_identity_policy_input),
    .members = awsc__sesv2_CreateEmailIdentityPolicyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateEmailIdentityPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateEmailIdentityPolicyResponse = {
    .name = "CreateEmailIdentityPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_email_identity_policy_output),
};

const struct awsc_shape awsc__sesv2_CreateEmailIdentityRequest = {
    .name = "CreateEmailIdentityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_email_identity_input),
    .members = awsc__sesv2_CreateEmailIdentityRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_CreateEmailIdentityRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateEmailIdentityResponse = {
    .name = "CreateEmailIdentityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_email_identity_output),
    .members = awsc__sesv2_CreateEmailIdentityResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateEmailIdentityResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateEmailTemplateRequest = {
    .name = "CreateEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_email_template_input),
    .members = awsc__sesv2_CreateEmailTemplateRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateEmailTemplateResponse = {
    .name = "CreateEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_email_template_output),
};

const struct awsc_shape awsc__sesv2_CreateExportJobRequest = {
    .name = "CreateExportJobRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_export_job_input),
    .members = awsc__sesv2_CreateExportJobRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_CreateExportJobRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateExportJobResponse = {
    .name = "CreateExportJobResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_export_job_output),
    .members = awsc__sesv2_CreateExportJobResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_CreateExportJobResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateImportJobRequest = {
    .name = "CreateImportJobRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_import_job_input),
    .members = awsc__sesv2_CreateImportJobRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_CreateImportJobRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateImportJobResponse = {
    .name = "CreateImportJobResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_import_job_output),
    .members = awsc__sesv2_CreateImportJobResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_CreateImportJobResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateMultiRegionEndpointRequest = {
    .name = "CreateMultiRegionEndpointRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_multi_region_endpoint_input),
    .members = awsc__sesv2_CreateMultiRegionEndpointRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateMultiRegionEndpointRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateMultiRegionEndpointResponse = {
    .name = "CreateMultiRegionEndpointResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_multi_region_endpoint_output),
    .members = awsc__sesv2_CreateMultiRegionEndpointResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_CreateMultiRegionEndpointResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateTenantRequest = {
    .name = "CreateTenantRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_tenant_input),
    .members = awsc__sesv2_CreateTenantRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_CreateTenantRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateTenantResourceAssociationRequest = {
    .name = "CreateTenantResourceAssociationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_tenant_resource_association_input),
    .members = awsc__sesv2_CreateTenantResourceAssociationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_CreateTenantResourceAssociationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_CreateTenantResourceAssociationResponse = {
    .name = "CreateTenantResourceAssociationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_tenant_resource_association_output),
};

const struct awsc_shape awsc__sesv2_CreateTenantResponse = {
    .name = "CreateTenantResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_create_tenant_output),
    .members = awsc__sesv2_CreateTenantResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__sesv2_CreateTenantResponse_by_wire_name,
};

static const struct awsc_shape s_CustomRedirectDomain = {
    .name = "CustomRedirectDomain",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CustomVerificationEmailTemplateMetadata = {
    .name = "CustomVerificationEmailTemplateMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_custom_verification_email_template_metadata),
    .members = s_CustomVerificationEmailTemplateMetadata_members,
    .member_count = 5,
    .by_wire_name = s_CustomVerificationEmailTemplateMetadata_by_wire_name,
};

static const struct awsc_shape s_CustomVerificationEmailTemplatesList = {
    .name = "CustomVerificationEmailTemplatesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_custom_verification_email_templates_list),
    .item = &s_CustomVerificationEmailTemplateMetadata,
};

static const struct awsc_shape s_DailyVolume = {
    .name = "DailyVolume",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_daily_volume),
    .members = s_DailyVolume_members,
    .member_count = 3,
    .by_wire_name = s_DailyVolume_by_wire_name,
};

static const struct awsc_shape s_DailyVolumes = {
    .name = "DailyVolumes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_daily_volumes),
    .item = &s_DailyVolume,
};

static const struct awsc_shape s_DashboardAttributes = {
    .name = "DashboardAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_dashboard_attributes),
    .members = s_DashboardAttributes_members,
    .member_count = 1,
    .by_wire_name = s_DashboardAttributes_by_wire_name,
};

static const struct awsc_shape s_DashboardOptions = {
    .name = "DashboardOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_dashboard_options),
    .members = s_DashboardOptions_members,
    .member_count = 1,
    .by_wire_name = s_DashboardOptions_by_wire_name,
};

static const struct awsc_shape s_DataFormat = {
    .name = "DataFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DataFormat_values,
    .enum_count = 2,
};

static const struct awsc_shape s_DedicatedIp = {
    .name = "DedicatedIp",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_dedicated_ip),
    .members = s_DedicatedIp_members,
    .member_count = 4,
    .by_wire_name = s_DedicatedIp_by_wire_name,
};

static const struct awsc_shape s_DedicatedIpList = {
    .name = "DedicatedIpList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_dedicated_ip_list),
    .item = &s_DedicatedIp,
};

static const struct awsc_shape s_DedicatedIpPool = {
    .name = "DedicatedIpPool",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_dedicated_ip_pool),
    .members = s_DedicatedIpPool_members,
    .member_count = 2,
    .by_wire_name = s_DedicatedIpPool_by_wire_name,
};

static const struct awsc_shape s_DefaultDimensionValue = {
    .name = "DefaultDimensionValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_DeleteConfigurationSetEventDestinationRequest = {
    .name = "DeleteConfigurationSetEventDestinationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_configuration_set_event_destination_input),
    .members = awsc__sesv2_DeleteConfigurationSetEventDestinationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_DeleteConfigurationSetEventDestinationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteConfigurationSetEventDestinationResponse = {
    .name = "DeleteConfigurationSetEventDestinationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_configuration_set_event_destination_output),
};

const struct awsc_shape awsc__sesv2_DeleteConfigurationSetRequest = {
    .name = "DeleteConfigurationSetRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_configuration_set_input),
    .members = awsc__sesv2_DeleteConfigurationSetRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteConfigurationSetRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteConfigurationSetResponse = {
    .name = "DeleteConfigurationSetResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_configuration_set_output),
};

const struct awsc_shape awsc__sesv2_DeleteContactListRequest = {
    .name = "DeleteContactListRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_contact_list_input),
    .members = awsc__sesv2_DeleteContactListRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteContactListRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteContactListResponse = {
    .name = "DeleteContactListResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_contact_list_output),
};

const struct awsc_shape awsc__sesv2_DeleteContactRequest = {
    .name = "DeleteContactRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_contact_input),
    .members = awsc__sesv2_DeleteContactRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_DeleteContactRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteContactResponse = {
    .name = "DeleteContactResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_contact_output),
};

const struct awsc_shape awsc__sesv2_DeleteCustomVerificationEmailTemplateRequest = {
    .name = "DeleteCustomVerificationEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_custom_verification_email_template_input),
    .members = awsc__sesv2_DeleteCustomVerificationEmailTemplateRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteCustomVerificationEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteCustomVerificationEmailTemplateResponse = {
    .name = "DeleteCustomVerificationEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_custom_verification_email_template_output),
};

const struct awsc_shape awsc__sesv2_DeleteDedicatedIpPoolRequest = {
    .name = "DeleteDedicatedIpPoolRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_dedicated_ip_pool_input),
    .members = awsc__sesv2_DeleteDedicatedIpPoolRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteDedicatedIpPoolRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteDedicatedIpPoolResponse = {
    .name = "DeleteDedicatedIpPoolResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_dedicated_ip_pool_output),
};

const struct awsc_shape awsc__sesv2_DeleteEmailIdentityPolicyRequest = {
    .name = "DeleteEmailIdentityPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_email_identity_policy_input),
    .members = awsc__sesv2_DeleteEmailIdentityPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_DeleteEmailIdentityPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteEmailIdentityPolicyResponse = {
    .name = "DeleteEmailIdentityPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_email_identity_policy_output),
};

const struct awsc_shape awsc__sesv2_DeleteEmailIdentityRequest = {
    .name = "DeleteEmailIdentityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_email_identity_input),
    .members = awsc__sesv2_DeleteEmailIdentityRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteEmailIdentityRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteEmailIdentityResponse = {
    .name = "DeleteEmailIdentityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_email_identity_output),
};

const struct awsc_shape awsc__sesv2_DeleteEmailTemplateRequest = {
    .name = "DeleteEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_email_template_input),
    .members = awsc__sesv2_DeleteEmailTemplateRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteEmailTemplateResponse = {
    .name = "DeleteEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_email_template_output),
};

const struct awsc_shape awsc__sesv2_DeleteMultiRegionEndpointRequest = {
    .name = "DeleteMultiRegionEndpointRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_multi_region_endpoint_input),
    .members = awsc__sesv2_DeleteMultiRegionEndpointRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteMultiRegionEndpointRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteMultiRegionEndpointResponse = {
    .name = "DeleteMultiRegionEndpointResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_multi_region_endpoint_output),
    .members = awsc__sesv2_DeleteMultiRegionEndpointResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteMultiRegionEndpointResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteSuppressedDestinationRequest = {
    .name = "DeleteSuppressedDestinationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_suppressed_destination_input),
    .members = awsc__sesv2_DeleteSuppressedDestinationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_DeleteSuppressedDestinationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteSuppressedDestinationResponse = {
    .name = "DeleteSuppressedDestinationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_suppressed_destination_output),
};

const struct awsc_shape awsc__sesv2_DeleteTenantRequest = {
    .name = "DeleteTenantRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_tenant_input),
    .members = awsc__sesv2_DeleteTenantRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_DeleteTenantRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteTenantResourceAssociationRequest = {
    .name = "DeleteTenantResourceAssociationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_tenant_resource_association_input),
    .members = awsc__sesv2_DeleteTenantResourceAssociationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_DeleteTenantResourceAssociationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_DeleteTenantResourceAssociationResponse = {
    .name = "DeleteTenantResourceAssociationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_tenant_resource_association_output),
};

const struct awsc_shape awsc__sesv2_DeleteTenantResponse = {
    .name = "DeleteTenantResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delete_tenant_output),
};

static const struct awsc_shape s_DeliverabilityDashboardAccountStatus = {
    .name = "DeliverabilityDashboardAccountStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DeliverabilityDashboardAccountStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_DeliverabilityTestReport = {
    .name = "DeliverabilityTestReport",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_deliverability_test_report),
    .members = s_DeliverabilityTestReport_members,
    .member_count = 6,
    .by_wire_name = s_DeliverabilityTestReport_by_wire_name,
};

static const struct awsc_shape s_DeliverabilityTestReports = {
    .name = "DeliverabilityTestReports",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_deliverability_test_reports),
    .item = &s_DeliverabilityTestReport,
};

static const struct awsc_shape s_DeliverabilityTestStatus = {
    .name = "DeliverabilityTestStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DeliverabilityTestStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_DeliverabilityTestSubject = {
    .name = "DeliverabilityTestSubject",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DeliveryEventType = {
    .name = "DeliveryEventType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DeliveryEventType_values,
    .enum_count = 6,
};

static const struct awsc_shape s_DeliveryOptions = {
    .name = "DeliveryOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_delivery_options),
    .members = s_DeliveryOptions_members,
    .member_count = 3,
    .by_wire_name = s_DeliveryOptions_by_wire_name,
};

static const struct awsc_shape s_Description = {
    .name = "Description",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Destination = {
    .name = "Destination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_destination),
    .members = s_Destination_members,
    .member_count = 3,
    .by_wire_name = s_Destination_by_wire_name,
};

static const struct awsc_shape s_Details = {
    .name = "Details",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_details),
    .members = s_Details_members,
    .member_count = 1,
    .by_wire_name = s_Details_by_wire_name,
};

static const struct awsc_shape s_DiagnosticCode = {
    .name = "DiagnosticCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DimensionName = {
    .name = "DimensionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DimensionValueSource = {
    .name = "DimensionValueSource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DimensionValueSource_values,
    .enum_count = 3,
};

static const struct awsc_shape s_Dimensions = {
    .name = "Dimensions",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_policy_map),
    .range = &s_Dimensions_range,
    .item = &s_MetricDimensionValue,
    .key = &s_MetricDimensionName,
    .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
};

static const struct awsc_shape s_DisplayName = {
    .name = "DisplayName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DkimAttributes = {
    .name = "DkimAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_dkim_attributes),
    .members = s_DkimAttributes_members,
    .member_count = 8,
    .by_wire_name = s_DkimAttributes_by_wire_name,
};

static const struct awsc_shape s_DkimSigningAttributes = {
    .name = "DkimSigningAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_dkim_signing_attributes),
    .members = s_DkimSigningAttributes_members,
    .member_count = 4,
    .by_wire_name = s_DkimSigningAttributes_by_wire_name,
};

static const struct awsc_shape s_DkimSigningAttributesOrigin = {
    .name = "DkimSigningAttributesOrigin",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DkimSigningAttributesOrigin_values,
    .enum_count = 31,
};

static const struct awsc_shape s_DkimSigningKeyLength = {
    .name = "DkimSigningKeyLength",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DkimSigningKeyLength_values,
    .enum_count = 2,
};

static const struct awsc_shape s_DkimStatus = {
    .name = "DkimStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DkimStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_DnsToken = {
    .name = "DnsToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DnsTokenList = {
    .name = "DnsTokenList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_DnsToken,
};

static const struct awsc_shape s_Domain = {
    .name = "Domain",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_DomainDeliverabilityCampaign = {
    .name = "DomainDeliverabilityCampaign",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_domain_deliverability_campaign),
    .members = s_DomainDeliverabilityCampaign_members,
    .member_count = 14,
    .by_wire_name = s_DomainDeliverabilityCampaign_by_wire_name,
};

static const struct awsc_shape s_DomainDeliverabilityCampaignList = {
    .name = "DomainDeliverabilityCampaignList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_domain_deliverability_campaign_list),
    .item = &s_DomainDeliverabilityCampaign,
};

static const struct awsc_shape s_DomainDeliverabilityTrackingOption = {
    .name = "DomainDeliverabilityTrackingOption",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_domain_deliverability_tracking_option),
    .members = s_DomainDeliverabilityTrackingOption_members,
    .member_count = 3,
    .by_wire_name = s_DomainDeliverabilityTrackingOption_by_wire_name,
};

static const struct awsc_shape s_DomainDeliverabilityTrackingOptions = {
    .name = "DomainDeliverabilityTrackingOptions",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_domain_deliverability_tracking_options),
    .item = &s_DomainDeliverabilityTrackingOption,
};

static const struct awsc_shape s_DomainIspPlacement = {
    .name = "DomainIspPlacement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_domain_isp_placement),
    .members = s_DomainIspPlacement_members,
    .member_count = 5,
    .by_wire_name = s_DomainIspPlacement_by_wire_name,
};

static const struct awsc_shape s_DomainIspPlacements = {
    .name = "DomainIspPlacements",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_domain_isp_placements),
    .item = &s_DomainIspPlacement,
};

static const struct awsc_shape s_EmailAddress = {
    .name = "EmailAddress",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EmailAddressFilterList = {
    .name = "EmailAddressFilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_EmailAddressFilterList_range,
    .item = &s_InsightsEmailAddress,
};

static const struct awsc_shape s_EmailAddressInsightsConfidenceVerdict = {
    .name = "EmailAddressInsightsConfidenceVerdict",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EmailAddressInsightsConfidenceVerdict_values,
    .enum_count = 3,
};

static const struct awsc_shape s_EmailAddressInsightsMailboxEvaluations = {
    .name = "EmailAddressInsightsMailboxEvaluations",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_email_address_insights_mailbox_evaluations),
    .members = s_EmailAddressInsightsMailboxEvaluations_members,
    .member_count = 6,
    .by_wire_name = s_EmailAddressInsightsMailboxEvaluations_by_wire_name,
};

static const struct awsc_shape s_EmailAddressInsightsVerdict = {
    .name = "EmailAddressInsightsVerdict",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_email_address_insights_verdict),
    .members = s_EmailAddressInsightsVerdict_members,
    .member_count = 1,
    .by_wire_name = s_EmailAddressInsightsVerdict_by_wire_name,
};

static const struct awsc_shape s_EmailAddressList = {
    .name = "EmailAddressList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_EmailAddress,
};

static const struct awsc_shape s_EmailContent = {
    .name = "EmailContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_email_content),
    .members = s_EmailContent_members,
    .member_count = 3,
    .by_wire_name = s_EmailContent_by_wire_name,
};

static const struct awsc_shape s_EmailInsights = {
    .name = "EmailInsights",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_email_insights),
    .members = s_EmailInsights_members,
    .member_count = 3,
    .by_wire_name = s_EmailInsights_by_wire_name,
};

static const struct awsc_shape s_EmailInsightsList = {
    .name = "EmailInsightsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_insights_list),
    .item = &s_EmailInsights,
};

static const struct awsc_shape s_EmailSubject = {
    .name = "EmailSubject",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_EmailSubject_range,
};

static const struct awsc_shape s_EmailSubjectFilterList = {
    .name = "EmailSubjectFilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_EmailSubjectFilterList_range,
    .item = &s_EmailSubject,
};

static const struct awsc_shape s_EmailTemplateContent = {
    .name = "EmailTemplateContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_email_template_content),
    .members = s_EmailTemplateContent_members,
    .member_count = 3,
    .by_wire_name = s_EmailTemplateContent_by_wire_name,
};

static const struct awsc_shape s_EmailTemplateData = {
    .name = "EmailTemplateData",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EmailTemplateData_range,
};

static const struct awsc_shape s_EmailTemplateHtml = {
    .name = "EmailTemplateHtml",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EmailTemplateMetadata = {
    .name = "EmailTemplateMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_email_template_metadata),
    .members = s_EmailTemplateMetadata_members,
    .member_count = 2,
    .by_wire_name = s_EmailTemplateMetadata_by_wire_name,
};

static const struct awsc_shape s_EmailTemplateMetadataList = {
    .name = "EmailTemplateMetadataList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_template_metadata_list),
    .item = &s_EmailTemplateMetadata,
};

static const struct awsc_shape s_EmailTemplateName = {
    .name = "EmailTemplateName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EmailTemplateName_range,
};

static const struct awsc_shape s_EmailTemplateSubject = {
    .name = "EmailTemplateSubject",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EmailTemplateText = {
    .name = "EmailTemplateText",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Enabled = {
    .name = "Enabled",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_EnabledWrapper = {
    .name = "EnabledWrapper",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_EndpointId = {
    .name = "EndpointId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EndpointName = {
    .name = "EndpointName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EndpointName_range,
};

static const struct awsc_shape s_EngagementEventType = {
    .name = "EngagementEventType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EngagementEventType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ErrorMessage = {
    .name = "ErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Esp = {
    .name = "Esp",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Esps = {
    .name = "Esps",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_Esp,
};

static const struct awsc_shape s_EventBridgeDestination = {
    .name = "EventBridgeDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_event_bridge_destination),
    .members = s_EventBridgeDestination_members,
    .member_count = 1,
    .by_wire_name = s_EventBridgeDestination_by_wire_name,
};

static const struct awsc_shape s_EventDestination = {
    .name = "EventDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_event_destination),
    .members = s_EventDestination_members,
    .member_count = 8,
    .by_wire_name = s_EventDestination_by_wire_name,
};

static const struct awsc_shape s_EventDestinationDefinition = {
    .name = "EventDestinationDefinition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_event_destination_definition),
    .members = s_EventDestinationDefinition_members,
    .member_count = 7,
    .by_wire_name = s_EventDestinationDefinition_by_wire_name,
};

static const struct awsc_shape s_EventDestinationName = {
    .name = "EventDestinationName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_EventDestinations = {
    .name = "EventDestinations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_event_destinations),
    .item = &s_EventDestination,
};

static const struct awsc_shape s_EventDetails = {
    .name = "EventDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_event_details),
    .members = s_EventDetails_members,
    .member_count = 2,
    .by_wire_name = s_EventDetails_by_wire_name,
};

static const struct awsc_shape s_EventType = {
    .name = "EventType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EventType_values,
    .enum_count = 10,
};

static const struct awsc_shape s_EventTypes = {
    .name = "EventTypes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_EventType,
};

static const struct awsc_shape s_ExportDataSource = {
    .name = "ExportDataSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_export_data_source),
    .members = s_ExportDataSource_members,
    .member_count = 2,
    .by_wire_name = s_ExportDataSource_by_wire_name,
};

static const struct awsc_shape s_ExportDestination = {
    .name = "ExportDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_export_destination),
    .members = s_ExportDestination_members,
    .member_count = 2,
    .by_wire_name = s_ExportDestination_by_wire_name,
};

static const struct awsc_shape s_ExportDimensionValue = {
    .name = "ExportDimensionValue",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_ExportDimensionValue_range,
    .item = &s_MetricDimensionValue,
};

static const struct awsc_shape s_ExportDimensions = {
    .name = "ExportDimensions",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_export_dimensions),
    .range = &s_ExportDimensions_range,
    .item = &s_ExportDimensionValue,
    .key = &s_MetricDimensionName,
    .value_offset = offsetof(struct awsc_sesv2_export_dimensions_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_export_dimensions_entry),
};

static const struct awsc_shape s_ExportJobSummary = {
    .name = "ExportJobSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_export_job_summary),
    .members = s_ExportJobSummary_members,
    .member_count = 5,
    .by_wire_name = s_ExportJobSummary_by_wire_name,
};

static const struct awsc_shape s_ExportJobSummaryList = {
    .name = "ExportJobSummaryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_export_job_summary_list),
    .item = &s_ExportJobSummary,
};

static const struct awsc_shape s_ExportMetric = {
    .name = "ExportMetric",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_export_metric),
    .members = s_ExportMetric_members,
    .member_count = 2,
    .by_wire_name = s_ExportMetric_by_wire_name,
};

static const struct awsc_shape s_ExportMetrics = {
    .name = "ExportMetrics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_export_metrics),
    .range = &s_ExportMetrics_range,
    .item = &s_ExportMetric,
};

static const struct awsc_shape s_ExportSourceType = {
    .name = "ExportSourceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ExportSourceType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ExportStatistics = {
    .name = "ExportStatistics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_export_statistics),
    .members = s_ExportStatistics_members,
    .member_count = 2,
    .by_wire_name = s_ExportStatistics_by_wire_name,
};

static const struct awsc_shape s_ExportedRecordsCount = {
    .name = "ExportedRecordsCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_FailedRecordsCount = {
    .name = "FailedRecordsCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_FailedRecordsS3Url = {
    .name = "FailedRecordsS3Url",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FailureInfo = {
    .name = "FailureInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_failure_info),
    .members = s_FailureInfo_members,
    .member_count = 2,
    .by_wire_name = s_FailureInfo_by_wire_name,
};

static const struct awsc_shape s_FailureRedirectionURL = {
    .name = "FailureRedirectionURL",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FeatureStatus = {
    .name = "FeatureStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FeatureStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_FeedbackId = {
    .name = "FeedbackId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GeneralEnforcementStatus = {
    .name = "GeneralEnforcementStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_GetAccountRequest = {
    .name = "GetAccountRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_account_input),
};

const struct awsc_shape awsc__sesv2_GetAccountResponse = {
    .name = "GetAccountResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_account_output),
    .members = awsc__sesv2_GetAccountResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__sesv2_GetAccountResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetBlacklistReportsRequest = {
    .name = "GetBlacklistReportsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_blacklist_reports_input),
    .members = awsc__sesv2_GetBlacklistReportsRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetBlacklistReportsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetBlacklistReportsResponse = {
    .name = "GetBlacklistReportsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_blacklist_reports_output),
    .members = awsc__sesv2_GetBlacklistReportsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetBlacklistReportsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetConfigurationSetEventDestinationsRequest = {
    .name = "GetConfigurationSetEventDestinationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_configuration_set_event_destinations_input),
    .members = awsc__sesv2_GetConfigurationSetEventDestinationsRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetConfigurationSetEventDestinationsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetConfigurationSetEventDestinationsResponse = {
    .name = "GetConfigurationSetEventDestinationsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_configuration_set_event_destinations_output),
    .members = awsc__sesv2_GetConfigurationSetEventDestinationsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetConfigurationSetEventDestinationsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetConfigurationSetRequest = {
    .name = "GetConfigurationSetRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_configuration_set_input),
    .members = awsc__sesv2_GetConfigurationSetRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetConfigurationSetRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetConfigurationSetResponse = {
    .name = "GetConfigurationSetResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_configuration_set_output),
    .members = awsc__sesv2_GetConfigurationSetResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__sesv2_GetConfigurationSetResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetContactListRequest = {
    .name = "GetContactListRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_contact_list_input),
    .members = awsc__sesv2_GetContactListRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetContactListRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetContactListResponse = {
    .name = "GetContactListResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_contact_list_output),
    .members = awsc__sesv2_GetContactListResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__sesv2_GetContactListResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetContactRequest = {
    .name = "GetContactRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_contact_input),
    .members = awsc__sesv2_GetContactRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_GetContactRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetContactResponse = {
    .name = "GetContactResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_contact_output),
    .members = awsc__sesv2_GetContactResponse_members,
    .member_count = 8,
    .by_wire_name = awsc__sesv2_GetContactResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetCustomVerificationEmailTemplateRequest = {
    .name = "GetCustomVerificationEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_custom_verification_email_template_input),
    .members = awsc__sesv2_GetCustomVerificationEmailTemplateRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetCustomVerificationEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetCustomVerificationEmailTemplateResponse = {
    .name = "GetCustomVerificationEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_custom_verification_email_template_output),
    .members = awsc__sesv2_GetCustomVerificationEmailTemplateResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__sesv2_GetCustomVerificationEmailTemplateResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDedicatedIpPoolRequest = {
    .name = "GetDedicatedIpPoolRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_dedicated_ip_pool_input),
    .members = awsc__sesv2_GetDedicatedIpPoolRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDedicatedIpPoolRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDedicatedIpPoolResponse = {
    .name = "GetDedicatedIpPoolResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_dedicated_ip_pool_output),
    .members = awsc__sesv2_GetDedicatedIpPoolResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDedicatedIpPoolResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDedicatedIpRequest = {
    .name = "GetDedicatedIpRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_dedicated_ip_input),
    .members = awsc__sesv2_GetDedicatedIpRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDedicatedIpRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDedicatedIpResponse = {
    .name = "GetDedicatedIpResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_dedicated_ip_output),
    .members = awsc__sesv2_GetDedicatedIpResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDedicatedIpResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDedicatedIpsRequest = {
    .name = "GetDedicatedIpsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_dedicated_ips_input),
    .members = awsc__sesv2_GetDedicatedIpsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_GetDedicatedIpsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDedicatedIpsResponse = {
    .name = "GetDedicatedIpsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_dedicated_ips_output),
    .members = awsc__sesv2_GetDedicatedIpsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_GetDedicatedIpsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDeliverabilityDashboardOptionsRequest = {
    .name = "GetDeliverabilityDashboardOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_deliverability_dashboard_options_input),
};

const struct awsc_shape awsc__sesv2_GetDeliverabilityDashboardOptionsResponse = {
    .name = "GetDeliverabilityDashboardOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_deliverability_dashboard_options_output),
    .members = awsc__sesv2_GetDeliverabilityDashboardOptionsResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__sesv2_GetDeliverabilityDashboardOptionsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDeliverabilityTestReportRequest = {
    .name = "GetDeliverabilityTestReportRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_deliverability_test_report_input),
    .members = awsc__sesv2_GetDeliverabilityTestReportRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDeliverabilityTestReportRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDeliverabilityTestReportResponse = {
    .name = "GetDeliverabilityTestReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_deliverability_test_report_output),
    .members = awsc__sesv2_GetDeliverabilityTestReportResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__sesv2_GetDeliverabilityTestReportResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDomainDeliverabilityCampaignRequest = {
    .name = "GetDomainDeliverabilityCampaignRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_domain_deliverability_campaign_input),
    .members = awsc__sesv2_GetDomainDeliverabilityCampaignRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDomainDeliverabilityCampaignRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDomainDeliverabilityCampaignResponse = {
    .name = "GetDomainDeliverabilityCampaignResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_domain_deliverability_campaign_output),
    .members = awsc__sesv2_GetDomainDeliverabilityCampaignResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetDomainDeliverabilityCampaignResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDomainStatisticsReportRequest = {
    .name = "GetDomainStatisticsReportRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_domain_statistics_report_input),
    .members = awsc__sesv2_GetDomainStatisticsReportRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_GetDomainStatisticsReportRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetDomainStatisticsReportResponse = {
    .name = "GetDomainStatisticsReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_domain_statistics_report_output),
    .members = awsc__sesv2_GetDomainStatisticsReportResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_GetDomainStatisticsReportResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailAddressInsightsRequest = {
    .name = "GetEmailAddressInsightsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_address_insights_input),
    .members = awsc__sesv2_GetEmailAddressInsightsRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetEmailAddressInsightsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailAddressInsightsResponse = {
    .name = "GetEmailAddressInsightsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_address_insights_output),
    .members = awsc__sesv2_GetEmailAddressInsightsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetEmailAddressInsightsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailIdentityPoliciesRequest = {
    .name = "GetEmailIdentityPoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_identity_policies_input),
    .members = awsc__sesv2_GetEmailIdentityPoliciesRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetEmailIdentityPoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailIdentityPoliciesResponse = {
    .name = "GetEmailIdentityPoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_identity_policies_output),
    .members = awsc__sesv2_GetEmailIdentityPoliciesResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetEmailIdentityPoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailIdentityRequest = {
    .name = "GetEmailIdentityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_identity_input),
    .members = awsc__sesv2_GetEmailIdentityRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetEmailIdentityRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailIdentityResponse = {
    .name = "GetEmailIdentityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_identity_output),
    .members = awsc__sesv2_GetEmailIdentityResponse_members,
    .member_count = 10,
    .by_wire_name = awsc__sesv2_GetEmailIdentityResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailTemplateRequest = {
    .name = "GetEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_template_input),
    .members = awsc__sesv2_GetEmailTemplateRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetEmailTemplateResponse = {
    .name = "GetEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_email_template_output),
    .members = awsc__sesv2_GetEmailTemplateResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_GetEmailTemplateResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetExportJobRequest = {
    .name = "GetExportJobRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_export_job_input),
    .members = awsc__sesv2_GetExportJobRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetExportJobRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetExportJobResponse = {
    .name = "GetExportJobResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_export_job_output),
    .members = awsc__sesv2_GetExportJobResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__sesv2_GetExportJobResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetImportJobRequest = {
    .name = "GetImportJobRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_import_job_input),
    .members = awsc__sesv2_GetImportJobRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetImportJobRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetImportJobResponse = {
    .name = "GetImportJobResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_import_job_output),
    .members = awsc__sesv2_GetImportJobResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__sesv2_GetImportJobResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetMessageInsightsRequest = {
    .name = "GetMessageInsightsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_message_insights_input),
    .members = awsc__sesv2_GetMessageInsightsRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetMessageInsightsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetMessageInsightsResponse = {
    .name = "GetMessageInsightsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_message_insights_output),
    .members = awsc__sesv2_GetMessageInsightsResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__sesv2_GetMessageInsightsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetMultiRegionEndpointRequest = {
    .name = "GetMultiRegionEndpointRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_multi_region_endpoint_input),
    .members = awsc__sesv2_GetMultiRegionEndpointRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetMultiRegionEndpointRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetMultiRegionEndpointResponse = {
    .name = "GetMultiRegionEndpointResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_multi_region_endpoint_output),
    .members = awsc__sesv2_GetMultiRegionEndpointResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__sesv2_GetMultiRegionEndpointResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetReputationEntityRequest = {
    .name = "GetReputationEntityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_reputation_entity_input),
    .members = awsc__sesv2_GetReputationEntityRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_GetReputationEntityRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetReputationEntityResponse = {
    .name = "GetReputationEntityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_reputation_entity_output),
    .members = awsc__sesv2_GetReputationEntityResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetReputationEntityResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetSuppressedDestinationRequest = {
    .name = "GetSuppressedDestinationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_suppressed_destination_input),
    .members = awsc__sesv2_GetSuppressedDestinationRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_GetSuppressedDestinationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetSuppressedDestinationResponse = {
    .name = "GetSuppressedDestinationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_suppressed_destination_output),
    .members = awsc__sesv2_GetSuppressedDestinationResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetSuppressedDestinationResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetTenantRequest = {
    .name = "GetTenantRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_tenant_input),
    .members = awsc__sesv2_GetTenantRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetTenantRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_GetTenantResponse = {
    .name = "GetTenantResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_get_tenant_output),
    .members = awsc__sesv2_GetTenantResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_GetTenantResponse_by_wire_name,
};

static const struct awsc_shape s_GuardianAttributes = {
    .name = "GuardianAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_guardian_attributes),
    .members = s_GuardianAttributes_members,
    .member_count = 1,
    .by_wire_name = s_GuardianAttributes_by_wire_name,
};

static const struct awsc_shape s_GuardianOptions = {
    .name = "GuardianOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_guardian_options),
    .members = s_GuardianOptions_members,
    .member_count = 1,
    .by_wire_name = s_GuardianOptions_by_wire_name,
};

static const struct awsc_shape s_HostedZone = {
    .name = "HostedZone",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_HttpsPolicy = {
    .name = "HttpsPolicy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_HttpsPolicy_values,
    .enum_count = 3,
};

static const struct awsc_shape s_Identity = {
    .name = "Identity",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Identity_range,
};

static const struct awsc_shape s_IdentityInfo = {
    .name = "IdentityInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_identity_info),
    .members = s_IdentityInfo_members,
    .member_count = 4,
    .by_wire_name = s_IdentityInfo_by_wire_name,
};

static const struct awsc_shape s_IdentityInfoList = {
    .name = "IdentityInfoList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_identity_info_list),
    .item = &s_IdentityInfo,
};

static const struct awsc_shape s_IdentityType = {
    .name = "IdentityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_IdentityType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ImageUrl = {
    .name = "ImageUrl",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ImportDataSource = {
    .name = "ImportDataSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_import_data_source),
    .members = s_ImportDataSource_members,
    .member_count = 2,
    .by_wire_name = s_ImportDataSource_by_wire_name,
};

static const struct awsc_shape s_ImportDestination = {
    .name = "ImportDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_import_destination),
    .members = s_ImportDestination_members,
    .member_count = 2,
    .by_wire_name = s_ImportDestination_by_wire_name,
};

static const struct awsc_shape s_ImportDestinationType = {
    .name = "ImportDestinationType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ImportDestinationType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ImportJobSummary = {
    .name = "ImportJobSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_import_job_summary),
    .members = s_ImportJobSummary_members,
    .member_count = 6,
    .by_wire_name = s_ImportJobSummary_by_wire_name,
};

static const struct awsc_shape s_ImportJobSummaryList = {
    .name = "ImportJobSummaryList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_import_job_summary_list),
    .item = &s_ImportJobSummary,
};

static const struct awsc_shape s_InboxPlacementTrackingOption = {
    .name = "InboxPlacementTrackingOption",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_inbox_placement_tracking_option),
    .members = s_InboxPlacementTrackingOption_members,
    .member_count = 2,
    .by_wire_name = s_InboxPlacementTrackingOption_by_wire_name,
};

static const struct awsc_shape s_InsightsEmailAddress = {
    .name = "InsightsEmailAddress",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_InsightsEmailAddress_range,
};

static const struct awsc_shape s_InsightsEvent = {
    .name = "InsightsEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_insights_event),
    .members = s_InsightsEvent_members,
    .member_count = 3,
    .by_wire_name = s_InsightsEvent_by_wire_name,
};

static const struct awsc_shape s_InsightsEvents = {
    .name = "InsightsEvents",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_insights_events),
    .item = &s_InsightsEvent,
};

const struct awsc_shape awsc__sesv2_InternalServiceErrorException = {
    .name = "InternalServiceErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_internal_service_error_exception),
    .error_code = "InternalServiceErrorException",
    .http_status = 500,
};

const struct awsc_shape awsc__sesv2_InvalidNextTokenException = {
    .name = "InvalidNextTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_invalid_next_token_exception),
    .error_code = "InvalidNextTokenException",
    .http_status = 400,
};

static const struct awsc_shape s_Ip = {
    .name = "Ip",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IpList = {
    .name = "IpList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_Ip,
};

static const struct awsc_shape s_Isp = {
    .name = "Isp",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IspFilterList = {
    .name = "IspFilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_IspFilterList_range,
    .item = &s_Isp,
};

static const struct awsc_shape s_IspName = {
    .name = "IspName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IspNameList = {
    .name = "IspNameList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_IspName,
};

static const struct awsc_shape s_IspPlacement = {
    .name = "IspPlacement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_isp_placement),
    .members = s_IspPlacement_members,
    .member_count = 2,
    .by_wire_name = s_IspPlacement_by_wire_name,
};

static const struct awsc_shape s_IspPlacements = {
    .name = "IspPlacements",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_isp_placements),
    .item = &s_IspPlacement,
};

static const struct awsc_shape s_JobId = {
    .name = "JobId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_JobId_range,
};

static const struct awsc_shape s_JobStatus = {
    .name = "JobStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_JobStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_KinesisFirehoseDestination = {
    .name = "KinesisFirehoseDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_kinesis_firehose_destination),
    .members = s_KinesisFirehoseDestination_members,
    .member_count = 2,
    .by_wire_name = s_KinesisFirehoseDestination_by_wire_name,
};

static const struct awsc_shape s_LastDeliveryEventList = {
    .name = "LastDeliveryEventList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_LastDeliveryEventList_range,
    .item = &s_DeliveryEventType,
};

static const struct awsc_shape s_LastEngagementEventList = {
    .name = "LastEngagementEventList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .range = &s_LastEngagementEventList_range,
    .item = &s_EngagementEventType,
};

static const struct awsc_shape s_LastFreshStart = {
    .name = "LastFreshStart",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

const struct awsc_shape awsc__sesv2_LimitExceededException = {
    .name = "LimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_limit_exceeded_exception),
    .error_code = "LimitExceededException",
    .http_status = 400,
};

const struct awsc_shape awsc__sesv2_ListConfigurationSetsRequest = {
    .name = "ListConfigurationSetsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_configuration_sets_input),
    .members = awsc__sesv2_ListConfigurationSetsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListConfigurationSetsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListConfigurationSetsResponse = {
    .name = "ListConfigurationSetsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_configuration_sets_output),
    .members = awsc__sesv2_ListConfigurationSetsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListConfigurationSetsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListContactListsRequest = {
    .name = "ListContactListsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_contact_lists_input),
    .members = awsc__sesv2_ListContactListsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListContactListsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListContactListsResponse = {
    .name = "ListContactListsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_contact_lists_output),
    .members = awsc__sesv2_ListContactListsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListContactListsResponse_by_wire_name,
};

static const struct awsc_shape s_ListContactsFilter = {
    .name = "ListContactsFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_contacts_filter),
    .members = s_ListContactsFilter_members,
    .member_count = 2,
    .by_wire_name = s_ListContactsFilter_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListContactsRequest = {
    .name = "ListContactsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_contacts_input),
    .members = awsc__sesv2_ListContactsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_ListContactsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListContactsResponse = {
    .name = "ListContactsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_contacts_output),
    .members = awsc__sesv2_ListContactsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListContactsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListCustomVerificationEmailTemplatesRequest = {
    .name = "ListCustomVerificationEmailTemplatesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_custom_verification_email_templates_input),
    .members = awsc__sesv2_ListCustomVerificationEmailTemplatesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListCustomVerificationEmailTemplatesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListCustomVerificationEmailTemplatesResponse = {
    .name = "ListCustomVerificationEmailTemplatesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_custom_verification_email_templates_output),
    .members = awsc__sesv2_ListCustomVerificationEmailTemplatesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListCustomVerificationEmailTemplatesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListDedicatedIpPoolsRequest = {
    .name = "ListDedicatedIpPoolsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_dedicated_ip_pools_input),
    .members = awsc__sesv2_ListDedicatedIpPoolsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListDedicatedIpPoolsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListDedicatedIpPoolsResponse = {
    .name = "ListDedicatedIpPoolsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_dedicated_ip_pools_output),
    .members = awsc__sesv2_ListDedicatedIpPoolsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListDedicatedIpPoolsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListDeliverabilityTestReportsRequest = {
    .name = "ListDeliverabilityTestReportsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_deliverability_test_reports_input),
    .members = awsc__sesv2_ListDeliverabilityTestReportsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListDeliverabilityTestReportsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListDeliverabilityTestReportsResponse = {
    .name = "ListDeliverabilityTestReportsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_deliverability_test_reports_output),
    .members = awsc__sesv2_ListDeliverabilityTestReportsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListDeliverabilityTestReportsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListDomainDeliverabilityCampaignsRequest = {
    .name = "ListDomainDeliverabilityCampaignsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_domain_deliverability_campaigns_input),
    .members = awsc__sesv2_ListDomainDeliverabilityCampaignsRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__sesv2_ListDomainDeliverabilityCampaignsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListDomainDeliverabilityCampaignsResponse = {
    .name = "ListDomainDeliverabilityCampaignsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_domain_deliverability_campaigns_output),
    .members = awsc__sesv2_ListDomainDeliverabilityCampaignsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListDomainDeliverabilityCampaignsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListEmailIdentitiesRequest = {
    .name = "ListEmailIdentitiesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_email_identities_input),
    .members = awsc__sesv2_ListEmailIdentitiesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListEmailIdentitiesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListEmailIdentitiesResponse = {
    .name = "ListEmailIdentitiesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_email_identities_output),
    .members = awsc__sesv2_ListEmailIdentitiesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListEmailIdentitiesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListEmailTemplatesRequest = {
    .name = "ListEmailTemplatesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_email_templates_input),
    .members = awsc__sesv2_ListEmailTemplatesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListEmailTemplatesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListEmailTemplatesResponse = {
    .name = "ListEmailTemplatesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_email_templates_output),
    .members = awsc__sesv2_ListEmailTemplatesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListEmailTemplatesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListExportJobsRequest = {
    .name = "ListExportJobsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_export_jobs_input),
    .members = awsc__sesv2_ListExportJobsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_ListExportJobsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListExportJobsResponse = {
    .name = "ListExportJobsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_export_jobs_output),
    .members = awsc__sesv2_ListExportJobsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListExportJobsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListImportJobsRequest = {
    .name = "ListImportJobsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_import_jobs_input),
    .members = awsc__sesv2_ListImportJobsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_ListImportJobsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListImportJobsResponse = {
    .name = "ListImportJobsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_import_jobs_output),
    .members = awsc__sesv2_ListImportJobsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListImportJobsResponse_by_wire_name,
};

static const struct awsc_shape s_ListManagementOptions = {
    .name = "ListManagementOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_management_options),
    .members = s_ListManagementOptions_members,
    .member_count = 2,
    .by_wire_name = s_ListManagementOptions_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListMultiRegionEndpointsRequest = {
    .name = "ListMultiRegionEndpointsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_multi_region_endpoints_input),
    .members = awsc__sesv2_ListMultiRegionEndpointsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListMultiRegionEndpointsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListMultiRegionEndpointsResponse = {
    .name = "ListMultiRegionEndpointsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_multi_region_endpoints_output),
    .members = awsc__sesv2_ListMultiRegionEndpointsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListMultiRegionEndpointsResponse_by_wire_name,
};

static const struct awsc_shape s_ListOfContactLists = {
    .name = "ListOfContactLists",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_list_of_contact_lists),
    .item = &s_ContactList,
};

static const struct awsc_shape s_ListOfContacts = {
    .name = "ListOfContacts",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_list_of_contacts),
    .item = &s_Contact,
};

static const struct awsc_shape s_ListOfDedicatedIpPools = {
    .name = "ListOfDedicatedIpPools",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_PoolName,
};

static const struct awsc_shape s_ListRecommendationFilterValue = {
    .name = "ListRecommendationFilterValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ListRecommendationFilterValue_range,
};

static const struct awsc_shape s_ListRecommendationsFilter = {
    .name = "ListRecommendationsFilter",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_policy_map),
    .range = &s_ListRecommendationsFilter_range,
    .item = &s_ListRecommendationFilterValue,
    .key = &s_ListRecommendationsFilterKey,
    .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
};

static const struct awsc_shape s_ListRecommendationsFilterKey = {
    .name = "ListRecommendationsFilterKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ListRecommendationsFilterKey_values,
    .enum_count = 4,
};

const struct awsc_shape awsc__sesv2_ListRecommendationsRequest = {
    .name = "ListRecommendationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_recommendations_input),
    .members = awsc__sesv2_ListRecommendationsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_ListRecommendationsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListRecommendationsResponse = {
    .name = "ListRecommendationsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_recommendations_output),
    .members = awsc__sesv2_ListRecommendationsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListRecommendationsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListReputationEntitiesRequest = {
    .name = "ListReputationEntitiesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_reputation_entities_input),
    .members = awsc__sesv2_ListReputationEntitiesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_ListReputationEntitiesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListReputationEntitiesResponse = {
    .name = "ListReputationEntitiesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_reputation_entities_output),
    .members = awsc__sesv2_ListReputationEntitiesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListReputationEntitiesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListResourceTenantsRequest = {
    .name = "ListResourceTenantsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_resource_tenants_input),
    .members = awsc__sesv2_ListResourceTenantsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_ListResourceTenantsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListResourceTenantsResponse = {
    .name = "ListResourceTenantsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_resource_tenants_output),
    .members = awsc__sesv2_ListResourceTenantsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListResourceTenantsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListSuppressedDestinationsRequest = {
    .name = "ListSuppressedDestinationsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_suppressed_destinations_input),
    .members = awsc__sesv2_ListSuppressedDestinationsRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__sesv2_ListSuppressedDestinationsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListSuppressedDestinationsResponse = {
    .name = "ListSuppressedDestinationsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_suppressed_destinations_output),
    .members = awsc__sesv2_ListSuppressedDestinationsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListSuppressedDestinationsResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListTagsForResourceRequest = {
    .name = "ListTagsForResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_tags_for_resource_input),
    .members = awsc__sesv2_ListTagsForResourceRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_ListTagsForResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListTagsForResourceResponse = {
    .name = "ListTagsForResourceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_tags_for_resource_output),
    .members = awsc__sesv2_ListTagsForResourceResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_ListTagsForResourceResponse_by_wire_name,
};

static const struct awsc_shape s_ListTenantResourcesFilter = {
    .name = "ListTenantResourcesFilter",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_policy_map),
    .item = &s_ListTenantResourcesFilterValue,
    .key = &s_ListTenantResourcesFilterKey,
    .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
};

static const struct awsc_shape s_ListTenantResourcesFilterKey = {
    .name = "ListTenantResourcesFilterKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ListTenantResourcesFilterKey_values,
    .enum_count = 1,
};

static const struct awsc_shape s_ListTenantResourcesFilterValue = {
    .name = "ListTenantResourcesFilterValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ListTenantResourcesFilterValue_range,
};

const struct awsc_shape awsc__sesv2_ListTenantResourcesRequest = {
    .name = "ListTenantResourcesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_tenant_resources_input),
    .members = awsc__sesv2_ListTenantResourcesRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_ListTenantResourcesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListTenantResourcesResponse = {
    .name = "ListTenantResourcesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_tenant_resources_output),
    .members = awsc__sesv2_ListTenantResourcesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListTenantResourcesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListTenantsRequest = {
    .name = "ListTenantsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_tenants_input),
    .members = awsc__sesv2_ListTenantsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListTenantsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_ListTenantsResponse = {
    .name = "ListTenantsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_list_tenants_output),
    .members = awsc__sesv2_ListTenantsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_ListTenantsResponse_by_wire_name,
};

static const struct awsc_shape s_MailFromAttributes = {
    .name = "MailFromAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_mail_from_attributes),
    .members = s_MailFromAttributes_members,
    .member_count = 3,
    .by_wire_name = s_MailFromAttributes_by_wire_name,
};

static const struct awsc_shape s_MailFromDomainName = {
    .name = "MailFromDomainName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sesv2_MailFromDomainNotVerifiedException = {
    .name = "MailFromDomainNotVerifiedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_mail_from_domain_not_verified_exception),
    .error_code = "MailFromDomainNotVerifiedException",
    .http_status = 400,
};

static const struct awsc_shape s_MailFromDomainStatus = {
    .name = "MailFromDomainStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MailFromDomainStatus_values,
    .enum_count = 4,
};

static const struct awsc_shape s_MailType = {
    .name = "MailType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MailType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_MailboxValidation = {
    .name = "MailboxValidation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_mailbox_validation),
    .members = s_MailboxValidation_members,
    .member_count = 2,
    .by_wire_name = s_MailboxValidation_by_wire_name,
};

static const struct awsc_shape s_Max24HourSend = {
    .name = "Max24HourSend",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_MaxDeliverySeconds = {
    .name = "MaxDeliverySeconds",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
    .range = &s_MaxDeliverySeconds_range,
};

static const struct awsc_shape s_MaxItems = {
    .name = "MaxItems",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_MaxSendRate = {
    .name = "MaxSendRate",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_Message = {
    .name = "Message",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_message),
    .members = s_Message_members,
    .member_count = 4,
    .by_wire_name = s_Message_by_wire_name,
};

static const struct awsc_shape s_MessageContent = {
    .name = "MessageContent",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MessageData = {
    .name = "MessageData",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MessageHeader = {
    .name = "MessageHeader",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_message_header),
    .members = s_MessageHeader_members,
    .member_count = 2,
    .by_wire_name = s_MessageHeader_by_wire_name,
};

static const struct awsc_shape s_MessageHeaderList = {
    .name = "MessageHeaderList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_message_header_list),
    .range = &s_MessageHeaderList_range,
    .item = &s_MessageHeader,
};

static const struct awsc_shape s_MessageHeaderName = {
    .name = "MessageHeaderName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MessageHeaderName_range,
};

static const struct awsc_shape s_MessageHeaderValue = {
    .name = "MessageHeaderValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_MessageHeaderValue_range,
};

static const struct awsc_shape s_MessageInsightsDataSource = {
    .name = "MessageInsightsDataSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_message_insights_data_source),
    .members = s_MessageInsightsDataSource_members,
    .member_count = 5,
    .by_wire_name = s_MessageInsightsDataSource_by_wire_name,
};

static const struct awsc_shape s_MessageInsightsExportMaxResults = {
    .name = "MessageInsightsExportMaxResults",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MessageInsightsExportMaxResults_range,
};

static const struct awsc_shape s_MessageInsightsFilters = {
    .name = "MessageInsightsFilters",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_message_insights_filters),
    .members = s_MessageInsightsFilters_members,
    .member_count = 6,
    .by_wire_name = s_MessageInsightsFilters_by_wire_name,
};

const struct awsc_shape awsc__sesv2_MessageRejected = {
    .name = "MessageRejected",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_message_rejected),
    .error_code = "MessageRejected",
    .http_status = 400,
};

static const struct awsc_shape s_MessageTag = {
    .name = "MessageTag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_message_tag),
    .members = s_MessageTag_members,
    .member_count = 2,
    .by_wire_name = s_MessageTag_by_wire_name,
};

static const struct awsc_shape s_MessageTagList = {
    .name = "MessageTagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_message_tag_list),
    .item = &s_MessageTag,
};

static const struct awsc_shape s_MessageTagName = {
    .name = "MessageTagName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MessageTagValue = {
    .name = "MessageTagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Metric = {
    .name = "Metric",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Metric_values,
    .enum_count = 10,
};

static const struct awsc_shape s_MetricAggregation = {
    .name = "MetricAggregation",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MetricAggregation_values,
    .enum_count = 2,
};

static const struct awsc_shape s_MetricDataError = {
    .name = "MetricDataError",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_metric_data_error),
    .members = s_MetricDataError_members,
    .member_count = 3,
    .by_wire_name = s_MetricDataError_by_wire_name,
};

static const struct awsc_shape s_MetricDataErrorList = {
    .name = "MetricDataErrorList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_metric_data_error_list),
    .item = &s_MetricDataError,
};

static const struct awsc_shape s_MetricDataResult = {
    .name = "MetricDataResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_metric_data_result),
    .members = s_MetricDataResult_members,
    .member_count = 3,
    .by_wire_name = s_MetricDataResult_by_wire_name,
};

static const struct awsc_shape s_MetricDataResultList = {
    .name = "MetricDataResultList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_metric_data_result_list),
    .item = &s_MetricDataResult,
};

static const struct awsc_shape s_MetricDimensionName = {
    .name = "MetricDimensionName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MetricDimensionName_values,
    .enum_count = 3,
};

static const struct awsc_shape s_MetricDimensionValue = {
    .name = "MetricDimensionValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_MetricNamespace = {
    .name = "MetricNamespace",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_MetricNamespace_values,
    .enum_count = 1,
};

static const struct awsc_shape s_MetricValueList = {
    .name = "MetricValueList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_metric_value_list),
    .item = &s_Counter,
};

static const struct awsc_shape s_MetricsDataSource = {
    .name = "MetricsDataSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_metrics_data_source),
    .members = s_MetricsDataSource_members,
    .member_count = 5,
    .by_wire_name = s_MetricsDataSource_by_wire_name,
};

static const struct awsc_shape s_MultiRegionEndpoint = {
    .name = "MultiRegionEndpoint",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_multi_region_endpoint),
    .members = s_MultiRegionEndpoint_members,
    .member_count = 6,
    .by_wire_name = s_MultiRegionEndpoint_by_wire_name,
};

static const struct awsc_shape s_MultiRegionEndpoints = {
    .name = "MultiRegionEndpoints",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_multi_region_endpoints),
    .item = &s_MultiRegionEndpoint,
};

static const struct awsc_shape s_NextToken = {
    .name = "NextToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NextTokenV2 = {
    .name = "NextTokenV2",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NextTokenV2_range,
};

const struct awsc_shape awsc__sesv2_NotFoundException = {
    .name = "NotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_not_found_exception),
    .error_code = "NotFoundException",
    .http_status = 404,
};

static const struct awsc_shape s_OutboundMessageId = {
    .name = "OutboundMessageId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_OverallVolume = {
    .name = "OverallVolume",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_overall_volume),
    .members = s_OverallVolume_members,
    .member_count = 3,
    .by_wire_name = s_OverallVolume_by_wire_name,
};

static const struct awsc_shape s_PageSizeV2 = {
    .name = "PageSizeV2",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_PageSizeV2_range,
};

static const struct awsc_shape s_Percentage = {
    .name = "Percentage",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_Percentage100Wrapper = {
    .name = "Percentage100Wrapper",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_PinpointDestination = {
    .name = "PinpointDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_pinpoint_destination),
    .members = s_PinpointDestination_members,
    .member_count = 1,
    .by_wire_name = s_PinpointDestination_by_wire_name,
};

static const struct awsc_shape s_PlacementStatistics = {
    .name = "PlacementStatistics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_placement_statistics),
    .members = s_PlacementStatistics_members,
    .member_count = 5,
    .by_wire_name = s_PlacementStatistics_by_wire_name,
};

static const struct awsc_shape s_Policy = {
    .name = "Policy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Policy_range,
};

static const struct awsc_shape s_PolicyMap = {
    .name = "PolicyMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_policy_map),
    .item = &s_Policy,
    .key = &s_PolicyName,
    .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
};

static const struct awsc_shape s_PolicyName = {
    .name = "PolicyName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PolicyName_range,
};

static const struct awsc_shape s_PoolName = {
    .name = "PoolName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_PricingAttributes = {
    .name = "PricingAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_pricing_attributes),
    .members = s_PricingAttributes_members,
    .member_count = 2,
    .by_wire_name = s_PricingAttributes_by_wire_name,
};

static const struct awsc_shape s_PricingPlan = {
    .name = "PricingPlan",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PricingPlan_values,
    .enum_count = 4,
};

static const struct awsc_shape s_PrimaryNameServer = {
    .name = "PrimaryNameServer",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_PrivateKey = {
    .name = "PrivateKey",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_PrivateKey_range,
};

static const struct awsc_shape s_ProcessedRecordsCount = {
    .name = "ProcessedRecordsCount",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__sesv2_PutAccountDedicatedIpWarmupAttributesRequest = {
    .name = "PutAccountDedicatedIpWarmupAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input),
    .members = awsc__sesv2_PutAccountDedicatedIpWarmupAttributesRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_PutAccountDedicatedIpWarmupAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutAccountDedicatedIpWarmupAttributesResponse = {
    .name = "PutAccountDedicatedIpWarmupAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutAccountDetailsRequest = {
    .name = "PutAccountDetailsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_details_input),
    .members = awsc__sesv2_PutAccountDetailsRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__sesv2_PutAccountDetailsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutAccountDetailsResponse = {
    .name = "PutAccountDetailsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_details_output),
};

const struct awsc_shape awsc__sesv2_PutAccountPricingAttributesRequest = {
    .name = "PutAccountPricingAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_pricing_attributes_input),
    .members = awsc__sesv2_PutAccountPricingAttributesRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_PutAccountPricingAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutAccountPricingAttributesResponse = {
    .name = "PutAccountPricingAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_pricing_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutAccountSendingAttributesRequest = {
    .name = "PutAccountSendingAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_sending_attributes_input),
    .members = awsc__sesv2_PutAccountSendingAttributesRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_PutAccountSendingAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutAccountSendingAttributesResponse = {
    .name = "PutAccountSendingAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_sending_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutAccountSuppressionAttributesRequest = {
    .name = "PutAccountSuppressionAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_suppression_attributes_input),
    .members = awsc__sesv2_PutAccountSuppressionAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutAccountSuppressionAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutAccountSuppressionAttributesResponse = {
    .name = "PutAccountSuppressionAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_suppression_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutAccountVdmAttributesRequest = {
    .name = "PutAccountVdmAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_vdm_attributes_input),
    .members = awsc__sesv2_PutAccountVdmAttributesRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_PutAccountVdmAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutAccountVdmAttributesResponse = {
    .name = "PutAccountVdmAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_account_vdm_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetArchivingOptionsRequest = {
    .name = "PutConfigurationSetArchivingOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_archiving_options_input),
    .members = awsc__sesv2_PutConfigurationSetArchivingOptionsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutConfigurationSetArchivingOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetArchivingOptionsResponse = {
    .name = "PutConfigurationSetArchivingOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_archiving_options_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetDeliveryOptionsRequest = {
    .name = "PutConfigurationSetDeliveryOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_delivery_options_input),
    .members = awsc__sesv2_PutConfigurationSetDeliveryOptionsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_PutConfigurationSetDeliveryOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetDeliveryOptionsResponse = {
    .name = "PutConfigurationSetDeliveryOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_delivery_options_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetReputationOptionsRequest = {
    .name = "PutConfigurationSetReputationOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_reputation_options_input),
    .members = awsc__sesv2_PutConfigurationSetReputationOptionsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutConfigurationSetReputationOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetReputationOptionsResponse = {
    .name = "PutConfigurationSetReputationOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_reputation_options_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetSendingOptionsRequest = {
    .name = "PutConfigurationSetSendingOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_sending_options_input),
    .members = awsc__sesv2_PutConfigurationSetSendingOptionsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutConfigurationSetSendingOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetSendingOptionsResponse = {
    .name = "PutConfigurationSetSendingOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_sending_options_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetSuppressionOptionsRequest = {
    .name = "PutConfigurationSetSuppressionOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_suppression_options_input),
    .members = awsc__sesv2_PutConfigurationSetSuppressionOptionsRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sesv2_PutConfigurationSetSuppressionOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetSuppressionOptionsResponse = {
    .name = "PutConfigurationSetSuppressionOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_suppression_options_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetTrackingOptionsRequest = {
    .name = "PutConfigurationSetTrackingOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_tracking_options_input),
    .members = awsc__sesv2_PutConfigurationSetTrackingOptionsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_PutConfigurationSetTrackingOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetTrackingOptionsResponse = {
    .name = "PutConfigurationSetTrackingOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_tracking_options_output),
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetVdmOptionsRequest = {
    .name = "PutConfigurationSetVdmOptionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_vdm_options_input),
    .members = awsc__sesv2_PutConfigurationSetVdmOptionsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutConfigurationSetVdmOptionsRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutConfigurationSetVdmOptionsResponse = {
    .name = "PutConfigurationSetVdmOptionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_configuration_set_vdm_options_output),
};

const struct awsc_shape awsc__sesv2_PutDedicatedIpInPoolRequest = {
    .name = "PutDedicatedIpInPoolRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_dedicated_ip_in_pool_input),
    .members = awsc__sesv2_PutDedicatedIpInPoolRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutDedicatedIpInPoolRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutDedicatedIpInPoolResponse = {
    .name = "PutDedicatedIpInPoolResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_dedicated_ip_in_pool_output),
};

const struct awsc_shape awsc__sesv2_PutDedicatedIpPoolScalingAttributesRequest = {
    .name = "PutDedicatedIpPoolScalingAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input),
    .members = awsc__sesv2_PutDedicatedIpPoolScalingAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutDedicatedIpPoolScalingAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutDedicatedIpPoolScalingAttributesResponse = {
    .name = "PutDedicatedIpPoolScalingAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutDedicatedIpWarmupAttributesRequest = {
    .name = "PutDedicatedIpWarmupAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input),
    .members = awsc__sesv2_PutDedicatedIpWarmupAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutDedicatedIpWarmupAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutDedicatedIpWarmupAttributesResponse = {
    .name = "PutDedicatedIpWarmupAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutDeliverabilityDashboardOptionRequest = {
    .name = "PutDeliverabilityDashboardOptionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_deliverability_dashboard_option_input),
    .members = awsc__sesv2_PutDeliverabilityDashboardOptionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutDeliverabilityDashboardOptionRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutDeliverabilityDashboardOptionResponse = {
    .name = "PutDeliverabilityDashboardOptionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_deliverability_dashboard_option_output),
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityConfigurationSetAttributesRequest = {
    .name = "PutEmailIdentityConfigurationSetAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input),
    .members = awsc__sesv2_PutEmailIdentityConfigurationSetAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutEmailIdentityConfigurationSetAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityConfigurationSetAttributesResponse = {
    .name = "PutEmailIdentityConfigurationSetAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimAttributesRequest = {
    .name = "PutEmailIdentityDkimAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_attributes_input),
    .members = awsc__sesv2_PutEmailIdentityDkimAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutEmailIdentityDkimAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimAttributesResponse = {
    .name = "PutEmailIdentityDkimAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimSigningAttributesRequest = {
    .name = "PutEmailIdentityDkimSigningAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input),
    .members = awsc__sesv2_PutEmailIdentityDkimSigningAttributesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_PutEmailIdentityDkimSigningAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityDkimSigningAttributesResponse = {
    .name = "PutEmailIdentityDkimSigningAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output),
    .members = awsc__sesv2_PutEmailIdentityDkimSigningAttributesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_PutEmailIdentityDkimSigningAttributesResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityFeedbackAttributesRequest = {
    .name = "PutEmailIdentityFeedbackAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_feedback_attributes_input),
    .members = awsc__sesv2_PutEmailIdentityFeedbackAttributesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_PutEmailIdentityFeedbackAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityFeedbackAttributesResponse = {
    .name = "PutEmailIdentityFeedbackAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_feedback_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityMailFromAttributesRequest = {
    .name = "PutEmailIdentityMailFromAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input),
    .members = awsc__sesv2_PutEmailIdentityMailFromAttributesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_PutEmailIdentityMailFromAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutEmailIdentityMailFromAttributesResponse = {
    .name = "PutEmailIdentityMailFromAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_email_identity_mail_from_attributes_output),
};

const struct awsc_shape awsc__sesv2_PutSuppressedDestinationRequest = {
    .name = "PutSuppressedDestinationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_suppressed_destination_input),
    .members = awsc__sesv2_PutSuppressedDestinationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_PutSuppressedDestinationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutSuppressedDestinationResponse = {
    .name = "PutSuppressedDestinationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_suppressed_destination_output),
};

const struct awsc_shape awsc__sesv2_PutTenantSuppressionAttributesRequest = {
    .name = "PutTenantSuppressionAttributesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_tenant_suppression_attributes_input),
    .members = awsc__sesv2_PutTenantSuppressionAttributesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_PutTenantSuppressionAttributesRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_PutTenantSuppressionAttributesResponse = {
    .name = "PutTenantSuppressionAttributesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_put_tenant_suppression_attributes_output),
};

static const struct awsc_shape s_QueryErrorCode = {
    .name = "QueryErrorCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_QueryErrorCode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_QueryErrorMessage = {
    .name = "QueryErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_QueryIdentifier = {
    .name = "QueryIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_QueryIdentifier_range,
};

static const struct awsc_shape s_RawAttachmentData = {
    .name = "RawAttachmentData",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_RawMessage = {
    .name = "RawMessage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_raw_message),
    .members = s_RawMessage_members,
    .member_count = 1,
    .by_wire_name = s_RawMessage_by_wire_name,
};

static const struct awsc_shape s_RawMessageData = {
    .name = "RawMessageData",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_RblName = {
    .name = "RblName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Recommendation = {
    .name = "Recommendation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_recommendation),
    .members = s_Recommendation_members,
    .member_count = 7,
    .by_wire_name = s_Recommendation_by_wire_name,
};

static const struct awsc_shape s_RecommendationDescription = {
    .name = "RecommendationDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RecommendationImpact = {
    .name = "RecommendationImpact",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RecommendationImpact_values,
    .enum_count = 2,
};

static const struct awsc_shape s_RecommendationStatus = {
    .name = "RecommendationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RecommendationStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_RecommendationType = {
    .name = "RecommendationType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_RecommendationType_values,
    .enum_count = 8,
};

static const struct awsc_shape s_RecommendationsList = {
    .name = "RecommendationsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_recommendations_list),
    .item = &s_Recommendation,
};

static const struct awsc_shape s_Region = {
    .name = "Region",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Regions = {
    .name = "Regions",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_Region,
};

static const struct awsc_shape s_RenderedEmailTemplate = {
    .name = "RenderedEmailTemplate",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReplacementEmailContent = {
    .name = "ReplacementEmailContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_replacement_email_content),
    .members = s_ReplacementEmailContent_members,
    .member_count = 1,
    .by_wire_name = s_ReplacementEmailContent_by_wire_name,
};

static const struct awsc_shape s_ReplacementTemplate = {
    .name = "ReplacementTemplate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_replacement_template),
    .members = s_ReplacementTemplate_members,
    .member_count = 1,
    .by_wire_name = s_ReplacementTemplate_by_wire_name,
};

static const struct awsc_shape s_ReportId = {
    .name = "ReportId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReportName = {
    .name = "ReportName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReputationEntitiesList = {
    .name = "ReputationEntitiesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_reputation_entities_list),
    .item = &s_ReputationEntity,
};

static const struct awsc_shape s_ReputationEntity = {
    .name = "ReputationEntity",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_reputation_entity),
    .members = s_ReputationEntity_members,
    .member_count = 7,
    .by_wire_name = s_ReputationEntity_by_wire_name,
};

static const struct awsc_shape s_ReputationEntityFilter = {
    .name = "ReputationEntityFilter",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_sesv2_policy_map),
    .item = &s_ReputationEntityFilterValue,
    .key = &s_ReputationEntityFilterKey,
    .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
    .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
};

static const struct awsc_shape s_ReputationEntityFilterKey = {
    .name = "ReputationEntityFilterKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReputationEntityFilterKey_values,
    .enum_count = 4,
};

static const struct awsc_shape s_ReputationEntityFilterValue = {
    .name = "ReputationEntityFilterValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ReputationEntityFilterValue_range,
};

static const struct awsc_shape s_ReputationEntityReference = {
    .name = "ReputationEntityReference",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ReputationEntityReference_range,
};

static const struct awsc_shape s_ReputationEntityType = {
    .name = "ReputationEntityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReputationEntityType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_ReputationOptions = {
    .name = "ReputationOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_reputation_options),
    .members = s_ReputationOptions_members,
    .member_count = 2,
    .by_wire_name = s_ReputationOptions_by_wire_name,
};

static const struct awsc_shape s_ResourceTenantMetadata = {
    .name = "ResourceTenantMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_resource_tenant_metadata),
    .members = s_ResourceTenantMetadata_members,
    .member_count = 4,
    .by_wire_name = s_ResourceTenantMetadata_by_wire_name,
};

static const struct awsc_shape s_ResourceTenantMetadataList = {
    .name = "ResourceTenantMetadataList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_resource_tenant_metadata_list),
    .item = &s_ResourceTenantMetadata,
};

static const struct awsc_shape s_ResourceType = {
    .name = "ResourceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ResourceType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ReviewDetails = {
    .name = "ReviewDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_review_details),
    .members = s_ReviewDetails_members,
    .member_count = 2,
    .by_wire_name = s_ReviewDetails_by_wire_name,
};

static const struct awsc_shape s_ReviewStatus = {
    .name = "ReviewStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReviewStatus_values,
    .enum_count = 4,
};

static const struct awsc_shape s_Route = {
    .name = "Route",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_route),
    .members = s_Route_members,
    .member_count = 1,
    .by_wire_name = s_Route_by_wire_name,
};

static const struct awsc_shape s_RouteDetails = {
    .name = "RouteDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_route_details),
    .members = s_RouteDetails_members,
    .member_count = 1,
    .by_wire_name = s_RouteDetails_by_wire_name,
};

static const struct awsc_shape s_Routes = {
    .name = "Routes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_routes),
    .item = &s_Route,
};

static const struct awsc_shape s_RoutesDetails = {
    .name = "RoutesDetails",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_routes_details),
    .item = &s_RouteDetails,
};

static const struct awsc_shape s_S3Url = {
    .name = "S3Url",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SOARecord = {
    .name = "SOARecord",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_soa_record),
    .members = s_SOARecord_members,
    .member_count = 3,
    .by_wire_name = s_SOARecord_by_wire_name,
};

static const struct awsc_shape s_ScalingMode = {
    .name = "ScalingMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ScalingMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Selector = {
    .name = "Selector",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_Selector_range,
};

const struct awsc_shape awsc__sesv2_SendBulkEmailRequest = {
    .name = "SendBulkEmailRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_bulk_email_input),
    .members = awsc__sesv2_SendBulkEmailRequest_members,
    .member_count = 11,
    .by_wire_name = awsc__sesv2_SendBulkEmailRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_SendBulkEmailResponse = {
    .name = "SendBulkEmailResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_bulk_email_output),
    .members = awsc__sesv2_SendBulkEmailResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_SendBulkEmailResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_SendCustomVerificationEmailRequest = {
    .name = "SendCustomVerificationEmailRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_custom_verification_email_input),
    .members = awsc__sesv2_SendCustomVerificationEmailRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_SendCustomVerificationEmailRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_SendCustomVerificationEmailResponse = {
    .name = "SendCustomVerificationEmailResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_custom_verification_email_output),
    .members = awsc__sesv2_SendCustomVerificationEmailResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_SendCustomVerificationEmailResponse_by_wire_name,
};

const struct awsc_shape awsc__sesv2_SendEmailRequest = {
    .name = "SendEmailRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_email_input),
    .members = awsc__sesv2_SendEmailRequest_members,
    .member_count = 12,
    .by_wire_name = awsc__sesv2_SendEmailRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_SendEmailResponse = {
    .name = "SendEmailResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_email_output),
    .members = awsc__sesv2_SendEmailResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_SendEmailResponse_by_wire_name,
};

static const struct awsc_shape s_SendQuota = {
    .name = "SendQuota",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_send_quota),
    .members = s_SendQuota_members,
    .member_count = 3,
    .by_wire_name = s_SendQuota_by_wire_name,
};

static const struct awsc_shape s_SendingOptions = {
    .name = "SendingOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_sending_options),
    .members = s_SendingOptions_members,
    .member_count = 1,
    .by_wire_name = s_SendingOptions_by_wire_name,
};

const struct awsc_shape awsc__sesv2_SendingPausedException = {
    .name = "SendingPausedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_sending_paused_exception),
    .error_code = "SendingPausedException",
    .http_status = 400,
};

static const struct awsc_shape s_SendingPoolName = {
    .name = "SendingPoolName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SendingStatus = {
    .name = "SendingStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SendingStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_SentLast24Hours = {
    .name = "SentLast24Hours",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
};

static const struct awsc_shape s_SerialNumber = {
    .name = "SerialNumber",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_SnsDestination = {
    .name = "SnsDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_sns_destination),
    .members = s_SnsDestination_members,
    .member_count = 1,
    .by_wire_name = s_SnsDestination_by_wire_name,
};

static const struct awsc_shape s_Status = {
    .name = "Status",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Status_values,
    .enum_count = 4,
};

static const struct awsc_shape s_StatusCause = {
    .name = "StatusCause",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_StatusCause_range,
};

static const struct awsc_shape s_StatusRecord = {
    .name = "StatusRecord",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_status_record),
    .members = s_StatusRecord_members,
    .member_count = 3,
    .by_wire_name = s_StatusRecord_by_wire_name,
};

static const struct awsc_shape s_Subject = {
    .name = "Subject",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SubscriptionStatus = {
    .name = "SubscriptionStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SubscriptionStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SuccessRedirectionURL = {
    .name = "SuccessRedirectionURL",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SuppressedDestination = {
    .name = "SuppressedDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppressed_destination),
    .members = s_SuppressedDestination_members,
    .member_count = 5,
    .by_wire_name = s_SuppressedDestination_by_wire_name,
};

static const struct awsc_shape s_SuppressedDestinationAttributes = {
    .name = "SuppressedDestinationAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppressed_destination_attributes),
    .members = s_SuppressedDestinationAttributes_members,
    .member_count = 2,
    .by_wire_name = s_SuppressedDestinationAttributes_by_wire_name,
};

static const struct awsc_shape s_SuppressedDestinationSummaries = {
    .name = "SuppressedDestinationSummaries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_suppressed_destination_summaries),
    .item = &s_SuppressedDestinationSummary,
};

static const struct awsc_shape s_SuppressedDestinationSummary = {
    .name = "SuppressedDestinationSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppressed_destination_summary),
    .members = s_SuppressedDestinationSummary_members,
    .member_count = 3,
    .by_wire_name = s_SuppressedDestinationSummary_by_wire_name,
};

static const struct awsc_shape s_SuppressionAttributes = {
    .name = "SuppressionAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_attributes),
    .members = s_SuppressionAttributes_members,
    .member_count = 2,
    .by_wire_name = s_SuppressionAttributes_by_wire_name,
};

static const struct awsc_shape s_SuppressionConditionThreshold = {
    .name = "SuppressionConditionThreshold",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_condition_threshold),
    .members = s_SuppressionConditionThreshold_members,
    .member_count = 2,
    .by_wire_name = s_SuppressionConditionThreshold_by_wire_name,
};

static const struct awsc_shape s_SuppressionConfidenceThreshold = {
    .name = "SuppressionConfidenceThreshold",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_confidence_threshold),
    .members = s_SuppressionConfidenceThreshold_members,
    .member_count = 1,
    .by_wire_name = s_SuppressionConfidenceThreshold_by_wire_name,
};

static const struct awsc_shape s_SuppressionConfidenceVerdictThreshold = {
    .name = "SuppressionConfidenceVerdictThreshold",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SuppressionConfidenceVerdictThreshold_values,
    .enum_count = 3,
};

static const struct awsc_shape s_SuppressionListDestination = {
    .name = "SuppressionListDestination",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_list_destination),
    .members = s_SuppressionListDestination_members,
    .member_count = 1,
    .by_wire_name = s_SuppressionListDestination_by_wire_name,
};

static const struct awsc_shape s_SuppressionListImportAction = {
    .name = "SuppressionListImportAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SuppressionListImportAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SuppressionListReason = {
    .name = "SuppressionListReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SuppressionListReason_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SuppressionListReasons = {
    .name = "SuppressionListReasons",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_SuppressionListReason,
};

static const struct awsc_shape s_SuppressionListScope = {
    .name = "SuppressionListScope",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SuppressionListScope_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SuppressionOptions = {
    .name = "SuppressionOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_options),
    .members = s_SuppressionOptions_members,
    .member_count = 3,
    .by_wire_name = s_SuppressionOptions_by_wire_name,
};

static const struct awsc_shape s_SuppressionValidationAttributes = {
    .name = "SuppressionValidationAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_validation_attributes),
    .members = s_SuppressionValidationAttributes_members,
    .member_count = 1,
    .by_wire_name = s_SuppressionValidationAttributes_by_wire_name,
};

static const struct awsc_shape s_SuppressionValidationOptions = {
    .name = "SuppressionValidationOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_suppression_validation_options),
    .members = s_SuppressionValidationOptions_members,
    .member_count = 1,
    .by_wire_name = s_SuppressionValidationOptions_by_wire_name,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TagKeyList = {
    .name = "TagKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_email_address_list),
    .item = &s_TagKey,
};

static const struct awsc_shape s_TagList = {
    .name = "TagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_tag_list),
    .item = &s_Tag,
};

const struct awsc_shape awsc__sesv2_TagResourceRequest = {
    .name = "TagResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tag_resource_input),
    .members = awsc__sesv2_TagResourceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_TagResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_TagResourceResponse = {
    .name = "TagResourceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tag_resource_output),
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Template = {
    .name = "Template",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_template),
    .members = s_Template_members,
    .member_count = 6,
    .by_wire_name = s_Template_by_wire_name,
};

static const struct awsc_shape s_TemplateContent = {
    .name = "TemplateContent",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Tenant = {
    .name = "Tenant",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tenant),
    .members = s_Tenant_members,
    .member_count = 7,
    .by_wire_name = s_Tenant_by_wire_name,
};

static const struct awsc_shape s_TenantId = {
    .name = "TenantId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TenantInfo = {
    .name = "TenantInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tenant_info),
    .members = s_TenantInfo_members,
    .member_count = 4,
    .by_wire_name = s_TenantInfo_by_wire_name,
};

static const struct awsc_shape s_TenantInfoList = {
    .name = "TenantInfoList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_tenant_info_list),
    .item = &s_TenantInfo,
};

static const struct awsc_shape s_TenantName = {
    .name = "TenantName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TenantName_range,
};

static const struct awsc_shape s_TenantResource = {
    .name = "TenantResource",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tenant_resource),
    .members = s_TenantResource_members,
    .member_count = 2,
    .by_wire_name = s_TenantResource_by_wire_name,
};

static const struct awsc_shape s_TenantResourceList = {
    .name = "TenantResourceList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_tenant_resource_list),
    .item = &s_TenantResource,
};

static const struct awsc_shape s_TenantSuppressionAttributes = {
    .name = "TenantSuppressionAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tenant_suppression_attributes),
    .members = s_TenantSuppressionAttributes_members,
    .member_count = 2,
    .by_wire_name = s_TenantSuppressionAttributes_by_wire_name,
};

const struct awsc_shape awsc__sesv2_TestRenderEmailTemplateRequest = {
    .name = "TestRenderEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_test_render_email_template_input),
    .members = awsc__sesv2_TestRenderEmailTemplateRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_TestRenderEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_TestRenderEmailTemplateResponse = {
    .name = "TestRenderEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_test_render_email_template_output),
    .members = awsc__sesv2_TestRenderEmailTemplateResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sesv2_TestRenderEmailTemplateResponse_by_wire_name,
};

static const struct awsc_shape s_Timestamp = {
    .name = "Timestamp",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_TimestampList = {
    .name = "TimestampList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_timestamp_list),
    .item = &s_Timestamp,
};

static const struct awsc_shape s_TlsPolicy = {
    .name = "TlsPolicy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_TlsPolicy_values,
    .enum_count = 2,
};

const struct awsc_shape awsc__sesv2_TooManyRequestsException = {
    .name = "TooManyRequestsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_sesv2_too_many_requests_exception),
    .error_code = "TooManyRequestsException",
    .http_status = 429,
};

static const struct awsc_shape s_Topic = {
    .name = "Topic",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_topic),
    .members = s_Topic_members,
    .member_count = 4,
    .by_wire_name = s_Topic_by_wire_name,
};

static const struct awsc_shape s_TopicFilter = {
    .name = "TopicFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_topic_filter),
    .members = s_TopicFilter_members,
    .member_count = 2,
    .by_wire_name = s_TopicFilter_by_wire_name,
};

static const struct awsc_shape s_TopicName = {
    .name = "TopicName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_TopicPreference = {
    .name = "TopicPreference",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_topic_preference),
    .members = s_TopicPreference_members,
    .member_count = 2,
    .by_wire_name = s_TopicPreference_by_wire_name,
};

static const struct awsc_shape s_TopicPreferenceList = {
    .name = "TopicPreferenceList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_topic_preference_list),
    .item = &s_TopicPreference,
};

static const struct awsc_shape s_Topics = {
    .name = "Topics",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sesv2_topics),
    .item = &s_Topic,
};

static const struct awsc_shape s_TrackingOptions = {
    .name = "TrackingOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_tracking_options),
    .members = s_TrackingOptions_members,
    .member_count = 2,
    .by_wire_name = s_TrackingOptions_by_wire_name,
};

static const struct awsc_shape s_UnsubscribeAll = {
    .name = "UnsubscribeAll",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

const struct awsc_shape awsc__sesv2_UntagResourceRequest = {
    .name = "UntagResourceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_untag_resource_input),
    .members = awsc__sesv2_UntagResourceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_UntagResourceRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UntagResourceResponse = {
    .name = "UntagResourceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_untag_resource_output),
};

const struct awsc_shape awsc__sesv2_UpdateConfigurationSetEventDestinationRequest = {
    .name = "UpdateConfigurationSetEventDestinationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_configuration_set_event_destination_input),
    .members = awsc__sesv2_UpdateConfigurationSetEventDestinationRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_UpdateConfigurationSetEventDestinationRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateConfigurationSetEventDestinationResponse = {
    .name = "UpdateConfigurationSetEventDestinationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_configuration_set_event_destination_output),
};

const struct awsc_shape awsc__sesv2_UpdateContactListRequest = {
    .name = "UpdateContactListRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_contact_list_input),
    .members = awsc__sesv2_UpdateContactListRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_UpdateContactListRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateContactListResponse = {
    .name = "UpdateContactListResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_contact_list_output),
};

const struct awsc_shape awsc__sesv2_UpdateContactRequest = {
    .name = "UpdateContactRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_contact_input),
    .members = awsc__sesv2_UpdateContactRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__sesv2_UpdateContactRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateContactResponse = {
    .name = "UpdateContactResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_contact_output),
};

const struct awsc_shape awsc__sesv2_UpdateCustomVerificationEmailTemplateRequest = {
    .name = "UpdateCustomVerificationEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_custom_verification_email_template_input),
    .members = awsc__sesv2_UpdateCustomVerificationEmailTemplateRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__sesv2_UpdateCustomVerificationEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateCustomVerificationEmailTemplateResponse = {
    .name = "UpdateCustomVerificationEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_custom_verification_email_template_output),
};

const struct awsc_shape awsc__sesv2_UpdateEmailIdentityPolicyRequest = {
    .name = "UpdateEmailIdentityPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_email_identity_policy_input),
    .members = awsc__sesv2_UpdateEmailIdentityPolicyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_UpdateEmailIdentityPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateEmailIdentityPolicyResponse = {
    .name = "UpdateEmailIdentityPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_email_identity_policy_output),
};

const struct awsc_shape awsc__sesv2_UpdateEmailTemplateRequest = {
    .name = "UpdateEmailTemplateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_email_template_input),
    .members = awsc__sesv2_UpdateEmailTemplateRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__sesv2_UpdateEmailTemplateRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateEmailTemplateResponse = {
    .name = "UpdateEmailTemplateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_email_template_output),
};

const struct awsc_shape awsc__sesv2_UpdateReputationEntityCustomerManagedStatusRequest = {
    .name = "UpdateReputationEntityCustomerManagedStatusRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input),
    .members = awsc__sesv2_UpdateReputationEntityCustomerManagedStatusRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_UpdateReputationEntityCustomerManagedStatusRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateReputationEntityCustomerManagedStatusResponse = {
    .name = "UpdateReputationEntityCustomerManagedStatusResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_output),
};

const struct awsc_shape awsc__sesv2_UpdateReputationEntityPolicyRequest = {
    .name = "UpdateReputationEntityPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_reputation_entity_policy_input),
    .members = awsc__sesv2_UpdateReputationEntityPolicyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sesv2_UpdateReputationEntityPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__sesv2_UpdateReputationEntityPolicyResponse = {
    .name = "UpdateReputationEntityPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_update_reputation_entity_policy_output),
};

static const struct awsc_shape s_UseCaseDescription = {
    .name = "UseCaseDescription",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_UseCaseDescription_range,
};

static const struct awsc_shape s_UseDefaultIfPreferenceUnavailable = {
    .name = "UseDefaultIfPreferenceUnavailable",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_VdmAttributes = {
    .name = "VdmAttributes",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_vdm_attributes),
    .members = s_VdmAttributes_members,
    .member_count = 3,
    .by_wire_name = s_VdmAttributes_by_wire_name,
};

static const struct awsc_shape s_VdmOptions = {
    .name = "VdmOptions",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_vdm_options),
    .members = s_VdmOptions_members,
    .member_count = 2,
    .by_wire_name = s_VdmOptions_by_wire_name,
};

static const struct awsc_shape s_VerificationError = {
    .name = "VerificationError",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_VerificationError_values,
    .enum_count = 10,
};

static const struct awsc_shape s_VerificationInfo = {
    .name = "VerificationInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_verification_info),
    .members = s_VerificationInfo_members,
    .member_count = 4,
    .by_wire_name = s_VerificationInfo_by_wire_name,
};

static const struct awsc_shape s_VerificationStatus = {
    .name = "VerificationStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_VerificationStatus_values,
    .enum_count = 5,
};

static const struct awsc_shape s_Volume = {
    .name = "Volume",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_VolumeStatistics = {
    .name = "VolumeStatistics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sesv2_volume_statistics),
    .members = s_VolumeStatistics_members,
    .member_count = 4,
    .by_wire_name = s_VolumeStatistics_by_wire_name,
};

static const struct awsc_shape s_WarmupStatus = {
    .name = "WarmupStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_WarmupStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_WebsiteURL = {
    .name = "WebsiteURL",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_WebsiteURL_range,
};
