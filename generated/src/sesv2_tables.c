/*
 * sesv2_tables.c - the service descriptor, operations and shapes of
 * SESv2.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sesv2.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
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

/*
 * The tables: the service, its operations and every shape, member and
 * name of SESv2 in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__sesv2_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* MREF(i, target): a reference of members[i] (AWSC_MEMBER_REF). */
#define MREF(i, target) AWSC_MEMBER_REF(T.members[i], T.target)
/* SHAPE_NAME(field, target): a shape's name, which a build without shape
 * names (AWSC_WITH_SHAPE_NAMES 0) leaves out with the names' pool. */
#if AWSC_WITH_SHAPE_NAMES
#define SHAPE_NAME(field, target) REF(field, target)
#else
#define SHAPE_NAME(field, target) 0
#endif
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__SESV2_TABLES
#define AWSC__SESV2_TABLES

/* The endpoint rule set of sesv2: a part of the service's tables. */
struct awsc__sesv2_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[36];
    struct awsc_ep_expr exprs[54];
    uint16_t args[67];
    struct awsc_ep_endpoint endpoints[10];
    struct awsc_ep_prop props[7];
    char strings[704];
};
/* The service, its operations and every shape, member and name of
 * SESv2, in one object. */
struct awsc__sesv2_tables {
    struct awsc_service service;
    struct awsc_operation operations[112];
    awsc_ref op_errors[374];
    awsc_ref service_errors[13];
    struct awsc_endpoint_context_param context_params[1];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sesv2_pagers pagers; /* <awsc/sesv2.h> */
#endif
    struct awsc__sesv2_rules rules;
    struct awsc_structure_shape structures[351];
    struct awsc_collection_shape collections[68];
    struct awsc_enum_shape enums[53];
    struct awsc_shape scalars[117];
    struct awsc_shape_traits traits[59];
    struct awsc_member members[799];
    uint16_t by_wire_name[799];
    struct awsc_range ranges[46];
    char strings[14918];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[13304];
#endif
};
extern const struct awsc__sesv2_tables awsc__sesv2_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__sesv2_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[14847]),
        .service_id_ref = REF(service.service_id_ref, strings[14853]),
        .full_name_ref = REF(service.full_name_ref, strings[14859]),
        .api_version_ref = REF(service.api_version_ref, strings[14887]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[14898]),
        .signing_name_ref = REF(service.signing_name_ref, strings[14904]),
        .json_version_ref = REF(service.json_version_ref, strings[14908]),
        .env_name_ref = REF(service.env_name_ref, strings[14912]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_REST_JSON,
        .operation_count = 112,
        .error_count = 13,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 5,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* BatchGetMetricData */
            .name_ref = REF(operations[0].name_ref, strings[8508]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[8532]),
            .input_ref = REF(operations[0].input_ref, structures[7].shape),
            .output_ref = REF(operations[0].output_ref, structures[8].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* CancelExportJob */
            .name_ref = REF(operations[1].name_ref, strings[8556]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[8576]),
            .input_ref = REF(operations[1].input_ref, structures[15].shape),
            .output_ref = REF(operations[1].output_ref, structures[16].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* CreateConfigurationSet */
            .name_ref = REF(operations[2].name_ref, strings[8613]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[8636]),
            .input_ref = REF(operations[2].input_ref, structures[28].shape),
            .output_ref = REF(operations[2].output_ref, structures[29].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[7]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CreateConfigurationSetEventDestination */
            .name_ref = REF(operations[3].name_ref, strings[8665]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[8704]),
            .input_ref = REF(operations[3].input_ref, structures[26].shape),
            .output_ref = REF(operations[3].output_ref, structures[27].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[13]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreateContact */
            .name_ref = REF(operations[4].name_ref, strings[8775]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[8789]),
            .input_ref = REF(operations[4].input_ref, structures[32].shape),
            .output_ref = REF(operations[4].output_ref, structures[33].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[18]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* CreateContactList */
            .name_ref = REF(operations[5].name_ref, strings[8840]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[8858]),
            .input_ref = REF(operations[5].input_ref, structures[30].shape),
            .output_ref = REF(operations[5].output_ref, structures[31].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[22]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* CreateCustomVerificationEmailTemplate */
            .name_ref = REF(operations[6].name_ref, strings[8882]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[8920]),
            .input_ref = REF(operations[6].input_ref, structures[34].shape),
            .output_ref = REF(operations[6].output_ref, structures[35].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[26]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* CreateDedicatedIpPool */
            .name_ref = REF(operations[7].name_ref, strings[8966]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[8988]),
            .input_ref = REF(operations[7].input_ref, structures[36].shape),
            .output_ref = REF(operations[7].output_ref, structures[37].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[31]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* CreateDeliverabilityTestReport */
            .name_ref = REF(operations[8].name_ref, strings[9017]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[9048]),
            .input_ref = REF(operations[8].input_ref, structures[38].shape),
            .output_ref = REF(operations[8].output_ref, structures[39].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[36]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* CreateEmailIdentity */
            .name_ref = REF(operations[9].name_ref, strings[9088]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[9108]),
            .input_ref = REF(operations[9].input_ref, structures[42].shape),
            .output_ref = REF(operations[9].output_ref, structures[43].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[45]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* CreateEmailIdentityPolicy */
            .name_ref = REF(operations[10].name_ref, strings[9129]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[9155]),
            .input_ref = REF(operations[10].input_ref, structures[40].shape),
            .output_ref = REF(operations[10].output_ref, structures[41].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[51]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* CreateEmailTemplate */
            .name_ref = REF(operations[11].name_ref, strings[9214]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[9234]),
            .input_ref = REF(operations[11].input_ref, structures[44].shape),
            .output_ref = REF(operations[11].output_ref, structures[45].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[56]),
            .service_ref = REF(operations[11].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* CreateExportJob */
            .name_ref = REF(operations[12].name_ref, strings[9254]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[9270]),
            .input_ref = REF(operations[12].input_ref, structures[46].shape),
            .output_ref = REF(operations[12].output_ref, structures[47].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[60]),
            .service_ref = REF(operations[12].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* CreateImportJob */
            .name_ref = REF(operations[13].name_ref, strings[9292]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[9308]),
            .input_ref = REF(operations[13].input_ref, structures[48].shape),
            .output_ref = REF(operations[13].output_ref, structures[49].shape),
            .errors_ref = REF(operations[13].errors_ref, op_errors[64]),
            .service_ref = REF(operations[13].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* CreateMultiRegionEndpoint */
            .name_ref = REF(operations[14].name_ref, strings[9330]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[9356]),
            .input_ref = REF(operations[14].input_ref, structures[50].shape),
            .output_ref = REF(operations[14].output_ref, structures[51].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[67]),
            .service_ref = REF(operations[14].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* CreateTenant */
            .name_ref = REF(operations[15].name_ref, strings[9389]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[9402]),
            .input_ref = REF(operations[15].input_ref, structures[52].shape),
            .output_ref = REF(operations[15].output_ref, structures[55].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[71]),
            .service_ref = REF(operations[15].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* CreateTenantResourceAssociation */
            .name_ref = REF(operations[16].name_ref, strings[9420]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[9452]),
            .input_ref = REF(operations[16].input_ref, structures[53].shape),
            .output_ref = REF(operations[16].output_ref, structures[54].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[75]),
            .service_ref = REF(operations[16].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* DeleteConfigurationSet */
            .name_ref = REF(operations[17].name_ref, strings[9480]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[9510]),
            .input_ref = REF(operations[17].input_ref, structures[64].shape),
            .output_ref = REF(operations[17].output_ref, structures[65].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[79]),
            .service_ref = REF(operations[17].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* DeleteConfigurationSetEventDestination */
            .name_ref = REF(operations[18].name_ref, strings[9562]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[9601]),
            .input_ref = REF(operations[18].input_ref, structures[62].shape),
            .output_ref = REF(operations[18].output_ref, structures[63].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[83]),
            .service_ref = REF(operations[18].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* DeleteContact */
            .name_ref = REF(operations[19].name_ref, strings[9695]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[9709]),
            .input_ref = REF(operations[19].input_ref, structures[68].shape),
            .output_ref = REF(operations[19].output_ref, structures[69].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[86]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* DeleteContactList */
            .name_ref = REF(operations[20].name_ref, strings[9775]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[9793]),
            .input_ref = REF(operations[20].input_ref, structures[66].shape),
            .output_ref = REF(operations[20].output_ref, structures[67].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[89]),
            .service_ref = REF(operations[20].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* DeleteCustomVerificationEmailTemplate */
            .name_ref = REF(operations[21].name_ref, strings[9835]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[9873]),
            .input_ref = REF(operations[21].input_ref, structures[70].shape),
            .output_ref = REF(operations[21].output_ref, structures[71].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[93]),
            .service_ref = REF(operations[21].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* DeleteDedicatedIpPool */
            .name_ref = REF(operations[22].name_ref, strings[9934]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[9956]),
            .input_ref = REF(operations[22].input_ref, structures[72].shape),
            .output_ref = REF(operations[22].output_ref, structures[73].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[96]),
            .service_ref = REF(operations[22].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* DeleteEmailIdentity */
            .name_ref = REF(operations[23].name_ref, strings[9996]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[10016]),
            .input_ref = REF(operations[23].input_ref, structures[76].shape),
            .output_ref = REF(operations[23].output_ref, structures[77].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[100]),
            .service_ref = REF(operations[23].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* DeleteEmailIdentityPolicy */
            .name_ref = REF(operations[24].name_ref, strings[10053]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[9155]),
            .input_ref = REF(operations[24].input_ref, structures[74].shape),
            .output_ref = REF(operations[24].output_ref, structures[75].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[104]),
            .service_ref = REF(operations[24].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* DeleteEmailTemplate */
            .name_ref = REF(operations[25].name_ref, strings[10079]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[10099]),
            .input_ref = REF(operations[25].input_ref, structures[78].shape),
            .output_ref = REF(operations[25].output_ref, structures[79].shape),
            .errors_ref = REF(operations[25].errors_ref, op_errors[107]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* DeleteMultiRegionEndpoint */
            .name_ref = REF(operations[26].name_ref, strings[10134]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[10160]),
            .input_ref = REF(operations[26].input_ref, structures[80].shape),
            .output_ref = REF(operations[26].output_ref, structures[81].shape),
            .errors_ref = REF(operations[26].errors_ref, op_errors[110]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* DeleteSuppressedDestination */
            .name_ref = REF(operations[27].name_ref, strings[10208]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[10236]),
            .input_ref = REF(operations[27].input_ref, structures[82].shape),
            .output_ref = REF(operations[27].output_ref, structures[83].shape),
            .errors_ref = REF(operations[27].errors_ref, op_errors[114]),
            .service_ref = REF(operations[27].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* DeleteTenant */
            .name_ref = REF(operations[28].name_ref, strings[10283]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[10296]),
            .input_ref = REF(operations[28].input_ref, structures[84].shape),
            .output_ref = REF(operations[28].output_ref, structures[87].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[117]),
            .service_ref = REF(operations[28].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* DeleteTenantResourceAssociation */
            .name_ref = REF(operations[29].name_ref, strings[10321]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[10353]),
            .input_ref = REF(operations[29].input_ref, structures[85].shape),
            .output_ref = REF(operations[29].output_ref, structures[86].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[120]),
            .service_ref = REF(operations[29].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* GetAccount */
            .name_ref = REF(operations[30].name_ref, strings[10388]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[10403]),
            .input_ref = REF(operations[30].input_ref, structures[113].shape),
            .output_ref = REF(operations[30].output_ref, structures[114].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[123]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* GetBlacklistReports */
            .name_ref = REF(operations[31].name_ref, strings[10421]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[10441]),
            .input_ref = REF(operations[31].input_ref, structures[115].shape),
            .output_ref = REF(operations[31].output_ref, structures[116].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[125]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* GetConfigurationSet */
            .name_ref = REF(operations[32].name_ref, strings[10493]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[9510]),
            .input_ref = REF(operations[32].input_ref, structures[119].shape),
            .output_ref = REF(operations[32].output_ref, structures[120].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[128]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* GetConfigurationSetEventDestinations */
            .name_ref = REF(operations[33].name_ref, strings[10513]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[8704]),
            .input_ref = REF(operations[33].input_ref, structures[117].shape),
            .output_ref = REF(operations[33].output_ref, structures[118].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[131]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* GetContact */
            .name_ref = REF(operations[34].name_ref, strings[10550]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[9709]),
            .input_ref = REF(operations[34].input_ref, structures[123].shape),
            .output_ref = REF(operations[34].output_ref, structures[124].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[134]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* GetContactList */
            .name_ref = REF(operations[35].name_ref, strings[10561]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[9793]),
            .input_ref = REF(operations[35].input_ref, structures[121].shape),
            .output_ref = REF(operations[35].output_ref, structures[122].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[137]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* GetCustomVerificationEmailTemplate */
            .name_ref = REF(operations[36].name_ref, strings[10576]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[9873]),
            .input_ref = REF(operations[36].input_ref, structures[125].shape),
            .output_ref = REF(operations[36].output_ref, structures[126].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[140]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* GetDedicatedIp */
            .name_ref = REF(operations[37].name_ref, strings[10611]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[10626]),
            .input_ref = REF(operations[37].input_ref, structures[129].shape),
            .output_ref = REF(operations[37].output_ref, structures[130].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[143]),
            .service_ref = REF(operations[37].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* GetDedicatedIpPool */
            .name_ref = REF(operations[38].name_ref, strings[10655]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[9956]),
            .input_ref = REF(operations[38].input_ref, structures[127].shape),
            .output_ref = REF(operations[38].output_ref, structures[128].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[146]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* GetDedicatedIps */
            .name_ref = REF(operations[39].name_ref, strings[10674]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[10690]),
            .input_ref = REF(operations[39].input_ref, structures[131].shape),
            .output_ref = REF(operations[39].output_ref, structures[132].shape),
            .errors_ref = REF(operations[39].errors_ref, op_errors[149]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* GetDeliverabilityDashboardOptions */
            .name_ref = REF(operations[40].name_ref, strings[10714]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[10748]),
            .input_ref = REF(operations[40].input_ref, structures[133].shape),
            .output_ref = REF(operations[40].output_ref, structures[134].shape),
            .errors_ref = REF(operations[40].errors_ref, op_errors[152]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* GetDeliverabilityTestReport */
            .name_ref = REF(operations[41].name_ref, strings[10783]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[10811]),
            .input_ref = REF(operations[41].input_ref, structures[135].shape),
            .output_ref = REF(operations[41].output_ref, structures[136].shape),
            .errors_ref = REF(operations[41].errors_ref, op_errors[155]),
            .service_ref = REF(operations[41].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* GetDomainDeliverabilityCampaign */
            .name_ref = REF(operations[42].name_ref, strings[10870]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[10902]),
            .input_ref = REF(operations[42].input_ref, structures[137].shape),
            .output_ref = REF(operations[42].output_ref, structures[138].shape),
            .errors_ref = REF(operations[42].errors_ref, op_errors[158]),
            .service_ref = REF(operations[42].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* GetDomainStatisticsReport */
            .name_ref = REF(operations[43].name_ref, strings[10960]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[10986]),
            .input_ref = REF(operations[43].input_ref, structures[139].shape),
            .output_ref = REF(operations[43].output_ref, structures[140].shape),
            .errors_ref = REF(operations[43].errors_ref, op_errors[161]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* GetEmailAddressInsights */
            .name_ref = REF(operations[44].name_ref, strings[11048]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[11072]),
            .input_ref = REF(operations[44].input_ref, structures[141].shape),
            .output_ref = REF(operations[44].output_ref, structures[142].shape),
            .errors_ref = REF(operations[44].errors_ref, op_errors[164]),
            .service_ref = REF(operations[44].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* GetEmailIdentity */
            .name_ref = REF(operations[45].name_ref, strings[11106]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[10016]),
            .input_ref = REF(operations[45].input_ref, structures[145].shape),
            .output_ref = REF(operations[45].output_ref, structures[146].shape),
            .errors_ref = REF(operations[45].errors_ref, op_errors[166]),
            .service_ref = REF(operations[45].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* GetEmailIdentityPolicies */
            .name_ref = REF(operations[46].name_ref, strings[11123]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[11148]),
            .input_ref = REF(operations[46].input_ref, structures[143].shape),
            .output_ref = REF(operations[46].output_ref, structures[144].shape),
            .errors_ref = REF(operations[46].errors_ref, op_errors[169]),
            .service_ref = REF(operations[46].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* GetEmailTemplate */
            .name_ref = REF(operations[47].name_ref, strings[11194]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[10099]),
            .input_ref = REF(operations[47].input_ref, structures[147].shape),
            .output_ref = REF(operations[47].output_ref, structures[148].shape),
            .errors_ref = REF(operations[47].errors_ref, op_errors[172]),
            .service_ref = REF(operations[47].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* GetExportJob */
            .name_ref = REF(operations[48].name_ref, strings[11211]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[11224]),
            .input_ref = REF(operations[48].input_ref, structures[149].shape),
            .output_ref = REF(operations[48].output_ref, structures[150].shape),
            .errors_ref = REF(operations[48].errors_ref, op_errors[175]),
            .service_ref = REF(operations[48].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* GetImportJob */
            .name_ref = REF(operations[49].name_ref, strings[11254]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[11267]),
            .input_ref = REF(operations[49].input_ref, structures[151].shape),
            .output_ref = REF(operations[49].output_ref, structures[152].shape),
            .errors_ref = REF(operations[49].errors_ref, op_errors[178]),
            .service_ref = REF(operations[49].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [50] = { /* GetMessageInsights */
            .name_ref = REF(operations[50].name_ref, strings[11297]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[11316]),
            .input_ref = REF(operations[50].input_ref, structures[153].shape),
            .output_ref = REF(operations[50].output_ref, structures[154].shape),
            .errors_ref = REF(operations[50].errors_ref, op_errors[181]),
            .service_ref = REF(operations[50].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [51] = { /* GetMultiRegionEndpoint */
            .name_ref = REF(operations[51].name_ref, strings[11348]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[10160]),
            .input_ref = REF(operations[51].input_ref, structures[155].shape),
            .output_ref = REF(operations[51].output_ref, structures[156].shape),
            .errors_ref = REF(operations[51].errors_ref, op_errors[184]),
            .service_ref = REF(operations[51].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [52] = { /* GetReputationEntity */
            .name_ref = REF(operations[52].name_ref, strings[11371]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[11391]),
            .input_ref = REF(operations[52].input_ref, structures[157].shape),
            .output_ref = REF(operations[52].output_ref, structures[158].shape),
            .errors_ref = REF(operations[52].errors_ref, op_errors[187]),
            .service_ref = REF(operations[52].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [53] = { /* GetSuppressedDestination */
            .name_ref = REF(operations[53].name_ref, strings[11472]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[10236]),
            .input_ref = REF(operations[53].input_ref, structures[159].shape),
            .output_ref = REF(operations[53].output_ref, structures[160].shape),
            .errors_ref = REF(operations[53].errors_ref, op_errors[190]),
            .service_ref = REF(operations[53].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [54] = { /* GetTenant */
            .name_ref = REF(operations[54].name_ref, strings[11497]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[11507]),
            .input_ref = REF(operations[54].input_ref, structures[161].shape),
            .output_ref = REF(operations[54].output_ref, structures[162].shape),
            .errors_ref = REF(operations[54].errors_ref, op_errors[193]),
            .service_ref = REF(operations[54].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [55] = { /* ListConfigurationSets */
            .name_ref = REF(operations[55].name_ref, strings[11529]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[8636]),
            .input_ref = REF(operations[55].input_ref, structures[176].shape),
            .output_ref = REF(operations[55].output_ref, structures[177].shape),
            .errors_ref = REF(operations[55].errors_ref, op_errors[196]),
            .service_ref = REF(operations[55].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [56] = { /* ListContactLists */
            .name_ref = REF(operations[56].name_ref, strings[11551]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[8858]),
            .input_ref = REF(operations[56].input_ref, structures[178].shape),
            .output_ref = REF(operations[56].output_ref, structures[179].shape),
            .errors_ref = REF(operations[56].errors_ref, op_errors[198]),
            .service_ref = REF(operations[56].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [57] = { /* ListContacts */
            .name_ref = REF(operations[57].name_ref, strings[11568]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[11581]),
            .input_ref = REF(operations[57].input_ref, structures[181].shape),
            .output_ref = REF(operations[57].output_ref, structures[182].shape),
            .errors_ref = REF(operations[57].errors_ref, op_errors[200]),
            .service_ref = REF(operations[57].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [58] = { /* ListCustomVerificationEmailTemplates */
            .name_ref = REF(operations[58].name_ref, strings[11637]),
            .http_method_ref = REF(operations[58].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[58].request_uri_ref, strings[8920]),
            .input_ref = REF(operations[58].input_ref, structures[183].shape),
            .output_ref = REF(operations[58].output_ref, structures[184].shape),
            .errors_ref = REF(operations[58].errors_ref, op_errors[203]),
            .service_ref = REF(operations[58].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [59] = { /* ListDedicatedIpPools */
            .name_ref = REF(operations[59].name_ref, strings[11674]),
            .http_method_ref = REF(operations[59].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[59].request_uri_ref, strings[8988]),
            .input_ref = REF(operations[59].input_ref, structures[185].shape),
            .output_ref = REF(operations[59].output_ref, structures[186].shape),
            .errors_ref = REF(operations[59].errors_ref, op_errors[205]),
            .service_ref = REF(operations[59].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [60] = { /* ListDeliverabilityTestReports */
            .name_ref = REF(operations[60].name_ref, strings[11695]),
            .http_method_ref = REF(operations[60].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[60].request_uri_ref, strings[11725]),
            .input_ref = REF(operations[60].input_ref, structures[187].shape),
            .output_ref = REF(operations[60].output_ref, structures[188].shape),
            .errors_ref = REF(operations[60].errors_ref, op_errors[207]),
            .service_ref = REF(operations[60].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [61] = { /* ListDomainDeliverabilityCampaigns */
            .name_ref = REF(operations[61].name_ref, strings[11773]),
            .http_method_ref = REF(operations[61].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[61].request_uri_ref, strings[11807]),
            .input_ref = REF(operations[61].input_ref, structures[189].shape),
            .output_ref = REF(operations[61].output_ref, structures[190].shape),
            .errors_ref = REF(operations[61].errors_ref, op_errors[210]),
            .service_ref = REF(operations[61].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [62] = { /* ListEmailIdentities */
            .name_ref = REF(operations[62].name_ref, strings[11879]),
            .http_method_ref = REF(operations[62].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[62].request_uri_ref, strings[9108]),
            .input_ref = REF(operations[62].input_ref, structures[191].shape),
            .output_ref = REF(operations[62].output_ref, structures[192].shape),
            .errors_ref = REF(operations[62].errors_ref, op_errors[213]),
            .service_ref = REF(operations[62].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [63] = { /* ListEmailTemplates */
            .name_ref = REF(operations[63].name_ref, strings[11899]),
            .http_method_ref = REF(operations[63].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[63].request_uri_ref, strings[9234]),
            .input_ref = REF(operations[63].input_ref, structures[193].shape),
            .output_ref = REF(operations[63].output_ref, structures[194].shape),
            .errors_ref = REF(operations[63].errors_ref, op_errors[215]),
            .service_ref = REF(operations[63].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [64] = { /* ListExportJobs */
            .name_ref = REF(operations[64].name_ref, strings[11918]),
            .http_method_ref = REF(operations[64].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[64].request_uri_ref, strings[11933]),
            .input_ref = REF(operations[64].input_ref, structures[195].shape),
            .output_ref = REF(operations[64].output_ref, structures[196].shape),
            .errors_ref = REF(operations[64].errors_ref, op_errors[217]),
            .service_ref = REF(operations[64].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [65] = { /* ListImportJobs */
            .name_ref = REF(operations[65].name_ref, strings[11960]),
            .http_method_ref = REF(operations[65].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[65].request_uri_ref, strings[11975]),
            .input_ref = REF(operations[65].input_ref, structures[197].shape),
            .output_ref = REF(operations[65].output_ref, structures[198].shape),
            .errors_ref = REF(operations[65].errors_ref, op_errors[219]),
            .service_ref = REF(operations[65].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [66] = { /* ListMultiRegionEndpoints */
            .name_ref = REF(operations[66].name_ref, strings[12002]),
            .http_method_ref = REF(operations[66].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[66].request_uri_ref, strings[9356]),
            .input_ref = REF(operations[66].input_ref, structures[200].shape),
            .output_ref = REF(operations[66].output_ref, structures[201].shape),
            .errors_ref = REF(operations[66].errors_ref, op_errors[221]),
            .service_ref = REF(operations[66].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [67] = { /* ListRecommendations */
            .name_ref = REF(operations[67].name_ref, strings[12027]),
            .http_method_ref = REF(operations[67].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[67].request_uri_ref, strings[12047]),
            .input_ref = REF(operations[67].input_ref, structures[202].shape),
            .output_ref = REF(operations[67].output_ref, structures[203].shape),
            .errors_ref = REF(operations[67].errors_ref, op_errors[223]),
            .service_ref = REF(operations[67].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [68] = { /* ListReputationEntities */
            .name_ref = REF(operations[68].name_ref, strings[12077]),
            .http_method_ref = REF(operations[68].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[68].request_uri_ref, strings[12100]),
            .input_ref = REF(operations[68].input_ref, structures[204].shape),
            .output_ref = REF(operations[68].output_ref, structures[205].shape),
            .errors_ref = REF(operations[68].errors_ref, op_errors[226]),
            .service_ref = REF(operations[68].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [69] = { /* ListResourceTenants */
            .name_ref = REF(operations[69].name_ref, strings[12130]),
            .http_method_ref = REF(operations[69].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[69].request_uri_ref, strings[12150]),
            .input_ref = REF(operations[69].input_ref, structures[206].shape),
            .output_ref = REF(operations[69].output_ref, structures[207].shape),
            .errors_ref = REF(operations[69].errors_ref, op_errors[228]),
            .service_ref = REF(operations[69].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [70] = { /* ListSuppressedDestinations */
            .name_ref = REF(operations[70].name_ref, strings[12183]),
            .http_method_ref = REF(operations[70].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[70].request_uri_ref, strings[12210]),
            .input_ref = REF(operations[70].input_ref, structures[208].shape),
            .output_ref = REF(operations[70].output_ref, structures[209].shape),
            .errors_ref = REF(operations[70].errors_ref, op_errors[231]),
            .service_ref = REF(operations[70].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [71] = { /* ListTagsForResource */
            .name_ref = REF(operations[71].name_ref, strings[12242]),
            .http_method_ref = REF(operations[71].http_method_ref, strings[10399]),
            .request_uri_ref = REF(operations[71].request_uri_ref, strings[12262]),
            .input_ref = REF(operations[71].input_ref, structures[210].shape),
            .output_ref = REF(operations[71].output_ref, structures[211].shape),
            .errors_ref = REF(operations[71].errors_ref, op_errors[235]),
            .service_ref = REF(operations[71].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [72] = { /* ListTenantResources */
            .name_ref = REF(operations[72].name_ref, strings[12277]),
            .http_method_ref = REF(operations[72].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[72].request_uri_ref, strings[12297]),
            .input_ref = REF(operations[72].input_ref, structures[212].shape),
            .output_ref = REF(operations[72].output_ref, structures[213].shape),
            .errors_ref = REF(operations[72].errors_ref, op_errors[238]),
            .service_ref = REF(operations[72].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [73] = { /* ListTenants */
            .name_ref = REF(operations[73].name_ref, strings[12330]),
            .http_method_ref = REF(operations[73].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[73].request_uri_ref, strings[12342]),
            .input_ref = REF(operations[73].input_ref, structures[214].shape),
            .output_ref = REF(operations[73].output_ref, structures[215].shape),
            .errors_ref = REF(operations[73].errors_ref, op_errors[241]),
            .service_ref = REF(operations[73].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [74] = { /* PutAccountDedicatedIpWarmupAttributes */
            .name_ref = REF(operations[74].name_ref, strings[12365]),
            .http_method_ref = REF(operations[74].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[74].request_uri_ref, strings[12403]),
            .input_ref = REF(operations[74].input_ref, structures[234].shape),
            .output_ref = REF(operations[74].output_ref, structures[235].shape),
            .errors_ref = REF(operations[74].errors_ref, op_errors[243]),
            .service_ref = REF(operations[74].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [75] = { /* PutAccountDetails */
            .name_ref = REF(operations[75].name_ref, strings[12442]),
            .http_method_ref = REF(operations[75].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[75].request_uri_ref, strings[12460]),
            .input_ref = REF(operations[75].input_ref, structures[236].shape),
            .output_ref = REF(operations[75].output_ref, structures[237].shape),
            .errors_ref = REF(operations[75].errors_ref, op_errors[245]),
            .service_ref = REF(operations[75].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [76] = { /* PutAccountPricingAttributes */
            .name_ref = REF(operations[76].name_ref, strings[12486]),
            .http_method_ref = REF(operations[76].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[76].request_uri_ref, strings[12514]),
            .input_ref = REF(operations[76].input_ref, structures[238].shape),
            .output_ref = REF(operations[76].output_ref, structures[239].shape),
            .errors_ref = REF(operations[76].errors_ref, op_errors[248]),
            .service_ref = REF(operations[76].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [77] = { /* PutAccountSendingAttributes */
            .name_ref = REF(operations[77].name_ref, strings[12551]),
            .http_method_ref = REF(operations[77].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[77].request_uri_ref, strings[12579]),
            .input_ref = REF(operations[77].input_ref, structures[240].shape),
            .output_ref = REF(operations[77].output_ref, structures[241].shape),
            .errors_ref = REF(operations[77].errors_ref, op_errors[251]),
            .service_ref = REF(operations[77].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [78] = { /* PutAccountSuppressionAttributes */
            .name_ref = REF(operations[78].name_ref, strings[12605]),
            .http_method_ref = REF(operations[78].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[78].request_uri_ref, strings[12637]),
            .input_ref = REF(operations[78].input_ref, structures[242].shape),
            .output_ref = REF(operations[78].output_ref, structures[243].shape),
            .errors_ref = REF(operations[78].errors_ref, op_errors[253]),
            .service_ref = REF(operations[78].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [79] = { /* PutAccountVdmAttributes */
            .name_ref = REF(operations[79].name_ref, strings[12667]),
            .http_method_ref = REF(operations[79].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[79].request_uri_ref, strings[12691]),
            .input_ref = REF(operations[79].input_ref, structures[244].shape),
            .output_ref = REF(operations[79].output_ref, structures[245].shape),
            .errors_ref = REF(operations[79].errors_ref, op_errors[255]),
            .service_ref = REF(operations[79].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [80] = { /* PutConfigurationSetArchivingOptions */
            .name_ref = REF(operations[80].name_ref, strings[12713]),
            .http_method_ref = REF(operations[80].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[80].request_uri_ref, strings[12749]),
            .input_ref = REF(operations[80].input_ref, structures[246].shape),
            .output_ref = REF(operations[80].output_ref, structures[247].shape),
            .errors_ref = REF(operations[80].errors_ref, op_errors[257]),
            .service_ref = REF(operations[80].service_ref, service),
            .error_count = 3,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [81] = { /* PutConfigurationSetDeliveryOptions */
            .name_ref = REF(operations[81].name_ref, strings[12819]),
            .http_method_ref = REF(operations[81].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[81].request_uri_ref, strings[12854]),
            .input_ref = REF(operations[81].input_ref, structures[248].shape),
            .output_ref = REF(operations[81].output_ref, structures[249].shape),
            .errors_ref = REF(operations[81].errors_ref, op_errors[260]),
            .service_ref = REF(operations[81].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [82] = { /* PutConfigurationSetReputationOptions */
            .name_ref = REF(operations[82].name_ref, strings[12923]),
            .http_method_ref = REF(operations[82].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[82].request_uri_ref, strings[12960]),
            .input_ref = REF(operations[82].input_ref, structures[250].shape),
            .output_ref = REF(operations[82].output_ref, structures[251].shape),
            .errors_ref = REF(operations[82].errors_ref, op_errors[263]),
            .service_ref = REF(operations[82].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [83] = { /* PutConfigurationSetSendingOptions */
            .name_ref = REF(operations[83].name_ref, strings[13031]),
            .http_method_ref = REF(operations[83].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[83].request_uri_ref, strings[13065]),
            .input_ref = REF(operations[83].input_ref, structures[252].shape),
            .output_ref = REF(operations[83].output_ref, structures[253].shape),
            .errors_ref = REF(operations[83].errors_ref, op_errors[266]),
            .service_ref = REF(operations[83].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [84] = { /* PutConfigurationSetSuppressionOptions */
            .name_ref = REF(operations[84].name_ref, strings[13125]),
            .http_method_ref = REF(operations[84].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[84].request_uri_ref, strings[13163]),
            .input_ref = REF(operations[84].input_ref, structures[254].shape),
            .output_ref = REF(operations[84].output_ref, structures[255].shape),
            .errors_ref = REF(operations[84].errors_ref, op_errors[269]),
            .service_ref = REF(operations[84].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [85] = { /* PutConfigurationSetTrackingOptions */
            .name_ref = REF(operations[85].name_ref, strings[13235]),
            .http_method_ref = REF(operations[85].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[85].request_uri_ref, strings[13270]),
            .input_ref = REF(operations[85].input_ref, structures[256].shape),
            .output_ref = REF(operations[85].output_ref, structures[257].shape),
            .errors_ref = REF(operations[85].errors_ref, op_errors[272]),
            .service_ref = REF(operations[85].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [86] = { /* PutConfigurationSetVdmOptions */
            .name_ref = REF(operations[86].name_ref, strings[13339]),
            .http_method_ref = REF(operations[86].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[86].request_uri_ref, strings[13369]),
            .input_ref = REF(operations[86].input_ref, structures[258].shape),
            .output_ref = REF(operations[86].output_ref, structures[259].shape),
            .errors_ref = REF(operations[86].errors_ref, op_errors[275]),
            .service_ref = REF(operations[86].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [87] = { /* PutDedicatedIpInPool */
            .name_ref = REF(operations[87].name_ref, strings[13433]),
            .http_method_ref = REF(operations[87].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[87].request_uri_ref, strings[13454]),
            .input_ref = REF(operations[87].input_ref, structures[260].shape),
            .output_ref = REF(operations[87].output_ref, structures[261].shape),
            .errors_ref = REF(operations[87].errors_ref, op_errors[278]),
            .service_ref = REF(operations[87].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [88] = { /* PutDedicatedIpPoolScalingAttributes */
            .name_ref = REF(operations[88].name_ref, strings[13488]),
            .http_method_ref = REF(operations[88].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[88].request_uri_ref, strings[13524]),
            .input_ref = REF(operations[88].input_ref, structures[262].shape),
            .output_ref = REF(operations[88].output_ref, structures[263].shape),
            .errors_ref = REF(operations[88].errors_ref, op_errors[281]),
            .service_ref = REF(operations[88].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [89] = { /* PutDedicatedIpWarmupAttributes */
            .name_ref = REF(operations[89].name_ref, strings[13572]),
            .http_method_ref = REF(operations[89].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[89].request_uri_ref, strings[13603]),
            .input_ref = REF(operations[89].input_ref, structures[264].shape),
            .output_ref = REF(operations[89].output_ref, structures[265].shape),
            .errors_ref = REF(operations[89].errors_ref, op_errors[285]),
            .service_ref = REF(operations[89].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [90] = { /* PutDeliverabilityDashboardOption */
            .name_ref = REF(operations[90].name_ref, strings[13639]),
            .http_method_ref = REF(operations[90].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[90].request_uri_ref, strings[10748]),
            .input_ref = REF(operations[90].input_ref, structures[266].shape),
            .output_ref = REF(operations[90].output_ref, structures[267].shape),
            .errors_ref = REF(operations[90].errors_ref, op_errors[288]),
            .service_ref = REF(operations[90].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [91] = { /* PutEmailIdentityConfigurationSetAttributes */
            .name_ref = REF(operations[91].name_ref, strings[13672]),
            .http_method_ref = REF(operations[91].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[91].request_uri_ref, strings[13715]),
            .input_ref = REF(operations[91].input_ref, structures[268].shape),
            .output_ref = REF(operations[91].output_ref, structures[269].shape),
            .errors_ref = REF(operations[91].errors_ref, op_errors[293]),
            .service_ref = REF(operations[91].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [92] = { /* PutEmailIdentityDkimAttributes */
            .name_ref = REF(operations[92].name_ref, strings[13770]),
            .http_method_ref = REF(operations[92].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[92].request_uri_ref, strings[13801]),
            .input_ref = REF(operations[92].input_ref, structures[270].shape),
            .output_ref = REF(operations[92].output_ref, structures[271].shape),
            .errors_ref = REF(operations[92].errors_ref, op_errors[296]),
            .service_ref = REF(operations[92].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [93] = { /* PutEmailIdentityDkimSigningAttributes */
            .name_ref = REF(operations[93].name_ref, strings[13843]),
            .http_method_ref = REF(operations[93].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[93].request_uri_ref, strings[13881]),
            .input_ref = REF(operations[93].input_ref, structures[272].shape),
            .output_ref = REF(operations[93].output_ref, structures[273].shape),
            .errors_ref = REF(operations[93].errors_ref, op_errors[299]),
            .service_ref = REF(operations[93].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [94] = { /* PutEmailIdentityFeedbackAttributes */
            .name_ref = REF(operations[94].name_ref, strings[13931]),
            .http_method_ref = REF(operations[94].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[94].request_uri_ref, strings[13966]),
            .input_ref = REF(operations[94].input_ref, structures[274].shape),
            .output_ref = REF(operations[94].output_ref, structures[275].shape),
            .errors_ref = REF(operations[94].errors_ref, op_errors[302]),
            .service_ref = REF(operations[94].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [95] = { /* PutEmailIdentityMailFromAttributes */
            .name_ref = REF(operations[95].name_ref, strings[14012]),
            .http_method_ref = REF(operations[95].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[95].request_uri_ref, strings[14047]),
            .input_ref = REF(operations[95].input_ref, structures[276].shape),
            .output_ref = REF(operations[95].output_ref, structures[277].shape),
            .errors_ref = REF(operations[95].errors_ref, op_errors[305]),
            .service_ref = REF(operations[95].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [96] = { /* PutSuppressedDestination */
            .name_ref = REF(operations[96].name_ref, strings[14094]),
            .http_method_ref = REF(operations[96].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[96].request_uri_ref, strings[12210]),
            .input_ref = REF(operations[96].input_ref, structures[278].shape),
            .output_ref = REF(operations[96].output_ref, structures[279].shape),
            .errors_ref = REF(operations[96].errors_ref, op_errors[308]),
            .service_ref = REF(operations[96].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [97] = { /* PutTenantSuppressionAttributes */
            .name_ref = REF(operations[97].name_ref, strings[14119]),
            .http_method_ref = REF(operations[97].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[97].request_uri_ref, strings[14150]),
            .input_ref = REF(operations[97].input_ref, structures[280].shape),
            .output_ref = REF(operations[97].output_ref, structures[281].shape),
            .errors_ref = REF(operations[97].errors_ref, op_errors[311]),
            .service_ref = REF(operations[97].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [98] = { /* SendBulkEmail */
            .name_ref = REF(operations[98].name_ref, strings[14179]),
            .http_method_ref = REF(operations[98].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[98].request_uri_ref, strings[14193]),
            .input_ref = REF(operations[98].input_ref, structures[293].shape),
            .output_ref = REF(operations[98].output_ref, structures[294].shape),
            .errors_ref = REF(operations[98].errors_ref, op_errors[314]),
            .service_ref = REF(operations[98].service_ref, service),
            .context_params_ref = REF(operations[98].context_params_ref, context_params[0]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [99] = { /* SendCustomVerificationEmail */
            .name_ref = REF(operations[99].name_ref, strings[14224]),
            .http_method_ref = REF(operations[99].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[99].request_uri_ref, strings[14252]),
            .input_ref = REF(operations[99].input_ref, structures[295].shape),
            .output_ref = REF(operations[99].output_ref, structures[296].shape),
            .errors_ref = REF(operations[99].errors_ref, op_errors[322]),
            .service_ref = REF(operations[99].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [100] = { /* SendEmail */
            .name_ref = REF(operations[100].name_ref, strings[14298]),
            .http_method_ref = REF(operations[100].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[100].request_uri_ref, strings[14308]),
            .input_ref = REF(operations[100].input_ref, structures[297].shape),
            .output_ref = REF(operations[100].output_ref, structures[298].shape),
            .errors_ref = REF(operations[100].errors_ref, op_errors[329]),
            .service_ref = REF(operations[100].service_ref, service),
            .context_params_ref = REF(operations[100].context_params_ref, context_params[0]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [101] = { /* TagResource */
            .name_ref = REF(operations[101].name_ref, strings[14334]),
            .http_method_ref = REF(operations[101].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[101].request_uri_ref, strings[12262]),
            .input_ref = REF(operations[101].input_ref, structures[315].shape),
            .output_ref = REF(operations[101].output_ref, structures[316].shape),
            .errors_ref = REF(operations[101].errors_ref, op_errors[337]),
            .service_ref = REF(operations[101].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [102] = { /* TestRenderEmailTemplate */
            .name_ref = REF(operations[102].name_ref, strings[14346]),
            .http_method_ref = REF(operations[102].http_method_ref, strings[8527]),
            .request_uri_ref = REF(operations[102].request_uri_ref, strings[14370]),
            .input_ref = REF(operations[102].input_ref, structures[322].shape),
            .output_ref = REF(operations[102].output_ref, structures[323].shape),
            .errors_ref = REF(operations[102].errors_ref, op_errors[341]),
            .service_ref = REF(operations[102].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [103] = { /* UntagResource */
            .name_ref = REF(operations[103].name_ref, strings[14412]),
            .http_method_ref = REF(operations[103].http_method_ref, strings[9503]),
            .request_uri_ref = REF(operations[103].request_uri_ref, strings[12262]),
            .input_ref = REF(operations[103].input_ref, structures[329].shape),
            .output_ref = REF(operations[103].output_ref, structures[330].shape),
            .errors_ref = REF(operations[103].errors_ref, op_errors[344]),
            .service_ref = REF(operations[103].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [104] = { /* UpdateConfigurationSetEventDestination */
            .name_ref = REF(operations[104].name_ref, strings[14426]),
            .http_method_ref = REF(operations[104].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[104].request_uri_ref, strings[9601]),
            .input_ref = REF(operations[104].input_ref, structures[331].shape),
            .output_ref = REF(operations[104].output_ref, structures[332].shape),
            .errors_ref = REF(operations[104].errors_ref, op_errors[348]),
            .service_ref = REF(operations[104].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [105] = { /* UpdateContact */
            .name_ref = REF(operations[105].name_ref, strings[14465]),
            .http_method_ref = REF(operations[105].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[105].request_uri_ref, strings[9709]),
            .input_ref = REF(operations[105].input_ref, structures[335].shape),
            .output_ref = REF(operations[105].output_ref, structures[336].shape),
            .errors_ref = REF(operations[105].errors_ref, op_errors[351]),
            .service_ref = REF(operations[105].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [106] = { /* UpdateContactList */
            .name_ref = REF(operations[106].name_ref, strings[14479]),
            .http_method_ref = REF(operations[106].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[106].request_uri_ref, strings[9793]),
            .input_ref = REF(operations[106].input_ref, structures[333].shape),
            .output_ref = REF(operations[106].output_ref, structures[334].shape),
            .errors_ref = REF(operations[106].errors_ref, op_errors[355]),
            .service_ref = REF(operations[106].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [107] = { /* UpdateCustomVerificationEmailTemplate */
            .name_ref = REF(operations[107].name_ref, strings[14497]),
            .http_method_ref = REF(operations[107].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[107].request_uri_ref, strings[9873]),
            .input_ref = REF(operations[107].input_ref, structures[337].shape),
            .output_ref = REF(operations[107].output_ref, structures[338].shape),
            .errors_ref = REF(operations[107].errors_ref, op_errors[359]),
            .service_ref = REF(operations[107].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [108] = { /* UpdateEmailIdentityPolicy */
            .name_ref = REF(operations[108].name_ref, strings[14535]),
            .http_method_ref = REF(operations[108].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[108].request_uri_ref, strings[9155]),
            .input_ref = REF(operations[108].input_ref, structures[339].shape),
            .output_ref = REF(operations[108].output_ref, structures[340].shape),
            .errors_ref = REF(operations[108].errors_ref, op_errors[362]),
            .service_ref = REF(operations[108].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [109] = { /* UpdateEmailTemplate */
            .name_ref = REF(operations[109].name_ref, strings[14561]),
            .http_method_ref = REF(operations[109].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[109].request_uri_ref, strings[10099]),
            .input_ref = REF(operations[109].input_ref, structures[341].shape),
            .output_ref = REF(operations[109].output_ref, structures[342].shape),
            .errors_ref = REF(operations[109].errors_ref, op_errors[365]),
            .service_ref = REF(operations[109].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [110] = { /* UpdateReputationEntityCustomerManagedStatus */
            .name_ref = REF(operations[110].name_ref, strings[14581]),
            .http_method_ref = REF(operations[110].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[110].request_uri_ref, strings[14625]),
            .input_ref = REF(operations[110].input_ref, structures[343].shape),
            .output_ref = REF(operations[110].output_ref, structures[344].shape),
            .errors_ref = REF(operations[110].errors_ref, op_errors[368]),
            .service_ref = REF(operations[110].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [111] = { /* UpdateReputationEntityPolicy */
            .name_ref = REF(operations[111].name_ref, strings[14730]),
            .http_method_ref = REF(operations[111].http_method_ref, strings[8572]),
            .request_uri_ref = REF(operations[111].request_uri_ref, strings[14759]),
            .input_ref = REF(operations[111].input_ref, structures[345].shape),
            .output_ref = REF(operations[111].output_ref, structures[346].shape),
            .errors_ref = REF(operations[111].errors_ref, op_errors[371]),
            .service_ref = REF(operations[111].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[5].shape),
        REF(op_errors[1], structures[171].shape),
        REF(op_errors[2], structures[229].shape),
        REF(op_errors[3], structures[324].shape),
        REF(op_errors[4], structures[5].shape),
        REF(op_errors[5], structures[229].shape),
        REF(op_errors[6], structures[324].shape),
        REF(op_errors[7], structures[2].shape),
        REF(op_errors[8], structures[5].shape),
        REF(op_errors[9], structures[20].shape),
        REF(op_errors[10], structures[175].shape),
        REF(op_errors[11], structures[229].shape),
        REF(op_errors[12], structures[324].shape),
        REF(op_errors[13], structures[2].shape),
        REF(op_errors[14], structures[5].shape),
        REF(op_errors[15], structures[175].shape),
        REF(op_errors[16], structures[229].shape),
        REF(op_errors[17], structures[324].shape),
        REF(op_errors[18], structures[2].shape),
        REF(op_errors[19], structures[5].shape),
        REF(op_errors[20], structures[229].shape),
        REF(op_errors[21], structures[324].shape),
        REF(op_errors[22], structures[2].shape),
        REF(op_errors[23], structures[5].shape),
        REF(op_errors[24], structures[175].shape),
        REF(op_errors[25], structures[324].shape),
        REF(op_errors[26], structures[2].shape),
        REF(op_errors[27], structures[5].shape),
        REF(op_errors[28], structures[175].shape),
        REF(op_errors[29], structures[229].shape),
        REF(op_errors[30], structures[324].shape),
        REF(op_errors[31], structures[2].shape),
        REF(op_errors[32], structures[5].shape),
        REF(op_errors[33], structures[20].shape),
        REF(op_errors[34], structures[175].shape),
        REF(op_errors[35], structures[324].shape),
        REF(op_errors[36], structures[1].shape),
        REF(op_errors[37], structures[5].shape),
        REF(op_errors[38], structures[20].shape),
        REF(op_errors[39], structures[175].shape),
        REF(op_errors[40], structures[217].shape),
        REF(op_errors[41], structures[223].shape),
        REF(op_errors[42], structures[229].shape),
        REF(op_errors[43], structures[301].shape),
        REF(op_errors[44], structures[324].shape),
        REF(op_errors[45], structures[2].shape),
        REF(op_errors[46], structures[5].shape),
        REF(op_errors[47], structures[20].shape),
        REF(op_errors[48], structures[175].shape),
        REF(op_errors[49], structures[229].shape),
        REF(op_errors[50], structures[324].shape),
        REF(op_errors[51], structures[2].shape),
        REF(op_errors[52], structures[5].shape),
        REF(op_errors[53], structures[175].shape),
        REF(op_errors[54], structures[229].shape),
        REF(op_errors[55], structures[324].shape),
        REF(op_errors[56], structures[2].shape),
        REF(op_errors[57], structures[5].shape),
        REF(op_errors[58], structures[175].shape),
        REF(op_errors[59], structures[324].shape),
        REF(op_errors[60], structures[5].shape),
        REF(op_errors[61], structures[175].shape),
        REF(op_errors[62], structures[229].shape),
        REF(op_errors[63], structures[324].shape),
        REF(op_errors[64], structures[5].shape),
        REF(op_errors[65], structures[175].shape),
        REF(op_errors[66], structures[324].shape),
        REF(op_errors[67], structures[2].shape),
        REF(op_errors[68], structures[5].shape),
        REF(op_errors[69], structures[175].shape),
        REF(op_errors[70], structures[324].shape),
        REF(op_errors[71], structures[2].shape),
        REF(op_errors[72], structures[5].shape),
        REF(op_errors[73], structures[175].shape),
        REF(op_errors[74], structures[324].shape),
        REF(op_errors[75], structures[2].shape),
        REF(op_errors[76], structures[5].shape),
        REF(op_errors[77], structures[229].shape),
        REF(op_errors[78], structures[324].shape),
        REF(op_errors[79], structures[5].shape),
        REF(op_errors[80], structures[20].shape),
        REF(op_errors[81], structures[229].shape),
        REF(op_errors[82], structures[324].shape),
        REF(op_errors[83], structures[5].shape),
        REF(op_errors[84], structures[229].shape),
        REF(op_errors[85], structures[324].shape),
        REF(op_errors[86], structures[5].shape),
        REF(op_errors[87], structures[229].shape),
        REF(op_errors[88], structures[324].shape),
        REF(op_errors[89], structures[5].shape),
        REF(op_errors[90], structures[20].shape),
        REF(op_errors[91], structures[229].shape),
        REF(op_errors[92], structures[324].shape),
        REF(op_errors[93], structures[5].shape),
        REF(op_errors[94], structures[229].shape),
        REF(op_errors[95], structures[324].shape),
        REF(op_errors[96], structures[5].shape),
        REF(op_errors[97], structures[20].shape),
        REF(op_errors[98], structures[229].shape),
        REF(op_errors[99], structures[324].shape),
        REF(op_errors[100], structures[5].shape),
        REF(op_errors[101], structures[20].shape),
        REF(op_errors[102], structures[229].shape),
        REF(op_errors[103], structures[324].shape),
        REF(op_errors[104], structures[5].shape),
        REF(op_errors[105], structures[229].shape),
        REF(op_errors[106], structures[324].shape),
        REF(op_errors[107], structures[5].shape),
        REF(op_errors[108], structures[229].shape),
        REF(op_errors[109], structures[324].shape),
        REF(op_errors[110], structures[5].shape),
        REF(op_errors[111], structures[20].shape),
        REF(op_errors[112], structures[229].shape),
        REF(op_errors[113], structures[324].shape),
        REF(op_errors[114], structures[5].shape),
        REF(op_errors[115], structures[229].shape),
        REF(op_errors[116], structures[324].shape),
        REF(op_errors[117], structures[5].shape),
        REF(op_errors[118], structures[229].shape),
        REF(op_errors[119], structures[324].shape),
        REF(op_errors[120], structures[5].shape),
        REF(op_errors[121], structures[229].shape),
        REF(op_errors[122], structures[324].shape),
        REF(op_errors[123], structures[5].shape),
        REF(op_errors[124], structures[324].shape),
        REF(op_errors[125], structures[5].shape),
        REF(op_errors[126], structures[229].shape),
        REF(op_errors[127], structures[324].shape),
        REF(op_errors[128], structures[5].shape),
        REF(op_errors[129], structures[229].shape),
        REF(op_errors[130], structures[324].shape),
        REF(op_errors[131], structures[5].shape),
        REF(op_errors[132], structures[229].shape),
        REF(op_errors[133], structures[324].shape),
        REF(op_errors[134], structures[5].shape),
        REF(op_errors[135], structures[229].shape),
        REF(op_errors[136], structures[324].shape),
        REF(op_errors[137], structures[5].shape),
        REF(op_errors[138], structures[229].shape),
        REF(op_errors[139], structures[324].shape),
        REF(op_errors[140], structures[5].shape),
        REF(op_errors[141], structures[229].shape),
        REF(op_errors[142], structures[324].shape),
        REF(op_errors[143], structures[5].shape),
        REF(op_errors[144], structures[229].shape),
        REF(op_errors[145], structures[324].shape),
        REF(op_errors[146], structures[5].shape),
        REF(op_errors[147], structures[229].shape),
        REF(op_errors[148], structures[324].shape),
        REF(op_errors[149], structures[5].shape),
        REF(op_errors[150], structures[229].shape),
        REF(op_errors[151], structures[324].shape),
        REF(op_errors[152], structures[5].shape),
        REF(op_errors[153], structures[175].shape),
        REF(op_errors[154], structures[324].shape),
        REF(op_errors[155], structures[5].shape),
        REF(op_errors[156], structures[229].shape),
        REF(op_errors[157], structures[324].shape),
        REF(op_errors[158], structures[5].shape),
        REF(op_errors[159], structures[229].shape),
        REF(op_errors[160], structures[324].shape),
        REF(op_errors[161], structures[5].shape),
        REF(op_errors[162], structures[229].shape),
        REF(op_errors[163], structures[324].shape),
        REF(op_errors[164], structures[5].shape),
        REF(op_errors[165], structures[324].shape),
        REF(op_errors[166], structures[5].shape),
        REF(op_errors[167], structures[229].shape),
        REF(op_errors[168], structures[324].shape),
        REF(op_errors[169], structures[5].shape),
        REF(op_errors[170], structures[229].shape),
        REF(op_errors[171], structures[324].shape),
        REF(op_errors[172], structures[5].shape),
        REF(op_errors[173], structures[229].shape),
        REF(op_errors[174], structures[324].shape),
        REF(op_errors[175], structures[5].shape),
        REF(op_errors[176], structures[229].shape),
        REF(op_errors[177], structures[324].shape),
        REF(op_errors[178], structures[5].shape),
        REF(op_errors[179], structures[229].shape),
        REF(op_errors[180], structures[324].shape),
        REF(op_errors[181], structures[5].shape),
        REF(op_errors[182], structures[229].shape),
        REF(op_errors[183], structures[324].shape),
        REF(op_errors[184], structures[5].shape),
        REF(op_errors[185], structures[229].shape),
        REF(op_errors[186], structures[324].shape),
        REF(op_errors[187], structures[5].shape),
        REF(op_errors[188], structures[229].shape),
        REF(op_errors[189], structures[324].shape),
        REF(op_errors[190], structures[5].shape),
        REF(op_errors[191], structures[229].shape),
        REF(op_errors[192], structures[324].shape),
        REF(op_errors[193], structures[5].shape),
        REF(op_errors[194], structures[229].shape),
        REF(op_errors[195], structures[324].shape),
        REF(op_errors[196], structures[5].shape),
        REF(op_errors[197], structures[324].shape),
        REF(op_errors[198], structures[5].shape),
        REF(op_errors[199], structures[324].shape),
        REF(op_errors[200], structures[5].shape),
        REF(op_errors[201], structures[229].shape),
        REF(op_errors[202], structures[324].shape),
        REF(op_errors[203], structures[5].shape),
        REF(op_errors[204], structures[324].shape),
        REF(op_errors[205], structures[5].shape),
        REF(op_errors[206], structures[324].shape),
        REF(op_errors[207], structures[5].shape),
        REF(op_errors[208], structures[229].shape),
        REF(op_errors[209], structures[324].shape),
        REF(op_errors[210], structures[5].shape),
        REF(op_errors[211], structures[229].shape),
        REF(op_errors[212], structures[324].shape),
        REF(op_errors[213], structures[5].shape),
        REF(op_errors[214], structures[324].shape),
        REF(op_errors[215], structures[5].shape),
        REF(op_errors[216], structures[324].shape),
        REF(op_errors[217], structures[5].shape),
        REF(op_errors[218], structures[324].shape),
        REF(op_errors[219], structures[5].shape),
        REF(op_errors[220], structures[324].shape),
        REF(op_errors[221], structures[5].shape),
        REF(op_errors[222], structures[324].shape),
        REF(op_errors[223], structures[5].shape),
        REF(op_errors[224], structures[229].shape),
        REF(op_errors[225], structures[324].shape),
        REF(op_errors[226], structures[5].shape),
        REF(op_errors[227], structures[324].shape),
        REF(op_errors[228], structures[5].shape),
        REF(op_errors[229], structures[229].shape),
        REF(op_errors[230], structures[324].shape),
        REF(op_errors[231], structures[5].shape),
        REF(op_errors[232], structures[172].shape),
        REF(op_errors[233], structures[229].shape),
        REF(op_errors[234], structures[324].shape),
        REF(op_errors[235], structures[5].shape),
        REF(op_errors[236], structures[229].shape),
        REF(op_errors[237], structures[324].shape),
        REF(op_errors[238], structures[5].shape),
        REF(op_errors[239], structures[229].shape),
        REF(op_errors[240], structures[324].shape),
        REF(op_errors[241], structures[5].shape),
        REF(op_errors[242], structures[324].shape),
        REF(op_errors[243], structures[5].shape),
        REF(op_errors[244], structures[324].shape),
        REF(op_errors[245], structures[5].shape),
        REF(op_errors[246], structures[21].shape),
        REF(op_errors[247], structures[324].shape),
        REF(op_errors[248], structures[5].shape),
        REF(op_errors[249], structures[21].shape),
        REF(op_errors[250], structures[324].shape),
        REF(op_errors[251], structures[5].shape),
        REF(op_errors[252], structures[324].shape),
        REF(op_errors[253], structures[5].shape),
        REF(op_errors[254], structures[324].shape),
        REF(op_errors[255], structures[5].shape),
        REF(op_errors[256], structures[324].shape),
        REF(op_errors[257], structures[5].shape),
        REF(op_errors[258], structures[229].shape),
        REF(op_errors[259], structures[324].shape),
        REF(op_errors[260], structures[5].shape),
        REF(op_errors[261], structures[229].shape),
        REF(op_errors[262], structures[324].shape),
        REF(op_errors[263], structures[5].shape),
        REF(op_errors[264], structures[229].shape),
        REF(op_errors[265], structures[324].shape),
        REF(op_errors[266], structures[5].shape),
        REF(op_errors[267], structures[229].shape),
        REF(op_errors[268], structures[324].shape),
        REF(op_errors[269], structures[5].shape),
        REF(op_errors[270], structures[229].shape),
        REF(op_errors[271], structures[324].shape),
        REF(op_errors[272], structures[5].shape),
        REF(op_errors[273], structures[229].shape),
        REF(op_errors[274], structures[324].shape),
        REF(op_errors[275], structures[5].shape),
        REF(op_errors[276], structures[229].shape),
        REF(op_errors[277], structures[324].shape),
        REF(op_errors[278], structures[5].shape),
        REF(op_errors[279], structures[229].shape),
        REF(op_errors[280], structures[324].shape),
        REF(op_errors[281], structures[5].shape),
        REF(op_errors[282], structures[20].shape),
        REF(op_errors[283], structures[229].shape),
        REF(op_errors[284], structures[324].shape),
        REF(op_errors[285], structures[5].shape),
        REF(op_errors[286], structures[229].shape),
        REF(op_errors[287], structures[324].shape),
        REF(op_errors[288], structures[2].shape),
        REF(op_errors[289], structures[5].shape),
        REF(op_errors[290], structures[175].shape),
        REF(op_errors[291], structures[229].shape),
        REF(op_errors[292], structures[324].shape),
        REF(op_errors[293], structures[5].shape),
        REF(op_errors[294], structures[229].shape),
        REF(op_errors[295], structures[324].shape),
        REF(op_errors[296], structures[5].shape),
        REF(op_errors[297], structures[229].shape),
        REF(op_errors[298], structures[324].shape),
        REF(op_errors[299], structures[5].shape),
        REF(op_errors[300], structures[229].shape),
        REF(op_errors[301], structures[324].shape),
        REF(op_errors[302], structures[5].shape),
        REF(op_errors[303], structures[229].shape),
        REF(op_errors[304], structures[324].shape),
        REF(op_errors[305], structures[5].shape),
        REF(op_errors[306], structures[229].shape),
        REF(op_errors[307], structures[324].shape),
        REF(op_errors[308], structures[5].shape),
        REF(op_errors[309], structures[229].shape),
        REF(op_errors[310], structures[324].shape),
        REF(op_errors[311], structures[5].shape),
        REF(op_errors[312], structures[229].shape),
        REF(op_errors[313], structures[324].shape),
        REF(op_errors[314], structures[1].shape),
        REF(op_errors[315], structures[5].shape),
        REF(op_errors[316], structures[175].shape),
        REF(op_errors[317], structures[217].shape),
        REF(op_errors[318], structures[223].shape),
        REF(op_errors[319], structures[229].shape),
        REF(op_errors[320], structures[301].shape),
        REF(op_errors[321], structures[324].shape),
        REF(op_errors[322], structures[5].shape),
        REF(op_errors[323], structures[175].shape),
        REF(op_errors[324], structures[217].shape),
        REF(op_errors[325], structures[223].shape),
        REF(op_errors[326], structures[229].shape),
        REF(op_errors[327], structures[301].shape),
        REF(op_errors[328], structures[324].shape),
        REF(op_errors[329], structures[1].shape),
        REF(op_errors[330], structures[5].shape),
        REF(op_errors[331], structures[175].shape),
        REF(op_errors[332], structures[217].shape),
        REF(op_errors[333], structures[223].shape),
        REF(op_errors[334], structures[229].shape),
        REF(op_errors[335], structures[301].shape),
        REF(op_errors[336], structures[324].shape),
        REF(op_errors[337], structures[5].shape),
        REF(op_errors[338], structures[20].shape),
        REF(op_errors[339], structures[229].shape),
        REF(op_errors[340], structures[324].shape),
        REF(op_errors[341], structures[5].shape),
        REF(op_errors[342], structures[229].shape),
        REF(op_errors[343], structures[324].shape),
        REF(op_errors[344], structures[5].shape),
        REF(op_errors[345], structures[20].shape),
        REF(op_errors[346], structures[229].shape),
        REF(op_errors[347], structures[324].shape),
        REF(op_errors[348], structures[5].shape),
        REF(op_errors[349], structures[229].shape),
        REF(op_errors[350], structures[324].shape),
        REF(op_errors[351], structures[5].shape),
        REF(op_errors[352], structures[20].shape),
        REF(op_errors[353], structures[229].shape),
        REF(op_errors[354], structures[324].shape),
        REF(op_errors[355], structures[5].shape),
        REF(op_errors[356], structures[20].shape),
        REF(op_errors[357], structures[229].shape),
        REF(op_errors[358], structures[324].shape),
        REF(op_errors[359], structures[5].shape),
        REF(op_errors[360], structures[229].shape),
        REF(op_errors[361], structures[324].shape),
        REF(op_errors[362], structures[5].shape),
        REF(op_errors[363], structures[229].shape),
        REF(op_errors[364], structures[324].shape),
        REF(op_errors[365], structures[5].shape),
        REF(op_errors[366], structures[229].shape),
        REF(op_errors[367], structures[324].shape),
        REF(op_errors[368], structures[5].shape),
        REF(op_errors[369], structures[21].shape),
        REF(op_errors[370], structures[324].shape),
        REF(op_errors[371], structures[5].shape),
        REF(op_errors[372], structures[21].shape),
        REF(op_errors[373], structures[324].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[1].shape),
        REF(service_errors[1], structures[2].shape),
        REF(service_errors[2], structures[5].shape),
        REF(service_errors[3], structures[20].shape),
        REF(service_errors[4], structures[21].shape),
        REF(service_errors[5], structures[171].shape),
        REF(service_errors[6], structures[172].shape),
        REF(service_errors[7], structures[175].shape),
        REF(service_errors[8], structures[217].shape),
        REF(service_errors[9], structures[223].shape),
        REF(service_errors[10], structures[229].shape),
        REF(service_errors[11], structures[301].shape),
        REF(service_errors[12], structures[324].shape),
    },
    /* contextParam members and operationContextParams: parameter name,
     * member name, expression, member index */
    .context_params = {
        {REF(context_params[0].name_ref, strings[1864]), REF(context_params[0].member_ref, strings[1864]), 0, 9},
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListMultiRegionEndpoints */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 66,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListReputationEntities */
            .name_ref = PREF(paginators[1].name_ref, strings[25]),
            .operation = 68,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListResourceTenants */
            .name_ref = PREF(paginators[2].name_ref, strings[48]),
            .operation = 69,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* ListTenantResources */
            .name_ref = PREF(paginators[3].name_ref, strings[68]),
            .operation = 72,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* ListTenants */
            .name_ref = PREF(paginators[4].name_ref, strings[88]),
            .operation = 73,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        0, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        0, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* MultiRegionEndpoints */
        PREF(expr_refs[2], exprs[0]), /* NextToken */
        PREF(expr_refs[3], exprs[2]), /* ReputationEntities */
        PREF(expr_refs[4], exprs[0]), /* NextToken */
        PREF(expr_refs[5], exprs[3]), /* ResourceTenants */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[4]), /* TenantResources */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[5]), /* Tenants */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[100]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[110]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* MultiRegionEndpoints */
        {.text_ref = PREF(exprs[2].text_ref, strings[131]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* ReputationEntities */
        {.text_ref = PREF(exprs[3].text_ref, strings[150]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* ResourceTenants */
        {.text_ref = PREF(exprs[4].text_ref, strings[166]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* TenantResources */
        {.text_ref = PREF(exprs[5].text_ref, strings[182]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* Tenants */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[100])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[110])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[131])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[150])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[4].string_ref, strings[166])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[182])},
    },
    .strings =
        /*      0 */ "ListMultiRegionEndpoints\0"
        /*     25 */ "ListReputationEntities\0"
        /*     48 */ "ListResourceTenants\0"
        /*     68 */ "ListTenantResources\0"
        /*     88 */ "ListTenants\0"
        /*    100 */ "NextToken\0"
        /*    110 */ "MultiRegionEndpoints\0"
        /*    131 */ "ReputationEntities\0"
        /*    150 */ "ResourceTenants\0"
        /*    166 */ "TenantResources\0"
        /*    182 */ "Tenants",
    },
#endif
    .rules = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .props_ref = RULES_REF(ruleset.props_ref, props),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* sesv2 */
        .global_region = AWSC_EP_NONE,
        .param_count = 5,
        .slot_count = 6,
        .rule_count = 4,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {697, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {6, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {19, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {27, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_NONE, 0, false}, /* EndpointId */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        697, /* 0: Region */
        6, /* 1: UseDualStack */
        19, /* 2: UseFIPS */
        27, /* 3: Endpoint */
        36, /* 4: EndpointId */
        47, /* 5: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(3, 2, 17, 2), /* isSet(EndpointId) && isSet(Region) && PartitionResult = aws.partition(Region) */
        /* 1 */ AWSC_EP_TREE(1, 12, 19, 3), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_TREE(1, 3, 35, 1), /* isSet(Region) */
        /* 3 */ AWSC_EP_ERROR(0, 0, 53), /* always */
        /* 4 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 5 */ AWSC_EP_TREE(1, 21, 4, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 6 */ AWSC_EP_ERROR(0, 0, 28), /* always */
        /* 7 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 8 */ AWSC_EP_TREE(1, 21, 7, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 9 */ AWSC_EP_ERROR(0, 0, 28), /* always */
        /* 10 */ AWSC_EP_ENDPOINT(1, 12, 0), /* isSet(Endpoint) */
        /* 11 */ AWSC_EP_TREE(2, 17, 5, 2), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseDualStack, true) */
        /* 12 */ AWSC_EP_ENDPOINT(1, 17, 2), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 13 */ AWSC_EP_TREE(2, 30, 8, 2), /* not(stringEquals(PartitionResult#name, "aws-us-gov")) && booleanEquals(UseDualStack, true) */
        /* 14 */ AWSC_EP_ENDPOINT(1, 30, 4), /* not(stringEquals(PartitionResult#name, "aws-us-gov")) */
        /* 15 */ AWSC_EP_TREE(1, 10, 10, 5), /* booleanEquals(UseFIPS, false) */
        /* 16 */ AWSC_EP_ERROR(0, 0, 36), /* always */
        /* 17 */ AWSC_EP_TREE(1, 7, 15, 2), /* isValidHostLabel(EndpointId, true) */
        /* 18 */ AWSC_EP_ERROR(0, 0, 37), /* always */
        /* 19 */ AWSC_EP_ERROR(1, 42, 39), /* booleanEquals(UseFIPS, true) */
        /* 20 */ AWSC_EP_ERROR(1, 18, 40), /* booleanEquals(UseDualStack, true) */
        /* 21 */ AWSC_EP_ENDPOINT(0, 0, 5), /* always */
        /* 22 */ AWSC_EP_ENDPOINT(0, 0, 6), /* always */
        /* 23 */ AWSC_EP_TREE(2, 46, 22, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 24 */ AWSC_EP_ERROR(0, 0, 46), /* always */
        /* 25 */ AWSC_EP_ENDPOINT(0, 0, 7), /* always */
        /* 26 */ AWSC_EP_TREE(1, 54, 25, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 27 */ AWSC_EP_ERROR(0, 0, 49), /* always */
        /* 28 */ AWSC_EP_ENDPOINT(0, 0, 8), /* always */
        /* 29 */ AWSC_EP_TREE(1, 21, 28, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 30 */ AWSC_EP_ERROR(0, 0, 28), /* always */
        /* 31 */ AWSC_EP_TREE(2, 42, 23, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 32 */ AWSC_EP_TREE(1, 42, 26, 2), /* booleanEquals(UseFIPS, true) */
        /* 33 */ AWSC_EP_TREE(1, 18, 29, 2), /* booleanEquals(UseDualStack, true) */
        /* 34 */ AWSC_EP_ENDPOINT(0, 0, 9), /* always */
        /* 35 */ AWSC_EP_TREE(1, 4, 31, 4), /* PartitionResult = aws.partition(Region) */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(4), /* EndpointId */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(EndpointId) */
        /* 2 */ AWSC_EP_V(0), /* Region */
        /* 3 */ AWSC_EP_F(IS_SET, 1, 1), /* isSet(Region) */
        /* 4 */ AWSC_EP_F(PARTITION, 1, 1), /* aws.partition(Region) */
        /* 5 */ AWSC_EP_SET(5, 4), /* PartitionResult = aws.partition(Region) */
        /* 6 */ AWSC_EP_B(1), /* true */
        /* 7 */ AWSC_EP_F(IS_VALID_HOST_LABEL, 2, 5), /* isValidHostLabel(EndpointId, true) */
        /* 8 */ AWSC_EP_V(2), /* UseFIPS */
        /* 9 */ AWSC_EP_B(0), /* false */
        /* 10 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 8), /* booleanEquals(UseFIPS, false) */
        /* 11 */ AWSC_EP_V(3), /* Endpoint */
        /* 12 */ AWSC_EP_F(IS_SET, 1, 11), /* isSet(Endpoint) */
        /* 13 */ AWSC_EP_S(68, 6), /* "sigv4a" */
        /* 14 */ AWSC_EP_S(0, 3), /* "ses" */
        /* 15 */ AWSC_EP_S(87, 1), /* "*" */
        /* 16 */ AWSC_EP_V(5), /* PartitionResult */
        /* 17 */ AWSC_EP_A(16, NAME), /* PartitionResult#name */
        /* 18 */ AWSC_EP_S(118, 10), /* "aws-us-gov" */
        /* 19 */ AWSC_EP_F(STRING_EQUALS, 2, 13), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 20 */ AWSC_EP_V(1), /* UseDualStack */
        /* 21 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(UseDualStack, true) */
        /* 22 */ AWSC_EP_A(16, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 19), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 24 */ AWSC_EP_S(494, 8), /* "https://" */
        /* 25 */ AWSC_EP_S(129, 24), /* ".endpoints.email.us-gov." */
        /* 26 */ AWSC_EP_A(16, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 27 */ AWSC_EP_T(4, 22), /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dualStackDnsSuffix}" */
        /* 28 */ AWSC_EP_S(154, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 29 */ AWSC_EP_A(16, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 30 */ AWSC_EP_T(4, 26), /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dnsSuffix}" */
        /* 31 */ AWSC_EP_F(NOT, 1, 17), /* not(stringEquals(PartitionResult#name, "aws-us-gov")) */
        /* 32 */ AWSC_EP_S(221, 24), /* ".endpoints.email.global." */
        /* 33 */ AWSC_EP_T(4, 32), /* "https://{EndpointId}.endpoints.email.global.{PartitionResult#dualStackDnsSuffix}" */
        /* 34 */ AWSC_EP_S(129, 17), /* ".endpoints.email." */
        /* 35 */ AWSC_EP_T(4, 36), /* "https://{EndpointId}.endpoints.email.{PartitionResult#dnsSuffix}" */
        /* 36 */ AWSC_EP_S(246, 72), /* "Invalid Configuration: FIPS is not supported with multi-region endpoints" */
        /* 37 */ AWSC_EP_S(319, 37), /* "EndpointId must be a valid host label" */
        /* 38 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 40), /* booleanEquals(UseFIPS, true) */
        /* 39 */ AWSC_EP_S(357, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 40 */ AWSC_EP_S(423, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 41 */ AWSC_EP_A(16, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 42 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 44), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 43 */ AWSC_EP_S(494, 19), /* "https://email-fips." */
        /* 44 */ AWSC_EP_S(129, 1), /* "." */
        /* 45 */ AWSC_EP_T(4, 48), /* "https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 46 */ AWSC_EP_S(514, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 47 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 52), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 48 */ AWSC_EP_T(4, 55), /* "https://email-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 49 */ AWSC_EP_S(594, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 50 */ AWSC_EP_S(651, 14), /* "https://email." */
        /* 51 */ AWSC_EP_T(4, 59), /* "https://email.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 52 */ AWSC_EP_T(4, 63), /* "https://email.{Region}.{PartitionResult#dnsSuffix}" */
        /* 53 */ AWSC_EP_S(666, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 2, 1, 3, 5, 0, 6, 7, 8, 9, 10, 11, 12, 17, 18, 20,
        6, 19, 21, 6, 22, 23, 24, 0, 25, 26, 24, 0, 25, 29, 31, 21,
        24, 0, 32, 26, 24, 0, 34, 29, 8, 6, 38, 21, 6, 41, 42, 23,
        43, 2, 44, 26, 41, 6, 47, 43, 2, 44, 29, 50, 2, 44, 26, 50,
        2, 44, 29,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {11, 6, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {27, 6, AWSC_EP_NONE}, /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {30, 6, AWSC_EP_NONE}, /* "https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dnsSuffix}" */
        /* 3 */ {33, 6, AWSC_EP_NONE}, /* "https://{EndpointId}.endpoints.email.global.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {35, 6, AWSC_EP_NONE}, /* "https://{EndpointId}.endpoints.email.{PartitionResult#dnsSuffix}" */
        /* 5 */ {11, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 6 */ {45, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 7 */ {48, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://email-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 8 */ {51, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://email.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 9 */ {52, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://email.{Region}.{PartitionResult#dnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. A run of them
     * equal to another (an object or array the endpoints repeat) is stored
     * once. */
    .props = {
        /* 0 */ {AWSC_EP_NONE, 15, 0, AWSC_EP_PROP_STRING}, /* [] */
        /* 1 */ {63, 13, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 2 */ {75, 14, 0, AWSC_EP_PROP_STRING}, /* signingName */
        /* 3 */ {89, 0, 1, AWSC_EP_PROP_ARRAY}, /* signingRegionSet */
        /* 4 */ {AWSC_EP_NONE, 1, 3, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 5 */ {106, 4, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 6 */ {AWSC_EP_NONE, 5, 1, AWSC_EP_PROP_OBJECT}, /* [] */
    },
    .strings =
        /*     0 */ "sesv2\0"
        /*     6 */ "UseDualStack\0"
        /*    19 */ "UseFIPS\0"
        /*    27 */ "Endpoint\0"
        /*    36 */ "EndpointId\0"
        /*    47 */ "PartitionResult\0"
        /*    63 */ "name\0"
        /*    68 */ "sigv4a\0"
        /*    75 */ "signingName\0"
        /*    87 */ "*\0"
        /*    89 */ "signingRegionSet\0"
        /*   106 */ "authSchemes\0"
        /*   118 */ "aws-us-gov\0"
        /*   129 */ ".endpoints.email.us-gov.\0"
        /*   154 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   221 */ ".endpoints.email.global.\0"
        /*   246 */ "Invalid Configuration: FIPS is not supported with multi-region endpoints\0"
        /*   319 */ "EndpointId must be a valid host label\0"
        /*   357 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   423 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   494 */ "https://email-fips.\0"
        /*   514 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   594 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   651 */ "https://email.\0"
        /*   666 */ "Invalid Configuration: Missing Region",
    },
    .structures = {
        [0] = { /* AccountDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_account_details),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 6,
        },
        [1] = { /* AccountSuspendedException */
            .shape = {
                .name_ref = REF(structures[1].shape.name_ref, strings[101]),
                .traits_ref = REF(structures[1].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_account_suspended_exception),
            },
        },
        [2] = { /* AlreadyExistsException */
            .shape = {
                .name_ref = REF(structures[2].shape.name_ref, strings[127]),
                .traits_ref = REF(structures[2].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_already_exists_exception),
            },
        },
        [3] = { /* ArchivingOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[118]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_archiving_options),
            },
            .members_ref = REF(structures[3].members_ref, members[6]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[6]),
            .member_count = 1,
        },
        [4] = { /* Attachment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[135]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_attachment),
            },
            .members_ref = REF(structures[4].members_ref, members[7]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[7]),
            .member_count = 7,
        },
        [5] = { /* BadRequestException */
            .shape = {
                .name_ref = REF(structures[5].shape.name_ref, strings[317]),
                .traits_ref = REF(structures[5].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_bad_request_exception),
            },
        },
        [6] = { /* BatchGetMetricDataQuery */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[355]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_batch_get_metric_data_query),
            },
            .members_ref = REF(structures[6].members_ref, members[14]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[14]),
            .member_count = 6,
        },
        [7] = { /* BatchGetMetricDataRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[379]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_batch_get_metric_data_input),
            },
            .members_ref = REF(structures[7].members_ref, members[20]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[20]),
            .member_count = 1,
        },
        [8] = { /* BatchGetMetricDataResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[405]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_batch_get_metric_data_output),
            },
            .members_ref = REF(structures[8].members_ref, members[21]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[21]),
            .member_count = 2,
        },
        [9] = { /* BlacklistEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[469]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_blacklist_entry),
            },
            .members_ref = REF(structures[9].members_ref, members[23]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[23]),
            .member_count = 3,
        },
        [10] = { /* Body */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[561]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_body),
            },
            .members_ref = REF(structures[10].members_ref, members[26]),
            .by_wire_name_ref = REF(structures[10].by_wire_name_ref, by_wire_name[26]),
            .member_count = 2,
        },
        [11] = { /* Bounce */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[566]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_bounce),
            },
            .members_ref = REF(structures[11].members_ref, members[28]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[28]),
            .member_count = 3,
        },
        [12] = { /* BulkEmailContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[598]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_bulk_email_content),
            },
            .members_ref = REF(structures[12].members_ref, members[31]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[31]),
            .member_count = 1,
        },
        [13] = { /* BulkEmailEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[615]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_bulk_email_entry),
            },
            .members_ref = REF(structures[13].members_ref, members[32]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[32]),
            .member_count = 4,
        },
        [14] = { /* BulkEmailEntryResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[649]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_bulk_email_entry_result),
            },
            .members_ref = REF(structures[14].members_ref, members[36]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[36]),
            .member_count = 3,
        },
        [15] = { /* CancelExportJobRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[722]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_cancel_export_job_input),
            },
            .members_ref = REF(structures[15].members_ref, members[39]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[39]),
            .member_count = 1,
        },
        [16] = { /* CancelExportJobResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[745]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_cancel_export_job_output),
            },
        },
        [17] = { /* CloudWatchDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[784]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_cloud_watch_destination),
            },
            .members_ref = REF(structures[17].members_ref, members[40]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[40]),
            .member_count = 1,
        },
        [18] = { /* CloudWatchDimensionConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[806]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_cloud_watch_dimension_configuration),
            },
            .members_ref = REF(structures[18].members_ref, members[41]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[41]),
            .member_count = 3,
        },
        [19] = { /* Complaint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[873]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_complaint),
            },
            .members_ref = REF(structures[19].members_ref, members[44]),
            .by_wire_name_ref = REF(structures[19].by_wire_name_ref, by_wire_name[44]),
            .member_count = 2,
        },
        [20] = { /* ConcurrentModificationException */
            .shape = {
                .name_ref = REF(structures[20].shape.name_ref, strings[1078]),
                .traits_ref = REF(structures[20].shape.traits_ref, traits[12]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_concurrent_modification_exception),
            },
        },
        [21] = { /* ConflictException */
            .shape = {
                .name_ref = REF(structures[21].shape.name_ref, strings[1110]),
                .traits_ref = REF(structures[21].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_conflict_exception),
            },
        },
        [22] = { /* Contact */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[968]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_contact),
            },
            .members_ref = REF(structures[22].members_ref, members[46]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[46]),
            .member_count = 5,
        },
        [23] = { /* ContactList */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[992]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_contact_list),
            },
            .members_ref = REF(structures[23].members_ref, members[51]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[51]),
            .member_count = 2,
        },
        [24] = { /* ContactListDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[1004]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_contact_list_destination),
            },
            .members_ref = REF(structures[24].members_ref, members[53]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[53]),
            .member_count = 2,
        },
        [25] = { /* Content */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[1067]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_content),
            },
            .members_ref = REF(structures[25].members_ref, members[55]),
            .by_wire_name_ref = REF(structures[25].by_wire_name_ref, by_wire_name[55]),
            .member_count = 2,
        },
        [26] = { /* CreateConfigurationSetEventDestinationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[1083]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_configuration_set_event_destination_input),
            },
            .members_ref = REF(structures[26].members_ref, members[57]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[57]),
            .member_count = 3,
        },
        [27] = { /* CreateConfigurationSetEventDestinationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[1129]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_configuration_set_event_destination_output),
            },
        },
        [28] = { /* CreateConfigurationSetRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[1176]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_configuration_set_input),
            },
            .members_ref = REF(structures[28].members_ref, members[60]),
            .by_wire_name_ref = REF(structures[28].by_wire_name_ref, by_wire_name[60]),
            .member_count = 9,
        },
        [29] = { /* CreateConfigurationSetResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[1206]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_configuration_set_output),
            },
        },
        [30] = { /* CreateContactListRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[1237]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_contact_list_input),
            },
            .members_ref = REF(structures[30].members_ref, members[69]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[69]),
            .member_count = 4,
        },
        [31] = { /* CreateContactListResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[1262]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_contact_list_output),
            },
        },
        [32] = { /* CreateContactRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[1288]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_contact_input),
            },
            .members_ref = REF(structures[32].members_ref, members[73]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[73]),
            .member_count = 5,
        },
        [33] = { /* CreateContactResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[1309]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_contact_output),
            },
        },
        [34] = { /* CreateCustomVerificationEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[1331]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_custom_verification_email_template_input),
            },
            .members_ref = REF(structures[34].members_ref, members[78]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[78]),
            .member_count = 7,
        },
        [35] = { /* CreateCustomVerificationEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[1376]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_custom_verification_email_template_output),
            },
        },
        [36] = { /* CreateDedicatedIpPoolRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[1422]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_dedicated_ip_pool_input),
            },
            .members_ref = REF(structures[36].members_ref, members[85]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[85]),
            .member_count = 3,
        },
        [37] = { /* CreateDedicatedIpPoolResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[37].shape.name_ref, shape_names[1451]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_dedicated_ip_pool_output),
            },
        },
        [38] = { /* CreateDeliverabilityTestReportRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[1481]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_deliverability_test_report_input),
            },
            .members_ref = REF(structures[38].members_ref, members[88]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[88]),
            .member_count = 4,
        },
        [39] = { /* CreateDeliverabilityTestReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[1519]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_deliverability_test_report_output),
            },
            .members_ref = REF(structures[39].members_ref, members[92]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[92]),
            .member_count = 2,
        },
        [40] = { /* CreateEmailIdentityPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[1558]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_email_identity_policy_input),
            },
            .members_ref = REF(structures[40].members_ref, members[94]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[94]),
            .member_count = 3,
        },
        [41] = { /* CreateEmailIdentityPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[1591]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_email_identity_policy_output),
            },
        },
        [42] = { /* CreateEmailIdentityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[42].shape.name_ref, shape_names[1625]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_email_identity_input),
            },
            .members_ref = REF(structures[42].members_ref, members[97]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[97]),
            .member_count = 4,
        },
        [43] = { /* CreateEmailIdentityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[1652]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_email_identity_output),
            },
            .members_ref = REF(structures[43].members_ref, members[101]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[101]),
            .member_count = 3,
        },
        [44] = { /* CreateEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1680]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_email_template_input),
            },
            .members_ref = REF(structures[44].members_ref, members[104]),
            .by_wire_name_ref = REF(structures[44].by_wire_name_ref, by_wire_name[104]),
            .member_count = 3,
        },
        [45] = { /* CreateEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[1707]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_email_template_output),
            },
        },
        [46] = { /* CreateExportJobRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[1735]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_export_job_input),
            },
            .members_ref = REF(structures[46].members_ref, members[107]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[107]),
            .member_count = 2,
        },
        [47] = { /* CreateExportJobResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[1758]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_export_job_output),
            },
            .members_ref = REF(structures[47].members_ref, members[109]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[109]),
            .member_count = 1,
        },
        [48] = { /* CreateImportJobRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[1782]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_import_job_input),
            },
            .members_ref = REF(structures[48].members_ref, members[110]),
            .by_wire_name_ref = REF(structures[48].by_wire_name_ref, by_wire_name[110]),
            .member_count = 2,
        },
        [49] = { /* CreateImportJobResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[49].shape.name_ref, shape_names[1805]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_import_job_output),
            },
            .members_ref = REF(structures[49].members_ref, members[112]),
            .by_wire_name_ref = REF(structures[49].by_wire_name_ref, by_wire_name[112]),
            .member_count = 1,
        },
        [50] = { /* CreateMultiRegionEndpointRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[1829]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_multi_region_endpoint_input),
            },
            .members_ref = REF(structures[50].members_ref, members[113]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[113]),
            .member_count = 3,
        },
        [51] = { /* CreateMultiRegionEndpointResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[1862]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_multi_region_endpoint_output),
            },
            .members_ref = REF(structures[51].members_ref, members[116]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[116]),
            .member_count = 2,
        },
        [52] = { /* CreateTenantRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[1896]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_tenant_input),
            },
            .members_ref = REF(structures[52].members_ref, members[118]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[118]),
            .member_count = 3,
        },
        [53] = { /* CreateTenantResourceAssociationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[1916]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_tenant_resource_association_input),
            },
            .members_ref = REF(structures[53].members_ref, members[121]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[121]),
            .member_count = 2,
        },
        [54] = { /* CreateTenantResourceAssociationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[1955]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_tenant_resource_association_output),
            },
        },
        [55] = { /* CreateTenantResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[1995]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_create_tenant_output),
            },
            .members_ref = REF(structures[55].members_ref, members[123]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[123]),
            .member_count = 7,
        },
        [56] = { /* CustomVerificationEmailTemplateMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[56].shape.name_ref, shape_names[2037]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_custom_verification_email_template_metadata),
            },
            .members_ref = REF(structures[56].members_ref, members[130]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[130]),
            .member_count = 5,
        },
        [57] = { /* DailyVolume */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[2114]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_daily_volume),
            },
            .members_ref = REF(structures[57].members_ref, members[135]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[135]),
            .member_count = 3,
        },
        [58] = { /* DashboardAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[2139]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_dashboard_attributes),
            },
            .members_ref = REF(structures[58].members_ref, members[138]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[138]),
            .member_count = 1,
        },
        [59] = { /* DashboardOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[2159]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_dashboard_options),
            },
            .members_ref = REF(structures[59].members_ref, members[139]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[139]),
            .member_count = 1,
        },
        [60] = { /* DedicatedIp */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[2187]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_dedicated_ip),
            },
            .members_ref = REF(structures[60].members_ref, members[140]),
            .by_wire_name_ref = REF(structures[60].by_wire_name_ref, by_wire_name[140]),
            .member_count = 4,
        },
        [61] = { /* DedicatedIpPool */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[2215]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_dedicated_ip_pool),
            },
            .members_ref = REF(structures[61].members_ref, members[144]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[144]),
            .member_count = 2,
        },
        [62] = { /* DeleteConfigurationSetEventDestinationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[2253]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_configuration_set_event_destination_input),
            },
            .members_ref = REF(structures[62].members_ref, members[146]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[146]),
            .member_count = 2,
        },
        [63] = { /* DeleteConfigurationSetEventDestinationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[2299]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_configuration_set_event_destination_output),
            },
        },
        [64] = { /* DeleteConfigurationSetRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[2346]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_configuration_set_input),
            },
            .members_ref = REF(structures[64].members_ref, members[148]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[148]),
            .member_count = 1,
        },
        [65] = { /* DeleteConfigurationSetResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[2376]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_configuration_set_output),
            },
        },
        [66] = { /* DeleteContactListRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[2407]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_contact_list_input),
            },
            .members_ref = REF(structures[66].members_ref, members[149]),
            .by_wire_name_ref = REF(structures[66].by_wire_name_ref, by_wire_name[149]),
            .member_count = 1,
        },
        [67] = { /* DeleteContactListResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[2432]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_contact_list_output),
            },
        },
        [68] = { /* DeleteContactRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[2458]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_contact_input),
            },
            .members_ref = REF(structures[68].members_ref, members[150]),
            .by_wire_name_ref = REF(structures[68].by_wire_name_ref, by_wire_name[150]),
            .member_count = 2,
        },
        [69] = { /* DeleteContactResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[2479]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_contact_output),
            },
        },
        [70] = { /* DeleteCustomVerificationEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[2501]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_custom_verification_email_template_input),
            },
            .members_ref = REF(structures[70].members_ref, members[152]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[152]),
            .member_count = 1,
        },
        [71] = { /* DeleteCustomVerificationEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[2546]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_custom_verification_email_template_output),
            },
        },
        [72] = { /* DeleteDedicatedIpPoolRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[2592]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_dedicated_ip_pool_input),
            },
            .members_ref = REF(structures[72].members_ref, members[153]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[153]),
            .member_count = 1,
        },
        [73] = { /* DeleteDedicatedIpPoolResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[2621]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_dedicated_ip_pool_output),
            },
        },
        [74] = { /* DeleteEmailIdentityPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[2651]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_email_identity_policy_input),
            },
            .members_ref = REF(structures[74].members_ref, members[154]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[154]),
            .member_count = 2,
        },
        [75] = { /* DeleteEmailIdentityPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[2684]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_email_identity_policy_output),
            },
        },
        [76] = { /* DeleteEmailIdentityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[2718]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_email_identity_input),
            },
            .members_ref = REF(structures[76].members_ref, members[156]),
            .by_wire_name_ref = REF(structures[76].by_wire_name_ref, by_wire_name[156]),
            .member_count = 1,
        },
        [77] = { /* DeleteEmailIdentityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[2745]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_email_identity_output),
            },
        },
        [78] = { /* DeleteEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[78].shape.name_ref, shape_names[2773]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_email_template_input),
            },
            .members_ref = REF(structures[78].members_ref, members[157]),
            .by_wire_name_ref = REF(structures[78].by_wire_name_ref, by_wire_name[157]),
            .member_count = 1,
        },
        [79] = { /* DeleteEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[79].shape.name_ref, shape_names[2800]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_email_template_output),
            },
        },
        [80] = { /* DeleteMultiRegionEndpointRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[80].shape.name_ref, shape_names[2828]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_multi_region_endpoint_input),
            },
            .members_ref = REF(structures[80].members_ref, members[158]),
            .by_wire_name_ref = REF(structures[80].by_wire_name_ref, by_wire_name[158]),
            .member_count = 1,
        },
        [81] = { /* DeleteMultiRegionEndpointResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[81].shape.name_ref, shape_names[2861]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_multi_region_endpoint_output),
            },
            .members_ref = REF(structures[81].members_ref, members[159]),
            .by_wire_name_ref = REF(structures[81].by_wire_name_ref, by_wire_name[159]),
            .member_count = 1,
        },
        [82] = { /* DeleteSuppressedDestinationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[2895]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_suppressed_destination_input),
            },
            .members_ref = REF(structures[82].members_ref, members[160]),
            .by_wire_name_ref = REF(structures[82].by_wire_name_ref, by_wire_name[160]),
            .member_count = 2,
        },
        [83] = { /* DeleteSuppressedDestinationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[83].shape.name_ref, shape_names[2930]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_suppressed_destination_output),
            },
        },
        [84] = { /* DeleteTenantRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[84].shape.name_ref, shape_names[2966]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_tenant_input),
            },
            .members_ref = REF(structures[84].members_ref, members[162]),
            .by_wire_name_ref = REF(structures[84].by_wire_name_ref, by_wire_name[162]),
            .member_count = 1,
        },
        [85] = { /* DeleteTenantResourceAssociationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[2986]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_tenant_resource_association_input),
            },
            .members_ref = REF(structures[85].members_ref, members[163]),
            .by_wire_name_ref = REF(structures[85].by_wire_name_ref, by_wire_name[163]),
            .member_count = 2,
        },
        [86] = { /* DeleteTenantResourceAssociationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[86].shape.name_ref, shape_names[3025]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_tenant_resource_association_output),
            },
        },
        [87] = { /* DeleteTenantResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[87].shape.name_ref, shape_names[3065]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delete_tenant_output),
            },
        },
        [88] = { /* DeliverabilityTestReport */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[3123]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_deliverability_test_report),
            },
            .members_ref = REF(structures[88].members_ref, members[165]),
            .by_wire_name_ref = REF(structures[88].by_wire_name_ref, by_wire_name[165]),
            .member_count = 6,
        },
        [89] = { /* DeliveryOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[3243]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_delivery_options),
            },
            .members_ref = REF(structures[89].members_ref, members[171]),
            .by_wire_name_ref = REF(structures[89].by_wire_name_ref, by_wire_name[171]),
            .member_count = 3,
        },
        [90] = { /* Destination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[3271]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_destination),
            },
            .members_ref = REF(structures[90].members_ref, members[174]),
            .by_wire_name_ref = REF(structures[90].by_wire_name_ref, by_wire_name[174]),
            .member_count = 3,
        },
        [91] = { /* Details */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[3283]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_details),
            },
            .members_ref = REF(structures[91].members_ref, members[177]),
            .by_wire_name_ref = REF(structures[91].by_wire_name_ref, by_wire_name[177]),
            .member_count = 1,
        },
        [92] = { /* DkimAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[3364]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_dkim_attributes),
            },
            .members_ref = REF(structures[92].members_ref, members[178]),
            .by_wire_name_ref = REF(structures[92].by_wire_name_ref, by_wire_name[178]),
            .member_count = 8,
        },
        [93] = { /* DkimSigningAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[3379]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_dkim_signing_attributes),
            },
            .members_ref = REF(structures[93].members_ref, members[186]),
            .by_wire_name_ref = REF(structures[93].by_wire_name_ref, by_wire_name[186]),
            .member_count = 4,
        },
        [94] = { /* DomainDeliverabilityCampaign */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[3490]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_domain_deliverability_campaign),
            },
            .members_ref = REF(structures[94].members_ref, members[190]),
            .by_wire_name_ref = REF(structures[94].by_wire_name_ref, by_wire_name[190]),
            .member_count = 14,
        },
        [95] = { /* DomainDeliverabilityTrackingOption */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[3552]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_domain_deliverability_tracking_option),
            },
            .members_ref = REF(structures[95].members_ref, members[204]),
            .by_wire_name_ref = REF(structures[95].by_wire_name_ref, by_wire_name[204]),
            .member_count = 3,
        },
        [96] = { /* DomainIspPlacement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[96].shape.name_ref, shape_names[3623]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_domain_isp_placement),
            },
            .members_ref = REF(structures[96].members_ref, members[207]),
            .by_wire_name_ref = REF(structures[96].by_wire_name_ref, by_wire_name[207]),
            .member_count = 5,
        },
        [97] = { /* EmailAddressInsightsMailboxEvaluations */
            .shape = {
                .name_ref = SHAPE_NAME(structures[97].shape.name_ref, shape_names[3736]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_email_address_insights_mailbox_evaluations),
            },
            .members_ref = REF(structures[97].members_ref, members[212]),
            .by_wire_name_ref = REF(structures[97].by_wire_name_ref, by_wire_name[212]),
            .member_count = 6,
        },
        [98] = { /* EmailAddressInsightsVerdict */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[3775]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_email_address_insights_verdict),
            },
            .members_ref = REF(structures[98].members_ref, members[218]),
            .by_wire_name_ref = REF(structures[98].by_wire_name_ref, by_wire_name[218]),
            .member_count = 1,
        },
        [99] = { /* EmailContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[3820]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_email_content),
            },
            .members_ref = REF(structures[99].members_ref, members[219]),
            .by_wire_name_ref = REF(structures[99].by_wire_name_ref, by_wire_name[219]),
            .member_count = 3,
        },
        [100] = { /* EmailInsights */
            .shape = {
                .name_ref = SHAPE_NAME(structures[100].shape.name_ref, shape_names[3833]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_email_insights),
            },
            .members_ref = REF(structures[100].members_ref, members[222]),
            .by_wire_name_ref = REF(structures[100].by_wire_name_ref, by_wire_name[222]),
            .member_count = 3,
        },
        [101] = { /* EmailTemplateContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[101].shape.name_ref, shape_names[3901]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_email_template_content),
            },
            .members_ref = REF(structures[101].members_ref, members[225]),
            .by_wire_name_ref = REF(structures[101].by_wire_name_ref, by_wire_name[225]),
            .member_count = 3,
        },
        [102] = { /* EmailTemplateMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[102].shape.name_ref, shape_names[3958]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_email_template_metadata),
            },
            .members_ref = REF(structures[102].members_ref, members[228]),
            .by_wire_name_ref = REF(structures[102].by_wire_name_ref, by_wire_name[228]),
            .member_count = 2,
        },
        [103] = { /* EventBridgeDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[103].shape.name_ref, shape_names[4152]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_event_bridge_destination),
            },
            .members_ref = REF(structures[103].members_ref, members[230]),
            .by_wire_name_ref = REF(structures[103].by_wire_name_ref, by_wire_name[230]),
            .member_count = 1,
        },
        [104] = { /* EventDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[4175]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_event_destination),
            },
            .members_ref = REF(structures[104].members_ref, members[231]),
            .by_wire_name_ref = REF(structures[104].by_wire_name_ref, by_wire_name[231]),
            .member_count = 8,
        },
        [105] = { /* EventDestinationDefinition */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[4192]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_event_destination_definition),
            },
            .members_ref = REF(structures[105].members_ref, members[239]),
            .by_wire_name_ref = REF(structures[105].by_wire_name_ref, by_wire_name[239]),
            .member_count = 7,
        },
        [106] = { /* EventDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[106].shape.name_ref, shape_names[4258]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_event_details),
            },
            .members_ref = REF(structures[106].members_ref, members[246]),
            .by_wire_name_ref = REF(structures[106].by_wire_name_ref, by_wire_name[246]),
            .member_count = 2,
        },
        [107] = { /* ExportDataSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[107].shape.name_ref, shape_names[4292]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_export_data_source),
            },
            .members_ref = REF(structures[107].members_ref, members[248]),
            .by_wire_name_ref = REF(structures[107].by_wire_name_ref, by_wire_name[248]),
            .member_count = 2,
        },
        [108] = { /* ExportDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[4309]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_export_destination),
            },
            .members_ref = REF(structures[108].members_ref, members[250]),
            .by_wire_name_ref = REF(structures[108].by_wire_name_ref, by_wire_name[250]),
            .member_count = 2,
        },
        [109] = { /* ExportJobSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[109].shape.name_ref, shape_names[4365]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_export_job_summary),
            },
            .members_ref = REF(structures[109].members_ref, members[252]),
            .by_wire_name_ref = REF(structures[109].by_wire_name_ref, by_wire_name[252]),
            .member_count = 5,
        },
        [110] = { /* ExportMetric */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[4403]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_export_metric),
            },
            .members_ref = REF(structures[110].members_ref, members[257]),
            .by_wire_name_ref = REF(structures[110].by_wire_name_ref, by_wire_name[257]),
            .member_count = 2,
        },
        [111] = { /* ExportStatistics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[4447]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_export_statistics),
            },
            .members_ref = REF(structures[111].members_ref, members[259]),
            .by_wire_name_ref = REF(structures[111].by_wire_name_ref, by_wire_name[259]),
            .member_count = 2,
        },
        [112] = { /* FailureInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[4523]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_failure_info),
            },
            .members_ref = REF(structures[112].members_ref, members[261]),
            .by_wire_name_ref = REF(structures[112].by_wire_name_ref, by_wire_name[261]),
            .member_count = 2,
        },
        [113] = { /* GetAccountRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[113].shape.name_ref, shape_names[4607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_account_input),
            },
        },
        [114] = { /* GetAccountResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[114].shape.name_ref, shape_names[4625]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_account_output),
            },
            .members_ref = REF(structures[114].members_ref, members[263]),
            .by_wire_name_ref = REF(structures[114].by_wire_name_ref, by_wire_name[263]),
            .member_count = 9,
        },
        [115] = { /* GetBlacklistReportsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[115].shape.name_ref, shape_names[4644]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_blacklist_reports_input),
            },
            .members_ref = REF(structures[115].members_ref, members[272]),
            .by_wire_name_ref = REF(structures[115].by_wire_name_ref, by_wire_name[272]),
            .member_count = 1,
        },
        [116] = { /* GetBlacklistReportsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[4671]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_blacklist_reports_output),
            },
            .members_ref = REF(structures[116].members_ref, members[273]),
            .by_wire_name_ref = REF(structures[116].by_wire_name_ref, by_wire_name[273]),
            .member_count = 1,
        },
        [117] = { /* GetConfigurationSetEventDestinationsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[117].shape.name_ref, shape_names[4699]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_configuration_set_event_destinations_input),
            },
            .members_ref = REF(structures[117].members_ref, members[274]),
            .by_wire_name_ref = REF(structures[117].by_wire_name_ref, by_wire_name[274]),
            .member_count = 1,
        },
        [118] = { /* GetConfigurationSetEventDestinationsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[118].shape.name_ref, shape_names[4743]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_configuration_set_event_destinations_output),
            },
            .members_ref = REF(structures[118].members_ref, members[275]),
            .by_wire_name_ref = REF(structures[118].by_wire_name_ref, by_wire_name[275]),
            .member_count = 1,
        },
        [119] = { /* GetConfigurationSetRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[119].shape.name_ref, shape_names[4788]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_configuration_set_input),
            },
            .members_ref = REF(structures[119].members_ref, members[276]),
            .by_wire_name_ref = REF(structures[119].by_wire_name_ref, by_wire_name[276]),
            .member_count = 1,
        },
        [120] = { /* GetConfigurationSetResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[120].shape.name_ref, shape_names[4815]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_configuration_set_output),
            },
            .members_ref = REF(structures[120].members_ref, members[277]),
            .by_wire_name_ref = REF(structures[120].by_wire_name_ref, by_wire_name[277]),
            .member_count = 9,
        },
        [121] = { /* GetContactListRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[121].shape.name_ref, shape_names[4843]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_contact_list_input),
            },
            .members_ref = REF(structures[121].members_ref, members[286]),
            .by_wire_name_ref = REF(structures[121].by_wire_name_ref, by_wire_name[286]),
            .member_count = 1,
        },
        [122] = { /* GetContactListResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[122].shape.name_ref, shape_names[4865]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_contact_list_output),
            },
            .members_ref = REF(structures[122].members_ref, members[287]),
            .by_wire_name_ref = REF(structures[122].by_wire_name_ref, by_wire_name[287]),
            .member_count = 6,
        },
        [123] = { /* GetContactRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[123].shape.name_ref, shape_names[4888]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_contact_input),
            },
            .members_ref = REF(structures[123].members_ref, members[293]),
            .by_wire_name_ref = REF(structures[123].by_wire_name_ref, by_wire_name[293]),
            .member_count = 2,
        },
        [124] = { /* GetContactResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[124].shape.name_ref, shape_names[4906]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_contact_output),
            },
            .members_ref = REF(structures[124].members_ref, members[295]),
            .by_wire_name_ref = REF(structures[124].by_wire_name_ref, by_wire_name[295]),
            .member_count = 8,
        },
        [125] = { /* GetCustomVerificationEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[125].shape.name_ref, shape_names[4925]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_custom_verification_email_template_input),
            },
            .members_ref = REF(structures[125].members_ref, members[303]),
            .by_wire_name_ref = REF(structures[125].by_wire_name_ref, by_wire_name[303]),
            .member_count = 1,
        },
        [126] = { /* GetCustomVerificationEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[126].shape.name_ref, shape_names[4967]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_custom_verification_email_template_output),
            },
            .members_ref = REF(structures[126].members_ref, members[304]),
            .by_wire_name_ref = REF(structures[126].by_wire_name_ref, by_wire_name[304]),
            .member_count = 7,
        },
        [127] = { /* GetDedicatedIpPoolRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[127].shape.name_ref, shape_names[5010]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_dedicated_ip_pool_input),
            },
            .members_ref = REF(structures[127].members_ref, members[311]),
            .by_wire_name_ref = REF(structures[127].by_wire_name_ref, by_wire_name[311]),
            .member_count = 1,
        },
        [128] = { /* GetDedicatedIpPoolResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[128].shape.name_ref, shape_names[5036]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_dedicated_ip_pool_output),
            },
            .members_ref = REF(structures[128].members_ref, members[312]),
            .by_wire_name_ref = REF(structures[128].by_wire_name_ref, by_wire_name[312]),
            .member_count = 1,
        },
        [129] = { /* GetDedicatedIpRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[129].shape.name_ref, shape_names[5063]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_dedicated_ip_input),
            },
            .members_ref = REF(structures[129].members_ref, members[313]),
            .by_wire_name_ref = REF(structures[129].by_wire_name_ref, by_wire_name[313]),
            .member_count = 1,
        },
        [130] = { /* GetDedicatedIpResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[130].shape.name_ref, shape_names[5085]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_dedicated_ip_output),
            },
            .members_ref = REF(structures[130].members_ref, members[314]),
            .by_wire_name_ref = REF(structures[130].by_wire_name_ref, by_wire_name[314]),
            .member_count = 1,
        },
        [131] = { /* GetDedicatedIpsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[131].shape.name_ref, shape_names[5108]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_dedicated_ips_input),
            },
            .members_ref = REF(structures[131].members_ref, members[315]),
            .by_wire_name_ref = REF(structures[131].by_wire_name_ref, by_wire_name[315]),
            .member_count = 3,
        },
        [132] = { /* GetDedicatedIpsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[132].shape.name_ref, shape_names[5131]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_dedicated_ips_output),
            },
            .members_ref = REF(structures[132].members_ref, members[318]),
            .by_wire_name_ref = REF(structures[132].by_wire_name_ref, by_wire_name[318]),
            .member_count = 2,
        },
        [133] = { /* GetDeliverabilityDashboardOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[133].shape.name_ref, shape_names[5155]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_deliverability_dashboard_options_input),
            },
        },
        [134] = { /* GetDeliverabilityDashboardOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[134].shape.name_ref, shape_names[5196]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_deliverability_dashboard_options_output),
            },
            .members_ref = REF(structures[134].members_ref, members[320]),
            .by_wire_name_ref = REF(structures[134].by_wire_name_ref, by_wire_name[320]),
            .member_count = 5,
        },
        [135] = { /* GetDeliverabilityTestReportRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[135].shape.name_ref, shape_names[5238]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_deliverability_test_report_input),
            },
            .members_ref = REF(structures[135].members_ref, members[325]),
            .by_wire_name_ref = REF(structures[135].by_wire_name_ref, by_wire_name[325]),
            .member_count = 1,
        },
        [136] = { /* GetDeliverabilityTestReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[136].shape.name_ref, shape_names[5273]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_deliverability_test_report_output),
            },
            .members_ref = REF(structures[136].members_ref, members[326]),
            .by_wire_name_ref = REF(structures[136].by_wire_name_ref, by_wire_name[326]),
            .member_count = 5,
        },
        [137] = { /* GetDomainDeliverabilityCampaignRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[137].shape.name_ref, shape_names[5309]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_domain_deliverability_campaign_input),
            },
            .members_ref = REF(structures[137].members_ref, members[331]),
            .by_wire_name_ref = REF(structures[137].by_wire_name_ref, by_wire_name[331]),
            .member_count = 1,
        },
        [138] = { /* GetDomainDeliverabilityCampaignResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[138].shape.name_ref, shape_names[5348]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_domain_deliverability_campaign_output),
            },
            .members_ref = REF(structures[138].members_ref, members[332]),
            .by_wire_name_ref = REF(structures[138].by_wire_name_ref, by_wire_name[332]),
            .member_count = 1,
        },
        [139] = { /* GetDomainStatisticsReportRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[139].shape.name_ref, shape_names[5388]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_domain_statistics_report_input),
            },
            .members_ref = REF(structures[139].members_ref, members[333]),
            .by_wire_name_ref = REF(structures[139].by_wire_name_ref, by_wire_name[333]),
            .member_count = 3,
        },
        [140] = { /* GetDomainStatisticsReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[140].shape.name_ref, shape_names[5421]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_domain_statistics_report_output),
            },
            .members_ref = REF(structures[140].members_ref, members[336]),
            .by_wire_name_ref = REF(structures[140].by_wire_name_ref, by_wire_name[336]),
            .member_count = 2,
        },
        [141] = { /* GetEmailAddressInsightsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[141].shape.name_ref, shape_names[5455]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_address_insights_input),
            },
            .members_ref = REF(structures[141].members_ref, members[338]),
            .by_wire_name_ref = REF(structures[141].by_wire_name_ref, by_wire_name[338]),
            .member_count = 1,
        },
        [142] = { /* GetEmailAddressInsightsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[142].shape.name_ref, shape_names[5486]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_address_insights_output),
            },
            .members_ref = REF(structures[142].members_ref, members[339]),
            .by_wire_name_ref = REF(structures[142].by_wire_name_ref, by_wire_name[339]),
            .member_count = 1,
        },
        [143] = { /* GetEmailIdentityPoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[143].shape.name_ref, shape_names[5518]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_identity_policies_input),
            },
            .members_ref = REF(structures[143].members_ref, members[340]),
            .by_wire_name_ref = REF(structures[143].by_wire_name_ref, by_wire_name[340]),
            .member_count = 1,
        },
        [144] = { /* GetEmailIdentityPoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[144].shape.name_ref, shape_names[5550]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_identity_policies_output),
            },
            .members_ref = REF(structures[144].members_ref, members[341]),
            .by_wire_name_ref = REF(structures[144].by_wire_name_ref, by_wire_name[341]),
            .member_count = 1,
        },
        [145] = { /* GetEmailIdentityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[145].shape.name_ref, shape_names[5583]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_identity_input),
            },
            .members_ref = REF(structures[145].members_ref, members[342]),
            .by_wire_name_ref = REF(structures[145].by_wire_name_ref, by_wire_name[342]),
            .member_count = 1,
        },
        [146] = { /* GetEmailIdentityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[146].shape.name_ref, shape_names[5607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_identity_output),
            },
            .members_ref = REF(structures[146].members_ref, members[343]),
            .by_wire_name_ref = REF(structures[146].by_wire_name_ref, by_wire_name[343]),
            .member_count = 10,
        },
        [147] = { /* GetEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[147].shape.name_ref, shape_names[5632]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_template_input),
            },
            .members_ref = REF(structures[147].members_ref, members[353]),
            .by_wire_name_ref = REF(structures[147].by_wire_name_ref, by_wire_name[353]),
            .member_count = 1,
        },
        [148] = { /* GetEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[148].shape.name_ref, shape_names[5656]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_email_template_output),
            },
            .members_ref = REF(structures[148].members_ref, members[354]),
            .by_wire_name_ref = REF(structures[148].by_wire_name_ref, by_wire_name[354]),
            .member_count = 3,
        },
        [149] = { /* GetExportJobRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[149].shape.name_ref, shape_names[5681]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_export_job_input),
            },
            .members_ref = REF(structures[149].members_ref, members[357]),
            .by_wire_name_ref = REF(structures[149].by_wire_name_ref, by_wire_name[357]),
            .member_count = 1,
        },
        [150] = { /* GetExportJobResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[150].shape.name_ref, shape_names[5701]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_export_job_output),
            },
            .members_ref = REF(structures[150].members_ref, members[358]),
            .by_wire_name_ref = REF(structures[150].by_wire_name_ref, by_wire_name[358]),
            .member_count = 9,
        },
        [151] = { /* GetImportJobRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[151].shape.name_ref, shape_names[5722]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_import_job_input),
            },
            .members_ref = REF(structures[151].members_ref, members[367]),
            .by_wire_name_ref = REF(structures[151].by_wire_name_ref, by_wire_name[367]),
            .member_count = 1,
        },
        [152] = { /* GetImportJobResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[152].shape.name_ref, shape_names[5742]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_import_job_output),
            },
            .members_ref = REF(structures[152].members_ref, members[368]),
            .by_wire_name_ref = REF(structures[152].by_wire_name_ref, by_wire_name[368]),
            .member_count = 9,
        },
        [153] = { /* GetMessageInsightsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[153].shape.name_ref, shape_names[5763]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_message_insights_input),
            },
            .members_ref = REF(structures[153].members_ref, members[377]),
            .by_wire_name_ref = REF(structures[153].by_wire_name_ref, by_wire_name[377]),
            .member_count = 1,
        },
        [154] = { /* GetMessageInsightsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[154].shape.name_ref, shape_names[5789]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_message_insights_output),
            },
            .members_ref = REF(structures[154].members_ref, members[378]),
            .by_wire_name_ref = REF(structures[154].by_wire_name_ref, by_wire_name[378]),
            .member_count = 5,
        },
        [155] = { /* GetMultiRegionEndpointRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[155].shape.name_ref, shape_names[5816]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_multi_region_endpoint_input),
            },
            .members_ref = REF(structures[155].members_ref, members[383]),
            .by_wire_name_ref = REF(structures[155].by_wire_name_ref, by_wire_name[383]),
            .member_count = 1,
        },
        [156] = { /* GetMultiRegionEndpointResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[156].shape.name_ref, shape_names[5846]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_multi_region_endpoint_output),
            },
            .members_ref = REF(structures[156].members_ref, members[384]),
            .by_wire_name_ref = REF(structures[156].by_wire_name_ref, by_wire_name[384]),
            .member_count = 6,
        },
        [157] = { /* GetReputationEntityRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[157].shape.name_ref, shape_names[5877]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_reputation_entity_input),
            },
            .members_ref = REF(structures[157].members_ref, members[390]),
            .by_wire_name_ref = REF(structures[157].by_wire_name_ref, by_wire_name[390]),
            .member_count = 2,
        },
        [158] = { /* GetReputationEntityResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[158].shape.name_ref, shape_names[5904]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_reputation_entity_output),
            },
            .members_ref = REF(structures[158].members_ref, members[392]),
            .by_wire_name_ref = REF(structures[158].by_wire_name_ref, by_wire_name[392]),
            .member_count = 1,
        },
        [159] = { /* GetSuppressedDestinationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[159].shape.name_ref, shape_names[5932]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_suppressed_destination_input),
            },
            .members_ref = REF(structures[159].members_ref, members[393]),
            .by_wire_name_ref = REF(structures[159].by_wire_name_ref, by_wire_name[393]),
            .member_count = 2,
        },
        [160] = { /* GetSuppressedDestinationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[160].shape.name_ref, shape_names[5964]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_suppressed_destination_output),
            },
            .members_ref = REF(structures[160].members_ref, members[395]),
            .by_wire_name_ref = REF(structures[160].by_wire_name_ref, by_wire_name[395]),
            .member_count = 1,
        },
        [161] = { /* GetTenantRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[161].shape.name_ref, shape_names[5997]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_tenant_input),
            },
            .members_ref = REF(structures[161].members_ref, members[396]),
            .by_wire_name_ref = REF(structures[161].by_wire_name_ref, by_wire_name[396]),
            .member_count = 1,
        },
        [162] = { /* GetTenantResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[162].shape.name_ref, shape_names[6014]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_get_tenant_output),
            },
            .members_ref = REF(structures[162].members_ref, members[397]),
            .by_wire_name_ref = REF(structures[162].by_wire_name_ref, by_wire_name[397]),
            .member_count = 1,
        },
        [163] = { /* GuardianAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[163].shape.name_ref, shape_names[6032]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_guardian_attributes),
            },
            .members_ref = REF(structures[163].members_ref, members[398]),
            .by_wire_name_ref = REF(structures[163].by_wire_name_ref, by_wire_name[398]),
            .member_count = 1,
        },
        [164] = { /* GuardianOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[164].shape.name_ref, shape_names[6051]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_guardian_options),
            },
            .members_ref = REF(structures[164].members_ref, members[399]),
            .by_wire_name_ref = REF(structures[164].by_wire_name_ref, by_wire_name[399]),
            .member_count = 1,
        },
        [165] = { /* IdentityInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[165].shape.name_ref, shape_names[6099]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_identity_info),
            },
            .members_ref = REF(structures[165].members_ref, members[400]),
            .by_wire_name_ref = REF(structures[165].by_wire_name_ref, by_wire_name[400]),
            .member_count = 4,
        },
        [166] = { /* ImportDataSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[166].shape.name_ref, shape_names[6151]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_import_data_source),
            },
            .members_ref = REF(structures[166].members_ref, members[404]),
            .by_wire_name_ref = REF(structures[166].by_wire_name_ref, by_wire_name[404]),
            .member_count = 2,
        },
        [167] = { /* ImportDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[167].shape.name_ref, shape_names[6168]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_import_destination),
            },
            .members_ref = REF(structures[167].members_ref, members[406]),
            .by_wire_name_ref = REF(structures[167].by_wire_name_ref, by_wire_name[406]),
            .member_count = 2,
        },
        [168] = { /* ImportJobSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[168].shape.name_ref, shape_names[6208]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_import_job_summary),
            },
            .members_ref = REF(structures[168].members_ref, members[408]),
            .by_wire_name_ref = REF(structures[168].by_wire_name_ref, by_wire_name[408]),
            .member_count = 6,
        },
        [169] = { /* InboxPlacementTrackingOption */
            .shape = {
                .name_ref = SHAPE_NAME(structures[169].shape.name_ref, shape_names[6246]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_inbox_placement_tracking_option),
            },
            .members_ref = REF(structures[169].members_ref, members[414]),
            .by_wire_name_ref = REF(structures[169].by_wire_name_ref, by_wire_name[414]),
            .member_count = 2,
        },
        [170] = { /* InsightsEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[170].shape.name_ref, shape_names[6296]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_insights_event),
            },
            .members_ref = REF(structures[170].members_ref, members[416]),
            .by_wire_name_ref = REF(structures[170].by_wire_name_ref, by_wire_name[416]),
            .member_count = 3,
        },
        [171] = { /* InternalServiceErrorException */
            .shape = {
                .name_ref = REF(structures[171].shape.name_ref, strings[5154]),
                .traits_ref = REF(structures[171].shape.traits_ref, traits[26]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_internal_service_error_exception),
            },
        },
        [172] = { /* InvalidNextTokenException */
            .shape = {
                .name_ref = REF(structures[172].shape.name_ref, strings[5184]),
                .traits_ref = REF(structures[172].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_invalid_next_token_exception),
            },
        },
        [173] = { /* IspPlacement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[173].shape.name_ref, shape_names[6373]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_isp_placement),
            },
            .members_ref = REF(structures[173].members_ref, members[419]),
            .by_wire_name_ref = REF(structures[173].by_wire_name_ref, by_wire_name[419]),
            .member_count = 2,
        },
        [174] = { /* KinesisFirehoseDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[174].shape.name_ref, shape_names[6416]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_kinesis_firehose_destination),
            },
            .members_ref = REF(structures[174].members_ref, members[421]),
            .by_wire_name_ref = REF(structures[174].by_wire_name_ref, by_wire_name[421]),
            .member_count = 2,
        },
        [175] = { /* LimitExceededException */
            .shape = {
                .name_ref = REF(structures[175].shape.name_ref, strings[5305]),
                .traits_ref = REF(structures[175].shape.traits_ref, traits[32]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_limit_exceeded_exception),
            },
        },
        [176] = { /* ListConfigurationSetsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[176].shape.name_ref, shape_names[6504]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_configuration_sets_input),
            },
            .members_ref = REF(structures[176].members_ref, members[423]),
            .by_wire_name_ref = REF(structures[176].by_wire_name_ref, by_wire_name[423]),
            .member_count = 2,
        },
        [177] = { /* ListConfigurationSetsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[177].shape.name_ref, shape_names[6533]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_configuration_sets_output),
            },
            .members_ref = REF(structures[177].members_ref, members[425]),
            .by_wire_name_ref = REF(structures[177].by_wire_name_ref, by_wire_name[425]),
            .member_count = 2,
        },
        [178] = { /* ListContactListsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[178].shape.name_ref, shape_names[6563]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_contact_lists_input),
            },
            .members_ref = REF(structures[178].members_ref, members[427]),
            .by_wire_name_ref = REF(structures[178].by_wire_name_ref, by_wire_name[427]),
            .member_count = 2,
        },
        [179] = { /* ListContactListsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[179].shape.name_ref, shape_names[6587]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_contact_lists_output),
            },
            .members_ref = REF(structures[179].members_ref, members[429]),
            .by_wire_name_ref = REF(structures[179].by_wire_name_ref, by_wire_name[429]),
            .member_count = 2,
        },
        [180] = { /* ListContactsFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[180].shape.name_ref, shape_names[6612]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_contacts_filter),
            },
            .members_ref = REF(structures[180].members_ref, members[431]),
            .by_wire_name_ref = REF(structures[180].by_wire_name_ref, by_wire_name[431]),
            .member_count = 2,
        },
        [181] = { /* ListContactsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[181].shape.name_ref, shape_names[6631]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_contacts_input),
            },
            .members_ref = REF(structures[181].members_ref, members[433]),
            .by_wire_name_ref = REF(structures[181].by_wire_name_ref, by_wire_name[433]),
            .member_count = 4,
        },
        [182] = { /* ListContactsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[182].shape.name_ref, shape_names[6651]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_contacts_output),
            },
            .members_ref = REF(structures[182].members_ref, members[437]),
            .by_wire_name_ref = REF(structures[182].by_wire_name_ref, by_wire_name[437]),
            .member_count = 2,
        },
        [183] = { /* ListCustomVerificationEmailTemplatesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[183].shape.name_ref, shape_names[6672]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_custom_verification_email_templates_input),
            },
            .members_ref = REF(structures[183].members_ref, members[439]),
            .by_wire_name_ref = REF(structures[183].by_wire_name_ref, by_wire_name[439]),
            .member_count = 2,
        },
        [184] = { /* ListCustomVerificationEmailTemplatesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[184].shape.name_ref, shape_names[6716]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_custom_verification_email_templates_output),
            },
            .members_ref = REF(structures[184].members_ref, members[441]),
            .by_wire_name_ref = REF(structures[184].by_wire_name_ref, by_wire_name[441]),
            .member_count = 2,
        },
        [185] = { /* ListDedicatedIpPoolsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[185].shape.name_ref, shape_names[6761]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_dedicated_ip_pools_input),
            },
            .members_ref = REF(structures[185].members_ref, members[443]),
            .by_wire_name_ref = REF(structures[185].by_wire_name_ref, by_wire_name[443]),
            .member_count = 2,
        },
        [186] = { /* ListDedicatedIpPoolsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[186].shape.name_ref, shape_names[6789]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_dedicated_ip_pools_output),
            },
            .members_ref = REF(structures[186].members_ref, members[445]),
            .by_wire_name_ref = REF(structures[186].by_wire_name_ref, by_wire_name[445]),
            .member_count = 2,
        },
        [187] = { /* ListDeliverabilityTestReportsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[187].shape.name_ref, shape_names[6818]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_deliverability_test_reports_input),
            },
            .members_ref = REF(structures[187].members_ref, members[447]),
            .by_wire_name_ref = REF(structures[187].by_wire_name_ref, by_wire_name[447]),
            .member_count = 2,
        },
        [188] = { /* ListDeliverabilityTestReportsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[188].shape.name_ref, shape_names[6855]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_deliverability_test_reports_output),
            },
            .members_ref = REF(structures[188].members_ref, members[449]),
            .by_wire_name_ref = REF(structures[188].by_wire_name_ref, by_wire_name[449]),
            .member_count = 2,
        },
        [189] = { /* ListDomainDeliverabilityCampaignsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[189].shape.name_ref, shape_names[6893]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_domain_deliverability_campaigns_input),
            },
            .members_ref = REF(structures[189].members_ref, members[451]),
            .by_wire_name_ref = REF(structures[189].by_wire_name_ref, by_wire_name[451]),
            .member_count = 5,
        },
        [190] = { /* ListDomainDeliverabilityCampaignsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[190].shape.name_ref, shape_names[6934]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_domain_deliverability_campaigns_output),
            },
            .members_ref = REF(structures[190].members_ref, members[456]),
            .by_wire_name_ref = REF(structures[190].by_wire_name_ref, by_wire_name[456]),
            .member_count = 2,
        },
        [191] = { /* ListEmailIdentitiesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[191].shape.name_ref, shape_names[6976]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_email_identities_input),
            },
            .members_ref = REF(structures[191].members_ref, members[458]),
            .by_wire_name_ref = REF(structures[191].by_wire_name_ref, by_wire_name[458]),
            .member_count = 2,
        },
        [192] = { /* ListEmailIdentitiesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[192].shape.name_ref, shape_names[7003]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_email_identities_output),
            },
            .members_ref = REF(structures[192].members_ref, members[460]),
            .by_wire_name_ref = REF(structures[192].by_wire_name_ref, by_wire_name[460]),
            .member_count = 2,
        },
        [193] = { /* ListEmailTemplatesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[193].shape.name_ref, shape_names[7031]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_email_templates_input),
            },
            .members_ref = REF(structures[193].members_ref, members[462]),
            .by_wire_name_ref = REF(structures[193].by_wire_name_ref, by_wire_name[462]),
            .member_count = 2,
        },
        [194] = { /* ListEmailTemplatesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[194].shape.name_ref, shape_names[7057]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_email_templates_output),
            },
            .members_ref = REF(structures[194].members_ref, members[464]),
            .by_wire_name_ref = REF(structures[194].by_wire_name_ref, by_wire_name[464]),
            .member_count = 2,
        },
        [195] = { /* ListExportJobsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[195].shape.name_ref, shape_names[7084]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_export_jobs_input),
            },
            .members_ref = REF(structures[195].members_ref, members[466]),
            .by_wire_name_ref = REF(structures[195].by_wire_name_ref, by_wire_name[466]),
            .member_count = 4,
        },
        [196] = { /* ListExportJobsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[196].shape.name_ref, shape_names[7106]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_export_jobs_output),
            },
            .members_ref = REF(structures[196].members_ref, members[470]),
            .by_wire_name_ref = REF(structures[196].by_wire_name_ref, by_wire_name[470]),
            .member_count = 2,
        },
        [197] = { /* ListImportJobsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[197].shape.name_ref, shape_names[7129]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_import_jobs_input),
            },
            .members_ref = REF(structures[197].members_ref, members[472]),
            .by_wire_name_ref = REF(structures[197].by_wire_name_ref, by_wire_name[472]),
            .member_count = 3,
        },
        [198] = { /* ListImportJobsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[198].shape.name_ref, shape_names[7151]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_import_jobs_output),
            },
            .members_ref = REF(structures[198].members_ref, members[475]),
            .by_wire_name_ref = REF(structures[198].by_wire_name_ref, by_wire_name[475]),
            .member_count = 2,
        },
        [199] = { /* ListManagementOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[199].shape.name_ref, shape_names[7174]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_management_options),
            },
            .members_ref = REF(structures[199].members_ref, members[477]),
            .by_wire_name_ref = REF(structures[199].by_wire_name_ref, by_wire_name[477]),
            .member_count = 2,
        },
        [200] = { /* ListMultiRegionEndpointsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[200].shape.name_ref, shape_names[7196]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_multi_region_endpoints_input),
            },
            .members_ref = REF(structures[200].members_ref, members[479]),
            .by_wire_name_ref = REF(structures[200].by_wire_name_ref, by_wire_name[479]),
            .member_count = 2,
        },
        [201] = { /* ListMultiRegionEndpointsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[201].shape.name_ref, shape_names[7228]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_multi_region_endpoints_output),
            },
            .members_ref = REF(structures[201].members_ref, members[481]),
            .by_wire_name_ref = REF(structures[201].by_wire_name_ref, by_wire_name[481]),
            .member_count = 2,
        },
        [202] = { /* ListRecommendationsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[202].shape.name_ref, shape_names[7403]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_recommendations_input),
            },
            .members_ref = REF(structures[202].members_ref, members[483]),
            .by_wire_name_ref = REF(structures[202].by_wire_name_ref, by_wire_name[483]),
            .member_count = 3,
        },
        [203] = { /* ListRecommendationsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[203].shape.name_ref, shape_names[7430]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_recommendations_output),
            },
            .members_ref = REF(structures[203].members_ref, members[486]),
            .by_wire_name_ref = REF(structures[203].by_wire_name_ref, by_wire_name[486]),
            .member_count = 2,
        },
        [204] = { /* ListReputationEntitiesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[204].shape.name_ref, shape_names[7458]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_reputation_entities_input),
            },
            .members_ref = REF(structures[204].members_ref, members[488]),
            .by_wire_name_ref = REF(structures[204].by_wire_name_ref, by_wire_name[488]),
            .member_count = 3,
        },
        [205] = { /* ListReputationEntitiesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[205].shape.name_ref, shape_names[7488]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_reputation_entities_output),
            },
            .members_ref = REF(structures[205].members_ref, members[491]),
            .by_wire_name_ref = REF(structures[205].by_wire_name_ref, by_wire_name[491]),
            .member_count = 2,
        },
        [206] = { /* ListResourceTenantsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[206].shape.name_ref, shape_names[7519]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_resource_tenants_input),
            },
            .members_ref = REF(structures[206].members_ref, members[493]),
            .by_wire_name_ref = REF(structures[206].by_wire_name_ref, by_wire_name[493]),
            .member_count = 3,
        },
        [207] = { /* ListResourceTenantsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[207].shape.name_ref, shape_names[7546]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_resource_tenants_output),
            },
            .members_ref = REF(structures[207].members_ref, members[496]),
            .by_wire_name_ref = REF(structures[207].by_wire_name_ref, by_wire_name[496]),
            .member_count = 2,
        },
        [208] = { /* ListSuppressedDestinationsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[208].shape.name_ref, shape_names[7574]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_suppressed_destinations_input),
            },
            .members_ref = REF(structures[208].members_ref, members[498]),
            .by_wire_name_ref = REF(structures[208].by_wire_name_ref, by_wire_name[498]),
            .member_count = 6,
        },
        [209] = { /* ListSuppressedDestinationsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[209].shape.name_ref, shape_names[7608]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_suppressed_destinations_output),
            },
            .members_ref = REF(structures[209].members_ref, members[504]),
            .by_wire_name_ref = REF(structures[209].by_wire_name_ref, by_wire_name[504]),
            .member_count = 2,
        },
        [210] = { /* ListTagsForResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[210].shape.name_ref, shape_names[7643]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_tags_for_resource_input),
            },
            .members_ref = REF(structures[210].members_ref, members[506]),
            .by_wire_name_ref = REF(structures[210].by_wire_name_ref, by_wire_name[506]),
            .member_count = 1,
        },
        [211] = { /* ListTagsForResourceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[211].shape.name_ref, shape_names[7670]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_tags_for_resource_output),
            },
            .members_ref = REF(structures[211].members_ref, members[507]),
            .by_wire_name_ref = REF(structures[211].by_wire_name_ref, by_wire_name[507]),
            .member_count = 1,
        },
        [212] = { /* ListTenantResourcesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[212].shape.name_ref, shape_names[7784]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_tenant_resources_input),
            },
            .members_ref = REF(structures[212].members_ref, members[508]),
            .by_wire_name_ref = REF(structures[212].by_wire_name_ref, by_wire_name[508]),
            .member_count = 4,
        },
        [213] = { /* ListTenantResourcesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[213].shape.name_ref, shape_names[7811]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_tenant_resources_output),
            },
            .members_ref = REF(structures[213].members_ref, members[512]),
            .by_wire_name_ref = REF(structures[213].by_wire_name_ref, by_wire_name[512]),
            .member_count = 2,
        },
        [214] = { /* ListTenantsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[214].shape.name_ref, shape_names[7839]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_tenants_input),
            },
            .members_ref = REF(structures[214].members_ref, members[514]),
            .by_wire_name_ref = REF(structures[214].by_wire_name_ref, by_wire_name[514]),
            .member_count = 2,
        },
        [215] = { /* ListTenantsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[215].shape.name_ref, shape_names[7858]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_list_tenants_output),
            },
            .members_ref = REF(structures[215].members_ref, members[516]),
            .by_wire_name_ref = REF(structures[215].by_wire_name_ref, by_wire_name[516]),
            .member_count = 2,
        },
        [216] = { /* MailFromAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[216].shape.name_ref, shape_names[7878]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_mail_from_attributes),
            },
            .members_ref = REF(structures[216].members_ref, members[518]),
            .by_wire_name_ref = REF(structures[216].by_wire_name_ref, by_wire_name[518]),
            .member_count = 3,
        },
        [217] = { /* MailFromDomainNotVerifiedException */
            .shape = {
                .name_ref = REF(structures[217].shape.name_ref, strings[5857]),
                .traits_ref = REF(structures[217].shape.traits_ref, traits[36]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_mail_from_domain_not_verified_exception),
            },
        },
        [218] = { /* MailboxValidation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[218].shape.name_ref, shape_names[7946]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_mailbox_validation),
            },
            .members_ref = REF(structures[218].members_ref, members[521]),
            .by_wire_name_ref = REF(structures[218].by_wire_name_ref, by_wire_name[521]),
            .member_count = 2,
        },
        [219] = { /* Message */
            .shape = {
                .name_ref = SHAPE_NAME(structures[219].shape.name_ref, shape_names[8018]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_message),
            },
            .members_ref = REF(structures[219].members_ref, members[523]),
            .by_wire_name_ref = REF(structures[219].by_wire_name_ref, by_wire_name[523]),
            .member_count = 4,
        },
        [220] = { /* MessageHeader */
            .shape = {
                .name_ref = SHAPE_NAME(structures[220].shape.name_ref, shape_names[8053]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_message_header),
            },
            .members_ref = REF(structures[220].members_ref, members[527]),
            .by_wire_name_ref = REF(structures[220].by_wire_name_ref, by_wire_name[527]),
            .member_count = 2,
        },
        [221] = { /* MessageInsightsDataSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[221].shape.name_ref, shape_names[8122]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_message_insights_data_source),
            },
            .members_ref = REF(structures[221].members_ref, members[529]),
            .by_wire_name_ref = REF(structures[221].by_wire_name_ref, by_wire_name[529]),
            .member_count = 5,
        },
        [222] = { /* MessageInsightsFilters */
            .shape = {
                .name_ref = SHAPE_NAME(structures[222].shape.name_ref, shape_names[8180]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_message_insights_filters),
            },
            .members_ref = REF(structures[222].members_ref, members[534]),
            .by_wire_name_ref = REF(structures[222].by_wire_name_ref, by_wire_name[534]),
            .member_count = 6,
        },
        [223] = { /* MessageRejected */
            .shape = {
                .name_ref = REF(structures[223].shape.name_ref, strings[6073]),
                .traits_ref = REF(structures[223].shape.traits_ref, traits[42]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_message_rejected),
            },
        },
        [224] = { /* MessageTag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[224].shape.name_ref, shape_names[8203]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_message_tag),
            },
            .members_ref = REF(structures[224].members_ref, members[540]),
            .by_wire_name_ref = REF(structures[224].by_wire_name_ref, by_wire_name[540]),
            .member_count = 2,
        },
        [225] = { /* MetricDataError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[225].shape.name_ref, shape_names[8285]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_metric_data_error),
            },
            .members_ref = REF(structures[225].members_ref, members[542]),
            .by_wire_name_ref = REF(structures[225].by_wire_name_ref, by_wire_name[542]),
            .member_count = 3,
        },
        [226] = { /* MetricDataResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[226].shape.name_ref, shape_names[8321]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_metric_data_result),
            },
            .members_ref = REF(structures[226].members_ref, members[545]),
            .by_wire_name_ref = REF(structures[226].by_wire_name_ref, by_wire_name[545]),
            .member_count = 3,
        },
        [227] = { /* MetricsDataSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[227].shape.name_ref, shape_names[8432]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_metrics_data_source),
            },
            .members_ref = REF(structures[227].members_ref, members[548]),
            .by_wire_name_ref = REF(structures[227].by_wire_name_ref, by_wire_name[548]),
            .member_count = 5,
        },
        [228] = { /* MultiRegionEndpoint */
            .shape = {
                .name_ref = SHAPE_NAME(structures[228].shape.name_ref, shape_names[8450]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_multi_region_endpoint),
            },
            .members_ref = REF(structures[228].members_ref, members[553]),
            .by_wire_name_ref = REF(structures[228].by_wire_name_ref, by_wire_name[553]),
            .member_count = 6,
        },
        [229] = { /* NotFoundException */
            .shape = {
                .name_ref = REF(structures[229].shape.name_ref, strings[6298]),
                .traits_ref = REF(structures[229].shape.traits_ref, traits[44]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_not_found_exception),
            },
        },
        [230] = { /* OverallVolume */
            .shape = {
                .name_ref = SHAPE_NAME(structures[230].shape.name_ref, shape_names[8531]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_overall_volume),
            },
            .members_ref = REF(structures[230].members_ref, members[559]),
            .by_wire_name_ref = REF(structures[230].by_wire_name_ref, by_wire_name[559]),
            .member_count = 3,
        },
        [231] = { /* PinpointDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[231].shape.name_ref, shape_names[8588]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_pinpoint_destination),
            },
            .members_ref = REF(structures[231].members_ref, members[562]),
            .by_wire_name_ref = REF(structures[231].by_wire_name_ref, by_wire_name[562]),
            .member_count = 1,
        },
        [232] = { /* PlacementStatistics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[232].shape.name_ref, shape_names[8608]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_placement_statistics),
            },
            .members_ref = REF(structures[232].members_ref, members[563]),
            .by_wire_name_ref = REF(structures[232].by_wire_name_ref, by_wire_name[563]),
            .member_count = 5,
        },
        [233] = { /* PricingAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[233].shape.name_ref, shape_names[8665]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_pricing_attributes),
            },
            .members_ref = REF(structures[233].members_ref, members[568]),
            .by_wire_name_ref = REF(structures[233].by_wire_name_ref, by_wire_name[568]),
            .member_count = 2,
        },
        [234] = { /* PutAccountDedicatedIpWarmupAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[234].shape.name_ref, shape_names[8746]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input),
            },
            .members_ref = REF(structures[234].members_ref, members[570]),
            .by_wire_name_ref = REF(structures[234].by_wire_name_ref, by_wire_name[570]),
            .member_count = 1,
        },
        [235] = { /* PutAccountDedicatedIpWarmupAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[235].shape.name_ref, shape_names[8791]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output),
            },
        },
        [236] = { /* PutAccountDetailsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[236].shape.name_ref, shape_names[8837]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_details_input),
            },
            .members_ref = REF(structures[236].members_ref, members[571]),
            .by_wire_name_ref = REF(structures[236].by_wire_name_ref, by_wire_name[571]),
            .member_count = 6,
        },
        [237] = { /* PutAccountDetailsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[237].shape.name_ref, shape_names[8862]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_details_output),
            },
        },
        [238] = { /* PutAccountPricingAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[238].shape.name_ref, shape_names[8888]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_pricing_attributes_input),
            },
            .members_ref = REF(structures[238].members_ref, members[577]),
            .by_wire_name_ref = REF(structures[238].by_wire_name_ref, by_wire_name[577]),
            .member_count = 1,
        },
        [239] = { /* PutAccountPricingAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[239].shape.name_ref, shape_names[8923]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_pricing_attributes_output),
            },
        },
        [240] = { /* PutAccountSendingAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[240].shape.name_ref, shape_names[8959]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_sending_attributes_input),
            },
            .members_ref = REF(structures[240].members_ref, members[578]),
            .by_wire_name_ref = REF(structures[240].by_wire_name_ref, by_wire_name[578]),
            .member_count = 1,
        },
        [241] = { /* PutAccountSendingAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[241].shape.name_ref, shape_names[8994]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_sending_attributes_output),
            },
        },
        [242] = { /* PutAccountSuppressionAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[242].shape.name_ref, shape_names[9030]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_suppression_attributes_input),
            },
            .members_ref = REF(structures[242].members_ref, members[579]),
            .by_wire_name_ref = REF(structures[242].by_wire_name_ref, by_wire_name[579]),
            .member_count = 2,
        },
        [243] = { /* PutAccountSuppressionAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[243].shape.name_ref, shape_names[9069]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_suppression_attributes_output),
            },
        },
        [244] = { /* PutAccountVdmAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[244].shape.name_ref, shape_names[9109]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_vdm_attributes_input),
            },
            .members_ref = REF(structures[244].members_ref, members[581]),
            .by_wire_name_ref = REF(structures[244].by_wire_name_ref, by_wire_name[581]),
            .member_count = 1,
        },
        [245] = { /* PutAccountVdmAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[245].shape.name_ref, shape_names[9140]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_account_vdm_attributes_output),
            },
        },
        [246] = { /* PutConfigurationSetArchivingOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[246].shape.name_ref, shape_names[9172]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_archiving_options_input),
            },
            .members_ref = REF(structures[246].members_ref, members[582]),
            .by_wire_name_ref = REF(structures[246].by_wire_name_ref, by_wire_name[582]),
            .member_count = 2,
        },
        [247] = { /* PutConfigurationSetArchivingOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[247].shape.name_ref, shape_names[9215]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_archiving_options_output),
            },
        },
        [248] = { /* PutConfigurationSetDeliveryOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[248].shape.name_ref, shape_names[9259]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_delivery_options_input),
            },
            .members_ref = REF(structures[248].members_ref, members[584]),
            .by_wire_name_ref = REF(structures[248].by_wire_name_ref, by_wire_name[584]),
            .member_count = 4,
        },
        [249] = { /* PutConfigurationSetDeliveryOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[249].shape.name_ref, shape_names[9301]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_delivery_options_output),
            },
        },
        [250] = { /* PutConfigurationSetReputationOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[250].shape.name_ref, shape_names[9344]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_reputation_options_input),
            },
            .members_ref = REF(structures[250].members_ref, members[588]),
            .by_wire_name_ref = REF(structures[250].by_wire_name_ref, by_wire_name[588]),
            .member_count = 2,
        },
        [251] = { /* PutConfigurationSetReputationOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[251].shape.name_ref, shape_names[9388]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_reputation_options_output),
            },
        },
        [252] = { /* PutConfigurationSetSendingOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[252].shape.name_ref, shape_names[9433]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_sending_options_input),
            },
            .members_ref = REF(structures[252].members_ref, members[590]),
            .by_wire_name_ref = REF(structures[252].by_wire_name_ref, by_wire_name[590]),
            .member_count = 2,
        },
        [253] = { /* PutConfigurationSetSendingOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[253].shape.name_ref, shape_names[9474]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_sending_options_output),
            },
        },
        [254] = { /* PutConfigurationSetSuppressionOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[254].shape.name_ref, shape_names[9516]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_suppression_options_input),
            },
            .members_ref = REF(structures[254].members_ref, members[592]),
            .by_wire_name_ref = REF(structures[254].by_wire_name_ref, by_wire_name[592]),
            .member_count = 4,
        },
        [255] = { /* PutConfigurationSetSuppressionOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[255].shape.name_ref, shape_names[9561]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_suppression_options_output),
            },
        },
        [256] = { /* PutConfigurationSetTrackingOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[256].shape.name_ref, shape_names[9607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_tracking_options_input),
            },
            .members_ref = REF(structures[256].members_ref, members[596]),
            .by_wire_name_ref = REF(structures[256].by_wire_name_ref, by_wire_name[596]),
            .member_count = 3,
        },
        [257] = { /* PutConfigurationSetTrackingOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[257].shape.name_ref, shape_names[9649]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_tracking_options_output),
            },
        },
        [258] = { /* PutConfigurationSetVdmOptionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[258].shape.name_ref, shape_names[9692]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_vdm_options_input),
            },
            .members_ref = REF(structures[258].members_ref, members[599]),
            .by_wire_name_ref = REF(structures[258].by_wire_name_ref, by_wire_name[599]),
            .member_count = 2,
        },
        [259] = { /* PutConfigurationSetVdmOptionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[259].shape.name_ref, shape_names[9729]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_configuration_set_vdm_options_output),
            },
        },
        [260] = { /* PutDedicatedIpInPoolRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[260].shape.name_ref, shape_names[9767]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_dedicated_ip_in_pool_input),
            },
            .members_ref = REF(structures[260].members_ref, members[601]),
            .by_wire_name_ref = REF(structures[260].by_wire_name_ref, by_wire_name[601]),
            .member_count = 2,
        },
        [261] = { /* PutDedicatedIpInPoolResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[261].shape.name_ref, shape_names[9795]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_dedicated_ip_in_pool_output),
            },
        },
        [262] = { /* PutDedicatedIpPoolScalingAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[262].shape.name_ref, shape_names[9824]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input),
            },
            .members_ref = REF(structures[262].members_ref, members[603]),
            .by_wire_name_ref = REF(structures[262].by_wire_name_ref, by_wire_name[603]),
            .member_count = 2,
        },
        [263] = { /* PutDedicatedIpPoolScalingAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[263].shape.name_ref, shape_names[9867]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output),
            },
        },
        [264] = { /* PutDedicatedIpWarmupAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[264].shape.name_ref, shape_names[9911]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input),
            },
            .members_ref = REF(structures[264].members_ref, members[605]),
            .by_wire_name_ref = REF(structures[264].by_wire_name_ref, by_wire_name[605]),
            .member_count = 2,
        },
        [265] = { /* PutDedicatedIpWarmupAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[265].shape.name_ref, shape_names[9949]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output),
            },
        },
        [266] = { /* PutDeliverabilityDashboardOptionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[266].shape.name_ref, shape_names[9988]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_deliverability_dashboard_option_input),
            },
            .members_ref = REF(structures[266].members_ref, members[607]),
            .by_wire_name_ref = REF(structures[266].by_wire_name_ref, by_wire_name[607]),
            .member_count = 2,
        },
        [267] = { /* PutDeliverabilityDashboardOptionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[267].shape.name_ref, shape_names[10028]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_deliverability_dashboard_option_output),
            },
        },
        [268] = { /* PutEmailIdentityConfigurationSetAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[268].shape.name_ref, shape_names[10069]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input),
            },
            .members_ref = REF(structures[268].members_ref, members[609]),
            .by_wire_name_ref = REF(structures[268].by_wire_name_ref, by_wire_name[609]),
            .member_count = 2,
        },
        [269] = { /* PutEmailIdentityConfigurationSetAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[269].shape.name_ref, shape_names[10119]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_output),
            },
        },
        [270] = { /* PutEmailIdentityDkimAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[270].shape.name_ref, shape_names[10170]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_attributes_input),
            },
            .members_ref = REF(structures[270].members_ref, members[611]),
            .by_wire_name_ref = REF(structures[270].by_wire_name_ref, by_wire_name[611]),
            .member_count = 2,
        },
        [271] = { /* PutEmailIdentityDkimAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[271].shape.name_ref, shape_names[10208]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_attributes_output),
            },
        },
        [272] = { /* PutEmailIdentityDkimSigningAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[272].shape.name_ref, shape_names[10247]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input),
            },
            .members_ref = REF(structures[272].members_ref, members[613]),
            .by_wire_name_ref = REF(structures[272].by_wire_name_ref, by_wire_name[613]),
            .member_count = 3,
        },
        [273] = { /* PutEmailIdentityDkimSigningAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[273].shape.name_ref, shape_names[10292]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output),
            },
            .members_ref = REF(structures[273].members_ref, members[616]),
            .by_wire_name_ref = REF(structures[273].by_wire_name_ref, by_wire_name[616]),
            .member_count = 3,
        },
        [274] = { /* PutEmailIdentityFeedbackAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[274].shape.name_ref, shape_names[10338]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_feedback_attributes_input),
            },
            .members_ref = REF(structures[274].members_ref, members[619]),
            .by_wire_name_ref = REF(structures[274].by_wire_name_ref, by_wire_name[619]),
            .member_count = 2,
        },
        [275] = { /* PutEmailIdentityFeedbackAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[275].shape.name_ref, shape_names[10380]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_feedback_attributes_output),
            },
        },
        [276] = { /* PutEmailIdentityMailFromAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[276].shape.name_ref, shape_names[10423]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input),
            },
            .members_ref = REF(structures[276].members_ref, members[621]),
            .by_wire_name_ref = REF(structures[276].by_wire_name_ref, by_wire_name[621]),
            .member_count = 3,
        },
        [277] = { /* PutEmailIdentityMailFromAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[277].shape.name_ref, shape_names[10465]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_email_identity_mail_from_attributes_output),
            },
        },
        [278] = { /* PutSuppressedDestinationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[278].shape.name_ref, shape_names[10508]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_suppressed_destination_input),
            },
            .members_ref = REF(structures[278].members_ref, members[624]),
            .by_wire_name_ref = REF(structures[278].by_wire_name_ref, by_wire_name[624]),
            .member_count = 3,
        },
        [279] = { /* PutSuppressedDestinationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[279].shape.name_ref, shape_names[10540]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_suppressed_destination_output),
            },
        },
        [280] = { /* PutTenantSuppressionAttributesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[280].shape.name_ref, shape_names[10573]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_tenant_suppression_attributes_input),
            },
            .members_ref = REF(structures[280].members_ref, members[627]),
            .by_wire_name_ref = REF(structures[280].by_wire_name_ref, by_wire_name[627]),
            .member_count = 3,
        },
        [281] = { /* PutTenantSuppressionAttributesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[281].shape.name_ref, shape_names[10611]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_put_tenant_suppression_attributes_output),
            },
        },
        [282] = { /* RawMessage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[282].shape.name_ref, shape_names[10717]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_raw_message),
            },
            .members_ref = REF(structures[282].members_ref, members[630]),
            .by_wire_name_ref = REF(structures[282].by_wire_name_ref, by_wire_name[630]),
            .member_count = 1,
        },
        [283] = { /* Recommendation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[283].shape.name_ref, shape_names[10751]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_recommendation),
            },
            .members_ref = REF(structures[283].members_ref, members[631]),
            .by_wire_name_ref = REF(structures[283].by_wire_name_ref, by_wire_name[631]),
            .member_count = 7,
        },
        [284] = { /* ReplacementEmailContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[284].shape.name_ref, shape_names[10910]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_replacement_email_content),
            },
            .members_ref = REF(structures[284].members_ref, members[638]),
            .by_wire_name_ref = REF(structures[284].by_wire_name_ref, by_wire_name[638]),
            .member_count = 1,
        },
        [285] = { /* ReplacementTemplate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[285].shape.name_ref, shape_names[10934]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_replacement_template),
            },
            .members_ref = REF(structures[285].members_ref, members[639]),
            .by_wire_name_ref = REF(structures[285].by_wire_name_ref, by_wire_name[639]),
            .member_count = 1,
        },
        [286] = { /* ReputationEntity */
            .shape = {
                .name_ref = SHAPE_NAME(structures[286].shape.name_ref, shape_names[10997]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_reputation_entity),
            },
            .members_ref = REF(structures[286].members_ref, members[640]),
            .by_wire_name_ref = REF(structures[286].by_wire_name_ref, by_wire_name[640]),
            .member_count = 7,
        },
        [287] = { /* ReputationOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[287].shape.name_ref, shape_names[11138]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_reputation_options),
            },
            .members_ref = REF(structures[287].members_ref, members[647]),
            .by_wire_name_ref = REF(structures[287].by_wire_name_ref, by_wire_name[647]),
            .member_count = 2,
        },
        [288] = { /* ResourceTenantMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[288].shape.name_ref, shape_names[11156]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_resource_tenant_metadata),
            },
            .members_ref = REF(structures[288].members_ref, members[649]),
            .by_wire_name_ref = REF(structures[288].by_wire_name_ref, by_wire_name[649]),
            .member_count = 4,
        },
        [289] = { /* ReviewDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[289].shape.name_ref, shape_names[11219]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_review_details),
            },
            .members_ref = REF(structures[289].members_ref, members[653]),
            .by_wire_name_ref = REF(structures[289].by_wire_name_ref, by_wire_name[653]),
            .member_count = 2,
        },
        [290] = { /* Route */
            .shape = {
                .name_ref = SHAPE_NAME(structures[290].shape.name_ref, shape_names[11246]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_route),
            },
            .members_ref = REF(structures[290].members_ref, members[655]),
            .by_wire_name_ref = REF(structures[290].by_wire_name_ref, by_wire_name[655]),
            .member_count = 1,
        },
        [291] = { /* RouteDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[291].shape.name_ref, shape_names[11252]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_route_details),
            },
            .members_ref = REF(structures[291].members_ref, members[656]),
            .by_wire_name_ref = REF(structures[291].by_wire_name_ref, by_wire_name[656]),
            .member_count = 1,
        },
        [292] = { /* SOARecord */
            .shape = {
                .name_ref = SHAPE_NAME(structures[292].shape.name_ref, shape_names[11292]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_soa_record),
            },
            .members_ref = REF(structures[292].members_ref, members[657]),
            .by_wire_name_ref = REF(structures[292].by_wire_name_ref, by_wire_name[657]),
            .member_count = 3,
        },
        [293] = { /* SendBulkEmailRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[293].shape.name_ref, shape_names[11323]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_bulk_email_input),
            },
            .members_ref = REF(structures[293].members_ref, members[660]),
            .by_wire_name_ref = REF(structures[293].by_wire_name_ref, by_wire_name[660]),
            .member_count = 11,
        },
        [294] = { /* SendBulkEmailResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[294].shape.name_ref, shape_names[11344]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_bulk_email_output),
            },
            .members_ref = REF(structures[294].members_ref, members[671]),
            .by_wire_name_ref = REF(structures[294].by_wire_name_ref, by_wire_name[671]),
            .member_count = 1,
        },
        [295] = { /* SendCustomVerificationEmailRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[295].shape.name_ref, shape_names[11366]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_custom_verification_email_input),
            },
            .members_ref = REF(structures[295].members_ref, members[672]),
            .by_wire_name_ref = REF(structures[295].by_wire_name_ref, by_wire_name[672]),
            .member_count = 3,
        },
        [296] = { /* SendCustomVerificationEmailResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[296].shape.name_ref, shape_names[11401]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_custom_verification_email_output),
            },
            .members_ref = REF(structures[296].members_ref, members[675]),
            .by_wire_name_ref = REF(structures[296].by_wire_name_ref, by_wire_name[675]),
            .member_count = 1,
        },
        [297] = { /* SendEmailRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[297].shape.name_ref, shape_names[11437]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_email_input),
            },
            .members_ref = REF(structures[297].members_ref, members[676]),
            .by_wire_name_ref = REF(structures[297].by_wire_name_ref, by_wire_name[676]),
            .member_count = 12,
        },
        [298] = { /* SendEmailResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[298].shape.name_ref, shape_names[11454]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_email_output),
            },
            .members_ref = REF(structures[298].members_ref, members[688]),
            .by_wire_name_ref = REF(structures[298].by_wire_name_ref, by_wire_name[688]),
            .member_count = 1,
        },
        [299] = { /* SendQuota */
            .shape = {
                .name_ref = SHAPE_NAME(structures[299].shape.name_ref, shape_names[11472]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_send_quota),
            },
            .members_ref = REF(structures[299].members_ref, members[689]),
            .by_wire_name_ref = REF(structures[299].by_wire_name_ref, by_wire_name[689]),
            .member_count = 3,
        },
        [300] = { /* SendingOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[300].shape.name_ref, shape_names[11482]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_sending_options),
            },
            .members_ref = REF(structures[300].members_ref, members[692]),
            .by_wire_name_ref = REF(structures[300].by_wire_name_ref, by_wire_name[692]),
            .member_count = 1,
        },
        [301] = { /* SendingPausedException */
            .shape = {
                .name_ref = REF(structures[301].shape.name_ref, strings[7497]),
                .traits_ref = REF(structures[301].shape.traits_ref, traits[53]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_sending_paused_exception),
            },
        },
        [302] = { /* SnsDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[302].shape.name_ref, shape_names[11556]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_sns_destination),
            },
            .members_ref = REF(structures[302].members_ref, members[693]),
            .by_wire_name_ref = REF(structures[302].by_wire_name_ref, by_wire_name[693]),
            .member_count = 1,
        },
        [303] = { /* StatusRecord */
            .shape = {
                .name_ref = SHAPE_NAME(structures[303].shape.name_ref, shape_names[11590]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_status_record),
            },
            .members_ref = REF(structures[303].members_ref, members[694]),
            .by_wire_name_ref = REF(structures[303].by_wire_name_ref, by_wire_name[694]),
            .member_count = 3,
        },
        [304] = { /* SuppressedDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[304].shape.name_ref, shape_names[11652]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppressed_destination),
            },
            .members_ref = REF(structures[304].members_ref, members[697]),
            .by_wire_name_ref = REF(structures[304].by_wire_name_ref, by_wire_name[697]),
            .member_count = 5,
        },
        [305] = { /* SuppressedDestinationAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[305].shape.name_ref, shape_names[11674]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppressed_destination_attributes),
            },
            .members_ref = REF(structures[305].members_ref, members[702]),
            .by_wire_name_ref = REF(structures[305].by_wire_name_ref, by_wire_name[702]),
            .member_count = 2,
        },
        [306] = { /* SuppressedDestinationSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[306].shape.name_ref, shape_names[11737]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppressed_destination_summary),
            },
            .members_ref = REF(structures[306].members_ref, members[704]),
            .by_wire_name_ref = REF(structures[306].by_wire_name_ref, by_wire_name[704]),
            .member_count = 3,
        },
        [307] = { /* SuppressionAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[307].shape.name_ref, shape_names[11766]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_attributes),
            },
            .members_ref = REF(structures[307].members_ref, members[707]),
            .by_wire_name_ref = REF(structures[307].by_wire_name_ref, by_wire_name[707]),
            .member_count = 2,
        },
        [308] = { /* SuppressionConditionThreshold */
            .shape = {
                .name_ref = SHAPE_NAME(structures[308].shape.name_ref, shape_names[11788]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_condition_threshold),
            },
            .members_ref = REF(structures[308].members_ref, members[709]),
            .by_wire_name_ref = REF(structures[308].by_wire_name_ref, by_wire_name[709]),
            .member_count = 2,
        },
        [309] = { /* SuppressionConfidenceThreshold */
            .shape = {
                .name_ref = SHAPE_NAME(structures[309].shape.name_ref, shape_names[11818]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_confidence_threshold),
            },
            .members_ref = REF(structures[309].members_ref, members[711]),
            .by_wire_name_ref = REF(structures[309].by_wire_name_ref, by_wire_name[711]),
            .member_count = 1,
        },
        [310] = { /* SuppressionListDestination */
            .shape = {
                .name_ref = SHAPE_NAME(structures[310].shape.name_ref, shape_names[11887]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_list_destination),
            },
            .members_ref = REF(structures[310].members_ref, members[712]),
            .by_wire_name_ref = REF(structures[310].by_wire_name_ref, by_wire_name[712]),
            .member_count = 1,
        },
        [311] = { /* SuppressionOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[311].shape.name_ref, shape_names[12008]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_options),
            },
            .members_ref = REF(structures[311].members_ref, members[713]),
            .by_wire_name_ref = REF(structures[311].by_wire_name_ref, by_wire_name[713]),
            .member_count = 3,
        },
        [312] = { /* SuppressionValidationAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[312].shape.name_ref, shape_names[12027]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_validation_attributes),
            },
            .members_ref = REF(structures[312].members_ref, members[716]),
            .by_wire_name_ref = REF(structures[312].by_wire_name_ref, by_wire_name[716]),
            .member_count = 1,
        },
        [313] = { /* SuppressionValidationOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[313].shape.name_ref, shape_names[12059]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_suppression_validation_options),
            },
            .members_ref = REF(structures[313].members_ref, members[717]),
            .by_wire_name_ref = REF(structures[313].by_wire_name_ref, by_wire_name[717]),
            .member_count = 1,
        },
        [314] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[314].shape.name_ref, shape_names[12088]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tag),
            },
            .members_ref = REF(structures[314].members_ref, members[718]),
            .by_wire_name_ref = REF(structures[314].by_wire_name_ref, by_wire_name[718]),
            .member_count = 2,
        },
        [315] = { /* TagResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[315].shape.name_ref, shape_names[12118]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tag_resource_input),
            },
            .members_ref = REF(structures[315].members_ref, members[720]),
            .by_wire_name_ref = REF(structures[315].by_wire_name_ref, by_wire_name[720]),
            .member_count = 2,
        },
        [316] = { /* TagResourceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[316].shape.name_ref, shape_names[12137]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tag_resource_output),
            },
        },
        [317] = { /* Template */
            .shape = {
                .name_ref = SHAPE_NAME(structures[317].shape.name_ref, shape_names[12166]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_template),
            },
            .members_ref = REF(structures[317].members_ref, members[722]),
            .by_wire_name_ref = REF(structures[317].by_wire_name_ref, by_wire_name[722]),
            .member_count = 6,
        },
        [318] = { /* Tenant */
            .shape = {
                .name_ref = SHAPE_NAME(structures[318].shape.name_ref, shape_names[12191]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tenant),
            },
            .members_ref = REF(structures[318].members_ref, members[728]),
            .by_wire_name_ref = REF(structures[318].by_wire_name_ref, by_wire_name[728]),
            .member_count = 7,
        },
        [319] = { /* TenantInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[319].shape.name_ref, shape_names[12207]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tenant_info),
            },
            .members_ref = REF(structures[319].members_ref, members[735]),
            .by_wire_name_ref = REF(structures[319].by_wire_name_ref, by_wire_name[735]),
            .member_count = 4,
        },
        [320] = { /* TenantResource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[320].shape.name_ref, shape_names[12244]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tenant_resource),
            },
            .members_ref = REF(structures[320].members_ref, members[739]),
            .by_wire_name_ref = REF(structures[320].by_wire_name_ref, by_wire_name[739]),
            .member_count = 2,
        },
        [321] = { /* TenantSuppressionAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[321].shape.name_ref, shape_names[12278]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tenant_suppression_attributes),
            },
            .members_ref = REF(structures[321].members_ref, members[741]),
            .by_wire_name_ref = REF(structures[321].by_wire_name_ref, by_wire_name[741]),
            .member_count = 2,
        },
        [322] = { /* TestRenderEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[322].shape.name_ref, shape_names[12306]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_test_render_email_template_input),
            },
            .members_ref = REF(structures[322].members_ref, members[743]),
            .by_wire_name_ref = REF(structures[322].by_wire_name_ref, by_wire_name[743]),
            .member_count = 2,
        },
        [323] = { /* TestRenderEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[323].shape.name_ref, shape_names[12337]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_test_render_email_template_output),
            },
            .members_ref = REF(structures[323].members_ref, members[745]),
            .by_wire_name_ref = REF(structures[323].by_wire_name_ref, by_wire_name[745]),
            .member_count = 1,
        },
        [324] = { /* TooManyRequestsException */
            .shape = {
                .name_ref = REF(structures[324].shape.name_ref, strings[7901]),
                .traits_ref = REF(structures[324].shape.traits_ref, traits[56]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_sesv2_too_many_requests_exception),
            },
        },
        [325] = { /* Topic */
            .shape = {
                .name_ref = SHAPE_NAME(structures[325].shape.name_ref, shape_names[12403]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_topic),
            },
            .members_ref = REF(structures[325].members_ref, members[746]),
            .by_wire_name_ref = REF(structures[325].by_wire_name_ref, by_wire_name[746]),
            .member_count = 4,
        },
        [326] = { /* TopicFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[326].shape.name_ref, shape_names[12409]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_topic_filter),
            },
            .members_ref = REF(structures[326].members_ref, members[750]),
            .by_wire_name_ref = REF(structures[326].by_wire_name_ref, by_wire_name[750]),
            .member_count = 2,
        },
        [327] = { /* TopicPreference */
            .shape = {
                .name_ref = SHAPE_NAME(structures[327].shape.name_ref, shape_names[12431]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_topic_preference),
            },
            .members_ref = REF(structures[327].members_ref, members[752]),
            .by_wire_name_ref = REF(structures[327].by_wire_name_ref, by_wire_name[752]),
            .member_count = 2,
        },
        [328] = { /* TrackingOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[328].shape.name_ref, shape_names[12474]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_tracking_options),
            },
            .members_ref = REF(structures[328].members_ref, members[754]),
            .by_wire_name_ref = REF(structures[328].by_wire_name_ref, by_wire_name[754]),
            .member_count = 2,
        },
        [329] = { /* UntagResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[329].shape.name_ref, shape_names[12505]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_untag_resource_input),
            },
            .members_ref = REF(structures[329].members_ref, members[756]),
            .by_wire_name_ref = REF(structures[329].by_wire_name_ref, by_wire_name[756]),
            .member_count = 2,
        },
        [330] = { /* UntagResourceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[330].shape.name_ref, shape_names[12526]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_untag_resource_output),
            },
        },
        [331] = { /* UpdateConfigurationSetEventDestinationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[331].shape.name_ref, shape_names[12548]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_configuration_set_event_destination_input),
            },
            .members_ref = REF(structures[331].members_ref, members[758]),
            .by_wire_name_ref = REF(structures[331].by_wire_name_ref, by_wire_name[758]),
            .member_count = 3,
        },
        [332] = { /* UpdateConfigurationSetEventDestinationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[332].shape.name_ref, shape_names[12594]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_configuration_set_event_destination_output),
            },
        },
        [333] = { /* UpdateContactListRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[333].shape.name_ref, shape_names[12641]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_contact_list_input),
            },
            .members_ref = REF(structures[333].members_ref, members[761]),
            .by_wire_name_ref = REF(structures[333].by_wire_name_ref, by_wire_name[761]),
            .member_count = 3,
        },
        [334] = { /* UpdateContactListResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[334].shape.name_ref, shape_names[12666]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_contact_list_output),
            },
        },
        [335] = { /* UpdateContactRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[335].shape.name_ref, shape_names[12692]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_contact_input),
            },
            .members_ref = REF(structures[335].members_ref, members[764]),
            .by_wire_name_ref = REF(structures[335].by_wire_name_ref, by_wire_name[764]),
            .member_count = 5,
        },
        [336] = { /* UpdateContactResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[336].shape.name_ref, shape_names[12713]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_contact_output),
            },
        },
        [337] = { /* UpdateCustomVerificationEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[337].shape.name_ref, shape_names[12735]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_custom_verification_email_template_input),
            },
            .members_ref = REF(structures[337].members_ref, members[769]),
            .by_wire_name_ref = REF(structures[337].by_wire_name_ref, by_wire_name[769]),
            .member_count = 6,
        },
        [338] = { /* UpdateCustomVerificationEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[338].shape.name_ref, shape_names[12780]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_custom_verification_email_template_output),
            },
        },
        [339] = { /* UpdateEmailIdentityPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[339].shape.name_ref, shape_names[12826]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_email_identity_policy_input),
            },
            .members_ref = REF(structures[339].members_ref, members[775]),
            .by_wire_name_ref = REF(structures[339].by_wire_name_ref, by_wire_name[775]),
            .member_count = 3,
        },
        [340] = { /* UpdateEmailIdentityPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[340].shape.name_ref, shape_names[12859]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_email_identity_policy_output),
            },
        },
        [341] = { /* UpdateEmailTemplateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[341].shape.name_ref, shape_names[12893]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_email_template_input),
            },
            .members_ref = REF(structures[341].members_ref, members[778]),
            .by_wire_name_ref = REF(structures[341].by_wire_name_ref, by_wire_name[778]),
            .member_count = 2,
        },
        [342] = { /* UpdateEmailTemplateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[342].shape.name_ref, shape_names[12920]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_email_template_output),
            },
        },
        [343] = { /* UpdateReputationEntityCustomerManagedStatusRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[343].shape.name_ref, shape_names[12948]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input),
            },
            .members_ref = REF(structures[343].members_ref, members[780]),
            .by_wire_name_ref = REF(structures[343].by_wire_name_ref, by_wire_name[780]),
            .member_count = 3,
        },
        [344] = { /* UpdateReputationEntityCustomerManagedStatusResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[344].shape.name_ref, shape_names[12999]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_output),
            },
        },
        [345] = { /* UpdateReputationEntityPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[345].shape.name_ref, shape_names[13051]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_reputation_entity_policy_input),
            },
            .members_ref = REF(structures[345].members_ref, members[783]),
            .by_wire_name_ref = REF(structures[345].by_wire_name_ref, by_wire_name[783]),
            .member_count = 3,
        },
        [346] = { /* UpdateReputationEntityPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[346].shape.name_ref, shape_names[13087]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_update_reputation_entity_policy_output),
            },
        },
        [347] = { /* VdmAttributes */
            .shape = {
                .name_ref = SHAPE_NAME(structures[347].shape.name_ref, shape_names[13177]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_vdm_attributes),
            },
            .members_ref = REF(structures[347].members_ref, members[786]),
            .by_wire_name_ref = REF(structures[347].by_wire_name_ref, by_wire_name[786]),
            .member_count = 3,
        },
        [348] = { /* VdmOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[348].shape.name_ref, shape_names[13191]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_vdm_options),
            },
            .members_ref = REF(structures[348].members_ref, members[789]),
            .by_wire_name_ref = REF(structures[348].by_wire_name_ref, by_wire_name[789]),
            .member_count = 2,
        },
        [349] = { /* VerificationInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[349].shape.name_ref, shape_names[13220]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_verification_info),
            },
            .members_ref = REF(structures[349].members_ref, members[791]),
            .by_wire_name_ref = REF(structures[349].by_wire_name_ref, by_wire_name[791]),
            .member_count = 4,
        },
        [350] = { /* VolumeStatistics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[350].shape.name_ref, shape_names[13263]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_sesv2_volume_statistics),
            },
            .members_ref = REF(structures[350].members_ref, members[795]),
            .by_wire_name_ref = REF(structures[350].by_wire_name_ref, by_wire_name[795]),
            .member_count = 4,
        },
    },
    .collections = {
        [0] = { /* AdditionalContactEmailAddresses */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[45]),
                .traits_ref = REF(collections[0].shape.traits_ref, traits[2]),
                .type = AWSC_SHAPE_LIST,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[0].item_ref, scalars[0]),
        },
        [1] = { /* AttachmentList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[299]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_attachment_list),
            },
            .item_ref = REF(collections[1].item_ref, structures[4].shape),
        },
        [2] = { /* BatchGetMetricDataQueries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[329]),
                .traits_ref = REF(collections[2].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_batch_get_metric_data_queries),
            },
            .item_ref = REF(collections[2].item_ref, structures[6].shape),
        },
        [3] = { /* BlacklistEntries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[452]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_blacklist_entries),
            },
            .item_ref = REF(collections[3].item_ref, structures[9].shape),
        },
        [4] = { /* BlacklistItemNames */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[502]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[4].item_ref, scalars[9]),
        },
        [5] = { /* BlacklistReport */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[521]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_blacklist_report),
            },
            .item_ref = REF(collections[5].item_ref, collections[3].shape),
            .key_ref = REF(collections[5].key_ref, scalars[9]),
            .value_offset = offsetof(struct awsc_sesv2_blacklist_report_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_blacklist_report_entry),
        },
        [6] = { /* BulkEmailEntryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[630]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_bulk_email_entry_list),
            },
            .item_ref = REF(collections[6].item_ref, structures[13].shape),
        },
        [7] = { /* BulkEmailEntryResultList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[670]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_bulk_email_entry_result_list),
            },
            .item_ref = REF(collections[7].item_ref, structures[14].shape),
        },
        [8] = { /* CloudWatchDimensionConfigurations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[839]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_cloud_watch_dimension_configurations),
            },
            .item_ref = REF(collections[8].item_ref, structures[18].shape),
        },
        [9] = { /* ConfigurationSetNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[943]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[9].item_ref, scalars[17]),
        },
        [10] = { /* CustomVerificationEmailTemplatesList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[2077]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_custom_verification_email_templates_list),
            },
            .item_ref = REF(collections[10].item_ref, structures[56].shape),
        },
        [11] = { /* DailyVolumes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[2126]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_daily_volumes),
            },
            .item_ref = REF(collections[11].item_ref, structures[57].shape),
        },
        [12] = { /* DedicatedIpList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[2199]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_dedicated_ip_list),
            },
            .item_ref = REF(collections[12].item_ref, structures[60].shape),
        },
        [13] = { /* DeliverabilityTestReports */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[3148]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_deliverability_test_reports),
            },
            .item_ref = REF(collections[13].item_ref, structures[88].shape),
        },
        [14] = { /* Dimensions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[3341]),
                .traits_ref = REF(collections[14].shape.traits_ref, traits[14]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_policy_map),
            },
            .item_ref = REF(collections[14].item_ref, scalars[72]),
            .key_ref = REF(collections[14].key_ref, enums[30].shape),
            .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [15] = { /* DnsTokenList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[3470]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[15].item_ref, scalars[27]),
        },
        [16] = { /* DomainDeliverabilityCampaignList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[3519]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_domain_deliverability_campaign_list),
            },
            .item_ref = REF(collections[16].item_ref, structures[94].shape),
        },
        [17] = { /* DomainDeliverabilityTrackingOptions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[3587]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_domain_deliverability_tracking_options),
            },
            .item_ref = REF(collections[17].item_ref, structures[95].shape),
        },
        [18] = { /* DomainIspPlacements */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[3642]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_domain_isp_placements),
            },
            .item_ref = REF(collections[18].item_ref, structures[96].shape),
        },
        [19] = { /* EmailAddressFilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[3675]),
                .traits_ref = REF(collections[19].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[19].item_ref, scalars[52]),
        },
        [20] = { /* EmailAddressList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[3803]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[20].item_ref, scalars[29]),
        },
        [21] = { /* EmailInsightsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[3847]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_insights_list),
            },
            .item_ref = REF(collections[21].item_ref, structures[100].shape),
        },
        [22] = { /* EmailSubjectFilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[3878]),
                .traits_ref = REF(collections[22].shape.traits_ref, traits[17]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[22].item_ref, scalars[30]),
        },
        [23] = { /* EmailTemplateMetadataList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[23].shape.name_ref, shape_names[3980]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_template_metadata_list),
            },
            .item_ref = REF(collections[23].item_ref, structures[102].shape),
        },
        [24] = { /* Esps */
            .shape = {
                .name_ref = SHAPE_NAME(collections[24].shape.name_ref, shape_names[4147]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[24].item_ref, scalars[41]),
        },
        [25] = { /* EventDestinations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[25].shape.name_ref, shape_names[4240]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_event_destinations),
            },
            .item_ref = REF(collections[25].item_ref, structures[104].shape),
        },
        [26] = { /* EventTypes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[26].shape.name_ref, shape_names[4281]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[26].item_ref, enums[17].shape),
        },
        [27] = { /* ExportDimensionValue */
            .shape = {
                .name_ref = SHAPE_NAME(collections[27].shape.name_ref, shape_names[4327]),
                .traits_ref = REF(collections[27].shape.traits_ref, traits[21]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[27].item_ref, scalars[72]),
        },
        [28] = { /* ExportDimensions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[28].shape.name_ref, shape_names[4348]),
                .traits_ref = REF(collections[28].shape.traits_ref, traits[22]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_export_dimensions),
            },
            .item_ref = REF(collections[28].item_ref, collections[27].shape),
            .key_ref = REF(collections[28].key_ref, enums[30].shape),
            .value_offset = offsetof(struct awsc_sesv2_export_dimensions_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_export_dimensions_entry),
        },
        [29] = { /* ExportJobSummaryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[29].shape.name_ref, shape_names[4382]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_export_job_summary_list),
            },
            .item_ref = REF(collections[29].item_ref, structures[109].shape),
        },
        [30] = { /* ExportMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[30].shape.name_ref, shape_names[4416]),
                .traits_ref = REF(collections[30].shape.traits_ref, traits[23]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_export_metrics),
            },
            .item_ref = REF(collections[30].item_ref, structures[110].shape),
        },
        [31] = { /* IdentityInfoList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[31].shape.name_ref, shape_names[6112]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_identity_info_list),
            },
            .item_ref = REF(collections[31].item_ref, structures[165].shape),
        },
        [32] = { /* ImportJobSummaryList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[32].shape.name_ref, shape_names[6225]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_import_job_summary_list),
            },
            .item_ref = REF(collections[32].item_ref, structures[168].shape),
        },
        [33] = { /* InsightsEvents */
            .shape = {
                .name_ref = SHAPE_NAME(collections[33].shape.name_ref, shape_names[6310]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_insights_events),
            },
            .item_ref = REF(collections[33].item_ref, structures[170].shape),
        },
        [34] = { /* IpList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[34].shape.name_ref, shape_names[6328]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[34].item_ref, scalars[53]),
        },
        [35] = { /* IspFilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[35].shape.name_ref, shape_names[6339]),
                .traits_ref = REF(collections[35].shape.traits_ref, traits[28]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[35].item_ref, scalars[54]),
        },
        [36] = { /* IspNameList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[36].shape.name_ref, shape_names[6361]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[36].item_ref, scalars[55]),
        },
        [37] = { /* IspPlacements */
            .shape = {
                .name_ref = SHAPE_NAME(collections[37].shape.name_ref, shape_names[6386]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_isp_placements),
            },
            .item_ref = REF(collections[37].item_ref, structures[173].shape),
        },
        [38] = { /* LastDeliveryEventList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[38].shape.name_ref, shape_names[6443]),
                .traits_ref = REF(collections[38].shape.traits_ref, traits[30]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[38].item_ref, enums[10].shape),
        },
        [39] = { /* LastEngagementEventList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[39].shape.name_ref, shape_names[6465]),
                .traits_ref = REF(collections[39].shape.traits_ref, traits[31]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[39].item_ref, enums[16].shape),
        },
        [40] = { /* ListOfContactLists */
            .shape = {
                .name_ref = SHAPE_NAME(collections[40].shape.name_ref, shape_names[7261]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_list_of_contact_lists),
            },
            .item_ref = REF(collections[40].item_ref, structures[23].shape),
        },
        [41] = { /* ListOfContacts */
            .shape = {
                .name_ref = SHAPE_NAME(collections[41].shape.name_ref, shape_names[7280]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_list_of_contacts),
            },
            .item_ref = REF(collections[41].item_ref, structures[22].shape),
        },
        [42] = { /* ListOfDedicatedIpPools */
            .shape = {
                .name_ref = SHAPE_NAME(collections[42].shape.name_ref, shape_names[7295]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[42].item_ref, scalars[81]),
        },
        [43] = { /* ListRecommendationsFilter */
            .shape = {
                .name_ref = SHAPE_NAME(collections[43].shape.name_ref, shape_names[7348]),
                .traits_ref = REF(collections[43].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_policy_map),
            },
            .item_ref = REF(collections[43].item_ref, scalars[58]),
            .key_ref = REF(collections[43].key_ref, enums[24].shape),
            .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [44] = { /* ListTenantResourcesFilter */
            .shape = {
                .name_ref = SHAPE_NAME(collections[44].shape.name_ref, shape_names[7698]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_policy_map),
            },
            .item_ref = REF(collections[44].item_ref, scalars[59]),
            .key_ref = REF(collections[44].key_ref, enums[25].shape),
            .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [45] = { /* MessageHeaderList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[45].shape.name_ref, shape_names[8067]),
                .traits_ref = REF(collections[45].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_message_header_list),
            },
            .item_ref = REF(collections[45].item_ref, structures[220].shape),
        },
        [46] = { /* MessageTagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[46].shape.name_ref, shape_names[8214]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_message_tag_list),
            },
            .item_ref = REF(collections[46].item_ref, structures[224].shape),
        },
        [47] = { /* MetricDataErrorList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[47].shape.name_ref, shape_names[8301]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_metric_data_error_list),
            },
            .item_ref = REF(collections[47].item_ref, structures[225].shape),
        },
        [48] = { /* MetricDataResultList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[48].shape.name_ref, shape_names[8338]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_metric_data_result_list),
            },
            .item_ref = REF(collections[48].item_ref, structures[226].shape),
        },
        [49] = { /* MetricValueList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[49].shape.name_ref, shape_names[8416]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_metric_value_list),
            },
            .item_ref = REF(collections[49].item_ref, scalars[19]),
        },
        [50] = { /* MultiRegionEndpoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[50].shape.name_ref, shape_names[8470]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_multi_region_endpoints),
            },
            .item_ref = REF(collections[50].item_ref, structures[228].shape),
        },
        [51] = { /* PolicyMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[51].shape.name_ref, shape_names[8635]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_policy_map),
            },
            .item_ref = REF(collections[51].item_ref, scalars[79]),
            .key_ref = REF(collections[51].key_ref, scalars[80]),
            .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [52] = { /* RecommendationsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[52].shape.name_ref, shape_names[10853]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_recommendations_list),
            },
            .item_ref = REF(collections[52].item_ref, structures[283].shape),
        },
        [53] = { /* Regions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[53].shape.name_ref, shape_names[10880]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[53].item_ref, scalars[91]),
        },
        [54] = { /* ReputationEntitiesList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[54].shape.name_ref, shape_names[10974]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_reputation_entities_list),
            },
            .item_ref = REF(collections[54].item_ref, structures[286].shape),
        },
        [55] = { /* ReputationEntityFilter */
            .shape = {
                .name_ref = SHAPE_NAME(collections[55].shape.name_ref, shape_names[11014]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_sesv2_policy_map),
            },
            .item_ref = REF(collections[55].item_ref, scalars[95]),
            .key_ref = REF(collections[55].key_ref, enums[37].shape),
            .value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [56] = { /* ResourceTenantMetadataList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[56].shape.name_ref, shape_names[11179]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_resource_tenant_metadata_list),
            },
            .item_ref = REF(collections[56].item_ref, structures[288].shape),
        },
        [57] = { /* Routes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[57].shape.name_ref, shape_names[11265]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_routes),
            },
            .item_ref = REF(collections[57].item_ref, structures[290].shape),
        },
        [58] = { /* RoutesDetails */
            .shape = {
                .name_ref = SHAPE_NAME(collections[58].shape.name_ref, shape_names[11272]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_routes_details),
            },
            .item_ref = REF(collections[58].item_ref, structures[291].shape),
        },
        [59] = { /* SuppressedDestinationSummaries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[59].shape.name_ref, shape_names[11706]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_suppressed_destination_summaries),
            },
            .item_ref = REF(collections[59].item_ref, structures[306].shape),
        },
        [60] = { /* SuppressionListReasons */
            .shape = {
                .name_ref = SHAPE_NAME(collections[60].shape.name_ref, shape_names[11964]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[60].item_ref, enums[47].shape),
        },
        [61] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[61].shape.name_ref, shape_names[12099]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_email_address_list),
            },
            .item_ref = REF(collections[61].item_ref, scalars[105]),
        },
        [62] = { /* TagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[62].shape.name_ref, shape_names[12110]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_tag_list),
            },
            .item_ref = REF(collections[62].item_ref, structures[314].shape),
        },
        [63] = { /* TenantInfoList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[63].shape.name_ref, shape_names[12218]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_tenant_info_list),
            },
            .item_ref = REF(collections[63].item_ref, structures[319].shape),
        },
        [64] = { /* TenantResourceList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[64].shape.name_ref, shape_names[12259]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_tenant_resource_list),
            },
            .item_ref = REF(collections[64].item_ref, structures[320].shape),
        },
        [65] = { /* TimestampList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[65].shape.name_ref, shape_names[12379]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_timestamp_list),
            },
            .item_ref = REF(collections[65].item_ref, scalars[110]),
        },
        [66] = { /* TopicPreferenceList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[66].shape.name_ref, shape_names[12447]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_topic_preference_list),
            },
            .item_ref = REF(collections[66].item_ref, structures[327].shape),
        },
        [67] = { /* Topics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[67].shape.name_ref, shape_names[12467]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_sesv2_topics),
            },
            .item_ref = REF(collections[67].item_ref, structures[325].shape),
        },
    },
    .enums = {
        [0] = { /* AttachmentContentDisposition */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[175]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[265]),
            .enum_count = 2,
        },
        [1] = { /* AttachmentContentTransferEncoding */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[224]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[283]),
            .enum_count = 3,
        },
        [2] = { /* BehaviorOnMxFailure */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[432]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[409]),
            .enum_count = 2,
        },
        [3] = { /* BounceType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[587]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[524]),
            .enum_count = 3,
        },
        [4] = { /* BulkEmailStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[695]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[660]),
            .enum_count = 14,
        },
        [5] = { /* ContactLanguage */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[976]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[1218]),
            .enum_count = 2,
        },
        [6] = { /* ContactListImportAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[1027]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[1264]),
            .enum_count = 2,
        },
        [7] = { /* DataFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[2176]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[2025]),
            .enum_count = 2,
        },
        [8] = { /* DeliverabilityDashboardAccountStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[3086]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[2067]),
            .enum_count = 3,
        },
        [9] = { /* DeliverabilityTestStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[3174]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[2121]),
            .enum_count = 2,
        },
        [10] = { /* DeliveryEventType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[10].shape.name_ref, shape_names[3225]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[10].enum_values_ref, strings[2143]),
            .enum_count = 6,
        },
        [11] = { /* DimensionValueSource */
            .shape = {
                .name_ref = SHAPE_NAME(enums[11].shape.name_ref, shape_names[3320]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[11].enum_values_ref, strings[2317]),
            .enum_count = 3,
        },
        [12] = { /* DkimSigningAttributesOrigin */
            .shape = {
                .name_ref = SHAPE_NAME(enums[12].shape.name_ref, shape_names[3401]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[12].enum_values_ref, strings[2563]),
            .enum_count = 31,
        },
        [13] = { /* DkimSigningKeyLength */
            .shape = {
                .name_ref = SHAPE_NAME(enums[13].shape.name_ref, shape_names[3429]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[13].enum_values_ref, strings[3166]),
            .enum_count = 2,
        },
        [14] = { /* DkimStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[14].shape.name_ref, shape_names[3450]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[14].enum_values_ref, strings[3192]),
            .enum_count = 5,
        },
        [15] = { /* EmailAddressInsightsConfidenceVerdict */
            .shape = {
                .name_ref = SHAPE_NAME(enums[15].shape.name_ref, shape_names[3698]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[15].enum_values_ref, strings[3524]),
            .enum_count = 3,
        },
        [16] = { /* EngagementEventType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[16].shape.name_ref, shape_names[4110]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[16].enum_values_ref, strings[3669]),
            .enum_count = 2,
        },
        [17] = { /* EventType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[17].shape.name_ref, shape_names[4271]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[17].enum_values_ref, strings[3848]),
            .enum_count = 10,
        },
        [18] = { /* ExportSourceType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[18].shape.name_ref, shape_names[4430]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[18].enum_values_ref, strings[4062]),
            .enum_count = 2,
        },
        [19] = { /* FeatureStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[19].shape.name_ref, shape_names[4557]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[19].enum_values_ref, strings[4167]),
            .enum_count = 2,
        },
        [20] = { /* HttpsPolicy */
            .shape = {
                .name_ref = SHAPE_NAME(enums[20].shape.name_ref, shape_names[6078]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[20].enum_values_ref, strings[4956]),
            .enum_count = 3,
        },
        [21] = { /* IdentityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[21].shape.name_ref, shape_names[6129]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[21].enum_values_ref, strings[5004]),
            .enum_count = 3,
        },
        [22] = { /* ImportDestinationType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[22].shape.name_ref, shape_names[6186]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[22].enum_values_ref, strings[5090]),
            .enum_count = 2,
        },
        [23] = { /* JobStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[23].shape.name_ref, shape_names[6406]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[23].enum_values_ref, strings[5230]),
            .enum_count = 5,
        },
        [24] = { /* ListRecommendationsFilterKey */
            .shape = {
                .name_ref = SHAPE_NAME(enums[24].shape.name_ref, shape_names[7374]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[24].enum_values_ref, strings[5634]),
            .enum_count = 4,
        },
        [25] = { /* ListTenantResourcesFilterKey */
            .shape = {
                .name_ref = SHAPE_NAME(enums[25].shape.name_ref, shape_names[7724]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[25].enum_values_ref, strings[5763]),
            .enum_count = 1,
        },
        [26] = { /* MailFromDomainStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[26].shape.name_ref, shape_names[7916]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[26].enum_values_ref, strings[5892]),
            .enum_count = 4,
        },
        [27] = { /* MailType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[27].shape.name_ref, shape_names[7937]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[27].enum_values_ref, strings[5933]),
            .enum_count = 2,
        },
        [28] = { /* Metric */
            .shape = {
                .name_ref = SHAPE_NAME(enums[28].shape.name_ref, shape_names[8260]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[28].enum_values_ref, strings[6089]),
            .enum_count = 10,
        },
        [29] = { /* MetricAggregation */
            .shape = {
                .name_ref = SHAPE_NAME(enums[29].shape.name_ref, shape_names[8267]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[29].enum_values_ref, strings[6206]),
            .enum_count = 2,
        },
        [30] = { /* MetricDimensionName */
            .shape = {
                .name_ref = SHAPE_NAME(enums[30].shape.name_ref, shape_names[8359]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[30].enum_values_ref, strings[6241]),
            .enum_count = 3,
        },
        [31] = { /* MetricNamespace */
            .shape = {
                .name_ref = SHAPE_NAME(enums[31].shape.name_ref, shape_names[8400]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[31].enum_values_ref, strings[6278]),
            .enum_count = 1,
        },
        [32] = { /* PricingPlan */
            .shape = {
                .name_ref = SHAPE_NAME(enums[32].shape.name_ref, shape_names[8683]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[32].enum_values_ref, strings[6415]),
            .enum_count = 4,
        },
        [33] = { /* QueryErrorCode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[33].shape.name_ref, shape_names[10650]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[33].enum_values_ref, strings[6709]),
            .enum_count = 2,
        },
        [34] = { /* RecommendationImpact */
            .shape = {
                .name_ref = SHAPE_NAME(enums[34].shape.name_ref, shape_names[10792]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[34].enum_values_ref, strings[6747]),
            .enum_count = 2,
        },
        [35] = { /* RecommendationStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[35].shape.name_ref, shape_names[10813]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[35].enum_values_ref, strings[6756]),
            .enum_count = 2,
        },
        [36] = { /* RecommendationType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[36].shape.name_ref, shape_names[10834]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[36].enum_values_ref, strings[6767]),
            .enum_count = 8,
        },
        [37] = { /* ReputationEntityFilterKey */
            .shape = {
                .name_ref = SHAPE_NAME(enums[37].shape.name_ref, shape_names[11037]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[37].enum_values_ref, strings[6980]),
            .enum_count = 4,
        },
        [38] = { /* ReputationEntityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[38].shape.name_ref, shape_names[11117]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[38].enum_values_ref, strings[7049]),
            .enum_count = 1,
        },
        [39] = { /* ResourceType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[39].shape.name_ref, shape_names[11206]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[39].enum_values_ref, strings[7093]),
            .enum_count = 3,
        },
        [40] = { /* ReviewStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[40].shape.name_ref, shape_names[11233]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[40].enum_values_ref, strings[7148]),
            .enum_count = 4,
        },
        [41] = { /* ScalingMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[41].shape.name_ref, shape_names[11302]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[41].enum_values_ref, strings[7227]),
            .enum_count = 2,
        },
        [42] = { /* SendingStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[42].shape.name_ref, shape_names[11513]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[42].enum_values_ref, strings[7520]),
            .enum_count = 3,
        },
        [43] = { /* Status */
            .shape = {
                .name_ref = SHAPE_NAME(enums[43].shape.name_ref, shape_names[11571]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[43].enum_values_ref, strings[7557]),
            .enum_count = 4,
        },
        [44] = { /* SubscriptionStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[44].shape.name_ref, shape_names[11611]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[44].enum_values_ref, strings[7594]),
            .enum_count = 2,
        },
        [45] = { /* SuppressionConfidenceVerdictThreshold */
            .shape = {
                .name_ref = SHAPE_NAME(enums[45].shape.name_ref, shape_names[11849]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[45].enum_values_ref, strings[7726]),
            .enum_count = 3,
        },
        [46] = { /* SuppressionListImportAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[46].shape.name_ref, shape_names[11914]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[46].enum_values_ref, strings[1264]),
            .enum_count = 2,
        },
        [47] = { /* SuppressionListReason */
            .shape = {
                .name_ref = SHAPE_NAME(enums[47].shape.name_ref, shape_names[11942]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[47].enum_values_ref, strings[7774]),
            .enum_count = 2,
        },
        [48] = { /* SuppressionListScope */
            .shape = {
                .name_ref = SHAPE_NAME(enums[48].shape.name_ref, shape_names[11987]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[48].enum_values_ref, strings[7791]),
            .enum_count = 2,
        },
        [49] = { /* TlsPolicy */
            .shape = {
                .name_ref = SHAPE_NAME(enums[49].shape.name_ref, shape_names[12393]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[49].enum_values_ref, strings[7884]),
            .enum_count = 2,
        },
        [50] = { /* VerificationError */
            .shape = {
                .name_ref = SHAPE_NAME(enums[50].shape.name_ref, shape_names[13202]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[50].enum_values_ref, strings[8131]),
            .enum_count = 10,
        },
        [51] = { /* VerificationStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[51].shape.name_ref, shape_names[13237]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[51].enum_values_ref, strings[3192]),
            .enum_count = 5,
        },
        [52] = { /* WarmupStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[52].shape.name_ref, shape_names[13280]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[52].enum_values_ref, strings[8476]),
            .enum_count = 3,
        },
    },
    .scalars = {
        [0] = { /* AdditionalContactEmailAddress */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[15]),
            .traits_ref = REF(scalars[0].traits_ref, traits[1]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [1] = { /* AdminEmail */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[77]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* AmazonResourceName */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[88]),
            .traits_ref = REF(scalars[2].traits_ref, traits[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* ArchiveArn */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[107]),
            .traits_ref = REF(scalars[3].traits_ref, traits[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* AttachmentContentDescription */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[146]),
            .traits_ref = REF(scalars[4].traits_ref, traits[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [5] = { /* AttachmentContentId */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[204]),
            .traits_ref = REF(scalars[5].traits_ref, traits[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [6] = { /* AttachmentContentType */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[258]),
            .traits_ref = REF(scalars[6].traits_ref, traits[8]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* AttachmentFileName */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[280]),
            .traits_ref = REF(scalars[7].traits_ref, traits[9]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AttributesData */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[314]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* BlacklistItemName */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[484]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* BlacklistingDescription */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[537]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* BounceSubType */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[573]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* CampaignId */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[711]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* CaseId */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[769]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* Charset */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[776]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* ComplaintFeedbackType */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[883]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* ComplaintSubType */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[905]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* ConfigurationSetName */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[922]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* ContactListName */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[1051]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* Counter */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[1075]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [20] = { /* CustomRedirectDomain */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[2016]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* DefaultDimensionValue */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[2231]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* DeliverabilityTestSubject */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[3199]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* Description */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[3259]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* DiagnosticCode */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[3291]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* DimensionName */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[3306]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* DisplayName */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[3352]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* DnsToken */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[3461]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* Domain */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[3483]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* EmailAddress */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[3662]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* EmailSubject */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[3865]),
            .traits_ref = REF(scalars[30].traits_ref, traits[16]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [31] = { /* EmailTemplateData */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[3922]),
            .traits_ref = REF(scalars[31].traits_ref, traits[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* EmailTemplateHtml */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[3940]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* EmailTemplateName */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[4006]),
            .traits_ref = REF(scalars[33].traits_ref, traits[19]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* EmailTemplateSubject */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[4024]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [35] = { /* EmailTemplateText */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[4045]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [36] = { /* Enabled */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[4063]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [37] = { /* EnabledWrapper */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[4071]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [38] = { /* EndpointId */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[4086]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [39] = { /* EndpointName */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[4097]),
            .traits_ref = REF(scalars[39].traits_ref, traits[20]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* ErrorMessage */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[4130]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [41] = { /* Esp */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[4143]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* EventDestinationName */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[4219]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [43] = { /* ExportedRecordsCount */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[4464]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [44] = { /* FailedRecordsCount */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[4485]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [45] = { /* FailedRecordsS3Url */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[4504]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [46] = { /* FailureRedirectionURL */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[4535]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* FeedbackId */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[4571]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [48] = { /* GeneralEnforcementStatus */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[4582]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* HostedZone */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[6067]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* Identity */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[6090]),
            .traits_ref = REF(scalars[50].traits_ref, traits[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* ImageUrl */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[6142]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* InsightsEmailAddress */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[6275]),
            .traits_ref = REF(scalars[52].traits_ref, traits[25]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [53] = { /* Ip */
            .name_ref = SHAPE_NAME(scalars[53].name_ref, shape_names[6325]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* Isp */
            .name_ref = SHAPE_NAME(scalars[54].name_ref, shape_names[6335]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [55] = { /* IspName */
            .name_ref = SHAPE_NAME(scalars[55].name_ref, shape_names[6353]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [56] = { /* JobId */
            .name_ref = SHAPE_NAME(scalars[56].name_ref, shape_names[6400]),
            .traits_ref = REF(scalars[56].traits_ref, traits[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* LastFreshStart */
            .name_ref = SHAPE_NAME(scalars[57].name_ref, shape_names[6489]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [58] = { /* ListRecommendationFilterValue */
            .name_ref = SHAPE_NAME(scalars[58].name_ref, shape_names[7318]),
            .traits_ref = REF(scalars[58].traits_ref, traits[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [59] = { /* ListTenantResourcesFilterValue */
            .name_ref = SHAPE_NAME(scalars[59].name_ref, shape_names[7753]),
            .traits_ref = REF(scalars[59].traits_ref, traits[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* MailFromDomainName */
            .name_ref = SHAPE_NAME(scalars[60].name_ref, shape_names[7897]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [61] = { /* Max24HourSend */
            .name_ref = SHAPE_NAME(scalars[61].name_ref, shape_names[7964]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [62] = { /* MaxDeliverySeconds */
            .name_ref = SHAPE_NAME(scalars[62].name_ref, shape_names[7978]),
            .traits_ref = REF(scalars[62].traits_ref, traits[37]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [63] = { /* MaxItems */
            .name_ref = SHAPE_NAME(scalars[63].name_ref, shape_names[7997]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [64] = { /* MaxSendRate */
            .name_ref = SHAPE_NAME(scalars[64].name_ref, shape_names[8006]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [65] = { /* MessageContent */
            .name_ref = SHAPE_NAME(scalars[65].name_ref, shape_names[8026]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [66] = { /* MessageData */
            .name_ref = SHAPE_NAME(scalars[66].name_ref, shape_names[8041]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [67] = { /* MessageHeaderName */
            .name_ref = SHAPE_NAME(scalars[67].name_ref, shape_names[8085]),
            .traits_ref = REF(scalars[67].traits_ref, traits[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* MessageHeaderValue */
            .name_ref = SHAPE_NAME(scalars[68].name_ref, shape_names[8103]),
            .traits_ref = REF(scalars[68].traits_ref, traits[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* MessageInsightsExportMaxResults */
            .name_ref = SHAPE_NAME(scalars[69].name_ref, shape_names[8148]),
            .traits_ref = REF(scalars[69].traits_ref, traits[41]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [70] = { /* MessageTagName */
            .name_ref = SHAPE_NAME(scalars[70].name_ref, shape_names[8229]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [71] = { /* MessageTagValue */
            .name_ref = SHAPE_NAME(scalars[71].name_ref, shape_names[8244]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [72] = { /* MetricDimensionValue */
            .name_ref = SHAPE_NAME(scalars[72].name_ref, shape_names[8379]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [73] = { /* NextToken */
            .name_ref = SHAPE_NAME(scalars[73].name_ref, shape_names[8491]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [74] = { /* NextTokenV2 */
            .name_ref = SHAPE_NAME(scalars[74].name_ref, shape_names[8501]),
            .traits_ref = REF(scalars[74].traits_ref, traits[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* OutboundMessageId */
            .name_ref = SHAPE_NAME(scalars[75].name_ref, shape_names[8513]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [76] = { /* PageSizeV2 */
            .name_ref = SHAPE_NAME(scalars[76].name_ref, shape_names[8545]),
            .traits_ref = REF(scalars[76].traits_ref, traits[45]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [77] = { /* Percentage */
            .name_ref = SHAPE_NAME(scalars[77].name_ref, shape_names[8556]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [78] = { /* Percentage100Wrapper */
            .name_ref = SHAPE_NAME(scalars[78].name_ref, shape_names[8567]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [79] = { /* Policy */
            .name_ref = SHAPE_NAME(scalars[79].name_ref, shape_names[8628]),
            .traits_ref = REF(scalars[79].traits_ref, traits[46]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [80] = { /* PolicyName */
            .name_ref = SHAPE_NAME(scalars[80].name_ref, shape_names[8645]),
            .traits_ref = REF(scalars[80].traits_ref, traits[47]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [81] = { /* PoolName */
            .name_ref = SHAPE_NAME(scalars[81].name_ref, shape_names[8656]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* PrimaryNameServer */
            .name_ref = SHAPE_NAME(scalars[82].name_ref, shape_names[8695]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [83] = { /* PrivateKey */
            .name_ref = SHAPE_NAME(scalars[83].name_ref, shape_names[8713]),
            .traits_ref = REF(scalars[83].traits_ref, traits[48]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [84] = { /* ProcessedRecordsCount */
            .name_ref = SHAPE_NAME(scalars[84].name_ref, shape_names[8724]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [85] = { /* QueryErrorMessage */
            .name_ref = SHAPE_NAME(scalars[85].name_ref, shape_names[10665]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [86] = { /* QueryIdentifier */
            .name_ref = SHAPE_NAME(scalars[86].name_ref, shape_names[10683]),
            .traits_ref = REF(scalars[86].traits_ref, traits[49]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [87] = { /* RawAttachmentData */
            .name_ref = SHAPE_NAME(scalars[87].name_ref, shape_names[10699]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [88] = { /* RawMessageData */
            .name_ref = SHAPE_NAME(scalars[88].name_ref, shape_names[10728]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [89] = { /* RblName */
            .name_ref = SHAPE_NAME(scalars[89].name_ref, shape_names[10743]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* RecommendationDescription */
            .name_ref = SHAPE_NAME(scalars[90].name_ref, shape_names[10766]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [91] = { /* Region */
            .name_ref = SHAPE_NAME(scalars[91].name_ref, shape_names[10873]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [92] = { /* RenderedEmailTemplate */
            .name_ref = SHAPE_NAME(scalars[92].name_ref, shape_names[10888]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [93] = { /* ReportId */
            .name_ref = SHAPE_NAME(scalars[93].name_ref, shape_names[10954]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [94] = { /* ReportName */
            .name_ref = SHAPE_NAME(scalars[94].name_ref, shape_names[10963]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [95] = { /* ReputationEntityFilterValue */
            .name_ref = SHAPE_NAME(scalars[95].name_ref, shape_names[11063]),
            .traits_ref = REF(scalars[95].traits_ref, traits[50]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [96] = { /* ReputationEntityReference */
            .name_ref = SHAPE_NAME(scalars[96].name_ref, shape_names[11091]),
            .traits_ref = REF(scalars[96].traits_ref, traits[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [97] = { /* S3Url */
            .name_ref = SHAPE_NAME(scalars[97].name_ref, shape_names[11286]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [98] = { /* Selector */
            .name_ref = SHAPE_NAME(scalars[98].name_ref, shape_names[11314]),
            .traits_ref = REF(scalars[98].traits_ref, traits[52]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* SendingPoolName */
            .name_ref = SHAPE_NAME(scalars[99].name_ref, shape_names[11497]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [100] = { /* SentLast24Hours */
            .name_ref = SHAPE_NAME(scalars[100].name_ref, shape_names[11527]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [101] = { /* SerialNumber */
            .name_ref = SHAPE_NAME(scalars[101].name_ref, shape_names[11543]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [102] = { /* StatusCause */
            .name_ref = SHAPE_NAME(scalars[102].name_ref, shape_names[11578]),
            .traits_ref = REF(scalars[102].traits_ref, traits[54]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [103] = { /* Subject */
            .name_ref = SHAPE_NAME(scalars[103].name_ref, shape_names[11603]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [104] = { /* SuccessRedirectionURL */
            .name_ref = SHAPE_NAME(scalars[104].name_ref, shape_names[11630]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[105].name_ref, shape_names[12092]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [106] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[106].name_ref, shape_names[12157]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [107] = { /* TemplateContent */
            .name_ref = SHAPE_NAME(scalars[107].name_ref, shape_names[12175]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [108] = { /* TenantId */
            .name_ref = SHAPE_NAME(scalars[108].name_ref, shape_names[12198]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [109] = { /* TenantName */
            .name_ref = SHAPE_NAME(scalars[109].name_ref, shape_names[12233]),
            .traits_ref = REF(scalars[109].traits_ref, traits[55]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [110] = { /* Timestamp */
            .name_ref = SHAPE_NAME(scalars[110].name_ref, shape_names[12369]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [111] = { /* TopicName */
            .name_ref = SHAPE_NAME(scalars[111].name_ref, shape_names[12421]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [112] = { /* UnsubscribeAll */
            .name_ref = SHAPE_NAME(scalars[112].name_ref, shape_names[12490]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [113] = { /* UseCaseDescription */
            .name_ref = SHAPE_NAME(scalars[113].name_ref, shape_names[13124]),
            .traits_ref = REF(scalars[113].traits_ref, traits[57]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [114] = { /* UseDefaultIfPreferenceUnavailable */
            .name_ref = SHAPE_NAME(scalars[114].name_ref, shape_names[13143]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [115] = { /* Volume */
            .name_ref = SHAPE_NAME(scalars[115].name_ref, shape_names[13256]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [116] = { /* WebsiteURL */
            .name_ref = SHAPE_NAME(scalars[116].name_ref, shape_names[13293]),
            .traits_ref = REF(scalars[116].traits_ref, traits[58]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AccountSuspendedException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[101]),
            .http_status = 400,
        },
        [1] = { /* AdditionalContactEmailAddress */
            .range_ref = REF(traits[1].range_ref, ranges[0]),
        },
        [2] = { /* AdditionalContactEmailAddresses */
            .range_ref = REF(traits[2].range_ref, ranges[1]),
        },
        [3] = { /* AlreadyExistsException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[127]),
            .http_status = 400,
        },
        [4] = { /* AmazonResourceName */
            .range_ref = REF(traits[4].range_ref, ranges[2]),
        },
        [5] = { /* ArchiveArn */
            .range_ref = REF(traits[5].range_ref, ranges[3]),
        },
        [6] = { /* AttachmentContentDescription */
            .range_ref = REF(traits[6].range_ref, ranges[4]),
        },
        [7] = { /* AttachmentContentId */
            .range_ref = REF(traits[7].range_ref, ranges[5]),
        },
        [8] = { /* AttachmentContentType */
            .range_ref = REF(traits[8].range_ref, ranges[6]),
        },
        [9] = { /* AttachmentFileName */
            .range_ref = REF(traits[9].range_ref, ranges[7]),
        },
        [10] = { /* BadRequestException */
            .error_code_ref = REF(traits[10].error_code_ref, strings[317]),
            .http_status = 400,
        },
        [11] = { /* BatchGetMetricDataQueries */
            .range_ref = REF(traits[11].range_ref, ranges[8]),
        },
        [12] = { /* ConcurrentModificationException */
            .error_code_ref = REF(traits[12].error_code_ref, strings[1078]),
            .http_status = 500,
        },
        [13] = { /* ConflictException */
            .error_code_ref = REF(traits[13].error_code_ref, strings[1110]),
            .http_status = 409,
        },
        [14] = { /* Dimensions */
            .range_ref = REF(traits[14].range_ref, ranges[9]),
        },
        [15] = { /* EmailAddressFilterList */
            .range_ref = REF(traits[15].range_ref, ranges[10]),
        },
        [16] = { /* EmailSubject */
            .range_ref = REF(traits[16].range_ref, ranges[11]),
        },
        [17] = { /* EmailSubjectFilterList */
            .range_ref = REF(traits[17].range_ref, ranges[12]),
        },
        [18] = { /* EmailTemplateData */
            .range_ref = REF(traits[18].range_ref, ranges[13]),
        },
        [19] = { /* EmailTemplateName */
            .range_ref = REF(traits[19].range_ref, ranges[14]),
        },
        [20] = { /* EndpointName */
            .range_ref = REF(traits[20].range_ref, ranges[15]),
        },
        [21] = { /* ExportDimensionValue */
            .range_ref = REF(traits[21].range_ref, ranges[16]),
        },
        [22] = { /* ExportDimensions */
            .range_ref = REF(traits[22].range_ref, ranges[17]),
        },
        [23] = { /* ExportMetrics */
            .range_ref = REF(traits[23].range_ref, ranges[18]),
        },
        [24] = { /* Identity */
            .range_ref = REF(traits[24].range_ref, ranges[19]),
        },
        [25] = { /* InsightsEmailAddress */
            .range_ref = REF(traits[25].range_ref, ranges[20]),
        },
        [26] = { /* InternalServiceErrorException */
            .error_code_ref = REF(traits[26].error_code_ref, strings[5154]),
            .http_status = 500,
        },
        [27] = { /* InvalidNextTokenException */
            .error_code_ref = REF(traits[27].error_code_ref, strings[5184]),
            .http_status = 400,
        },
        [28] = { /* IspFilterList */
            .range_ref = REF(traits[28].range_ref, ranges[21]),
        },
        [29] = { /* JobId */
            .range_ref = REF(traits[29].range_ref, ranges[22]),
        },
        [30] = { /* LastDeliveryEventList */
            .range_ref = REF(traits[30].range_ref, ranges[23]),
        },
        [31] = { /* LastEngagementEventList */
            .range_ref = REF(traits[31].range_ref, ranges[24]),
        },
        [32] = { /* LimitExceededException */
            .error_code_ref = REF(traits[32].error_code_ref, strings[5305]),
            .http_status = 400,
        },
        [33] = { /* ListRecommendationFilterValue */
            .range_ref = REF(traits[33].range_ref, ranges[25]),
        },
        [34] = { /* ListRecommendationsFilter */
            .range_ref = REF(traits[34].range_ref, ranges[26]),
        },
        [35] = { /* ListTenantResourcesFilterValue */
            .range_ref = REF(traits[35].range_ref, ranges[27]),
        },
        [36] = { /* MailFromDomainNotVerifiedException */
            .error_code_ref = REF(traits[36].error_code_ref, strings[5857]),
            .http_status = 400,
        },
        [37] = { /* MaxDeliverySeconds */
            .range_ref = REF(traits[37].range_ref, ranges[28]),
        },
        [38] = { /* MessageHeaderList */
            .range_ref = REF(traits[38].range_ref, ranges[29]),
        },
        [39] = { /* MessageHeaderName */
            .range_ref = REF(traits[39].range_ref, ranges[30]),
        },
        [40] = { /* MessageHeaderValue */
            .range_ref = REF(traits[40].range_ref, ranges[31]),
        },
        [41] = { /* MessageInsightsExportMaxResults */
            .range_ref = REF(traits[41].range_ref, ranges[32]),
        },
        [42] = { /* MessageRejected */
            .error_code_ref = REF(traits[42].error_code_ref, strings[6073]),
            .http_status = 400,
        },
        [43] = { /* NextTokenV2 */
            .range_ref = REF(traits[43].range_ref, ranges[33]),
        },
        [44] = { /* NotFoundException */
            .error_code_ref = REF(traits[44].error_code_ref, strings[6298]),
            .http_status = 404,
        },
        [45] = { /* PageSizeV2 */
            .range_ref = REF(traits[45].range_ref, ranges[34]),
        },
        [46] = { /* Policy */
            .range_ref = REF(traits[46].range_ref, ranges[35]),
        },
        [47] = { /* PolicyName */
            .range_ref = REF(traits[47].range_ref, ranges[36]),
        },
        [48] = { /* PrivateKey */
            .range_ref = REF(traits[48].range_ref, ranges[37]),
        },
        [49] = { /* QueryIdentifier */
            .range_ref = REF(traits[49].range_ref, ranges[38]),
        },
        [50] = { /* ReputationEntityFilterValue */
            .range_ref = REF(traits[50].range_ref, ranges[39]),
        },
        [51] = { /* ReputationEntityReference */
            .range_ref = REF(traits[51].range_ref, ranges[40]),
        },
        [52] = { /* Selector */
            .range_ref = REF(traits[52].range_ref, ranges[41]),
        },
        [53] = { /* SendingPausedException */
            .error_code_ref = REF(traits[53].error_code_ref, strings[7497]),
            .http_status = 400,
        },
        [54] = { /* StatusCause */
            .range_ref = REF(traits[54].range_ref, ranges[42]),
        },
        [55] = { /* TenantName */
            .range_ref = REF(traits[55].range_ref, ranges[43]),
        },
        [56] = { /* TooManyRequestsException */
            .error_code_ref = REF(traits[56].error_code_ref, strings[7901]),
            .http_status = 429,
        },
        [57] = { /* UseCaseDescription */
            .range_ref = REF(traits[57].range_ref, ranges[44]),
        },
        [58] = { /* WebsiteURL */
            .range_ref = REF(traits[58].range_ref, ranges[45]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, enums[27].shape), 0, offsetof(struct awsc_sesv2_account_details, mail_type), 0}, /* AccountDetails.MailType: MailType */
        [1] = {MREF(1, strings[9]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[116]), 0, offsetof(struct awsc_sesv2_account_details, website_url), AWSC_MF_SENSITIVE}, /* AccountDetails.WebsiteURL: WebsiteURL */
        [2] = {MREF(2, strings[20]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, enums[5].shape), 0, offsetof(struct awsc_sesv2_account_details, contact_language), 0}, /* AccountDetails.ContactLanguage: ContactLanguage */
        [3] = {MREF(3, strings[36]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[113]), 0, offsetof(struct awsc_sesv2_account_details, use_case_description), AWSC_MF_SENSITIVE}, /* AccountDetails.UseCaseDescription: UseCaseDescription */
        [4] = {MREF(4, strings[55]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, collections[0].shape), 0, offsetof(struct awsc_sesv2_account_details, additional_contact_email_addresses), AWSC_MF_SENSITIVE}, /* AccountDetails.AdditionalContactEmailAddresses: AdditionalContactEmailAddresses */
        [5] = {MREF(5, strings[87]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, structures[289].shape), 0, offsetof(struct awsc_sesv2_account_details, review_details), 0}, /* AccountDetails.ReviewDetails: ReviewDetails */
        [6] = {MREF(6, strings[150]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[3]), 0, offsetof(struct awsc_sesv2_archiving_options, archive_arn), 0}, /* ArchivingOptions.ArchiveArn: ArchiveArn */
        [7] = {MREF(7, strings[161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[87]), 0, offsetof(struct awsc_sesv2_attachment, raw_content), AWSC_MF_REQUIRED}, /* Attachment.RawContent: RawAttachmentData */
        [8] = {MREF(8, strings[172]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, enums[0].shape), 0, offsetof(struct awsc_sesv2_attachment, content_disposition), 0}, /* Attachment.ContentDisposition: AttachmentContentDisposition */
        [9] = {MREF(9, strings[191]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[7]), 0, offsetof(struct awsc_sesv2_attachment, file_name), AWSC_MF_REQUIRED}, /* Attachment.FileName: AttachmentFileName */
        [10] = {MREF(10, strings[200]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[4]), 0, offsetof(struct awsc_sesv2_attachment, content_description), 0}, /* Attachment.ContentDescription: AttachmentContentDescription */
        [11] = {MREF(11, strings[219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[5]), 0, offsetof(struct awsc_sesv2_attachment, content_id), 0}, /* Attachment.ContentId: AttachmentContentId */
        [12] = {MREF(12, strings[229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, enums[1].shape), 0, offsetof(struct awsc_sesv2_attachment, content_transfer_encoding), 0}, /* Attachment.ContentTransferEncoding: AttachmentContentTransferEncoding */
        [13] = {MREF(13, strings[253]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[6]), 0, offsetof(struct awsc_sesv2_attachment, content_type), 0}, /* Attachment.ContentType: AttachmentContentType */
        [14] = {MREF(14, strings[337]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[86]), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_query, id), AWSC_MF_REQUIRED}, /* BatchGetMetricDataQuery.Id: QueryIdentifier */
        [15] = {MREF(15, strings[340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, enums[31].shape), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_query, namespace_), AWSC_MF_REQUIRED}, /* BatchGetMetricDataQuery.Namespace: MetricNamespace */
        [16] = {MREF(16, strings[350]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, enums[28].shape), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_query, metric), AWSC_MF_REQUIRED}, /* BatchGetMetricDataQuery.Metric: Metric */
        [17] = {MREF(17, strings[357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, collections[14].shape), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_query, dimensions), 0}, /* BatchGetMetricDataQuery.Dimensions: Dimensions */
        [18] = {MREF(18, strings[368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_batch_get_metric_data_query, start_date, has_start_date), offsetof(struct awsc_sesv2_batch_get_metric_data_query, start_date), AWSC_MF_REQUIRED}, /* BatchGetMetricDataQuery.StartDate: Timestamp */
        [19] = {MREF(19, strings[378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_batch_get_metric_data_query, end_date, has_end_date), offsetof(struct awsc_sesv2_batch_get_metric_data_query, end_date), AWSC_MF_REQUIRED}, /* BatchGetMetricDataQuery.EndDate: Timestamp */
        [20] = {MREF(20, strings[386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, collections[2].shape), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_input, queries), AWSC_MF_REQUIRED}, /* BatchGetMetricDataRequest.Queries: BatchGetMetricDataQueries */
        [21] = {MREF(21, strings[394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, collections[48].shape), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_output, results), 0}, /* BatchGetMetricDataResponse.Results: MetricDataResultList */
        [22] = {MREF(22, strings[402]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, collections[47].shape), 0, offsetof(struct awsc_sesv2_batch_get_metric_data_output, errors), 0}, /* BatchGetMetricDataResponse.Errors: MetricDataErrorList */
        [23] = {MREF(23, strings[442]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[89]), 0, offsetof(struct awsc_sesv2_blacklist_entry, rbl_name), 0}, /* BlacklistEntry.RblName: RblName */
        [24] = {MREF(24, strings[450]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_blacklist_entry, listing_time, has_listing_time), offsetof(struct awsc_sesv2_blacklist_entry, listing_time), 0}, /* BlacklistEntry.ListingTime: Timestamp */
        [25] = {MREF(25, strings[462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[10]), 0, offsetof(struct awsc_sesv2_blacklist_entry, description), 0}, /* BlacklistEntry.Description: BlacklistingDescription */
        [26] = {MREF(26, strings[474]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, structures[25].shape), 0, offsetof(struct awsc_sesv2_body, text), 0}, /* Body.Text: Content */
        [27] = {MREF(27, strings[479]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, structures[25].shape), 0, offsetof(struct awsc_sesv2_body, html), 0}, /* Body.Html: Content */
        [28] = {MREF(28, strings[484]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, enums[3].shape), 0, offsetof(struct awsc_sesv2_bounce, bounce_type), 0}, /* Bounce.BounceType: BounceType */
        [29] = {MREF(29, strings[495]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[11]), 0, offsetof(struct awsc_sesv2_bounce, bounce_sub_type), 0}, /* Bounce.BounceSubType: BounceSubType */
        [30] = {MREF(30, strings[509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[24]), 0, offsetof(struct awsc_sesv2_bounce, diagnostic_code), 0}, /* Bounce.DiagnosticCode: DiagnosticCode */
        [31] = {MREF(31, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, structures[317].shape), 0, offsetof(struct awsc_sesv2_bulk_email_content, template_), 0}, /* BulkEmailContent.Template: Template */
        [32] = {MREF(32, strings[566]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, structures[90].shape), 0, offsetof(struct awsc_sesv2_bulk_email_entry, destination), AWSC_MF_REQUIRED}, /* BulkEmailEntry.Destination: Destination */
        [33] = {MREF(33, strings[578]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, collections[46].shape), 0, offsetof(struct awsc_sesv2_bulk_email_entry, replacement_tags), 0}, /* BulkEmailEntry.ReplacementTags: MessageTagList */
        [34] = {MREF(34, strings[594]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, structures[284].shape), 0, offsetof(struct awsc_sesv2_bulk_email_entry, replacement_email_content), 0}, /* BulkEmailEntry.ReplacementEmailContent: ReplacementEmailContent */
        [35] = {MREF(35, strings[618]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, collections[45].shape), 0, offsetof(struct awsc_sesv2_bulk_email_entry, replacement_headers), 0}, /* BulkEmailEntry.ReplacementHeaders: MessageHeaderList */
        [36] = {MREF(36, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, enums[4].shape), 0, offsetof(struct awsc_sesv2_bulk_email_entry_result, status), 0}, /* BulkEmailEntryResult.Status: BulkEmailStatus */
        [37] = {MREF(37, strings[644]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[40]), 0, offsetof(struct awsc_sesv2_bulk_email_entry_result, error), 0}, /* BulkEmailEntryResult.Error: ErrorMessage */
        [38] = {MREF(38, strings[650]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[75]), 0, offsetof(struct awsc_sesv2_bulk_email_entry_result, message_id), 0}, /* BulkEmailEntryResult.MessageId: OutboundMessageId */
        [39] = {MREF(39, strings[952]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(39, scalars[56]), 0, offsetof(struct awsc_sesv2_cancel_export_job_input, job_id), AWSC_MF_REQUIRED}, /* CancelExportJobRequest.JobId: JobId */
        [40] = {MREF(40, strings[958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, collections[8].shape), 0, offsetof(struct awsc_sesv2_cloud_watch_destination, dimension_configurations), AWSC_MF_REQUIRED}, /* CloudWatchDestination.DimensionConfigurations: CloudWatchDimensionConfigurations */
        [41] = {MREF(41, strings[982]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[25]), 0, offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, dimension_name), AWSC_MF_REQUIRED}, /* CloudWatchDimensionConfiguration.DimensionName: DimensionName */
        [42] = {MREF(42, strings[996]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, enums[11].shape), 0, offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, dimension_value_source), AWSC_MF_REQUIRED}, /* CloudWatchDimensionConfiguration.DimensionValueSource: DimensionValueSource */
        [43] = {MREF(43, strings[1017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, scalars[21]), 0, offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, default_dimension_value), AWSC_MF_REQUIRED}, /* CloudWatchDimensionConfiguration.DefaultDimensionValue: DefaultDimensionValue */
        [44] = {MREF(44, strings[1039]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[16]), 0, offsetof(struct awsc_sesv2_complaint, complaint_sub_type), 0}, /* Complaint.ComplaintSubType: ComplaintSubType */
        [45] = {MREF(45, strings[1056]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[15]), 0, offsetof(struct awsc_sesv2_complaint, complaint_feedback_type), 0}, /* Complaint.ComplaintFeedbackType: ComplaintFeedbackType */
        [46] = {MREF(46, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, scalars[29]), 0, offsetof(struct awsc_sesv2_contact, email_address), 0}, /* Contact.EmailAddress: EmailAddress */
        [47] = {MREF(47, strings[1141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, collections[66].shape), 0, offsetof(struct awsc_sesv2_contact, topic_preferences), 0}, /* Contact.TopicPreferences: TopicPreferenceList */
        [48] = {MREF(48, strings[1158]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, collections[66].shape), 0, offsetof(struct awsc_sesv2_contact, topic_default_preferences), 0}, /* Contact.TopicDefaultPreferences: TopicPreferenceList */
        [49] = {MREF(49, strings[1182]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[112]), AWSC_MEMBER_HAS(struct awsc_sesv2_contact, unsubscribe_all, has_unsubscribe_all), offsetof(struct awsc_sesv2_contact, unsubscribe_all), 0}, /* Contact.UnsubscribeAll: UnsubscribeAll */
        [50] = {MREF(50, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_contact, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_contact, last_updated_timestamp), 0}, /* Contact.LastUpdatedTimestamp: Timestamp */
        [51] = {MREF(51, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[18]), 0, offsetof(struct awsc_sesv2_contact_list, contact_list_name), 0}, /* ContactList.ContactListName: ContactListName */
        [52] = {MREF(52, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_contact_list, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_contact_list, last_updated_timestamp), 0}, /* ContactList.LastUpdatedTimestamp: Timestamp */
        [53] = {MREF(53, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[18]), 0, offsetof(struct awsc_sesv2_contact_list_destination, contact_list_name), AWSC_MF_REQUIRED}, /* ContactListDestination.ContactListName: ContactListName */
        [54] = {MREF(54, strings[1240]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, enums[6].shape), 0, offsetof(struct awsc_sesv2_contact_list_destination, contact_list_import_action), AWSC_MF_REQUIRED}, /* ContactListDestination.ContactListImportAction: ContactListImportAction */
        [55] = {MREF(55, strings[1275]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[66]), 0, offsetof(struct awsc_sesv2_content, data), AWSC_MF_REQUIRED}, /* Content.Data: MessageData */
        [56] = {MREF(56, strings[1280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[14]), 0, offsetof(struct awsc_sesv2_content, charset), 0}, /* Content.Charset: Charset */
        [57] = {MREF(57, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(57, scalars[17]), 0, offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, configuration_set_name), AWSC_MF_REQUIRED}, /* CreateConfigurationSetEventDestinationRequest.ConfigurationSetName: ConfigurationSetName */
        [58] = {MREF(58, strings[1309]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, scalars[42]), 0, offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, event_destination_name), AWSC_MF_REQUIRED}, /* CreateConfigurationSetEventDestinationRequest.EventDestinationName: EventDestinationName */
        [59] = {MREF(59, strings[1330]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, structures[105].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, event_destination), AWSC_MF_REQUIRED}, /* CreateConfigurationSetEventDestinationRequest.EventDestination: EventDestinationDefinition */
        [60] = {MREF(60, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[17]), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, configuration_set_name), AWSC_MF_REQUIRED}, /* CreateConfigurationSetRequest.ConfigurationSetName: ConfigurationSetName */
        [61] = {MREF(61, strings[1347]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, structures[328].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, tracking_options), 0}, /* CreateConfigurationSetRequest.TrackingOptions: TrackingOptions */
        [62] = {MREF(62, strings[1363]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, structures[89].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, delivery_options), 0}, /* CreateConfigurationSetRequest.DeliveryOptions: DeliveryOptions */
        [63] = {MREF(63, strings[1379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, structures[287].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, reputation_options), 0}, /* CreateConfigurationSetRequest.ReputationOptions: ReputationOptions */
        [64] = {MREF(64, strings[1397]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, structures[300].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, sending_options), 0}, /* CreateConfigurationSetRequest.SendingOptions: SendingOptions */
        [65] = {MREF(65, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, tags), 0}, /* CreateConfigurationSetRequest.Tags: TagList */
        [66] = {MREF(66, strings[1417]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, structures[311].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, suppression_options), 0}, /* CreateConfigurationSetRequest.SuppressionOptions: SuppressionOptions */
        [67] = {MREF(67, strings[1436]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, structures[348].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, vdm_options), 0}, /* CreateConfigurationSetRequest.VdmOptions: VdmOptions */
        [68] = {MREF(68, strings[1447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, structures[3].shape), 0, offsetof(struct awsc_sesv2_create_configuration_set_input, archiving_options), 0}, /* CreateConfigurationSetRequest.ArchivingOptions: ArchivingOptions */
        [69] = {MREF(69, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, scalars[18]), 0, offsetof(struct awsc_sesv2_create_contact_list_input, contact_list_name), AWSC_MF_REQUIRED}, /* CreateContactListRequest.ContactListName: ContactListName */
        [70] = {MREF(70, strings[1464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, collections[67].shape), 0, offsetof(struct awsc_sesv2_create_contact_list_input, topics), 0}, /* CreateContactListRequest.Topics: Topics */
        [71] = {MREF(71, strings[462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[23]), 0, offsetof(struct awsc_sesv2_create_contact_list_input, description), 0}, /* CreateContactListRequest.Description: Description */
        [72] = {MREF(72, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_contact_list_input, tags), 0}, /* CreateContactListRequest.Tags: TagList */
        [73] = {MREF(73, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(73, scalars[18]), 0, offsetof(struct awsc_sesv2_create_contact_input, contact_list_name), AWSC_MF_REQUIRED}, /* CreateContactRequest.ContactListName: ContactListName */
        [74] = {MREF(74, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[29]), 0, offsetof(struct awsc_sesv2_create_contact_input, email_address), AWSC_MF_REQUIRED}, /* CreateContactRequest.EmailAddress: EmailAddress */
        [75] = {MREF(75, strings[1141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, collections[66].shape), 0, offsetof(struct awsc_sesv2_create_contact_input, topic_preferences), 0}, /* CreateContactRequest.TopicPreferences: TopicPreferenceList */
        [76] = {MREF(76, strings[1182]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, scalars[112]), AWSC_MEMBER_HAS(struct awsc_sesv2_create_contact_input, unsubscribe_all, has_unsubscribe_all), offsetof(struct awsc_sesv2_create_contact_input, unsubscribe_all), 0}, /* CreateContactRequest.UnsubscribeAll: UnsubscribeAll */
        [77] = {MREF(77, strings[1471]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, scalars[8]), 0, offsetof(struct awsc_sesv2_create_contact_input, attributes_data), 0}, /* CreateContactRequest.AttributesData: AttributesData */
        [78] = {MREF(78, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, scalars[33]), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_name), AWSC_MF_REQUIRED}, /* CreateCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [79] = {MREF(79, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, scalars[29]), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, from_email_address), AWSC_MF_REQUIRED}, /* CreateCustomVerificationEmailTemplateRequest.FromEmailAddress: EmailAddress */
        [80] = {MREF(80, strings[1516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, scalars[34]), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_subject), AWSC_MF_REQUIRED}, /* CreateCustomVerificationEmailTemplateRequest.TemplateSubject: EmailTemplateSubject */
        [81] = {MREF(81, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[107]), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_content), AWSC_MF_REQUIRED}, /* CreateCustomVerificationEmailTemplateRequest.TemplateContent: TemplateContent */
        [82] = {MREF(82, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, tags), 0}, /* CreateCustomVerificationEmailTemplateRequest.Tags: TagList */
        [83] = {MREF(83, strings[1548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, scalars[104]), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, success_redirection_url), AWSC_MF_REQUIRED}, /* CreateCustomVerificationEmailTemplateRequest.SuccessRedirectionURL: SuccessRedirectionURL */
        [84] = {MREF(84, strings[1570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[46]), 0, offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, failure_redirection_url), AWSC_MF_REQUIRED}, /* CreateCustomVerificationEmailTemplateRequest.FailureRedirectionURL: FailureRedirectionURL */
        [85] = {MREF(85, strings[1592]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, scalars[81]), 0, offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, pool_name), AWSC_MF_REQUIRED}, /* CreateDedicatedIpPoolRequest.PoolName: PoolName */
        [86] = {MREF(86, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, tags), 0}, /* CreateDedicatedIpPoolRequest.Tags: TagList */
        [87] = {MREF(87, strings[1601]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, enums[41].shape), 0, offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, scaling_mode), 0}, /* CreateDedicatedIpPoolRequest.ScalingMode: ScalingMode */
        [88] = {MREF(88, strings[1613]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[94]), 0, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, report_name), 0}, /* CreateDeliverabilityTestReportRequest.ReportName: ReportName */
        [89] = {MREF(89, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[29]), 0, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, from_email_address), AWSC_MF_REQUIRED}, /* CreateDeliverabilityTestReportRequest.FromEmailAddress: EmailAddress */
        [90] = {MREF(90, strings[1624]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, structures[99].shape), 0, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, content), AWSC_MF_REQUIRED}, /* CreateDeliverabilityTestReportRequest.Content: EmailContent */
        [91] = {MREF(91, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_deliverability_test_report_input, tags), 0}, /* CreateDeliverabilityTestReportRequest.Tags: TagList */
        [92] = {MREF(92, strings[1632]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[93]), 0, offsetof(struct awsc_sesv2_create_deliverability_test_report_output, report_id), AWSC_MF_REQUIRED}, /* CreateDeliverabilityTestReportResponse.ReportId: ReportId */
        [93] = {MREF(93, strings[1641]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, enums[9].shape), 0, offsetof(struct awsc_sesv2_create_deliverability_test_report_output, deliverability_test_status), AWSC_MF_REQUIRED}, /* CreateDeliverabilityTestReportResponse.DeliverabilityTestStatus: DeliverabilityTestStatus */
        [94] = {MREF(94, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(94, scalars[50]), 0, offsetof(struct awsc_sesv2_create_email_identity_policy_input, email_identity), AWSC_MF_REQUIRED}, /* CreateEmailIdentityPolicyRequest.EmailIdentity: Identity */
        [95] = {MREF(95, strings[1680]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(95, scalars[80]), 0, offsetof(struct awsc_sesv2_create_email_identity_policy_input, policy_name), AWSC_MF_REQUIRED}, /* CreateEmailIdentityPolicyRequest.PolicyName: PolicyName */
        [96] = {MREF(96, strings[1691]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, scalars[79]), 0, offsetof(struct awsc_sesv2_create_email_identity_policy_input, policy), AWSC_MF_REQUIRED}, /* CreateEmailIdentityPolicyRequest.Policy: Policy */
        [97] = {MREF(97, strings[1666]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[50]), 0, offsetof(struct awsc_sesv2_create_email_identity_input, email_identity), AWSC_MF_REQUIRED}, /* CreateEmailIdentityRequest.EmailIdentity: Identity */
        [98] = {MREF(98, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_email_identity_input, tags), 0}, /* CreateEmailIdentityRequest.Tags: TagList */
        [99] = {MREF(99, strings[1698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, structures[93].shape), 0, offsetof(struct awsc_sesv2_create_email_identity_input, dkim_signing_attributes), 0}, /* CreateEmailIdentityRequest.DkimSigningAttributes: DkimSigningAttributes */
        [100] = {MREF(100, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[17]), 0, offsetof(struct awsc_sesv2_create_email_identity_input, configuration_set_name), 0}, /* CreateEmailIdentityRequest.ConfigurationSetName: ConfigurationSetName */
        [101] = {MREF(101, strings[1720]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, enums[21].shape), 0, offsetof(struct awsc_sesv2_create_email_identity_output, identity_type), 0}, /* CreateEmailIdentityResponse.IdentityType: IdentityType */
        [102] = {MREF(102, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_create_email_identity_output, verified_for_sending_status, has_verified_for_sending_status), offsetof(struct awsc_sesv2_create_email_identity_output, verified_for_sending_status), 0}, /* CreateEmailIdentityResponse.VerifiedForSendingStatus: Enabled */
        [103] = {MREF(103, strings[1758]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, structures[92].shape), 0, offsetof(struct awsc_sesv2_create_email_identity_output, dkim_attributes), 0}, /* CreateEmailIdentityResponse.DkimAttributes: DkimAttributes */
        [104] = {MREF(104, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[33]), 0, offsetof(struct awsc_sesv2_create_email_template_input, template_name), AWSC_MF_REQUIRED}, /* CreateEmailTemplateRequest.TemplateName: EmailTemplateName */
        [105] = {MREF(105, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, structures[101].shape), 0, offsetof(struct awsc_sesv2_create_email_template_input, template_content), AWSC_MF_REQUIRED}, /* CreateEmailTemplateRequest.TemplateContent: EmailTemplateContent */
        [106] = {MREF(106, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_email_template_input, tags), 0}, /* CreateEmailTemplateRequest.Tags: TagList */
        [107] = {MREF(107, strings[1773]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, structures[107].shape), 0, offsetof(struct awsc_sesv2_create_export_job_input, export_data_source), AWSC_MF_REQUIRED}, /* CreateExportJobRequest.ExportDataSource: ExportDataSource */
        [108] = {MREF(108, strings[1790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, structures[108].shape), 0, offsetof(struct awsc_sesv2_create_export_job_input, export_destination), AWSC_MF_REQUIRED}, /* CreateExportJobRequest.ExportDestination: ExportDestination */
        [109] = {MREF(109, strings[952]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, scalars[56]), 0, offsetof(struct awsc_sesv2_create_export_job_output, job_id), 0}, /* CreateExportJobResponse.JobId: JobId */
        [110] = {MREF(110, strings[1808]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, structures[167].shape), 0, offsetof(struct awsc_sesv2_create_import_job_input, import_destination), AWSC_MF_REQUIRED}, /* CreateImportJobRequest.ImportDestination: ImportDestination */
        [111] = {MREF(111, strings[1826]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, structures[166].shape), 0, offsetof(struct awsc_sesv2_create_import_job_input, import_data_source), AWSC_MF_REQUIRED}, /* CreateImportJobRequest.ImportDataSource: ImportDataSource */
        [112] = {MREF(112, strings[952]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, scalars[56]), 0, offsetof(struct awsc_sesv2_create_import_job_output, job_id), 0}, /* CreateImportJobResponse.JobId: JobId */
        [113] = {MREF(113, strings[1843]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, scalars[39]), 0, offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, endpoint_name), AWSC_MF_REQUIRED}, /* CreateMultiRegionEndpointRequest.EndpointName: EndpointName */
        [114] = {MREF(114, strings[1856]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, structures[91].shape), 0, offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, details), AWSC_MF_REQUIRED}, /* CreateMultiRegionEndpointRequest.Details: Details */
        [115] = {MREF(115, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, tags), 0}, /* CreateMultiRegionEndpointRequest.Tags: TagList */
        [116] = {MREF(116, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, enums[43].shape), 0, offsetof(struct awsc_sesv2_create_multi_region_endpoint_output, status), 0}, /* CreateMultiRegionEndpointResponse.Status: Status */
        [117] = {MREF(117, strings[1864]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[38]), 0, offsetof(struct awsc_sesv2_create_multi_region_endpoint_output, endpoint_id), 0}, /* CreateMultiRegionEndpointResponse.EndpointId: EndpointId */
        [118] = {MREF(118, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, scalars[109]), 0, offsetof(struct awsc_sesv2_create_tenant_input, tenant_name), AWSC_MF_REQUIRED}, /* CreateTenantRequest.TenantName: TenantName */
        [119] = {MREF(119, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_tenant_input, tags), 0}, /* CreateTenantRequest.Tags: TagList */
        [120] = {MREF(120, strings[1886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, structures[321].shape), 0, offsetof(struct awsc_sesv2_create_tenant_input, suppression_attributes), 0}, /* CreateTenantRequest.SuppressionAttributes: TenantSuppressionAttributes */
        [121] = {MREF(121, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, scalars[109]), 0, offsetof(struct awsc_sesv2_create_tenant_resource_association_input, tenant_name), AWSC_MF_REQUIRED}, /* CreateTenantResourceAssociationRequest.TenantName: TenantName */
        [122] = {MREF(122, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, scalars[2]), 0, offsetof(struct awsc_sesv2_create_tenant_resource_association_input, resource_arn), AWSC_MF_REQUIRED}, /* CreateTenantResourceAssociationRequest.ResourceArn: AmazonResourceName */
        [123] = {MREF(123, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, scalars[109]), 0, offsetof(struct awsc_sesv2_create_tenant_output, tenant_name), 0}, /* CreateTenantResponse.TenantName: TenantName */
        [124] = {MREF(124, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, scalars[108]), 0, offsetof(struct awsc_sesv2_create_tenant_output, tenant_id), 0}, /* CreateTenantResponse.TenantId: TenantId */
        [125] = {MREF(125, strings[1929]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, scalars[2]), 0, offsetof(struct awsc_sesv2_create_tenant_output, tenant_arn), 0}, /* CreateTenantResponse.TenantArn: AmazonResourceName */
        [126] = {MREF(126, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_create_tenant_output, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_create_tenant_output, created_timestamp), 0}, /* CreateTenantResponse.CreatedTimestamp: Timestamp */
        [127] = {MREF(127, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, collections[62].shape), 0, offsetof(struct awsc_sesv2_create_tenant_output, tags), 0}, /* CreateTenantResponse.Tags: TagList */
        [128] = {MREF(128, strings[1956]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, enums[42].shape), 0, offsetof(struct awsc_sesv2_create_tenant_output, sending_status), 0}, /* CreateTenantResponse.SendingStatus: SendingStatus */
        [129] = {MREF(129, strings[1886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, structures[321].shape), 0, offsetof(struct awsc_sesv2_create_tenant_output, suppression_attributes), 0}, /* CreateTenantResponse.SuppressionAttributes: TenantSuppressionAttributes */
        [130] = {MREF(130, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[33]), 0, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, template_name), 0}, /* CustomVerificationEmailTemplateMetadata.TemplateName: EmailTemplateName */
        [131] = {MREF(131, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[29]), 0, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, from_email_address), 0}, /* CustomVerificationEmailTemplateMetadata.FromEmailAddress: EmailAddress */
        [132] = {MREF(132, strings[1516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, scalars[34]), 0, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, template_subject), 0}, /* CustomVerificationEmailTemplateMetadata.TemplateSubject: EmailTemplateSubject */
        [133] = {MREF(133, strings[1548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, scalars[104]), 0, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, success_redirection_url), 0}, /* CustomVerificationEmailTemplateMetadata.SuccessRedirectionURL: SuccessRedirectionURL */
        [134] = {MREF(134, strings[1570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[46]), 0, offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, failure_redirection_url), 0}, /* CustomVerificationEmailTemplateMetadata.FailureRedirectionURL: FailureRedirectionURL */
        [135] = {MREF(135, strings[368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_daily_volume, start_date, has_start_date), offsetof(struct awsc_sesv2_daily_volume, start_date), 0}, /* DailyVolume.StartDate: Timestamp */
        [136] = {MREF(136, strings[1970]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, structures[350].shape), 0, offsetof(struct awsc_sesv2_daily_volume, volume_statistics), 0}, /* DailyVolume.VolumeStatistics: VolumeStatistics */
        [137] = {MREF(137, strings[1987]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, collections[18].shape), 0, offsetof(struct awsc_sesv2_daily_volume, domain_isp_placements), 0}, /* DailyVolume.DomainIspPlacements: DomainIspPlacements */
        [138] = {MREF(138, strings[2007]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, enums[19].shape), 0, offsetof(struct awsc_sesv2_dashboard_attributes, engagement_metrics), 0}, /* DashboardAttributes.EngagementMetrics: FeatureStatus */
        [139] = {MREF(139, strings[2007]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, enums[19].shape), 0, offsetof(struct awsc_sesv2_dashboard_options, engagement_metrics), 0}, /* DashboardOptions.EngagementMetrics: FeatureStatus */
        [140] = {MREF(140, strings[2034]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[53]), 0, offsetof(struct awsc_sesv2_dedicated_ip, ip), AWSC_MF_REQUIRED}, /* DedicatedIp.Ip: Ip */
        [141] = {MREF(141, strings[2037]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, enums[52].shape), 0, offsetof(struct awsc_sesv2_dedicated_ip, warmup_status), AWSC_MF_REQUIRED}, /* DedicatedIp.WarmupStatus: WarmupStatus */
        [142] = {MREF(142, strings[2050]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, scalars[78]), AWSC_MEMBER_HAS(struct awsc_sesv2_dedicated_ip, warmup_percentage, has_warmup_percentage), offsetof(struct awsc_sesv2_dedicated_ip, warmup_percentage), AWSC_MF_REQUIRED}, /* DedicatedIp.WarmupPercentage: Percentage100Wrapper */
        [143] = {MREF(143, strings[1592]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, scalars[81]), 0, offsetof(struct awsc_sesv2_dedicated_ip, pool_name), 0}, /* DedicatedIp.PoolName: PoolName */
        [144] = {MREF(144, strings[1592]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, scalars[81]), 0, offsetof(struct awsc_sesv2_dedicated_ip_pool, pool_name), AWSC_MF_REQUIRED}, /* DedicatedIpPool.PoolName: PoolName */
        [145] = {MREF(145, strings[1601]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, enums[41].shape), 0, offsetof(struct awsc_sesv2_dedicated_ip_pool, scaling_mode), AWSC_MF_REQUIRED}, /* DedicatedIpPool.ScalingMode: ScalingMode */
        [146] = {MREF(146, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(146, scalars[17]), 0, offsetof(struct awsc_sesv2_delete_configuration_set_event_destination_input, configuration_set_name), AWSC_MF_REQUIRED}, /* DeleteConfigurationSetEventDestinationRequest.ConfigurationSetName: ConfigurationSetName */
        [147] = {MREF(147, strings[1309]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(147, scalars[42]), 0, offsetof(struct awsc_sesv2_delete_configuration_set_event_destination_input, event_destination_name), AWSC_MF_REQUIRED}, /* DeleteConfigurationSetEventDestinationRequest.EventDestinationName: EventDestinationName */
        [148] = {MREF(148, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(148, scalars[17]), 0, offsetof(struct awsc_sesv2_delete_configuration_set_input, configuration_set_name), AWSC_MF_REQUIRED}, /* DeleteConfigurationSetRequest.ConfigurationSetName: ConfigurationSetName */
        [149] = {MREF(149, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(149, scalars[18]), 0, offsetof(struct awsc_sesv2_delete_contact_list_input, contact_list_name), AWSC_MF_REQUIRED}, /* DeleteContactListRequest.ContactListName: ContactListName */
        [150] = {MREF(150, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(150, scalars[18]), 0, offsetof(struct awsc_sesv2_delete_contact_input, contact_list_name), AWSC_MF_REQUIRED}, /* DeleteContactRequest.ContactListName: ContactListName */
        [151] = {MREF(151, strings[1128]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(151, scalars[29]), 0, offsetof(struct awsc_sesv2_delete_contact_input, email_address), AWSC_MF_REQUIRED}, /* DeleteContactRequest.EmailAddress: EmailAddress */
        [152] = {MREF(152, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(152, scalars[33]), 0, offsetof(struct awsc_sesv2_delete_custom_verification_email_template_input, template_name), AWSC_MF_REQUIRED}, /* DeleteCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [153] = {MREF(153, strings[1592]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(153, scalars[81]), 0, offsetof(struct awsc_sesv2_delete_dedicated_ip_pool_input, pool_name), AWSC_MF_REQUIRED}, /* DeleteDedicatedIpPoolRequest.PoolName: PoolName */
        [154] = {MREF(154, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(154, scalars[50]), 0, offsetof(struct awsc_sesv2_delete_email_identity_policy_input, email_identity), AWSC_MF_REQUIRED}, /* DeleteEmailIdentityPolicyRequest.EmailIdentity: Identity */
        [155] = {MREF(155, strings[1680]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(155, scalars[80]), 0, offsetof(struct awsc_sesv2_delete_email_identity_policy_input, policy_name), AWSC_MF_REQUIRED}, /* DeleteEmailIdentityPolicyRequest.PolicyName: PolicyName */
        [156] = {MREF(156, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(156, scalars[50]), 0, offsetof(struct awsc_sesv2_delete_email_identity_input, email_identity), AWSC_MF_REQUIRED}, /* DeleteEmailIdentityRequest.EmailIdentity: Identity */
        [157] = {MREF(157, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(157, scalars[33]), 0, offsetof(struct awsc_sesv2_delete_email_template_input, template_name), AWSC_MF_REQUIRED}, /* DeleteEmailTemplateRequest.TemplateName: EmailTemplateName */
        [158] = {MREF(158, strings[1843]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(158, scalars[39]), 0, offsetof(struct awsc_sesv2_delete_multi_region_endpoint_input, endpoint_name), AWSC_MF_REQUIRED}, /* DeleteMultiRegionEndpointRequest.EndpointName: EndpointName */
        [159] = {MREF(159, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, enums[43].shape), 0, offsetof(struct awsc_sesv2_delete_multi_region_endpoint_output, status), 0}, /* DeleteMultiRegionEndpointResponse.Status: Status */
        [160] = {MREF(160, strings[1128]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(160, scalars[29]), 0, offsetof(struct awsc_sesv2_delete_suppressed_destination_input, email_address), AWSC_MF_REQUIRED}, /* DeleteSuppressedDestinationRequest.EmailAddress: EmailAddress */
        [161] = {MREF(161, strings[1875]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(161, scalars[109]), 0, offsetof(struct awsc_sesv2_delete_suppressed_destination_input, tenant_name), 0}, /* DeleteSuppressedDestinationRequest.TenantName: TenantName */
        [162] = {MREF(162, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[109]), 0, offsetof(struct awsc_sesv2_delete_tenant_input, tenant_name), AWSC_MF_REQUIRED}, /* DeleteTenantRequest.TenantName: TenantName */
        [163] = {MREF(163, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[109]), 0, offsetof(struct awsc_sesv2_delete_tenant_resource_association_input, tenant_name), AWSC_MF_REQUIRED}, /* DeleteTenantResourceAssociationRequest.TenantName: TenantName */
        [164] = {MREF(164, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[2]), 0, offsetof(struct awsc_sesv2_delete_tenant_resource_association_input, resource_arn), AWSC_MF_REQUIRED}, /* DeleteTenantResourceAssociationRequest.ResourceArn: AmazonResourceName */
        [165] = {MREF(165, strings[1632]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[93]), 0, offsetof(struct awsc_sesv2_deliverability_test_report, report_id), 0}, /* DeliverabilityTestReport.ReportId: ReportId */
        [166] = {MREF(166, strings[1613]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, scalars[94]), 0, offsetof(struct awsc_sesv2_deliverability_test_report, report_name), 0}, /* DeliverabilityTestReport.ReportName: ReportName */
        [167] = {MREF(167, strings[2102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[22]), 0, offsetof(struct awsc_sesv2_deliverability_test_report, subject), 0}, /* DeliverabilityTestReport.Subject: DeliverabilityTestSubject */
        [168] = {MREF(168, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[29]), 0, offsetof(struct awsc_sesv2_deliverability_test_report, from_email_address), 0}, /* DeliverabilityTestReport.FromEmailAddress: EmailAddress */
        [169] = {MREF(169, strings[2110]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_deliverability_test_report, create_date, has_create_date), offsetof(struct awsc_sesv2_deliverability_test_report, create_date), 0}, /* DeliverabilityTestReport.CreateDate: Timestamp */
        [170] = {MREF(170, strings[1641]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, enums[9].shape), 0, offsetof(struct awsc_sesv2_deliverability_test_report, deliverability_test_status), 0}, /* DeliverabilityTestReport.DeliverabilityTestStatus: DeliverabilityTestStatus */
        [171] = {MREF(171, strings[2221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, enums[49].shape), 0, offsetof(struct awsc_sesv2_delivery_options, tls_policy), 0}, /* DeliveryOptions.TlsPolicy: TlsPolicy */
        [172] = {MREF(172, strings[2231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, scalars[81]), 0, offsetof(struct awsc_sesv2_delivery_options, sending_pool_name), 0}, /* DeliveryOptions.SendingPoolName: PoolName */
        [173] = {MREF(173, strings[2247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, scalars[62]), AWSC_MEMBER_HAS(struct awsc_sesv2_delivery_options, max_delivery_seconds, has_max_delivery_seconds), offsetof(struct awsc_sesv2_delivery_options, max_delivery_seconds), 0}, /* DeliveryOptions.MaxDeliverySeconds: MaxDeliverySeconds */
        [174] = {MREF(174, strings[2266]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, collections[20].shape), 0, offsetof(struct awsc_sesv2_destination, to_addresses), 0}, /* Destination.ToAddresses: EmailAddressList */
        [175] = {MREF(175, strings[2278]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, collections[20].shape), 0, offsetof(struct awsc_sesv2_destination, cc_addresses), 0}, /* Destination.CcAddresses: EmailAddressList */
        [176] = {MREF(176, strings[2290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, collections[20].shape), 0, offsetof(struct awsc_sesv2_destination, bcc_addresses), 0}, /* Destination.BccAddresses: EmailAddressList */
        [177] = {MREF(177, strings[2303]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, collections[58].shape), 0, offsetof(struct awsc_sesv2_details, routes_details), AWSC_MF_REQUIRED}, /* Details.RoutesDetails: RoutesDetails */
        [178] = {MREF(178, strings[2351]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_dkim_attributes, signing_enabled, has_signing_enabled), offsetof(struct awsc_sesv2_dkim_attributes, signing_enabled), 0}, /* DkimAttributes.SigningEnabled: Enabled */
        [179] = {MREF(179, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, enums[14].shape), 0, offsetof(struct awsc_sesv2_dkim_attributes, status), 0}, /* DkimAttributes.Status: DkimStatus */
        [180] = {MREF(180, strings[2366]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, collections[15].shape), 0, offsetof(struct awsc_sesv2_dkim_attributes, tokens), 0}, /* DkimAttributes.Tokens: DnsTokenList */
        [181] = {MREF(181, strings[2373]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, scalars[49]), 0, offsetof(struct awsc_sesv2_dkim_attributes, signing_hosted_zone), 0}, /* DkimAttributes.SigningHostedZone: HostedZone */
        [182] = {MREF(182, strings[2391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, enums[12].shape), 0, offsetof(struct awsc_sesv2_dkim_attributes, signing_attributes_origin), 0}, /* DkimAttributes.SigningAttributesOrigin: DkimSigningAttributesOrigin */
        [183] = {MREF(183, strings[2415]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, enums[13].shape), 0, offsetof(struct awsc_sesv2_dkim_attributes, next_signing_key_length), 0}, /* DkimAttributes.NextSigningKeyLength: DkimSigningKeyLength */
        [184] = {MREF(184, strings[2436]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, enums[13].shape), 0, offsetof(struct awsc_sesv2_dkim_attributes, current_signing_key_length), 0}, /* DkimAttributes.CurrentSigningKeyLength: DkimSigningKeyLength */
        [185] = {MREF(185, strings[2460]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_dkim_attributes, last_key_generation_timestamp, has_last_key_generation_timestamp), offsetof(struct awsc_sesv2_dkim_attributes, last_key_generation_timestamp), 0}, /* DkimAttributes.LastKeyGenerationTimestamp: Timestamp */
        [186] = {MREF(186, strings[2487]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, scalars[98]), 0, offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_selector), 0}, /* DkimSigningAttributes.DomainSigningSelector: Selector */
        [187] = {MREF(187, strings[2509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, scalars[83]), 0, offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_private_key), AWSC_MF_SENSITIVE}, /* DkimSigningAttributes.DomainSigningPrivateKey: PrivateKey */
        [188] = {MREF(188, strings[2415]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, enums[13].shape), 0, offsetof(struct awsc_sesv2_dkim_signing_attributes, next_signing_key_length), 0}, /* DkimSigningAttributes.NextSigningKeyLength: DkimSigningKeyLength */
        [189] = {MREF(189, strings[2533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, enums[12].shape), 0, offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_attributes_origin), 0}, /* DkimSigningAttributes.DomainSigningAttributesOrigin: DkimSigningAttributesOrigin */
        [190] = {MREF(190, strings[3245]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, scalars[12]), 0, offsetof(struct awsc_sesv2_domain_deliverability_campaign, campaign_id), 0}, /* DomainDeliverabilityCampaign.CampaignId: CampaignId */
        [191] = {MREF(191, strings[3256]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, scalars[51]), 0, offsetof(struct awsc_sesv2_domain_deliverability_campaign, image_url), 0}, /* DomainDeliverabilityCampaign.ImageUrl: ImageUrl */
        [192] = {MREF(192, strings[2102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, scalars[103]), 0, offsetof(struct awsc_sesv2_domain_deliverability_campaign, subject), 0}, /* DomainDeliverabilityCampaign.Subject: Subject */
        [193] = {MREF(193, strings[3265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, scalars[50]), 0, offsetof(struct awsc_sesv2_domain_deliverability_campaign, from_address), 0}, /* DomainDeliverabilityCampaign.FromAddress: Identity */
        [194] = {MREF(194, strings[3277]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, collections[34].shape), 0, offsetof(struct awsc_sesv2_domain_deliverability_campaign, sending_ips), 0}, /* DomainDeliverabilityCampaign.SendingIps: IpList */
        [195] = {MREF(195, strings[3288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, first_seen_date_time, has_first_seen_date_time), offsetof(struct awsc_sesv2_domain_deliverability_campaign, first_seen_date_time), 0}, /* DomainDeliverabilityCampaign.FirstSeenDateTime: Timestamp */
        [196] = {MREF(196, strings[3306]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, last_seen_date_time, has_last_seen_date_time), offsetof(struct awsc_sesv2_domain_deliverability_campaign, last_seen_date_time), 0}, /* DomainDeliverabilityCampaign.LastSeenDateTime: Timestamp */
        [197] = {MREF(197, strings[3323]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, inbox_count, has_inbox_count), offsetof(struct awsc_sesv2_domain_deliverability_campaign, inbox_count), 0}, /* DomainDeliverabilityCampaign.InboxCount: Volume */
        [198] = {MREF(198, strings[3334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, spam_count, has_spam_count), offsetof(struct awsc_sesv2_domain_deliverability_campaign, spam_count), 0}, /* DomainDeliverabilityCampaign.SpamCount: Volume */
        [199] = {MREF(199, strings[3344]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, read_rate, has_read_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, read_rate), 0}, /* DomainDeliverabilityCampaign.ReadRate: Percentage */
        [200] = {MREF(200, strings[3353]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, delete_rate, has_delete_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, delete_rate), 0}, /* DomainDeliverabilityCampaign.DeleteRate: Percentage */
        [201] = {MREF(201, strings[3364]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, read_delete_rate, has_read_delete_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, read_delete_rate), 0}, /* DomainDeliverabilityCampaign.ReadDeleteRate: Percentage */
        [202] = {MREF(202, strings[3379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_campaign, projected_volume, has_projected_volume), offsetof(struct awsc_sesv2_domain_deliverability_campaign, projected_volume), 0}, /* DomainDeliverabilityCampaign.ProjectedVolume: Volume */
        [203] = {MREF(203, strings[3395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, collections[24].shape), 0, offsetof(struct awsc_sesv2_domain_deliverability_campaign, esps), 0}, /* DomainDeliverabilityCampaign.Esps: Esps */
        [204] = {MREF(204, strings[3400]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, scalars[28]), 0, offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, domain), 0}, /* DomainDeliverabilityTrackingOption.Domain: Domain */
        [205] = {MREF(205, strings[3407]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(205, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_deliverability_tracking_option, subscription_start_date, has_subscription_start_date), offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, subscription_start_date), 0}, /* DomainDeliverabilityTrackingOption.SubscriptionStartDate: Timestamp */
        [206] = {MREF(206, strings[3429]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(206, structures[169].shape), 0, offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, inbox_placement_tracking_option), 0}, /* DomainDeliverabilityTrackingOption.InboxPlacementTrackingOption: InboxPlacementTrackingOption */
        [207] = {MREF(207, strings[3458]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, scalars[55]), 0, offsetof(struct awsc_sesv2_domain_isp_placement, isp_name), 0}, /* DomainIspPlacement.IspName: IspName */
        [208] = {MREF(208, strings[3466]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_isp_placement, inbox_raw_count, has_inbox_raw_count), offsetof(struct awsc_sesv2_domain_isp_placement, inbox_raw_count), 0}, /* DomainIspPlacement.InboxRawCount: Volume */
        [209] = {MREF(209, strings[3480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_isp_placement, spam_raw_count, has_spam_raw_count), offsetof(struct awsc_sesv2_domain_isp_placement, spam_raw_count), 0}, /* DomainIspPlacement.SpamRawCount: Volume */
        [210] = {MREF(210, strings[3493]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_isp_placement, inbox_percentage, has_inbox_percentage), offsetof(struct awsc_sesv2_domain_isp_placement, inbox_percentage), 0}, /* DomainIspPlacement.InboxPercentage: Percentage */
        [211] = {MREF(211, strings[3509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_domain_isp_placement, spam_percentage, has_spam_percentage), offsetof(struct awsc_sesv2_domain_isp_placement, spam_percentage), 0}, /* DomainIspPlacement.SpamPercentage: Percentage */
        [212] = {MREF(212, strings[3540]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, structures[98].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, has_valid_syntax), 0}, /* EmailAddressInsightsMailboxEvaluations.HasValidSyntax: EmailAddressInsightsVerdict */
        [213] = {MREF(213, strings[3555]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, structures[98].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, has_valid_dns_records), 0}, /* EmailAddressInsightsMailboxEvaluations.HasValidDnsRecords: EmailAddressInsightsVerdict */
        [214] = {MREF(214, strings[3574]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, structures[98].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, mailbox_exists), 0}, /* EmailAddressInsightsMailboxEvaluations.MailboxExists: EmailAddressInsightsVerdict */
        [215] = {MREF(215, strings[3588]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, structures[98].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_role_address), 0}, /* EmailAddressInsightsMailboxEvaluations.IsRoleAddress: EmailAddressInsightsVerdict */
        [216] = {MREF(216, strings[3602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, structures[98].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_disposable), 0}, /* EmailAddressInsightsMailboxEvaluations.IsDisposable: EmailAddressInsightsVerdict */
        [217] = {MREF(217, strings[3615]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(217, structures[98].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_random_input), 0}, /* EmailAddressInsightsMailboxEvaluations.IsRandomInput: EmailAddressInsightsVerdict */
        [218] = {MREF(218, strings[3629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(218, enums[15].shape), 0, offsetof(struct awsc_sesv2_email_address_insights_verdict, confidence_verdict), 0}, /* EmailAddressInsightsVerdict.ConfidenceVerdict: EmailAddressInsightsConfidenceVerdict */
        [219] = {MREF(219, strings[3647]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(219, structures[219].shape), 0, offsetof(struct awsc_sesv2_email_content, simple), 0}, /* EmailContent.Simple: Message */
        [220] = {MREF(220, strings[3654]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, structures[282].shape), 0, offsetof(struct awsc_sesv2_email_content, raw), 0}, /* EmailContent.Raw: RawMessage */
        [221] = {MREF(221, strings[557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(221, structures[317].shape), 0, offsetof(struct awsc_sesv2_email_content, template_), 0}, /* EmailContent.Template: Template */
        [222] = {MREF(222, strings[566]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(222, scalars[52]), 0, offsetof(struct awsc_sesv2_email_insights, destination), AWSC_MF_SENSITIVE}, /* EmailInsights.Destination: InsightsEmailAddress */
        [223] = {MREF(223, strings[3658]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(223, scalars[54]), 0, offsetof(struct awsc_sesv2_email_insights, isp), 0}, /* EmailInsights.Isp: Isp */
        [224] = {MREF(224, strings[3662]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(224, collections[33].shape), 0, offsetof(struct awsc_sesv2_email_insights, events), 0}, /* EmailInsights.Events: InsightsEvents */
        [225] = {MREF(225, strings[2102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(225, scalars[34]), 0, offsetof(struct awsc_sesv2_email_template_content, subject), 0}, /* EmailTemplateContent.Subject: EmailTemplateSubject */
        [226] = {MREF(226, strings[474]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(226, scalars[35]), 0, offsetof(struct awsc_sesv2_email_template_content, text), 0}, /* EmailTemplateContent.Text: EmailTemplateText */
        [227] = {MREF(227, strings[479]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(227, scalars[32]), 0, offsetof(struct awsc_sesv2_email_template_content, html), 0}, /* EmailTemplateContent.Html: EmailTemplateHtml */
        [228] = {MREF(228, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(228, scalars[33]), 0, offsetof(struct awsc_sesv2_email_template_metadata, template_name), 0}, /* EmailTemplateMetadata.TemplateName: EmailTemplateName */
        [229] = {MREF(229, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(229, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_email_template_metadata, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_email_template_metadata, created_timestamp), 0}, /* EmailTemplateMetadata.CreatedTimestamp: Timestamp */
        [230] = {MREF(230, strings[3680]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(230, scalars[2]), 0, offsetof(struct awsc_sesv2_event_bridge_destination, event_bus_arn), AWSC_MF_REQUIRED}, /* EventBridgeDestination.EventBusArn: AmazonResourceName */
        [231] = {MREF(231, strings[3692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(231, scalars[42]), 0, offsetof(struct awsc_sesv2_event_destination, name), AWSC_MF_REQUIRED}, /* EventDestination.Name: EventDestinationName */
        [232] = {MREF(232, strings[3697]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(232, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_event_destination, enabled, has_enabled), offsetof(struct awsc_sesv2_event_destination, enabled), 0}, /* EventDestination.Enabled: Enabled */
        [233] = {MREF(233, strings[3705]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(233, collections[26].shape), 0, offsetof(struct awsc_sesv2_event_destination, matching_event_types), AWSC_MF_REQUIRED}, /* EventDestination.MatchingEventTypes: EventTypes */
        [234] = {MREF(234, strings[3724]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(234, structures[174].shape), 0, offsetof(struct awsc_sesv2_event_destination, kinesis_firehose_destination), 0}, /* EventDestination.KinesisFirehoseDestination: KinesisFirehoseDestination */
        [235] = {MREF(235, strings[3751]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(235, structures[17].shape), 0, offsetof(struct awsc_sesv2_event_destination, cloud_watch_destination), 0}, /* EventDestination.CloudWatchDestination: CloudWatchDestination */
        [236] = {MREF(236, strings[3773]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, structures[302].shape), 0, offsetof(struct awsc_sesv2_event_destination, sns_destination), 0}, /* EventDestination.SnsDestination: SnsDestination */
        [237] = {MREF(237, strings[3788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, structures[103].shape), 0, offsetof(struct awsc_sesv2_event_destination, event_bridge_destination), 0}, /* EventDestination.EventBridgeDestination: EventBridgeDestination */
        [238] = {MREF(238, strings[3811]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, structures[231].shape), 0, offsetof(struct awsc_sesv2_event_destination, pinpoint_destination), 0}, /* EventDestination.PinpointDestination: PinpointDestination */
        [239] = {MREF(239, strings[3697]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_event_destination_definition, enabled, has_enabled), offsetof(struct awsc_sesv2_event_destination_definition, enabled), 0}, /* EventDestinationDefinition.Enabled: Enabled */
        [240] = {MREF(240, strings[3705]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, collections[26].shape), 0, offsetof(struct awsc_sesv2_event_destination_definition, matching_event_types), 0}, /* EventDestinationDefinition.MatchingEventTypes: EventTypes */
        [241] = {MREF(241, strings[3724]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, structures[174].shape), 0, offsetof(struct awsc_sesv2_event_destination_definition, kinesis_firehose_destination), 0}, /* EventDestinationDefinition.KinesisFirehoseDestination: KinesisFirehoseDestination */
        [242] = {MREF(242, strings[3751]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, structures[17].shape), 0, offsetof(struct awsc_sesv2_event_destination_definition, cloud_watch_destination), 0}, /* EventDestinationDefinition.CloudWatchDestination: CloudWatchDestination */
        [243] = {MREF(243, strings[3773]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, structures[302].shape), 0, offsetof(struct awsc_sesv2_event_destination_definition, sns_destination), 0}, /* EventDestinationDefinition.SnsDestination: SnsDestination */
        [244] = {MREF(244, strings[3788]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, structures[103].shape), 0, offsetof(struct awsc_sesv2_event_destination_definition, event_bridge_destination), 0}, /* EventDestinationDefinition.EventBridgeDestination: EventBridgeDestination */
        [245] = {MREF(245, strings[3811]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, structures[231].shape), 0, offsetof(struct awsc_sesv2_event_destination_definition, pinpoint_destination), 0}, /* EventDestinationDefinition.PinpointDestination: PinpointDestination */
        [246] = {MREF(246, strings[3831]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, structures[11].shape), 0, offsetof(struct awsc_sesv2_event_details, bounce), 0}, /* EventDetails.Bounce: Bounce */
        [247] = {MREF(247, strings[3838]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, structures[19].shape), 0, offsetof(struct awsc_sesv2_event_details, complaint), 0}, /* EventDetails.Complaint: Complaint */
        [248] = {MREF(248, strings[3943]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, structures[227].shape), 0, offsetof(struct awsc_sesv2_export_data_source, metrics_data_source), 0}, /* ExportDataSource.MetricsDataSource: MetricsDataSource */
        [249] = {MREF(249, strings[3961]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, structures[221].shape), 0, offsetof(struct awsc_sesv2_export_data_source, message_insights_data_source), 0}, /* ExportDataSource.MessageInsightsDataSource: MessageInsightsDataSource */
        [250] = {MREF(250, strings[3987]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, enums[7].shape), 0, offsetof(struct awsc_sesv2_export_destination, data_format), AWSC_MF_REQUIRED}, /* ExportDestination.DataFormat: DataFormat */
        [251] = {MREF(251, strings[3998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, scalars[97]), 0, offsetof(struct awsc_sesv2_export_destination, s3_url), 0}, /* ExportDestination.S3Url: S3Url */
        [252] = {MREF(252, strings[952]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, scalars[56]), 0, offsetof(struct awsc_sesv2_export_job_summary, job_id), 0}, /* ExportJobSummary.JobId: JobId */
        [253] = {MREF(253, strings[4004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, enums[18].shape), 0, offsetof(struct awsc_sesv2_export_job_summary, export_source_type), 0}, /* ExportJobSummary.ExportSourceType: ExportSourceType */
        [254] = {MREF(254, strings[4021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, enums[23].shape), 0, offsetof(struct awsc_sesv2_export_job_summary, job_status), 0}, /* ExportJobSummary.JobStatus: JobStatus */
        [255] = {MREF(255, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_export_job_summary, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_export_job_summary, created_timestamp), 0}, /* ExportJobSummary.CreatedTimestamp: Timestamp */
        [256] = {MREF(256, strings[4031]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_export_job_summary, completed_timestamp, has_completed_timestamp), offsetof(struct awsc_sesv2_export_job_summary, completed_timestamp), 0}, /* ExportJobSummary.CompletedTimestamp: Timestamp */
        [257] = {MREF(257, strings[3692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, enums[28].shape), 0, offsetof(struct awsc_sesv2_export_metric, name), 0}, /* ExportMetric.Name: Metric */
        [258] = {MREF(258, strings[4050]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, enums[29].shape), 0, offsetof(struct awsc_sesv2_export_metric, aggregation), 0}, /* ExportMetric.Aggregation: MetricAggregation */
        [259] = {MREF(259, strings[4092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, scalars[84]), AWSC_MEMBER_HAS(struct awsc_sesv2_export_statistics, processed_records_count, has_processed_records_count), offsetof(struct awsc_sesv2_export_statistics, processed_records_count), 0}, /* ExportStatistics.ProcessedRecordsCount: ProcessedRecordsCount */
        [260] = {MREF(260, strings[4114]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, scalars[43]), AWSC_MEMBER_HAS(struct awsc_sesv2_export_statistics, exported_records_count, has_exported_records_count), offsetof(struct awsc_sesv2_export_statistics, exported_records_count), 0}, /* ExportStatistics.ExportedRecordsCount: ExportedRecordsCount */
        [261] = {MREF(261, strings[4135]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, scalars[45]), 0, offsetof(struct awsc_sesv2_failure_info, failed_records_s3_url), 0}, /* FailureInfo.FailedRecordsS3Url: FailedRecordsS3Url */
        [262] = {MREF(262, strings[4154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, scalars[40]), 0, offsetof(struct awsc_sesv2_failure_info, error_message), 0}, /* FailureInfo.ErrorMessage: ErrorMessage */
        [263] = {MREF(263, strings[4184]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_account_output, dedicated_ip_auto_warmup_enabled, has_dedicated_ip_auto_warmup_enabled), offsetof(struct awsc_sesv2_get_account_output, dedicated_ip_auto_warmup_enabled), 0}, /* GetAccountResponse.DedicatedIpAutoWarmupEnabled: Enabled */
        [264] = {MREF(264, strings[4213]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, scalars[48]), 0, offsetof(struct awsc_sesv2_get_account_output, enforcement_status), 0}, /* GetAccountResponse.EnforcementStatus: GeneralEnforcementStatus */
        [265] = {MREF(265, strings[4231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_account_output, production_access_enabled, has_production_access_enabled), offsetof(struct awsc_sesv2_get_account_output, production_access_enabled), 0}, /* GetAccountResponse.ProductionAccessEnabled: Enabled */
        [266] = {MREF(266, strings[4255]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, structures[299].shape), 0, offsetof(struct awsc_sesv2_get_account_output, send_quota), 0}, /* GetAccountResponse.SendQuota: SendQuota */
        [267] = {MREF(267, strings[4265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_account_output, sending_enabled, has_sending_enabled), offsetof(struct awsc_sesv2_get_account_output, sending_enabled), 0}, /* GetAccountResponse.SendingEnabled: Enabled */
        [268] = {MREF(268, strings[1886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, structures[307].shape), 0, offsetof(struct awsc_sesv2_get_account_output, suppression_attributes), 0}, /* GetAccountResponse.SuppressionAttributes: SuppressionAttributes */
        [269] = {MREF(269, strings[1856]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, structures[0].shape), 0, offsetof(struct awsc_sesv2_get_account_output, details), 0}, /* GetAccountResponse.Details: AccountDetails */
        [270] = {MREF(270, strings[4280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, structures[347].shape), 0, offsetof(struct awsc_sesv2_get_account_output, vdm_attributes), 0}, /* GetAccountResponse.VdmAttributes: VdmAttributes */
        [271] = {MREF(271, strings[4294]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, structures[233].shape), 0, offsetof(struct awsc_sesv2_get_account_output, pricing_attributes), 0}, /* GetAccountResponse.PricingAttributes: PricingAttributes */
        [272] = {MREF(272, strings[4312]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(272, collections[4].shape), 0, offsetof(struct awsc_sesv2_get_blacklist_reports_input, blacklist_item_names), AWSC_MF_REQUIRED}, /* GetBlacklistReportsRequest.BlacklistItemNames: BlacklistItemNames */
        [273] = {MREF(273, strings[4331]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, collections[5].shape), 0, offsetof(struct awsc_sesv2_get_blacklist_reports_output, blacklist_report), AWSC_MF_REQUIRED}, /* GetBlacklistReportsResponse.BlacklistReport: BlacklistReport */
        [274] = {MREF(274, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(274, scalars[17]), 0, offsetof(struct awsc_sesv2_get_configuration_set_event_destinations_input, configuration_set_name), AWSC_MF_REQUIRED}, /* GetConfigurationSetEventDestinationsRequest.ConfigurationSetName: ConfigurationSetName */
        [275] = {MREF(275, strings[4347]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, collections[25].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_event_destinations_output, event_destinations), 0}, /* GetConfigurationSetEventDestinationsResponse.EventDestinations: EventDestinations */
        [276] = {MREF(276, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(276, scalars[17]), 0, offsetof(struct awsc_sesv2_get_configuration_set_input, configuration_set_name), AWSC_MF_REQUIRED}, /* GetConfigurationSetRequest.ConfigurationSetName: ConfigurationSetName */
        [277] = {MREF(277, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, scalars[17]), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, configuration_set_name), 0}, /* GetConfigurationSetResponse.ConfigurationSetName: ConfigurationSetName */
        [278] = {MREF(278, strings[1347]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, structures[328].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, tracking_options), 0}, /* GetConfigurationSetResponse.TrackingOptions: TrackingOptions */
        [279] = {MREF(279, strings[1363]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, structures[89].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, delivery_options), 0}, /* GetConfigurationSetResponse.DeliveryOptions: DeliveryOptions */
        [280] = {MREF(280, strings[1379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, structures[287].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, reputation_options), 0}, /* GetConfigurationSetResponse.ReputationOptions: ReputationOptions */
        [281] = {MREF(281, strings[1397]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, structures[300].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, sending_options), 0}, /* GetConfigurationSetResponse.SendingOptions: SendingOptions */
        [282] = {MREF(282, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, collections[62].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, tags), 0}, /* GetConfigurationSetResponse.Tags: TagList */
        [283] = {MREF(283, strings[1417]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, structures[311].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, suppression_options), 0}, /* GetConfigurationSetResponse.SuppressionOptions: SuppressionOptions */
        [284] = {MREF(284, strings[1436]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, structures[348].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, vdm_options), 0}, /* GetConfigurationSetResponse.VdmOptions: VdmOptions */
        [285] = {MREF(285, strings[1447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, structures[3].shape), 0, offsetof(struct awsc_sesv2_get_configuration_set_output, archiving_options), 0}, /* GetConfigurationSetResponse.ArchivingOptions: ArchivingOptions */
        [286] = {MREF(286, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(286, scalars[18]), 0, offsetof(struct awsc_sesv2_get_contact_list_input, contact_list_name), AWSC_MF_REQUIRED}, /* GetContactListRequest.ContactListName: ContactListName */
        [287] = {MREF(287, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, scalars[18]), 0, offsetof(struct awsc_sesv2_get_contact_list_output, contact_list_name), 0}, /* GetContactListResponse.ContactListName: ContactListName */
        [288] = {MREF(288, strings[1464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, collections[67].shape), 0, offsetof(struct awsc_sesv2_get_contact_list_output, topics), 0}, /* GetContactListResponse.Topics: Topics */
        [289] = {MREF(289, strings[462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, scalars[23]), 0, offsetof(struct awsc_sesv2_get_contact_list_output, description), 0}, /* GetContactListResponse.Description: Description */
        [290] = {MREF(290, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_contact_list_output, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_get_contact_list_output, created_timestamp), 0}, /* GetContactListResponse.CreatedTimestamp: Timestamp */
        [291] = {MREF(291, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_contact_list_output, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_get_contact_list_output, last_updated_timestamp), 0}, /* GetContactListResponse.LastUpdatedTimestamp: Timestamp */
        [292] = {MREF(292, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, collections[62].shape), 0, offsetof(struct awsc_sesv2_get_contact_list_output, tags), 0}, /* GetContactListResponse.Tags: TagList */
        [293] = {MREF(293, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(293, scalars[18]), 0, offsetof(struct awsc_sesv2_get_contact_input, contact_list_name), AWSC_MF_REQUIRED}, /* GetContactRequest.ContactListName: ContactListName */
        [294] = {MREF(294, strings[1128]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(294, scalars[29]), 0, offsetof(struct awsc_sesv2_get_contact_input, email_address), AWSC_MF_REQUIRED}, /* GetContactRequest.EmailAddress: EmailAddress */
        [295] = {MREF(295, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, scalars[18]), 0, offsetof(struct awsc_sesv2_get_contact_output, contact_list_name), 0}, /* GetContactResponse.ContactListName: ContactListName */
        [296] = {MREF(296, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, scalars[29]), 0, offsetof(struct awsc_sesv2_get_contact_output, email_address), 0}, /* GetContactResponse.EmailAddress: EmailAddress */
        [297] = {MREF(297, strings[1141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, collections[66].shape), 0, offsetof(struct awsc_sesv2_get_contact_output, topic_preferences), 0}, /* GetContactResponse.TopicPreferences: TopicPreferenceList */
        [298] = {MREF(298, strings[1158]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, collections[66].shape), 0, offsetof(struct awsc_sesv2_get_contact_output, topic_default_preferences), 0}, /* GetContactResponse.TopicDefaultPreferences: TopicPreferenceList */
        [299] = {MREF(299, strings[1182]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, scalars[112]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_contact_output, unsubscribe_all, has_unsubscribe_all), offsetof(struct awsc_sesv2_get_contact_output, unsubscribe_all), 0}, /* GetContactResponse.UnsubscribeAll: UnsubscribeAll */
        [300] = {MREF(300, strings[1471]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, scalars[8]), 0, offsetof(struct awsc_sesv2_get_contact_output, attributes_data), 0}, /* GetContactResponse.AttributesData: AttributesData */
        [301] = {MREF(301, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_contact_output, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_get_contact_output, created_timestamp), 0}, /* GetContactResponse.CreatedTimestamp: Timestamp */
        [302] = {MREF(302, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_contact_output, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_get_contact_output, last_updated_timestamp), 0}, /* GetContactResponse.LastUpdatedTimestamp: Timestamp */
        [303] = {MREF(303, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(303, scalars[33]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_input, template_name), AWSC_MF_REQUIRED}, /* GetCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [304] = {MREF(304, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, scalars[33]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_name), 0}, /* GetCustomVerificationEmailTemplateResponse.TemplateName: EmailTemplateName */
        [305] = {MREF(305, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, scalars[29]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, from_email_address), 0}, /* GetCustomVerificationEmailTemplateResponse.FromEmailAddress: EmailAddress */
        [306] = {MREF(306, strings[1516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, scalars[34]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_subject), 0}, /* GetCustomVerificationEmailTemplateResponse.TemplateSubject: EmailTemplateSubject */
        [307] = {MREF(307, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, scalars[107]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_content), 0}, /* GetCustomVerificationEmailTemplateResponse.TemplateContent: TemplateContent */
        [308] = {MREF(308, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(308, collections[62].shape), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, tags), 0}, /* GetCustomVerificationEmailTemplateResponse.Tags: TagList */
        [309] = {MREF(309, strings[1548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(309, scalars[104]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, success_redirection_url), 0}, /* GetCustomVerificationEmailTemplateResponse.SuccessRedirectionURL: SuccessRedirectionURL */
        [310] = {MREF(310, strings[1570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(310, scalars[46]), 0, offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, failure_redirection_url), 0}, /* GetCustomVerificationEmailTemplateResponse.FailureRedirectionURL: FailureRedirectionURL */
        [311] = {MREF(311, strings[1592]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(311, scalars[81]), 0, offsetof(struct awsc_sesv2_get_dedicated_ip_pool_input, pool_name), AWSC_MF_REQUIRED}, /* GetDedicatedIpPoolRequest.PoolName: PoolName */
        [312] = {MREF(312, strings[4365]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(312, structures[61].shape), 0, offsetof(struct awsc_sesv2_get_dedicated_ip_pool_output, dedicated_ip_pool), 0}, /* GetDedicatedIpPoolResponse.DedicatedIpPool: DedicatedIpPool */
        [313] = {MREF(313, strings[4381]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(313, scalars[53]), 0, offsetof(struct awsc_sesv2_get_dedicated_ip_input, ip), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* GetDedicatedIpRequest.Ip: Ip */
        [314] = {MREF(314, strings[4387]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(314, structures[60].shape), 0, offsetof(struct awsc_sesv2_get_dedicated_ip_output, dedicated_ip), 0}, /* GetDedicatedIpResponse.DedicatedIp: DedicatedIp */
        [315] = {MREF(315, strings[1592]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(315, scalars[81]), 0, offsetof(struct awsc_sesv2_get_dedicated_ips_input, pool_name), 0}, /* GetDedicatedIpsRequest.PoolName: PoolName */
        [316] = {MREF(316, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(316, scalars[73]), 0, offsetof(struct awsc_sesv2_get_dedicated_ips_input, next_token), 0}, /* GetDedicatedIpsRequest.NextToken: NextToken */
        [317] = {MREF(317, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(317, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_dedicated_ips_input, page_size, has_page_size), offsetof(struct awsc_sesv2_get_dedicated_ips_input, page_size), 0}, /* GetDedicatedIpsRequest.PageSize: MaxItems */
        [318] = {MREF(318, strings[4418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(318, collections[12].shape), 0, offsetof(struct awsc_sesv2_get_dedicated_ips_output, dedicated_ips), 0}, /* GetDedicatedIpsResponse.DedicatedIps: DedicatedIpList */
        [319] = {MREF(319, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(319, scalars[73]), 0, offsetof(struct awsc_sesv2_get_dedicated_ips_output, next_token), 0}, /* GetDedicatedIpsResponse.NextToken: NextToken */
        [320] = {MREF(320, strings[4431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(320, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_deliverability_dashboard_options_output, dashboard_enabled, has_dashboard_enabled), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, dashboard_enabled), AWSC_MF_REQUIRED}, /* GetDeliverabilityDashboardOptionsResponse.DashboardEnabled: Enabled */
        [321] = {MREF(321, strings[4448]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(321, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_deliverability_dashboard_options_output, subscription_expiry_date, has_subscription_expiry_date), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, subscription_expiry_date), 0}, /* GetDeliverabilityDashboardOptionsResponse.SubscriptionExpiryDate: Timestamp */
        [322] = {MREF(322, strings[4471]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(322, enums[8].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, account_status), 0}, /* GetDeliverabilityDashboardOptionsResponse.AccountStatus: DeliverabilityDashboardAccountStatus */
        [323] = {MREF(323, strings[4485]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(323, collections[17].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, active_subscribed_domains), 0}, /* GetDeliverabilityDashboardOptionsResponse.ActiveSubscribedDomains: DomainDeliverabilityTrackingOptions */
        [324] = {MREF(324, strings[4509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(324, collections[17].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, pending_expiration_subscribed_domains), 0}, /* GetDeliverabilityDashboardOptionsResponse.PendingExpirationSubscribedDomains: DomainDeliverabilityTrackingOptions */
        [325] = {MREF(325, strings[1632]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(325, scalars[93]), 0, offsetof(struct awsc_sesv2_get_deliverability_test_report_input, report_id), AWSC_MF_REQUIRED}, /* GetDeliverabilityTestReportRequest.ReportId: ReportId */
        [326] = {MREF(326, strings[4544]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(326, structures[88].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, deliverability_test_report), AWSC_MF_REQUIRED}, /* GetDeliverabilityTestReportResponse.DeliverabilityTestReport: DeliverabilityTestReport */
        [327] = {MREF(327, strings[4569]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(327, structures[232].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, overall_placement), AWSC_MF_REQUIRED}, /* GetDeliverabilityTestReportResponse.OverallPlacement: PlacementStatistics */
        [328] = {MREF(328, strings[4586]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(328, collections[37].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, isp_placements), AWSC_MF_REQUIRED}, /* GetDeliverabilityTestReportResponse.IspPlacements: IspPlacements */
        [329] = {MREF(329, strings[4600]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(329, scalars[65]), 0, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, message), 0}, /* GetDeliverabilityTestReportResponse.Message: MessageContent */
        [330] = {MREF(330, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(330, collections[62].shape), 0, offsetof(struct awsc_sesv2_get_deliverability_test_report_output, tags), 0}, /* GetDeliverabilityTestReportResponse.Tags: TagList */
        [331] = {MREF(331, strings[3245]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(331, scalars[12]), 0, offsetof(struct awsc_sesv2_get_domain_deliverability_campaign_input, campaign_id), AWSC_MF_REQUIRED}, /* GetDomainDeliverabilityCampaignRequest.CampaignId: CampaignId */
        [332] = {MREF(332, strings[4608]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(332, structures[94].shape), 0, offsetof(struct awsc_sesv2_get_domain_deliverability_campaign_output, domain_deliverability_campaign), AWSC_MF_REQUIRED}, /* GetDomainDeliverabilityCampaignResponse.DomainDeliverabilityCampaign: DomainDeliverabilityCampaign */
        [333] = {MREF(333, strings[3400]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(333, scalars[50]), 0, offsetof(struct awsc_sesv2_get_domain_statistics_report_input, domain), AWSC_MF_REQUIRED}, /* GetDomainStatisticsReportRequest.Domain: Identity */
        [334] = {MREF(334, strings[368]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(334, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_domain_statistics_report_input, start_date, has_start_date), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, start_date), AWSC_MF_REQUIRED}, /* GetDomainStatisticsReportRequest.StartDate: Timestamp */
        [335] = {MREF(335, strings[378]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(335, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_domain_statistics_report_input, end_date, has_end_date), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, end_date), AWSC_MF_REQUIRED}, /* GetDomainStatisticsReportRequest.EndDate: Timestamp */
        [336] = {MREF(336, strings[4637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(336, structures[230].shape), 0, offsetof(struct awsc_sesv2_get_domain_statistics_report_output, overall_volume), AWSC_MF_REQUIRED}, /* GetDomainStatisticsReportResponse.OverallVolume: OverallVolume */
        [337] = {MREF(337, strings[4651]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(337, collections[11].shape), 0, offsetof(struct awsc_sesv2_get_domain_statistics_report_output, daily_volumes), AWSC_MF_REQUIRED}, /* GetDomainStatisticsReportResponse.DailyVolumes: DailyVolumes */
        [338] = {MREF(338, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(338, scalars[29]), 0, offsetof(struct awsc_sesv2_get_email_address_insights_input, email_address), AWSC_MF_REQUIRED}, /* GetEmailAddressInsightsRequest.EmailAddress: EmailAddress */
        [339] = {MREF(339, strings[4664]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(339, structures[218].shape), 0, offsetof(struct awsc_sesv2_get_email_address_insights_output, mailbox_validation), 0}, /* GetEmailAddressInsightsResponse.MailboxValidation: MailboxValidation */
        [340] = {MREF(340, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(340, scalars[50]), 0, offsetof(struct awsc_sesv2_get_email_identity_policies_input, email_identity), AWSC_MF_REQUIRED}, /* GetEmailIdentityPoliciesRequest.EmailIdentity: Identity */
        [341] = {MREF(341, strings[4682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(341, collections[51].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_policies_output, policies), 0}, /* GetEmailIdentityPoliciesResponse.Policies: PolicyMap */
        [342] = {MREF(342, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(342, scalars[50]), 0, offsetof(struct awsc_sesv2_get_email_identity_input, email_identity), AWSC_MF_REQUIRED}, /* GetEmailIdentityRequest.EmailIdentity: Identity */
        [343] = {MREF(343, strings[1720]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(343, enums[21].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, identity_type), 0}, /* GetEmailIdentityResponse.IdentityType: IdentityType */
        [344] = {MREF(344, strings[4691]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(344, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_email_identity_output, feedback_forwarding_status, has_feedback_forwarding_status), offsetof(struct awsc_sesv2_get_email_identity_output, feedback_forwarding_status), 0}, /* GetEmailIdentityResponse.FeedbackForwardingStatus: Enabled */
        [345] = {MREF(345, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(345, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_email_identity_output, verified_for_sending_status, has_verified_for_sending_status), offsetof(struct awsc_sesv2_get_email_identity_output, verified_for_sending_status), 0}, /* GetEmailIdentityResponse.VerifiedForSendingStatus: Enabled */
        [346] = {MREF(346, strings[1758]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(346, structures[92].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, dkim_attributes), 0}, /* GetEmailIdentityResponse.DkimAttributes: DkimAttributes */
        [347] = {MREF(347, strings[4716]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(347, structures[216].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, mail_from_attributes), 0}, /* GetEmailIdentityResponse.MailFromAttributes: MailFromAttributes */
        [348] = {MREF(348, strings[4682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(348, collections[51].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, policies), 0}, /* GetEmailIdentityResponse.Policies: PolicyMap */
        [349] = {MREF(349, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(349, collections[62].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, tags), 0}, /* GetEmailIdentityResponse.Tags: TagList */
        [350] = {MREF(350, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(350, scalars[17]), 0, offsetof(struct awsc_sesv2_get_email_identity_output, configuration_set_name), 0}, /* GetEmailIdentityResponse.ConfigurationSetName: ConfigurationSetName */
        [351] = {MREF(351, strings[4735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(351, enums[51].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, verification_status), 0}, /* GetEmailIdentityResponse.VerificationStatus: VerificationStatus */
        [352] = {MREF(352, strings[4754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(352, structures[349].shape), 0, offsetof(struct awsc_sesv2_get_email_identity_output, verification_info), 0}, /* GetEmailIdentityResponse.VerificationInfo: VerificationInfo */
        [353] = {MREF(353, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(353, scalars[33]), 0, offsetof(struct awsc_sesv2_get_email_template_input, template_name), AWSC_MF_REQUIRED}, /* GetEmailTemplateRequest.TemplateName: EmailTemplateName */
        [354] = {MREF(354, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(354, scalars[33]), 0, offsetof(struct awsc_sesv2_get_email_template_output, template_name), AWSC_MF_REQUIRED}, /* GetEmailTemplateResponse.TemplateName: EmailTemplateName */
        [355] = {MREF(355, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(355, structures[101].shape), 0, offsetof(struct awsc_sesv2_get_email_template_output, template_content), AWSC_MF_REQUIRED}, /* GetEmailTemplateResponse.TemplateContent: EmailTemplateContent */
        [356] = {MREF(356, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(356, collections[62].shape), 0, offsetof(struct awsc_sesv2_get_email_template_output, tags), 0}, /* GetEmailTemplateResponse.Tags: TagList */
        [357] = {MREF(357, strings[952]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(357, scalars[56]), 0, offsetof(struct awsc_sesv2_get_export_job_input, job_id), AWSC_MF_REQUIRED}, /* GetExportJobRequest.JobId: JobId */
        [358] = {MREF(358, strings[952]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(358, scalars[56]), 0, offsetof(struct awsc_sesv2_get_export_job_output, job_id), 0}, /* GetExportJobResponse.JobId: JobId */
        [359] = {MREF(359, strings[4004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(359, enums[18].shape), 0, offsetof(struct awsc_sesv2_get_export_job_output, export_source_type), 0}, /* GetExportJobResponse.ExportSourceType: ExportSourceType */
        [360] = {MREF(360, strings[4021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(360, enums[23].shape), 0, offsetof(struct awsc_sesv2_get_export_job_output, job_status), 0}, /* GetExportJobResponse.JobStatus: JobStatus */
        [361] = {MREF(361, strings[1790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(361, structures[108].shape), 0, offsetof(struct awsc_sesv2_get_export_job_output, export_destination), 0}, /* GetExportJobResponse.ExportDestination: ExportDestination */
        [362] = {MREF(362, strings[1773]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(362, structures[107].shape), 0, offsetof(struct awsc_sesv2_get_export_job_output, export_data_source), 0}, /* GetExportJobResponse.ExportDataSource: ExportDataSource */
        [363] = {MREF(363, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(363, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_export_job_output, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_get_export_job_output, created_timestamp), 0}, /* GetExportJobResponse.CreatedTimestamp: Timestamp */
        [364] = {MREF(364, strings[4031]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(364, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_export_job_output, completed_timestamp, has_completed_timestamp), offsetof(struct awsc_sesv2_get_export_job_output, completed_timestamp), 0}, /* GetExportJobResponse.CompletedTimestamp: Timestamp */
        [365] = {MREF(365, strings[4771]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(365, structures[112].shape), 0, offsetof(struct awsc_sesv2_get_export_job_output, failure_info), 0}, /* GetExportJobResponse.FailureInfo: FailureInfo */
        [366] = {MREF(366, strings[4783]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(366, structures[111].shape), 0, offsetof(struct awsc_sesv2_get_export_job_output, statistics), 0}, /* GetExportJobResponse.Statistics: ExportStatistics */
        [367] = {MREF(367, strings[952]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(367, scalars[56]), 0, offsetof(struct awsc_sesv2_get_import_job_input, job_id), AWSC_MF_REQUIRED}, /* GetImportJobRequest.JobId: JobId */
        [368] = {MREF(368, strings[952]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(368, scalars[56]), 0, offsetof(struct awsc_sesv2_get_import_job_output, job_id), 0}, /* GetImportJobResponse.JobId: JobId */
        [369] = {MREF(369, strings[1808]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(369, structures[167].shape), 0, offsetof(struct awsc_sesv2_get_import_job_output, import_destination), 0}, /* GetImportJobResponse.ImportDestination: ImportDestination */
        [370] = {MREF(370, strings[1826]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(370, structures[166].shape), 0, offsetof(struct awsc_sesv2_get_import_job_output, import_data_source), 0}, /* GetImportJobResponse.ImportDataSource: ImportDataSource */
        [371] = {MREF(371, strings[4771]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(371, structures[112].shape), 0, offsetof(struct awsc_sesv2_get_import_job_output, failure_info), 0}, /* GetImportJobResponse.FailureInfo: FailureInfo */
        [372] = {MREF(372, strings[4021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(372, enums[23].shape), 0, offsetof(struct awsc_sesv2_get_import_job_output, job_status), 0}, /* GetImportJobResponse.JobStatus: JobStatus */
        [373] = {MREF(373, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(373, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_import_job_output, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_get_import_job_output, created_timestamp), 0}, /* GetImportJobResponse.CreatedTimestamp: Timestamp */
        [374] = {MREF(374, strings[4031]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(374, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_import_job_output, completed_timestamp, has_completed_timestamp), offsetof(struct awsc_sesv2_get_import_job_output, completed_timestamp), 0}, /* GetImportJobResponse.CompletedTimestamp: Timestamp */
        [375] = {MREF(375, strings[4092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(375, scalars[84]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_import_job_output, processed_records_count, has_processed_records_count), offsetof(struct awsc_sesv2_get_import_job_output, processed_records_count), 0}, /* GetImportJobResponse.ProcessedRecordsCount: ProcessedRecordsCount */
        [376] = {MREF(376, strings[4794]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(376, scalars[44]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_import_job_output, failed_records_count, has_failed_records_count), offsetof(struct awsc_sesv2_get_import_job_output, failed_records_count), 0}, /* GetImportJobResponse.FailedRecordsCount: FailedRecordsCount */
        [377] = {MREF(377, strings[650]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(377, scalars[75]), 0, offsetof(struct awsc_sesv2_get_message_insights_input, message_id), AWSC_MF_REQUIRED}, /* GetMessageInsightsRequest.MessageId: OutboundMessageId */
        [378] = {MREF(378, strings[650]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(378, scalars[75]), 0, offsetof(struct awsc_sesv2_get_message_insights_output, message_id), 0}, /* GetMessageInsightsResponse.MessageId: OutboundMessageId */
        [379] = {MREF(379, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(379, scalars[52]), 0, offsetof(struct awsc_sesv2_get_message_insights_output, from_email_address), AWSC_MF_SENSITIVE}, /* GetMessageInsightsResponse.FromEmailAddress: InsightsEmailAddress */
        [380] = {MREF(380, strings[2102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(380, scalars[30]), 0, offsetof(struct awsc_sesv2_get_message_insights_output, subject), AWSC_MF_SENSITIVE}, /* GetMessageInsightsResponse.Subject: EmailSubject */
        [381] = {MREF(381, strings[4813]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(381, collections[46].shape), 0, offsetof(struct awsc_sesv2_get_message_insights_output, email_tags), 0}, /* GetMessageInsightsResponse.EmailTags: MessageTagList */
        [382] = {MREF(382, strings[4823]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(382, collections[21].shape), 0, offsetof(struct awsc_sesv2_get_message_insights_output, insights), 0}, /* GetMessageInsightsResponse.Insights: EmailInsightsList */
        [383] = {MREF(383, strings[1843]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(383, scalars[39]), 0, offsetof(struct awsc_sesv2_get_multi_region_endpoint_input, endpoint_name), AWSC_MF_REQUIRED}, /* GetMultiRegionEndpointRequest.EndpointName: EndpointName */
        [384] = {MREF(384, strings[1843]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(384, scalars[39]), 0, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, endpoint_name), 0}, /* GetMultiRegionEndpointResponse.EndpointName: EndpointName */
        [385] = {MREF(385, strings[1864]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(385, scalars[38]), 0, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, endpoint_id), 0}, /* GetMultiRegionEndpointResponse.EndpointId: EndpointId */
        [386] = {MREF(386, strings[4832]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(386, collections[57].shape), 0, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, routes), 0}, /* GetMultiRegionEndpointResponse.Routes: Routes */
        [387] = {MREF(387, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(387, enums[43].shape), 0, offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, status), 0}, /* GetMultiRegionEndpointResponse.Status: Status */
        [388] = {MREF(388, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(388, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_multi_region_endpoint_output, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, created_timestamp), 0}, /* GetMultiRegionEndpointResponse.CreatedTimestamp: Timestamp */
        [389] = {MREF(389, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(389, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_get_multi_region_endpoint_output, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, last_updated_timestamp), 0}, /* GetMultiRegionEndpointResponse.LastUpdatedTimestamp: Timestamp */
        [390] = {MREF(390, strings[4839]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(390, scalars[96]), 0, offsetof(struct awsc_sesv2_get_reputation_entity_input, reputation_entity_reference), AWSC_MF_REQUIRED}, /* GetReputationEntityRequest.ReputationEntityReference: ReputationEntityReference */
        [391] = {MREF(391, strings[4865]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(391, enums[38].shape), 0, offsetof(struct awsc_sesv2_get_reputation_entity_input, reputation_entity_type), AWSC_MF_REQUIRED}, /* GetReputationEntityRequest.ReputationEntityType: ReputationEntityType */
        [392] = {MREF(392, strings[4886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(392, structures[286].shape), 0, offsetof(struct awsc_sesv2_get_reputation_entity_output, reputation_entity), 0}, /* GetReputationEntityResponse.ReputationEntity: ReputationEntity */
        [393] = {MREF(393, strings[1128]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(393, scalars[29]), 0, offsetof(struct awsc_sesv2_get_suppressed_destination_input, email_address), AWSC_MF_REQUIRED}, /* GetSuppressedDestinationRequest.EmailAddress: EmailAddress */
        [394] = {MREF(394, strings[1875]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(394, scalars[109]), 0, offsetof(struct awsc_sesv2_get_suppressed_destination_input, tenant_name), 0}, /* GetSuppressedDestinationRequest.TenantName: TenantName */
        [395] = {MREF(395, strings[4903]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(395, structures[304].shape), 0, offsetof(struct awsc_sesv2_get_suppressed_destination_output, suppressed_destination), AWSC_MF_REQUIRED}, /* GetSuppressedDestinationResponse.SuppressedDestination: SuppressedDestination */
        [396] = {MREF(396, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(396, scalars[109]), 0, offsetof(struct awsc_sesv2_get_tenant_input, tenant_name), AWSC_MF_REQUIRED}, /* GetTenantRequest.TenantName: TenantName */
        [397] = {MREF(397, strings[4925]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(397, structures[318].shape), 0, offsetof(struct awsc_sesv2_get_tenant_output, tenant), 0}, /* GetTenantResponse.Tenant: Tenant */
        [398] = {MREF(398, strings[4932]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(398, enums[19].shape), 0, offsetof(struct awsc_sesv2_guardian_attributes, optimized_shared_delivery), 0}, /* GuardianAttributes.OptimizedSharedDelivery: FeatureStatus */
        [399] = {MREF(399, strings[4932]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(399, enums[19].shape), 0, offsetof(struct awsc_sesv2_guardian_options, optimized_shared_delivery), 0}, /* GuardianOptions.OptimizedSharedDelivery: FeatureStatus */
        [400] = {MREF(400, strings[1720]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(400, enums[21].shape), 0, offsetof(struct awsc_sesv2_identity_info, identity_type), 0}, /* IdentityInfo.IdentityType: IdentityType */
        [401] = {MREF(401, strings[4991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(401, scalars[50]), 0, offsetof(struct awsc_sesv2_identity_info, identity_name), 0}, /* IdentityInfo.IdentityName: Identity */
        [402] = {MREF(402, strings[4265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(402, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_identity_info, sending_enabled, has_sending_enabled), offsetof(struct awsc_sesv2_identity_info, sending_enabled), 0}, /* IdentityInfo.SendingEnabled: Enabled */
        [403] = {MREF(403, strings[4735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(403, enums[51].shape), 0, offsetof(struct awsc_sesv2_identity_info, verification_status), 0}, /* IdentityInfo.VerificationStatus: VerificationStatus */
        [404] = {MREF(404, strings[3998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(404, scalars[97]), 0, offsetof(struct awsc_sesv2_import_data_source, s3_url), AWSC_MF_REQUIRED}, /* ImportDataSource.S3Url: S3Url */
        [405] = {MREF(405, strings[3987]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(405, enums[7].shape), 0, offsetof(struct awsc_sesv2_import_data_source, data_format), AWSC_MF_REQUIRED}, /* ImportDataSource.DataFormat: DataFormat */
        [406] = {MREF(406, strings[5040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(406, structures[310].shape), 0, offsetof(struct awsc_sesv2_import_destination, suppression_list_destination), 0}, /* ImportDestination.SuppressionListDestination: SuppressionListDestination */
        [407] = {MREF(407, strings[5067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(407, structures[24].shape), 0, offsetof(struct awsc_sesv2_import_destination, contact_list_destination), 0}, /* ImportDestination.ContactListDestination: ContactListDestination */
        [408] = {MREF(408, strings[952]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(408, scalars[56]), 0, offsetof(struct awsc_sesv2_import_job_summary, job_id), 0}, /* ImportJobSummary.JobId: JobId */
        [409] = {MREF(409, strings[1808]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(409, structures[167].shape), 0, offsetof(struct awsc_sesv2_import_job_summary, import_destination), 0}, /* ImportJobSummary.ImportDestination: ImportDestination */
        [410] = {MREF(410, strings[4021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(410, enums[23].shape), 0, offsetof(struct awsc_sesv2_import_job_summary, job_status), 0}, /* ImportJobSummary.JobStatus: JobStatus */
        [411] = {MREF(411, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(411, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_import_job_summary, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_import_job_summary, created_timestamp), 0}, /* ImportJobSummary.CreatedTimestamp: Timestamp */
        [412] = {MREF(412, strings[4092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(412, scalars[84]), AWSC_MEMBER_HAS(struct awsc_sesv2_import_job_summary, processed_records_count, has_processed_records_count), offsetof(struct awsc_sesv2_import_job_summary, processed_records_count), 0}, /* ImportJobSummary.ProcessedRecordsCount: ProcessedRecordsCount */
        [413] = {MREF(413, strings[4794]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(413, scalars[44]), AWSC_MEMBER_HAS(struct awsc_sesv2_import_job_summary, failed_records_count, has_failed_records_count), offsetof(struct awsc_sesv2_import_job_summary, failed_records_count), 0}, /* ImportJobSummary.FailedRecordsCount: FailedRecordsCount */
        [414] = {MREF(414, strings[5120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(414, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_inbox_placement_tracking_option, global, has_global), offsetof(struct awsc_sesv2_inbox_placement_tracking_option, global), 0}, /* InboxPlacementTrackingOption.Global: Enabled */
        [415] = {MREF(415, strings[5127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(415, collections[36].shape), 0, offsetof(struct awsc_sesv2_inbox_placement_tracking_option, tracked_isps), 0}, /* InboxPlacementTrackingOption.TrackedIsps: IspNameList */
        [416] = {MREF(416, strings[5139]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(416, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_insights_event, timestamp, has_timestamp), offsetof(struct awsc_sesv2_insights_event, timestamp), 0}, /* InsightsEvent.Timestamp: Timestamp */
        [417] = {MREF(417, strings[5149]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(417, enums[17].shape), 0, offsetof(struct awsc_sesv2_insights_event, type), 0}, /* InsightsEvent.Type: EventType */
        [418] = {MREF(418, strings[1856]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(418, structures[106].shape), 0, offsetof(struct awsc_sesv2_insights_event, details), 0}, /* InsightsEvent.Details: EventDetails */
        [419] = {MREF(419, strings[3458]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(419, scalars[55]), 0, offsetof(struct awsc_sesv2_isp_placement, isp_name), 0}, /* IspPlacement.IspName: IspName */
        [420] = {MREF(420, strings[5210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(420, structures[232].shape), 0, offsetof(struct awsc_sesv2_isp_placement, placement_statistics), 0}, /* IspPlacement.PlacementStatistics: PlacementStatistics */
        [421] = {MREF(421, strings[5276]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(421, scalars[2]), 0, offsetof(struct awsc_sesv2_kinesis_firehose_destination, iam_role_arn), AWSC_MF_REQUIRED}, /* KinesisFirehoseDestination.IamRoleArn: AmazonResourceName */
        [422] = {MREF(422, strings[5287]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(422, scalars[2]), 0, offsetof(struct awsc_sesv2_kinesis_firehose_destination, delivery_stream_arn), AWSC_MF_REQUIRED}, /* KinesisFirehoseDestination.DeliveryStreamArn: AmazonResourceName */
        [423] = {MREF(423, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(423, scalars[73]), 0, offsetof(struct awsc_sesv2_list_configuration_sets_input, next_token), 0}, /* ListConfigurationSetsRequest.NextToken: NextToken */
        [424] = {MREF(424, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(424, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_configuration_sets_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_configuration_sets_input, page_size), 0}, /* ListConfigurationSetsRequest.PageSize: MaxItems */
        [425] = {MREF(425, strings[5328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(425, collections[9].shape), 0, offsetof(struct awsc_sesv2_list_configuration_sets_output, configuration_sets), 0}, /* ListConfigurationSetsResponse.ConfigurationSets: ConfigurationSetNameList */
        [426] = {MREF(426, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(426, scalars[73]), 0, offsetof(struct awsc_sesv2_list_configuration_sets_output, next_token), 0}, /* ListConfigurationSetsResponse.NextToken: NextToken */
        [427] = {MREF(427, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(427, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_contact_lists_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_contact_lists_input, page_size), 0}, /* ListContactListsRequest.PageSize: MaxItems */
        [428] = {MREF(428, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(428, scalars[73]), 0, offsetof(struct awsc_sesv2_list_contact_lists_input, next_token), 0}, /* ListContactListsRequest.NextToken: NextToken */
        [429] = {MREF(429, strings[5346]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(429, collections[40].shape), 0, offsetof(struct awsc_sesv2_list_contact_lists_output, contact_lists), 0}, /* ListContactListsResponse.ContactLists: ListOfContactLists */
        [430] = {MREF(430, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(430, scalars[73]), 0, offsetof(struct awsc_sesv2_list_contact_lists_output, next_token), 0}, /* ListContactListsResponse.NextToken: NextToken */
        [431] = {MREF(431, strings[5359]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(431, enums[44].shape), 0, offsetof(struct awsc_sesv2_list_contacts_filter, filtered_status), 0}, /* ListContactsFilter.FilteredStatus: SubscriptionStatus */
        [432] = {MREF(432, strings[5374]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(432, structures[326].shape), 0, offsetof(struct awsc_sesv2_list_contacts_filter, topic_filter), 0}, /* ListContactsFilter.TopicFilter: TopicFilter */
        [433] = {MREF(433, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(433, scalars[18]), 0, offsetof(struct awsc_sesv2_list_contacts_input, contact_list_name), AWSC_MF_REQUIRED}, /* ListContactsRequest.ContactListName: ContactListName */
        [434] = {MREF(434, strings[5386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(434, structures[180].shape), 0, offsetof(struct awsc_sesv2_list_contacts_input, filter), 0}, /* ListContactsRequest.Filter: ListContactsFilter */
        [435] = {MREF(435, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(435, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_contacts_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_contacts_input, page_size), 0}, /* ListContactsRequest.PageSize: MaxItems */
        [436] = {MREF(436, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(436, scalars[73]), 0, offsetof(struct awsc_sesv2_list_contacts_input, next_token), 0}, /* ListContactsRequest.NextToken: NextToken */
        [437] = {MREF(437, strings[5393]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(437, collections[41].shape), 0, offsetof(struct awsc_sesv2_list_contacts_output, contacts), 0}, /* ListContactsResponse.Contacts: ListOfContacts */
        [438] = {MREF(438, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(438, scalars[73]), 0, offsetof(struct awsc_sesv2_list_contacts_output, next_token), 0}, /* ListContactsResponse.NextToken: NextToken */
        [439] = {MREF(439, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(439, scalars[73]), 0, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, next_token), 0}, /* ListCustomVerificationEmailTemplatesRequest.NextToken: NextToken */
        [440] = {MREF(440, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(440, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_custom_verification_email_templates_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, page_size), 0}, /* ListCustomVerificationEmailTemplatesRequest.PageSize: MaxItems */
        [441] = {MREF(441, strings[5402]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(441, collections[10].shape), 0, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_output, custom_verification_email_templates), 0}, /* ListCustomVerificationEmailTemplatesResponse.CustomVerificationEmailTemplates: CustomVerificationEmailTemplatesList */
        [442] = {MREF(442, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(442, scalars[73]), 0, offsetof(struct awsc_sesv2_list_custom_verification_email_templates_output, next_token), 0}, /* ListCustomVerificationEmailTemplatesResponse.NextToken: NextToken */
        [443] = {MREF(443, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(443, scalars[73]), 0, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, next_token), 0}, /* ListDedicatedIpPoolsRequest.NextToken: NextToken */
        [444] = {MREF(444, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(444, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_dedicated_ip_pools_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, page_size), 0}, /* ListDedicatedIpPoolsRequest.PageSize: MaxItems */
        [445] = {MREF(445, strings[5435]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(445, collections[42].shape), 0, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_output, dedicated_ip_pools), 0}, /* ListDedicatedIpPoolsResponse.DedicatedIpPools: ListOfDedicatedIpPools */
        [446] = {MREF(446, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(446, scalars[73]), 0, offsetof(struct awsc_sesv2_list_dedicated_ip_pools_output, next_token), 0}, /* ListDedicatedIpPoolsResponse.NextToken: NextToken */
        [447] = {MREF(447, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(447, scalars[73]), 0, offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, next_token), 0}, /* ListDeliverabilityTestReportsRequest.NextToken: NextToken */
        [448] = {MREF(448, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(448, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_deliverability_test_reports_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, page_size), 0}, /* ListDeliverabilityTestReportsRequest.PageSize: MaxItems */
        [449] = {MREF(449, strings[5452]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(449, collections[13].shape), 0, offsetof(struct awsc_sesv2_list_deliverability_test_reports_output, deliverability_test_reports), AWSC_MF_REQUIRED}, /* ListDeliverabilityTestReportsResponse.DeliverabilityTestReports: DeliverabilityTestReports */
        [450] = {MREF(450, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(450, scalars[73]), 0, offsetof(struct awsc_sesv2_list_deliverability_test_reports_output, next_token), 0}, /* ListDeliverabilityTestReportsResponse.NextToken: NextToken */
        [451] = {MREF(451, strings[368]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(451, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_domain_deliverability_campaigns_input, start_date, has_start_date), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, start_date), AWSC_MF_REQUIRED}, /* ListDomainDeliverabilityCampaignsRequest.StartDate: Timestamp */
        [452] = {MREF(452, strings[378]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(452, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_domain_deliverability_campaigns_input, end_date, has_end_date), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, end_date), AWSC_MF_REQUIRED}, /* ListDomainDeliverabilityCampaignsRequest.EndDate: Timestamp */
        [453] = {MREF(453, strings[5478]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(453, scalars[28]), 0, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, subscribed_domain), AWSC_MF_REQUIRED}, /* ListDomainDeliverabilityCampaignsRequest.SubscribedDomain: Domain */
        [454] = {MREF(454, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(454, scalars[73]), 0, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, next_token), 0}, /* ListDomainDeliverabilityCampaignsRequest.NextToken: NextToken */
        [455] = {MREF(455, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(455, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_domain_deliverability_campaigns_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, page_size), 0}, /* ListDomainDeliverabilityCampaignsRequest.PageSize: MaxItems */
        [456] = {MREF(456, strings[5495]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(456, collections[16].shape), 0, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_output, domain_deliverability_campaigns), AWSC_MF_REQUIRED}, /* ListDomainDeliverabilityCampaignsResponse.DomainDeliverabilityCampaigns: DomainDeliverabilityCampaignList */
        [457] = {MREF(457, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(457, scalars[73]), 0, offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_output, next_token), 0}, /* ListDomainDeliverabilityCampaignsResponse.NextToken: NextToken */
        [458] = {MREF(458, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(458, scalars[73]), 0, offsetof(struct awsc_sesv2_list_email_identities_input, next_token), 0}, /* ListEmailIdentitiesRequest.NextToken: NextToken */
        [459] = {MREF(459, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(459, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_email_identities_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_email_identities_input, page_size), 0}, /* ListEmailIdentitiesRequest.PageSize: MaxItems */
        [460] = {MREF(460, strings[5525]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(460, collections[31].shape), 0, offsetof(struct awsc_sesv2_list_email_identities_output, email_identities), 0}, /* ListEmailIdentitiesResponse.EmailIdentities: IdentityInfoList */
        [461] = {MREF(461, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(461, scalars[73]), 0, offsetof(struct awsc_sesv2_list_email_identities_output, next_token), 0}, /* ListEmailIdentitiesResponse.NextToken: NextToken */
        [462] = {MREF(462, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(462, scalars[73]), 0, offsetof(struct awsc_sesv2_list_email_templates_input, next_token), 0}, /* ListEmailTemplatesRequest.NextToken: NextToken */
        [463] = {MREF(463, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(463, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_email_templates_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_email_templates_input, page_size), 0}, /* ListEmailTemplatesRequest.PageSize: MaxItems */
        [464] = {MREF(464, strings[5541]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(464, collections[23].shape), 0, offsetof(struct awsc_sesv2_list_email_templates_output, templates_metadata), 0}, /* ListEmailTemplatesResponse.TemplatesMetadata: EmailTemplateMetadataList */
        [465] = {MREF(465, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(465, scalars[73]), 0, offsetof(struct awsc_sesv2_list_email_templates_output, next_token), 0}, /* ListEmailTemplatesResponse.NextToken: NextToken */
        [466] = {MREF(466, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(466, scalars[73]), 0, offsetof(struct awsc_sesv2_list_export_jobs_input, next_token), 0}, /* ListExportJobsRequest.NextToken: NextToken */
        [467] = {MREF(467, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(467, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_export_jobs_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_export_jobs_input, page_size), 0}, /* ListExportJobsRequest.PageSize: MaxItems */
        [468] = {MREF(468, strings[4004]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(468, enums[18].shape), 0, offsetof(struct awsc_sesv2_list_export_jobs_input, export_source_type), 0}, /* ListExportJobsRequest.ExportSourceType: ExportSourceType */
        [469] = {MREF(469, strings[4021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(469, enums[23].shape), 0, offsetof(struct awsc_sesv2_list_export_jobs_input, job_status), 0}, /* ListExportJobsRequest.JobStatus: JobStatus */
        [470] = {MREF(470, strings[5559]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(470, collections[29].shape), 0, offsetof(struct awsc_sesv2_list_export_jobs_output, export_jobs), 0}, /* ListExportJobsResponse.ExportJobs: ExportJobSummaryList */
        [471] = {MREF(471, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(471, scalars[73]), 0, offsetof(struct awsc_sesv2_list_export_jobs_output, next_token), 0}, /* ListExportJobsResponse.NextToken: NextToken */
        [472] = {MREF(472, strings[5570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(472, enums[22].shape), 0, offsetof(struct awsc_sesv2_list_import_jobs_input, import_destination_type), 0}, /* ListImportJobsRequest.ImportDestinationType: ImportDestinationType */
        [473] = {MREF(473, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(473, scalars[73]), 0, offsetof(struct awsc_sesv2_list_import_jobs_input, next_token), 0}, /* ListImportJobsRequest.NextToken: NextToken */
        [474] = {MREF(474, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(474, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_import_jobs_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_import_jobs_input, page_size), 0}, /* ListImportJobsRequest.PageSize: MaxItems */
        [475] = {MREF(475, strings[5592]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(475, collections[32].shape), 0, offsetof(struct awsc_sesv2_list_import_jobs_output, import_jobs), 0}, /* ListImportJobsResponse.ImportJobs: ImportJobSummaryList */
        [476] = {MREF(476, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(476, scalars[73]), 0, offsetof(struct awsc_sesv2_list_import_jobs_output, next_token), 0}, /* ListImportJobsResponse.NextToken: NextToken */
        [477] = {MREF(477, strings[1224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(477, scalars[18]), 0, offsetof(struct awsc_sesv2_list_management_options, contact_list_name), AWSC_MF_REQUIRED}, /* ListManagementOptions.ContactListName: ContactListName */
        [478] = {MREF(478, strings[5603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(478, scalars[111]), 0, offsetof(struct awsc_sesv2_list_management_options, topic_name), 0}, /* ListManagementOptions.TopicName: TopicName */
        [479] = {MREF(479, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(479, scalars[74]), 0, offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, next_token), 0}, /* ListMultiRegionEndpointsRequest.NextToken: NextTokenV2 */
        [480] = {MREF(480, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(480, scalars[76]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_multi_region_endpoints_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, page_size), 0}, /* ListMultiRegionEndpointsRequest.PageSize: PageSizeV2 */
        [481] = {MREF(481, strings[5613]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(481, collections[50].shape), 0, offsetof(struct awsc_sesv2_list_multi_region_endpoints_output, multi_region_endpoints), 0}, /* ListMultiRegionEndpointsResponse.MultiRegionEndpoints: MultiRegionEndpoints */
        [482] = {MREF(482, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(482, scalars[74]), 0, offsetof(struct awsc_sesv2_list_multi_region_endpoints_output, next_token), 0}, /* ListMultiRegionEndpointsResponse.NextToken: NextTokenV2 */
        [483] = {MREF(483, strings[5386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(483, collections[43].shape), 0, offsetof(struct awsc_sesv2_list_recommendations_input, filter), 0}, /* ListRecommendationsRequest.Filter: ListRecommendationsFilter */
        [484] = {MREF(484, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(484, scalars[73]), 0, offsetof(struct awsc_sesv2_list_recommendations_input, next_token), 0}, /* ListRecommendationsRequest.NextToken: NextToken */
        [485] = {MREF(485, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(485, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_recommendations_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_recommendations_input, page_size), 0}, /* ListRecommendationsRequest.PageSize: MaxItems */
        [486] = {MREF(486, strings[5666]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(486, collections[52].shape), 0, offsetof(struct awsc_sesv2_list_recommendations_output, recommendations), 0}, /* ListRecommendationsResponse.Recommendations: RecommendationsList */
        [487] = {MREF(487, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(487, scalars[73]), 0, offsetof(struct awsc_sesv2_list_recommendations_output, next_token), 0}, /* ListRecommendationsResponse.NextToken: NextToken */
        [488] = {MREF(488, strings[5386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(488, collections[55].shape), 0, offsetof(struct awsc_sesv2_list_reputation_entities_input, filter), 0}, /* ListReputationEntitiesRequest.Filter: ReputationEntityFilter */
        [489] = {MREF(489, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(489, scalars[73]), 0, offsetof(struct awsc_sesv2_list_reputation_entities_input, next_token), 0}, /* ListReputationEntitiesRequest.NextToken: NextToken */
        [490] = {MREF(490, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(490, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_reputation_entities_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_reputation_entities_input, page_size), 0}, /* ListReputationEntitiesRequest.PageSize: MaxItems */
        [491] = {MREF(491, strings[5682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(491, collections[54].shape), 0, offsetof(struct awsc_sesv2_list_reputation_entities_output, reputation_entities), 0}, /* ListReputationEntitiesResponse.ReputationEntities: ReputationEntitiesList */
        [492] = {MREF(492, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(492, scalars[73]), 0, offsetof(struct awsc_sesv2_list_reputation_entities_output, next_token), 0}, /* ListReputationEntitiesResponse.NextToken: NextToken */
        [493] = {MREF(493, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(493, scalars[2]), 0, offsetof(struct awsc_sesv2_list_resource_tenants_input, resource_arn), AWSC_MF_REQUIRED}, /* ListResourceTenantsRequest.ResourceArn: AmazonResourceName */
        [494] = {MREF(494, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(494, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_resource_tenants_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_resource_tenants_input, page_size), 0}, /* ListResourceTenantsRequest.PageSize: MaxItems */
        [495] = {MREF(495, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(495, scalars[73]), 0, offsetof(struct awsc_sesv2_list_resource_tenants_input, next_token), 0}, /* ListResourceTenantsRequest.NextToken: NextToken */
        [496] = {MREF(496, strings[5701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(496, collections[56].shape), 0, offsetof(struct awsc_sesv2_list_resource_tenants_output, resource_tenants), 0}, /* ListResourceTenantsResponse.ResourceTenants: ResourceTenantMetadataList */
        [497] = {MREF(497, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(497, scalars[73]), 0, offsetof(struct awsc_sesv2_list_resource_tenants_output, next_token), 0}, /* ListResourceTenantsResponse.NextToken: NextToken */
        [498] = {MREF(498, strings[1875]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(498, scalars[109]), 0, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, tenant_name), 0}, /* ListSuppressedDestinationsRequest.TenantName: TenantName */
        [499] = {MREF(499, strings[5717]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(499, collections[60].shape), 0, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, reasons), AWSC_MF_WIRE_NAME}, /* ListSuppressedDestinationsRequest.Reasons: SuppressionListReasons */
        [500] = {MREF(500, strings[368]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(500, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_suppressed_destinations_input, start_date, has_start_date), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, start_date), 0}, /* ListSuppressedDestinationsRequest.StartDate: Timestamp */
        [501] = {MREF(501, strings[378]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(501, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_suppressed_destinations_input, end_date, has_end_date), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, end_date), 0}, /* ListSuppressedDestinationsRequest.EndDate: Timestamp */
        [502] = {MREF(502, strings[4399]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(502, scalars[73]), 0, offsetof(struct awsc_sesv2_list_suppressed_destinations_input, next_token), 0}, /* ListSuppressedDestinationsRequest.NextToken: NextToken */
        [503] = {MREF(503, strings[4409]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(503, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_suppressed_destinations_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, page_size), 0}, /* ListSuppressedDestinationsRequest.PageSize: MaxItems */
        [504] = {MREF(504, strings[5732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(504, collections[59].shape), 0, offsetof(struct awsc_sesv2_list_suppressed_destinations_output, suppressed_destination_summaries), 0}, /* ListSuppressedDestinationsResponse.SuppressedDestinationSummaries: SuppressedDestinationSummaries */
        [505] = {MREF(505, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(505, scalars[73]), 0, offsetof(struct awsc_sesv2_list_suppressed_destinations_output, next_token), 0}, /* ListSuppressedDestinationsResponse.NextToken: NextToken */
        [506] = {MREF(506, strings[1908]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(506, scalars[2]), 0, offsetof(struct awsc_sesv2_list_tags_for_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* ListTagsForResourceRequest.ResourceArn: AmazonResourceName */
        [507] = {MREF(507, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(507, collections[62].shape), 0, offsetof(struct awsc_sesv2_list_tags_for_resource_output, tags), AWSC_MF_REQUIRED}, /* ListTagsForResourceResponse.Tags: TagList */
        [508] = {MREF(508, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(508, scalars[109]), 0, offsetof(struct awsc_sesv2_list_tenant_resources_input, tenant_name), AWSC_MF_REQUIRED}, /* ListTenantResourcesRequest.TenantName: TenantName */
        [509] = {MREF(509, strings[5386]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(509, collections[44].shape), 0, offsetof(struct awsc_sesv2_list_tenant_resources_input, filter), 0}, /* ListTenantResourcesRequest.Filter: ListTenantResourcesFilter */
        [510] = {MREF(510, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(510, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_tenant_resources_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_tenant_resources_input, page_size), 0}, /* ListTenantResourcesRequest.PageSize: MaxItems */
        [511] = {MREF(511, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(511, scalars[73]), 0, offsetof(struct awsc_sesv2_list_tenant_resources_input, next_token), 0}, /* ListTenantResourcesRequest.NextToken: NextToken */
        [512] = {MREF(512, strings[5777]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(512, collections[64].shape), 0, offsetof(struct awsc_sesv2_list_tenant_resources_output, tenant_resources), 0}, /* ListTenantResourcesResponse.TenantResources: TenantResourceList */
        [513] = {MREF(513, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(513, scalars[73]), 0, offsetof(struct awsc_sesv2_list_tenant_resources_output, next_token), 0}, /* ListTenantResourcesResponse.NextToken: NextToken */
        [514] = {MREF(514, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(514, scalars[73]), 0, offsetof(struct awsc_sesv2_list_tenants_input, next_token), 0}, /* ListTenantsRequest.NextToken: NextToken */
        [515] = {MREF(515, strings[4409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(515, scalars[63]), AWSC_MEMBER_HAS(struct awsc_sesv2_list_tenants_input, page_size, has_page_size), offsetof(struct awsc_sesv2_list_tenants_input, page_size), 0}, /* ListTenantsRequest.PageSize: MaxItems */
        [516] = {MREF(516, strings[5793]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(516, collections[63].shape), 0, offsetof(struct awsc_sesv2_list_tenants_output, tenants), 0}, /* ListTenantsResponse.Tenants: TenantInfoList */
        [517] = {MREF(517, strings[4399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(517, scalars[73]), 0, offsetof(struct awsc_sesv2_list_tenants_output, next_token), 0}, /* ListTenantsResponse.NextToken: NextToken */
        [518] = {MREF(518, strings[5801]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(518, scalars[60]), 0, offsetof(struct awsc_sesv2_mail_from_attributes, mail_from_domain), AWSC_MF_REQUIRED}, /* MailFromAttributes.MailFromDomain: MailFromDomainName */
        [519] = {MREF(519, strings[5816]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(519, enums[26].shape), 0, offsetof(struct awsc_sesv2_mail_from_attributes, mail_from_domain_status), AWSC_MF_REQUIRED}, /* MailFromAttributes.MailFromDomainStatus: MailFromDomainStatus */
        [520] = {MREF(520, strings[5837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(520, enums[2].shape), 0, offsetof(struct awsc_sesv2_mail_from_attributes, behavior_on_mx_failure), AWSC_MF_REQUIRED}, /* MailFromAttributes.BehaviorOnMxFailure: BehaviorOnMxFailure */
        [521] = {MREF(521, strings[5957]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(521, structures[98].shape), 0, offsetof(struct awsc_sesv2_mailbox_validation, is_valid), 0}, /* MailboxValidation.IsValid: EmailAddressInsightsVerdict */
        [522] = {MREF(522, strings[5965]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(522, structures[97].shape), 0, offsetof(struct awsc_sesv2_mailbox_validation, evaluations), 0}, /* MailboxValidation.Evaluations: EmailAddressInsightsMailboxEvaluations */
        [523] = {MREF(523, strings[2102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(523, structures[25].shape), 0, offsetof(struct awsc_sesv2_message, subject), AWSC_MF_REQUIRED}, /* Message.Subject: Content */
        [524] = {MREF(524, strings[5977]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(524, structures[10].shape), 0, offsetof(struct awsc_sesv2_message, body), AWSC_MF_REQUIRED}, /* Message.Body: Body */
        [525] = {MREF(525, strings[5982]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(525, collections[45].shape), 0, offsetof(struct awsc_sesv2_message, headers), 0}, /* Message.Headers: MessageHeaderList */
        [526] = {MREF(526, strings[5990]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(526, collections[1].shape), 0, offsetof(struct awsc_sesv2_message, attachments), 0}, /* Message.Attachments: AttachmentList */
        [527] = {MREF(527, strings[3692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(527, scalars[67]), 0, offsetof(struct awsc_sesv2_message_header, name), AWSC_MF_REQUIRED}, /* MessageHeader.Name: MessageHeaderName */
        [528] = {MREF(528, strings[6002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(528, scalars[68]), 0, offsetof(struct awsc_sesv2_message_header, value), AWSC_MF_REQUIRED}, /* MessageHeader.Value: MessageHeaderValue */
        [529] = {MREF(529, strings[368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(529, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_message_insights_data_source, start_date, has_start_date), offsetof(struct awsc_sesv2_message_insights_data_source, start_date), AWSC_MF_REQUIRED}, /* MessageInsightsDataSource.StartDate: Timestamp */
        [530] = {MREF(530, strings[378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(530, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_message_insights_data_source, end_date, has_end_date), offsetof(struct awsc_sesv2_message_insights_data_source, end_date), AWSC_MF_REQUIRED}, /* MessageInsightsDataSource.EndDate: Timestamp */
        [531] = {MREF(531, strings[6008]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(531, structures[222].shape), 0, offsetof(struct awsc_sesv2_message_insights_data_source, include), 0}, /* MessageInsightsDataSource.Include: MessageInsightsFilters */
        [532] = {MREF(532, strings[6016]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(532, structures[222].shape), 0, offsetof(struct awsc_sesv2_message_insights_data_source, exclude), 0}, /* MessageInsightsDataSource.Exclude: MessageInsightsFilters */
        [533] = {MREF(533, strings[6024]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(533, scalars[69]), AWSC_MEMBER_HAS(struct awsc_sesv2_message_insights_data_source, max_results, has_max_results), offsetof(struct awsc_sesv2_message_insights_data_source, max_results), 0}, /* MessageInsightsDataSource.MaxResults: MessageInsightsExportMaxResults */
        [534] = {MREF(534, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(534, collections[19].shape), 0, offsetof(struct awsc_sesv2_message_insights_filters, from_email_address), 0}, /* MessageInsightsFilters.FromEmailAddress: EmailAddressFilterList */
        [535] = {MREF(535, strings[566]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(535, collections[19].shape), 0, offsetof(struct awsc_sesv2_message_insights_filters, destination), 0}, /* MessageInsightsFilters.Destination: EmailAddressFilterList */
        [536] = {MREF(536, strings[2102]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(536, collections[22].shape), 0, offsetof(struct awsc_sesv2_message_insights_filters, subject), 0}, /* MessageInsightsFilters.Subject: EmailSubjectFilterList */
        [537] = {MREF(537, strings[3658]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(537, collections[35].shape), 0, offsetof(struct awsc_sesv2_message_insights_filters, isp), 0}, /* MessageInsightsFilters.Isp: IspFilterList */
        [538] = {MREF(538, strings[6035]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(538, collections[38].shape), 0, offsetof(struct awsc_sesv2_message_insights_filters, last_delivery_event), 0}, /* MessageInsightsFilters.LastDeliveryEvent: LastDeliveryEventList */
        [539] = {MREF(539, strings[6053]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(539, collections[39].shape), 0, offsetof(struct awsc_sesv2_message_insights_filters, last_engagement_event), 0}, /* MessageInsightsFilters.LastEngagementEvent: LastEngagementEventList */
        [540] = {MREF(540, strings[3692]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(540, scalars[70]), 0, offsetof(struct awsc_sesv2_message_tag, name), AWSC_MF_REQUIRED}, /* MessageTag.Name: MessageTagName */
        [541] = {MREF(541, strings[6002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(541, scalars[71]), 0, offsetof(struct awsc_sesv2_message_tag, value), AWSC_MF_REQUIRED}, /* MessageTag.Value: MessageTagValue */
        [542] = {MREF(542, strings[337]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(542, scalars[86]), 0, offsetof(struct awsc_sesv2_metric_data_error, id), 0}, /* MetricDataError.Id: QueryIdentifier */
        [543] = {MREF(543, strings[6218]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(543, enums[33].shape), 0, offsetof(struct awsc_sesv2_metric_data_error, code), 0}, /* MetricDataError.Code: QueryErrorCode */
        [544] = {MREF(544, strings[4600]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(544, scalars[85]), 0, offsetof(struct awsc_sesv2_metric_data_error, message), 0}, /* MetricDataError.Message: QueryErrorMessage */
        [545] = {MREF(545, strings[337]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(545, scalars[86]), 0, offsetof(struct awsc_sesv2_metric_data_result, id), 0}, /* MetricDataResult.Id: QueryIdentifier */
        [546] = {MREF(546, strings[6223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(546, collections[65].shape), 0, offsetof(struct awsc_sesv2_metric_data_result, timestamps), 0}, /* MetricDataResult.Timestamps: TimestampList */
        [547] = {MREF(547, strings[6234]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(547, collections[49].shape), 0, offsetof(struct awsc_sesv2_metric_data_result, values), 0}, /* MetricDataResult.Values: MetricValueList */
        [548] = {MREF(548, strings[357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(548, collections[28].shape), 0, offsetof(struct awsc_sesv2_metrics_data_source, dimensions), AWSC_MF_REQUIRED}, /* MetricsDataSource.Dimensions: ExportDimensions */
        [549] = {MREF(549, strings[340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(549, enums[31].shape), 0, offsetof(struct awsc_sesv2_metrics_data_source, namespace_), AWSC_MF_REQUIRED}, /* MetricsDataSource.Namespace: MetricNamespace */
        [550] = {MREF(550, strings[6282]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(550, collections[30].shape), 0, offsetof(struct awsc_sesv2_metrics_data_source, metrics), AWSC_MF_REQUIRED}, /* MetricsDataSource.Metrics: ExportMetrics */
        [551] = {MREF(551, strings[368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(551, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_metrics_data_source, start_date, has_start_date), offsetof(struct awsc_sesv2_metrics_data_source, start_date), AWSC_MF_REQUIRED}, /* MetricsDataSource.StartDate: Timestamp */
        [552] = {MREF(552, strings[378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(552, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_metrics_data_source, end_date, has_end_date), offsetof(struct awsc_sesv2_metrics_data_source, end_date), AWSC_MF_REQUIRED}, /* MetricsDataSource.EndDate: Timestamp */
        [553] = {MREF(553, strings[1843]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(553, scalars[39]), 0, offsetof(struct awsc_sesv2_multi_region_endpoint, endpoint_name), 0}, /* MultiRegionEndpoint.EndpointName: EndpointName */
        [554] = {MREF(554, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(554, enums[43].shape), 0, offsetof(struct awsc_sesv2_multi_region_endpoint, status), 0}, /* MultiRegionEndpoint.Status: Status */
        [555] = {MREF(555, strings[1864]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(555, scalars[38]), 0, offsetof(struct awsc_sesv2_multi_region_endpoint, endpoint_id), 0}, /* MultiRegionEndpoint.EndpointId: EndpointId */
        [556] = {MREF(556, strings[6290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(556, collections[53].shape), 0, offsetof(struct awsc_sesv2_multi_region_endpoint, regions), 0}, /* MultiRegionEndpoint.Regions: Regions */
        [557] = {MREF(557, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(557, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_multi_region_endpoint, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_multi_region_endpoint, created_timestamp), 0}, /* MultiRegionEndpoint.CreatedTimestamp: Timestamp */
        [558] = {MREF(558, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(558, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_multi_region_endpoint, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_multi_region_endpoint, last_updated_timestamp), 0}, /* MultiRegionEndpoint.LastUpdatedTimestamp: Timestamp */
        [559] = {MREF(559, strings[1970]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(559, structures[350].shape), 0, offsetof(struct awsc_sesv2_overall_volume, volume_statistics), 0}, /* OverallVolume.VolumeStatistics: VolumeStatistics */
        [560] = {MREF(560, strings[6316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(560, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_overall_volume, read_rate_percent, has_read_rate_percent), offsetof(struct awsc_sesv2_overall_volume, read_rate_percent), 0}, /* OverallVolume.ReadRatePercent: Percentage */
        [561] = {MREF(561, strings[1987]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(561, collections[18].shape), 0, offsetof(struct awsc_sesv2_overall_volume, domain_isp_placements), 0}, /* OverallVolume.DomainIspPlacements: DomainIspPlacements */
        [562] = {MREF(562, strings[6332]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(562, scalars[2]), 0, offsetof(struct awsc_sesv2_pinpoint_destination, application_arn), 0}, /* PinpointDestination.ApplicationArn: AmazonResourceName */
        [563] = {MREF(563, strings[3493]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(563, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_placement_statistics, inbox_percentage, has_inbox_percentage), offsetof(struct awsc_sesv2_placement_statistics, inbox_percentage), 0}, /* PlacementStatistics.InboxPercentage: Percentage */
        [564] = {MREF(564, strings[3509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(564, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_placement_statistics, spam_percentage, has_spam_percentage), offsetof(struct awsc_sesv2_placement_statistics, spam_percentage), 0}, /* PlacementStatistics.SpamPercentage: Percentage */
        [565] = {MREF(565, strings[6347]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(565, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_placement_statistics, missing_percentage, has_missing_percentage), offsetof(struct awsc_sesv2_placement_statistics, missing_percentage), 0}, /* PlacementStatistics.MissingPercentage: Percentage */
        [566] = {MREF(566, strings[6365]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(566, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_placement_statistics, spf_percentage, has_spf_percentage), offsetof(struct awsc_sesv2_placement_statistics, spf_percentage), 0}, /* PlacementStatistics.SpfPercentage: Percentage */
        [567] = {MREF(567, strings[6379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(567, scalars[77]), AWSC_MEMBER_HAS(struct awsc_sesv2_placement_statistics, dkim_percentage, has_dkim_percentage), offsetof(struct awsc_sesv2_placement_statistics, dkim_percentage), 0}, /* PlacementStatistics.DkimPercentage: Percentage */
        [568] = {MREF(568, strings[6394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(568, enums[32].shape), 0, offsetof(struct awsc_sesv2_pricing_attributes, current_plan), 0}, /* PricingAttributes.CurrentPlan: PricingPlan */
        [569] = {MREF(569, strings[6406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(569, enums[32].shape), 0, offsetof(struct awsc_sesv2_pricing_attributes, next_plan), 0}, /* PricingAttributes.NextPlan: PricingPlan */
        [570] = {MREF(570, strings[6446]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(570, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input, auto_warmup_enabled, has_auto_warmup_enabled), offsetof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input, auto_warmup_enabled), 0}, /* PutAccountDedicatedIpWarmupAttributesRequest.AutoWarmupEnabled: Enabled */
        [571] = {MREF(571, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(571, enums[27].shape), 0, offsetof(struct awsc_sesv2_put_account_details_input, mail_type), AWSC_MF_REQUIRED}, /* PutAccountDetailsRequest.MailType: MailType */
        [572] = {MREF(572, strings[9]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(572, scalars[116]), 0, offsetof(struct awsc_sesv2_put_account_details_input, website_url), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* PutAccountDetailsRequest.WebsiteURL: WebsiteURL */
        [573] = {MREF(573, strings[20]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(573, enums[5].shape), 0, offsetof(struct awsc_sesv2_put_account_details_input, contact_language), 0}, /* PutAccountDetailsRequest.ContactLanguage: ContactLanguage */
        [574] = {MREF(574, strings[36]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(574, scalars[113]), 0, offsetof(struct awsc_sesv2_put_account_details_input, use_case_description), AWSC_MF_SENSITIVE}, /* PutAccountDetailsRequest.UseCaseDescription: UseCaseDescription */
        [575] = {MREF(575, strings[55]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(575, collections[0].shape), 0, offsetof(struct awsc_sesv2_put_account_details_input, additional_contact_email_addresses), AWSC_MF_SENSITIVE}, /* PutAccountDetailsRequest.AdditionalContactEmailAddresses: AdditionalContactEmailAddresses */
        [576] = {MREF(576, strings[4231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(576, scalars[37]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_account_details_input, production_access_enabled, has_production_access_enabled), offsetof(struct awsc_sesv2_put_account_details_input, production_access_enabled), 0}, /* PutAccountDetailsRequest.ProductionAccessEnabled: EnabledWrapper */
        [577] = {MREF(577, strings[6464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(577, enums[32].shape), 0, offsetof(struct awsc_sesv2_put_account_pricing_attributes_input, plan), AWSC_MF_REQUIRED}, /* PutAccountPricingAttributesRequest.Plan: PricingPlan */
        [578] = {MREF(578, strings[4265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(578, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_account_sending_attributes_input, sending_enabled, has_sending_enabled), offsetof(struct awsc_sesv2_put_account_sending_attributes_input, sending_enabled), 0}, /* PutAccountSendingAttributesRequest.SendingEnabled: Enabled */
        [579] = {MREF(579, strings[6469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(579, collections[60].shape), 0, offsetof(struct awsc_sesv2_put_account_suppression_attributes_input, suppressed_reasons), 0}, /* PutAccountSuppressionAttributesRequest.SuppressedReasons: SuppressionListReasons */
        [580] = {MREF(580, strings[6487]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(580, structures[312].shape), 0, offsetof(struct awsc_sesv2_put_account_suppression_attributes_input, validation_attributes), 0}, /* PutAccountSuppressionAttributesRequest.ValidationAttributes: SuppressionValidationAttributes */
        [581] = {MREF(581, strings[4280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(581, structures[347].shape), 0, offsetof(struct awsc_sesv2_put_account_vdm_attributes_input, vdm_attributes), AWSC_MF_REQUIRED}, /* PutAccountVdmAttributesRequest.VdmAttributes: VdmAttributes */
        [582] = {MREF(582, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(582, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_archiving_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetArchivingOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [583] = {MREF(583, strings[150]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(583, scalars[3]), 0, offsetof(struct awsc_sesv2_put_configuration_set_archiving_options_input, archive_arn), 0}, /* PutConfigurationSetArchivingOptionsRequest.ArchiveArn: ArchiveArn */
        [584] = {MREF(584, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(584, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetDeliveryOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [585] = {MREF(585, strings[2221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(585, enums[49].shape), 0, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, tls_policy), 0}, /* PutConfigurationSetDeliveryOptionsRequest.TlsPolicy: TlsPolicy */
        [586] = {MREF(586, strings[2231]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(586, scalars[99]), 0, offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, sending_pool_name), 0}, /* PutConfigurationSetDeliveryOptionsRequest.SendingPoolName: SendingPoolName */
        [587] = {MREF(587, strings[2247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(587, scalars[62]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_configuration_set_delivery_options_input, max_delivery_seconds, has_max_delivery_seconds), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, max_delivery_seconds), 0}, /* PutConfigurationSetDeliveryOptionsRequest.MaxDeliverySeconds: MaxDeliverySeconds */
        [588] = {MREF(588, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(588, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetReputationOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [589] = {MREF(589, strings[6508]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(589, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_configuration_set_reputation_options_input, reputation_metrics_enabled, has_reputation_metrics_enabled), offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, reputation_metrics_enabled), 0}, /* PutConfigurationSetReputationOptionsRequest.ReputationMetricsEnabled: Enabled */
        [590] = {MREF(590, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(590, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetSendingOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [591] = {MREF(591, strings[4265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(591, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_configuration_set_sending_options_input, sending_enabled, has_sending_enabled), offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, sending_enabled), 0}, /* PutConfigurationSetSendingOptionsRequest.SendingEnabled: Enabled */
        [592] = {MREF(592, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(592, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetSuppressionOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [593] = {MREF(593, strings[6533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(593, enums[48].shape), 0, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, suppression_scope), 0}, /* PutConfigurationSetSuppressionOptionsRequest.SuppressionScope: SuppressionListScope */
        [594] = {MREF(594, strings[6469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(594, collections[60].shape), 0, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, suppressed_reasons), 0}, /* PutConfigurationSetSuppressionOptionsRequest.SuppressedReasons: SuppressionListReasons */
        [595] = {MREF(595, strings[6550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(595, structures[313].shape), 0, offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, validation_options), 0}, /* PutConfigurationSetSuppressionOptionsRequest.ValidationOptions: SuppressionValidationOptions */
        [596] = {MREF(596, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(596, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetTrackingOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [597] = {MREF(597, strings[6568]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(597, scalars[20]), 0, offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, custom_redirect_domain), 0}, /* PutConfigurationSetTrackingOptionsRequest.CustomRedirectDomain: CustomRedirectDomain */
        [598] = {MREF(598, strings[6589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(598, enums[20].shape), 0, offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, https_policy), 0}, /* PutConfigurationSetTrackingOptionsRequest.HttpsPolicy: HttpsPolicy */
        [599] = {MREF(599, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(599, scalars[17]), 0, offsetof(struct awsc_sesv2_put_configuration_set_vdm_options_input, configuration_set_name), AWSC_MF_REQUIRED}, /* PutConfigurationSetVdmOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [600] = {MREF(600, strings[1436]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(600, structures[348].shape), 0, offsetof(struct awsc_sesv2_put_configuration_set_vdm_options_input, vdm_options), 0}, /* PutConfigurationSetVdmOptionsRequest.VdmOptions: VdmOptions */
        [601] = {MREF(601, strings[4381]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(601, scalars[53]), 0, offsetof(struct awsc_sesv2_put_dedicated_ip_in_pool_input, ip), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* PutDedicatedIpInPoolRequest.Ip: Ip */
        [602] = {MREF(602, strings[6601]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(602, scalars[81]), 0, offsetof(struct awsc_sesv2_put_dedicated_ip_in_pool_input, destination_pool_name), AWSC_MF_REQUIRED}, /* PutDedicatedIpInPoolRequest.DestinationPoolName: PoolName */
        [603] = {MREF(603, strings[1592]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(603, scalars[81]), 0, offsetof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input, pool_name), AWSC_MF_REQUIRED}, /* PutDedicatedIpPoolScalingAttributesRequest.PoolName: PoolName */
        [604] = {MREF(604, strings[1601]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(604, enums[41].shape), 0, offsetof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input, scaling_mode), AWSC_MF_REQUIRED}, /* PutDedicatedIpPoolScalingAttributesRequest.ScalingMode: ScalingMode */
        [605] = {MREF(605, strings[4381]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(605, scalars[53]), 0, offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, ip), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* PutDedicatedIpWarmupAttributesRequest.Ip: Ip */
        [606] = {MREF(606, strings[2050]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(606, scalars[78]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, warmup_percentage, has_warmup_percentage), offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, warmup_percentage), AWSC_MF_REQUIRED}, /* PutDedicatedIpWarmupAttributesRequest.WarmupPercentage: Percentage100Wrapper */
        [607] = {MREF(607, strings[4431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(607, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_deliverability_dashboard_option_input, dashboard_enabled, has_dashboard_enabled), offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, dashboard_enabled), AWSC_MF_REQUIRED}, /* PutDeliverabilityDashboardOptionRequest.DashboardEnabled: Enabled */
        [608] = {MREF(608, strings[6621]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(608, collections[17].shape), 0, offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, subscribed_domains), 0}, /* PutDeliverabilityDashboardOptionRequest.SubscribedDomains: DomainDeliverabilityTrackingOptions */
        [609] = {MREF(609, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(609, scalars[50]), 0, offsetof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input, email_identity), AWSC_MF_REQUIRED}, /* PutEmailIdentityConfigurationSetAttributesRequest.EmailIdentity: Identity */
        [610] = {MREF(610, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(610, scalars[17]), 0, offsetof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input, configuration_set_name), 0}, /* PutEmailIdentityConfigurationSetAttributesRequest.ConfigurationSetName: ConfigurationSetName */
        [611] = {MREF(611, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(611, scalars[50]), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, email_identity), AWSC_MF_REQUIRED}, /* PutEmailIdentityDkimAttributesRequest.EmailIdentity: Identity */
        [612] = {MREF(612, strings[2351]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(612, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_email_identity_dkim_attributes_input, signing_enabled, has_signing_enabled), offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, signing_enabled), 0}, /* PutEmailIdentityDkimAttributesRequest.SigningEnabled: Enabled */
        [613] = {MREF(613, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(613, scalars[50]), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, email_identity), AWSC_MF_REQUIRED}, /* PutEmailIdentityDkimSigningAttributesRequest.EmailIdentity: Identity */
        [614] = {MREF(614, strings[2391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(614, enums[12].shape), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, signing_attributes_origin), AWSC_MF_REQUIRED}, /* PutEmailIdentityDkimSigningAttributesRequest.SigningAttributesOrigin: DkimSigningAttributesOrigin */
        [615] = {MREF(615, strings[6639]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(615, structures[93].shape), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, signing_attributes), 0}, /* PutEmailIdentityDkimSigningAttributesRequest.SigningAttributes: DkimSigningAttributes */
        [616] = {MREF(616, strings[6657]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(616, enums[14].shape), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, dkim_status), 0}, /* PutEmailIdentityDkimSigningAttributesResponse.DkimStatus: DkimStatus */
        [617] = {MREF(617, strings[6668]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(617, collections[15].shape), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, dkim_tokens), 0}, /* PutEmailIdentityDkimSigningAttributesResponse.DkimTokens: DnsTokenList */
        [618] = {MREF(618, strings[2373]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(618, scalars[49]), 0, offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, signing_hosted_zone), 0}, /* PutEmailIdentityDkimSigningAttributesResponse.SigningHostedZone: HostedZone */
        [619] = {MREF(619, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(619, scalars[50]), 0, offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_identity), AWSC_MF_REQUIRED}, /* PutEmailIdentityFeedbackAttributesRequest.EmailIdentity: Identity */
        [620] = {MREF(620, strings[6679]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(620, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_forwarding_enabled, has_email_forwarding_enabled), offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_forwarding_enabled), 0}, /* PutEmailIdentityFeedbackAttributesRequest.EmailForwardingEnabled: Enabled */
        [621] = {MREF(621, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(621, scalars[50]), 0, offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, email_identity), AWSC_MF_REQUIRED}, /* PutEmailIdentityMailFromAttributesRequest.EmailIdentity: Identity */
        [622] = {MREF(622, strings[5801]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(622, scalars[60]), 0, offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, mail_from_domain), 0}, /* PutEmailIdentityMailFromAttributesRequest.MailFromDomain: MailFromDomainName */
        [623] = {MREF(623, strings[5837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(623, enums[2].shape), 0, offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, behavior_on_mx_failure), 0}, /* PutEmailIdentityMailFromAttributesRequest.BehaviorOnMxFailure: BehaviorOnMxFailure */
        [624] = {MREF(624, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(624, scalars[29]), 0, offsetof(struct awsc_sesv2_put_suppressed_destination_input, email_address), AWSC_MF_REQUIRED}, /* PutSuppressedDestinationRequest.EmailAddress: EmailAddress */
        [625] = {MREF(625, strings[6702]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(625, enums[47].shape), 0, offsetof(struct awsc_sesv2_put_suppressed_destination_input, reason), AWSC_MF_REQUIRED}, /* PutSuppressedDestinationRequest.Reason: SuppressionListReason */
        [626] = {MREF(626, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(626, scalars[109]), 0, offsetof(struct awsc_sesv2_put_suppressed_destination_input, tenant_name), 0}, /* PutSuppressedDestinationRequest.TenantName: TenantName */
        [627] = {MREF(627, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(627, scalars[109]), 0, offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, tenant_name), AWSC_MF_REQUIRED}, /* PutTenantSuppressionAttributesRequest.TenantName: TenantName */
        [628] = {MREF(628, strings[6469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(628, collections[60].shape), 0, offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, suppressed_reasons), 0}, /* PutTenantSuppressionAttributesRequest.SuppressedReasons: SuppressionListReasons */
        [629] = {MREF(629, strings[6533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(629, enums[48].shape), 0, offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, suppression_scope), 0}, /* PutTenantSuppressionAttributesRequest.SuppressionScope: SuppressionListScope */
        [630] = {MREF(630, strings[1275]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(630, scalars[88]), 0, offsetof(struct awsc_sesv2_raw_message, data), AWSC_MF_REQUIRED}, /* RawMessage.Data: RawMessageData */
        [631] = {MREF(631, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(631, scalars[2]), 0, offsetof(struct awsc_sesv2_recommendation, resource_arn), 0}, /* Recommendation.ResourceArn: AmazonResourceName */
        [632] = {MREF(632, strings[5149]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(632, enums[36].shape), 0, offsetof(struct awsc_sesv2_recommendation, type), 0}, /* Recommendation.Type: RecommendationType */
        [633] = {MREF(633, strings[462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(633, scalars[90]), 0, offsetof(struct awsc_sesv2_recommendation, description), 0}, /* Recommendation.Description: RecommendationDescription */
        [634] = {MREF(634, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(634, enums[35].shape), 0, offsetof(struct awsc_sesv2_recommendation, status), 0}, /* Recommendation.Status: RecommendationStatus */
        [635] = {MREF(635, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(635, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_recommendation, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_recommendation, created_timestamp), 0}, /* Recommendation.CreatedTimestamp: Timestamp */
        [636] = {MREF(636, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(636, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_recommendation, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_recommendation, last_updated_timestamp), 0}, /* Recommendation.LastUpdatedTimestamp: Timestamp */
        [637] = {MREF(637, strings[6740]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(637, enums[34].shape), 0, offsetof(struct awsc_sesv2_recommendation, impact), 0}, /* Recommendation.Impact: RecommendationImpact */
        [638] = {MREF(638, strings[6827]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(638, structures[285].shape), 0, offsetof(struct awsc_sesv2_replacement_email_content, replacement_template), 0}, /* ReplacementEmailContent.ReplacementTemplate: ReplacementTemplate */
        [639] = {MREF(639, strings[6847]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(639, scalars[31]), 0, offsetof(struct awsc_sesv2_replacement_template, replacement_template_data), 0}, /* ReplacementTemplate.ReplacementTemplateData: EmailTemplateData */
        [640] = {MREF(640, strings[4839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(640, scalars[96]), 0, offsetof(struct awsc_sesv2_reputation_entity, reputation_entity_reference), 0}, /* ReputationEntity.ReputationEntityReference: ReputationEntityReference */
        [641] = {MREF(641, strings[4865]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(641, enums[38].shape), 0, offsetof(struct awsc_sesv2_reputation_entity, reputation_entity_type), 0}, /* ReputationEntity.ReputationEntityType: ReputationEntityType */
        [642] = {MREF(642, strings[6871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(642, scalars[2]), 0, offsetof(struct awsc_sesv2_reputation_entity, reputation_management_policy), 0}, /* ReputationEntity.ReputationManagementPolicy: AmazonResourceName */
        [643] = {MREF(643, strings[6898]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(643, structures[303].shape), 0, offsetof(struct awsc_sesv2_reputation_entity, customer_managed_status), 0}, /* ReputationEntity.CustomerManagedStatus: StatusRecord */
        [644] = {MREF(644, strings[6920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(644, structures[303].shape), 0, offsetof(struct awsc_sesv2_reputation_entity, aws_ses_managed_status), 0}, /* ReputationEntity.AwsSesManagedStatus: StatusRecord */
        [645] = {MREF(645, strings[6940]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(645, enums[42].shape), 0, offsetof(struct awsc_sesv2_reputation_entity, sending_status_aggregate), 0}, /* ReputationEntity.SendingStatusAggregate: SendingStatus */
        [646] = {MREF(646, strings[6963]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(646, enums[34].shape), 0, offsetof(struct awsc_sesv2_reputation_entity, reputation_impact), 0}, /* ReputationEntity.ReputationImpact: RecommendationImpact */
        [647] = {MREF(647, strings[6508]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(647, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_reputation_options, reputation_metrics_enabled, has_reputation_metrics_enabled), offsetof(struct awsc_sesv2_reputation_options, reputation_metrics_enabled), 0}, /* ReputationOptions.ReputationMetricsEnabled: Enabled */
        [648] = {MREF(648, strings[7058]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(648, scalars[57]), AWSC_MEMBER_HAS(struct awsc_sesv2_reputation_options, last_fresh_start, has_last_fresh_start), offsetof(struct awsc_sesv2_reputation_options, last_fresh_start), 0}, /* ReputationOptions.LastFreshStart: LastFreshStart */
        [649] = {MREF(649, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(649, scalars[109]), 0, offsetof(struct awsc_sesv2_resource_tenant_metadata, tenant_name), 0}, /* ResourceTenantMetadata.TenantName: TenantName */
        [650] = {MREF(650, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(650, scalars[108]), 0, offsetof(struct awsc_sesv2_resource_tenant_metadata, tenant_id), 0}, /* ResourceTenantMetadata.TenantId: TenantId */
        [651] = {MREF(651, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(651, scalars[2]), 0, offsetof(struct awsc_sesv2_resource_tenant_metadata, resource_arn), 0}, /* ResourceTenantMetadata.ResourceArn: AmazonResourceName */
        [652] = {MREF(652, strings[7073]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(652, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_resource_tenant_metadata, associated_timestamp, has_associated_timestamp), offsetof(struct awsc_sesv2_resource_tenant_metadata, associated_timestamp), 0}, /* ResourceTenantMetadata.AssociatedTimestamp: Timestamp */
        [653] = {MREF(653, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(653, enums[40].shape), 0, offsetof(struct awsc_sesv2_review_details, status), 0}, /* ReviewDetails.Status: ReviewStatus */
        [654] = {MREF(654, strings[7141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(654, scalars[13]), 0, offsetof(struct awsc_sesv2_review_details, case_id), 0}, /* ReviewDetails.CaseId: CaseId */
        [655] = {MREF(655, strings[7178]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(655, scalars[91]), 0, offsetof(struct awsc_sesv2_route, region), AWSC_MF_REQUIRED}, /* Route.Region: Region */
        [656] = {MREF(656, strings[7178]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(656, scalars[91]), 0, offsetof(struct awsc_sesv2_route_details, region), AWSC_MF_REQUIRED}, /* RouteDetails.Region: Region */
        [657] = {MREF(657, strings[7185]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(657, scalars[82]), 0, offsetof(struct awsc_sesv2_soa_record, primary_name_server), 0}, /* SOARecord.PrimaryNameServer: PrimaryNameServer */
        [658] = {MREF(658, strings[7203]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(658, scalars[1]), 0, offsetof(struct awsc_sesv2_soa_record, admin_email), 0}, /* SOARecord.AdminEmail: AdminEmail */
        [659] = {MREF(659, strings[7214]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(659, scalars[101]), AWSC_MEMBER_HAS(struct awsc_sesv2_soa_record, serial_number, has_serial_number), offsetof(struct awsc_sesv2_soa_record, serial_number), 0}, /* SOARecord.SerialNumber: SerialNumber */
        [660] = {MREF(660, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(660, scalars[29]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, from_email_address), 0}, /* SendBulkEmailRequest.FromEmailAddress: EmailAddress */
        [661] = {MREF(661, strings[7244]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(661, scalars[2]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, from_email_address_identity_arn), 0}, /* SendBulkEmailRequest.FromEmailAddressIdentityArn: AmazonResourceName */
        [662] = {MREF(662, strings[7272]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(662, collections[20].shape), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, reply_to_addresses), 0}, /* SendBulkEmailRequest.ReplyToAddresses: EmailAddressList */
        [663] = {MREF(663, strings[7289]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(663, scalars[29]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, feedback_forwarding_email_address), 0}, /* SendBulkEmailRequest.FeedbackForwardingEmailAddress: EmailAddress */
        [664] = {MREF(664, strings[7320]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(664, scalars[2]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, feedback_forwarding_email_address_identity_arn), 0}, /* SendBulkEmailRequest.FeedbackForwardingEmailAddressIdentityArn: AmazonResourceName */
        [665] = {MREF(665, strings[7362]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(665, collections[46].shape), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, default_email_tags), 0}, /* SendBulkEmailRequest.DefaultEmailTags: MessageTagList */
        [666] = {MREF(666, strings[7379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(666, structures[12].shape), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, default_content), AWSC_MF_REQUIRED}, /* SendBulkEmailRequest.DefaultContent: BulkEmailContent */
        [667] = {MREF(667, strings[7394]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(667, collections[6].shape), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, bulk_email_entries), AWSC_MF_REQUIRED}, /* SendBulkEmailRequest.BulkEmailEntries: BulkEmailEntryList */
        [668] = {MREF(668, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(668, scalars[17]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, configuration_set_name), 0}, /* SendBulkEmailRequest.ConfigurationSetName: ConfigurationSetName */
        [669] = {MREF(669, strings[1864]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(669, scalars[38]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, endpoint_id), 0}, /* SendBulkEmailRequest.EndpointId: EndpointId */
        [670] = {MREF(670, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(670, scalars[109]), 0, offsetof(struct awsc_sesv2_send_bulk_email_input, tenant_name), 0}, /* SendBulkEmailRequest.TenantName: TenantName */
        [671] = {MREF(671, strings[7411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(671, collections[7].shape), 0, offsetof(struct awsc_sesv2_send_bulk_email_output, bulk_email_entry_results), AWSC_MF_REQUIRED}, /* SendBulkEmailResponse.BulkEmailEntryResults: BulkEmailEntryResultList */
        [672] = {MREF(672, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(672, scalars[29]), 0, offsetof(struct awsc_sesv2_send_custom_verification_email_input, email_address), AWSC_MF_REQUIRED}, /* SendCustomVerificationEmailRequest.EmailAddress: EmailAddress */
        [673] = {MREF(673, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(673, scalars[33]), 0, offsetof(struct awsc_sesv2_send_custom_verification_email_input, template_name), AWSC_MF_REQUIRED}, /* SendCustomVerificationEmailRequest.TemplateName: EmailTemplateName */
        [674] = {MREF(674, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(674, scalars[17]), 0, offsetof(struct awsc_sesv2_send_custom_verification_email_input, configuration_set_name), 0}, /* SendCustomVerificationEmailRequest.ConfigurationSetName: ConfigurationSetName */
        [675] = {MREF(675, strings[650]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(675, scalars[75]), 0, offsetof(struct awsc_sesv2_send_custom_verification_email_output, message_id), 0}, /* SendCustomVerificationEmailResponse.MessageId: OutboundMessageId */
        [676] = {MREF(676, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(676, scalars[29]), 0, offsetof(struct awsc_sesv2_send_email_input, from_email_address), 0}, /* SendEmailRequest.FromEmailAddress: EmailAddress */
        [677] = {MREF(677, strings[7244]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(677, scalars[2]), 0, offsetof(struct awsc_sesv2_send_email_input, from_email_address_identity_arn), 0}, /* SendEmailRequest.FromEmailAddressIdentityArn: AmazonResourceName */
        [678] = {MREF(678, strings[566]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(678, structures[90].shape), 0, offsetof(struct awsc_sesv2_send_email_input, destination), 0}, /* SendEmailRequest.Destination: Destination */
        [679] = {MREF(679, strings[7272]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(679, collections[20].shape), 0, offsetof(struct awsc_sesv2_send_email_input, reply_to_addresses), 0}, /* SendEmailRequest.ReplyToAddresses: EmailAddressList */
        [680] = {MREF(680, strings[7289]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(680, scalars[29]), 0, offsetof(struct awsc_sesv2_send_email_input, feedback_forwarding_email_address), 0}, /* SendEmailRequest.FeedbackForwardingEmailAddress: EmailAddress */
        [681] = {MREF(681, strings[7320]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(681, scalars[2]), 0, offsetof(struct awsc_sesv2_send_email_input, feedback_forwarding_email_address_identity_arn), 0}, /* SendEmailRequest.FeedbackForwardingEmailAddressIdentityArn: AmazonResourceName */
        [682] = {MREF(682, strings[1624]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(682, structures[99].shape), 0, offsetof(struct awsc_sesv2_send_email_input, content), AWSC_MF_REQUIRED}, /* SendEmailRequest.Content: EmailContent */
        [683] = {MREF(683, strings[4813]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(683, collections[46].shape), 0, offsetof(struct awsc_sesv2_send_email_input, email_tags), 0}, /* SendEmailRequest.EmailTags: MessageTagList */
        [684] = {MREF(684, strings[1288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(684, scalars[17]), 0, offsetof(struct awsc_sesv2_send_email_input, configuration_set_name), 0}, /* SendEmailRequest.ConfigurationSetName: ConfigurationSetName */
        [685] = {MREF(685, strings[1864]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(685, scalars[38]), 0, offsetof(struct awsc_sesv2_send_email_input, endpoint_id), 0}, /* SendEmailRequest.EndpointId: EndpointId */
        [686] = {MREF(686, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(686, scalars[109]), 0, offsetof(struct awsc_sesv2_send_email_input, tenant_name), 0}, /* SendEmailRequest.TenantName: TenantName */
        [687] = {MREF(687, strings[7433]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(687, structures[199].shape), 0, offsetof(struct awsc_sesv2_send_email_input, list_management_options), 0}, /* SendEmailRequest.ListManagementOptions: ListManagementOptions */
        [688] = {MREF(688, strings[650]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(688, scalars[75]), 0, offsetof(struct awsc_sesv2_send_email_output, message_id), 0}, /* SendEmailResponse.MessageId: OutboundMessageId */
        [689] = {MREF(689, strings[7455]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(689, scalars[61]), AWSC_MEMBER_HAS(struct awsc_sesv2_send_quota, max24_hour_send, has_max24_hour_send), offsetof(struct awsc_sesv2_send_quota, max24_hour_send), 0}, /* SendQuota.Max24HourSend: Max24HourSend */
        [690] = {MREF(690, strings[7469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(690, scalars[64]), AWSC_MEMBER_HAS(struct awsc_sesv2_send_quota, max_send_rate, has_max_send_rate), offsetof(struct awsc_sesv2_send_quota, max_send_rate), 0}, /* SendQuota.MaxSendRate: MaxSendRate */
        [691] = {MREF(691, strings[7481]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(691, scalars[100]), AWSC_MEMBER_HAS(struct awsc_sesv2_send_quota, sent_last24_hours, has_sent_last24_hours), offsetof(struct awsc_sesv2_send_quota, sent_last24_hours), 0}, /* SendQuota.SentLast24Hours: SentLast24Hours */
        [692] = {MREF(692, strings[4265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(692, scalars[36]), AWSC_MEMBER_HAS(struct awsc_sesv2_sending_options, sending_enabled, has_sending_enabled), offsetof(struct awsc_sesv2_sending_options, sending_enabled), 0}, /* SendingOptions.SendingEnabled: Enabled */
        [693] = {MREF(693, strings[7548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(693, scalars[2]), 0, offsetof(struct awsc_sesv2_sns_destination, topic_arn), AWSC_MF_REQUIRED}, /* SnsDestination.TopicArn: AmazonResourceName */
        [694] = {MREF(694, strings[637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(694, enums[42].shape), 0, offsetof(struct awsc_sesv2_status_record, status), 0}, /* StatusRecord.Status: SendingStatus */
        [695] = {MREF(695, strings[7588]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(695, scalars[102]), 0, offsetof(struct awsc_sesv2_status_record, cause), 0}, /* StatusRecord.Cause: StatusCause */
        [696] = {MREF(696, strings[1197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(696, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_status_record, last_updated_timestamp, has_last_updated_timestamp), offsetof(struct awsc_sesv2_status_record, last_updated_timestamp), 0}, /* StatusRecord.LastUpdatedTimestamp: Timestamp */
        [697] = {MREF(697, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(697, scalars[29]), 0, offsetof(struct awsc_sesv2_suppressed_destination, email_address), AWSC_MF_REQUIRED}, /* SuppressedDestination.EmailAddress: EmailAddress */
        [698] = {MREF(698, strings[6702]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(698, enums[47].shape), 0, offsetof(struct awsc_sesv2_suppressed_destination, reason), AWSC_MF_REQUIRED}, /* SuppressedDestination.Reason: SuppressionListReason */
        [699] = {MREF(699, strings[7609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(699, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_suppressed_destination, last_update_time, has_last_update_time), offsetof(struct awsc_sesv2_suppressed_destination, last_update_time), AWSC_MF_REQUIRED}, /* SuppressedDestination.LastUpdateTime: Timestamp */
        [700] = {MREF(700, strings[7624]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(700, structures[305].shape), 0, offsetof(struct awsc_sesv2_suppressed_destination, attributes), 0}, /* SuppressedDestination.Attributes: SuppressedDestinationAttributes */
        [701] = {MREF(701, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(701, scalars[109]), 0, offsetof(struct awsc_sesv2_suppressed_destination, tenant_name), 0}, /* SuppressedDestination.TenantName: TenantName */
        [702] = {MREF(702, strings[650]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(702, scalars[75]), 0, offsetof(struct awsc_sesv2_suppressed_destination_attributes, message_id), 0}, /* SuppressedDestinationAttributes.MessageId: OutboundMessageId */
        [703] = {MREF(703, strings[7635]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(703, scalars[47]), 0, offsetof(struct awsc_sesv2_suppressed_destination_attributes, feedback_id), 0}, /* SuppressedDestinationAttributes.FeedbackId: FeedbackId */
        [704] = {MREF(704, strings[1128]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(704, scalars[29]), 0, offsetof(struct awsc_sesv2_suppressed_destination_summary, email_address), AWSC_MF_REQUIRED}, /* SuppressedDestinationSummary.EmailAddress: EmailAddress */
        [705] = {MREF(705, strings[6702]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(705, enums[47].shape), 0, offsetof(struct awsc_sesv2_suppressed_destination_summary, reason), AWSC_MF_REQUIRED}, /* SuppressedDestinationSummary.Reason: SuppressionListReason */
        [706] = {MREF(706, strings[7609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(706, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_suppressed_destination_summary, last_update_time, has_last_update_time), offsetof(struct awsc_sesv2_suppressed_destination_summary, last_update_time), AWSC_MF_REQUIRED}, /* SuppressedDestinationSummary.LastUpdateTime: Timestamp */
        [707] = {MREF(707, strings[6469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(707, collections[60].shape), 0, offsetof(struct awsc_sesv2_suppression_attributes, suppressed_reasons), 0}, /* SuppressionAttributes.SuppressedReasons: SuppressionListReasons */
        [708] = {MREF(708, strings[6487]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(708, structures[312].shape), 0, offsetof(struct awsc_sesv2_suppression_attributes, validation_attributes), 0}, /* SuppressionAttributes.ValidationAttributes: SuppressionValidationAttributes */
        [709] = {MREF(709, strings[7646]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(709, enums[19].shape), 0, offsetof(struct awsc_sesv2_suppression_condition_threshold, condition_threshold_enabled), AWSC_MF_REQUIRED}, /* SuppressionConditionThreshold.ConditionThresholdEnabled: FeatureStatus */
        [710] = {MREF(710, strings[7672]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(710, structures[309].shape), 0, offsetof(struct awsc_sesv2_suppression_condition_threshold, overall_confidence_threshold), 0}, /* SuppressionConditionThreshold.OverallConfidenceThreshold: SuppressionConfidenceThreshold */
        [711] = {MREF(711, strings[7699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(711, enums[45].shape), 0, offsetof(struct awsc_sesv2_suppression_confidence_threshold, confidence_verdict_threshold), AWSC_MF_REQUIRED}, /* SuppressionConfidenceThreshold.ConfidenceVerdictThreshold: SuppressionConfidenceVerdictThreshold */
        [712] = {MREF(712, strings[7746]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(712, enums[46].shape), 0, offsetof(struct awsc_sesv2_suppression_list_destination, suppression_list_import_action), AWSC_MF_REQUIRED}, /* SuppressionListDestination.SuppressionListImportAction: SuppressionListImportAction */
        [713] = {MREF(713, strings[6469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(713, collections[60].shape), 0, offsetof(struct awsc_sesv2_suppression_options, suppressed_reasons), 0}, /* SuppressionOptions.SuppressedReasons: SuppressionListReasons */
        [714] = {MREF(714, strings[6533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(714, enums[48].shape), 0, offsetof(struct awsc_sesv2_suppression_options, suppression_scope), 0}, /* SuppressionOptions.SuppressionScope: SuppressionListScope */
        [715] = {MREF(715, strings[6550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(715, structures[313].shape), 0, offsetof(struct awsc_sesv2_suppression_options, validation_options), 0}, /* SuppressionOptions.ValidationOptions: SuppressionValidationOptions */
        [716] = {MREF(716, strings[7806]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(716, structures[308].shape), 0, offsetof(struct awsc_sesv2_suppression_validation_attributes, condition_threshold), AWSC_MF_REQUIRED}, /* SuppressionValidationAttributes.ConditionThreshold: SuppressionConditionThreshold */
        [717] = {MREF(717, strings[7806]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(717, structures[308].shape), 0, offsetof(struct awsc_sesv2_suppression_validation_options, condition_threshold), AWSC_MF_REQUIRED}, /* SuppressionValidationOptions.ConditionThreshold: SuppressionConditionThreshold */
        [718] = {MREF(718, strings[7825]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(718, scalars[105]), 0, offsetof(struct awsc_sesv2_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: TagKey */
        [719] = {MREF(719, strings[6002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(719, scalars[106]), 0, offsetof(struct awsc_sesv2_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: TagValue */
        [720] = {MREF(720, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(720, scalars[2]), 0, offsetof(struct awsc_sesv2_tag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* TagResourceRequest.ResourceArn: AmazonResourceName */
        [721] = {MREF(721, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(721, collections[62].shape), 0, offsetof(struct awsc_sesv2_tag_resource_input, tags), AWSC_MF_REQUIRED}, /* TagResourceRequest.Tags: TagList */
        [722] = {MREF(722, strings[1486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(722, scalars[33]), 0, offsetof(struct awsc_sesv2_template, template_name), 0}, /* Template.TemplateName: EmailTemplateName */
        [723] = {MREF(723, strings[7829]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(723, scalars[2]), 0, offsetof(struct awsc_sesv2_template, template_arn), 0}, /* Template.TemplateArn: AmazonResourceName */
        [724] = {MREF(724, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(724, structures[101].shape), 0, offsetof(struct awsc_sesv2_template, template_content), 0}, /* Template.TemplateContent: EmailTemplateContent */
        [725] = {MREF(725, strings[7841]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(725, scalars[31]), 0, offsetof(struct awsc_sesv2_template, template_data), 0}, /* Template.TemplateData: EmailTemplateData */
        [726] = {MREF(726, strings[5982]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(726, collections[45].shape), 0, offsetof(struct awsc_sesv2_template, headers), 0}, /* Template.Headers: MessageHeaderList */
        [727] = {MREF(727, strings[5990]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(727, collections[1].shape), 0, offsetof(struct awsc_sesv2_template, attachments), 0}, /* Template.Attachments: AttachmentList */
        [728] = {MREF(728, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(728, scalars[109]), 0, offsetof(struct awsc_sesv2_tenant, tenant_name), 0}, /* Tenant.TenantName: TenantName */
        [729] = {MREF(729, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(729, scalars[108]), 0, offsetof(struct awsc_sesv2_tenant, tenant_id), 0}, /* Tenant.TenantId: TenantId */
        [730] = {MREF(730, strings[1929]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(730, scalars[2]), 0, offsetof(struct awsc_sesv2_tenant, tenant_arn), 0}, /* Tenant.TenantArn: AmazonResourceName */
        [731] = {MREF(731, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(731, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_tenant, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_tenant, created_timestamp), 0}, /* Tenant.CreatedTimestamp: Timestamp */
        [732] = {MREF(732, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(732, collections[62].shape), 0, offsetof(struct awsc_sesv2_tenant, tags), 0}, /* Tenant.Tags: TagList */
        [733] = {MREF(733, strings[1956]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(733, enums[42].shape), 0, offsetof(struct awsc_sesv2_tenant, sending_status), 0}, /* Tenant.SendingStatus: SendingStatus */
        [734] = {MREF(734, strings[1886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(734, structures[321].shape), 0, offsetof(struct awsc_sesv2_tenant, suppression_attributes), 0}, /* Tenant.SuppressionAttributes: TenantSuppressionAttributes */
        [735] = {MREF(735, strings[1875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(735, scalars[109]), 0, offsetof(struct awsc_sesv2_tenant_info, tenant_name), 0}, /* TenantInfo.TenantName: TenantName */
        [736] = {MREF(736, strings[1920]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(736, scalars[108]), 0, offsetof(struct awsc_sesv2_tenant_info, tenant_id), 0}, /* TenantInfo.TenantId: TenantId */
        [737] = {MREF(737, strings[1929]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(737, scalars[2]), 0, offsetof(struct awsc_sesv2_tenant_info, tenant_arn), 0}, /* TenantInfo.TenantArn: AmazonResourceName */
        [738] = {MREF(738, strings[1939]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(738, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_tenant_info, created_timestamp, has_created_timestamp), offsetof(struct awsc_sesv2_tenant_info, created_timestamp), 0}, /* TenantInfo.CreatedTimestamp: Timestamp */
        [739] = {MREF(739, strings[7854]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(739, enums[39].shape), 0, offsetof(struct awsc_sesv2_tenant_resource, resource_type), 0}, /* TenantResource.ResourceType: ResourceType */
        [740] = {MREF(740, strings[1908]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(740, scalars[2]), 0, offsetof(struct awsc_sesv2_tenant_resource, resource_arn), 0}, /* TenantResource.ResourceArn: AmazonResourceName */
        [741] = {MREF(741, strings[6469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(741, collections[60].shape), 0, offsetof(struct awsc_sesv2_tenant_suppression_attributes, suppressed_reasons), 0}, /* TenantSuppressionAttributes.SuppressedReasons: SuppressionListReasons */
        [742] = {MREF(742, strings[6533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(742, enums[48].shape), 0, offsetof(struct awsc_sesv2_tenant_suppression_attributes, suppression_scope), 0}, /* TenantSuppressionAttributes.SuppressionScope: SuppressionListScope */
        [743] = {MREF(743, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(743, scalars[33]), 0, offsetof(struct awsc_sesv2_test_render_email_template_input, template_name), AWSC_MF_REQUIRED}, /* TestRenderEmailTemplateRequest.TemplateName: EmailTemplateName */
        [744] = {MREF(744, strings[7841]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(744, scalars[31]), 0, offsetof(struct awsc_sesv2_test_render_email_template_input, template_data), AWSC_MF_REQUIRED}, /* TestRenderEmailTemplateRequest.TemplateData: EmailTemplateData */
        [745] = {MREF(745, strings[7867]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(745, scalars[92]), 0, offsetof(struct awsc_sesv2_test_render_email_template_output, rendered_template), AWSC_MF_REQUIRED}, /* TestRenderEmailTemplateResponse.RenderedTemplate: RenderedEmailTemplate */
        [746] = {MREF(746, strings[5603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(746, scalars[111]), 0, offsetof(struct awsc_sesv2_topic, topic_name), AWSC_MF_REQUIRED}, /* Topic.TopicName: TopicName */
        [747] = {MREF(747, strings[7926]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(747, scalars[26]), 0, offsetof(struct awsc_sesv2_topic, display_name), AWSC_MF_REQUIRED}, /* Topic.DisplayName: DisplayName */
        [748] = {MREF(748, strings[462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(748, scalars[23]), 0, offsetof(struct awsc_sesv2_topic, description), 0}, /* Topic.Description: Description */
        [749] = {MREF(749, strings[7938]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(749, enums[44].shape), 0, offsetof(struct awsc_sesv2_topic, default_subscription_status), AWSC_MF_REQUIRED}, /* Topic.DefaultSubscriptionStatus: SubscriptionStatus */
        [750] = {MREF(750, strings[5603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(750, scalars[111]), 0, offsetof(struct awsc_sesv2_topic_filter, topic_name), 0}, /* TopicFilter.TopicName: TopicName */
        [751] = {MREF(751, strings[7964]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(751, scalars[114]), AWSC_MEMBER_HAS(struct awsc_sesv2_topic_filter, use_default_if_preference_unavailable, has_use_default_if_preference_unavailable), offsetof(struct awsc_sesv2_topic_filter, use_default_if_preference_unavailable), 0}, /* TopicFilter.UseDefaultIfPreferenceUnavailable: UseDefaultIfPreferenceUnavailable */
        [752] = {MREF(752, strings[5603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(752, scalars[111]), 0, offsetof(struct awsc_sesv2_topic_preference, topic_name), AWSC_MF_REQUIRED}, /* TopicPreference.TopicName: TopicName */
        [753] = {MREF(753, strings[7998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(753, enums[44].shape), 0, offsetof(struct awsc_sesv2_topic_preference, subscription_status), AWSC_MF_REQUIRED}, /* TopicPreference.SubscriptionStatus: SubscriptionStatus */
        [754] = {MREF(754, strings[6568]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(754, scalars[20]), 0, offsetof(struct awsc_sesv2_tracking_options, custom_redirect_domain), AWSC_MF_REQUIRED}, /* TrackingOptions.CustomRedirectDomain: CustomRedirectDomain */
        [755] = {MREF(755, strings[6589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(755, enums[20].shape), 0, offsetof(struct awsc_sesv2_tracking_options, https_policy), 0}, /* TrackingOptions.HttpsPolicy: HttpsPolicy */
        [756] = {MREF(756, strings[1908]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(756, scalars[2]), 0, offsetof(struct awsc_sesv2_untag_resource_input, resource_arn), AWSC_MF_REQUIRED}, /* UntagResourceRequest.ResourceArn: AmazonResourceName */
        [757] = {MREF(757, strings[8017]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(757, collections[61].shape), 0, offsetof(struct awsc_sesv2_untag_resource_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagResourceRequest.TagKeys: TagKeyList */
        [758] = {MREF(758, strings[1288]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(758, scalars[17]), 0, offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, configuration_set_name), AWSC_MF_REQUIRED}, /* UpdateConfigurationSetEventDestinationRequest.ConfigurationSetName: ConfigurationSetName */
        [759] = {MREF(759, strings[1309]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(759, scalars[42]), 0, offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, event_destination_name), AWSC_MF_REQUIRED}, /* UpdateConfigurationSetEventDestinationRequest.EventDestinationName: EventDestinationName */
        [760] = {MREF(760, strings[1330]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(760, structures[105].shape), 0, offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, event_destination), AWSC_MF_REQUIRED}, /* UpdateConfigurationSetEventDestinationRequest.EventDestination: EventDestinationDefinition */
        [761] = {MREF(761, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(761, scalars[18]), 0, offsetof(struct awsc_sesv2_update_contact_list_input, contact_list_name), AWSC_MF_REQUIRED}, /* UpdateContactListRequest.ContactListName: ContactListName */
        [762] = {MREF(762, strings[1464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(762, collections[67].shape), 0, offsetof(struct awsc_sesv2_update_contact_list_input, topics), 0}, /* UpdateContactListRequest.Topics: Topics */
        [763] = {MREF(763, strings[462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(763, scalars[23]), 0, offsetof(struct awsc_sesv2_update_contact_list_input, description), 0}, /* UpdateContactListRequest.Description: Description */
        [764] = {MREF(764, strings[1224]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(764, scalars[18]), 0, offsetof(struct awsc_sesv2_update_contact_input, contact_list_name), AWSC_MF_REQUIRED}, /* UpdateContactRequest.ContactListName: ContactListName */
        [765] = {MREF(765, strings[1128]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(765, scalars[29]), 0, offsetof(struct awsc_sesv2_update_contact_input, email_address), AWSC_MF_REQUIRED}, /* UpdateContactRequest.EmailAddress: EmailAddress */
        [766] = {MREF(766, strings[1141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(766, collections[66].shape), 0, offsetof(struct awsc_sesv2_update_contact_input, topic_preferences), 0}, /* UpdateContactRequest.TopicPreferences: TopicPreferenceList */
        [767] = {MREF(767, strings[1182]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(767, scalars[112]), AWSC_MEMBER_HAS(struct awsc_sesv2_update_contact_input, unsubscribe_all, has_unsubscribe_all), offsetof(struct awsc_sesv2_update_contact_input, unsubscribe_all), 0}, /* UpdateContactRequest.UnsubscribeAll: UnsubscribeAll */
        [768] = {MREF(768, strings[1471]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(768, scalars[8]), 0, offsetof(struct awsc_sesv2_update_contact_input, attributes_data), 0}, /* UpdateContactRequest.AttributesData: AttributesData */
        [769] = {MREF(769, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(769, scalars[33]), 0, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_name), AWSC_MF_REQUIRED}, /* UpdateCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [770] = {MREF(770, strings[1499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(770, scalars[29]), 0, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, from_email_address), AWSC_MF_REQUIRED}, /* UpdateCustomVerificationEmailTemplateRequest.FromEmailAddress: EmailAddress */
        [771] = {MREF(771, strings[1516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(771, scalars[34]), 0, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_subject), AWSC_MF_REQUIRED}, /* UpdateCustomVerificationEmailTemplateRequest.TemplateSubject: EmailTemplateSubject */
        [772] = {MREF(772, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(772, scalars[107]), 0, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_content), AWSC_MF_REQUIRED}, /* UpdateCustomVerificationEmailTemplateRequest.TemplateContent: TemplateContent */
        [773] = {MREF(773, strings[1548]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(773, scalars[104]), 0, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, success_redirection_url), AWSC_MF_REQUIRED}, /* UpdateCustomVerificationEmailTemplateRequest.SuccessRedirectionURL: SuccessRedirectionURL */
        [774] = {MREF(774, strings[1570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(774, scalars[46]), 0, offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, failure_redirection_url), AWSC_MF_REQUIRED}, /* UpdateCustomVerificationEmailTemplateRequest.FailureRedirectionURL: FailureRedirectionURL */
        [775] = {MREF(775, strings[1666]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(775, scalars[50]), 0, offsetof(struct awsc_sesv2_update_email_identity_policy_input, email_identity), AWSC_MF_REQUIRED}, /* UpdateEmailIdentityPolicyRequest.EmailIdentity: Identity */
        [776] = {MREF(776, strings[1680]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(776, scalars[80]), 0, offsetof(struct awsc_sesv2_update_email_identity_policy_input, policy_name), AWSC_MF_REQUIRED}, /* UpdateEmailIdentityPolicyRequest.PolicyName: PolicyName */
        [777] = {MREF(777, strings[1691]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(777, scalars[79]), 0, offsetof(struct awsc_sesv2_update_email_identity_policy_input, policy), AWSC_MF_REQUIRED}, /* UpdateEmailIdentityPolicyRequest.Policy: Policy */
        [778] = {MREF(778, strings[1486]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(778, scalars[33]), 0, offsetof(struct awsc_sesv2_update_email_template_input, template_name), AWSC_MF_REQUIRED}, /* UpdateEmailTemplateRequest.TemplateName: EmailTemplateName */
        [779] = {MREF(779, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(779, structures[101].shape), 0, offsetof(struct awsc_sesv2_update_email_template_input, template_content), AWSC_MF_REQUIRED}, /* UpdateEmailTemplateRequest.TemplateContent: EmailTemplateContent */
        [780] = {MREF(780, strings[4865]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(780, enums[38].shape), 0, offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, reputation_entity_type), AWSC_MF_REQUIRED}, /* UpdateReputationEntityCustomerManagedStatusRequest.ReputationEntityType: ReputationEntityType */
        [781] = {MREF(781, strings[4839]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(781, scalars[96]), 0, offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, reputation_entity_reference), AWSC_MF_REQUIRED}, /* UpdateReputationEntityCustomerManagedStatusRequest.ReputationEntityReference: ReputationEntityReference */
        [782] = {MREF(782, strings[1956]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(782, enums[42].shape), 0, offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, sending_status), AWSC_MF_REQUIRED}, /* UpdateReputationEntityCustomerManagedStatusRequest.SendingStatus: SendingStatus */
        [783] = {MREF(783, strings[4865]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(783, enums[38].shape), 0, offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_type), AWSC_MF_REQUIRED}, /* UpdateReputationEntityPolicyRequest.ReputationEntityType: ReputationEntityType */
        [784] = {MREF(784, strings[4839]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(784, scalars[96]), 0, offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_reference), AWSC_MF_REQUIRED}, /* UpdateReputationEntityPolicyRequest.ReputationEntityReference: ReputationEntityReference */
        [785] = {MREF(785, strings[8025]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(785, scalars[2]), 0, offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_policy), AWSC_MF_REQUIRED}, /* UpdateReputationEntityPolicyRequest.ReputationEntityPolicy: AmazonResourceName */
        [786] = {MREF(786, strings[8048]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(786, enums[19].shape), 0, offsetof(struct awsc_sesv2_vdm_attributes, vdm_enabled), AWSC_MF_REQUIRED}, /* VdmAttributes.VdmEnabled: FeatureStatus */
        [787] = {MREF(787, strings[8059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(787, structures[58].shape), 0, offsetof(struct awsc_sesv2_vdm_attributes, dashboard_attributes), 0}, /* VdmAttributes.DashboardAttributes: DashboardAttributes */
        [788] = {MREF(788, strings[8079]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(788, structures[163].shape), 0, offsetof(struct awsc_sesv2_vdm_attributes, guardian_attributes), 0}, /* VdmAttributes.GuardianAttributes: GuardianAttributes */
        [789] = {MREF(789, strings[8098]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(789, structures[59].shape), 0, offsetof(struct awsc_sesv2_vdm_options, dashboard_options), 0}, /* VdmOptions.DashboardOptions: DashboardOptions */
        [790] = {MREF(790, strings[8115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(790, structures[164].shape), 0, offsetof(struct awsc_sesv2_vdm_options, guardian_options), 0}, /* VdmOptions.GuardianOptions: GuardianOptions */
        [791] = {MREF(791, strings[8385]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(791, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_verification_info, last_checked_timestamp, has_last_checked_timestamp), offsetof(struct awsc_sesv2_verification_info, last_checked_timestamp), 0}, /* VerificationInfo.LastCheckedTimestamp: Timestamp */
        [792] = {MREF(792, strings[8406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(792, scalars[110]), AWSC_MEMBER_HAS(struct awsc_sesv2_verification_info, last_success_timestamp, has_last_success_timestamp), offsetof(struct awsc_sesv2_verification_info, last_success_timestamp), 0}, /* VerificationInfo.LastSuccessTimestamp: Timestamp */
        [793] = {MREF(793, strings[8427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(793, enums[50].shape), 0, offsetof(struct awsc_sesv2_verification_info, error_type), 0}, /* VerificationInfo.ErrorType: VerificationError */
        [794] = {MREF(794, strings[8437]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(794, structures[292].shape), 0, offsetof(struct awsc_sesv2_verification_info, soa_record), 0}, /* VerificationInfo.SOARecord: SOARecord */
        [795] = {MREF(795, strings[3466]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(795, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_volume_statistics, inbox_raw_count, has_inbox_raw_count), offsetof(struct awsc_sesv2_volume_statistics, inbox_raw_count), 0}, /* VolumeStatistics.InboxRawCount: Volume */
        [796] = {MREF(796, strings[3480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(796, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_volume_statistics, spam_raw_count, has_spam_raw_count), offsetof(struct awsc_sesv2_volume_statistics, spam_raw_count), 0}, /* VolumeStatistics.SpamRawCount: Volume */
        [797] = {MREF(797, strings[8447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(797, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_volume_statistics, projected_inbox, has_projected_inbox), offsetof(struct awsc_sesv2_volume_statistics, projected_inbox), 0}, /* VolumeStatistics.ProjectedInbox: Volume */
        [798] = {MREF(798, strings[8462]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(798, scalars[115]), AWSC_MEMBER_HAS(struct awsc_sesv2_volume_statistics, projected_spam, has_projected_spam), offsetof(struct awsc_sesv2_volume_statistics, projected_spam), 0}, /* VolumeStatistics.ProjectedSpam: Volume */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AccountDetails */ 4, 2, 0, 5, 3, 1,
        /* [6] ArchivingOptions */ 0,
        /* [7] Attachment */ 3, 1, 4, 5, 6, 2, 0,
        /* [14] BatchGetMetricDataQuery */ 3, 5, 0, 2, 1, 4,
        /* [20] BatchGetMetricDataRequest */ 0,
        /* [21] BatchGetMetricDataResponse */ 1, 0,
        /* [23] BlacklistEntry */ 2, 1, 0,
        /* [26] Body */ 1, 0,
        /* [28] Bounce */ 1, 0, 2,
        /* [31] BulkEmailContent */ 0,
        /* [32] BulkEmailEntry */ 0, 2, 3, 1,
        /* [36] BulkEmailEntryResult */ 1, 2, 0,
        /* [39] CancelExportJobRequest */ 0,
        /* [40] CloudWatchDestination */ 0,
        /* [41] CloudWatchDimensionConfiguration */ 2, 0, 1,
        /* [44] Complaint */ 1, 0,
        /* [46] Contact */ 0, 4, 2, 1, 3,
        /* [51] ContactList */ 0, 1,
        /* [53] ContactListDestination */ 1, 0,
        /* [55] Content */ 1, 0,
        /* [57] CreateConfigurationSetEventDestinationRequest */ 0, 2, 1,
        /* [60] CreateConfigurationSetRequest */ 8, 0, 2, 3, 4, 6, 5, 1, 7,
        /* [69] CreateContactListRequest */ 0, 2, 3, 1,
        /* [73] CreateContactRequest */ 4, 0, 1, 2, 3,
        /* [78] CreateCustomVerificationEmailTemplateRequest */ 6, 1, 5, 4, 3, 0, 2,
        /* [85] CreateDedicatedIpPoolRequest */ 0, 2, 1,
        /* [88] CreateDeliverabilityTestReportRequest */ 2, 1, 0, 3,
        /* [92] CreateDeliverabilityTestReportResponse */ 1, 0,
        /* [94] CreateEmailIdentityPolicyRequest */ 0, 2, 1,
        /* [97] CreateEmailIdentityRequest */ 3, 2, 0, 1,
        /* [101] CreateEmailIdentityResponse */ 2, 0, 1,
        /* [104] CreateEmailTemplateRequest */ 2, 1, 0,
        /* [107] CreateExportJobRequest */ 0, 1,
        /* [109] CreateExportJobResponse */ 0,
        /* [110] CreateImportJobRequest */ 1, 0,
        /* [112] CreateImportJobResponse */ 0,
        /* [113] CreateMultiRegionEndpointRequest */ 1, 0, 2,
        /* [116] CreateMultiRegionEndpointResponse */ 1, 0,
        /* [118] CreateTenantRequest */ 2, 1, 0,
        /* [121] CreateTenantResourceAssociationRequest */ 1, 0,
        /* [123] CreateTenantResponse */ 3, 5, 6, 4, 2, 1, 0,
        /* [130] CustomVerificationEmailTemplateMetadata */ 4, 1, 3, 0, 2,
        /* [135] DailyVolume */ 2, 0, 1,
        /* [138] DashboardAttributes */ 0,
        /* [139] DashboardOptions */ 0,
        /* [140] DedicatedIp */ 0, 3, 2, 1,
        /* [144] DedicatedIpPool */ 0, 1,
        /* [146] DeleteConfigurationSetEventDestinationRequest */ 0, 1,
        /* [148] DeleteConfigurationSetRequest */ 0,
        /* [149] DeleteContactListRequest */ 0,
        /* [150] DeleteContactRequest */ 0, 1,
        /* [152] DeleteCustomVerificationEmailTemplateRequest */ 0,
        /* [153] DeleteDedicatedIpPoolRequest */ 0,
        /* [154] DeleteEmailIdentityPolicyRequest */ 0, 1,
        /* [156] DeleteEmailIdentityRequest */ 0,
        /* [157] DeleteEmailTemplateRequest */ 0,
        /* [158] DeleteMultiRegionEndpointRequest */ 0,
        /* [159] DeleteMultiRegionEndpointResponse */ 0,
        /* [160] DeleteSuppressedDestinationRequest */ 0, 1,
        /* [162] DeleteTenantRequest */ 0,
        /* [163] DeleteTenantResourceAssociationRequest */ 1, 0,
        /* [165] DeliverabilityTestReport */ 4, 5, 3, 0, 1, 2,
        /* [171] DeliveryOptions */ 2, 1, 0,
        /* [174] Destination */ 2, 1, 0,
        /* [177] Details */ 0,
        /* [178] DkimAttributes */ 6, 7, 5, 4, 0, 3, 1, 2,
        /* [186] DkimSigningAttributes */ 3, 1, 0, 2,
        /* [190] DomainDeliverabilityCampaign */ 0, 10, 13, 5, 3, 1, 7, 6, 12, 11, 9, 4, 8, 2,
        /* [204] DomainDeliverabilityTrackingOption */ 0, 2, 1,
        /* [207] DomainIspPlacement */ 3, 1, 0, 4, 2,
        /* [212] EmailAddressInsightsMailboxEvaluations */ 1, 0, 4, 5, 3, 2,
        /* [218] EmailAddressInsightsVerdict */ 0,
        /* [219] EmailContent */ 1, 0, 2,
        /* [222] EmailInsights */ 0, 2, 1,
        /* [225] EmailTemplateContent */ 2, 0, 1,
        /* [228] EmailTemplateMetadata */ 1, 0,
        /* [230] EventBridgeDestination */ 0,
        /* [231] EventDestination */ 4, 1, 6, 3, 2, 0, 7, 5,
        /* [239] EventDestinationDefinition */ 3, 0, 5, 2, 1, 6, 4,
        /* [246] EventDetails */ 0, 1,
        /* [248] ExportDataSource */ 1, 0,
        /* [250] ExportDestination */ 0, 1,
        /* [252] ExportJobSummary */ 4, 3, 1, 0, 2,
        /* [257] ExportMetric */ 1, 0,
        /* [259] ExportStatistics */ 1, 0,
        /* [261] FailureInfo */ 1, 0,
        /* [263] GetAccountResponse */ 0, 6, 1, 8, 2, 3, 4, 5, 7,
        /* [272] GetBlacklistReportsRequest */ 0,
        /* [273] GetBlacklistReportsResponse */ 0,
        /* [274] GetConfigurationSetEventDestinationsRequest */ 0,
        /* [275] GetConfigurationSetEventDestinationsResponse */ 0,
        /* [276] GetConfigurationSetRequest */ 0,
        /* [277] GetConfigurationSetResponse */ 8, 0, 2, 3, 4, 6, 5, 1, 7,
        /* [286] GetContactListRequest */ 0,
        /* [287] GetContactListResponse */ 0, 3, 2, 4, 5, 1,
        /* [293] GetContactRequest */ 0, 1,
        /* [295] GetContactResponse */ 5, 0, 6, 1, 7, 3, 2, 4,
        /* [303] GetCustomVerificationEmailTemplateRequest */ 0,
        /* [304] GetCustomVerificationEmailTemplateResponse */ 6, 1, 5, 4, 3, 0, 2,
        /* [311] GetDedicatedIpPoolRequest */ 0,
        /* [312] GetDedicatedIpPoolResponse */ 0,
        /* [313] GetDedicatedIpRequest */ 0,
        /* [314] GetDedicatedIpResponse */ 0,
        /* [315] GetDedicatedIpsRequest */ 1, 2, 0,
        /* [318] GetDedicatedIpsResponse */ 0, 1,
        /* [320] GetDeliverabilityDashboardOptionsResponse */ 2, 3, 0, 4, 1,
        /* [325] GetDeliverabilityTestReportRequest */ 0,
        /* [326] GetDeliverabilityTestReportResponse */ 0, 2, 3, 1, 4,
        /* [331] GetDomainDeliverabilityCampaignRequest */ 0,
        /* [332] GetDomainDeliverabilityCampaignResponse */ 0,
        /* [333] GetDomainStatisticsReportRequest */ 0, 2, 1,
        /* [336] GetDomainStatisticsReportResponse */ 1, 0,
        /* [338] GetEmailAddressInsightsRequest */ 0,
        /* [339] GetEmailAddressInsightsResponse */ 0,
        /* [340] GetEmailIdentityPoliciesRequest */ 0,
        /* [341] GetEmailIdentityPoliciesResponse */ 0,
        /* [342] GetEmailIdentityRequest */ 0,
        /* [343] GetEmailIdentityResponse */ 7, 3, 1, 0, 4, 5, 6, 9, 8, 2,
        /* [353] GetEmailTemplateRequest */ 0,
        /* [354] GetEmailTemplateResponse */ 2, 1, 0,
        /* [357] GetExportJobRequest */ 0,
        /* [358] GetExportJobResponse */ 6, 5, 4, 3, 1, 7, 0, 2, 8,
        /* [367] GetImportJobRequest */ 0,
        /* [368] GetImportJobResponse */ 6, 5, 8, 3, 2, 1, 0, 4, 7,
        /* [377] GetMessageInsightsRequest */ 0,
        /* [378] GetMessageInsightsResponse */ 3, 1, 4, 0, 2,
        /* [383] GetMultiRegionEndpointRequest */ 0,
        /* [384] GetMultiRegionEndpointResponse */ 4, 1, 0, 5, 2, 3,
        /* [390] GetReputationEntityRequest */ 0, 1,
        /* [392] GetReputationEntityResponse */ 0,
        /* [393] GetSuppressedDestinationRequest */ 0, 1,
        /* [395] GetSuppressedDestinationResponse */ 0,
        /* [396] GetTenantRequest */ 0,
        /* [397] GetTenantResponse */ 0,
        /* [398] GuardianAttributes */ 0,
        /* [399] GuardianOptions */ 0,
        /* [400] IdentityInfo */ 1, 0, 2, 3,
        /* [404] ImportDataSource */ 1, 0,
        /* [406] ImportDestination */ 1, 0,
        /* [408] ImportJobSummary */ 3, 5, 1, 0, 2, 4,
        /* [414] InboxPlacementTrackingOption */ 0, 1,
        /* [416] InsightsEvent */ 2, 0, 1,
        /* [419] IspPlacement */ 0, 1,
        /* [421] KinesisFirehoseDestination */ 1, 0,
        /* [423] ListConfigurationSetsRequest */ 0, 1,
        /* [425] ListConfigurationSetsResponse */ 0, 1,
        /* [427] ListContactListsRequest */ 1, 0,
        /* [429] ListContactListsResponse */ 0, 1,
        /* [431] ListContactsFilter */ 0, 1,
        /* [433] ListContactsRequest */ 0, 1, 3, 2,
        /* [437] ListContactsResponse */ 0, 1,
        /* [439] ListCustomVerificationEmailTemplatesRequest */ 0, 1,
        /* [441] ListCustomVerificationEmailTemplatesResponse */ 0, 1,
        /* [443] ListDedicatedIpPoolsRequest */ 0, 1,
        /* [445] ListDedicatedIpPoolsResponse */ 0, 1,
        /* [447] ListDeliverabilityTestReportsRequest */ 0, 1,
        /* [449] ListDeliverabilityTestReportsResponse */ 0, 1,
        /* [451] ListDomainDeliverabilityCampaignsRequest */ 1, 3, 4, 0, 2,
        /* [456] ListDomainDeliverabilityCampaignsResponse */ 0, 1,
        /* [458] ListEmailIdentitiesRequest */ 0, 1,
        /* [460] ListEmailIdentitiesResponse */ 0, 1,
        /* [462] ListEmailTemplatesRequest */ 0, 1,
        /* [464] ListEmailTemplatesResponse */ 1, 0,
        /* [466] ListExportJobsRequest */ 2, 3, 0, 1,
        /* [470] ListExportJobsResponse */ 0, 1,
        /* [472] ListImportJobsRequest */ 0, 1, 2,
        /* [475] ListImportJobsResponse */ 0, 1,
        /* [477] ListManagementOptions */ 0, 1,
        /* [479] ListMultiRegionEndpointsRequest */ 0, 1,
        /* [481] ListMultiRegionEndpointsResponse */ 0, 1,
        /* [483] ListRecommendationsRequest */ 0, 1, 2,
        /* [486] ListRecommendationsResponse */ 1, 0,
        /* [488] ListReputationEntitiesRequest */ 0, 1, 2,
        /* [491] ListReputationEntitiesResponse */ 1, 0,
        /* [493] ListResourceTenantsRequest */ 2, 1, 0,
        /* [496] ListResourceTenantsResponse */ 1, 0,
        /* [498] ListSuppressedDestinationsRequest */ 3, 4, 5, 1, 2, 0,
        /* [504] ListSuppressedDestinationsResponse */ 1, 0,
        /* [506] ListTagsForResourceRequest */ 0,
        /* [507] ListTagsForResourceResponse */ 0,
        /* [508] ListTenantResourcesRequest */ 1, 3, 2, 0,
        /* [512] ListTenantResourcesResponse */ 1, 0,
        /* [514] ListTenantsRequest */ 0, 1,
        /* [516] ListTenantsResponse */ 1, 0,
        /* [518] MailFromAttributes */ 2, 0, 1,
        /* [521] MailboxValidation */ 1, 0,
        /* [523] Message */ 3, 1, 2, 0,
        /* [527] MessageHeader */ 0, 1,
        /* [529] MessageInsightsDataSource */ 1, 3, 2, 4, 0,
        /* [534] MessageInsightsFilters */ 1, 0, 3, 4, 5, 2,
        /* [540] MessageTag */ 0, 1,
        /* [542] MetricDataError */ 1, 0, 2,
        /* [545] MetricDataResult */ 0, 1, 2,
        /* [548] MetricsDataSource */ 0, 4, 2, 1, 3,
        /* [553] MultiRegionEndpoint */ 4, 2, 0, 5, 3, 1,
        /* [559] OverallVolume */ 2, 1, 0,
        /* [562] PinpointDestination */ 0,
        /* [563] PlacementStatistics */ 4, 0, 2, 1, 3,
        /* [568] PricingAttributes */ 0, 1,
        /* [570] PutAccountDedicatedIpWarmupAttributesRequest */ 0,
        /* [571] PutAccountDetailsRequest */ 4, 2, 0, 5, 3, 1,
        /* [577] PutAccountPricingAttributesRequest */ 0,
        /* [578] PutAccountSendingAttributesRequest */ 0,
        /* [579] PutAccountSuppressionAttributesRequest */ 0, 1,
        /* [581] PutAccountVdmAttributesRequest */ 0,
        /* [582] PutConfigurationSetArchivingOptionsRequest */ 1, 0,
        /* [584] PutConfigurationSetDeliveryOptionsRequest */ 0, 3, 2, 1,
        /* [588] PutConfigurationSetReputationOptionsRequest */ 0, 1,
        /* [590] PutConfigurationSetSendingOptionsRequest */ 0, 1,
        /* [592] PutConfigurationSetSuppressionOptionsRequest */ 0, 2, 1, 3,
        /* [596] PutConfigurationSetTrackingOptionsRequest */ 0, 1, 2,
        /* [599] PutConfigurationSetVdmOptionsRequest */ 0, 1,
        /* [601] PutDedicatedIpInPoolRequest */ 1, 0,
        /* [603] PutDedicatedIpPoolScalingAttributesRequest */ 0, 1,
        /* [605] PutDedicatedIpWarmupAttributesRequest */ 0, 1,
        /* [607] PutDeliverabilityDashboardOptionRequest */ 0, 1,
        /* [609] PutEmailIdentityConfigurationSetAttributesRequest */ 1, 0,
        /* [611] PutEmailIdentityDkimAttributesRequest */ 0, 1,
        /* [613] PutEmailIdentityDkimSigningAttributesRequest */ 0, 2, 1,
        /* [616] PutEmailIdentityDkimSigningAttributesResponse */ 0, 1, 2,
        /* [619] PutEmailIdentityFeedbackAttributesRequest */ 1, 0,
        /* [621] PutEmailIdentityMailFromAttributesRequest */ 2, 0, 1,
        /* [624] PutSuppressedDestinationRequest */ 0, 1, 2,
        /* [627] PutTenantSuppressionAttributesRequest */ 1, 2, 0,
        /* [630] RawMessage */ 0,
        /* [631] Recommendation */ 4, 2, 6, 5, 0, 3, 1,
        /* [638] ReplacementEmailContent */ 0,
        /* [639] ReplacementTemplate */ 0,
        /* [640] ReputationEntity */ 4, 3, 0, 1, 6, 2, 5,
        /* [647] ReputationOptions */ 1, 0,
        /* [649] ResourceTenantMetadata */ 3, 2, 1, 0,
        /* [653] ReviewDetails */ 1, 0,
        /* [655] Route */ 0,
        /* [656] RouteDetails */ 0,
        /* [657] SOARecord */ 1, 0, 2,
        /* [660] SendBulkEmailRequest */ 7, 8, 6, 5, 9, 3, 4, 0, 1, 2, 10,
        /* [671] SendBulkEmailResponse */ 0,
        /* [672] SendCustomVerificationEmailRequest */ 2, 0, 1,
        /* [675] SendCustomVerificationEmailResponse */ 0,
        /* [676] SendEmailRequest */ 8, 6, 2, 7, 9, 4, 5, 0, 1, 11, 3, 10,
        /* [688] SendEmailResponse */ 0,
        /* [689] SendQuota */ 0, 1, 2,
        /* [692] SendingOptions */ 0,
        /* [693] SnsDestination */ 0,
        /* [694] StatusRecord */ 1, 2, 0,
        /* [697] SuppressedDestination */ 3, 0, 2, 1, 4,
        /* [702] SuppressedDestinationAttributes */ 1, 0,
        /* [704] SuppressedDestinationSummary */ 0, 2, 1,
        /* [707] SuppressionAttributes */ 0, 1,
        /* [709] SuppressionConditionThreshold */ 0, 1,
        /* [711] SuppressionConfidenceThreshold */ 0,
        /* [712] SuppressionListDestination */ 0,
        /* [713] SuppressionOptions */ 0, 1, 2,
        /* [716] SuppressionValidationAttributes */ 0,
        /* [717] SuppressionValidationOptions */ 0,
        /* [718] Tag */ 0, 1,
        /* [720] TagResourceRequest */ 0, 1,
        /* [722] Template */ 5, 4, 1, 2, 3, 0,
        /* [728] Tenant */ 3, 5, 6, 4, 2, 1, 0,
        /* [735] TenantInfo */ 3, 2, 1, 0,
        /* [739] TenantResource */ 1, 0,
        /* [741] TenantSuppressionAttributes */ 0, 1,
        /* [743] TestRenderEmailTemplateRequest */ 1, 0,
        /* [745] TestRenderEmailTemplateResponse */ 0,
        /* [746] Topic */ 3, 2, 1, 0,
        /* [750] TopicFilter */ 0, 1,
        /* [752] TopicPreference */ 1, 0,
        /* [754] TrackingOptions */ 0, 1,
        /* [756] UntagResourceRequest */ 0, 1,
        /* [758] UpdateConfigurationSetEventDestinationRequest */ 0, 2, 1,
        /* [761] UpdateContactListRequest */ 0, 2, 1,
        /* [764] UpdateContactRequest */ 4, 0, 1, 2, 3,
        /* [769] UpdateCustomVerificationEmailTemplateRequest */ 5, 1, 4, 3, 0, 2,
        /* [775] UpdateEmailIdentityPolicyRequest */ 0, 2, 1,
        /* [778] UpdateEmailTemplateRequest */ 1, 0,
        /* [780] UpdateReputationEntityCustomerManagedStatusRequest */ 1, 0, 2,
        /* [783] UpdateReputationEntityPolicyRequest */ 2, 1, 0,
        /* [786] VdmAttributes */ 1, 2, 0,
        /* [789] VdmOptions */ 0, 1,
        /* [791] VerificationInfo */ 2, 0, 1, 3,
        /* [795] VolumeStatistics */ 0, 2, 3, 1,
    },
    .ranges = {
        {true, true, 6, 254}, /* AdditionalContactEmailAddress */
        {true, true, 1, 4}, /* AdditionalContactEmailAddresses */
        {true, false, 1, 0}, /* AmazonResourceName */
        {true, true, 20, 1011}, /* ArchiveArn */
        {false, true, 0, 1000}, /* AttachmentContentDescription */
        {true, true, 1, 78}, /* AttachmentContentId */
        {true, true, 1, 78}, /* AttachmentContentType */
        {false, true, 0, 255}, /* AttachmentFileName */
        {true, true, 1, 10}, /* BatchGetMetricDataQueries */
        {true, true, 1, 3}, /* Dimensions */
        {false, true, 0, 5}, /* EmailAddressFilterList */
        {true, true, 1, 998}, /* EmailSubject */
        {false, true, 0, 1}, /* EmailSubjectFilterList */
        {false, true, 0, 262144}, /* EmailTemplateData */
        {true, false, 1, 0}, /* EmailTemplateName */
        {true, true, 1, 64}, /* EndpointName */
        {true, true, 1, 10}, /* ExportDimensionValue */
        {true, true, 1, 3}, /* ExportDimensions */
        {true, true, 1, 10}, /* ExportMetrics */
        {true, false, 1, 0}, /* Identity */
        {true, true, 1, 320}, /* InsightsEmailAddress */
        {false, true, 0, 5}, /* IspFilterList */
        {true, false, 1, 0}, /* JobId */
        {false, true, 0, 5}, /* LastDeliveryEventList */
        {false, true, 0, 2}, /* LastEngagementEventList */
        {true, true, 1, 512}, /* ListRecommendationFilterValue */
        {true, true, 1, 2}, /* ListRecommendationsFilter */
        {true, true, 1, 512}, /* ListTenantResourcesFilterValue */
        {true, true, 300, 50400}, /* MaxDeliverySeconds */
        {true, true, 0, 15}, /* MessageHeaderList */
        {true, true, 1, 126}, /* MessageHeaderName */
        {true, true, 1, 995}, /* MessageHeaderValue */
        {true, true, 1, 10000}, /* MessageInsightsExportMaxResults */
        {true, true, 1, 5000}, /* NextTokenV2 */
        {true, true, 1, 1000}, /* PageSizeV2 */
        {true, false, 1, 0}, /* Policy */
        {true, true, 1, 64}, /* PolicyName */
        {true, true, 1, 20480}, /* PrivateKey */
        {true, true, 1, 255}, /* QueryIdentifier */
        {true, true, 1, 512}, /* ReputationEntityFilterValue */
        {true, false, 1, 0}, /* ReputationEntityReference */
        {true, true, 1, 63}, /* Selector */
        {true, true, 1, 512}, /* StatusCause */
        {true, false, 1, 0}, /* TenantName */
        {false, true, 0, 5000}, /* UseCaseDescription */
        {true, true, 1, 1000}, /* WebsiteURL */
    },
    .strings =
        /*      0 */ "MailType\0"
        /*      9 */ "WebsiteURL\0"
        /*     20 */ "ContactLanguage\0"
        /*     36 */ "UseCaseDescription\0"
        /*     55 */ "AdditionalContactEmailAddresses\0"
        /*     87 */ "ReviewDetails\0"
        /*    101 */ "AccountSuspendedException\0"
        /*    127 */ "AlreadyExistsException\0"
        /*    150 */ "ArchiveArn\0"
        /*    161 */ "RawContent\0"
        /*    172 */ "ContentDisposition\0"
        /*    191 */ "FileName\0"
        /*    200 */ "ContentDescription\0"
        /*    219 */ "ContentId\0"
        /*    229 */ "ContentTransferEncoding\0"
        /*    253 */ "ContentType\0"
        /*    265 */ "ATTACHMENT\0" "INLINE\0"
        /*    283 */ "BASE64\0" "QUOTED_PRINTABLE\0" "SEVEN_BIT\0"
        /*    317 */ "BadRequestException\0"
        /*    337 */ "Id\0"
        /*    340 */ "Namespace\0"
        /*    350 */ "Metric\0"
        /*    357 */ "Dimensions\0"
        /*    368 */ "StartDate\0"
        /*    378 */ "EndDate\0"
        /*    386 */ "Queries\0"
        /*    394 */ "Results\0"
        /*    402 */ "Errors\0"
        /*    409 */ "USE_DEFAULT_VALUE\0" "REJECT_MESSAGE\0"
        /*    442 */ "RblName\0"
        /*    450 */ "ListingTime\0"
        /*    462 */ "Description\0"
        /*    474 */ "Text\0"
        /*    479 */ "Html\0"
        /*    484 */ "BounceType\0"
        /*    495 */ "BounceSubType\0"
        /*    509 */ "DiagnosticCode\0"
        /*    524 */ "UNDETERMINED\0" "TRANSIENT\0" "PERMANENT\0"
        /*    557 */ "Template\0"
        /*    566 */ "Destination\0"
        /*    578 */ "ReplacementTags\0"
        /*    594 */ "ReplacementEmailContent\0"
        /*    618 */ "ReplacementHeaders\0"
        /*    637 */ "Status\0"
        /*    644 */ "Error\0"
        /*    650 */ "MessageId\0"
        /*    660 */ "SUCCESS\0" "MESSAGE_REJECTED\0" "MAIL_FROM_DOMAIN_NOT_VERIFIED\0" "CONFIGURATION_SET_NOT_FOUND\0" "TEMPLATE_NOT_FOUND\0" "ACCOUNT_SUSPENDED\0" "ACCOUNT_THROTTLED\0" "ACCOUNT_DAILY_QUOTA_EXCEEDED\0" "INVALID_SENDING_POOL_NAME\0" "ACCOUNT_SENDING_PAUSED\0" "CONFIGURATION_SET_SENDING_PAUSED\0" "INVALID_PARAMETER\0" "TRANSIENT_FAILURE\0" "FAILED\0"
        /*    952 */ "JobId\0"
        /*    958 */ "DimensionConfigurations\0"
        /*    982 */ "DimensionName\0"
        /*    996 */ "DimensionValueSource\0"
        /*   1017 */ "DefaultDimensionValue\0"
        /*   1039 */ "ComplaintSubType\0"
        /*   1056 */ "ComplaintFeedbackType\0"
        /*   1078 */ "ConcurrentModificationException\0"
        /*   1110 */ "ConflictException\0"
        /*   1128 */ "EmailAddress\0"
        /*   1141 */ "TopicPreferences\0"
        /*   1158 */ "TopicDefaultPreferences\0"
        /*   1182 */ "UnsubscribeAll\0"
        /*   1197 */ "LastUpdatedTimestamp\0"
        /*   1218 */ "EN\0" "JA\0"
        /*   1224 */ "ContactListName\0"
        /*   1240 */ "ContactListImportAction\0"
        /*   1264 */ "DELETE\0" "PUT\0"
        /*   1275 */ "Data\0"
        /*   1280 */ "Charset\0"
        /*   1288 */ "ConfigurationSetName\0"
        /*   1309 */ "EventDestinationName\0"
        /*   1330 */ "EventDestination\0"
        /*   1347 */ "TrackingOptions\0"
        /*   1363 */ "DeliveryOptions\0"
        /*   1379 */ "ReputationOptions\0"
        /*   1397 */ "SendingOptions\0"
        /*   1412 */ "Tags\0"
        /*   1417 */ "SuppressionOptions\0"
        /*   1436 */ "VdmOptions\0"
        /*   1447 */ "ArchivingOptions\0"
        /*   1464 */ "Topics\0"
        /*   1471 */ "AttributesData\0"
        /*   1486 */ "TemplateName\0"
        /*   1499 */ "FromEmailAddress\0"
        /*   1516 */ "TemplateSubject\0"
        /*   1532 */ "TemplateContent\0"
        /*   1548 */ "SuccessRedirectionURL\0"
        /*   1570 */ "FailureRedirectionURL\0"
        /*   1592 */ "PoolName\0"
        /*   1601 */ "ScalingMode\0"
        /*   1613 */ "ReportName\0"
        /*   1624 */ "Content\0"
        /*   1632 */ "ReportId\0"
        /*   1641 */ "DeliverabilityTestStatus\0"
        /*   1666 */ "EmailIdentity\0"
        /*   1680 */ "PolicyName\0"
        /*   1691 */ "Policy\0"
        /*   1698 */ "DkimSigningAttributes\0"
        /*   1720 */ "IdentityType\0"
        /*   1733 */ "VerifiedForSendingStatus\0"
        /*   1758 */ "DkimAttributes\0"
        /*   1773 */ "ExportDataSource\0"
        /*   1790 */ "ExportDestination\0"
        /*   1808 */ "ImportDestination\0"
        /*   1826 */ "ImportDataSource\0"
        /*   1843 */ "EndpointName\0"
        /*   1856 */ "Details\0"
        /*   1864 */ "EndpointId\0"
        /*   1875 */ "TenantName\0"
        /*   1886 */ "SuppressionAttributes\0"
        /*   1908 */ "ResourceArn\0"
        /*   1920 */ "TenantId\0"
        /*   1929 */ "TenantArn\0"
        /*   1939 */ "CreatedTimestamp\0"
        /*   1956 */ "SendingStatus\0"
        /*   1970 */ "VolumeStatistics\0"
        /*   1987 */ "DomainIspPlacements\0"
        /*   2007 */ "EngagementMetrics\0"
        /*   2025 */ "CSV\0" "JSON\0"
        /*   2034 */ "Ip\0"
        /*   2037 */ "WarmupStatus\0"
        /*   2050 */ "WarmupPercentage\0"
        /*   2067 */ "ACTIVE\0" "PENDING_EXPIRATION\0" "DISABLED\0"
        /*   2102 */ "Subject\0"
        /*   2110 */ "CreateDate\0"
        /*   2121 */ "IN_PROGRESS\0" "COMPLETED\0"
        /*   2143 */ "SEND\0" "DELIVERY\0" "TRANSIENT_BOUNCE\0" "PERMANENT_BOUNCE\0" "UNDETERMINED_BOUNCE\0" "COMPLAINT\0"
        /*   2221 */ "TlsPolicy\0"
        /*   2231 */ "SendingPoolName\0"
        /*   2247 */ "MaxDeliverySeconds\0"
        /*   2266 */ "ToAddresses\0"
        /*   2278 */ "CcAddresses\0"
        /*   2290 */ "BccAddresses\0"
        /*   2303 */ "RoutesDetails\0"
        /*   2317 */ "MESSAGE_TAG\0" "EMAIL_HEADER\0" "LINK_TAG\0"
        /*   2351 */ "SigningEnabled\0"
        /*   2366 */ "Tokens\0"
        /*   2373 */ "SigningHostedZone\0"
        /*   2391 */ "SigningAttributesOrigin\0"
        /*   2415 */ "NextSigningKeyLength\0"
        /*   2436 */ "CurrentSigningKeyLength\0"
        /*   2460 */ "LastKeyGenerationTimestamp\0"
        /*   2487 */ "DomainSigningSelector\0"
        /*   2509 */ "DomainSigningPrivateKey\0"
        /*   2533 */ "DomainSigningAttributesOrigin\0"
        /*   2563 */ "AWS_SES\0" "EXTERNAL\0" "AWS_SES_AF_SOUTH_1\0" "AWS_SES_EU_NORTH_1\0" "AWS_SES_AP_SOUTH_1\0" "AWS_SES_EU_WEST_3\0" "AWS_SES_EU_WEST_2\0" "AWS_SES_EU_SOUTH_1\0" "AWS_SES_EU_WEST_1\0" "AWS_SES_AP_NORTHEAST_3\0" "AWS_SES_AP_NORTHEAST_2\0" "AWS_SES_ME_SOUTH_1\0" "AWS_SES_AP_NORTHEAST_1\0" "AWS_SES_IL_CENTRAL_1\0" "AWS_SES_SA_EAST_1\0" "AWS_SES_CA_CENTRAL_1\0" "AWS_SES_AP_SOUTHEAST_1\0" "AWS_SES_AP_SOUTHEAST_2\0" "AWS_SES_AP_SOUTHEAST_3\0" "AWS_SES_EU_CENTRAL_1\0" "AWS_SES_US_EAST_1\0" "AWS_SES_US_EAST_2\0" "AWS_SES_US_WEST_1\0" "AWS_SES_US_WEST_2\0" "AWS_SES_ME_CENTRAL_1\0" "AWS_SES_AP_SOUTH_2\0" "AWS_SES_EU_CENTRAL_2\0" "AWS_SES_AP_SOUTHEAST_5\0" "AWS_SES_CA_WEST_1\0" "AWS_SES_US_GOV_EAST_1\0" "AWS_SES_US_GOV_WEST_1\0"
        /*   3166 */ "RSA_1024_BIT\0" "RSA_2048_BIT\0"
        /*   3192 */ "PENDING\0" "SUCCESS\0" "FAILED\0" "TEMPORARY_FAILURE\0" "NOT_STARTED\0"
        /*   3245 */ "CampaignId\0"
        /*   3256 */ "ImageUrl\0"
        /*   3265 */ "FromAddress\0"
        /*   3277 */ "SendingIps\0"
        /*   3288 */ "FirstSeenDateTime\0"
        /*   3306 */ "LastSeenDateTime\0"
        /*   3323 */ "InboxCount\0"
        /*   3334 */ "SpamCount\0"
        /*   3344 */ "ReadRate\0"
        /*   3353 */ "DeleteRate\0"
        /*   3364 */ "ReadDeleteRate\0"
        /*   3379 */ "ProjectedVolume\0"
        /*   3395 */ "Esps\0"
        /*   3400 */ "Domain\0"
        /*   3407 */ "SubscriptionStartDate\0"
        /*   3429 */ "InboxPlacementTrackingOption\0"
        /*   3458 */ "IspName\0"
        /*   3466 */ "InboxRawCount\0"
        /*   3480 */ "SpamRawCount\0"
        /*   3493 */ "InboxPercentage\0"
        /*   3509 */ "SpamPercentage\0"
        /*   3524 */ "LOW\0" "MEDIUM\0" "HIGH\0"
        /*   3540 */ "HasValidSyntax\0"
        /*   3555 */ "HasValidDnsRecords\0"
        /*   3574 */ "MailboxExists\0"
        /*   3588 */ "IsRoleAddress\0"
        /*   3602 */ "IsDisposable\0"
        /*   3615 */ "IsRandomInput\0"
        /*   3629 */ "ConfidenceVerdict\0"
        /*   3647 */ "Simple\0"
        /*   3654 */ "Raw\0"
        /*   3658 */ "Isp\0"
        /*   3662 */ "Events\0"
        /*   3669 */ "OPEN\0" "CLICK\0"
        /*   3680 */ "EventBusArn\0"
        /*   3692 */ "Name\0"
        /*   3697 */ "Enabled\0"
        /*   3705 */ "MatchingEventTypes\0"
        /*   3724 */ "KinesisFirehoseDestination\0"
        /*   3751 */ "CloudWatchDestination\0"
        /*   3773 */ "SnsDestination\0"
        /*   3788 */ "EventBridgeDestination\0"
        /*   3811 */ "PinpointDestination\0"
        /*   3831 */ "Bounce\0"
        /*   3838 */ "Complaint\0"
        /*   3848 */ "SEND\0" "REJECT\0" "BOUNCE\0" "COMPLAINT\0" "DELIVERY\0" "OPEN\0" "CLICK\0" "RENDERING_FAILURE\0" "DELIVERY_DELAY\0" "SUBSCRIPTION\0"
        /*   3943 */ "MetricsDataSource\0"
        /*   3961 */ "MessageInsightsDataSource\0"
        /*   3987 */ "DataFormat\0"
        /*   3998 */ "S3Url\0"
        /*   4004 */ "ExportSourceType\0"
        /*   4021 */ "JobStatus\0"
        /*   4031 */ "CompletedTimestamp\0"
        /*   4050 */ "Aggregation\0"
        /*   4062 */ "METRICS_DATA\0" "MESSAGE_INSIGHTS\0"
        /*   4092 */ "ProcessedRecordsCount\0"
        /*   4114 */ "ExportedRecordsCount\0"
        /*   4135 */ "FailedRecordsS3Url\0"
        /*   4154 */ "ErrorMessage\0"
        /*   4167 */ "ENABLED\0" "DISABLED\0"
        /*   4184 */ "DedicatedIpAutoWarmupEnabled\0"
        /*   4213 */ "EnforcementStatus\0"
        /*   4231 */ "ProductionAccessEnabled\0"
        /*   4255 */ "SendQuota\0"
        /*   4265 */ "SendingEnabled\0"
        /*   4280 */ "VdmAttributes\0"
        /*   4294 */ "PricingAttributes\0"
        /*   4312 */ "BlacklistItemNames\0"
        /*   4331 */ "BlacklistReport\0"
        /*   4347 */ "EventDestinations\0"
        /*   4365 */ "DedicatedIpPool\0"
        /*   4381 */ "Ip\0" "IP\0"
        /*   4387 */ "DedicatedIp\0"
        /*   4399 */ "NextToken\0"
        /*   4409 */ "PageSize\0"
        /*   4418 */ "DedicatedIps\0"
        /*   4431 */ "DashboardEnabled\0"
        /*   4448 */ "SubscriptionExpiryDate\0"
        /*   4471 */ "AccountStatus\0"
        /*   4485 */ "ActiveSubscribedDomains\0"
        /*   4509 */ "PendingExpirationSubscribedDomains\0"
        /*   4544 */ "DeliverabilityTestReport\0"
        /*   4569 */ "OverallPlacement\0"
        /*   4586 */ "IspPlacements\0"
        /*   4600 */ "Message\0"
        /*   4608 */ "DomainDeliverabilityCampaign\0"
        /*   4637 */ "OverallVolume\0"
        /*   4651 */ "DailyVolumes\0"
        /*   4664 */ "MailboxValidation\0"
        /*   4682 */ "Policies\0"
        /*   4691 */ "FeedbackForwardingStatus\0"
        /*   4716 */ "MailFromAttributes\0"
        /*   4735 */ "VerificationStatus\0"
        /*   4754 */ "VerificationInfo\0"
        /*   4771 */ "FailureInfo\0"
        /*   4783 */ "Statistics\0"
        /*   4794 */ "FailedRecordsCount\0"
        /*   4813 */ "EmailTags\0"
        /*   4823 */ "Insights\0"
        /*   4832 */ "Routes\0"
        /*   4839 */ "ReputationEntityReference\0"
        /*   4865 */ "ReputationEntityType\0"
        /*   4886 */ "ReputationEntity\0"
        /*   4903 */ "SuppressedDestination\0"
        /*   4925 */ "Tenant\0"
        /*   4932 */ "OptimizedSharedDelivery\0"
        /*   4956 */ "REQUIRE\0" "REQUIRE_OPEN_ONLY\0" "OPTIONAL\0"
        /*   4991 */ "IdentityName\0"
        /*   5004 */ "EMAIL_ADDRESS\0" "DOMAIN\0" "MANAGED_DOMAIN\0"
        /*   5040 */ "SuppressionListDestination\0"
        /*   5067 */ "ContactListDestination\0"
        /*   5090 */ "SUPPRESSION_LIST\0" "CONTACT_LIST\0"
        /*   5120 */ "Global\0"
        /*   5127 */ "TrackedIsps\0"
        /*   5139 */ "Timestamp\0"
        /*   5149 */ "Type\0"
        /*   5154 */ "InternalServiceErrorException\0"
        /*   5184 */ "InvalidNextTokenException\0"
        /*   5210 */ "PlacementStatistics\0"
        /*   5230 */ "CREATED\0" "PROCESSING\0" "COMPLETED\0" "FAILED\0" "CANCELLED\0"
        /*   5276 */ "IamRoleArn\0"
        /*   5287 */ "DeliveryStreamArn\0"
        /*   5305 */ "LimitExceededException\0"
        /*   5328 */ "ConfigurationSets\0"
        /*   5346 */ "ContactLists\0"
        /*   5359 */ "FilteredStatus\0"
        /*   5374 */ "TopicFilter\0"
        /*   5386 */ "Filter\0"
        /*   5393 */ "Contacts\0"
        /*   5402 */ "CustomVerificationEmailTemplates\0"
        /*   5435 */ "DedicatedIpPools\0"
        /*   5452 */ "DeliverabilityTestReports\0"
        /*   5478 */ "SubscribedDomain\0"
        /*   5495 */ "DomainDeliverabilityCampaigns\0"
        /*   5525 */ "EmailIdentities\0"
        /*   5541 */ "TemplatesMetadata\0"
        /*   5559 */ "ExportJobs\0"
        /*   5570 */ "ImportDestinationType\0"
        /*   5592 */ "ImportJobs\0"
        /*   5603 */ "TopicName\0"
        /*   5613 */ "MultiRegionEndpoints\0"
        /*   5634 */ "TYPE\0" "IMPACT\0" "STATUS\0" "RESOURCE_ARN\0"
        /*   5666 */ "Recommendations\0"
        /*   5682 */ "ReputationEntities\0"
        /*   5701 */ "ResourceTenants\0"
        /*   5717 */ "Reasons\0" "Reason\0"
        /*   5732 */ "SuppressedDestinationSummaries\0"
        /*   5763 */ "RESOURCE_TYPE\0"
        /*   5777 */ "TenantResources\0"
        /*   5793 */ "Tenants\0"
        /*   5801 */ "MailFromDomain\0"
        /*   5816 */ "MailFromDomainStatus\0"
        /*   5837 */ "BehaviorOnMxFailure\0"
        /*   5857 */ "MailFromDomainNotVerifiedException\0"
        /*   5892 */ "PENDING\0" "SUCCESS\0" "FAILED\0" "TEMPORARY_FAILURE\0"
        /*   5933 */ "MARKETING\0" "TRANSACTIONAL\0"
        /*   5957 */ "IsValid\0"
        /*   5965 */ "Evaluations\0"
        /*   5977 */ "Body\0"
        /*   5982 */ "Headers\0"
        /*   5990 */ "Attachments\0"
        /*   6002 */ "Value\0"
        /*   6008 */ "Include\0"
        /*   6016 */ "Exclude\0"
        /*   6024 */ "MaxResults\0"
        /*   6035 */ "LastDeliveryEvent\0"
        /*   6053 */ "LastEngagementEvent\0"
        /*   6073 */ "MessageRejected\0"
        /*   6089 */ "SEND\0" "COMPLAINT\0" "PERMANENT_BOUNCE\0" "TRANSIENT_BOUNCE\0" "OPEN\0" "CLICK\0" "DELIVERY\0" "DELIVERY_OPEN\0" "DELIVERY_CLICK\0" "DELIVERY_COMPLAINT\0"
        /*   6206 */ "RATE\0" "VOLUME\0"
        /*   6218 */ "Code\0"
        /*   6223 */ "Timestamps\0"
        /*   6234 */ "Values\0"
        /*   6241 */ "EMAIL_IDENTITY\0" "CONFIGURATION_SET\0" "ISP\0"
        /*   6278 */ "VDM\0"
        /*   6282 */ "Metrics\0"
        /*   6290 */ "Regions\0"
        /*   6298 */ "NotFoundException\0"
        /*   6316 */ "ReadRatePercent\0"
        /*   6332 */ "ApplicationArn\0"
        /*   6347 */ "MissingPercentage\0"
        /*   6365 */ "SpfPercentage\0"
        /*   6379 */ "DkimPercentage\0"
        /*   6394 */ "CurrentPlan\0"
        /*   6406 */ "NextPlan\0"
        /*   6415 */ "NONE\0" "ESSENTIALS\0" "PRO\0" "ENTERPRISE\0"
        /*   6446 */ "AutoWarmupEnabled\0"
        /*   6464 */ "Plan\0"
        /*   6469 */ "SuppressedReasons\0"
        /*   6487 */ "ValidationAttributes\0"
        /*   6508 */ "ReputationMetricsEnabled\0"
        /*   6533 */ "SuppressionScope\0"
        /*   6550 */ "ValidationOptions\0"
        /*   6568 */ "CustomRedirectDomain\0"
        /*   6589 */ "HttpsPolicy\0"
        /*   6601 */ "DestinationPoolName\0"
        /*   6621 */ "SubscribedDomains\0"
        /*   6639 */ "SigningAttributes\0"
        /*   6657 */ "DkimStatus\0"
        /*   6668 */ "DkimTokens\0"
        /*   6679 */ "EmailForwardingEnabled\0"
        /*   6702 */ "Reason\0"
        /*   6709 */ "INTERNAL_FAILURE\0" "ACCESS_DENIED\0"
        /*   6740 */ "Impact\0"
        /*   6747 */ "LOW\0" "HIGH\0"
        /*   6756 */ "OPEN\0" "FIXED\0"
        /*   6767 */ "DKIM\0" "DMARC\0" "SPF\0" "BIMI\0" "COMPLAINT\0" "BOUNCE\0" "FEEDBACK_3P\0" "IP_LISTING\0"
        /*   6827 */ "ReplacementTemplate\0"
        /*   6847 */ "ReplacementTemplateData\0"
        /*   6871 */ "ReputationManagementPolicy\0"
        /*   6898 */ "CustomerManagedStatus\0"
        /*   6920 */ "AwsSesManagedStatus\0"
        /*   6940 */ "SendingStatusAggregate\0"
        /*   6963 */ "ReputationImpact\0"
        /*   6980 */ "ENTITY_TYPE\0" "REPUTATION_IMPACT\0" "SENDING_STATUS\0" "ENTITY_REFERENCE_PREFIX\0"
        /*   7049 */ "RESOURCE\0"
        /*   7058 */ "LastFreshStart\0"
        /*   7073 */ "AssociatedTimestamp\0"
        /*   7093 */ "EMAIL_IDENTITY\0" "CONFIGURATION_SET\0" "EMAIL_TEMPLATE\0"
        /*   7141 */ "CaseId\0"
        /*   7148 */ "PENDING\0" "FAILED\0" "GRANTED\0" "DENIED\0"
        /*   7178 */ "Region\0"
        /*   7185 */ "PrimaryNameServer\0"
        /*   7203 */ "AdminEmail\0"
        /*   7214 */ "SerialNumber\0"
        /*   7227 */ "STANDARD\0" "MANAGED\0"
        /*   7244 */ "FromEmailAddressIdentityArn\0"
        /*   7272 */ "ReplyToAddresses\0"
        /*   7289 */ "FeedbackForwardingEmailAddress\0"
        /*   7320 */ "FeedbackForwardingEmailAddressIdentityArn\0"
        /*   7362 */ "DefaultEmailTags\0"
        /*   7379 */ "DefaultContent\0"
        /*   7394 */ "BulkEmailEntries\0"
        /*   7411 */ "BulkEmailEntryResults\0"
        /*   7433 */ "ListManagementOptions\0"
        /*   7455 */ "Max24HourSend\0"
        /*   7469 */ "MaxSendRate\0"
        /*   7481 */ "SentLast24Hours\0"
        /*   7497 */ "SendingPausedException\0"
        /*   7520 */ "ENABLED\0" "REINSTATED\0" "DISABLED\0"
        /*   7548 */ "TopicArn\0"
        /*   7557 */ "CREATING\0" "READY\0" "FAILED\0" "DELETING\0"
        /*   7588 */ "Cause\0"
        /*   7594 */ "OPT_IN\0" "OPT_OUT\0"
        /*   7609 */ "LastUpdateTime\0"
        /*   7624 */ "Attributes\0"
        /*   7635 */ "FeedbackId\0"
        /*   7646 */ "ConditionThresholdEnabled\0"
        /*   7672 */ "OverallConfidenceThreshold\0"
        /*   7699 */ "ConfidenceVerdictThreshold\0"
        /*   7726 */ "MEDIUM\0" "HIGH\0" "MANAGED\0"
        /*   7746 */ "SuppressionListImportAction\0"
        /*   7774 */ "BOUNCE\0" "COMPLAINT\0"
        /*   7791 */ "ACCOUNT\0" "TENANT\0"
        /*   7806 */ "ConditionThreshold\0"
        /*   7825 */ "Key\0"
        /*   7829 */ "TemplateArn\0"
        /*   7841 */ "TemplateData\0"
        /*   7854 */ "ResourceType\0"
        /*   7867 */ "RenderedTemplate\0"
        /*   7884 */ "REQUIRE\0" "OPTIONAL\0"
        /*   7901 */ "TooManyRequestsException\0"
        /*   7926 */ "DisplayName\0"
        /*   7938 */ "DefaultSubscriptionStatus\0"
        /*   7964 */ "UseDefaultIfPreferenceUnavailable\0"
        /*   7998 */ "SubscriptionStatus\0"
        /*   8017 */ "TagKeys\0"
        /*   8025 */ "ReputationEntityPolicy\0"
        /*   8048 */ "VdmEnabled\0"
        /*   8059 */ "DashboardAttributes\0"
        /*   8079 */ "GuardianAttributes\0"
        /*   8098 */ "DashboardOptions\0"
        /*   8115 */ "GuardianOptions\0"
        /*   8131 */ "SERVICE_ERROR\0" "DNS_SERVER_ERROR\0" "HOST_NOT_FOUND\0" "TYPE_NOT_FOUND\0" "INVALID_VALUE\0" "REPLICATION_ACCESS_DENIED\0" "REPLICATION_PRIMARY_NOT_FOUND\0" "REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED\0" "REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED\0" "REPLICATION_PRIMARY_INVALID_REGION\0"
        /*   8385 */ "LastCheckedTimestamp\0"
        /*   8406 */ "LastSuccessTimestamp\0"
        /*   8427 */ "ErrorType\0"
        /*   8437 */ "SOARecord\0"
        /*   8447 */ "ProjectedInbox\0"
        /*   8462 */ "ProjectedSpam\0"
        /*   8476 */ "IN_PROGRESS\0" "DONE\0" "NOT_APPLICABLE\0"
        /*   8508 */ "BatchGetMetricData\0"
        /*   8527 */ "POST\0"
        /*   8532 */ "/v2/email/metrics/batch\0"
        /*   8556 */ "CancelExportJob\0"
        /*   8572 */ "PUT\0"
        /*   8576 */ "/v2/email/export-jobs/{JobId}/cancel\0"
        /*   8613 */ "CreateConfigurationSet\0"
        /*   8636 */ "/v2/email/configuration-sets\0"
        /*   8665 */ "CreateConfigurationSetEventDestination\0"
        /*   8704 */ "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations\0"
        /*   8775 */ "CreateContact\0"
        /*   8789 */ "/v2/email/contact-lists/{ContactListName}/contacts\0"
        /*   8840 */ "CreateContactList\0"
        /*   8858 */ "/v2/email/contact-lists\0"
        /*   8882 */ "CreateCustomVerificationEmailTemplate\0"
        /*   8920 */ "/v2/email/custom-verification-email-templates\0"
        /*   8966 */ "CreateDedicatedIpPool\0"
        /*   8988 */ "/v2/email/dedicated-ip-pools\0"
        /*   9017 */ "CreateDeliverabilityTestReport\0"
        /*   9048 */ "/v2/email/deliverability-dashboard/test\0"
        /*   9088 */ "CreateEmailIdentity\0"
        /*   9108 */ "/v2/email/identities\0"
        /*   9129 */ "CreateEmailIdentityPolicy\0"
        /*   9155 */ "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}\0"
        /*   9214 */ "CreateEmailTemplate\0"
        /*   9234 */ "/v2/email/templates\0"
        /*   9254 */ "CreateExportJob\0"
        /*   9270 */ "/v2/email/export-jobs\0"
        /*   9292 */ "CreateImportJob\0"
        /*   9308 */ "/v2/email/import-jobs\0"
        /*   9330 */ "CreateMultiRegionEndpoint\0"
        /*   9356 */ "/v2/email/multi-region-endpoints\0"
        /*   9389 */ "CreateTenant\0"
        /*   9402 */ "/v2/email/tenants\0"
        /*   9420 */ "CreateTenantResourceAssociation\0"
        /*   9452 */ "/v2/email/tenants/resources\0"
        /*   9480 */ "DeleteConfigurationSet\0"
        /*   9503 */ "DELETE\0"
        /*   9510 */ "/v2/email/configuration-sets/{ConfigurationSetName}\0"
        /*   9562 */ "DeleteConfigurationSetEventDestination\0"
        /*   9601 */ "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}\0"
        /*   9695 */ "DeleteContact\0"
        /*   9709 */ "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}\0"
        /*   9775 */ "DeleteContactList\0"
        /*   9793 */ "/v2/email/contact-lists/{ContactListName}\0"
        /*   9835 */ "DeleteCustomVerificationEmailTemplate\0"
        /*   9873 */ "/v2/email/custom-verification-email-templates/{TemplateName}\0"
        /*   9934 */ "DeleteDedicatedIpPool\0"
        /*   9956 */ "/v2/email/dedicated-ip-pools/{PoolName}\0"
        /*   9996 */ "DeleteEmailIdentity\0"
        /*  10016 */ "/v2/email/identities/{EmailIdentity}\0"
        /*  10053 */ "DeleteEmailIdentityPolicy\0"
        /*  10079 */ "DeleteEmailTemplate\0"
        /*  10099 */ "/v2/email/templates/{TemplateName}\0"
        /*  10134 */ "DeleteMultiRegionEndpoint\0"
        /*  10160 */ "/v2/email/multi-region-endpoints/{EndpointName}\0"
        /*  10208 */ "DeleteSuppressedDestination\0"
        /*  10236 */ "/v2/email/suppression/addresses/{EmailAddress}\0"
        /*  10283 */ "DeleteTenant\0"
        /*  10296 */ "/v2/email/tenants/delete\0"
        /*  10321 */ "DeleteTenantResourceAssociation\0"
        /*  10353 */ "/v2/email/tenants/resources/delete\0"
        /*  10388 */ "GetAccount\0"
        /*  10399 */ "GET\0"
        /*  10403 */ "/v2/email/account\0"
        /*  10421 */ "GetBlacklistReports\0"
        /*  10441 */ "/v2/email/deliverability-dashboard/blacklist-report\0"
        /*  10493 */ "GetConfigurationSet\0"
        /*  10513 */ "GetConfigurationSetEventDestinations\0"
        /*  10550 */ "GetContact\0"
        /*  10561 */ "GetContactList\0"
        /*  10576 */ "GetCustomVerificationEmailTemplate\0"
        /*  10611 */ "GetDedicatedIp\0"
        /*  10626 */ "/v2/email/dedicated-ips/{IP}\0"
        /*  10655 */ "GetDedicatedIpPool\0"
        /*  10674 */ "GetDedicatedIps\0"
        /*  10690 */ "/v2/email/dedicated-ips\0"
        /*  10714 */ "GetDeliverabilityDashboardOptions\0"
        /*  10748 */ "/v2/email/deliverability-dashboard\0"
        /*  10783 */ "GetDeliverabilityTestReport\0"
        /*  10811 */ "/v2/email/deliverability-dashboard/test-reports/{ReportId}\0"
        /*  10870 */ "GetDomainDeliverabilityCampaign\0"
        /*  10902 */ "/v2/email/deliverability-dashboard/campaigns/{CampaignId}\0"
        /*  10960 */ "GetDomainStatisticsReport\0"
        /*  10986 */ "/v2/email/deliverability-dashboard/statistics-report/{Domain}\0"
        /*  11048 */ "GetEmailAddressInsights\0"
        /*  11072 */ "/v2/email/email-address-insights/\0"
        /*  11106 */ "GetEmailIdentity\0"
        /*  11123 */ "GetEmailIdentityPolicies\0"
        /*  11148 */ "/v2/email/identities/{EmailIdentity}/policies\0"
        /*  11194 */ "GetEmailTemplate\0"
        /*  11211 */ "GetExportJob\0"
        /*  11224 */ "/v2/email/export-jobs/{JobId}\0"
        /*  11254 */ "GetImportJob\0"
        /*  11267 */ "/v2/email/import-jobs/{JobId}\0"
        /*  11297 */ "GetMessageInsights\0"
        /*  11316 */ "/v2/email/insights/{MessageId}/\0"
        /*  11348 */ "GetMultiRegionEndpoint\0"
        /*  11371 */ "GetReputationEntity\0"
        /*  11391 */ "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}\0"
        /*  11472 */ "GetSuppressedDestination\0"
        /*  11497 */ "GetTenant\0"
        /*  11507 */ "/v2/email/tenants/get\0"
        /*  11529 */ "ListConfigurationSets\0"
        /*  11551 */ "ListContactLists\0"
        /*  11568 */ "ListContacts\0"
        /*  11581 */ "/v2/email/contact-lists/{ContactListName}/contacts/list\0"
        /*  11637 */ "ListCustomVerificationEmailTemplates\0"
        /*  11674 */ "ListDedicatedIpPools\0"
        /*  11695 */ "ListDeliverabilityTestReports\0"
        /*  11725 */ "/v2/email/deliverability-dashboard/test-reports\0"
        /*  11773 */ "ListDomainDeliverabilityCampaigns\0"
        /*  11807 */ "/v2/email/deliverability-dashboard/domains/{SubscribedDomain}/campaigns\0"
        /*  11879 */ "ListEmailIdentities\0"
        /*  11899 */ "ListEmailTemplates\0"
        /*  11918 */ "ListExportJobs\0"
        /*  11933 */ "/v2/email/list-export-jobs\0"
        /*  11960 */ "ListImportJobs\0"
        /*  11975 */ "/v2/email/import-jobs/list\0"
        /*  12002 */ "ListMultiRegionEndpoints\0"
        /*  12027 */ "ListRecommendations\0"
        /*  12047 */ "/v2/email/vdm/recommendations\0"
        /*  12077 */ "ListReputationEntities\0"
        /*  12100 */ "/v2/email/reputation/entities\0"
        /*  12130 */ "ListResourceTenants\0"
        /*  12150 */ "/v2/email/resources/tenants/list\0"
        /*  12183 */ "ListSuppressedDestinations\0"
        /*  12210 */ "/v2/email/suppression/addresses\0"
        /*  12242 */ "ListTagsForResource\0"
        /*  12262 */ "/v2/email/tags\0"
        /*  12277 */ "ListTenantResources\0"
        /*  12297 */ "/v2/email/tenants/resources/list\0"
        /*  12330 */ "ListTenants\0"
        /*  12342 */ "/v2/email/tenants/list\0"
        /*  12365 */ "PutAccountDedicatedIpWarmupAttributes\0"
        /*  12403 */ "/v2/email/account/dedicated-ips/warmup\0"
        /*  12442 */ "PutAccountDetails\0"
        /*  12460 */ "/v2/email/account/details\0"
        /*  12486 */ "PutAccountPricingAttributes\0"
        /*  12514 */ "/v2/email/account/pricing-attributes\0"
        /*  12551 */ "PutAccountSendingAttributes\0"
        /*  12579 */ "/v2/email/account/sending\0"
        /*  12605 */ "PutAccountSuppressionAttributes\0"
        /*  12637 */ "/v2/email/account/suppression\0"
        /*  12667 */ "PutAccountVdmAttributes\0"
        /*  12691 */ "/v2/email/account/vdm\0"
        /*  12713 */ "PutConfigurationSetArchivingOptions\0"
        /*  12749 */ "/v2/email/configuration-sets/{ConfigurationSetName}/archiving-options\0"
        /*  12819 */ "PutConfigurationSetDeliveryOptions\0"
        /*  12854 */ "/v2/email/configuration-sets/{ConfigurationSetName}/delivery-options\0"
        /*  12923 */ "PutConfigurationSetReputationOptions\0"
        /*  12960 */ "/v2/email/configuration-sets/{ConfigurationSetName}/reputation-options\0"
        /*  13031 */ "PutConfigurationSetSendingOptions\0"
        /*  13065 */ "/v2/email/configuration-sets/{ConfigurationSetName}/sending\0"
        /*  13125 */ "PutConfigurationSetSuppressionOptions\0"
        /*  13163 */ "/v2/email/configuration-sets/{ConfigurationSetName}/suppression-options\0"
        /*  13235 */ "PutConfigurationSetTrackingOptions\0"
        /*  13270 */ "/v2/email/configuration-sets/{ConfigurationSetName}/tracking-options\0"
        /*  13339 */ "PutConfigurationSetVdmOptions\0"
        /*  13369 */ "/v2/email/configuration-sets/{ConfigurationSetName}/vdm-options\0"
        /*  13433 */ "PutDedicatedIpInPool\0"
        /*  13454 */ "/v2/email/dedicated-ips/{IP}/pool\0"
        /*  13488 */ "PutDedicatedIpPoolScalingAttributes\0"
        /*  13524 */ "/v2/email/dedicated-ip-pools/{PoolName}/scaling\0"
        /*  13572 */ "PutDedicatedIpWarmupAttributes\0"
        /*  13603 */ "/v2/email/dedicated-ips/{IP}/warmup\0"
        /*  13639 */ "PutDeliverabilityDashboardOption\0"
        /*  13672 */ "PutEmailIdentityConfigurationSetAttributes\0"
        /*  13715 */ "/v2/email/identities/{EmailIdentity}/configuration-set\0"
        /*  13770 */ "PutEmailIdentityDkimAttributes\0"
        /*  13801 */ "/v2/email/identities/{EmailIdentity}/dkim\0"
        /*  13843 */ "PutEmailIdentityDkimSigningAttributes\0"
        /*  13881 */ "/v2/email/identities/{EmailIdentity}/dkim/signing\0"
        /*  13931 */ "PutEmailIdentityFeedbackAttributes\0"
        /*  13966 */ "/v2/email/identities/{EmailIdentity}/feedback\0"
        /*  14012 */ "PutEmailIdentityMailFromAttributes\0"
        /*  14047 */ "/v2/email/identities/{EmailIdentity}/mail-from\0"
        /*  14094 */ "PutSuppressedDestination\0"
        /*  14119 */ "PutTenantSuppressionAttributes\0"
        /*  14150 */ "/v2/email/tenant/suppression\0"
        /*  14179 */ "SendBulkEmail\0"
        /*  14193 */ "/v2/email/outbound-bulk-emails\0"
        /*  14224 */ "SendCustomVerificationEmail\0"
        /*  14252 */ "/v2/email/outbound-custom-verification-emails\0"
        /*  14298 */ "SendEmail\0"
        /*  14308 */ "/v2/email/outbound-emails\0"
        /*  14334 */ "TagResource\0"
        /*  14346 */ "TestRenderEmailTemplate\0"
        /*  14370 */ "/v2/email/templates/{TemplateName}/render\0"
        /*  14412 */ "UntagResource\0"
        /*  14426 */ "UpdateConfigurationSetEventDestination\0"
        /*  14465 */ "UpdateContact\0"
        /*  14479 */ "UpdateContactList\0"
        /*  14497 */ "UpdateCustomVerificationEmailTemplate\0"
        /*  14535 */ "UpdateEmailIdentityPolicy\0"
        /*  14561 */ "UpdateEmailTemplate\0"
        /*  14581 */ "UpdateReputationEntityCustomerManagedStatus\0"
        /*  14625 */ "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/customer-managed-status\0"
        /*  14730 */ "UpdateReputationEntityPolicy\0"
        /*  14759 */ "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/policy\0"
        /*  14847 */ "sesv2\0"
        /*  14853 */ "SESv2\0"
        /*  14859 */ "Amazon Simple Email Service\0"
        /*  14887 */ "2019-09-27\0"
        /*  14898 */ "email\0"
        /*  14904 */ "ses\0"
        /*  14908 */ "1.1\0"
        /*  14912 */ "SESV2",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AccountDetails\0"
        /*     15 */ "AdditionalContactEmailAddress\0"
        /*     45 */ "AdditionalContactEmailAddresses\0"
        /*     77 */ "AdminEmail\0"
        /*     88 */ "AmazonResourceName\0"
        /*    107 */ "ArchiveArn\0"
        /*    118 */ "ArchivingOptions\0"
        /*    135 */ "Attachment\0"
        /*    146 */ "AttachmentContentDescription\0"
        /*    175 */ "AttachmentContentDisposition\0"
        /*    204 */ "AttachmentContentId\0"
        /*    224 */ "AttachmentContentTransferEncoding\0"
        /*    258 */ "AttachmentContentType\0"
        /*    280 */ "AttachmentFileName\0"
        /*    299 */ "AttachmentList\0"
        /*    314 */ "AttributesData\0"
        /*    329 */ "BatchGetMetricDataQueries\0"
        /*    355 */ "BatchGetMetricDataQuery\0"
        /*    379 */ "BatchGetMetricDataRequest\0"
        /*    405 */ "BatchGetMetricDataResponse\0"
        /*    432 */ "BehaviorOnMxFailure\0"
        /*    452 */ "BlacklistEntries\0"
        /*    469 */ "BlacklistEntry\0"
        /*    484 */ "BlacklistItemName\0"
        /*    502 */ "BlacklistItemNames\0"
        /*    521 */ "BlacklistReport\0"
        /*    537 */ "BlacklistingDescription\0"
        /*    561 */ "Body\0"
        /*    566 */ "Bounce\0"
        /*    573 */ "BounceSubType\0"
        /*    587 */ "BounceType\0"
        /*    598 */ "BulkEmailContent\0"
        /*    615 */ "BulkEmailEntry\0"
        /*    630 */ "BulkEmailEntryList\0"
        /*    649 */ "BulkEmailEntryResult\0"
        /*    670 */ "BulkEmailEntryResultList\0"
        /*    695 */ "BulkEmailStatus\0"
        /*    711 */ "CampaignId\0"
        /*    722 */ "CancelExportJobRequest\0"
        /*    745 */ "CancelExportJobResponse\0"
        /*    769 */ "CaseId\0"
        /*    776 */ "Charset\0"
        /*    784 */ "CloudWatchDestination\0"
        /*    806 */ "CloudWatchDimensionConfiguration\0"
        /*    839 */ "CloudWatchDimensionConfigurations\0"
        /*    873 */ "Complaint\0"
        /*    883 */ "ComplaintFeedbackType\0"
        /*    905 */ "ComplaintSubType\0"
        /*    922 */ "ConfigurationSetName\0"
        /*    943 */ "ConfigurationSetNameList\0"
        /*    968 */ "Contact\0"
        /*    976 */ "ContactLanguage\0"
        /*    992 */ "ContactList\0"
        /*   1004 */ "ContactListDestination\0"
        /*   1027 */ "ContactListImportAction\0"
        /*   1051 */ "ContactListName\0"
        /*   1067 */ "Content\0"
        /*   1075 */ "Counter\0"
        /*   1083 */ "CreateConfigurationSetEventDestinationRequest\0"
        /*   1129 */ "CreateConfigurationSetEventDestinationResponse\0"
        /*   1176 */ "CreateConfigurationSetRequest\0"
        /*   1206 */ "CreateConfigurationSetResponse\0"
        /*   1237 */ "CreateContactListRequest\0"
        /*   1262 */ "CreateContactListResponse\0"
        /*   1288 */ "CreateContactRequest\0"
        /*   1309 */ "CreateContactResponse\0"
        /*   1331 */ "CreateCustomVerificationEmailTemplateRequest\0"
        /*   1376 */ "CreateCustomVerificationEmailTemplateResponse\0"
        /*   1422 */ "CreateDedicatedIpPoolRequest\0"
        /*   1451 */ "CreateDedicatedIpPoolResponse\0"
        /*   1481 */ "CreateDeliverabilityTestReportRequest\0"
        /*   1519 */ "CreateDeliverabilityTestReportResponse\0"
        /*   1558 */ "CreateEmailIdentityPolicyRequest\0"
        /*   1591 */ "CreateEmailIdentityPolicyResponse\0"
        /*   1625 */ "CreateEmailIdentityRequest\0"
        /*   1652 */ "CreateEmailIdentityResponse\0"
        /*   1680 */ "CreateEmailTemplateRequest\0"
        /*   1707 */ "CreateEmailTemplateResponse\0"
        /*   1735 */ "CreateExportJobRequest\0"
        /*   1758 */ "CreateExportJobResponse\0"
        /*   1782 */ "CreateImportJobRequest\0"
        /*   1805 */ "CreateImportJobResponse\0"
        /*   1829 */ "CreateMultiRegionEndpointRequest\0"
        /*   1862 */ "CreateMultiRegionEndpointResponse\0"
        /*   1896 */ "CreateTenantRequest\0"
        /*   1916 */ "CreateTenantResourceAssociationRequest\0"
        /*   1955 */ "CreateTenantResourceAssociationResponse\0"
        /*   1995 */ "CreateTenantResponse\0"
        /*   2016 */ "CustomRedirectDomain\0"
        /*   2037 */ "CustomVerificationEmailTemplateMetadata\0"
        /*   2077 */ "CustomVerificationEmailTemplatesList\0"
        /*   2114 */ "DailyVolume\0"
        /*   2126 */ "DailyVolumes\0"
        /*   2139 */ "DashboardAttributes\0"
        /*   2159 */ "DashboardOptions\0"
        /*   2176 */ "DataFormat\0"
        /*   2187 */ "DedicatedIp\0"
        /*   2199 */ "DedicatedIpList\0"
        /*   2215 */ "DedicatedIpPool\0"
        /*   2231 */ "DefaultDimensionValue\0"
        /*   2253 */ "DeleteConfigurationSetEventDestinationRequest\0"
        /*   2299 */ "DeleteConfigurationSetEventDestinationResponse\0"
        /*   2346 */ "DeleteConfigurationSetRequest\0"
        /*   2376 */ "DeleteConfigurationSetResponse\0"
        /*   2407 */ "DeleteContactListRequest\0"
        /*   2432 */ "DeleteContactListResponse\0"
        /*   2458 */ "DeleteContactRequest\0"
        /*   2479 */ "DeleteContactResponse\0"
        /*   2501 */ "DeleteCustomVerificationEmailTemplateRequest\0"
        /*   2546 */ "DeleteCustomVerificationEmailTemplateResponse\0"
        /*   2592 */ "DeleteDedicatedIpPoolRequest\0"
        /*   2621 */ "DeleteDedicatedIpPoolResponse\0"
        /*   2651 */ "DeleteEmailIdentityPolicyRequest\0"
        /*   2684 */ "DeleteEmailIdentityPolicyResponse\0"
        /*   2718 */ "DeleteEmailIdentityRequest\0"
        /*   2745 */ "DeleteEmailIdentityResponse\0"
        /*   2773 */ "DeleteEmailTemplateRequest\0"
        /*   2800 */ "DeleteEmailTemplateResponse\0"
        /*   2828 */ "DeleteMultiRegionEndpointRequest\0"
        /*   2861 */ "DeleteMultiRegionEndpointResponse\0"
        /*   2895 */ "DeleteSuppressedDestinationRequest\0"
        /*   2930 */ "DeleteSuppressedDestinationResponse\0"
        /*   2966 */ "DeleteTenantRequest\0"
        /*   2986 */ "DeleteTenantResourceAssociationRequest\0"
        /*   3025 */ "DeleteTenantResourceAssociationResponse\0"
        /*   3065 */ "DeleteTenantResponse\0"
        /*   3086 */ "DeliverabilityDashboardAccountStatus\0"
        /*   3123 */ "DeliverabilityTestReport\0"
        /*   3148 */ "DeliverabilityTestReports\0"
        /*   3174 */ "DeliverabilityTestStatus\0"
        /*   3199 */ "DeliverabilityTestSubject\0"
        /*   3225 */ "DeliveryEventType\0"
        /*   3243 */ "DeliveryOptions\0"
        /*   3259 */ "Description\0"
        /*   3271 */ "Destination\0"
        /*   3283 */ "Details\0"
        /*   3291 */ "DiagnosticCode\0"
        /*   3306 */ "DimensionName\0"
        /*   3320 */ "DimensionValueSource\0"
        /*   3341 */ "Dimensions\0"
        /*   3352 */ "DisplayName\0"
        /*   3364 */ "DkimAttributes\0"
        /*   3379 */ "DkimSigningAttributes\0"
        /*   3401 */ "DkimSigningAttributesOrigin\0"
        /*   3429 */ "DkimSigningKeyLength\0"
        /*   3450 */ "DkimStatus\0"
        /*   3461 */ "DnsToken\0"
        /*   3470 */ "DnsTokenList\0"
        /*   3483 */ "Domain\0"
        /*   3490 */ "DomainDeliverabilityCampaign\0"
        /*   3519 */ "DomainDeliverabilityCampaignList\0"
        /*   3552 */ "DomainDeliverabilityTrackingOption\0"
        /*   3587 */ "DomainDeliverabilityTrackingOptions\0"
        /*   3623 */ "DomainIspPlacement\0"
        /*   3642 */ "DomainIspPlacements\0"
        /*   3662 */ "EmailAddress\0"
        /*   3675 */ "EmailAddressFilterList\0"
        /*   3698 */ "EmailAddressInsightsConfidenceVerdict\0"
        /*   3736 */ "EmailAddressInsightsMailboxEvaluations\0"
        /*   3775 */ "EmailAddressInsightsVerdict\0"
        /*   3803 */ "EmailAddressList\0"
        /*   3820 */ "EmailContent\0"
        /*   3833 */ "EmailInsights\0"
        /*   3847 */ "EmailInsightsList\0"
        /*   3865 */ "EmailSubject\0"
        /*   3878 */ "EmailSubjectFilterList\0"
        /*   3901 */ "EmailTemplateContent\0"
        /*   3922 */ "EmailTemplateData\0"
        /*   3940 */ "EmailTemplateHtml\0"
        /*   3958 */ "EmailTemplateMetadata\0"
        /*   3980 */ "EmailTemplateMetadataList\0"
        /*   4006 */ "EmailTemplateName\0"
        /*   4024 */ "EmailTemplateSubject\0"
        /*   4045 */ "EmailTemplateText\0"
        /*   4063 */ "Enabled\0"
        /*   4071 */ "EnabledWrapper\0"
        /*   4086 */ "EndpointId\0"
        /*   4097 */ "EndpointName\0"
        /*   4110 */ "EngagementEventType\0"
        /*   4130 */ "ErrorMessage\0"
        /*   4143 */ "Esp\0"
        /*   4147 */ "Esps\0"
        /*   4152 */ "EventBridgeDestination\0"
        /*   4175 */ "EventDestination\0"
        /*   4192 */ "EventDestinationDefinition\0"
        /*   4219 */ "EventDestinationName\0"
        /*   4240 */ "EventDestinations\0"
        /*   4258 */ "EventDetails\0"
        /*   4271 */ "EventType\0"
        /*   4281 */ "EventTypes\0"
        /*   4292 */ "ExportDataSource\0"
        /*   4309 */ "ExportDestination\0"
        /*   4327 */ "ExportDimensionValue\0"
        /*   4348 */ "ExportDimensions\0"
        /*   4365 */ "ExportJobSummary\0"
        /*   4382 */ "ExportJobSummaryList\0"
        /*   4403 */ "ExportMetric\0"
        /*   4416 */ "ExportMetrics\0"
        /*   4430 */ "ExportSourceType\0"
        /*   4447 */ "ExportStatistics\0"
        /*   4464 */ "ExportedRecordsCount\0"
        /*   4485 */ "FailedRecordsCount\0"
        /*   4504 */ "FailedRecordsS3Url\0"
        /*   4523 */ "FailureInfo\0"
        /*   4535 */ "FailureRedirectionURL\0"
        /*   4557 */ "FeatureStatus\0"
        /*   4571 */ "FeedbackId\0"
        /*   4582 */ "GeneralEnforcementStatus\0"
        /*   4607 */ "GetAccountRequest\0"
        /*   4625 */ "GetAccountResponse\0"
        /*   4644 */ "GetBlacklistReportsRequest\0"
        /*   4671 */ "GetBlacklistReportsResponse\0"
        /*   4699 */ "GetConfigurationSetEventDestinationsRequest\0"
        /*   4743 */ "GetConfigurationSetEventDestinationsResponse\0"
        /*   4788 */ "GetConfigurationSetRequest\0"
        /*   4815 */ "GetConfigurationSetResponse\0"
        /*   4843 */ "GetContactListRequest\0"
        /*   4865 */ "GetContactListResponse\0"
        /*   4888 */ "GetContactRequest\0"
        /*   4906 */ "GetContactResponse\0"
        /*   4925 */ "GetCustomVerificationEmailTemplateRequest\0"
        /*   4967 */ "GetCustomVerificationEmailTemplateResponse\0"
        /*   5010 */ "GetDedicatedIpPoolRequest\0"
        /*   5036 */ "GetDedicatedIpPoolResponse\0"
        /*   5063 */ "GetDedicatedIpRequest\0"
        /*   5085 */ "GetDedicatedIpResponse\0"
        /*   5108 */ "GetDedicatedIpsRequest\0"
        /*   5131 */ "GetDedicatedIpsResponse\0"
        /*   5155 */ "GetDeliverabilityDashboardOptionsRequest\0"
        /*   5196 */ "GetDeliverabilityDashboardOptionsResponse\0"
        /*   5238 */ "GetDeliverabilityTestReportRequest\0"
        /*   5273 */ "GetDeliverabilityTestReportResponse\0"
        /*   5309 */ "GetDomainDeliverabilityCampaignRequest\0"
        /*   5348 */ "GetDomainDeliverabilityCampaignResponse\0"
        /*   5388 */ "GetDomainStatisticsReportRequest\0"
        /*   5421 */ "GetDomainStatisticsReportResponse\0"
        /*   5455 */ "GetEmailAddressInsightsRequest\0"
        /*   5486 */ "GetEmailAddressInsightsResponse\0"
        /*   5518 */ "GetEmailIdentityPoliciesRequest\0"
        /*   5550 */ "GetEmailIdentityPoliciesResponse\0"
        /*   5583 */ "GetEmailIdentityRequest\0"
        /*   5607 */ "GetEmailIdentityResponse\0"
        /*   5632 */ "GetEmailTemplateRequest\0"
        /*   5656 */ "GetEmailTemplateResponse\0"
        /*   5681 */ "GetExportJobRequest\0"
        /*   5701 */ "GetExportJobResponse\0"
        /*   5722 */ "GetImportJobRequest\0"
        /*   5742 */ "GetImportJobResponse\0"
        /*   5763 */ "GetMessageInsightsRequest\0"
        /*   5789 */ "GetMessageInsightsResponse\0"
        /*   5816 */ "GetMultiRegionEndpointRequest\0"
        /*   5846 */ "GetMultiRegionEndpointResponse\0"
        /*   5877 */ "GetReputationEntityRequest\0"
        /*   5904 */ "GetReputationEntityResponse\0"
        /*   5932 */ "GetSuppressedDestinationRequest\0"
        /*   5964 */ "GetSuppressedDestinationResponse\0"
        /*   5997 */ "GetTenantRequest\0"
        /*   6014 */ "GetTenantResponse\0"
        /*   6032 */ "GuardianAttributes\0"
        /*   6051 */ "GuardianOptions\0"
        /*   6067 */ "HostedZone\0"
        /*   6078 */ "HttpsPolicy\0"
        /*   6090 */ "Identity\0"
        /*   6099 */ "IdentityInfo\0"
        /*   6112 */ "IdentityInfoList\0"
        /*   6129 */ "IdentityType\0"
        /*   6142 */ "ImageUrl\0"
        /*   6151 */ "ImportDataSource\0"
        /*   6168 */ "ImportDestination\0"
        /*   6186 */ "ImportDestinationType\0"
        /*   6208 */ "ImportJobSummary\0"
        /*   6225 */ "ImportJobSummaryList\0"
        /*   6246 */ "InboxPlacementTrackingOption\0"
        /*   6275 */ "InsightsEmailAddress\0"
        /*   6296 */ "InsightsEvent\0"
        /*   6310 */ "InsightsEvents\0"
        /*   6325 */ "Ip\0"
        /*   6328 */ "IpList\0"
        /*   6335 */ "Isp\0"
        /*   6339 */ "IspFilterList\0"
        /*   6353 */ "IspName\0"
        /*   6361 */ "IspNameList\0"
        /*   6373 */ "IspPlacement\0"
        /*   6386 */ "IspPlacements\0"
        /*   6400 */ "JobId\0"
        /*   6406 */ "JobStatus\0"
        /*   6416 */ "KinesisFirehoseDestination\0"
        /*   6443 */ "LastDeliveryEventList\0"
        /*   6465 */ "LastEngagementEventList\0"
        /*   6489 */ "LastFreshStart\0"
        /*   6504 */ "ListConfigurationSetsRequest\0"
        /*   6533 */ "ListConfigurationSetsResponse\0"
        /*   6563 */ "ListContactListsRequest\0"
        /*   6587 */ "ListContactListsResponse\0"
        /*   6612 */ "ListContactsFilter\0"
        /*   6631 */ "ListContactsRequest\0"
        /*   6651 */ "ListContactsResponse\0"
        /*   6672 */ "ListCustomVerificationEmailTemplatesRequest\0"
        /*   6716 */ "ListCustomVerificationEmailTemplatesResponse\0"
        /*   6761 */ "ListDedicatedIpPoolsRequest\0"
        /*   6789 */ "ListDedicatedIpPoolsResponse\0"
        /*   6818 */ "ListDeliverabilityTestReportsRequest\0"
        /*   6855 */ "ListDeliverabilityTestReportsResponse\0"
        /*   6893 */ "ListDomainDeliverabilityCampaignsRequest\0"
        /*   6934 */ "ListDomainDeliverabilityCampaignsResponse\0"
        /*   6976 */ "ListEmailIdentitiesRequest\0"
        /*   7003 */ "ListEmailIdentitiesResponse\0"
        /*   7031 */ "ListEmailTemplatesRequest\0"
        /*   7057 */ "ListEmailTemplatesResponse\0"
        /*   7084 */ "ListExportJobsRequest\0"
        /*   7106 */ "ListExportJobsResponse\0"
        /*   7129 */ "ListImportJobsRequest\0"
        /*   7151 */ "ListImportJobsResponse\0"
        /*   7174 */ "ListManagementOptions\0"
        /*   7196 */ "ListMultiRegionEndpointsRequest\0"
        /*   7228 */ "ListMultiRegionEndpointsResponse\0"
        /*   7261 */ "ListOfContactLists\0"
        /*   7280 */ "ListOfContacts\0"
        /*   7295 */ "ListOfDedicatedIpPools\0"
        /*   7318 */ "ListRecommendationFilterValue\0"
        /*   7348 */ "ListRecommendationsFilter\0"
        /*   7374 */ "ListRecommendationsFilterKey\0"
        /*   7403 */ "ListRecommendationsRequest\0"
        /*   7430 */ "ListRecommendationsResponse\0"
        /*   7458 */ "ListReputationEntitiesRequest\0"
        /*   7488 */ "ListReputationEntitiesResponse\0"
        /*   7519 */ "ListResourceTenantsRequest\0"
        /*   7546 */ "ListResourceTenantsResponse\0"
        /*   7574 */ "ListSuppressedDestinationsRequest\0"
        /*   7608 */ "ListSuppressedDestinationsResponse\0"
        /*   7643 */ "ListTagsForResourceRequest\0"
        /*   7670 */ "ListTagsForResourceResponse\0"
        /*   7698 */ "ListTenantResourcesFilter\0"
        /*   7724 */ "ListTenantResourcesFilterKey\0"
        /*   7753 */ "ListTenantResourcesFilterValue\0"
        /*   7784 */ "ListTenantResourcesRequest\0"
        /*   7811 */ "ListTenantResourcesResponse\0"
        /*   7839 */ "ListTenantsRequest\0"
        /*   7858 */ "ListTenantsResponse\0"
        /*   7878 */ "MailFromAttributes\0"
        /*   7897 */ "MailFromDomainName\0"
        /*   7916 */ "MailFromDomainStatus\0"
        /*   7937 */ "MailType\0"
        /*   7946 */ "MailboxValidation\0"
        /*   7964 */ "Max24HourSend\0"
        /*   7978 */ "MaxDeliverySeconds\0"
        /*   7997 */ "MaxItems\0"
        /*   8006 */ "MaxSendRate\0"
        /*   8018 */ "Message\0"
        /*   8026 */ "MessageContent\0"
        /*   8041 */ "MessageData\0"
        /*   8053 */ "MessageHeader\0"
        /*   8067 */ "MessageHeaderList\0"
        /*   8085 */ "MessageHeaderName\0"
        /*   8103 */ "MessageHeaderValue\0"
        /*   8122 */ "MessageInsightsDataSource\0"
        /*   8148 */ "MessageInsightsExportMaxResults\0"
        /*   8180 */ "MessageInsightsFilters\0"
        /*   8203 */ "MessageTag\0"
        /*   8214 */ "MessageTagList\0"
        /*   8229 */ "MessageTagName\0"
        /*   8244 */ "MessageTagValue\0"
        /*   8260 */ "Metric\0"
        /*   8267 */ "MetricAggregation\0"
        /*   8285 */ "MetricDataError\0"
        /*   8301 */ "MetricDataErrorList\0"
        /*   8321 */ "MetricDataResult\0"
        /*   8338 */ "MetricDataResultList\0"
        /*   8359 */ "MetricDimensionName\0"
        /*   8379 */ "MetricDimensionValue\0"
        /*   8400 */ "MetricNamespace\0"
        /*   8416 */ "MetricValueList\0"
        /*   8432 */ "MetricsDataSource\0"
        /*   8450 */ "MultiRegionEndpoint\0"
        /*   8470 */ "MultiRegionEndpoints\0"
        /*   8491 */ "NextToken\0"
        /*   8501 */ "NextTokenV2\0"
        /*   8513 */ "OutboundMessageId\0"
        /*   8531 */ "OverallVolume\0"
        /*   8545 */ "PageSizeV2\0"
        /*   8556 */ "Percentage\0"
        /*   8567 */ "Percentage100Wrapper\0"
        /*   8588 */ "PinpointDestination\0"
        /*   8608 */ "PlacementStatistics\0"
        /*   8628 */ "Policy\0"
        /*   8635 */ "PolicyMap\0"
        /*   8645 */ "PolicyName\0"
        /*   8656 */ "PoolName\0"
        /*   8665 */ "PricingAttributes\0"
        /*   8683 */ "PricingPlan\0"
        /*   8695 */ "PrimaryNameServer\0"
        /*   8713 */ "PrivateKey\0"
        /*   8724 */ "ProcessedRecordsCount\0"
        /*   8746 */ "PutAccountDedicatedIpWarmupAttributesRequest\0"
        /*   8791 */ "PutAccountDedicatedIpWarmupAttributesResponse\0"
        /*   8837 */ "PutAccountDetailsRequest\0"
        /*   8862 */ "PutAccountDetailsResponse\0"
        /*   8888 */ "PutAccountPricingAttributesRequest\0"
        /*   8923 */ "PutAccountPricingAttributesResponse\0"
        /*   8959 */ "PutAccountSendingAttributesRequest\0"
        /*   8994 */ "PutAccountSendingAttributesResponse\0"
        /*   9030 */ "PutAccountSuppressionAttributesRequest\0"
        /*   9069 */ "PutAccountSuppressionAttributesResponse\0"
        /*   9109 */ "PutAccountVdmAttributesRequest\0"
        /*   9140 */ "PutAccountVdmAttributesResponse\0"
        /*   9172 */ "PutConfigurationSetArchivingOptionsRequest\0"
        /*   9215 */ "PutConfigurationSetArchivingOptionsResponse\0"
        /*   9259 */ "PutConfigurationSetDeliveryOptionsRequest\0"
        /*   9301 */ "PutConfigurationSetDeliveryOptionsResponse\0"
        /*   9344 */ "PutConfigurationSetReputationOptionsRequest\0"
        /*   9388 */ "PutConfigurationSetReputationOptionsResponse\0"
        /*   9433 */ "PutConfigurationSetSendingOptionsRequest\0"
        /*   9474 */ "PutConfigurationSetSendingOptionsResponse\0"
        /*   9516 */ "PutConfigurationSetSuppressionOptionsRequest\0"
        /*   9561 */ "PutConfigurationSetSuppressionOptionsResponse\0"
        /*   9607 */ "PutConfigurationSetTrackingOptionsRequest\0"
        /*   9649 */ "PutConfigurationSetTrackingOptionsResponse\0"
        /*   9692 */ "PutConfigurationSetVdmOptionsRequest\0"
        /*   9729 */ "PutConfigurationSetVdmOptionsResponse\0"
        /*   9767 */ "PutDedicatedIpInPoolRequest\0"
        /*   9795 */ "PutDedicatedIpInPoolResponse\0"
        /*   9824 */ "PutDedicatedIpPoolScalingAttributesRequest\0"
        /*   9867 */ "PutDedicatedIpPoolScalingAttributesResponse\0"
        /*   9911 */ "PutDedicatedIpWarmupAttributesRequest\0"
        /*   9949 */ "PutDedicatedIpWarmupAttributesResponse\0"
        /*   9988 */ "PutDeliverabilityDashboardOptionRequest\0"
        /*  10028 */ "PutDeliverabilityDashboardOptionResponse\0"
        /*  10069 */ "PutEmailIdentityConfigurationSetAttributesRequest\0"
        /*  10119 */ "PutEmailIdentityConfigurationSetAttributesResponse\0"
        /*  10170 */ "PutEmailIdentityDkimAttributesRequest\0"
        /*  10208 */ "PutEmailIdentityDkimAttributesResponse\0"
        /*  10247 */ "PutEmailIdentityDkimSigningAttributesRequest\0"
        /*  10292 */ "PutEmailIdentityDkimSigningAttributesResponse\0"
        /*  10338 */ "PutEmailIdentityFeedbackAttributesRequest\0"
        /*  10380 */ "PutEmailIdentityFeedbackAttributesResponse\0"
        /*  10423 */ "PutEmailIdentityMailFromAttributesRequest\0"
        /*  10465 */ "PutEmailIdentityMailFromAttributesResponse\0"
        /*  10508 */ "PutSuppressedDestinationRequest\0"
        /*  10540 */ "PutSuppressedDestinationResponse\0"
        /*  10573 */ "PutTenantSuppressionAttributesRequest\0"
        /*  10611 */ "PutTenantSuppressionAttributesResponse\0"
        /*  10650 */ "QueryErrorCode\0"
        /*  10665 */ "QueryErrorMessage\0"
        /*  10683 */ "QueryIdentifier\0"
        /*  10699 */ "RawAttachmentData\0"
        /*  10717 */ "RawMessage\0"
        /*  10728 */ "RawMessageData\0"
        /*  10743 */ "RblName\0"
        /*  10751 */ "Recommendation\0"
        /*  10766 */ "RecommendationDescription\0"
        /*  10792 */ "RecommendationImpact\0"
        /*  10813 */ "RecommendationStatus\0"
        /*  10834 */ "RecommendationType\0"
        /*  10853 */ "RecommendationsList\0"
        /*  10873 */ "Region\0"
        /*  10880 */ "Regions\0"
        /*  10888 */ "RenderedEmailTemplate\0"
        /*  10910 */ "ReplacementEmailContent\0"
        /*  10934 */ "ReplacementTemplate\0"
        /*  10954 */ "ReportId\0"
        /*  10963 */ "ReportName\0"
        /*  10974 */ "ReputationEntitiesList\0"
        /*  10997 */ "ReputationEntity\0"
        /*  11014 */ "ReputationEntityFilter\0"
        /*  11037 */ "ReputationEntityFilterKey\0"
        /*  11063 */ "ReputationEntityFilterValue\0"
        /*  11091 */ "ReputationEntityReference\0"
        /*  11117 */ "ReputationEntityType\0"
        /*  11138 */ "ReputationOptions\0"
        /*  11156 */ "ResourceTenantMetadata\0"
        /*  11179 */ "ResourceTenantMetadataList\0"
        /*  11206 */ "ResourceType\0"
        /*  11219 */ "ReviewDetails\0"
        /*  11233 */ "ReviewStatus\0"
        /*  11246 */ "Route\0"
        /*  11252 */ "RouteDetails\0"
        /*  11265 */ "Routes\0"
        /*  11272 */ "RoutesDetails\0"
        /*  11286 */ "S3Url\0"
        /*  11292 */ "SOARecord\0"
        /*  11302 */ "ScalingMode\0"
        /*  11314 */ "Selector\0"
        /*  11323 */ "SendBulkEmailRequest\0"
        /*  11344 */ "SendBulkEmailResponse\0"
        /*  11366 */ "SendCustomVerificationEmailRequest\0"
        /*  11401 */ "SendCustomVerificationEmailResponse\0"
        /*  11437 */ "SendEmailRequest\0"
        /*  11454 */ "SendEmailResponse\0"
        /*  11472 */ "SendQuota\0"
        /*  11482 */ "SendingOptions\0"
        /*  11497 */ "SendingPoolName\0"
        /*  11513 */ "SendingStatus\0"
        /*  11527 */ "SentLast24Hours\0"
        /*  11543 */ "SerialNumber\0"
        /*  11556 */ "SnsDestination\0"
        /*  11571 */ "Status\0"
        /*  11578 */ "StatusCause\0"
        /*  11590 */ "StatusRecord\0"
        /*  11603 */ "Subject\0"
        /*  11611 */ "SubscriptionStatus\0"
        /*  11630 */ "SuccessRedirectionURL\0"
        /*  11652 */ "SuppressedDestination\0"
        /*  11674 */ "SuppressedDestinationAttributes\0"
        /*  11706 */ "SuppressedDestinationSummaries\0"
        /*  11737 */ "SuppressedDestinationSummary\0"
        /*  11766 */ "SuppressionAttributes\0"
        /*  11788 */ "SuppressionConditionThreshold\0"
        /*  11818 */ "SuppressionConfidenceThreshold\0"
        /*  11849 */ "SuppressionConfidenceVerdictThreshold\0"
        /*  11887 */ "SuppressionListDestination\0"
        /*  11914 */ "SuppressionListImportAction\0"
        /*  11942 */ "SuppressionListReason\0"
        /*  11964 */ "SuppressionListReasons\0"
        /*  11987 */ "SuppressionListScope\0"
        /*  12008 */ "SuppressionOptions\0"
        /*  12027 */ "SuppressionValidationAttributes\0"
        /*  12059 */ "SuppressionValidationOptions\0"
        /*  12088 */ "Tag\0"
        /*  12092 */ "TagKey\0"
        /*  12099 */ "TagKeyList\0"
        /*  12110 */ "TagList\0"
        /*  12118 */ "TagResourceRequest\0"
        /*  12137 */ "TagResourceResponse\0"
        /*  12157 */ "TagValue\0"
        /*  12166 */ "Template\0"
        /*  12175 */ "TemplateContent\0"
        /*  12191 */ "Tenant\0"
        /*  12198 */ "TenantId\0"
        /*  12207 */ "TenantInfo\0"
        /*  12218 */ "TenantInfoList\0"
        /*  12233 */ "TenantName\0"
        /*  12244 */ "TenantResource\0"
        /*  12259 */ "TenantResourceList\0"
        /*  12278 */ "TenantSuppressionAttributes\0"
        /*  12306 */ "TestRenderEmailTemplateRequest\0"
        /*  12337 */ "TestRenderEmailTemplateResponse\0"
        /*  12369 */ "Timestamp\0"
        /*  12379 */ "TimestampList\0"
        /*  12393 */ "TlsPolicy\0"
        /*  12403 */ "Topic\0"
        /*  12409 */ "TopicFilter\0"
        /*  12421 */ "TopicName\0"
        /*  12431 */ "TopicPreference\0"
        /*  12447 */ "TopicPreferenceList\0"
        /*  12467 */ "Topics\0"
        /*  12474 */ "TrackingOptions\0"
        /*  12490 */ "UnsubscribeAll\0"
        /*  12505 */ "UntagResourceRequest\0"
        /*  12526 */ "UntagResourceResponse\0"
        /*  12548 */ "UpdateConfigurationSetEventDestinationRequest\0"
        /*  12594 */ "UpdateConfigurationSetEventDestinationResponse\0"
        /*  12641 */ "UpdateContactListRequest\0"
        /*  12666 */ "UpdateContactListResponse\0"
        /*  12692 */ "UpdateContactRequest\0"
        /*  12713 */ "UpdateContactResponse\0"
        /*  12735 */ "UpdateCustomVerificationEmailTemplateRequest\0"
        /*  12780 */ "UpdateCustomVerificationEmailTemplateResponse\0"
        /*  12826 */ "UpdateEmailIdentityPolicyRequest\0"
        /*  12859 */ "UpdateEmailIdentityPolicyResponse\0"
        /*  12893 */ "UpdateEmailTemplateRequest\0"
        /*  12920 */ "UpdateEmailTemplateResponse\0"
        /*  12948 */ "UpdateReputationEntityCustomerManagedStatusRequest\0"
        /*  12999 */ "UpdateReputationEntityCustomerManagedStatusResponse\0"
        /*  13051 */ "UpdateReputationEntityPolicyRequest\0"
        /*  13087 */ "UpdateReputationEntityPolicyResponse\0"
        /*  13124 */ "UseCaseDescription\0"
        /*  13143 */ "UseDefaultIfPreferenceUnavailable\0"
        /*  13177 */ "VdmAttributes\0"
        /*  13191 */ "VdmOptions\0"
        /*  13202 */ "VerificationError\0"
        /*  13220 */ "VerificationInfo\0"
        /*  13237 */ "VerificationStatus\0"
        /*  13256 */ "Volume\0"
        /*  13263 */ "VolumeStatistics\0"
        /*  13280 */ "WarmupStatus\0"
        /*  13293 */ "WebsiteURL",
#endif
};

/* The descriptor programs use (<awsc/sesv2.h>): the one in the tables. */
const struct awsc_service *awsc_sesv2_service(void)
{
    return &T.service;
}

enum awsc_sesv2_attachment_content_disposition awsc_sesv2_attachment_content_disposition_parse(const char *value)
{
    return (enum awsc_sesv2_attachment_content_disposition)awsc_enum_parse(&T.strings[265], 2, value);
}

const char *awsc_sesv2_attachment_content_disposition_str(enum awsc_sesv2_attachment_content_disposition value)
{
    return awsc_enum_str(&T.strings[265], 2, (int)value);
}

enum awsc_sesv2_attachment_content_transfer_encoding awsc_sesv2_attachment_content_transfer_encoding_parse(const char *value)
{
    return (enum awsc_sesv2_attachment_content_transfer_encoding)awsc_enum_parse(&T.strings[283], 3, value);
}

const char *awsc_sesv2_attachment_content_transfer_encoding_str(enum awsc_sesv2_attachment_content_transfer_encoding value)
{
    return awsc_enum_str(&T.strings[283], 3, (int)value);
}

enum awsc_sesv2_behavior_on_mx_failure awsc_sesv2_behavior_on_mx_failure_parse(const char *value)
{
    return (enum awsc_sesv2_behavior_on_mx_failure)awsc_enum_parse(&T.strings[409], 2, value);
}

const char *awsc_sesv2_behavior_on_mx_failure_str(enum awsc_sesv2_behavior_on_mx_failure value)
{
    return awsc_enum_str(&T.strings[409], 2, (int)value);
}

enum awsc_sesv2_bounce_type awsc_sesv2_bounce_type_parse(const char *value)
{
    return (enum awsc_sesv2_bounce_type)awsc_enum_parse(&T.strings[524], 3, value);
}

const char *awsc_sesv2_bounce_type_str(enum awsc_sesv2_bounce_type value)
{
    return awsc_enum_str(&T.strings[524], 3, (int)value);
}

enum awsc_sesv2_bulk_email_status awsc_sesv2_bulk_email_status_parse(const char *value)
{
    return (enum awsc_sesv2_bulk_email_status)awsc_enum_parse(&T.strings[660], 14, value);
}

const char *awsc_sesv2_bulk_email_status_str(enum awsc_sesv2_bulk_email_status value)
{
    return awsc_enum_str(&T.strings[660], 14, (int)value);
}

enum awsc_sesv2_contact_language awsc_sesv2_contact_language_parse(const char *value)
{
    return (enum awsc_sesv2_contact_language)awsc_enum_parse(&T.strings[1218], 2, value);
}

const char *awsc_sesv2_contact_language_str(enum awsc_sesv2_contact_language value)
{
    return awsc_enum_str(&T.strings[1218], 2, (int)value);
}

enum awsc_sesv2_contact_list_import_action awsc_sesv2_contact_list_import_action_parse(const char *value)
{
    return (enum awsc_sesv2_contact_list_import_action)awsc_enum_parse(&T.strings[1264], 2, value);
}

const char *awsc_sesv2_contact_list_import_action_str(enum awsc_sesv2_contact_list_import_action value)
{
    return awsc_enum_str(&T.strings[1264], 2, (int)value);
}

enum awsc_sesv2_data_format awsc_sesv2_data_format_parse(const char *value)
{
    return (enum awsc_sesv2_data_format)awsc_enum_parse(&T.strings[2025], 2, value);
}

const char *awsc_sesv2_data_format_str(enum awsc_sesv2_data_format value)
{
    return awsc_enum_str(&T.strings[2025], 2, (int)value);
}

enum awsc_sesv2_deliverability_dashboard_account_status awsc_sesv2_deliverability_dashboard_account_status_parse(const char *value)
{
    return (enum awsc_sesv2_deliverability_dashboard_account_status)awsc_enum_parse(&T.strings[2067], 3, value);
}

const char *awsc_sesv2_deliverability_dashboard_account_status_str(enum awsc_sesv2_deliverability_dashboard_account_status value)
{
    return awsc_enum_str(&T.strings[2067], 3, (int)value);
}

enum awsc_sesv2_deliverability_test_status awsc_sesv2_deliverability_test_status_parse(const char *value)
{
    return (enum awsc_sesv2_deliverability_test_status)awsc_enum_parse(&T.strings[2121], 2, value);
}

const char *awsc_sesv2_deliverability_test_status_str(enum awsc_sesv2_deliverability_test_status value)
{
    return awsc_enum_str(&T.strings[2121], 2, (int)value);
}

enum awsc_sesv2_delivery_event_type awsc_sesv2_delivery_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_delivery_event_type)awsc_enum_parse(&T.strings[2143], 6, value);
}

const char *awsc_sesv2_delivery_event_type_str(enum awsc_sesv2_delivery_event_type value)
{
    return awsc_enum_str(&T.strings[2143], 6, (int)value);
}

enum awsc_sesv2_dimension_value_source awsc_sesv2_dimension_value_source_parse(const char *value)
{
    return (enum awsc_sesv2_dimension_value_source)awsc_enum_parse(&T.strings[2317], 3, value);
}

const char *awsc_sesv2_dimension_value_source_str(enum awsc_sesv2_dimension_value_source value)
{
    return awsc_enum_str(&T.strings[2317], 3, (int)value);
}

enum awsc_sesv2_dkim_signing_attributes_origin awsc_sesv2_dkim_signing_attributes_origin_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_signing_attributes_origin)awsc_enum_parse(&T.strings[2563], 31, value);
}

const char *awsc_sesv2_dkim_signing_attributes_origin_str(enum awsc_sesv2_dkim_signing_attributes_origin value)
{
    return awsc_enum_str(&T.strings[2563], 31, (int)value);
}

enum awsc_sesv2_dkim_signing_key_length awsc_sesv2_dkim_signing_key_length_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_signing_key_length)awsc_enum_parse(&T.strings[3166], 2, value);
}

const char *awsc_sesv2_dkim_signing_key_length_str(enum awsc_sesv2_dkim_signing_key_length value)
{
    return awsc_enum_str(&T.strings[3166], 2, (int)value);
}

enum awsc_sesv2_dkim_status awsc_sesv2_dkim_status_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_status)awsc_enum_parse(&T.strings[3192], 5, value);
}

const char *awsc_sesv2_dkim_status_str(enum awsc_sesv2_dkim_status value)
{
    return awsc_enum_str(&T.strings[3192], 5, (int)value);
}

enum awsc_sesv2_email_address_insights_confidence_verdict awsc_sesv2_email_address_insights_confidence_verdict_parse(const char *value)
{
    return (enum awsc_sesv2_email_address_insights_confidence_verdict)awsc_enum_parse(&T.strings[3524], 3, value);
}

const char *awsc_sesv2_email_address_insights_confidence_verdict_str(enum awsc_sesv2_email_address_insights_confidence_verdict value)
{
    return awsc_enum_str(&T.strings[3524], 3, (int)value);
}

enum awsc_sesv2_engagement_event_type awsc_sesv2_engagement_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_engagement_event_type)awsc_enum_parse(&T.strings[3669], 2, value);
}

const char *awsc_sesv2_engagement_event_type_str(enum awsc_sesv2_engagement_event_type value)
{
    return awsc_enum_str(&T.strings[3669], 2, (int)value);
}

enum awsc_sesv2_event_type awsc_sesv2_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_event_type)awsc_enum_parse(&T.strings[3848], 10, value);
}

const char *awsc_sesv2_event_type_str(enum awsc_sesv2_event_type value)
{
    return awsc_enum_str(&T.strings[3848], 10, (int)value);
}

enum awsc_sesv2_export_source_type awsc_sesv2_export_source_type_parse(const char *value)
{
    return (enum awsc_sesv2_export_source_type)awsc_enum_parse(&T.strings[4062], 2, value);
}

const char *awsc_sesv2_export_source_type_str(enum awsc_sesv2_export_source_type value)
{
    return awsc_enum_str(&T.strings[4062], 2, (int)value);
}

enum awsc_sesv2_feature_status awsc_sesv2_feature_status_parse(const char *value)
{
    return (enum awsc_sesv2_feature_status)awsc_enum_parse(&T.strings[4167], 2, value);
}

const char *awsc_sesv2_feature_status_str(enum awsc_sesv2_feature_status value)
{
    return awsc_enum_str(&T.strings[4167], 2, (int)value);
}

enum awsc_sesv2_https_policy awsc_sesv2_https_policy_parse(const char *value)
{
    return (enum awsc_sesv2_https_policy)awsc_enum_parse(&T.strings[4956], 3, value);
}

const char *awsc_sesv2_https_policy_str(enum awsc_sesv2_https_policy value)
{
    return awsc_enum_str(&T.strings[4956], 3, (int)value);
}

enum awsc_sesv2_identity_type awsc_sesv2_identity_type_parse(const char *value)
{
    return (enum awsc_sesv2_identity_type)awsc_enum_parse(&T.strings[5004], 3, value);
}

const char *awsc_sesv2_identity_type_str(enum awsc_sesv2_identity_type value)
{
    return awsc_enum_str(&T.strings[5004], 3, (int)value);
}

enum awsc_sesv2_import_destination_type awsc_sesv2_import_destination_type_parse(const char *value)
{
    return (enum awsc_sesv2_import_destination_type)awsc_enum_parse(&T.strings[5090], 2, value);
}

const char *awsc_sesv2_import_destination_type_str(enum awsc_sesv2_import_destination_type value)
{
    return awsc_enum_str(&T.strings[5090], 2, (int)value);
}

enum awsc_sesv2_job_status awsc_sesv2_job_status_parse(const char *value)
{
    return (enum awsc_sesv2_job_status)awsc_enum_parse(&T.strings[5230], 5, value);
}

const char *awsc_sesv2_job_status_str(enum awsc_sesv2_job_status value)
{
    return awsc_enum_str(&T.strings[5230], 5, (int)value);
}

enum awsc_sesv2_list_recommendations_filter_key awsc_sesv2_list_recommendations_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_list_recommendations_filter_key)awsc_enum_parse(&T.strings[5634], 4, value);
}

const char *awsc_sesv2_list_recommendations_filter_key_str(enum awsc_sesv2_list_recommendations_filter_key value)
{
    return awsc_enum_str(&T.strings[5634], 4, (int)value);
}

enum awsc_sesv2_list_tenant_resources_filter_key awsc_sesv2_list_tenant_resources_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_list_tenant_resources_filter_key)awsc_enum_parse(&T.strings[5763], 1, value);
}

const char *awsc_sesv2_list_tenant_resources_filter_key_str(enum awsc_sesv2_list_tenant_resources_filter_key value)
{
    return awsc_enum_str(&T.strings[5763], 1, (int)value);
}

enum awsc_sesv2_mail_from_domain_status awsc_sesv2_mail_from_domain_status_parse(const char *value)
{
    return (enum awsc_sesv2_mail_from_domain_status)awsc_enum_parse(&T.strings[5892], 4, value);
}

const char *awsc_sesv2_mail_from_domain_status_str(enum awsc_sesv2_mail_from_domain_status value)
{
    return awsc_enum_str(&T.strings[5892], 4, (int)value);
}

enum awsc_sesv2_mail_type awsc_sesv2_mail_type_parse(const char *value)
{
    return (enum awsc_sesv2_mail_type)awsc_enum_parse(&T.strings[5933], 2, value);
}

const char *awsc_sesv2_mail_type_str(enum awsc_sesv2_mail_type value)
{
    return awsc_enum_str(&T.strings[5933], 2, (int)value);
}

enum awsc_sesv2_metric awsc_sesv2_metric_parse(const char *value)
{
    return (enum awsc_sesv2_metric)awsc_enum_parse(&T.strings[6089], 10, value);
}

const char *awsc_sesv2_metric_str(enum awsc_sesv2_metric value)
{
    return awsc_enum_str(&T.strings[6089], 10, (int)value);
}

enum awsc_sesv2_metric_aggregation awsc_sesv2_metric_aggregation_parse(const char *value)
{
    return (enum awsc_sesv2_metric_aggregation)awsc_enum_parse(&T.strings[6206], 2, value);
}

const char *awsc_sesv2_metric_aggregation_str(enum awsc_sesv2_metric_aggregation value)
{
    return awsc_enum_str(&T.strings[6206], 2, (int)value);
}

enum awsc_sesv2_metric_dimension_name awsc_sesv2_metric_dimension_name_parse(const char *value)
{
    return (enum awsc_sesv2_metric_dimension_name)awsc_enum_parse(&T.strings[6241], 3, value);
}

const char *awsc_sesv2_metric_dimension_name_str(enum awsc_sesv2_metric_dimension_name value)
{
    return awsc_enum_str(&T.strings[6241], 3, (int)value);
}

enum awsc_sesv2_metric_namespace awsc_sesv2_metric_namespace_parse(const char *value)
{
    return (enum awsc_sesv2_metric_namespace)awsc_enum_parse(&T.strings[6278], 1, value);
}

const char *awsc_sesv2_metric_namespace_str(enum awsc_sesv2_metric_namespace value)
{
    return awsc_enum_str(&T.strings[6278], 1, (int)value);
}

enum awsc_sesv2_pricing_plan awsc_sesv2_pricing_plan_parse(const char *value)
{
    return (enum awsc_sesv2_pricing_plan)awsc_enum_parse(&T.strings[6415], 4, value);
}

const char *awsc_sesv2_pricing_plan_str(enum awsc_sesv2_pricing_plan value)
{
    return awsc_enum_str(&T.strings[6415], 4, (int)value);
}

enum awsc_sesv2_query_error_code awsc_sesv2_query_error_code_parse(const char *value)
{
    return (enum awsc_sesv2_query_error_code)awsc_enum_parse(&T.strings[6709], 2, value);
}

const char *awsc_sesv2_query_error_code_str(enum awsc_sesv2_query_error_code value)
{
    return awsc_enum_str(&T.strings[6709], 2, (int)value);
}

enum awsc_sesv2_recommendation_impact awsc_sesv2_recommendation_impact_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_impact)awsc_enum_parse(&T.strings[6747], 2, value);
}

const char *awsc_sesv2_recommendation_impact_str(enum awsc_sesv2_recommendation_impact value)
{
    return awsc_enum_str(&T.strings[6747], 2, (int)value);
}

enum awsc_sesv2_recommendation_status awsc_sesv2_recommendation_status_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_status)awsc_enum_parse(&T.strings[6756], 2, value);
}

const char *awsc_sesv2_recommendation_status_str(enum awsc_sesv2_recommendation_status value)
{
    return awsc_enum_str(&T.strings[6756], 2, (int)value);
}

enum awsc_sesv2_recommendation_type awsc_sesv2_recommendation_type_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_type)awsc_enum_parse(&T.strings[6767], 8, value);
}

const char *awsc_sesv2_recommendation_type_str(enum awsc_sesv2_recommendation_type value)
{
    return awsc_enum_str(&T.strings[6767], 8, (int)value);
}

enum awsc_sesv2_reputation_entity_filter_key awsc_sesv2_reputation_entity_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_reputation_entity_filter_key)awsc_enum_parse(&T.strings[6980], 4, value);
}

const char *awsc_sesv2_reputation_entity_filter_key_str(enum awsc_sesv2_reputation_entity_filter_key value)
{
    return awsc_enum_str(&T.strings[6980], 4, (int)value);
}

enum awsc_sesv2_reputation_entity_type awsc_sesv2_reputation_entity_type_parse(const char *value)
{
    return (enum awsc_sesv2_reputation_entity_type)awsc_enum_parse(&T.strings[7049], 1, value);
}

const char *awsc_sesv2_reputation_entity_type_str(enum awsc_sesv2_reputation_entity_type value)
{
    return awsc_enum_str(&T.strings[7049], 1, (int)value);
}

enum awsc_sesv2_resource_type awsc_sesv2_resource_type_parse(const char *value)
{
    return (enum awsc_sesv2_resource_type)awsc_enum_parse(&T.strings[7093], 3, value);
}

const char *awsc_sesv2_resource_type_str(enum awsc_sesv2_resource_type value)
{
    return awsc_enum_str(&T.strings[7093], 3, (int)value);
}

enum awsc_sesv2_review_status awsc_sesv2_review_status_parse(const char *value)
{
    return (enum awsc_sesv2_review_status)awsc_enum_parse(&T.strings[7148], 4, value);
}

const char *awsc_sesv2_review_status_str(enum awsc_sesv2_review_status value)
{
    return awsc_enum_str(&T.strings[7148], 4, (int)value);
}

enum awsc_sesv2_scaling_mode awsc_sesv2_scaling_mode_parse(const char *value)
{
    return (enum awsc_sesv2_scaling_mode)awsc_enum_parse(&T.strings[7227], 2, value);
}

const char *awsc_sesv2_scaling_mode_str(enum awsc_sesv2_scaling_mode value)
{
    return awsc_enum_str(&T.strings[7227], 2, (int)value);
}

enum awsc_sesv2_sending_status awsc_sesv2_sending_status_parse(const char *value)
{
    return (enum awsc_sesv2_sending_status)awsc_enum_parse(&T.strings[7520], 3, value);
}

const char *awsc_sesv2_sending_status_str(enum awsc_sesv2_sending_status value)
{
    return awsc_enum_str(&T.strings[7520], 3, (int)value);
}

enum awsc_sesv2_status awsc_sesv2_status_parse(const char *value)
{
    return (enum awsc_sesv2_status)awsc_enum_parse(&T.strings[7557], 4, value);
}

const char *awsc_sesv2_status_str(enum awsc_sesv2_status value)
{
    return awsc_enum_str(&T.strings[7557], 4, (int)value);
}

enum awsc_sesv2_subscription_status awsc_sesv2_subscription_status_parse(const char *value)
{
    return (enum awsc_sesv2_subscription_status)awsc_enum_parse(&T.strings[7594], 2, value);
}

const char *awsc_sesv2_subscription_status_str(enum awsc_sesv2_subscription_status value)
{
    return awsc_enum_str(&T.strings[7594], 2, (int)value);
}

enum awsc_sesv2_suppression_confidence_verdict_threshold awsc_sesv2_suppression_confidence_verdict_threshold_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_confidence_verdict_threshold)awsc_enum_parse(&T.strings[7726], 3, value);
}

const char *awsc_sesv2_suppression_confidence_verdict_threshold_str(enum awsc_sesv2_suppression_confidence_verdict_threshold value)
{
    return awsc_enum_str(&T.strings[7726], 3, (int)value);
}

enum awsc_sesv2_suppression_list_import_action awsc_sesv2_suppression_list_import_action_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_import_action)awsc_enum_parse(&T.strings[1264], 2, value);
}

const char *awsc_sesv2_suppression_list_import_action_str(enum awsc_sesv2_suppression_list_import_action value)
{
    return awsc_enum_str(&T.strings[1264], 2, (int)value);
}

enum awsc_sesv2_suppression_list_reason awsc_sesv2_suppression_list_reason_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_reason)awsc_enum_parse(&T.strings[7774], 2, value);
}

const char *awsc_sesv2_suppression_list_reason_str(enum awsc_sesv2_suppression_list_reason value)
{
    return awsc_enum_str(&T.strings[7774], 2, (int)value);
}

enum awsc_sesv2_suppression_list_scope awsc_sesv2_suppression_list_scope_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_scope)awsc_enum_parse(&T.strings[7791], 2, value);
}

const char *awsc_sesv2_suppression_list_scope_str(enum awsc_sesv2_suppression_list_scope value)
{
    return awsc_enum_str(&T.strings[7791], 2, (int)value);
}

enum awsc_sesv2_tls_policy awsc_sesv2_tls_policy_parse(const char *value)
{
    return (enum awsc_sesv2_tls_policy)awsc_enum_parse(&T.strings[7884], 2, value);
}

const char *awsc_sesv2_tls_policy_str(enum awsc_sesv2_tls_policy value)
{
    return awsc_enum_str(&T.strings[7884], 2, (int)value);
}

enum awsc_sesv2_verification_error awsc_sesv2_verification_error_parse(const char *value)
{
    return (enum awsc_sesv2_verification_error)awsc_enum_parse(&T.strings[8131], 10, value);
}

const char *awsc_sesv2_verification_error_str(enum awsc_sesv2_verification_error value)
{
    return awsc_enum_str(&T.strings[8131], 10, (int)value);
}

enum awsc_sesv2_verification_status awsc_sesv2_verification_status_parse(const char *value)
{
    return (enum awsc_sesv2_verification_status)awsc_enum_parse(&T.strings[3192], 5, value);
}

const char *awsc_sesv2_verification_status_str(enum awsc_sesv2_verification_status value)
{
    return awsc_enum_str(&T.strings[3192], 5, (int)value);
}

enum awsc_sesv2_warmup_status awsc_sesv2_warmup_status_parse(const char *value)
{
    return (enum awsc_sesv2_warmup_status)awsc_enum_parse(&T.strings[8476], 3, value);
}

const char *awsc_sesv2_warmup_status_str(enum awsc_sesv2_warmup_status value)
{
    return awsc_enum_str(&T.strings[8476], 3, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
